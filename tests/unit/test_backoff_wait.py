"""What a partner sees after wrong passphrases, through vault/backoff.py's public names only.

Kept apart from the other vault tests and free of the module's internals, because the backoff
code itself is being reworked: these pin the promise, not the implementation.
"""

from __future__ import annotations

from openup_desktop.vault.backoff import BackoffState


def test_a_partner_can_try_again_only_once_the_wait_is_over() -> None:
    assert BackoffState(failed_tries=0, retry_after=0.0).can_try_now is True
    assert BackoffState(failed_tries=3, retry_after=0.0).can_try_now is True
    assert BackoffState(failed_tries=3, retry_after=0.5).can_try_now is False
    assert BackoffState(failed_tries=4, retry_after=60.0).can_try_now is False


def test_a_last_failure_edited_to_the_far_future_still_makes_them_wait() -> None:
    """V6 as an attack: +infinity written into the stored time counts as "just now" (the full
    wait), never as "no usable time" (no wait at all); -infinity and NaN give no wait."""
    import math

    from openup_desktop.vault.backoff import remaining_wait, wait_after

    failures = 6
    assert wait_after(failures) > 0
    assert remaining_wait(failures, math.inf, 1000.0) == wait_after(failures)
    assert remaining_wait(failures, 1e300, 1000.0) == wait_after(failures)
    for unusable in (-math.inf, math.nan):
        assert remaining_wait(failures, unusable, 1000.0) == 0.0


def test_each_wrong_try_doubles_the_wait_until_it_would_pass_15_minutes() -> None:
    """The exact wait at every step: 30 s after the 3rd wrong try, doubling, and 15 minutes as
    soon as the next doubling (16 minutes) would go past it, never a moment longer."""
    from openup_desktop.vault.backoff import wait_after

    waits = [wait_after(3 + step) for step in range(7)]
    assert waits == [30.0, 60.0, 120.0, 240.0, 480.0, 900.0, 900.0]


def test_a_huge_count_of_wrong_tries_still_means_15_minutes_at_once() -> None:
    """A count of failures edited or grown past any doubling must neither overflow (2.0**n is
    an error past about 1000 steps) nor keep the app busy: it is simply the cap."""
    import sys
    import time

    from openup_desktop.vault.backoff import remaining_wait, wait_after

    started = time.perf_counter()
    for failures in (1_030, 10**9, sys.maxsize, 10**100):
        assert wait_after(failures) == 900.0
        assert remaining_wait(failures, 1000.0, 1000.0) == 900.0
    assert time.perf_counter() - started < 1.0
