"""Unit tests for the passphrase policy: length, the common-password list, the estimate."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openup_desktop.vault import passphrase_policy
from openup_desktop.vault.passphrase_policy import (
    LIST_FILE,
    MSG_COMMON,
    MSG_GUESSABLE,
    MSG_PATTERN,
    MSG_PERSONAL,
    MSG_TOO_LONG,
    MSG_TOO_SHORT,
    Strength,
    check_passphrase,
    common_password_ranks,
    estimate_bits,
    is_simple_pattern,
    personal_words,
)


def test_list_has_ten_thousand_ranked_entries() -> None:
    ranks = common_password_ranks()
    assert len(ranks) == 10_000
    assert ranks["123456"] == 0 and ranks["password"] == 1
    assert all(word == word.lower() for word in ranks)


@pytest.mark.parametrize(
    "common", ["password123", "PASSWORD123", "PassWord123", "qwertyuiop", "1234567890"]
)
def test_common_passwords_refused_case_insensitively(common: str) -> None:
    result = check_passphrase(common)
    assert result.ok is False
    assert result.problems == (MSG_COMMON,)  # the list itself said no, not some other rule
    assert result.strength is Strength.VERY_WEAK


def test_ten_characters_minimum() -> None:
    assert MSG_TOO_SHORT in check_passphrase("kz8#pq2m!").problems  # 9
    assert check_passphrase("kz8#pq2m!x").ok  # 10
    assert MSG_TOO_SHORT in check_passphrase("").problems


def test_too_long_refused() -> None:
    result = check_passphrase("correct horse battery staple " * 40)  # strong, but 1,160 long
    assert result.ok is False
    assert result.problems == (MSG_TOO_LONG,)
    assert check_passphrase("x" * 1025).ok is False
    assert check_passphrase("correct horse battery staple " * 35).ok is True  # 1,015: fine


@pytest.mark.parametrize("weak", ["aaaaaaaaaaaa", "abcdefghijkl", "          ", "1111122222"])
def test_patterns_refused(weak: str) -> None:
    result = check_passphrase(weak)
    assert not result.ok and MSG_PATTERN in result.problems


def test_strength_grows_with_unrelated_words() -> None:
    levels = [
        check_passphrase(p).strength
        for p in (
            "sunshine2024!",
            "ilovemyhusband",
            "river lamp cactus",
            "correct horse battery staple",
        )
    ]
    assert levels == sorted(levels)
    assert levels[0] < levels[-1]  # the estimate really tells them apart
    assert len(set(levels)) >= 3
    assert levels[-1] is Strength.VERY_STRONG


def test_labels_and_advice_are_plain_words() -> None:
    labels = [str(level.label) for level in Strength]  # what the meter shows
    assert labels == ["Very weak", "Weak", "Okay", "Strong", "Very strong"]
    for level in Strength:
        assert str(level.advice).endswith(".")
    result = check_passphrase("river lamp cactus march")
    assert result.ok and result.label == result.strength.label


@given(st.text(max_size=80))
def test_never_raises_and_is_consistent(text: str) -> None:
    result = check_passphrase(text)
    assert result.ok == (not result.problems)


# --- the limits, exactly ---------------------------------------------------------------------

#: Strong words, 1,024 characters: the longest passphrase the rules accept.
LONGEST = "correct horse battery staple " * 35 + "river lam"


def test_the_longest_passphrase_is_1024_characters_and_one_more_is_refused() -> None:
    assert len(LONGEST) == 1024
    assert check_passphrase(LONGEST).ok is True
    one_more = check_passphrase(LONGEST + "x")
    assert one_more.ok is False
    assert one_more.problems == (MSG_TOO_LONG,)


def test_a_passphrase_that_grows_past_the_limit_when_normalised_is_refused() -> None:
    # U+0958 is stored as two characters (NFC keeps it decomposed): 1,024 typed, 1,025 saved
    typed = LONGEST[:-1] + "\u0958"
    assert len(typed) == 1024
    result = check_passphrase(typed)
    assert result.ok is False
    assert result.problems == (MSG_TOO_LONG,)
    assert result.strength is Strength.VERY_WEAK


def test_the_meter_shows_the_advice_of_the_level_reached() -> None:
    for text in ("river lamp cactus march", "sunshine2024!", "short"):
        result = check_passphrase(text)
        assert result.advice == result.strength.advice
        assert result.label == result.strength.label


# --- why a passphrase is refused: the sentence must name the real reason -------------------


def test_ordinary_words_and_digits_are_refused_as_guessable_not_as_personal() -> None:
    # weak for zxcvbn (a common password plus a few characters), but no name, year or pattern
    result = check_passphrase("sunshine2024!", personal_words(["Bo", "Ana"], [2026, 2019]))
    assert result.ok is False
    assert result.problems == (MSG_GUESSABLE,)


def test_a_keyboard_walk_is_refused_as_a_pattern() -> None:
    result = check_passphrase("zxcvbnm,./asdf", personal_words(["Bo", "Ana"], [2026]))
    assert result.ok is False
    assert result.problems == (MSG_PATTERN,)


def test_the_names_written_backwards_are_still_personal() -> None:
    # zxcvbn finds "anA&oB" as the couple's "Bo&Ana" reversed: not literally one of their words
    result = check_passphrase("anA&oBrocks", personal_words(["Bo", "Ana"], [2026]))
    assert result.ok is False
    assert result.problems == (MSG_PERSONAL,)


def test_personal_words_are_the_app_each_name_their_pairings_and_the_years() -> None:
    words = personal_words([" Bo ", "", "   ", None, "Ana"], [2019, "2026"])  # type: ignore[list-item]
    assert words[:3] == ["OpenUp", "Bo", "Ana"]
    assert {"BoAna", "Bo&Ana", "Ana y Bo", "Ana and Bo"} <= set(words)
    assert words[-2:] == ["2019", "2026"]
    assert "" not in words and len(words) == len(set(words))


# --- the pattern floor (the module docstring's rule, written plainly) ----------------------


@pytest.mark.parametrize(
    ("char", "pool"),
    [("a", 26), ("z", 26), ("A", 26), ("Z", 26), ("0", 10), ("9", 10), ("~", 33), ("ñ", 100)],
)
def test_a_lone_character_costs_its_class_pool(char: str, pool: int) -> None:
    assert estimate_bits(char) == pytest.approx(math.log2(pool))


def test_a_repeated_character_costs_one_bit() -> None:
    lower = math.log2(26)
    assert estimate_bits("qqqq") == pytest.approx(lower + 3)
    assert estimate_bits("qqw") == pytest.approx(2 * lower + 1)


def test_a_step_up_or_down_the_alphabet_costs_two_bits() -> None:
    lower = math.log2(26)
    # b→c→d continue a sequence; a after d does not; the first character never does
    assert estimate_bits("bcda") == pytest.approx(2 * lower + 4)
    assert estimate_bits("4321") == pytest.approx(math.log2(10) + 6)


def test_a_common_password_inside_costs_its_rank() -> None:
    ranks = common_password_ranks()
    assert estimate_bits("password") == pytest.approx(math.log2(ranks["password"] + 1) + 1)
    assert estimate_bits("q123456") == pytest.approx(math.log2(26 + 10) + 1.0)  # rank 0
    letmein = math.log2(ranks["letmein"] + 1) + 1
    assert estimate_bits("xletmein") == pytest.approx(math.log2(26) + letmein)


def test_the_pattern_floor_starts_at_thirty_bits() -> None:
    assert not is_simple_pattern(30.0)
    assert is_simple_pattern(math.nextafter(30.0, 0.0))


# --- where the common-password list is found ------------------------------------------------


def _fake_install(root: Path, list_dir: str | None) -> Path:
    """A package tree with passphrase_policy.py in it and the list (if any) under ``list_dir``."""
    module = root / "site" / "openup_desktop" / "vault" / "passphrase_policy.py"
    module.parent.mkdir(parents=True)
    module.write_text("")
    if list_dir is not None:
        folder = root / list_dir
        folder.mkdir(parents=True)
        (folder / LIST_FILE).write_text("# test list\nHunter22\nletmein\n", encoding="utf-8")
    return module


@pytest.mark.parametrize(
    ("list_dir", "frozen"),
    [
        ("site/openup_desktop/_resources/assets/passwords", False),  # installed wheel
        ("bundle/assets/passwords", True),  # frozen app (PyInstaller)
        ("bundle/openup_desktop/_resources/assets/passwords", True),
    ],
)
def test_an_installed_or_frozen_app_finds_its_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, list_dir: str, frozen: bool
) -> None:
    module = _fake_install(tmp_path, list_dir)
    monkeypatch.setattr(passphrase_policy, "__file__", str(module))
    if frozen:
        monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert common_password_ranks.__wrapped__() == {"hunter22": 0, "letmein": 1}


def test_a_bundle_that_lost_its_list_refuses_to_judge_instead_of_accepting_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _fake_install(tmp_path, None)
    monkeypatch.setattr(passphrase_policy, "__file__", str(module))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    with pytest.raises(RuntimeError, match=LIST_FILE):
        common_password_ranks.__wrapped__()
