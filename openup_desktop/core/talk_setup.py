"""What a couple chooses before a talk, and the rules for each choice.

The setup screen only binds to these: a length outside the allowed range, a turn length that is
not offered, a seat that does not exist or a scene factor that is not one are simply not taken.
Nothing here reads the clock or the disk: ``now`` is passed in, to pre-fill "when".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .scene import FIELDS, Scene, time_of_day
from .talk import APP_PICKS, MAX_TALK_MINUTES, MIN_TALK_MINUTES, TURN_SECONDS_CHOICES, TalkSettings

__all__ = ["LET_APP_PICK", "TalkChoices"]

#: ``first_speaker`` value on the setup screen meaning "let OpenUp pick who starts"
LET_APP_PICK = -1

_DEFAULTS = TalkSettings()


@dataclass
class TalkChoices:
    """The setup in progress: gentle defaults (five minutes, turns of a minute and a half)."""

    minutes: int = _DEFAULTS.talk_minutes
    turn_seconds: int = _DEFAULTS.turn_seconds
    first_speaker: int = LET_APP_PICK
    listener_step: bool = _DEFAULTS.listener_step
    deck: str = ""
    prompt: str = ""
    #: factor -> chosen value; None means "cleared", a missing factor means "not touched"
    scene_choices: dict[str, str | None] = field(default_factory=dict)

    # Each setter returns whether anything changed, so the screen is told only then.

    def set_minutes(self, value: int) -> bool:
        value = int(value)
        if not MIN_TALK_MINUTES <= value <= MAX_TALK_MINUTES or value == self.minutes:
            return False
        self.minutes = value
        return True

    def set_turn_seconds(self, value: int) -> bool:
        value = int(value)
        if value not in TURN_SECONDS_CHOICES or value == self.turn_seconds:
            return False
        self.turn_seconds = value
        return True

    def set_first_speaker(self, value: int) -> bool:
        value = int(value)
        if value not in (LET_APP_PICK, 0, 1) or value == self.first_speaker:
            return False
        self.first_speaker = value
        return True

    def set_listener_step(self, value: bool) -> bool:
        if bool(value) == self.listener_step:
            return False
        self.listener_step = bool(value)
        return True

    def set_deck(self, deck_id: str) -> bool:
        """A deck to draw from; a prompt chosen before belongs to another deck, so it goes."""
        if deck_id == self.deck:
            return False
        self.deck, self.prompt = deck_id, ""
        return True

    def set_prompt(self, prompt_id: str) -> bool:
        if prompt_id == self.prompt:
            return False
        self.prompt = prompt_id
        return True

    def ask_next(self, prompt_id: str) -> None:
        """A question from a reflection card opens the next talk, whatever deck was chosen."""
        self.deck, self.prompt = "", prompt_id

    # -- the scene --------------------------------------------------------------------------

    def choose_scene(self, factor: str, value: str, now: datetime) -> bool:
        """Choose one factor; the same value again (or '') clears it. The note is free text."""
        if factor not in FIELDS:
            return False
        if value == "" or (value == self.scene_value(factor, now) and factor != "note"):
            self.scene_choices[factor] = None
        else:
            self.scene_choices[factor] = value
        return True

    def scene_value(self, factor: str, now: datetime) -> str:
        """What the screen shows as chosen: "when" is pre-filled from the clock until touched."""
        if factor not in self.scene_choices:
            return time_of_day(now) if factor == "when" else ""
        value = self.scene_choices[factor]
        return "" if value is None else value

    def scene(self, now: datetime) -> Scene:
        """The scene to save with the talk (raises ValueError for a value not in the lists)."""
        music = self.scene_value("music", now)
        return Scene(
            where=self.scene_value("where", now) or None,
            when=self.scene_value("when", now) or None,
            doing=self.scene_value("doing", now) or None,
            music=None if not music else music == "on",
            note=self.scene_value("note", now) or None,
        )

    def settings(self) -> TalkSettings:
        """The talk's settings (raises ValueError, with the reason, for a bad combination)."""
        return TalkSettings(
            talk_minutes=self.minutes,
            turn_seconds=self.turn_seconds,
            first_speaker=APP_PICKS if self.first_speaker == LET_APP_PICK else self.first_speaker,
            listener_step=self.listener_step,
        )

    def talk_started(self) -> None:
        """The scene and the chosen prompt belonged to that talk; the lengths stay for the next."""
        self.scene_choices = {}
        self.prompt = ""
