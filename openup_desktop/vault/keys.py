"""Per-partner HPKE key pairs, wrapping under the passphrase key, sealing to a partner.

Why HPKE with ML-KEM-768 + X25519: public keys let a share be sealed to a partner without their
passphrase, and the hybrid KEM keeps moments sealed today safe if quantum computers arrive, while
X25519 still protects if ML-KEM turns out weak. Everything here calls ``cryptography``; nothing
is hand-rolled.

The hybrid private key object has no serialisation of its own, so we keep its two parts: the
64-byte ML-KEM-768 seed and the 32-byte X25519 private key (96 bytes, held in a ``bytearray``
that :meth:`PartnerKeyPair.wipe` zeroes). The public key is stored as ML-KEM public bytes
(1,184) followed by X25519 public bytes (32).

Item keys are kept in one of two forms. *Sealed* (HPKE to a public key, 1,168 bytes) is what
anyone can make without the holder's passphrase: the other partner's share of a moment saved
while only its owner was there. *Wrapped* (AES-256-GCM under the holder's **row key**, 60
bytes) is what the holder makes once their key pair is unlocked. The row key is derived (HKDF)
from the private key at unlock and lives only in memory, so a wrapped row opens for exactly the
same person as a sealed one, and is as safe against a quantum computer (AES-256), but costs
about a microsecond instead of an ML-KEM decapsulation: what lets 10,000 moments open in well
under a second.
"""

from __future__ import annotations

import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from openup_desktop.vault.kdf import KdfParams
from openup_desktop.vault.model import FORMAT_VERSION, Partner, encode_context, wipe

# The sizes are plain numbers in model.py (the schema checks lengths without cryptography);
# they stay importable from here, where they belong to the keys.
from openup_desktop.vault.model import MLKEM_PUBLIC_BYTES as MLKEM_PUBLIC_BYTES
from openup_desktop.vault.model import MLKEM_SEED_BYTES as MLKEM_SEED_BYTES
from openup_desktop.vault.model import NONCE_BYTES as NONCE_BYTES
from openup_desktop.vault.model import PRIVATE_KEY_BYTES as PRIVATE_KEY_BYTES
from openup_desktop.vault.model import PUBLIC_KEY_BYTES as PUBLIC_KEY_BYTES
from openup_desktop.vault.model import TAG_BYTES as TAG_BYTES
from openup_desktop.vault.model import WRAPPED_KEY_BYTES as WRAPPED_KEY_BYTES
from openup_desktop.vault.model import X25519_BYTES as X25519_BYTES

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)

#: HPKE output for a 32-byte secret: encapsulated key + ciphertext + tag.
SEALED_SECRET_BYTES = hpke.KEM.MLKEM768_X25519.enc_length() + 32 + TAG_BYTES
#: A 32-byte secret wrapped under a holder's row key: nonce + ciphertext + tag.
WRAPPED_SECRET_BYTES = NONCE_BYTES + 32 + TAG_BYTES
#: The two stored forms of an item key row (see the module docstring).
KEY_ROW_SIZES = (SEALED_SECRET_BYTES, WRAPPED_SECRET_BYTES)


def is_wrapped(row: bytes) -> bool:
    """True for a row in the fast, holder-wrapped form (False for an HPKE-sealed one)."""
    return len(row) == WRAPPED_SECRET_BYTES


def public_key_from_bytes(data: bytes) -> hpke.MLKEM768X25519PublicKey:
    """Rebuild a stored public key; raises ValueError if the bytes are not a valid key."""
    if not isinstance(data, bytes) or len(data) != PUBLIC_KEY_BYTES:
        raise ValueError("public key has the wrong size")
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(data[:MLKEM_PUBLIC_BYTES]),
        x25519.X25519PublicKey.from_public_bytes(data[MLKEM_PUBLIC_BYTES:]),
    )


