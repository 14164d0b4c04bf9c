"""The talk state machine: transitions, timers, records, observers, snapshots."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.talk import (
    ALLOWED_ACTIONS,
    APP_PICKS,
    BREAK_CHOICES_MINUTES,
    BREAK_MAX,
    BREAK_MIN,
    TALK_LENGTH_LABELS,
    EndReason,
    IllegalTransition,
    Talk,
    TalkSettings,
    TalkState,
    TurnOutcome,
    TurnRecord,
)

S = TalkState
EPS = 1e-6


def start(
    clock: FakeClock | None = None, prompt: str | None = "p1", **overrides: object
) -> tuple[Talk, FakeClock]:
    """A talk with partner 0 starting, unless the test says otherwise."""
    clock = clock or FakeClock()
    values: dict[str, object] = {"first_speaker": 0, **overrides}
    talk = Talk(TalkSettings(**values), prompt, clock)  # type: ignore[arg-type]
    return talk, clock


def talk_in(state: TalkState) -> tuple[Talk, FakeClock]:
    """A talk (listener step on) brought into ``state`` by legal actions."""
    talk, clock = start(listener_step=True)
    clock.advance(20)
    if state is S.SPEAKING:
        return talk, clock
    if state is S.LISTENER_STEP:
        talk.pass_turn()
    elif state is S.PAUSED:
        talk.pause()
    elif state is S.ON_BREAK:
        talk.take_break(timedelta(hours=1))
    elif state is S.ENDED:
        talk.end()
    clock.advance(5)
    assert talk.state is state
    return talk, clock


ACTIONS: dict[str, Callable[[Talk], None]] = {
    "pass_turn": lambda t: t.pass_turn(),
    "next_prompt": lambda t: t.next_prompt("p-next"),
    "decline_prompt": lambda t: t.decline_prompt("p-other"),
    "pause": lambda t: t.pause(),
    "resume": lambda t: t.resume(),
    "take_break": lambda t: t.take_break(timedelta(hours=2)),
    "resume_from_break": lambda t: t.resume_from_break(),
    "listener_confirmed": lambda t: t.listener_confirmed(),
    "listener_wants_more": lambda t: t.listener_wants_more(),
    "end": lambda t: t.end(),
}


def timers(talk: Talk) -> tuple[object, ...]:
    return (
        talk.talk_elapsed,
        talk.talk_remaining,
        talk.turn_elapsed,
        talk.turn_remaining,
        talk.turn_warning,
        talk.turn_overtime,
        talk.listener_step_remaining,
        talk.listener_step_over,
    )


def run_to_end(talk: Talk, clock: FakeClock, late_by: float = 0.0) -> int:
    """Drive the talk like the Qt layer would: one single-shot timer per event."""
    shots = 0
    while talk.state is not S.ENDED:
        delay = talk.seconds_until_next_event()
        assert delay is not None and delay >= 0
        clock.advance(delay + late_by)
        talk.tick()
        shots += 1
        assert shots < 10_000
    return shots


# --- settings ------------------------------------------------------------------------------


def test_settings_defaults_are_short_and_sweet() -> None:
    s = TalkSettings()
    assert (s.talk_minutes, s.turn_seconds, s.first_speaker, s.listener_step) == (
        5,
        90,
        APP_PICKS,
        False,
    )
    assert TALK_LENGTH_LABELS[5] == "Short and sweet"
    assert s.talk_seconds == 300.0
    assert not s.is_custom_length


@pytest.mark.parametrize("minutes", [2, 5, 7, 10, 15, 23, 30])
def test_settings_accept_presets_and_custom_lengths(minutes: int) -> None:
    assert TalkSettings(talk_minutes=minutes).talk_seconds == minutes * 60
    assert TalkSettings(talk_minutes=minutes).is_custom_length is (minutes not in (5, 10, 15))


@pytest.mark.parametrize("minutes", [0, 1, 31, 60, -5, 5.0, True, "5", None])
def test_settings_reject_bad_talk_lengths(minutes: object) -> None:
    with pytest.raises(ValueError, match="talk length"):
        TalkSettings(talk_minutes=minutes)  # type: ignore[arg-type]


@pytest.mark.parametrize("seconds", [60, 90, 120, 180])
def test_settings_accept_turn_lengths(seconds: int) -> None:
    assert TalkSettings(turn_seconds=seconds).turn_seconds == seconds


@pytest.mark.parametrize("seconds", [0, 30, 45, 100, 240, 90.5, True, "90"])
def test_settings_reject_bad_turn_lengths(seconds: object) -> None:
    with pytest.raises(ValueError, match="turn length must be one of 60, 90, 120, 180"):
        TalkSettings(turn_seconds=seconds)  # type: ignore[arg-type]


@pytest.mark.parametrize("who", [2, -1, True, False, "0", None, "app picks", 0.0])
def test_settings_reject_bad_first_speakers(who: object) -> None:
    with pytest.raises(ValueError, match="who starts"):
        TalkSettings(first_speaker=who)  # type: ignore[arg-type]


def test_settings_reject_non_bool_listener_step() -> None:
    with pytest.raises(ValueError, match="listener step"):
        TalkSettings(listener_step=1)  # type: ignore[arg-type]


def test_settings_round_trip_through_json() -> None:
    s = TalkSettings(talk_minutes=12, turn_seconds=120, first_speaker=1, listener_step=True)
    assert TalkSettings.from_dict(json.loads(json.dumps(s.to_dict()))) == s


def test_settings_from_dict_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError, match="unknown talk settings: colour"):
        TalkSettings.from_dict({"talk_minutes": 5, "colour": "red"})


class _Always(random.Random):
    """A random source that always draws ``value``, so a test cannot pass by luck."""

    def __init__(self, value: int) -> None:
        super().__init__(0)
        self.value = value

    def randrange(self, *args: object, **kwargs: object) -> int:  # type: ignore[override]
        return self.value


def test_app_picks_uses_the_injected_random() -> None:
    clock = FakeClock()
    picks = {
        Talk(TalkSettings(), "p", clock, random.Random(seed)).first_speaker for seed in range(20)
    }
    assert picks == {0, 1}
    a = Talk(TalkSettings(), "p", clock, random.Random(7))
    b = Talk(TalkSettings(), "p", clock, random.Random(7))
    assert a.first_speaker == b.first_speaker == a.speaker


@pytest.mark.parametrize("drawn", [0, 1])
def test_when_the_app_picks_the_injected_draw_decides_who_starts(drawn: int) -> None:
    # Deterministic on purpose: a talk that ignored the injected source would start with a
    # fresh random partner, and would fail one of these two cases every time.
    for _ in range(20):
        talk = Talk(TalkSettings(), "p", FakeClock(), _Always(drawn))
        assert (talk.first_speaker, talk.speaker, talk.listener) == (drawn, drawn, 1 - drawn)


@pytest.mark.parametrize("who", [0, 1])
def test_chosen_first_speaker_starts(who: int) -> None:
    talk, _ = start(first_speaker=who)
    assert talk.speaker == talk.first_speaker == who
    assert talk.listener == 1 - who


# --- the start -----------------------------------------------------------------------------


def test_a_new_talk_is_speaking_with_fresh_timers() -> None:
    talk, clock = start()
    assert talk.state is S.SPEAKING
    assert talk.prompt_id == "p1"
    assert talk.prompt_ids == ("p1",)
    assert talk.started_at == clock.now()
    assert talk.talk_elapsed == 0.0 and talk.talk_remaining == 300.0
    assert talk.turn_elapsed == 0.0 and talk.turn_remaining == 90.0
    assert not talk.turn_warning and not talk.turn_overtime
    assert talk.listener_step_remaining is None
    assert talk.turn_index == 0 and talk.turns == ()
    assert talk.end_reason is None and talk.ended_at is None
    assert talk.resumes_to is None and talk.break_until is None


# --- legal transitions ---------------------------------------------------------------------


def test_pass_turn_hands_the_floor_over_and_records_a_passed_turn() -> None:
    talk, clock = start()
    began = clock.now()
    clock.advance(40)
    talk.pass_turn()
    assert talk.state is S.SPEAKING
    assert (talk.speaker, talk.listener) == (1, 0)
    assert talk.turns == (TurnRecord(0, 0, "p1", began, 40.0, TurnOutcome.PASSED),)
    assert talk.turn_elapsed == 0.0 and talk.turn_remaining == 90.0
    assert talk.talk_elapsed == 40.0
    assert talk.prompt_id == "p1"
    clock.advance(10)
    talk.pass_turn()
    assert talk.speaker == 0
    assert talk.turns[1] == TurnRecord(
        1, 1, "p1", began + timedelta(seconds=40), 10.0, TurnOutcome.PASSED
    )


def test_next_prompt_keeps_the_speaker_and_records_spoke() -> None:
    talk, clock = start(first_speaker=1)
    clock.advance(30)
    talk.next_prompt("p2")
    assert talk.state is S.SPEAKING and talk.speaker == 1
    assert talk.prompt_id == "p2"
    assert talk.prompt_ids == ("p1", "p2")
    assert talk.turns[-1].outcome is TurnOutcome.SPOKE
    assert talk.turns[-1].prompt_id == "p1"
    assert talk.turns[-1].duration_s == 30.0
    assert talk.turn_elapsed == 0.0


def test_decline_prompt_records_declined_and_the_speaker_keeps_the_floor() -> None:
    talk, clock = start()
    clock.advance(3)
    talk.decline_prompt("p2")
    assert talk.state is S.SPEAKING
    assert talk.speaker == 0
    assert talk.prompt_id == "p2"
    record = talk.turns[-1]
    assert (record.outcome, record.prompt_id, record.speaker) == (TurnOutcome.DECLINED, "p1", 0)
    assert record.duration_s == 3.0
    assert talk.turn_elapsed == 0.0 and talk.turn_remaining == 90.0
    # no penalty: the talk clock is not touched beyond real time
    assert talk.talk_elapsed == 3.0
    # declining twice in a row is fine too
    talk.decline_prompt("p3")
    assert talk.turns[-1] == TurnRecord(1, 0, "p2", clock.now(), 0.0, TurnOutcome.DECLINED)
    assert talk.prompt_ids == ("p1", "p2", "p3")


def test_a_repeated_prompt_is_listed_once() -> None:
    talk, _ = start()
    talk.next_prompt("p2")
    talk.next_prompt("p1")
    assert talk.prompt_ids == ("p1", "p2")


def test_listener_step_then_yes_thats_it_passes_the_floor() -> None:
    talk, clock = start(listener_step=True)
    clock.advance(60)
    talk.pass_turn()
    assert talk.state is S.LISTENER_STEP
    assert (talk.speaker, talk.listener) == (0, 1)
    assert talk.listener_step_remaining == 30.0
    assert talk.turn_remaining == 30.0
    assert not talk.turn_warning and not talk.turn_overtime
    assert talk.turns[-1].outcome is TurnOutcome.PASSED
    step_start = clock.now()
    clock.advance(12)
    assert talk.listener_step_remaining == 18.0
    talk.listener_confirmed()
    assert talk.state is S.SPEAKING
    assert talk.speaker == 1
    assert talk.prompt_id == "p1"
    assert talk.turns[-1] == TurnRecord(1, 1, "p1", step_start, 12.0, TurnOutcome.LISTENER)
    assert talk.listener_step_remaining is None
    assert talk.turn_elapsed == 0.0 and talk.talk_elapsed == 72.0


def test_listener_step_then_theres_more_gives_the_speaker_a_new_turn() -> None:
    talk, clock = start(listener_step=True, first_speaker=1)
    clock.advance(50)
    talk.pass_turn()
    clock.advance(20)
    talk.listener_wants_more()
    assert talk.state is S.SPEAKING
    assert talk.speaker == 1
    assert talk.prompt_id == "p1"
    assert [r.outcome for r in talk.turns] == [TurnOutcome.PASSED, TurnOutcome.LISTENER]
    assert talk.turns[-1].speaker == 0
    assert talk.turn_elapsed == 0.0 and talk.turn_remaining == 90.0
    assert talk.turn_index == 2


def test_after_theres_more_the_speaker_keeps_the_floor_and_their_next_turn_is_theirs() -> None:
    talk, clock = start(listener_step=True, first_speaker=1)
    clock.advance(50)
    talk.pass_turn()
    clock.advance(20)
    more_at = clock.now()
    talk.listener_wants_more()
    assert talk.snapshot()["turn_speaker"] == 1
    assert talk.snapshot()["turn_started_at"] == more_at.isoformat()
    clock.advance(15)
    talk.pass_turn()
    # The extra turn is partner 1's, starting when they said "there's more", 15 s long.
    assert talk.turns[-1] == TurnRecord(2, 1, "p1", more_at, 15.0, TurnOutcome.PASSED)
    assert talk.state is S.LISTENER_STEP and talk.listener == 0
    json.dumps(talk.snapshot())


def test_the_first_turn_belongs_to_whoever_starts() -> None:
    talk, clock = start(first_speaker=1, talk_minutes=10)
    began = clock.now()
    assert talk.planned_seconds == 600.0
    clock.advance(12)
    talk.pass_turn()
    assert talk.turns == (TurnRecord(0, 1, "p1", began, 12.0, TurnOutcome.PASSED),)


def test_no_say_back_invitation_outside_the_listener_step() -> None:
    talk, clock = start(listener_step=True)
    clock.advance(200)  # long past 30 s, but nobody is saying back yet
    assert talk.listener_step_over is False
    assert talk.listener_step_remaining is None


def test_listener_step_waits_for_the_speaker_after_30_seconds() -> None:
    talk, clock = start(listener_step=True)
    talk.pass_turn()
    clock.advance(29)
    assert not talk.listener_step_over
    clock.advance(1)
    talk.tick()
    assert talk.listener_step_over
    assert talk.listener_step_remaining == 0.0
    clock.advance(45)
    talk.tick()
    assert talk.state is S.LISTENER_STEP
    assert talk.listener_step_remaining == 0.0 and talk.turn_remaining == 0.0
    talk.listener_confirmed()
    assert talk.turns[-1].duration_s == 75.0


@pytest.mark.parametrize("running", [S.SPEAKING, S.LISTENER_STEP])
def test_pause_freezes_every_timer_and_resume_continues(running: TalkState) -> None:
    talk, clock = talk_in(running)
    before = timers(talk)
    talk.pause()
    assert talk.state is S.PAUSED and talk.resumes_to is running
    clock.advance(3600)
    talk.tick()
    assert timers(talk) == before
    assert talk.seconds_until_next_event() is None
    talk.resume()
    assert talk.state is running and talk.resumes_to is None
    assert timers(talk) == before
    clock.advance(2)
    assert talk.talk_elapsed == pytest.approx(before[0] + 2)  # type: ignore[operator]


def test_pausing_in_the_warning_window_keeps_the_warning_frozen() -> None:
    talk, clock = start()
    clock.advance(80)
    talk.pause()
    clock.advance(500)
    assert talk.turn_warning and not talk.turn_overtime
    assert talk.turn_remaining == 10.0


@pytest.mark.parametrize("source", [S.SPEAKING, S.LISTENER_STEP, S.PAUSED])
def test_take_break_and_come_back(source: TalkState) -> None:
    talk, clock = talk_in(source)
    underlying = talk.resumes_to or talk.state
    before = timers(talk)
    talk.take_break(timedelta(minutes=45))
    assert talk.state is S.ON_BREAK
    assert talk.break_until == clock.now() + timedelta(minutes=45)
    assert talk.resumes_to is underlying
    assert talk.seconds_until_next_event() is None
    clock.advance(86_400 * 2)  # long past the plan: a break is a plan, not a lock
    talk.tick()
    assert talk.state is S.ON_BREAK
    assert timers(talk) == before
    talk.resume_from_break()
    assert talk.state is underlying
    assert talk.break_until is None
    assert timers(talk) == before


def test_coming_back_early_from_a_break_is_fine() -> None:
    talk, clock = start()
    talk.take_break(timedelta(hours=3))
    clock.advance(60)
    talk.resume_from_break()
    assert talk.state is S.SPEAKING


@pytest.mark.parametrize("length", [BREAK_MIN, timedelta(hours=1), BREAK_MAX])
def test_break_bounds_are_inclusive(length: timedelta) -> None:
    talk, _ = start()
    talk.take_break(length)
    assert talk.state is S.ON_BREAK


def test_a_break_can_last_from_twenty_minutes_to_a_day() -> None:
    # Written out in minutes and hours, not through the constants, so moving a bound shows.
    for fine in (timedelta(minutes=20), timedelta(hours=24)):
        talk, clock = start()
        talk.take_break(fine)
        assert talk.break_until == clock.now() + fine
    for refused in (timedelta(minutes=20) - timedelta(seconds=1), timedelta(hours=24, seconds=1)):
        talk, _ = start()
        with pytest.raises(ValueError, match="between 20 minutes and 24 hours"):
            talk.take_break(refused)
        assert talk.state is S.SPEAKING


def test_the_break_buttons_start_the_breaks_they_name() -> None:
    """The buttons read "in 20 minutes", "in an hour", "in 3 hours" and "tomorrow" (a day):
    a choice nudged to 21 minutes would quietly promise one break and start another, and a
    miscomputed "tomorrow" would be refused when tapped."""
    named = (timedelta(minutes=20), timedelta(hours=1), timedelta(hours=3), timedelta(days=1))
    assert tuple(timedelta(minutes=m) for m in BREAK_CHOICES_MINUTES) == named
    for minutes in BREAK_CHOICES_MINUTES:
        talk, clock = start()
        talk.take_break(timedelta(minutes=minutes))
        assert talk.break_until == clock.now() + timedelta(minutes=minutes)


@pytest.mark.parametrize(
    "length",
    [
        timedelta(0),
        timedelta(minutes=19, seconds=59),
        BREAK_MAX + timedelta(seconds=1),
        timedelta(days=3),
        timedelta(minutes=-30),
    ],
)
def test_break_outside_20_minutes_to_24_hours_is_refused(length: timedelta) -> None:
    talk, _ = start()
    with pytest.raises(ValueError, match="between 20 minutes and 24 hours"):
        talk.take_break(length)
    assert talk.state is S.SPEAKING


def test_break_length_must_be_a_timedelta() -> None:
    talk, _ = start()
    with pytest.raises(ValueError, match="timedelta"):
        talk.take_break(3600)  # type: ignore[arg-type]
    assert talk.state is S.SPEAKING


@pytest.mark.parametrize("source", [S.SPEAKING, S.LISTENER_STEP, S.PAUSED, S.ON_BREAK])
def test_end_early_from_every_live_state(source: TalkState) -> None:
    talk, clock = talk_in(source)
    elapsed = talk.talk_elapsed
    talk.end()
    assert talk.state is S.ENDED
    assert talk.end_reason is EndReason.ENDED_EARLY
    assert talk.ended_at == clock.now()
    assert talk.resumes_to is None and talk.break_until is None
    assert talk.talk_elapsed == elapsed
    assert talk.seconds_until_next_event() is None
    expected = TurnOutcome.LISTENER if source is S.LISTENER_STEP else TurnOutcome.SPOKE
    assert talk.turns[-1].outcome is expected
    assert sum(r.duration_s for r in talk.turns) == pytest.approx(talk.talk_elapsed)


def test_ending_right_after_a_pass_does_not_record_an_empty_turn() -> None:
    talk, clock = start()
    clock.advance(30)
    talk.pass_turn()
    talk.end()
    assert [r.outcome for r in talk.turns] == [TurnOutcome.PASSED]


@pytest.mark.parametrize(("passed_at", "how"), [(60.0, "end"), (119.5, "time_up")])
def test_a_last_turn_shorter_than_a_second_is_still_recorded(passed_at: float, how: str) -> None:
    talk, clock = start(talk_minutes=2)
    clock.advance(passed_at)
    talk.pass_turn()
    clock.advance(0.5)
    if how == "end":
        talk.end()
    else:
        talk.tick()
    assert talk.state is S.ENDED
    last = talk.turns[-1]
    assert (last.index, last.speaker, last.outcome) == (1, 1, TurnOutcome.SPOKE)
    assert last.duration_s == pytest.approx(0.5)
    assert sum(r.duration_s for r in talk.turns) == pytest.approx(passed_at + 0.5)


def test_a_declined_turn_is_recorded_even_when_instant() -> None:
    talk, _ = start()
    talk.decline_prompt("p2")
    assert talk.turns[0].outcome is TurnOutcome.DECLINED
    assert talk.turns[0].duration_s == 0.0


# --- illegal transitions -------------------------------------------------------------------


def test_every_action_has_a_legality_row() -> None:
    assert set(ACTIONS) == set(ALLOWED_ACTIONS)


ILLEGAL = [
    (action, state)
    for action in sorted(ALLOWED_ACTIONS)
    for state in TalkState
    if state not in ALLOWED_ACTIONS[action]
]


@pytest.mark.parametrize(("action", "state"), ILLEGAL)
def test_illegal_actions_raise_a_clear_error(action: str, state: TalkState) -> None:
    talk, _ = talk_in(state)
    before_state, before_turns, before_timers = talk.state, talk.turns, timers(talk)
    seen: list[object] = []
    talk.on_turn_recorded(seen.append)
    talk.on_state_changed(lambda old, new: seen.append((old, new)))
    with pytest.raises(IllegalTransition) as info:
        ACTIONS[action](talk)
    message = str(info.value)
    assert f"{action}()" in message
    assert f"while the talk is {state.value}" in message
    assert info.value.action == action and info.value.state is state
    assert (talk.state, talk.turns, timers(talk)) == (before_state, before_turns, before_timers)
    assert seen == []


LEGAL = [
    (action, state)
    for action in sorted(ALLOWED_ACTIONS)
    for state in TalkState
    if state in ALLOWED_ACTIONS[action]
]


@pytest.mark.parametrize(("action", "state"), LEGAL)
def test_legal_actions_succeed_and_notify(action: str, state: TalkState) -> None:
    talk, _ = talk_in(state)
    changes: list[tuple[TalkState, TalkState]] = []
    talk.on_state_changed(lambda old, new: changes.append((old, new)))
    ACTIONS[action](talk)
    assert changes == [(state, talk.state)]


def test_illegal_message_lists_where_the_action_is_allowed() -> None:
    talk, _ = talk_in(S.PAUSED)
    with pytest.raises(IllegalTransition, match=r"allowed while: speaking\)"):
        talk.pass_turn()


def test_a_tick_before_time_is_up_changes_nothing_in_any_state() -> None:
    # A timer that fires early or late must never move the talk on by itself: only the
    # planned end may. So ticking in any state before then leaves everything as it was.
    for state in TalkState:
        talk, clock = talk_in(state)
        clock.advance(1)
        before = talk.snapshot()
        told: list[object] = []
        talk.on_state_changed(lambda old, new, told=told: told.append((old, new)))
        talk.on_turn_recorded(told.append)
        talk.tick()
        talk.tick()
        assert talk.state is state
        assert talk.snapshot() == before
        assert told == []


# --- timers --------------------------------------------------------------------------------


def test_turn_warning_in_the_last_15_seconds_then_overtime_never_cuts_off() -> None:
    talk, clock = start()
    clock.advance(74.9)
    assert not talk.turn_warning
    clock.advance(0.1)
    assert talk.turn_warning and not talk.turn_overtime
    assert talk.turn_remaining == pytest.approx(15.0)
    clock.advance(15)
    talk.tick()
    assert talk.turn_overtime and not talk.turn_warning
    assert talk.turn_remaining == 0.0
    clock.advance(100)
    talk.tick()
    assert talk.state is S.SPEAKING and talk.speaker == 0
    assert talk.turn_elapsed == pytest.approx(190.0)
    assert talk.turn_remaining == 0.0


def test_a_warning_due_in_under_a_second_is_scheduled_on_time() -> None:
    talk, clock = start()
    clock.advance(74.6)
    assert talk.seconds_until_next_event() == pytest.approx(0.4)
    clock.advance(0.4)
    assert talk.turn_warning
    clock.advance(14.75)
    assert talk.seconds_until_next_event() == pytest.approx(0.25)  # the turn's end
    talk.pause()
    talk.resume()
    assert talk.seconds_until_next_event() == pytest.approx(0.25)
    clock.advance(209.75)
    assert talk.seconds_until_next_event() == pytest.approx(0.5)  # the talk's end


def test_the_talk_ends_exactly_at_its_planned_length() -> None:
    talk, clock = start()
    changes: list[tuple[TalkState, TalkState]] = []
    talk.on_state_changed(lambda old, new: changes.append((old, new)))
    clock.advance(299.5)
    talk.tick()
    assert talk.state is S.SPEAKING
    clock.advance(0.5)
    talk.tick()
    assert talk.state is S.ENDED
    assert talk.end_reason is EndReason.TIME_UP
    assert talk.talk_elapsed == 300.0 and talk.talk_remaining == 0.0
    assert talk.ended_at == talk.started_at + timedelta(minutes=5)
    assert changes == [(S.SPEAKING, S.ENDED)]


def test_a_tick_a_hair_early_still_ends_the_talk_exactly_on_plan() -> None:
    talk, clock = start()
    clock.advance(300 - 5e-7)  # within the float tolerance of the planned end
    talk.tick()
    assert talk.state is S.ENDED and talk.end_reason is EndReason.TIME_UP
    assert talk.talk_elapsed == 300.0 and talk.talk_remaining == 0.0
    assert talk.turns[-1].duration_s == 300.0
    assert talk.ended_at == talk.started_at + timedelta(minutes=5)


def test_a_late_tick_never_extends_the_talk() -> None:
    talk, clock = start()
    clock.advance(400)
    assert talk.talk_elapsed == 300.0 and talk.talk_remaining == 0.0
    assert talk.seconds_until_next_event() == 0.0
    talk.tick()
    assert talk.state is S.ENDED
    assert talk.ended_at == talk.started_at + timedelta(minutes=5)
    assert talk.turns[-1].duration_s == 300.0
    clock.advance(100)
    assert talk.talk_elapsed == 300.0


def test_time_up_during_the_listener_step_still_ends() -> None:
    talk, clock = start(listener_step=True, talk_minutes=2)
    clock.advance(110)
    talk.pass_turn()
    clock.advance(10)
    talk.tick()
    assert talk.state is S.ENDED and talk.end_reason is EndReason.TIME_UP
    assert talk.turns[-1] == TurnRecord(
        1, 1, "p1", talk.started_at + timedelta(seconds=110), 10.0, TurnOutcome.LISTENER
    )


def test_an_action_after_time_is_up_ends_the_talk_then_raises() -> None:
    talk, clock = start()
    changes: list[tuple[TalkState, TalkState]] = []
    talk.on_state_changed(lambda old, new: changes.append((old, new)))
    clock.advance(301)
    with pytest.raises(IllegalTransition, match="while the talk is ended"):
        talk.pass_turn()
    assert talk.state is S.ENDED and talk.end_reason is EndReason.TIME_UP
    assert changes == [(S.SPEAKING, S.ENDED)]
    assert talk.turns[-1].outcome is TurnOutcome.SPOKE


def test_ended_is_final() -> None:
    talk, clock = talk_in(S.ENDED)
    snapshot = talk.snapshot()
    for act in ACTIONS.values():
        with pytest.raises(IllegalTransition):
            act(talk)
    clock.advance(1000)
    talk.tick()
    assert talk.snapshot() == snapshot


def test_next_event_schedule_for_a_turn() -> None:
    talk, clock = start()
    assert talk.seconds_until_next_event() == 75.0  # warning
    clock.advance(75)
    assert talk.seconds_until_next_event() == 15.0  # turn end
    clock.advance(15)
    assert talk.seconds_until_next_event() == 210.0  # talk end
    clock.advance(10)
    talk.pass_turn()
    assert talk.seconds_until_next_event() == 75.0
    talk.pause()
    assert talk.seconds_until_next_event() is None


def test_next_event_for_the_listener_step_and_near_the_end() -> None:
    talk, clock = start(listener_step=True, talk_minutes=2)
    clock.advance(50)
    talk.pass_turn()
    assert talk.seconds_until_next_event() == 30.0
    clock.advance(30)
    assert talk.seconds_until_next_event() == 40.0
    talk.listener_confirmed()
    assert talk.seconds_until_next_event() == 40.0  # the talk ends before the warning


def test_a_30_minute_talk_ends_within_50ms_of_its_plan() -> None:
    talk, clock = start(talk_minutes=30)
    t0 = clock.monotonic()
    run_to_end(talk, clock)
    assert abs(clock.monotonic() - t0 - 1800.0) < 0.05
    assert abs((talk.ended_at - talk.started_at).total_seconds() - 1800.0) < 0.05  # type: ignore[operator]


def test_a_30_minute_talk_with_pauses_and_late_timers_ends_on_plan() -> None:
    talk, clock = start(talk_minutes=30, listener_step=True)
    rng = random.Random(4)
    paused_total = 0.0
    while talk.state is not S.ENDED:
        delay = talk.seconds_until_next_event()
        assert delay is not None
        step = min(delay, rng.uniform(0, 40))
        clock.advance(step + 0.01)  # every timer fires 10 ms late
        talk.tick()
        if talk.state is S.ENDED:
            break
        if talk.state is S.SPEAKING and rng.random() < 0.3:
            talk.pass_turn()
        elif talk.state is S.LISTENER_STEP and rng.random() < 0.5:
            talk.listener_confirmed()
        elif rng.random() < 0.1:
            talk.pause()
            clock.advance(77)
            paused_total += 77
            talk.resume()
    assert talk.talk_elapsed == 1800.0
    wall = (talk.ended_at - talk.started_at).total_seconds()  # type: ignore[operator]
    assert abs(wall - paused_total - 1800.0) < 0.05
    assert sum(r.duration_s for r in talk.turns) == pytest.approx(1800.0)


@settings(max_examples=60, deadline=None)
@given(
    minutes=st.integers(2, 30),
    turn=st.sampled_from([60, 90, 120, 180]),
    listener=st.booleans(),
    late_ms=st.integers(0, 40),
)
def test_ticking_when_told_ends_on_plan(
    minutes: int, turn: int, listener: bool, late_ms: int
) -> None:
    talk, clock = start(talk_minutes=minutes, turn_seconds=turn, listener_step=listener)
    t0 = clock.monotonic()
    run_to_end(talk, clock, late_by=late_ms / 1000)
    assert clock.monotonic() - t0 - minutes * 60 < 0.05
    assert talk.ended_at is not None
    assert (talk.ended_at - talk.started_at).total_seconds() == pytest.approx(minutes * 60)


def test_timers_follow_monotonic_time_not_the_wall_clock() -> None:
    talk, clock = start()
    clock.advance(10)
    clock.set_now(clock.now() - timedelta(hours=5))  # someone changes the laptop's clock
    assert talk.talk_elapsed == 10.0 and talk.turn_elapsed == 10.0


# --- observers -----------------------------------------------------------------------------


def test_observers_see_records_first_then_the_state_after_it_is_consistent() -> None:
    talk, clock = start(listener_step=True)
    log: list[object] = []
    talk.on_turn_recorded(lambda r: log.append(("turn", r.outcome, talk.state)))
    talk.on_state_changed(
        lambda old, new: log.append(("state", old, new, talk.snapshot()["state"]))
    )
    clock.advance(5)
    talk.pass_turn()
    assert log == [
        ("turn", TurnOutcome.PASSED, S.LISTENER_STEP),
        ("state", S.SPEAKING, S.LISTENER_STEP, "listener_step"),
    ]


def test_unsubscribing_stops_notifications_and_is_idempotent() -> None:
    talk, _ = start()
    seen: list[TurnRecord] = []
    stop = talk.on_turn_recorded(seen.append)
    talk.pass_turn()
    stop()
    stop()
    talk.pass_turn()
    assert len(seen) == 1 and len(talk.turns) == 2


def test_unsubscribing_from_state_changes_stops_them_and_is_idempotent() -> None:
    talk, clock = start()
    changes: list[tuple[TalkState, TalkState]] = []
    stop = talk.on_state_changed(lambda old, new: changes.append((old, new)))
    talk.pause()
    stop()
    stop()
    talk.resume()
    clock.advance(400)
    talk.tick()
    assert changes == [(S.SPEAKING, S.PAUSED)]


def test_unsubscribing_one_observer_leaves_the_others_listening() -> None:
    talk, _ = start()
    first: list[TurnRecord] = []
    second: list[TurnRecord] = []
    states: list[object] = []
    stop_first = talk.on_turn_recorded(first.append)
    talk.on_turn_recorded(second.append)
    stop_states = talk.on_state_changed(lambda old, new: states.append(new))
    talk.on_state_changed(lambda old, new: states.append(("kept", new)))
    stop_first()
    stop_states()
    talk.pass_turn()
    assert first == [] and second == list(talk.turns)
    assert states == [("kept", S.SPEAKING)]


def test_every_record_reaches_the_observer_in_order() -> None:
    talk, clock = start(listener_step=True)
    seen: list[TurnRecord] = []
    talk.on_turn_recorded(seen.append)
    for _ in range(3):
        clock.advance(20)
        talk.pass_turn()
        clock.advance(5)
        talk.listener_wants_more()
    clock.advance(1)
    talk.decline_prompt("p2")
    clock.advance(400)
    talk.tick()
    assert seen == list(talk.turns)
    assert [r.index for r in seen] == list(range(len(seen)))


# --- snapshot and restore ------------------------------------------------------------------


def test_snapshot_is_json_and_carries_no_surprises() -> None:
    talk, clock = start(listener_step=True)
    clock.advance(33.3)
    snap = talk.snapshot()
    assert json.loads(json.dumps(snap, allow_nan=False)) == snap
    assert snap["state"] == "speaking"
    assert snap["talk_elapsed_s"] == pytest.approx(33.3)
    assert snap["turn_elapsed_s"] == pytest.approx(33.3)
    assert snap["turn_index"] == 0
    assert snap["settings"] == talk.settings.to_dict()
    assert snap["break_until"] is None


def test_restore_mid_turn_gives_identical_timers_and_comes_back_paused() -> None:
    talk, clock = start(turn_seconds=120, talk_minutes=10)
    clock.advance(200)
    talk.pass_turn()
    clock.advance(113.25)
    snap = json.loads(json.dumps(talk.snapshot()))
    other_clock = FakeClock(monotonic_start=5.0)  # a new process: unrelated monotonic
    restored = Talk.restore(snap, other_clock)
    assert restored.state is S.PAUSED and restored.resumes_to is S.SPEAKING
    assert timers(restored) == timers(talk)
    assert restored.turn_warning and not restored.turn_overtime
    assert (restored.speaker, restored.prompt_id, restored.turn_index, restored.turns) == (
        talk.speaker,
        talk.prompt_id,
        talk.turn_index,
        talk.turns,
    )
    assert restored.started_at == talk.started_at
    assert restored.settings == talk.settings
    other_clock.advance(999)
    assert timers(restored) == timers(talk)
    restored.resume()
    assert restored.seconds_until_next_event() == pytest.approx(120 - 113.25)
    other_clock.advance(10)
    restored.pass_turn()
    assert restored.turns[-1].index == 1
    assert restored.turns[-1].duration_s == pytest.approx(123.25)
    run_to_end(restored, other_clock)
    assert restored.talk_elapsed == 600.0


def test_a_talk_resumed_after_a_crash_remembers_its_prompts_and_who_started() -> None:
    talk, clock = start(first_speaker=0)
    clock.advance(20)
    talk.next_prompt("p2")
    clock.advance(20)
    talk.decline_prompt("p3")
    clock.advance(10)
    talk.pass_turn()  # partner 1 has the floor now; partner 0 started the talk
    handed_over_at = clock.now()
    clock.advance(5)
    snap = json.loads(json.dumps(talk.snapshot()))
    restored = Talk.restore(snap, FakeClock(monotonic_start=3.0))
    assert restored.prompt_ids == ("p1", "p2", "p3")
    assert restored.prompt_id == "p3"
    assert (restored.first_speaker, restored.speaker) == (0, 1)
    # The history a couple sees after the crash still says who started and what was asked.
    assert restored.snapshot()["prompt_ids"] == ["p1", "p2", "p3"]
    assert restored.snapshot()["first_speaker"] == 0
    restored.resume()
    restored.next_prompt("p1")  # an earlier prompt again is not listed twice
    assert restored.prompt_ids == ("p1", "p2", "p3")
    # The turn that was open at the crash is partner 1's, from the hand-over on.
    assert restored.turns[-1] == TurnRecord(3, 1, "p3", handed_over_at, 5.0, TurnOutcome.SPOKE)


def test_snapshots_say_format_1_so_a_talk_saved_by_an_earlier_release_still_resumes() -> None:
    talk, clock = start()
    clock.advance(30)
    snap = talk.snapshot()
    assert snap["version"] == 1
    restored = Talk.restore({**snap, "version": 1}, FakeClock())
    assert restored.talk_elapsed == 30.0


def test_restore_in_the_listener_step() -> None:
    talk, clock = start(listener_step=True)
    clock.advance(40)
    talk.pass_turn()
    clock.advance(7)
    restored = Talk.restore(talk.snapshot(), FakeClock())
    assert restored.state is S.PAUSED and restored.resumes_to is S.LISTENER_STEP
    assert restored.listener_step_remaining == talk.listener_step_remaining == 23.0
    restored.resume()
    restored.listener_confirmed()
    assert restored.speaker == 1
    assert restored.turns[-1].outcome is TurnOutcome.LISTENER


def test_restore_a_paused_talk_stays_paused() -> None:
    talk, _ = talk_in(S.PAUSED)
    restored = Talk.restore(talk.snapshot(), FakeClock())
    assert restored.state is S.PAUSED and restored.resumes_to is S.SPEAKING
    assert timers(restored) == timers(talk)


def test_restore_a_talk_on_a_break_keeps_the_break() -> None:
    talk, _ = talk_in(S.ON_BREAK)
    restored = Talk.restore(talk.snapshot(), FakeClock())
    assert restored.state is S.ON_BREAK
    assert restored.break_until == talk.break_until
    restored.resume_from_break()
    assert restored.state is S.SPEAKING
    assert restored.talk_elapsed == talk.talk_elapsed


def test_restore_an_ended_talk_stays_ended() -> None:
    talk, clock = start()
    clock.advance(301)
    talk.tick()
    restored = Talk.restore(talk.snapshot(), FakeClock())
    assert restored.state is S.ENDED
    assert restored.end_reason is EndReason.TIME_UP
    assert restored.ended_at == talk.ended_at
    assert restored.turns == talk.turns


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: s.update(version=99),
        lambda s: s.pop("talk_elapsed_s"),
        lambda s: s.update(state="dancing"),
        lambda s: s.update(speaker=2),
        lambda s: s.update(started_at="2025-01-01T10:00:00"),
        lambda s: s.update(settings={"talk_minutes": 99}),
        lambda s: s.update(state="on_break", resumes_to="speaking", break_until=None),
        lambda s: s.update(state="paused", resumes_to=None),
        lambda s: s.update(talk_elapsed_s=-1.0),
        lambda s: s.update(turns=[{"index": 0}]),
        lambda s: s.update(state="ended", resumes_to=None, end_reason=None),
    ],
)
def test_restore_refuses_a_damaged_snapshot(damage: Callable[[dict], object]) -> None:
    talk, clock = start()
    clock.advance(5)
    snap = talk.snapshot()
    damage(snap)
    with pytest.raises(ValueError):
        Talk.restore(snap, FakeClock())


# --- random action sequences keep the invariants -----------------------------------------


class TalkMachine(RuleBasedStateMachine):
    """Random sequences of actions, clock moves, ticks and kill-and-restore."""

    @initialize(
        minutes=st.integers(2, 30),
        turn=st.sampled_from([60, 90, 120, 180]),
        who=st.sampled_from([0, 1, APP_PICKS]),
        listener=st.booleans(),
        seed=st.integers(0, 2**16),
    )
    def begin(self, minutes: int, turn: int, who: int | str, listener: bool, seed: int) -> None:
        self.clock = FakeClock()
        self.settings = TalkSettings(minutes, turn, who, listener)
        self.talk = Talk(self.settings, "p0", self.clock, random.Random(seed))
        self.was_ended = False
        self.prompt_counter = 0
        self._watch()

    def _watch(self) -> None:
        self.seen: list[TurnRecord] = list(self.talk.turns)
        self.talk.on_turn_recorded(self.seen.append)

    def _time_is_up(self) -> bool:
        return self.talk.state in (S.SPEAKING, S.LISTENER_STEP) and self.talk.talk_remaining <= EPS

    @rule(seconds=st.floats(0, 120, allow_nan=False))
    def advance(self, seconds: float) -> None:
        frozen = self.talk.state not in (S.SPEAKING, S.LISTENER_STEP)
        before = timers(self.talk)
        self.clock.advance(seconds)
        if frozen:
            assert timers(self.talk) == before

    @rule()
    def tick(self) -> None:
        self.talk.tick()

    @rule()
    def tick_when_told(self) -> None:
        delay = self.talk.seconds_until_next_event()
        if delay is not None:
            self.clock.advance(delay)
        self.talk.tick()

    @rule(action=st.sampled_from(sorted(ALLOWED_ACTIONS)), minutes=st.integers(0, 1500))
    def act(self, action: str, minutes: int) -> None:
        effective = S.ENDED if self._time_is_up() else self.talk.state
        legal = effective in ALLOWED_ACTIONS[action]
        self.prompt_counter += 1
        prompt = f"p{self.prompt_counter}"
        calls: dict[str, Callable[[], None]] = {
            "pass_turn": self.talk.pass_turn,
            "next_prompt": lambda: self.talk.next_prompt(prompt),
            "decline_prompt": lambda: self.talk.decline_prompt(prompt),
            "pause": self.talk.pause,
            "resume": self.talk.resume,
            "take_break": lambda: self.talk.take_break(timedelta(minutes=minutes)),
            "resume_from_break": self.talk.resume_from_break,
            "listener_confirmed": self.talk.listener_confirmed,
            "listener_wants_more": self.talk.listener_wants_more,
            "end": self.talk.end,
        }
        bad_break = action == "take_break" and not (20 <= minutes <= 24 * 60)
        if not legal:
            with pytest.raises(IllegalTransition):
                calls[action]()
        elif bad_break:
            state = self.talk.state
            with pytest.raises(ValueError):
                calls[action]()
            assert self.talk.state is state
        else:
            calls[action]()

    @precondition(lambda self: self.talk.state is not S.ENDED)
    @rule()
    def kill_and_restore(self) -> None:
        was = self.talk.state
        before = timers(self.talk)
        snap = json.loads(json.dumps(self.talk.snapshot()))
        self.talk = Talk.restore(snap, self.clock)
        assert timers(self.talk) == before
        if was in (S.SPEAKING, S.LISTENER_STEP):
            assert self.talk.state is S.PAUSED
            self.talk.resume()
        assert self.talk.state is was
        self._watch()

    @invariant()
    def timers_are_sane(self) -> None:
        t = self.talk
        plan = self.settings.talk_seconds
        assert 0.0 <= t.talk_elapsed <= plan
        assert 0.0 <= t.talk_remaining <= plan
        assert t.talk_elapsed + t.talk_remaining == pytest.approx(plan)
        assert t.turn_elapsed >= 0.0 and t.turn_remaining >= 0.0
        assert not (t.turn_warning and t.turn_overtime)
        step = t.listener_step_remaining
        assert step is None or step >= 0.0
        delay = t.seconds_until_next_event()
        if t.state in (S.SPEAKING, S.LISTENER_STEP):
            assert delay is not None and delay >= 0.0
        else:
            assert delay is None

    @invariant()
    def records_are_sane(self) -> None:
        t = self.talk
        assert self.seen == list(t.turns)
        assert [r.index for r in t.turns] == list(range(len(t.turns)))
        assert all(r.duration_s >= 0.0 for r in t.turns)
        assert all(r.speaker in (0, 1) for r in t.turns)
        open_turn = 0.0 if t.state is S.ENDED else t.turn_elapsed
        total = sum(r.duration_s for r in t.turns) + open_turn
        assert total == pytest.approx(t.talk_elapsed, abs=1e-6)

    @invariant()
    def ended_is_final(self) -> None:
        if self.was_ended:
            assert self.talk.state is S.ENDED
        if self.talk.state is S.ENDED:
            self.was_ended = True
            assert self.talk.end_reason is not None and self.talk.ended_at is not None
        if self.talk.end_reason is EndReason.TIME_UP:
            assert self.talk.talk_elapsed == self.settings.talk_seconds

    @invariant()
    def state_shape(self) -> None:
        t = self.talk
        if t.state in (S.PAUSED, S.ON_BREAK):
            assert t.resumes_to in (S.SPEAKING, S.LISTENER_STEP)
        else:
            assert t.resumes_to is None
        assert (t.break_until is not None) == (t.state is S.ON_BREAK)
        if (t.resumes_to or t.state) is S.LISTENER_STEP:
            assert self.settings.listener_step


TalkMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
test_random_action_sequences_keep_invariants = TalkMachine.TestCase


def test_the_screen_is_offered_exactly_the_actions_the_rules_allow():
    """actions_allowed is what the talk screen's buttons and keys follow."""
    from openup_desktop.core.talk import ALLOWED_ACTIONS, TalkState, actions_allowed

    assert actions_allowed(TalkState.SPEAKING) == {
        "pass_turn",
        "next_prompt",
        "decline_prompt",
        "pause",
        "take_break",
        "end",
    }
    assert actions_allowed(TalkState.PAUSED) == {"resume", "take_break", "end"}
    assert actions_allowed(TalkState.LISTENER_STEP) == {
        "pause",
        "take_break",
        "listener_confirmed",
        "listener_wants_more",
        "end",
    }
    assert actions_allowed(TalkState.ENDED) == frozenset()
    for state in TalkState:
        assert all(state in ALLOWED_ACTIONS[a] for a in actions_allowed(state))
