"""What waits for the first frame (the tray icon) is made once, however many frames came first."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from openup_desktop.app import _AfterFirstFrame


class _Window(QObject):
    """Stands in for the QQuickWindow: only its frameSwapped signal matters here."""

    frameSwapped = Signal()


def test_two_frames_before_the_event_loop_runs_make_one_tray(qtbot):
    window = _Window()
    made: list[str] = []
    _AfterFirstFrame(window, lambda: made.append("tray"))  # type: ignore[arg-type]

    def render_thread() -> None:  # Qt's threaded render loop swaps frames off the GUI thread
        window.frameSwapped.emit()
        window.frameSwapped.emit()  # the second swap is queued before the first is handled

    swapping = threading.Thread(target=render_thread)
    swapping.start()
    swapping.join()
    qtbot.wait(50)

    assert made == ["tray"]
