"""V5: any altered byte gives a clear "altered or damaged" result for that item only.

Covers byte flips in every stored field of an item and its sealed keys (hypothesis picks field,
position and bit pattern), changed ids/kinds/owners/versions/types, deleted and copied rows,
row swaps between items, a forged item made only from public keys, a flip in the real file on
disk, and altered key rows / KDF parameters / salt / vault id (unlock then fails with a clear
error, never a crash). Tampering is done as someone editing the file would: foreign keys and
CHECK constraints are not in their way.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openup_desktop.vault import (
    DamagedItem,
    ItemContent,
    ItemDamaged,
    ItemKind,
    ItemNotFound,
    NotAllowed,
    Partner,
    VaultDataAltered,
    VaultItem,
    VaultNotSetUp,
    VaultService,
    VaultSession,
    WrongPassphrase,
)
from openup_desktop.vault import repository as repo
from openup_desktop.vault.items import (
    ROLE_OWNER,
    ROLE_SHARE,
    content_aad,
    encrypt_content,
    key_info,
    new_item_id,
    owner_tag_message,
    split_key,
)
from openup_desktop.vault.kdf import KdfParams
from openup_desktop.vault.keys import seal_to
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    open_app_db,
    save_as,
    set_up_vault,
    swap_in_another_private_key,
)

ITEM_BLOBS = ("nonce", "ciphertext", "owner_tag")


class World:
    """A vault with four items and three open sessions that read the live database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = open_app_db(folder / "openup.db")
        self.clock = FakeClock()
        self.vault = set_up_vault(self.db, self.clock)
        self.texts: dict[str, str] = {}
        self.meta: dict[str, tuple[Partner, ItemKind]] = {}
        for owner, kind in [
            (Partner.A, ItemKind.MOMENT),
            (Partner.A, ItemKind.MOMENT),
            (Partner.A, ItemKind.REFLECTION),
            (Partner.B, ItemKind.MOMENT),
            (Partner.B, ItemKind.REFLECTION),
        ]:
            text = f"{owner}-{kind}-{len(self.texts)}"
            item_id = save_as(self.vault, owner, kind, ItemContent(title="t", text=text))
            self.texts[item_id] = text
            self.meta[item_id] = (owner, kind)
        self.ids = list(self.texts)
        self.sessions: dict[str, VaultSession] = {
            "together": self.vault.open_together(PASS_A, PASS_B),
            "A": self.vault.open_as_owner(Partner.A, PASS_A),
            "B": self.vault.open_as_owner(Partner.B, PASS_B),
        }

    def visible(self, name: str) -> set[str]:
        if name == "together":
            return {i for i, (_, k) in self.meta.items() if k is ItemKind.MOMENT}
        return {i for i, (o, _) in self.meta.items() if o.value == name}

    def close(self) -> None:
        for session in self.sessions.values():
            session.lock()
        self.db.close()

    @contextlib.contextmanager
    def tampered(self) -> Iterator[sqlite_utils.Database]:
        """Edit rows like a file editor would, then put everything back (rollback)."""
        conn = self.db.conn
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA ignore_check_constraints=ON")
        conn.execute("BEGIN")
        try:
            yield self.db
        finally:
            conn.rollback()
            conn.execute("PRAGMA ignore_check_constraints=OFF")
            conn.execute("PRAGMA foreign_keys=ON")

    def assert_only_damaged(
        self, targets: set[str], unused_by: frozenset[str] = frozenset()
    ) -> None:
        """Every untouched item reads exactly; each target is never returned as readable,
        and the damage is reported as a DamagedItem somewhere.

        ``unused_by`` names sessions that never use the altered bytes: the owner alone doesn't
        open the other partner's share (that share is re-sealed when its holder changes their
        passphrase, so the owner's tag can't cover its bytes, V8); the together session, which
        reads through both shares, must still report it."""
        reported = False
        for name, session in self.sessions.items():
            results = session.items()  # must not raise
            readable = {r.item_id: r for r in results if isinstance(r, VaultItem)}
            reported |= any(isinstance(r, DamagedItem) for r in results)
            for item_id in self.visible(name) - targets:
                assert item_id in readable, f"{name} lost an untouched item"
                assert readable[item_id].content.text == self.texts[item_id]
            if name in unused_by:
                continue
            assert set(readable) <= self.visible(name) - targets, f"{name} read a target"
            for target in targets:
                with pytest.raises((ItemDamaged, NotAllowed, ItemNotFound)):
                    session.read(target)
            for r in results:
                if isinstance(r, DamagedItem):
                    assert "altered or damaged" in r.message
        assert reported, "no session reported the damage"

    def assert_all_fine(self) -> None:
        for name, session in self.sessions.items():
            results = session.items()
            assert {r.item_id for r in results if isinstance(r, VaultItem)} == self.visible(name)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _flip(blob: bytes, position: int, mask: int) -> bytes:
    data = bytearray(blob)
    data[position % len(data)] ^= mask
    return bytes(data)


