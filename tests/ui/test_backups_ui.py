"""Backups from the UI: made after a talk, listed with what they hold, restored on request."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from openup_desktop.bridge.backup_controller import finish_restore
from openup_desktop.store.backups import BackupManager
from tests.helpers.qml import click, item, text_of

pytestmark = pytest.mark.gui


def ended_talks(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM talks WHERE status = 'ended'").fetchone()[0]


def finish_a_talk(live) -> None:
    talk = live.talk
    live.context.nav.go("talk")
    assert talk.start() == ""
    live.clock.advance(60)
    talk.end()
    assert talk.saveWrapUp("", 4, "", 4) == ""


def test_backup_after_a_talk_listing_and_restore(qtbot, live_app, data_dir):
    window, backups = live_app.window, live_app.context.bridges["Backups"]
    finish_a_talk(live_app)
    backups.close()  # wait for the automatic after-talk backup
    live_app.clock.advance(86400)  # the next day: daily copies are kept one per day
    click(qtbot, window, "nav_settings")
    assert len(backups.backups) == 1
    assert "1 talk" in backups.backups[0]["holds"]

    finish_a_talk(live_app)  # a second talk that the restore will roll back
    backups.close()
    live_app.clock.advance(60)
    live_app.context.nav.go("settings")
    assert ended_talks(data_dir / "openup.db") == 2

    assert len(backups.backups) == 2
    oldest = len(backups.backups) - 1
    requests = []
    backups.restartRequested.connect(lambda: requests.append(True))
    click(qtbot, window, f"restore_{oldest}")
    click(qtbot, window, "confirmAccept")
    assert requests == [True], "the app is asked to restart and finish the restore"
    pending = backups.pending_restore
    assert pending is not None

    # What the app does after its window closed: every connection goes, then the swap.
    live_app.context.close()
    line = finish_restore(BackupManager(data_dir, live_app.clock), pending, data_dir / "openup.db")
    assert line.startswith("Restored")
    assert ended_talks(data_dir / "openup.db") == 1
    kept = [b for b in BackupManager(data_dir, live_app.clock).list_backups() if b.ended_talks == 2]
    assert kept, "the data as it was before the restore was kept first"
    live_app.context.close = lambda: None  # already closed for the swap

    # The next start says how it went, once.
    from tests.helpers.fixtures import start_live_app, stop_live_app

    again = start_live_app(qtbot, data_dir, couple=False)
    try:
        assert "restored" in text_of(again.window, "noticeText")
    finally:
        stop_live_app(again)


def test_backup_now_and_a_damaged_copy_is_shown_but_not_restorable(qtbot, live_app, data_dir):
    window, backups = live_app.window, live_app.context.bridges["Backups"]
    click(qtbot, window, "nav_settings")
    click(qtbot, window, "backupNow")
    assert "saved" in text_of(window, "backupNowResult").lower()
    only = backups.backups[0]["path"]
    with open(only, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00" * 4000)
    backups.changed.emit()
    assert not backups.backups[0]["ok"]
    assert not item(window, "restore_0").isEnabled()
    assert backups.restore(only) != ""
    assert backups.pending_restore is None


def test_damaged_database_at_start_offers_the_newest_good_backup(qtbot, data_dir):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    live = start_live_app(qtbot, data_dir, couple=True)
    assert live.context.bridges["Backups"].backupNow().startswith("Backup saved")
    stop_live_app(live)
    (data_dir / "openup.db").write_bytes(b"garbage" * 4096)
    for side in ("openup.db-wal", "openup.db-shm"):
        (data_dir / side).unlink(missing_ok=True)
    again = start_live_app(qtbot, data_dir, couple=False)
    try:
        assert "started fresh" in text_of(again.window, "noticeText")
        assert "Restore the latest backup" in text_of(again.window, "noticeRestore")
        requests = []
        again.context.bridges["Backups"].restartRequested.connect(lambda: requests.append(1))
        click(qtbot, again.window, "noticeRestore")
        assert requests == [], "it asks first"
        click(qtbot, again.window, "confirmAccept")
        assert requests == [1]
    finally:
        stop_live_app(again)


def test_a_refused_restore_is_explained_at_the_next_start(qtbot, live_app, data_dir):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    backups = live_app.context.bridges["Backups"]
    assert backups.backupNow().startswith("Backup saved")
    chosen = backups.backups[0]["path"]
    assert backups.restore(chosen) == ""
    live_app.context.close()
    live_app.context.close = lambda: None
    Path(chosen).unlink()  # gone before the swap
    line = finish_restore(
        BackupManager(data_dir, live_app.clock), backups.pending_restore, data_dir / "openup.db"
    )
    assert line.startswith("Restore refused")
    with sqlite3.connect(data_dir / "openup.db") as conn:  # the couple reads Spanish
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'es')")
    again = start_live_app(qtbot, data_dir, couple=False)
    try:
        assert text_of(again.window, "noticeText") == (
            "No se restauró la copia de seguridad: Este archivo de copia de seguridad ya no está."
        )
        again.context.app.language = "en"
        qtbot.wait(20)
        assert text_of(again.window, "noticeText") == (
            "The backup was not restored: This backup file is no longer there."
        )
    finally:
        stop_live_app(again)
