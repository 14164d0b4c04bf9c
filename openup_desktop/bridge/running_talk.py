"""The running talk as the screen shows it (``RunningTalk`` in QML): who speaks, the prompt,
the times, and what may happen now.

The talk itself (its state machine and timers) is ``core.talk.Talk``, driven by
``TalkController``; this object reads the talk in memory and decides when QML must hear of it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..core.clock import Clock
from ..core.talk import LISTENER_STEP_SECONDS, Talk, TalkState
from ..core.thanks import THANKS_COUNT_SHOWN_FROM, THANKS_MAX, thank_you_phrases
from . import talk_choices
from .app_controller import AppController
from .localizer import Localizer
from .prompt_library import PromptLibrary
from .talk_choices import clock_text, shown_seconds
from .talk_setup import TalkSetup

translate = QCoreApplication.translate


class RunningTalk(QObject):
    """Owns how the talk in memory looks on screen, and when the screen must be told.

    Every property is read from the talk ``TalkController`` holds (none: the defaults), so it
    can never disagree with it. ``changed`` follows the controller's (the state, the speaker,
    the prompt); ``timesChanged`` is emitted only when a figure on screen changes, about once a
    second, not on every tick; ``announcement`` gives screen readers a sentence when the turn
    passes, 15 seconds remain or the talk ends. ``can`` says which actions the core allows now,
    so the screen holds no rule of its own.
    """

    changed = Signal()
    timesChanged = Signal()
    #: a sentence for screen readers: whose turn it is, 15 seconds left, the talk has ended
    announcement = Signal(str)
    wrapUpWordsChanged = Signal()

    def __init__(
        self,
        talk: Callable[[], Talk | None],
        couple: AppController,
        library: PromptLibrary,
        setup: TalkSetup,
        localizer: Localizer,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # only to say "today" or the day a break ends
        self._in_memory = talk
        self._couple = couple
        self._library = library
        self._setup = setup
        self._localizer = localizer
        self._last_shown = ("", "")
        self._last_times: tuple[object, ...] = ()
        self._warned = False
        # What the wrap-up screen holds so far, so that leaving can ask before typed thanks go.
        self.wrapup_draft: tuple[str, int, str, int] = ("", 0, "", 0)
        self._wrapup_typed = False

    @property
    def _talk(self) -> Talk | None:
        return self._in_memory()

    # ---------------------------------------------------------------------------- wrap-up ---

    @Slot(str, int, str, int, bool)
    def noteWrapUp(
        self, thanks0: str, rating0: int, thanks1: str, rating1: int, typed: bool
    ) -> None:
        """The wrap-up as it stands. Words a partner typed are theirs: closing the window asks
        before they go (a tapped phrase or rating is one tap to give again, so it does not)."""
        self.wrapup_draft = (thanks0, rating0, thanks1, rating1)
        self._set_wrapup_typed(typed)

    @Slot(str, result="QVariantMap")
    def thanksCount(self, typed: str) -> dict[str, object]:
        """How full a thank-you field is, counted as the core counts it: ``text`` is empty while
        far from the limit; ``full`` once the field stops taking more."""
        count = len(typed)
        if count < THANKS_COUNT_SHOWN_FROM:
            return {"text": "", "full": False}
        if count >= THANKS_MAX:
            sentence = translate("WrapUpScreen", "%1 of %2 characters: thanks stop here.")
            text = sentence.replace("%1", self._localizer.number(count)).replace(
                "%2", self._localizer.number(THANKS_MAX)
            )
            return {"text": text, "full": True}
        return {"text": self._localizer.characters_of(count, THANKS_MAX), "full": False}

    def forget_wrapup(self) -> None:
        """The wrap-up was saved or skipped: nothing is left to ask about."""
        self.wrapup_draft = ("", 0, "", 0)
        self._set_wrapup_typed(False)

    def _set_wrapup_typed(self, typed: bool) -> None:
        if typed != self._wrapup_typed:
            self._wrapup_typed = typed
            self.wrapUpWordsChanged.emit()

    # ------------------------------------------------------------------ telling the screen ---

    def forget_shown(self) -> None:
        """A talk was attached: everything it shows is new."""
        self._last_shown = ("", "")
        self._last_times = ()

    def announce_end(self) -> None:
        self.announcement.emit(
            translate("TalkController", "The talk has ended. Time to thank each other.")
        )

    def follow(self, talk: Talk) -> bool:
        """After the talk changed: announce what a screen reader should hear; True when the
        state, the speaker, the prompt or the turn shown has changed."""
        warning = talk.turn_warning and talk.state is TalkState.SPEAKING
        if warning and not self._warned:
            self.announcement.emit(
                translate("TalkController", "Less than 15 seconds left in this turn.")
            )
        self._warned = warning
        shown = (talk.state.value, f"{talk.speaker}:{talk.prompt_id}:{talk.turn_index}")
        if shown == self._last_shown:
            return False
        if talk.state is TalkState.SPEAKING and shown[1] != self._last_shown[1]:
            self.announcement.emit(
                translate("TalkController", "%1's turn.").replace(
                    "%1", self._couple.partnerName(talk.speaker)
                )
            )
        self._last_shown = shown
        return True

    def _shown_times(self) -> tuple[object, ...]:
        return (
            self._talk_remaining_text(),
            self._turn_remaining_text(),
            self._listener_remaining_text(),
            self._turn_warning(),
            self._turn_overtime(),
        )

    def emit_times_if_shown_differently(self) -> None:
        """Tell QML only when a figure on screen changes (about once a second, not every tick).

        Every notification re-evaluates bindings and schedules a frame; the display timer ticks
        four times a second so a second is never shown late, but the screen redraws only when
        what it shows has really changed. The fractions follow the displayed whole seconds.
        """
        shown = self._shown_times()
        if shown != self._last_times:
            self._last_times = shown
            self.timesChanged.emit()

    # ------------------------------------------------------------------------- properties ---

    def _state(self) -> str:
        talk = self._talk
        return talk.state.value if talk else ""

    def _paused_from(self) -> str:
        talk = self._talk
        return talk.resumes_to.value if talk and talk.resumes_to else ""

    def _speaker(self) -> int:
        talk = self._talk
        return talk.speaker if talk else 0

    def _listener_seat(self) -> int:
        talk = self._talk
        return talk.listener if talk else 1

    def _speaker_name(self) -> str:
        return self._couple.partnerName(self._speaker())

    def _speaker_colour(self) -> str:
        return self._couple.partnerColour(self._speaker())

    def _listener_name(self) -> str:
        return self._couple.partnerName(self._listener_seat())

    def _listener_colour(self) -> str:
        return self._couple.partnerColour(self._listener_seat())

    def _prompt_text(self) -> str:
        talk = self._talk
        return self._library.textOf(talk.prompt_id) if talk and talk.prompt_id else ""

    def _deck_name(self) -> str:
        talk = self._talk
        return self._library.deckNameOf(talk.prompt_id) if talk and talk.prompt_id else ""

    def _talk_remaining_text(self) -> str:
        talk = self._talk
        return clock_text(talk.talk_remaining if talk else 0.0)

    def _turn_remaining_text(self) -> str:
        talk = self._talk
        return clock_text(talk.turn_remaining) if talk else ""

    def _turn_fraction(self) -> float:
        talk = self._talk
        if talk is None:
            return 0.0
        return max(0.0, min(1.0, shown_seconds(talk.turn_remaining) / talk.settings.turn_seconds))

    def _talk_fraction(self) -> float:
        talk = self._talk
        if talk is None:
            return 0.0
        return max(0.0, min(1.0, shown_seconds(talk.talk_remaining) / talk.planned_seconds))

    def _turn_warning(self) -> bool:
        talk = self._talk
        return bool(talk and talk.turn_warning)

    def _turn_overtime(self) -> bool:
        talk = self._talk
        return bool(talk and talk.turn_overtime)

    def _listener_remaining_text(self) -> str:
        talk = self._talk
        remaining = talk.listener_step_remaining if talk else None
        return clock_text(remaining) if remaining is not None else ""

    def _listener_fraction(self) -> float:
        talk = self._talk
        remaining = talk.listener_step_remaining if talk else None
        if remaining is None:
            return 0.0
        return max(0.0, shown_seconds(remaining) / LISTENER_STEP_SECONDS)

    def _break_until_text(self) -> str:
        talk = self._talk
        until: datetime | None = talk.break_until if talk else None
        if until is None:
            return ""
        ends = until.astimezone()
        if ends.date() == self._clock.now().astimezone().date():
            return self._localizer.time(ends)  # "come back after 21:40", not after "Tuesday 21:40"
        return f"{self._localizer.weekday(ends.date())} {self._localizer.time(ends)}"

    def _end_reason(self) -> str:
        talk = self._talk
        return talk.end_reason.value if talk and talk.end_reason else ""

    def _talk_minutes(self) -> int:
        talk = self._talk
        return talk.settings.talk_minutes if talk else self._setup.choices.minutes

    def _thanks_phrases(self) -> list[str]:
        return list(thank_you_phrases(self._localizer.language))

    def _can(self) -> dict[str, bool]:
        talk = self._talk
        return talk_choices.can(talk.state if talk is not None else None)

    state = Property(str, _state, notify=changed)
    thanksMaxLength = Property(int, lambda self: THANKS_MAX, constant=True)
    #: the wrap-up holds words a partner typed and has not saved yet
    wrapUpHasWords = Property(bool, lambda self: self._wrapup_typed, notify=wrapUpWordsChanged)
    pausedFrom = Property(str, _paused_from, notify=changed)
    speaker = Property(int, _speaker, notify=changed)
    speakerName = Property(str, _speaker_name, notify=changed)
    speakerColour = Property(str, _speaker_colour, notify=changed)
    listenerName = Property(str, _listener_name, notify=changed)
    listenerColour = Property(str, _listener_colour, notify=changed)
    promptText = Property(str, _prompt_text, notify=changed)
    deckName = Property(str, _deck_name, notify=changed)
    endReason = Property(str, _end_reason, notify=changed)
    talkMinutes = Property(int, _talk_minutes, notify=changed)
    breakUntilText = Property(str, _break_until_text, notify=changed)
    can = Property(dict, _can, notify=changed)
    talkRemainingText = Property(str, _talk_remaining_text, notify=timesChanged)
    turnRemainingText = Property(str, _turn_remaining_text, notify=timesChanged)
    turnFraction = Property(float, _turn_fraction, notify=timesChanged)
    talkFraction = Property(float, _talk_fraction, notify=timesChanged)
    turnWarning = Property(bool, _turn_warning, notify=timesChanged)
    turnOvertime = Property(bool, _turn_overtime, notify=timesChanged)
    listenerRemainingText = Property(str, _listener_remaining_text, notify=timesChanged)
    listenerFraction = Property(float, _listener_fraction, notify=timesChanged)
    # PySide6's stubs take only Python types; list would make this a QVariantList, not the
    # QStringList QML has always been given.
    thanksPhrases = Property("QStringList", _thanks_phrases, notify=changed)  # type: ignore[arg-type]
