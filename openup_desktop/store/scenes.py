"""Persistence for talk scenes, and the query behind "What works for us".

Why it is built like this:

* **One optional row per talk.** ``talk_scenes`` is keyed by the talk and
  deleted with it (``ON DELETE CASCADE``). A skipped scene stores no row at
  all, so "not said" is never confused with a choice.
* **No vocabulary in CHECK constraints.** Values are validated by
  :class:`~openup_desktop.core.scene.Scene` on the way in. Keeping the
  vocabulary out of the schema means adding a new place later needs no
  table rebuild; a value the running version does not know is read back as
  "not said" rather than crashing the Together screen.
* **The note is private.** It is stored like the other partner-written
  texts in the talk tables and never logged.
* **No Qt here.** Writes run in ``db.atomic()``.

The column for the place is called ``"where"`` (quoted in SQL, as it is a
keyword) to match the scene's field names.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Final

from openup_desktop.core.scene import DOING_LABELS, WHEN_LABELS, WHERE_LABELS, Scene, clean_note

from .connection import Db

__all__ = ["SceneRepository", "create_scene_tables"]

_log = logging.getLogger("openup.store.scenes")

_SCHEMA: Final = (
    """
    CREATE TABLE IF NOT EXISTS talk_scenes (
        talk_id INTEGER PRIMARY KEY REFERENCES talks (id) ON DELETE CASCADE,
        "where" TEXT,
        when_of_day TEXT,
        doing TEXT,
        music INTEGER CHECK (music IS NULL OR music IN (0, 1)),
        note TEXT
    )
    """,
)


def create_scene_tables(db: Db) -> None:
    """Create ``talk_scenes`` if missing (safe to call again); needs the talks table.

    Meant for a migration: one transaction, or a savepoint inside the
    migration's own transaction.
    """
    with db.atomic():
        for statement in _SCHEMA:
            db.execute(statement)


class SceneRepository:
    """Reads and writes the scene of each talk."""

    def __init__(self, db: Db) -> None:
        """Use ``db`` (talk and scene tables must exist)."""
        self._db = db

    def save_scene(self, talk_id: int, scene: Scene) -> None:
        """Store the scene of a talk, replacing any earlier one; an empty scene removes it.

        KeyError if the talk does not exist.
        """
        if not isinstance(scene, Scene):
            raise TypeError("scene must be a Scene")
        with self._db.atomic():
            if not list(self._db.query("SELECT id FROM talks WHERE id = ?", [talk_id])):
                raise KeyError(f"no talk with id {talk_id}")
            if scene.is_empty:
                self._db.execute("DELETE FROM talk_scenes WHERE talk_id = ?", [talk_id])
            else:
                self._db.execute(
                    'INSERT OR REPLACE INTO talk_scenes (talk_id, "where", when_of_day, doing, '
                    "music, note) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        talk_id,
                        scene.where,
                        scene.when,
                        scene.doing,
                        None if scene.music is None else int(scene.music),
                        scene.note,
                    ],
                )
        _log.debug("scene saved for talk %d", talk_id)

    def scene_for(self, talk_id: int) -> Scene | None:
        """The scene of a talk, or None if it was skipped (or the talk does not exist)."""
        rows = list(
            self._db.query(
                'SELECT "where", when_of_day, doing, music, note FROM talk_scenes '
                "WHERE talk_id = ?",
                [talk_id],
            )
        )
        return _scene(rows[0]) if rows else None

    def rated_talks_with_scenes(self) -> list[tuple[Scene, int]]:
        """``(scene, closeness)`` for every ended, rated talk, newest first.

        Closeness is the lower of the two ratings (a talk only went well if it
        went well for both), as in :meth:`TalkRepository.past_talks`. Talks
        without a scene come back with an empty :class:`Scene`.
        """
        rows = self._db.query(
            'SELECT s."where", s.when_of_day, s.doing, s.music, s.note, '
            "(SELECT MIN(closeness) FROM wrapups w WHERE w.talk_id = t.id) AS closeness "
            "FROM talks t LEFT JOIN talk_scenes s ON s.talk_id = t.id "
            "WHERE t.status = 'ended' "
            "AND EXISTS (SELECT 1 FROM wrapups w WHERE w.talk_id = t.id "
            "AND w.closeness IS NOT NULL) "
            "ORDER BY COALESCE(t.ended_at, t.started_at) DESC, t.id DESC"
        )
        return [(_scene(r), int(r["closeness"])) for r in rows]


def _known(value: Any, vocabulary: Mapping[str, str]) -> str | None:
    return value if isinstance(value, str) and value in vocabulary else None


def _scene(row: Mapping[str, Any]) -> Scene:
    """A stored row as a Scene; values this version does not know read as "not said"."""
    music = row["music"]
    try:
        note = clean_note(row["note"])
    except ValueError:
        note = None
    return Scene(
        where=_known(row["where"], WHERE_LABELS),
        when=_known(row["when_of_day"], WHEN_LABELS),
        doing=_known(row["doing"], DOING_LABELS),
        music=None if music is None else bool(music),
        note=note,
    )
