"""Unit tests for KDF parameter checks, passphrase normalisation, the schema and back-off."""

from __future__ import annotations

import os
import unicodedata

import pytest
import sqlite_utils

from openup_desktop.vault.backoff import MAX_WAIT_SECONDS, remaining_wait, wait_after
from openup_desktop.vault.kdf import KDF_FLOOR, PRODUCTION_KDF_PARAMS, KdfParams, derive_key
from openup_desktop.vault.schema import VAULT_TABLES, create_vault_tables

FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(0, 1, 1),
        KdfParams(64, 0, 1),
        KdfParams(64, 1, 0),
        KdfParams(16, 1, 4),  # under 8 KiB per lane
        KdfParams(2**31, 1, 1),
        KdfParams(64, 10**6, 1),
        KdfParams(64, 1, 64),
        KdfParams("64", 1, 1),  # type: ignore[arg-type]
        KdfParams(64, True, 1),
    ],
)
def test_bad_params_refused(params: KdfParams) -> None:
    with pytest.raises(ValueError):
        params.validate()


def test_production_params_valid_and_above_floor() -> None:
    PRODUCTION_KDF_PARAMS.validate()
    assert PRODUCTION_KDF_PARAMS.at_least(KDF_FLOOR)
    assert not KdfParams(32 * 1024, 3, 4).at_least(KDF_FLOOR)


def test_derive_is_deterministic_and_salted() -> None:
    salt = os.urandom(16)
    a = derive_key("same words here", salt, FAST)
    assert isinstance(a, bytearray) and len(a) == 32
    assert a == derive_key("same words here", salt, FAST)
    assert a != derive_key("same words here", os.urandom(16), FAST)
    assert a != derive_key("same words herE", salt, FAST)
    with pytest.raises(ValueError):
        derive_key("x", b"short", FAST)


def test_unicode_forms_of_one_passphrase_match() -> None:
    salt = os.urandom(16)
    composed = unicodedata.normalize("NFC", "Crème brûlée für zwei")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert derive_key(composed, salt, FAST) == derive_key(decomposed, salt, FAST)


def test_schema_is_idempotent_and_works_inside_a_transaction() -> None:
    db = sqlite_utils.Database(memory=True)
    create_vault_tables(db)
    create_vault_tables(db)
    assert set(VAULT_TABLES) <= set(db.table_names())
    db2 = sqlite_utils.Database(memory=True)
    with db2.atomic():
        create_vault_tables(db2)
    assert set(VAULT_TABLES) <= set(db2.table_names())


def test_backoff_rule() -> None:
    assert wait_after(0) == wait_after(2) == 0
    assert wait_after(3) == 30 and wait_after(4) == 60 and wait_after(8) == MAX_WAIT_SECONDS
    assert remaining_wait(3, 1000.0, 1010.0) == 20
    assert remaining_wait(3, 1000.0, 1030.0) == 0
    assert remaining_wait(3, 10**12, 0.0) == 30  # stored time in the future: capped
    assert remaining_wait(50, None, 0.0) == 0
