"""The store's own connection keeps sqlite-utils' transaction rules, which the store relies on.

Every scenario runs on both, the store's ``Database`` and sqlite-utils' own, and must end the
same: a talk saved by one is saved by the other, and a failure undoes exactly as much.
"""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from openup_desktop.store.connection import Database, first_keyword, unique_keys


@pytest.fixture(params=["store", "sqlite-utils"])
def db(request, tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db")
    handle = Database(conn) if request.param == "store" else sqlite_utils.Database(conn)
    handle.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    yield handle
    conn.close()


def _saved(db) -> list[str]:
    """What another connection (a restart) would find."""
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    other = sqlite3.connect(path)
    try:
        return [r[0] for r in other.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        other.close()


def test_a_write_on_its_own_is_saved_at_once(db):
    db.execute("INSERT INTO notes (text) VALUES (?)", ["kept"])
    assert not db.conn.in_transaction
    assert _saved(db) == ["kept"]


def test_a_failed_write_leaves_no_transaction_to_swallow_later_writes(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO notes (text) VALUES (NULL)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO notes (text) VALUES ('after')")
    assert _saved(db) == ["after"]


def test_atomic_saves_all_or_nothing(db):
    with db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('one')")
        db.execute("INSERT INTO notes (text) VALUES ('two')")
        assert _saved(db) == [], "nothing is visible before the end"
    assert _saved(db) == ["one", "two"]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('three')")
        raise RuntimeError("crash mid-way")
    assert _saved(db) == ["one", "two"]


def test_a_nested_failure_undoes_only_itself(db):
    with db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('outer')")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO notes (text) VALUES ('inner')")
            raise RuntimeError("inner fails")
        db.execute("INSERT INTO notes (text) VALUES ('outer again')")
    assert _saved(db) == ["outer", "outer again"]


def test_query_gives_rows_as_dicts_and_refuses_statements_without_rows(db):
    db.execute("INSERT INTO notes (text) VALUES ('a')")
    assert list(db.query("SELECT id, text FROM notes")) == [{"id": 1, "text": "a"}]
    assert list(db.query("SELECT text, text FROM notes")) == [{"text": "a", "text_2": "a"}]
    with pytest.raises(ValueError):
        list(db.query("DELETE FROM notes"))
    assert _saved(db) == ["a"], "the refused statement was undone"
    with pytest.raises(ValueError):
        db.query("BEGIN")
    assert not db.conn.in_transaction


def test_keywords_and_keys_are_read_like_sqlite_utils():
    assert first_keyword("  -- note\n/* x */ ;select 1") == "SELECT"
    assert first_keyword("\ufeffcommit") == "COMMIT"
    assert first_keyword("-- only a comment") == ""
    assert unique_keys(["id", "id", "id_2"]) == ["id", "id_3", "id_2"]
