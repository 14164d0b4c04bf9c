"""The database's history of schema changes, in order, with sqlite-utils' built-in migrations.

A migration is never edited once released: add a new one. Each runs in its own transaction with
the record of having run, so a crash mid-upgrade leaves the previous version intact.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("openup")


@migrations()
def m001_couple(db: sqlite_utils.Database) -> None:
    db.table("partners").create(
        {"id": int, "name": str, "colour": str, "promised_at": str},
        pk="id",
        not_null={"name", "colour"},
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")


@migrations()
def m002_talks(db: sqlite_utils.Database) -> None:
    from .talks import create_talk_tables

    create_talk_tables(db)


@migrations()
def m003_vault(db: sqlite_utils.Database) -> None:
    from ..vault.schema import create_vault_tables

    create_vault_tables(db)


@migrations()
def m004_sources(db: sqlite_utils.Database) -> None:
    from .sources import create_source_tables

    create_source_tables(db)


@migrations()
def m005_invitations_scenes_progress(db: sqlite_utils.Database) -> None:
    from .invitations import create_invitation_tables
    from .progress import create_progress_tables
    from .scenes import create_scene_tables

    create_invitation_tables(db)
    create_scene_tables(db)
    create_progress_tables(db)


@migrations()
def m006_vault_upkeep(db: sqlite_utils.Database) -> None:
    """The vault's to-do lists for backup copies (V8 key rotation, V13 forgetting)."""
    from ..vault.schema import create_vault_tables

    create_vault_tables(db)


def apply_migrations(db: sqlite_utils.Database) -> None:
    migrations.apply(db)


def schema_version(db: sqlite_utils.Database) -> int:
    return len(migrations.applied(db))
