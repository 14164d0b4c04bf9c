"""The shell: every screen reachable by mouse and keyboard, each saying what it is for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from openup_desktop.bridge.navigation import SCREENS
from openup_desktop.qt_items import find_items
from tests.helpers.qml import click, focused_name, item, key

pytestmark = pytest.mark.gui

SCREEN_ITEMS = {name: f"{name}Screen" for name in SCREENS}


@pytest.mark.parametrize("screen", SCREENS)
def test_each_screen_opens_from_the_rail(qtbot, live_app, screen):
    click(qtbot, live_app.window, f"nav_{screen}")
    assert live_app.context.nav.current == screen
    assert item(live_app.window, SCREEN_ITEMS[screen]).isVisible()
    title = item(live_app.window, "screenTitle")
    assert title.property("text").strip()


def test_ctrl_number_shortcuts_switch_screens(qtbot, live_app):
    for index, screen in enumerate(SCREENS, start=1):
        key(
            qtbot,
            live_app.window,
            getattr(Qt.Key, f"Key_{index}"),
            Qt.KeyboardModifier.ControlModifier,
        )
        assert live_app.context.nav.current == screen


def test_tab_moves_a_visible_focus_through_the_rail(qtbot, live_app):
    window = live_app.window
    seen = []
    for _ in range(8):
        key(qtbot, window, Qt.Key.Key_Tab)
        seen.append(focused_name(window))
    assert "nav_talk" in seen and "nav_settings" in seen
    # Focus on a nav button draws the focus ring.
    item(window, "nav_about").forceActiveFocus(Qt.FocusReason.TabFocusReason)
    assert item(window, "nav_about").property("visualFocus")
    key(qtbot, window, Qt.Key.Key_Return)
    assert live_app.context.nav.current == "about"


def test_dark_mode_override_changes_the_window(qtbot, live_app):
    window = live_app.window
    click(qtbot, window, "nav_settings")
    click(qtbot, window, "theme_dark")
    dark_bg = window.color().lightness()
    click(qtbot, window, "theme_light")
    light_bg = window.color().lightness()
    assert dark_bg < 60 < 200 < light_bg
    assert live_app.context.app.themeMode == "light"


def test_theme_choice_is_remembered(qtbot, data_dir):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    live = start_live_app(qtbot, data_dir, couple=True)
    live.context.app.themeMode = "dark"
    stop_live_app(live)
    again = start_live_app(qtbot, data_dir, couple=False)
    try:
        assert again.context.app.themeMode == "dark"
        assert again.window.color().lightness() < 60
    finally:
        stop_live_app(again)


def test_damaged_database_notice_is_shown_and_can_be_dismissed(qtbot, data_dir):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    (data_dir / "openup.db").write_bytes(b"this is not a database" * 100)
    live = start_live_app(qtbot, data_dir, couple=True)
    try:
        text = item(live.window, "noticeText").property("text")
        assert "started fresh" in text and "openup.db.damaged-" in text
        click(qtbot, live.window, "noticeDismiss")
        qtbot.waitUntil(
            lambda: not any(bar.isVisible() for bar in find_items(live.window, "noticeBar"))
        )
    finally:
        stop_live_app(live)
