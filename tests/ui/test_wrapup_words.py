"""Thanks typed after a talk are never thrown away without asking: Skip and closing the window
ask first, and a thank-you too long to keep stops at the limit with a count that says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.helpers.qml import click, item, key, popup_open, text_of, type_text

pytestmark = pytest.mark.gui

WORDS = "You listened so well"


def wrapups(live) -> list[tuple[int, str | None]]:
    rows = live.context.database.db.execute(
        "SELECT partner, thanks_text FROM wrapups ORDER BY partner"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def to_wrapup_and_type(qtbot, live, words: str = WORDS) -> None:
    live.context.nav.go("talk")
    assert live.talk.start() == ""
    live.talk.end()
    qtbot.wait(10)
    assert item(live.window, "wrapUpScreen").isVisible()
    click(qtbot, live.window, "ownThanks0")
    type_text(qtbot, live.window, words)


def test_skip_after_typing_thanks_asks_and_can_save_them(qtbot, live_app):
    window = live_app.window
    to_wrapup_and_type(qtbot, live_app)
    click(qtbot, window, "skipWrapUp")
    assert popup_open(window, "skipWrapUpDialog"), "Skip must ask before typed thanks go"
    assert live_app.talk.phase == "wrapup"

    click(qtbot, window, "confirmCancel")  # keep writing: nothing lost, still here
    assert not popup_open(window, "skipWrapUpDialog")
    assert text_of(window, "ownThanks0") == WORDS

    click(qtbot, window, "skipWrapUp")
    click(qtbot, window, "confirmAccept")  # save them
    assert live_app.talk.phase == "setup"
    assert wrapups(live_app) == [(0, WORDS)]


def test_skip_after_typing_can_discard_and_skip_alone_does_not_ask(qtbot, live_app):
    window = live_app.window
    to_wrapup_and_type(qtbot, live_app)
    click(qtbot, window, "skipWrapUp")
    click(qtbot, window, "confirmExtra")  # discard
    assert live_app.talk.phase == "setup"
    assert wrapups(live_app) == []

    live_app.context.nav.go("talk")
    assert live_app.talk.start() == ""
    live_app.talk.end()
    click(qtbot, window, "rating0_3")  # a tap on a chip is not typed words
    click(qtbot, window, "skipWrapUp")
    assert not popup_open(window, "skipWrapUpDialog")
    assert live_app.talk.phase == "setup"


def test_closing_the_window_with_typed_thanks_asks_and_can_save_them(qtbot, live_app):
    window = live_app.window
    to_wrapup_and_type(qtbot, live_app)
    window.close()
    qtbot.wait(10)
    assert window.isVisible(), "the window closed and the typed thanks were lost"
    assert popup_open(window, "leaveThanksDialog")
    click(qtbot, window, "confirmCancel")
    assert window.isVisible() and text_of(window, "ownThanks0") == WORDS

    window.close()
    qtbot.wait(10)
    click(qtbot, window, "confirmAccept")  # save and close
    assert wrapups(live_app) == [(0, WORDS)]
    assert live_app.talk.phase == "setup"


def test_closing_the_window_can_discard_typed_thanks(qtbot, live_app):
    window = live_app.window
    to_wrapup_and_type(qtbot, live_app)
    window.close()
    qtbot.wait(10)
    click(qtbot, window, "confirmExtra")  # discard and close
    assert wrapups(live_app) == []
    assert live_app.talk.phase == "setup"


def test_a_pasted_thank_you_stops_at_the_limit_and_says_so(qtbot, live_app):
    window = live_app.window
    limit = live_app.running.thanksMaxLength
    to_wrapup_and_type(qtbot, live_app, "")
    assert not item_shown(window, "thanksCount0"), "no count while far from the limit"
    QGuiApplication.clipboard().setText("x" * 20_000)
    key(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(text_of(window, "ownThanks0")) == limit
    assert item_shown(window, "thanksCount0")
    assert f"{limit} of {limit} characters" in text_of(window, "thanksCount0")
    click(qtbot, window, "saveWrapUp")
    assert wrapups(live_app) == [(0, "x" * limit)]


def item_shown(window, name: str) -> bool:
    from openup_desktop.qt_items import find_item

    return find_item(window, name).isVisible()
