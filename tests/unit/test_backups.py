"""Automatic backups: copies, listing with counts, pruning, and restoring (refusing bad files)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.retention import keep
from openup_desktop.core.talk import TalkSettings
from openup_desktop.store.backups import (
    FOREIGN_MESSAGE,
    NEWER_MESSAGE,
    BackupError,
    BackupInfo,
    BackupManager,
    RestoreError,
)
from openup_desktop.store.database import OpenedDatabase, open_database
from openup_desktop.store.talks import TalkRepository

START = datetime(2025, 3, 14, 19, 30, tzinfo=UTC)


@dataclass
class Env:
    """A data folder with a migrated database, a fake clock and a backup manager."""

    data_dir: Path
    opened: OpenedDatabase
    clock: FakeClock
    backups: BackupManager
    closes: int = 0

    @property
    def live(self) -> Path:
        return self.data_dir / "openup.db"

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.opened.db

    def add_ended_talk(self) -> int:
        repo = TalkRepository(self.db, self.clock)
        talk_id = repo.create_talk(TalkSettings(), self.clock.now())
        repo.finish_talk(talk_id, self.clock.now(), "ended_early")
        return talk_id

    def ended_talks(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM talks WHERE status = 'ended'").fetchone()[0]

    def close_live(self) -> None:
        self.closes += 1
        self.opened.close()

    def reopen(self) -> None:
        self.opened = open_database(self.live)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    data = tmp_path / "data"
    data.mkdir()
    clock = FakeClock(START)
    e = Env(data, open_database(data / "openup.db"), clock, BackupManager(data, clock))
    try:
        yield e
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):
            e.opened.close()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def corrupt(path: Path) -> None:
    """Overwrite the second page onward with garbage (the header stays, so it still 'opens')."""
    data = bytearray(path.read_bytes())
    assert len(data) > 8192
    data[4096:8192] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- making copies -----------------------------------------------------------------------------


def test_backup_now_writes_one_checked_self_contained_file(env):
    env.add_ended_talk()
    info = env.backups.backup_now(env.db, "manual")
    assert info.path == env.data_dir / "backups" / "openup-20250314-193000.db"
    assert info.ok and info.reason == "manual"
    assert info.created_at == START
    assert info.size == info.path.stat().st_size > 0
    assert (info.ended_talks, info.vault_items) == (1, 0)
    assert names(info.path.parent) == ["openup-20250314-193000.db"]  # no temp, -wal or -shm
    copy = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    assert names(info.path.parent) == ["openup-20250314-193000.db"]


def test_backup_accepts_a_plain_sqlite3_connection_and_names_never_collide(env):
    first = env.backups.backup_now(env.db.conn, "one")
    second = env.backups.backup_now(env.db, "two")  # same second on the fake clock
    assert first.path.name == "openup-20250314-193000.db"
    assert second.path.name == "openup-20250314-193000-2.db"
    assert [b.path for b in env.backups.list_backups()] == [second.path, first.path]


def test_backup_holds_what_is_still_in_the_wal(env):
    env.add_ended_talk()
    assert (env.data_dir / "openup.db-wal").stat().st_size > 0  # not checkpointed yet
    assert env.backups.backup_now(env.db, "x").ended_talks == 1


def test_a_copy_that_fails_its_check_is_deleted_and_reported(env):
    good = env.backups.backup_now(env.db, "before damage")
    # damage the live database in a way only the full integrity check sees
    env.db.execute("CREATE TABLE junk (a, b)")
    env.db.execute("CREATE INDEX junk_a ON junk (a)")
    with env.db.atomic():
        for i in range(300):
            env.db.execute("INSERT INTO junk VALUES (?, ?)", [i, -i])
    env.db.execute("PRAGMA writable_schema=ON")
    env.db.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX junk_a ON junk (b)' WHERE name = 'junk_a'"
    )
    env.db.execute("PRAGMA writable_schema=OFF")
    env.close_live()
    env.reopen()
    env.clock.advance(86_400)
    with pytest.raises(BackupError) as caught:
        env.backups.after_talk_backup(env.db)
    assert "failed its check" in caught.value.message
    assert names(env.backups.backup_dir) == [good.path.name]  # earlier copy kept, nothing pruned


def test_backup_into_an_unwritable_place_is_reported_and_leaves_nothing(env, tmp_path):
    (env.data_dir / "backups").write_text("not a folder")
    with pytest.raises(BackupError) as caught:
        env.backups.backup_now(env.db, "x")
    assert "not changed" in caught.value.message
    assert (env.data_dir / "backups").read_text() == "not a folder"


def test_daily_backup_at_most_once_per_calendar_day(env):
    first = env.backups.maybe_daily_backup(env.db)
    assert first is not None and first.reason == "daily"
    env.clock.advance(3 * 3600)  # 22:30, same day
    assert env.backups.maybe_daily_backup(env.db) is None
    env.clock.advance(2 * 3600)  # 00:30 next day
    second = env.backups.maybe_daily_backup(env.db)
    assert second is not None and second.created_at.date() == first.created_at.date() + timedelta(1)
    assert len(env.backups.list_backups()) == 2


def test_any_backup_made_today_counts_for_the_daily_one(env):
    env.backups.after_talk_backup(env.db)
    env.clock.advance(60)
    assert env.backups.maybe_daily_backup(env.db) is None


# --- listing and pruning -----------------------------------------------------------------------


def test_list_newest_first_with_counts_read_from_each_copy(env):
    env.add_ended_talk()
    env.backups.backup_now(env.db, "a")
    env.clock.advance(3600)
    env.add_ended_talk()
    env.add_ended_talk()
    env.backups.backup_now(env.db, "b")
    listed = env.backups.list_backups()
    assert [b.ended_talks for b in listed] == [3, 1]
    assert [b.vault_items for b in listed] == [0, 0]
    assert listed[0].created_at == START + timedelta(hours=1)
    assert all(b.ok and b.message is None and b.size > 0 for b in listed)


def test_a_damaged_copy_is_listed_with_a_clear_message(env):
    for _ in range(40):
        env.add_ended_talk()
    info = env.backups.backup_now(env.db, "x")
    corrupt(info.path)
    (listed,) = env.backups.list_backups()
    assert not listed.ok
    assert listed.ended_talks is None and listed.vault_items is None
    assert listed.message is not None and "damaged" in str(listed.message)


def test_prune_follows_the_retention_rule(env):
    made = []
    for _day in range(40):
        for _talk in range(3):
            made.append(env.backups.after_talk_backup(env.db).created_at)
            env.clock.advance(3600)
        env.clock.advance(21 * 3600)
    remaining = {b.created_at for b in env.backups.list_backups()}
    assert remaining == keep(made, env.clock.now())
    assert len(remaining) <= 11


def test_prune_never_touches_files_that_are_not_backups(env):
    env.backups.backup_now(env.db, "x")
    mine = env.backups.backup_dir / "our-notes.txt"
    mine.write_text("keep me")
    odd = env.backups.backup_dir / "openup-old.db"
    odd.write_bytes(b"?")
    env.clock.advance(90 * 86400)
    env.backups.after_talk_backup(env.db)
    env.clock.advance(90 * 86400)
    env.backups.prune()
    assert mine.read_text() == "keep me" and odd.exists()
    assert len(env.backups.list_backups()) == 2  # two days with backups: both are kept


def test_leftover_temporary_files_are_cleaned_by_prune(env):
    env.backups.backup_now(env.db, "x")
    leftover = env.backups.backup_dir / ".openup-20250101-000000.db.partial"
    leftover.write_bytes(b"half")
    env.backups.prune()
    assert not leftover.exists()


# --- restoring ---------------------------------------------------------------------------------


def test_restore_round_trip_makes_a_before_restore_copy_first(env):
    env.add_ended_talk()
    old = env.backups.backup_now(env.db, "x")
    env.clock.advance(600)
    env.add_ended_talk()
    env.add_ended_talk()
    assert env.ended_talks() == 3

    result = env.backups.restore(old, env.live, env.close_live)

    assert env.closes == 1
    assert result.restored_from.path == old.path and result.restored_from.ended_talks == 1
    assert result.before_restore is not None
    assert result.before_restore.reason == "before restore"
    assert result.before_restore.ended_talks == 3  # the data that was live is kept
    assert result.moved_aside_to is None
    assert not (env.data_dir / "openup.db-wal").exists()
    assert not (env.data_dir / ".openup.db.restoring").exists()
    env.reopen()
    assert env.opened.notice is None
    assert env.ended_talks() == 1
    # and the restore can be undone with the before-restore copy
    env.backups.restore(result.before_restore, env.live, env.close_live)
    env.reopen()
    assert env.ended_talks() == 3


def test_the_copy_made_before_a_restore_outlives_the_same_days_backups(env):
    """The restore dialog promises the data it replaces is kept and can be gone back to: the
    next backup the same day (after a talk) must not prune that copy away as "an older copy of
    today"."""
    env.add_ended_talk()
    old = env.backups.backup_now(env.db, "x")
    env.clock.advance(600)
    env.add_ended_talk()
    result = env.backups.restore(old, env.live, env.close_live)
    env.reopen()
    assert result.before_restore is not None
    env.clock.advance(600)
    env.backups.after_talk_backup(env.db)
    env.clock.advance(600)
    env.backups.after_talk_backup(env.db)

    assert result.before_restore.path.exists()
    listed = {info.path: info for info in env.backups.list_backups()}
    assert listed[result.before_restore.path].reason == "before restore"  # said in Settings
    env.backups.restore(result.before_restore, env.live, env.close_live)
    env.reopen()
    assert env.ended_talks() == 2, "the restore was undone"


