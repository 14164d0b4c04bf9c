"""V13: a withdrawal, an edited or a cleared reflection note reaches every copy the app keeps.

The attacks of issue #13: the app killed between the withdrawal and the backups' clean-up (the
backup kept the moment, and restoring it needs no passphrase); an edited or cleared reflection
note left in older backups; a checkpoint blocked by a reader leaving the bytes in ``openup.db``
until quit. Each is checked by scanning every file of the data folder for a canary.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.bridge.backup_controller import BackupController
from openup_desktop.core.clock import FakeClock as DateClock
from openup_desktop.store.backups import BackupManager
from openup_desktop.store.database import open_database
from openup_desktop.vault import ItemContent, ItemKind, Partner, VaultService, upkeep
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    FakeClock,
    canary_encodings,
    content,
    find_in_files,
    save_as,
    set_up_vault,
)

CANARY = "CANARY-taken-back-5e2b"


def _world(tmp_path: Path) -> tuple[Path, sqlite_utils.Database, VaultService, BackupManager]:
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(folder / "openup.db").db
    clock = FakeClock()
    set_up_vault(db, clock)
    backups = BackupManager(folder, DateClock(datetime(2026, 3, 1, 9, tzinfo=UTC)))
    vault = VaultService(db, kdf_params=FAST_KDF, clock=clock, backup_files=backups.backup_paths)
    return folder, db, vault, backups


_KILLED_AFTER_WITHDRAW = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from openup_desktop.store.database import open_database
    from openup_desktop.vault import Partner, VaultService
    from tests.security.vault_support import FAST_KDF, PASS_A, FakeClock

    db = open_database(Path(sys.argv[1]) / "openup.db").db
    vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock())
    session = vault.open_as_owner(Partner.A, PASS_A)
    session.withdraw(sys.argv[2])
    os.kill(os.getpid(), signal.SIGKILL)  # before any backup heard of it
    """
)


def test_kill_between_withdrawal_and_backup_cleanup_is_finished_at_the_next_start(
    tmp_path: Path, qapp: object
) -> None:
    folder, db, vault, backups = _world(tmp_path)
    target = save_as(vault, Partner.A, ItemKind.MOMENT, content("t", CANARY))
    kept = save_as(vault, Partner.A, ItemKind.MOMENT, content("k", "kept words"))
    backups.backup_now(db, "daily")
    backups.backup_now(db, "after talk")
    db.close()
    assert find_in_files(folder / "backups", [target.encode()])  # the copies hold the item

    proc = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_WITHDRAW, str(folder), target],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == -9, proc.stderr
    assert find_in_files(folder / "backups", [target.encode()])  # killed before the clean-up
    # and a copy that was itself killed half-way (left under its temporary name)
    stale = folder / "backups" / ".openup-20260301-120000.db.partial"
    stale.write_bytes(next((folder / "backups").glob("openup-*.db")).read_bytes())

    # next start: the app's daily-backup job (one was made today already) runs the to-do list
    controller = BackupController(
        BackupManager(folder, DateClock(datetime(2026, 3, 1, 18, tzinfo=UTC))),
        folder / "openup.db",
        DateClock(datetime(2026, 3, 1, 18, tzinfo=UTC)),
        run_in_background=lambda job: job(),
    )
    controller.daily()
    assert not controller.upkeep_retry_pending
    # the item is gone from every file: its id, its sealed keys, everything
    assert find_in_files(folder, [target.encode()]) == []
    live = open_database(folder / "openup.db").db
    try:
        assert not upkeep.has_pending(live.conn)
        for path in sorted((folder / "backups").glob("openup-*.db")):
            copy = sqlite3.connect(path)
            try:
                ids = {r[0] for r in copy.execute("SELECT item_id FROM vault_items")}
                assert ids == {kept}
            finally:
                copy.close()
    finally:
        live.close()


