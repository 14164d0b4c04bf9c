"""Thanks and progress: what the couple has done together, told warmly.

Why it is built like this:

* **Celebrate, never count against.** Only things that happened are
  counted (talks, minutes, thank-yous). There are no streaks, no goals and
  no comparison with an ideal week. The weekly chart includes quiet weeks
  as plain zero bars, because leaving them out would distort the picture,
  but no text here ever comments on them: a unit test checks that no
  string from this module contains words like "streak", "missed",
  "haven't", "behind" or "only".
* **A longer talk is offered, never imposed.** After three close talks in
  a row at the same length (:func:`longer_talk_suggestion`) the app may
  *offer* the next length up. It never changes a setting by itself, and a
  "not now" for a length is respected until a new run of three close talks
  at that length happens after it.
* **Pure.** Works on plain :class:`TalkFact` values and an injected
  ``now``; the store provides the facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from openup_desktop.core.talk import MAX_TALK_MINUTES, TALK_LENGTH_PRESETS
from openup_desktop.files.messages import Message, Template

__all__ = [
    "CHART_TITLE",
    "CLOSE_RATING",
    "CUSTOM_LENGTH_STEP",
    "RUN_FOR_LONGER",
    "WEEKS_IN_CHART",
    "LongerTalkSuggestion",
    "Progress",
    "TalkFact",
    "TimelineEntry",
    "WeekBar",
    "longer_talk_suggestion",
    "next_longer_length",
    "progress",
    "timeline",
    "weekly_chart",
]

WEEKS_IN_CHART: Final = 8
CHART_TITLE: Final = "Talks per week"
CLOSE_RATING: Final = 4
"""A talk counts as close when the lower of the two ratings is at least this."""
RUN_FOR_LONGER: Final = 3
"""How many close talks in a row, at one length, before a longer talk is offered."""
CUSTOM_LENGTH_STEP: Final = 5
_MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
"""English month names, fixed so labels do not depend on the process locale."""

MONTH_OPEN: Final = Template(
    "progress.month_open", "This month is wide open. Talk whenever it suits you."
)
TALKS_THIS_MONTH: Final = Template(
    "progress.talks_this_month", "{n} talks this month", one="{n} talk this month"
)
MINUTES_THIS_MONTH: Final = Template(
    "progress.minutes_this_month",
    "{n} minutes together this month",
    one="{n} minute together this month",
)
THANKS_SHARED: Final = Template(
    "progress.thanks_shared", "{n} thank-yous shared", one="{n} thank-you shared"
)
THANKS_THIS_MONTH: Final = Template(
    "progress.thanks_this_month", "{n} thank-yous this month", one="{n} thank-you this month"
)
MINUTES_TOGETHER: Final = Template(
    "progress.minutes_together", "{n} minutes together", one="{n} minute together"
)
SHORT_TALK: Final = Template("progress.short_talk", "A short talk")
THANKS: Final = Template("progress.thanks", "{n} thank-yous", one="{n} thank-you")
WEEK_TALKS: Final = Template(
    "progress.week_talks", "Week of {week}: {n} talks", one="Week of {week}: {n} talk"
)
LONGER_OFFER: Final = Template(
    "progress.longer_offer",
    "Your recent {length}-minute talks felt close. Would you like to try {n} minutes next time?",
    one="Your recent {length}-minute talks felt close. Would you like to try {n} minute next time?",
)
LONGER_ACCEPT: Final = Template("progress.longer_accept", "Try {n} minutes", one="Try {n} minute")
LONGER_DISMISS: Final = Template(
    "progress.longer_dismiss", "Keep {n} minutes", one="Keep {n} minute"
)


@dataclass(frozen=True, slots=True)
class TalkFact:
    """The plain facts of one ended talk, as progress needs them (no text anyone wrote).

    ``closeness`` is the lower of the two ratings, or None if nobody rated.
    ``thanks_given`` counts the thank-yous written in its wrap-up (0-2).
    """

    talk_id: int
    ended_at: datetime
    talked_minutes: float
    planned_minutes: int
    closeness: int | None = None
    thanks_given: int = 0


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One talk on the timeline, with a short warm line describing it (``parts``, joined)."""

    talk_id: int
    ended_at: datetime
    talked_minutes: float
    planned_minutes: int
    closeness: int | None
    thanks_given: int
    parts: tuple[Message, ...]

    @property
    def text(self) -> str:
        """The line in English, e.g. "5 minutes together · 1 thank-you"."""
        return " · ".join(str(part) for part in self.parts)


