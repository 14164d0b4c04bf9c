"""The talk as QML sees it: setup choices, the running talk with its timers, and the wrap-up.

The rules live in ``core.talk`` (pure, fake-clock tested); this class only adapts them: it
starts Qt timers at the moments the core says something will change, writes every step through
the repository as it happens, and turns the state into properties for the screen.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from ..core.clock import Clock
from ..core.scene import FACTORS, FIELDS, labels
from ..core.talk import (
    LISTENER_STEP_SECONDS,
    MAX_TALK_MINUTES,
    MIN_TALK_MINUTES,
    TALK_LENGTH_PRESETS,
    IllegalTransition,
    Talk,
    TalkState,
)
from ..core.talk_setup import TalkChoices
from ..core.thanks import clean_closeness, clean_thanks, thank_you_phrases
from ..store.couple import SettingsRepository
from ..store.scenes import SceneRepository
from ..store.talks import TalkRepository, status_for
from ..store.write_guard import WriteFailed, guarded_write
from . import talk_choices
from .app_controller import AppController
from .core_messages import translated
from .localizer import Localizer
from .prompt_library import PromptLibrary
from .talk_choices import clock_text, shown_seconds
from .write_retry import WriteRetry

log = logging.getLogger("openup.bridge.talk")

SNAPSHOT_EVERY_MS = 5000
DISPLAY_EVERY_MS = 250


class TalkController(QObject):
    changed = Signal()
    timesChanged = Signal()
    setupChanged = Signal()
    historyChanged = Signal()
    #: a sentence for screen readers: whose turn it is, 15 seconds left, the talk has ended
    announcement = Signal(str)
    started = Signal()
    writeProblemChanged = Signal()
    talkFinished = Signal()  # the wrap-up is done (saved or skipped): a good moment to back up

    def __init__(
        self,
        repo: TalkRepository,
        library: PromptLibrary,
        couple: AppController,
        clock: Clock,
        rng: random.Random | None = None,
        scenes: SceneRepository | None = None,
        settings: SettingsRepository | None = None,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._localizer = localizer or Localizer()
        self._scenes = scenes
        self._settings = settings
        self._repo = repo
        self._library = library
        self._couple = couple
        self._clock = clock
        self._rng = rng or random.Random()
        self._talk: Talk | None = None
        self._talk_id: int | None = None
        self._untrack: Callable[[], None] | None = None
        self._phase = "setup"
        self._deck_id = ""
        self._last_shown = ("", "")
        self._last_times: tuple[object, ...] = ()
        self._warned = False
        # Overlays open over a running talk (help, the break or end question, the quit
        # question): while any is open both timers wait; closing the last one resumes exactly.
        self._holds: set[str] = set()
        self._paused_by_hold = False
        # the setup in progress (its rules are the core's)
        self._choices = TalkChoices(prompt=settings.get("next_prompt", "") if settings else "")

        # Writes that failed (full disk, read-only folder…) wait there, in order, and are
        # retried; the talk itself carries on in memory meanwhile.
        self._writes = WriteRetry(self)
        self._writes.problemChanged.connect(self.writeProblemChanged)
        self._writes.caughtUp.connect(self.historyChanged)

        self._event_timer = QTimer(self)
        self._event_timer.setSingleShot(True)
        self._event_timer.timeout.connect(self.tick)
        self._display_timer = QTimer(self)
        self._display_timer.setInterval(DISPLAY_EVERY_MS)
        self._display_timer.timeout.connect(self.tick)
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setInterval(SNAPSHOT_EVERY_MS)
        self._snapshot_timer.timeout.connect(self._save_snapshot)
        library.changed.connect(self.setupChanged)

    # ----------------------------------------------------------------------------- setup ---

    def _get_minutes(self) -> int:
        return self._choices.minutes

    def _set_minutes(self, value: int) -> None:
        if self._choices.set_minutes(value):
            self.setupChanged.emit()

    def _get_turn_seconds(self) -> int:
        return self._choices.turn_seconds

    def _set_turn_seconds(self, value: int) -> None:
        if self._choices.set_turn_seconds(value):
            self.setupChanged.emit()

    def _get_first_speaker(self) -> int:
        return self._choices.first_speaker

    def _set_first_speaker(self, value: int) -> None:
        if self._choices.set_first_speaker(value):
            self.setupChanged.emit()

    def _get_listener(self) -> bool:
        return self._choices.listener_step

    def _set_listener(self, value: bool) -> None:
        if self._choices.set_listener_step(value):
            self.setupChanged.emit()

    @Slot(str)
    def askInNextTalk(self, prompt_id: str) -> None:
        """A question from a reflection card opens the couple's next talk (kept across restarts)."""
        self._choices.ask_next(prompt_id)
        if self._settings is not None:
            self._settings.set("next_prompt", prompt_id)
        self.setupChanged.emit()

    @Slot(result=str)
    def currentTalkId(self) -> str:
        """The talk a moment kept from the wrap-up belongs to ('' when none)."""
        return str(self._talk_id) if self._talk_id is not None else ""

    @Slot(result=str)
    def currentPromptId(self) -> str:
        talk = self._talk
        return talk.prompt_id or "" if talk is not None else ""

    def _get_setup_deck(self) -> str:
        return self._choices.deck

    def _set_setup_deck(self, deck_id: str) -> None:
        if self._choices.set_deck(deck_id):
            self.setupChanged.emit()

    def _get_setup_prompt(self) -> str:
        return self._choices.prompt

    def _set_setup_prompt(self, prompt_id: str) -> None:
        if self._choices.set_prompt(prompt_id):
            self.setupChanged.emit()

    def _setup_prompt_text(self) -> str:
        prompt = self._choices.prompt
        return self._library.textOf(prompt) if prompt else ""

    # -- the scene (optional; "when" is pre-filled from the clock) ---------------------------

    @Slot(str, str)
    def setScene(self, factor: str, value: str) -> None:
        """Choose (or, with the same value again or '', clear) one scene factor."""
        if self._choices.choose_scene(factor, value, self._clock.now()):
            self.setupChanged.emit()

    def _scene_value(self, factor: str) -> str:
        return self._choices.scene_value(factor, self._clock.now())

    @Slot(str, result=str)
    def sceneValue(self, factor: str) -> str:
        return self._scene_value(factor)

    def _scene_choices(self) -> dict[str, list[dict[str, str]]]:
        def pairs(choices: dict[str, str]) -> list[dict[str, str]]:
            return [{"id": k, "label": v} for k, v in choices.items()]

        lang = self._localizer.language
        return {factor: pairs(labels(factor, lang)) for factor in FACTORS}

    @Slot(result=str)
    def start(self) -> str:
        """Begin a talk with the setup choices; returns '' or a friendly reason it can't."""
        if self._talk is not None and self._talk.state is not TalkState.ENDED:
            return self.tr("A talk is already under way.")
        try:
            scene = self._choices.scene(self._clock.now())
            settings = self._choices.settings()
        except ValueError as error:
            return translated(error)
        prompt_id = self._choices.prompt
        if not prompt_id:
            prompt = self._library.choose(self._choices.deck or None)
            if prompt is None:
                return self.tr("That deck has no prompts yet. Add one, or pick another deck.")
            prompt_id = prompt.id
        talk = Talk(settings, prompt_id, self._clock, self._rng)
        try:
            talk_id = guarded_write(lambda: self._repo.create_talk(settings, talk.started_at))
        except WriteFailed as error:
            return translated(error)
        scenes = self._scenes
        if scenes is not None and not scene.is_empty:
            self._write(lambda: scenes.save_scene(talk_id, scene), "scene")
        self._attach(talk, talk_id)
        self._deck_id = self._choices.deck
        self._choices.talk_started()
        if self._settings is not None and self._settings.get("next_prompt", ""):
            self._settings.set("next_prompt", "")
        self._save_snapshot()
        log.info("Talk %d started (%d min)", talk_id, settings.talk_minutes)
        self.started.emit()
        self._after_change()
        return ""

    def _attach(self, talk: Talk, talk_id: int) -> None:
        self._talk = talk
        self._talk_id = talk_id
        self._untrack = self._repo.track(talk_id, talk, write=self._write)
        self._phase = "talk"
        self._last_shown = ("", "")
        self._last_times = ()
        self._holds.clear()
        self._paused_by_hold = False

    # ---------------------------------------------------------------------------- actions ---

    def _act(self, name: str, action: Callable[[Talk], object]) -> None:
        if self._talk is None:
            return
        try:
            action(self._talk)
        except IllegalTransition as error:
            # Usually "time was up a moment ago": the talk has ended; show the wrap-up.
            log.info("Ignored %s: %s", name, error.state.value)
        self._after_change()

    @Slot()
    def passTurn(self) -> None:
        self._act("pass", lambda t: t.pass_turn())

    @Slot()
    def togglePause(self) -> None:
        if self._talk is None:
            return
        if self._talk.state is TalkState.PAUSED:
            self._act("resume", lambda t: t.resume())
        elif self._talk.state in (TalkState.SPEAKING, TalkState.LISTENER_STEP):
            self._act("pause", lambda t: t.pause())

    @Slot()
    def nextPrompt(self) -> None:
        prompt = self._next_prompt()
        self._act("next", lambda t: t.next_prompt(prompt))

    @Slot()
    def declinePrompt(self) -> None:
        prompt = self._next_prompt()
        self._act("decline", lambda t: t.decline_prompt(prompt))

    def _next_prompt(self) -> str | None:
        avoid = self._talk.prompt_ids if self._talk else ()
        prompt = self._library.choose(self._deck_id or None, avoid=avoid)
        return prompt.id if prompt else None

    @Slot()
    def listenerConfirmed(self) -> None:
        self._act("heard", lambda t: t.listener_confirmed())

    @Slot()
    def listenerWantsMore(self) -> None:
        self._act("more", lambda t: t.listener_wants_more())

    @Slot(int)
    def takeBreak(self, minutes: int) -> None:
        self._act("break", lambda t: t.take_break(timedelta(minutes=int(minutes))))

    @Slot()
    def continueAfterBreak(self) -> None:
        self._act("continue", lambda t: t.resume_from_break())

    @Slot()
    def end(self) -> None:
        self._act("end", lambda t: t.end())

    @Slot(str)
    def hold(self, reason: str) -> None:
        """Something covers the talk: stop both timers until ``release(reason)``."""
        talk = self._talk
        if talk is None or self._phase != "talk":
            return
        if not self._holds and talk.state in (TalkState.SPEAKING, TalkState.LISTENER_STEP):
            self._act("hold", lambda t: t.pause())
            self._paused_by_hold = self._state() == TalkState.PAUSED.value
        self._holds.add(reason)
        self.changed.emit()

    @Slot(str)
    def release(self, reason: str) -> None:
        """The overlay is gone; if it was the last, the talk goes on exactly where it was."""
        if reason not in self._holds:
            return
        self._holds.discard(reason)
        if not self._holds and self._paused_by_hold:
            self._paused_by_hold = False
            talk = self._talk
            if talk is not None and talk.state is TalkState.PAUSED:
                self._act("release", lambda t: t.resume())
        self.changed.emit()

    @Slot()
    def keepForLater(self) -> None:
        """Closing mid-talk: pause, save exactly where it is; Home offers it next time."""
        talk = self._talk
        if talk is None:
            return
        self._holds.clear()
        self._paused_by_hold = False
        if talk.state in (TalkState.SPEAKING, TalkState.LISTENER_STEP):
            self._act("pause", lambda t: t.pause())
        self._save_snapshot()
        log.info("Talk %s kept for later", self._talk_id)

    @Slot()
    def tick(self) -> None:
        """Apply the clock (timers call this; tests call it after moving a fake clock)."""
        if self._talk is None:
            return
        self._talk.tick()
        self._after_change()

    # ----------------------------------------------------- a talk waiting (see TalkHistory) ---

    @property
    def clock(self) -> Clock:
        return self._clock

    def in_memory(self) -> Talk | None:
        """The talk this session holds (running, paused or on a break), if any."""
        return self._talk

    def resume(self, talk: Talk, talk_id: int) -> None:
        """Run a talk restored from its snapshot, exactly where it stopped."""
        self._attach(talk, talk_id)
        if talk.state is TalkState.ON_BREAK:
            talk.resume_from_break()
        log.info("Talk %d resumed", talk_id)
        self.started.emit()
        self._after_change()
        self.historyChanged.emit()

    def close_stored(self, talk_id: int) -> None:
        """Close a talk from an earlier session: kept as said, no longer offered."""
        self._write(lambda: self._repo.close_unfinished(talk_id), "close")
        log.info("Talk %d closed unfinished", talk_id)
        self.historyChanged.emit()

    def close_break(self) -> None:
        """Close the talk on a break in this session."""
        assert self._talk_id is not None
        talk_id = self._talk_id
        self._detach()
        self._phase = "setup"
        self._write(lambda: self._repo.close_unfinished(talk_id), "close")
        log.info("Talk %d closed during its break", talk_id)
        self.changed.emit()
        self.historyChanged.emit()

    # ----------------------------------------------------------------------------- wrap-up ---

    @Slot(str, int, str, int, result=str)
    def saveWrapUp(self, thanks0: str, rating0: int, thanks1: str, rating1: int) -> str:
        """Save what each partner chose to give (all optional); '' or a friendly problem."""
        if self._talk_id is None:
            return ""
        entries: list[tuple[int, str | None, int | None]] = []
        try:
            for seat, given, rated in ((0, thanks0, rating0), (1, thanks1, rating1)):
                entries.append((seat, clean_thanks(given), clean_closeness(rated)))
        except ValueError as error:
            return translated(error)
        talk_id = self._talk_id

        def saver(seat: int, thanks: str | None, rating: int | None) -> Callable[[], object]:
            return lambda: self._repo.save_wrapup(talk_id, seat, thanks, rating)

        for seat, thanks, rating in entries:
            if thanks is not None or rating is not None:
                self._write(saver(seat, thanks, rating), "wrap-up")
        log.info("Wrap-up saved for talk %d", self._talk_id)
        self.finishWrapUp()
        return ""

    @Slot()
    def finishWrapUp(self) -> None:
        finished = self._talk is not None
        self._detach()
        if finished:
            self.talkFinished.emit()
        self._phase = "setup"
        self.changed.emit()
        self.historyChanged.emit()

    def language_changed(self) -> None:
        """The interface language changed: texts made here are made again."""
        self.changed.emit()
        self.setupChanged.emit()
        self.historyChanged.emit()

    def close(self) -> None:
        """On quit: keep the talk exactly where it is (snapshot), then stop every timer."""
        if self._talk is not None and self._talk.state is not TalkState.ENDED:
            self._save_snapshot()
        self._writes.close()
        self._stop_timers()
        self._talk = None

    def _detach(self) -> None:
        if self._untrack is not None:
            self._untrack()
        self._untrack = None
        self._talk = None
        self._talk_id = None
        self._stop_timers()

    # --------------------------------------------------------------------------- plumbing ---

    def _after_change(self) -> None:
        talk = self._talk
        if talk is None:
            return
        if talk.state is TalkState.ENDED and self._phase == "talk":
            self._phase = "wrapup"
            self._stop_timers()
            self.announcement.emit(self.tr("The talk has ended. Time to thank each other."))
        self._schedule()
        warning = talk.turn_warning and talk.state is TalkState.SPEAKING
        if warning and not self._warned:
            self.announcement.emit(self.tr("About 15 seconds left in this turn."))
        self._warned = warning
        shown = (talk.state.value, f"{talk.speaker}:{talk.prompt_id}:{talk.turn_index}")
        if shown != self._last_shown:
            if talk.state is TalkState.SPEAKING and shown[1] != self._last_shown[1]:
                self.announcement.emit(
                    self.tr("%1's turn.").replace("%1", self._couple.partnerName(talk.speaker))
                )
            self._last_shown = shown
            self.changed.emit()
            self.historyChanged.emit()
        self._emit_times_if_shown_differently()

    def _shown_times(self) -> tuple[object, ...]:
        return (
            self._talk_remaining_text(),
            self._turn_remaining_text(),
            self._listener_remaining_text(),
            self._turn_warning(),
            self._turn_overtime(),
        )

    def _emit_times_if_shown_differently(self) -> None:
        """Tell QML only when a figure on screen changes (about once a second, not every tick).

        Every notification re-evaluates bindings and schedules a frame; the display timer ticks
        four times a second so a second is never shown late, but the screen redraws only when
        what it shows has really changed. The fractions follow the displayed whole seconds.
        """
        shown = self._shown_times()
        if shown != self._last_times:
            self._last_times = shown
            self.timesChanged.emit()

    def _schedule(self) -> None:
        talk = self._talk
        running = talk is not None and talk.state in (TalkState.SPEAKING, TalkState.LISTENER_STEP)
        if not running:
            self._stop_timers()
            if talk is not None and talk.state in (TalkState.PAUSED, TalkState.ON_BREAK):
                self._save_snapshot()
            return
        assert talk is not None
        wait = talk.seconds_until_next_event()
        if wait is not None:
            self._event_timer.start(max(0, math.ceil(wait * 1000)))
        if not self._display_timer.isActive():
            self._display_timer.start()
        if not self._snapshot_timer.isActive():
            self._snapshot_timer.start()

    def _stop_timers(self) -> None:
        self._event_timer.stop()
        self._display_timer.stop()
        self._snapshot_timer.stop()

    def _save_snapshot(self) -> None:
        talk = self._talk
        if talk is None or self._talk_id is None or talk.state is TalkState.ENDED:
            return
        talk_id, snapshot, status = self._talk_id, talk.snapshot(), status_for(talk.state)
        self._write(lambda: self._repo.save_snapshot(talk_id, snapshot, status), "snapshot")

    # ----------------------------------------------------------------------- write errors ---

    def _write(self, write: Callable[[], object], label: str) -> None:
        self._writes.write(write, label)

    @Slot()
    def retryWrites(self) -> None:
        """Try the waiting writes again (a timer does this; tests call it directly)."""
        self._writes.retry()

    def _write_problem_get(self) -> str:
        return self._writes.problem

    # ------------------------------------------------------------------------- properties ---

    def _phase_get(self) -> str:
        return self._phase

    def _state(self) -> str:
        return self._talk.state.value if self._talk else ""

    def _held(self) -> bool:
        return bool(self._holds) and self._paused_by_hold

    def _paused_from(self) -> str:
        talk = self._talk
        return talk.resumes_to.value if talk and talk.resumes_to else ""

    def _speaker(self) -> int:
        return self._talk.speaker if self._talk else 0

    def _listener_seat(self) -> int:
        return self._talk.listener if self._talk else 1

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

    def _talk_remaining(self) -> float:
        return self._talk.talk_remaining if self._talk else 0.0

    def _talk_remaining_text(self) -> str:
        return clock_text(self._talk_remaining())

    def _turn_remaining_text(self) -> str:
        return clock_text(self._talk.turn_remaining) if self._talk else ""

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
        return bool(self._talk and self._talk.turn_warning)

    def _turn_overtime(self) -> bool:
        return bool(self._talk and self._talk.turn_overtime)

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
        return f"{self._localizer.weekday(until.date())} {self._localizer.time(until)}"

    def _end_reason(self) -> str:
        talk = self._talk
        return talk.end_reason.value if talk and talk.end_reason else ""

    def _talk_minutes(self) -> int:
        return self._talk.settings.talk_minutes if self._talk else self._choices.minutes

    def _thanks_phrases(self) -> list[str]:
        return list(thank_you_phrases(self._localizer.language))

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

    def _can(self) -> dict[str, bool]:
        return talk_choices.can(self._talk.state if self._talk is not None else None)

    phase = Property(str, _phase_get, notify=changed)
    writeProblem = Property(str, _write_problem_get, notify=writeProblemChanged)
    state = Property(str, _state, notify=changed)
    #: paused only because an overlay covers the talk (the screen needn't say "Paused")
    held = Property(bool, _held, notify=changed)
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
    breakChoices = Property(list, _break_choices, notify=setupChanged)
    lengthChoices = Property(list, _length_choices, notify=setupChanged)
    minMinutes = Property(int, lambda self: MIN_TALK_MINUTES, constant=True)
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
    turnChoices = Property(list, _turn_choices, notify=setupChanged)
    closenessChoices = Property(list, _closeness_choices, notify=setupChanged)
    sceneFactors = Property(list, _scene_factors, notify=setupChanged)
    can = Property(dict, _can, notify=changed)

    setupMinutes = Property(int, _get_minutes, _set_minutes, notify=setupChanged)
    setupTurnSeconds = Property(int, _get_turn_seconds, _set_turn_seconds, notify=setupChanged)
    setupFirstSpeaker = Property(int, _get_first_speaker, _set_first_speaker, notify=setupChanged)
    setupListener = Property(bool, _get_listener, _set_listener, notify=setupChanged)
    setupDeck = Property(str, _get_setup_deck, _set_setup_deck, notify=setupChanged)
    setupPrompt = Property(str, _get_setup_prompt, _set_setup_prompt, notify=setupChanged)
    setupPromptText = Property(str, _setup_prompt_text, notify=setupChanged)
    sceneChoices = Property(dict, _scene_choices, notify=setupChanged)

    def _scene_map(self) -> dict[str, str]:
        return {f: self._scene_value(f) for f in FIELDS}

    scene = Property(dict, _scene_map, notify=setupChanged)
