from __future__ import annotations

import pytest

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.idle_lock import IdleLock


def test_locks_after_the_idle_time_and_activity_resets_it():
    clock = FakeClock()
    idle = IdleLock(clock, 3)
    clock.advance(179)
    assert not idle.should_lock()
    idle.note_activity()
    clock.advance(179)
    assert not idle.should_lock()
    assert idle.seconds_until_lock() == pytest.approx(1)
    clock.advance(1)
    assert idle.should_lock()


def test_only_offered_idle_times_are_accepted():
    idle = IdleLock(FakeClock())
    idle.set_idle_minutes(10)
    assert idle.idle_minutes == 10
    with pytest.raises(ValueError):
        idle.set_idle_minutes(0)
