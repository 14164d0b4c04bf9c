"""The list of open vault items for QML. Emptied on every lock, so no view keeps vault text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

ROLE_NAMES = (
    "itemId",
    "title",
    "text",
    "ownerSeat",
    "ownerName",
    "ownerColour",
    "createdText",
    "damaged",
    "message",
)
# Qt.ItemDataRole's values as numbers: reading the ``Qt`` namespace makes PySide build its ~100
# enums (some 30 ms), which the first frame doesn't need (test_vault_items_roles checks them).
DISPLAY_ROLE = 0
USER_ROLE = 0x0100
_ROLES = {USER_ROLE + i: name for i, name in enumerate(ROLE_NAMES)}


@dataclass(frozen=True)
class ItemRow:
    """One row of the open vault list: a moment's decrypted text, its owner and date, or a
    damaged item's message; gone with the list on the next lock."""

    item_id: str
    title: str
    text: str
    owner_seat: int
    owner_name: str
    owner_colour: str
    created_text: str
    created_sort: str
    damaged: bool = False
    message: str = ""

    def matches(self, needle: str) -> bool:
        return not needle or needle in self.title.casefold() or needle in self.text.casefold()

    def value(self, role_name: str) -> object:
        return {
            "itemId": self.item_id,
            "title": self.title,
            "text": self.text,
            "ownerSeat": self.owner_seat,
            "ownerName": self.owner_name,
            "ownerColour": self.owner_colour,
            "createdText": self.created_text,
            "damaged": self.damaged,
            "message": self.message,
        }[role_name]


class VaultItemsModel(QAbstractListModel):
    """Owns the rows of the open vault list and the search over them (in memory, never on
    disk); ``clear`` empties it on every lock, so no view keeps vault text.
    """

    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ItemRow] = []
        self._shown: list[ItemRow] = []
        self._needle = ""

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in _ROLES.items()}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        name = _ROLES.get(role)
        return self._shown[index.row()].value(name) if name else None

    def set_rows(self, rows: list[ItemRow]) -> None:
        self._all = sorted(rows, key=lambda r: r.created_sort, reverse=True)
        self._show([r for r in self._all if r.matches(self._needle)])

    def add_rows(self, rows: list[ItemRow]) -> None:
        """Merge a batch into the list, newest first, without touching rows already shown.

        Batches arrive newest first, so usually every new row is older than all shown ones and
        the batch is appended with one insert signal; a row that belongs higher up (a date
        older than its save order, a damaged item) is inserted in its place, views keep theirs.
        """
        if not rows:
            return
        batch = sorted(rows, key=lambda r: r.created_sort, reverse=True)
        if not self._all or batch[0].created_sort <= self._all[-1].created_sort:
            self._all.extend(batch)
            shown = [r for r in batch if r.matches(self._needle)]
            if shown:
                start = len(self._shown)
                self.beginInsertRows(QModelIndex(), start, start + len(shown) - 1)
                self._shown.extend(shown)
                self.endInsertRows()
                self.countChanged.emit()
            return
        for row in batch:
            self._all.insert(_position(self._all, row.created_sort), row)
            if row.matches(self._needle):
                at = _position(self._shown, row.created_sort)
                self.beginInsertRows(QModelIndex(), at, at)
                self._shown.insert(at, row)
                self.endInsertRows()
        self.countChanged.emit()

    def _show(self, rows: list[ItemRow]) -> None:
        """Replace the visible rows with explicit remove/insert signals (views keep their place)."""
        if self._shown:
            self.beginRemoveRows(QModelIndex(), 0, len(self._shown) - 1)
            self._shown = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._shown = rows
            self.endInsertRows()
        self.countChanged.emit()

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self._needle = needle
        self.set_rows(self._all)

    def remove_item(self, item_id: str) -> None:
        self._all = [r for r in self._all if r.item_id != item_id]
        for row, item in enumerate(self._shown):
            if item.item_id == item_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._shown[row]
                self.endRemoveRows()
                self.countChanged.emit()
                return

    def clear(self) -> None:
        """Drop every row (and every string of vault text this model held)."""
        self._needle = ""
        self.set_rows([])

    def all_ids(self) -> list[str]:
        return [row.item_id for row in self._all]

    def count(self) -> int:
        return len(self._shown)

    def total(self) -> int:
        return len(self._all)


def _position(rows: list[ItemRow], created_sort: str) -> int:
    """Where a row goes in a list sorted newest first: after every row not older than it."""
    low, high = 0, len(rows)
    while low < high:
        middle = (low + high) // 2
        if rows[middle].created_sort >= created_sort:
            low = middle + 1
        else:
            high = middle
    return low
