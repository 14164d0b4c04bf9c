"""Write a file so that readers, crashes and power cuts see the old file or the new one, never half.

Used for everything OpenUp hands to the outside (vault backups, calendar files). Every file
OpenUp puts in place of another goes through :func:`replace_file`, so Windows' habit of briefly
refusing a rename is handled once, here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger("openup.files")

#: Pauses (seconds) between tries when Windows refuses a replace; under two seconds in all.
#: Defender, the search indexer, OneDrive or a calendar app open a new file for a moment
#: without sharing delete access, and a rename over it then fails with WinError 5 or 32.
WINDOWS_REPLACE_PAUSES = (0.02, 0.05, 0.1, 0.2, 0.4, 0.8)


def _on_windows() -> bool:
    return sys.platform == "win32"


def _on_macos() -> bool:
    return sys.platform == "darwin"


def flush_to_disk(fd: int) -> None:
    """``os.fsync``; on macOS ``F_FULLFSYNC``, because fsync there stops at the drive's cache."""
    if _on_macos():
        import fcntl

        full_fsync = getattr(fcntl, "F_FULLFSYNC", None)
        if full_fsync is not None:
            try:
                fcntl.fcntl(fd, full_fsync)
                return
            except OSError:
                pass  # some network volumes refuse it; a plain fsync is the best left
    os.fsync(fd)


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def replace_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """``os.replace``, tried again briefly on Windows while another program holds either file.

    Only Windows and only ``PermissionError``: elsewhere (and for any other error) a refusal is
    real and waiting would only hide it, so it is raised at once. After the last pause the
    error is raised as it is, and the caller reports it as before.
    """
    pauses = WINDOWS_REPLACE_PAUSES if _on_windows() else ()
    for pause in pauses:
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            code = getattr(error, "winerror", None) or error.errno
            log.info("A replace was refused (error %s); trying again in %.2f s", code, pause)
            _pause(pause)
    os.replace(source, target)


def write_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, :func:`replace_file`, then fsync the folder (POSIX)."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            flush_to_disk(handle.fileno())
        replace_file(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
