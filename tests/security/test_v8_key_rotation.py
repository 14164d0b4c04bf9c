"""V8 as the attack of issue #13: B learned A's *old* passphrase and has the whole data folder.

After A changes their passphrase, B copies A's key row out of every file the app keeps (the live
database with its WAL, every backup copy) into a copy of the live database and tries the old
passphrase. Nothing may open: the key pair was rotated everywhere, not only re-wrapped. Moments
A keeps after the change are the point of the attack, so one is saved after it. A kill half-way
through the backups is finished at the next start.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from openup_desktop.core.clock import FakeClock as DateClock
from openup_desktop.store.backups import BackupManager
from openup_desktop.store.database import open_database
from openup_desktop.vault import (
    ItemKind,
    Partner,
    VaultDataAltered,
    VaultItem,
    VaultService,
    WrongPassphrase,
    upkeep,
)
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    canary_encodings,
    content,
    find_in_files,
    open_app_db,
    save_as,
    set_up_vault,
)

NEW_A = "Velvet otter reads the tide"
BEFORE = "CANARY-before-change-7c1e"
AFTER = "CANARY-after-change-42aa"
PRIVATE = "CANARY-private-reflection-9d03"


def _old_row_attack(live: Path, source: Path, work: Path) -> list[str]:
    """Copy A's key row from ``source`` into a copy of the live database (with its WAL) and
    try the old passphrase, alone and together. Returns what opened (empty = attack failed)."""
    work.mkdir(parents=True, exist_ok=True)
    target = work / "openup.db"
    for suffix in ("", "-wal"):
        if live.with_name(live.name + suffix).exists():
            shutil.copyfile(live.with_name(live.name + suffix), work / f"openup.db{suffix}")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = src.execute("SELECT * FROM vault_partners WHERE partner = 'A'").fetchone()
    finally:
        src.close()
    assert row is not None
    db = open_app_db(target)
    opened: list[str] = []
    try:
        db.execute("DELETE FROM vault_partners WHERE partner = 'A'")
        db.execute(f"INSERT INTO vault_partners VALUES ({','.join('?' * len(row))})", row)
        db.conn.commit()
        vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock())
        for attempt in ("alone", "together"):
            try:
                if attempt == "alone":
                    session = vault.open_as_owner(Partner.A, PASS_A)
                else:
                    session = vault.open_together(PASS_A, PASS_B)
            except (WrongPassphrase, VaultDataAltered):
                continue
            texts = [r.content.text for r in session.items() if isinstance(r, VaultItem)]
            session.lock()
            opened.append(f"{source.name} {attempt}: {len(texts)} items")
    finally:
        db.close()
    return opened


def _world(tmp_path: Path) -> tuple[Path, BackupManager, VaultService, sqlite3.Connection]:
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(folder / "openup.db").db
    backups = BackupManager(folder, DateClock(datetime(2026, 3, 1, 9, tzinfo=UTC)))
    clock = FakeClock()
    set_up_vault(db, clock)
    vault = VaultService(db, kdf_params=FAST_KDF, clock=clock, backup_files=backups.backup_paths)
    return folder, backups, vault, db  # type: ignore[return-value]


def _assert_old_passphrase_opens_nothing(folder: Path, tmp_path: Path, old_wrapped: bytes) -> None:
    live = folder / "openup.db"
    sources = [live, *sorted((folder / "backups").glob("openup-*.db"))]
    assert len(sources) >= 3
    for n, source in enumerate(sources):
        assert _old_row_attack(live, source, tmp_path / f"attack-{n}") == []
    # and the old wrapped key is in no file at all (WAL and SHM included)
    assert find_in_files(folder, [old_wrapped[:24], old_wrapped[-24:]]) == []


def test_old_passphrase_opens_nothing_in_any_file_after_a_change(tmp_path: Path) -> None:
    folder, backups, vault, db = _world(tmp_path)
    moment = save_as(vault, Partner.A, ItemKind.MOMENT, content("m", BEFORE))
    note = save_as(vault, Partner.A, ItemKind.REFLECTION, content("r", PRIVATE))
    theirs = save_as(vault, Partner.B, ItemKind.MOMENT, content("b", "B's own words"))
    backups.backup_now(db, "daily")
    backups.backup_now(db, "after talk")
    old_wrapped = db.execute(
        "SELECT wrapped_private_key FROM vault_partners WHERE partner = 'A'"
    ).fetchone()[0]

    vault.change_passphrase(Partner.A, PASS_A, NEW_A)
    later = save_as_new(vault, content("after", AFTER))
    backups.backup_now(db, "after talk")

    _assert_old_passphrase_opens_nothing(folder, tmp_path, old_wrapped)

    # everything still opens with the new passphrase, alone and together (through both shares)
    with vault.open_as_owner(Partner.A, NEW_A) as session:
        assert {r.item_id for r in session.items()} == {moment, note, later}
    with vault.open_together(NEW_A, PASS_B) as session:
        assert session.read_through_shares
        readable = {r.item_id for r in session.items() if isinstance(r, VaultItem)}
        assert readable == {moment, later, theirs}
    with vault.open_as_owner(Partner.B, PASS_B) as session:
        assert [r.item_id for r in session.items() if isinstance(r, VaultItem)] == [theirs]
    # a backup made before the change still opens with the new passphrase (restore works)
    oldest = sorted((folder / "backups").glob("openup-*.db"))[0]
    copy_db = open_app_db(oldest)
    try:
        copy = VaultService(copy_db, kdf_params=FAST_KDF, clock=FakeClock())
        with copy.open_as_owner(Partner.A, NEW_A) as session:
            assert {r.item_id for r in session.items() if isinstance(r, VaultItem)} == {
                moment,
                note,
            }
    finally:
        copy_db.close()
    # the app's backup worker crosses the rotation off its to-do list once every copy has it
    assert backups.finish_vault_upkeep(db).clean
    assert not upkeep.has_pending(db.conn)  # type: ignore[attr-defined]
    db.close()
    # no plaintext anywhere either
    assert find_in_files(folder, canary_encodings(AFTER) + canary_encodings(PRIVATE)) == []


def save_as_new(vault: VaultService, item: object) -> str:
    with vault.open_as_owner(Partner.A, NEW_A) as session:
        return session.save(ItemKind.MOMENT, item)  # type: ignore[arg-type]


_KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from openup_desktop.core.clock import FakeClock as DateClock
    from openup_desktop.store.backups import BackupManager
    from openup_desktop.store.database import open_database
    from openup_desktop.vault import Partner, VaultService, upkeep
    from tests.security.vault_support import FAST_KDF, PASS_A, FakeClock

    folder = Path(sys.argv[1])
    db = open_database(folder / "openup.db").db
    backups = BackupManager(folder, DateClock(datetime(2026, 3, 1, 9, tzinfo=UTC)))
    real = upkeep.rotate_backup
    done = []

    def rotate_then_die(*args, **kwargs):
        if done:
            os.kill(os.getpid(), signal.SIGKILL)  # killed half-way through the backups
        done.append(real(*args, **kwargs))
        return done[-1]

    upkeep.rotate_backup = rotate_then_die
    vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock(),
                         backup_files=backups.backup_paths)
    vault.change_passphrase(Partner.A, PASS_A, sys.argv[2])
    print("not killed")
    """
)


