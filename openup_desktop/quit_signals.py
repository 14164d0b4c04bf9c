"""Quit cleanly when the system asks (SIGTERM at log-out or shut-down, Ctrl+C in a terminal).

Python runs a signal handler only when the interpreter next gets control, and an idle Qt event
loop may not give it any for a long time. ``signal.set_wakeup_fd`` writes a byte to a socket the
moment a signal arrives; a ``QSocketNotifier`` on the other end wakes the event loop, which then
quits normally: the talk in progress is saved, the database closed, the crash trace removed.

Nobody is there to answer a question at a log-out, and the system kills an app that keeps it
waiting. Qt 6's ``quit()`` first asks every window to close, and the window refuses while it asks
"Leave your talk?" or "Discard what you wrote?"; so the system's quit runs ``before_quit`` (what
those questions would protect is settled there without asking) and then ends the event loop with
``exit()``, which asks no window.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier

log = logging.getLogger("openup.signals")

_keep: list[object] = []  # the sockets and notifier live as long as the app


def quit_on_terminate(
    app: QCoreApplication, before_quit: Callable[[], None] = lambda: None
) -> None:
    """Route SIGTERM and SIGINT through the event loop to ``before_quit()``, then ``app.exit()``."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: nothing to route
        reader.close()
        writer.close()
        return
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def wake() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        log.info("Asked to quit by the system; closing cleanly")
        try:
            before_quit()
        except Exception:  # whatever went wrong, the system's quit must not hang on it
            log.exception("Settling before the system's quit failed; quitting anyway")
        app.exit(0)

    notifier.activated.connect(wake)
    _keep.extend((reader, writer, notifier))
