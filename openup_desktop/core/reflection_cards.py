"""Reflection cards: "what might be keeping my partner from opening up?"

Asking "how do I get my partner to open up?" puts all the weight on the quieter partner.
Turning it round ("what might be in the way?") makes room for understanding instead of
pressure. Each card names one common reason, explains it warmly and without blame, offers a
few questions the reflecting partner can ask *themselves*, and one or two kind questions they
may choose to ask their partner in a talk.

Why "ask my partner" builds a prompt from the question alone: whatever a partner writes
while reflecting is private and is sealed by the vault. The only thing that may reach the
shared screen is the question they picked, word for word, so ``question_as_prompt`` takes ids
and nothing else; there is no way to pass a note through it.

The cards are data (``assets/reflection/cards.json``), loaded by a forgiving loader that
reports problems and never raises, like the prompt decks. No Qt here.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from .prompts import DEFAULT_LANGUAGE, MAX_DEPTH, MIN_DEPTH, Prompt, pick_text, read_text_map

__all__ = [
    "DECK_ID",
    "PROMPT_ID_PREFIX",
    "SCHEMA_VERSION",
    "AskQuestion",
    "CardLoadResult",
    "CardProblem",
    "ReflectQuestion",
    "ReflectionCard",
    "ask_prompt_id",
    "load_cards",
    "question_as_prompt",
    "shipped_cards",
]

logger = logging.getLogger("openup.reflection")

SCHEMA_VERSION: Final = 1
#: Prompts built from "ask my partner" questions carry this deck id.
DECK_ID: Final = "reflection"
#: ... and ids of the form "ask-<card id>-<question id>".
PROMPT_ID_PREFIX: Final = "ask-"

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MAX_QUESTION_LENGTH: Final = 200


def _with_english(english: str, texts: Mapping[str, str]) -> Mapping[str, str]:
    # English always comes from the plain field, so the two can never disagree.
    merged = {DEFAULT_LANGUAGE: english}
    merged.update((k, v) for k, v in texts.items() if k != DEFAULT_LANGUAGE)
    return MappingProxyType(merged)


@dataclass(frozen=True, slots=True)
class ReflectQuestion:
    """A question the reflecting partner asks themselves; it stays on their side.

    ``text`` is English; ``texts`` maps language codes to the question, English included.
    """

    id: str
    text: str
    texts: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", _with_english(self.text, self.texts))

    def text_for(self, lang: str) -> str:
        """The question in ``lang``, falling back to its base language and then English."""
        return pick_text(self.texts, lang)


@dataclass(frozen=True, slots=True)
class AskQuestion:
    """A question kind enough to say aloud in a talk; ``depth`` as for deck prompts.

    ``text`` is English; ``texts`` maps language codes to the question, English included.
    """

    id: str
    text: str
    depth: int = 1
    texts: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", _with_english(self.text, self.texts))

    def text_for(self, lang: str) -> str:
        """The question in ``lang``, falling back to its base language and then English."""
        return pick_text(self.texts, lang)


@dataclass(frozen=True)
class ReflectionCard:
    """One common reason a partner may hold back, with questions for both directions.

    ``open`` marks the "something else" card, where the partner names the reason themselves.
    ``title`` and ``explanation`` are English; ``titles`` and ``explanations`` map language
    codes to the same, English included. Screens use the ``*_for(lang)`` accessors, which
    fall back to English like ``Prompt.text_for``.
    """

    id: str
    title: str
    explanation: str
    reflect: tuple[ReflectQuestion, ...]
    ask: tuple[AskQuestion, ...]
    open: bool = False
    titles: Mapping[str, str] = field(default_factory=dict, hash=False)
    explanations: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reflect", tuple(self.reflect))
        object.__setattr__(self, "ask", tuple(self.ask))
        object.__setattr__(self, "titles", _with_english(self.title, self.titles))
        object.__setattr__(self, "explanations", _with_english(self.explanation, self.explanations))

    def ask_question(self, question_id: str) -> AskQuestion | None:
        """The "ask my partner" question with this id, or None."""
        return next((q for q in self.ask if q.id == question_id), None)

    def title_for(self, lang: str) -> str:
        """The card's title in ``lang``, falling back to its base language and then English."""
        return pick_text(self.titles, lang)

    def explanation_for(self, lang: str) -> str:
        """The card's explanation in ``lang``, with the same fallback as ``title_for``."""
        return pick_text(self.explanations, lang)

    def reflect_for(self, lang: str) -> tuple[str, ...]:
        """The "reflect" questions in ``lang``, each falling back to English on its own."""
        return tuple(q.text_for(lang) for q in self.reflect)

    def ask_for(self, lang: str) -> tuple[str, ...]:
        """The "ask my partner" questions in ``lang``, each falling back to English."""
        return tuple(q.text_for(lang) for q in self.ask)


