"""Item content, padding, and the per-item encryption that the service stores.

Why this shape:

* Each item has its own random 256-bit data key, so withdrawing an item (deleting its sealed
  keys) makes its ciphertext useless even in a copy taken earlier without those keys.
* Content is JSON padded to a size bucket, so the stored length says little about how much
  someone wrote.
* The associated data binds vault id, item id, kind, owner and format version: moving bytes to
  another row, changing the owner or turning a reflection into a moment breaks decryption (V5).
* A moment's key is split into two XOR shares; each alone is uniformly random, so one partner's
  share alone reveals nothing (V2). The owner also gets the whole key (owner reads alone).
"""

from __future__ import annotations

import hashlib
import json
import operator
import os
import re
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from openup_desktop.vault.errors import ITEM_TOO_LONG
from openup_desktop.vault.model import (
    FORMAT_VERSION,
    NONCE_BYTES,
    ItemKind,
    Partner,
    encode_context,
    wipe,
)

DATA_KEY_BYTES = 32
MIN_BUCKET = 512
LARGE_STEP = 64 * 1024
#: Largest JSON content accepted for one item; a moment is words, not files.
MAX_CONTENT_BYTES = 1024 * 1024
MAX_PADDED_BYTES = MAX_CONTENT_BYTES + LARGE_STEP
ITEM_ID_RE = re.compile(r"^[0-9a-f]{32}$")

ROLE_SHARE = "share"
ROLE_OWNER = "owner"

JsonScalar = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class ItemContent:
    """What a person keeps: all of it is encrypted, none of it is stored in the clear.

    ``created_at`` is an ISO-8601 string; the service fills it from its clock when left empty.
    ``extra`` takes further small metadata (JSON scalars only). ``repr()`` leaves out title, text
    and extra, so an item that ends up in a log line or a traceback doesn't leak words (V1).
    """

    title: str = field(repr=False)
    text: str = field(repr=False)
    talk_id: str | None = None
    prompt_id: str | None = None
    created_at: str | None = None
    extra: Mapping[str, JsonScalar] = field(default_factory=dict, repr=False)

    def to_json_bytes(self) -> bytes:
        """Serialise for encryption; raises ValueError for wrong types or oversized content."""
        for name in ("title", "text"):
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"{name} must be text")
        for name in ("talk_id", "prompt_id", "created_at"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} must be text or None")
        extra = dict(self.extra)
        for key, value in extra.items():
            if not isinstance(key, str) or not isinstance(value, JsonScalar):
                raise ValueError("extra must map text to plain values")
        doc: dict[str, Any] = {
            "v": FORMAT_VERSION,
            "title": self.title,
            "text": self.text,
            "talk_id": self.talk_id,
            "prompt_id": self.prompt_id,
            "created_at": self.created_at,
            "extra": extra,
        }
        raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        data = raw.encode("utf-8")
        if len(data) > MAX_CONTENT_BYTES:
            raise ValueError(ITEM_TOO_LONG())
        return data

    @classmethod
    def from_json_bytes(cls, data: bytes) -> ItemContent:
        """Parse decrypted content strictly; raises ValueError if it is not what we write."""
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("v") != FORMAT_VERSION:
            raise ValueError("unexpected content")
        title, text = doc.get("title"), doc.get("text")
        if not isinstance(title, str) or not isinstance(text, str):
            raise ValueError("unexpected content")
        optional: dict[str, str | None] = {}
        for name in ("talk_id", "prompt_id", "created_at"):
            value = doc.get(name)
            if value is not None and not isinstance(value, str):
                raise ValueError("unexpected content")
            optional[name] = value
        extra = doc.get("extra", {})
        if not isinstance(extra, dict) or not all(
            isinstance(value, JsonScalar) for value in extra.values()
        ):
            raise ValueError("unexpected content")
        return cls(title=title, text=text, extra=extra, **optional)


