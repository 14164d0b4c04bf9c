"""Sources (add, change, remove, talk about one) and private reflections with 'Ask my partner'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from openup_desktop.qt_items import find_items
from tests.helpers.qml import click, item, text_of, type_text
from tests.ui.test_vault_flow import ALEX_PASS, SAM_PASS, private_step, set_up_both, wait_vault

pytestmark = pytest.mark.gui

CANARY = "Zx81 note only Sam may ever read"


def source_titles(window) -> list[str]:
    return [str(i.property("text")) for i in find_items(window, "sourceTitleText") if i.isVisible()]


def fill(qtbot, window, name: str, text: str) -> None:
    click(qtbot, window, name)
    field = item(window, name)
    field.setProperty("text", "")
    type_text(qtbot, window, text)


def test_add_change_remove_a_source_and_refuse_a_bad_link(qtbot, live_app):
    window = live_app.window
    click(qtbot, window, "nav_sources")
    examples = source_titles(window)
    assert 3 <= len(examples) <= 5, "built-in examples work on first run"

    click(qtbot, window, "addSource")
    click(qtbot, window, "kind_song")
    fill(qtbot, window, "sourceTitle", "Harbour Lights")
    fill(qtbot, window, "sourceLink", "javascript:alert(1)")
    click(qtbot, window, "saveSource")
    assert "link" in text_of(window, "sourcesMessage").lower()
    assert "Harbour Lights" not in source_titles(window)
    fill(qtbot, window, "sourceLink", "https://example.org/harbour")
    click(qtbot, window, "saveSource")
    assert source_titles(window)[0] == "Harbour Lights"

    opened = []
    live_app.context.bridges["Sources"]._open_url = lambda url: (
        opened.append(url.toString()) or True
    )
    click(qtbot, window, "openLink_0")
    assert opened == ["https://example.org/harbour"]

    click(qtbot, window, "editSource_0")
    fill(qtbot, window, "sourceTitle", "Harbour Lights (live)")
    click(qtbot, window, "saveSource")
    assert source_titles(window)[0] == "Harbour Lights (live)"
    click(qtbot, window, "removeSource_0")
    assert source_titles(window) == examples


def test_talk_from_a_built_in_source_and_from_our_own(qtbot, live_app):
    window, talk = live_app.window, live_app.talk
    click(qtbot, window, "nav_sources")
    title = source_titles(window)[0]
    click(qtbot, window, "talkAbout_0")
    assert live_app.context.nav.current == "talk"
    assert title in text_of(window, "chosenPromptText")
    click(qtbot, window, "startButton")
    first = text_of(window, "promptText")
    assert title in first
    assert title in text_of(window, "deckName")
    talk.nextPrompt()
    second = text_of(window, "promptText")
    assert title in second and second != first
    talk.end()
    talk.finishWrapUp()

    live_app.context.nav.go("sources")
    click(qtbot, window, "addSource")
    fill(qtbot, window, "sourceTitle", "The Long Walk Home")
    click(qtbot, window, "saveSource")
    click(qtbot, window, "talkAbout_0")
    click(qtbot, window, "startButton")
    assert "The Long Walk Home" in text_of(window, "promptText")


def test_reflection_is_private_and_ask_my_partner_carries_only_the_question(
    qtbot, live_app, data_dir
):
    window, vault = live_app.window, live_app.vault
    set_up_both(qtbot, live_app)
    click(qtbot, window, "nav_reflection")
    cards = live_app.context.bridges["Reflection"].cards
    assert len(cards) == 6
    card_id = cards[0]["id"]

    click(qtbot, window, "openNotes_0")
    private_step(qtbot, live_app, SAM_PASS)
    assert vault.mode == "reflection"
    note = item(window, f"note_{card_id}")
    click(qtbot, window, note)
    type_text(qtbot, window, CANARY)
    click(qtbot, window, f"saveNote_{card_id}")
    assert "sealed" in text_of(window, f"noteStatus_{card_id}")
    click(qtbot, window, "closeNotes")
    assert vault.mode == "locked"
    assert live_app.notes.reflectionNote(card_id) == ""

    # Alex alone cannot read it…
    click(qtbot, window, "openNotes_1")
    private_step(qtbot, live_app, ALEX_PASS)
    assert live_app.notes.reflectionNote(card_id) == ""
    assert CANARY not in str(item(window, f"note_{card_id}").property("text"))
    click(qtbot, window, "closeNotes")
    # …nor both together: a together session shows moments only.
    click(qtbot, window, "nav_vault")
    click(qtbot, window, "openTogether")
    private_step(qtbot, live_app, SAM_PASS)
    private_step(qtbot, live_app, ALEX_PASS)
    assert live_app.moments.items.rowCount() == 0
    click(qtbot, window, "lockButton")

    # Sam alone reads it back.
    click(qtbot, window, "nav_reflection")
    click(qtbot, window, "openNotes_0")
    private_step(qtbot, live_app, SAM_PASS)
    assert live_app.notes.reflectionNote(card_id) == CANARY
    click(qtbot, window, "closeNotes")

    # "Ask my partner": only the chosen question becomes the next talk's prompt.
    question = cards[0]["ask"][0]
    click(qtbot, window, f"ask_{question['promptId']}")
    assert live_app.talk_setup.prompt == question["promptId"]
    live_app.context.nav.go("talk")
    click(qtbot, window, "startButton")
    assert text_of(window, "promptText") == question["text"]
    assert CANARY not in text_of(window, "promptText")

    # The note is sealed on disk: no canary in any file of the data folder.
    wait_vault(qtbot, live_app)
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert CANARY.encode(encoding) not in data, f"{path.name} ({encoding})"


def test_an_unsaved_reflection_draft_is_sealed_when_the_vault_locks_itself(qtbot, live_app):
    window, vault = live_app.window, live_app.vault
    set_up_both(qtbot, live_app)
    click(qtbot, window, "nav_reflection")
    card_id = live_app.context.bridges["Reflection"].cards[0]["id"]
    click(qtbot, window, "openNotes_0")
    private_step(qtbot, live_app, SAM_PASS)
    click(qtbot, window, f"note_{card_id}")
    type_text(qtbot, window, "a draft not yet kept")
    vault.lock_guard.onApplicationStateChanged(Qt.ApplicationState.ApplicationInactive)
    assert vault.mode == "locked"
    click(qtbot, window, "openNotes_0")
    private_step(qtbot, live_app, SAM_PASS)
    assert live_app.notes.reflectionNote(card_id) == "a draft not yet kept"
