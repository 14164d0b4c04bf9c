"""When a running talk is looked at again: the exact next event, the display, the snapshot."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ..core.talk import Talk, TalkState

SNAPSHOT_EVERY_MS = 5000
DISPLAY_EVERY_MS = 250


class TalkTimers(QObject):
    """Owns the three Qt timers of the talk ``TalkController`` holds, and when each runs.

    The core says when something will next change (a turn ending, the 15-second warning), and
    the event timer fires exactly then; the display timer ticks four times a second so no second
    is shown late; the snapshot timer saves where the talk is every five seconds. All three run
    only while someone is speaking or listening back; a pause or a break stops them and saves a
    snapshot at once, so a crash loses nothing that was said.
    """

    def __init__(
        self,
        tick: Callable[[], None],
        save_snapshot: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save_snapshot = save_snapshot
        self._event = QTimer(self)
        self._event.setSingleShot(True)
        self._event.timeout.connect(tick)
        self._display = QTimer(self)
        self._display.setInterval(DISPLAY_EVERY_MS)
        self._display.timeout.connect(tick)
        self._snapshot = QTimer(self)
        self._snapshot.setInterval(SNAPSHOT_EVERY_MS)
        self._snapshot.timeout.connect(save_snapshot)

    def follow(self, talk: Talk | None) -> None:
        """The talk changed: run the timers it needs now, or stop them."""
        running = talk is not None and talk.state in (TalkState.SPEAKING, TalkState.LISTENER_STEP)
        if not running:
            self.stop()
            if talk is not None and talk.state in (TalkState.PAUSED, TalkState.ON_BREAK):
                self._save_snapshot()
            return
        assert talk is not None
        wait = talk.seconds_until_next_event()
        if wait is not None:
            self._event.start(max(0, math.ceil(wait * 1000)))
        if not self._display.isActive():
            self._display.start()
        if not self._snapshot.isActive():
            self._snapshot.start()

    def stop(self) -> None:
        self._event.stop()
        self._display.stop()
        self._snapshot.stop()
