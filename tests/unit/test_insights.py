"""What works for us: per-factor averages, best first, honest about little data."""

from __future__ import annotations

import pytest

from openup_desktop.core.insights import (
    FACTORS,
    MIN_RATED_TALKS,
    TOO_EARLY_TEXT,
    FactorValue,
    what_works,
)
from openup_desktop.core.scene import Scene


def summary(insights, factor):
    return [(v.value, v.average, v.count) for v in insights.factors[factor]]


def test_no_talks_is_too_early_and_lists_every_factor_empty():
    result = what_works([])
    assert result.rated_talks == 0
    assert not result.enough_data
    assert result.headline == TOO_EARLY_TEXT
    assert list(result.factors) == list(FACTORS) == ["where", "when", "doing", "music"]
    assert all(values == () for values in result.factors.values())


def test_fewer_than_five_rated_talks_is_too_early():
    pairs = [(Scene(where="sofa"), 5)] * (MIN_RATED_TALKS - 1)
    result = what_works(pairs)
    assert result.rated_talks == 4 and not result.enough_data
    # The numbers are still there, the screen just frames them as "too early".
    assert summary(result, "where") == [("sofa", 5.0, 4)]


def test_five_rated_talks_is_enough():
    result = what_works([(Scene(where="sofa"), 4)] * 5)
    assert result.enough_data and result.headline is None


def test_average_and_count_per_value_sorted_best_first():
    pairs = [
        (Scene(where="sofa", when="evening", music=True), 3),
        (Scene(where="sofa", when="evening", music=False), 5),
        (Scene(where="walk", when="morning", doing="walking", music=False), 5),
        (Scene(where="walk", when="evening", doing="walking"), 4),
        (Scene(where="kitchen_table", doing="eating", music=True), 2),
    ]
    result = what_works(pairs)
    assert result.rated_talks == 5 and result.enough_data
    assert summary(result, "where") == [
        ("walk", 4.5, 2),
        ("sofa", 4.0, 2),
        ("kitchen_table", 2.0, 1),
    ]
    assert summary(result, "when") == [("morning", 5.0, 1), ("evening", 4.0, 3)]
    assert summary(result, "doing") == [("walking", 4.5, 2), ("eating", 2.0, 1)]
    assert summary(result, "music") == [("off", 5.0, 2), ("on", 2.5, 2)]
    first = result.factors["where"][0]
    assert first == FactorValue(
        factor="where", value="walk", label="On a walk", average=4.5, count=2
    )
    assert result.factor_label("music") == "Music"


def test_ties_prefer_more_talks_then_vocabulary_order():
    pairs = [
        (Scene(where="car"), 4),
        (Scene(where="bed"), 4),
        (Scene(where="bed"), 4),
        (Scene(where="sofa"), 4),
        (Scene(where="outside"), 5),
    ]
    result = what_works(pairs)
    # outside is best; bed ties with sofa and car on 4.0 but rests on two talks;
    # sofa and car tie exactly and keep the vocabulary order (sofa is listed before car).
    assert [v.value for v in result.factors["where"]] == ["outside", "bed", "sofa", "car"]
    # Input order does not matter.
    again = what_works(list(reversed(pairs)))
    assert [v.value for v in again.factors["where"]] == ["outside", "bed", "sofa", "car"]


def test_missing_factors_add_nothing_for_that_factor():
    pairs = [(Scene(where="sofa"), 5), (Scene(music=True), 3), (Scene(doing="eating"), 4)]
    result = what_works(pairs)
    assert result.rated_talks == 3
    assert summary(result, "where") == [("sofa", 5.0, 1)]
    assert summary(result, "when") == []
    assert summary(result, "music") == [("on", 3.0, 1)]


@pytest.mark.parametrize("bad", [None, 0, 6, -1, True, 4.5, "5"])
def test_unrated_or_invalid_ratings_are_ignored(bad):
    pairs = [(Scene(where="sofa"), 5)] * 4 + [(Scene(where="bed"), bad)]
    result = what_works(pairs)
    assert result.rated_talks == 4 and not result.enough_data
    assert summary(result, "where") == [("sofa", 5.0, 4)]


def test_skipped_scenes_do_not_count_towards_enough_data():
    pairs = [(Scene(where="sofa"), 4)] * 4 + [(Scene(), 5), (None, 5), (Scene(note="x"), 5)]
    result = what_works(pairs)
    assert result.rated_talks == 4 and not result.enough_data


def test_accepts_any_iterable():
    result = what_works((Scene(when="night"), c) for c in (1, 2, 3, 4, 5))
    assert summary(result, "when") == [("night", 3.0, 5)]
