"""The first evening, as a couple who has never seen OpenUp lives it.

From an empty data folder: names, the promise, Home, a first talk with gentle defaults — in at
most eight actions. Then the wrap-up and a first moment kept, with the vault set up right there
while the words wait; every way out of that flow (Cancel, a wrong passphrase, another screen, a
lock, a talk, closing the window) keeps what was written. And a talk keeps its word: whatever
covers it stops both timers until it is gone.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from openup_desktop.qt_items import find_item, find_items
from openup_desktop.store.talks import TalkRepository
from tests.helpers.qml import click, focused_name, item, key, popup_open, text_of, type_text
from tests.ui.test_vault_flow import visible_texts, wait_vault

pytestmark = pytest.mark.gui

SAM_PASS = "river stone lantern 7"
ALEX_PASS = "quiet orchard morning 4"
MOMENT = "Sam said the first winter here felt lonely, and that saying it helped."


class Actions:
    """Counts what the couple does: a click, a key, or a whole name typed."""

    def __init__(self, qtbot, window) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.window, self.count = qtbot, window, 0

    def click(self, name: str) -> None:
        self.count += 1
        click(self.qtbot, self.window, name)

    def key(self, which: Qt.Key) -> None:
        self.count += 1
        key(self.qtbot, self.window, which)

    def type(self, text: str) -> None:
        self.count += 1
        type_text(self.qtbot, self.window, text)


def _start_first_evening(qtbot, live) -> Actions:  # type: ignore[no-untyped-def]
    acts = Actions(qtbot, live.window)
    acts.key(Qt.Key.Key_Return)  # "Let's begin"
    acts.type("Sam")
    acts.key(Qt.Key.Key_Return)
    acts.type("Alex")
    acts.key(Qt.Key.Key_Return)
    acts.click("promiseButton0")
    acts.click("promiseButton1")
    assert item(live.window, "homeScreen").isVisible(), "after the promise: Home, not the vault"
    qtbot.waitUntil(lambda: focused_name(live.window) == "startTalkButton")
    acts.key(Qt.Key.Key_Return)
    return acts


def test_names_promise_and_a_running_gentle_talk_in_eight_actions(qtbot, fresh_app):
    acts = _start_first_evening(qtbot, fresh_app)
    talk = fresh_app.talk
    assert talk.phase == "talk" and fresh_app.running.state == "speaking"
    assert acts.count <= 8, f"{acts.count} actions to a first talk"
    assert fresh_app.running.talkMinutes == 5
    assert fresh_app.running.deckName == "Warm-up", "a first talk is labelled gently"
    assert item(fresh_app.window, "talkRunScreen").isVisible()


def _private_choice(qtbot, live, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    window = live.window
    click(qtbot, window, "lookAwayReady")
    click(qtbot, window, "passphraseField")
    type_text(qtbot, window, passphrase)
    key(qtbot, window, Qt.Key.Key_Tab)  # Tab goes to the confirmation, not to "Show"
    assert focused_name(window) == "passphraseRepeat"
    type_text(qtbot, window, passphrase)
    click(qtbot, window, "passphraseSubmit")
    wait_vault(qtbot, live)


def _keep_card_text(live) -> str:  # type: ignore[no-untyped-def]
    return text_of(live.window, "keepTextArea")


def test_a_first_moment_sets_up_the_vault_inline_and_never_loses_the_words(qtbot, fresh_app):
    live, window = fresh_app, fresh_app.window
    _start_first_evening(qtbot, live)
    talk = live.talk
    key(qtbot, window, Qt.Key.Key_Escape)
    click(qtbot, window, "confirmAccept")  # end the talk
    assert talk.phase == "wrapup"
    click(qtbot, window, "phrase0_0")
    click(qtbot, window, "keepFromWrapUp")
    assert item(window, "keepThanksSaved").isVisible(), "the thanks were saved: say so"
    assert not live.vault_setup.isSetUp
    click(qtbot, window, "keepTextArea")
    type_text(qtbot, window, MOMENT)

    # Cancel asks first; "Keep writing" keeps every word.
    click(qtbot, window, "keepCancel")
    assert popup_open(window, "discardKeepDialog")
    click(qtbot, window, "confirmCancel")
    assert _keep_card_text(live) == MOMENT

    # Another screen, a lock, a talk in between: the words wait.
    click(qtbot, window, "nav_home")
    click(qtbot, window, "nav_vault")
    assert _keep_card_text(live) == MOMENT
    live.vault.lock("idle")
    qtbot.wait(10)
    assert _keep_card_text(live) == MOMENT
    live.context.nav.go("talk")
    assert talk.start() == ""
    talk.end()
    talk.finishWrapUp()
    live.context.nav.go("vault")
    qtbot.wait(10)
    assert _keep_card_text(live) == MOMENT

    # Closing the window asks before the words go.
    window.close()
    qtbot.wait(10)
    assert popup_open(window, "leaveDraftDialog")
    click(qtbot, window, "confirmCancel")
    assert window.isVisible() and _keep_card_text(live) == MOMENT

    # Alex chooses first; a mismatch is refused and the words stay.
    click(qtbot, window, "keepContinue")
    assert "Sam, please look away" in text_of(window, "lookAwayTitle"), "Alex chooses first"
    click(qtbot, window, "lookAwayReady")
    click(qtbot, window, "passphraseField")
    type_text(qtbot, window, ALEX_PASS)
    key(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, ALEX_PASS + "x")
    click(qtbot, window, "passphraseSubmit")
    wait_vault(qtbot, live)
    assert "not the same" in text_of(window, "passphraseError")
    click(qtbot, window, "passphraseCancel")
    assert _keep_card_text(live) == MOMENT, "back from the private step: the words are there"

    click(qtbot, window, "keepContinue")
    _private_choice(qtbot, live, ALEX_PASS)
    assert live.vault_setup.isPartnerSetUp(1)
    assert "Alex, please look away" in text_of(window, "lookAwayTitle"), "the owner goes last"
    _private_choice(qtbot, live, SAM_PASS)  # choosing it keeps the moment in Sam's name
    assert live.vault_setup.isSetUp
    assert "Kept safely" in text_of(window, "vaultMessage")
    assert not live.context.bridges["KeepDraft"].hasWords

    live.vault.unlockTogether(SAM_PASS, ALEX_PASS)
    wait_vault(qtbot, live)
    qtbot.wait(20)
    assert visible_texts(window) == [MOMENT]
    first_talk = TalkRepository(live.context.database.db, live.clock).recent_talks(5)[-1]
    assert first_talk.end_reason == "ended_early"


def _times(live) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return live.running.turnRemainingText, live.running.talkRemainingText


def _advance(live, seconds: float) -> None:  # type: ignore[no-untyped-def]
    live.clock.advance(seconds)
    live.talk.tick()


@pytest.mark.parametrize(
    ("opener", "dialog", "closer"),
    [
        (Qt.Key.Key_F1, "helpOverlay", "helpClose"),
        (Qt.Key.Key_B, "breakDialog", "breakCancel"),
        (Qt.Key.Key_Escape, "endDialog", "confirmCancel"),
    ],
)
def test_anything_covering_the_talk_stops_both_timers(qtbot, live_app, opener, dialog, closer):
    live, window = live_app, live_app.window
    live.context.nav.go("talk")
    assert live.talk.start() == ""
    qtbot.wait(10)
    _advance(live, 10)
    before = _times(live)
    key(qtbot, window, opener)
    assert popup_open(window, dialog)
    _advance(live, 40)
    assert _times(live) == before, "the dialog says the talk waits: it must"
    assert not find_item(window, "pausedLayer").isVisible(), "held by the dialog, not paused"
    click(qtbot, window, closer)
    assert live.running.state == "speaking"
    assert _times(live) == before, "resumed exactly where it was"
    _advance(live, 5)
    assert _times(live) != before


def test_closing_the_window_mid_talk_asks_and_keeps_it_for_later(qtbot, live_app):
    live, window = live_app, live_app.window
    live.context.nav.go("talk")
    assert live.talk.start() == ""
    _advance(live, 20)
    before = _times(live)
    window.close()
    qtbot.wait(10)
    assert popup_open(window, "leaveTalkDialog"), "closing mid-talk asks first"
    _advance(live, 30)
    assert _times(live) == before
    click(qtbot, window, "confirmAccept")  # keep it for later
    assert live.running.state == "paused"
    unfinished = TalkRepository(live.context.database.db, live.clock).unfinished_talk()
    assert unfinished is not None and unfinished.snapshot is not None


def test_enter_starts_the_talk_however_the_setup_was_reached(qtbot, live_app):
    """From the navigation (mouse or Ctrl+2) the rail button keeps focus; Enter still starts."""
    live, window = live_app, live_app.window
    talk = live.talk
    assert talk.start() == ""  # a first talk, so Home's button now opens the setup
    talk.end()
    talk.finishWrapUp()
    click(qtbot, window, "nav_talk")
    assert focused_name(window) == "nav_talk"
    key(qtbot, window, Qt.Key.Key_Return)
    assert talk.phase == "talk" and live.running.state == "speaking"


def test_an_unsaved_private_note_is_sealed_when_the_window_closes(qtbot, live_app):
    from tests.ui.test_vault_flow import start_a_private_note

    live, window, vault = live_app, live_app.window, live_app.vault
    card_id = start_a_private_note(qtbot, live, "written just before closing")
    window.close()
    qtbot.wait(10)
    assert vault.mode == "locked"
    live.notes.openReflections(0, SAM_PASS)
    wait_vault(qtbot, live)
    assert live.notes.reflectionNote(card_id) == "written just before closing"


def test_quit_from_the_tray_mid_talk_shows_the_window_and_asks(qtbot, live_app):
    live, window = live_app, live_app.window
    live.context.nav.go("talk")
    assert live.talk.start() == ""
    _advance(live, 5)
    before = _times(live)
    live.context.app.quitRequested.emit()
    qtbot.wait(10)
    assert popup_open(window, "leaveTalkDialog"), "the tray's Quit asks first during a talk"
    _advance(live, 30)
    assert _times(live) == before
    click(qtbot, window, "confirmCancel")  # stay in the talk
    assert live.running.state == "speaking"


def test_every_shortcut_key_fits_its_chip_in_spanish_at_large_text(qtbot, live_app):
    """Found in a real-window walk: "Ctrl+1 … Ctrl+8" was cut at both ends at 150 %."""
    live, window = live_app, live_app.window
    live.context.app.language = "es"
    live.context.app.textScale = 1.5
    window.resize(1024, 640)
    key(qtbot, window, Qt.Key.Key_F1)
    assert popup_open(window, "helpOverlay")
    chips = find_items(window, "helpKeyChip")
    assert chips
    for chip in chips:
        (label,) = chip.childItems()
        assert label.property("implicitWidth") <= chip.width(), label.property("text")
    live.context.app.language = "en"
