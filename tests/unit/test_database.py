"""Opening the database: migrations, pragmas, and damaged files moved aside."""

from __future__ import annotations

import os

from openup_desktop.store.database import check_database, open_database
from openup_desktop.store.migrations import STEPS, applied_names, runner, schema_version, step_names


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path):
    opened = open_database(tmp_path / "openup.db")
    db = opened.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert schema_version(db) == len(STEPS)
    assert opened.notice is None
    opened.close()


def test_reopening_applies_nothing_twice(tmp_path):
    open_database(tmp_path / "openup.db").close()
    again = open_database(tmp_path / "openup.db")
    assert applied_names(again.db.conn) == step_names()
    again.close()


def test_the_quick_look_at_the_schema_reads_what_sqlite_utils_recorded(tmp_path):
    """Start-up decides from plain SQL whether to migrate; it must agree with sqlite-utils."""
    import sqlite_utils

    opened = open_database(tmp_path / "openup.db")
    migrations = runner()
    full = sqlite_utils.Database(opened.db.conn)
    assert [m.name for m in migrations.applied(full)] == applied_names(opened.db.conn)
    assert migrations.pending(full) == []
    opened.db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [step_names()[-1]])
    opened.close()
    again = open_database(tmp_path / "openup.db")  # one step missing: it runs again
    assert applied_names(again.db.conn)[-1] == step_names()[-1]
    assert sorted(applied_names(again.db.conn)) == sorted(step_names())
    again.close()


def test_random_bytes_are_detected_and_kept(tmp_path):
    path = tmp_path / "openup.db"
    junk = os.urandom(8192)
    path.write_bytes(junk)
    assert check_database(path) is not None
    opened = open_database(path)
    assert opened.notice and "started fresh" in str(opened.notice)
    assert opened.moved_aside_to is not None and opened.moved_aside_to.read_bytes() == junk
    assert check_database(path) is None
    opened.close()


def test_side_files_move_with_the_damaged_database(tmp_path):
    path = tmp_path / "openup.db"
    path.write_bytes(b"garbage" * 1000)
    (tmp_path / "openup.db-wal").write_bytes(b"wal")
    opened = open_database(path)
    assert opened.moved_aside_to is not None
    moved_wal = opened.moved_aside_to.with_name(opened.moved_aside_to.name + "-wal")
    assert moved_wal.read_bytes() == b"wal"
    opened.close()


def test_macos_flushes_to_the_disk_itself(tmp_path, monkeypatch):
    """On macOS only F_FULLFSYNC survives a power cut; elsewhere fsync already does."""
    from openup_desktop.store import database

    monkeypatch.setattr(database, "_platform", lambda: "darwin")
    db = database.connect(tmp_path / "mac.db")
    assert db.execute("PRAGMA fullfsync").fetchone()[0] == 1
    assert db.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    db.close()
    monkeypatch.setattr(database, "_platform", lambda: "linux")
    db = database.connect(tmp_path / "linux.db")
    assert db.execute("PRAGMA fullfsync").fetchone()[0] == 0
    db.close()
