"""Run on a private session bus (``dbus-run-session``) by test_tray_platform.py.

``check``: asks whether a native tray is there, then starts this file as ``host`` (a fake
StatusNotifier host, what KDE or GNOME's AppIndicator extension provide) and asks again.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QTimer
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.kde.StatusNotifierWatcher"})
class Watcher(QObject):
    def _registered(self) -> bool:
        return True

    IsStatusNotifierHostRegistered = Property(bool, _registered)


def host() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    watcher = Watcher()
    bus.registerObject(
        "/StatusNotifierWatcher", watcher, QDBusConnection.RegisterOption.ExportAllProperties
    )
    print("ready", bus.registerService("org.kde.StatusNotifierWatcher"), flush=True)
    QTimer.singleShot(30_000, app.quit)
    app.exec()


def check() -> None:
    from openup_desktop.tray import native_tray_available

    _app = QCoreApplication(sys.argv)
    print("no host:", native_tray_available("xcb"), native_tray_available("wayland"), flush=True)
    server = subprocess.Popen([sys.executable, __file__, "host"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        print(server.stdout.readline().strip(), flush=True)
        print("host:", native_tray_available("xcb"), native_tray_available("wayland-egl"))
    finally:
        server.kill()


if __name__ == "__main__":
    host() if sys.argv[1:] == ["host"] else check()
