"""A couple's first talks, when they let OpenUp choose, come from the gentlest deck (rule f)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from openup_desktop.core.catalogue import Catalogue
from openup_desktop.core.prompts import load_decks
from openup_desktop.core.surprise import GENTLE_FIRST_DECKS, LIGHT_ONLY_TALKS, PastTalk
from openup_desktop.resources import asset

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


def _past(n: int) -> list[PastTalk]:
    return [PastTalk(ended_at=NOW - timedelta(days=i + 1), closeness=5) for i in range(n)]


def test_the_first_three_surprises_never_carry_an_alarming_label() -> None:
    catalogue = Catalogue.build(load_decks(asset("prompts")).decks, [])
    for talks_so_far in range(LIGHT_ONLY_TALKS):
        for seed in range(40):
            prompt = catalogue.surprise(None, [], _past(talks_so_far), NOW, random.Random(seed))
            assert prompt is not None
            assert prompt.deck_id in GENTLE_FIRST_DECKS, (talks_so_far, prompt.id)
            assert prompt.depth == 1


def test_after_the_first_talks_every_deck_can_be_drawn() -> None:
    catalogue = Catalogue.build(load_decks(asset("prompts")).decks, [])
    decks = {
        catalogue.surprise(None, [], _past(LIGHT_ONLY_TALKS), NOW, random.Random(seed)).deck_id  # type: ignore[union-attr]
        for seed in range(200)
    }
    assert len(decks) > 3


def test_a_chosen_deck_is_honoured_even_in_the_first_talks() -> None:
    catalogue = Catalogue.build(load_decks(asset("prompts")).decks, [])
    prompt = catalogue.surprise("us", [], [], NOW, random.Random(1))
    assert prompt is not None and prompt.deck_id == "us"
