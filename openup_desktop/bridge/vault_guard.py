"""What locks an open vault by itself, and hides it from screenshots meanwhile (V7, V11).

Idle time (the couple's chosen minutes, counted from the last key or click), the app going to
the background (when chosen), the OS screen lock or a user switch, and quitting each ask for a
lock through ``lockRequested``. While a vault is open, the window is excluded from screen
capture where the system allows it. The vault controller says when a vault opens and closes;
this class owns the timers, the event filter and the settings that steer them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QWindow

from ..core.clock import Clock
from ..core.idle_lock import IDLE_CHOICES_MINUTES, IdleLock
from ..store.couple import SettingsRepository
from .capture_guard import capture_status, set_capture_excluded
from .os_lock import OsLockWatcher

if TYPE_CHECKING:  # the Qt namespace costs ~30 ms of enums: loaded when the app changes state
    from PySide6.QtCore import Qt

DEFAULT_IDLE_MINUTES = 3
_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class VaultLockGuard(QObject):
    """Owns what locks the vault without a click: the idle timer (the couple's minutes), the
    event filter that sees activity and the app leaving the foreground, the OS screen-lock
    watcher, and those two settings. It asks ``Vault`` to lock through ``lockRequested``, and
    keeps the window out of screen captures while a vault is open.
    """

    lockRequested = Signal(str)  # the reason, for the log
    settingsChanged = Signal()

    def __init__(
        self, settings: SettingsRepository, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._open = False
        self._window: QWindow | None = None
        self._capture_active = False
        minutes = int(settings.get("vault_idle_minutes", str(DEFAULT_IDLE_MINUTES)))
        self._idle = IdleLock(
            clock, minutes if minutes in IDLE_CHOICES_MINUTES else DEFAULT_IDLE_MINUTES
        )
        self._lock_on_focus_loss = settings.get("vault_lock_on_focus_loss", "1") == "1"
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.checkIdle)
        self._os_lock = OsLockWatcher(self)
        self._os_lock.lockRequested.connect(self.lockRequested)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.aboutToQuit.connect(lambda: self.lockRequested.emit("quit"))
            state_changed = getattr(app, "applicationStateChanged", None)
            if state_changed is not None:
                state_changed.connect(self.onApplicationStateChanged)

    # -- the vault's state ---------------------------------------------------------------

    def opened(self) -> None:
        """A vault view is open: count idle time from now and hide the window from captures."""
        self._open = True
        self._idle.note_activity()
        self._schedule_idle()
        self._protect(True)

    def closed(self) -> None:
        self._idle_timer.stop()
        if self._open:
            self._open = False
            self._protect(False)

    # -- idle ------------------------------------------------------------------------------

    @Slot()
    def checkIdle(self) -> None:
        if not self._open:
            return
        if self._idle.should_lock():
            self.lockRequested.emit("idle")
        else:
            self._schedule_idle()

    def _schedule_idle(self) -> None:
        if self._open:
            self._idle_timer.start(int(self._idle.seconds_until_lock() * 1000) + 50)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._open and event.type() in _ACTIVITY_EVENTS:
            self._idle.note_activity()
        return False

    def onApplicationStateChanged(self, state: Qt.ApplicationState) -> None:
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive and self._lock_on_focus_loss:
            self.lockRequested.emit("focus")

    # -- screen capture (V11) ------------------------------------------------------------------

    def set_window(self, window: QWindow | None) -> None:
        """The window to keep out of screen captures while the vault is open.

        The OS setting belongs to the native window, which Qt may recreate (moving to another
        screen, minimising and restoring): so it is applied again whenever that happens.
        """
        self._window = window
        self._os_lock.attach_window(window)
        if window is not None:
            window.visibilityChanged.connect(self._reapply_protection)
            window.screenChanged.connect(self._reapply_protection)

    def _reapply_protection(self, *_args: object) -> None:
        if self._open:
            self._protect(True)

    def _protect(self, on: bool) -> None:
        self._capture_active = set_capture_excluded(self._window, on) and on
        self.settingsChanged.emit()

    # -- settings ----------------------------------------------------------------------------

    @property
    def idle_minutes(self) -> int:
        return self._idle.idle_minutes

    def set_idle_minutes(self, minutes: int) -> None:
        if int(minutes) not in IDLE_CHOICES_MINUTES or int(minutes) == self._idle.idle_minutes:
            return
        self._idle.set_idle_minutes(int(minutes))
        self._settings.set("vault_idle_minutes", str(int(minutes)))
        self._schedule_idle()
        self.settingsChanged.emit()

    @property
    def lock_on_focus_loss(self) -> bool:
        return self._lock_on_focus_loss

    def set_lock_on_focus_loss(self, value: bool) -> None:
        if bool(value) != self._lock_on_focus_loss:
            self._lock_on_focus_loss = bool(value)
            self._settings.set("vault_lock_on_focus_loss", "1" if value else "0")
            self.settingsChanged.emit()

    def capture_status(self) -> str:
        return capture_status(self._capture_active)

    @property
    def os_lock_kind(self) -> str:
        return self._os_lock.kind

    def close(self) -> None:
        self._idle_timer.stop()
        self._os_lock.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
