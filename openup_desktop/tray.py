"""The system-tray icon: reminders while OpenUp runs, and (if chosen) staying open in the tray.

Notifications carry only generic text ("Your talk is coming up at 20:30."): a notification can
pop up while anyone is looking at the screen, so it never holds a topic, a prompt or vault text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

log = logging.getLogger("openup.tray")


class Tray:
    def __init__(self, icon: QIcon, on_open: Callable[[], None], on_quit: Callable[[], None]):
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self._icon: QSystemTrayIcon | None = None
        if not self.available:
            log.info("No system tray here; reminders show inside the window")
            return
        tray = QSystemTrayIcon(icon)
        tray.setToolTip("OpenUp")
        menu = QMenu()
        open_action = QAction("Open OpenUp", menu)
        open_action.triggered.connect(on_open)
        quit_action = QAction("Quit", menu)
        quit_action.triggered.connect(on_quit)
        menu.addAction(open_action)
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: on_open())
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
