"""Calendar files (.ics) for planned talks, so the couple can put a talk in their calendar.

Why it is built like this:

* **Nothing private leaves the app.** Calendars sync to clouds and show up
  on lock screens and shared devices. So the event is always called
  :data:`EVENT_SUMMARY` ("OpenUp talk"); the topic is never written, the
  alarm text is generic, and LOCATION is only set for the built-in scene
  places ("Sofa", "Kitchen table"...), never for a place someone typed.
* **Standard and stable.** One VEVENT with a UID that stays the same for
  the invitation (id plus creation time), and SEQUENCE = the number of
  moves, so importing an updated file replaces the old event instead of
  adding a second one.
* **Real local time.** DTSTART/DTEND carry the TZID of the couple's zone,
  with a VTIMEZONE component built by icalendar from the zone's rules, so
  a talk at 20:30 stays at 20:30 across daylight saving changes.

Getting the zone: pass a :class:`zoneinfo.ZoneInfo`. The Qt layer can get
the system zone's IANA name with ``bytes(QTimeZone.systemTimeZoneId()).decode()``
and hand it to :func:`zone_from_name` (on Windows, ``zoneinfo`` reads the
names from the ``tzdata`` package, which icalendar already depends on).
Without a named zone (``tz=None`` or a fixed offset such as
``datetime.now().astimezone().tzinfo``), times are written in UTC instead:
still the right moment, just without a named zone, because a made-up TZID
without rules would be worse than none.

No Qt here; writing a file is the only side effect (:func:`write_ics`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from openup_desktop.core.invitations import (
    REMINDER_LEAD,
    Invitation,
    InvitationError,
    InvitationStatus,
)
from openup_desktop.core.scene import WHERE_LABELS
from openup_desktop.files.atomic import write_atomically
from openup_desktop.files.messages import Template

NOT_SAVED = Template("calendar.not_saved", "Save the invitation before adding it to a calendar.")
NOT_PLANNED = Template("calendar.not_planned", "Only a planned talk can be added to a calendar.")
NOT_SAVED_OR_PLANNED = Template(
    "calendar.not_saved_or_planned", "Only a saved, planned talk can be added to a calendar."
)

__all__ = [
    "ALARM_DESCRIPTION",
    "EVENT_SUMMARY",
    "PRODID",
    "ics_filename",
    "invitation_to_ics",
    "invitation_uid",
    "write_ics",
    "zone_from_name",
]

PRODID: Final = "-//OpenUp//OpenUp desktop//EN"
EVENT_SUMMARY: Final = "OpenUp talk"
"""The only title an exported talk ever gets; never the topic (calendars sync to clouds)."""
ALARM_DESCRIPTION: Final = "Your OpenUp talk starts in 10 minutes."
_UID_DOMAIN: Final = "openup.invalid"
_VTIMEZONE_SPAN: Final = timedelta(days=400)
"""VTIMEZONE rules are written for this long either side of the talk: plenty for one event."""


def zone_from_name(name: str | bytes | None) -> tzinfo:
    """A named zone (e.g. ``"Europe/Berlin"`` from Qt), or the current fixed offset as fallback.

    The fallback keeps an export possible on a system whose zone name is
    unknown to ``zoneinfo``; such exports use UTC times (see module doc).
    """
    if isinstance(name, bytes):
        name = name.decode("ascii", errors="replace")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    fallback = datetime.now().astimezone().tzinfo
    assert fallback is not None
    return fallback


def invitation_uid(inv: Invitation) -> str:
    """A UID that is the same for every export of this invitation, and unique across resets.

    The creation time is part of it so a fresh database reusing id 1 can
    never overwrite an old event in someone's calendar.
    """
    if inv.id is None:
        raise InvitationError(NOT_SAVED())
    created = inv.created_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"openup-invitation-{inv.id}-{created}@{_UID_DOMAIN}"


def invitation_to_ics(
    inv: Invitation, tz: tzinfo | None = None, *, stamp: datetime | None = None
) -> bytes:
    """The planned talk as an iCalendar file (bytes, CRLF lines as RFC 5545 wants).

    ``tz`` should be a :class:`ZoneInfo` (see module doc; None uses the
    zone of ``scheduled_for`` if it is named, else UTC); ``stamp`` is the
    DTSTAMP, by default the invitation's last change, so the same
    invitation always exports to the same bytes.
    """
    if inv.status is not InvitationStatus.SCHEDULED or inv.scheduled_for is None:
        raise InvitationError(NOT_PLANNED())
    assert inv.minutes is not None
    uid = invitation_uid(inv)
    if tz is None:
        tz = inv.scheduled_for.tzinfo
    named = isinstance(tz, ZoneInfo) and tz.key not in ("UTC", "Etc/UTC", "Etc/Zulu", "Zulu")
    zone: tzinfo = tz if named and tz is not None else UTC
    start = inv.scheduled_for.astimezone(zone)
    end = start + timedelta(minutes=inv.minutes)
    when_stamped = stamp or inv.updated_at or inv.created_at

    # The classic add() API (rather than the newer Component.new()) is used on purpose: it is
    # stable across icalendar releases. Written and tested against icalendar 7.3.
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", when_stamped.astimezone(UTC))
    event.add("sequence", inv.revision)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", EVENT_SUMMARY)
    if inv.place_is_builtin and inv.place != "other":
        assert inv.place is not None
        event.add("location", WHERE_LABELS[inv.place])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -REMINDER_LEAD)
    alarm.add("description", ALARM_DESCRIPTION)
    event.add_component(alarm)
    calendar.add_component(event)
    if named:
        calendar.add_missing_timezones(
            first_date=(start - _VTIMEZONE_SPAN).date(),
            last_date=(start + _VTIMEZONE_SPAN).date(),
        )
    data: bytes = calendar.to_ical()
    return data


def ics_filename(inv: Invitation, tz: tzinfo | None = None) -> str:
    """A file name from date, time and id only (never the topic).

    For example ``openup-talk-2025-03-30-2030-7.ics``: readable in a file
    list, and unique per invitation.
    """
    if inv.scheduled_for is None or inv.id is None:
        raise InvitationError(NOT_SAVED_OR_PLANNED())
    start = inv.scheduled_for.astimezone(tz) if tz is not None else inv.scheduled_for
    return f"openup-talk-{start:%Y-%m-%d-%H%M}-{inv.id}.ics"


def write_ics(
    inv: Invitation,
    folder: Path | str,
    tz: tzinfo | None = None,
    *,
    stamp: datetime | None = None,
) -> Path:
    """Write the talk's .ics into ``folder`` (created if missing) and return its path.

    Written to a temporary file in the same folder, flushed to disk, then
    renamed over the target with :func:`os.replace`, so a calendar app or a
    crash never sees half a file.
    """
    data = invitation_to_ics(inv, tz, stamp=stamp)
    target_dir = Path(folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / ics_filename(inv, tz)
    write_atomically(target, data)
    return target
