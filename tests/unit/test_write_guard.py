"""Write errors: a full disk or a read-only file gives a kind message and a kept, retried write."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.store.database import connect
from openup_desktop.store.write_guard import (
    PendingWrites,
    WriteFailed,
    WriteProblem,
    classify_write_error,
    guarded_write,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = connect(tmp_path / "openup.db")
    database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
    yield database
    database.close()


def insert(db: sqlite_utils.Database, size: int = 3000) -> None:
    with db.atomic():
        db.execute("INSERT INTO notes (body) VALUES (?)", [b"n" * size])


def fill_disk(db: sqlite_utils.Database) -> None:
    """Cap the file at its current size, like a disk with no space left."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 1}")


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]


def test_full_disk_becomes_write_failed_and_the_retry_saves_it(db):
    for _ in range(5):
        insert(db)
    earlier = [tuple(r) for r in db.execute("SELECT id, body FROM notes ORDER BY id").fetchall()]
    fill_disk(db)
    pending = PendingWrites()

    with pytest.raises(WriteFailed) as caught:
        for _ in range(20):  # the next page or two fit; then the disk is "full"
            pending.submit(lambda: insert(db), "note")
    failed = caught.value
    assert failed.problem is WriteProblem.DISK_FULL
    assert "disk is full" in failed.message
    assert "Nothing you saved before was damaged" in failed.message
    assert "will be saved as soon as writing works again" in failed.message
    assert isinstance(failed.__cause__, sqlite3.OperationalError)
    assert len(pending) == 1 and pending.labels == ["note"]
    saved_before_retry = count(db)

    assert not pending.retry()  # still full: stays queued
    assert len(pending) == 1 and pending.last_error is not None

    db.execute("PRAGMA max_page_count = 1000000")  # space freed
    assert pending.retry()
    assert len(pending) == 0 and pending.last_error is None
    assert count(db) == saved_before_retry + 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    now = [tuple(r) for r in db.execute("SELECT id, body FROM notes ORDER BY id").fetchall()]
    assert now[: len(earlier)] == earlier  # earlier rows intact


def test_writes_wait_in_order_and_retry_stops_at_the_first_that_still_fails(db):
    fill_disk(db)
    pending = PendingWrites()
    order: list[str] = []

    def write(label: str, size: int) -> None:
        insert(db, size)
        order.append(label)

    with pytest.raises(WriteFailed):
        for _ in range(20):
            pending.submit(lambda: write("filler", 3000), "filler")
    order.clear()
    # a tiny write that would fit must not overtake the waiting one
    with pytest.raises(WriteFailed):
        pending.submit(lambda: write("small", 10), "small")
    assert order == []
    assert pending.labels == ["filler", "small"]

    db.execute("PRAGMA max_page_count = 1000000")
    assert pending.retry()
    assert order == ["filler", "small"]


def test_submit_writes_at_once_when_nothing_waits(db):
    pending = PendingWrites()
    pending.submit(lambda: insert(db), "note")
    assert count(db) == 1 and not pending


def test_read_only_database_becomes_write_failed(tmp_path, db):
    insert(db)
    db.close()
    path = tmp_path / "openup.db"
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    target = {"conn": read_only}

    def write() -> None:
        with target["conn"]:
            target["conn"].execute("INSERT INTO notes (body) VALUES (?)", [b"late"])

    pending = PendingWrites()
    with pytest.raises(WriteFailed) as caught:
        pending.submit(write, "note")
    assert caught.value.problem is WriteProblem.READ_ONLY
    assert "can only be read" in caught.value.message
    assert len(pending) == 1

    read_only.close()
    writable = sqlite3.connect(path)
    target["conn"] = writable  # writing works again (e.g. the drive was remounted)
    try:
        assert pending.retry()
        assert writable.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 2
        assert writable.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        writable.close()


def test_unopenable_database_becomes_write_failed(tmp_path):
    missing = tmp_path / "unplugged" / "openup.db"
    with pytest.raises(WriteFailed) as caught:
        guarded_write(lambda: sqlite3.connect(missing).execute("CREATE TABLE t (x)"))
    assert caught.value.problem is WriteProblem.CANNOT_OPEN


def test_other_errors_pass_through_and_are_not_queued(db):
    pending = PendingWrites()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        pending.submit(lambda: db.execute("INSERT INTO nowhere VALUES (1)"), "bug")
    with pytest.raises(ValueError):
        pending.submit(lambda: (_ for _ in ()).throw(ValueError("bug")), "bug")
    assert len(pending) == 0


def test_a_waiting_write_that_can_never_succeed_is_dropped_on_retry(db):
    pending = PendingWrites()
    calls = {"n": 0}

    def flaky() -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.OperationalError("database or disk is full")
        raise sqlite3.IntegrityError("UNIQUE constraint failed")

    with pytest.raises(WriteFailed):
        pending.submit(flaky, "flaky")
    pending.add(lambda: insert(db), "after")
    with pytest.raises(sqlite3.IntegrityError):
        pending.retry()
    assert pending.labels == ["after"]
    assert pending.retry() and count(db) == 1


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (sqlite3.OperationalError("database or disk is full"), WriteProblem.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), WriteProblem.READ_ONLY),
        (sqlite3.OperationalError("unable to open database file"), WriteProblem.CANNOT_OPEN),
        (sqlite3.OperationalError("disk I/O error"), WriteProblem.IO_ERROR),
        (sqlite3.DatabaseError("disk I/O error"), WriteProblem.IO_ERROR),
        (OSError(errno.ENOSPC, "No space left on device"), WriteProblem.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), WriteProblem.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), None),
        (sqlite3.IntegrityError("NOT NULL constraint failed"), None),
        (OSError(errno.ENOENT, "No such file"), None),
        (ValueError("nope"), None),
    ],
)
def test_classification(error, problem):
    assert classify_write_error(error) is problem


def test_every_message_says_what_happened_and_that_nothing_was_damaged():
    for problem in WriteProblem:
        message = WriteFailed(problem).message
        assert message.startswith("OpenUp couldn't save just now")
        assert "Nothing you saved before was damaged" in message
        assert "will be saved as soon as writing works again" in message
