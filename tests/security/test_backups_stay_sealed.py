"""V1 for automatic backups: vault items are copied sealed, never decrypted.

Canary words are kept in moments and a reflection, then every kind of backup is made (daily, after
a talk, before a restore). No backup file may contain the canaries or a passphrase in UTF-8 or
UTF-16. A marker written in the clear (a setting) *is* found, proving the scan sees inside the
copies; and a restored copy opens with nothing but the file and the passphrases.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openup_desktop.core.clock import FakeClock
from openup_desktop.store.backups import BackupManager
from openup_desktop.store.database import open_database
from openup_desktop.vault import ItemKind, Partner, VaultItem, VaultService
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    canary_encodings,
    content,
    data_files,
    find_in_files,
    save_as,
    set_up_vault,
)

MOMENT_CANARY = "CANARY-backup-moment-7c1e"
TITLE_CANARY = "CANARY-backup-title-52ab"
REFLECTION_CANARY = "CANARY-backup-reflection-9d04"
CLEAR_MARKER = "CLEAR-control-marker-3f88"


def test_backups_hold_only_sealed_vault_items(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    opened = open_database(data / "openup.db")
    clock = FakeClock(datetime(2025, 3, 14, 19, 30, tzinfo=UTC))
    backups = BackupManager(data, clock)
    try:
        vault = set_up_vault(opened.db)
        save_as(vault, Partner.A, ItemKind.MOMENT, content(TITLE_CANARY, MOMENT_CANARY))
        save_as(vault, Partner.B, ItemKind.MOMENT, content("second", f"B says {MOMENT_CANARY}"))
        save_as(vault, Partner.A, ItemKind.REFLECTION, content("private", REFLECTION_CANARY))
        opened.db.execute("INSERT INTO settings (key, value) VALUES ('marker', ?)", [CLEAR_MARKER])

        daily = backups.maybe_daily_backup(opened.db)
        clock.advance(86_400)  # next day, so pruning keeps both
        after_talk = backups.after_talk_backup(opened.db)
        assert daily is not None and daily.vault_items == 3 and after_talk.vault_items == 3

        def close_live() -> None:
            opened.close()

        result = backups.restore(daily, data / "openup.db", close_live)
        assert result.before_restore is not None
    finally:
        opened.close()

    backup_files = data_files(backups.backup_dir)
    assert len(backup_files) == 3  # daily, after talk, before restore

    secrets = [MOMENT_CANARY, TITLE_CANARY, REFLECTION_CANARY, PASS_A, PASS_B]
    needles = [needle for secret in secrets for needle in canary_encodings(secret)]
    assert find_in_files(backups.backup_dir, needles) == []
    # the whole data folder too (live database, its side files, anything restore left)
    assert find_in_files(data, needles) == []

    # control: text stored in the clear is visible to the same scan in every copy
    control_hits = find_in_files(backups.backup_dir, [CLEAR_MARKER.encode("utf-8")])
    assert len(control_hits) == len(backup_files)


def test_a_restored_backup_opens_with_just_the_file_and_the_passphrases(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    opened = open_database(data / "openup.db")
    clock = FakeClock(datetime(2025, 3, 14, 19, 30, tzinfo=UTC))
    try:
        vault = set_up_vault(opened.db)
        save_as(vault, Partner.A, ItemKind.MOMENT, content(TITLE_CANARY, MOMENT_CANARY))
        info = BackupManager(data, clock).backup_now(opened.db, "x")
    finally:
        opened.close()

    other = tmp_path / "new-install"
    other.mkdir()
    BackupManager(other, clock).restore(info, other / "openup.db", lambda: None)
    restored = open_database(other / "openup.db")
    try:
        service = VaultService(restored.db, kdf_params=FAST_KDF)
        with service.open_together(PASS_A, PASS_B) as session:
            items = session.items()
        assert len(items) == 1 and isinstance(items[0], VaultItem)
        assert items[0].content.text == MOMENT_CANARY
    finally:
        restored.close()
