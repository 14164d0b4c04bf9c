"""Export the vault to one file and import it into a fresh install.

Why this way: a backup must be safe to leave anywhere, so it carries only what is already
sealed in the database (ciphertext, sealed keys, wrapped private keys, public keys) — no unlock
is needed to make it, and restoring needs only the file and the passphrases. The back-off
counters are not exported.

File layout (binary, so a truncated or foreign file is recognised at once)::

    MAGIC (20 bytes) | version (u32 BE) | payload length (u64 BE) | payload (UTF-8 JSON,
    binary fields base64) | SHA-256 of everything before it (32 bytes)

The checksum is for damage detection, not security: every secret inside is authenticated by its
own AEAD, so an edited file at worst shows items as altered after restore (V5).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import sqlite3
import struct
from pathlib import Path
from typing import Any

import sqlite_utils

from openup_desktop.files.atomic import write_atomically
from openup_desktop.vault import errors
from openup_desktop.vault import repository as repo
from openup_desktop.vault.errors import (
    VaultDataAltered,
    VaultFileInvalid,
    VaultNotEmpty,
    VaultNotSetUp,
)
from openup_desktop.vault.items import ITEM_ID_RE, MAX_PADDED_BYTES, ROLE_OWNER, ROLE_SHARE
from openup_desktop.vault.kdf import SALT_BYTES, KdfParams
from openup_desktop.vault.keys import (
    KEY_ROW_SIZES,
    NONCE_BYTES,
    PUBLIC_KEY_BYTES,
    TAG_BYTES,
    WRAPPED_KEY_BYTES,
)
from openup_desktop.vault.model import (
    FORMAT_VERSION,
    Partner,
    parse_kind,
    parse_partner,
    require_blob,
    require_int,
)
from openup_desktop.vault.schema import VAULT_TABLES

MAGIC = b"OPENUP-VAULT-EXPORT\n"
EXPORT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024 * 1024
_HEADER = struct.Struct(">IQ")

MSG_FOREIGN = errors.FILE_FOREIGN()
MSG_NEWER = errors.FILE_NEWER()
MSG_DAMAGED = errors.FILE_DAMAGED()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, *, length: int | None = None, max_length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(value.encode("ascii"), validate=True)
    return require_blob(data, length=length, max_length=max_length)


# --- export -----------------------------------------------------------------------------------


def export_vault(db: sqlite_utils.Database, path: str | os.PathLike[str]) -> int:
    """Write every sealed row to ``path`` atomically; returns the number of items written.

    Items whose stored fields don't even have the right types are left out (nothing could ever
    open them); items that are only cryptographically damaged are kept, byte for byte.
    """
    payload = _collect(db)
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    head = MAGIC + _HEADER.pack(EXPORT_VERSION, len(body))
    data = head + body
    data += hashlib.sha256(data).digest()
    write_atomically(Path(path), data)
    return len(payload["items"])


def _collect(db: sqlite_utils.Database) -> dict[str, Any]:
    with repo.read_snapshot(db) as conn:
        try:
            vault_id = repo.load_vault_id(conn)
        except ValueError:
            raise VaultDataAltered() from None
        if vault_id is None:
            raise VaultNotSetUp(errors.NOTHING_TO_EXPORT())
        partners = []
        for partner in Partner:
            try:
                row = repo.load_partner(conn, partner)
            except ValueError:
                raise VaultDataAltered() from None
            if row is None:
                continue
            partners.append(
                {
                    "partner": partner.value,
                    "kdf_salt": _b64(row.salt),
                    "kdf_memory_kib": row.params.memory_kib,
                    "kdf_iterations": row.params.iterations,
                    "kdf_lanes": row.params.lanes,
                    "wrap_nonce": _b64(row.wrap_nonce),
                    "wrapped_private_key": _b64(row.wrapped_private_key),
                    "public_key": _b64(row.public_key),
                    "row_check": _b64(row.row_check),
                }
            )
        items = []
        for stored in repo.load_items(conn):
            try:
                items.append(_item_to_json(stored))
            except ValueError:
                continue
    return {
        "format_version": FORMAT_VERSION,
        "vault_id": _b64(vault_id),
        "partners": partners,
        "items": items,
    }


def _item_to_json(stored: repo.StoredItem) -> dict[str, Any]:
    for value in (stored.item_id, stored.kind, stored.owner):
        if not isinstance(value, str):
            raise ValueError("bad item row")
    keys = []
    for holder, role, sealed in stored.keys:
        if not isinstance(holder, str) or not isinstance(role, str):
            raise ValueError("bad key row")
        keys.append({"holder": holder, "role": role, "sealed": _b64(require_blob(sealed))})
    return {
        "item_id": stored.item_id,
        "format_version": require_int(stored.format_version, low=0, high=2**31),
        "kind": stored.kind,
        "owner": stored.owner,
        "nonce": _b64(require_blob(stored.nonce)),
        "ciphertext": _b64(require_blob(stored.ciphertext)),
        "owner_tag": _b64(require_blob(stored.owner_tag)),
        "keys": keys,
    }


# --- import -----------------------------------------------------------------------------------


def import_vault(db: sqlite_utils.Database, path: str | os.PathLike[str]) -> int:
    """Restore an export into a fresh install; returns the number of items restored.

    All checks run before anything is written, and the write is one transaction, so a damaged,
    truncated or foreign file — or a vault already present — changes nothing.
    """
    payload = _read_payload(Path(path))
    vault_id, partners, items = _validate(payload)
    with repo.write_transaction(db) as conn:
        if _has_vault_rows(conn):
            raise VaultNotEmpty()
        conn.execute(
            "INSERT INTO vault_meta (id, vault_id, format_version) VALUES (1, ?, ?)",
            (vault_id, FORMAT_VERSION),
        )
        for row in partners:
            repo.insert_partner(conn, row)
            repo.save_attempts(conn, row.partner, 0, None)
        for item in items:
            repo.insert_item(conn, **item)
    return len(items)


def _has_vault_rows(conn: sqlite3.Connection) -> bool:
    return any(
        conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
        for table in VAULT_TABLES
        if table not in ("vault_unlock_attempts", "vault_forget_todo", "vault_rotation_todo")
    )


def _read_payload(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise VaultFileInvalid(MSG_DAMAGED)
        data = path.read_bytes()
    except OSError:
        raise VaultFileInvalid(errors.FILE_UNREADABLE()) from None
    if not data.startswith(MAGIC):
        raise VaultFileInvalid(MSG_FOREIGN)
    if len(data) < len(MAGIC) + _HEADER.size + 32:
        raise VaultFileInvalid(MSG_DAMAGED)
    version, length = _HEADER.unpack_from(data, len(MAGIC))
    if version != EXPORT_VERSION:
        raise VaultFileInvalid(MSG_NEWER if version > EXPORT_VERSION else MSG_DAMAGED)
    start = len(MAGIC) + _HEADER.size
    if start + length + 32 != len(data):
        raise VaultFileInvalid(MSG_DAMAGED)
    if hashlib.sha256(data[: start + length]).digest() != data[start + length :]:
        raise VaultFileInvalid(MSG_DAMAGED)
    try:
        return json.loads(data[start : start + length].decode("utf-8"))
    except ValueError:
        raise VaultFileInvalid(MSG_DAMAGED) from None


def _validate(payload: Any) -> tuple[bytes, list[repo.PartnerRow], list[dict[str, Any]]]:
    """Check the whole payload's shape before writing anything."""
    try:
        if not isinstance(payload, dict):
            raise ValueError("payload")
        if payload.get("format_version") != FORMAT_VERSION:
            raise ValueError("format")
        vault_id = _unb64(payload.get("vault_id"), length=repo.VAULT_ID_BYTES)
        partners = [_partner_from_json(entry, vault_id) for entry in _list(payload, "partners")]
        if len({row.partner for row in partners}) != len(partners) or not partners:
            raise ValueError("partners")
        items = [_item_from_json(entry) for entry in _list(payload, "items")]
        if len({item["item_id"] for item in items}) != len(items):
            raise ValueError("duplicate items")
    except (ValueError, TypeError, KeyError, binascii.Error, OverflowError):
        raise VaultFileInvalid(MSG_DAMAGED) from None
    return vault_id, partners, items


