"""Progress facts from a real database, and remembering "not now" for a longer talk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.progress import TalkFact, longer_talk_suggestion, progress
from openup_desktop.core.talk import TalkSettings, TurnOutcome, TurnRecord
from openup_desktop.store.database import open_database
from openup_desktop.store.progress import ProgressRepository, create_progress_tables
from openup_desktop.store.talks import TalkRepository
from tests.helpers.db import full

T0 = datetime(2025, 3, 1, 19, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    opened = open_database(tmp_path / "openup.db")
    create_progress_tables(opened.db)
    yield opened.db
    opened.close()


@pytest.fixture
def talks(db: sqlite_utils.Database) -> TalkRepository:
    return TalkRepository(db, FakeClock(T0))


@pytest.fixture
def store(db: sqlite_utils.Database) -> ProgressRepository:
    return ProgressRepository(db)


def ended(
    talks: TalkRepository,
    day: int,
    *,
    minutes: int = 5,
    talked_s: float = 240.0,
    wrapups: tuple[tuple[str | None, int | None], ...] = (),
    end: bool = True,
) -> int:
    started = T0 + timedelta(days=day)
    talk_id = talks.create_talk(TalkSettings(talk_minutes=minutes), started)
    talks.record_turn(talk_id, TurnRecord(0, 0, "p1", started, talked_s / 2, TurnOutcome.PASSED))
    talks.record_turn(
        talk_id,
        TurnRecord(
            1, 1, "p1", started + timedelta(seconds=talked_s / 2), talked_s / 2, TurnOutcome.SPOKE
        ),
    )
    if end:
        talks.finish_talk(talk_id, started + timedelta(minutes=minutes), "time_up")
    for partner, (thanks, rating) in enumerate(wrapups):
        talks.save_wrapup(talk_id, partner, thanks, rating)
    return talk_id


def test_create_tables_is_idempotent(db):
    create_progress_tables(db)
    create_progress_tables(db)
    assert "longer_talk_dismissals" in full(db).table_names()


def test_progress_facts(talks, store):
    first = ended(talks, 0, talked_s=300.0, wrapups=(("thank you", 5), (None, 4)))
    second = ended(talks, 1, minutes=10, talked_s=90.0, wrapups=(("ta", None), ("you too", 3)))
    ended(talks, 2, end=False)  # still running: not a fact yet
    third = ended(talks, 3, wrapups=())
    facts = store.progress_facts()
    assert facts == [
        TalkFact(third, T0 + timedelta(days=3, minutes=5), 4.0, 5, None, 0),
        TalkFact(second, T0 + timedelta(days=1, minutes=10), 1.5, 10, 3, 2),
        TalkFact(first, T0 + timedelta(days=0, minutes=5), 5.0, 5, 4, 1),
    ]
    summary = progress(facts, T0 + timedelta(days=5))
    assert summary.talks_this_month == 3
    assert summary.thanks_all_time == 3


def test_dismissal_is_remembered_per_length_latest_wins(store):
    assert store.longer_suggestion_dismissals() == {}
    store.dismiss_longer_suggestion(5, T0)
    store.dismiss_longer_suggestion(5, T0 + timedelta(days=1))
    store.dismiss_longer_suggestion(10, T0)
    assert store.longer_suggestion_dismissals() == {5: T0 + timedelta(days=1), 10: T0}


@pytest.mark.parametrize("length", [1, 31, 0, True, "5"])
def test_dismissal_length_checked(store, length):
    with pytest.raises(ValueError):
        store.dismiss_longer_suggestion(length, T0)


def test_dismissal_needs_an_aware_time(store):
    with pytest.raises(ValueError):
        store.dismiss_longer_suggestion(5, datetime(2025, 3, 1, 19, 0))


def test_offer_dismiss_and_offer_again_end_to_end(talks, store):
    for day in range(3):
        ended(talks, day, wrapups=((None, 5), (None, 4)))
    assert longer_talk_suggestion(store.progress_facts()) is not None
    store.dismiss_longer_suggestion(5, T0 + timedelta(days=3))
    facts, dismissed = store.progress_facts(), store.longer_suggestion_dismissals()
    assert longer_talk_suggestion(facts, dismissed) is None
    for day in range(4, 7):
        ended(talks, day, wrapups=((None, 4), (None, 4)))
    offer = longer_talk_suggestion(store.progress_facts(), store.longer_suggestion_dismissals())
    assert offer is not None and offer.suggested_minutes == 10
