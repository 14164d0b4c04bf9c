"""Talk persistence on a real SQLite file: writes, history, the "Ours" deck, atomicity."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.talk import (
    EndReason,
    Talk,
    TalkSettings,
    TalkState,
    TurnOutcome,
    TurnRecord,
)
from openup_desktop.core.talk_history import PastTalk, PromptUse
from openup_desktop.store.talks import (
    CustomPrompt,
    TalkRepository,
    create_talk_tables,
    status_for,
)

T0 = datetime(2025, 3, 1, 19, 0, tzinfo=UTC)
SECRET = "my private words about my father"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = sqlite_utils.Database(tmp_path / "openup.db")
    database.execute("PRAGMA foreign_keys=ON")
    database.enable_wal()
    create_talk_tables(database)
    yield database
    database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def repo(db: sqlite_utils.Database, clock: FakeClock) -> TalkRepository:
    return TalkRepository(db, clock)


def turn(
    index: int,
    prompt: str | None = "p1",
    *,
    at: datetime = T0,
    duration: float = 30.0,
    speaker: int = 0,
    outcome: TurnOutcome = TurnOutcome.SPOKE,
) -> TurnRecord:
    return TurnRecord(index, speaker, prompt, at, duration, outcome)


def ended_talk(
    repo: TalkRepository,
    started: datetime,
    *,
    minutes: int = 5,
    prompts: tuple[str, ...] = ("p1",),
    closeness: tuple[int | None, int | None] = (None, None),
    talked_s: float = 120.0,
) -> int:
    talk_id = repo.create_talk(TalkSettings(talk_minutes=minutes), started)
    per_prompt = talked_s / len(prompts)
    for i, prompt in enumerate(prompts):
        at = started + timedelta(seconds=i * per_prompt)
        repo.record_turn(talk_id, turn(i, prompt, at=at, duration=per_prompt))
    repo.finish_talk(talk_id, started + timedelta(seconds=talked_s), "ended_early")
    for partner, rating in enumerate(closeness):
        if rating is not None:
            repo.save_wrapup(talk_id, partner, None, rating)
    return talk_id


# --- schema --------------------------------------------------------------------------------


def test_tables_are_created_with_the_expected_columns(db: sqlite_utils.Database) -> None:
    assert {"talks", "turns", "wrapups", "custom_prompts"} <= set(db.table_names())
    assert set(db.table("talks").columns_dict) == {
        "id",
        "started_at",
        "ended_at",
        "status",
        "settings",
        "snapshot",
        "end_reason",
        "prompt_ids",
    }
    assert set(db.table("turns").columns_dict) == {
        "talk_id",
        "turn_index",
        "speaker",
        "prompt_id",
        "started_at",
        "duration_s",
        "outcome",
    }
    assert set(db.table("wrapups").columns_dict) == {
        "talk_id",
        "partner",
        "thanks_text",
        "closeness",
    }
    assert set(db.table("custom_prompts").columns_dict) == {
        "id",
        "text",
        "created_at",
        "updated_at",
    }
    assert {fk.other_table for fk in db.table("turns").foreign_keys} == {"talks"}
    assert {fk.other_table for fk in db.table("wrapups").foreign_keys} == {"talks"}


def test_creating_tables_again_is_harmless(db: sqlite_utils.Database, repo: TalkRepository) -> None:
    talk_id = repo.create_talk(TalkSettings(), T0)
    create_talk_tables(db)
    with db.atomic():  # as inside someone else's migration transaction
        create_talk_tables(db)
    assert repo.unfinished_talk() is not None
    assert repo.unfinished_talk().id == talk_id  # type: ignore[union-attr]


def test_the_database_enforces_its_own_rules(db: sqlite_utils.Database) -> None:
    db.execute("INSERT INTO talks (started_at, settings) VALUES (?, ?)", [T0.isoformat(), "{}"])
    bad = [
        "UPDATE talks SET status = 'lost'",
        "UPDATE talks SET end_reason = 'boredom'",
        "INSERT INTO turns VALUES (1, 0, 2, 'p', 'x', 1.0, 'spoke')",
        "INSERT INTO turns VALUES (1, 0, 0, 'p', 'x', -1.0, 'spoke')",
        "INSERT INTO turns VALUES (1, 0, 0, 'p', 'x', 1.0, 'shouted')",
        "INSERT INTO turns VALUES (99, 0, 0, 'p', 'x', 1.0, 'spoke')",
        "INSERT INTO wrapups VALUES (1, 0, NULL, 6)",
        "INSERT INTO wrapups VALUES (1, 3, NULL, 3)",
    ]
    for statement in bad:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(statement)


# --- talks and turns -----------------------------------------------------------------------


def test_create_talk_stores_settings_and_starts_in_progress(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    settings = TalkSettings(talk_minutes=10, turn_seconds=120, first_speaker=1)
    talk_id = repo.create_talk(settings, T0)
    row = db.table("talks").get(talk_id)
    assert row["status"] == "in_progress"
    assert TalkSettings.from_dict(json.loads(row["settings"])) == settings
    assert row["started_at"] == "2025-03-01T19:00:00.000000+00:00"
    assert json.loads(row["prompt_ids"]) == []
    assert row["ended_at"] is None and row["end_reason"] is None


def test_times_are_stored_as_utc_and_read_back_as_the_same_instant(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    paris = datetime(2025, 7, 1, 21, 30, tzinfo=timezone(timedelta(hours=2)))
    talk_id = repo.create_talk(TalkSettings(), paris)
    assert db.table("talks").get(talk_id)["started_at"] == "2025-07-01T19:30:00.000000+00:00"
    found = repo.unfinished_talk()
    assert found is not None and found.started_at == paris
    assert found.started_at.tzinfo is not None


def test_naive_times_are_refused(repo: TalkRepository) -> None:
    with pytest.raises(ValueError, match="aware"):
        repo.create_talk(TalkSettings(), datetime(2025, 1, 1, 12, 0))


def test_record_turn_stores_the_turn_and_the_prompt(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    talk_id = repo.create_talk(TalkSettings(), T0)
    repo.record_turn(talk_id, turn(0, "p1", outcome=TurnOutcome.PASSED, speaker=1))
    repo.record_turn(talk_id, turn(1, "p2", outcome=TurnOutcome.DECLINED, duration=0.0))
    repo.record_turn(talk_id, turn(2, "p1", outcome=TurnOutcome.LISTENER))
    rows = list(db.table("turns").rows_where(order_by="turn_index"))
    assert [(r["turn_index"], r["speaker"], r["prompt_id"], r["outcome"]) for r in rows] == [
        (0, 1, "p1", "passed"),
        (1, 0, "p2", "declined"),
        (2, 0, "p1", "listener"),
    ]
    assert rows[1]["duration_s"] == 0.0
    assert json.loads(db.table("talks").get(talk_id)["prompt_ids"]) == ["p1", "p2"]


def test_recording_the_same_turn_twice_replaces_it(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    talk_id = repo.create_talk(TalkSettings(), T0)
    repo.record_turn(talk_id, turn(0, duration=10.0))
    repo.record_turn(talk_id, turn(0, duration=12.0))
    assert [r["duration_s"] for r in db.table("turns").rows] == [12.0]


def test_record_turn_refuses_unknown_talks_and_negative_durations(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    with pytest.raises(KeyError, match="no talk with id 42"):
        repo.record_turn(42, turn(0))
    talk_id = repo.create_talk(TalkSettings(), T0)
    with pytest.raises(ValueError, match="negative"):
        repo.record_turn(talk_id, turn(0, duration=-1.0))
    assert db.table("turns").count == 0


def test_a_write_that_fails_halfway_leaves_nothing_behind(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    talk_id = repo.create_talk(TalkSettings(), T0)
    # the turn insert succeeds, then updating the talk's prompt list fails
    db.execute(
        "CREATE TRIGGER no_talk_updates BEFORE UPDATE ON talks "
        "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="simulated crash"):
        repo.record_turn(talk_id, turn(0, "p-new"))
    assert db.table("turns").count == 0
    assert not db.conn.in_transaction


def test_save_snapshot_stores_json_and_status(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    talk_id = repo.create_talk(TalkSettings(), T0)
    repo.save_snapshot(talk_id, {"state": "on_break", "prompt_ids": ["p1", "p9"]}, "on_break")
    row = db.table("talks").get(talk_id)
    assert row["status"] == "on_break"
    assert json.loads(row["snapshot"]) == {"state": "on_break", "prompt_ids": ["p1", "p9"]}
    assert json.loads(row["prompt_ids"]) == ["p1", "p9"]


def test_save_snapshot_validates(db: sqlite_utils.Database, repo: TalkRepository) -> None:
    talk_id = repo.create_talk(TalkSettings(), T0)
    with pytest.raises(ValueError, match="talk status must be one of"):
        repo.save_snapshot(talk_id, {}, "paused")
    with pytest.raises(ValueError):
        repo.save_snapshot(talk_id, {"talk_elapsed_s": float("nan")}, "in_progress")
    with pytest.raises(KeyError):
        repo.save_snapshot(talk_id + 1, {}, "in_progress")
    repo.finish_talk(talk_id, T0 + timedelta(minutes=5), EndReason.TIME_UP)
    with pytest.raises(ValueError, match="cannot become in_progress"):
        repo.save_snapshot(talk_id, {}, "in_progress")
    assert db.table("talks").get(talk_id)["snapshot"] is None


def test_finish_talk(db: sqlite_utils.Database, repo: TalkRepository) -> None:
    talk_id = repo.create_talk(TalkSettings(), T0)
    end = T0 + timedelta(minutes=5)
    repo.finish_talk(talk_id, end, "time_up", {"state": "ended"})
    row = db.table("talks").get(talk_id)
    assert (row["status"], row["end_reason"]) == ("ended", "time_up")
    assert row["ended_at"] == "2025-03-01T19:05:00.000000+00:00"
    assert json.loads(row["snapshot"]) == {"state": "ended"}
    with pytest.raises(ValueError, match="end reason"):
        repo.finish_talk(talk_id, end, "tired")


@pytest.mark.parametrize(
    ("state", "status"),
    [
        (TalkState.SPEAKING, "in_progress"),
        (TalkState.LISTENER_STEP, "in_progress"),
        (TalkState.PAUSED, "in_progress"),
        (TalkState.ON_BREAK, "on_break"),
        (TalkState.ENDED, "ended"),
    ],
)
def test_status_for_state(state: TalkState, status: str) -> None:
    assert status_for(state) == status


# --- unfinished talks ----------------------------------------------------------------------


def test_no_unfinished_talk_on_an_empty_database(repo: TalkRepository) -> None:
    assert repo.unfinished_talk() is None


def test_the_latest_unfinished_talk_is_found_and_can_be_restored(
    repo: TalkRepository,
) -> None:
    ended_talk(repo, T0 - timedelta(days=2))
    older = repo.create_talk(TalkSettings(), T0 - timedelta(days=1))
    clock = FakeClock(T0)
    talk = Talk(TalkSettings(talk_minutes=10, first_speaker=1), "p7", clock)
    talk_id = repo.create_talk(talk.settings, talk.started_at)
    clock.advance(95)
    talk.take_break(timedelta(hours=1))
    repo.save_snapshot(talk_id, talk.snapshot(), status_for(talk.state))

    found = repo.unfinished_talk()
    assert found is not None
    assert (found.id, found.status, found.settings) == (talk_id, "on_break", talk.settings)
    assert found.snapshot is not None
    restored = Talk.restore(found.snapshot, FakeClock())
    assert restored.state is TalkState.ON_BREAK
    assert restored.talk_elapsed == talk.talk_elapsed == 95.0
    assert restored.break_until == talk.break_until

    repo.close_unfinished(talk_id)
    found = repo.unfinished_talk()
    assert found is not None and found.id == older and found.snapshot is None


def test_close_unfinished_only_closes_unfinished_talks(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    done = ended_talk(repo, T0)
    with pytest.raises(ValueError, match="is ended, not unfinished"):
        repo.close_unfinished(done)
    with pytest.raises(KeyError):
        repo.close_unfinished(999)
    open_id = repo.create_talk(TalkSettings(), T0)
    repo.close_unfinished(open_id)
    assert db.table("talks").get(open_id)["status"] == "closed_unfinished"
    assert repo.unfinished_talk() is None
    with pytest.raises(ValueError, match="closed unfinished"):
        repo.finish_talk(open_id, T0, "time_up")


# --- wrap-up -------------------------------------------------------------------------------


def test_save_wrapup_trims_and_replaces(db: sqlite_utils.Database, repo: TalkRepository) -> None:
    talk_id = ended_talk(repo, T0)
    repo.save_wrapup(talk_id, 0, "  thank you for listening \n", 4)
    repo.save_wrapup(talk_id, 1, "   ", None)
    rows = {r["partner"]: r for r in db.table("wrapups").rows}
    assert rows[0]["thanks_text"] == "thank you for listening"
    assert rows[0]["closeness"] == 4
    assert rows[1]["thanks_text"] is None and rows[1]["closeness"] is None
    repo.save_wrapup(talk_id, 0, None, 5)
    assert db.table("wrapups").count == 2
    assert db.table("wrapups").get((talk_id, 0))["closeness"] == 5


@pytest.mark.parametrize("closeness", [0, 6, -1, 2.5, True, "3"])
def test_save_wrapup_rejects_bad_closeness(repo: TalkRepository, closeness: object) -> None:
    talk_id = ended_talk(repo, T0)
    with pytest.raises(ValueError, match="closeness must be 1 to 5 or None"):
        repo.save_wrapup(talk_id, 0, None, closeness)  # type: ignore[arg-type]


@pytest.mark.parametrize("closeness", [1, 2, 3, 4, 5, None])
def test_every_closeness_rating_is_kept_for_the_partner_who_gave_it(
    repo: TalkRepository, closeness: int | None
) -> None:
    talk_id = ended_talk(repo, T0)
    repo.save_wrapup(talk_id, 1, None, closeness)
    [summary] = repo.recent_talks()
    assert summary.closeness == (None, closeness)
    # The rating is what "Surprise us" and "what works" read back for this talk.
    assert [t.closeness for t in repo.past_talks()] == [closeness]
    # Saving again for the same partner replaces the rating (a second thought counts).
    repo.save_wrapup(talk_id, 1, None, 3 if closeness != 3 else 4)
    assert repo.recent_talks()[0].closeness == (None, 3 if closeness != 3 else 4)


def test_save_wrapup_limits_thanks_to_500_characters_without_quoting_them(
    repo: TalkRepository,
) -> None:
    talk_id = ended_talk(repo, T0)
    repo.save_wrapup(talk_id, 0, "x" * 500 + "   ", None)
    with pytest.raises(ValueError, match="501 characters; the limit is 500") as info:
        repo.save_wrapup(talk_id, 0, SECRET + "y" * (501 - len(SECRET)), None)
    assert SECRET not in str(info.value)


def test_save_wrapup_checks_partner_and_talk(repo: TalkRepository) -> None:
    talk_id = ended_talk(repo, T0)
    with pytest.raises(ValueError, match="partner"):
        repo.save_wrapup(talk_id, 2, None, 3)
    with pytest.raises(KeyError):
        repo.save_wrapup(talk_id + 100, 0, None, 3)


# --- history -------------------------------------------------------------------------------


def test_recent_talks_newest_first_with_lengths_prompts_and_closeness(
    repo: TalkRepository,
) -> None:
    first = ended_talk(repo, T0, minutes=5, prompts=("a",), closeness=(4, 5), talked_s=300)
    repo.create_talk(TalkSettings(), T0 + timedelta(hours=1))  # unfinished: not history
    second = ended_talk(
        repo,
        T0 + timedelta(days=1),
        minutes=10,
        prompts=("b", "c"),
        closeness=(3, None),
        talked_s=90,
    )
    third = ended_talk(repo, T0 + timedelta(days=2), minutes=15, prompts=("d",))

    talks = repo.recent_talks(10)
    assert [t.id for t in talks] == [third, second, first]
    newest, middle, oldest = talks
    assert (oldest.planned_minutes, oldest.talked_minutes) == (5, 5.0)
    assert oldest.closeness == (4, 5)
    assert oldest.prompt_ids == ("a",)
    assert oldest.date == T0.astimezone().date()
    assert oldest.end_reason == "ended_early"
    assert (middle.planned_minutes, middle.talked_minutes) == (10, 1.5)
    assert middle.prompt_ids == ("b", "c")
    assert middle.closeness == (3, None)
    assert newest.closeness == (None, None)
    assert newest.ended_at == T0 + timedelta(days=2, minutes=2)
    assert [t.id for t in repo.recent_talks(2)] == [third, second]


def test_recent_talks_validates_the_limit(repo: TalkRepository) -> None:
    with pytest.raises(ValueError, match="limit"):
        repo.recent_talks(0)
    assert repo.recent_talks() == []


def test_prompt_uses_since_a_moment(repo: TalkRepository) -> None:
    old = T0 - timedelta(days=30)
    ended_talk(repo, old, prompts=("ancient",))
    talk_id = repo.create_talk(TalkSettings(), T0)
    repo.record_turn(talk_id, turn(0, "p1", at=T0))
    repo.record_turn(talk_id, turn(1, "p1", at=T0 + timedelta(seconds=30)))
    repo.record_turn(
        talk_id, turn(2, "p2", at=T0 + timedelta(seconds=60), outcome=TurnOutcome.DECLINED)
    )
    repo.record_turn(talk_id, turn(3, None, at=T0 + timedelta(seconds=61)))
    later = ended_talk(repo, T0 + timedelta(days=1), prompts=("p1",))
    assert later

    since = (T0 - timedelta(days=7)).astimezone(timezone(timedelta(hours=-5)))
    assert repo.prompt_uses(since) == [
        PromptUse("p1", T0),
        PromptUse("p2", T0 + timedelta(seconds=60)),
        PromptUse("p1", T0 + timedelta(days=1)),
    ]
    assert len(repo.prompt_uses(old - timedelta(seconds=1))) == 4
    assert repo.prompt_uses(T0 + timedelta(days=2)) == []


def test_past_talks_use_the_lower_rating(repo: TalkRepository) -> None:
    ended_talk(repo, T0, closeness=(5, 2), talked_s=60)
    ended_talk(repo, T0 + timedelta(days=1), closeness=(None, 4), talked_s=60)
    ended_talk(repo, T0 + timedelta(days=2), talked_s=60)
    repo.create_talk(TalkSettings(), T0 + timedelta(days=3))
    assert repo.past_talks() == [
        PastTalk(T0 + timedelta(days=2, minutes=1), None),
        PastTalk(T0 + timedelta(days=1, minutes=1), 4),
        PastTalk(T0 + timedelta(minutes=1), 2),
    ]


# --- the "Ours" deck -----------------------------------------------------------------------


def test_custom_prompt_crud(repo: TalkRepository, clock: FakeClock) -> None:
    a = repo.add_custom_prompt("  What made you smile this week?  ")
    clock.advance(60)
    b = repo.add_custom_prompt("Where would you like us to walk on Sunday?")
    assert [p.id for p in repo.custom_prompts()] == [a, b]
    assert repo.get_custom_prompt(a) == CustomPrompt(a, "What made you smile this week?", T0, T0)

    clock.advance(60)
    repo.edit_custom_prompt(a, "What made you laugh this week?")
    edited = repo.get_custom_prompt(a)
    assert edited.text == "What made you laugh this week?"
    assert edited.created_at == T0
    assert edited.updated_at == T0 + timedelta(minutes=2)

    repo.delete_custom_prompt(a)
    assert [p.id for p in repo.custom_prompts()] == [b]
    for call in (
        lambda: repo.get_custom_prompt(a),
        lambda: repo.edit_custom_prompt(a, "again"),
        lambda: repo.delete_custom_prompt(a),
    ):
        with pytest.raises(KeyError, match=f"no custom prompt with id {a}"):
            call()


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "x" * 501])
def test_custom_prompt_text_is_validated(repo: TalkRepository, text: str) -> None:
    with pytest.raises(ValueError, match="prompt text"):
        repo.add_custom_prompt(text)
    a = repo.add_custom_prompt("fine")
    with pytest.raises(ValueError, match="prompt text"):
        repo.edit_custom_prompt(a, text)
    assert repo.get_custom_prompt(a).text == "fine"


# --- wiring a live talk --------------------------------------------------------------------


def test_track_persists_a_talk_as_it_happens(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    clock = FakeClock(T0)
    talk = Talk(TalkSettings(first_speaker=0, listener_step=True), "p1", clock)
    talk_id = repo.create_talk(talk.settings, talk.started_at)
    stop = repo.track(talk_id, talk)

    clock.advance(40)
    talk.pass_turn()
    assert db.table("turns").count == 1
    assert db.table("talks").get(talk_id)["status"] == "in_progress"
    clock.advance(10)
    talk.listener_confirmed()
    talk.take_break(timedelta(minutes=30))
    assert db.table("talks").get(talk_id)["status"] == "on_break"

    found = repo.unfinished_talk()
    assert found is not None and found.snapshot is not None
    restored = Talk.restore(found.snapshot, clock)
    assert restored.talk_elapsed == talk.talk_elapsed == 50.0
    assert restored.speaker == talk.speaker == 1

    talk.resume_from_break()
    clock.advance(1000)
    talk.tick()  # time is up
    row = db.table("talks").get(talk_id)
    assert (row["status"], row["end_reason"]) == ("ended", "time_up")
    assert row["ended_at"] == "2025-03-01T19:05:00.000000+00:00"
    assert json.loads(row["snapshot"])["state"] == "ended"
    outcomes = [r["outcome"] for r in db.table("turns").rows_where(order_by="turn_index")]
    assert outcomes == ["passed", "listener", "spoke"]
    assert repo.unfinished_talk() is None
    assert repo.recent_talks(1)[0].talked_minutes == pytest.approx(5.0)
    stop()


def test_deleting_a_talk_removes_its_turns_and_wrapups(
    db: sqlite_utils.Database, repo: TalkRepository
) -> None:
    talk_id = ended_talk(repo, T0, closeness=(3, 3))
    with db.atomic():
        db.execute("DELETE FROM talks WHERE id = ?", [talk_id])
    assert db.table("turns").count == 0
    assert db.table("wrapups").count == 0


def test_nothing_anyone_wrote_reaches_the_log(
    repo: TalkRepository, openup_caplog: pytest.LogCaptureFixture
) -> None:
    caplog = openup_caplog
    talk_id = ended_talk(repo, T0)
    repo.save_wrapup(talk_id, 0, SECRET, 5)
    prompt = repo.add_custom_prompt(SECRET)
    repo.edit_custom_prompt(prompt, SECRET + "!")
    repo.custom_prompts()
    repo.delete_custom_prompt(prompt)
    assert caplog.records  # the repository does log, just not text
    assert SECRET not in caplog.text