def test_only_the_latest_before_restore_copy_is_kept_beyond_the_usual_rule(env):
    """Two restores in a day: going back means going back to before the latest one."""
    env.add_ended_talk()
    first = env.backups.restore(env.backups.backup_now(env.db, "x"), env.live, env.close_live)
    env.reopen()
    env.clock.advance(600)
    second = env.backups.restore(env.backups.backup_now(env.db, "x"), env.live, env.close_live)
    env.reopen()
    env.clock.advance(600)
    env.backups.after_talk_backup(env.db)
    assert first.before_restore is not None and second.before_restore is not None
    assert second.before_restore.path.exists()
    assert not first.before_restore.path.exists()


def test_restore_accepts_a_path(env):
    info = env.backups.backup_now(env.db, "x")
    env.add_ended_talk()
    env.backups.restore(info.path, env.live, env.close_live)
    env.reopen()
    assert env.ended_talks() == 0


def test_a_stale_wal_is_never_replayed_into_the_restored_database(env):
    old = env.backups.backup_now(env.db, "x")
    env.add_ended_talk()
    wal = env.data_dir / "openup.db-wal"
    stale = wal.read_bytes()
    assert stale
    env.close_live()
    wal.write_bytes(stale)  # as if a crash left the old database's WAL behind

    env.backups.restore(old, env.live, lambda: None)

    assert not wal.exists() or wal.stat().st_size == 0
    env.reopen()
    assert env.ended_talks() == 0
    assert env.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_backup_is_refused_and_nothing_changes(env):
    for _ in range(40):
        env.add_ended_talk()
    info = env.backups.backup_now(env.db, "x")
    corrupt(info.path)
    env.clock.advance(60)
    env.add_ended_talk()
    before = names(env.backups.backup_dir)

    with pytest.raises(RestoreError) as caught:
        env.backups.restore(info, env.live, env.close_live)

    assert "damaged" in caught.value.message and "Nothing was changed" in caught.value.message
    assert env.closes == 0  # the live connection was never touched
    assert env.ended_talks() == 41
    assert names(env.backups.backup_dir) == before  # not even a before-restore copy
    assert names(env.data_dir) == sorted(["backups", "openup.db", "openup.db-shm", "openup.db-wal"])


