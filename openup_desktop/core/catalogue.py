"""All prompts the couple can pick from: the shipped decks plus their own "Ours" deck.

The shipped decks come from data files, the couple's own prompts from the database; screens and
the talk only ever see this one catalogue, so a prompt id always resolves the same way.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from .prompts import OURS_DECK_ID, Deck, Prompt
from .surprise import choose_surprise, first_talks_pool
from .talk_history import PastTalk, PromptUse

OURS_PREFIX = f"{OURS_DECK_ID}-"
OURS_NAME = "Ours"
OURS_DESCRIPTION = "Prompts you wrote yourselves."


def ours_prompt_id(number: int) -> str:
    return f"{OURS_PREFIX}{number}"


def ours_number(prompt_id: str) -> int | None:
    """The database id behind an "Ours" prompt id, or None for a shipped prompt."""
    if not prompt_id.startswith(OURS_PREFIX):
        return None
    tail = prompt_id[len(OURS_PREFIX) :]
    return int(tail) if tail.isdigit() else None


@dataclass
class Catalogue:
    shipped: list[Deck]
    ours: list[Prompt] = field(default_factory=list)

    @classmethod
    def build(cls, shipped: Iterable[Deck], own_prompts: Iterable[tuple[int, str]]) -> Catalogue:
        """``own_prompts`` are (database id, text) pairs; they count as light (depth 1)."""
        ours = [
            Prompt(id=ours_prompt_id(n), deck_id=OURS_DECK_ID, text={"en": text}, depth=1)
            for n, text in own_prompts
        ]
        return cls(shipped=list(shipped), ours=ours)

    def decks(self) -> list[Deck]:
        ours = Deck(
            id=OURS_DECK_ID, name=OURS_NAME, description=OURS_DESCRIPTION, prompts=tuple(self.ours)
        )
        return [*self.shipped, ours]

    def deck(self, deck_id: str) -> Deck | None:
        return next((d for d in self.decks() if d.id == deck_id), None)

    def prompt(self, prompt_id: str) -> Prompt | None:
        for deck in self.decks():
            for prompt in deck.prompts:
                if prompt.id == prompt_id:
                    return prompt
        return None

    def pool(self, deck_id: str | None) -> Sequence[Prompt]:
        """Prompts "Surprise us" draws from: one deck, or every shipped deck."""
        if deck_id:
            deck = self.deck(deck_id)
            return deck.prompts if deck else ()
        return [p for d in self.shipped for p in d.prompts]

    def surprise(
        self,
        deck_id: str | None,
        uses: Sequence[PromptUse],
        past_talks: Sequence[PastTalk],
        now: datetime,
        rng: random.Random,
        avoid: Iterable[str] = (),
    ) -> Prompt | None:
        """A prompt by the Surprise rules, avoiding ``avoid`` (this talk's prompts) if possible."""
        pool = list(self.pool(deck_id))
        if deck_id is None:
            pool = first_talks_pool(pool, past_talks)
        if not pool:
            return None
        skip = set(avoid)
        fresh = [p for p in pool if p.id not in skip] or pool
        return choose_surprise(fresh, uses, past_talks, now, rng)
