"""Small shared vocabulary of the vault: partners, item kinds, format version, encodings.

Why its own module: every other vault module binds these values into associated data, so they
must be spelled exactly one way, in one place.
"""

from __future__ import annotations

import struct
from enum import StrEnum

#: Version of the stored format. It is a column on every row and bound into every AAD/info, so
#: rows cannot be replayed under a different interpretation; a future format bumps it.
FORMAT_VERSION = 1

# Byte sizes of the stored keys (see keys.py). Plain numbers here, so the schema and the
# repository can check lengths without loading ``cryptography`` (start-up doesn't need it).
MLKEM_SEED_BYTES = 64
X25519_BYTES = 32
PRIVATE_KEY_BYTES = MLKEM_SEED_BYTES + X25519_BYTES
MLKEM_PUBLIC_BYTES = 1184
PUBLIC_KEY_BYTES = MLKEM_PUBLIC_BYTES + X25519_BYTES
NONCE_BYTES = 12
TAG_BYTES = 16
WRAPPED_KEY_BYTES = PRIVATE_KEY_BYTES + TAG_BYTES


class Partner(StrEnum):
    """The two people sharing one vault.

    They are called "A" and "B" (stored as those one-letter strings) rather than 0/1 so that a
    stored row, an error message and the bound associated data all read the same way. Which
    person is A is decided by the UI at set-up; the vault only needs the two to differ.
    """

    A = "A"
    B = "B"

    @property
    def other(self) -> Partner:
        """The other partner: used to seal the second share of a moment."""
        return Partner.B if self is Partner.A else Partner.A


class ItemKind(StrEnum):
    """What an item is: a shared moment (two-of-two) or a private reflection (author only)."""

    MOMENT = "moment"
    REFLECTION = "reflection"


def parse_partner(value: object) -> Partner:
    """Turn a stored or caller value into a Partner, or raise ValueError for anything else.

    Stored values are untrusted (V5): this never crashes on an odd type, it raises ValueError.
    """
    if isinstance(value, str):
        try:
            return Partner(value)
        except ValueError:
            pass
    raise ValueError("not a partner")


def parse_kind(value: object) -> ItemKind:
    """Turn a stored or caller value into an ItemKind, or raise ValueError."""
    if isinstance(value, str):
        try:
            return ItemKind(value)
        except ValueError:
            pass
    raise ValueError("not an item kind")


_LENGTH = struct.Struct(">I")
_INT_HEAD = b"i" + _LENGTH.pack(8)
_INT = struct.Struct(">q")


def encode_context(label: str, *fields: bytes | str | int) -> bytes:
    """Encode a label and fields unambiguously for use as AEAD associated data or HPKE info.

    Each field is a type tag plus a 4-byte length plus its bytes, so no two different field
    lists can ever produce the same bytes (plain concatenation could: "ab"+"c" == "a"+"bc").
    Built from a list of parts joined once: opening a long list calls this several times per item.
    """
    raw_label = label.encode("ascii")
    parts = [_LENGTH.pack(len(raw_label)), raw_label]
    for field in fields:
        kind = type(field)
        if kind is str:
            raw = field.encode("utf-8")  # type: ignore[union-attr]
            parts += (b"s", _LENGTH.pack(len(raw)), raw)
        elif kind is bytes:
            parts += (b"b", _LENGTH.pack(len(field)), field)  # type: ignore[arg-type]
        elif kind is int:
            parts += (_INT_HEAD, _INT.pack(field))
        else:
            parts.append(_encode_other(field))
    return b"".join(parts)


def _encode_other(field: object) -> bytes:
    """The rarer field types (subclasses, bytearray, memoryview); bool is refused."""
    if isinstance(field, bool):  # bool is an int; refuse it to avoid silent ambiguity
        raise TypeError("bool is not a context field")
    if isinstance(field, int):
        return _INT_HEAD + _INT.pack(field)
    if isinstance(field, str):
        raw = field.encode("utf-8")
        return b"s" + _LENGTH.pack(len(raw)) + raw
    if isinstance(field, bytes | bytearray | memoryview):
        raw = bytes(field)
        return b"b" + _LENGTH.pack(len(raw)) + raw
    raise TypeError(f"unsupported context field type {type(field).__name__}")


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a secret buffer with zeros in place.

    Python cannot promise that no copy exists elsewhere (immutable ``bytes`` returned by the
    crypto library, the passphrase ``str``), but zeroing the buffers we own shortens how long
    key material sits in memory after lock.
    """
    if buffer is not None and len(buffer):
        buffer[:] = bytes(len(buffer))


def require_blob(
    value: object, *, length: int | None = None, max_length: int | None = None
) -> bytes:
    """Return a stored BLOB as bytes, or raise ValueError if its type or size is wrong.

    Why: a tampered column may hold TEXT or an INTEGER, and ``bytes(5)`` would silently make five
    zero bytes; every stored blob passes through here first.
    """
    if not isinstance(value, bytes):
        raise ValueError("not a blob")
    if length is not None and len(value) != length:
        raise ValueError("blob has the wrong length")
    if max_length is not None and len(value) > max_length:
        raise ValueError("blob too long")
    return value


def require_int(value: object, *, low: int, high: int) -> int:
    """Return a stored INTEGER within bounds, or raise ValueError (tampered data, V5)."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("integer out of range")
    return value
