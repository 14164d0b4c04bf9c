"""SQL access for the vault tables: rows in, rows out, transactions, wiping.

Why separate from the service: the service decides *what* is allowed and does the crypto; this
module only moves stored bytes, and treats every value read back as untrusted (the service and
:mod:`openup_desktop.vault.model` validate them).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openup_desktop.vault.kdf import SALT_BYTES, KdfParams
from openup_desktop.vault.model import (
    FORMAT_VERSION,
    NONCE_BYTES,
    PUBLIC_KEY_BYTES,
    WRAPPED_KEY_BYTES,
    Partner,
    encode_context,
    require_blob,
    require_int,
)

if TYPE_CHECKING:  # annotations only: the store opens without sqlite-utils
    import sqlite_utils

VAULT_ID_BYTES = 16


def enable_secure_delete(conn: sqlite3.Connection) -> None:
    """Make SQLite overwrite deleted content with zeros on this connection (V3).

    Per-connection setting, so the service sets it on the connection it is given.
    """
    conn.execute("PRAGMA secure_delete=ON")


def checkpoint_truncate(conn: sqlite3.Connection) -> bool:
    """Copy the WAL into the database and truncate it to zero bytes.

    Returns True when the checkpoint completed. After a withdrawal or passphrase change this is
    what removes the old page images (old ciphertext, old wrapped key) from the ``-wal`` file. It
    can't complete while another connection holds an old snapshot; then it says False and the
    next successful checkpoint finishes the job. In rollback-journal mode it is a no-op (True).
    """
    if conn.in_transaction:
        return False
    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is None or row[0] == 0


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One atomic write (V10): ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error.

    IMMEDIATE takes the write lock up front, so a read-then-write (e.g. the back-off counter)
    can't interleave with another connection. Inside a caller's transaction it nests as a
    savepoint instead, and the caller's commit decides.
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"openup_vault_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    try:
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


@contextlib.contextmanager
def read_snapshot(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """Several SELECTs seeing one consistent state (an item and its keys, a whole export)."""
    conn = db.conn
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.rollback()  # read-only: nothing to keep


# --- meta -------------------------------------------------------------------------------------


def load_vault_id(conn: sqlite3.Connection) -> bytes | None:
    """The vault id, or None before set-up. Raises ValueError if the row is malformed."""
    row = conn.execute("SELECT vault_id, format_version FROM vault_meta WHERE id = 1").fetchone()
    if row is None:
        return None
    require_int(row[1], low=FORMAT_VERSION, high=FORMAT_VERSION)
    return require_blob(row[0], length=VAULT_ID_BYTES)


def ensure_vault_id(conn: sqlite3.Connection) -> bytes:
    """Create the vault's random id on first set-up; return the existing one afterwards."""
    conn.execute(
        "INSERT OR IGNORE INTO vault_meta (id, vault_id, format_version) VALUES (1, ?, ?)",
        (os.urandom(VAULT_ID_BYTES), FORMAT_VERSION),
    )
    vault_id = load_vault_id(conn)
    assert vault_id is not None
    return vault_id


# --- partners ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """A validated ``vault_partners`` row (types and sizes checked, not yet authenticated)."""

    partner: Partner
    salt: bytes
    params: KdfParams
    wrap_nonce: bytes
    wrapped_private_key: bytes
    public_key: bytes
    row_check: bytes

    def expected_check(self, vault_id: bytes) -> bytes:
        """The plain SHA-256 this row should carry (see schema docstring for why)."""
        return compute_row_check(
            vault_id,
            self.partner,
            self.salt,
            self.params,
            self.wrap_nonce,
            self.wrapped_private_key,
            self.public_key,
        )


def compute_row_check(
    vault_id: bytes,
    partner: Partner,
    salt: bytes,
    params: KdfParams,
    wrap_nonce: bytes,
    wrapped: bytes,
    public_key: bytes,
) -> bytes:
    """SHA-256 over every field of a partner row plus the vault id (corruption detector)."""
    return hashlib.sha256(
        encode_context(
            "openup/vault/partner-row",
            FORMAT_VERSION,
            vault_id,
            partner.value,
            salt,
            params.memory_kib,
            params.iterations,
            params.lanes,
            wrap_nonce,
            wrapped,
            public_key,
        )
    ).digest()


