"""Backups for QML: the list, a backup now, and restoring one (finished at the next start).

Restoring swaps the database file, which every part of the running app holds open, so the
screen only *asks* for it: the app quits, closes every connection, puts the backup in place
(after copying the current data first) and starts again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QThreadPool, QTimer, Signal, SignalInstance, Slot

from ..core.clock import Clock
from ..files.messages import messages_to_json
from ..store.backups import BEFORE_RESTORE, BackupError, BackupInfo, BackupManager, RestoreError
from .core_messages import translated
from .localizer import Localizer

if TYPE_CHECKING:
    from ..vault.upkeep import UpkeepReport

log = logging.getLogger("openup.bridge.backups")


def _size_text(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


#: How long to wait before trying the vault's to-do list again while something blocks it (a
#: reader holding the live WAL, a copy that can't be written just now).
UPKEEP_RETRY_MS = 30_000


class BackupController(QObject):
    """Owns the backup copies as the couple sees them: the list, a copy now, the daily copy and
    the one after each talk, and asking for a restore (done at the next start). It also keeps
    every copy in step with the vault: taken-back items are removed from them (V3) and a key
    rotation's to-do list is finished in each copy (V8), off the UI thread.
    """

    changed = Signal()
    #: the couple confirmed a restore: the app should quit and finish it (see finish_restore)
    restartRequested = Signal()
    #: a pass over the vault's to-do list ended; True when nothing is left (V13)
    upkeepFinished = Signal(bool)
    #: an automatic copy (daily, after a talk) failed; the error says why in the couple's words
    automaticBackupFailed = Signal(object)
    _copiesCleaned = Signal(object)

    def __init__(
        self,
        manager: BackupManager,
        database: Path,
        clock: Clock,
        run_in_background: Callable[[Callable[[], None]], None] | None = None,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._localizer = localizer or Localizer()
        self._manager = manager
        self._database = database
        self._clock = clock
        self._pending: Path | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._run = run_in_background or self._pool.start
        self._upkeep_retry = QTimer(self)
        self._upkeep_retry.setSingleShot(True)
        self._upkeep_retry.setInterval(UPKEEP_RETRY_MS)
        self._upkeep_retry.timeout.connect(self.finishVaultUpkeep)
        self._copiesCleaned.connect(self._finish_live)

    # ---------------------------------------------------------------------- automatic ---

    def _copy(self, make: Callable[[sqlite3.Connection], BackupInfo | None]) -> None:
        """Back up through a connection of the worker's own: the window never waits for it."""

        def job() -> None:
            conn = sqlite3.connect(str(self._database))
            try:
                make(conn)
            except BackupError as error:
                log.warning("Automatic backup failed: %s", error.message)
                _emit_quietly(self.automaticBackupFailed, error)
            finally:
                # a backup may have been skipped (already one today): the to-do list runs anyway
                report = self._manager.clean_vault_copies(conn)
                conn.close()
            _emit_quietly(self.changed)
            _emit_quietly(self._copiesCleaned, report)

        self._run(job)

    @Slot("QVariantList")
    def forgetItems(self, item_ids: list[str]) -> None:
        """Taken-back moments leave every backup too (V13).

        The ids are already on the vault's persisted to-do list (written with the withdrawal),
        so this only starts a pass over that list on the worker; a kill now loses nothing.
        """
        self.finishVaultUpkeep()

    @Slot()
    def finishVaultUpkeep(self) -> None:
        """One pass over the vault's to-do list on the worker; retried while anything blocks it."""

        def job() -> None:
            conn = sqlite3.connect(str(self._database))
            try:
                report = self._manager.clean_vault_copies(conn)
            finally:
                conn.close()
            _emit_quietly(self._copiesCleaned, report)

        self._run(job)

    def _finish_live(self, report: UpkeepReport) -> None:
        """The live database's half of the pass, on the UI thread (see upkeep.finish_live)."""
        from ..vault.upkeep import finish_live  # the vault's, loaded on first use

        if not report.clean:
            try:
                conn = sqlite3.connect(str(self._database), timeout=0.2)
                try:
                    report = finish_live(conn, report)
                finally:
                    conn.close()
            except sqlite3.Error as error:
                log.info("Vault upkeep will be tried again (%s)", type(error).__name__)
        if report.clean:
            self._upkeep_retry.stop()
        elif not self._upkeep_retry.isActive():
            self._upkeep_retry.start()
        self.upkeepFinished.emit(report.clean)

    @property
    def upkeep_retry_pending(self) -> bool:
        """True while a blocked pass waits to be tried again (for tests and the quit path)."""
        return self._upkeep_retry.isActive()

    def daily(self) -> None:
        self._copy(self._manager.maybe_daily_backup)

    @Slot()
    def afterTalk(self) -> None:
        self._copy(self._manager.after_talk_backup)

    # ------------------------------------------------------------------------- by hand ---

    @Slot(result=str)
    def backupNow(self) -> str:
        conn = sqlite3.connect(str(self._database))
        try:
            info = self._manager.backup_now(conn, "by hand")
        except BackupError as error:
            return translated(error)
        finally:
            conn.close()
        self.changed.emit()
        return self.tr("Backup saved (%1).").replace("%1", _size_text(info.size))

    def _describe(self, info: BackupInfo) -> dict[str, object]:
        holds = ""
        if info.ended_talks is not None and info.vault_items is not None:
            talks = self.tr("%n talk(s)", "", info.ended_talks)
            items = self.tr("%n kept item(s)", "", info.vault_items)
            holds = f"{talks}, {items}"
        made = info.created_at
        when = f"{self._localizer.day_with_year(made)}, {self._localizer.time(made)}"
        if info.reason == BEFORE_RESTORE:  # how the last restore is undone: say so
            when = self.tr("%1 (before the last restore)").replace("%1", when)
        return {
            "path": str(info.path),
            "when": when,
            "size": _size_text(info.size),
            "holds": holds,
            "ok": info.ok,
            "message": translated(info.message) if info.message else "",
        }

    def _backups(self) -> list[dict[str, object]]:
        return [self._describe(info) for info in self._manager.list_backups()]

    def _newest_good(self) -> dict[str, object]:
        info = self._manager.newest_good_backup()
        return self._describe(info) if info else {}

    @Slot(str, result=str)
    def restore(self, path: str) -> str:
        """Ask for a restore; '' when the app will now restart to finish it, else why not."""
        chosen = Path(path)
        match = next((b for b in self._manager.list_backups() if b.path == chosen), None)
        if match is None:
            return self.tr("That backup is no longer there.")
        if not match.ok:
            if match.message is not None:
                return translated(match.message)
            return self.tr("That backup is damaged, so it can't be restored.")
        self._pending = chosen
        log.info("Restore of %s requested; restarting", chosen.name)
        self.restartRequested.emit()
        return ""

    def language_changed(self) -> None:
        self.changed.emit()

    def close(self) -> None:
        """Let a backup in progress finish, then try the vault's to-do list one last time.

        At quit every other reader is gone, so a checkpoint that was blocked usually succeeds
        now; if not, the log says so and the next start tries again.
        """
        self._pool.waitForDone()
        self._upkeep_retry.stop()
        try:
            conn = sqlite3.connect(str(self._database))
        except sqlite3.Error:
            return
        try:
            if not self._manager.finish_vault_upkeep(conn).clean:
                log.warning("Some withdrawn items could not yet leave every copy; next start")
        finally:
            conn.close()

    @property
    def pending_restore(self) -> Path | None:
        return self._pending

    backups = Property(list, _backups, notify=changed)
    newestGood = Property(dict, _newest_good, notify=changed)


def _emit_quietly(signal: SignalInstance, *args: object) -> None:
    """Emit from the worker; at quit the controller may already be gone, which is fine."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        log.info("A backup job finished after the window closed")


def finish_restore(manager: BackupManager, backup: Path, live_db: Path) -> str:
    """After every connection is closed: put the backup in place. Returns a line for the log."""
    try:
        result = manager.restore(backup, live_db, close_live=lambda: None)
    except RestoreError as error:
        _leave_result(live_db, f"refused|{messages_to_json(error.messages)}")
        return f"Restore refused: {error.message}"
    before = result.before_restore.path.name if result.before_restore else ""
    _leave_result(live_db, f"restored|{before}")
    return f"Restored {backup.name}; the data before it was kept as {before or 'none'}"


def _leave_result(live_db: Path, result: str) -> None:
    """Tell the next start how the restore went (it runs while no window is open)."""
    try:
        conn = sqlite3.connect(str(live_db))
        try:
            with conn:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES ('restore_result', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [result],
                )
        finally:
            conn.close()
    except sqlite3.Error as error:
        log.warning("Could not record the restore result (%s)", type(error).__name__)
