"""A whole talk on the shared screen, by keyboard alone and by mouse alone (fake clock)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression

from openup_desktop.qt_items import find_items
from openup_desktop.store.talks import TalkRepository
from tests.helpers.qml import click, focused_name, item, key, tab_to, text_of

pytestmark = pytest.mark.gui


def turns(live) -> list[tuple[int, str]]:
    rows = live.context.database.db.execute(
        "SELECT speaker, outcome FROM turns ORDER BY turn_index"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def test_whole_talk_by_keyboard_alone(qtbot, live_app):
    window, talk, clock = live_app.window, live_app.talk, live_app.clock
    key(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert item(window, "talkSetupScreen").isVisible()
    tab_to(qtbot, window, "starts_0")
    key(qtbot, window, Qt.Key.Key_Space)
    tab_to(qtbot, window, "startButton")
    key(qtbot, window, Qt.Key.Key_Return)
    assert talk.phase == "talk"
    assert text_of(window, "speakerName") == "Sam's turn"
    assert text_of(window, "promptText")

    clock.advance(40)
    key(qtbot, window, Qt.Key.Key_Space)  # pass the turn
    assert text_of(window, "speakerName") == "Alex's turn"
    clock.advance(30)
    key(qtbot, window, Qt.Key.Key_P)  # pause
    assert item(window, "pausedLayer").isVisible()
    frozen = text_of(window, "talkTimer")
    clock.advance(600)
    talk.tick()
    assert text_of(window, "talkTimer") == frozen, "pausing freezes the talk timer"
    key(qtbot, window, Qt.Key.Key_P)  # resume
    assert not item_visible(window, "pausedLayer")
    first_prompt = text_of(window, "promptText")
    key(qtbot, window, Qt.Key.Key_R)  # I'd rather not: a new prompt, same speaker
    assert text_of(window, "promptText") != first_prompt
    assert text_of(window, "speakerName") == "Alex's turn"
    key(qtbot, window, Qt.Key.Key_N)  # next prompt
    key(qtbot, window, Qt.Key.Key_Space)
    assert text_of(window, "speakerName") == "Sam's turn"

    clock.advance(300)  # past the planned end
    talk.tick()
    assert talk.phase == "wrapup"
    assert item(window, "wrapUpScreen").isVisible()
    tab_to(qtbot, window, "phrase0_0")
    key(qtbot, window, Qt.Key.Key_Space)
    tab_to(qtbot, window, "rating0_4")
    key(qtbot, window, Qt.Key.Key_Space)
    tab_to(qtbot, window, "ownThanks1")
    for ch in "Thanks, love":
        qtbot.keyClick(window, ch)
    tab_to(qtbot, window, "rating1_5")
    key(qtbot, window, Qt.Key.Key_Space)
    tab_to(qtbot, window, "saveWrapUp")
    key(qtbot, window, Qt.Key.Key_Return)

    assert talk.phase == "setup"
    assert live_app.context.nav.current == "home"
    db = live_app.context.database.db
    wrapups = db.execute(
        "SELECT partner, thanks_text, closeness FROM wrapups ORDER BY partner"
    ).fetchall()
    assert [tuple(r) for r in wrapups] == [
        (0, "Thank you for sharing that with me.", 4),
        (1, "Thanks, love", 5),
    ]
    outcomes = turns(live_app)
    assert outcomes[0] == (0, "passed")
    assert (1, "declined") in outcomes
    assert outcomes[-2:] == [(1, "passed"), (0, "spoke")]  # time ran out during Sam's turn
    assert item(window, "recentTalk0").isVisible()


def test_whole_talk_by_mouse_alone(qtbot, live_app):
    window, talk, clock = live_app.window, live_app.talk, live_app.clock
    click(qtbot, window, "nav_talk")  # the setup (Home starts a first talk at once)
    click(qtbot, window, "length_10")
    click(qtbot, window, "turn_60")
    click(qtbot, window, "starts_1")
    click(qtbot, window, "startButton")
    assert text_of(window, "speakerName") == "Alex's turn"
    assert text_of(window, "talkTimer").startswith("10:00")
    clock.advance(20)
    click(qtbot, window, "passButton")
    assert text_of(window, "speakerName") == "Sam's turn"
    click(qtbot, window, "pauseButton")
    click(qtbot, window, "resumeButton")
    click(qtbot, window, "endButton")
    click(qtbot, window, "confirmCancel")
    assert talk.phase == "talk", "cancelling the end keeps talking"
    clock.advance(15)
    click(qtbot, window, "endButton")
    click(qtbot, window, "confirmAccept")
    assert talk.phase == "wrapup"
    click(qtbot, window, "skipWrapUp")
    assert live_app.context.nav.current == "home"
    summary = TalkRepository(live_app.context.database.db).recent_talks(1)[0]
    assert summary.end_reason == "ended_early"
    assert summary.planned_minutes == 10
    assert turns(live_app) == [(1, "passed"), (0, "spoke")]


def test_turn_end_suggests_passing_but_never_cuts_off(qtbot, live_app):
    window, talk, clock = live_app.window, live_app.talk, live_app.clock
    live_app.talk_setup.firstSpeaker = 0
    live_app.context.nav.go("talk")
    assert talk.start() == ""
    clock.advance(90 - 14)
    talk.tick()
    assert "15 seconds" in text_of(window, "turnHint")
    clock.advance(12)  # 0:02 left: the line must still be true
    talk.tick()
    assert text_of(window, "turnTimer") == "0:02"
    assert "Less than 15 seconds" in text_of(window, "turnHint")
    assert "About 15" not in text_of(window, "turnHint")
    clock.advance(18)
    talk.tick()
    assert "Pass the turn whenever you're ready" in text_of(window, "turnHint")
    assert text_of(window, "speakerName") == "Sam's turn", "the speaker keeps the floor"
    assert text_of(window, "turnTimer") == "0:00"


def test_listener_step_by_keyboard(qtbot, live_app):
    window, talk, clock = live_app.window, live_app.talk, live_app.clock
    live_app.talk_setup.firstSpeaker = 0
    live_app.talk_setup.listenerStep = True
    live_app.context.nav.go("talk")
    assert talk.start() == ""
    clock.advance(30)
    key(qtbot, window, Qt.Key.Key_Space)
    assert live_app.running.state == "listener_step"
    assert text_of(window, "speakerName") == "Alex, say back what you heard"
    key(qtbot, window, Qt.Key.Key_M)  # there's more: the floor goes back to Sam
    assert live_app.running.state == "speaking"
    assert text_of(window, "speakerName") == "Sam's turn"
    clock.advance(20)
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Y)  # yes, that's it: Alex's turn
    assert text_of(window, "speakerName") == "Alex's turn"


def test_escape_asks_gently_before_ending(qtbot, live_app):
    window, talk = live_app.window, live_app.talk
    live_app.context.nav.go("talk")
    assert talk.start() == ""
    key(qtbot, window, Qt.Key.Key_Escape)
    assert focused_name(window) == "confirmCancel"
    key(qtbot, window, Qt.Key.Key_Escape)  # Esc backs out of the question
    assert talk.phase == "talk"
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, Qt.Key.Key_Return)
    assert talk.phase == "wrapup"


def test_a_break_is_kept_and_offered_on_home(qtbot, live_app):
    window, talk, clock = live_app.window, live_app.talk, live_app.clock
    live_app.context.nav.go("talk")
    assert talk.start() == ""
    clock.advance(50)
    key(qtbot, window, Qt.Key.Key_B)
    click(qtbot, window, "break_60")
    assert live_app.running.state == "on_break"
    remaining = text_of(window, "talkTimer")
    click(qtbot, window, "breakHomeButton")
    assert "taking a break" in text_of(window, "resumeText")
    clock.advance(2 * 3600)
    click(qtbot, window, "resumeTalkButton")
    assert live_app.context.nav.current == "talk"
    assert live_app.running.state == "speaking"
    assert text_of(window, "talkTimer") == remaining


def test_own_prompt_added_chosen_and_removed(qtbot, live_app):
    window, talk = live_app.window, live_app.talk
    live_app.context.nav.go("talk")
    click(qtbot, window, "deck_ours")
    click(qtbot, window, "pickPromptButton")
    click(qtbot, window, "ownPromptField")
    for ch in "What made you smile today?":
        qtbot.keyClick(window, ch)
    click(qtbot, window, "addOwnPrompt")
    click(qtbot, window, "pick_ours-1")
    assert live_app.talk_setup.prompt == "ours-1"
    click(qtbot, window, "startButton")
    assert text_of(window, "promptText") == "What made you smile today?"
    assert text_of(window, "deckName") == "Ours"
    talk.end()
    talk.finishWrapUp()
    live_app.context.nav.go("home")
    live_app.context.nav.go("talk")
    click(qtbot, window, "deck_ours")
    click(qtbot, window, "pickPromptButton")
    click(qtbot, window, "edit_ours-1")
    field = item(window, "edit_field_ours-1")
    field.setProperty("text", "")
    for ch in "What made you laugh today?":
        qtbot.keyClick(window, ch)
    click(qtbot, window, "save_edit_ours-1")
    assert live_app.context.bridges["Prompts"].textOf("ours-1") == "What made you laugh today?"
    click(qtbot, window, "delete_ours-1")
    assert live_app.context.bridges["Prompts"].promptsIn("ours") == []


def test_empty_own_prompt_is_refused_clearly(qtbot, live_app):
    window = live_app.window
    live_app.context.nav.go("talk")
    click(qtbot, window, "deck_ours")
    click(qtbot, window, "pickPromptButton")
    click(qtbot, window, "addOwnPrompt")
    assert text_of(window, "ownPromptError")
    assert live_app.context.bridges["Prompts"].promptsIn("ours") == []


def item_visible(window, name: str) -> bool:
    from openup_desktop.qt_items import find_item

    return find_item(window, name).isVisible()


def test_settings_report_the_prompt_decks(qtbot, live_app):
    click(qtbot, live_app.window, "nav_settings")
    assert "14 decks ready, with 323 prompts" in text_of(live_app.window, "deckStatus")
    live_app.context.app.language = "es"
    qtbot.wait(20)
    assert "14 barajas listas, con 323 preguntas" in text_of(live_app.window, "deckStatus")
    live_app.context.app.language = "en"


def test_a_right_to_left_name_keeps_whose_turn_it_is_readable(qtbot, fresh_app):
    """An Arabic name at the start of an English sentence must not turn the line around
    ("s turn'سارة", pushed to the far side): the name is set apart in its own direction."""
    live, window = fresh_app, fresh_app.window
    assert live.context.app.completeFirstRun("سارة", "#B4432F", "Alex", "#2F5E8C") == ""
    key(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, window, "starts_0")
    click(qtbot, window, "startButton")
    turn = item(window, "speakerName")
    assert turn.property("text") == "\u2068سارة\u2069's turn"
    laid_out = QQmlExpression(
        QQmlEngine.contextForObject(turn), turn, "effectiveHorizontalAlignment === Text.AlignLeft"
    )
    assert laid_out.evaluate()[0] is True, "the line reads left to right, like the sentence"


def test_a_recent_talk_whose_prompt_is_gone_leaves_no_empty_line(qtbot, live_app):
    """A prompt from a source isn't in any deck after a restart: the talk is still listed, with
    no blank line where its prompt would be."""
    talk, window = live_app.talk, live_app.window
    assert talk.start() == ""
    live_app.clock.advance(30)
    talk.end()
    talk.finishWrapUp()
    db = live_app.context.database.db
    db.execute("UPDATE talks SET prompt_ids = ?", ['["source-prompt-no-longer-known"]'])
    live_app.context.bridges["TalkHistory"].changed.emit()
    live_app.context.nav.go("home")
    qtbot.wait(10)
    assert item(window, "recentTalk0").isVisible()
    assert [line.isVisible() for line in find_items(window, "recentPrompts0")] == [False]
