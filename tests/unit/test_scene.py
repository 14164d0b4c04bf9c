"""The scene vocabulary and its validation: stable ids, labels, everything skippable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from openup_desktop.core.scene import (
    DOING_LABELS,
    MAX_SCENE_NOTE_CHARS,
    MUSIC_LABELS,
    WHEN_LABELS,
    WHERE_LABELS,
    Scene,
    label_for,
    music_id,
    prefilled_scene,
    time_of_day,
)

SECRET = "Kx9 we cried a little"


def test_vocabulary_ids_are_stable():
    # These ids are stored in the database: changing one is a migration, not a rename.
    assert list(WHERE_LABELS) == [
        "sofa",
        "kitchen_table",
        "bed",
        "walk",
        "car",
        "outside",
        "bath",
        "other",
    ]
    assert list(WHEN_LABELS) == ["morning", "afternoon", "evening", "night"]
    assert list(DOING_LABELS) == ["nothing_else", "walking", "eating", "tea_coffee", "driving"]
    assert list(MUSIC_LABELS) == ["on", "off"]


def test_every_value_has_an_english_label():
    for vocabulary in (WHERE_LABELS, WHEN_LABELS, DOING_LABELS, MUSIC_LABELS):
        for value_id, label in vocabulary.items():
            assert label and label[0].isupper(), value_id


@pytest.mark.parametrize(
    ("hour", "expected"),
    [
        (0, "night"),
        (4, "night"),
        (5, "morning"),
        (11, "morning"),
        (12, "afternoon"),
        (16, "afternoon"),
        (17, "evening"),
        (21, "evening"),
        (22, "night"),
        (23, "night"),
    ],
)
def test_time_of_day_boundaries(hour, expected):
    assert time_of_day(datetime(2025, 3, 14, hour, 59, tzinfo=UTC)) == expected
    assert time_of_day(datetime(2025, 3, 14, hour, 0, tzinfo=UTC)) == expected


def test_time_of_day_uses_the_given_local_hour():
    local = datetime(2025, 3, 14, 20, 0, tzinfo=timezone(timedelta(hours=9)))
    assert time_of_day(local) == "evening"  # 11:00 UTC, but evening where they are


def test_prefilled_scene_sets_only_the_time_of_day():
    scene = prefilled_scene(datetime(2025, 3, 14, 8, 0, tzinfo=UTC))
    assert scene == Scene(when="morning")


def test_everything_is_optional():
    scene = Scene()
    assert scene.is_empty
    assert scene.to_dict() == {
        "where": None,
        "when": None,
        "doing": None,
        "music": None,
        "note": None,
    }


def test_full_scene_round_trips():
    scene = Scene(where="walk", when="evening", doing="walking", music=False, note=" a nice one ")
    assert scene.note == "a nice one"
    assert not scene.is_empty
    assert Scene.from_dict(scene.to_dict()) == scene
    assert Scene.from_dict({"where": "sofa"}) == Scene(where="sofa")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("where", "moon", "place"),
        ("where", "Sofa", "place"),
        ("when", "noon", "time of day"),
        ("doing", "dancing", "activity"),
        ("where", 3, "place"),
    ],
)
def test_unknown_values_get_friendly_errors(field, value, message):
    with pytest.raises(ValueError, match=f"pick the {message} from the list, or skip it"):
        Scene(**{field: value})


@pytest.mark.parametrize("music", ["on", 1, 0, "yes"])
def test_music_is_a_bool_or_none(music):
    with pytest.raises(ValueError, match="Music can be on, off, or skipped"):
        Scene(music=music)


def test_note_limit_blank_and_no_quoting():
    assert Scene(note="   ").note is None
    assert Scene(note="x" * MAX_SCENE_NOTE_CHARS).note
    with pytest.raises(ValueError, match="200 characters") as err:
        Scene(note=SECRET + "x" * MAX_SCENE_NOTE_CHARS)
    assert "Kx9" not in str(err.value)
    with pytest.raises(ValueError, match="retype"):
        Scene(note="bad\x00char")


def test_note_never_in_repr():
    assert "Kx9" not in repr(Scene(where="sofa", note=SECRET))


def test_unknown_fields_refused():
    with pytest.raises(ValueError, match="unknown scene fields"):
        Scene.from_dict({"mood": "happy"})


def test_factor_values_and_labels():
    scene = Scene(where="bath", when="night", doing="tea_coffee", music=True)
    assert scene.factor_value("where") == "bath"
    assert scene.factor_value("music") == "on"
    assert Scene(music=False).factor_value("music") == "off"
    assert Scene().factor_value("music") is None
    with pytest.raises(ValueError):
        scene.factor_value("mood")
    assert label_for("where", "kitchen_table") == "Kitchen table"
    assert label_for("music", True) == "Music on"
    assert label_for("music", "off") == "No music"
    assert label_for("where", "moon") is None
    assert label_for("mood", "x") is None
    assert label_for("where", None) is None
    assert music_id(None) is None
