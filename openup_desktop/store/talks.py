"""Persistence for talks: the talk itself, its turns, the wrap-up, and the "Ours" deck.

Why it is built like this:

* **A kill never leaves half a write.** Every public write runs inside
  ``db.atomic()``. With sqlite-utils 4, ``Database.execute`` commits each
  write statement on its own when no explicit transaction is open, so a
  plain ``with db.conn:`` block would *not* group two statements;
  ``atomic()`` issues a real ``BEGIN`` (or a savepoint when the caller, e.g.
  a migration, already has a transaction open) and rolls back on error.
* **Times sort as text.** Timestamps are stored as UTC ISO-8601 strings with
  a fixed width, so ``ORDER BY`` and ``>=`` on them are correct across time
  zones and daylight saving. They are returned as aware local datetimes.
* **Nothing anyone wrote is logged.** Log lines carry ids and statuses only,
  never prompt text or thanks. Error messages do not quote text either.
* **No Qt here**, so this is tested quickly without a screen.

The app's connection is expected to have ``PRAGMA foreign_keys=ON`` and WAL
mode; those are connection settings and belong to whoever opens the database.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from openup_desktop.core.clock import Clock, SystemClock
from openup_desktop.core.talk import EndReason, Talk, TalkSettings, TalkState, TurnRecord
from openup_desktop.core.talk_history import PastTalk, PromptUse
from openup_desktop.store.connection import Db
from openup_desktop.store.timestamps import from_text as _dt
from openup_desktop.store.timestamps import to_text as _ts

__all__ = [
    "MAX_CUSTOM_PROMPT_CHARS",
    "MAX_THANKS_CHARS",
    "STATUSES",
    "CustomPrompt",
    "TalkRepository",
    "TalkSummary",
    "UnfinishedTalk",
    "create_talk_tables",
    "status_for",
]

_log = logging.getLogger("openup.store.talks")

STATUSES: Final = ("in_progress", "on_break", "ended", "closed_unfinished")
_OPEN_STATUSES: Final = ("in_progress", "on_break")
MAX_THANKS_CHARS: Final = 500
MAX_CUSTOM_PROMPT_CHARS: Final = 500

_SCHEMA: Final = (
    """
    CREATE TABLE IF NOT EXISTS talks (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL DEFAULT 'in_progress'
            CHECK (status IN ('in_progress', 'on_break', 'ended', 'closed_unfinished')),
        settings TEXT NOT NULL,
        snapshot TEXT,
        end_reason TEXT CHECK (end_reason IS NULL OR end_reason IN ('time_up', 'ended_early')),
        prompt_ids TEXT NOT NULL DEFAULT '[]'
    )
    """,
    "CREATE INDEX IF NOT EXISTS idx_talks_status ON talks (status)",
    "CREATE INDEX IF NOT EXISTS idx_talks_started_at ON talks (started_at)",
    """
    CREATE TABLE IF NOT EXISTS turns (
        talk_id INTEGER NOT NULL REFERENCES talks (id) ON DELETE CASCADE,
        turn_index INTEGER NOT NULL CHECK (turn_index >= 0),
        speaker INTEGER NOT NULL CHECK (speaker IN (0, 1)),
        prompt_id TEXT,
        started_at TEXT NOT NULL,
        duration_s REAL NOT NULL CHECK (duration_s >= 0),
        outcome TEXT NOT NULL CHECK (outcome IN ('spoke', 'passed', 'declined', 'listener')),
        PRIMARY KEY (talk_id, turn_index)
    )
    """,
    "CREATE INDEX IF NOT EXISTS idx_turns_started_at ON turns (started_at)",
    """
    CREATE TABLE IF NOT EXISTS wrapups (
        talk_id INTEGER NOT NULL REFERENCES talks (id) ON DELETE CASCADE,
        partner INTEGER NOT NULL CHECK (partner IN (0, 1)),
        thanks_text TEXT,
        closeness INTEGER CHECK (closeness IS NULL OR closeness BETWEEN 1 AND 5),
        PRIMARY KEY (talk_id, partner)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS custom_prompts (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
)


def create_talk_tables(db: Db) -> None:
    """Create the talk tables and indexes if they are missing (safe to call again).

    Meant to be called from a migration. Runs as one transaction, or as a
    savepoint inside the migration's own transaction, so it never commits
    someone else's work halfway.
    """
    with db.atomic():
        for statement in _SCHEMA:
            db.execute(statement)


def status_for(state: TalkState) -> str:
    """The talks.status value for a talk in ``state``; paused still counts as in progress."""
    if state is TalkState.ENDED:
        return "ended"
    if state is TalkState.ON_BREAK:
        return "on_break"
    return "in_progress"


# --- values handed back --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnfinishedTalk:
    """A talk that was in progress or on a break when the app last stopped.

    ``snapshot`` feeds :meth:`Talk.restore`; it is None if the app stopped
    before the first snapshot was saved.
    """

    id: int
    started_at: datetime
    status: str
    settings: TalkSettings
    snapshot: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class TalkSummary:
    """One finished talk for the history list.

    ``talked_minutes`` is the active time actually spent (from the turns), as
    opposed to ``planned_minutes``. ``closeness`` is indexed by partner.
    """

    id: int
    started_at: datetime
    ended_at: datetime | None
    planned_minutes: int
    talked_minutes: float
    end_reason: str | None
    prompt_ids: tuple[str, ...]
    closeness: tuple[int | None, int | None]

    @property
    def date(self) -> date:
        """The local calendar day the talk started on."""
        return self.started_at.date()


@dataclass(frozen=True, slots=True)
class CustomPrompt:
    """A prompt the couple wrote for their own "Ours" deck."""

    id: int
    text: str
    created_at: datetime
    updated_at: datetime


# --- repository ----------------------------------------------------------------------------


class TalkRepository:
    """Reads and writes talks. Every write method is one transaction."""

    def __init__(self, db: Db, clock: Clock | None = None) -> None:
        """Use ``db`` (tables must exist); ``clock`` stamps custom prompt edits."""
        self._db = db
        self._clock: Clock = clock or SystemClock()

    def transaction(self) -> AbstractContextManager[Db]:
        """Group several writes into one transaction (each write method nests inside it)."""
        return self._db.atomic()

    # --- talks -----------------------------------------------------------------------------

    def create_talk(self, settings: TalkSettings, started_at: datetime) -> int:
        """Store a new talk as in progress and return its id."""
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO talks (started_at, status, settings, prompt_ids) VALUES (?, ?, ?, ?)",
                [_ts(started_at), "in_progress", _json(settings.to_dict()), "[]"],
            )
            talk_id = cursor.lastrowid
        assert talk_id is not None
        _log.debug("talk %d created", talk_id)
        return talk_id

    def record_turn(self, talk_id: int, record: TurnRecord) -> None:
        """Store one finished turn; storing the same turn index again replaces it."""
        if record.duration_s < 0:
            raise ValueError("a turn cannot last a negative time")
        with self._db.atomic():
            row = self._talk_row(talk_id, "prompt_ids")
            self._db.execute(
                "INSERT OR REPLACE INTO turns (talk_id, turn_index, speaker, prompt_id, "
                "started_at, duration_s, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    talk_id,
                    record.index,
                    record.speaker,
                    record.prompt_id,
                    _ts(record.started_at),
                    record.duration_s,
                    record.outcome.value,
                ],
            )
            if record.prompt_id is not None:
                self._merge_prompt_ids(talk_id, row["prompt_ids"], [record.prompt_id])

    def save_snapshot(self, talk_id: int, snapshot: Mapping[str, Any], status: str) -> None:
        """Store the latest :meth:`Talk.snapshot` so a killed talk can be resumed.

        A finished or closed talk cannot be reopened this way.
        """
        _check_status(status)
        with self._db.atomic():
            row = self._talk_row(talk_id, "status, prompt_ids")
            if row["status"] in ("ended", "closed_unfinished") and status in _OPEN_STATUSES:
                raise ValueError(f"talk {talk_id} is {row['status']} and cannot become {status}")
            self._db.execute(
                "UPDATE talks SET snapshot = ?, status = ? WHERE id = ?",
                [_json(snapshot), status, talk_id],
            )
            prompt_ids = snapshot.get("prompt_ids")
            if isinstance(prompt_ids, list):
                self._merge_prompt_ids(talk_id, row["prompt_ids"], prompt_ids)
        _log.debug("talk %d snapshot saved (%s)", talk_id, status)

    def finish_talk(
        self,
        talk_id: int,
        ended_at: datetime,
        end_reason: str | EndReason,
        snapshot: Mapping[str, Any] | None = None,
    ) -> None:
        """Mark a talk ended (with its final snapshot, if given) in one transaction."""
        try:
            reason = EndReason(end_reason).value
        except ValueError:
            raise ValueError(
                f"end reason must be 'time_up' or 'ended_early', got {end_reason!r}"
            ) from None
        with self._db.atomic():
            row = self._talk_row(talk_id, "status, prompt_ids")
            if row["status"] == "closed_unfinished":
                raise ValueError(f"talk {talk_id} was closed unfinished and cannot end now")
            self._db.execute(
                "UPDATE talks SET status = 'ended', ended_at = ?, end_reason = ? WHERE id = ?",
                [_ts(ended_at), reason, talk_id],
            )
            if snapshot is not None:
                self._db.execute(
                    "UPDATE talks SET snapshot = ? WHERE id = ?", [_json(snapshot), talk_id]
                )
                prompt_ids = snapshot.get("prompt_ids")
                if isinstance(prompt_ids, list):
                    self._merge_prompt_ids(talk_id, row["prompt_ids"], prompt_ids)
        _log.debug("talk %d ended (%s)", talk_id, reason)

    def track(
        self,
        talk_id: int,
        talk: Talk,
        write: Callable[[Callable[[], None], str], None] | None = None,
    ) -> Callable[[], None]:
        """Persist ``talk`` as it happens: turns, snapshots and the end.

        The core reports finished turns and then the new state; each turn is written together
        with the state it led to, in one transaction, so a kill can never keep a turn whose
        hand-over was lost. ``write(job, label)`` runs each job (the bridge passes one that
        keeps a failed write for later); by default jobs run at once. Returns a function that
        removes the observers.
        """
        run = write or (lambda job, _label: job())
        finished: list[TurnRecord] = []

        def on_turn(record: TurnRecord) -> None:
            finished.append(record)

        def on_state(old: TalkState, new: TalkState) -> None:
            records = list(finished)
            finished.clear()
            snapshot = talk.snapshot()
            if new is TalkState.ENDED:
                assert talk.ended_at is not None and talk.end_reason is not None
                ended_at, reason = talk.ended_at, talk.end_reason

                def close() -> None:
                    self.finish_talk(talk_id, ended_at, reason, snapshot)
            else:
                status = status_for(new)

                def close() -> None:
                    self.save_snapshot(talk_id, snapshot, status)

            def job() -> None:
                with self.transaction():
                    for record in records:
                        self.record_turn(talk_id, record)
                    close()

            run(job, "end" if new is TalkState.ENDED else "turn")

        stop_turns = talk.on_turn_recorded(on_turn)
        stop_states = talk.on_state_changed(on_state)

        def stop() -> None:
            stop_turns()
            stop_states()

        return stop

    def unfinished_talk(self) -> UnfinishedTalk | None:
        """The most recent talk still in progress or on a break, or None."""
        rows = list(
            self._db.query(
                "SELECT id, started_at, status, settings, snapshot FROM talks "
                "WHERE status IN ('in_progress', 'on_break') "
                "ORDER BY started_at DESC, id DESC LIMIT 1"
            )
        )
        if not rows:
            return None
        row = rows[0]
        return UnfinishedTalk(
            id=row["id"],
            started_at=_dt(row["started_at"]),
            status=row["status"],
            settings=TalkSettings.from_dict(json.loads(row["settings"])),
            snapshot=json.loads(row["snapshot"]) if row["snapshot"] else None,
        )

    def close_unfinished(self, talk_id: int) -> None:
        """Set aside an unfinished talk the partners chose not to continue (no blame, no count)."""
        with self._db.atomic():
            row = self._talk_row(talk_id, "status")
            if row["status"] not in _OPEN_STATUSES:
                raise ValueError(f"talk {talk_id} is {row['status']}, not unfinished")
            self._db.execute(
                "UPDATE talks SET status = 'closed_unfinished' WHERE id = ?", [talk_id]
            )
        _log.debug("talk %d closed unfinished", talk_id)

    # --- wrap-up ---------------------------------------------------------------------------

    def save_wrapup(
        self, talk_id: int, partner: int, thanks: str | None, closeness: int | None
    ) -> None:
        """Store one partner's wrap-up; saving again for the same partner replaces it.

        ``thanks`` is trimmed (blank becomes None) and at most 500 characters;
        ``closeness`` is 1-5 or None (rating is optional, never required).
        """
        if type(partner) is not int or partner not in (0, 1):
            raise ValueError(f"partner must be 0 or 1, got {partner!r}")
        if closeness is not None and (type(closeness) is not int or not 1 <= closeness <= 5):
            raise ValueError(f"closeness must be 1 to 5 or None, got {closeness!r}")
        text = _clean_text(thanks, MAX_THANKS_CHARS, "thanks", allow_empty=True)
        with self._db.atomic():
            self._talk_row(talk_id, "id")
            self._db.execute(
                "INSERT OR REPLACE INTO wrapups (talk_id, partner, thanks_text, closeness) "
                "VALUES (?, ?, ?, ?)",
                [talk_id, partner, text, closeness],
            )
        _log.debug("wrap-up saved for talk %d, partner %d", talk_id, partner)

    # --- history ---------------------------------------------------------------------------

    def recent_talks(self, limit: int = 10) -> list[TalkSummary]:
        """The latest ended talks, newest first, for the history list."""
        if type(limit) is not int or limit < 1:
            raise ValueError(f"limit must be a positive whole number, got {limit!r}")
        rows = list(
            self._db.query(
                "SELECT t.id, t.started_at, t.ended_at, t.settings, t.end_reason, t.prompt_ids, "
                "(SELECT COALESCE(SUM(duration_s), 0) FROM turns WHERE talk_id = t.id) "
                "AS active_s, "
                "(SELECT closeness FROM wrapups WHERE talk_id = t.id AND partner = 0) AS c0, "
                "(SELECT closeness FROM wrapups WHERE talk_id = t.id AND partner = 1) AS c1 "
                "FROM talks t WHERE t.status = 'ended' "
                "ORDER BY t.started_at DESC, t.id DESC LIMIT ?",
                [limit],
            )
        )
        return [
            TalkSummary(
                id=row["id"],
                started_at=_dt(row["started_at"]),
                ended_at=_dt(row["ended_at"]) if row["ended_at"] else None,
                planned_minutes=int(json.loads(row["settings"])["talk_minutes"]),
                talked_minutes=float(row["active_s"]) / 60.0,
                end_reason=row["end_reason"],
                prompt_ids=tuple(json.loads(row["prompt_ids"])),
                closeness=(row["c0"], row["c1"]),
            )
            for row in rows
        ]

    def prompt_uses(self, since: datetime) -> list[PromptUse]:
        """Prompts on screen since ``since`` (declined ones too), oldest first.

        One entry per prompt per talk, at the moment it first appeared.
        """
        rows = self._db.query(
            "SELECT prompt_id, MIN(started_at) AS used_at FROM turns "
            "WHERE prompt_id IS NOT NULL AND started_at >= ? "
            "GROUP BY talk_id, prompt_id ORDER BY used_at, prompt_id",
            [_ts(since)],
        )
        return [PromptUse(prompt_id=r["prompt_id"], used_at=_dt(r["used_at"])) for r in rows]

    def past_talks(self) -> list[PastTalk]:
        """Every ended talk with its closeness (the lower rating of the two), newest first."""
        rows = self._db.query(
            "SELECT t.ended_at, (SELECT MIN(closeness) FROM wrapups WHERE talk_id = t.id) AS c "
            "FROM talks t WHERE t.status = 'ended' AND t.ended_at IS NOT NULL "
            "ORDER BY t.ended_at DESC, t.id DESC"
        )
        return [PastTalk(ended_at=_dt(r["ended_at"]), closeness=r["c"]) for r in rows]

    # --- the "Ours" deck -------------------------------------------------------------------

    def add_custom_prompt(self, text: str) -> int:
        """Add a prompt to the couple's own deck and return its id."""
        clean = _clean_text(text, MAX_CUSTOM_PROMPT_CHARS, "prompt")
        now = _ts(self._clock.now())
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO custom_prompts (text, created_at, updated_at) VALUES (?, ?, ?)",
                [clean, now, now],
            )
            prompt_id = cursor.lastrowid
        assert prompt_id is not None
        _log.debug("custom prompt %d added", prompt_id)
        return prompt_id

    def edit_custom_prompt(self, prompt_id: int, text: str) -> None:
        """Change a custom prompt's wording."""
        clean = _clean_text(text, MAX_CUSTOM_PROMPT_CHARS, "prompt")
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE custom_prompts SET text = ?, updated_at = ? WHERE id = ?",
                [clean, _ts(self._clock.now()), prompt_id],
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no custom prompt with id {prompt_id}")
        _log.debug("custom prompt %d edited", prompt_id)

    def delete_custom_prompt(self, prompt_id: int) -> None:
        """Remove a custom prompt (past talks keep their prompt ids)."""
        with self._db.atomic():
            cursor = self._db.execute("DELETE FROM custom_prompts WHERE id = ?", [prompt_id])
            if cursor.rowcount != 1:
                raise KeyError(f"no custom prompt with id {prompt_id}")
        _log.debug("custom prompt %d deleted", prompt_id)

    def get_custom_prompt(self, prompt_id: int) -> CustomPrompt:
        """One custom prompt; KeyError if it does not exist."""
        rows = list(
            self._db.query(
                "SELECT id, text, created_at, updated_at FROM custom_prompts WHERE id = ?",
                [prompt_id],
            )
        )
        if not rows:
            raise KeyError(f"no custom prompt with id {prompt_id}")
        return _custom_prompt(rows[0])

    def custom_prompts(self) -> list[CustomPrompt]:
        """The whole "Ours" deck, oldest first."""
        rows = self._db.query(
            "SELECT id, text, created_at, updated_at FROM custom_prompts ORDER BY created_at, id"
        )
        return [_custom_prompt(r) for r in rows]

    # --- internals -------------------------------------------------------------------------

    def _talk_row(self, talk_id: int, columns: str) -> dict[str, Any]:
        rows = list(self._db.query(f"SELECT {columns} FROM talks WHERE id = ?", [talk_id]))
        if not rows:
            raise KeyError(f"no talk with id {talk_id}")
        return rows[0]

    def _merge_prompt_ids(self, talk_id: int, stored: str, new: list[Any]) -> None:
        ids: list[str] = json.loads(stored)
        added = [str(p) for p in new if p is not None and str(p) not in ids]
        if added:
            ids.extend(dict.fromkeys(added))
            self._db.execute(
                "UPDATE talks SET prompt_ids = ? WHERE id = ?", [json.dumps(ids), talk_id]
            )


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"talk status must be one of {', '.join(STATUSES)}, got {status!r}")


def _clean_text(
    value: str | None, limit: int, what: str, *, allow_empty: bool = False
) -> str | None:
    """Trim and bound partner-written text; messages never quote the text itself."""
    if value is None:
        if allow_empty:
            return None
        raise ValueError(f"{what} text is required")
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text")
    clean = value.strip()
    if not clean:
        if allow_empty:
            return None
        raise ValueError(f"{what} text cannot be empty")
    if len(clean) > limit:
        raise ValueError(f"{what} text is {len(clean)} characters; the limit is {limit}")
    return clean


def _custom_prompt(row: Mapping[str, Any]) -> CustomPrompt:
    return CustomPrompt(
        id=row["id"],
        text=row["text"],
        created_at=_dt(row["created_at"]),
        updated_at=_dt(row["updated_at"]),
    )


def _json(value: Any) -> str:
    """Strict JSON (no NaN), so a snapshot always loads back."""
    return json.dumps(value, sort_keys=True, allow_nan=False)
