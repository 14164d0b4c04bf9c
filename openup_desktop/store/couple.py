"""The couple: two partners (seat 0 and 1) with names, colours and their promise."""

from __future__ import annotations

from datetime import datetime

from ..core.couple import Partner
from .connection import Db


class CoupleRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def partners(self) -> list[Partner]:
        rows = self._db.execute(
            "SELECT id, name, colour, promised_at FROM partners ORDER BY id"
        ).fetchall()
        return [Partner(seat=r[0], name=r[1], colour=r[2], promised=r[3] is not None) for r in rows]

    def is_set_up(self) -> bool:
        partners = self.partners()
        return len(partners) == 2 and all(p.promised for p in partners)

    def save_couple(self, partners: list[Partner], when: datetime) -> None:
        """Write both partners in one transaction: a half-made couple is never saved.

        ``db.atomic()`` issues a real BEGIN; ``with conn:`` would not, because sqlite-utils 4
        commits each statement on its own outside an explicit transaction.
        """
        with self._db.atomic():
            self._db.execute("DELETE FROM partners")
            for p in partners:
                self._db.execute(
                    "INSERT INTO partners (id, name, colour, promised_at) VALUES (?, ?, ?, ?)",
                    (p.seat, p.name, p.colour, when.isoformat() if p.promised else None),
                )

    def reset(self) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM partners")


class SettingsRepository:
    """Small key/value settings (theme, idle lock time, …) stored as text."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def get(self, key: str, default: str) -> str:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