def _set(db: sqlite_utils.Database, table: str, column: str, value: object, **where: str) -> None:
    clause = " AND ".join(f"{k} = ?" for k in where)
    cursor = db.conn.execute(
        f"UPDATE {table} SET {column} = ? WHERE {clause}", (value, *where.values())
    )
    assert cursor.rowcount == 1


def _get(db: sqlite_utils.Database, table: str, column: str, **where: str) -> object:
    clause = " AND ".join(f"{k} = ?" for k in where)
    return db.conn.execute(
        f"SELECT {column} FROM {table} WHERE {clause}", tuple(where.values())
    ).fetchone()[0]


def _key_rows(world: World, item_id: str) -> list[tuple[str, str]]:
    return [
        (h, r)
        for h, r in world.db.conn.execute(
            "SELECT holder, role FROM vault_item_keys WHERE item_id = ?", (item_id,)
        )
    ]


def test_byte_flips_in_every_stored_field(world: World) -> None:
    world.assert_all_fine()

    fields = []
    for item_id in world.ids:
        fields += [("vault_items", column, {"item_id": item_id}) for column in ITEM_BLOBS]
        fields += [
            ("vault_item_keys", "sealed", {"item_id": item_id, "holder": h, "role": r})
            for h, r in _key_rows(world, item_id)
        ]

    # Every field: first byte, last byte, and one in the middle.
    def unused_by(where: dict[str, str]) -> frozenset[str]:
        owner = world.meta[where["item_id"]][0].value
        holder = where.get("holder")
        return frozenset({owner}) if holder is not None and holder != owner else frozenset()

    for table, column, where in fields:
        blob = _get(world.db, table, column, **where)
        assert isinstance(blob, bytes)
        for position in (0, len(blob) // 2, len(blob) - 1):
            with world.tampered() as db:
                _set(db, table, column, _flip(blob, position, 0x01), **where)
                world.assert_only_damaged({where["item_id"]}, unused_by(where))

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        field=st.sampled_from(fields),
        position=st.integers(min_value=0, max_value=2**16),
        mask=st.integers(min_value=1, max_value=255),
    )
    def random_flip(field: tuple[str, str, dict[str, str]], position: int, mask: int) -> None:
        table, column, where = field
        blob = _get(world.db, table, column, **where)
        assert isinstance(blob, bytes)
        with world.tampered() as db:
            _set(db, table, column, _flip(blob, position, mask), **where)
            world.assert_only_damaged({where["item_id"]}, unused_by(where))

    random_flip()
    world.assert_all_fine()


Tamper = Callable[[World, sqlite_utils.Database, str], set[str]]


