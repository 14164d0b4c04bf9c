"""Automatic backups of the couple's whole database, and restoring one of them.

Why it is built like this:

* **Never lose the couple's history.** A copy is made at start (at most once a day) and after
  each talk, into ``<data_dir>/backups/openup-YYYYMMDD-HHMMSS.db``. Old copies are pruned by a
  pure rule (:mod:`openup_desktop.core.retention`): the newest of each of the last 7 days that
  have backups and of each of the last 4 ISO weeks that have backups.
* **SQLite's online backup API, not a file copy.** The live database runs in WAL mode and may be
  mid-write; ``Connection.backup`` copies a consistent snapshot, including what still sits in the
  ``-wal``. The copy is switched to a rollback journal so it is one self-contained file.
* **A copy is only trusted once checked.** It is written under a temporary name, moved into
  place with ``os.replace`` (so a crash never leaves a half-written file with a backup's name),
  then ``PRAGMA integrity_check`` runs on it; a copy that fails is deleted and reported, and
  nothing is pruned after a failed copy, so a damaged live database can't push good backups out.
* **Restore checks before it touches anything.** A damaged, foreign or too-new file is refused
  with a clear message and the live data is left exactly as it was. Otherwise the current data is
  backed up first ("before restore"), so a restore can itself be undone, and the live file is
  replaced atomically. Stale ``-wal``/``-shm`` files of the old database are never left beside
  the new one, because SQLite would replay an old WAL into the restored file.
* **Vault items stay sealed.** Pages are copied as stored; nothing is decrypted, so a backup is
  exactly as safe as the live file (promise V1 in ``docs/security.md``).
* **Nothing anyone wrote is logged.** Log lines carry file names, sizes and reasons only.
* **No Qt here.** The caller runs this off the UI thread and shows the messages.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from openup_desktop.core.clock import Clock
from openup_desktop.core.retention import keep
from openup_desktop.files.atomic import flush_to_disk, replace_file
from openup_desktop.files.messages import Message, MessageError, Template

from ..files.sqlite_paths import sqlite_uri
from .connection import Db
from .database import check_database, move_aside
from .migrations import MIGRATIONS_TABLE, SET_NAME, step_names

if TYPE_CHECKING:
    from ..vault.upkeep import UpkeepReport

__all__ = [
    "BACKUP_DIR_NAME",
    "BEFORE_RESTORE",
    "BackupError",
    "BackupInfo",
    "BackupManager",
    "RestoreError",
    "RestoreResult",
]

_log = logging.getLogger("openup.store.backups")

BACKUP_DIR_NAME: Final = "backups"
_NAME_RE: Final = re.compile(r"^openup-(\d{8})-(\d{6})(?:-(\d+))?(-before-restore)?\.db$")
#: The copy made just before a restore says so in its name: it is how a restore is undone, so the
#: newest one is kept whatever the retention rule says (see ``prune``), and Settings names it.
BEFORE_RESTORE: Final = "before restore"
_STAMP: Final = "%Y%m%d-%H%M%S"
_PARTIAL_SUFFIX: Final = ".partial"
_SIDE_FILES: Final = ("-wal", "-shm", "-journal")

DAMAGED_MESSAGE: Final = Template(
    "backups.damaged",
    "This backup is damaged (it failed its integrity check), so it can't be used. "
    "Other backups are not affected.",
)()
FOREIGN_MESSAGE: Final = Template(
    "backups.foreign", "This file is not an OpenUp backup, so it can't be restored."
)()
NEWER_MESSAGE: Final = Template(
    "backups.newer",
    "This backup was made by a newer version of OpenUp. Update OpenUp to restore it.",
)()
MISSING_MESSAGE: Final = Template("backups.missing", "This backup file is no longer there.")()
NOTHING_CHANGED: Final = Template("backups.nothing_changed", "Nothing was changed.")
NOT_SAVED: Final = Template(
    "backups.not_saved",
    "OpenUp could not save a backup copy just now ({reason}). Your data itself was not changed.",
)
FAILED_CHECK: Final = Template(
    "backups.failed_check",
    "OpenUp made a backup copy, but the copy failed its check, so it was deleted. "
    "Your earlier backups were kept. If this happens again, the saved data may be "
    "damaged: restoring a recent backup can help.",
)
NO_COPY_FIRST: Final = Template(
    "backups.no_copy_first",
    "OpenUp could not first save a copy of your current data, so it did not "
    "restore the backup. Nothing was changed. Check that the disk is not full.",
)
NOT_PREPARED: Final = Template(
    "backups.not_prepared",
    "OpenUp could not prepare the backup ({reason}). Nothing was changed.",
)
NOT_READ_BACK: Final = Template(
    "backups.not_read_back",
    "The backup could not be read back correctly. Nothing was changed.",
)
NOT_PUT_IN_PLACE: Final = Template(
    "backups.not_put_in_place",
    "OpenUp could not put the backup in place ({reason}). Your current data was not replaced.",
)
STILL_IN_USE: Final = Template(
    "backups.still_in_use",
    "OpenUp's data is still in use by another window or program, so the backup was not "
    "put in place. Your current data was not replaced.",
)

Connection = sqlite3.Connection | Db


class BackupError(MessageError):
    """A backup could not be made; its messages are written for the couple."""


class RestoreError(MessageError):
    """A restore was refused or could not finish; the live data was not replaced."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file and what it holds.

    ``ended_talks`` and ``vault_items`` are read from the copy itself, so the couple can tell
    copies apart without opening anything; they are None when the copy can't be read. A copy that
    failed its check has ``ok=False`` and ``message`` says why (never anything anyone wrote).
    ``reason`` is known only for a copy just made (the file name doesn't carry it).
    """

    path: Path
    created_at: datetime
    size: int
    ok: bool = True
    ended_talks: int | None = None
    vault_items: int | None = None
    message: Message | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did.

    ``before_restore`` is the copy of the data that was live just before (None when there was
    no live database). ``moved_aside_to`` is set when the live database was itself too damaged
    to copy: it was then kept under a dated name instead, never deleted.
    """

    restored_from: BackupInfo
    before_restore: BackupInfo | None
    moved_aside_to: Path | None = None


@dataclass(frozen=True, slots=True)
class _Examination:
    ok: bool
    ended_talks: int | None = None
    vault_items: int | None = None
    message: Message | None = None


class BackupManager:
    """Makes, lists, prunes and restores backups in ``<data_dir>/backups``."""

    def __init__(self, data_dir: Path, clock: Clock) -> None:
        """``clock`` names the copies and decides "today" (tests pass a fake one)."""
        self._data_dir = Path(data_dir)
        self._clock = clock

    @property
    def backup_dir(self) -> Path:
        """The folder the copies live in (created on the first backup)."""
        return self._data_dir / BACKUP_DIR_NAME

    # --- making copies ---------------------------------------------------------------------

    def backup_now(self, conn: Connection, reason: str) -> BackupInfo:
        """Copy the whole database behind ``conn`` now; raises :class:`BackupError` on failure.

        The copy is made with the online backup API into a temporary file, moved into place, then
        checked with ``PRAGMA integrity_check``. A copy that fails the check is deleted, so every
        file with a backup's name has passed it at least once.
        """
        source = conn if isinstance(conn, sqlite3.Connection) else conn.conn
        folder = self.backup_dir
        created = self._clock.now()
        partial: Path | None = None
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            final = self._free_name(created, before_restore=reason == BEFORE_RESTORE)
            partial = folder / f".{final.name}{_PARTIAL_SUFFIX}"
            _copy_database(source, partial)
            replace_file(partial, final)
            partial = None
            _fsync_dir(folder)
        except (OSError, sqlite3.Error) as error:
            if partial is not None:
                _unlink_quietly(partial)
            _log.error("backup (%s) could not be written: %s", reason, type(error).__name__)
            raise BackupError(NOT_SAVED(reason=_short_reason(error))) from error
        exam = _examine(final, full=True)
        if not exam.ok:
            _unlink_quietly(final)
            _log.error("backup (%s) %s failed its check and was deleted", reason, final.name)
            raise BackupError(FAILED_CHECK())
        size = final.stat().st_size
        _log.info("backup (%s) saved as %s, %d bytes", reason, final.name, size)
        self.clean_vault_copies(source)
        return BackupInfo(
            path=final,
            created_at=_created_at(final, created) or created,
            size=size,
            ok=True,
            ended_talks=exam.ended_talks,
            vault_items=exam.vault_items,
            reason=reason,
        )

    def maybe_daily_backup(self, conn: Connection) -> BackupInfo | None:
        """At start: make a copy unless one was already made today, then prune.

        Any copy made today counts (after a talk, before a restore), since it holds today's data
        just the same. Returns the new copy, or None when none was needed.
        """
        today = self._clock.now().date()
        if any(when.date() == today for when, _ in self._scan()):
            return None
        info = self.backup_now(conn, "daily")
        self.prune()
        return info

    def after_talk_backup(self, conn: Connection) -> BackupInfo:
        """After a talk ended and its wrap-up was saved: make a copy, then prune."""
        info = self.backup_now(conn, "after talk")
        self.prune()
        return info

    # --- pruning and listing ---------------------------------------------------------------

    def prune(self) -> list[Path]:
        """Delete the copies the retention rule doesn't keep; returns the deleted paths.

        Only files named like OpenUp's backups are ever touched (plus leftover temporary files of
        an interrupted copy); anything else the couple put in the folder stays.
        """
        entries = self._scan()
        kept = keep((when for when, _ in entries), self._clock.now())
        # The restore dialog promises the replaced data can be gone back to: the newest copy made
        # before a restore stays until another restore replaces it (entries are newest first).
        undo = next((path for _, path in entries if _is_before_restore(path)), None)
        removed = []
        for when, path in entries:
            if path == undo:
                continue
            if when not in kept and _unlink_quietly(path):
                removed.append(path)
        if self.backup_dir.is_dir():
            for leftover in self.backup_dir.glob(f".openup-*{_PARTIAL_SUFFIX}"):
                _unlink_quietly(leftover)
        if removed:
            _log.info("pruned %d old backup(s)", len(removed))
        return removed

    def backup_paths(self) -> list[Path]:
        """Every backup copy the app keeps, newest first: what the vault's to-do list cleans."""
        return [path for _, path in self._scan()]

    def finish_vault_upkeep(self, conn: Connection) -> UpkeepReport:
        """Work through the vault's to-do list on every copy (V8, V13); never raises.

        Runs after every backup (a copy that started before a withdrawal may still hold it) and
        at start; whatever can't be done now stays on the list for the next time.
        """
        from ..vault.upkeep import UpkeepReport, finish_pending  # the vault's, on first use

        raw = conn if isinstance(conn, sqlite3.Connection) else conn.conn
        if raw.in_transaction:
            return UpkeepReport(clean=False, checkpointed=False)
        try:
            return finish_pending(raw, self.backup_paths())
        except sqlite3.Error as error:
            _log.warning("vault upkeep could not run (%s)", type(error).__name__)
            return UpkeepReport(clean=False, checkpointed=False)

    def clean_vault_copies(self, conn: Connection) -> UpkeepReport:
        """The half of the vault's to-do list that only touches the copies (safe on a worker
        thread: it reads the live database, never writes it). Never raises. Call it only on the
        thread that makes backups."""
        from ..vault.upkeep import UpkeepReport, clean_copies  # the vault's, on first use

        raw = conn if isinstance(conn, sqlite3.Connection) else conn.conn
        if self.backup_dir.is_dir():
            # a copy killed half-way may hold what was since taken back; on this worker no copy
            # is being written now, so every leftover is stale
            for leftover in self.backup_dir.glob(f".openup-*{_PARTIAL_SUFFIX}"):
                _unlink_quietly(leftover)
        try:
            return clean_copies(raw, self.backup_paths())
        except sqlite3.Error as error:
            _log.warning("vault upkeep could not run (%s)", type(error).__name__)
            return UpkeepReport(clean=False, checkpointed=False)

    def forget_items(self, item_ids: list[str]) -> int:
        """Remove taken-back vault items from every backup copy (V3: gone means gone).

        Each copy loses the item's ciphertext and sealed keys with ``secure_delete`` on, its
        journal is folded back and the file is vacuumed, so no old page keeps the bytes.
        Returns how many copies held any of them. A copy that can't be changed is left as it is
        and logged (never the ids' content: there is none in the log anyway).
        """
        if not item_ids or not self.backup_dir.is_dir():
            return 0
        changed = 0
        marks = ",".join("?" for _ in item_ids)
        for path in sorted(self.backup_dir.iterdir()):
            if not _NAME_RE.match(path.name):
                continue
            try:
                conn = sqlite3.connect(str(path))
                try:
                    conn.execute("PRAGMA secure_delete=ON")
                    with conn:
                        conn.execute(
                            f"DELETE FROM vault_item_keys WHERE item_id IN ({marks})", item_ids
                        )
                        gone = conn.execute(
                            f"DELETE FROM vault_items WHERE item_id IN ({marks})", item_ids
                        ).rowcount
                    if gone:
                        changed += 1
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                        conn.execute("VACUUM")
                finally:
                    conn.close()
            except sqlite3.Error as error:
                _log.warning("could not remove taken-back items from %s (%s)", path.name, error)
        return changed

    def list_backups(self) -> list[BackupInfo]:
        """Every backup, newest first, with what it holds, read from each copy read-only.

        Listing runs SQLite's ``quick_check`` on each copy (fast enough for a screen); a copy that
        fails, can't be opened or isn't OpenUp's is listed with ``ok=False`` and a message.
        Restoring runs the full ``integrity_check``.
        """
        infos = []
        for when, path in self._scan():
            try:
                size = path.stat().st_size
            except OSError:
                continue  # deleted meanwhile
            exam = _examine(path, full=False)
            infos.append(
                BackupInfo(
                    path=path,
                    created_at=when,
                    size=size,
                    ok=exam.ok,
                    ended_talks=exam.ended_talks,
                    vault_items=exam.vault_items,
                    message=exam.message,
                    reason=BEFORE_RESTORE if _is_before_restore(path) else None,
                )
            )
        return infos

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest copy that passes the full integrity check, for the damaged-at-start offer."""
        for info in self.list_backups():
            if info.ok and _examine(info.path, full=True).ok:
                return info
        return None

    # --- restoring -------------------------------------------------------------------------

    def restore(
        self,
        backup: BackupInfo | Path,
        live_db_path: Path,
        close_live: Callable[[], None],
    ) -> RestoreResult:
        """Put ``backup`` in place of the live database at ``live_db_path``.

        First the backup is checked (full integrity check, and it must be an OpenUp database this
        version can read); if it isn't usable, :class:`RestoreError` says why and nothing is
        changed (``close_live`` isn't even called). Then the current data is copied to a
        "before restore" backup, ``close_live`` is called so the caller closes every connection
        to the live database, and the live file is replaced atomically. The caller reopens the
        database afterwards (also after a :class:`RestoreError`, if ``close_live`` was called).
        """
        path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
        live = Path(live_db_path)
        if not path.is_file():
            raise RestoreError(MISSING_MESSAGE)
        exam = _examine(path, full=True)
        if not exam.ok:
            _log.warning("restore refused: %s is not usable", path.name)
            assert exam.message is not None  # every failed examination says why
            raise RestoreError(exam.message, NOTHING_CHANGED())
        restored_from = BackupInfo(
            path=path,
            created_at=_created_at(path, self._clock.now()) or _mtime(path),
            size=path.stat().st_size,
            ended_talks=exam.ended_talks,
            vault_items=exam.vault_items,
        )

        before: BackupInfo | None = None
        live_damaged = False
        if live.exists():
            try:
                with _read_write(live) as current:
                    before = self.backup_now(current, BEFORE_RESTORE)
            except (BackupError, sqlite3.Error) as error:
                if check_database(live) is None:
                    raise RestoreError(NO_COPY_FIRST()) from error
                live_damaged = True  # nothing usable to copy: it is moved aside below instead

        staged = live.with_name(f".{live.name}.restoring")
        try:
            shutil.copyfile(path, staged)
            _fsync_file(staged)
        except OSError as error:
            _unlink_quietly(staged)
            raise RestoreError(NOT_PREPARED(reason=_short_reason(error))) from error
        if not _examine(staged, full=False).ok:
            _unlink_quietly(staged)
            raise RestoreError(NOT_READ_BACK())

        close_live()
        moved_to: Path | None = None
        try:
            if live_damaged:
                moved_to = move_aside(live, self._clock.now())
            elif live.exists():
                _settle_live(live, self._clock.now())
            replace_file(staged, live)
            _fsync_dir(live.parent)
        except RestoreError:
            _unlink_quietly(staged)
            raise
        except (OSError, sqlite3.Error) as error:
            _unlink_quietly(staged)
            _log.error("restore failed before replacing the database: %s", type(error).__name__)
            raise RestoreError(NOT_PUT_IN_PLACE(reason=_short_reason(error))) from error
        _log.info("restored %s (current data first copied)", path.name)
        return RestoreResult(
            restored_from=restored_from, before_restore=before, moved_aside_to=moved_to
        )

    # --- internals -------------------------------------------------------------------------

    def _scan(self) -> list[tuple[datetime, Path]]:
        """Backups by name only (no file opened), newest first."""
        folder = self.backup_dir
        if not folder.is_dir():
            return []
        now = self._clock.now()
        entries = []
        for path in folder.iterdir():
            when = _created_at(path, now)
            if when is not None and path.is_file():
                entries.append((when, path))
        entries.sort(key=lambda e: (e[0], _sequence(e[1])), reverse=True)
        return entries

    def _free_name(self, created: datetime, *, before_restore: bool = False) -> Path:
        """``openup-YYYYMMDD-HHMMSS.db``, with ``-2``, ``-3``… when that second is taken, and
        ``-before-restore`` before ``.db`` for the copy a restore makes first."""
        stem = f"openup-{created.strftime(_STAMP)}"
        tail = "-before-restore.db" if before_restore else ".db"
        candidate = self.backup_dir / f"{stem}{tail}"
        n = 1
        while candidate.exists():
            n += 1
            candidate = self.backup_dir / f"{stem}-{n}{tail}"
        return candidate


# --- helpers ---------------------------------------------------------------------------------


def _created_at(path: Path, reference: datetime | None) -> datetime | None:
    """The time in a backup's name, in ``reference``'s time zone (names are local time)."""
    match = _NAME_RE.match(path.name)
    if match is None:
        return None
    try:
        naive = datetime.strptime(f"{match[1]}-{match[2]}", _STAMP)
    except ValueError:
        return None
    if reference is not None and reference.tzinfo is not None:
        return naive.replace(tzinfo=reference.tzinfo)
    return naive.astimezone()


def _is_before_restore(path: Path) -> bool:
    match = _NAME_RE.match(path.name)
    return match is not None and match[4] is not None


def _sequence(path: Path) -> int:
    match = _NAME_RE.match(path.name)
    return int(match[3]) if match is not None and match[3] else 1


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Online-backup ``source`` into ``target`` as one self-contained, flushed file."""
    target.unlink(missing_ok=True)
    # created private before SQLite opens it, so not one byte is ever readable by others (V14)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        # The copied header says WAL; a backup must be one file that opens read-only anywhere.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    _fsync_file(target)


def _examine(path: Path, *, full: bool) -> _Examination:
    """Check a copy read-only and count what it holds; never raises for a bad file."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    except sqlite3.Error:
        return _Examination(ok=False, message=DAMAGED_MESSAGE)
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return _Examination(ok=False, message=DAMAGED_MESSAGE)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if MIGRATIONS_TABLE not in tables:
            return _Examination(ok=False, message=FOREIGN_MESSAGE)
        applied = {
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?",
                [SET_NAME],
            )
        }
        if not applied:
            return _Examination(ok=False, message=FOREIGN_MESSAGE)
        if applied - set(step_names()):
            return _Examination(ok=False, message=NEWER_MESSAGE)
        talks = _count(conn, tables, "talks", "WHERE status = 'ended'")
        items = _count(conn, tables, "vault_items", "")
        return _Examination(ok=True, ended_talks=talks, vault_items=items)
    except sqlite3.Error:
        return _Examination(ok=False, message=DAMAGED_MESSAGE)
    finally:
        conn.close()


def _count(conn: sqlite3.Connection, tables: set[str], table: str, where: str) -> int:
    """Rows in ``table`` (0 for a copy made before that table existed)."""
    if table not in tables:
        return 0
    return int(conn.execute(f"SELECT COUNT(*) FROM {table} {where}").fetchone()[0])


@contextlib.contextmanager
def _read_write(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to an existing database (never creates one)."""
    conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _settle_live(live: Path, when: datetime) -> None:
    """Fold the live WAL into the main file, then clear the side files before replacing it.

    The caller has closed its connections, so a TRUNCATE checkpoint from here moves everything
    into the main file, and closing the last connection removes the ``-wal``. Whatever side file
    remains must not sit beside the restored database (SQLite would replay it into the new file):
    an empty one or a ``-shm`` (only an index, rebuilt from the WAL) is deleted; one that still
    holds data is renamed aside, never deleted.
    """
    busy = False
    with contextlib.suppress(sqlite3.Error), _read_write(live) as conn:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        busy = row is not None and row[0] == 1
    if busy:
        raise RestoreError(STILL_IN_USE())
    stamp = when.strftime(_STAMP)
    for suffix in _SIDE_FILES:
        side = live.with_name(live.name + suffix)
        if not side.exists():
            continue
        if suffix == "-shm" or side.stat().st_size == 0:
            side.unlink()
        else:
            replace_file(side, live.with_name(f"{live.name}{suffix}.before-restore-{stamp}"))


def _fsync_file(path: Path) -> None:
    """Make sure the bytes are on disk before the file gets its final name."""
    with open(path, "rb+") as handle:
        flush_to_disk(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows can't open folders, and NTFS journals renames."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        _log.warning("could not delete %s: %s", path.name, type(error).__name__)
        return False
    return True


def _short_reason(error: BaseException) -> str:
    """A few plain words about an OS or SQLite error, without paths or content."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    text = str(error).strip()
    return text or type(error).__name__
