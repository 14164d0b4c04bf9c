"""The next talk as it is being set up (``TalkSetup`` in QML), and the choices the screens offer.

The rules for a valid setup are in ``core/talk_setup.py`` (``TalkChoices``) and the lists of
lengths, breaks, closeness and scene factors are the core's (labelled in ``talk_choices``); this
bridge only turns them into properties QML binds to.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from ..core.clock import Clock
from ..core.scene import FACTORS, FIELDS, MAX_SCENE_NOTE_CHARS, labels
from ..core.talk import MAX_TALK_MINUTES, MIN_TALK_MINUTES, TALK_LENGTH_PRESETS
from ..core.talk_setup import TalkChoices
from ..store.couple import SettingsRepository
from . import talk_choices
from .localizer import Localizer
from .prompt_library import PromptLibrary


class TalkSetup(QObject):
    """Owns the setup in progress: length, turns, who starts, the listener step, deck, prompt
    and scene for the next talk, and the question "asked in the next talk" from a reflection
    card, which is kept in the settings so it survives a restart. ``TalkController.start`` reads
    it through ``choices`` and calls ``talk_started``; the lengths stay for the next talk, the
    prompt and the scene do not. It also offers every choice list the talk screens show
    (lengths, turns, breaks, closeness, scene factors), each from the core.
    """

    changed = Signal()

    def __init__(
        self,
        library: PromptLibrary,
        clock: Clock,
        settings: SettingsRepository | None = None,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._clock = clock
        self._settings = settings
        self._localizer = localizer or Localizer()
        self._choices = TalkChoices(prompt=settings.get("next_prompt", "") if settings else "")
        library.changed.connect(self.changed)

    @property
    def choices(self) -> TalkChoices:
        return self._choices

    def talk_started(self) -> None:
        """The talk took the prompt and the scene; a question asked for it is used up."""
        self._choices.talk_started()
        if self._settings is not None and self._settings.get("next_prompt", ""):
            self._settings.set("next_prompt", "")

    def language_changed(self) -> None:
        self.changed.emit()

    # ---------------------------------------------------------------------------- choices ---

    def _get_minutes(self) -> int:
        return self._choices.minutes

    def _set_minutes(self, value: int) -> None:
        if self._choices.set_minutes(value):
            self.changed.emit()

    def _get_turn_seconds(self) -> int:
        return self._choices.turn_seconds

    def _set_turn_seconds(self, value: int) -> None:
        if self._choices.set_turn_seconds(value):
            self.changed.emit()

    def _get_first_speaker(self) -> int:
        return self._choices.first_speaker

    def _set_first_speaker(self, value: int) -> None:
        if self._choices.set_first_speaker(value):
            self.changed.emit()

    def _get_listener(self) -> bool:
        return self._choices.listener_step

    def _set_listener(self, value: bool) -> None:
        if self._choices.set_listener_step(value):
            self.changed.emit()

    def _get_deck(self) -> str:
        return self._choices.deck

    def _set_deck(self, deck_id: str) -> None:
        if self._choices.set_deck(deck_id):
            self.changed.emit()

    def _get_prompt(self) -> str:
        return self._choices.prompt

    def _set_prompt(self, prompt_id: str) -> None:
        if self._choices.set_prompt(prompt_id):
            self.changed.emit()

    def _prompt_text(self) -> str:
        prompt = self._choices.prompt
        return self._library.textOf(prompt) if prompt else ""

    @Slot(str)
    def askInNextTalk(self, prompt_id: str) -> None:
        """A question from a reflection card opens the couple's next talk (kept across restarts)."""
        self._choices.ask_next(prompt_id)
        if self._settings is not None:
            self._settings.set("next_prompt", prompt_id)
        self.changed.emit()

    # -- the scene (optional; "when" is pre-filled from the clock) ---------------------------

    @Slot(str, str)
    def setScene(self, factor: str, value: str) -> None:
        """Choose (or, with the same value again or '', clear) one scene factor."""
        if self._choices.choose_scene(factor, value, self._clock.now()):
            self.changed.emit()

    @Slot(str, result=str)
    def sceneValue(self, factor: str) -> str:
        return self._choices.scene_value(factor, self._clock.now())

    def _scene_map(self) -> dict[str, str]:
        return {f: self.sceneValue(f) for f in FIELDS}

    def _scene_choices(self) -> dict[str, list[dict[str, str]]]:
        def pairs(choices: dict[str, str]) -> list[dict[str, str]]:
            return [{"id": k, "label": v} for k, v in choices.items()]

        lang = self._localizer.language
        return {factor: pairs(labels(factor, lang)) for factor in FACTORS}

    # -- the choices the screens offer come from the core (see talk_choices) ---------------

    def _break_choices(self) -> list[dict[str, object]]:
        return talk_choices.break_choices()

    def _length_choices(self) -> list[dict[str, object]]:
        return talk_choices.length_choices()

    def _turn_choices(self) -> list[dict[str, object]]:
        return talk_choices.turn_choices()

    def _closeness_choices(self) -> list[dict[str, object]]:
        return talk_choices.closeness_choices()

    def _scene_factors(self) -> list[dict[str, str]]:
        return talk_choices.scene_factors(self._localizer.language)

    minutes = Property(int, _get_minutes, _set_minutes, notify=changed)
    turnSeconds = Property(int, _get_turn_seconds, _set_turn_seconds, notify=changed)
    firstSpeaker = Property(int, _get_first_speaker, _set_first_speaker, notify=changed)
    listenerStep = Property(bool, _get_listener, _set_listener, notify=changed)
    deck = Property(str, _get_deck, _set_deck, notify=changed)
    prompt = Property(str, _get_prompt, _set_prompt, notify=changed)
    promptText = Property(str, _prompt_text, notify=changed)
    scene = Property(dict, _scene_map, notify=changed)
    sceneChoices = Property(dict, _scene_choices, notify=changed)
    sceneFactors = Property(list, _scene_factors, notify=changed)
    breakChoices = Property(list, _break_choices, notify=changed)
    lengthChoices = Property(list, _length_choices, notify=changed)
    turnChoices = Property(list, _turn_choices, notify=changed)
    closenessChoices = Property(list, _closeness_choices, notify=changed)
    minMinutes = Property(int, lambda self: MIN_TALK_MINUTES, constant=True)
    sceneNoteMaxLength = Property(int, lambda self: MAX_SCENE_NOTE_CHARS, constant=True)
    #: what "Other" starts from: the first length just above the shortest preset
    otherMinutesSuggestion = Property(
        int,
        lambda self: next(
            m
            for m in range(TALK_LENGTH_PRESETS[0] + 1, MAX_TALK_MINUTES + 1)
            if m not in TALK_LENGTH_PRESETS
        ),
        constant=True,
    )
    maxMinutes = Property(int, lambda self: MAX_TALK_MINUTES, constant=True)
