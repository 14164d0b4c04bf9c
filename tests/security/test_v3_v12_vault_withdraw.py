"""V3 and V12: the owner alone withdraws one item, or all of their moments, at once.

After withdrawal nobody can read it with any passphrase, and its ciphertext and sealed keys are
gone from the database file and the -wal (secure_delete + a TRUNCATE checkpoint).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from openup_desktop.vault import (
    ItemContent,
    ItemKind,
    ItemNotFound,
    NotAllowed,
    Partner,
    VaultItem,
    VaultService,
)
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    PASSPHRASES,
    VaultEnv,
    find_in_files,
    save_as,
    vault_env,
)


def _stored_secrets(env: VaultEnv, item_id: str) -> list[bytes]:
    """Distinctive slices of every stored byte string of an item (ciphertext, keys, tag)."""
    row = env.db.execute(
        "SELECT ciphertext, owner_tag FROM vault_items WHERE item_id = ?", (item_id,)
    ).fetchone()
    blobs = [row[0], row[1]]
    blobs += [
        r[0]
        for r in env.db.execute(
            "SELECT sealed FROM vault_item_keys WHERE item_id = ?", (item_id,)
        ).fetchall()
    ]
    slices = []
    for blob in blobs:
        assert len(blob) >= 32
        mid = len(blob) // 2
        slices += [blob[:32], blob[mid : mid + 32], blob[-32:]]
    return slices


def _no_orphans(env: VaultEnv) -> None:
    orphans = env.db.execute(
        "SELECT count(*) FROM vault_item_keys "
        "WHERE item_id NOT IN (SELECT item_id FROM vault_items)"
    ).fetchone()[0]
    assert orphans == 0


@pytest.mark.parametrize("checkpoint_first", [False, True], ids=["in-wal", "in-db-file"])
@pytest.mark.parametrize("size", [200, 30_000], ids=["small", "overflow-pages"])
def test_withdrawn_item_is_unreadable_and_its_bytes_are_gone(
    tmp_path: Path, checkpoint_first: bool, size: int
) -> None:
    with vault_env(tmp_path) as env:
        text = os.urandom(size // 2).hex()
        target = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="go", text=text))
        keep = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="stay", text="s"))
        other = save_as(env.vault, Partner.B, ItemKind.MOMENT, ItemContent(title="b", text="b"))
        if checkpoint_first:
            env.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        secrets = _stored_secrets(env, target)
        assert find_in_files(env.data_dir, secrets), "test is meaningless: bytes not on disk"

        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            result = session.withdraw(target)
        assert result.removed == 1 and result.wiped

        assert find_in_files(env.data_dir, secrets) == []
        wal = env.data_dir / "openup.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        _no_orphans(env)

        sessions = [
            env.vault.open_as_owner(Partner.A, PASS_A),
            env.vault.open_as_owner(Partner.B, PASS_B),
            env.vault.open_together(PASS_A, PASS_B),
        ]
        for session in sessions:
            with pytest.raises(ItemNotFound):
                session.read(target)
            assert target not in {r.item_id for r in session.items()}
            session.lock()
        with env.vault.open_together(PASS_A, PASS_B) as session:
            assert {r.item_id for r in session.items() if isinstance(r, VaultItem)} == {keep, other}


def test_only_the_owner_alone_can_withdraw(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        target = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="a", text="a"))
        with env.vault.open_as_owner(Partner.B, PASS_B) as session, pytest.raises(NotAllowed):
            session.withdraw(target)
        with env.vault.open_together(PASS_A, PASS_B) as session:
            with pytest.raises(NotAllowed):
                session.withdraw(target)
            with pytest.raises(NotAllowed):
                session.withdraw_all()
            assert session.read(target).content.text == "a"
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            with pytest.raises(ItemNotFound):
                session.withdraw("0" * 32)
            assert session.withdraw(target).removed == 1
            with pytest.raises(ItemNotFound):
                session.withdraw(target)


def test_withdraw_all_removes_every_own_moment_in_one_step(tmp_path: Path) -> None:
    """V12: separation — one call removes all of a partner's moments, nothing of the other's."""
    with vault_env(tmp_path) as env:
        mine = [
            save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title=f"{n}", text="m"))
            for n in range(4)
        ]
        my_reflection = save_as(
            env.vault, Partner.A, ItemKind.REFLECTION, ItemContent(title="r", text="r")
        )
        theirs = [
            save_as(env.vault, Partner.B, ItemKind.MOMENT, ItemContent(title=f"b{n}", text="b"))
            for n in range(2)
        ]
        secrets = [s for item_id in mine for s in _stored_secrets(env, item_id)]

        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            result = session.withdraw_all()
            assert result.removed == 4 and result.wiped
            assert [r.item_id for r in session.items()] == [my_reflection]
        assert find_in_files(env.data_dir, secrets) == []
        _no_orphans(env)

        with env.vault.open_together(PASS_A, PASS_B) as session:
            assert sorted(r.item_id for r in session.items()) == sorted(theirs)
        with env.vault.open_as_owner(Partner.B, PASS_B) as session:
            assert sorted(r.item_id for r in session.items()) == sorted(theirs)

        with env.vault.open_as_owner(Partner.A, PASSPHRASES[Partner.A]) as session:
            assert session.withdraw_all(include_reflections=True).removed == 1
            assert session.items() == []


def test_an_edited_or_cleared_note_leaves_the_live_files_at_once(tmp_path: Path) -> None:
    """V3 for reflection notes: the previous note's bytes are gone from openup.db and its -wal
    as soon as the edit returns, not at some later checkpoint."""
    with vault_env(tmp_path) as env:
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            first = session.replace_reflection(None, ItemContent(title="n", text="1" * 3000))
        old = _stored_secrets(env, first)
        assert find_in_files(env.data_dir, old), "test is meaningless: bytes not on disk"
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            second = session.replace_reflection(first, ItemContent(title="n", text="2" * 3000))
        assert find_in_files(env.data_dir, old) == []
        newer = _stored_secrets(env, second)
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            assert session.replace_reflection(second, None) == ""
            assert session.items() == []
        assert find_in_files(env.data_dir, newer) == []
        wal = env.data_dir / "openup.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0


def test_withdrawal_overwrites_the_bytes_even_where_sqlite_keeps_them_by_default(
    tmp_path: Path,
) -> None:
    """Python's SQLite on Windows and macOS leaves deleted bytes in free pages unless told
    otherwise (this machine's build overwrites them anyway). The vault tells it, on whatever
    connection it is given."""
    with vault_env(tmp_path) as env:
        env.db.execute("PRAGMA secure_delete=OFF")
        vault = VaultService(env.db, kdf_params=FAST_KDF, clock=env.clock)
        text = os.urandom(15_000).hex()
        target = save_as(vault, Partner.A, ItemKind.MOMENT, ItemContent(title="go", text=text))
        env.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        secrets = _stored_secrets(env, target)
        assert find_in_files(env.data_dir, secrets)
        with vault.open_as_owner(Partner.A, PASS_A) as session:
            assert session.withdraw(target).removed == 1
        assert find_in_files(env.data_dir, secrets) == []
