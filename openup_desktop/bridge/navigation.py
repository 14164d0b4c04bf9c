"""Which screen is showing. Kept in Python so tests and the gallery can drive it directly."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

SCREENS = ("home", "talk", "together", "sources", "reflection", "vault", "settings", "about")


class Navigation(QObject):
    """Owns which screen is showing, by name; ``Main.qml``'s loader follows ``current``. In
    Python, not QML, so tests, the gallery and the tray can move between screens directly.
    """

    currentChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = "home"

    def _get_current(self) -> str:
        return self._current

    @Slot(str)
    def go(self, screen: str) -> None:
        if screen not in SCREENS:
            raise ValueError(f"Unknown screen {screen!r}")
        if screen != self._current:
            self._current = screen
            self.currentChanged.emit()

    @Slot(result="QStringList")
    def screens(self) -> list[str]:
        return list(SCREENS)

    current = Property(str, _get_current, go, notify=currentChanged)
