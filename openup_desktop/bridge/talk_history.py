"""The couple's talks as Home shows them: the latest ones, and a talk waiting to be picked up.

A talk can wait in two ways: on a break in this session (still in memory) or stopped before it
ended in an earlier one (a crash, a power cut, "keep it for later", a break across a restart).
Home offers to continue or close it; continuing hands the restored talk to the talk controller,
which runs it. This class owns the offer and the list; the running talk is the controller's.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Property, QObject, Signal, Slot

from ..core.talk import Talk, TalkState
from ..store.talks import TalkRepository, UnfinishedTalk
from .localizer import Localizer
from .prompt_library import PromptLibrary
from .talk_choices import minutes_text
from .talk_controller import TalkController

log = logging.getLogger("openup.bridge.history")

RECENT_COUNT = 5


class TalkHistory(QObject):
    """Owns Home's view of the couple's talks: the latest ones, and the offer to continue or
    close a talk that waits (on a break now, or stopped in an earlier session). Continuing
    restores the talk from its snapshot and hands it to ``TalkController``, which runs it.
    """

    changed = Signal()

    def __init__(
        self,
        repo: TalkRepository,
        library: PromptLibrary,
        talk: TalkController,
        localizer: Localizer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._library = library
        self._talk = talk
        self._localizer = localizer
        talk.historyChanged.connect(self.changed)

    def _when(self, moment: datetime) -> str:
        return f"{self._localizer.day(moment)}, {self._localizer.time(moment)}"

    def _unfinished(self) -> UnfinishedTalk | None:
        if self._talk.in_memory() is not None:
            return None  # the talk in memory is the one to continue, if any
        return self._repo.unfinished_talk()

    def _on_break_in_memory(self) -> Talk | None:
        talk = self._talk.in_memory()
        return talk if talk is not None and talk.state is TalkState.ON_BREAK else None

    def _has_unfinished(self) -> bool:
        return self._on_break_in_memory() is not None or self._unfinished() is not None

    def _unfinished_text(self) -> str:
        on_break = self._on_break_in_memory()
        if on_break is not None:
            return self.tr("You are taking a break from your talk of %1.").replace(
                "%1", self._when(on_break.started_at)
            )
        unfinished = self._unfinished()
        if unfinished is None:
            return ""
        if unfinished.status == "on_break":
            return self.tr("You took a break from your talk of %1.").replace(
                "%1", self._when(unfinished.started_at)
            )
        return self.tr("Your talk of %1 stopped before it ended.").replace(
            "%1", self._when(unfinished.started_at)
        )

    @Slot(result=str)
    def resumeUnfinished(self) -> str:
        """Continue the waiting talk exactly where it was; '' or a kind reason it can't."""
        if self._on_break_in_memory() is not None:
            self._talk.continueAfterBreak()
            return ""
        unfinished = self._unfinished()
        if unfinished is None:
            return self.tr("There is no talk to continue.")
        if unfinished.snapshot is None:
            self._talk.close_stored(unfinished.id)
            return self.tr("That talk had only just begun, so there is nothing to continue.")
        try:
            talk = Talk.restore(unfinished.snapshot, self._talk.clock)
        except (ValueError, KeyError, TypeError):
            log.exception("Could not restore talk %d", unfinished.id)
            self._talk.close_stored(unfinished.id)
            return self.tr(
                "That talk could not be restored, so it was closed. What was said is kept."
            )
        self._talk.resume(talk, unfinished.id)
        return ""

    @Slot()
    def closeUnfinished(self) -> None:
        """Close the waiting talk: what was said is kept, it is just not offered any more."""
        if self._on_break_in_memory() is not None:
            self._talk.close_break()
            return
        unfinished = self._unfinished()
        if unfinished is not None:
            self._talk.close_stored(unfinished.id)

    def _recent(self) -> list[dict[str, object]]:
        items = []
        for summary in self._repo.recent_talks(RECENT_COUNT):
            prompts = [self._library.textOf(p) for p in summary.prompt_ids]
            items.append(
                {
                    "id": summary.id,
                    "date": self._localizer.day(summary.started_at),
                    "length": minutes_text(summary.talked_minutes),
                    "prompts": [p for p in prompts if p],
                }
            )
        return items

    hasUnfinished = Property(bool, _has_unfinished, notify=changed)
    unfinishedText = Property(str, _unfinished_text, notify=changed)
    recentTalks = Property(list, _recent, notify=changed)