@dataclass(frozen=True)
class CardProblem:
    """Something in the cards file that could not be used; never quotes card text."""

    file_name: str
    message: str
    card_id: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        where = self.file_name
        if self.card_id is not None:
            where += f", card {self.card_id}"
        elif self.index is not None:
            where += f", entry #{self.index + 1}"
        return f"{where}: {self.message}"


@dataclass
class CardLoadResult:
    """What ``load_cards`` found: the usable cards and every problem skipped."""

    cards: list[ReflectionCard] = field(default_factory=list)
    problems: list[CardProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was skipped; the shipped file must always be ok."""
        return not self.problems

    def card(self, card_id: str) -> ReflectionCard | None:
        """Find a loaded card by id, so callers need not loop themselves."""
        return next((c for c in self.cards if c.id == card_id), None)


class _EntryProblem(Exception):
    """Internal signal: this card is unusable. Never escapes ``load_cards``."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any, what: str, limit: int, notes: list[str]) -> dict[str, str]:
    """A text field as a language map; bad translations are noted, bad English refuses."""

    def check(text: str) -> str:
        clean = text.strip()
        if not clean:
            raise ValueError("it is empty")
        if len(clean) > limit:
            raise ValueError(f"it is longer than {limit} characters")
        return clean

    try:
        texts, skipped = read_text_map(value, what, check)
    except ValueError as exc:
        raise _EntryProblem(str(exc)) from None
    notes.extend(skipped)
    return texts


def _questions(
    raw: Any, what: str, low: int, high: int, seen: set[str], notes: list[str]
) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not low <= len(raw) <= high:
        raise _EntryProblem(f'"{what}" must be a list of {low} to {high} questions')
    parsed: list[dict[str, Any]] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise _EntryProblem(f'"{what}" question {number} must be an object')
        question_id = item.get("id")
        if not isinstance(question_id, str) or not _ID_RE.fullmatch(question_id):
            raise _EntryProblem(f'"{what}" question {number} has a bad id {question_id!r}')
        if question_id in seen:
            raise _EntryProblem(f'question id "{question_id}" is used twice on this card')
        seen.add(question_id)
        parsed.append(
            {
                "id": question_id,
                "texts": _text(
                    item.get("text"),
                    f'"{what}" question {question_id}',
                    _MAX_QUESTION_LENGTH,
                    notes,
                ),
                "depth": item.get("depth", 1),
            }
        )
    return parsed


def _parse_card(entry: Any, seen_cards: set[str], notes: list[str]) -> ReflectionCard:
    """One card, or _EntryProblem; translations that had to be skipped go into ``notes``."""
    if not isinstance(entry, dict):
        raise _EntryProblem("entry must be an object")
    card_id = entry.get("id")
    if not isinstance(card_id, str) or not _ID_RE.fullmatch(card_id):
        raise _EntryProblem(f'"id" must be lower-case words joined by hyphens, found {card_id!r}')
    if card_id in seen_cards:
        raise _EntryProblem(f'card id "{card_id}" is already used earlier in this file')
    titles = _text(entry.get("title"), '"title"', 80, notes)
    explanations = _text(entry.get("explanation"), '"explanation"', 900, notes)
    seen_questions: set[str] = set()
    reflect = [
        ReflectQuestion(id=q["id"], text=q["texts"][DEFAULT_LANGUAGE], texts=q["texts"])
        for q in _questions(entry.get("reflect"), "reflect", 2, 4, seen_questions, notes)
    ]
    ask: list[AskQuestion] = []
    for q in _questions(entry.get("ask"), "ask", 1, 2, seen_questions, notes):
        if not _is_int(q["depth"]) or not MIN_DEPTH <= q["depth"] <= MAX_DEPTH:
            raise _EntryProblem(f'"depth" of ask question {q["id"]} must be 1, 2 or 3')
        ask.append(
            AskQuestion(
                id=q["id"], text=q["texts"][DEFAULT_LANGUAGE], depth=q["depth"], texts=q["texts"]
            )
        )
    is_open = entry.get("open", False)
    if not isinstance(is_open, bool):
        raise _EntryProblem('"open" must be true or false')
    return ReflectionCard(
        id=card_id,
        title=titles[DEFAULT_LANGUAGE],
        explanation=explanations[DEFAULT_LANGUAGE],
        reflect=tuple(reflect),
        ask=tuple(ask),
        open=is_open,
        titles=titles,
        explanations=explanations,
    )


def load_cards(path: Path) -> CardLoadResult:
    """Load reflection cards from ``path``, skipping what is broken; never raises.

    A missing or unreadable file, invalid JSON or another schema number gives no cards and
    one problem; a card with a bad field is skipped alone (a half-card could show a question
    without its context), and the others still load.
    """
    path = Path(path)
    result = CardLoadResult()
    entries: list[Any] = []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        result.problems.append(CardProblem(path.name, "file skipped: file does not exist"))
    except (OSError, UnicodeDecodeError) as exc:
        result.problems.append(
            CardProblem(path.name, f"file skipped: could not be read ({exc.__class__.__name__})")
        )
    except json.JSONDecodeError as exc:
        result.problems.append(
            CardProblem(
                path.name,
                f"file skipped: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            )
        )
    except RecursionError:
        result.problems.append(CardProblem(path.name, "file skipped: nested too deeply"))
    else:
        schema = raw.get("schema") if isinstance(raw, dict) else None
        if isinstance(schema, bool) or schema != SCHEMA_VERSION:
            result.problems.append(
                CardProblem(path.name, f'file skipped: "schema" must be {SCHEMA_VERSION}')
            )
        elif not isinstance(raw.get("cards"), list):
            result.problems.append(CardProblem(path.name, 'file skipped: "cards" is not a list'))
        else:
            entries = raw["cards"]
    seen_cards: set[str] = set()
    for index, entry in enumerate(entries):
        notes: list[str] = []
        try:
            card = _parse_card(entry, seen_cards, notes)
        except _EntryProblem as exc:
            card_id = entry.get("id") if isinstance(entry, dict) else None
            readable = card_id if isinstance(card_id, str) and _ID_RE.fullmatch(card_id) else None
            result.problems.append(CardProblem(path.name, str(exc), card_id=readable, index=index))
            continue
        # A bad translation only costs that language: the card loads and falls back to English.
        result.problems.extend(
            CardProblem(path.name, note, card_id=card.id, index=index) for note in notes
        )
        seen_cards.add(card.id)
        result.cards.append(card)
    for problem in result.problems:
        logger.warning("Reflection card problem: %s", problem)
    logger.info(
        "Loaded %d reflection card(s); %d problem(s)", len(result.cards), len(result.problems)
    )
    return result


@cache
def shipped_cards() -> tuple[ReflectionCard, ...]:
    """The cards that ship with OpenUp (loaded once; problems are logged by the loader)."""
    from openup_desktop.resources import asset

    return tuple(load_cards(asset("reflection", "cards.json")).cards)


def ask_prompt_id(card_id: str, question_id: str) -> str:
    """The prompt id for an "ask my partner" question: ``ask-<card id>-<question id>``."""
    return f"{PROMPT_ID_PREFIX}{card_id}-{question_id}"


def question_as_prompt(
    card_id: str, question_id: str, cards: Sequence[ReflectionCard] | None = None
) -> Prompt:
    """Turn a chosen "ask my partner" question into a talk prompt carrying only its text.

    The prompt's ``text`` carries the question in every language the card has, so the talk
    screen can show it with ``Prompt.text_for`` in whichever language is on. Only ids go in,
    so nothing the partner wrote privately can travel with the question.
    ``cards`` defaults to the shipped ones. Raises KeyError for an unknown card or question,
    and for a "reflect" question, because those are meant for oneself, not for the talk.
    """
    pool = shipped_cards() if cards is None else cards
    card = next((c for c in pool if c.id == card_id), None)
    if card is None:
        raise KeyError(f"no reflection card with id {card_id}")
    question = card.ask_question(question_id)
    if question is None:
        raise KeyError(f"card {card_id} has no ask-my-partner question {question_id}")
    return Prompt(
        id=ask_prompt_id(card.id, question.id),
        deck_id=DECK_ID,
        text=dict(question.texts),
        depth=question.depth,
        tags=("questions",),
    )