_PARTNER_COLUMNS = (
    "partner, format_version, kdf_salt, kdf_memory_kib, kdf_iterations, kdf_lanes, "
    "wrap_nonce, wrapped_private_key, public_key, row_check"
)


def load_partner(conn: sqlite3.Connection, partner: Partner) -> PartnerRow | None:
    """The partner's row, or None if they haven't set up. ValueError if malformed."""
    row = conn.execute(
        f"SELECT {_PARTNER_COLUMNS} FROM vault_partners WHERE partner = ?", (partner.value,)
    ).fetchone()
    if row is None:
        return None
    return _partner_from_row(row, partner)


def _partner_from_row(row: Sequence[Any], partner: Partner) -> PartnerRow:
    require_int(row[1], low=FORMAT_VERSION, high=FORMAT_VERSION)
    params = KdfParams(
        memory_kib=require_int(row[3], low=1, high=2**40),
        iterations=require_int(row[4], low=1, high=2**40),
        lanes=require_int(row[5], low=1, high=2**40),
    )
    params.validate()
    return PartnerRow(
        partner=partner,
        salt=require_blob(row[2], length=SALT_BYTES),
        params=params,
        wrap_nonce=require_blob(row[6], length=NONCE_BYTES),
        wrapped_private_key=require_blob(row[7], length=WRAPPED_KEY_BYTES),
        public_key=require_blob(row[8], length=PUBLIC_KEY_BYTES),
        row_check=require_blob(row[9], length=32),
    )


def partner_exists(conn: sqlite3.Connection, partner: Partner) -> bool:
    """Whether the partner has a key row at all (even a damaged one)."""
    return (
        conn.execute("SELECT 1 FROM vault_partners WHERE partner = ?", (partner.value,)).fetchone()
        is not None
    )


def insert_partner(conn: sqlite3.Connection, row: PartnerRow) -> None:
    """Insert a new partner row (fails with IntegrityError if the partner exists)."""
    conn.execute(
        f"INSERT INTO vault_partners ({_PARTNER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.partner.value,
            FORMAT_VERSION,
            row.salt,
            row.params.memory_kib,
            row.params.iterations,
            row.params.lanes,
            row.wrap_nonce,
            row.wrapped_private_key,
            row.public_key,
            row.row_check,
        ),
    )


def replace_partner_keys(conn: sqlite3.Connection, old: PartnerRow, new: PartnerRow) -> bool:
    """Swap in a new wrapped key pair (and its public key), only if the row is still ``old``.

    The compare-and-swap means two concurrent passphrase changes can't both "win" and leave a key
    wrapped under a passphrase nobody knows. Returns False if the row changed meanwhile.
    """
    cursor = conn.execute(
        """
        UPDATE vault_partners
           SET kdf_salt = ?, kdf_memory_kib = ?, kdf_iterations = ?, kdf_lanes = ?,
               wrap_nonce = ?, wrapped_private_key = ?, public_key = ?, row_check = ?
         WHERE partner = ? AND wrapped_private_key = ? AND kdf_salt = ?
        """,
        (
            new.salt,
            new.params.memory_kib,
            new.params.iterations,
            new.params.lanes,
            new.wrap_nonce,
            new.wrapped_private_key,
            new.public_key,
            new.row_check,
            old.partner.value,
            old.wrapped_private_key,
            old.salt,
        ),
    )
    return cursor.rowcount == 1


def overwrite_partner(conn: sqlite3.Connection, row: PartnerRow) -> None:
    """Put ``row`` in place of whatever that partner's row holds (backups after a rotation)."""
    conn.execute("DELETE FROM vault_partners WHERE partner = ?", (row.partner.value,))
    insert_partner(conn, row)


def update_sealed_key(
    conn: sqlite3.Connection, item_id: str, holder: str, role: str, sealed: bytes
) -> None:
    """Replace one sealed key row (re-sealed to a new key pair, V8)."""
    conn.execute(
        "UPDATE vault_item_keys SET sealed = ? WHERE item_id = ? AND holder = ? AND role = ?",
        (sealed, item_id, holder, role),
    )


def swap_key_row(
    conn: sqlite3.Connection, item_id: str, holder: str, role: str, old: bytes, new: bytes
) -> bool:
    """Replace one key row only if it still holds ``old`` (moved to the wrapped form)."""
    cursor = conn.execute(
        "UPDATE vault_item_keys SET sealed = ? "
        "WHERE item_id = ? AND holder = ? AND role = ? AND sealed = ?",
        (new, item_id, holder, role, old),
    )
    return cursor.rowcount == 1


