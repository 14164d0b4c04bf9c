"""Warm words for the wrap-up: thanks one partner can give the other with a single tap.

Thanking the partner for every stretch, however small, is one of the app's five strategies
("celebrate progress, not perfection"). A ready phrase lowers the bar; writing one's own is
always possible. The phrases are written for OpenUp and never grade the talk.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from openup_desktop.files.messages import Template

from .prompts import language_candidates

THANKS_MAX = 500
#: From here on the wrap-up shows how many characters are left (80 % of the limit): a long
#: thank-you sees the end coming, a short one is not distracted by a counter.
THANKS_COUNT_SHOWN_FROM = THANKS_MAX * 4 // 5

THANKS_TOO_LONG = Template(
    "thanks.too_long",
    "Please keep your thanks under {n} characters.",
    one="Please keep your thanks under {n} character.",
)
THANKS_UNSHOWABLE = Template(
    "thanks.unshowable", "Your thanks has a character OpenUp can't show. Please retype it."
)

THANK_YOU_PHRASES: tuple[str, ...] = (
    "Thank you for sharing that with me.",
    "I liked hearing you think out loud.",
    "Thanks for giving this a go with me.",
    "That meant something to me.",
    "I feel closer to you after that.",
    "Thank you for listening so well.",
    "I'm glad we made the time.",
    "You made that easy for me.",
)
"""The English phrases, in the order the wrap-up shows them."""

_THANK_YOU_PHRASES_ES: tuple[str, ...] = (
    "Gracias por contarme eso.",
    "Me gustó escucharte pensar en voz alta.",
    "Gracias por intentarlo conmigo.",
    "Eso fue importante para mí.",
    "Después de esto me siento más cerca de ti.",
    "Gracias por escucharme tan bien.",
    "Me alegra que hayamos encontrado un rato.",
    "Me lo pusiste fácil.",
)

#: Phrases by language code; every language has as many phrases as English, in the same
#: order, so the n-th phrase means the same thing in each.
PHRASES_BY_LANGUAGE: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"en": THANK_YOU_PHRASES, "es": _THANK_YOU_PHRASES_ES}
)


def thank_you_phrases(lang: str = "en") -> tuple[str, ...]:
    """The ready phrases in ``lang`` ("es-MX" tries "es"), falling back to English."""
    for code in language_candidates(lang):
        phrases = PHRASES_BY_LANGUAGE.get(code)
        if phrases:
            return phrases
    return THANK_YOU_PHRASES


def clean_thanks(text: str) -> str | None:
    """Trim a thank-you; None when empty. Raises ValueError with a friendly message if unusable."""
    cleaned = unicodedata.normalize("NFC", text).strip()
    if not cleaned:
        return None
    if len(cleaned) > THANKS_MAX:
        raise ValueError(THANKS_TOO_LONG(n=THANKS_MAX))
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in cleaned):
        raise ValueError(THANKS_UNSHOWABLE())
    return cleaned


CLOSENESS_CHOICES: Final = (1, 2, 3, 4, 5)
"""How close a talk felt, from "a little" (1) to "very close" (5). Always optional."""


def clean_closeness(value: int) -> int | None:
    """A rating the couple gave (1-5), or None for "no rating" (anything else, 0 included)."""
    return value if type(value) is int and value in CLOSENESS_CHOICES else None
