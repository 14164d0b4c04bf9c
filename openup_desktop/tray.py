"""The system-tray icon: reminders while OpenUp runs, and (if chosen) staying open in the tray.

Notifications carry only generic text ("Your talk is coming up at 20:30."): a notification can
pop up while anyone is looking at the screen, so it never holds a topic, a prompt or vault text.

Each system's habits are kept: on Windows and Linux a click (or double-click) on the icon opens
the window and a right-click only shows the menu; on macOS a click shows the menu, the icon is a
template image drawn in the menu bar's own colour, and a click on the Dock icon brings back a
window that lives in the tray.

Why Qt Labs Platform (``ui/Tray.qml``) and not ``QSystemTrayIcon``: the window is all Qt Quick,
so OpenUp runs on a ``QGuiApplication`` and never loads Qt Widgets, which saves start-up time
and memory. The icon is the system's own tray through Qt's platform layer, the same one
``QSystemTrayIcon`` used where it exists: Windows, macOS, and Linux desktops that offer a
StatusNotifier host (KDE, GNOME with the AppIndicator extension, most others). Only the old
XEmbed-only trays are left out; there, as with no tray at all, Settings says reminders show
inside the window. The tray is made after the first frame, so it never delays the window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent, QQmlEngine

from .resources import asset, ui_dir

log = logging.getLogger("openup.tray")

#: What the Linux tray protocol (StatusNotifier) needs: a host that shows the icons.
STATUS_NOTIFIER_WATCHER = "org.kde.StatusNotifierWatcher"


class Reason(IntEnum):
    """Why the icon was activated (Qt's QPlatformSystemTrayIcon::ActivationReason values)."""

    Unknown = 0
    Context = 1
    DoubleClick = 2
    Trigger = 3
    MiddleClick = 4


def _platform() -> str:
    return sys.platform


def opens_window(reason: Reason | int, platform: str | None = None) -> bool:
    """Whether this activation of the tray icon should open the window.

    Never the context click (right-click: the menu opens, and the window must not jump up
    behind it) and never on macOS, where a click on a menu-bar icon shows its menu.
    """
    if (platform or _platform()) == "darwin":
        return False
    return reason in (Reason.Trigger, Reason.DoubleClick)


def tray_icon(platform: str | None = None) -> tuple[Path, bool]:
    """The image for the tray and whether it is a template: the app's own icon, or on macOS the
    black shape the menu bar tints (an NSImage template, light or dark with the menu bar)."""
    if (platform or _platform()) == "darwin":
        return asset("icons", "openup-tray-template-44.png"), True
    return asset("icons", "openup-256.png"), False


def native_tray_available(platform_name: str, session_bus: object | None = None) -> bool:
    """Whether this system has a tray Qt can reach without Qt Widgets.

    Windows and macOS always do. On Linux (X11 or Wayland) it takes a StatusNotifier host on
    the session bus; asking first also keeps Qt from logging an error about a missing tray.
    Offscreen and other platforms have none.
    """
    if platform_name in ("windows", "cocoa"):
        return True
    if platform_name != "xcb" and not platform_name.startswith("wayland"):
        return False
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface
    except ImportError:  # pragma: no cover - a bundle without QtDBus
        return False
    bus = session_bus if session_bus is not None else QDBusConnection.sessionBus()
    assert isinstance(bus, QDBusConnection)
    if not bus.isConnected():
        return False
    watcher = QDBusInterface(
        STATUS_NOTIFIER_WATCHER, "/StatusNotifierWatcher", STATUS_NOTIFIER_WATCHER, bus
    )
    return watcher.isValid() and bool(watcher.property("IsStatusNotifierHostRegistered"))


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
    """The icon (``ui/Tray.qml``) in ``engine``, or nothing where the system has no tray."""

    def __init__(
        self,
        engine: QQmlEngine,
        on_open: Callable[[], None],
        on_quit: Callable[[], None],
        available: bool | None = None,
    ) -> None:
        if available is None:
            available = native_tray_available(QGuiApplication.platformName())
        self._icon: QObject | None = None
        self.available = False
        if not available:
            log.info("No system tray here; reminders show inside the window")
            return
        source, template = tray_icon()
        component = QQmlComponent(engine, QUrl.fromLocalFile(str(ui_dir() / "Tray.qml")))
        icon = component.createWithInitialProperties(
            {"iconSource": QUrl.fromLocalFile(str(source)), "iconIsTemplate": template}
        )
        if icon is None:
            log.warning("The tray icon could not be made: %s", component.errorString())
            return

        def on_activated(reason: int) -> None:
            if opens_window(reason):
                on_open()

        icon.activatedWith.connect(on_activated)  # type: ignore[attr-defined]  # QML signals
        icon.openChosen.connect(on_open)  # type: ignore[attr-defined]
        icon.quitChosen.connect(on_quit)  # type: ignore[attr-defined]
        self._component = component
        self._icon = icon
        self.available = bool(icon.property("available"))

    def notify(self, text: str) -> None:
        if self._icon is not None:
            QMetaObject.invokeMethod(self._icon, "notify", Q_ARG(str, text))

    def hide(self) -> None:
        if self._icon is not None:
            self._icon.setProperty("visible", False)
