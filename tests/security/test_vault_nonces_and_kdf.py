"""Nonce uniqueness across many encryptions, and the production KDF parameters' floor.

AES-GCM fails badly if a (key, nonce) pair repeats; every item has a fresh key, but we still
check that nonces, HPKE encapsulations and wrap nonces never repeat. The production Argon2id
parameters must never drop below RFC 9106's second recommended setting.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from openup_desktop.vault import (
    KDF_FLOOR,
    PRODUCTION_KDF_PARAMS,
    ItemContent,
    ItemKind,
    KdfParams,
    Partner,
    VaultService,
)
from openup_desktop.vault.items import encrypt_content
from openup_desktop.vault.keys import PartnerKeyPair, seal_to
from tests.security.vault_support import PASS_A, PASS_B, open_app_db, vault_env


def test_nonces_never_repeat_across_many_items(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        with env.vault.open_together(PASS_A, PASS_B) as session:
            for n in range(150):
                owner = Partner.A if n % 2 else Partner.B
                kind = ItemKind.MOMENT if n % 3 else ItemKind.REFLECTION
                session.save(kind, ItemContent(title="same", text="same"), owner=owner)
        nonces = [r[0] for r in env.db.execute("SELECT nonce FROM vault_items").fetchall()]
        sealed = [r[0] for r in env.db.execute("SELECT sealed FROM vault_item_keys").fetchall()]
        cipher = [r[0] for r in env.db.execute("SELECT ciphertext FROM vault_items").fetchall()]
        assert len(nonces) == 150 and len(set(nonces)) == 150
        assert len(set(cipher)) == 150  # same content, different key and nonce every time
        assert len({s[:32] for s in sealed}) == len(sealed)  # fresh HPKE encapsulation each time

        wrap_nonces = set()
        current = PASS_A
        for n in range(20):
            new = f"Rotating lantern phrase {n:02d}"
            env.vault.change_passphrase(Partner.A, current, new)
            current = new
            row = env.db.execute(
                "SELECT wrap_nonce, kdf_salt FROM vault_partners WHERE partner = 'A'"
            ).fetchone()
            wrap_nonces.add(row)
        assert len(wrap_nonces) == 20


def test_aead_nonces_unique_over_many_encryptions() -> None:
    key = bytearray(os.urandom(32))
    nonces = {encrypt_content(key, b"x", b"aad")[0] for _ in range(20_000)}
    assert len(nonces) == 20_000


def test_hpke_encapsulations_unique() -> None:
    pair = PartnerKeyPair.generate(Partner.A, os.urandom(16))
    encs = {seal_to(pair.public_bytes, b"k" * 32, b"info")[:1120] for _ in range(300)}
    assert len(encs) == 300
    pair.wipe()


def test_production_kdf_params_at_least_the_floor() -> None:
    assert KdfParams(64 * 1024, 3, 4) == KDF_FLOOR  # RFC 9106 §4, second recommended option
    assert PRODUCTION_KDF_PARAMS.at_least(KDF_FLOOR)
    PRODUCTION_KDF_PARAMS.validate()


def test_service_uses_production_params_by_default(tmp_path: Path) -> None:
    """The default path really stores (and unlocks with) the production parameters."""
    db = open_app_db(tmp_path / "openup.db")
    vault = VaultService(db)
    vault.set_up_partner(Partner.A, PASS_A)
    row = db.execute(
        "SELECT kdf_memory_kib, kdf_iterations, kdf_lanes FROM vault_partners"
    ).fetchone()
    assert KdfParams(*row) == PRODUCTION_KDF_PARAMS
    started = time.perf_counter()
    vault.open_as_owner(Partner.A, PASS_A).lock()
    elapsed = time.perf_counter() - started
    assert elapsed < 10  # generous: only guards against a runaway setting
    db.close()
