"""Warm words for the wrap-up: thanks one partner can give the other with a single tap.

Thanking the partner for every stretch, however small, is one of the app's five strategies
("celebrate progress, not perfection"). A ready phrase lowers the bar; writing one's own is
always possible. The phrases are written for OpenUp and never grade the talk.
"""

from __future__ import annotations

import unicodedata

THANKS_MAX = 500

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


def clean_thanks(text: str) -> str | None:
    """Trim a thank-you; None when empty. Raises ValueError with a friendly message if unusable."""
    cleaned = unicodedata.normalize("NFC", text).strip()
    if not cleaned:
        return None
    if len(cleaned) > THANKS_MAX:
        raise ValueError(f"Please keep your thanks under {THANKS_MAX} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in cleaned):
        raise ValueError("Your thanks has a character OpenUp can't show. Please retype it.")
    return cleaned
