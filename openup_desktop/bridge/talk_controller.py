"""The talk being held, as QML sees it (``Talk``): start it, act in it, hold it, wrap it up.

The rules live in ``core.talk`` (pure, fake-clock tested); this class only adapts them and
writes every step through the repository as it happens. The setup in progress is
``TalkSetup``'s, how the running talk looks on screen is ``RunningTalk``'s, its timers are
``TalkTimers``', earlier talks are ``TalkHistory``'s and refused writes wait in ``WriteRetry``.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Property, QObject, Signal, Slot

from ..core.clock import Clock
from ..core.talk import IllegalTransition, Talk, TalkState
from ..core.thanks import clean_closeness, clean_thanks
from ..store.scenes import SceneRepository
from ..store.talks import TalkRepository, status_for
from ..store.write_guard import WriteFailed, guarded_write
from .app_controller import AppController
from .core_messages import translated
from .localizer import Localizer
from .prompt_library import PromptLibrary
from .running_talk import RunningTalk
from .talk_setup import TalkSetup
from .talk_timers import TalkTimers
from .write_retry import WriteRetry

log = logging.getLogger("openup.bridge.talk")


class TalkController(QObject):
    """Owns the one talk in memory (running, paused, on a break or at its wrap-up) and its life.

    It starts a talk from ``TalkSetup``'s choices, passes every action of the couple to the
    core (``Talk``) and shows the wrap-up when the core refuses one because the time ran out;
    it holds both timers while an overlay covers the talk, saves a snapshot every few seconds
    and on every pause, and writes each step through the talk repository (``WriteRetry`` keeps
    writes the disk refused). ``phase`` says which screen the talk needs: setup, talk or
    wrap-up. ``RunningTalk`` (``display``) turns the talk into what the screen shows.
    """

    changed = Signal()
    historyChanged = Signal()
    started = Signal()
    writeProblemChanged = Signal()
    talkFinished = Signal()  # the wrap-up is done (saved or skipped): a good moment to back up

    def __init__(
        self,
        repo: TalkRepository,
        library: PromptLibrary,
        couple: AppController,
        clock: Clock,
        setup: TalkSetup,
        rng: random.Random | None = None,
        scenes: SceneRepository | None = None,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._setup = setup
        self._scenes = scenes
        self._repo = repo
        self._library = library
        self._clock = clock
        self._rng = rng or random.Random()
        self._talk: Talk | None = None
        self._talk_id: int | None = None
        self._untrack: Callable[[], None] | None = None
        self._phase = "setup"
        self._deck_id = ""
        self._display = RunningTalk(
            self.in_memory, couple, library, setup, localizer or Localizer(), clock, self
        )
        self.changed.connect(self._display.changed)  # its state, speaker, prompt… change too
        # Overlays open over a running talk (help, the break or end question, the quit
        # question): while any is open both timers wait; closing the last one resumes exactly.
        self._holds: set[str] = set()
        self._paused_by_hold = False

        # Writes that failed (full disk, read-only folder…) wait there, in order, and are
        # retried; the talk itself carries on in memory meanwhile.
        self._writes = WriteRetry(self)
        self._writes.problemChanged.connect(self.writeProblemChanged)
        self._writes.caughtUp.connect(self.historyChanged)

        self._timers = TalkTimers(self.tick, self._save_snapshot, self)

    @property
    def display(self) -> RunningTalk:
        """How this talk looks on screen (QML's ``RunningTalk``)."""
        return self._display

    @Slot(result=str)
    def currentTalkId(self) -> str:
        """The talk a moment kept from the wrap-up belongs to ('' when none)."""
        return str(self._talk_id) if self._talk_id is not None else ""

    @Slot(result=str)
    def currentPromptId(self) -> str:
        talk = self._talk
        return talk.prompt_id or "" if talk is not None else ""

    @Slot(result=str)
    def start(self) -> str:
        """Begin a talk with the setup choices; returns '' or a friendly reason it can't."""
        if self._talk is not None and self._talk.state is not TalkState.ENDED:
            return self.tr("A talk is already under way.")
        try:
            scene = self._setup.choices.scene(self._clock.now())
            settings = self._setup.choices.settings()
        except ValueError as error:
            return translated(error)
        prompt_id = self._setup.choices.prompt
        if not prompt_id:
            prompt = self._library.choose(self._setup.choices.deck or None)
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
        self._deck_id = self._setup.choices.deck
        self._setup.talk_started()
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
        self._display.forget_shown()
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
            self._paused_by_hold = self._is_paused()
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

    @Slot(result=str)
    def saveNotedWrapUp(self) -> str:
        """Save the wrap-up as the screen last noted it (closing the window offers this)."""
        return self.saveWrapUp(*self._display.wrapup_draft)

    @Slot()
    def finishWrapUp(self) -> None:
        finished = self._talk is not None
        self._display.forget_wrapup()
        self._detach()
        if finished:
            self.talkFinished.emit()
        self._phase = "setup"
        self.changed.emit()
        self.historyChanged.emit()

    def language_changed(self) -> None:
        """The interface language changed: texts made here are made again."""
        self.changed.emit()
        self.historyChanged.emit()

    def close(self) -> None:
        """On quit: keep the talk exactly where it is (snapshot), then stop every timer."""
        if self._talk is not None and self._talk.state is not TalkState.ENDED:
            self._save_snapshot()
        self._writes.close()
        self._timers.stop()
        self._talk = None

    def _detach(self) -> None:
        if self._untrack is not None:
            self._untrack()
        self._untrack = None
        self._talk = None
        self._talk_id = None
        self._timers.stop()

    # --------------------------------------------------------------------------- plumbing ---

    def _after_change(self) -> None:
        talk = self._talk
        if talk is None:
            return
        if talk.state is TalkState.ENDED and self._phase == "talk":
            self._phase = "wrapup"
            self._timers.stop()
            self._display.announce_end()
        self._timers.follow(self._talk)
        if self._display.follow(talk):
            self.changed.emit()
            self.historyChanged.emit()
        self._display.emit_times_if_shown_differently()

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

    def _is_paused(self) -> bool:
        return self._talk is not None and self._talk.state is TalkState.PAUSED

    def _held(self) -> bool:
        return bool(self._holds) and self._paused_by_hold

    phase = Property(str, _phase_get, notify=changed)
    writeProblem = Property(str, _write_problem_get, notify=writeProblemChanged)
    #: paused only because an overlay covers the talk (the screen needn't say "Paused")
    held = Property(bool, _held, notify=changed)
