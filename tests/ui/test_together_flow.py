"""Invite → the other chooses → reminder → calendar file; scenes feed 'what works for us'."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar

from openup_desktop.qt_items import find_items
from tests.helpers.qml import click, item, text_of, type_text

pytestmark = pytest.mark.gui


def texts(window, name: str) -> list[str]:
    return [str(i.property("text")) for i in find_items(window, name) if i.isVisible()]


def test_invite_choose_remind_and_add_to_calendar(qtbot, live_app):
    window, together, clock = live_app.window, live_app.context.bridges["Together"], live_app.clock
    opened = []
    together._open_url = lambda url: opened.append(url.toLocalFile()) or True
    reminders = []
    together.reminder.connect(reminders.append)

    click(qtbot, window, "nav_together")
    click(qtbot, window, "invite_0")
    click(qtbot, window, "inviteTopic")
    type_text(qtbot, window, "the trip")
    click(qtbot, window, "inviteLength_15")
    click(qtbot, window, "sendInvitation")
    assert "Alex will see it on Home" in text_of(window, "togetherMessage")

    # Alex sees it on Home.
    click(qtbot, window, "nav_home")
    assert texts(window, "homeInvitation") == [
        "Sam would love some time with you, Alex. When would suit you?"
    ]
    click(qtbot, window, "homeOpenTogether")

    # Only the invited partner (Alex) is offered the choice; Sam cannot schedule it.
    inv = together.openInvitations[0]
    assert together.schedule(inv["id"], 0, clock.now().date().isoformat(), 23, 0, "", 10) != ""
    click(qtbot, window, f"answer_{inv['id']}")
    click(qtbot, window, "day_1")  # tomorrow
    click(qtbot, window, "minute_30")
    click(qtbot, window, "place_sofa")
    click(qtbot, window, "answerLength_10")
    click(qtbot, window, "planIt")
    upcoming = together.upcoming
    assert upcoming["minutes"] == 10 and upcoming["placeText"] == "Sofa"
    assert upcoming["whenText"].endswith("at 20:30")

    # The reminder comes a little before, once, and says nothing private.
    start = clock.now()
    tomorrow_2020 = (start + timedelta(days=1)).replace(hour=20, minute=20, second=0)
    clock.advance((tomorrow_2020 - start).total_seconds() - 120)
    together.checkReminders()
    assert reminders == []
    clock.advance(180)
    together.checkReminders()
    together.checkReminders()
    assert reminders == ["Your talk is coming up at 20:30."]
    assert "trip" not in reminders[0]
    click(qtbot, window, "nav_home")
    assert text_of(window, "homeReminder") == "Your talk is coming up at 20:30."

    # Add to calendar: a standard .ics with time zone and an alarm, opened by the system app.
    click(qtbot, window, "nav_together")
    click(qtbot, window, f"calendar_{inv['id']}")
    assert len(opened) == 1 and opened[0].endswith(".ics")
    with open(opened[0], "rb") as handle:
        calendar = Calendar.from_ical(handle.read())
    event = next(c for c in calendar.walk("VEVENT"))
    assert event.decoded("DTSTART").hour == 20 and event.decoded("DTSTART").minute == 30
    assert (event.decoded("DTEND") - event.decoded("DTSTART")) == timedelta(minutes=10)
    assert "trip" not in str(event.get("SUMMARY"))
    assert list(event.walk("VALARM"))


def test_declining_is_kind(qtbot, live_app):
    window, together = live_app.window, live_app.context.bridges["Together"]
    click(qtbot, window, "nav_together")
    click(qtbot, window, "invite_1")
    click(qtbot, window, "sendInvitation")
    inv = together.openInvitations[0]
    click(qtbot, window, f"decline_{inv['id']}")
    assert text_of(window, "togetherMessage")
    assert together.openInvitations == []


def test_scenes_and_ratings_feed_progress_and_what_works(qtbot, live_app):
    window, talk, together, clock = (
        live_app.window,
        live_app.talk,
        live_app.context.bridges["Together"],
        live_app.clock,
    )
    click(qtbot, window, "nav_together")
    assert text_of(window, "whatWorksHeadline"), "too early to tell at first"
    for n in range(5):
        live_app.context.nav.go("talk")
        click(qtbot, window, "scene_where_sofa" if n % 2 == 0 else "scene_where_walk")
        click(qtbot, window, "scene_music_off")
        click(qtbot, window, "startButton")
        clock.advance(301)
        talk.tick()
        assert talk.phase == "wrapup"
        assert (
            talk.saveWrapUp("Thank you", 5 if n % 2 == 0 else 3, "", 5 if n % 2 == 0 else 3) == ""
        )
        clock.advance(3600)
    live_app.context.nav.go("together")
    insights = together.insights
    assert insights["enough"]
    where = next(f for f in insights["factors"] if f["factor"] == "where")
    assert [v["label"] for v in where["values"]] == ["Sofa", "On a walk"]
    assert where["values"][0]["average"] == 5 and where["values"][0]["count"] == 3
    assert item(window, "whatWorksCard").isVisible()
    assert any("5 talks" in line for line in together.summaryLines)
    assert len(texts(window, "timelineEntry")) == 5
    # The wording the couple sees is made in the bridge: it never nags either.
    shown = " ".join(together.summaryLines + [t["text"] for t in together.timeline])
    shown += " " + " ".join(str(v) for v in together.suggestion.values())
    for word in ("streak", "missed", "haven't", "behind", "only", "should", "fail", "lost"):
        assert word not in shown.lower(), word


def test_the_one_who_asked_can_take_an_invitation_back(qtbot, live_app):
    window, together = live_app.window, live_app.context.bridges["Together"]
    click(qtbot, window, "nav_together")
    click(qtbot, window, "invite_0")
    click(qtbot, window, "sendInvitation")
    inv = together.openInvitations[0]
    click(qtbot, window, f"takeBack_{inv['id']}")
    assert together.openInvitations == []
    assert text_of(window, "togetherMessage")
