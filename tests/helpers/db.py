"""sqlite-utils' conveniences on whatever handle the store was given (its own is leaner)."""

from __future__ import annotations

import sqlite_utils


def full(db: object) -> sqlite_utils.Database:
    """``db`` as a sqlite-utils Database on the same connection (for counting, listing…)."""
    if isinstance(db, sqlite_utils.Database):
        return db
    return sqlite_utils.Database(db.conn)  # type: ignore[attr-defined]
