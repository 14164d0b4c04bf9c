"""Reflection cards: the shipped cards, the loader, and "ask my partner" with only its question."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

from openup_desktop.core.prompts import ALLOWED_TAGS, Prompt
from openup_desktop.core.reflection_cards import (
    DECK_ID,
    CardLoadResult,
    ReflectionCard,
    ask_prompt_id,
    load_cards,
    question_as_prompt,
    shipped_cards,
)

CARDS = Path(__file__).resolve().parents[2] / "assets" / "reflection" / "cards.json"

#: One card per common constraint, in the order the Reflection screen shows them.
EXPECTED_CARDS = (
    "feelings-as-weakness",
    "quiet-family",
    "hurt-before",
    "who-you-are",
    "stress-tiredness",
    "something-else",
)

#: Words that would diagnose or blame; the cards explain, they never label.
FORBIDDEN = re.compile(
    r"\b(disorder|trauma(?:tised|tized)?|diagnos\w*|pathology|symptom\w*|therap\w*|"
    r"your fault|their fault|blame them|you should have|why don't you|always|never opens?)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def shipped() -> CardLoadResult:
    return load_cards(CARDS)


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


# --- the shipped cards -----------------------------------------------------------------------


def test_shipped_cards_load_without_problems(shipped: CardLoadResult) -> None:
    assert shipped.ok, [str(p) for p in shipped.problems]
    assert tuple(c.id for c in shipped.cards) == EXPECTED_CARDS


def test_only_the_last_card_is_open(shipped: CardLoadResult) -> None:
    assert [c.id for c in shipped.cards if c.open] == ["something-else"]


def test_card_shapes(shipped: CardLoadResult) -> None:
    for card in shipped.cards:
        assert 3 <= _sentences(card.explanation) <= 5, card.id
        assert 2 <= len(card.reflect) <= 4, card.id
        assert 1 <= len(card.ask) <= 2, card.id
        for question in (*card.reflect, *card.ask):
            assert question.text.endswith("?"), question.id
            assert len(question.text) <= 200


def test_question_ids_are_unique_everywhere(shipped: CardLoadResult) -> None:
    ids = [q.id for c in shipped.cards for q in (*c.reflect, *c.ask)]
    assert len(ids) == len(set(ids))
    prompt_ids = [ask_prompt_id(c.id, q.id) for c in shipped.cards for q in c.ask]
    assert len(prompt_ids) == len(set(prompt_ids))


def test_words_stay_warm_and_free_of_labels(shipped: CardLoadResult) -> None:
    for card in shipped.cards:
        texts = [card.title, card.explanation, *(q.text for q in (*card.reflect, *card.ask))]
        for text in texts:
            assert not FORBIDDEN.search(text), (card.id, FORBIDDEN.search(text))


def test_reflect_questions_are_about_oneself(shipped: CardLoadResult) -> None:
    for card in shipped.cards:
        for question in card.reflect:
            assert re.search(r"\b(I|me|my)\b", question.text), question.id


def test_ask_questions_speak_to_the_partner(shipped: CardLoadResult) -> None:
    for card in shipped.cards:
        for question in card.ask:
            assert re.search(r"\byou(r)?\b", question.text, re.IGNORECASE), question.id


def test_the_example_time_of_day_question_is_there(shipped: CardLoadResult) -> None:
    card = shipped.card("stress-tiredness")
    assert card is not None
    assert any("time of day" in q.text for q in card.ask)


def test_who_you_are_card_names_identity_and_self_protection(shipped: CardLoadResult) -> None:
    # The third common constraint: being dismissed, disbelieved or hurt for who you are.
    card = shipped.card("who-you-are")
    assert card is not None
    text = card.explanation.lower()
    for needle in ("dismissed", "disbelieved", "who they are", "survival skill", "not a flaw"):
        assert needle in text, needle
    spanish = card.explanation_for("es").lower()
    for needle in ("no han creído", "ser quienes son", "sobrevivir", "no es un defecto"):
        assert needle in spanish, needle
    assert any("believe" in q.text for q in card.reflect)
    assert card.ask and all(q.depth >= 2 for q in card.ask)


def test_gender_role_card_carries_inexperience_and_the_size_of_a_share(
    shipped: CardLoadResult,
) -> None:
    card = shipped.card("feelings-as-weakness")
    assert card is not None
    text = card.explanation.lower()
    for needle in ("a man, or a woman", "resistance is usually inexperience", "feel huge"):
        assert needle in text, needle
    spanish = card.explanation_for("es").lower()
    for needle in ("un hombre, o una mujer", "falta de práctica", "muchísimo"):
        assert needle in spanish, needle


# --- ask my partner --------------------------------------------------------------------------


def test_question_as_prompt_carries_only_the_question(shipped: CardLoadResult) -> None:
    for card in shipped.cards:
        for question in card.ask:
            prompt = question_as_prompt(card.id, question.id, shipped.cards)
            assert isinstance(prompt, Prompt)
            assert prompt.id == f"ask-{card.id}-{question.id}"
            assert prompt.deck_id == DECK_ID == "reflection"
            assert dict(prompt.text) == dict(question.texts)
            assert prompt.text_for("en") == question.text
            assert prompt.text_for("es") == question.text_for("es") != question.text
            assert prompt.depth == question.depth
            assert set(prompt.tags) <= ALLOWED_TAGS
            for lang in prompt.text:
                assert card.explanation_for(lang) not in prompt.text_for(lang)


def test_question_as_prompt_takes_ids_only() -> None:
    # Nothing but ids (and optionally the cards) can go in, so a private note cannot travel.
    assert list(inspect.signature(question_as_prompt).parameters) == [
        "card_id",
        "question_id",
        "cards",
    ]
    field_names = {f.name for f in dataclasses.fields(Prompt)}
    assert field_names == {"id", "deck_id", "text", "depth", "tags"}


def test_question_as_prompt_uses_shipped_cards_by_default() -> None:
    assert shipped_cards()
    prompt = question_as_prompt("stress-tiredness", "easier-time")
    assert prompt.text_for("en") == "Is there a time of day when talking feels easier for you?"


def test_question_as_prompt_refuses_unknown_and_reflect_questions(
    shipped: CardLoadResult,
) -> None:
    with pytest.raises(KeyError):
        question_as_prompt("no-such-card", "easier-time", shipped.cards)
    with pytest.raises(KeyError):
        question_as_prompt("stress-tiredness", "no-such-question", shipped.cards)
    card = shipped.card("stress-tiredness")
    assert card is not None
    with pytest.raises(KeyError):
        question_as_prompt(card.id, card.reflect[0].id, shipped.cards)


# --- the loader ------------------------------------------------------------------------------


def _good_card(card_id: str = "one") -> dict[str, Any]:
    return {
        "id": card_id,
        "title": "A reason",
        "explanation": "One. Two. Three.",
        "reflect": [{"id": f"{card_id}-r1", "text": "Me?"}, {"id": f"{card_id}-r2", "text": "I?"}],
        "ask": [{"id": f"{card_id}-a1", "text": "You?", "depth": 1}],
    }


def _broken_variants() -> list[dict[str, Any]]:
    variants = []
    for change in (
        lambda c: c.update(id="Bad Id"),
        lambda c: c.update(title=""),
        lambda c: c.update(explanation=7),
        lambda c: c.update(reflect=c["reflect"][:1]),
        lambda c: c.update(reflect=c["reflect"] * 3),
        lambda c: c.update(ask=[]),
        lambda c: c.update(ask=c["ask"] * 3),
        lambda c: c["ask"][0].update(depth=5),
        lambda c: c["ask"][0].update(id=c["reflect"][0]["id"]),
        lambda c: c["ask"][0].update(text="  "),
        lambda c: c.update(open="yes"),
    ):
        card = copy.deepcopy(_good_card("broken"))
        change(card)
        variants.append(card)
    return variants


@pytest.mark.parametrize("broken", _broken_variants())
def test_loader_skips_a_bad_card_and_keeps_the_rest(tmp_path: Path, broken: dict[str, Any]) -> None:
    path = tmp_path / "cards.json"
    path.write_text(
        json.dumps({"schema": 1, "cards": [_good_card(), broken, _good_card("two")]}),
        encoding="utf-8",
    )
    result = load_cards(path)
    assert [c.id for c in result.cards] == ["one", "two"]
    assert len(result.problems) == 1


def test_loader_refuses_a_repeated_card_id(tmp_path: Path) -> None:
    path = tmp_path / "cards.json"
    path.write_text(json.dumps({"schema": 1, "cards": [_good_card(), _good_card()]}))
    result = load_cards(path)
    assert len(result.cards) == 1 and len(result.problems) == 1


@pytest.mark.parametrize(
    "content", ["{", "[]", json.dumps({"schema": 3, "cards": []}), json.dumps({"schema": 1})]
)
def test_loader_never_raises_for_a_broken_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "cards.json"
    path.write_text(content, encoding="utf-8")
    result = load_cards(path)
    assert result.cards == [] and len(result.problems) == 1


def test_cards_are_read_only(shipped: CardLoadResult) -> None:
    card: ReflectionCard = shipped.cards[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.title = "changed"  # type: ignore[misc]
    assert isinstance(card.reflect, tuple) and isinstance(card.ask, tuple)