def test_kill_half_way_through_the_backups_is_finished_at_the_next_start(tmp_path: Path) -> None:
    folder, backups, vault, db = _world(tmp_path)
    moment = save_as(vault, Partner.A, ItemKind.MOMENT, content("m", BEFORE))
    for _ in range(3):
        backups.backup_now(db, "daily")
    old_wrapped = db.execute(
        "SELECT wrapped_private_key FROM vault_partners WHERE partner = 'A'"
    ).fetchone()[0]
    db.close()

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(folder), NEW_A],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == -9, proc.stderr
    # killed: the live database has the new key and a to-do; some backups still the old key
    db = open_database(folder / "openup.db").db
    assert upkeep.has_pending(db.conn)
    stale = [
        p for p in sorted((folder / "backups").glob("openup-*.db")) if old_wrapped in p.read_bytes()
    ]
    assert stale, "the kill should have left a backup with the old key"

    # the next start: the backup worker works through the to-do list
    report = BackupManager(folder, DateClock(datetime(2026, 3, 2, 9, tzinfo=UTC)))
    assert report.finish_vault_upkeep(db).clean
    assert not upkeep.has_pending(db.conn)
    db.close()
    _assert_old_passphrase_opens_nothing(folder, tmp_path, old_wrapped)
    for path in sorted((folder / "backups").glob("openup-*.db")):
        copy_db = open_app_db(path)
        try:
            copy = VaultService(copy_db, kdf_params=FAST_KDF, clock=FakeClock())
            with copy.open_as_owner(Partner.A, NEW_A) as session:
                assert [r.item_id for r in session.items() if isinstance(r, VaultItem)] == [moment]
        finally:
            copy_db.close()


