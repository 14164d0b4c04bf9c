"""Progress: counts, timeline, weekly chart, the longer-talk offer, and the anti-nag guard."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from openup_desktop.core import progress as progress_module
from openup_desktop.core.clock import FakeClock
from openup_desktop.core.progress import (
    CHART_TITLE,
    LongerTalkSuggestion,
    Progress,
    TalkFact,
    longer_talk_suggestion,
    next_longer_length,
    progress,
    timeline,
    weekly_chart,
)
from openup_desktop.files.messages import Message, Template

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 20, 21, 0, tzinfo=BERLIN)  # a Thursday; ISO week 12


def fact(
    talk_id: int,
    ended_at: datetime,
    *,
    talked: float = 5.0,
    planned: int = 5,
    closeness: int | None = None,
    thanks: int = 0,
) -> TalkFact:
    return TalkFact(talk_id, ended_at, talked, planned, closeness, thanks)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


# --- counts --------------------------------------------------------------------------------


def test_nothing_yet():
    result = progress([], NOW)
    assert result.talks_this_month == 0
    assert result.minutes_this_month == 0
    assert result.thanks_all_time == 0 and result.thanks_this_month == 0
    assert result.timeline == ()
    assert len(result.weeks) == 8 and all(w.talks == 0 for w in result.weeks)
    assert result.summary_lines == ("This month is wide open. Talk whenever it suits you.",)


def test_month_counts_use_the_local_month_of_now():
    facts = [
        fact(1, datetime(2025, 3, 1, 0, 30, tzinfo=BERLIN), talked=4.5, thanks=2),
        # 28 Feb 23:30 UTC is already 1 March in Berlin.
        fact(2, datetime(2025, 2, 28, 23, 30, tzinfo=UTC), talked=10.0, thanks=1),
        # 28 Feb 22:30 UTC is still February in Berlin.
        fact(3, datetime(2025, 2, 28, 22, 30, tzinfo=UTC), talked=7.0, thanks=2),
        fact(4, datetime(2024, 3, 10, 20, 0, tzinfo=BERLIN), talked=5.0, thanks=1),
    ]
    result = progress(facts, NOW)
    assert result.talks_this_month == 2
    assert result.minutes_this_month == pytest.approx(14.5)
    assert result.thanks_this_month == 3
    assert result.thanks_all_time == 6
    assert result.summary_lines == (
        "2 talks this month",
        "15 minutes together this month",
        "6 thank-yous shared",
        "3 thank-yous this month",
    )


def test_singular_wording():
    result = progress([fact(1, NOW - timedelta(hours=1), talked=1.2, thanks=1)], NOW)
    assert result.summary_lines == (
        "1 talk this month",
        "1 minute together this month",
        "1 thank-you shared",
        "1 thank-you this month",
    )


def test_timeline_is_newest_first_with_warm_lines():
    facts = [
        fact(1, NOW - timedelta(days=3), talked=4.6, thanks=2, closeness=4),
        fact(2, NOW - timedelta(days=1), talked=0.4),
        fact(3, NOW - timedelta(days=2), talked=10.0, planned=10, thanks=1),
    ]
    entries = timeline(facts)
    assert [e.talk_id for e in entries] == [2, 3, 1]
    assert [e.text for e in entries] == [
        "A short talk",
        "10 minutes together · 1 thank-you",
        "5 minutes together · 2 thank-yous",
    ]
    assert entries[2].closeness == 4 and entries[1].planned_minutes == 10
    assert progress(facts, NOW).timeline == entries


# --- weekly chart --------------------------------------------------------------------------


def test_weekly_chart_has_eight_iso_weeks_oldest_first_including_zero_weeks():
    facts = [
        fact(1, datetime(2025, 3, 17, 8, 0, tzinfo=BERLIN)),  # Monday of this week
        fact(2, datetime(2025, 3, 20, 20, 0, tzinfo=BERLIN)),  # today
        fact(3, datetime(2025, 3, 16, 23, 59, tzinfo=BERLIN)),  # Sunday of last week
        fact(4, datetime(2025, 1, 27, 12, 0, tzinfo=BERLIN)),  # first week shown
        fact(5, datetime(2025, 1, 26, 12, 0, tzinfo=BERLIN)),  # just before the chart
    ]
    bars = weekly_chart(facts, NOW)
    assert len(bars) == 8
    assert [b.iso_week for b in bars] == [5, 6, 7, 8, 9, 10, 11, 12]
    assert [b.talks for b in bars] == [1, 0, 0, 0, 0, 0, 1, 2]
    assert bars[0].week_start == date(2025, 1, 27)
    assert bars[-1].week_start == date(2025, 3, 17)
    assert all(b.week_start.weekday() == 0 for b in bars)
    assert bars[-1].label == "17 Mar"
    assert bars[-1].accessible_text == "Week of 17 Mar: 2 talks"
    assert bars[1].accessible_text == "Week of 3 Feb: 0 talks"
    assert progress(facts, NOW).weeks == bars


def test_weekly_chart_across_the_year_boundary():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=BERLIN)  # Thursday, ISO week 1 of 2026
    bars = weekly_chart([fact(1, datetime(2025, 12, 29, 9, 0, tzinfo=BERLIN))], now)
    assert (bars[-1].iso_year, bars[-1].iso_week, bars[-1].talks) == (2026, 1, 1)
    assert (bars[-2].iso_year, bars[-2].iso_week) == (2025, 52)


def test_weekly_chart_length_is_configurable_and_checked():
    assert len(weekly_chart([], NOW, weeks=3)) == 3
    with pytest.raises(ValueError):
        weekly_chart([], NOW, weeks=0)


# --- the longer-talk offer ------------------------------------------------------------------


def run(lengths_and_ratings, start=NOW - timedelta(days=10)):
    """Talks a day apart, oldest first."""
    return [
        fact(i + 1, start + timedelta(days=i), planned=length, closeness=rating)
        for i, (length, rating) in enumerate(lengths_and_ratings)
    ]


@pytest.mark.parametrize(
    ("length", "longer"),
    [(5, 10), (10, 15), (15, None), (2, 7), (7, 12), (12, 17), (27, 30), (28, 30), (30, None)],
)
def test_next_longer_length(length, longer):
    assert next_longer_length(length) == longer


def test_three_close_talks_at_one_length_offer_the_next_length():
    offer = longer_talk_suggestion(run([(5, 4), (5, 5), (5, 4)]))
    assert isinstance(offer, LongerTalkSuggestion)
    assert (offer.current_minutes, offer.suggested_minutes) == (5, 10)
    assert "10 minutes" in str(offer.text)
    assert str(offer.accept_text) == "Try 10 minutes"
    assert str(offer.dismiss_text) == "Keep 5 minutes"


def test_custom_length_offers_five_more():
    offer = longer_talk_suggestion(run([(7, 5), (7, 5), (7, 5)]))
    assert offer is not None and offer.suggested_minutes == 12


def test_no_offer_at_the_top():
    assert longer_talk_suggestion(run([(15, 5)] * 3)) is None
    assert longer_talk_suggestion(run([(30, 5)] * 3)) is None


@pytest.mark.parametrize(
    "history",
    [
        [(5, 5), (5, 5)],  # too few
        [(5, 5), (5, 3), (5, 5)],  # one felt less close
        [(5, 5), (5, None), (5, 5)],  # one unrated
        [(5, 5), (10, 5), (5, 5)],  # lengths differ
        [(5, 5), (5, 5), (5, 5), (5, 2)],  # the most recent one felt less close
    ],
)
def test_no_offer_without_three_close_talks_in_a_row_at_one_length(history):
    assert longer_talk_suggestion(run(history)) is None


def test_only_the_most_recent_three_matter():
    assert longer_talk_suggestion(run([(5, 1), (10, 2), (5, 4), (5, 4), (5, 5)])) is not None


def test_order_of_the_input_does_not_matter():
    facts = run([(5, 1), (5, 4), (5, 4), (5, 5)])
    assert longer_talk_suggestion(list(reversed(facts))) is not None
    facts = run([(5, 4), (5, 4), (5, 5), (5, 1)])
    assert longer_talk_suggestion(list(reversed(facts))) is None


def test_dismissal_holds_until_a_new_run_of_three_after_it(clock):
    facts = run([(5, 5), (5, 5), (5, 5)], start=clock.now() - timedelta(days=5))
    assert longer_talk_suggestion(facts) is not None
    dismissed = {5: clock.now()}
    assert longer_talk_suggestion(facts, dismissed) is None
    # Two more close talks after the dismissal: the last three still include an older one.
    clock.advance(86400)
    facts.append(fact(10, clock.now(), planned=5, closeness=5))
    clock.advance(86400)
    facts.append(fact(11, clock.now(), planned=5, closeness=4))
    assert longer_talk_suggestion(facts, dismissed) is None
    clock.advance(86400)
    facts.append(fact(12, clock.now(), planned=5, closeness=5))
    offer = longer_talk_suggestion(facts, dismissed)
    assert offer is not None and offer.suggested_minutes == 10


def test_a_dismissal_for_another_length_does_not_block():
    facts = run([(10, 5), (10, 5), (10, 5)])
    offer = longer_talk_suggestion(facts, {5: NOW})
    assert offer is not None and offer.suggested_minutes == 15


def test_the_offer_changes_nothing_by_itself():
    facts = run([(5, 5), (5, 5), (5, 5)])
    before = list(facts)
    longer_talk_suggestion(facts)
    assert facts == before  # plain data in, an offer out; no setting is touched here


# --- the anti-nag guard ---------------------------------------------------------------------

BANNED = re.compile(
    r"streak|missed|miss\b|haven'?t|behind|\bonly\b|\bshould\b|fail|broke|lost|overdue|"
    r"\bagain\b|\bstill\b|\bnot yet\b",
    re.IGNORECASE,
)


def all_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Message):  # its words, not its id
        return [value.english]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found = [s for f in dataclasses.fields(value) for s in all_strings(getattr(value, f.name))]
        if isinstance(value, Progress):
            found += list(value.summary_lines)
        return found
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in all_strings(item)]
    return []


def scenarios() -> list[object]:
    busy = [
        fact(i, NOW - timedelta(days=i * 2), talked=i * 1.5, thanks=i % 3, closeness=(i % 5) + 1)
        for i in range(1, 40)
    ]
    quiet = [fact(1, NOW - timedelta(days=200), talked=0.2)]
    outputs: list[object] = [
        progress([], NOW),
        progress(busy, NOW),
        progress(quiet, NOW),
        progress([fact(1, NOW, talked=1.0, thanks=1)], NOW),
        weekly_chart(quiet, NOW, weeks=52),
    ]
    for length in range(2, 31):
        outputs.append(longer_talk_suggestion(run([(length, 5)] * 3)))
    return outputs


def test_no_string_from_progress_nags():
    texts = [s for output in scenarios() for s in all_strings(output)]
    texts += [  # module constants (the docstring names the banned words on purpose)
        v for k, v in vars(progress_module).items() if isinstance(v, str) and not k.startswith("__")
    ]
    texts += [  # every wording, also those no scenario above happened to produce
        text
        for v in vars(progress_module).values()
        if isinstance(v, Template)
        for text in (v.english, v.one or "")
    ]
    assert CHART_TITLE in texts and len(texts) > 100
    offenders = [t for t in texts if BANNED.search(t)]
    assert offenders == []


def test_the_guard_itself_catches_nagging_words():
    for bad in ("Don't break your streak", "You missed a week", "You haven't talked", "only 1"):
        assert BANNED.search(bad)
