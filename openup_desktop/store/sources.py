"""Persistence for sources: the couple's own, plus which built-in examples they have hidden.

Why it is built like this:

* **Examples are data, not rows.** The built-in examples live in
  ``assets/sources/examples.json`` so a new version of OpenUp can improve their wording
  without a migration. The database only remembers which example ids the couple hid, so
  "delete" on an example hides it and "restore examples" simply forgets the hiding.
* **Own ids are never reused.** ``AUTOINCREMENT`` keeps a deleted source's number from being
  given to a new one, so anything that remembered "own-7" can never point at the wrong thing.
* **A kill never leaves half a write.** Every write runs inside ``db.atomic()`` (a real
  transaction, or a savepoint inside a migration's own).
* **Nothing anyone wrote is logged.** Log lines carry ids only; titles, notes and links never
  appear in logs or error messages.
* **No Qt here**, so this is tested quickly without a screen.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, Final

from openup_desktop.core.clock import Clock, SystemClock
from openup_desktop.core.sources import (
    EXAMPLE_ID_PREFIX,
    Source,
    SourceKind,
    clean_link,
    validate_kind,
    validate_note,
    validate_title,
)
from openup_desktop.files.messages import Template
from openup_desktop.store.timestamps import from_text as _dt
from openup_desktop.store.timestamps import to_text as _ts

from .connection import Db

__all__ = [
    "OWN_ID_PREFIX",
    "BuiltinSourceError",
    "SourceList",
    "SourceRepository",
    "create_source_tables",
    "shipped_example_sources",
]

_log = logging.getLogger("openup.store.sources")

#: The couple's own sources have ids "own-<row id>".
OWN_ID_PREFIX: Final = "own-"

#: The return type of ``SourceRepository.list`` (an alias, because the method is named list).
SourceList = list[Source]

_KINDS_SQL: Final = ", ".join(f"'{kind.value}'" for kind in SourceKind)

_SCHEMA: Final = (
    f"""
    CREATE TABLE IF NOT EXISTS sources (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ({_KINDS_SQL})),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        link TEXT,
        quote_or_note TEXT CHECK (quote_or_note IS NULL OR length(quote_or_note) <= 600),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS idx_sources_created_at ON sources (created_at)",
    """
    CREATE TABLE IF NOT EXISTS hidden_example_sources (
        example_id TEXT PRIMARY KEY,
        hidden_at TEXT NOT NULL
    )
    """,
)

_COLUMNS: Final = "id, kind, title, link, quote_or_note, created_at"


EXAMPLE_UNCHANGEABLE: Final = Template(
    "sources.example_unchangeable",
    "This is one of OpenUp's examples, so it can't be changed. "
    "You can add your own source instead, or hide this one.",
)


class BuiltinSourceError(ValueError):
    """A change that only the couple's own sources allow was asked of a built-in example.

    A ValueError, so screens that show ValueError messages show this one too.
    """


def create_source_tables(db: Db) -> None:
    """Create the source tables and index if they are missing (safe to call again).

    Meant to be called from a migration. Runs as one transaction, or as a savepoint inside
    the migration's own transaction, so it never commits someone else's work halfway.
    """
    with db.atomic():
        for statement in _SCHEMA:
            db.execute(statement)


def shipped_example_sources() -> list[Source]:
    """The examples that ship with OpenUp, loaded from the assets folder.

    Problems are logged by the loader and the good entries still returned, so a broken file
    costs the examples, never the Sources screen.
    """
    from openup_desktop.core.sources import load_example_sources
    from openup_desktop.resources import asset

    return load_example_sources(asset("sources", "examples.json")).sources


