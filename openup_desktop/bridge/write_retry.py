"""Writes the disk refused (full, read-only, unplugged) wait here, in order, and are retried.

The talk goes on in memory meanwhile; the screen says plainly that saving is stuck and that
nothing is lost, and the sentence goes away once the waiting writes are saved. A timer retries
every ten seconds; a last try is made on quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..store.write_guard import PendingWrites, WriteFailed
from .core_messages import translated

log = logging.getLogger("openup.bridge.writes")

RETRY_EVERY_MS = 10_000


class WriteRetry(QObject):
    """Owns the writes the disk refused, in order, and the sentence that says so: it retries
    them every ten seconds and once more on quit, and says ``caughtUp`` when all are saved.
    """

    problemChanged = Signal()
    #: everything that was waiting is saved now
    caughtUp = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = PendingWrites()
        self._problem = ""
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_EVERY_MS)
        self._timer.timeout.connect(self.retry)

    @property
    def problem(self) -> str:
        """The sentence to show while writes wait ('' when all is saved)."""
        return self._problem

    def write(self, write: Callable[[], object], label: str) -> None:
        """Write now; if the disk refuses, keep the write in order for later and say so."""
        try:
            self._pending.submit(write, label)
        except WriteFailed as error:
            log.warning("A %s could not be saved yet (%s)", label, error.problem.value)
            self._set_problem(translated(error.message))
            if not self._timer.isActive():
                self._timer.start()

    @Slot()
    def retry(self) -> None:
        """Try the waiting writes again (the timer does this; tests call it directly)."""
        try:
            done = self._pending.retry()
        except WriteFailed as error:
            self._set_problem(translated(error.message))
            return
        if done:
            self._timer.stop()
            log.info("Waiting writes saved")
            self._set_problem("")
            self.caughtUp.emit()

    def close(self) -> None:
        """On quit: one last try; what still fails is lost only with the disk."""
        if self._pending:
            self.retry()
        self._timer.stop()

    def _set_problem(self, text: str) -> None:
        if text != self._problem:
            self._problem = text
            self.problemChanged.emit()
