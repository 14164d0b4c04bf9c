"""The scene: where and how a talk happened (the sofa, a walk, tea, music...).

Why it exists: the same talk can feel very different on a walk than across
the kitchen table. Noting the setting lets "What works for us" show the
couple which settings felt closest *to them*, so they can choose, not be told.

Why it looks the way it does:

* **Everything is skippable.** Every field is optional and an all-empty
  :class:`Scene` is valid; no screen may insist on it (invitation, not control).
* **Stable ids, separate labels.** Stored values are short ids
  (``kitchen_table``) that never change; the English labels may be reworded
  or translated without touching the database.
* **Friendly errors that never quote.** Validation messages are meant for
  the screen and never repeat what someone typed (the note is private).
* **Pure.** No Qt and no database; ``time_of_day`` takes the time it is
  given, so the caller decides which clock that comes from.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

__all__ = [
    "DOING_LABELS",
    "FACTOR_LABELS",
    "MAX_SCENE_NOTE_CHARS",
    "MUSIC_LABELS",
    "WHEN_LABELS",
    "WHERE_LABELS",
    "Scene",
    "clean_note",
    "label_for",
    "music_id",
    "prefilled_scene",
    "time_of_day",
]

WHERE_LABELS: Final[Mapping[str, str]] = {
    "sofa": "Sofa",
    "kitchen_table": "Kitchen table",
    "bed": "Bed",
    "walk": "On a walk",
    "car": "In the car",
    "outside": "Outside",
    "bath": "Bath",
    "other": "Somewhere else",
}
"""Where the talk happened: stable id -> English label, in the order the screen shows them."""

WHEN_LABELS: Final[Mapping[str, str]] = {
    "morning": "Morning",
    "afternoon": "Afternoon",
    "evening": "Evening",
    "night": "Night",
}
"""Time of day: stable id -> English label. :func:`time_of_day` pre-fills it."""

DOING_LABELS: Final[Mapping[str, str]] = {
    "nothing_else": "Nothing else",
    "walking": "Walking",
    "eating": "Eating",
    "tea_coffee": "Tea or coffee",
    "driving": "Driving",
}
"""What else the couple was doing: stable id -> English label."""

MUSIC_LABELS: Final[Mapping[str, str]] = {"on": "Music on", "off": "No music"}
"""Music as shown in insights; a :class:`Scene` holds it as True / False / None."""

FACTOR_LABELS: Final[Mapping[str, str]] = {
    "where": "Where",
    "when": "When",
    "doing": "Doing",
    "music": "Music",
}
"""The scene factors that insights compare, with their headings."""

MAX_SCENE_NOTE_CHARS: Final = 200

_VOCABULARIES: Final[Mapping[str, Mapping[str, str]]] = {
    "where": WHERE_LABELS,
    "when": WHEN_LABELS,
    "doing": DOING_LABELS,
    "music": MUSIC_LABELS,
}

_FRIENDLY_NAMES: Final[Mapping[str, str]] = {
    "where": "place",
    "when": "time of day",
    "doing": "activity",
}


def time_of_day(when: datetime) -> str:
    """The ``when`` id for a wall-clock time, to pre-fill the scene.

    5:00-11:59 morning, 12:00-16:59 afternoon, 17:00-21:59 evening, else
    night. Uses the hour as given (pass local time), because "evening" is
    about the couple's day, not about UTC.
    """
    hour = when.hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def music_id(music: bool | None) -> str | None:
    """``True`` -> ``"on"``, ``False`` -> ``"off"``, None stays None (for insights and labels)."""
    if music is None:
        return None
    return "on" if music else "off"


def label_for(factor: str, value: str | bool | None) -> str | None:
    """The English label for a factor's value id (music also accepts a bool); None if unknown."""
    vocabulary = _VOCABULARIES.get(factor)
    if vocabulary is None or value is None:
        return None
    if factor == "music" and isinstance(value, bool):
        value = music_id(value)
    return vocabulary.get(str(value))


@dataclass(frozen=True, slots=True)
class Scene:
    """The setting of one talk. Every field is optional; an empty scene is fine.

    ``music`` is True (on), False (off) or None (not said). ``note`` is a
    short free text (trimmed, at most :data:`MAX_SCENE_NOTE_CHARS`; blank
    becomes None). It is left out of ``repr`` so a stray log line or crash
    report cannot carry it.
    """

    where: str | None = None
    when: str | None = None
    doing: str | None = None
    music: bool | None = None
    note: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        """Check every value against the vocabulary; tidy the note."""
        for factor in ("where", "when", "doing"):
            value = getattr(self, factor)
            if value is not None and (
                not isinstance(value, str) or value not in _VOCABULARIES[factor]
            ):
                raise ValueError(
                    f"Please pick the {_FRIENDLY_NAMES[factor]} from the list, or skip it."
                )
        if self.music is not None and not isinstance(self.music, bool):
            raise ValueError("Music can be on, off, or skipped.")
        object.__setattr__(self, "note", clean_note(self.note))

    @property
    def is_empty(self) -> bool:
        """True when nothing was filled in (the scene was skipped)."""
        return (
            self.where is None
            and self.when is None
            and self.doing is None
            and self.music is None
            and self.note is None
        )

    def factor_value(self, factor: str) -> str | None:
        """The stored id for ``factor`` (music as ``"on"``/``"off"``), or None if not given."""
        if factor == "music":
            return music_id(self.music)
        if factor not in _VOCABULARIES:
            raise ValueError(f"unknown scene factor {factor!r}")
        value: str | None = getattr(self, factor)
        return value

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for the bridge)."""
        return {
            "where": self.where,
            "when": self.when,
            "doing": self.doing,
            "music": self.music,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scene:
        """Rebuild (and re-validate) a scene; missing keys mean "skipped"."""
        unknown = set(data) - {"where", "when", "doing", "music", "note"}
        if unknown:
            raise ValueError(f"unknown scene fields: {', '.join(sorted(unknown))}")
        return cls(
            where=data.get("where"),
            when=data.get("when"),
            doing=data.get("doing"),
            music=data.get("music"),
            note=data.get("note"),
        )


def prefilled_scene(now: datetime) -> Scene:
    """A fresh scene with only the time of day filled in from ``now`` (the rest is up to them)."""
    return Scene(when=time_of_day(now))


def clean_note(note: str | None) -> str | None:
    """Trim and check a scene note; None when blank. The message never quotes the note."""
    if note is None:
        return None
    if not isinstance(note, str):
        raise ValueError("The note must be text.")
    cleaned = unicodedata.normalize("NFC", note).strip()
    if not cleaned:
        return None
    if len(cleaned) > MAX_SCENE_NOTE_CHARS:
        raise ValueError(f"Please keep the note to {MAX_SCENE_NOTE_CHARS} characters or fewer.")
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in cleaned):
        raise ValueError("The note has a character OpenUp can't show. Please retype it.")
    return cleaned
