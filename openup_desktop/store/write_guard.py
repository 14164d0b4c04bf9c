"""When saving fails because of the computer, not because of OpenUp: say so kindly, keep it, retry.

Why it is built like this:

* **A full disk is not a crash.** A write that fails because the disk is full, the file became
  read-only, the folder vanished (an unplugged drive) or the disk reported an I/O error raises
  :class:`WriteFailed` with a message for the couple: what happened, that nothing saved before
  was damaged (every write is one transaction, so SQLite rolled the failed one back), and that
  it will be saved once writing works again.
* **Nothing the couple just did is thrown away.** :class:`PendingWrites` keeps the failed write
  (a callable that repeats it) in memory, in order, and :meth:`PendingWrites.retry` replays the
  queue when writing may work again (a timer, the next action, a "try again" button).
* **Order is kept.** While older writes are waiting, a new one waits behind them instead of
  overtaking them, so the database never sees a wrap-up before the talk it belongs to.
* **Only those causes.** Any other error (a bug, a constraint) propagates unchanged: retrying it
  would never help and hiding it would hide a bug.
* **No Qt here**, and messages never quote what anyone wrote.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, TypeVar

from openup_desktop.files.messages import MessageError, Template

__all__ = ["PendingWrites", "WriteFailed", "WriteProblem", "classify_write_error", "guarded_write"]

_log = logging.getLogger("openup.store.writes")

T = TypeVar("T")


class WriteProblem(StrEnum):
    """Why writing failed, in the few kinds the couple can do something about."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    IO_ERROR = "io_error"


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_CODES: Final = {
    13: WriteProblem.DISK_FULL,  # SQLITE_FULL
    8: WriteProblem.READ_ONLY,  # SQLITE_READONLY
    14: WriteProblem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    10: WriteProblem.IO_ERROR,  # SQLITE_IOERR
}
# The same, by message, for errors raised without a code.
_SQLITE_MESSAGES: Final = (
    ("database or disk is full", WriteProblem.DISK_FULL),
    ("attempt to write a readonly database", WriteProblem.READ_ONLY),
    ("unable to open database file", WriteProblem.CANNOT_OPEN),
    ("disk i/o error", WriteProblem.IO_ERROR),
)
_OS_ERRNOS: Final = {
    errno.ENOSPC: WriteProblem.DISK_FULL,
    errno.EROFS: WriteProblem.READ_ONLY,
    errno.EIO: WriteProblem.IO_ERROR,
    **({errno.EDQUOT: WriteProblem.DISK_FULL} if hasattr(errno, "EDQUOT") else {}),
}

_WHAT_HAPPENED: Final = {
    WriteProblem.DISK_FULL: Template(
        "write.disk_full", "OpenUp couldn't save just now because the disk is full."
    ),
    WriteProblem.READ_ONLY: Template(
        "write.read_only",
        "OpenUp couldn't save just now because its data file can only be read, not written.",
    ),
    WriteProblem.CANNOT_OPEN: Template(
        "write.cannot_open",
        "OpenUp couldn't save just now because it can't reach its data file "
        "(was a drive unplugged or the folder moved?).",
    ),
    WriteProblem.IO_ERROR: Template(
        "write.io_error", "OpenUp couldn't save just now because the disk reported an error."
    ),
}
_WHAT_TO_DO: Final = {
    WriteProblem.DISK_FULL: Template(
        "write.disk_full_advice", "Freeing some space on this computer will let it save."
    ),
    WriteProblem.READ_ONLY: Template(
        "write.read_only_advice", "Check that the data folder is on a drive you can write to."
    ),
    WriteProblem.CANNOT_OPEN: Template(
        "write.cannot_open_advice", "Check that the drive with OpenUp's data folder is connected."
    ),
    WriteProblem.IO_ERROR: Template(
        "write.io_error_advice", "If this keeps happening, check the disk."
    ),
}
_REASSURANCE: Final = Template(
    "write.nothing_lost",
    "Nothing you saved before was damaged. What you just did is kept and will be saved "
    "as soon as writing works again.",
)


