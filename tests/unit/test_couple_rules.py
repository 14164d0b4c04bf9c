"""Names and colours at first run: what the couple is allowed to enter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openup_desktop.core.couple import (
    NAME_MAX,
    PARTNER_PALETTE,
    clean_name,
    name_in_sentence,
    validate_couple,
)

RED, BLUE = "#B4432F", "#2F5E8C"


def test_names_are_trimmed():
    assert validate_couple(("  Sam ", "\tAlex\n"), (RED, BLUE)) == ("Sam", "Alex")


@pytest.mark.parametrize("bad", ["", "   ", "\n\t"])
def test_empty_names_are_refused(bad):
    with pytest.raises(ValueError, match="enter a name"):
        clean_name(bad)


def test_forty_characters_is_the_limit():
    assert clean_name("x" * NAME_MAX) == "x" * NAME_MAX
    with pytest.raises(ValueError, match="40 characters"):
        clean_name("x" * (NAME_MAX + 1))


def test_control_characters_are_refused():
    with pytest.raises(ValueError, match="character"):
        clean_name("Sa\x00m")


def test_names_must_differ_ignoring_case():
    with pytest.raises(ValueError, match="different"):
        validate_couple(("Sam", "SAM"), (RED, BLUE))


def test_colours_must_be_from_the_palette_and_distinct():
    with pytest.raises(ValueError, match="palette"):
        validate_couple(("Sam", "Alex"), (RED, "#000000"))
    with pytest.raises(ValueError, match="two different colours"):
        validate_couple(("Sam", "Alex"), (RED, RED.lower()))


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("colour", list(PARTNER_PALETTE))
def test_white_text_is_readable_on_every_partner_colour(colour):
    ratio = (1.0 + 0.05) / (_luminance(colour) + 0.05)
    assert ratio >= 4.5, f"{colour} gives only {ratio:.2f}:1 with white text"


@given(st.text(max_size=80))
def test_any_typed_name_is_either_refused_clearly_or_kept_trimmed(raw):
    try:
        name = clean_name(raw)
    except ValueError as error:
        assert str(error)
    else:
        assert name == name.strip() and 1 <= len(name) <= NAME_MAX


@pytest.mark.parametrize("trick", ["Sam\u200b", "\u200bSam", "Sam\ufeff"])
def test_invisible_characters_cannot_make_two_names_look_alike(trick):
    with pytest.raises(ValueError):
        validate_couple(("Sam", trick), (RED, BLUE))


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u202e"])
def test_a_name_of_only_invisible_or_reversing_marks_is_refused(invisible):
    with pytest.raises(ValueError):
        clean_name(invisible)
    with pytest.raises(ValueError):
        clean_name(f"Al{invisible}ex")


def test_right_to_left_names_with_direction_marks_are_kept():
    assert clean_name("\u200fנועה") == "\u200fנועה"


def test_closeness_is_one_to_five_or_no_rating():
    from openup_desktop.core.thanks import CLOSENESS_CHOICES, clean_closeness

    assert CLOSENESS_CHOICES == (1, 2, 3, 4, 5)
    assert [clean_closeness(v) for v in (1, 3, 5)] == [1, 3, 5]
    assert [clean_closeness(v) for v in (0, 6, -1)] == [None, None, None]
    assert clean_closeness(True) is None  # a bool is not a rating


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Sam", "Sam"),  # left to right: unchanged, so sentences read as before
        ("José-María", "José-María"),
        ("سارة", "\u2068سارة\u2069"),  # Arabic
        ("יעל", "\u2068יעל\u2069"),  # Hebrew
        ("Ana سارة", "\u2068Ana سارة\u2069"),  # mixed: the name keeps its own direction
        ("", ""),
    ],
)
def test_a_right_to_left_name_is_set_apart_in_a_sentence(name, shown):
    assert name_in_sentence(name) == shown
