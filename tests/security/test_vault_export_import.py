"""Export/import: sealed data only, written atomically, restorable with just the passphrases;
a damaged, truncated or foreign file gives a clear error and changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.vault import (
    ItemContent,
    ItemKind,
    Partner,
    VaultFileInvalid,
    VaultItem,
    VaultNotEmpty,
    VaultNotSetUp,
    VaultService,
    export_vault,
    import_vault,
)
from openup_desktop.vault import export as export_module
from openup_desktop.vault.schema import VAULT_TABLES
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    VaultEnv,
    canary_encodings,
    memory_db,
    open_app_db,
    save_as,
    vault_env,
)

CANARY = "EXPORTCANARY-91c2"


def _fill(env: VaultEnv) -> dict[str, str]:
    texts = {}
    for owner in Partner:
        for kind in ItemKind:
            text = f"{CANARY} {owner}/{kind}"
            texts[save_as(env.vault, owner, kind, ItemContent(title=CANARY, text=text))] = text
    return texts


def _row_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in VAULT_TABLES}


def test_round_trip_into_a_fresh_install(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        texts = _fill(env)
        target = tmp_path / "backup.openup-vault"
        assert export_vault(env.db, target) == 4  # no unlock needed
        data = target.read_bytes()
        for needle in [*canary_encodings(CANARY), *canary_encodings(PASS_A)]:
            assert needle not in data

    fresh = open_app_db(tmp_path / "fresh.db")
    assert import_vault(fresh, target) == 4
    vault = VaultService(fresh, kdf_params=FAST_KDF)
    with vault.open_together(PASS_A, PASS_B) as session:
        got = {r.item_id: r.content.text for r in session.items() if isinstance(r, VaultItem)}
    assert got == {i: t for i, t in texts.items() if "moment" in t}
    for partner, passphrase in ((Partner.A, PASS_A), (Partner.B, PASS_B)):
        with vault.open_as_owner(partner, passphrase) as session:
            assert {r.item_id for r in session.items()} == {
                i for i, t in texts.items() if f" {partner}/" in t
            }
    fresh.close()


def test_export_needs_a_vault() -> None:
    with pytest.raises(VaultNotSetUp):
        export_vault(memory_db(), "/nonexistent/never-written")


@pytest.fixture
def export_file(tmp_path: Path) -> bytes:
    with vault_env(tmp_path) as env:
        _fill(env)
        path = tmp_path / "good.openup-vault"
        export_vault(env.db, path)
        return path.read_bytes()


def _bad_files(good: bytes) -> dict[str, bytes]:
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01
    header_flip = bytearray(good)
    header_flip[3] ^= 0x01
    newer = bytearray(good)
    newer[len(export_module.MAGIC) + 3] = 2
    sqlite_file = b"SQLite format 3\x00" + os.urandom(4000)
    return {
        "empty": b"",
        "truncated by one byte": good[:-1],
        "truncated in half": good[: len(good) // 2],
        "header only": good[: len(export_module.MAGIC) + 12],
        "one byte flipped": bytes(flipped),
        "magic altered": bytes(header_flip),
        "newer version": bytes(newer),
        "extra bytes appended": good + b"\x00",
        "random bytes": os.urandom(5000),
        "a sqlite database": sqlite_file,
        "plain json": b'{"partners": [], "items": []}',
    }


@pytest.mark.parametrize(
    "name",
    [
        "empty",
        "truncated by one byte",
        "truncated in half",
        "header only",
        "one byte flipped",
        "magic altered",
        "newer version",
        "extra bytes appended",
        "random bytes",
        "a sqlite database",
        "plain json",
    ],
)
def test_bad_files_are_refused_and_nothing_changes(
    tmp_path: Path, export_file: bytes, name: str
) -> None:
    bad = tmp_path / "bad.openup-vault"
    bad.write_bytes(_bad_files(export_file)[name])
    fresh = open_app_db(tmp_path / "fresh.db")
    before = _row_counts(fresh)
    with pytest.raises(VaultFileInvalid) as error:
        import_vault(fresh, bad)
    assert "Nothing was changed" in str(error.value) or "newer version" in str(error.value)
    assert _row_counts(fresh) == before
    fresh.close()


def test_structurally_wrong_payload_with_valid_checksum_is_refused(
    tmp_path: Path, export_file: bytes
) -> None:
    """Someone who also recomputes the checksum still can't slip in malformed rows."""
    magic = export_module.MAGIC
    start = len(magic) + 12
    payload = json.loads(export_file[start:-32])
    payload["items"][0]["kind"] = "memo"
    body = json.dumps(payload).encode()
    data = magic + struct.pack(">IQ", 1, len(body)) + body
    data += hashlib.sha256(data).digest()
    bad = tmp_path / "bad.openup-vault"
    bad.write_bytes(data)
    fresh = open_app_db(tmp_path / "fresh.db")
    with pytest.raises(VaultFileInvalid):
        import_vault(fresh, bad)
    assert sum(_row_counts(fresh).values()) == 0
    fresh.close()


def test_import_refuses_a_non_fresh_install(tmp_path: Path, export_file: bytes) -> None:
    good = tmp_path / "good2.openup-vault"
    good.write_bytes(export_file)
    with vault_env(tmp_path / "other") as env:
        before = _row_counts(env.db)
        with pytest.raises(VaultNotEmpty):
            import_vault(env.db, good)
        assert _row_counts(env.db) == before


def test_export_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with vault_env(tmp_path) as env:
        _fill(env)
        target = tmp_path / "backup.openup-vault"
        target.write_bytes(b"previous backup")

        def failing_replace(src: str, dst: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(export_module.os, "replace", failing_replace)
        with pytest.raises(OSError):
            export_vault(env.db, target)
        assert target.read_bytes() == b"previous backup"
        assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
        monkeypatch.undo()
        export_vault(env.db, target)
        assert target.read_bytes().startswith(export_module.MAGIC)


def test_unreadable_path_is_a_clear_error(tmp_path: Path) -> None:
    fresh = open_app_db(tmp_path / "fresh.db")
    with pytest.raises(VaultFileInvalid):
        import_vault(fresh, tmp_path / "missing.openup-vault")
    with pytest.raises(VaultFileInvalid):
        import_vault(fresh, tmp_path)  # a folder
    fresh.close()


def test_export_of_memory_db_round_trip() -> None:
    """Works on any sqlite_utils connection, including one with a caller's open transaction."""
    src = memory_db()
    vault = VaultService(src, kdf_params=FAST_KDF)
    vault.set_up_partner(Partner.A, PASS_A)
    conn = src.conn
    assert isinstance(conn, sqlite3.Connection)
    conn.execute("BEGIN")
    try:
        data = export_module._collect(src)
    finally:
        conn.rollback()
    assert data["partners"] and data["items"] == []