@dataclass(frozen=True, slots=True)
class WeekBar:
    """One bar of the weekly chart: an ISO week (Monday start) and its number of talks."""

    week_start: date
    iso_year: int
    iso_week: int
    talks: int
    label: str
    accessible_text: str


@dataclass(frozen=True, slots=True)
class Progress:
    """Everything the progress card and the Together screen show."""

    talks_this_month: int
    minutes_this_month: float
    thanks_all_time: int
    thanks_this_month: int
    timeline: tuple[TimelineEntry, ...]
    weeks: tuple[WeekBar, ...]

    @property
    def summary(self) -> tuple[Message, ...]:
        """Short warm lines for the summary card; nothing is said about what did not happen."""
        lines: list[Message] = []
        if self.talks_this_month == 0:
            lines.append(MONTH_OPEN())
        else:
            lines.append(TALKS_THIS_MONTH(n=self.talks_this_month))
            minutes = _whole_minutes(self.minutes_this_month)
            if minutes >= 1:
                lines.append(MINUTES_THIS_MONTH(n=minutes))
        if self.thanks_all_time:
            lines.append(THANKS_SHARED(n=self.thanks_all_time))
        if self.thanks_this_month:
            lines.append(THANKS_THIS_MONTH(n=self.thanks_this_month))
        return tuple(lines)

    @property
    def summary_lines(self) -> tuple[str, ...]:
        """The summary in English (logs, tests)."""
        return tuple(str(line) for line in self.summary)


@dataclass(frozen=True, slots=True)
class LongerTalkSuggestion:
    """An offer to try a longer talk next time; the partners decide, nothing changes by itself."""

    current_minutes: int
    suggested_minutes: int
    text: Message
    accept_text: Message
    dismiss_text: Message


# --- summaries -----------------------------------------------------------------------------


def progress(facts: Iterable[TalkFact], now: datetime, weeks: int = WEEKS_IN_CHART) -> Progress:
    """The whole progress picture at ``now`` (aware; its zone decides months and weeks)."""
    all_facts = list(facts)
    tz = now.tzinfo
    this_month = [
        f
        for f in all_facts
        if (local := f.ended_at.astimezone(tz)).year == now.year and local.month == now.month
    ]
    return Progress(
        talks_this_month=len(this_month),
        minutes_this_month=sum(max(0.0, f.talked_minutes) for f in this_month),
        thanks_all_time=sum(max(0, f.thanks_given) for f in all_facts),
        thanks_this_month=sum(max(0, f.thanks_given) for f in this_month),
        timeline=timeline(all_facts),
        weeks=weekly_chart(all_facts, now, weeks),
    )


def timeline(facts: Iterable[TalkFact]) -> tuple[TimelineEntry, ...]:
    """Every talk, newest first, each with a short line like "5 minutes together · 1 thank-you"."""
    ordered = sorted(facts, key=lambda f: (f.ended_at, f.talk_id), reverse=True)
    return tuple(
        TimelineEntry(
            talk_id=f.talk_id,
            ended_at=f.ended_at,
            talked_minutes=f.talked_minutes,
            planned_minutes=f.planned_minutes,
            closeness=f.closeness,
            thanks_given=f.thanks_given,
            parts=_timeline_parts(f),
        )
        for f in ordered
    )