def bucket_size(length: int) -> int:
    """Padded size for ``length`` bytes of framed content.

    Powers of two from 512 B to 64 KiB, then whole multiples of 64 KiB: overhead at most 2x for
    small items (cheap) and under 64 KiB for large ones.
    """
    size = MIN_BUCKET
    while size < length and size < LARGE_STEP:
        size *= 2
    if size >= length:
        return size
    return -(-length // LARGE_STEP) * LARGE_STEP


def pad(data: bytes) -> bytearray:
    """Frame ``data`` with its 4-byte length and zero-pad to its bucket."""
    framed_len = 4 + len(data)
    out = bytearray(bucket_size(framed_len))
    out[:4] = struct.pack(">I", len(data))
    out[4:framed_len] = data
    return out


def unpad(padded: bytes | bytearray) -> bytes:
    """Undo :func:`pad`; raises ValueError unless the framing and zero padding are exact."""
    if len(padded) < 4 or len(padded) != bucket_size(len(padded)):
        raise ValueError("bad padding")
    (length,) = struct.unpack(">I", bytes(padded[:4]))
    if length > len(padded) - 4 or padded.count(0, 4 + length) != len(padded) - 4 - length:
        raise ValueError("bad padding")
    return bytes(padded[4 : 4 + length])


def new_item_id() -> str:
    """128 random bits as 32 lowercase hex characters."""
    return os.urandom(16).hex()


def content_aad(vault_id: bytes, item_id: str, kind: ItemKind, owner: Partner) -> bytes:
    """Associated data for an item's content (binds where and whose it is)."""
    return encode_context(
        "openup/vault/item-content", FORMAT_VERSION, vault_id, item_id, kind.value, owner.value
    )


def key_info(
    vault_id: bytes, item_id: str, kind: ItemKind, owner: Partner, holder: Partner, role: str
) -> bytes:
    """HPKE ``info`` for one sealed key: binds item, holder and role (share vs owner copy).

    So a share can't be presented as an owner copy, or moved to another item or partner.
    """
    return encode_context(
        "openup/vault/item-key",
        FORMAT_VERSION,
        vault_id,
        item_id,
        kind.value,
        owner.value,
        holder.value,
        role,
    )


class ItemBindings:
    """:func:`content_aad` and :func:`key_info` of one item, built from shared parts.

    Why: opening a long list needs both for every item, and encoding the same vault id and
    labels again each time cost more than the decryption. The bytes are exactly those of the
    two functions (a test compares them).
    """

    __slots__ = ("_content", "_key")

    def __init__(self, vault_id: bytes, item_id: str, kind: ItemKind, owner: Partner) -> None:
        tail = encode_context("", FORMAT_VERSION, vault_id, item_id, kind.value, owner.value)[4:]
        self._content = _CONTENT_LABEL + tail
        self._key = _KEY_LABEL + tail

    @property
    def content_aad(self) -> bytes:
        return self._content

    def key_info(self, holder: Partner, role: str) -> bytes:
        return self._key + _HOLDER_ROLE[(holder, role)]


_CONTENT_LABEL = encode_context("openup/vault/item-content")
_KEY_LABEL = encode_context("openup/vault/item-key")
_HOLDER_ROLE = {
    (holder, role): encode_context("", holder.value, role)[4:]
    for holder in Partner
    for role in (ROLE_SHARE, ROLE_OWNER)
}


def _tag_fields(
    vault_id: bytes,
    item_id: str,
    kind: ItemKind,
    owner: Partner,
    nonce: bytes,
    ciphertext: bytes,
    row_count: int,
) -> list[bytes | str | int]:
    """What every owner tag covers first, in this order (both tag versions share it)."""
    return [
        FORMAT_VERSION,
        vault_id,
        item_id,
        kind.value,
        owner.value,
        nonce,
        hashlib.sha256(ciphertext).digest(),
        row_count,
    ]


def owner_tag_message(
    vault_id: bytes,
    item_id: str,
    kind: ItemKind,
    owner: Partner,
    nonce: bytes,
    ciphertext: bytes,
    key_rows: Iterable[tuple[str, str, bytes]],
) -> bytes:
    """What the owner's tag covered before key rotation: the whole item row and every sealed key
    row of it. Still accepted when reading items saved before (see :func:`owner_tag_message_v2`).

    ``key_rows`` are (holder, role, sealed); they are sorted here so storage order doesn't matter,
    and an added, removed or altered key row changes the message.
    """
    rows = sorted(key_rows, key=lambda r: (r[0], r[1]))
    fields = _tag_fields(vault_id, item_id, kind, owner, nonce, ciphertext, len(rows))
    for holder, role, sealed in rows:
        fields += [holder, role, hashlib.sha256(sealed).digest()]
    return encode_context("openup/vault/item-tag", *fields)


def owner_tag_message_v2(
    vault_id: bytes,
    item_id: str,
    kind: ItemKind,
    owner: Partner,
    nonce: bytes,
    ciphertext: bytes,
    key_rows: Iterable[tuple[str, str, bytes]],
) -> bytes:
    """What the owner's tag covers since key rotation (V8); what new items are tagged with.

    Like :func:`owner_tag_message`, except that a key row held by the *other* partner is covered
    by its holder and role only, not its sealed bytes: that partner re-seals their share when
    they change their passphrase, and the owner's key (which only the owner has) can't re-sign
    it then. A replaced or altered share can't reveal or forge anything: the content, nonce and
    the owner's own copy stay covered here, and a wrong share only makes the together read fail
    its AES-GCM check, which shows the item as altered (together sessions read through shares).
    """
    rows = sorted(key_rows, key=lambda r: (r[0], r[1]))
    fields = _tag_fields(vault_id, item_id, kind, owner, nonce, ciphertext, len(rows))
    for holder, role, sealed in rows:
        if holder == owner.value:
            fields += [holder, role, hashlib.sha256(sealed).digest()]
        else:
            fields += [holder, role]
    return encode_context("openup/vault/item-tag/2", *fields)


def split_key(data_key: bytearray) -> tuple[bytearray, bytearray]:
    """XOR-split: ``share_a`` is fresh randomness, ``share_b = key XOR share_a``."""
    share_a = bytearray(os.urandom(len(data_key)))
    share_b = bytearray(k ^ a for k, a in zip(data_key, share_a, strict=True))
    return share_a, share_b


def join_shares(share_a: bytearray, share_b: bytearray) -> bytearray:
    """Recombine two XOR shares (both must be 32 bytes)."""
    if len(share_a) != DATA_KEY_BYTES or len(share_b) != DATA_KEY_BYTES:
        raise ValueError("share has the wrong size")
    return bytearray(map(operator.xor, share_a, share_b))


def encrypt_content(data_key: bytearray, content: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce (the key is fresh per item anyway)."""
    padded = pad(content)
    nonce = os.urandom(NONCE_BYTES)
    try:
        return nonce, AESGCM(data_key).encrypt(nonce, bytes(padded), aad)
    finally:
        wipe(padded)


def decrypt_content(data_key: bytearray, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """Decrypt and unpad; raises InvalidTag/ValueError for anything altered."""
    if len(data_key) != DATA_KEY_BYTES or len(nonce) != NONCE_BYTES:
        raise ValueError("bad key or nonce size")
    padded = bytearray(AESGCM(data_key).decrypt(nonce, ciphertext, aad))
    try:
        return unpad(padded)
    finally:
        wipe(padded)
