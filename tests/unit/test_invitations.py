"""Invitation rules: who may answer, future times only, lengths, states and reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from openup_desktop.core import invitations as inv_rules
from openup_desktop.core.clock import FakeClock
from openup_desktop.core.invitations import (
    CANCEL_MESSAGE,
    DECLINE_MESSAGE,
    MAX_TOPIC_CHARS,
    Invitation,
    InvitationError,
    InvitationStatus,
    cancel,
    decline,
    due_reminders,
    mark_done,
    mark_reminded,
    move,
    new_invitation,
    next_reminder_at,
    pending_for,
    reminder_text,
    schedule,
    upcoming,
)

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2025, 3, 14, 18, 0, tzinfo=BERLIN)
SECRET = "Kx9 the thing about my sister"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


def invited(
    clock: FakeClock, inviter: int = 0, topic: str | None = None, suggested: int = 10
) -> Invitation:
    return replace(new_invitation(inviter, topic, suggested, clock.now()), id=1)


def with_id(inv: Invitation, id_: int) -> Invitation:
    return replace(inv, id=id_)


def planned(clock: FakeClock, at: datetime, minutes: int = 10, inviter: int = 0) -> Invitation:
    inv = invited(clock, inviter)
    return schedule(inv, 1 - inviter, at, "sofa", minutes, clock.now())


# --- creating -------------------------------------------------------------------------------


def test_new_invitation_is_pending_from_inviter_to_the_other(clock):
    inv = new_invitation(1, "  how was your week  ", 5, clock.now())
    assert inv.status is InvitationStatus.PENDING
    assert inv.inviter == 1 and inv.invitee == 0
    assert inv.topic == "how was your week"
    assert inv.suggested_minutes == 5
    assert inv.created_at == T0 and inv.updated_at == T0
    assert inv.scheduled_for is None and inv.minutes is None and inv.id is None


def test_topic_is_optional_and_blank_becomes_none(clock):
    assert new_invitation(0, None, 10, clock.now()).topic is None
    assert new_invitation(0, "   \n ", 10, clock.now()).topic is None


def test_topic_limit_is_200_characters_after_trimming(clock):
    assert new_invitation(0, " " + "a" * MAX_TOPIC_CHARS + " ", 10, clock.now()).topic
    with pytest.raises(InvitationError, match="200 characters") as err:
        new_invitation(0, SECRET + "a" * MAX_TOPIC_CHARS, 10, clock.now())
    assert SECRET not in str(err.value)


@pytest.mark.parametrize("minutes", [2, 5, 10, 15, 7, 30])
def test_lengths_accepted(clock, minutes):
    assert new_invitation(0, None, minutes, clock.now()).suggested_minutes == minutes


@pytest.mark.parametrize("minutes", [0, 1, 31, 60, -5, True, 5.0, "10", None])
def test_bad_lengths_are_refused_kindly(clock, minutes):
    with pytest.raises(InvitationError, match="between 2 and 30 minutes"):
        new_invitation(0, None, minutes, clock.now())


def test_invitation_error_is_a_value_error():
    assert issubclass(InvitationError, ValueError)


@pytest.mark.parametrize("seat", [2, -1, "0", None, True])
def test_unknown_seat_is_refused(clock, seat):
    with pytest.raises(InvitationError):
        new_invitation(seat, None, 10, clock.now())


def test_naive_now_is_refused():
    with pytest.raises(InvitationError):
        new_invitation(0, None, 10, datetime(2025, 3, 14, 18, 0))


def test_one_pending_invitation_per_direction(clock):
    first = invited(clock, 0)
    with pytest.raises(InvitationError, match="already an invitation waiting"):
        new_invitation(0, None, 10, clock.now(), existing=[first])
    other_way = new_invitation(1, None, 10, clock.now(), existing=[first])
    assert other_way.inviter == 1


def test_a_closed_or_planned_invitation_does_not_block_a_new_one(clock):
    first = invited(clock, 0)
    declined, _ = decline(first, 1, clock.now())
    again = new_invitation(0, None, 10, clock.now(), existing=[declined])
    assert again.status is InvitationStatus.PENDING
    sched = schedule(first, 1, T0 + timedelta(days=1), None, 10, clock.now())
    assert new_invitation(0, None, 10, clock.now(), existing=[sched])


def test_repr_never_shows_topic_or_place(clock):
    inv = invited(clock, 0, topic=SECRET)
    inv = schedule(inv, 1, T0 + timedelta(hours=2), SECRET[:40], 10, clock.now())
    assert SECRET[:10] not in repr(inv)


# --- answering ------------------------------------------------------------------------------


def test_invitee_schedules_time_place_and_length(clock):
    inv = invited(clock, 0, suggested=10)
    when = T0 + timedelta(days=1, hours=2, minutes=30)
    clock.advance(60)
    done = schedule(inv, 1, when, "kitchen_table", 15, clock.now())
    assert done.status is InvitationStatus.SCHEDULED
    assert done.scheduled_for == when
    assert done.place == "kitchen_table" and done.place_is_builtin
    assert done.place_label == "Kitchen table"
    assert done.minutes == 15
    assert done.ends_at == when + timedelta(minutes=15)
    assert done.updated_at == T0 + timedelta(seconds=60)
    assert inv.status is InvitationStatus.PENDING  # the original value is untouched


def test_free_text_place_is_trimmed_and_not_builtin(clock):
    inv = schedule(invited(clock), 1, T0 + timedelta(hours=1), "  the bench by the lake ", 5, T0)
    assert inv.place == "the bench by the lake"
    assert not inv.place_is_builtin
    assert inv.place_label == "the bench by the lake"


def test_place_can_be_left_out(clock):
    inv = schedule(invited(clock), 1, T0 + timedelta(hours=1), "  ", 5, T0)
    assert inv.place is None and inv.place_label is None


def test_place_too_long_is_refused_without_quoting(clock):
    with pytest.raises(InvitationError, match="place") as err:
        schedule(invited(clock), 1, T0 + timedelta(hours=1), SECRET * 10, 5, T0)
    assert SECRET not in str(err.value)


def test_inviter_cannot_schedule_their_own_invitation(clock):
    inv = invited(clock, 0)
    with pytest.raises(InvitationError, match="for your partner to answer"):
        schedule(inv, 0, T0 + timedelta(hours=1), None, 10, clock.now())


@pytest.mark.parametrize("delta", [timedelta(0), timedelta(seconds=-1), timedelta(days=-3)])
def test_time_must_be_in_the_future(clock, delta):
    with pytest.raises(InvitationError, match="already passed"):
        schedule(invited(clock), 1, T0 + delta, None, 10, clock.now())


def test_future_is_judged_across_time_zones(clock):
    # 17:30 UTC is 18:30 in Berlin (UTC+1 in March before DST): still ahead of 18:00 Berlin.
    assert schedule(invited(clock), 1, datetime(2025, 3, 14, 17, 30, tzinfo=UTC), None, 5, T0)
    with pytest.raises(InvitationError):
        schedule(invited(clock), 1, datetime(2025, 3, 14, 16, 30, tzinfo=UTC), None, 5, T0)


def test_naive_time_is_refused(clock):
    with pytest.raises(InvitationError, match="day and a time"):
        schedule(invited(clock), 1, datetime(2030, 1, 1, 20, 0), None, 10, clock.now())


def test_bad_length_when_scheduling(clock):
    with pytest.raises(InvitationError, match="between 2 and 30"):
        schedule(invited(clock), 1, T0 + timedelta(hours=1), None, 45, clock.now())


def test_scheduled_invitation_cannot_be_scheduled_again(clock):
    inv = planned(clock, T0 + timedelta(hours=2))
    with pytest.raises(InvitationError, match="already has a time"):
        schedule(inv, 1, T0 + timedelta(hours=3), None, 10, clock.now())


# --- declining, cancelling, moving, done ----------------------------------------------------


@pytest.mark.parametrize("by", [0, 1])
def test_either_partner_can_decline_pending_with_a_kind_message(clock, by):
    result, message = decline(invited(clock), by, clock.now())
    assert result.status is InvitationStatus.DECLINED
    assert message == DECLINE_MESSAGE
    assert str(message) == "No problem — maybe another time."


def test_a_planned_talk_can_be_declined_too(clock):
    result, _ = decline(planned(clock, T0 + timedelta(hours=1)), 0, clock.now())
    assert result.status is InvitationStatus.DECLINED


def test_closed_invitation_cannot_be_declined_again(clock):
    result, _ = decline(invited(clock), 1, clock.now())
    with pytest.raises(InvitationError, match="closed"):
        decline(result, 1, clock.now())


@pytest.mark.parametrize("by", [0, 1])
def test_either_partner_can_cancel(clock, by):
    result, message = cancel(planned(clock, T0 + timedelta(hours=1)), by, clock.now())
    assert result.status is InvitationStatus.CANCELLED
    assert message == CANCEL_MESSAGE


@pytest.mark.parametrize("by", [0, 1])
def test_either_partner_can_move_a_planned_talk(clock, by):
    inv = mark_reminded(planned(clock, T0 + timedelta(hours=1)), clock.now())
    new_time = T0 + timedelta(days=2)
    moved = move(inv, by, new_time, clock.now())
    assert moved.scheduled_for == new_time
    assert moved.status is InvitationStatus.SCHEDULED
    assert moved.place == "sofa" and moved.minutes == 10
    assert moved.reminded_at is None  # a new time gets a new reminder
    assert moved.revision == inv.revision + 1


def test_move_can_change_place_and_length(clock):
    moved = move(
        planned(clock, T0 + timedelta(hours=1)),
        0,
        T0 + timedelta(hours=5),
        clock.now(),
        place="walk",
        minutes=5,
    )
    assert moved.place == "walk" and moved.minutes == 5


def test_move_only_to_the_future(clock):
    inv = planned(clock, T0 + timedelta(hours=1))
    with pytest.raises(InvitationError, match="already passed"):
        move(inv, 0, T0 - timedelta(minutes=1), clock.now())


def test_pending_invitation_cannot_be_moved(clock):
    with pytest.raises(InvitationError, match="planned talk"):
        move(invited(clock), 1, T0 + timedelta(hours=1), clock.now())


def test_done_only_from_scheduled(clock):
    done = mark_done(planned(clock, T0 + timedelta(hours=1)), clock.now())
    assert done.status is InvitationStatus.DONE
    with pytest.raises(InvitationError):
        mark_done(invited(clock), clock.now())
    with pytest.raises(InvitationError):
        move(done, 0, T0 + timedelta(days=1), clock.now())


# --- past, upcoming, pending_for ------------------------------------------------------------


def test_scheduled_talk_counts_as_past_after_length_plus_an_hour(clock):
    start = T0 + timedelta(minutes=30)
    inv = planned(clock, start, minutes=15)
    edge = start + timedelta(minutes=15, hours=1)
    assert not inv.is_past(edge)
    assert inv.is_past(edge + timedelta(seconds=1))
    assert not invited(clock).is_past(edge + timedelta(days=5))


def test_upcoming_is_the_next_planned_talk_and_skips_past_ones(clock):
    soon = with_id(planned(clock, T0 + timedelta(hours=1)), 1)
    later = with_id(planned(clock, T0 + timedelta(days=1), inviter=1), 2)
    pending = invited(clock, 0)
    assert upcoming([later, pending, soon], clock.now()) is soon
    clock.advance(timedelta(hours=1, minutes=30).total_seconds())  # soon is under way
    assert upcoming([later, soon], clock.now()) is soon
    clock.advance(timedelta(hours=1).total_seconds())
    assert upcoming([later, soon], clock.now()) is later
    assert upcoming([pending], clock.now()) is None
    assert upcoming([], clock.now()) is None


def test_pending_for_is_addressed_to_the_invitee(clock):
    from_0 = invited(clock, 0)
    from_1 = invited(clock, 1)
    assert pending_for([from_0, from_1], 1) is from_0
    assert pending_for([from_0, from_1], 0) is from_1
    assert pending_for([from_0], 0) is None
    sched = planned(clock, T0 + timedelta(hours=1))
    assert pending_for([sched], 1) is None


# --- reminders ------------------------------------------------------------------------------


def test_reminder_window_is_lead_before_until_thirty_minutes_after(clock):
    start = T0 + timedelta(hours=2)
    inv = with_id(planned(clock, start), 7)
    clock.set_now(start - timedelta(minutes=10, seconds=1))
    assert due_reminders([inv], clock.now()) == []
    clock.advance(1)
    assert due_reminders([inv], clock.now()) == [inv]
    clock.set_now(start + timedelta(minutes=30))
    assert due_reminders([inv], clock.now()) == [inv]
    clock.advance(1)
    assert due_reminders([inv], clock.now()) == []


def test_custom_lead_time(clock):
    start = T0 + timedelta(hours=2)
    inv = with_id(planned(clock, start), 7)
    clock.set_now(start - timedelta(minutes=25))
    assert due_reminders([inv], clock.now()) == []
    assert due_reminders([inv], clock.now(), lead=timedelta(minutes=30)) == [inv]
    with pytest.raises(ValueError):
        due_reminders([inv], clock.now(), lead=timedelta(minutes=-1))


def test_each_reminder_only_once(clock):
    start = T0 + timedelta(hours=2)
    inv = with_id(planned(clock, start), 7)
    clock.set_now(start - timedelta(minutes=5))
    assert due_reminders([inv], clock.now(), already_notified={7}) == []
    assert due_reminders([mark_reminded(inv, clock.now())], clock.now()) == []


def test_only_planned_invitations_get_reminders(clock):
    start = T0 + timedelta(hours=2)
    inv = with_id(planned(clock, start), 7)
    clock.set_now(start)
    gone, _ = decline(inv, 0, clock.now())
    assert due_reminders([gone, invited(clock)], clock.now()) == []
    assert due_reminders([mark_done(inv, clock.now())], clock.now()) == []


def test_due_reminders_are_earliest_first(clock):
    a = with_id(planned(clock, T0 + timedelta(hours=2, minutes=5)), 1)
    b = with_id(planned(clock, T0 + timedelta(hours=2), inviter=1), 2)
    clock.set_now(T0 + timedelta(hours=2))
    assert due_reminders([a, b], clock.now()) == [b, a]


def test_next_reminder_at_for_a_single_timer(clock):
    start = T0 + timedelta(hours=2)
    inv = with_id(planned(clock, start), 3)
    assert next_reminder_at([inv], clock.now()) == start - timedelta(minutes=10)
    clock.set_now(start)
    assert next_reminder_at([inv], clock.now()) == clock.now()
    assert next_reminder_at([inv], clock.now(), already_notified={3}) is None
    clock.set_now(start + timedelta(hours=1))
    assert next_reminder_at([inv], clock.now()) is None
    assert next_reminder_at([], clock.now()) is None


def test_reminder_text_uses_only_the_time(clock):
    inv = invited(clock, 0, topic=SECRET)
    inv = schedule(inv, 1, datetime(2025, 3, 14, 20, 30, tzinfo=BERLIN), SECRET[:50], 10, T0)
    text = reminder_text(inv)
    assert text == "Your talk is coming up at 20:30."
    assert "Kx9" not in text and "sister" not in text
    later = reminder_text(inv, now=datetime(2025, 3, 14, 20, 35, tzinfo=BERLIN))
    assert "20:30" in later and "Kx9" not in later
    assert reminder_text(inv, tz=UTC) == "Your talk is coming up at 19:30."


def test_reminder_text_needs_a_time(clock):
    with pytest.raises(InvitationError):
        reminder_text(invited(clock))


def test_public_api_is_exported():
    for name in inv_rules.__all__:
        assert hasattr(inv_rules, name)
