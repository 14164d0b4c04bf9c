"""A partner's key pair: what locking wipes, what binds a wrapped key, what is refused.

Found by mutation testing (benchmarks/mutation.py): each test here failed on a hand-made bug in
vault/keys.py that no other test noticed. Mostly public names; the auth key is read once through
its private slot because "locking zeroes every unwrapped key" is the promise being checked.
"""

from __future__ import annotations

import os

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from openup_desktop.vault import keys
from openup_desktop.vault.kdf import KdfParams
from openup_desktop.vault.keys import (
    PRIVATE_KEY_BYTES,
    WRAPPED_SECRET_BYTES,
    PartnerKeyPair,
    public_key_from_bytes,
    seal_to,
    unwrap_private_key,
    wrap_aad,
)
from openup_desktop.vault.model import Partner

VAULT = b"v" * 16
PARAMS = KdfParams(memory_kib=64, iterations=1, lanes=1)


def test_locking_wipes_the_private_and_auth_keys_and_the_pair_cannot_be_used_after() -> None:
    source = PartnerKeyPair.generate(Partner.A, VAULT)
    wrapping_key = bytearray(os.urandom(32))
    aad = wrap_aad(VAULT, Partner.A, b"salt", PARAMS, source.public_bytes)
    nonce, wrapped = source.wrap(wrapping_key, aad)
    pair = unwrap_private_key(Partner.A, wrapping_key, nonce, wrapped, aad, VAULT)
    sealed = seal_to(pair.public_bytes, b"k" * 32, b"info")
    assert pair.open_sealed(sealed, b"info") == bytearray(b"k" * 32)
    assert not pair.wiped
    pair.wipe()
    assert pair.wiped
    assert pair._auth_key == bytearray(32)  # the promise under test, read through its slot
    with pytest.raises(RuntimeError, match="wiped"):
        pair.tag(b"message")
    with pytest.raises(RuntimeError, match="wiped"):
        pair.open_sealed(sealed, b"info")


def test_the_secret_handed_to_a_pair_is_zeroed_when_it_is_wiped() -> None:
    fresh = PartnerKeyPair.generate(Partner.B, VAULT)
    aad = wrap_aad(VAULT, Partner.B, b"salt", PARAMS, fresh.public_bytes)
    key = bytearray(os.urandom(32))
    nonce, wrapped = fresh.wrap(key, aad)
    secret = bytearray(PRIVATE_KEY_BYTES)
    AESGCM(key).decrypt_into(nonce, wrapped, aad, secret)
    pair = PartnerKeyPair(Partner.B, secret, VAULT)
    assert any(secret)
    pair.wipe()
    assert secret == bytearray(PRIVATE_KEY_BYTES)


def test_every_new_key_pair_is_its_own_in_both_halves() -> None:
    a = PartnerKeyPair.generate(Partner.A, VAULT)
    b = PartnerKeyPair.generate(Partner.A, VAULT)
    assert a.public_bytes[:1184] != b.public_bytes[:1184]  # ML-KEM-768
    assert a.public_bytes[1184:] != b.public_bytes[1184:]  # X25519


def test_owner_tags_are_personal_and_only_the_right_bytes_verify() -> None:
    a = PartnerKeyPair.generate(Partner.A, VAULT)
    b = PartnerKeyPair.generate(Partner.B, VAULT)
    tag = a.tag(b"item")
    assert tag == a.tag(b"item") and tag != b.tag(b"item") and tag != a.tag(b"other item")
    assert a.verify_tag(b"item", tag) is True
    assert a.verify_tag(b"item", b.tag(b"item")) is False
    assert a.verify_tag(b"item", tag.hex()) is False
    assert a.verify_tag(b"item", None) is False


def test_a_wrapped_key_is_bound_to_its_partner_salt_parameters_and_public_key() -> None:
    pair = PartnerKeyPair.generate(Partner.A, VAULT)
    base = wrap_aad(VAULT, Partner.A, b"salt", PARAMS, pair.public_bytes)
    others = [
        wrap_aad(b"w" * 16, Partner.A, b"salt", PARAMS, pair.public_bytes),
        wrap_aad(VAULT, Partner.B, b"salt", PARAMS, pair.public_bytes),
        wrap_aad(VAULT, Partner.A, b"pepper", PARAMS, pair.public_bytes),
        wrap_aad(VAULT, Partner.A, b"salt", KdfParams(128, 1, 1), pair.public_bytes),
        wrap_aad(VAULT, Partner.A, b"salt", PARAMS, bytes(len(pair.public_bytes))),
    ]
    assert isinstance(base, bytes) and base not in others and len(set(others)) == len(others)