def _truncate(column: str) -> Tamper:
    def run(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
        blob = _get(db, "vault_items", column, item_id=target)
        assert isinstance(blob, bytes)
        _set(db, "vault_items", column, blob[:-1], item_id=target)
        return {target}

    return run


def _value(table: str, column: str, value: object) -> Tamper:
    def run(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
        if table == "vault_items":
            _set(db, table, column, value, item_id=target)
        else:
            db.conn.execute(f"UPDATE {table} SET {column} = ? WHERE item_id = ?", (value, target))
        return {target}

    return run


def _new_item_id(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
    new_id = new_item_id()
    _set(db, "vault_items", "item_id", new_id, item_id=target)
    return {target, new_id}


def _delete_key_row(role: str) -> Tamper:
    def run(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
        db.conn.execute(
            "DELETE FROM vault_item_keys WHERE item_id = ? AND role = ? AND rowid = "
            "(SELECT min(rowid) FROM vault_item_keys WHERE item_id = ? AND role = ?)",
            (target, role, target, role),
        )
        return {target}

    return run


def _extra_key_row(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
    donor = next(i for i in w.ids if i != target)
    db.conn.execute(
        "INSERT OR REPLACE INTO vault_item_keys (item_id, holder, role, sealed) "
        "SELECT ?, holder, role, sealed FROM vault_item_keys WHERE item_id = ?",
        (target, donor),
    )
    return {target}


def _swap_with(columns: tuple[str, ...], same_owner: bool) -> Tamper:
    def run(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
        owner, kind = w.meta[target]
        other = next(
            i
            for i in w.ids
            if i != target and (w.meta[i] == (owner, kind) if same_owner else w.meta[i][0] != owner)
        )
        for column in columns:
            a = _get(db, "vault_items", column, item_id=target)
            b = _get(db, "vault_items", column, item_id=other)
            _set(db, "vault_items", column, b, item_id=target)
            _set(db, "vault_items", column, a, item_id=other)
        return {target, other}

    return run


def _swap_sealed_between_items(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
    other = next(i for i in w.ids if i != target and w.meta[i] == w.meta[target])
    for holder, role in _key_rows(w, target):
        a = _get(db, "vault_item_keys", "sealed", item_id=target, holder=holder, role=role)
        b = _get(db, "vault_item_keys", "sealed", item_id=other, holder=holder, role=role)
        _set(db, "vault_item_keys", "sealed", b, item_id=target, holder=holder, role=role)
        _set(db, "vault_item_keys", "sealed", a, item_id=other, holder=holder, role=role)
    return {target, other}


def _swap_share_and_owner_copy(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
    owner = w.meta[target][0].value
    share = _get(db, "vault_item_keys", "sealed", item_id=target, holder=owner, role=ROLE_SHARE)
    copy = _get(db, "vault_item_keys", "sealed", item_id=target, holder=owner, role=ROLE_OWNER)
    _set(db, "vault_item_keys", "sealed", copy, item_id=target, holder=owner, role=ROLE_SHARE)
    _set(db, "vault_item_keys", "sealed", share, item_id=target, holder=owner, role=ROLE_OWNER)
    return {target}


def _relabel_key_holder(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
    owner = w.meta[target][0]
    db.conn.execute(
        "UPDATE vault_item_keys SET holder = ? WHERE item_id = ? AND holder = ? AND role = ?",
        (owner.other.value, target, owner.value, ROLE_OWNER),
    )
    return {target}


def _copy_row_under_new_id(w: World, db: sqlite_utils.Database, target: str) -> set[str]:
    new_id = new_item_id()
    db.conn.execute(
        "INSERT INTO vault_items SELECT ?, format_version, kind, owner, nonce, ciphertext, "
        "owner_tag FROM vault_items WHERE item_id = ?",
        (new_id, target),
    )
    db.conn.execute(
        "INSERT INTO vault_item_keys SELECT ?, holder, role, sealed FROM vault_item_keys "
        "WHERE item_id = ?",
        (new_id, target),
    )
    return {new_id}  # the original stays readable; the copy is damaged


TAMPERS: dict[str, Tamper] = {
    "nonce truncated": _truncate("nonce"),
    "ciphertext truncated": _truncate("ciphertext"),
    "ciphertext extended": _value("vault_items", "ciphertext", os.urandom(600)),
    "ciphertext empty": _value("vault_items", "ciphertext", b""),
    "ciphertext as text": _value("vault_items", "ciphertext", "not a blob"),
    "ciphertext as integer": _value("vault_items", "ciphertext", 12),
    "nonce as integer": _value("vault_items", "nonce", 12),
    "owner tag removed": _value("vault_items", "owner_tag", b""),
    "format version 2": _value("vault_items", "format_version", 2),
    "format version as text": _value("vault_items", "format_version", "one"),
    "kind to reflection": _value("vault_items", "kind", "reflection"),
    "kind to moment": _value("vault_items", "kind", "moment"),
    "kind unknown": _value("vault_items", "kind", "memo"),
    "owner to A": _value("vault_items", "owner", "A"),
    "owner to B": _value("vault_items", "owner", "B"),
    "owner unknown": _value("vault_items", "owner", "C"),
    "item id changed": _new_item_id,
    "sealed key as text": _value("vault_item_keys", "sealed", "x"),
    "owner copy deleted": _delete_key_row(ROLE_OWNER),
    "a share deleted": _delete_key_row(ROLE_SHARE),
    "key rows added from another item": _extra_key_row,
    "owner copy relabelled to the other partner": _relabel_key_holder,
    "swap nonce+ciphertext with a sibling": _swap_with(("nonce", "ciphertext"), True),
    "swap owner tag with a sibling": _swap_with(("owner_tag",), True),
    "swap whole row body with a sibling": _swap_with(
        ("format_version", "kind", "owner", "nonce", "ciphertext", "owner_tag"), True
    ),
    "swap ciphertext with the other partner's item": _swap_with(("nonce", "ciphertext"), False),
    "swap sealed keys with a sibling": _swap_sealed_between_items,
    "swap share and owner copy": _swap_share_and_owner_copy,
    "row copied under a new id": _copy_row_under_new_id,
}


@pytest.mark.parametrize("name", list(TAMPERS))
def test_altered_rows_damage_only_that_item(world: World, name: str) -> None:
    for target in world.ids:
        owner, kind = world.meta[target]
        needs_share = name in ("a share deleted", "swap share and owner copy")
        if needs_share and kind is not ItemKind.MOMENT:
            continue
        needs_sibling = "sibling" in name
        if needs_sibling and sum(1 for m in world.meta.values() if m == (owner, kind)) < 2:
            continue
        if name == f"kind to {kind.value}" or name == f"owner to {owner.value}":
            continue  # not a change
        with world.tampered() as db:
            damaged = TAMPERS[name](world, db, target)
            world.assert_only_damaged(damaged)
    world.assert_all_fine()


def test_forged_item_from_public_keys_only_is_not_shown_as_the_owners(world: World) -> None:
    """Anyone with the data folder can seal to public keys; the owner tag exposes the forgery."""
    conn = world.db.conn
    vault_id = repo.load_vault_id(conn)
    assert vault_id is not None
    keys = repo.load_public_keys(conn)
    item_id, kind, owner = new_item_id(), ItemKind.MOMENT, Partner.A
    data_key = bytearray(os.urandom(32))
    nonce, ciphertext = encrypt_content(
        data_key,
        ItemContent(title="forged", text="you said this").to_json_bytes(),
        content_aad(vault_id, item_id, kind, owner),
    )
    share_a, share_b = split_key(data_key)
    rows = [
        (
            "A",
            ROLE_OWNER,
            seal_to(
                keys[Partner.A],
                data_key,
                key_info(vault_id, item_id, kind, owner, Partner.A, ROLE_OWNER),
            ),
        ),
        (
            "A",
            ROLE_SHARE,
            seal_to(
                keys[Partner.A],
                share_a,
                key_info(vault_id, item_id, kind, owner, Partner.A, ROLE_SHARE),
            ),
        ),
        (
            "B",
            ROLE_SHARE,
            seal_to(
                keys[Partner.B],
                share_b,
                key_info(vault_id, item_id, kind, owner, Partner.B, ROLE_SHARE),
            ),
        ),
    ]
    fake_tag = hashlib.sha256(
        owner_tag_message(vault_id, item_id, kind, owner, nonce, ciphertext, rows)
    ).digest()
    with world.tampered() as db:
        repo.insert_item(
            db.conn,
            item_id=item_id,
            kind=kind.value,
            owner=owner.value,
            nonce=nonce,
            ciphertext=ciphertext,
            owner_tag=fake_tag,
            keys=rows,
        )
        world.assert_only_damaged({item_id})


def test_flip_in_the_database_file_on_disk(tmp_path: Path) -> None:
    """A real edit of the file (not via SQL) is caught the same way after reopening."""
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    text = "x" * 3000
    target = save_as(vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text=text))
    other = save_as(vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="other"))
    blob = _get(db, "vault_items", "ciphertext", item_id=target)
    assert isinstance(blob, bytes)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = tmp_path / "openup.db"
    raw = bytearray(path.read_bytes())
    at = raw.find(blob[100:140])
    assert at > 0
    raw[at + 5] ^= 0x40
    path.write_bytes(bytes(raw))

    db = open_app_db(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock())
    for session in (vault.open_together(PASS_A, PASS_B), vault.open_as_owner(Partner.A, PASS_A)):
        results = {r.item_id: r for r in session.items()}
        assert isinstance(results[target], DamagedItem)
        assert isinstance(results[other], VaultItem) and results[other].content.text == "other"
        session.lock()
    db.close()


# --- the partner rows: unlock must fail clearly, never crash, never hang ----------------------

PARTNER_BLOBS = ("kdf_salt", "wrap_nonce", "wrapped_private_key", "public_key", "row_check")


@pytest.mark.parametrize("column", PARTNER_BLOBS)
@pytest.mark.parametrize("position", [0, -1])
def test_altered_key_row_fails_unlock_clearly(tmp_path: Path, column: str, position: int) -> None:
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    blob = _get(db, "vault_partners", column, partner="A")
    assert isinstance(blob, bytes)
    _set(db, "vault_partners", column, _flip(blob, position, 0x80), partner="A")
    with pytest.raises(VaultDataAltered) as error:
        vault.open_as_owner(Partner.A, PASS_A)
    assert "altered or damaged" in str(error.value)
    with pytest.raises(VaultDataAltered):
        vault.open_together(PASS_A, PASS_B)
    # an altered row is not a failed try, and the other partner is unaffected
    assert vault.backoff_state(Partner.A).failed_tries == 0
    vault.open_as_owner(Partner.B, PASS_B).lock()
    db.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("kdf_memory_kib", 32),
        ("kdf_iterations", 2),
        ("kdf_lanes", 2),
        ("kdf_memory_kib", 2**31),  # would need 2 TiB: must be refused, not attempted
        ("kdf_iterations", 10**6),
        ("kdf_lanes", 0),
        ("kdf_memory_kib", "sixty-four"),
        ("format_version", 2),
    ],
)
def test_altered_kdf_parameters_fail_unlock_clearly(
    tmp_path: Path, column: str, value: object
) -> None:
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    _set(db, "vault_partners", column, value, partner="A")
    started = time.monotonic()
    with pytest.raises(VaultDataAltered):
        vault.open_as_owner(Partner.A, PASS_A)
    assert time.monotonic() - started < 2
    db.close()


def test_recomputed_row_check_still_fails_as_wrong_passphrase(tmp_path: Path) -> None:
    """Someone who also fixes up the plain checksum only gets 'didn't match': the parameters
    and salt are authenticated by the wrapped key's associated data."""
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    vault_id = repo.load_vault_id(db.conn)
    assert vault_id is not None
    row = repo.load_partner(db.conn, Partner.A)
    assert row is not None
    for salt, params in [
        (os.urandom(16), row.params),
        (row.salt, KdfParams(row.params.memory_kib * 2, row.params.iterations, row.params.lanes)),
    ]:
        check = repo.compute_row_check(
            vault_id,
            Partner.A,
            salt,
            params,
            row.wrap_nonce,
            row.wrapped_private_key,
            row.public_key,
        )
        db.conn.execute(
            "UPDATE vault_partners SET kdf_salt = ?, kdf_memory_kib = ?, row_check = ? "
            "WHERE partner = 'A'",
            (salt, params.memory_kib, check),
        )
        db.conn.commit()
        with pytest.raises(WrongPassphrase):
            vault.open_as_owner(Partner.A, PASS_A)
    db.close()


def test_altered_vault_id_fails_unlock_clearly(tmp_path: Path) -> None:
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    save_as(vault, Partner.A, ItemKind.MOMENT, ItemContent(title="t", text="x"))
    for value in (os.urandom(16), b"short", "text"):
        with contextlib.suppress(Exception):
            db.conn.execute("PRAGMA ignore_check_constraints=ON")
        db.conn.execute("UPDATE vault_meta SET vault_id = ?", (value,))
        db.conn.commit()
        for partner, passphrase in ((Partner.A, PASS_A), (Partner.B, PASS_B)):
            with pytest.raises(VaultDataAltered):
                vault.open_as_owner(partner, passphrase)
    db.close()


def test_a_private_key_swapped_in_under_the_right_passphrase_is_refused(tmp_path: Path) -> None:
    """Someone who knows A's passphrase wraps a key pair of their own into A's row (so A would
    read with a key that isn't theirs). The key opens, but it doesn't match A's public key:
    the row is reported as altered, alone and together, instead of being used."""
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    swap_in_another_private_key(db, Partner.A, PASS_A)
    with pytest.raises(VaultDataAltered):
        vault.open_as_owner(Partner.A, PASS_A)
    with pytest.raises(VaultDataAltered):
        vault.open_together(PASS_A, PASS_B)
    vault.open_as_owner(Partner.B, PASS_B).lock()
    db.close()


def _fix_row_check(db: sqlite_utils.Database, partner: Partner) -> None:
    """Recompute the plain row check, as anyone editing the file can (it is no security)."""
    vault_id = repo.load_vault_id(db.conn)  # type: ignore[arg-type]
    row = repo.load_partner(db.conn, partner)  # type: ignore[arg-type]
    assert vault_id is not None and row is not None
    check = repo.compute_row_check(
        vault_id, partner, row.salt, row.params, row.wrap_nonce, row.wrapped_private_key,
        row.public_key,
    )  # fmt: skip
    _set(db, "vault_partners", "row_check", check, partner=partner.value)


def test_a_garbage_public_key_for_the_partner_refuses_a_moment_as_altered(
    tmp_path: Path,
) -> None:
    """B's public key replaced with bytes no key has (row check fixed up): A's moment can't be
    sealed to it, and A is told the data was altered instead of a crash or a half-kept item."""
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        blob = _get(db, "vault_partners", "public_key", partner="B")
        assert isinstance(blob, bytes)
        _set(db, "vault_partners", "public_key", b"\xff" * len(blob), partner="B")
        _fix_row_check(db, Partner.B)
        with pytest.raises(VaultDataAltered):
            session.save(ItemKind.MOMENT, ItemContent(title="t", text="x"))
        assert session.items() == []
    db.close()


def test_the_owners_row_damaged_while_a_session_is_open_refuses_saving_as_altered(
    tmp_path: Path,
) -> None:
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        _set(db, "vault_partners", "kdf_iterations", "three", partner="A")
        for kind in ItemKind:
            with pytest.raises(VaultDataAltered):
                session.save(kind, ItemContent(title="t", text="x"))
    db.close()


def test_a_deleted_vault_id_reads_as_not_set_up_rather_than_a_crash(tmp_path: Path) -> None:
    db = open_app_db(tmp_path / "openup.db")
    vault = set_up_vault(db)
    db.conn.execute("DELETE FROM vault_meta")
    db.conn.commit()
    for attempt in (
        lambda: vault.open_as_owner(Partner.A, PASS_A),
        lambda: vault.open_together(PASS_A, PASS_B),
        lambda: vault.change_passphrase(Partner.B, PASS_B, "Quiet harbour lamps at dusk"),
    ):
        with pytest.raises(VaultNotSetUp):
            attempt()
    db.close()


@pytest.mark.parametrize("cut", [1, 30])
def test_the_other_partners_share_cut_short_damages_only_the_together_read(
    tmp_path: Path, cut: int
) -> None:
    """Like a flipped byte in it (see ``unused_by`` above), B's share of A's moment cut short
    is B's and the together read's problem only: A alone still reads the moment through A's own
    copy, and keeps it through a passphrase change, instead of losing it to a row A never
    needed (the share's bytes are not under A's tag, which B could never sign again)."""
    new_a = "Velvet otter reads the tide"
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_app_db(folder / "openup.db")
    clock = FakeClock()
    vault = set_up_vault(db, clock)
    moment = save_as(vault, Partner.A, ItemKind.MOMENT, ItemContent(title="m", text="ours"))
    where = {"item_id": moment, "holder": "B", "role": ROLE_SHARE}
    share = _get(db, "vault_item_keys", "sealed", **where)
    assert isinstance(share, bytes)
    _set(db, "vault_item_keys", "sealed", share[:-cut], **where)
    db.conn.commit()
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert session.read(moment).content.text == "ours"
    with vault.open_together(PASS_A, PASS_B) as together:
        assert [type(r) for r in together.items()] == [DamagedItem]
    vault.change_passphrase(Partner.A, PASS_A, new_a)
    with vault.open_as_owner(Partner.A, new_a) as session:
        assert session.read(moment).content.text == "ours"
    db.close()
