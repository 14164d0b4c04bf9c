"""One OpenUp per data folder.

A second launch on the same folder must not open the database (two writers, two timers, two
vaults unlocked). It finds the first one through a per-folder lock file, asks it over a local
socket to come to the front, and exits. ``QLockFile`` records the owner's PID, so a lock left
behind by a crash is recognised as stale and taken over instead of blocking start.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("openup.instance")

ACTIVATE_MESSAGE = b"activate\n"


def server_name_for(data_dir: Path) -> str:
    """A socket name unique to the folder (and short enough for every OS)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"openup-{digest}"


class SingleInstance(QObject):
    """Holds the folder's lock for the life of the app and answers 'come to the front'."""

    def __init__(self, data_dir: Path, lock_file: Path) -> None:
        super().__init__()
        self._name = server_name_for(data_dir)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never age
        self._server: QLocalServer | None = None
        self._on_activate: Callable[[], None] | None = None

    def acquire(self) -> bool:
        """True when we are the only OpenUp on this folder (a stale lock is taken over)."""
        if self._lock.tryLock(0):
            return True
        if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            log.info("Took over a lock left behind by an earlier run")
            return True
        return False

    def listen(self, on_activate: Callable[[], None]) -> None:
        self._on_activate = on_activate
        QLocalServer.removeServer(self._name)  # a crashed run may have left the socket file
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("Could not listen for a second launch: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.waitForReadyRead(500)
        message = bytes(socket.readAll().data())
        socket.disconnectFromServer()
        if message.startswith(ACTIVATE_MESSAGE.strip()) and self._on_activate is not None:
            log.info("A second launch asked us to come to the front")
            self._on_activate()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def ask_running_instance_to_activate(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """Tell the OpenUp that owns ``data_dir`` to raise its window; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name_for(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True
