"""Vault tables. Called from the app's migration; safe to call again (idempotent).

Why these tables:

* ``vault_meta`` — one row: the random vault id bound into every AAD, and the format version.
* ``vault_partners`` — per partner: Argon2id salt and parameters, the wrapped private key, the
  public key in the clear (so moments can be sealed to the other partner without them), and
  ``row_check``, a plain SHA-256 of the row. The check is *not* a security control (anyone can
  recompute it); it lets unlock say "the data was altered or damaged" instead of "wrong
  passphrase" for an accidentally damaged row, without counting a failed try. Authentication is
  the AES-GCM associated data of the wrapped key.
* ``vault_unlock_attempts`` — the back-off counters (V6), kept apart so the key row is only
  written on set-up and passphrase change.
* ``vault_forget_todo`` / ``vault_rotation_todo`` — what every backup copy still has to forget
  or re-key (V13, V8), written in the same transaction as the withdrawal or rotation, emptied
  by :mod:`openup_desktop.vault.upkeep` once every copy is clean. Ids and public keys only.
* ``vault_items`` / ``vault_item_keys`` — ciphertext and the HPKE-sealed keys. Nothing readable
  is in the clear except item id, kind, owner and format version, which are needed to route
  reads and are bound into the encryption, so changing them is detected (V5).

CHECK constraints catch our own bugs; the code still treats every stored value as untrusted,
because someone editing the file can bypass them.
"""

from __future__ import annotations

import sqlite_utils

from openup_desktop.vault.model import NONCE_BYTES, PUBLIC_KEY_BYTES, WRAPPED_KEY_BYTES

_STATEMENTS = (
    """
    CREATE TABLE IF NOT EXISTS vault_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        vault_id BLOB NOT NULL CHECK (length(vault_id) = 16),
        format_version INTEGER NOT NULL
    )
    """,
    f"""
    CREATE TABLE IF NOT EXISTS vault_partners (
        partner TEXT PRIMARY KEY CHECK (partner IN ('A', 'B')),
        format_version INTEGER NOT NULL,
        kdf_salt BLOB NOT NULL CHECK (length(kdf_salt) = 16),
        kdf_memory_kib INTEGER NOT NULL,
        kdf_iterations INTEGER NOT NULL,
        kdf_lanes INTEGER NOT NULL,
        wrap_nonce BLOB NOT NULL CHECK (length(wrap_nonce) = {NONCE_BYTES}),
        wrapped_private_key BLOB NOT NULL CHECK (length(wrapped_private_key) = {WRAPPED_KEY_BYTES}),
        public_key BLOB NOT NULL CHECK (length(public_key) = {PUBLIC_KEY_BYTES}),
        row_check BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS vault_unlock_attempts (
        partner TEXT PRIMARY KEY CHECK (partner IN ('A', 'B')),
        failed_count INTEGER NOT NULL DEFAULT 0,
        last_failed_at REAL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS vault_items (
        item_id TEXT PRIMARY KEY,
        format_version INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('moment', 'reflection')),
        owner TEXT NOT NULL CHECK (owner IN ('A', 'B')),
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        owner_tag BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS vault_item_keys (
        item_id TEXT NOT NULL REFERENCES vault_items(item_id) ON DELETE CASCADE,
        holder TEXT NOT NULL CHECK (holder IN ('A', 'B')),
        role TEXT NOT NULL CHECK (role IN ('share', 'owner')),
        sealed BLOB NOT NULL,
        PRIMARY KEY (item_id, holder, role)
    )
    """,
    "CREATE INDEX IF NOT EXISTS vault_items_owner ON vault_items(owner)",
    """
    CREATE TABLE IF NOT EXISTS vault_forget_todo (
        item_id TEXT PRIMARY KEY,
        noted_at REAL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS vault_rotation_todo (
        partner TEXT PRIMARY KEY CHECK (partner IN ('A', 'B')),
        public_key BLOB NOT NULL
    )
    """,
)

VAULT_TABLES = (
    "vault_meta",
    "vault_partners",
    "vault_unlock_attempts",
    "vault_items",
    "vault_item_keys",
    "vault_forget_todo",
    "vault_rotation_todo",
)


def create_vault_tables(db: sqlite_utils.Database) -> None:
    """Create the vault tables if missing. Idempotent; does not commit a caller's transaction.

    Runs each statement through the raw connection so a migration framework that wraps this in
    its own transaction keeps control of commit/rollback.
    """
    for statement in _STATEMENTS:
        db.conn.execute(statement)
