"""The limits of what a moment holds are one rule, used by the keep screen and the vault."""

from __future__ import annotations

from openup_desktop.vault.limits import MOMENT_MAX, TITLE_MAX, moment_fits, unstorable


def test_a_moment_needs_words_and_fits_the_limits() -> None:
    assert moment_fits("", "We laughed")
    assert not moment_fits("A title", "")
    assert moment_fits("t" * TITLE_MAX, "x" * MOMENT_MAX)
    assert not moment_fits("", "x" * (MOMENT_MAX + 1))
    assert not moment_fits("t" * (TITLE_MAX + 1), "We laughed")


def test_half_an_emoji_or_a_nul_cannot_be_stored() -> None:
    assert unstorable("\ud83d")
    assert unstorable("a\x00b")
    assert not unstorable("Ça va 😊 — ¿sí?")