def _timeline_parts(fact: TalkFact) -> tuple[Message, ...]:
    minutes = _whole_minutes(fact.talked_minutes)
    parts = [MINUTES_TOGETHER(n=minutes) if minutes >= 1 else SHORT_TALK()]
    if fact.thanks_given > 0:
        parts.append(THANKS(n=fact.thanks_given))
    return tuple(parts)


def weekly_chart(
    facts: Iterable[TalkFact], now: datetime, weeks: int = WEEKS_IN_CHART
) -> tuple[WeekBar, ...]:
    """Talks per ISO week for the ``weeks`` weeks up to and including this one, oldest first.

    Weeks without talks are included as zero bars so the chart's spacing is
    true; their text is as neutral as any other week's.
    """
    if type(weeks) is not int or weeks < 1:
        raise ValueError(f"weeks must be a positive whole number, got {weeks!r}")
    tz = now.tzinfo
    this_monday = now.date() - timedelta(days=now.weekday())
    starts = [this_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    counts = dict.fromkeys(starts, 0)
    for fact in facts:
        day = fact.ended_at.astimezone(tz).date()
        monday = day - timedelta(days=day.weekday())
        if monday in counts:
            counts[monday] += 1
    bars = []
    for start in starts:
        iso = start.isocalendar()
        label = f"{start.day} {_MONTHS[start.month - 1]}"
        bars.append(
            WeekBar(
                week_start=start,
                iso_year=iso.year,
                iso_week=iso.week,
                talks=counts[start],
                label=label,
                accessible_text=str(WEEK_TALKS(week=label, n=counts[start])),
            )
        )
    return tuple(bars)


# --- a longer talk -------------------------------------------------------------------------


def next_longer_length(minutes: int) -> int | None:
    """The length to offer after close talks at ``minutes``: the next preset, or +5 for custom.

    5 -> 10 -> 15, then nothing (15 is the longest preset; going further is
    the couple's own choice in the custom length). A custom length grows by
    :data:`CUSTOM_LENGTH_STEP`, never beyond the 30-minute maximum.
    """
    if minutes in TALK_LENGTH_PRESETS:
        higher = [p for p in TALK_LENGTH_PRESETS if p > minutes]
        return min(higher) if higher else None
    longer = min(minutes + CUSTOM_LENGTH_STEP, MAX_TALK_MINUTES)
    return longer if longer > minutes else None


def longer_talk_suggestion(
    facts: Iterable[TalkFact], dismissals: Mapping[int, datetime] | None = None
) -> LongerTalkSuggestion | None:
    """Offer a longer talk after :data:`RUN_FOR_LONGER` close talks in a row at one length.

    Looks at the most recent three ended talks: all rated (lower rating
    >= :data:`CLOSE_RATING`) and all planned at the same length L. If a
    "not now" was recorded for L (``dismissals`` maps length -> time of the
    latest one), all three must have ended after it. Returns None otherwise.
    """
    recent: Sequence[TalkFact] = sorted(facts, key=lambda f: (f.ended_at, f.talk_id), reverse=True)[
        :RUN_FOR_LONGER
    ]
    if len(recent) < RUN_FOR_LONGER:
        return None
    length = recent[0].planned_minutes
    if any(f.planned_minutes != length for f in recent):
        return None
    if any(f.closeness is None or f.closeness < CLOSE_RATING for f in recent):
        return None
    dismissed = (dismissals or {}).get(length)
    if dismissed is not None and any(f.ended_at <= dismissed for f in recent):
        return None
    longer = next_longer_length(length)
    if longer is None:
        return None
    return LongerTalkSuggestion(
        current_minutes=length,
        suggested_minutes=longer,
        text=LONGER_OFFER(length=length, n=longer),
        accept_text=LONGER_ACCEPT(n=longer),
        dismiss_text=LONGER_DISMISS(n=length),
    )


# --- helpers -------------------------------------------------------------------------------


def _whole_minutes(minutes: float) -> int:
    return int(max(0.0, minutes) + 0.5)