class SourceRepository:
    """Add, change, hide and list sources; the only code that touches the source tables."""

    def __init__(
        self,
        db: Db,
        clock: Clock | None = None,
        *,
        examples: Sequence[Source] | None = None,
    ) -> None:
        """``examples`` defaults to the shipped ones; tests pass their own to stay independent."""
        self._db = db
        self._clock: Clock = clock or SystemClock()
        loaded = shipped_example_sources() if examples is None else list(examples)
        self._examples: dict[str, Source] = {}
        for example in loaded:
            if not example.builtin or not example.id.startswith(EXAMPLE_ID_PREFIX):
                raise ValueError(f"not a built-in example source: {example.id}")
            self._examples.setdefault(example.id, example)

    # --- writes ----------------------------------------------------------------------------

    def add(
        self,
        kind: str | SourceKind,
        title: str,
        link: str | None = None,
        quote_or_note: str | None = None,
    ) -> Source:
        """Save a new source of the couple's own and return it (validated, trimmed).

        Raises ValueError with a message meant for the couple if anything is unusable;
        nothing is saved in that case.
        """
        values = _validated(kind, title, link, quote_or_note)
        now = _ts(self._clock.now())
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO sources (kind, title, link, quote_or_note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [*values, now, now],
            )
            row_id = cursor.lastrowid
        assert row_id is not None
        _log.debug("source %d added", row_id)
        return self.get(_own_id(row_id))

    def edit(
        self,
        source_id: str,
        kind: str | SourceKind,
        title: str,
        link: str | None = None,
        quote_or_note: str | None = None,
    ) -> Source:
        """Replace every field of one of the couple's own sources and return the result.

        All fields are given each time, because the edit form always shows all of them; a
        blank link or note removes it. Examples cannot be edited (BuiltinSourceError): they
        may be improved by a later version, and a silent local copy would hide that.
        """
        row_id = self._own_row_id(source_id)
        values = _validated(kind, title, link, quote_or_note)
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE sources SET kind = ?, title = ?, link = ?, quote_or_note = ?, "
                "updated_at = ? WHERE id = ?",
                [*values, _ts(self._clock.now()), row_id],
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no source with id {source_id}")
        _log.debug("source %d edited", row_id)
        return self.get(source_id)

    def delete(self, source_id: str) -> None:
        """Remove one of the couple's own sources, or hide a built-in example.

        Examples are hidden rather than deleted so that "restore examples" can bring them
        back. Hiding an example that is already hidden is not an error.
        """
        if self._is_example(source_id):
            with self._db.atomic():
                self._db.execute(
                    "INSERT OR IGNORE INTO hidden_example_sources (example_id, hidden_at) "
                    "VALUES (?, ?)",
                    [source_id, _ts(self._clock.now())],
                )
            _log.debug("example source %s hidden", source_id)
            return
        row_id = self._own_row_id(source_id)
        with self._db.atomic():
            cursor = self._db.execute("DELETE FROM sources WHERE id = ?", [row_id])
            if cursor.rowcount != 1:
                raise KeyError(f"no source with id {source_id}")
        _log.debug("source %d deleted", row_id)

    def restore_examples(self) -> int:
        """Show every hidden example again; returns how many came back (0 if none were hidden).

        Only examples this version still ships count, so the number matches what appears.
        """
        with self._db.atomic():
            hidden = self.hidden_example_ids()
            self._db.execute("DELETE FROM hidden_example_sources")
        restored = sum(1 for example_id in hidden if example_id in self._examples)
        _log.debug("%d example source(s) restored", restored)
        return restored

    # --- reads -----------------------------------------------------------------------------

    def get(self, source_id: str) -> Source:
        """One source by id (own or example, hidden or not); KeyError if there is none.

        Hidden examples stay reachable so that a talk started from one can still show it.
        """
        example = self._examples.get(source_id)
        if example is not None:
            return example
        row_id = self._own_row_id(source_id)
        rows = list(self._db.query(f"SELECT {_COLUMNS} FROM sources WHERE id = ?", [row_id]))
        if not rows:
            raise KeyError(f"no source with id {source_id}")
        return _source(rows[0])

    def hidden_example_ids(self) -> set[str]:
        """Ids of the examples the couple has hidden, so a screen can offer to restore them."""
        return {
            row["example_id"]
            for row in self._db.query("SELECT example_id FROM hidden_example_sources")
        }

    def list(self, *, include_hidden: bool = False) -> SourceList:
        """Every source to show: the couple's own newest first, then the examples in file order.

        Own sources come first because they are what the couple chose; examples are there to
        show what a source can be and are left out once hidden (unless ``include_hidden``).
        """
        rows = self._db.query(f"SELECT {_COLUMNS} FROM sources ORDER BY created_at DESC, id DESC")
        own = [_source(row) for row in rows]
        hidden = set() if include_hidden else self.hidden_example_ids()
        examples = [e for e in self._examples.values() if e.id not in hidden]
        return [*own, *examples]

    # --- internals -------------------------------------------------------------------------

    def _is_example(self, source_id: str) -> bool:
        return source_id in self._examples

    def _own_row_id(self, source_id: str) -> int:
        if self._is_example(source_id):
            raise BuiltinSourceError(EXAMPLE_UNCHANGEABLE())
        if isinstance(source_id, str) and source_id.startswith(OWN_ID_PREFIX):
            tail = source_id[len(OWN_ID_PREFIX) :]
            if tail.isascii() and tail.isdigit():
                return int(tail)
        raise KeyError(f"no source with id {source_id}")


def _own_id(row_id: int) -> str:
    return f"{OWN_ID_PREFIX}{row_id}"


def _validated(
    kind: str | SourceKind, title: str, link: str | None, quote_or_note: str | None
) -> list[Any]:
    """Check every field before touching the database, so a bad field saves nothing."""
    return [
        validate_kind(kind).value,
        validate_title(title),
        clean_link(link),
        validate_note(quote_or_note),
    ]


def _source(row: Mapping[str, Any]) -> Source:
    return Source(
        id=_own_id(row["id"]),
        kind=SourceKind(row["kind"]),
        title=row["title"],
        link=row["link"],
        quote_or_note=row["quote_or_note"],
        builtin=False,
        created_at=_dt(row["created_at"]),
    )
