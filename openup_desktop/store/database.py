"""Open the couple's database safely.

Start-up checks the file (``PRAGMA quick_check``) before trusting it. A damaged or foreign file is
never deleted: it is moved aside with a dated name, so nothing is lost that a later restore could
still rescue, and the app starts fresh with a clear notice for the couple.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..files.atomic import replace_file
from ..files.messages import Message, MessageError, Template
from ..files.sqlite_paths import sqlite_uri
from .connection import Database
from .migrations import apply_migrations

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger("openup.store")

_SIDE_FILES = ("-wal", "-shm", "-journal")


DAMAGED_NOT_MOVED = Template(
    "database.damaged_not_moved",
    "OpenUp's saved data at {path} is damaged, and it could not be moved aside ({reason}). "
    "Nothing was deleted.",
)
STARTED_FRESH = Template(
    "database.started_fresh",
    "OpenUp could not read its saved data, so it started fresh. "
    "The damaged file was kept, not deleted, as {name} in {folder}.",
)
CANNOT_OPEN = Template(
    "database.cannot_open",
    "OpenUp could not open its saved data at {path} ({reason}). Nothing was changed. "
    "Check that the folder is writable and the disk is not full.",
)


class DatabaseOpenError(MessageError):
    """The database can't be opened or created; the message is for the couple."""


@dataclass
class OpenedDatabase:
    db: Database
    path: Path
    notice: Message | None = None  # shown once in the app when a damaged file was moved aside
    moved_aside_to: Path | None = None

    def close(self) -> None:
        self.db.close()


def connect(path: Path, *, any_thread: bool = False) -> Database:
    """A connection with OpenUp's pragmas. ``any_thread`` lets one worker at a time use it."""
    conn = sqlite3.connect(str(path), check_same_thread=not any_thread)
    db = Database(conn)
    db.execute(
        "PRAGMA recursive_triggers=ON"
    )  # what sqlite-utils set, which the store was built on
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA secure_delete=ON")
    db.execute("PRAGMA synchronous=FULL")
    if _platform() == "darwin":
        # macOS's fsync() leaves the data in the drive's cache; only F_FULLFSYNC reaches the
        # disk, so without these a power cut could lose a talk SQLite had reported saved.
        db.execute("PRAGMA fullfsync=ON")
        db.execute("PRAGMA checkpoint_fullfsync=ON")
    return db


def vault_connection(path: Path) -> sqlite_utils.Database:
    """The vault's own connection (used by one worker at a time): the same pragmas, as the
    sqlite-utils ``Database`` the vault's modules are written for. The vault loads on first
    use, so importing sqlite-utils here costs the start-up nothing."""
    import sqlite_utils

    return sqlite_utils.Database(connect(path, any_thread=True).conn, execute_plugins=False)


def _platform() -> str:
    return sys.platform


def check_database(path: Path) -> str | None:
    """None when the file looks healthy; otherwise a short reason (no content, just the kind)."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


def move_aside(path: Path, when: datetime | None = None) -> Path:
    """Rename a damaged database (and its side files) to ``<name>.damaged-<time>``."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    replace_file(path, target)  # the target name is free: nothing is ever overwritten
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            replace_file(side, target.with_name(target.name + suffix))
    return target


def open_database(path: Path) -> OpenedDatabase:
    """Open (creating or repairing as needed) and migrate the database at ``path``."""
    notice: Message | None = None
    moved_to = None
    if path.exists():
        problem = check_database(path)
        if problem is not None:
            log.error("The database failed its start-up check: %s", problem)
            try:
                moved_to = move_aside(path)
            except OSError as error:
                raise DatabaseOpenError(
                    DAMAGED_NOT_MOVED(path=str(path), reason=str(error.strerror or error))
                ) from error
            notice = STARTED_FRESH(name=moved_to.name, folder=str(path.parent))
    try:
        db = connect(path)
        apply_migrations(db)
    except sqlite3.Error as error:
        raise DatabaseOpenError(CANNOT_OPEN(path=str(path), reason=str(error))) from error
    return OpenedDatabase(db=db, path=path, notice=notice, moved_aside_to=moved_to)
