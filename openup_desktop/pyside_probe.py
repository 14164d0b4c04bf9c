"""Does this PySide6 lose references to True, False or None? (It must not: see below.)

PySide6 6.12.0 on Python 3.11 dropped one reference to ``True`` on every ``Signal.emit()`` and one
to ``None`` on every wrapped call that returns nothing. The talk timer ticks four times a second,
so the interpreter aborted (``Fatal Python error: bool_dealloc``) minutes into a talk. On Python
3.12+ these objects are immortal. The guard test and ``packaging/build.py`` both run this probe,
so the next such release is caught before a couple meets it.
"""

from __future__ import annotations

import gc
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

Counts = tuple[int, int, int]


class _Ticker(QObject):
    ticked = Signal()
    changed = Signal(int)


@dataclass(frozen=True)
class ProbeResult:
    before: Counts
    after: Counts
    rounds: int  # how many rounds ran before a loss showed (or all of them)

    @property
    def leaks(self) -> bool:
        return self.after != self.before


def _counts() -> Counts:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def probe_reference_counts(rounds: int, check_every: int = 100) -> ProbeResult:
    """Emit connected signals and start/stop/re-time a QTimer ``rounds`` times.

    Checked every ``check_every`` rounds and stopped at the first loss: a leaking release would
    abort the interpreter long before many rounds, and an abort tells nobody what to pin.
    """
    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0] if sys.argv else "openup"])
    ticker = _Ticker()
    seen: list[int] = []
    ticker.ticked.connect(lambda: seen.append(1))
    ticker.changed.connect(seen.append)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(1000)

    def one_round(i: int) -> None:
        ticker.ticked.emit()
        ticker.changed.emit(i)
        timer.start()
        timer.stop()
        timer.setInterval(250 + (i & 1))
        ticker.setObjectName("ticker")

    one_round(0)  # first calls fill caches; only what happens after them counts
    seen.clear()
    # Garbage collected mid-loop would free unrelated objects and move the counts by one or two.
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        before = after = _counts()
        for i in range(rounds):
            one_round(i)
            if i % check_every == check_every - 1 or i == rounds - 1:
                seen.clear()
                after = _counts()
                if after != before:
                    return ProbeResult(before, after, i + 1)
        return ProbeResult(before, after, rounds)
    finally:
        if collecting:
            gc.enable()
