"""The vault's one open session as QML sees it (``Vault``): unlock, open together, lock.

The rules and the cryptography live in ``vault/`` (no Qt). The vault is four bridges over one
session: this one, ``VaultSetup`` (who has a passphrase, the checks while typing, changing it),
``VaultMoments`` (the list, keeping and taking back moments, exports) and ``ReflectionNotes``
(a partner's private notes). Slow work runs through ``VaultJobs`` (one worker, typed callbacks
per job); what locks the vault by itself (idle, focus, the OS screen lock, quitting) and the
screen-capture protection live in ``VaultLockGuard``. Vault text never goes to logs, titles or
the clipboard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QWindow

# The vault's engine (cryptography, zxcvbn, sqlite-utils) loads when the vault is first used:
# ``vault_engine.X`` imports it then, never before the first frame (see vault/__init__.py).
from .. import vault as vault_engine
from ..core.clock import Clock
from ..core.idle_lock import IDLE_CHOICES_MINUTES
from ..store.backups import BackupManager
from ..store.couple import SettingsRepository
from ..store.database import vault_connection
from ..vault import VaultError
from ..vault.kdf import PRODUCTION_KDF_PARAMS, KdfParams
from .app_controller import AppController
from .vault_jobs import VaultJobs
from .vault_text import humane, mistyped_text, os_lock_status, partner_seat, seat_partner

log = logging.getLogger("openup.bridge.vault")

T = TypeVar("T")
if TYPE_CHECKING:
    import sqlite_utils

    from ..vault.service import VaultService, VaultSession
    from .vault_guard import VaultLockGuard


class OpenAndList(Protocol):
    """How an unlock opens the session and fills the moment list (``VaultMoments``): unlock
    on the worker, ``on_open`` as soon as the session is open, the list after; False (nothing
    started) while the worker is busy."""

    def __call__(
        self,
        operation: str,
        unlock: Callable[[], VaultSession],
        on_open: Callable[[VaultSession], None],
        on_failed: Callable[[VaultError], None],
        on_incomplete: Callable[[], None],
    ) -> bool: ...


class VaultController(QObject):
    """Owns the one open vault session (at most one at a time) and what it is open for.

    It unlocks as one owner or as both partners together — holding the first partner's
    passphrase here, never in QML, while the second types — and locks again, dropping the keys
    and asking the other vault bridges to drop what they show (``on_lock``). It also owns what
    they share: the vault's database connection and ``VaultService``, the one job runner
    (``run``, reported to QML as ``finished(operation, problem)``), the sentence for a vault
    error, and the lock settings that steer ``VaultLockGuard``.
    """

    stateChanged = Signal()
    busyChanged = Signal()
    settingsChanged = Signal()
    noticeChanged = Signal()
    #: (operation, error message or ''), when an operation that QML started has finished
    finished = Signal(str, str)

    def __init__(
        self,
        db_path: Path,
        couple: AppController,
        settings: SettingsRepository,
        clock: Clock,
        kdf_params: KdfParams = PRODUCTION_KDF_PARAMS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = vault_connection(db_path)
        self._service = vault_engine.VaultService(
            self._db,
            kdf_params=kdf_params,
            clock=lambda: clock.now().timestamp(),
            backup_files=BackupManager(db_path.parent, clock).backup_paths,  # re-keyed too (V8)
            personal_words=self.personal_words,
        )
        self._couple = couple
        self._clock = clock
        self._session: VaultSession | None = None
        self._reflecting = False  # the open session serves the Reflection screen
        self._notice = ""
        self._first_year: int | None = None  # first run, for the passphrase check
        self._first_passphrase: str | None = None  # "open together", while the second types
        self._on_lock: list[Callable[[], None]] = []
        self._jobs = VaultJobs(self)
        self._open_and_list: OpenAndList | None = None  # VaultMoments attaches the list
        self._jobs.busyChanged.connect(self.busyChanged)
        from .vault_guard import VaultLockGuard  # timers, filters, D-Bus: with the vault only

        self._guard = VaultLockGuard(settings, clock, self)
        self._guard.lockRequested.connect(self.lock)
        self._guard.settingsChanged.connect(self.settingsChanged)

    # ------------------------------------------------- what the other vault bridges share ---

    @property
    def service(self) -> VaultService:
        return self._service

    @property
    def db(self) -> sqlite_utils.Database:
        """The vault's own connection: the UI thread uses it only while ``busy`` is False."""
        return self._db

    @property
    def session(self) -> VaultSession | None:
        return self._session

    @property
    def reflecting(self) -> bool:
        """The open session serves the Reflection screen (a partner's private notes)."""
        return self._session is not None and self._reflecting

    def on_lock(self, drop: Callable[[], None]) -> None:
        """``drop`` runs on every lock while the session is still open, to empty what it shows."""
        self._on_lock.append(drop)

    @property
    def jobs(self) -> VaultJobs:
        """The one worker: the moment list streams through it while the session is open."""
        return self._jobs

    def list_moments_with(self, open_and_list: OpenAndList) -> None:
        """How an unlock fills the moment list (``VaultMoments`` streams it, newest first)."""
        self._open_and_list = open_and_list

    def partner_name(self, seat: int) -> str:
        return self._couple.partnerName(seat)

    def humane(self, error: VaultError) -> str:
        """The error in the interface language, with partners called by their names."""
        return humane(error, self.partner_name)

    def report(self, operation: str, problem: str) -> None:
        """Tell QML an operation it started ended before reaching the worker."""
        self.finished.emit(operation, problem)

    def run(
        self,
        operation: str,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_stale: Callable[[T], None] | None = None,
        report: bool = True,
    ) -> None:
        """Run ``work`` on the worker; ``on_done`` gets its result on the UI thread.

        Either way QML hears ``finished(operation, problem)``: the problem in the couple's
        language, or '' when it went well. Work QML did not ask for (``report=False``, e.g.
        making the list again in a new language) is not reported: the screen would take its
        end for the end of whatever the couple is doing meanwhile.
        """

        def tell(problem: str) -> None:
            if report:
                self.finished.emit(operation, problem)

        def done(result: T) -> None:
            if on_done is not None:
                on_done(result)
            log.info("Vault %s done", operation)
            tell("")

        def failed(error: VaultError) -> None:
            tell(self.humane(error))

        def stale(result: T) -> None:
            assert on_stale is not None
            on_stale(result)
            tell("")

        started = self._jobs.run(
            operation, work, done, failed, stale if on_stale is not None else None
        )
        if not started:
            tell(self.worker_running())

    def worker_running(self) -> str:
        """The vault has one connection and one worker: the UI thread touches the database only
        while the worker is idle. Returns the sentence to show when it is not."""
        return (
            self.tr("Please wait a moment, the vault is still working.") if self._jobs.busy else ""
        )

    def personal_words(self) -> list[str]:
        """What someone who knows the couple would guess first: their names, the years.

        Also called on the worker, so the first-run year comes from what the UI thread read.
        """
        if not self._jobs.busy:  # the connection is the UI thread's while the worker is idle
            row = self._db.execute("SELECT min(promised_at) FROM partners").fetchone()
            if row and isinstance(row[0], str) and row[0][:4].isdigit():
                self._first_year = int(row[0][:4])
        years = {self._clock.now().year, *([self._first_year] if self._first_year else [])}
        return vault_engine.personal_words(
            [self.partner_name(0), self.partner_name(1)], sorted(years)
        )

    @property
    def lock_guard(self) -> VaultLockGuard:
        """What locks the vault by itself (tests drive its idle and focus checks directly)."""
        return self._guard

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """For tests and shutdown: wait for the worker to finish."""
        return self._jobs.wait(timeout_ms)

    def language_changed(self) -> None:
        """Texts made here follow the new language."""
        self.settingsChanged.emit()

    # ------------------------------------------------------------------------ open & lock ---

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
        """Unlock on the worker; the list opens at once and fills newest first.

        QML hears ``finished`` as soon as the session is open; ``busy`` stays on until the
        whole list is in. A problem reading the rest keeps the vault open with what was read.
        """

        def opened(session: VaultSession) -> None:
            self._open(session)
            self.finished.emit(operation, "")

        assert self._open_and_list is not None, "made with VaultMoments (context.py)"
        started = self._open_and_list(
            operation,
            unlock,
            opened,
            lambda error: self.finished.emit(operation, self.humane(error)),
            lambda: self._set_notice(
                self.tr("Some moments could not be read, so the list is not complete.")
            ),
        )
        if not started:
            self.finished.emit(operation, self.worker_running())

    def _open(self, session: VaultSession) -> None:
        def fill() -> None:
            tries = [
                mistyped_text(p, n, self.partner_name) for p, n in session.failed_tries.items() if n
            ]
            self._set_notice(" ".join(tries))

        self.adopt(session, fill=fill)
        log.info("Vault opened (%s)", session.mode.value)

    def adopt(
        self, session: VaultSession, fill: Callable[[], None], reflecting: bool = False
    ) -> None:
        """Make ``session`` the open one, after locking any other; ``fill`` shows what it holds
        before QML hears of the new state.

        The job now delivering ``session`` stays current (unlike :meth:`lock`), so the list it
        is still sending keeps filling."""
        self._close_session("replaced")
        self._session = session
        self._reflecting = reflecting
        fill()
        self._guard.opened()
        self.stateChanged.emit()

    @Slot()
    @Slot(str)
    def lock(self, reason: str = "button") -> None:
        """Drop the session's keys and every row of vault text (V7)."""
        self._jobs.invalidate()  # an unlock still on the worker will not open anything
        self._close_session(reason)

    def _close_session(self, reason: str) -> None:
        """What locking does to the open session and what the bridges show, without touching
        the worker's jobs (see :meth:`adopt`)."""
        self._first_passphrase = None
        for drop in self._on_lock:  # unsaved private notes are sealed first, not silently lost
            drop()
        self._reflecting = False
        self._set_notice("")
        if self._session is not None:
            self._session.lock()
            self._session = None
            log.info("Vault locked (%s)", reason)
            self._guard.closed()
            self.stateChanged.emit()

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
        return os_lock_status(self._guard.os_lock_kind)

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
        return "together" if self._session.mode is vault_engine.SessionMode.TOGETHER else "owner"

    def _owner_seat(self) -> int:
        session = self._session
        owner = session.owner if session is not None else None
        return partner_seat(owner) if owner is not None else -1

    def _busy_get(self) -> bool:
        return self._jobs.busy

    def _notice_get(self) -> str:
        return self._notice

    def _idle_choices(self) -> list[int]:
        return list(IDLE_CHOICES_MINUTES)

    mode = Property(str, _mode, notify=stateChanged)
    ownerSeat = Property(int, _owner_seat, notify=stateChanged)
    busy = Property(bool, _busy_get, notify=busyChanged)
    notice = Property(str, _notice_get, notify=noticeChanged)
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


def lock_unseen(opened: tuple[VaultSession, object]) -> None:
    """The couple locked while this was opening: drop its keys, show nothing (V7)."""
    opened[0].lock()