def swap_owner_tag(
    conn: sqlite3.Connection, item_id: str, old: bytes, new: bytes, ciphertext: bytes
) -> bool:
    """Replace an item's owner tag only if the tag and ciphertext are still the ones read."""
    cursor = conn.execute(
        "UPDATE vault_items SET owner_tag = ? "
        "WHERE item_id = ? AND owner_tag = ? AND ciphertext = ?",
        (new, item_id, old, ciphertext),
    )
    return cursor.rowcount == 1


def update_owner_tag(conn: sqlite3.Connection, item_id: str, tag: bytes) -> None:
    """Replace an item's owner tag (re-tagged with the owner's new key, V8)."""
    conn.execute("UPDATE vault_items SET owner_tag = ? WHERE item_id = ?", (tag, item_id))


def load_public_keys(conn: sqlite3.Connection) -> dict[Partner, bytes]:
    """Public keys of the partners that are set up (size-checked; may still be altered)."""
    keys: dict[Partner, bytes] = {}
    for partner in Partner:
        row = load_partner(conn, partner)
        if row is not None:
            keys[partner] = row.public_key
    return keys


# --- back-off ---------------------------------------------------------------------------------


def load_attempts(conn: sqlite3.Connection, partner: Partner) -> tuple[int, float | None]:
    """(failures in a row, time of the last one). Odd stored values count as no failures
    rather than a lock-out: the back-off must never become permanent (V6)."""
    row = conn.execute(
        "SELECT failed_count, last_failed_at FROM vault_unlock_attempts WHERE partner = ?",
        (partner.value,),
    ).fetchone()
    if row is None:
        return 0, None
    count, last = row
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        count = 0
    if not isinstance(last, int | float) or isinstance(last, bool):
        last = None
    return min(count, 1_000_000), (float(last) if last is not None else None)


def save_attempts(
    conn: sqlite3.Connection, partner: Partner, count: int, last_failed_at: float | None
) -> None:
    """Persist the back-off counters so a restart doesn't reset them (V6)."""
    conn.execute(
        """
        INSERT INTO vault_unlock_attempts (partner, failed_count, last_failed_at)
        VALUES (?, ?, ?)
        ON CONFLICT(partner) DO UPDATE SET
            failed_count = excluded.failed_count, last_failed_at = excluded.last_failed_at
        """,
        (partner.value, count, last_failed_at),
    )


# --- items ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredItem:
    """An item row exactly as stored: nothing here is trusted yet."""

    item_id: Any
    format_version: Any
    kind: Any
    owner: Any
    nonce: Any
    ciphertext: Any
    owner_tag: Any
    keys: tuple[tuple[Any, Any, Any], ...]  # (holder, role, sealed)


def insert_item(
    conn: sqlite3.Connection,
    *,
    item_id: str,
    kind: str,
    owner: str,
    nonce: bytes,
    ciphertext: bytes,
    owner_tag: bytes,
    keys: Sequence[tuple[str, str, bytes]],
) -> None:
    """Insert an item row and all its sealed keys (call inside :func:`write_transaction`)."""
    conn.execute(
        "INSERT INTO vault_items (item_id, format_version, kind, owner, nonce, ciphertext, "
        "owner_tag) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (item_id, FORMAT_VERSION, kind, owner, nonce, ciphertext, owner_tag),
    )
    conn.executemany(
        "INSERT INTO vault_item_keys (item_id, holder, role, sealed) VALUES (?, ?, ?, ?)",
        [(item_id, holder, role, sealed) for holder, role, sealed in keys],
    )


_ITEM_COLUMNS = "item_id, format_version, kind, owner, nonce, ciphertext, owner_tag"


def load_items(conn: sqlite3.Connection, item_id: str | None = None) -> list[StoredItem]:
    """All items (oldest first) or one, each with its sealed key rows."""
    if item_id is None:
        rows = conn.execute(f"SELECT {_ITEM_COLUMNS} FROM vault_items ORDER BY rowid").fetchall()
        key_rows = conn.execute(
            "SELECT item_id, holder, role, sealed FROM vault_item_keys"
        ).fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM vault_items WHERE item_id = ?", (item_id,)
        ).fetchall()
        key_rows = conn.execute(
            "SELECT item_id, holder, role, sealed FROM vault_item_keys WHERE item_id = ?",
            (item_id,),
        ).fetchall()
    return _with_keys(rows, key_rows)


