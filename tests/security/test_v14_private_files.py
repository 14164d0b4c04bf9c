"""V14: on macOS and Linux the data folder is 0700 and every file OpenUp writes in it is 0600,
whatever the umask it was started with (issue #13, finding 9: the database and backups were
created 0644, readable by every account on the computer).

Started under the common umask 022, over a data folder an older version left world-readable,
the app's start-up, database, WAL, backups, a restore (with its "before restore" copy), logs and
a vault export are all checked with ``stat``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from openup_desktop.app import self_check
from openup_desktop.core.clock import FakeClock as DateClock
from openup_desktop.paths import resolve_paths
from openup_desktop.store.backups import BackupManager
from openup_desktop.store.database import connect
from openup_desktop.vault import export_vault
from tests.security.vault_support import set_up_vault

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _modes(folder: Path) -> dict[str, int]:
    modes = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        modes[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return modes


def test_every_file_is_private_whatever_the_umask(
    tmp_path: Path, umask_022: None, qapp: object
) -> None:
    folder = tmp_path / "OpenUp"
    folder.mkdir(mode=0o755)
    (folder / "backups").mkdir(mode=0o755)
    old = sqlite3.connect(folder / "backups" / "openup-20250101-090000.db")  # an old 0644 copy
    old.execute("CREATE TABLE t (x)")
    old.close()
    assert stat.S_IMODE((folder / "backups" / "openup-20250101-090000.db").stat().st_mode) == 0o644

    paths = resolve_paths(folder)
    assert self_check(paths) == 0  # folders, logging, database and every screen

    db = connect(paths.database)
    try:
        set_up_vault(db)
        manager = BackupManager(folder, DateClock(datetime(2026, 3, 1, 9, tzinfo=UTC)))
        first = manager.backup_now(db, "daily")
        manager.backup_now(db, "after talk")
        export_vault(db, folder / "vault-export.openup")
        assert (folder / "openup.db-wal").exists()
        modes = _modes(folder)
    finally:
        db.close()
    manager.restore(first, paths.database, close_live=lambda: None)
    modes |= _modes(folder)

    names = set(modes)
    assert {"openup.db", "openup.db-wal", "openup.db-shm", "vault-export.openup"} <= names
    assert any(n.startswith("logs/openup.log") for n in names)
    assert sum(n.startswith("backups/openup-2026") for n in names) >= 3  # incl. before restore
    loose = {
        name: oct(mode)
        for name, mode in modes.items()
        if mode != (0o700 if (folder / name).is_dir() else 0o600)
    }
    assert loose == {}
