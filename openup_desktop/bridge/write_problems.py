"""Turn a failed write inside a QML action into the sentence the screen shows.

A full disk, a read-only or vanished data folder must never crash an action or lose what the
couple typed: the action returns a clear message instead, and the form keeps its text.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable
from typing import ParamSpec

from PySide6.QtCore import QCoreApplication

from ..store.write_guard import WriteFailed, classify_write_error

log = logging.getLogger("openup.bridge.writes")

P = ParamSpec("P")


def message_for(error: sqlite3.Error) -> str:
    from .core_messages import translated

    problem = classify_write_error(error)
    if problem is not None:
        return translated(WriteFailed(problem))
    return QCoreApplication.translate(
        "WriteProblems",
        "OpenUp couldn't save that just now. Nothing you had saved before was changed; "
        "please try again in a moment.",
    )


def returns_problem(action: Callable[P, str]) -> Callable[P, str]:
    """For slots that return '' or a message: a database error becomes that message."""

    @functools.wraps(action)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> str:
        try:
            return action(*args, **kwargs)
        except sqlite3.Error as error:
            log.warning("%s could not be saved (%s)", action.__name__, type(error).__name__)
            return message_for(error)

    return guarded
