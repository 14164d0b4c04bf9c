"""Item key rows wrapped under a partner's row key (the fast form), attacked like the rest.

An item key row held by a partner who is unlocked is wrapped with AES-256-GCM under that
partner's *row key*, derived at unlock from their private key and never stored. Rows sealed
with HPKE (the other partner's share of a moment kept by its owner alone, and every row of a
vault written before this form existed) move to the wrapped form when their holder reads them.
These tests check that this keeps V2, V3, V5, V7, V8 and V10: a vault written by the previous
version (``fixtures/vault_sealed_rows.db``, made by ``fixtures/make_sealed_rows_vault.py`` with
that version's code) opens and moves over, flipped and swapped rows are caught, the row key is
in no file, and a taken-back moment takes its wrapped rows with it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from openup_desktop.vault import (
    DamagedItem,
    ItemContent,
    ItemKind,
    ItemNotFound,
    NotAllowed,
    Partner,
    VaultItem,
    VaultService,
    VaultSession,
)
from openup_desktop.vault import repository as repo
from openup_desktop.vault.items import ROLE_OWNER, ROLE_SHARE, key_info
from openup_desktop.vault.keys import (
    NONCE_BYTES,
    SEALED_SECRET_BYTES,
    WRAPPED_SECRET_BYTES,
    PartnerKeyPair,
)
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    find_in_files,
    open_app_db,
    save_as,
    vault_env,
)

FIXTURE = Path(__file__).parent / "fixtures" / "vault_sealed_rows.db"
#: What the previous version saved in the fixture: text -> (owner, kind).
OLD_ITEMS = {
    "old-moment-A-1": (Partner.A, ItemKind.MOMENT),
    "old-moment-B-1": (Partner.B, ItemKind.MOMENT),
    "old-moment-A-2": (Partner.A, ItemKind.MOMENT),
    "old-reflection-A": (Partner.A, ItemKind.REFLECTION),
    "old-reflection-B": (Partner.B, ItemKind.REFLECTION),
}
NEW_A = "Quartz harbour hums at dusk 77"


def _old_vault(tmp_path: Path) -> tuple[Path, VaultService]:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / "openup.db")
    db = open_app_db(folder / "openup.db")
    return folder, VaultService(db, kdf_params=FAST_KDF, clock=FakeClock())


def _rows(service: VaultService) -> dict[tuple[str, str, str], bytes]:
    """Every key row as (owner text is unknown here, so item id, holder, role) -> bytes."""
    return {
        (item_id, holder, role): sealed
        for item_id, holder, role, sealed in service.db.execute(
            "SELECT item_id, holder, role, sealed FROM vault_item_keys"
        )
    }


def _owners(service: VaultService) -> dict[str, str]:
    return dict(service.db.execute("SELECT item_id, owner FROM vault_items").fetchall())


def _texts(session: VaultSession) -> set[str]:
    results = session.items()
    assert not [r for r in results if isinstance(r, DamagedItem)]
    return {r.content.text for r in results if isinstance(r, VaultItem)}


def _keypair(session: VaultSession, partner: Partner) -> PartnerKeyPair:
    return session._keys[partner]


def test_a_vault_written_by_the_previous_version_opens_and_moves_to_wrapped_rows(
    tmp_path: Path,
) -> None:
    _folder, vault = _old_vault(tmp_path)
    before = _rows(vault)
    assert {len(row) for row in before.values()} == {SEALED_SECRET_BYTES}
    owners = _owners(vault)

    # B alone first: B's own items move; nothing in A's items is touched (their owner copy is
    # still sealed, so their tag may cover B's share byte for byte)
    with vault.open_as_owner(Partner.B, PASS_B) as session:
        assert _texts(session) == {"old-moment-B-1", "old-reflection-B"}
    after_b = _rows(vault)
    for (item_id, holder, role), row in after_b.items():
        moved = owners[item_id] == "B" and holder == "B" and role == ROLE_OWNER
        assert len(row) == (WRAPPED_SECRET_BYTES if moved else SEALED_SECRET_BYTES)
        if not moved:
            assert row == before[(item_id, holder, role)]
    # and B still can't read A's moments or A's reflection
    with vault.open_as_owner(Partner.B, PASS_B) as session:
        for item_id, owner in owners.items():
            if owner == "A":
                with pytest.raises(NotAllowed):
                    session.read(item_id)

    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert _texts(session) == {"old-moment-A-1", "old-moment-A-2", "old-reflection-A"}
    after_a = _rows(vault)
    with vault.open_together(PASS_A, PASS_B) as session:
        assert _texts(session) == {"old-moment-A-1", "old-moment-B-1", "old-moment-A-2"}
    # the shares moved now; the owners' copies that had moved already were left as they were
    already = {k: row for k, row in after_a.items() if len(row) == WRAPPED_SECRET_BYTES}
    assert already and {k: _rows(vault)[k] for k in already} == already
    # together, both shares were read and every row of every moment moved
    moved = _rows(vault)
    assert {len(row) for row in moved.values()} == {WRAPPED_SECRET_BYTES}
    tags = vault.db.execute("SELECT item_id, owner_tag FROM vault_items").fetchall()

    # afterwards everything reads the same, alone and together (through both shares)
    with vault.open_together(PASS_A, PASS_B) as session:
        assert session.read_through_shares
        assert _texts(session) == {"old-moment-A-1", "old-moment-B-1", "old-moment-A-2"}
    for partner, passphrase in ((Partner.A, PASS_A), (Partner.B, PASS_B)):
        with vault.open_as_owner(partner, passphrase) as session:
            assert _texts(session) == {t for t, (o, _k) in OLD_ITEMS.items() if o is partner}
    # a row that has moved stays as it is: reading never writes the vault again
    assert _rows(vault) == moved
    assert vault.db.execute("SELECT item_id, owner_tag FROM vault_items").fetchall() == tags
    vault.db.close()


def test_a_failed_or_raced_move_changes_nothing_and_reading_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """V10 for the move: one transaction per batch, and a full disk or a locked file only
    postpones it (the list still opens)."""
    _folder, vault = _old_vault(tmp_path)
    before = _rows(vault)
    tags = dict(vault.db.execute("SELECT item_id, owner_tag FROM vault_items").fetchall())

    def locked(*_args: object) -> bool:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(repo, "swap_owner_tag", locked)
    with vault.open_together(PASS_A, PASS_B) as session:
        assert len(_texts(session)) == 3
    monkeypatch.setattr(repo, "swap_owner_tag", lambda *_args: False)  # changed meanwhile
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert len(_texts(session)) == 3
    monkeypatch.undo()
    monkeypatch.setattr(repo, "swap_key_row", lambda *_args: False)  # a row changed meanwhile
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert len(_texts(session)) == 3
    assert _rows(vault) == before
    assert dict(vault.db.execute("SELECT item_id, owner_tag FROM vault_items").fetchall()) == tags

    monkeypatch.undo()
    assert "damaged" not in str(_read_all(vault))  # together, A alone, B alone
    assert {len(row) for row in _rows(vault).values()} == {WRAPPED_SECRET_BYTES}
    vault.db.close()


def _flip(row: bytes, position: int) -> bytes:
    data = bytearray(row)
    data[position] ^= 0x01
    return bytes(data)


def _set_row(vault: VaultService, item_id: str, holder: str, role: str, row: bytes) -> None:
    cursor = vault.db.execute(
        "UPDATE vault_item_keys SET sealed = ? WHERE item_id = ? AND holder = ? AND role = ?",
        (row, item_id, holder, role),
    )
    assert cursor.rowcount == 1


def _read_all(vault: VaultService) -> dict[str, dict[str, str]]:
    """What each kind of session makes of every item: its text, or 'damaged'."""
    out: dict[str, dict[str, str]] = {}
    sessions = {
        "together": vault.open_together(PASS_A, PASS_B),
        "A": vault.open_as_owner(Partner.A, PASS_A),
        "B": vault.open_as_owner(Partner.B, PASS_B),
    }
    for name, session in sessions.items():
        with session:
            out[name] = {
                r.item_id: r.content.text if isinstance(r, VaultItem) else "damaged"
                for r in session.items()
            }
    return out


def test_flipped_bytes_in_wrapped_rows_show_that_item_as_altered(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        first = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="1"))
        other = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="2"))
        clean = _read_all(env.vault)  # together: every row moves to the wrapped form
        rows = {k: v for k, v in _rows(env.vault).items() if k[0] == first}
        assert {len(row) for row in rows.values()} == {WRAPPED_SECRET_BYTES}
        for (item_id, holder, role), row in rows.items():
            for position in (0, NONCE_BYTES, len(row) // 2, len(row) - 1):
                _set_row(env.vault, item_id, holder, role, _flip(row, position))
                seen = _read_all(env.vault)
                # read by the together session (both shares) and, for A's rows, by A alone
                users = {"together"} | ({"A"} if holder == "A" else set())
                for name in users:
                    assert seen[name][first] == "damaged", (holder, role, position, name)
                    assert seen[name][other] == clean[name][other]
                _set_row(env.vault, item_id, holder, role, row)
        assert _read_all(env.vault) == clean


def test_wrapped_rows_swapped_between_items_partners_or_roles_open_nothing(
    tmp_path: Path,
) -> None:
    with vault_env(tmp_path) as env:
        x = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="x"))
        y = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="y"))
        clean = _read_all(env.vault)
        rows = _rows(env.vault)

        # below the app: each wrapped row opens only under its own item, holder and role
        with env.vault.open_together(PASS_A, PASS_B) as session:
            vault_id = session._vault_id
            for (item_id, holder, role), row in rows.items():
                holder_key = _keypair(session, Partner(holder))
                for other_item in (x, y):
                    for other_holder in Partner:
                        for other_role in (ROLE_SHARE, ROLE_OWNER):
                            binding = key_info(
                                vault_id, other_item, ItemKind.MOMENT, Partner.A,
                                other_holder, other_role,
                            )  # fmt: skip
                            same = (other_item, other_holder.value, other_role) == (
                                item_id,
                                holder,
                                role,
                            )
                            for key in (holder_key, _keypair(session, Partner(holder).other)):
                                if same and key is holder_key:
                                    assert len(key.open_key_row(row, binding)) == 32
                                else:
                                    with pytest.raises(InvalidTag):
                                        key.open_key_row(row, binding)

        # through the app: B's share of x put in y's place (the one row A's tag covers by
        # holder and role only) — y shows as altered together, and A alone still reads it
        _set_row(env.vault, y, "B", ROLE_SHARE, rows[(x, "B", ROLE_SHARE)])
        seen = _read_all(env.vault)
        assert seen["together"][y] == "damaged"
        assert seen["together"][x] == "x"
        assert seen["A"] == clean["A"]
        # A's share in B's share slot of the same item
        _set_row(env.vault, y, "B", ROLE_SHARE, rows[(y, "A", ROLE_SHARE)])
        assert _read_all(env.vault)["together"][y] == "damaged"
        # the owner's copies of x and y swapped: A's tag catches it, for A alone too
        _set_row(env.vault, y, "B", ROLE_SHARE, rows[(y, "B", ROLE_SHARE)])
        _set_row(env.vault, x, "A", ROLE_OWNER, rows[(y, "A", ROLE_OWNER)])
        _set_row(env.vault, y, "A", ROLE_OWNER, rows[(x, "A", ROLE_OWNER)])
        seen = _read_all(env.vault)
        assert seen["A"] == {x: "damaged", y: "damaged"}
        assert seen["together"] == {x: "damaged", y: "damaged"}


def test_the_row_key_is_in_no_file_and_locking_wipes_it(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="moment"))
        save_as(env.vault, Partner.B, ItemKind.REFLECTION, ItemContent(title="t", text="note"))
        session = env.vault.open_together(PASS_A, PASS_B)
        assert len(session.items()) == 1
        pairs = [_keypair(session, p) for p in Partner]
        row_keys = [bytes(pair._row_key) for pair in pairs]
        assert len(set(row_keys)) == 2
        assert all(key != bytes(32) for key in row_keys)
        assert not {bytes(pair._auth_key) for pair in pairs} & set(row_keys)
        # every row opens with its holder's row key: that is the key the test looks for
        for (item_id, holder, role), row in _rows(env.vault).items():
            del item_id, role
            row_key = row_keys[0 if holder == "A" else 1]
            with pytest.raises(InvalidTag):  # right key, wrong binding: the key is the one
                AESGCM(row_key).decrypt(row[:NONCE_BYTES], row[NONCE_BYTES:], b"")
        env.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        needles = [key[:16] for key in row_keys] + [key[16:] for key in row_keys]
        assert find_in_files(env.data_dir, needles) == []

        session.lock()
        assert all(pair._row_key == bytearray(32) for pair in pairs)
        with pytest.raises(RuntimeError):
            pairs[0].open_key_row(next(iter(_rows(env.vault).values())), b"")
        assert find_in_files(env.data_dir, needles) == []


def test_taking_back_removes_the_wrapped_rows_from_the_files(tmp_path: Path) -> None:
    """V3 with wrapped rows: after a take-back, no file holds the item's key rows."""
    with vault_env(tmp_path) as env:
        gone = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="g"))
        kept = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="k"))
        _read_all(env.vault)  # together: all rows wrapped
        rows = [row for (item_id, _h, _r), row in _rows(env.vault).items() if item_id == gone]
        assert len(rows) == 3
        assert all(len(row) == WRAPPED_SECRET_BYTES for row in rows)
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            assert session.withdraw(gone).wiped
            with pytest.raises(ItemNotFound):
                session.read(gone)
        assert find_in_files(env.data_dir, [row[NONCE_BYTES:] for row in rows]) == []
        seen = _read_all(env.vault)
        assert gone not in seen["together"]
        assert seen["together"][kept] == "k"


