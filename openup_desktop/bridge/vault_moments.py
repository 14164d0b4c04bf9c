"""The kept moments as QML sees them (``Moments``): the list, keeping, taking back, exports.

What may be kept (the length limits, characters OpenUp can show) is in ``vault/limits.py``; who
may open or take back what is decided by ``vault/service.py``. This bridge shapes the open
session's moments into ``VaultItemsModel`` and turns each outcome into a sentence.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, QUrl, Signal, Slot

# The vault's engine (cryptography, zxcvbn, sqlite-utils) loads when the vault is first used:
# ``vault_engine.X`` imports it then, never before the first frame (see vault/__init__.py).
from .. import vault as vault_engine
from ..core.clock import Clock
from ..vault import ItemKind, Partner, VaultError
from ..vault.limits import MOMENT_MAX, TITLE_MAX, unstorable
from .app_controller import AppController
from .core_messages import translated
from .localizer import Localizer
from .vault_controller import VaultController
from .vault_items import ItemRow, VaultItemsModel
from .vault_listing import VaultListing
from .vault_setup import VaultSetup
from .vault_text import partner_seat, seat_partner
from .write_problems import message_for

if TYPE_CHECKING:
    from ..vault.items import ItemContent
    from ..vault.service import DamagedItem, VaultItem, VaultSession


log = logging.getLogger("openup.bridge.vault")

translate = QCoreApplication.translate


class VaultMoments(QObject):
    """Owns the list of open moments and every change to the moments kept.

    The list fills when the session opens, newest first in batches from the worker
    (``VaultListing``; ``openingText`` says how many are still opening), and is emptied on
    every lock, so no view keeps vault text. Keeping a moment asks for its owner's
    passphrase each time, as consent (V9), and may set that passphrase up in the same step;
    taking moments back tells the backups to forget them too (``withdrawn``, V3). Exporting and
    importing the sealed vault file are here as well, since they move the same sealed items.
    """

    #: item ids the owner took back: backups must forget them too (V3)
    withdrawn = Signal(list)
    #: how many moments are still being opened changed (see ``openingText``)
    openingChanged = Signal()

    def __init__(
        self,
        vault: VaultController,
        setup: VaultSetup,
        couple: AppController,
        clock: Clock,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._setup = setup
        self._couple = couple
        self._clock = clock
        self._localizer = localizer or Localizer()
        self._items = VaultItemsModel(self)
        self._day_texts: dict[tuple[str, date], str] = {}  # see _created_text
        self._listing = VaultListing(self._items, vault.jobs, self._rows, self)
        self._listing.openingChanged.connect(self.openingChanged)
        vault.list_moments_with(self._open_and_list)
        vault.on_lock(self._drop)

    def _drop(self) -> None:
        """On every lock: nothing opening, nothing shown, no day of a moment remembered."""
        self._listing.stop()
        self._items.clear()
        self._day_texts = {}

    def _open_and_list(
        self,
        operation: str,
        unlock: Callable[[], VaultSession],
        on_open: Callable[[VaultSession], None],
        on_failed: Callable[[VaultError], None],
        on_incomplete: Callable[[], None],
    ) -> bool:
        return self._listing.open_and_list(
            operation, unlock, ItemKind.MOMENT, on_open, on_failed, on_incomplete
        )

    # ------------------------------------------------------------------------------ list ---

    def language_changed(self) -> None:
        """Texts made here follow the new language; an open list is made again."""
        self._reload()

    def _reload(self) -> None:
        """Decrypt the list again, on the worker: 10,000 moments take seconds, not frames."""
        session = self._vault.session
        if session is not None:
            self._vault.run(
                "reload",
                lambda: self._rows(session.items(ItemKind.MOMENT)),
                self._show_rows,
                lambda _rows: None,  # locked meanwhile: the rows are not shown
                report=False,  # nobody asked: the screen goes on with what the couple does
            )

    def _show_rows(self, rows: list[ItemRow]) -> None:
        if self._vault.session is not None:
            self._items.set_rows(rows)

    def _created_text(self, iso: str) -> str:
        """The day a moment was kept, in the interface language. Formatting a date through Qt
        costs more than opening the moment, so each day is formatted once per open session
        (the cache is dropped on lock: the days moments were kept are the couple's too)."""
        try:
            local = datetime.fromisoformat(iso).astimezone()
        except ValueError:
            return ""
        key = (self._localizer.language, local.date())
        text = self._day_texts.get(key)
        if text is None:
            text = self._day_texts[key] = self._localizer.day_with_year(local)
        return text

    def _rows(self, items: list[VaultItem | DamagedItem]) -> list[ItemRow]:
        rows: list[ItemRow] = []
        for item in items:
            if isinstance(item, vault_engine.DamagedItem):
                rows.append(
                    ItemRow(
                        item.item_id, "", "", -1, "", "#888888", "", "", True, translated(item.said)
                    )
                )
                continue
            seat = partner_seat(item.owner)
            created = item.content.created_at or ""
            rows.append(
                ItemRow(
                    item_id=item.item_id,
                    title=item.content.title,
                    text=item.content.text,
                    owner_seat=seat,
                    owner_name=self._couple.partnerName(seat),
                    owner_colour=self._couple.partnerColour(seat),
                    created_text=self._created_text(created),
                    created_sort=created,
                )
            )
        return rows

    @Slot(str)
    def search(self, text: str) -> None:
        self._items.set_search(text)

    def _get_items(self) -> VaultItemsModel:
        return self._items

    def _opening_text(self) -> str:
        return self._listing.opening_text()

    items = Property(QObject, _get_items, constant=True)
    openingText = Property(str, _opening_text, notify=openingChanged)

    # ------------------------------------------------------------------------------ keep ---

    def _moment(self, title: str, text: str, talk_id: str, prompt_id: str) -> ItemContent | str:
        """The moment to seal, or the sentence that says why it can't be kept as written."""
        clean_title = title.strip()
        clean_text = text.strip()
        if unstorable(clean_title) or unstorable(clean_text):
            return translate(
                "VaultController", "The text has a character OpenUp can't show. Please retype it."
            )
        if not clean_text:
            return translate("VaultController", "Please write a few words about the moment first.")
        if len(clean_text) > MOMENT_MAX or len(clean_title) > TITLE_MAX:
            return (
                translate(
                    "VaultController",
                    "Please keep the moment under %1 characters and its title under %2.",
                )
                .replace("%1", self._localizer.number(MOMENT_MAX))
                .replace("%2", str(TITLE_MAX))
            )
        return vault_engine.ItemContent(
            title=clean_title,
            text=clean_text,
            talk_id=talk_id or None,
            prompt_id=prompt_id or None,
            created_at=self._clock.now().isoformat(timespec="seconds"),
        )

    def _seal_as_owner(self, partner: Partner, passphrase: str, content: ItemContent) -> str:
        consent = self._vault.service.open_as_owner(partner, passphrase)
        try:
            return consent.save(ItemKind.MOMENT, content, owner=partner)
        finally:
            consent.lock()

    @Slot(int, str, str, str, str, str)
    def keepMoment(
        self, seat: int, passphrase: str, title: str, text: str, talk_id: str, prompt_id: str
    ) -> None:
        """Seal a moment in ``seat``'s name; their passphrase, typed now, is their consent (V9)."""
        content = self._moment(title, text, talk_id, prompt_id)
        if isinstance(content, str):
            self._vault.report("keep", content)
            return
        partner = seat_partner(seat)
        self._vault.run(
            "keep", lambda: self._seal_as_owner(partner, passphrase, content), self._kept
        )

    def _kept(self, _item_id: str) -> None:
        self._setup.refresh()  # the keep may have set up the owner's passphrase too
        self._reload()

    @Slot(int, str, str, str, str, str, str)
    def setUpAndKeep(
        self,
        seat: int,
        passphrase: str,
        repeated: str,
        title: str,
        text: str,
        talk_id: str,
        prompt_id: str,
    ) -> None:
        """The owner's first passphrase, chosen while keeping their first moment, also seals it.

        Choosing it in this flow is the owner's consent (V9), so they type it once, not twice
        more; the other partner has already chosen theirs, so both halves can be sealed.
        """
        problem = self._setup.problem_with_new(passphrase, repeated)
        if problem:
            self._vault.report("keep", problem)
            return
        content = self._moment(title, text, talk_id, prompt_id)
        if isinstance(content, str):
            self._vault.report("keep", content)
            return
        partner = seat_partner(seat)
        service = self._vault.service

        def work() -> str:
            service.set_up_partner(partner, passphrase)
            return self._seal_as_owner(partner, passphrase, content)

        self._vault.run("keep", work, self._kept)

    # ----------------------------------------------------------------------- take back ---

    def _owner_session(self) -> VaultSession | str:
        """The open owner's session, or why moments can't be taken back now."""
        session = self._vault.session
        if session is None or session.mode is not vault_engine.SessionMode.OWNER:
            return translate(
                "VaultController",
                "Only the one who shared a moment can take it back, from their shares.",
            )
        return self._vault.worker_running() or session

    @Slot(str, result=str)
    def withdraw(self, item_id: str) -> str:
        session = self._owner_session()
        if isinstance(session, str):
            return session
        try:
            session.withdraw(item_id)
        except VaultError as error:
            return self._vault.humane(error)
        except sqlite3.Error as error:
            return message_for(error)
        self._items.remove_item(item_id)
        self.withdrawn.emit([item_id])
        log.info("A moment was withdrawn")
        return ""

    @Slot(result=str)
    def withdrawAll(self) -> str:
        session = self._owner_session()
        if isinstance(session, str):
            return session
        mine = self._items.all_ids()
        try:
            result = session.withdraw_all()
        except VaultError as error:
            return self._vault.humane(error)
        except sqlite3.Error as error:
            return message_for(error)
        self._items.clear()
        self.withdrawn.emit(mine)
        log.info("All of one partner's moments were withdrawn (%d)", result.removed)
        return ""

    # -------------------------------------------------------------------------- backups ---

    @Slot(QUrl, result=str)
    def exportTo(self, url: QUrl) -> str:
        if self._vault.worker_running():
            return self._vault.worker_running()
        path = Path(url.toLocalFile()) if url.isLocalFile() else Path(url.toString())
        try:
            count = vault_engine.export_vault(self._vault.db, path)
        except VaultError as error:
            return self._vault.humane(error)
        except OSError as error:
            return translate(
                "VaultController", "The backup could not be written (%1). Nothing changed."
            ).replace("%1", str(error.strerror or error))
        return self.tr("Saved %n sealed item(s) to %1.", "", count).replace("%1", path.name)

    @Slot(QUrl, result=str)
    def importFrom(self, url: QUrl) -> str:
        if self._vault.worker_running():
            return self._vault.worker_running()
        path = Path(url.toLocalFile()) if url.isLocalFile() else Path(url.toString())
        try:
            count = vault_engine.import_vault(self._vault.db, path)
        except VaultError as error:
            return self._vault.humane(error)
        except OSError as error:
            return translate(
                "VaultController", "The backup could not be read (%1). Nothing changed."
            ).replace("%1", str(error.strerror or error))
        self._setup.refresh()
        return self.tr("Restored %n sealed item(s).", "", count)