def test_edited_and_cleared_reflection_notes_leave_every_backup(tmp_path: Path) -> None:
    folder, db, vault, backups = _world(tmp_path)
    first, second = "CANARY-note-first-8a1c", "CANARY-note-second-3f70"
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        note = session.replace_reflection(None, ItemContent(title="card-1", text=first))
    backups.backup_now(db, "daily")
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        note = session.replace_reflection(note, ItemContent(title="card-1", text=second))
    backups.backup_now(db, "after talk")  # runs the to-do list: the first note's id leaves
    assert find_in_files(folder, [first.encode()]) == []
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert session.replace_reflection(note, None) == ""
        assert session.items() == []
    backups.finish_vault_upkeep(db)
    ids = [i.encode() for i in _all_ids_ever(folder)]
    assert ids == []
    assert find_in_files(folder, canary_encodings(first) + canary_encodings(second)) == []
    assert not upkeep.has_pending(db.conn)
    db.close()


def _all_ids_ever(folder: Path) -> list[str]:
    found: list[str] = []
    for path in [folder / "openup.db", *sorted((folder / "backups").glob("openup-*.db"))]:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found += [r[0] for r in conn.execute("SELECT item_id FROM vault_items")]
        finally:
            conn.close()
    return found


def test_checkpoint_blocked_by_a_reader_is_retried_until_the_bytes_are_gone(
    tmp_path: Path, qapp: object
) -> None:
    folder, db, vault, backups = _world(tmp_path)
    target = save_as(vault, Partner.A, ItemKind.MOMENT, content("t", CANARY))
    marker = target.encode()
    reader = sqlite3.connect(folder / "openup.db", timeout=0)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM vault_items").fetchone()  # holds a snapshot
    controller = BackupController(
        backups,
        folder / "openup.db",
        DateClock(datetime(2026, 3, 1, 9, tzinfo=UTC)),
        run_in_background=lambda job: job(),
    )
    db.conn.execute("PRAGMA busy_timeout=0")
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert session.withdraw(target).wiped is False
    controller.forgetItems([target])
    assert controller.upkeep_retry_pending  # blocked: tried again later, not forgotten
    assert find_in_files(folder, [marker])  # the old page still sits in a file
    reader.rollback()
    reader.close()
    controller.finishVaultUpkeep()  # what the retry timer calls
    assert not controller.upkeep_retry_pending
    assert find_in_files(folder, [marker]) == []
    assert not upkeep.has_pending(db.conn)
    db.close()


def test_quit_retries_a_blocked_checkpoint(tmp_path: Path, qapp: object) -> None:
    folder, db, vault, backups = _world(tmp_path)
    target = save_as(vault, Partner.A, ItemKind.MOMENT, content("t", CANARY))
    reader = sqlite3.connect(folder / "openup.db", timeout=0)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM vault_items").fetchone()
    db.conn.execute("PRAGMA busy_timeout=0")
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        session.withdraw(target)
    reader.rollback()
    reader.close()
    db.close()
    controller = BackupController(
        backups,
        folder / "openup.db",
        DateClock(datetime(2026, 3, 1, 9, tzinfo=UTC)),
        run_in_background=lambda job: job(),
    )
    controller.close()  # quitting
    assert find_in_files(folder, [target.encode()]) == []


@pytest.mark.parametrize("include_reflections", [False, True])
def test_withdraw_all_is_on_the_list_in_the_same_transaction(
    tmp_path: Path, include_reflections: bool
) -> None:
    _folder, db, vault, _backups = _world(tmp_path)
    ids = [save_as(vault, Partner.A, ItemKind.MOMENT, content(str(n))) for n in range(3)]
    note = save_as(vault, Partner.A, ItemKind.REFLECTION, content("r"))
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        session.withdraw_all(include_reflections=include_reflections)
    listed = {r[0] for r in db.execute("SELECT item_id FROM vault_forget_todo").fetchall()}
    assert listed == set(ids) | ({note} if include_reflections else set())
    db.close()
