"""Invitations: one partner asks the other for a talk; the other chooses if and when.

Why it is built like this:

* **Invitation, not control.** Only the *invited* partner picks the day,
  time, place and length (:func:`schedule`): the one who asked never sets
  the other's evening. Either partner can decline at any point, without a
  reason, and gets a kind line back (:data:`DECLINE_MESSAGE`), never a
  counter or a "declined 3 times" anywhere.
* **One open question at a time.** At most one pending invitation per
  direction, so nobody piles up asks waiting for an answer.
* **Reminders say nothing private.** A reminder may pop up while others can
  see the screen, so :func:`reminder_text` uses only the time, never the
  topic, place or anything a partner wrote. Each reminder is shown once.
* **Pure and clock-injected.** Every function takes ``now``; nothing reads
  the system clock, so every rule is tested exactly with a FakeClock.
  Changes return a new :class:`Invitation` (values are immutable), and the
  store persists it.

States: ``pending`` -> ``scheduled`` -> ``done`` | ``declined`` |
``cancelled`` (``pending`` can also go straight to ``declined`` or
``cancelled``). A scheduled invitation whose time passed by more than its
length plus :data:`PAST_GRACE` counts as past (:meth:`Invitation.is_past`):
it is simply no longer shown as upcoming; nothing ever calls it "missed".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Final

from openup_desktop.core.scene import WHERE_LABELS
from openup_desktop.core.talk import MAX_TALK_MINUTES, MIN_TALK_MINUTES
from openup_desktop.files.messages import Message, Template

__all__ = [
    "CANCEL_MESSAGE",
    "DECLINE_MESSAGE",
    "MAX_PLACE_CHARS",
    "MAX_TOPIC_CHARS",
    "PAST_GRACE",
    "REMINDER_LATE",
    "REMINDER_LEAD",
    "Invitation",
    "InvitationError",
    "InvitationStatus",
    "cancel",
    "check_minutes",
    "clean_place",
    "clean_topic",
    "decline",
    "due_reminders",
    "mark_done",
    "mark_reminded",
    "move",
    "new_invitation",
    "next_reminder_at",
    "pending_for",
    "reminder_text",
    "schedule",
    "upcoming",
]

MAX_TOPIC_CHARS: Final = 200
DEFAULT_MINUTES: Final = 10
"""An invitation, and an answer to one, suggest this long a talk until a length is chosen."""
START_MINUTES: Final = (0, 15, 30, 45)
"""The minutes past the hour an answer offers for the start: quarter hours, as people plan."""
DEFAULT_START_HOUR: Final = 20
"""An answer first suggests the evening, when a couple is most likely both at home."""
MAX_PLACE_CHARS: Final = 80
PAST_GRACE: Final = timedelta(hours=1)
"""After the planned end plus this, a scheduled talk is no longer "upcoming"."""
REMINDER_LEAD: Final = timedelta(minutes=10)
"""Default: a reminder becomes due this long before the talk."""
REMINDER_LATE: Final = timedelta(minutes=30)
"""A reminder is still shown up to this long after the start (e.g. the laptop was asleep)."""

DECLINE_MESSAGE: Final = Template("invitations.declined", "No problem — maybe another time.")()
CANCEL_MESSAGE: Final = Template(
    "invitations.cancelled", "That's fine — the talk is off. You can always invite again."
)()

LENGTH_OUT_OF_RANGE = Template(
    "invitations.length_out_of_range",
    "Please choose a length between {low} and {n} minutes.",
    one="Please choose a length between {low} and {n} minute.",
)
SEAT_UNKNOWN = Template("invitations.seat_unknown", "That partner isn't known here.")
TIME_MISSING = Template("invitations.time_missing", "Please pick a day and a time.")
TIME_PASSED = Template(
    "invitations.time_passed", "That time has already passed. Please pick a time still ahead."
)
ALREADY_WAITING = Template(
    "invitations.already_waiting",
    "There's already an invitation waiting for an answer. "
    "It can stay open for as long as it needs.",
)
ALREADY_WAITING_SHORT = Template(
    "invitations.already_waiting_short", "There's already an invitation waiting for an answer."
)
FOR_PARTNER_TO_ANSWER = Template(
    "invitations.for_partner_to_answer",
    "This invitation is for your partner to answer: they choose the day and time.",
)
ONLY_PLANNED_MOVED = Template("invitations.only_planned_moved", "Only a planned talk can be moved.")
ONLY_PLANNED_DONE = Template(
    "invitations.only_planned_done", "Only a planned talk can be marked as done."
)
ALREADY_HAS_TIME = Template("invitations.already_has_time", "This invitation already has a time.")
#: One message per verb: other languages need the whole sentence, not a verb slotted in.
_CLOSED = {
    "answered": Template(
        "invitations.closed_answered", "This invitation is closed, so it can't be answered now."
    ),
    "declined": Template(
        "invitations.closed_declined", "This invitation is closed, so it can't be declined now."
    ),
    "called off": Template(
        "invitations.closed_called_off",
        "This invitation is closed, so it can't be called off now.",
    ),
}
NO_TIME_YET = Template("invitations.no_time_yet", "This invitation has no time yet.")
TOPIC_NOT_TEXT = Template("invitations.topic_not_text", "The topic must be text.")
PLACE_NOT_TEXT = Template("invitations.place_not_text", "The place must be text.")
TOPIC_TOO_LONG = Template(
    "invitations.topic_too_long",
    "Please keep the topic to {n} characters or fewer.",
    one="Please keep the topic to {n} character or fewer.",
)
PLACE_TOO_LONG = Template(
    "invitations.place_too_long",
    "Please keep the place to {n} characters or fewer.",
    one="Please keep the place to {n} character or fewer.",
)
TOPIC_UNSHOWABLE = Template(
    "invitations.topic_unshowable",
    "The topic has a character OpenUp can't show. Please retype it.",
)
PLACE_UNSHOWABLE = Template(
    "invitations.place_unshowable",
    "The place has a character OpenUp can't show. Please retype it.",
)


class InvitationStatus(StrEnum):
    """Stored states of an invitation. Values are stable strings used in the database."""

    PENDING = "pending"
    SCHEDULED = "scheduled"
    DONE = "done"
    DECLINED = "declined"
    CANCELLED = "cancelled"


_OPEN: Final = frozenset({InvitationStatus.PENDING, InvitationStatus.SCHEDULED})


class InvitationError(ValueError):
    """A request the rules do not allow; the message is friendly and can go on screen.

    A ValueError, so callers that already catch ValueError keep working.
    Messages never quote the topic or place.
    """


@dataclass(frozen=True, slots=True)
class Invitation:
    """One invitation and, once answered, the talk it planned.

    ``inviter`` is the seat (0 or 1) that asked; :attr:`invitee` answers.
    ``suggested_minutes`` is the inviter's idea of a length; ``minutes`` is
    the length the invitee chose when scheduling. ``revision`` goes up each
    time the talk is moved (calendar files use it as SEQUENCE, so an updated
    file replaces the old event). ``topic`` and ``place`` are partner-written
    and therefore kept out of ``repr``.
    """

    id: int | None
    inviter: int
    suggested_minutes: int
    created_at: datetime
    topic: str | None = field(default=None, repr=False)
    status: InvitationStatus = InvitationStatus.PENDING
    scheduled_for: datetime | None = None
    minutes: int | None = None
    place: str | None = field(default=None, repr=False)
    updated_at: datetime | None = None
    reminded_at: datetime | None = None
    revision: int = 0

    @property
    def invitee(self) -> int:
        """The seat that was invited: the only one who may choose the time."""
        return 1 - self.inviter

    @property
    def ends_at(self) -> datetime | None:
        """Planned end of a scheduled talk, or None before it is scheduled."""
        if self.scheduled_for is None or self.minutes is None:
            return None
        return self.scheduled_for + timedelta(minutes=self.minutes)

    @property
    def place_is_builtin(self) -> bool:
        """True when the place is one of the scene's "where" ids (safe to show anywhere)."""
        return self.place is not None and self.place in WHERE_LABELS

    @property
    def place_label(self) -> str | None:
        """The place as shown: a scene label for built-in ids, else the text as written."""
        if self.place is None:
            return None
        return WHERE_LABELS.get(self.place, self.place)

    def is_past(self, now: datetime) -> bool:
        """True for a scheduled talk whose end passed more than :data:`PAST_GRACE` ago."""
        end = self.ends_at
        return (
            self.status is InvitationStatus.SCHEDULED and end is not None and now > end + PAST_GRACE
        )


