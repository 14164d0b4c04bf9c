"""The wait after wrong passphrases (V6), as pure functions of a count and a clock.

Why pure: the rule is easy to test exhaustively without sleeping, and the service persists just
two numbers (failures in a row, time of the last one) so the wait survives a restart.

Rule: three free tries; after the 3rd failure in a row wait 30 s, then 60 s, 120 s, … capped at
15 minutes. There is never a permanent lock-out: whatever the count, the wait is at most the cap,
and a wrong clock (set back, or a stored time in the future) can't extend it beyond that either.
"""

from __future__ import annotations

from dataclasses import dataclass

FREE_TRIES = 3
FIRST_WAIT_SECONDS = 30.0
MAX_WAIT_SECONDS = 15 * 60.0


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row (0 for the first two)."""
    if failures < FREE_TRIES:
        return 0.0
    steps = failures - FREE_TRIES
    if steps >= 10:  # 30 * 2**5 already exceeds the cap; avoid huge powers
        return MAX_WAIT_SECONDS
    return min(FIRST_WAIT_SECONDS * (2**steps), MAX_WAIT_SECONDS)


def remaining_wait(failures: int, last_failed_at: float | None, now: float) -> float:
    """Seconds left before the next try is allowed; 0 means "try now".

    Clamped to ``[0, wait_after(failures)]`` so a clock moved backwards (or a tampered time)
    can't turn the wait into a lock-out.
    """
    wait = wait_after(failures)
    if wait <= 0 or last_failed_at is None:
        return 0.0
    left = last_failed_at + wait - now
    return max(0.0, min(left, wait))


@dataclass(frozen=True, slots=True)
class BackoffState:
    """What the UI shows before a try: failures in a row and the seconds still to wait."""

    failed_tries: int
    retry_after: float

    @property
    def can_try_now(self) -> bool:
        """True when no wait is pending."""
        return self.retry_after <= 0
