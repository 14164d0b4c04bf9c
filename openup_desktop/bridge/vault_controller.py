"""The vault as QML sees it: set-up, unlock, keep, withdraw, reflections, exports, lock.

The rules and the cryptography live in ``vault/`` (no Qt). This class owns the one open
session (at most one at a time), fills and *empties* the item model, and turns every outcome
into a sentence in the couple's language. Slow work runs through ``VaultJobs`` (one worker,
typed callbacks per job); what locks the vault by itself (idle, focus, the OS screen lock,
quitting) and the screen-capture protection live in ``VaultLockGuard``. Vault text never goes
to logs, titles or the clipboard.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QWindow

from ..core.clock import Clock
from ..core.idle_lock import IDLE_CHOICES_MINUTES
from ..store.backups import BackupManager
from ..store.couple import SettingsRepository
from ..store.database import connect
from ..vault import (
    BackoffActive,
    ItemContent,
    ItemKind,
    Partner,
    VaultError,
    VaultService,
    WrongPassphrase,
    check_passphrase,
    export_vault,
    import_vault,
)
from ..vault.kdf import PRODUCTION_KDF_PARAMS, KdfParams
from ..vault.limits import MOMENT_MAX, NOTE_MAX, TITLE_MAX, unstorable
from ..vault.passphrase_policy import personal_words
from ..vault.service import DamagedItem, SessionMode, VaultItem, VaultSession
from .app_controller import AppController
from .core_messages import translated
from .localizer import Localizer
from .vault_guard import VaultLockGuard
from .vault_items import ItemRow, VaultItemsModel
from .vault_jobs import VaultJobs
from .vault_listing import VaultListing
from .write_problems import message_for

log = logging.getLogger("openup.bridge.vault")

T = TypeVar("T")
Opened = tuple[VaultSession, list[ItemRow]]


def seat_partner(seat: int) -> Partner:
    return Partner.A if int(seat) == 0 else Partner.B


def partner_seat(partner: Partner) -> int:
    return 0 if partner is Partner.A else 1


class VaultController(QObject):
    stateChanged = Signal()
    busyChanged = Signal()
    setupChanged = Signal()
    settingsChanged = Signal()
    noticeChanged = Signal()
    #: (operation, error message or ''), when an operation that QML started has finished
    finished = Signal(str, str)
    #: emitted just before a reflection session locks, so QML can seal unsaved drafts
    aboutToLock = Signal()
    #: item ids the owner took back: backups must forget them too (V3)
    withdrawn = Signal(list)
    #: the vault's to-do list for backup copies has work (a key rotation, V8)
    upkeepNeeded = Signal()
    #: how many moments are still being opened changed (see ``openingText``)
    openingChanged = Signal()

    def __init__(
        self,
        db_path: Path,
        couple: AppController,
        settings: SettingsRepository,
        clock: Clock,
        kdf_params: KdfParams = PRODUCTION_KDF_PARAMS,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._localizer = localizer or Localizer()
        self._db = connect(db_path, any_thread=True)
        self._service = VaultService(
            self._db,
            kdf_params=kdf_params,
            clock=lambda: clock.now().timestamp(),
            backup_files=BackupManager(db_path.parent, clock).backup_paths,  # re-keyed too (V8)
            personal_words=self._personal_words,
        )
        self._couple = couple
        self._settings = settings
        self._clock = clock
        self._session: VaultSession | None = None
        self._reflecting = False  # the open session serves the Reflection screen
        self._notes: dict[str, tuple[str, str]] = {}  # card id -> (item id, note)
        self._notice = ""
        self._first_year: int | None = None  # first run, for the passphrase check
        self._first_passphrase: str | None = None  # "open together", while the second types
        self._items = VaultItemsModel(self)
        self._day_texts: dict[tuple[str, date], str] = {}  # see _created_text
        self._ready: frozenset[Partner] = frozenset(self._service.partners_set_up())
        self._jobs = VaultJobs(
            lambda: self.tr("The vault's data could not be read. Nothing was changed."), self
        )
        self._jobs.busyChanged.connect(self.busyChanged)
        self._listing = VaultListing(self._items, self._jobs, self._rows, self)
        self._listing.openingChanged.connect(self.openingChanged)
        self._guard = VaultLockGuard(settings, clock, self)
        self._guard.lockRequested.connect(self.lock)
        self._guard.settingsChanged.connect(self.settingsChanged)

    # --------------------------------------------------------------------------- helpers ---

    def _name(self, seat: int) -> str:
        return self._couple.partnerName(seat)

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

    def language_changed(self) -> None:
        """Texts made here follow the new language; an open list is made again."""
        self.settingsChanged.emit()
        self._reload()

    def _humane(self, error: VaultError) -> str:
        """The error in the interface language, with partners called by their names."""
        if isinstance(error, WrongPassphrase):
            names = [self._name(partner_seat(p)) for p in error.partners]
            text = (
                self.tr("That passphrase for %1 didn't match.").replace("%1", names[0])
                if len(names) == 1
                else self.tr("The passphrases for %1 and %2 didn't match.")
                .replace("%1", names[0])
                .replace("%2", names[1])
            )
            if error.retry_after and error.retry_after > 0:
                return f"{text} {self._wait_text(error.retry_after)}"
            return f"{text} {self.tr('Please try again.')}"
        if isinstance(error, BackoffActive):
            # said plainly (V6): the wait is no defence for a copied file, the passphrase is
            return f"{self._wait_text(error.retry_after)} " + self.tr(
                "The wait only slows guessing inside OpenUp. A copy of the data is protected by how long each guess takes (Argon2id) and by a passphrase nobody could guess."  # noqa: E501
            )
        text = translated(error.message)
        for partner in Partner:
            text = text.replace(f"Partner {partner.value}", self._name(partner_seat(partner)))
        return text

    def _run(
        self,
        operation: str,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_stale: Callable[[T], None] | None = None,
    ) -> None:
        """Run ``work`` on the worker; ``on_done`` gets its result on the UI thread.

        Either way QML hears ``finished(operation, problem)``: the problem in the couple's
        language, or '' when it went well.
        """

        def done(result: T) -> None:
            if on_done is not None:
                on_done(result)
            log.info("Vault %s done", operation)
            self.finished.emit(operation, "")

        def failed(error: VaultError) -> None:
            self.finished.emit(operation, self._humane(error))

        def stale(result: T) -> None:
            assert on_stale is not None
            on_stale(result)
            self.finished.emit(operation, "")

        started = self._jobs.run(
            operation, work, done, failed, stale if on_stale is not None else None
        )
        if not started:
            self.finished.emit(operation, self._worker_running())

    @property
    def lock_guard(self) -> VaultLockGuard:
        """What locks the vault by itself (tests drive its idle and focus checks directly)."""
        return self._guard

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """For tests and shutdown: wait for the worker to finish."""
        return self._jobs.wait(timeout_ms)

    # ----------------------------------------------------------------------------- set-up ---

    def _refresh_ready(self) -> None:
        """Read who has a passphrase (UI thread, only while no vault work is running)."""
        self._ready = frozenset(self._service.partners_set_up())
        self.setupChanged.emit()

    @Slot(int, result=bool)
    def isPartnerSetUp(self, seat: int) -> bool:
        return seat_partner(seat) in self._ready

    def _is_set_up(self) -> bool:
        return len(self._ready) == 2

    def _worker_running(self) -> str:
        """The vault has one connection and one worker: the UI thread touches the database only
        while the worker is idle. Returns the sentence to show when it is not."""
        return (
            self.tr("Please wait a moment, the vault is still working.") if self._jobs.busy else ""
        )

    def _personal_words(self) -> list[str]:
        """What someone who knows the couple would guess first: their names, the years.

        Also called on the worker, so the first-run year comes from what the UI thread read.
        """
        if not self._jobs.busy:  # the connection is the UI thread's while the worker is idle
            row = self._db.execute("SELECT min(promised_at) FROM partners").fetchone()
            if row and isinstance(row[0], str) and row[0][:4].isdigit():
                self._first_year = int(row[0][:4])
        years = {self._clock.now().year, *([self._first_year] if self._first_year else [])}
        return personal_words([self._name(0), self._name(1)], sorted(years))

    @Slot(str, result="QVariantMap")
    def checkPassphrase(self, passphrase: str) -> dict[str, object]:
        """Live feedback while typing (cheap: no key derivation)."""
        check = check_passphrase(passphrase, self._personal_words())
        return {
            "ok": check.ok,
            "strength": int(check.strength),
            "label": translated(check.label),
            "advice": translated(check.advice),
            "problems": " ".join(translated(p) for p in check.problems),
        }

    @Slot(int, str, str)
    def setUpPartner(self, seat: int, passphrase: str, repeated: str) -> None:
        if passphrase != repeated:
            self.finished.emit(
                "setup", self.tr("The two passphrases are not the same. Please try again.")
            )
            return
        check = check_passphrase(passphrase, self._personal_words())
        if not check.ok:
            self.finished.emit("setup", " ".join(translated(p) for p in check.problems))
            return
        partner = seat_partner(seat)
        self._run(
            "setup",
            lambda: self._service.set_up_partner(partner, passphrase),
            lambda _: self._refresh_ready(),
        )

    @Slot(int, str, str, str)
    def changePassphrase(self, seat: int, old: str, new: str, repeated: str) -> None:
        if new != repeated:
            self.finished.emit("change", self.tr("The two new passphrases are not the same."))
            return
        partner = seat_partner(seat)
        self._personal_words()  # the first-run year is read here, on the UI thread

        def changed(_: object) -> None:
            self.lock("passphrase changed")  # an open session holds the old key pair (V8)
            self.upkeepNeeded.emit()

        self._run("change", lambda: self._service.change_passphrase(partner, old, new), changed)

    # ------------------------------------------------------------------------ open & lock ---

    def _wait_text(self, seconds: float) -> str:
        """Rounded up, so we never promise a retry too early."""
        if seconds < 60:
            wait = self.tr("%1 seconds").replace("%1", str(max(1, math.ceil(seconds))))
        else:
            minutes = math.ceil(seconds / 60)
            wait = (
                self.tr("1 minute")
                if minutes == 1
                else self.tr("%1 minutes").replace("%1", str(minutes))
            )
        return self.tr("Please wait %1 before trying again.").replace("%1", wait)

    @Slot(int, str)
    def unlockOwner(self, seat: int, passphrase: str) -> None:
        partner = seat_partner(seat)
        self._open_listing("unlock_owner", lambda: self._service.open_as_owner(partner, passphrase))

    @Slot(str)
    def holdFirstPassphrase(self, passphrase: str) -> None:
        """ "Open together", step 1: the first passphrase waits here while the second is typed.

        It lives in this object only (not in QML), for as long as the second partner types;
        a lock, a cancel or the second passphrase drops it.
        """
        self._first_passphrase = passphrase

    @Slot()
    def forgetFirstPassphrase(self) -> None:
        self._first_passphrase = None

    @Slot(str)
    def unlockTogetherWithSecond(self, passphrase: str) -> None:
        first, self._first_passphrase = self._first_passphrase, None
        if first is None:
            self.finished.emit(
                "unlock_together", self.tr("Please start again: both of you type, one by one.")
            )
            return
        self.unlockTogether(first, passphrase)

    @Slot(str, str)
    def unlockTogether(self, passphrase0: str, passphrase1: str) -> None:
        self._open_listing(
            "unlock_together", lambda: self._service.open_together(passphrase0, passphrase1)
        )

    def _open_listing(self, operation: str, unlock: Callable[[], VaultSession]) -> None:
        """Unlock on the worker; the list opens at once and fills newest first (VaultListing).

        QML hears ``finished`` as soon as the session is open; ``busy`` stays on until the
        whole list is in.
        """

        def opened(session: VaultSession) -> None:
            self._open((session, []))
            self.finished.emit(operation, "")

        started = self._listing.open_and_list(
            operation,
            unlock,
            ItemKind.MOMENT,
            opened,
            lambda error: self.finished.emit(operation, self._humane(error)),
            lambda: self._set_notice(
                self.tr("Some moments could not be read, so the list is not complete.")
            ),
        )
        if not started:
            self.finished.emit(operation, self._worker_running())

    def _open(self, opened: Opened) -> None:
        session, rows = opened
        self._close_session("replaced")
        self._session = session
        tries = [
            self._mistyped_text(self._name(partner_seat(p)), n)
            for p, n in session.failed_tries.items()
            if n
        ]
        self._set_notice(" ".join(tries))
        self._items.set_rows(rows)
        self._guard.opened()
        log.info("Vault opened (%s)", session.mode.value)
        self.stateChanged.emit()

    def _mistyped_text(self, name: str, count: int) -> str:
        """V6: the owner learns how often their passphrase was tried wrongly (in their language)."""
        if count == 1:
            text = self.tr("%1's passphrase was mistyped once since it was last used.")
        else:
            text = self.tr("%1's passphrase was mistyped %2 times since it was last used.")
        return text.replace("%1", name).replace("%2", str(count))

    def _reload(self) -> None:
        """Decrypt the list again, on the worker: 10,000 moments take seconds, not frames."""
        session = self._session
        if session is not None:
            self._run(
                "reload",
                lambda: self._rows(session.items(ItemKind.MOMENT)),
                self._show_rows,
                lambda _rows: None,  # locked meanwhile: the rows are not shown
            )

    def _show_rows(self, rows: list[ItemRow]) -> None:
        if self._session is not None:
            self._items.set_rows(rows)

    def _rows(self, items: list[VaultItem | DamagedItem]) -> list[ItemRow]:
        rows: list[ItemRow] = []
        for item in items:
            if isinstance(item, DamagedItem):
                rows.append(
                    ItemRow(item.item_id, "", "", -1, "", "#888888", "", "", True, item.message)
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
                    owner_name=self._name(seat),
                    owner_colour=self._couple.partnerColour(seat),
                    created_text=self._created_text(created),
                    created_sort=created,
                )
            )
        return rows

    # ------------------------------------------------------------------------ reflections ---

    @Slot(int, str)
    def openReflections(self, seat: int, passphrase: str) -> None:
        """A partner's private reflections: their passphrase alone, and only theirs (V4)."""
        partner = seat_partner(seat)

        def work() -> tuple[VaultSession, list[VaultItem | DamagedItem]]:
            session = self._service.open_as_owner(partner, passphrase)
            return session, session.items(ItemKind.REFLECTION)

        self._run("reflections", work, self._open_reflections, _lock_unseen)

    def _open_reflections(self, opened: tuple[VaultSession, list[VaultItem | DamagedItem]]) -> None:
        session, items = opened
        self._close_session("replaced")
        self._session = session
        self._reflecting = True
        self._notes = {
            item.content.title: (item.item_id, item.content.text)
            for item in items
            if isinstance(item, VaultItem)
        }
        self._guard.opened()
        log.info("Reflections opened")
        self.stateChanged.emit()

    @Slot(str, result=str)
    def reflectionNote(self, card_id: str) -> str:
        return self._notes.get(card_id, ("", ""))[1] if self._reflecting else ""

    @Slot(str, str, result=str)
    def saveReflection(self, card_id: str, note: str) -> str:
        """Seal a private note for one card; the previous one is removed only after it saved."""
        session = self._session
        if session is None or not self._reflecting or session.owner is None:
            return self.tr("Your reflections are locked. Please open them again.")
        text = note.strip()
        if unstorable(text):
            return self.tr("The note has a character OpenUp can't show. Please retype it.")
        if len(text) > NOTE_MAX:
            return self.tr("Please keep a note under %1 characters.").replace("%1", f"{NOTE_MAX:,}")
        if self._worker_running():
            return self._worker_running()
        previous = self._notes.get(card_id)
        try:
            content = (
                ItemContent(title=card_id, text=text, created_at=self._clock.now().isoformat())
                if text
                else None
            )
            # the new note and the old one's withdrawal (and its to-do for backups) are one
            # transaction (V13)
            new_id = session.replace_reflection(previous[0] if previous else None, content)
        except VaultError as error:
            return self._humane(error)
        except sqlite3.Error as error:
            return message_for(error)
        if text:
            self._notes[card_id] = (new_id, text)
        else:
            self._notes.pop(card_id, None)
        if previous is not None:
            self.withdrawn.emit([previous[0]])  # backups forget the old note now, not later
        self.stateChanged.emit()
        return ""

    @Slot()
    @Slot(str)
    def lock(self, reason: str = "button") -> None:
        """Drop the session's keys and every row of vault text (V7)."""
        self._jobs.invalidate()  # an unlock still on the worker will not open anything
        self._listing.stop()
        self._close_session(reason)

    def _close_session(self, reason: str) -> None:
        """What locking does to the open session and the lists; the job now delivering (one
        that opens a new session in its place) stays current, so its list still fills."""
        self._first_passphrase = None
        if self._session is not None and self._reflecting:
            self.aboutToLock.emit()  # unsaved private notes are sealed, not silently lost
        self._items.clear()
        self._day_texts = {}
        self._notes = {}
        self._reflecting = False
        self._set_notice("")
        if self._session is not None:
            self._session.lock()
            self._session = None
            log.info("Vault locked (%s)", reason)
            self._guard.closed()
            self.stateChanged.emit()

    # ------------------------------------------------------------------ keep and withdraw ---

    def _moment(self, title: str, text: str, talk_id: str, prompt_id: str) -> ItemContent | str:
        """The moment to seal, or the sentence that says why it can't be kept as written."""
        clean_title = title.strip()
        clean_text = text.strip()
        if unstorable(clean_title) or unstorable(clean_text):
            return self.tr("The text has a character OpenUp can't show. Please retype it.")
        if not clean_text:
            return self.tr("Please write a few words about the moment first.")
        if len(clean_text) > MOMENT_MAX or len(clean_title) > TITLE_MAX:
            return (
                self.tr("Please keep the moment under %1 characters and its title under %2.")
                .replace("%1", f"{MOMENT_MAX:,}")
                .replace("%2", str(TITLE_MAX))
            )
        return ItemContent(
            title=clean_title,
            text=clean_text,
            talk_id=talk_id or None,
            prompt_id=prompt_id or None,
            created_at=self._clock.now().isoformat(timespec="seconds"),
        )

    def _seal_as_owner(self, partner: Partner, passphrase: str, content: ItemContent) -> str:
        consent = self._service.open_as_owner(partner, passphrase)
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
            self.finished.emit("keep", content)
            return
        partner = seat_partner(seat)
        self._run("keep", lambda: self._seal_as_owner(partner, passphrase, content), self._kept)

    def _kept(self, _item_id: str) -> None:
        self._refresh_ready()  # the keep may have set up the owner's passphrase too
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
        if passphrase != repeated:
            self.finished.emit(
                "keep", self.tr("The two passphrases are not the same. Please try again.")
            )
            return
        check = check_passphrase(passphrase, self._personal_words())
        if not check.ok:
            self.finished.emit("keep", " ".join(translated(p) for p in check.problems))
            return
        content = self._moment(title, text, talk_id, prompt_id)
        if isinstance(content, str):
            self.finished.emit("keep", content)
            return
        partner = seat_partner(seat)

        def work() -> str:
            self._service.set_up_partner(partner, passphrase)
            return self._seal_as_owner(partner, passphrase, content)

        self._run("keep", work, self._kept)

    @Slot(str, result=str)
    def withdraw(self, item_id: str) -> str:
        session = self._session
        if session is None or session.mode is not SessionMode.OWNER:
            return self.tr("Only the one who shared a moment can take it back, from their shares.")
        if self._worker_running():
            return self._worker_running()
        try:
            session.withdraw(item_id)
        except VaultError as error:
            return self._humane(error)
        except sqlite3.Error as error:
            return message_for(error)
        self._items.remove_item(item_id)
        self.withdrawn.emit([item_id])
        log.info("A moment was withdrawn")
        return ""

    @Slot(result=str)
    def withdrawAll(self) -> str:
        session = self._session
        if session is None or session.mode is not SessionMode.OWNER:
            return self.tr("Only the one who shared a moment can take it back, from their shares.")
        if self._worker_running():
            return self._worker_running()
        mine = self._items.all_ids()
        try:
            result = session.withdraw_all()
        except VaultError as error:
            return self._humane(error)
        except sqlite3.Error as error:
            return message_for(error)
        self._items.clear()
        self.withdrawn.emit(mine)
        log.info("All of one partner's moments were withdrawn (%d)", result.removed)
        return ""

    # --------------------------------------------------------------------------- backups ---

    @Slot(QUrl, result=str)
    def exportTo(self, url: QUrl) -> str:
        if self._worker_running():
            return self._worker_running()
        path = Path(url.toLocalFile()) if url.isLocalFile() else Path(url.toString())
        try:
            count = export_vault(self._db, path)
        except VaultError as error:
            return self._humane(error)
        except OSError as error:
            return self.tr("The backup could not be written (%1). Nothing changed.").replace(
                "%1", str(error.strerror or error)
            )
        saved = (
            self.tr("Saved 1 sealed item to %2.")
            if count == 1
            else self.tr("Saved %1 sealed items to %2.").replace("%1", str(count))
        )
        return saved.replace("%2", path.name)

    @Slot(QUrl, result=str)
    def importFrom(self, url: QUrl) -> str:
        if self._worker_running():
            return self._worker_running()
        path = Path(url.toLocalFile()) if url.isLocalFile() else Path(url.toString())
        try:
            count = import_vault(self._db, path)
        except VaultError as error:
            return self._humane(error)
        except OSError as error:
            return self.tr("The backup could not be read (%1). Nothing changed.").replace(
                "%1", str(error.strerror or error)
            )
        self._refresh_ready()
        if count == 1:
            return self.tr("Restored 1 sealed item.")
        return self.tr("Restored %1 sealed items.").replace("%1", str(count))

    # -------------------------------------------------------------------------- settings ---

    def _get_idle_minutes(self) -> int:
        return self._guard.idle_minutes

    def _set_idle_minutes(self, minutes: int) -> None:
        self._guard.set_idle_minutes(minutes)

    def _get_lock_on_focus_loss(self) -> bool:
        return self._guard.lock_on_focus_loss

    def _set_lock_on_focus_loss(self, value: bool) -> None:
        self._guard.set_lock_on_focus_loss(value)

    def set_window(self, window: QWindow | None) -> None:
        """The window kept out of screen captures while the vault is open (see the guard)."""
        self._guard.set_window(window)

    def _capture_status(self) -> str:
        return self._guard.capture_status()

    def _os_lock_status(self) -> str:
        kind = self._guard.os_lock_kind
        if kind == "linux":
            return self.tr(
                "On: the vault locks when this computer's screen locks or it goes to sleep."
            )
        if kind == "windows":
            return self.tr("On: the vault locks when Windows locks the screen or you switch user.")
        return self.tr(
            "Not available on this computer: it doesn't tell OpenUp when the screen locks. Keep \u201cLock the vault\u201d chosen for when OpenUp is in the background."  # noqa: E501
        )

    # ------------------------------------------------------------------------ properties ---

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit()

    def _mode(self) -> str:
        if self._session is None:
            return "locked"
        if self._reflecting:
            return "reflection"
        return "together" if self._session.mode is SessionMode.TOGETHER else "owner"

    def _owner_seat(self) -> int:
        session = self._session
        owner = session.owner if session is not None else None
        return partner_seat(owner) if owner is not None else -1

    def _get_items(self) -> VaultItemsModel:
        return self._items

    def _busy_get(self) -> bool:
        return self._jobs.busy

    def _notice_get(self) -> str:
        return self._notice

    def _opening_text(self) -> str:
        return self._listing.opening_text()

    def _idle_choices(self) -> list[int]:
        return list(IDLE_CHOICES_MINUTES)

    @Slot(str)
    def search(self, text: str) -> None:
        self._items.set_search(text)

    mode = Property(str, _mode, notify=stateChanged)
    ownerSeat = Property(int, _owner_seat, notify=stateChanged)
    isSetUp = Property(bool, _is_set_up, notify=setupChanged)
    busy = Property(bool, _busy_get, notify=busyChanged)
    notice = Property(str, _notice_get, notify=noticeChanged)
    openingText = Property(str, _opening_text, notify=openingChanged)
    items = Property(QObject, _get_items, constant=True)
    idleMinutes = Property(int, _get_idle_minutes, _set_idle_minutes, notify=settingsChanged)
    idleChoices = Property(list, _idle_choices, constant=True)
    lockOnFocusLoss = Property(
        bool, _get_lock_on_focus_loss, _set_lock_on_focus_loss, notify=settingsChanged
    )
    captureStatus = Property(str, _capture_status, notify=settingsChanged)
    osLockStatus = Property(str, _os_lock_status, notify=settingsChanged)

    def close(self) -> None:
        self.wait_idle()
        self.lock("quit")
        self._guard.close()
        self._db.close()


def _lock_unseen(opened: tuple[VaultSession, object]) -> None:
    """The couple locked while this was opening: drop its keys, show nothing (V7)."""
    opened[0].lock()