# --- validation ----------------------------------------------------------------------------


def clean_topic(topic: str | None) -> str | None:
    """Trim an optional topic; None when blank. Raises InvitationError if too long."""
    return _clean_text(topic, MAX_TOPIC_CHARS, "topic")


def clean_place(place: str | None) -> str | None:
    """A scene "where" id as is, or short free text trimmed; None when blank."""
    if isinstance(place, str) and place in WHERE_LABELS:
        return place
    return _clean_text(place, MAX_PLACE_CHARS, "place")


def check_minutes(minutes: int) -> int:
    """Accept a talk length of 5, 10 or 15 minutes, or a custom 2-30; else InvitationError."""
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not MIN_TALK_MINUTES <= minutes <= MAX_TALK_MINUTES
    ):
        raise InvitationError(LENGTH_OUT_OF_RANGE(low=MIN_TALK_MINUTES, n=MAX_TALK_MINUTES))
    return minutes


def _check_seat(seat: int) -> int:
    if type(seat) is not int or seat not in (0, 1):
        raise InvitationError(SEAT_UNKNOWN())
    return seat


def _check_aware(when: datetime) -> datetime:
    if not isinstance(when, datetime) or when.tzinfo is None or when.utcoffset() is None:
        raise InvitationError(TIME_MISSING())
    return when


