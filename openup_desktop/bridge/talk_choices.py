"""What the talk screens offer, as the core defines it, in the couple's language.

The numbers (talk and turn lengths, breaks, closeness, scene factors, what may happen now) are
the core's; this module only gives each one a label the screen can show and a shape QML can bind
to. Labels are translated in the "TalkController" context, where the screens' other talk texts
live, so the catalogue keeps one entry per sentence.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from ..core.scene import FACTORS, factor_label
from ..core.talk import (
    BREAK_CHOICES_MINUTES,
    TALK_LENGTH_PRESETS,
    TURN_SECONDS_CHOICES,
    TalkState,
    actions_allowed,
)
from ..core.talk_history import talked_minutes
from ..core.thanks import CLOSENESS_CHOICES
from .core_messages import translated

#: what the screen calls each action of the core (``core.talk.ALLOWED_ACTIONS``)
ACTION_KEYS = {
    "pass": "pass_turn",
    "next": "next_prompt",
    "decline": "decline_prompt",
    "pause": "pause",
    "resume": "resume",
    "break": "take_break",
    "continue": "resume_from_break",
    "heard": "listener_confirmed",
    "more": "listener_wants_more",
    "end": "end",
}


def shown_seconds(seconds: float) -> int:
    """The whole seconds a timer shows: rounded up, so 0:00 shows only when time is really up."""
    return max(0, math.ceil(seconds - 1e-9))


def clock_text(seconds: float) -> str:
    """Whole seconds left as m:ss (see ``shown_seconds``)."""
    whole = shown_seconds(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_text(minutes: float) -> str:
    return translated(talked_minutes(minutes))


def break_choices() -> list[dict[str, object]]:
    named = {
        20: QCoreApplication.translate("TalkController", "In 20 minutes"),
        60: QCoreApplication.translate("TalkController", "In an hour"),
        180: QCoreApplication.translate("TalkController", "In 3 hours"),
        24 * 60: QCoreApplication.translate("TalkController", "Tomorrow"),
    }
    return [
        {
            "minutes": m,
            "label": named.get(m)
            or QCoreApplication.translate("TalkController", "In %1 minutes").replace("%1", str(m)),
        }
        for m in BREAK_CHOICES_MINUTES
    ]


def length_choices() -> list[dict[str, object]]:
    return [
        {
            "minutes": m,
            "label": QCoreApplication.translate("TalkController", "5 minutes · Short and sweet")
            if m == 5
            else QCoreApplication.translate("TalkController", "%1 minutes").replace("%1", str(m)),
        }
        for m in TALK_LENGTH_PRESETS
    ]


def turn_choices() -> list[dict[str, object]]:
    def label(seconds: int) -> str:
        if seconds == 60:
            return QCoreApplication.translate("TalkController", "1 minute")
        if seconds == 90:
            return QCoreApplication.translate("TalkController", "1½ minutes")
        return QCoreApplication.translate("TalkController", "%1 minutes").replace(
            "%1", f"{seconds / 60:g}"
        )

    return [{"seconds": s, "label": label(s)} for s in TURN_SECONDS_CHOICES]


def closeness_choices() -> list[dict[str, object]]:
    named = {
        1: QCoreApplication.translate("TalkController", "1 · A little"),
        3: QCoreApplication.translate("TalkController", "3 · Somewhat"),
        5: QCoreApplication.translate("TalkController", "5 · Very close"),
    }
    return [{"value": v, "label": named.get(v, str(v))} for v in CLOSENESS_CHOICES]


def scene_factors(language: str) -> list[dict[str, str]]:
    return [{"factor": f, "label": factor_label(f, language) or f} for f in FACTORS]


def can(state: TalkState | None) -> dict[str, bool]:
    """What the couple may do now, by the core's rules: buttons and keys follow this."""
    allowed = actions_allowed(state) if state is not None else frozenset()
    return {key: action in allowed for key, action in ACTION_KEYS.items()}
