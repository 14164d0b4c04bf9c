"""A quit asked by the system (log-out, shut-down) settles what the questions on leaving protect,
without asking: the window's own close and the tray's Quit still ask (test_first_evening)."""

from __future__ import annotations

import pytest

from openup_desktop.app import leave_for_system
from openup_desktop.qt_items import open_popups
from openup_desktop.store.talks import TalkRepository
from tests.helpers.qml import item
from tests.ui.test_vault_flow import SAM_PASS, start_a_private_note, wait_vault

pytestmark = pytest.mark.gui


def test_a_talk_under_way_is_kept_for_later_without_a_question(qtbot, live_app):
    live = live_app
    live.context.nav.go("talk")
    assert live.talk.start() == ""
    live.clock.advance(20)
    live.talk.tick()
    leave_for_system(live.context)
    qtbot.wait(10)
    assert open_popups(live.window) == []
    assert live.running.state == "paused", "kept exactly as 'Keep it for later' keeps it"
    unfinished = TalkRepository(live.context.database.db, live.clock).unfinished_talk()
    assert unfinished is not None and unfinished.snapshot is not None


def test_a_private_note_being_written_is_sealed_as_on_a_lock(qtbot, live_app):
    live, window, vault = live_app, live_app.window, live_app.vault
    card_id = start_a_private_note(qtbot, live, "written as the laptop shut down")
    leave_for_system(live.context)
    qtbot.wait(10)
    assert vault.mode == "locked"
    assert open_popups(window) == []
    stored = live.context.database.db.execute("SELECT * FROM vault_items").fetchall()
    assert stored and "written as the laptop" not in repr(stored), "sealed, not plain"
    live.notes.openReflections(0, SAM_PASS)
    wait_vault(qtbot, live)
    assert live.notes.reflectionNote(card_id) == "written as the laptop shut down"
    assert item(window, f"note_{card_id}").property("text") == "written as the laptop shut down"


def test_a_moment_being_written_is_dropped_without_a_question(qtbot, live_app):
    draft = live_app.context.bridges["KeepDraft"]
    draft.begin("", "")
    draft.text = "words that were never sealed"
    leave_for_system(live_app.context)
    qtbot.wait(10)
    assert open_popups(live_app.window) == []
    assert not draft.hasWords and draft.text == ""