def _list(payload: dict[str, Any], name: str) -> list[Any]:
    value = payload.get(name)
    if not isinstance(value, list):
        raise ValueError(name)
    return value


def _partner_from_json(entry: Any, vault_id: bytes) -> repo.PartnerRow:
    if not isinstance(entry, dict):
        raise ValueError("partner")
    params = KdfParams(
        memory_kib=require_int(entry["kdf_memory_kib"], low=1, high=2**40),
        iterations=require_int(entry["kdf_iterations"], low=1, high=2**40),
        lanes=require_int(entry["kdf_lanes"], low=1, high=2**40),
    )
    params.validate()
    row = repo.PartnerRow(
        partner=parse_partner(entry["partner"]),
        salt=_unb64(entry["kdf_salt"], length=SALT_BYTES),
        params=params,
        wrap_nonce=_unb64(entry["wrap_nonce"], length=NONCE_BYTES),
        wrapped_private_key=_unb64(entry["wrapped_private_key"], length=WRAPPED_KEY_BYTES),
        public_key=_unb64(entry["public_key"], length=PUBLIC_KEY_BYTES),
        row_check=_unb64(entry["row_check"], length=32),
    )
    if row.row_check != row.expected_check(vault_id):
        raise ValueError("partner row check")
    return row


def _item_from_json(entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ValueError("item")
    item_id = entry["item_id"]
    if not isinstance(item_id, str) or not ITEM_ID_RE.match(item_id):
        raise ValueError("item id")
    require_int(entry["format_version"], low=FORMAT_VERSION, high=FORMAT_VERSION)
    keys = []
    seen = set()
    for key in entry["keys"]:
        if not isinstance(key, dict):
            raise ValueError("key")
        holder = parse_partner(key["holder"]).value
        role = key["role"]
        if role not in (ROLE_SHARE, ROLE_OWNER) or (holder, role) in seen:
            raise ValueError("key role")
        seen.add((holder, role))
        sealed = _unb64(key["sealed"])
        if len(sealed) not in KEY_ROW_SIZES:
            raise ValueError("key row size")
        keys.append((holder, role, sealed))
    return {
        "item_id": item_id,
        "kind": parse_kind(entry["kind"]).value,
        "owner": parse_partner(entry["owner"]).value,
        "nonce": _unb64(entry["nonce"], length=NONCE_BYTES),
        "ciphertext": _unb64(entry["ciphertext"], max_length=MAX_PADDED_BYTES + TAG_BYTES),
        "owner_tag": _unb64(entry["owner_tag"], length=32),
        "keys": keys,
    }