def _check_future(when: datetime, now: datetime) -> datetime:
    _check_aware(when)
    if when <= now:
        raise InvitationError(TIME_PASSED())
    return when


# --- transitions ---------------------------------------------------------------------------


def new_invitation(
    inviter: int,
    topic: str | None,
    suggested_minutes: int,
    now: datetime,
    existing: Iterable[Invitation] = (),
) -> Invitation:
    """A fresh pending invitation from ``inviter`` to the other partner.

    ``existing`` are the invitations already stored; a second pending one in
    the same direction is refused, so one question waits at a time.
    """
    _check_seat(inviter)
    _check_aware(now)
    text = clean_topic(topic)
    check_minutes(suggested_minutes)
    if any(i.status is InvitationStatus.PENDING and i.inviter == inviter for i in existing):
        raise InvitationError(ALREADY_WAITING())
    return Invitation(
        id=None,
        inviter=inviter,
        topic=text,
        suggested_minutes=suggested_minutes,
        created_at=now,
        updated_at=now,
    )


def schedule(
    inv: Invitation,
    by: int,
    when: datetime,
    place: str | None,
    minutes: int,
    now: datetime,
) -> Invitation:
    """The invited partner says yes and picks the time, place and length."""
    _check_seat(by)
    if inv.status is not InvitationStatus.PENDING:
        raise InvitationError(_not_open_message(inv, "answered"))
    if by == inv.inviter:
        raise InvitationError(FOR_PARTNER_TO_ANSWER())
    _check_future(when, now)
    return replace(
        inv,
        status=InvitationStatus.SCHEDULED,
        scheduled_for=when,
        place=clean_place(place),
        minutes=check_minutes(minutes),
        updated_at=now,
        reminded_at=None,
    )


def move(
    inv: Invitation,
    by: int,
    when: datetime,
    now: datetime,
    *,
    place: str | None = None,
    minutes: int | None = None,
) -> Invitation:
    """Either partner moves a scheduled talk to a new (future) time.

    ``place`` and ``minutes`` stay as they were unless given. The reminder
    is re-armed for the new time.
    """
    _check_seat(by)
    if inv.status is not InvitationStatus.SCHEDULED:
        raise InvitationError(ONLY_PLANNED_MOVED())
    _check_future(when, now)
    return replace(
        inv,
        scheduled_for=when,
        place=inv.place if place is None else clean_place(place),
        minutes=inv.minutes if minutes is None else check_minutes(minutes),
        updated_at=now,
        reminded_at=None,
        revision=inv.revision + 1,
    )


def decline(inv: Invitation, by: int, now: datetime) -> tuple[Invitation, Message]:
    """Either partner says "not this time", pending or planned; returns the kind message too."""
    _check_seat(by)
    if inv.status not in _OPEN:
        raise InvitationError(_not_open_message(inv, "declined"))
    return replace(inv, status=InvitationStatus.DECLINED, updated_at=now), DECLINE_MESSAGE


def cancel(inv: Invitation, by: int, now: datetime) -> tuple[Invitation, Message]:
    """Either partner calls off a pending or planned talk; returns a kind message too."""
    _check_seat(by)
    if inv.status not in _OPEN:
        raise InvitationError(_not_open_message(inv, "called off"))
    return replace(inv, status=InvitationStatus.CANCELLED, updated_at=now), CANCEL_MESSAGE


def mark_done(inv: Invitation, now: datetime) -> Invitation:
    """The planned talk happened (the caller decides when: e.g. a talk ended near its time)."""
    if inv.status is not InvitationStatus.SCHEDULED:
        raise InvitationError(ONLY_PLANNED_DONE())
    return replace(inv, status=InvitationStatus.DONE, updated_at=now)


