"""The database's history of schema changes, in order, with sqlite-utils' built-in migrations.

A migration is never edited once released: add a new one (and list it in ``STEPS``). Each runs
in its own transaction with the record of having run, so a crash mid-upgrade leaves the
previous version intact.

Start-up first reads which steps the file has had, from sqlite-utils' own record table with
plain SQL; only when one is missing is sqlite-utils imported to run them. Most starts never load
it (it took a tenth of the start-up, see ``connection.py``).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .connection import Db

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

#: Where sqlite-utils records each migration that ran, and the name of OpenUp's set there.
MIGRATIONS_TABLE = "_sqlite_migrations"
SET_NAME = "openup"


def m001_couple(db: sqlite_utils.Database) -> None:
    db.table("partners").create(
        {"id": int, "name": str, "colour": str, "promised_at": str},
        pk="id",
        not_null={"name", "colour"},
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")


def m002_talks(db: sqlite_utils.Database) -> None:
    from .talks import create_talk_tables

    create_talk_tables(db)


def m003_vault(db: sqlite_utils.Database) -> None:
    from ..vault.schema import create_vault_tables

    create_vault_tables(db)


def m004_sources(db: sqlite_utils.Database) -> None:
    from .sources import create_source_tables

    create_source_tables(db)


def m005_invitations_scenes_progress(db: sqlite_utils.Database) -> None:
    from .invitations import create_invitation_tables
    from .progress import create_progress_tables
    from .scenes import create_scene_tables

    create_invitation_tables(db)
    create_scene_tables(db)
    create_progress_tables(db)


def m006_vault_upkeep(db: sqlite_utils.Database) -> None:
    """The vault's to-do lists for backup copies (V8 key rotation, V13 forgetting)."""
    from ..vault.schema import create_vault_tables

    create_vault_tables(db)


STEPS = (
    m001_couple,
    m002_talks,
    m003_vault,
    m004_sources,
    m005_invitations_scenes_progress,
    m006_vault_upkeep,
)


def step_names() -> list[str]:
    return [step.__name__ for step in STEPS]


def runner() -> Migrations:
    """sqlite-utils' migration runner with every step, in order (imports sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(SET_NAME)
    for step in STEPS:
        migrations()(step)
    return migrations


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """The steps this database has had, in the order they ran (none for a new file)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if found is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [SET_NAME]
    )
    return [str(name) for (name,) in rows]


def apply_migrations(db: Db) -> None:
    """Run the steps this database hasn't had yet; a current one is only read, not touched."""
    if set(step_names()) <= set(applied_names(db.conn)):
        return
    import sqlite_utils

    runner().apply(sqlite_utils.Database(db.conn, execute_plugins=False))


def schema_version(db: Db) -> int:
    return len(applied_names(db.conn))
