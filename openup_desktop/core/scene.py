"""The scene: where and how a talk happened (the sofa, a walk, tea, music...).

Why it exists: the same talk can feel very different on a walk than across
the kitchen table. Noting the setting lets "What works for us" show the
couple which settings felt closest *to them*, so they can choose, not be told.

Why it looks the way it does:

* **Everything is skippable.** Every field is optional and an all-empty
  :class:`Scene` is valid; no screen may insist on it (invitation, not control).
* **Stable ids, separate labels.** Stored values are short ids
  (``kitchen_table``) that never change; the labels may be reworded or
  translated without touching the database. English tables are the
  ``*_LABELS`` constants; :func:`labels` and :func:`label_for` give them in
  another language (Spanish so far), falling back to English.
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

from openup_desktop.files.messages import Template

from .prompts import language_candidates

__all__ = [
    "DOING_LABELS",
    "FACTORS",
    "FACTOR_LABELS",
    "FIELDS",
    "MAX_SCENE_NOTE_CHARS",
    "MUSIC_LABELS",
    "WHEN_LABELS",
    "WHERE_LABELS",
    "Scene",
    "clean_note",
    "factor_label",
    "label_for",
    "labels",
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

FACTORS: Final = tuple(FACTOR_LABELS)
"""The factors chosen from a list (where, when, doing, music), in the order they are shown."""

FIELDS: Final = (*FACTORS, "note")
"""Everything a scene records: the factors and a short free note."""

MAX_SCENE_NOTE_CHARS: Final = 200

_VOCABULARIES: Final[Mapping[str, Mapping[str, str]]] = {
    "where": WHERE_LABELS,
    "when": WHEN_LABELS,
    "doing": DOING_LABELS,
    "music": MUSIC_LABELS,
}

_SPANISH: Final[Mapping[str, Mapping[str, str]]] = {
    "where": {
        "sofa": "Sofá",
        "kitchen_table": "Mesa de la cocina",
        "bed": "Cama",
        "walk": "De paseo",
        "car": "En el coche",
        "outside": "Al aire libre",
        "bath": "Bañera",
        "other": "En otro lugar",
    },
    "when": {
        "morning": "Mañana",
        "afternoon": "Tarde",
        "evening": "Anochecer",
        "night": "Noche",
    },
    "doing": {
        "nothing_else": "Nada más",
        "walking": "Caminando",
        "eating": "Comiendo",
        "tea_coffee": "Té o café",
        "driving": "Al volante",
    },
    "music": {"on": "Con música", "off": "Sin música"},
}

_SPANISH_FACTORS: Final[Mapping[str, str]] = {
    "where": "Dónde",
    "when": "Cuándo",
    "doing": "Actividad",
    "music": "Música",
}

#: Translated vocabularies by language code; English is ``_VOCABULARIES`` itself. A label
#: missing here falls back to English on its own, so a table can be filled in bit by bit.
_TRANSLATIONS: Final[Mapping[str, Mapping[str, Mapping[str, str]]]] = {"es": _SPANISH}
_FACTOR_TRANSLATIONS: Final[Mapping[str, Mapping[str, str]]] = {"es": _SPANISH_FACTORS}

#: One message per factor: other languages need the noun's gender in the whole sentence.
_PICK_FROM_LIST: Final[Mapping[str, Template]] = {
    "where": Template("scene.where_unknown", "Please pick the place from the list, or skip it."),
    "when": Template(
        "scene.when_unknown", "Please pick the time of day from the list, or skip it."
    ),
    "doing": Template("scene.doing_unknown", "Please pick the activity from the list, or skip it."),
}
MUSIC_INVALID = Template("scene.music_invalid", "Music can be on, off, or skipped.")
NOTE_NOT_TEXT = Template("scene.note_not_text", "The note must be text.")
NOTE_TOO_LONG = Template(
    "scene.note_too_long",
    "Please keep the note to {n} characters or fewer.",
    one="Please keep the note to {n} character or fewer.",
)
NOTE_UNSHOWABLE = Template(
    "scene.note_unshowable", "The note has a character OpenUp can't show. Please retype it."
)


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


def labels(factor: str, lang: str = "en") -> dict[str, str]:
    """A factor's vocabulary as id -> label in ``lang``, in the order the screen shows them.

    "es-MX" tries "es-mx", then "es"; any label not translated falls back to English on its
    own. Raises ValueError for a factor that does not exist.
    """
    english = _VOCABULARIES.get(factor)
    if english is None:
        raise ValueError(f"unknown scene factor {factor!r}")
    tables = [
        _TRANSLATIONS[code].get(factor, {})
        for code in language_candidates(lang)
        if code in _TRANSLATIONS
    ]
    return {
        value_id: next((t[value_id] for t in tables if t.get(value_id)), label)
        for value_id, label in english.items()
    }


def label_for(factor: str, value: str | bool | None, lang: str = "en") -> str | None:
    """The label for a factor's value id in ``lang`` (music also accepts a bool).

    Falls back to English when ``lang`` has no label; None if the factor or value is unknown.
    """
    if factor not in _VOCABULARIES or value is None:
        return None
    if factor == "music" and isinstance(value, bool):
        value = music_id(value)
    return labels(factor, lang).get(str(value))


def factor_label(factor: str, lang: str = "en") -> str | None:
    """The heading for a factor ("Where", "Dónde") in ``lang``; None if the factor is unknown."""
    english = FACTOR_LABELS.get(factor)
    if english is None:
        return None
    for code in language_candidates(lang):
        label = _FACTOR_TRANSLATIONS.get(code, {}).get(factor)
        if label:
            return label
    return english


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
                raise ValueError(_PICK_FROM_LIST[factor]())
        if self.music is not None and not isinstance(self.music, bool):
            raise ValueError(MUSIC_INVALID())
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
        raise ValueError(NOTE_NOT_TEXT())
    cleaned = unicodedata.normalize("NFC", note).strip()
    if not cleaned:
        return None
    if len(cleaned) > MAX_SCENE_NOTE_CHARS:
        raise ValueError(NOTE_TOO_LONG(n=MAX_SCENE_NOTE_CHARS))
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in cleaned):
        raise ValueError(NOTE_UNSHOWABLE())
    return cleaned
