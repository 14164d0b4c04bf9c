"""Together: invitations (the invited partner chooses when), progress and what works for us."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from ..core.clock import Clock
from ..core.insights import what_works
from ..core.invitations import (
    DEFAULT_MINUTES,
    DEFAULT_START_HOUR,
    MAX_TOPIC_CHARS,
    START_MINUTES,
    Invitation,
    InvitationError,
    InvitationStatus,
)
from ..core.progress import WEEK_TALKS, Progress, longer_talk_suggestion, progress
from ..core.scene import WHERE_LABELS, factor_label, labels
from ..core.talk import TALK_LENGTH_PRESETS
from ..store.invitations import InvitationRepository
from ..store.progress import ProgressRepository
from ..store.scenes import SceneRepository
from .app_controller import AppController
from .core_messages import translated
from .localizer import Localizer
from .write_problems import returns_problem

log = logging.getLogger("openup.bridge.together")

DAYS_OFFERED = 7


class TogetherController(QObject):
    """Owns the couple's invitations, progress and insights as lists for QML, the one timer for
    the next reminder, and the calendar files. The rules are in core/ (invitations, progress,
    insights), unit-tested there. Reminder texts never carry a topic, a prompt or anything a
    partner wrote.
    """

    changed = Signal()
    #: a reminder is due: the text is generic (time only) and safe for a notification
    reminder = Signal(str)

    def __init__(
        self,
        invitations: InvitationRepository,
        progress_repo: ProgressRepository,
        scenes: SceneRepository,
        couple: AppController,
        clock: Clock,
        calendar_dir: Path,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._localizer = localizer or Localizer()
        self._invitations = invitations
        self._progress = progress_repo
        self._scenes = scenes
        self._couple = couple
        self._clock = clock
        self._calendar_dir = calendar_dir
        self._open_url = open_url
        self._last_reminder = ""
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setSingleShot(True)
        self._reminder_timer.timeout.connect(self.checkReminders)
        self._schedule_reminder()

    # ----------------------------------------------------------------------- invitations ---

    def _name(self, seat: int) -> str:
        return self._couple.partnerName(seat)

    def _describe(self, inv: Invitation) -> dict[str, object]:
        when = inv.scheduled_for.astimezone() if inv.scheduled_for else None
        return {
            "id": inv.id,
            "inviter": inv.inviter,
            "invitee": inv.invitee,
            "inviterName": self._name(inv.inviter),
            "inviteeName": self._name(inv.invitee),
            "topic": inv.topic or "",
            "status": inv.status.value,
            "minutes": inv.minutes or inv.suggested_minutes,
            "suggestedMinutes": inv.suggested_minutes,
            "whenText": (
                self.tr("%1 at %2")
                .replace("%1", self._localizer.day(when))
                .replace("%2", self._localizer.time(when))
                if when
                else ""
            ),
            "placeText": self._place_label(inv),
        }

    def _open_list(self) -> list[dict[str, object]]:
        now = self._clock.now()
        return [
            self._describe(inv)
            for inv in self._invitations.open_invitations()
            if not (inv.status is InvitationStatus.SCHEDULED and inv.is_past(now))
        ]

    def _pending(self) -> list[dict[str, object]]:
        return [i for i in self._open_list() if i["status"] == "pending"]

    def _upcoming(self) -> dict[str, object]:
        upcoming = self._invitations.upcoming(self._clock.now())
        return self._describe(upcoming) if upcoming else {}

    @Slot(int, str, int, result=str)
    @returns_problem
    def invite(self, inviter: int, topic: str, minutes: int) -> str:
        try:
            self._invitations.invite(inviter, topic or None, minutes)
        except (InvitationError, ValueError) as error:
            return translated(error)
        log.info("An invitation was sent")
        self.changed.emit()
        return ""

    def _at(self, day_iso: str, hour: int, minute: int) -> datetime:
        day = datetime.fromisoformat(day_iso).date()
        return datetime.combine(day, time(hour, minute)).astimezone()

    @Slot(int, int, str, int, int, str, int, result=str)
    @returns_problem
    def schedule(
        self,
        invitation_id: int,
        by: int,
        day_iso: str,
        hour: int,
        minute: int,
        place: str,
        minutes: int,
    ) -> str:
        """The invited partner picks day, time, place and length."""
        try:
            when = self._at(day_iso, hour, minute)
            self._invitations.schedule(invitation_id, by, when, place or None, minutes)
        except (InvitationError, ValueError) as error:
            return translated(error)
        log.info("Invitation %d scheduled", invitation_id)
        self._after_change()
        return ""

    @Slot(int, int, str, int, int, result=str)
    @returns_problem
    def move(self, invitation_id: int, by: int, day_iso: str, hour: int, minute: int) -> str:
        try:
            self._invitations.move(invitation_id, by, self._at(day_iso, hour, minute))
        except (InvitationError, ValueError) as error:
            return translated(error)
        self._after_change()
        return ""

    @Slot(int, int, result=str)
    @returns_problem
    def decline(self, invitation_id: int, by: int) -> str:
        """Returns the kind line to show (declining never needs a reason)."""
        try:
            self._invitations.decline(invitation_id, by)
        except (InvitationError, ValueError) as error:
            return translated(error)
        self._after_change()
        return self.tr("No problem — maybe another time.")

    @Slot(int, int, result=str)
    @returns_problem
    def cancel(self, invitation_id: int, by: int) -> str:
        """The one who asked takes the invitation back (kindly worded, no trace of blame)."""
        try:
            self._invitations.cancel(invitation_id, by)
        except (InvitationError, ValueError) as error:
            return translated(error)
        self._after_change()
        return self.tr("That's fine — the talk is off. You can always invite again.")

    @Slot(int, result=str)
    @returns_problem
    def addToCalendar(self, invitation_id: int) -> str:
        """Write a standard .ics (with a reminder alarm) and open it with the system's app."""
        from PySide6.QtCore import QTimeZone

        from ..core.calendar_export import write_ics, zone_from_name  # icalendar: load on use

        try:
            inv = self._invitations.get(invitation_id)
            zone = zone_from_name(bytes(QTimeZone.systemTimeZoneId().data()).decode())
            path = write_ics(inv, self._calendar_dir, zone)
        except (InvitationError, ValueError, KeyError) as error:
            return translated(error)
        except OSError as error:
            return self.tr("The calendar file could not be written (%1).").replace(
                "%1", str(error.strerror or error)
            )
        self._open_url(QUrl.fromLocalFile(str(path)))
        return self.tr("Calendar file saved as %1.").replace("%1", path.name)

    @Slot(result="QVariantList")
    def dayChoices(self) -> list[dict[str, str]]:
        today = self._clock.now().date()
        days = []
        for offset in range(DAYS_OFFERED):
            day = today + timedelta(days=offset)
            label = (
                self.tr("Today")
                if offset == 0
                else self.tr("Tomorrow")
                if offset == 1
                else self._localizer.weekday(day).capitalize()
            )
            days.append({"label": label, "iso": day.isoformat()})
        return days

    def _places(self) -> list[dict[str, str]]:
        return [{"id": key, "label": self._scene_label("where", key)} for key in WHERE_LABELS]

    def _scene_label(self, factor: str, value: str) -> str:
        return labels(factor, self._localizer.language).get(value, value)

    def _place_label(self, inv: Invitation) -> str:
        if inv.place and inv.place in WHERE_LABELS:
            return self._scene_label("where", inv.place)
        return inv.place_label or ""

    # ------------------------------------------------------------------------- reminders ---

    def _schedule_reminder(self) -> None:
        at = self._invitations.next_reminder_at()
        if at is None:
            self._reminder_timer.stop()
            return
        wait = (at - self._clock.now()).total_seconds()
        self._reminder_timer.start(max(0, int(wait * 1000)) + 50)

    @Slot()
    def checkReminders(self) -> None:
        """Show each due reminder once (tests call this after moving a fake clock)."""
        now = self._clock.now()
        for inv in self._invitations.due_reminders(now):
            text = self._reminder_text(inv, now)
            assert inv.id is not None
            self._invitations.mark_reminded(inv.id, now)
            self._last_reminder = text
            log.info("Reminder shown for invitation %d", inv.id)
            self.reminder.emit(text)
        self._schedule_reminder()
        self.changed.emit()

    def _after_change(self) -> None:
        self._schedule_reminder()
        self.changed.emit()

    # ------------------------------------------------------------------ progress & insights ---

    def _current_progress(self) -> Progress:
        return progress(self._progress.progress_facts(), self._clock.now())

    def _reminder_text(self, inv: Invitation, now: datetime) -> str:
        """Only the time, never a topic or anything written (see core.invitations)."""
        assert inv.scheduled_for is not None  # due_reminders only returns planned talks
        at = self._localizer.time(inv.scheduled_for)
        if now >= inv.scheduled_for:
            return self.tr("Your talk planned for %1 is here, whenever you're both ready.").replace(
                "%1", at
            )
        return self.tr("Your talk is coming up at %1.").replace("%1", at)

    def _summary(self) -> list[str]:
        """The small victories, counted, never compared or judged (worded in core.progress)."""
        return [translated(line) for line in self._current_progress().summary]

    def _weeks(self) -> list[dict[str, object]]:
        return [
            {
                "label": self._localizer.short_day(
                    datetime.combine(w.week_start, time(12)).astimezone()
                ),
                "talks": w.talks,
                "accessible": translated(
                    WEEK_TALKS(
                        week=self._localizer.day(
                            datetime.combine(w.week_start, time(12)).astimezone()
                        ),
                        n=w.talks,
                    )
                ),
            }
            for w in self._current_progress().weeks
        ]

    def _timeline(self) -> list[dict[str, object]]:
        return [
            {
                "date": self._localizer.short_day(t.ended_at),
                "text": " · ".join(translated(part) for part in t.parts),
            }
            for t in self._current_progress().timeline[:12]
        ]

    def _suggestion(self) -> dict[str, object]:
        facts = self._progress.progress_facts()
        found = longer_talk_suggestion(facts, self._progress.longer_suggestion_dismissals())
        if found is None:
            return {}
        return {
            "current": found.current_minutes,
            "suggested": found.suggested_minutes,
            "text": translated(found.text),
            "accept": translated(found.accept_text),
            "dismiss": translated(found.dismiss_text),
        }

    @Slot(int)
    def dismissSuggestion(self, length: int) -> None:
        self._progress.dismiss_longer_suggestion(length, self._clock.now())
        self.changed.emit()

    def _insights(self) -> dict[str, object]:
        found = what_works(self._scenes.rated_talks_with_scenes())
        factors = []
        for factor, values in found.factors.items():
            factors.append(
                {
                    "factor": factor,
                    "label": factor_label(factor, self._localizer.language),
                    "values": [
                        {
                            "label": self._scene_label(factor, v.value),
                            "average": round(v.average, 2),
                            "count": v.count,
                        }
                        for v in values
                    ],
                }
            )
        return {
            "enough": found.enough_data,
            "rated": found.rated_talks,
            "headline": found.headline or "",
            "tooEarly": self.tr(
                "Note the setting (room, time, music) for a few more talks, and OpenUp shows what suits you best."  # noqa: E501
            ),
            "factors": factors,
        }

    def close(self) -> None:
        self._reminder_timer.stop()

    def language_changed(self) -> None:
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        self.changed.emit()

    def _last_reminder_get(self) -> str:
        return self._last_reminder

    openInvitations = Property(list, _open_list, notify=changed)
    pending = Property(list, _pending, notify=changed)
    upcoming = Property(dict, _upcoming, notify=changed)
    places = Property(list, _places, constant=True)
    # A C++ type name, which PySide6 takes and its stubs don't (see prompt_library.problems).
    summaryLines = Property("QStringList", _summary, notify=changed)  # type: ignore[arg-type]
    weeks = Property(list, _weeks, notify=changed)
    timeline = Property(list, _timeline, notify=changed)
    suggestion = Property(dict, _suggestion, notify=changed)
    insights = Property(dict, _insights, notify=changed)
    lastReminder = Property(str, _last_reminder_get, notify=changed)
    # The rules the invitation form shows, from the core (not repeated in QML).
    lengthChoices = Property(list, lambda self: list(TALK_LENGTH_PRESETS), constant=True)
    defaultMinutes = Property(int, lambda self: DEFAULT_MINUTES, constant=True)
    topicMaxLength = Property(int, lambda self: MAX_TOPIC_CHARS, constant=True)
    startMinuteChoices = Property(list, lambda self: list(START_MINUTES), constant=True)
    defaultStartHour = Property(int, lambda self: DEFAULT_START_HOUR, constant=True)