class PartnerKeyPair:
    """One partner's unlocked private key, plus the keys derived from it.

    ``auth_key`` (HKDF of the private key) lets the owner tag each item they save, so an item
    forged by someone holding only the public keys (anyone with the data folder) is detected
    as altered instead of being shown in the owner's name.
    """

    __slots__ = (
        "_auth_key",
        "_private",
        "_row_key",
        "_row_wrapper",
        "_secret",
        "partner",
        "public_bytes",
    )

    def __init__(self, partner: Partner, secret: bytearray, vault_id: bytes) -> None:
        """Take ownership of ``secret`` (96 bytes) — it is wiped by :meth:`wipe`."""
        if len(secret) != PRIVATE_KEY_BYTES:
            raise ValueError("private key has the wrong size")
        with memoryview(secret) as view:
            mlkem_key = mlkem.MLKEM768PrivateKey.from_seed_bytes(view[:MLKEM_SEED_BYTES])
            x_key = x25519.X25519PrivateKey.from_private_bytes(view[MLKEM_SEED_BYTES:])
        self.partner = partner
        self._secret: bytearray = secret
        self._private: hpke.MLKEM768X25519PrivateKey | None = hpke.MLKEM768X25519PrivateKey(
            mlkem_key, x_key
        )
        self.public_bytes: bytes = (
            mlkem_key.public_key().public_bytes_raw() + x_key.public_key().public_bytes_raw()
        )
        self._auth_key = _derive(secret, vault_id, "openup/vault/owner-auth", partner)
        # The row key (see the module docstring): never stored, gone when the pair is wiped.
        self._row_key = _derive(secret, vault_id, "openup/vault/row-key", partner)
        self._row_wrapper: AESGCM | None = AESGCM(self._row_key)

    @classmethod
    def generate(cls, partner: Partner, vault_id: bytes) -> PartnerKeyPair:
        """A fresh random key pair for a partner being set up."""
        mlkem_key = mlkem.MLKEM768PrivateKey.generate()
        x_key = x25519.X25519PrivateKey.generate()
        secret = bytearray(PRIVATE_KEY_BYTES)
        secret[:MLKEM_SEED_BYTES] = mlkem_key.private_bytes_raw()
        secret[MLKEM_SEED_BYTES:] = x_key.private_bytes_raw()
        return cls(partner, secret, vault_id)

    @property
    def wiped(self) -> bool:
        """True once :meth:`wipe` ran; the pair can't be used after that."""
        return self._private is None

    def _require(self) -> hpke.MLKEM768X25519PrivateKey:
        if self._private is None:
            raise RuntimeError("key pair was wiped")
        return self._private

    def open_sealed(self, sealed: bytes, info: bytes) -> bytearray:
        """HPKE-open a secret sealed to this partner; raises InvalidTag/ValueError if altered."""
        plain = SUITE.decrypt(sealed, self._require(), info=info)
        return bytearray(plain)

    def wrap_secret(self, secret: bytes | bytearray, aad: bytes) -> bytes:
        """Wrap an item key (or share) held by this partner under their row key."""
        wrapper = self._require_wrapper()
        nonce = os.urandom(NONCE_BYTES)
        return nonce + wrapper.encrypt(nonce, bytes(secret), aad)

    def open_key_row(self, row: bytes, aad: bytes) -> bytearray:
        """Open an item key row in either stored form; InvalidTag/ValueError if altered.

        ``aad`` is the row's binding (vault, item, kind, owner, holder, role): HPKE ``info`` for
        a sealed row, AES-GCM associated data for a wrapped one, so a row moved to another item,
        partner or role fails either way.
        """
        if len(row) == SEALED_SECRET_BYTES:
            return self.open_sealed(row, aad)
        if len(row) != WRAPPED_SECRET_BYTES:
            raise ValueError("key row has the wrong size")
        wrapper = self._require_wrapper()
        out = bytearray(32)
        try:
            wrapper.decrypt_into(row[:NONCE_BYTES], row[NONCE_BYTES:], aad, out)
        except BaseException:
            wipe(out)
            raise
        return out

    def _require_wrapper(self) -> AESGCM:
        if self._row_wrapper is None:
            raise RuntimeError("key pair was wiped")
        return self._row_wrapper

    def tag(self, message: bytes) -> bytes:
        """HMAC-SHA256 under this partner's auth key (see class docstring)."""
        self._require()
        return hmac.digest(self._auth_key, message, "sha256")

    def verify_tag(self, message: bytes, tag: object) -> bool:
        """Constant-time check of :meth:`tag`; False for anything but the right bytes."""
        if not isinstance(tag, bytes):
            return False
        return hmac.compare_digest(self.tag(message), tag)

    def wrap(self, wrapping_key: bytearray, aad: bytes) -> tuple[bytes, bytes]:  # (nonce, wrapped)
        """AES-256-GCM encrypt the private key under a passphrase-derived key."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce, AESGCM(wrapping_key).encrypt(nonce, bytes(self._secret), aad)

    def wipe(self) -> None:
        """Zero the private key and auth key we hold and drop the library objects.

        The library's own key objects free (and OpenSSL cleanses) their copies when dropped.
        """
        wipe(self._secret)
        wipe(self._auth_key)
        wipe(self._row_key)
        self._private = None
        self._row_wrapper = None


def _derive(secret: bytearray, vault_id: bytes, label: str, partner: Partner) -> bytearray:
    """A 32-byte key for one purpose (``label``), derived (HKDF-SHA256) from a private key."""
    out = bytearray(32)
    HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id,
        info=encode_context(label, FORMAT_VERSION, partner.value),
    ).derive_into(secret, out)
    return out


def unwrap_private_key(
    partner: Partner,
    wrapping_key: bytearray,
    nonce: bytes,
    wrapped: bytes,
    aad: bytes,
    vault_id: bytes,
) -> PartnerKeyPair:
    """Decrypt a wrapped private key; raises InvalidTag for a wrong passphrase or altered row."""
    if len(nonce) != NONCE_BYTES or len(wrapped) != WRAPPED_KEY_BYTES:
        raise InvalidTag()
    secret = bytearray(PRIVATE_KEY_BYTES)
    try:
        AESGCM(wrapping_key).decrypt_into(nonce, wrapped, aad, secret)
        return PartnerKeyPair(partner, secret, vault_id)
    except BaseException:
        wipe(secret)
        raise


def wrap_aad(
    vault_id: bytes, partner: Partner, salt: bytes, params: KdfParams, public_key: bytes
) -> bytes:
    """Associated data of a wrapped private key: binds KDF parameters, salt and public key.

    So a changed parameter, salt, partner letter or public key makes unwrapping fail instead of
    silently yielding a key that doesn't match what others seal to.
    """
    return encode_context(
        "openup/vault/private-key",
        FORMAT_VERSION,
        vault_id,
        partner.value,
        salt,
        params.memory_kib,
        params.iterations,
        params.lanes,
        public_key,
    )


def seal_to(public_key: bytes, secret: bytes | bytearray, info: bytes) -> bytes:
    """HPKE-seal a secret to a stored public key (no passphrase needed)."""
    return SUITE.encrypt(bytes(secret), public_key_from_bytes(public_key), info=info)
