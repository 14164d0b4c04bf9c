"""A partner's private reflection notes (``ReflectionNotes`` in QML), sealed to them alone (V4).

The cards themselves (the guided questions anyone may read) are ``ReflectionGuide``'s; this
bridge opens, shows and seals the notes a partner writes next to them.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

# The vault's engine (cryptography, zxcvbn, sqlite-utils) loads when the vault is first used:
# ``vault_engine.X`` imports it then, never before the first frame (see vault/__init__.py).
from .. import vault as vault_engine
from ..core.clock import Clock
from ..vault import ItemKind, VaultError
from ..vault.limits import NOTE_MAX, unstorable
from .localizer import Localizer
from .vault_controller import VaultController, lock_unseen
from .vault_text import seat_partner
from .write_problems import message_for

if TYPE_CHECKING:
    from ..vault.service import DamagedItem, VaultItem, VaultSession


log = logging.getLogger("openup.bridge.vault")

translate = QCoreApplication.translate

Notes: TypeAlias = "tuple[VaultSession, list[VaultItem | DamagedItem]]"


class ReflectionNotes(QObject):
    """Owns the open reflection notes (card id → note) while the vault is open for reflection.

    Opening takes the partner's own passphrase and only theirs, and makes the vault's one
    session a reflection session (``Vault.mode`` is "reflection"); every lock empties the notes
    again, after ``aboutToLock`` let the screen seal a draft not yet kept. Saving replaces a
    card's previous note in one transaction and tells the backups to forget the old one
    (``withdrawn``, V3, V13).

    It also runs the screen's opening step (whose notes, the error of a wrong passphrase),
    listening to the vault only while the reflection screen shows (:meth:`enter` …
    :meth:`leave`), so the screen only binds and forwards.
    """

    #: emitted just before a reflection session locks, so QML can seal unsaved drafts
    aboutToLock = Signal()
    #: item ids of notes replaced or emptied: backups must forget them too (V3)
    withdrawn = Signal(list)
    stepChanged = Signal()
    # the passphrase step starts again at "please look away" / stays for another try
    restarted = Signal()
    retry = Signal()

    def __init__(
        self,
        vault: VaultController,
        clock: Clock,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._localizer = localizer or Localizer()
        self._vault = vault
        self._clock = clock
        self._notes: dict[str, tuple[str, str]] = {}  # card id -> (item id, note)
        self._entered = False
        self._seat = -1  # whose notes are being opened (-1: none)
        self._error = ""
        vault.on_lock(self._drop)
        vault.finished.connect(self._finished)

    def _drop(self) -> None:
        if self._vault.reflecting:
            self.aboutToLock.emit()  # unsaved private notes are sealed, not silently lost
        self._notes = {}

    # ------------------------------------------------------------------ the opening step ---

    @Slot()
    def enter(self) -> None:
        self._entered = True
        self._show_step(-1, "")

    @Slot()
    def leave(self) -> None:
        """Leaving the reflection screen seals the notes again."""
        self._entered = False
        if self._vault.reflecting:
            self._vault.lock("left reflection")
        self._show_step(-1, "")

    @Slot(int)
    def chooseNotes(self, seat: int) -> None:
        self._show_step(seat, "")
        self.restarted.emit()

    @Slot()
    def cancelOpening(self) -> None:
        self._show_step(-1, self._error)

    @Slot(str)
    def submitPassphrase(self, passphrase: str) -> None:
        """The typed passphrase goes straight on to the vault's worker; it is not kept here."""
        self.openReflections(self._seat, passphrase)

    def _finished(self, operation: str, problem: str) -> None:
        if not self._entered or operation != "reflections":
            return
        if problem:
            self._show_step(self._seat, problem)
            self.retry.emit()
        else:
            self._show_step(-1, "")
            self.restarted.emit()

    def _show_step(self, seat: int, error: str) -> None:
        self._seat, self._error = seat, error
        self.stepChanged.emit()

    openingSeat = Property(int, lambda self: self._seat, notify=stepChanged)
    openingError = Property(str, lambda self: self._error, notify=stepChanged)

    # ------------------------------------------------------------------------ the notes ---

    @Slot(int, str)
    def openReflections(self, seat: int, passphrase: str) -> None:
        """A partner's private reflections: their passphrase alone, and only theirs (V4)."""
        partner = seat_partner(seat)
        service = self._vault.service

        def work() -> Notes:
            session = service.open_as_owner(partner, passphrase)
            return session, session.items(ItemKind.REFLECTION)

        self._vault.run("reflections", work, self._opened, lock_unseen)

    def _opened(self, opened: Notes) -> None:
        session, items = opened

        def fill() -> None:
            self._notes = {
                item.content.title: (item.item_id, item.content.text)
                for item in items
                if isinstance(item, vault_engine.VaultItem)
            }

        self._vault.adopt(session, fill, reflecting=True)
        log.info("Reflections opened")

    @Slot(str, result=str)
    def reflectionNote(self, card_id: str) -> str:
        return self._notes.get(card_id, ("", ""))[1] if self._vault.reflecting else ""

    @Slot(str, str, result=str)
    def saveReflection(self, card_id: str, note: str) -> str:
        """Seal a private note for one card; the previous one is removed only after it saved."""
        session = self._vault.session
        if session is None or not self._vault.reflecting or session.owner is None:
            return translate(
                "VaultController", "Your reflections are locked. Please open them again."
            )
        text = note.strip()
        if unstorable(text):
            return translate(
                "VaultController", "The note has a character OpenUp can't show. Please retype it."
            )
        if len(text) > NOTE_MAX:
            return translate("VaultController", "Please keep a note under %1 characters.").replace(
                "%1", self._localizer.number(NOTE_MAX)
            )
        if self._vault.worker_running():
            return self._vault.worker_running()
        previous = self._notes.get(card_id)
        try:
            content = (
                vault_engine.ItemContent(
                    title=card_id, text=text, created_at=self._clock.now().isoformat()
                )
                if text
                else None
            )
            # the new note and the old one's withdrawal (and its to-do for backups) are one
            # transaction (V13)
            new_id = session.replace_reflection(previous[0] if previous else None, content)
        except VaultError as error:
            return self._vault.humane(error)
        except sqlite3.Error as error:
            return message_for(error)
        if text:
            self._notes[card_id] = (new_id, text)
        else:
            self._notes.pop(card_id, None)
        if previous is not None:
            self.withdrawn.emit([previous[0]])  # backups forget the old note now, not later
        # the screen's note fields read the notes again when the session's state changes
        self._vault.stateChanged.emit()
        return ""
