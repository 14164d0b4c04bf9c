"""One OpenUp per data folder.

A second launch on the same folder must not open the database (two writers, two timers, two
vaults unlocked). It finds the first one through a per-folder lock file, asks it over a local
socket to come to the front, and exits. ``QLockFile`` records the owner's PID, so a lock left
behind by a crash is recognised as stale and taken over instead of blocking start.

On Windows the running app also holds a named mutex, :data:`APP_MUTEX_NAME`: the installer and
uninstaller (``AppMutex`` in ``packaging/windows/openup.iss``) look for it and ask the couple to
close OpenUp first, instead of half-deleting an open database.

The first OpenUp answers on its socket from just after its first frame (the socket name's hash
loads hashlib and OpenSSL, which the window doesn't need). A second launch that comes
while the first is still starting (a double-click done twice) keeps knocking until the first
answers, instead of reporting that OpenUp did not answer.
"""

from __future__ import annotations

import logging
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("openup.instance")

ACTIVATE_MESSAGE = b"activate\n"

#: Must equal ``AppMutex`` in packaging/windows/openup.iss (a test compares them). Built from the
#: installer's AppId, so no other program's mutex can be mistaken for OpenUp's.
APP_MUTEX_NAME = "OpenUp-5B7C2E1A-3F4D-4C8B-9A61-0E2D7F3B8C45"

#: ``AllowSetForegroundWindow(ASFW_ANY)``: any process may take the foreground from us.
ASFW_ANY = 0xFFFFFFFF


def _platform() -> str:
    return sys.platform


def _folder_key(data_dir: Path) -> str:
    """The folder as the file system sees it, so every spelling of one folder gives one key.

    macOS and Windows file systems ignore case (and macOS Unicode normalisation), so there
    ``~/OpenUp`` and ``~/openup`` are one folder with one lock file: its socket name must be
    one too, or a second launch finds the lock taken but nobody answering.
    """
    key = str(data_dir.resolve())
    if _platform() in ("darwin", "win32"):
        key = unicodedata.normalize("NFC", key).casefold()
    return key


def server_name_for(data_dir: Path) -> str:
    """A socket name unique to the folder (and short enough for every OS)."""
    import hashlib

    digest = hashlib.sha256(_folder_key(data_dir).encode("utf-8")).hexdigest()[:16]
    return f"openup-{digest}"


# ctypes is needed only on Windows, so it is imported there, when used (elsewhere it would only
# slow the start). ctypes.windll exists only on Windows and typeshed declares it only there; mypy
# checks as Linux, hence the ignores. The DLLs' functions are looked up by name, so they are Any.
def _kernel32() -> Any:
    import ctypes

    return ctypes.windll.kernel32  # type: ignore[attr-defined]


def _user32() -> Any:
    import ctypes

    return ctypes.windll.user32  # type: ignore[attr-defined]


def hold_app_mutex() -> int | None:
    """Windows: create OpenUp's named mutex and return its handle (None elsewhere or on failure).

    Only its existence matters (nobody waits on it); Windows closes it when the process ends,
    however it ends, so a crash never leaves the uninstaller believing OpenUp still runs.
    """
    if _platform() != "win32":
        return None
    import ctypes

    try:
        kernel32 = _kernel32()
        kernel32.CreateMutexW.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_wchar_p]
        kernel32.CreateMutexW.restype = ctypes.c_void_p  # a HANDLE is pointer-sized
        handle = kernel32.CreateMutexW(None, False, APP_MUTEX_NAME)
    except (OSError, AttributeError):
        handle = None
    if not handle:
        log.warning("Could not create the mutex the uninstaller looks for")
        return None
    return int(handle)


def release_app_mutex(handle: int | None) -> None:
    if handle is not None and _platform() == "win32":
        import ctypes

        _kernel32().CloseHandle(ctypes.c_void_p(handle))


def allow_others_to_come_forward() -> None:
    """Windows: let the running OpenUp take the foreground when we ask it to.

    Windows gives the foreground only to the process the user just started (this one); without
    this, the first window's ``requestActivate`` only flashes its taskbar button.
    """
    if _platform() != "win32":
        return
    import ctypes

    try:
        if not _user32().AllowSetForegroundWindow(ctypes.c_uint32(ASFW_ANY)):
            log.info("Windows did not let the other window come forward")
    except (OSError, AttributeError):
        log.info("AllowSetForegroundWindow is not available")


class SingleInstance(QObject):
    """Holds the folder's lock for the life of the app and answers 'come to the front'."""

    def __init__(self, data_dir: Path, lock_file: Path) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never age
        self._server: QLocalServer | None = None
        self._on_activate: Callable[[], None] | None = None
        self._mutex: int | None = None

    def acquire(self) -> bool:
        """True when we are the only OpenUp on this folder (a stale lock is taken over)."""
        if self._lock.tryLock(0):
            self._mutex = hold_app_mutex()
            return True
        if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            log.info("Took over a lock left behind by an earlier run")
            self._mutex = hold_app_mutex()
            return True
        return False

    def listen(self, on_activate: Callable[[], None]) -> None:
        """Answer second launches from now on (the app calls this after its first frame)."""
        self._on_activate = on_activate
        name = server_name_for(self._data_dir)
        QLocalServer.removeServer(name)  # a crashed run may have left the socket file
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
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
        release_app_mutex(self._mutex)
        self._mutex = None
        self._lock.unlock()


#: How long a second launch waits for the first to answer: a slow computer starting a frozen
#: OpenUp (and a virus scanner looking at it) can take a few seconds to show the window.
ASK_TIMEOUT_MS = 10_000
_KNOCK_EVERY_S = 0.1


def ask_running_instance_to_activate(data_dir: Path, timeout_ms: int = ASK_TIMEOUT_MS) -> bool:
    """Tell the OpenUp that owns ``data_dir`` to raise its window; True if it answered.

    The owner may still be starting (it answers from its first frame on), so a socket that
    isn't there yet is tried again until ``timeout_ms`` has passed.
    """
    allow_others_to_come_forward()
    name = server_name_for(data_dir)
    deadline = time.monotonic() + timeout_ms / 1000
    socket = QLocalSocket()
    while True:
        left_ms = int((deadline - time.monotonic()) * 1000)
        socket.connectToServer(name)
        if socket.waitForConnected(max(left_ms, 0)):
            break
        socket.abort()
        if time.monotonic() + _KNOCK_EVERY_S >= deadline:
            return False
        time.sleep(_KNOCK_EVERY_S)  # nothing else to do: this launch only waits to hand over
    socket.write(ACTIVATE_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True
