"""The tray icon behaves as each system's users expect (the platform is faked where needed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from openup_desktop.resources import asset
from openup_desktop.tray import (
    Reason,
    native_tray_available,
    opens_window,
    reopen_from_dock,
    tray_icon,
)


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
    path, template = tray_icon("darwin")
    assert template, "marked as a template (a mask), so the menu bar tints it"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (44, 44), "sharp on a Retina menu bar (22 pt)"
    colours = {
        image.pixelColor(x, y).name()
        for x in range(44)
        for y in range(44)
        if image.pixelColor(x, y).alpha()
    }
    assert colours == {"#000000"}, "a template is black; only its shape counts"
    assert tray_icon("win32") == (asset("icons", "openup-256.png"), False)


def test_the_tray_is_the_systems_own_where_there_is_one():
    """Without Qt Widgets the tray is Qt's native one: always on Windows and macOS, never
    offscreen (asked first, so Qt never logs an error about a missing tray)."""
    assert native_tray_available("windows")
    assert native_tray_available("cocoa")
    assert not native_tray_available("offscreen")
    assert not native_tray_available("minimal")


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus is Linux's")
def test_on_linux_the_tray_is_there_when_a_status_notifier_host_is():
    """Without Qt Widgets, Linux's tray is the StatusNotifier protocol: no host, no icon (and
    Settings says reminders show inside the window); a host (KDE, GNOME's AppIndicator), an icon.
    """
    runner = shutil.which("dbus-run-session")
    assert runner, "install the 'dbus' package (dbus-run-session) to run this test"
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(repo))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    probe = repo / "tests" / "helpers" / "tray_probe.py"
    result = subprocess.run(
        [runner, "--", sys.executable, str(probe), "check"],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=repo,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["no host: False False", "ready True", "host: True True"]
