"""Persistence for invitations: asked, answered, moved, declined, reminded.

Why it is built like this:

* **The rules live in core.** Every change loads the row, applies the pure
  function from :mod:`openup_desktop.core.invitations` and writes the
  result, all inside one ``db.atomic()`` transaction, so the store cannot
  drift from the tested rules and a crash never leaves half a change.
* **The database backs the "one pending per direction" rule** with a
  partial unique index, so even two racing writers cannot break it.
* **Times sort as text.** Stored as fixed-width UTC ISO-8601, returned as
  aware local datetimes (the same convention as :mod:`store.talks`).
* **Nothing anyone wrote is logged.** Log lines carry ids and statuses
  only, never the topic or place.
* **No Qt here.**
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, Final

from openup_desktop.core import invitations as rules
from openup_desktop.core.clock import Clock, SystemClock
from openup_desktop.core.invitations import (
    ALREADY_WAITING_SHORT,
    Invitation,
    InvitationError,
    InvitationStatus,
)
from openup_desktop.files.messages import Message
from openup_desktop.store.timestamps import from_text as _dt
from openup_desktop.store.timestamps import to_text as _ts

from .connection import Db

__all__ = ["InvitationRepository", "create_invitation_tables"]

_log = logging.getLogger("openup.store.invitations")

_SCHEMA: Final = (
    """
    CREATE TABLE IF NOT EXISTS invitations (
        id INTEGER PRIMARY KEY,
        inviter INTEGER NOT NULL CHECK (inviter IN (0, 1)),
        topic TEXT,
        suggested_minutes INTEGER NOT NULL CHECK (suggested_minutes BETWEEN 2 AND 30),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'scheduled', 'done', 'declined', 'cancelled')),
        scheduled_for TEXT,
        minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 2 AND 30),
        place TEXT,
        reminded_at TEXT,
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        CHECK (status != 'scheduled' OR (scheduled_for IS NOT NULL AND minutes IS NOT NULL))
    )
    """,
    # At most one pending invitation per direction (inviter 0 -> 1, inviter 1 -> 0).
    "CREATE UNIQUE INDEX IF NOT EXISTS idx_invitations_one_pending "
    "ON invitations (inviter) WHERE status = 'pending'",
    "CREATE INDEX IF NOT EXISTS idx_invitations_status_time ON invitations (status, scheduled_for)",
)

_COLUMNS: Final = (
    "id, inviter, topic, suggested_minutes, created_at, updated_at, status, "
    "scheduled_for, minutes, place, reminded_at, revision"
)


def create_invitation_tables(db: Db) -> None:
    """Create the invitations table and its indexes if missing (safe to call again).

    Meant for a migration: one transaction, or a savepoint inside the
    migration's own transaction.
    """
    with db.atomic():
        for statement in _SCHEMA:
            db.execute(statement)


class InvitationRepository:
    """Reads and writes invitations. Every write is one transaction; ``clock`` gives "now"."""

    def __init__(self, db: Db, clock: Clock | None = None) -> None:
        """Use ``db`` (tables must exist) and ``clock`` for every "now"."""
        self._db = db
        self._clock: Clock = clock or SystemClock()

    # --- writes ----------------------------------------------------------------------------

    def invite(self, inviter: int, topic: str | None, suggested_minutes: int) -> Invitation:
        """Store a new pending invitation from ``inviter`` and return it (with its id)."""
        now = self._clock.now()
        with self._db.atomic():
            fresh = rules.new_invitation(
                inviter, topic, suggested_minutes, now, self._open_invitations()
            )
            try:
                cursor = self._db.execute(
                    "INSERT INTO invitations (inviter, topic, suggested_minutes, created_at, "
                    "updated_at, status, revision) VALUES (?, ?, ?, ?, ?, 'pending', 0)",
                    [fresh.inviter, fresh.topic, fresh.suggested_minutes, _ts(now), _ts(now)],
                )
            except sqlite3.IntegrityError:
                raise InvitationError(ALREADY_WAITING_SHORT()) from None
            invitation_id = cursor.lastrowid
        assert invitation_id is not None
        _log.debug("invitation %d created by seat %d", invitation_id, inviter)
        return self.get(invitation_id)

    def schedule(
        self,
        invitation_id: int,
        by: int,
        when: datetime,
        place: str | None,
        minutes: int,
    ) -> Invitation:
        """The invited partner picks day and time, place and length."""
        return self._change(
            invitation_id,
            lambda inv, now: rules.schedule(inv, by, when, place, minutes, now),
            "scheduled",
        )

    def move(
        self,
        invitation_id: int,
        by: int,
        when: datetime,
        *,
        place: str | None = None,
        minutes: int | None = None,
    ) -> Invitation:
        """Either partner moves a planned talk to a new future time (reminder re-armed)."""
        return self._change(
            invitation_id,
            lambda inv, now: rules.move(inv, by, when, now, place=place, minutes=minutes),
            "moved",
        )

    def decline(self, invitation_id: int, by: int) -> tuple[Invitation, Message]:
        """Either partner declines; returns the stored invitation and the kind message."""
        message: list[Message] = []

        def apply(inv: Invitation, now: datetime) -> Invitation:
            changed, text = rules.decline(inv, by, now)
            message.append(text)
            return changed

        return self._change(invitation_id, apply, "declined"), message[0]

    def cancel(self, invitation_id: int, by: int) -> tuple[Invitation, Message]:
        """Either partner calls the talk off; returns the stored invitation and a kind message."""
        message: list[Message] = []

        def apply(inv: Invitation, now: datetime) -> Invitation:
            changed, text = rules.cancel(inv, by, now)
            message.append(text)
            return changed

        return self._change(invitation_id, apply, "cancelled"), message[0]

    def mark_done(self, invitation_id: int) -> Invitation:
        """The planned talk happened."""
        return self._change(invitation_id, rules.mark_done, "done")

    def mark_reminded(self, invitation_id: int, when: datetime | None = None) -> Invitation:
        """Record that the reminder was shown (at ``when``, default now), so it never repeats."""
        at = when or self._clock.now()
        return self._change(invitation_id, lambda inv, _now: rules.mark_reminded(inv, at), None)

    # --- reads -----------------------------------------------------------------------------

    def get(self, invitation_id: int) -> Invitation:
        """One invitation; KeyError if there is none with that id."""
        rows = list(
            self._db.query(f"SELECT {_COLUMNS} FROM invitations WHERE id = ?", [invitation_id])
        )
        if not rows:
            raise KeyError(f"no invitation with id {invitation_id}")
        return _invitation(rows[0])

    def pending_for(self, seat: int) -> Invitation | None:
        """The invitation waiting for ``seat`` to answer, or None."""
        return rules.pending_for(self._open_invitations(), seat)

    def upcoming(self, now: datetime | None = None) -> Invitation | None:
        """The next planned talk that is not past yet, or None."""
        return rules.upcoming(self._open_invitations(), now or self._clock.now())

    def due_reminders(
        self, now: datetime | None = None, lead: timedelta = rules.REMINDER_LEAD
    ) -> list[Invitation]:
        """Planned talks whose reminder is due now and was not shown yet."""
        return rules.due_reminders(self._open_invitations(), now or self._clock.now(), lead=lead)

    def next_reminder_at(
        self, now: datetime | None = None, lead: timedelta = rules.REMINDER_LEAD
    ) -> datetime | None:
        """When the next reminder becomes due, for arming one timer; None if nothing is planned."""
        return rules.next_reminder_at(self._open_invitations(), now or self._clock.now(), lead=lead)

    def open_invitations(self) -> list[Invitation]:
        """Pending and planned invitations, oldest first (past planned ones included)."""
        return self._open_invitations()

    # --- internals -------------------------------------------------------------------------

    def _open_invitations(self) -> list[Invitation]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM invitations WHERE status IN ('pending', 'scheduled') "
            "ORDER BY created_at, id"
        )
        return [_invitation(r) for r in rows]

    def _change(
        self,
        invitation_id: int,
        apply: Callable[[Invitation, datetime], Invitation],
        what: str | None,
    ) -> Invitation:
        now = self._clock.now()
        with self._db.atomic():
            changed = apply(self.get(invitation_id), now)
            self._db.execute(
                "UPDATE invitations SET status = ?, scheduled_for = ?, minutes = ?, place = ?, "
                "updated_at = ?, reminded_at = ?, revision = ? WHERE id = ?",
                [
                    changed.status.value,
                    _ts_or_none(changed.scheduled_for),
                    changed.minutes,
                    changed.place,
                    _ts(changed.updated_at or now),
                    _ts_or_none(changed.reminded_at),
                    changed.revision,
                    invitation_id,
                ],
            )
        if what is not None:
            _log.debug("invitation %d %s", invitation_id, what)
        return self.get(invitation_id)


def _invitation(row: Mapping[str, Any]) -> Invitation:
    return Invitation(
        id=row["id"],
        inviter=row["inviter"],
        topic=row["topic"],
        suggested_minutes=row["suggested_minutes"],
        created_at=_dt(row["created_at"]),
        updated_at=_dt(row["updated_at"]),
        status=InvitationStatus(row["status"]),
        scheduled_for=_dt_or_none(row["scheduled_for"]),
        minutes=row["minutes"],
        place=row["place"],
        reminded_at=_dt_or_none(row["reminded_at"]),
        revision=row["revision"],
    )


def _ts_or_none(when: datetime | None) -> str | None:
    return None if when is None else _ts(when)


def _dt_or_none(text: str | None) -> datetime | None:
    return None if text is None else _dt(text)
