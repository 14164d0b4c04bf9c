"""The backup retention rule: newest per day for 7 days, newest per ISO week for 4 weeks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openup_desktop.core.retention import KEEP_DAILY, KEEP_WEEKLY, keep

NOW = datetime(2025, 3, 14, 19, 30, tzinfo=UTC)  # a Friday, ISO week 11


def at(day: int, hour: int = 12, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


def test_nothing_to_keep_from_nothing():
    assert keep([], NOW) == set()


def test_a_single_backup_is_always_kept():
    only = at(1, month=1)
    assert keep([only], NOW) == {only}


def test_newest_of_each_day_is_kept_and_older_ones_that_day_are_not():
    morning, noon, evening = at(14, 8), at(14, 12), at(14, 19)
    assert keep([morning, noon, evening], NOW) == {evening}


def test_last_seven_days_with_backups_keep_their_newest():
    days = [at(d, 9) for d in range(1, 15)]  # 1 .. 14 March, one backup each
    # the seven newest days, plus Sunday 2 March as the newest of ISO week 9 (24 Feb - 2 Mar);
    # week 10 (3-9 Mar) and week 11 already have their newest among the seven days
    assert keep(days, NOW) == {at(d, 9) for d in (2, 8, 9, 10, 11, 12, 13, 14)}


def test_weekly_keeps_newest_of_each_of_the_last_four_iso_weeks():
    # one backup every day of January and February 2025
    times = [datetime(2025, 1, 1, 10, tzinfo=UTC) + timedelta(days=i) for i in range(59)]
    now = datetime(2025, 2, 28, 23, tzinfo=UTC)
    kept = keep(times, now)
    daily = set(times[-7:])
    weeks: dict[tuple[int, int], datetime] = {}
    for t in times:
        iso = t.isocalendar()
        weeks[(iso.year, iso.week)] = max(weeks.get((iso.year, iso.week), t), t)
    weekly = {weeks[k] for k in sorted(weeks)[-4:]}
    assert kept == daily | weekly
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY


def test_days_without_backups_do_not_count_so_a_long_pause_keeps_the_last_uses():
    # used for three days in January, then nothing until mid-March
    old = [at(d, 20, month=1) for d in (6, 7, 8)]
    kept = keep(old, NOW)
    assert kept == set(old)


def test_weeks_without_backups_do_not_count():
    # one backup a month: each is the newest of its day and of its week
    monthly = [datetime(2024, m, 15, 12, tzinfo=UTC) for m in range(1, 13)]
    kept = keep(monthly, datetime(2025, 1, 1, tzinfo=UTC))
    assert kept == set(monthly[-KEEP_DAILY:])


def test_iso_week_boundary_is_monday():
    sunday = datetime(2025, 3, 9, 22, tzinfo=UTC)  # ISO week 10
    monday = datetime(2025, 3, 10, 7, tzinfo=UTC)  # ISO week 11
    older = [datetime(2025, 3, 3, 12, tzinfo=UTC) + timedelta(hours=h) for h in range(0, 140, 7)]
    kept = keep([*older, sunday, monday], NOW, daily=1, weekly=2)
    assert kept == {monday, sunday}


def test_iso_weeks_across_new_year():
    # 29 Dec 2025 is Monday of ISO week 1 of 2026; 28 Dec 2025 is in week 52 of 2025
    week52 = datetime(2025, 12, 28, 12, tzinfo=UTC)
    week1 = datetime(2025, 12, 29, 12, tzinfo=UTC)
    kept = keep([week52, week1], datetime(2026, 1, 2, tzinfo=UTC), daily=0, weekly=2)
    assert kept == {week52, week1}
    kept = keep([week52, week1], datetime(2026, 1, 2, tzinfo=UTC), daily=0, weekly=1)
    assert kept == {week1}


def test_days_follow_the_time_zone_of_now():
    # 23:30 UTC and 00:30 UTC next day are the same day in UTC-2
    minus2 = timezone(timedelta(hours=-2))
    late = datetime(2025, 3, 13, 23, 30, tzinfo=UTC)
    early = datetime(2025, 3, 14, 0, 30, tzinfo=UTC)
    assert keep([late, early], NOW.astimezone(minus2), daily=7, weekly=0) == {early}
    assert keep([late, early], NOW, daily=7, weekly=0) == {late, early}


def test_backups_from_the_future_are_always_kept_and_do_not_count():
    future = [NOW + timedelta(days=d) for d in range(1, 20)]
    past = [at(d) for d in range(5, 14)]
    kept = keep([*future, *past], NOW)
    assert set(future) <= kept
    for d in range(7, 14):
        assert at(d) in kept


def test_naive_times_work_with_a_naive_now():
    times = [datetime(2025, 3, d, 12) for d in range(1, 15)]
    kept = keep(times, datetime(2025, 3, 14, 20))
    assert datetime(2025, 3, 14, 12) in kept


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        keep([NOW], NOW, daily=-1)


@given(
    st.lists(
        st.integers(min_value=0, max_value=400 * 24 * 60),  # minutes before NOW
        max_size=60,
    )
)
def test_properties(offsets):
    times = [NOW - timedelta(minutes=m) for m in offsets]
    kept = keep(times, NOW)
    assert kept <= set(times)
    if times:
        assert max(times) in kept  # the newest backup is never pruned
    days = {t.date() for t in kept}
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY
    # never two kept backups on one day
    assert len(days) == len(kept)
    # keeping is stable: running the rule again on what was kept keeps all of it
    assert keep(kept, NOW) == kept
