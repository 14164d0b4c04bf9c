"""Clocks for the talk timer and everything else that needs "now".

Time is always injected instead of read from the system directly, because
the talk timer has promises to keep (a talk ends exactly on time, pausing
freezes everything exactly) and those promises are only testable if tests
can move time by hand, without sleeping.

Two kinds of time are offered on purpose:

* ``monotonic()`` measures durations. It never jumps when the laptop's
  wall clock is changed (daylight saving, a manual change, a network time
  sync), so timers built on it cannot suddenly gain or lose minutes.
* ``now()`` says *when* something happened, for history and reminders. It
  is an aware datetime in the local time zone so that stored times are
  unambiguous.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "FakeClock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """What the domain needs to know about time, and nothing more."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The current wall-clock time, time-zone aware, in the local time zone."""
        ...


class SystemClock:
    """The real clock, used by the running app."""

    def monotonic(self) -> float:
        """Seconds from :func:`time.monotonic`, immune to wall-clock changes."""
        return time.monotonic()

    def now(self) -> datetime:
        """Local, aware wall-clock time (``astimezone()`` attaches the local zone)."""
        return datetime.now().astimezone()


class FakeClock:
    """A hand-driven clock for tests: time moves only when a test says so.

    Monotonic and wall time advance together, as they do in real life, so a
    test that advances 90 seconds sees 90 seconds on both. ``set_now`` moves
    only the wall clock, to simulate someone changing the laptop's clock,
    which timers must ignore.
    """

    _DEFAULT_START = datetime(2025, 3, 14, 19, 30, tzinfo=UTC)

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        """Start at ``start`` (aware; a fixed date by default) and ``monotonic_start``.

        The monotonic start is deliberately not zero, so code that wrongly
        treats a monotonic reading as a duration shows up in tests.
        """
        start = self._DEFAULT_START if start is None else start
        _require_aware(start)
        self._now = start
        self._monotonic = float(monotonic_start)

    def monotonic(self) -> float:
        """The current fake monotonic reading."""
        return self._monotonic

    def now(self) -> datetime:
        """The current fake wall-clock time (aware)."""
        return self._now

    @property
    def tz(self) -> tzinfo | None:
        """The time zone of the fake wall clock."""
        return self._now.tzinfo

    def advance(self, seconds: float) -> None:
        """Move both clocks forward by ``seconds`` (>= 0; time never runs backwards)."""
        if seconds < 0:
            raise ValueError(f"a clock cannot go backwards (advance by {seconds} s)")
        self._monotonic += seconds
        self._now += timedelta(seconds=seconds)

    def set_monotonic(self, value: float) -> None:
        """Move both clocks forward so that ``monotonic()`` returns ``value``."""
        self.advance(value - self._monotonic)

    def set_now(self, when: datetime) -> None:
        """Jump the wall clock only (either direction), as a user changing the clock would."""
        _require_aware(when)
        self._now = when


def _require_aware(when: datetime) -> None:
    """Naive datetimes are ambiguous across time zones and DST, so they are refused."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("datetime must be time-zone aware")