def test_after_a_passphrase_change_the_old_row_key_opens_no_row(tmp_path: Path) -> None:
    """V8: rotation re-wraps under the new key pair's row key; the old one opens nothing."""
    with vault_env(tmp_path) as env:
        save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="a"))
        save_as(env.vault, Partner.B, ItemKind.MOMENT, ItemContent(title="t", text="b"))
        save_as(env.vault, Partner.A, ItemKind.REFLECTION, ItemContent(title="t", text="r"))
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            old_key = bytes(_keypair(session, Partner.A)._row_key)
            vault_id = session._vault_id
        env.vault.change_passphrase(Partner.A, PASS_A, NEW_A)
        owners = _owners(env.vault)
        kinds = dict(env.db.execute("SELECT item_id, kind FROM vault_items").fetchall())
        for (item_id, holder, role), row in _rows(env.vault).items():
            if holder != "A":
                continue
            assert len(row) == WRAPPED_SECRET_BYTES  # B's moment's A share moved too
            binding = key_info(
                vault_id, item_id, ItemKind(kinds[item_id]), Partner(owners[item_id]),
                Partner.A, role,
            )  # fmt: skip
            with pytest.raises(InvalidTag):
                AESGCM(old_key).decrypt(row[:NONCE_BYTES], row[NONCE_BYTES:], binding)
        with env.vault.open_together(NEW_A, PASS_B) as session:
            assert _texts(session) == {"a", "b"}
        with env.vault.open_as_owner(Partner.A, NEW_A) as session:
            assert _texts(session) == {"a", "r"}
