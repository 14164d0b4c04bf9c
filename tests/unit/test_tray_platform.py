"""The tray icon behaves as each system's users expect (the platform is faked where needed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from openup_desktop.resources import asset
from openup_desktop.tray import opens_window, reopen_from_dock, tray_icon

Reason = QSystemTrayIcon.ActivationReason


@pytest.mark.parametrize("system", ["win32", "linux"])
def test_a_click_opens_the_window_and_a_right_click_only_shows_the_menu(system):
    assert opens_window(Reason.Trigger, system)
    assert opens_window(Reason.DoubleClick, system)
    assert not opens_window(Reason.Context, system)
    assert not opens_window(Reason.MiddleClick, system)
    assert not opens_window(Reason.Unknown, system)


def test_on_macos_a_click_on_the_menu_bar_icon_only_shows_the_menu():
    for reason in (Reason.Trigger, Reason.DoubleClick, Reason.Context):
        assert not opens_window(reason, "darwin")


def test_macos_gets_a_template_icon_the_menu_bar_can_tint(qapp):
    app_icon = QIcon(str(asset("icons", "openup-256.png")))
    template = tray_icon(app_icon, "darwin")
    assert template.isMask()
    assert {(s.width(), s.height()) for s in template.availableSizes()} == {(22, 22), (44, 44)}
    image = template.pixmap(44, 44).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(44)
        for y in range(44)
        if image.pixelColor(x, y).alpha()
    }
    assert colours == {"#000000"}, "a template is black; only its shape counts"
    assert tray_icon(app_icon, "win32") is app_icon


def test_a_dock_click_on_macos_brings_back_a_window_closed_to_the_tray(qapp):
    opened: list[str] = []
    hidden = {"value": True}
    reopen_from_dock(qapp, lambda: hidden["value"], lambda: opened.append("open"), "darwin")
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert opened == ["open"]
    hidden["value"] = False  # already on screen: nothing to do
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    hidden["value"] = True
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert opened == ["open"]


def test_elsewhere_becoming_active_does_not_reopen_anything(qapp):
    opened: list[str] = []
    reopen_from_dock(qapp, lambda: True, lambda: opened.append("open"), "win32")
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert opened == []