def test_stored_keys_keep_12_byte_nonces_so_vaults_already_set_up_still_unlock() -> None:
    pair = PartnerKeyPair.generate(Partner.A, VAULT)
    nonce, wrapped = pair.wrap(bytearray(32), b"aad")
    assert len(nonce) == 12 and len(wrapped) == PRIVATE_KEY_BYTES + 16


def test_odd_sizes_are_refused_before_any_crypto_runs() -> None:
    pair = PartnerKeyPair.generate(Partner.A, VAULT)
    with pytest.raises(ValueError, match="public key has the wrong size"):
        public_key_from_bytes(pair.public_bytes[:-1])
    with pytest.raises(ValueError, match="public key has the wrong size"):
        public_key_from_bytes(bytearray(pair.public_bytes))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="private key has the wrong size"):
        PartnerKeyPair(Partner.A, bytearray(PRIVATE_KEY_BYTES - 1), VAULT)
    key = bytearray(32)
    nonce, wrapped = pair.wrap(key, b"aad")
    for bad_nonce, bad_wrapped in ((nonce + b"x", wrapped), (nonce, wrapped[:50])):
        with pytest.raises(InvalidTag):
            unwrap_private_key(Partner.A, key, bad_nonce, bad_wrapped, b"aad", VAULT)


def test_wrapped_rows_open_for_their_holder_and_binding_only_and_not_after_wiping() -> None:
    pair = PartnerKeyPair.generate(Partner.A, VAULT)
    same_secret = PartnerKeyPair(Partner.A, bytearray(pair._secret), VAULT)
    other_vault = PartnerKeyPair(Partner.A, bytearray(pair._secret), b"w" * 16)
    other_partner = PartnerKeyPair(Partner.B, bytearray(pair._secret), VAULT)
    row = pair.wrap_secret(b"k" * 32, b"binding")
    assert len(row) == WRAPPED_SECRET_BYTES
    assert pair.wrap_secret(b"k" * 32, b"binding") != row  # a fresh nonce every time
    assert same_secret.open_key_row(row, b"binding") == bytearray(b"k" * 32)
    for stranger in (other_vault, other_partner):  # the row key is bound to vault and partner
        with pytest.raises(InvalidTag):
            stranger.open_key_row(row, b"binding")
    with pytest.raises(InvalidTag):
        pair.open_key_row(row, b"other binding")
    for odd in (row[:-1], row + b"\0", b""):
        with pytest.raises(ValueError, match="size"):
            pair.open_key_row(odd, b"binding")
    pair.wipe()
    assert pair._row_key == bytearray(32)
    for use in (lambda: pair.open_key_row(row, b"binding"), lambda: pair.wrap_secret(b"k", b"")):
        with pytest.raises(RuntimeError, match="wiped"):
            use()


def _track_buffers(monkeypatch: pytest.MonkeyPatch) -> list[bytearray]:
    """Every bytearray vault/keys.py makes from now on, to look at after it gave up."""
    made: list[bytearray] = []

    def tracked(*args: object) -> bytearray:
        buffer = bytearray(*args)  # type: ignore[call-overload]
        made.append(buffer)
        return buffer

    monkeypatch.setattr(keys, "bytearray", tracked, raising=False)
    return made


def test_a_key_row_moved_elsewhere_leaves_no_item_key_in_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """AES-GCM writes the plaintext out before it finds the tag wrong, so a row moved to another
    item (the right row key, the wrong binding) had put the real item key in the buffer."""
    pair = PartnerKeyPair.generate(Partner.A, VAULT)
    row = pair.wrap_secret(b"k" * 32, b"binding")
    made = _track_buffers(monkeypatch)
    with pytest.raises(InvalidTag):
        pair.open_key_row(row, b"another item's binding")
    assert made and all(buffer == bytearray(len(buffer)) for buffer in made)


def test_a_refused_unlock_leaves_no_private_key_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """The right passphrase with a changed binding (someone edited the stored public key or
    salt) decrypts the real private key into the buffer before the tag check refuses it."""
    pair = PartnerKeyPair.generate(Partner.A, VAULT)
    key = bytearray(os.urandom(32))
    nonce, wrapped = pair.wrap(key, b"aad")
    made = _track_buffers(monkeypatch)
    with pytest.raises(InvalidTag):
        unwrap_private_key(Partner.A, key, nonce, wrapped, b"edited aad", VAULT)
    assert made and all(buffer == bytearray(len(buffer)) for buffer in made)
