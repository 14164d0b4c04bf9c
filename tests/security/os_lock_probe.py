"""Run under ``dbus-run-session``: the real app context, a vault unlocked, then the desktop's
lock signals sent on the private bus. Prints one line per signal: its name and the vault's mode
afterwards. The private session bus doubles as the system bus, so logind's signals can be sent
too (nothing else listens on it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication

from openup_desktop.context import build_context
from openup_desktop.core.clock import FakeClock
from openup_desktop.paths import resolve_paths
from openup_desktop.vault import Partner
from tests.security.vault_support import FAST_KDF, PASS_A

SIGNALS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [False]),
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [True]),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True]),
    ("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock", []),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", [True]),
]


def main() -> None:
    app = QGuiApplication([sys.argv[0]])
    paths = resolve_paths(Path(sys.argv[1]))
    paths.ensure()
    context = build_context(paths, FakeClock(), FAST_KDF)
    vault = context.bridges["Vault"]
    vault._service.set_up_partner(Partner.A, PASS_A)  # type: ignore[attr-defined]
    print("status", vault.osLockStatus, flush=True)  # type: ignore[attr-defined]
    bus = QDBusConnection.sessionBus()
    for path, interface, name, args in SIGNALS:
        vault.unlockOwner(0, PASS_A)  # type: ignore[attr-defined]
        vault.wait_idle()  # type: ignore[attr-defined]
        app.processEvents()
        before = vault.mode  # type: ignore[attr-defined]
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(args)
        bus.send(message)
        for _ in range(200):  # the bus round trip: wait for the signal, not for a clock
            app.processEvents()
            if vault.mode == "locked":  # type: ignore[attr-defined]
                break
            bus.call(
                QDBusMessage.createMethodCall(  # a ping flushes the bus in order
                    "org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.Peer",
                    "Ping",
                )
            )
        print(f"{name}{args} {before}->{vault.mode}", flush=True)  # type: ignore[attr-defined]
    context.close()


if __name__ == "__main__":
    main()