def test_foreign_files_are_refused(env, tmp_path):
    other = tmp_path / "someone-elses.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.db"
    text.write_text("just some text, not a database" * 200)
    live_digest = digest(env.live)
    for path in (other, text):
        with pytest.raises(RestoreError):
            env.backups.restore(path, env.live, env.close_live)
    with pytest.raises(RestoreError) as caught:
        env.backups.restore(other, env.live, env.close_live)
    assert caught.value.message.startswith(str(FOREIGN_MESSAGE))
    assert env.closes == 0 and digest(env.live) == live_digest
    assert not env.backups.backup_dir.exists()


def test_a_backup_from_a_newer_version_is_refused(env):
    info = env.backups.backup_now(env.db, "x")
    conn = sqlite3.connect(info.path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('openup', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(RestoreError) as caught:
        env.backups.restore(info, env.live, env.close_live)
    assert caught.value.message.startswith(str(NEWER_MESSAGE))
    assert env.closes == 0


def test_a_missing_backup_is_refused(env, tmp_path):
    with pytest.raises(RestoreError):
        env.backups.restore(tmp_path / "gone.db", env.live, env.close_live)
    assert env.closes == 0


def test_restore_is_refused_when_the_current_data_cannot_be_copied_first(env, tmp_path):
    elsewhere = BackupManager(tmp_path / "other", env.clock)
    info = elsewhere.backup_now(env.db, "x")
    env.add_ended_talk()
    (env.data_dir / "backups").write_text("not a folder")  # no before-restore copy possible
    with pytest.raises(RestoreError) as caught:
        env.backups.restore(info, env.live, env.close_live)
    assert "Nothing was changed" in caught.value.message
    assert env.closes == 0 and env.ended_talks() == 1


def test_a_damaged_live_database_is_moved_aside_not_lost(env, tmp_path):
    env.add_ended_talk()
    info = env.backups.backup_now(env.db, "x")
    env.close_live()
    for side in ("openup.db-wal", "openup.db-shm"):
        (env.data_dir / side).unlink(missing_ok=True)
    env.live.write_bytes(b"\x00garbage" * 4096)

    result = env.backups.restore(info, env.live, lambda: None)

    assert result.before_restore is None
    assert result.moved_aside_to is not None
    assert result.moved_aside_to.read_bytes() == b"\x00garbage" * 4096
    env.reopen()
    assert env.ended_talks() == 1


def test_restore_into_a_folder_without_a_database(env, tmp_path):
    info = env.backups.backup_now(env.db, "x")
    fresh = tmp_path / "fresh" / "openup.db"
    fresh.parent.mkdir()
    result = env.backups.restore(info, fresh, lambda: None)
    assert result.before_restore is None
    opened = open_database(fresh)
    try:
        assert opened.notice is None
    finally:
        opened.close()


def test_newest_good_backup_skips_damaged_ones(env):
    for _ in range(40):
        env.add_ended_talk()
    infos: list[BackupInfo] = []
    for _ in range(3):
        infos.append(env.backups.backup_now(env.db, "x"))
        env.clock.advance(3600)
    corrupt(infos[2].path)
    newest = env.backups.newest_good_backup()
    assert newest is not None and newest.path == infos[1].path
    corrupt(infos[1].path)
    corrupt(infos[0].path)
    assert env.backups.newest_good_backup() is None


def test_newest_good_backup_when_there_are_none(env):
    assert env.backups.newest_good_backup() is None
    assert env.backups.list_backups() == []
