"""Which automatic backups to keep: the newest of each recent day, and of each recent week.

Why this rule:

* **Recent mistakes are found quickly, old ones slowly.** Something deleted by accident today is
  usually noticed within days, so the recent past is kept finely (one copy per day); something
  noticed later still has a copy from each of the last few weeks.
* **Counted in days and weeks that have backups, not in calendar time.** Backups are made when
  the app is used. A couple who pause for two months must not come back to find every backup
  pruned away by the calendar: their last seven days of use and last four weeks of use are kept,
  however long ago those were.
* **A wrong clock never costs history.** A backup stamped later than ``now`` (the laptop's clock
  was wrong then, or is wrong now) is always kept and does not push real days out of the window.
* **Pure.** No files and no clock: the caller passes the times and "now", so the rule is tested
  by itself and the store only deletes what this says not to keep.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Final

__all__ = ["KEEP_DAILY", "KEEP_WEEKLY", "keep"]

KEEP_DAILY: Final = 7
"""Days (that have backups) whose newest backup is kept."""

KEEP_WEEKLY: Final = 4
"""ISO weeks (that have backups) whose newest backup is kept."""


def keep(
    backup_times: Iterable[datetime],
    now: datetime,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> set[datetime]:
    """The subset of ``backup_times`` to keep; every other backup may be deleted.

    Keeps the newest backup of each of the ``daily`` most recent calendar days that have backups,
    the newest of each of the ``weekly`` most recent ISO weeks that have backups, and every backup
    later than ``now``. Days and weeks are those of ``now``'s time zone (aware times are converted
    to it), so "today" means the couple's today. Times must be all aware or all naive, like ``now``.
    """
    if daily < 0 or weekly < 0:
        raise ValueError("the number of days and weeks to keep cannot be negative")
    times = set(backup_times)
    kept = {t for t in times if t > now}
    past = sorted((t for t in times if t <= now), reverse=True)  # newest first

    newest_per_day: dict[date, datetime] = {}
    newest_per_week: dict[tuple[int, int], datetime] = {}
    for t in past:
        day = _local(t, now).date()
        newest_per_day.setdefault(day, t)  # the first seen is the newest
        iso = day.isocalendar()
        newest_per_week.setdefault((iso.year, iso.week), t)

    # dicts keep insertion order, and insertion was newest first
    kept.update(list(newest_per_day.values())[:daily])
    kept.update(list(newest_per_week.values())[:weekly])
    return kept


def _local(when: datetime, now: datetime) -> datetime:
    """``when`` seen in ``now``'s time zone (naive times are taken as they are)."""
    if when.tzinfo is None or now.tzinfo is None:
        return when
    return when.astimezone(now.tzinfo)
