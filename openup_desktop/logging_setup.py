"""Logging to a rotating file in the log folder.

Logs help a couple (or us, if they choose to send one) understand a problem; they must never hold
what a partner wrote. Code logs ids and counts, never text; the canary tests scan the log folder to
keep that true.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FILE_NAME = "openup.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SizeCappedFileHandler(logging.FileHandler):
    """A log file that never grows past ``max_bytes``: when full it becomes ``.1`` (``.1``
    becomes ``.2``…) and only ``backups`` old files are kept.

    The same rule as the standard ``logging.handlers.RotatingFileHandler``, written out here
    because that module also loads sockets, pickle and queues for its network handlers: some
    10 ms before OpenUp's first frame, for a few lines of renaming.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        # Called with the handler's lock held (Handler.handle), so no other thread writes
        # between the size check and the renaming.
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # as in the standard handlers: a log problem never stops the app
            self.handleError(record)  # and the line is still written, to the file as it is
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        written = self.stream.tell()
        # One record is never split: a first line over the cap still goes in whole.
        return written > 0 and written + len(self.format(record)) + 1 > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()  # Windows can't rename a file that is open
            self.stream = None  # reopened by the next emit()
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            older = f"{base}.{index}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{index + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the ``openup`` loggers to ``log_dir/openup.log`` (1 MB, 3 older files); return
    that path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = SizeCappedFileHandler(path, max_bytes=LOG_MAX_BYTES, backups=LOG_BACKUPS)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger("openup")
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    return path


def install_qt_message_handler() -> None:
    """Route Qt's own warnings (QML errors among them) into our log instead of stderr only."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("openup.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
