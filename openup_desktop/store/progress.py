"""The facts behind progress, and the "not now" for a longer talk.

Why it is built like this:

* **Facts, not text.** :meth:`ProgressRepository.progress_facts` reads only
  times, minutes, ratings and *how many* thank-yous were written, never the
  thanks themselves, so the progress code cannot leak what anyone wrote.
* **Closeness is the lower rating of the two**, as everywhere else (see
  :meth:`TalkRepository.past_talks`): a talk only went well if it went well
  for both.
* **A "not now" is remembered per length.** ``longer_talk_dismissals``
  keeps the latest dismissal for each length; the rule in
  :func:`openup_desktop.core.progress.longer_talk_suggestion` only offers
  that length again after a new run of close talks.
* Writes run in ``db.atomic()``; no Qt here.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Final

from openup_desktop.core.progress import TalkFact
from openup_desktop.core.talk import MAX_TALK_MINUTES, MIN_TALK_MINUTES

from .connection import Db

__all__ = ["ProgressRepository", "create_progress_tables"]

_log = logging.getLogger("openup.store.progress")

_SCHEMA: Final = (
    """
    CREATE TABLE IF NOT EXISTS longer_talk_dismissals (
        length INTEGER PRIMARY KEY CHECK (length BETWEEN 2 AND 30),
        dismissed_at TEXT NOT NULL
    )
    """,
)


def create_progress_tables(db: Db) -> None:
    """Create the small progress table if missing (safe to call again).

    Meant for a migration: one transaction, or a savepoint inside the
    migration's own transaction.
    """
    with db.atomic():
        for statement in _SCHEMA:
            db.execute(statement)


class ProgressRepository:
    """Reads progress facts and records dismissals of the longer-talk offer."""

    def __init__(self, db: Db) -> None:
        """Use ``db`` (talk and progress tables must exist)."""
        self._db = db

    def progress_facts(self) -> list[TalkFact]:
        """One :class:`TalkFact` per ended talk, newest first."""
        rows = self._db.query(
            "SELECT t.id, t.ended_at, t.settings, "
            "(SELECT COALESCE(SUM(duration_s), 0) FROM turns WHERE talk_id = t.id) AS active_s, "
            "(SELECT MIN(closeness) FROM wrapups WHERE talk_id = t.id) AS closeness, "
            "(SELECT COUNT(*) FROM wrapups WHERE talk_id = t.id "
            "AND thanks_text IS NOT NULL AND TRIM(thanks_text) != '') AS thanks "
            "FROM talks t WHERE t.status = 'ended' AND t.ended_at IS NOT NULL "
            "ORDER BY t.ended_at DESC, t.id DESC"
        )
        return [
            TalkFact(
                talk_id=row["id"],
                ended_at=datetime.fromisoformat(row["ended_at"]).astimezone(),
                talked_minutes=float(row["active_s"]) / 60.0,
                planned_minutes=int(json.loads(row["settings"])["talk_minutes"]),
                closeness=row["closeness"],
                thanks_given=int(row["thanks"]),
            )
            for row in rows
        ]

    def dismiss_longer_suggestion(self, length: int, when: datetime) -> None:
        """Remember "not now" for a longer talk offered after talks of ``length`` minutes."""
        if type(length) is not int or not MIN_TALK_MINUTES <= length <= MAX_TALK_MINUTES:
            raise ValueError(
                f"length must be {MIN_TALK_MINUTES} to {MAX_TALK_MINUTES} minutes, got {length!r}"
            )
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError("datetime must be time-zone aware")
        with self._db.atomic():
            self._db.execute(
                "INSERT OR REPLACE INTO longer_talk_dismissals (length, dismissed_at) "
                "VALUES (?, ?)",
                [length, when.astimezone(UTC).isoformat(timespec="microseconds")],
            )
        _log.debug("longer-talk offer set aside for %d-minute talks", length)

    def longer_suggestion_dismissals(self) -> dict[int, datetime]:
        """Length -> when its longer-talk offer was last set aside."""
        rows = self._db.query("SELECT length, dismissed_at FROM longer_talk_dismissals")
        return {
            int(r["length"]): datetime.fromisoformat(r["dismissed_at"]).astimezone() for r in rows
        }
