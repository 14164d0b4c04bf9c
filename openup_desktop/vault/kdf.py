"""Passphrase → key with Argon2id (RFC 9106), parameters stored beside the salt.

Why Argon2id with these numbers: the data folder can be copied and attacked offline (threat 1 and
2 in vault.md), so each guess must cost real memory and time. The floor is RFC 9106's second
recommended setting (64 MiB, t=3, p=4); production uses twice the memory, which measured about
0.25 s per derivation on the 2-core reference machine and stays within the 0.3–1 s target on a
typical laptop. Tests pass a fast :class:`KdfParams` through exactly the same code path.

The functions here are pure and blocking: they share no mutable state, so the Qt layer may run
them on a worker thread (and should — a derivation takes a noticeable fraction of a second).
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

SALT_BYTES = 16
KEY_BYTES = 32

#: Bounds a stored parameter set must fall in before we run it. The upper bounds stop altered
#: data from making unlock hang or exhaust memory (V5: "nothing crashes"); they are far above
#: anything we write.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_PASSPHRASE_CHARS = 1024


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters; ``memory_kib`` is in KiB as Argon2 defines it."""

    memory_kib: int
    iterations: int
    lanes: int

    def validate(self) -> None:
        """Raise ValueError unless these parameters are sane enough to run.

        Stored parameters are untrusted until the wrapped key authenticates them, and we must run
        the KDF before that can happen, so the bounds are checked first.
        """
        for value in (self.memory_kib, self.iterations, self.lanes):
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError("KDF parameters must be integers")
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError("KDF lanes out of range")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError("KDF iterations out of range")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError("KDF memory out of range")

    def at_least(self, floor: KdfParams) -> bool:
        """True if every cost is at least the floor's (used by the production-params test)."""
        return (
            self.memory_kib >= floor.memory_kib
            and self.iterations >= floor.iterations
            and self.lanes >= floor.lanes
        )


#: RFC 9106 §4 second recommended option; nothing below this may ship.
KDF_FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)

#: What new passphrases are wrapped with in the app: 1.5x the floor's memory. Measured on a
#: 2-core laptop-class machine (benchmarks/vault.py): about 0.3 s for one partner, so that
#: "open together" (two derivations) stays within the 1 s goal.
PRODUCTION_KDF_PARAMS = KdfParams(memory_kib=96 * 1024, iterations=3, lanes=4)


def new_salt() -> bytes:
    """A fresh random salt; a new one on every passphrase change, so old guesses don't carry."""
    return os.urandom(SALT_BYTES)


def normalize_passphrase(passphrase: str) -> bytes:
    """UTF-8 of the NFC form, so the same words typed on another keyboard or OS still match.

    Nothing else is changed (no trimming, no case folding): spaces and case are the person's.
    """
    if not isinstance(passphrase, str):
        raise TypeError("passphrase must be a str")
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise ValueError("passphrase too long")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """Derive the 32-byte wrapping key into a fresh ``bytearray`` the caller must wipe.

    Blocking and thread-safe (no shared state). Raises ValueError for a bad salt or parameters.
    """
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # on first use, not start-up

    params.validate()
    if not isinstance(salt, bytes) or len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    material = bytearray(normalize_passphrase(passphrase))
    out = bytearray(KEY_BYTES)
    try:
        # cryptography's stub types key_material as bytes, but its Rust side takes any buffer; a
        # bytearray is what lets the passphrase be wiped below, so the stub is ignored here.
        Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive_into(material, out)  # type: ignore[arg-type]
    finally:
        material[:] = bytes(len(material))
    return out
