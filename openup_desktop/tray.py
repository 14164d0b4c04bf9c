"""The system-tray icon: reminders while OpenUp runs, and (if chosen) staying open in the tray.

Notifications carry only generic text ("Your talk is coming up at 20:30."): a notification can
pop up while anyone is looking at the screen, so it never holds a topic, a prompt or vault text.

Each system's habits are kept: on Windows and Linux a click (or double-click) on the icon opens
the window and a right-click only shows the menu; on macOS a click shows the menu, the icon is a
template image drawn in the menu bar's own colour, and a click on the Dock icon brings back a
window that lives in the tray.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .resources import asset

log = logging.getLogger("openup.tray")

Reason = QSystemTrayIcon.ActivationReason


def _platform() -> str:
    return sys.platform


def opens_window(reason: Reason, platform: str | None = None) -> bool:
    """Whether this activation of the tray icon should open the window.

    Never the context click (right-click: the menu opens, and the window must not jump up
    behind it) and never on macOS, where a click on a menu-bar icon shows its menu.
    """
    if (platform or _platform()) == "darwin":
        return False
    return reason in (Reason.Trigger, Reason.DoubleClick)


def tray_icon(app_icon: QIcon, platform: str | None = None) -> QIcon:
    """The icon for the tray: the app's own, or on macOS the black template the menu bar tints."""
    if (platform or _platform()) != "darwin":
        return app_icon
    icon = QIcon()
    for size in (22, 44):
        icon.addFile(str(asset("icons", f"openup-tray-template-{size}.png")))
    icon.setIsMask(True)  # macOS: an NSImage template, light or dark with the menu bar
    return icon


def reopen_from_dock(
    app: QGuiApplication,
    window_hidden: Callable[[], bool],
    on_open: Callable[[], None],
    platform: str | None = None,
) -> None:
    """macOS: a click on the Dock icon shows the window again when it was closed to the tray.

    Qt reports every Dock click as the app becoming active (even when it already was), which is
    also what a Cmd-Tab to OpenUp does; both should bring the window back.
    """
    if (platform or _platform()) != "darwin":
        return

    def follow(state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and window_hidden():
            on_open()

    app.applicationStateChanged.connect(follow)


class Tray:
    def __init__(self, icon: QIcon, on_open: Callable[[], None], on_quit: Callable[[], None]):
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self._icon: QSystemTrayIcon | None = None
        if not self.available:
            log.info("No system tray here; reminders show inside the window")
            return
        tray = QSystemTrayIcon(tray_icon(icon))
        tray.setToolTip("OpenUp")
        menu = QMenu()
        open_action = QAction("Open OpenUp", menu)
        open_action.triggered.connect(on_open)
        quit_action = QAction("Quit", menu)
        quit_action.triggered.connect(on_quit)
        menu.addAction(open_action)
        menu.addAction(quit_action)
        tray.setContextMenu(menu)

        def on_activated(reason: Reason) -> None:
            if opens_window(reason):
                on_open()

        tray.activated.connect(on_activated)
        tray.messageClicked.connect(on_open)
        tray.show()
        self._menu = menu
        self._icon = tray

    def notify(self, text: str) -> None:
        if self._icon is not None:
            self._icon.showMessage("OpenUp", text, QSystemTrayIcon.MessageIcon.Information)

    def hide(self) -> None:
        if self._icon is not None:
            self._icon.hide()
