"""Guard against a PySide6 release that leaks references to True, False or None.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``True`` on every ``Signal.emit()`` and one
to ``None`` on every wrapped call that returns nothing; the interpreter aborted about eleven
minutes into a talk. On Python 3.12+ these objects are immortal and nothing can break; on 3.11
this test is the tripwire that tells us before a couple does.
"""

from __future__ import annotations

import sys

import PySide6

from openup_desktop.pyside_probe import probe_reference_counts

CALLS = 20_000


def test_emits_and_timer_calls_keep_true_false_and_none_alive() -> None:
    result = probe_reference_counts(CALLS)
    assert result.after == result.before, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} lost references "
        f"(True, False, None): before {result.before}, after {result.after} within "
        f"{result.rounds} rounds of emits and timer calls. "
        "This combination aborts the app during a long talk. Pin PySide6-Essentials below this "
        "release for this Python version in pyproject.toml (environment marker) and in the "
        "release workflow."
    )
    assert result.rounds == CALLS
