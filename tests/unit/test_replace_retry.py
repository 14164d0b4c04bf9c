"""Windows briefly refuses to replace a file another program holds (Defender, the indexer,
OneDrive, a calendar app): backups, restore and the calendar file must still succeed then.

No Windows here, so the platform check and ``os.replace`` are faked: the refusals are the
``PermissionError`` Python raises for WinError 5 and 32, and the pauses are recorded, not slept.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

import pytest

from openup_desktop.core.clock import FakeClock
from openup_desktop.files import atomic as atomic_file
from openup_desktop.files.atomic import WINDOWS_REPLACE_PAUSES, replace_file, write_atomically
from openup_desktop.store.backups import BackupManager
from openup_desktop.store.database import move_aside, open_database
from tests.helpers.db import full

real_replace = os.replace


class FlakyReplace:
    """``os.replace`` that is refused ``refusals`` times first, as a held file on Windows is."""

    def __init__(self, refusals: int, error: type[OSError] = PermissionError) -> None:
        self.refusals = refusals
        self.error = error
        self.calls = 0

    def __call__(self, source, target):  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.calls <= self.refusals:
            error = self.error(13, "The process cannot access the file")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(source, target)


@pytest.fixture
def pauses(monkeypatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(atomic_file, "_pause", waited.append)
    return waited


@pytest.fixture
def windows(monkeypatch) -> None:
    monkeypatch.setattr(atomic_file, "_on_windows", lambda: True)


def test_a_file_held_for_a_moment_is_still_replaced_on_windows(
    tmp_path, monkeypatch, windows, pauses
):
    target = tmp_path / "vault-backup.openup"
    target.write_bytes(b"old")
    flaky = FlakyReplace(refusals=3)
    monkeypatch.setattr(os, "replace", flaky)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert flaky.calls == 4
    assert pauses == list(WINDOWS_REPLACE_PAUSES[:3])
    assert [p.name for p in tmp_path.iterdir()] == ["vault-backup.openup"]


def test_a_file_held_for_good_fails_after_a_short_bounded_wait(
    tmp_path, monkeypatch, windows, pauses
):
    target = tmp_path / "talk.ics"
    target.write_bytes(b"old")
    flaky = FlakyReplace(refusals=10_000)
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(PermissionError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["talk.ics"]  # no temp file left behind
    assert flaky.calls == len(WINDOWS_REPLACE_PAUSES) + 1
    assert sum(pauses) < 2.0


def test_elsewhere_a_refusal_is_real_and_reported_at_once(tmp_path, monkeypatch, pauses):
    monkeypatch.setattr(atomic_file, "_on_windows", lambda: False)
    flaky = FlakyReplace(refusals=1)
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(PermissionError):
        write_atomically(tmp_path / "x", b"new")
    assert flaky.calls == 1 and pauses == []


def test_other_errors_are_not_waited_for_on_windows(tmp_path, monkeypatch, windows, pauses):
    flaky = FlakyReplace(refusals=1, error=FileNotFoundError)
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(FileNotFoundError):
        replace_file(tmp_path / "a", tmp_path / "b")
    assert flaky.calls == 1 and pauses == []


def test_the_app_s_default_is_the_real_platform_check():
    assert atomic_file._on_windows() is (os.name == "nt")


def _live_database(tmp_path):  # type: ignore[no-untyped-def]
    opened = open_database(tmp_path / "openup.db")
    full(opened.db)["settings"].insert({"key": "theme_mode", "value": "dark"}, replace=True)
    opened.close()
    return tmp_path / "openup.db"


def test_backup_and_restore_succeed_while_windows_holds_files(
    tmp_path, monkeypatch, windows, pauses
):
    live = _live_database(tmp_path)
    manager = BackupManager(tmp_path, FakeClock())
    monkeypatch.setattr(os, "replace", FlakyReplace(refusals=2))
    conn = sqlite3.connect(live)
    try:
        made = manager.backup_now(conn, "daily")
    finally:
        conn.close()
    assert made.path.exists() and made.ok
    monkeypatch.setattr(os, "replace", FlakyReplace(refusals=2))
    result = manager.restore(made, live, close_live=lambda: None)
    assert result.restored_from.path == made.path
    assert len(pauses) == 4


def test_a_damaged_database_is_moved_aside_while_windows_holds_it(
    tmp_path, monkeypatch, windows, pauses
):
    path = tmp_path / "openup.db"
    path.write_bytes(b"junk" * 1000)
    (tmp_path / "openup.db-wal").write_bytes(b"wal")
    monkeypatch.setattr(os, "replace", FlakyReplace(refusals=1))
    moved = move_aside(path, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert moved.read_bytes() == b"junk" * 1000
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal"
    assert not path.exists() and pauses == [WINDOWS_REPLACE_PAUSES[0]]


def test_the_calendar_file_is_written_while_a_calendar_app_holds_the_old_one(
    tmp_path, monkeypatch, windows, pauses
):
    from openup_desktop.core.calendar_export import write_ics
    from tests.unit.test_calendar_export import BERLIN, planned

    monkeypatch.setattr(os, "replace", FlakyReplace(refusals=2))
    path = write_ics(planned(), tmp_path, BERLIN)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR") and len(pauses) == 2


def test_on_macos_files_are_flushed_past_the_drive_cache(tmp_path, monkeypatch):
    """macOS's fsync stops at the drive's cache; backups and vault files ask for F_FULLFSYNC."""
    import fcntl
    import stat

    def is_file(fd: int) -> bool:
        return stat.S_ISREG(os.fstat(fd).st_mode)

    asked: list[int] = []
    monkeypatch.setattr(atomic_file, "_on_macos", lambda: True)
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", lambda fd, cmd: asked.append(cmd))
    monkeypatch.setattr(os, "fsync", lambda fd: asked.append(-1 if is_file(fd) else 0))
    write_atomically(tmp_path / "vault-backup.openup", b"sealed")
    live = _live_database(tmp_path)
    conn = sqlite3.connect(live)
    try:
        BackupManager(tmp_path, FakeClock()).backup_now(conn, "daily")
    finally:
        conn.close()
    file_flushes = [cmd for cmd in asked if cmd != 0]  # folders keep their plain fsync
    assert file_flushes == [51, 51], "every file flush is a full one, none a plain fsync"
