"""Guard against a PySide6 release that leaks references to True, False or None.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``True`` on every ``Signal.emit()`` and one
to ``None`` on every wrapped call that returns nothing. The talk timer ticks four times a second,
so the interpreter aborted (``Fatal Python error: bool_dealloc``) about eleven minutes into a
talk. On Python 3.12+ these objects are immortal and nothing can break; on 3.11 this test is the
tripwire that tells us before a couple does.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

CALLS = 20_000
STEP = 100


class _Ticker(QObject):
    ticked = Signal()
    changed = Signal(int)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


@pytest.fixture
def core_app() -> QCoreApplication:
    return QCoreApplication.instance() or QCoreApplication([])


def test_emits_and_timer_calls_keep_true_false_and_none_alive(core_app: QCoreApplication) -> None:
    ticker = _Ticker()
    seen: list[int] = []
    ticker.ticked.connect(lambda: seen.append(1))
    ticker.changed.connect(seen.append)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(1000)

    before = after = _counts()
    # Checked in small steps: a leaking release would abort the interpreter long before 20,000
    # calls, and an abort tells nobody what to pin.
    for i in range(CALLS):
        ticker.ticked.emit()
        ticker.changed.emit(i)
        timer.start()
        timer.stop()
        timer.setInterval(250 + (i & 1))
        ticker.setObjectName("ticker")
        if i % STEP == STEP - 1:
            seen.clear()
            after = _counts()
            if after != before:
                break

    assert after == before, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} lost references "
        f"(True, False, None): before {before}, after {after} within {i + 1} rounds of emits "
        "and timer calls. "
        "This combination aborts the app during a long talk. Pin PySide6-Essentials below this "
        "release for this Python version in pyproject.toml (environment marker) and in the "
        "release workflow."
    )