def _with_keys(
    rows: Sequence[Sequence[Any]], key_rows: Iterable[Sequence[Any]]
) -> list[StoredItem]:
    """Item rows (the ``_ITEM_COLUMNS``) joined with their key rows (item id, holder, role,
    sealed), in the order of ``rows``."""
    by_item: dict[Any, list[tuple[Any, Any, Any]]] = {}
    for key_item_id, holder, role, sealed in key_rows:
        by_item.setdefault(key_item_id, []).append((holder, role, sealed))
    return [
        StoredItem(
            item_id=stored_id,
            format_version=version,
            kind=kind,
            owner=owner,
            nonce=nonce,
            ciphertext=ciphertext,
            owner_tag=owner_tag,
            keys=tuple(by_item.get(stored_id, ())),
        )
        for stored_id, version, kind, owner, nonce, ciphertext, owner_tag in rows
    ]


def load_items_before(
    conn: sqlite3.Connection, before_rowid: int | None, limit: int
) -> tuple[list[StoredItem], int | None]:
    """Up to ``limit`` items saved before ``before_rowid`` (all when None), newest first.

    Returns them with the rowid to continue from, or None when this page reached the oldest.
    """
    if before_rowid is None:
        rows = conn.execute(
            f"SELECT rowid, {_ITEM_COLUMNS} FROM vault_items ORDER BY rowid DESC LIMIT ?",
            (limit,),
        ).fetchall()
    else:
        rows = conn.execute(
            f"SELECT rowid, {_ITEM_COLUMNS} FROM vault_items WHERE rowid < ? "
            "ORDER BY rowid DESC LIMIT ?",
            (before_rowid, limit),
        ).fetchall()
    if not rows:
        return [], None
    ids = [row[1] for row in rows]
    key_rows: list[Sequence[Any]] = []
    for start in range(0, len(ids), 500):  # stay under SQLite's limit on bound values
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        key_rows += conn.execute(
            f"SELECT item_id, holder, role, sealed FROM vault_item_keys WHERE item_id IN ({marks})",
            chunk,
        ).fetchall()
    next_before = rows[-1][0] if len(rows) == limit else None
    return _with_keys([row[1:] for row in rows], key_rows), next_before


def count_items(conn: sqlite3.Connection, kinds: Sequence[str], owners: Sequence[str]) -> int:
    """How many stored items have one of ``kinds`` and one of ``owners`` (as stored)."""
    if not kinds or not owners:
        return 0
    kind_marks = ", ".join("?" for _ in kinds)
    owner_marks = ", ".join("?" for _ in owners)
    row = conn.execute(
        f"SELECT count(*) FROM vault_items WHERE kind IN ({kind_marks}) "
        f"AND owner IN ({owner_marks})",
        (*kinds, *owners),
    ).fetchone()
    return int(row[0])


def owner_of(conn: sqlite3.Connection, item_id: str) -> Any:
    """The stored owner column of an item, or None if there is no such item."""
    row = conn.execute("SELECT owner FROM vault_items WHERE item_id = ?", (item_id,)).fetchone()
    return None if row is None else row[0]


def delete_items(conn: sqlite3.Connection, item_ids: Sequence[str]) -> int:
    """Delete items and every sealed key of them (explicitly, not relying on foreign keys)."""
    removed = 0
    for item_id in item_ids:
        conn.execute("DELETE FROM vault_item_keys WHERE item_id = ?", (item_id,))
        removed += conn.execute("DELETE FROM vault_items WHERE item_id = ?", (item_id,)).rowcount
    return removed


def item_ids_owned_by(conn: sqlite3.Connection, owner: Partner, kinds: Sequence[str]) -> list[str]:
    """Ids of the items whose stored owner is ``owner`` and kind is one of ``kinds``."""
    marks = ", ".join("?" for _ in kinds)
    rows = conn.execute(
        f"SELECT item_id FROM vault_items WHERE owner = ? AND kind IN ({marks})",
        (owner.value, *kinds),
    ).fetchall()
    return [row[0] for row in rows]
