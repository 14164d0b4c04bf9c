"""V1: no item text and no passphrase is readable in any file the vault writes.

Canary markers in every content field (title, text, metadata) and the passphrases themselves
are searched for, as UTF-8 and UTF-16 (LE and BE), in every file under the data folder — the
database, its -wal and -shm, and an export — after saving, passphrase change, withdrawing,
exporting and closing.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlite_utils

from openup_desktop.vault import ItemContent, ItemKind, Partner, VaultService, export_vault
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    canary_encodings,
    data_files,
    find_in_files,
    open_app_db,
    set_up_vault,
    vault_env,
)


def _marker(label: str) -> str:
    return f"CANARY-{label}-{uuid.uuid4().hex}"


def test_no_plaintext_or_passphrase_in_any_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = open_app_db(data_dir / "openup.db")
    vault = set_up_vault(db)
    markers = {name: _marker(name) for name in ("title", "text", "talk", "prompt", "extra", "ü")}
    new_pass_a = f"Quiet {_marker('newpass')} harbour"
    secrets = [*markers.values(), PASS_A, PASS_B, new_pass_a]
    needles = [enc for secret in secrets for enc in canary_encodings(secret)]
    # Also a long, compressible text: padding/compression must not leak pieces of it.
    long_marker = _marker("long") * 50

    with vault.open_as_owner(Partner.A, PASS_A) as session:
        moment = session.save(
            ItemKind.MOMENT,
            ItemContent(
                title=markers["title"],
                text=f"{markers['text']} ünïcødé {markers['ü']} {long_marker}",
                talk_id=markers["talk"],
                prompt_id=markers["prompt"],
                extra={"note": markers["extra"]},
            ),
        )
        session.save(ItemKind.REFLECTION, ItemContent(title=markers["title"], text=markers["text"]))
    with vault.open_as_owner(Partner.B, PASS_B) as session:
        session.save(ItemKind.MOMENT, ItemContent(title=markers["ü"], text=markers["text"]))

    assert {p.name for p in data_files(data_dir)} >= {"openup.db", "openup.db-wal"}
    assert find_in_files(data_dir, needles) == [], "plaintext on disk after saving"

    vault.change_passphrase(Partner.A, PASS_A, new_pass_a)
    assert find_in_files(data_dir, needles) == [], "plaintext on disk after passphrase change"

    with vault.open_as_owner(Partner.A, new_pass_a) as session:
        session.withdraw(moment)
    assert find_in_files(data_dir, needles) == [], "plaintext on disk after withdrawing"

    export_vault(db, data_dir / "backup.openup-vault")
    assert find_in_files(data_dir, needles) == [], "plaintext in the export"

    db.close()
    assert find_in_files(data_dir, needles) == [], "plaintext on disk after closing"

    # The data is still there and readable — the scan isn't passing because nothing was saved.
    db2 = sqlite_utils.Database(data_dir / "openup.db")
    with VaultService(db2, kdf_params=FAST_KDF).open_together(new_pass_a, PASS_B) as session:
        titles = sorted(item.content.title for item in session.items())
    assert titles == [markers["ü"]]
    db2.close()


def test_item_repr_does_not_leak_text(tmp_path: Path) -> None:
    """A VaultItem that ends up in a log line or traceback shows no words (V1: logs)."""
    marker = _marker("repr")
    with vault_env(tmp_path) as env, env.vault.open_as_owner(Partner.A, PASS_A) as session:
        item_id = session.save(ItemKind.REFLECTION, ItemContent(title=marker, text=marker))
        item = session.read(item_id)
    assert marker not in repr(item)
    assert marker not in str(item)
