"""Unit tests for the passphrase policy: length, the common-password list, the estimate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openup_desktop.vault.passphrase_policy import (
    MSG_COMMON,
    MSG_PATTERN,
    MSG_TOO_LONG,
    MSG_TOO_SHORT,
    Strength,
    check_passphrase,
    common_password_ranks,
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
    for level in Strength:
        assert str(level.label) and str(level.advice).endswith(".")
    result = check_passphrase("river lamp cactus march")
    assert result.ok and result.label == result.strength.label


@given(st.text(max_size=80))
def test_never_raises_and_is_consistent(text: str) -> None:
    result = check_passphrase(text)
    assert result.ok == (not result.problems)
    assert result.bits >= 0
