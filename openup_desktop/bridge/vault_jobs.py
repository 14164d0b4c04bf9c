"""The vault's one worker: slow work off the UI thread, each job with its own typed callbacks.

Key derivation takes a good part of a second and decrypting a long list takes longer, so the
vault runs that work on a single worker thread (one connection, one job at a time) and hands
the result back on the UI thread to the callback the job was started with. A lock that happens
while a job runs makes the job *stale*: its result is handed to ``on_stale`` (which locks a
session that finished opening) instead of ``on_done``, so nothing opens after the couple locked.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..files.messages import messages_of
from ..store.write_guard import WriteFailed, classify_write_error
from ..vault import SessionLocked, VaultError
from ..vault.errors import UNREADABLE

log = logging.getLogger("openup.bridge.vault.jobs")

T = TypeVar("T")
P = TypeVar("P")


@dataclass
class _Job(Generic[T]):
    name: str
    on_done: Callable[[T], None]
    on_failed: Callable[[VaultError], None]
    on_stale: Callable[[T], None] | None
    generation: int
    on_progress: Callable[[Any], None] | None = None
    on_stale_progress: Callable[[Any], None] | None = None


class VaultJobs(QObject):
    """Owns the worker thread and the rule "one job at a time, results on the UI thread"."""

    busyChanged = Signal()
    _delivered = Signal(object, object, object)  # job, result, error: crosses to the UI thread
    _progressed = Signal(object, object)  # job, part of the result: crosses to the UI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one vault operation at a time on the one connection
        self._busy = False
        self._generation = 0
        self._delivered.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)

    @property
    def busy(self) -> bool:
        return self._busy

    def invalidate(self) -> None:
        """The vault locked: a job still running must not open or show anything."""
        self._generation += 1

    def run(
        self,
        name: str,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[VaultError], None],
        on_stale: Callable[[T], None] | None = None,
    ) -> bool:
        """Start ``work`` on the worker; False (and nothing started) while another job runs."""
        if self._busy:
            return False
        return self._start(_Job(name, on_done, on_failed, on_stale, self._generation), work)

    def run_streaming(
        self,
        name: str,
        work: Callable[[Callable[[P], None]], T],
        on_progress: Callable[[P], None],
        on_done: Callable[[T], None],
        on_failed: Callable[[VaultError], None],
        on_stale_progress: Callable[[P], None],
    ) -> bool:
        """Like :meth:`run`, for work that hands over its result in parts as it goes.

        ``work`` gets a function to call with each part; every part reaches ``on_progress`` on
        the UI thread in order, while the worker carries on — or ``on_stale_progress`` after a
        lock (it must drop the part, and lock a session if the part holds one).
        """
        if self._busy:
            return False
        job = _Job(name, on_done, on_failed, None, self._generation)
        job.on_progress = on_progress
        job.on_stale_progress = on_stale_progress

        def streamed() -> T:
            return work(lambda part: self._progressed.emit(job, part))

        return self._start(job, streamed)

    def _start(self, job: _Job[T], work: Callable[[], T]) -> bool:
        self._set_busy(True)
        name = job.name

        def task() -> None:
            try:
                result = work()
            except VaultError as error:
                self._delivered.emit(job, None, error)
            except ValueError as error:
                self._delivered.emit(job, None, VaultError(*messages_of(error)))
            except sqlite3.Error as error:  # a full disk or a vanished folder, not a crash
                problem = classify_write_error(error)
                said = WriteFailed(problem).messages if problem is not None else (UNREADABLE(),)
                log.warning("Vault %s hit a database error (%s)", name, type(error).__name__)
                self._delivered.emit(job, None, VaultError(*said))
            except Exception as error:
                log.error("Vault %s failed unexpectedly (%s)", name, type(error).__name__)
                self._delivered.emit(job, None, VaultError())
            else:
                self._delivered.emit(job, result, None)

        self._pool.start(task)
        return True

    def _deliver(self, job: _Job[Any], result: object, error: object) -> None:
        self._set_busy(False)
        if isinstance(error, SessionLocked) and job.generation != self._generation:
            # the couple locked while this read the open session: nothing to report (a message
            # now would land on whatever they started next)
            log.info("Vault %s stopped by a lock", job.name)
        elif isinstance(error, VaultError):
            log.info("Vault %s did not succeed (%s)", job.name, type(error).__name__)
            job.on_failed(error)
        elif job.generation != self._generation and job.on_stale is not None:
            log.info("Vault %s finished after a lock; not opened", job.name)
            job.on_stale(result)
        else:
            job.on_done(result)

    def _deliver_progress(self, job: _Job[Any], part: object) -> None:
        if job.generation != self._generation:
            if job.on_stale_progress is not None:
                job.on_stale_progress(part)
        elif job.on_progress is not None:
            job.on_progress(part)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """For tests and shutdown: wait for the worker to finish."""
        return self._pool.waitForDone(timeout_ms)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()
