"""The wait after wrong passphrases (V6), as pure functions of a count and a clock.

Why pure: the rule is easy to test exhaustively without sleeping, and the service persists just
two numbers (failures in a row, time of the last one) so the wait survives a restart.

Rule: three free tries; after the 3rd failure in a row wait 30 s, then 60 s, 120 s, … capped at
15 minutes. There is never a permanent lock-out (V6): the stored time of the last failure is
untrusted, so a time in the future (a clock that was ahead, or an edited file) is clamped to
*now* before use, and the service writes the clamped time back. Capping only the *displayed* wait
is not enough: a time a year ahead, never clamped, would say "wait 30 seconds" for a year.
With the clamp, the deadline is never later than 15 minutes after the moment the app first sees
the stored time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openup_desktop.files.messages import Template

#: V6: told to the owner when their passphrase opens the vault after wrong tries
MISTYPED = Template(
    "vault.mistyped",
    "Partner {partner}'s passphrase was mistyped {n} times since it was last used.",
    one="Partner {partner}'s passphrase was mistyped once since it was last used.",
)

FREE_TRIES = 3
FIRST_WAIT_SECONDS = 30.0
MAX_WAIT_SECONDS = 15 * 60.0
#: Doublings of the first wait after which it would pass the cap (5: 30 s * 2**5 = 16 min). From
#: there on the wait is the cap itself, and 2.0**steps is never computed for a huge count of
#: failures (it would overflow past about 1000 steps).
DOUBLINGS_TO_CAP = math.ceil(math.log2(MAX_WAIT_SECONDS / FIRST_WAIT_SECONDS))


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row (0 for the first two)."""
    if failures < FREE_TRIES:
        return 0.0
    steps = failures - FREE_TRIES
    if steps >= DOUBLINGS_TO_CAP:
        return MAX_WAIT_SECONDS
    return FIRST_WAIT_SECONDS * 2.0**steps


def clamp_last_failed(last_failed_at: float | None, now: float) -> float | None:
    """The stored time of the last failure, made safe to count from.

    A time after ``now`` (or +infinity) becomes ``now``; NaN, -infinity and None mean "no usable
    time" (None: no wait). So the deadline ``last + wait`` can never be later than ``now + cap``.
    """
    if last_failed_at is None or math.isnan(last_failed_at) or last_failed_at == -math.inf:
        return None
    if not math.isfinite(now):
        return None
    return min(float(last_failed_at), float(now))


def remaining_wait(failures: int, last_failed_at: float | None, now: float) -> float:
    """Seconds left before the next try is allowed; 0 means "try now".

    Always within ``[0, wait_after(failures)]``: the stored time is clamped to ``now`` first.
    """
    wait = wait_after(failures)
    last = clamp_last_failed(last_failed_at, now)
    if last is None:
        return 0.0
    # A wait of 0 (free tries) needs no case of its own: ``last`` is at most ``now``, so
    # ``left`` is at most 0 and the result is 0, "try now".
    left = last + wait - now
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