@dataclass(frozen=True, slots=True)
class _Pending:
    write: Callable[[], object]
    label: str


class WriteFailed(MessageError):
    """A write failed for a reason outside OpenUp; its messages are for the couple.

    What happened, that nothing was lost, and what to do: three messages, translated one by one.
    ``problem`` says which kind, for the UI (e.g. to offer "try again"). The original error is
    chained as ``__cause__`` for the log.
    """

    def __init__(self, problem: WriteProblem, label: str = "") -> None:
        self.problem = problem
        self.label = label
        super().__init__(_WHAT_HAPPENED[problem](), _REASSURANCE(), _WHAT_TO_DO[problem]())


def classify_write_error(error: BaseException) -> WriteProblem | None:
    """Which :class:`WriteProblem` ``error`` is, or None if it is another kind of failure."""
    if isinstance(error, sqlite3.DatabaseError):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(error).lower()
        for fragment, problem in _SQLITE_MESSAGES:
            if fragment in text:
                return problem
        return None
    if isinstance(error, OSError) and error.errno in _OS_ERRNOS:
        return _OS_ERRNOS[error.errno]
    return None


def guarded_write(write: Callable[[], T], label: str = "") -> T:
    """Run ``write`` and return its result; raise :class:`WriteFailed` for the known causes.

    ``label`` names the kind of write for logs ("wrap-up", "talk turn"); never content.
    """
    try:
        return write()
    except (sqlite3.DatabaseError, OSError) as error:
        problem = classify_write_error(error)
        if problem is None:
            raise
        _log.warning("write failed (%s): %s", label or "unnamed", problem.value)
        raise WriteFailed(problem, label) from error


class PendingWrites:
    """Failed writes kept in memory, in order, until writing works again.

    Each entry is a callable that performs the whole write again (one transaction). They live
    only in memory: if the app is closed before writing works again they are lost, which the UI
    should say when the couple quits with writes still waiting (``len(pending) > 0``).
    """

    def __init__(self) -> None:
        """An empty queue."""
        self._queue: deque[_Pending] = deque()
        self.last_error: WriteFailed | None = None

    def __len__(self) -> int:
        """How many writes are waiting."""
        return len(self._queue)

    def __bool__(self) -> bool:
        """True while anything is waiting (so ``if pending:`` reads naturally)."""
        return bool(self._queue)

    @property
    def labels(self) -> list[str]:
        """The labels of the waiting writes, oldest first (for a status line or a log)."""
        return [entry.label for entry in self._queue]

    def submit(self, write: Callable[[], object], label: str = "") -> None:
        """Write now, or keep the write for later if writing doesn't work.

        Older waiting writes are replayed first; if any of them still fails, ``write`` is queued
        behind it without being tried, so order is kept. Raises :class:`WriteFailed` when the
        write was kept for later (its ``message`` is for the couple); errors that aren't a
        :class:`WriteProblem` propagate and nothing is queued for them.
        """
        if self._queue and not self.retry():
            self._queue.append(_Pending(write, label))
            assert self.last_error is not None
            raise WriteFailed(self.last_error.problem, label) from self.last_error
        try:
            guarded_write(write, label)
        except WriteFailed as failed:
            self._queue.append(_Pending(write, label))
            self.last_error = failed
            raise

    def add(self, write: Callable[[], object], label: str = "") -> None:
        """Queue a write without trying it (e.g. one that already failed elsewhere)."""
        self._queue.append(_Pending(write, label))

    def retry(self) -> bool:
        """Replay the waiting writes in order; True when none is left waiting.

        Stops at the first that still fails with a :class:`WriteProblem` (it and the rest stay,
        in order, and ``last_error`` says why). A replayed write that fails for any other reason
        can never succeed, so it is dropped and its error propagates (the rest stay queued).
        """
        while self._queue:
            entry = self._queue[0]
            try:
                guarded_write(entry.write, entry.label)
            except WriteFailed as failed:
                self.last_error = failed
                return False
            except Exception:
                self._queue.popleft()
                _log.error("a waiting write (%s) failed for good and was dropped", entry.label)
                raise
            self._queue.popleft()
        self.last_error = None
        return True
