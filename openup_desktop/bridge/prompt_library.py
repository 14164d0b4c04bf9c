"""Decks, prompts and the couple's own "Ours" deck, as QML sees them."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Property, QObject, Signal, Slot

from ..core.catalogue import Catalogue, ours_number
from ..core.prompts import (
    MAX_CUSTOM_PROMPT_LENGTH,
    OURS_DECK_ID,
    Deck,
    LoadResult,
    Prompt,
    validate_custom_prompt_text,
)
from ..core.surprise import RECENT_WINDOW
from ..store.talks import TalkRepository
from .core_messages import translated
from .write_problems import returns_problem

log = logging.getLogger("openup.bridge.prompts")


class PromptLibrary(QObject):
    """Owns the catalogue of prompts in the interface language: the shipped decks, the couple's
    own "Ours" deck (added, edited and deleted here, stored through the talk repository) and
    the short-lived decks made from a source. It picks the next prompt ("Surprise us" starts
    gently and avoids what was asked lately) and gives any prompt's text and deck by id.
    """

    changed = Signal()
    statusChanged = Signal()

    def __init__(
        self,
        loaded: LoadResult,
        repo: TalkRepository,
        now: Callable[[], datetime],
        rng: random.Random | None = None,
        language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._loaded = loaded
        self._repo = repo
        self._now = now
        self._rng = rng or random.Random()
        self._language = language
        for problem in loaded.problems:
            log.warning("Prompt deck problem: %s", problem)
        self._catalogue = self._build()
        # Prompts made on the fly (from a source, from a reflection card), by id, and the
        # short-lived decks they belong to ("source:<id>") with their display names.
        self._dynamic: dict[str, Prompt] = {}
        self._dynamic_decks: dict[str, tuple[str, list[str]]] = {}

    def _build(self) -> Catalogue:
        own = [(p.id, p.text) for p in self._repo.custom_prompts()]
        return Catalogue.build(self._loaded.decks, own)

    def set_language(self, language: str) -> None:
        """Prompts follow the interface language (English when a deck has no translation)."""
        if language != self._language:
            self._language = language
            self.changed.emit()

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue

    def text_of(self, prompt: Prompt | None) -> str:
        return prompt.text_for(self._language) if prompt else ""

    def find(self, prompt_id: str) -> Prompt | None:
        if prompt_id in self._dynamic:
            return self._dynamic[prompt_id]
        if prompt_id.startswith("ask-"):
            return self._reflection_prompt(prompt_id)
        return self._catalogue.prompt(prompt_id)

    def _reflection_prompt(self, prompt_id: str) -> Prompt | None:
        from ..core.reflection_cards import question_as_prompt, shipped_cards

        for card in shipped_cards():
            for question in card.ask:
                if f"ask-{card.id}-{question.id}" == prompt_id:
                    return question_as_prompt(card.id, question.id)
        return None

    def use_deck(self, deck_key: str, name: str, prompts: list[Prompt]) -> None:
        """Offer ``prompts`` as a short-lived deck (a talk about one source, for example)."""
        for prompt in prompts:
            self._dynamic[prompt.id] = prompt
        self._dynamic_decks[deck_key] = (name, [p.id for p in prompts])

    def choose(self, deck_id: str | None, avoid: list[str] | tuple[str, ...] = ()) -> Prompt | None:
        """The next prompt by the Surprise rules (from one deck, or from all shipped decks)."""
        if deck_id and deck_id in self._dynamic_decks:
            ids = self._dynamic_decks[deck_id][1]
            fresh = [i for i in ids if i not in avoid] or ids
            return self._dynamic[fresh[0]] if fresh else None
        now = self._now()
        return self._catalogue.surprise(
            deck_id or None,
            self._repo.prompt_uses(now - RECENT_WINDOW - timedelta(days=1)),
            self._repo.past_talks(),
            now,
            self._rng,
            avoid=avoid,
        )

    # -- QML ------------------------------------------------------------------------------------

    def _decks(self) -> list[dict[str, object]]:
        return [
            {
                "id": d.id,
                "name": self._deck_name(d),
                "description": d.description_for(self._language),
                "count": len(d.prompts),
            }
            for d in self._catalogue.decks()
        ]

    @Slot(str, result="QVariantList")
    def promptsIn(self, deck_id: str) -> list[dict[str, object]]:
        if deck_id in self._dynamic_decks:
            return [
                {"id": i, "text": self.text_of(self._dynamic[i]), "depth": 1, "own": False}
                for i in self._dynamic_decks[deck_id][1]
            ]
        deck = self._catalogue.deck(deck_id)
        if deck is None:
            return []
        return [
            {"id": p.id, "text": self.text_of(p), "depth": p.depth, "own": deck.id == OURS_DECK_ID}
            for p in deck.prompts
        ]

    @Slot(str, result=str)
    def textOf(self, prompt_id: str) -> str:
        return self.text_of(self.find(prompt_id))

    @Slot(str, result=str)
    def deckNameOf(self, prompt_id: str) -> str:
        for name, ids in self._dynamic_decks.values():
            if prompt_id in ids:
                return name
        if prompt_id.startswith("ask-"):
            return "A question from the reflection cards"
        prompt = self._catalogue.prompt(prompt_id)
        deck = self._catalogue.deck(prompt.deck_id) if prompt else None
        return self._deck_name(deck) if deck is not None else ""

    def _deck_name(self, deck: Deck) -> str:
        return self.tr("Ours") if deck.id == OURS_DECK_ID else deck.name_for(self._language)

    @Slot(str, result=str)
    @returns_problem
    def addOwnPrompt(self, text: str) -> str:
        """Add to the "Ours" deck; returns '' or a friendly reason it was refused."""
        try:
            self._repo.add_custom_prompt(validate_custom_prompt_text(text))
        except ValueError as error:  # UnicodeEncodeError is one too: a lone surrogate
            return _friendly(error)
        self._refresh()
        return ""

    @Slot(str, str, result=str)
    @returns_problem
    def editOwnPrompt(self, prompt_id: str, text: str) -> str:
        number = ours_number(prompt_id)
        if number is None:
            return self.tr("Only your own prompts can be changed.")
        try:
            self._repo.edit_custom_prompt(number, validate_custom_prompt_text(text))
        except KeyError:
            return self.tr("That prompt no longer exists.")
        except ValueError as error:
            return _friendly(error)
        self._refresh()
        return ""

    @Slot(str)
    def deleteOwnPrompt(self, prompt_id: str) -> None:
        number = ours_number(prompt_id)
        if number is not None:
            self._repo.delete_custom_prompt(number)
            self._refresh()

    def _refresh(self) -> None:
        self._catalogue = self._build()
        self.changed.emit()

    def _problems(self) -> list[str]:
        return [str(p) for p in self._loaded.problems]

    def _status(self) -> str:
        shipped = self._loaded.decks
        count = sum(len(d.prompts) for d in shipped)
        # Two counts, two plural forms: the prompts' count is its own counted message.
        prompts = self.tr("%n prompt(s)", "", count)
        line = self.tr("%n deck(s) ready, with %1 in all.", "", len(shipped)).replace("%1", prompts)
        if self._loaded.problems:
            skipped = self.tr(
                "%n entry(ies) could not be used and were skipped:", "", len(self._loaded.problems)
            )
            line += " " + skipped
        return line

    def language_changed(self) -> None:
        """The status line is made in Python, so it is remade when the language changes."""
        self.statusChanged.emit()

    decks = Property(list, _decks, notify=changed)
    status = Property(str, _status, notify=statusChanged)
    customPromptMaxLength = Property(int, lambda self: MAX_CUSTOM_PROMPT_LENGTH, constant=True)
    # PySide6 takes a C++ type name here; its stubs allow only Python types, and `list` would
    # make this a QVariantList instead of the QStringList QML has always been given.
    problems = Property("QStringList", _problems, constant=True)  # type: ignore[arg-type]


def _friendly(error: ValueError) -> str:
    if isinstance(error, UnicodeError):
        return "The text has a character OpenUp can't show. Please retype it."
    return translated(error)
