"""Lock the vault when the computer's screen locks or the session is switched (V7).

Why its own module: each system tells an app about this differently, and the vault controller
only needs one signal, :attr:`OsLockWatcher.lockRequested`. No new dependency is used:

* **Linux** — D-Bus through QtDBus (part of PySide6-Essentials): the screen savers' signal
  ``ActiveChanged(true)`` on the session bus (freedesktop, GNOME, MATE, Cinnamon), and
  systemd-logind's ``Lock`` (sent to a session when it should lock, e.g. before switching user)
  and ``PrepareForSleep(true)`` on the system bus. A desktop without these services simply
  sends nothing; Settings then says so.
* **Windows** — ``WM_WTSSESSION_CHANGE`` after ``WTSRegisterSessionNotification`` on the
  window, caught by a native event filter: lock, user switch (console or remote disconnect) and
  log-off.
* **macOS** — the screen-lock notification is only reachable through Objective-C (PyObjC), a
  dependency OpenUp doesn't ship; there the vault relies on "lock when OpenUp is in the
  background", which Settings recommends keeping on.

Locking more often than needed is harmless (the couple unlocks again); missing a lock is not,
so any matching signal locks, whichever session or screen saver sent it.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtGui import QWindow

try:  # a build may leave QtDBus out; then Settings says the screen lock isn't reachable
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - depends on the bundle
    QDBusConnection = None  # type: ignore[assignment,misc]  # a class or None; checked before use

log = logging.getLogger("openup.bridge.os_lock")

SCREEN_SAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
)
LOGIN1_SESSION = "org.freedesktop.login1.Session"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"

WM_WTSSESSION_CHANGE = 0x02B1
#: WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOGOFF, WTS_SESSION_LOCK
WTS_LOCKING_EVENTS = frozenset({0x2, 0x4, 0x6, 0x7})
NOTIFY_FOR_THIS_SESSION = 0


class OsLockWatcher(QObject):
    """Emits :attr:`lockRequested` when the system locks the screen or switches session."""

    #: a short reason for the log ("screen locked", "session switched", "sleep")
    lockRequested = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: object | None = None,
        system_bus: object | None = None,
        platform: str = sys.platform,
    ) -> None:
        """The buses can be given (a test uses a private session bus for both)."""
        super().__init__(parent)
        self._platform = platform
        self._listening: list[str] = []
        self._filter: _WtsFilter | None = None
        self._hwnd: ctypes.c_void_p | None = None
        if platform.startswith("linux") and QDBusConnection is not None:
            self._listen_dbus(
                session_bus if session_bus is not None else QDBusConnection.sessionBus(),
                system_bus if system_bus is not None else QDBusConnection.systemBus(),
            )
        elif platform == "win32":
            self._filter = _WtsFilter(self._on_windows_event)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._filter)

    @property
    def kind(self) -> str:
        """What this computer tells us: "linux", "windows" or "" (nothing reachable)."""
        if self._listening:
            return "linux"
        if self._filter is not None:
            return "windows"
        return ""

    def attach_window(self, window: QWindow | None) -> None:
        """Windows sends session messages only to windows that asked for them."""
        if self._filter is None or window is None:
            return
        try:
            wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]  # Windows only
            hwnd = ctypes.c_void_p(int(window.winId()))
            if wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                self._hwnd = hwnd
            else:
                log.warning("Windows did not register the session notification")
        except (AttributeError, OSError) as error:
            log.warning("Session notification unavailable (%s)", type(error).__name__)

    def close(self) -> None:
        if self._hwnd is not None:
            with contextlib.suppress(AttributeError, OSError):
                wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]  # Windows only
                wtsapi32.WTSUnRegisterSessionNotification(self._hwnd)
            self._hwnd = None
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
            self._filter = None

    # --- Linux ----------------------------------------------------------------------------

    def _listen_dbus(self, session: Any, system: Any) -> None:
        if session.isConnected():
            for interface in SCREEN_SAVERS:
                if session.connect(
                    "", "", interface, "ActiveChanged", self, SLOT("onScreenSaverActive(bool)")
                ):
                    self._listening.append(interface)
        if system.isConnected():
            if system.connect("", "", LOGIN1_SESSION, "Lock", self, SLOT("onSessionLock()")):
                self._listening.append(LOGIN1_SESSION)
            if system.connect(
                "", "", LOGIN1_MANAGER, "PrepareForSleep", self, SLOT("onPrepareForSleep(bool)")
            ):
                self._listening.append(LOGIN1_MANAGER)
        if self._listening:
            log.info("Listening for screen lock on D-Bus (%d signals)", len(self._listening))

    @Slot(bool)
    def onScreenSaverActive(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screen locked")

    @Slot()
    def onSessionLock(self) -> None:
        self.lockRequested.emit("session locked")

    @Slot(bool)
    def onPrepareForSleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lockRequested.emit("sleep")

    # --- Windows --------------------------------------------------------------------------

    def _on_windows_event(self, code: int) -> None:
        if code in WTS_LOCKING_EVENTS:
            self.lockRequested.emit("screen locked" if code == 0x7 else "session switched")


class _WtsFilter(QAbstractNativeEventFilter):
    """Reads ``WM_WTSSESSION_CHANGE`` from Windows' message stream; never swallows a message."""

    def __init__(self, on_event: Callable[[int], None]) -> None:
        super().__init__()
        self._on_event = on_event

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        name = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if name == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE:
                self._on_event(int(msg.wParam))
        return False, 0
