"""Plain facts about past talks, as the prompt and suggestion rules need them.

These live in core (not store) so that the rules which read them ("do not
surprise us with a prompt we just had", "suggest a longer talk only after
small successes") depend on simple values rather than on the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from openup_desktop.files.messages import Message, Template

__all__ = ["TALKED_MINUTES", "PastTalk", "PromptUse", "talked_minutes"]

TALKED_MINUTES = Template("talk_history.minutes", "{n} minutes", one="{n} minute")


def talked_minutes(minutes: float) -> Message:
    """How long a past talk lasted, in whole minutes: a talk of seconds still shows 1 minute."""
    return TALKED_MINUTES(n=max(1, round(minutes)))


@dataclass(frozen=True, slots=True)
class PromptUse:
    """A prompt was on screen during a talk (answered or declined) at ``used_at``.

    Declined prompts count as used too, so a prompt someone said "I'd rather
    not" to is not offered straight back to them (no nagging).
    """

    prompt_id: str
    used_at: datetime


@dataclass(frozen=True, slots=True)
class PastTalk:
    """A finished talk and how close it felt.

    ``closeness`` is 1–5, or None when nobody rated it. When both partners
    rated it, it is the *lower* of the two ratings: a talk only went well if
    it went well for both of them.
    """

    ended_at: datetime
    closeness: int | None = None
