"""First run, driven like the couple would: type names, pick colours, both promise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from openup_desktop.store.couple import CoupleRepository
from tests.helpers.qml import click, focused_name, item, key, tab_to, type_text

pytestmark = pytest.mark.gui


def fill_names(qtbot, window, first: str, second: str) -> None:
    click(qtbot, window, "beginButton")
    click(qtbot, window, "nameField0")
    type_text(qtbot, window, first)
    click(qtbot, window, "swatch0_B4432F")
    click(qtbot, window, "nameField1")
    type_text(qtbot, window, second)
    click(qtbot, window, "swatch1_2F5E8C")


def test_first_run_saves_the_couple_after_both_promise(qtbot, fresh_app):
    window = fresh_app.window
    assert fresh_app.context.app.firstRunNeeded
    fill_names(qtbot, window, "  Robin ", "Kai")
    click(qtbot, window, "namesContinue")
    click(qtbot, window, "promiseButton0")
    assert fresh_app.context.app.firstRunNeeded, "nothing is saved until both have promised"
    assert CoupleRepository(fresh_app.context.database.db).partners() == []
    click(qtbot, window, "promiseButton1")

    assert not fresh_app.context.app.firstRunNeeded
    partners = CoupleRepository(fresh_app.context.database.db).partners()
    assert [(p.name, p.colour, p.promised) for p in partners] == [
        ("Robin", "#B4432F", True),
        ("Kai", "#2F5E8C", True),
    ]
    # Nothing more is asked before the first talk: Home, with "Start a talk" ready for Enter.
    assert fresh_app.context.nav.current == "home"
    assert item(window, "homeScreen").isVisible()
    qtbot.waitUntil(lambda: focused_name(window) == "startTalkButton")


def test_same_names_are_refused_with_a_clear_message(qtbot, fresh_app):
    window = fresh_app.window
    fill_names(qtbot, window, "Robin", "robin")
    click(qtbot, window, "namesContinue")
    error = item(window, "firstRunError")
    assert "different" in error.property("text")
    assert fresh_app.context.app.firstRunNeeded


def test_the_other_partners_colour_cannot_be_taken(qtbot, fresh_app):
    window = fresh_app.window
    click(qtbot, window, "beginButton")
    click(qtbot, window, "swatch0_B4432F")
    taken = item(window, "swatch1_B4432F")
    assert not taken.isEnabled()


def test_first_run_by_keyboard_alone(qtbot, fresh_app):
    window = fresh_app.window
    key(qtbot, window, Qt.Key.Key_Return)  # "Let's begin" has focus
    type_text(qtbot, window, "Robin")  # focus moved to the first name field
    key(qtbot, window, Qt.Key.Key_Return)  # Enter moves on to the second name
    type_text(qtbot, window, "Kai")
    screen = item(window, "firstRunScreen")
    assert screen.property("name0") == "Robin"
    assert screen.property("name1") == "Kai"
    # Two different colours are already chosen; either can still be changed.
    assert screen.property("colour0") and screen.property("colour1")
    assert screen.property("colour0") != screen.property("colour1")
    key(qtbot, window, Qt.Key.Key_Return)  # Enter on the second name continues
    assert item(window, "promiseButton0").isVisible()
    tab_to(qtbot, window, "promiseButton0")
    key(qtbot, window, Qt.Key.Key_Space)
    tab_to(qtbot, window, "promiseButton1")
    key(qtbot, window, Qt.Key.Key_Space)
    assert not fresh_app.context.app.firstRunNeeded
    assert item(window, "homeScreen").isVisible()


def test_first_run_does_not_return_after_restart(qtbot, data_dir):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    live = start_live_app(qtbot, data_dir, couple=True)
    stop_live_app(live)
    again = start_live_app(qtbot, data_dir, couple=False)
    try:
        assert not again.context.app.firstRunNeeded
        assert item(again.window, "homeScreen").isVisible()
    finally:
        stop_live_app(again)


def test_reset_from_settings_asks_first_then_shows_first_run(qtbot, live_app):
    window = live_app.window
    click(qtbot, window, "nav_settings")
    click(qtbot, window, "resetFirstRunButton")
    click(qtbot, window, "confirmCancel")
    assert not live_app.context.app.firstRunNeeded, "cancelling changes nothing"
    click(qtbot, window, "resetFirstRunButton")
    click(qtbot, window, "confirmAccept")
    assert live_app.context.app.firstRunNeeded
    assert item(window, "firstRunScreen").isVisible()


def test_setting_up_again_keeps_each_partner_in_their_place(qtbot, live_app):
    """The vault knows each partner by their place: setting up again offers the names and
    colours where they were, so nobody's passphrase ends up opening the other's shares."""
    window = live_app.window
    click(qtbot, window, "nav_settings")
    click(qtbot, window, "resetFirstRunButton")
    click(qtbot, window, "confirmAccept")
    click(qtbot, window, "beginButton")
    assert item(window, "nameField0").property("text") == "Sam"
    assert item(window, "nameField1").property("text") == "Alex"
    click(qtbot, window, "namesContinue")
    click(qtbot, window, "promiseButton0")
    click(qtbot, window, "promiseButton1")
    partners = CoupleRepository(live_app.context.database.db).partners()
    assert [(p.seat, p.name, p.colour) for p in partners] == [
        (0, "Sam", "#B4432F"),
        (1, "Alex", "#2F5E8C"),
    ]
