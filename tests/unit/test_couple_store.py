"""Saving the couple is all or nothing: a failure half-way keeps the couple they had."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from openup_desktop.core.couple import Partner
from openup_desktop.store.couple import CoupleRepository, SettingsRepository
from openup_desktop.store.database import open_database

WHEN = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


def test_a_save_that_fails_half_way_leaves_the_old_couple_intact(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "openup.db")
    repo = CoupleRepository(opened.db)
    sam, alex = Partner(0, "Sam", "#B4432F", True), Partner(1, "Alex", "#2F5E8C", True)
    repo.save_couple([sam, alex], WHEN)

    # The second insert collides with the first (the same seat twice): the whole save fails.
    with pytest.raises(sqlite3.IntegrityError):
        repo.save_couple(
            [Partner(0, "Robin", "#B4432F", True), Partner(0, "Kai", "#2F5E8C", True)], WHEN
        )

    assert repo.partners() == [sam, alex]
    opened.close()
    reopened = open_database(tmp_path / "openup.db")
    assert CoupleRepository(reopened.db).partners() == [sam, alex], "after a restart too"
    reopened.close()


def test_settings_are_written_and_read_back(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "openup.db")
    settings = SettingsRepository(opened.db)
    settings.set("theme_mode", "dark")
    settings.set("theme_mode", "light")
    assert settings.get("theme_mode", "system") == "light"
    assert settings.get("missing", "default") == "default"
    opened.close()
