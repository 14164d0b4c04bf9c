"""The talk: a small state machine for two partners taking turns on a prompt.

Why it looks the way it does:

* **Short is a feature.** A talk has a planned length and ends exactly then
  (``time_up``); nothing here ever adds time by itself. Partners can end
  earlier, or pause, or take a break, but the talk clock only ever runs down.
* **Nobody is cut off.** The turn timer only *suggests*: in the last
  :data:`TURN_WARNING_SECONDS` of a turn ``turn_warning`` is True, and after
  the turn length ``turn_overtime`` is True so the screen can gently suggest
  passing. The floor only moves when someone presses something.
* **Invitation, not control.** "I'd rather not" (:meth:`Talk.decline_prompt`)
  is always available while speaking and records the turn as ``declined``,
  with no penalty: the same partner keeps the floor with a fresh prompt, so
  declining never hands the other partner a turn they did not ask for and
  never counts as "the other one's turn was skipped".
* **Pure and testable.** No threads and no timers: the machine moves only on
  method calls and on :meth:`Talk.tick`, which applies the injected clock.
  :meth:`Talk.seconds_until_next_event` tells the Qt layer exactly when to
  call :meth:`Talk.tick` next, so one single-shot timer is enough.

Time model: every timer is measured on one *active-time* axis that runs only
while the talk is SPEAKING or in the LISTENER_STEP and is frozen otherwise.
Talk time, turn time and listener-step time are differences on that axis, so
pausing freezes all of them exactly, and they can never disagree.

Every user action first applies the clock. If the planned time is already
over when an action arrives, the talk ends (``time_up``, observers are told)
and the action then raises :class:`IllegalTransition` because the talk is
ENDED; the UI should treat that as "time was up a moment ago".
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Final, Literal

from openup_desktop.core.clock import Clock

__all__ = [
    "ALLOWED_ACTIONS",
    "APP_PICKS",
    "BREAK_CHOICES_MINUTES",
    "BREAK_MAX",
    "BREAK_MIN",
    "LISTENER_STEP_SECONDS",
    "MAX_TALK_MINUTES",
    "MIN_TALK_MINUTES",
    "SNAPSHOT_VERSION",
    "TALK_LENGTH_LABELS",
    "TALK_LENGTH_PRESETS",
    "TURN_SECONDS_CHOICES",
    "TURN_WARNING_SECONDS",
    "EndReason",
    "IllegalTransition",
    "Talk",
    "TalkSettings",
    "TalkState",
    "TurnOutcome",
    "TurnRecord",
    "actions_allowed",
]

# --- settings vocabulary -------------------------------------------------------------------

TALK_LENGTH_PRESETS: Final = (5, 10, 15)
"""Talk lengths offered as buttons; 5 is the default: a short talk that goes well builds trust."""

TALK_LENGTH_LABELS: Final[Mapping[int, str]] = {5: "Short and sweet"}
"""Friendly names for some presets, shown next to the minutes."""

MIN_TALK_MINUTES: Final = 2
MAX_TALK_MINUTES: Final = 30
TURN_SECONDS_CHOICES: Final = (60, 90, 120, 180)
APP_PICKS: Final = "app_picks"
"""``first_speaker`` value meaning "let the app pick", so nobody has to volunteer to go first."""

TURN_WARNING_SECONDS: Final = 15.0
LISTENER_STEP_SECONDS: Final = 30.0
BREAK_MIN: Final = timedelta(minutes=20)
BREAK_MAX: Final = timedelta(hours=24)
BREAK_CHOICES_MINUTES: Final = (20, 60, 180, 24 * 60)
"""The breaks offered (in 20 minutes, in an hour, in 3 hours, tomorrow); each within the bounds."""
SNAPSHOT_VERSION: Final = 1

_EPS: Final = 1e-6
"""Tolerance for 'this moment has been reached', so float rounding cannot make a tick miss."""


class TalkState(StrEnum):
    """Where the talk is. Values are stable strings, used in snapshots and the database."""

    SPEAKING = "speaking"
    LISTENER_STEP = "listener_step"
    PAUSED = "paused"
    ON_BREAK = "on_break"
    ENDED = "ended"


class EndReason(StrEnum):
    """Why a talk ended: the planned time ran out, or the partners chose to stop."""

    TIME_UP = "time_up"
    ENDED_EARLY = "ended_early"


class TurnOutcome(StrEnum):
    """How a turn closed.

    * ``passed`` - the speaker handed the floor on with "pass the turn".
    * ``spoke`` - the turn closed any other way while the speaker had the floor:
      "next prompt", ending the talk, or time running out.
    * ``declined`` - "I'd rather not": the prompt was passed without an answer.
    * ``listener`` - the listener step: the listener said back what they heard
      (the record's ``speaker`` is the listener, who was the one talking).
    """

    SPOKE = "spoke"
    PASSED = "passed"
    DECLINED = "declined"
    LISTENER = "listener"


_RUNNING: Final = frozenset({TalkState.SPEAKING, TalkState.LISTENER_STEP})

ALLOWED_ACTIONS: Final[Mapping[str, frozenset[TalkState]]] = {
    "pass_turn": frozenset({TalkState.SPEAKING}),
    "next_prompt": frozenset({TalkState.SPEAKING}),
    "decline_prompt": frozenset({TalkState.SPEAKING}),
    "pause": _RUNNING,
    "resume": frozenset({TalkState.PAUSED}),
    "take_break": frozenset({TalkState.SPEAKING, TalkState.LISTENER_STEP, TalkState.PAUSED}),
    "resume_from_break": frozenset({TalkState.ON_BREAK}),
    "listener_confirmed": frozenset({TalkState.LISTENER_STEP}),
    "listener_wants_more": frozenset({TalkState.LISTENER_STEP}),
    "end": frozenset(
        {TalkState.SPEAKING, TalkState.LISTENER_STEP, TalkState.PAUSED, TalkState.ON_BREAK}
    ),
}
"""Which action is legal in which state (``tick`` is legal everywhere). Also used by tests."""


def actions_allowed(state: TalkState) -> frozenset[str]:
    """The actions a couple may take now: the screen offers exactly these, and no others."""
    return frozenset(action for action, states in ALLOWED_ACTIONS.items() if state in states)


class IllegalTransition(Exception):
    """An action was asked for in a state where it makes no sense.

    Raised instead of silently ignoring the action, because a button that
    does nothing hides a bug in the UI wiring.
    """

    def __init__(self, action: str, state: TalkState) -> None:
        allowed = ALLOWED_ACTIONS.get(action, frozenset())
        where = ", ".join(s.value for s in TalkState if s in allowed) or "no state"
        super().__init__(
            f"{action}() is not possible while the talk is {state.value} (allowed while: {where})"
        )
        self.action = action
        self.state = state


# --- settings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TalkSettings:
    """How long the talk and its turns are, who starts, and whether to say back.

    Validated on creation so a bad value fails at setup time with a message
    a developer can act on, not halfway through a talk.
    """

    talk_minutes: int = 5
    turn_seconds: int = 90
    first_speaker: int | str = APP_PICKS
    listener_step: bool = False

    def __post_init__(self) -> None:
        """Reject anything outside the documented choices."""
        m = self.talk_minutes
        if isinstance(m, bool) or not isinstance(m, int):
            raise ValueError(f"talk length must be a whole number of minutes, got {m!r}")
        if not MIN_TALK_MINUTES <= m <= MAX_TALK_MINUTES:
            raise ValueError(
                f"talk length must be between {MIN_TALK_MINUTES} and {MAX_TALK_MINUTES} "
                f"minutes, got {m}"
            )
        t = self.turn_seconds
        if isinstance(t, bool) or t not in TURN_SECONDS_CHOICES:
            choices = ", ".join(str(c) for c in TURN_SECONDS_CHOICES)
            raise ValueError(f"turn length must be one of {choices} seconds, got {t!r}")
        f = self.first_speaker
        if not (f == APP_PICKS or (type(f) is int and f in (0, 1))):
            raise ValueError(f"who starts must be partner 0, partner 1 or {APP_PICKS!r}, got {f!r}")
        if not isinstance(self.listener_step, bool):
            raise ValueError(f"listener step must be True or False, got {self.listener_step!r}")

    @property
    def talk_seconds(self) -> float:
        """Planned talk length in seconds."""
        return float(self.talk_minutes * 60)

    @property
    def is_custom_length(self) -> bool:
        """True when the length is not one of the preset buttons."""
        return self.talk_minutes not in TALK_LENGTH_PRESETS

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, for snapshots and the talks table."""
        return {
            "talk_minutes": self.talk_minutes,
            "turn_seconds": self.turn_seconds,
            "first_speaker": self.first_speaker,
            "listener_step": self.listener_step,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TalkSettings:
        """Rebuild (and re-validate) settings from :meth:`to_dict` output."""
        unknown = set(data) - {"talk_minutes", "turn_seconds", "first_speaker", "listener_step"}
        if unknown:
            raise ValueError(f"unknown talk settings: {', '.join(sorted(unknown))}")
        return cls(**dict(data))


# --- turn records --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TurnRecord:
    """One finished turn, written to the store as it happens.

    ``duration_s`` counts only active time (pauses and breaks excluded), so
    it says how long someone actually had the floor.
    """

    index: int
    speaker: int
    prompt_id: str | None
    started_at: datetime
    duration_s: float
    outcome: TurnOutcome

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "index": self.index,
            "speaker": self.speaker,
            "prompt_id": self.prompt_id,
            "started_at": self.started_at.isoformat(),
            "duration_s": self.duration_s,
            "outcome": self.outcome.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TurnRecord:
        """Rebuild a record from :meth:`to_dict` output."""
        return cls(
            index=int(data["index"]),
            speaker=int(data["speaker"]),
            prompt_id=data["prompt_id"],
            started_at=_parse_aware(data["started_at"]),
            duration_s=float(data["duration_s"]),
            outcome=TurnOutcome(data["outcome"]),
        )


TurnObserver = Callable[[TurnRecord], None]
StateObserver = Callable[[TalkState, TalkState], None]


# --- the machine ---------------------------------------------------------------------------


class Talk:
    """A running talk between partner 0 and partner 1.

    Creating a Talk starts it: the first speaker has the floor with the
    first prompt and the clocks run. See the module docstring for the rules.
    """

    #: monotonic time the clocks last started running; None while they stand still
    _run_since: float | None

    def __init__(
        self,
        settings: TalkSettings,
        prompt_id: str | None,
        clock: Clock,
        rng: random.Random | None = None,
    ) -> None:
        """Start a talk now.

        ``rng`` resolves ``first_speaker == APP_PICKS``; inject a seeded one in
        tests. A fresh ``random.Random()`` is used when none is given.
        """
        first = settings.first_speaker
        if first == APP_PICKS:
            first = (rng or random.Random()).randrange(2)
        assert isinstance(first, int)
        self._setup(settings, clock)
        now = clock.now()
        self._started_at = now
        self._first_speaker = first
        self._speaker = first
        self._prompt_id = prompt_id
        self._note_prompt(prompt_id)
        self._state = TalkState.SPEAKING
        self._run_since = clock.monotonic()
        self._open_turn(first, now)

    def _setup(self, settings: TalkSettings, clock: Clock) -> None:
        """Fields shared by a fresh start and a restore."""
        self._settings = settings
        self._clock = clock
        self._plan = settings.talk_seconds
        self._state = TalkState.SPEAKING
        self._resume_to: TalkState | None = None
        self._active_base = 0.0
        self._run_since = None
        self._prompt_ids: list[str] = []
        self._records: list[TurnRecord] = []
        self._next_index = 0
        self._turn_speaker = 0
        self._turn_start_active = 0.0
        self._turn_started_at: datetime = clock.now()
        self._break_until: datetime | None = None
        self._end_reason: EndReason | None = None
        self._ended_at: datetime | None = None
        self._turn_observers: list[TurnObserver] = []
        self._state_observers: list[StateObserver] = []
        self._pending_records: list[TurnRecord] = []

    # --- observers -------------------------------------------------------------------------

    def on_turn_recorded(self, callback: TurnObserver) -> Callable[[], None]:
        """Call ``callback(record)`` for every finished turn; returns an unsubscribe function.

        Callbacks run after the action has fully completed, so the talk is in
        its new consistent state (``snapshot()`` is safe to call from them).
        """
        self._turn_observers.append(callback)
        return _unsubscriber(self._turn_observers, callback)

    def on_state_changed(self, callback: StateObserver) -> Callable[[], None]:
        """Call ``callback(old, new)`` after every successful action and after time-up.

        It fires for self-transitions too (e.g. SPEAKING -> SPEAKING when the
        floor or the prompt changes), so one observer can persist a snapshot
        after every change. Turn-record callbacks of the same action run first.
        """
        self._state_observers.append(callback)
        return _unsubscriber(self._state_observers, callback)

    # --- read-only view for the UI ---------------------------------------------------------

    @property
    def settings(self) -> TalkSettings:
        """The settings this talk runs with."""
        return self._settings

    @property
    def state(self) -> TalkState:
        """The current state."""
        return self._state

    @property
    def resumes_to(self) -> TalkState | None:
        """While PAUSED or ON_BREAK: the state that resuming returns to; otherwise None."""
        return self._resume_to

    @property
    def first_speaker(self) -> int:
        """Who started (after resolving "app picks")."""
        return self._first_speaker

    @property
    def speaker(self) -> int:
        """Who has the floor. In the listener step: the partner whose words are said back."""
        return self._speaker

    @property
    def listener(self) -> int:
        """The other partner (in the listener step: the one saying back)."""
        return 1 - self._speaker

    @property
    def prompt_id(self) -> str | None:
        """The prompt on screen."""
        return self._prompt_id

    @property
    def prompt_ids(self) -> tuple[str, ...]:
        """Every prompt shown in this talk, in order, declined ones included."""
        return tuple(self._prompt_ids)

    @property
    def started_at(self) -> datetime:
        """Wall-clock start of the talk."""
        return self._started_at

    @property
    def ended_at(self) -> datetime | None:
        """Wall-clock end, or None. For ``time_up`` it is the moment time ran out, not the tick."""
        return self._ended_at

    @property
    def end_reason(self) -> EndReason | None:
        """Why the talk ended, or None while it has not."""
        return self._end_reason

    @property
    def break_until(self) -> datetime | None:
        """While ON_BREAK: when the partners said they would continue (a plan, not a lock)."""
        return self._break_until

    @property
    def planned_seconds(self) -> float:
        """Planned talk length in seconds."""
        return self._plan

    @property
    def talk_elapsed(self) -> float:
        """Active talk seconds so far, never more than the planned length."""
        return self._active()

    @property
    def talk_remaining(self) -> float:
        """Talk seconds left, never negative."""
        return max(0.0, self._plan - self._active())

    @property
    def turn_index(self) -> int:
        """The index the open turn will have in its :class:`TurnRecord`."""
        return self._next_index

    @property
    def turn_elapsed(self) -> float:
        """Active seconds of the open turn (in the listener step: of the say-back)."""
        return max(0.0, self._active() - self._turn_start_active)

    @property
    def turn_remaining(self) -> float:
        """Seconds left of the open turn's allowance, never negative.

        The allowance is the turn length, or :data:`LISTENER_STEP_SECONDS` in
        the listener step.
        """
        return max(0.0, self._turn_allowance() - self.turn_elapsed)

    @property
    def turn_warning(self) -> bool:
        """True in the last 15 s of a speaker's turn (frozen while paused)."""
        if self._underlying() is not TalkState.SPEAKING:
            return False
        e = self.turn_elapsed
        t = float(self._settings.turn_seconds)
        return _reached(e, t - TURN_WARNING_SECONDS) and not _reached(e, t)

    @property
    def turn_overtime(self) -> bool:
        """True once a speaker's turn is over its length: suggest passing, never cut off."""
        if self._underlying() is not TalkState.SPEAKING:
            return False
        return _reached(self.turn_elapsed, float(self._settings.turn_seconds))

    @property
    def listener_step_remaining(self) -> float | None:
        """Seconds left of the say-back, never negative; None when no listener step is open."""
        if self._underlying() is not TalkState.LISTENER_STEP:
            return None
        return max(0.0, LISTENER_STEP_SECONDS - self.turn_elapsed)

    @property
    def listener_step_over(self) -> bool:
        """True once the say-back's 30 s are up; the speaker is invited to answer."""
        if self._underlying() is not TalkState.LISTENER_STEP:
            return False
        return _reached(self.turn_elapsed, LISTENER_STEP_SECONDS)

    @property
    def turns(self) -> tuple[TurnRecord, ...]:
        """Every finished turn so far."""
        return tuple(self._records)

    def seconds_until_next_event(self) -> float | None:
        """Seconds until something changes without anyone pressing anything.

        Those moments are: the turn warning starting, the turn length being
        reached, the listener step's 30 s ending, and the talk's planned end.
        Returns 0.0 when :meth:`tick` is due now, and None when nothing can
        happen by itself (paused, on a break, ended). The Qt layer arms one
        single-shot timer with this and calls :meth:`tick` when it fires.
        """
        if self._state not in _RUNNING:
            return None
        raw = self._raw_active()
        talk_left = self._plan - raw
        if talk_left <= _EPS:
            return 0.0
        candidates = [talk_left]
        elapsed = raw - self._turn_start_active
        if self._state is TalkState.SPEAKING:
            t = float(self._settings.turn_seconds)
            marks: Iterable[float] = (t - TURN_WARNING_SECONDS, t)
        else:
            marks = (LISTENER_STEP_SECONDS,)
        candidates.extend(m - elapsed for m in marks if not _reached(elapsed, m))
        return max(0.0, min(candidates))

    # --- actions ---------------------------------------------------------------------------

    def tick(self) -> None:
        """Apply the clock: end the talk with ``time_up`` once the planned time is reached.

        Legal in every state, so a late timer can never crash the UI.
        """
        old = self._state
        if self._apply_clock():
            self._notify(old)

    def pass_turn(self) -> None:
        """The speaker hands over: to the other partner, or to the listener step if it is on."""
        old = self._begin("pass_turn")
        now = self._clock.now()
        self._close_turn(TurnOutcome.PASSED)
        if self._settings.listener_step:
            self._state = TalkState.LISTENER_STEP
            self._open_turn(self.listener, now)
        else:
            self._speaker = self.listener
            self._open_turn(self._speaker, now)
        self._notify(old)

    def next_prompt(self, prompt_id: str | None) -> None:
        """Move on to another prompt; the current speaker keeps the floor with a fresh turn."""
        old = self._begin("next_prompt")
        self._close_turn(TurnOutcome.SPOKE)
        self._switch_prompt(prompt_id)
        self._notify(old)

    def decline_prompt(self, next_prompt_id: str | None) -> None:
        """Say "I'd rather not": record the turn as declined, keep the floor, show another prompt.

        The same speaker keeps the floor so declining never costs them their
        turn nor pushes the other partner to fill the silence.
        """
        old = self._begin("decline_prompt")
        self._close_turn(TurnOutcome.DECLINED)
        self._switch_prompt(next_prompt_id)
        self._notify(old)

    def pause(self) -> None:
        """Freeze every timer exactly; :meth:`resume` continues where it stopped."""
        old = self._begin("pause")
        self._freeze()
        self._resume_to = old
        self._state = TalkState.PAUSED
        self._notify(old)

    def resume(self) -> None:
        """Continue after :meth:`pause`, in the state that was paused."""
        old = self._begin("resume")
        self._thaw()
        self._notify(old)

    def take_break(self, continue_after: timedelta) -> None:
        """Say "we need a break": freeze, and plan to continue ``continue_after`` from now.

        ``continue_after`` must be between 20 minutes and 24 hours: long enough
        to calm down, short enough that the talk is still about the same thing.
        The plan is not a lock; :meth:`resume_from_break` works at any time.
        """
        old = self._begin("take_break")
        if not isinstance(continue_after, timedelta):
            raise ValueError(f"continue_after must be a timedelta, got {continue_after!r}")
        if not BREAK_MIN <= continue_after <= BREAK_MAX:
            raise ValueError(
                "a break must last between 20 minutes and 24 hours, "
                f"got {continue_after.total_seconds() / 60:g} minutes"
            )
        if old in _RUNNING:
            self._freeze()
            self._resume_to = old
        self._break_until = self._clock.now() + continue_after
        self._state = TalkState.ON_BREAK
        self._notify(old)

    def resume_from_break(self) -> None:
        """Come back from a break into the state the talk was in (timers run again)."""
        old = self._begin("resume_from_break")
        self._break_until = None
        self._thaw()
        self._notify(old)

    def listener_confirmed(self) -> None:
        """The speaker says "yes, that's it": the floor passes to the other partner."""
        old = self._begin("listener_confirmed")
        now = self._clock.now()
        self._close_turn(TurnOutcome.LISTENER)
        self._speaker = self.listener
        self._state = TalkState.SPEAKING
        self._open_turn(self._speaker, now)
        self._notify(old)

    def listener_wants_more(self) -> None:
        """The speaker says "there's more": they get a new turn on the same prompt."""
        old = self._begin("listener_wants_more")
        now = self._clock.now()
        self._close_turn(TurnOutcome.LISTENER)
        self._state = TalkState.SPEAKING
        self._open_turn(self._speaker, now)
        self._notify(old)

    def end(self) -> None:
        """End the talk now (``ended_early``); the UI moves on to the wrap-up."""
        old = self._begin("end")
        self._finish(EndReason.ENDED_EARLY)
        self._notify(old)

    # --- persistence -----------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything needed to resume this talk exactly, as JSON-ready data (no text)."""
        return {
            "version": SNAPSHOT_VERSION,
            "settings": self._settings.to_dict(),
            "state": self._state.value,
            "resumes_to": self._resume_to.value if self._resume_to else None,
            "first_speaker": self._first_speaker,
            "speaker": self._speaker,
            "prompt_id": self._prompt_id,
            "prompt_ids": list(self._prompt_ids),
            "started_at": self._started_at.isoformat(),
            "talk_elapsed_s": self._active(),
            "turn_index": self._next_index,
            "turn_speaker": self._turn_speaker,
            "turn_started_at": self._turn_started_at.isoformat(),
            "turn_started_talk_s": self._turn_start_active,
            "turn_elapsed_s": self.turn_elapsed,
            "break_until": self._break_until.isoformat() if self._break_until else None,
            "end_reason": self._end_reason.value if self._end_reason else None,
            "ended_at": self._ended_at.isoformat() if self._ended_at else None,
            "turns": [r.to_dict() for r in self._records],
        }

    @classmethod
    def restore(cls, snapshot: Mapping[str, Any], clock: Clock) -> Talk:
        """Rebuild a talk from :meth:`snapshot`, e.g. after the app was killed.

        A talk that was running comes back PAUSED (resuming continues it), so
        nobody is surprised by a clock already ticking. A talk on a break
        stays ON_BREAK, and an ended talk stays ENDED. Raises ValueError for
        a snapshot that is not valid.
        """
        try:
            return cls._restore(snapshot, clock)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"talk snapshot is not valid: {exc!r}") from exc

    @classmethod
    def _restore(cls, snap: Mapping[str, Any], clock: Clock) -> Talk:
        if snap["version"] != SNAPSHOT_VERSION:
            raise ValueError(f"unsupported talk snapshot version {snap['version']!r}")
        talk = cls.__new__(cls)
        talk._setup(TalkSettings.from_dict(snap["settings"]), clock)
        state = TalkState(snap["state"])
        resumes_to = TalkState(snap["resumes_to"]) if snap["resumes_to"] else None
        if state in _RUNNING:
            state, resumes_to = TalkState.PAUSED, state
        if state in (TalkState.PAUSED, TalkState.ON_BREAK) and resumes_to not in _RUNNING:
            raise ValueError(f"a {state.value} talk must remember a running state")
        talk._state = state
        talk._resume_to = resumes_to if state is not TalkState.ENDED else None
        talk._first_speaker = _partner(snap["first_speaker"])
        talk._speaker = _partner(snap["speaker"])
        talk._prompt_id = snap["prompt_id"]
        talk._prompt_ids = [str(p) for p in snap["prompt_ids"]]
        talk._started_at = _parse_aware(snap["started_at"])
        talk._active_base = min(float(snap["talk_elapsed_s"]), talk._plan)
        if talk._active_base < 0:
            raise ValueError("talk elapsed time cannot be negative")
        talk._next_index = int(snap["turn_index"])
        talk._turn_speaker = _partner(snap["turn_speaker"])
        talk._turn_started_at = _parse_aware(snap["turn_started_at"])
        talk._turn_start_active = float(snap["turn_started_talk_s"])
        talk._break_until = _parse_aware(snap["break_until"]) if snap["break_until"] else None
        if state is TalkState.ON_BREAK and talk._break_until is None:
            raise ValueError("a talk on a break must have a break_until")
        talk._end_reason = EndReason(snap["end_reason"]) if snap["end_reason"] else None
        talk._ended_at = _parse_aware(snap["ended_at"]) if snap["ended_at"] else None
        if state is TalkState.ENDED and talk._end_reason is None:
            raise ValueError("an ended talk must have an end_reason")
        talk._records = [TurnRecord.from_dict(r) for r in snap["turns"]]
        return talk

    # --- internals -------------------------------------------------------------------------

    def _raw_active(self) -> float:
        """Active seconds, not capped at the planned end (used to detect and place it)."""
        if self._run_since is None:
            return self._active_base
        return self._active_base + max(0.0, self._clock.monotonic() - self._run_since)

    def _active(self) -> float:
        return min(self._raw_active(), self._plan)

    def _underlying(self) -> TalkState:
        """The state the timers belong to: the paused one while PAUSED/ON_BREAK."""
        return self._resume_to if self._resume_to is not None else self._state

    def _turn_allowance(self) -> float:
        if self._underlying() is TalkState.LISTENER_STEP:
            return LISTENER_STEP_SECONDS
        return float(self._settings.turn_seconds)

    def _begin(self, action: str) -> TalkState:
        """Apply the clock, then check the action is legal. Returns the state before it."""
        old = self._state
        ended_now = self._apply_clock()
        if self._state not in ALLOWED_ACTIONS[action]:
            if ended_now:
                self._notify(old)
            raise IllegalTransition(action, self._state)
        return old

    def _apply_clock(self) -> bool:
        """End the talk if its time is up; True if that happened."""
        if self._state in _RUNNING and _reached(self._raw_active(), self._plan):
            self._finish(EndReason.TIME_UP)
            return True
        return False

    def _freeze(self) -> None:
        self._active_base = self._active()
        self._run_since = None

    def _thaw(self) -> None:
        assert self._resume_to is not None
        self._state = self._resume_to
        self._resume_to = None
        self._run_since = self._clock.monotonic()

    def _note_prompt(self, prompt_id: str | None) -> None:
        if prompt_id is not None and prompt_id not in self._prompt_ids:
            self._prompt_ids.append(prompt_id)

    def _switch_prompt(self, prompt_id: str | None) -> None:
        self._prompt_id = prompt_id
        self._note_prompt(prompt_id)
        self._open_turn(self._speaker, self._clock.now())

    def _open_turn(self, speaker: int, started_at: datetime) -> None:
        self._turn_speaker = speaker
        self._turn_start_active = self._active()
        self._turn_started_at = started_at

    def _close_turn(
        self, outcome: TurnOutcome, *, skip_empty: bool = False, at: float | None = None
    ) -> None:
        """Record the open turn as ending at active time ``at`` (default: now)."""
        end = self._active() if at is None else at
        duration = max(0.0, end - self._turn_start_active)
        if skip_empty and duration <= 0.0:
            return
        if self._underlying() is TalkState.LISTENER_STEP:
            outcome = TurnOutcome.LISTENER
        record = TurnRecord(
            index=self._next_index,
            speaker=self._turn_speaker,
            prompt_id=self._prompt_id,
            started_at=self._turn_started_at,
            duration_s=duration,
            outcome=outcome,
        )
        self._next_index += 1
        self._records.append(record)
        self._pending_records.append(record)

    def _finish(self, reason: EndReason) -> None:
        """Close the open turn (unless it is empty) and stop every clock for good.

        On ``time_up`` everything is placed exactly at the planned end, even
        when the tick came late or a hair early (within the float tolerance).
        """
        overshoot = 0.0
        end = self._active()
        if reason is EndReason.TIME_UP:
            overshoot = self._raw_active() - self._plan
            end = self._plan
        self._close_turn(TurnOutcome.SPOKE, skip_empty=True, at=end)
        self._active_base = end
        self._run_since = None
        self._resume_to = None
        self._break_until = None
        self._state = TalkState.ENDED
        self._end_reason = reason
        self._ended_at = self._clock.now() - timedelta(seconds=overshoot)

    def _notify(self, old: TalkState) -> None:
        """Tell observers, after the talk is consistent: records first, then the state."""
        records, self._pending_records = self._pending_records, []
        for record in records:
            for turn_cb in list(self._turn_observers):
                turn_cb(record)
        new = self._state
        for state_cb in list(self._state_observers):
            state_cb(old, new)


def _unsubscriber(observers: list[Any], callback: Any) -> Callable[[], None]:
    """An unsubscribe function that is safe to call more than once."""

    def unsubscribe() -> None:
        if callback in observers:
            observers.remove(callback)

    return unsubscribe


def _reached(value: float, mark: float) -> bool:
    return value >= mark - _EPS


def _partner(value: Any) -> Literal[0, 1]:
    if type(value) is not int or value not in (0, 1):
        raise ValueError(f"partner must be 0 or 1, got {value!r}")
    return 0 if value == 0 else 1


def _parse_aware(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError(f"timestamp must carry a time zone: {text!r}")
    return when
