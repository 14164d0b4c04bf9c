"""How much a moment or a note may hold, and which text can't be kept at all.

The sizes keep every sealed item inside the padding buckets the vault uses (so lengths leak
little) and keep a list of thousands of moments quick to open. The screens bind to these
numbers; nothing else repeats them.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MOMENT_MAX", "NOTE_MAX", "TITLE_MAX", "moment_fits", "unstorable"]

#: characters in a moment's text (and in a private reflection note)
MOMENT_MAX: Final = 10_000
NOTE_MAX: Final = MOMENT_MAX
#: characters in a moment's optional title
TITLE_MAX: Final = 120


def unstorable(text: str) -> bool:
    """A lone surrogate (half an emoji: it can't be stored as UTF-8) or a NUL character."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return "\x00" in text


def moment_fits(title: str, text: str) -> bool:
    """Something to keep, within the limits (both already stripped of outer spaces)."""
    return bool(text) and len(text) <= MOMENT_MAX and len(title) <= TITLE_MAX
