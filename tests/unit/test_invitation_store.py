"""Invitations on a real database: the rules hold, one pending per direction, reminders once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.invitations import (
    DECLINE_MESSAGE,
    InvitationError,
    InvitationStatus,
    reminder_text,
)
from openup_desktop.store.database import open_database
from openup_desktop.store.invitations import InvitationRepository, create_invitation_tables
from tests.helpers.db import full

T0 = datetime(2025, 3, 14, 18, 0, tzinfo=UTC)
SECRET = "Kx9 about the holiday plans"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    opened = open_database(tmp_path / "openup.db")
    create_invitation_tables(opened.db)
    yield opened.db
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def repo(db: sqlite_utils.Database, clock: FakeClock) -> InvitationRepository:
    return InvitationRepository(db, clock)


def test_create_tables_is_idempotent(db):
    create_invitation_tables(db)
    create_invitation_tables(db)
    assert "invitations" in full(db).table_names()


def test_create_tables_inside_an_open_transaction_does_not_commit_it(tmp_path):
    import sqlite3

    from openup_desktop.store.talks import create_talk_tables

    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "x.db"))
    create_talk_tables(db)  # what the invitation tables build on, without later migrations
    with pytest.raises(RuntimeError), db.atomic():
        create_invitation_tables(db)
        raise RuntimeError("migration failed later")
    assert "invitations" not in full(db).table_names()
    db.close()


def test_invite_and_read_back(repo):
    inv = repo.invite(0, "  " + SECRET + " ", 10)
    assert inv.id is not None
    assert inv.status is InvitationStatus.PENDING
    assert inv.topic == SECRET
    assert inv.inviter == 0 and inv.suggested_minutes == 10
    assert inv.created_at == T0
    assert repo.get(inv.id) == inv
    assert repo.pending_for(1) == inv
    assert repo.pending_for(0) is None


def test_get_unknown_raises_key_error(repo):
    with pytest.raises(KeyError):
        repo.get(99)


def test_one_pending_per_direction(repo):
    repo.invite(0, None, 5)
    with pytest.raises(InvitationError, match="already an invitation waiting"):
        repo.invite(0, None, 10)
    assert repo.invite(1, None, 10).inviter == 1


def test_database_backs_the_one_pending_rule(repo, db):
    repo.invite(0, None, 5)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO invitations (inviter, suggested_minutes, created_at, updated_at) "
            "VALUES (0, 5, 'x', 'x')"
        )


def test_schedule_by_invitee(repo, clock):
    inv = repo.invite(0, None, 10)
    clock.advance(120)
    when = T0 + timedelta(days=1)
    done = repo.schedule(inv.id, 1, when, "walk", 15)
    assert done.status is InvitationStatus.SCHEDULED
    assert done.scheduled_for == when
    assert done.place == "walk" and done.minutes == 15
    assert done.updated_at == T0 + timedelta(seconds=120)
    assert repo.get(inv.id) == done
    assert repo.pending_for(1) is None
    # A new invitation in the same direction is possible once the first is answered.
    assert repo.invite(0, None, 5).status is InvitationStatus.PENDING


def test_schedule_errors_leave_the_row_untouched(repo):
    inv = repo.invite(0, None, 10)
    with pytest.raises(InvitationError, match="for your partner to answer"):
        repo.schedule(inv.id, 0, T0 + timedelta(hours=1), None, 10)
    with pytest.raises(InvitationError, match="already passed"):
        repo.schedule(inv.id, 1, T0 - timedelta(hours=1), None, 10)
    with pytest.raises(InvitationError, match="between 2 and 30"):
        repo.schedule(inv.id, 1, T0 + timedelta(hours=1), None, 31)
    assert repo.get(inv.id) == inv


def test_decline_returns_kind_message(repo):
    inv = repo.invite(1, None, 10)
    result, message = repo.decline(inv.id, 0)
    assert result.status is InvitationStatus.DECLINED
    assert message == DECLINE_MESSAGE
    assert repo.get(inv.id).status is InvitationStatus.DECLINED


def test_cancel(repo):
    inv = repo.invite(1, None, 10)
    repo.schedule(inv.id, 0, T0 + timedelta(hours=2), None, 10)
    result, message = repo.cancel(inv.id, 1)
    assert result.status is InvitationStatus.CANCELLED and message
    assert repo.upcoming() is None


def test_move_and_reminder_rearm(repo, clock):
    inv = repo.invite(0, None, 10)
    start = T0 + timedelta(hours=1)
    repo.schedule(inv.id, 1, start, "sofa", 10)
    clock.set_now(start - timedelta(minutes=5))
    assert [i.id for i in repo.due_reminders()] == [inv.id]
    repo.mark_reminded(inv.id)
    assert repo.get(inv.id).reminded_at == clock.now()
    assert repo.due_reminders() == []
    moved = repo.move(inv.id, 0, start + timedelta(hours=2), minutes=5)
    assert moved.reminded_at is None and moved.minutes == 5 and moved.place == "sofa"
    assert moved.revision == 1
    assert repo.due_reminders() == []
    assert repo.next_reminder_at() == start + timedelta(hours=2) - timedelta(minutes=10)
    clock.set_now(start + timedelta(hours=2))
    assert [i.id for i in repo.due_reminders()] == [inv.id]
    assert reminder_text(repo.due_reminders()[0], tz=UTC) == "Your talk is coming up at 21:00."


def test_upcoming_and_done(repo, clock):
    a = repo.invite(0, None, 10)
    b = repo.invite(1, None, 10)
    repo.schedule(a.id, 1, T0 + timedelta(days=2), None, 10)
    repo.schedule(b.id, 0, T0 + timedelta(days=1), None, 10)
    assert repo.upcoming().id == b.id
    repo.mark_done(b.id)
    assert repo.upcoming().id == a.id
    clock.set_now(T0 + timedelta(days=2, hours=1, minutes=11))
    assert repo.upcoming() is None  # past: no longer upcoming, nothing else is said
    assert repo.get(a.id).status is InvitationStatus.SCHEDULED
    assert {i.id for i in repo.open_invitations()} == {a.id}


def test_times_survive_the_round_trip_as_the_same_instant(repo):
    from zoneinfo import ZoneInfo

    inv = repo.invite(0, None, 10)
    when = datetime(2025, 7, 1, 20, 30, tzinfo=ZoneInfo("America/New_York"))
    stored = repo.schedule(inv.id, 1, when, None, 10)
    assert stored.scheduled_for == when
    assert stored.scheduled_for.tzinfo is not None


def test_nothing_written_is_logged(repo, openup_caplog):
    caplog = openup_caplog
    inv = repo.invite(0, SECRET, 10)
    repo.schedule(inv.id, 1, T0 + timedelta(hours=1), SECRET[:60], 10)
    repo.move(inv.id, 0, T0 + timedelta(hours=2))
    repo.decline(inv.id, 1)
    assert caplog.records, "store actions are logged (ids only)"
    assert "Kx9" not in caplog.text and "holiday" not in caplog.text
