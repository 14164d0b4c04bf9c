"""The clocks: the real one behaves, the fake one moves only when told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from openup_desktop.core.clock import Clock, FakeClock, SystemClock


def test_system_clock_is_a_clock_with_aware_local_time() -> None:
    clock = SystemClock()
    assert isinstance(clock, Clock)
    now = clock.now()
    assert now.tzinfo is not None and now.utcoffset() is not None
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)


def test_system_clock_monotonic_never_goes_backwards() -> None:
    clock = SystemClock()
    readings = [clock.monotonic() for _ in range(100)]
    assert readings == sorted(readings)


def test_fake_clock_is_a_clock() -> None:
    assert isinstance(FakeClock(), Clock)


def test_fake_clock_stands_still_until_told() -> None:
    clock = FakeClock()
    assert clock.monotonic() == clock.monotonic()
    assert clock.now() == clock.now()


def test_fake_clock_advances_monotonic_and_wall_time_together() -> None:
    start = datetime(2025, 6, 1, 20, 0, tzinfo=timezone(timedelta(hours=2)))
    clock = FakeClock(start, monotonic_start=50.0)
    clock.advance(90.5)
    assert clock.monotonic() == 140.5
    assert clock.now() == start + timedelta(seconds=90.5)
    assert clock.now().tzinfo == start.tzinfo
    assert clock.tz == start.tzinfo


def test_fake_clock_set_monotonic_moves_both() -> None:
    clock = FakeClock(monotonic_start=10.0)
    wall = clock.now()
    clock.set_monotonic(70.0)
    assert clock.monotonic() == 70.0
    assert clock.now() == wall + timedelta(seconds=60)


def test_fake_clock_refuses_to_go_backwards() -> None:
    clock = FakeClock(monotonic_start=10.0)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="backwards"):
        clock.set_monotonic(5.0)
    assert clock.monotonic() == 10.0


def test_fake_clock_set_now_moves_only_the_wall_clock() -> None:
    clock = FakeClock()
    mono = clock.monotonic()
    earlier = clock.now() - timedelta(hours=3)
    clock.set_now(earlier)
    assert clock.now() == earlier
    assert clock.monotonic() == mono


def test_fake_clock_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="aware"):
        FakeClock(datetime(2025, 1, 1, 12, 0))
    clock = FakeClock()
    with pytest.raises(ValueError, match="aware"):
        clock.set_now(datetime(2025, 1, 1, 12, 0))


def test_fake_clock_default_start_is_aware_and_fixed() -> None:
    assert FakeClock().now() == FakeClock().now()
    assert FakeClock().now().tzinfo is not None
