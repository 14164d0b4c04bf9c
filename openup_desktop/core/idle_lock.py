"""When the vault should lock itself because nobody has touched the app for a while (V7).

Pure and clock-driven so the rule is tested by moving a fake clock, never by waiting.
"""

from __future__ import annotations

from .clock import Clock

DEFAULT_IDLE_MINUTES = 3
IDLE_CHOICES_MINUTES = (1, 3, 5, 10)


class IdleLock:
    def __init__(self, clock: Clock, idle_minutes: int = DEFAULT_IDLE_MINUTES) -> None:
        self._clock = clock
        self._idle_s = idle_minutes * 60.0
        self._last = clock.monotonic()

    @property
    def idle_minutes(self) -> int:
        return int(self._idle_s // 60)

    def set_idle_minutes(self, minutes: int) -> None:
        if minutes not in IDLE_CHOICES_MINUTES:
            raise ValueError(f"Idle time must be one of {IDLE_CHOICES_MINUTES} minutes.")
        self._idle_s = minutes * 60.0

    def note_activity(self) -> None:
        self._last = self._clock.monotonic()

    def seconds_until_lock(self) -> float:
        return max(0.0, self._last + self._idle_s - self._clock.monotonic())

    def should_lock(self) -> bool:
        return self.seconds_until_lock() <= 0.0
