"""The store's handle on the couple's database: the four sqlite-utils calls it makes, on sqlite3.

Why not sqlite-utils' ``Database`` itself: importing sqlite-utils (with click, pluggy and dateutil)
took about a tenth of OpenUp's start-up and 13 MiB, for ``execute``, ``query``, ``atomic`` and
``close``. The migrations still run on sqlite-utils (``migrations.py`` imports it only when the
schema is behind), and so does the vault, which loads on first use. The transaction rules are
sqlite-utils 4's, which the store was written against:

* ``execute`` commits a write on its own unless a transaction is open (then it joins it), and a
  failed statement never leaves an implicit transaction behind to capture later writes;
* ``query`` runs a statement that returns rows and yields each as a dict (a repeated column name
  becomes ``name_2``…); it refuses a statement that returns none, having undone it;
* ``atomic`` is one transaction; nested, a savepoint, so an inner failure undoes only itself.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

Parameters = Sequence[Any] | dict[str, Any]


class Db(Protocol):
    """What the store needs of a database handle: the ``Database`` below, or sqlite-utils' own
    (the migrations, and tests that build one, hand the store that)."""

    @property
    def conn(self) -> sqlite3.Connection: ...

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Parameters | None = None) -> Iterator[dict[str, Any]]: ...

    def atomic(self) -> AbstractContextManager[Any]: ...


_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, after whitespace, comments and bare ``;``."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def unique_keys(names: Iterable[str]) -> list[str]:
    """Column names made unique: a later ``id`` becomes ``id_2`` (then ``_3``…), never a name
    that is already there, so no value silently overwrites another in the row's dict."""
    keys = list(names)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    out = []
    for key in keys:
        if key in seen:
            n = 2
            while f"{key}_{n}" in taken:
                n += 1
            key = f"{key}_{n}"
            taken.add(key)
        seen.add(key)
        out.append(key)
    return out


class Database:
    """One sqlite3 connection (``conn``) with sqlite-utils' ``execute``/``query``/``atomic``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # nothing would ever commit it
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # a write on its own is committed at once
        return cursor

    def query(self, sql: str, params: Parameters | None = None) -> Iterator[dict[str, Any]]:
        refused = "query() is for statements that return rows; use execute() for others"
        if first_keyword(sql) in (*_TRANSACTION_CONTROL, "VACUUM", "ATTACH", "DETACH"):
            raise ValueError(refused)
        with self.atomic():  # a savepoint inside a transaction: undone if it returns no rows
            cursor = self.conn.execute(sql, () if params is None else params)
            if cursor.description is None:
                raise ValueError(refused)
            keys = unique_keys(d[0] for d in cursor.description)
            rows = cursor.fetchall()  # a write with RETURNING completes inside the savepoint
        return (dict(zip(keys, row, strict=True)) for row in rows)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested, a savepoint. Commits at the end, undoes on any error."""
        if self.conn.in_transaction:
            # Unique among the open savepoints (os.urandom: `secrets` would load hashlib and
            # OpenSSL before the first frame for this alone).
            savepoint = f"openup_{os.urandom(8).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
