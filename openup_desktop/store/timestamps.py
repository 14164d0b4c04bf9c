"""How times are stored: fixed-width UTC text that sorts correctly, read back in local time."""

from __future__ import annotations

from datetime import UTC, datetime


def to_text(when: datetime) -> str:
    """Aware datetime -> fixed-width UTC text that sorts correctly."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("datetime must be time-zone aware")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    """Stored UTC text -> aware datetime in the local time zone."""
    return datetime.fromisoformat(text).astimezone()
