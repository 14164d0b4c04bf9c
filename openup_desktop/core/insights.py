"""What works for us: which settings felt closest, from the couple's own rated talks.

Why it is built like this:

* **Their data, their conclusion.** For each scene factor (where, when,
  doing, music) and each value, the average closeness and how many talks
  it rests on. The screen shows the numbers side by side; nothing here
  tells the couple what they *should* do.
* **Honest about little data.** With fewer than :data:`MIN_RATED_TALKS`
  rated talks that have a scene, :attr:`Insights.enough_data` is False and
  the screen says :data:`TOO_EARLY_TEXT` instead of drawing patterns from
  two evenings. A skipped scene says nothing about settings, so it does not
  count towards that threshold.
* **Unrated talks are ignored.** Rating is optional; a talk nobody rated
  is neither good nor bad evidence.
* **Stable order.** Best average first; ties go to the value with more
  talks behind it, then to the vocabulary order, so the list never
  shuffles between two visits with the same data.

Pure: no Qt, no database (the store provides the pairs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from openup_desktop.core.scene import (
    DOING_LABELS,
    FACTOR_LABELS,
    FACTORS,
    MUSIC_LABELS,
    WHEN_LABELS,
    WHERE_LABELS,
    Scene,
)

__all__ = [
    "FACTORS",
    "MIN_RATED_TALKS",
    "TOO_EARLY_TEXT",
    "FactorValue",
    "Insights",
    "what_works",
]

MIN_RATED_TALKS: Final = 5
TOO_EARLY_TEXT: Final = "Note the setting (room, time, music) for a few more talks, and OpenUp shows what suits you best."  # noqa: E501

_ORDER: Final[Mapping[str, Mapping[str, str]]] = {
    "where": WHERE_LABELS,
    "when": WHEN_LABELS,
    "doing": DOING_LABELS,
    "music": MUSIC_LABELS,
}


@dataclass(frozen=True, slots=True)
class FactorValue:
    """One value of one factor, e.g. where = sofa: average closeness over ``count`` talks."""

    factor: str
    value: str
    label: str
    average: float
    count: int


@dataclass(frozen=True, slots=True)
class Insights:
    """The summary for the Together screen.

    ``factors`` maps each of :data:`FACTORS` (always all four, in that
    order) to its values, best first; a factor nobody filled in has an
    empty tuple. ``rated_talks`` counts rated talks that have a scene.
    """

    rated_talks: int
    enough_data: bool
    factors: Mapping[str, tuple[FactorValue, ...]]

    @property
    def headline(self) -> str | None:
        """:data:`TOO_EARLY_TEXT` while there is not enough data, else None."""
        return None if self.enough_data else TOO_EARLY_TEXT

    def factor_label(self, factor: str) -> str:
        """The heading for a factor ("Where", "When"...)."""
        return FACTOR_LABELS[factor]


def _valid_closeness(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5:
        return value
    return None


def what_works(pairs: Iterable[tuple[Scene | None, int | None]]) -> Insights:
    """Aggregate ``(scene, closeness)`` pairs of talks into per-factor averages.

    Pairs without a valid closeness (1-5) or without any scene factor are
    ignored; within a talk, a skipped factor simply adds nothing to it.
    """
    totals: dict[str, dict[str, list[int]]] = {f: {} for f in FACTORS}
    rated = 0
    for scene, closeness in pairs:
        rating = _valid_closeness(closeness)
        if rating is None or scene is None:
            continue
        values = {f: scene.factor_value(f) for f in FACTORS}
        if all(v is None for v in values.values()):
            continue
        rated += 1
        for factor, value in values.items():
            if value is not None:
                totals[factor].setdefault(value, []).append(rating)

    factors: dict[str, tuple[FactorValue, ...]] = {}
    for factor in FACTORS:
        vocabulary = _ORDER[factor]
        position = {value: i for i, value in enumerate(vocabulary)}
        entries = [
            FactorValue(
                factor=factor,
                value=value,
                label=vocabulary.get(value, value),
                average=sum(ratings) / len(ratings),
                count=len(ratings),
            )
            for value, ratings in totals[factor].items()
        ]
        entries.sort(key=lambda e: (-e.average, -e.count, position.get(e.value, len(position))))
        factors[factor] = tuple(entries)
    return Insights(rated_talks=rated, enough_data=rated >= MIN_RATED_TALKS, factors=factors)