def test_a_change_cut_short_before_the_backups_leaves_them_on_the_to_do_list(
    tmp_path: Path,
) -> None:
    """In-process twin of the kill above: the backup folder can't be listed right after the
    live database changed (unplugged, say). The change stands, and the backups' part is on the
    to-do list, so the worker's next round re-keys them."""
    folder, backups, _vault, db = _world(tmp_path)
    moment = save_as(_vault, Partner.A, ItemKind.MOMENT, content("m", BEFORE))
    backups.backup_now(db, "daily")
    backups.backup_now(db, "after talk")
    old_wrapped = db.execute(
        "SELECT wrapped_private_key FROM vault_partners WHERE partner = 'A'"
    ).fetchone()[0]

    def unplugged() -> list[Path]:
        raise OSError("the backup folder is gone for a moment")

    vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock(), backup_files=unplugged)
    with pytest.raises(OSError):
        vault.change_passphrase(Partner.A, PASS_A, NEW_A)
    assert upkeep.has_pending(db.conn)  # type: ignore[attr-defined]
    assert backups.finish_vault_upkeep(db).clean
    assert not upkeep.has_pending(db.conn)  # type: ignore[attr-defined]
    _assert_old_passphrase_opens_nothing(folder, tmp_path, old_wrapped)
    with vault.open_as_owner(Partner.A, NEW_A) as session:
        assert [r.item_id for r in session.items()] == [moment]
    db.close()


def test_damaged_items_do_not_stop_the_others_from_being_re_keyed(tmp_path: Path) -> None:
    """One altered row must not leave every later item sealed to the old key pair (and so
    unreadable for good once it is gone): each damaged row is skipped, the rest re-keyed."""
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    good = []

    def keep(kind: ItemKind = ItemKind.MOMENT) -> str:
        item_id = save_as(vault, Partner.A, kind, content(f"good {len(good)}", "words"))
        good.append(item_id)
        return item_id

    def damaged(sql: str, owner: Partner = Partner.A) -> None:
        item_id = save_as(vault, owner, ItemKind.MOMENT, content("damaged"))
        db.execute(sql, [item_id])
        db.conn.commit()

    keep()
    damaged("UPDATE vault_items SET nonce = x'00' WHERE item_id = ?")  # no longer parses
    keep(ItemKind.REFLECTION)
    damaged("UPDATE vault_items SET owner_tag = zeroblob(32) WHERE item_id = ?")  # tag fails
    keep()
    damaged(  # A's share of B's moment can't be opened any more
        "UPDATE vault_item_keys SET sealed = zeroblob(length(sealed)) "
        "WHERE item_id = ? AND holder = 'A' AND role = 'share'",
        Partner.B,
    )
    keep()
    vault.change_passphrase(Partner.A, PASS_A, NEW_A)
    with vault.open_as_owner(Partner.A, NEW_A) as session:
        opened = [r.item_id for r in session.items() if isinstance(r, VaultItem)]
    assert opened == good
    with vault.open_together(NEW_A, PASS_B) as session:
        opened = [r.item_id for r in session.items() if isinstance(r, VaultItem)]
    assert opened == [good[0], good[2], good[3]]
    db.close()


def test_a_backup_still_restores_what_the_live_file_lost_after_a_change(tmp_path: Path) -> None:
    """Backups exist for the moment the live file loses something. A moment only a backup
    still holds is re-keyed in that backup too, so the new passphrase opens it there."""
    folder, backups, vault, db = _world(tmp_path)
    lost = save_as(vault, Partner.A, ItemKind.MOMENT, content("m", BEFORE))
    backups.backup_now(db, "daily")
    db.execute("DELETE FROM vault_items WHERE item_id = ?", [lost])  # lost, not withdrawn
    db.conn.commit()
    vault.change_passphrase(Partner.A, PASS_A, NEW_A)
    (copy_path,) = sorted((folder / "backups").glob("openup-*.db"))
    copy_db = open_app_db(copy_path)
    try:
        copy = VaultService(copy_db, kdf_params=FAST_KDF, clock=FakeClock())
        with copy.open_as_owner(Partner.A, NEW_A) as session:
            found = [r for r in session.items() if isinstance(r, VaultItem)]
        assert [r.content.text for r in found] == [BEFORE]
    finally:
        copy_db.close()
    db.close()


def test_a_change_also_finishes_a_withdrawal_the_backups_had_not_heard_of(
    tmp_path: Path,
) -> None:
    """The change goes through every copy anyway, so it works the whole to-do list while it is
    there: a moment taken back since the last backup round leaves the backups too."""
    folder, backups, vault, db = _world(tmp_path)
    taken_back = save_as(vault, Partner.A, ItemKind.MOMENT, content("m", BEFORE))
    backups.backup_now(db, "daily")
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        session.withdraw(taken_back)
    assert find_in_files(folder / "backups", [taken_back.encode()])  # not yet heard of
    vault.change_passphrase(Partner.A, PASS_A, NEW_A)
    assert find_in_files(folder / "backups", [taken_back.encode()]) == []
    db.close()