def mark_reminded(inv: Invitation, now: datetime) -> Invitation:
    """Remember that the reminder was shown, so it is never shown twice."""
    return replace(inv, reminded_at=now)


def _not_open_message(inv: Invitation, verb: str) -> Message:
    if inv.status is InvitationStatus.SCHEDULED:
        return ALREADY_HAS_TIME()
    return _CLOSED[verb]()


# --- queries -------------------------------------------------------------------------------


def pending_for(invitations: Iterable[Invitation], seat: int) -> Invitation | None:
    """The invitation waiting for ``seat`` to answer (at most one), or None."""
    _check_seat(seat)
    waiting = [i for i in invitations if i.status is InvitationStatus.PENDING and i.invitee == seat]
    return max(waiting, key=lambda i: i.created_at, default=None)


def upcoming(invitations: Iterable[Invitation], now: datetime) -> Invitation | None:
    """The next planned talk that is not past yet (a talk under way still counts), or None."""
    planned = [
        i
        for i in invitations
        if i.status is InvitationStatus.SCHEDULED
        and i.scheduled_for is not None
        and not i.is_past(now)
    ]
    return min(planned, key=_start, default=None)


def _start(inv: Invitation) -> datetime:
    assert inv.scheduled_for is not None
    return inv.scheduled_for


def _reminder_window(inv: Invitation, lead: timedelta) -> tuple[datetime, datetime] | None:
    if inv.status is not InvitationStatus.SCHEDULED or inv.scheduled_for is None:
        return None
    return inv.scheduled_for - lead, inv.scheduled_for + REMINDER_LATE


def due_reminders(
    invitations: Iterable[Invitation],
    now: datetime,
    already_notified: Collection[int] = (),
    lead: timedelta = REMINDER_LEAD,
) -> list[Invitation]:
    """Planned talks whose reminder should show now, earliest first.

    A reminder is due from ``scheduled_for - lead`` until ``scheduled_for +``
    :data:`REMINDER_LATE`, and only once: invitations with ``reminded_at``
    set or whose id is in ``already_notified`` are left out.
    """
    if lead < timedelta(0):
        raise ValueError("the reminder lead time cannot be negative")
    due = []
    for inv in invitations:
        window = _reminder_window(inv, lead)
        if window is None or inv.reminded_at is not None or inv.id in already_notified:
            continue
        if window[0] <= now <= window[1]:
            due.append(inv)
    return sorted(due, key=_start)


def next_reminder_at(
    invitations: Iterable[Invitation],
    now: datetime,
    already_notified: Collection[int] = (),
    lead: timedelta = REMINDER_LEAD,
) -> datetime | None:
    """When the next reminder becomes due (``now`` if one is due already), or None.

    Lets the Qt layer arm one single-shot timer instead of polling.
    """
    times = []
    for inv in invitations:
        window = _reminder_window(inv, lead)
        if window is None or inv.reminded_at is not None or inv.id in already_notified:
            continue
        if now <= window[1]:
            times.append(max(window[0], now))
    return min(times, default=None)


def reminder_text(inv: Invitation, now: datetime | None = None, tz: tzinfo | None = None) -> str:
    """The words of a reminder: only the time, never the topic, place or anything written.

    The time is shown as 24-hour ``HH:MM`` in ``tz`` (default: the zone the
    time is stored in). Once the start has passed (``now`` given and later)
    the line says the time has come, without any pressure.
    """
    if inv.scheduled_for is None:
        raise InvitationError(NO_TIME_YET())
    start = inv.scheduled_for if tz is None else inv.scheduled_for.astimezone(tz)
    clock_time = start.strftime("%H:%M")
    if now is not None and now >= inv.scheduled_for:
        return f"Your talk planned for {clock_time} is here, whenever you're both ready."
    return f"Your talk is coming up at {clock_time}."


# --- helpers -------------------------------------------------------------------------------


def _clean_text(value: str | None, limit: int, what: str) -> str | None:
    """Trim partner-written text; None when blank. Messages never quote the text."""
    if value is None:
        return None
    topic = what == "topic"
    if not isinstance(value, str):
        raise InvitationError((TOPIC_NOT_TEXT if topic else PLACE_NOT_TEXT)())
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned:
        return None
    if len(cleaned) > limit:
        raise InvitationError((TOPIC_TOO_LONG if topic else PLACE_TOO_LONG)(n=limit))
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in cleaned):
        raise InvitationError((TOPIC_UNSHOWABLE if topic else PLACE_UNSHOWABLE)())
    return cleaned
