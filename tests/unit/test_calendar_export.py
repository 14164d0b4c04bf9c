"""Calendar export: a standard .ics with local zone, alarm, and nothing private in it."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from openup_desktop.core.calendar_export import (
    ALARM_DESCRIPTION,
    EVENT_SUMMARY,
    PRODID,
    ics_filename,
    invitation_to_ics,
    invitation_uid,
    write_ics,
    zone_from_name,
)
from openup_desktop.core.invitations import (
    Invitation,
    InvitationError,
    decline,
    move,
    new_invitation,
    schedule,
)

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2025, 3, 14, 18, 0, tzinfo=BERLIN)
START = datetime(2025, 3, 30, 20, 30, tzinfo=BERLIN)  # the day DST starts in Berlin
SECRET = "Kx9 talk about the money worries"


def planned(place: str | None = "sofa", minutes: int = 15, id_: int = 7) -> Invitation:
    inv = replace(new_invitation(0, SECRET, 10, T0), id=id_)
    return schedule(inv, 1, START, place, minutes, T0)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_calendar_has_prodid_version_and_one_event():
    cal = parse(invitation_to_ics(planned(), BERLIN))
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == PRODID
    assert len(cal.events) == 1


def test_start_end_and_tzid_in_the_local_zone():
    data = invitation_to_ics(planned(minutes=15), BERLIN)
    event = parse(data).events[0]
    assert event.start == START
    assert event.end == START + timedelta(minutes=15)
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event["DTEND"].params["TZID"] == "Europe/Berlin"
    assert b"DTSTART;TZID=Europe/Berlin:20250330T203000" in data
    assert b"DTEND;TZID=Europe/Berlin:20250330T204500" in data


def test_vtimezone_is_included_for_the_zone():
    cal = parse(invitation_to_ics(planned(), BERLIN))
    assert [str(tz["TZID"]) for tz in cal.timezones] == ["Europe/Berlin"]
    assert cal.get_missing_tzids() == set()
    # The zone rules make the start unambiguous: 20:30 CEST is 18:30 UTC.
    assert cal.events[0].start.astimezone(UTC) == datetime(2025, 3, 30, 18, 30, tzinfo=UTC)


def test_times_given_in_another_zone_are_written_in_the_requested_zone():
    inv = planned()
    inv = replace(inv, scheduled_for=inv.scheduled_for.astimezone(UTC))
    event = parse(invitation_to_ics(inv, BERLIN)).events[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.start == START


def test_alarm_ten_minutes_before_with_generic_text():
    data = invitation_to_ics(planned(), BERLIN)
    alarms = list(parse(data).events[0].walk("VALARM"))
    assert len(alarms) == 1
    alarm = alarms[0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-10)
    assert b"TRIGGER:-PT10M" in data
    assert str(alarm["DESCRIPTION"]) == ALARM_DESCRIPTION


def test_summary_never_has_the_topic_and_nothing_private_is_written():
    data = invitation_to_ics(planned(place=SECRET[:60]), BERLIN)
    event = parse(data).events[0]
    assert str(event["SUMMARY"]) == EVENT_SUMMARY == "OpenUp talk"
    for word in ("Kx9", "money", "worries"):
        assert word.encode() not in data


def test_location_only_for_builtin_places():
    assert str(
        parse(invitation_to_ics(planned("kitchen_table"), BERLIN)).events[0]["LOCATION"]
    ) == ("Kitchen table")
    assert "LOCATION" not in parse(invitation_to_ics(planned("the lake"), BERLIN)).events[0]
    assert "LOCATION" not in parse(invitation_to_ics(planned(None), BERLIN)).events[0]
    assert "LOCATION" not in parse(invitation_to_ics(planned("other"), BERLIN)).events[0]


def test_uid_is_stable_and_dtstamp_is_the_last_change():
    inv = planned()
    first = invitation_to_ics(inv, BERLIN)
    assert invitation_to_ics(inv, BERLIN) == first  # same invitation, same bytes
    event = parse(first).events[0]
    assert str(event["UID"]) == invitation_uid(inv)
    assert event["DTSTAMP"].dt == T0.astimezone(UTC)
    moved = move(inv, 0, START + timedelta(days=1), T0 + timedelta(hours=1))
    moved_event = parse(invitation_to_ics(moved, BERLIN)).events[0]
    assert str(moved_event["UID"]) == invitation_uid(inv)
    assert moved_event["SEQUENCE"] == 1 > event["SEQUENCE"]
    assert moved_event["DTSTAMP"].dt == (T0 + timedelta(hours=1)).astimezone(UTC)


def test_uid_differs_between_invitations_and_database_resets():
    a = planned(id_=1)
    b = planned(id_=2)
    reset = replace(a, created_at=a.created_at + timedelta(days=100))
    assert len({invitation_uid(a), invitation_uid(b), invitation_uid(reset)}) == 3


def test_explicit_stamp():
    stamp = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)
    event = parse(invitation_to_ics(planned(), BERLIN, stamp=stamp)).events[0]
    assert event["DTSTAMP"].dt == stamp


def test_without_a_named_zone_times_are_utc_not_a_made_up_tzid():
    inv = planned()
    fixed = timezone(timedelta(hours=2))
    for tz in (None, fixed, ZoneInfo("UTC")):
        inv_fixed = replace(inv, scheduled_for=inv.scheduled_for.astimezone(fixed))
        data = invitation_to_ics(inv_fixed, tz)
        cal = parse(data)
        assert b"TZID" not in data
        assert cal.timezones == []
        assert b"DTSTART:20250330T183000Z" in data
        assert cal.events[0].start == START


def test_scheduled_for_with_a_named_zone_is_used_when_no_zone_given():
    event = parse(invitation_to_ics(planned(), None)).events[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_only_saved_planned_talks_can_be_exported():
    pending = replace(new_invitation(0, None, 10, T0), id=1)
    with pytest.raises(InvitationError):
        invitation_to_ics(pending, BERLIN)
    declined, _ = decline(planned(), 0, T0)
    with pytest.raises(InvitationError):
        invitation_to_ics(declined, BERLIN)
    with pytest.raises(InvitationError):
        invitation_to_ics(replace(planned(), id=None), BERLIN)


def test_zone_from_name():
    assert zone_from_name("Europe/Berlin") == BERLIN
    assert zone_from_name(b"Europe/Berlin") == BERLIN
    for bad in ("Not/AZone", "", None):
        fallback = zone_from_name(bad)
        assert fallback.utcoffset(datetime.now()) is not None


# --- writing ---------------------------------------------------------------------------------


def test_write_ics_writes_a_parsable_file_and_returns_its_path(tmp_path: Path):
    inv = planned()
    path = write_ics(inv, tmp_path, BERLIN)
    assert path.parent == tmp_path
    assert path.name == ics_filename(inv, BERLIN) == "openup-talk-2025-03-30-2030-7.ics"
    assert path.read_bytes() == invitation_to_ics(inv, BERLIN)
    event = parse(path.read_bytes()).events[0]
    assert event.start == START
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left


def test_write_ics_replaces_an_earlier_export(tmp_path: Path):
    inv = planned()
    write_ics(inv, tmp_path, BERLIN)
    moved = move(inv, 1, START + timedelta(minutes=30), T0 + timedelta(minutes=5))
    path = write_ics(moved, tmp_path, BERLIN)
    assert parse(path.read_bytes()).events[0].start == START + timedelta(minutes=30)
    assert len(list(tmp_path.iterdir())) == 2  # new time, new file name; the old one kept


def test_write_ics_creates_the_folder(tmp_path: Path):
    path = write_ics(planned(), tmp_path / "a" / "b", BERLIN)
    assert path.exists()


def test_write_ics_cleans_up_when_replace_fails(tmp_path: Path, monkeypatch):
    def boom(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_ics(planned(), tmp_path, BERLIN)
    assert list(tmp_path.iterdir()) == []


def test_write_ics_refuses_an_unplanned_invitation_without_writing(tmp_path: Path):
    with pytest.raises(InvitationError):
        write_ics(replace(new_invitation(0, None, 10, T0), id=1), tmp_path, BERLIN)
    assert list(tmp_path.iterdir()) == []
