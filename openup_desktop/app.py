"""Start-up: folders, logging, one instance per folder, the database, the window.

Order matters: logging first (so every later failure is recorded), then the single-instance lock
(a second launch must not touch the database), then the database, then QML.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QGuiApplication, QIcon, QWindow
from PySide6.QtQuick import QQuickWindow  # noqa: F401  (makes rootObjects() real QQuickWindows)
from PySide6.QtQuickControls2 import QQuickStyle

from . import __version__
from .bridge.licences import runtime_versions
from .crash import (
    end_session_trace,
    friendly_crash_text,
    install_crash_handler,
    start_session_trace,
)
from .logging_setup import install_qt_message_handler, setup_logging
from .paths import AppPaths, DataFolderError, check_writable
from .resources import asset, ui_dir
from .single_instance import SingleInstance, ask_running_instance_to_activate

if TYPE_CHECKING:
    from .context import AppContext
    from .tray import Tray
from .store.database import DatabaseOpenError
from .store.migrations import schema_version

log = logging.getLogger("openup.app")

EXIT_OK = 0
EXIT_DATA_PROBLEM = 2
EXIT_QML_PROBLEM = 3
EXIT_ALREADY_RUNNING = 0  # the other window came to the front: that's a success for the user

QUICK_STYLE = "Basic"


def versions_line() -> str:
    versions = runtime_versions()
    return (
        f"OpenUp {versions['openup']} (Qt {versions['qt']}, PySide6 {versions['pyside']}, "
        f"Python {versions['python']}, SQLite {versions['sqlite']})"
    )


def _prepare_folders(paths: AppPaths) -> None:
    try:
        paths.ensure()
    except OSError as error:
        raise DataFolderError(
            f"OpenUp can't create its data folder {paths.data_dir} ({error.strerror or error}). "
            "Check that the location exists and that you are allowed to write there."
        ) from error
    check_writable(paths.data_dir)


def self_check(paths: AppPaths) -> int:
    """Load every QML file and open/migrate the database; print ``OK …`` or a clear problem."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .context import build_context, compile_all_qml, dispose_engine, make_engine

    try:
        _prepare_folders(paths)
        setup_logging(paths.log_dir)
    except (DataFolderError, OSError) as error:
        print(f"PROBLEM: {error}", file=sys.stderr)
        return EXIT_DATA_PROBLEM
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    QQuickStyle.setStyle(QUICK_STYLE)
    try:
        context = build_context(paths)
    except DatabaseOpenError as error:
        print(f"PROBLEM: {error}", file=sys.stderr)
        return EXIT_DATA_PROBLEM
    if context.database.notice:
        print(f"NOTICE: {context.database.notice}", file=sys.stderr)
    engine = make_engine(context)
    errors = compile_all_qml(engine)
    version = schema_version(context.database.db)
    dispose_engine(engine)
    context.close()
    del app
    if errors:
        print("PROBLEM: some screens could not be loaded:", file=sys.stderr)
        for line in errors:
            print(f"  {line}", file=sys.stderr)
        return EXIT_QML_PROBLEM
    print(f"OK {versions_line()}, database schema {version}, data in {paths.data_dir}")
    return EXIT_OK


def _has_console() -> bool:
    """Whether someone can read stderr (a terminal); the windowed app's stderr goes nowhere."""
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (OSError, ValueError):
        return False


def _show_fatal(message: str) -> None:
    """A start-up problem the couple must see even though OpenUp's window can't open.

    Shown in a small Qt Quick window (ui/ProblemWindow.qml): OpenUp never loads Qt Widgets.
    """
    print(f"PROBLEM: {message}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.setInitialProperties({"message": message})
    engine.load(QUrl.fromLocalFile(str(ui_dir() / "ProblemWindow.qml")))
    if engine.rootObjects():
        app.exec()
    engine.deleteLater()


class _AfterFirstFrame(QObject):
    """Runs ``then`` once, just after the window's first frame is on screen.

    A slot of an object on this (the GUI) thread: where Qt renders on a thread of its own, the
    signal is queued here; ``then`` runs from a zero timer, after the frame, not inside it.
    (No ``Qt.ConnectionType`` here: touching the ``Qt`` namespace makes PySide build its ~100
    enums, some 30 ms that the first frame doesn't need.)
    """

    def __init__(self, window: QWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.frameSwapped.connect(self._swapped)  # type: ignore[attr-defined]  # a QQuickWindow

    @Slot()
    def _swapped(self) -> None:
        # Where the frame is swapped on Qt's render thread, a second frame's signal can already
        # be queued before this first one arrives: ``then`` (one tray icon) must run only once.
        if self._then is None:
            return
        then, self._then = self._then, None
        self._window.frameSwapped.disconnect(self._swapped)  # type: ignore[attr-defined]
        QTimer.singleShot(0, then)


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    try:
        _prepare_folders(paths)
        setup_logging(paths.log_dir)
    except (DataFolderError, OSError) as error:
        _show_fatal(str(error))
        return EXIT_DATA_PROBLEM

    QCoreApplication.setApplicationName("OpenUp")
    QCoreApplication.setOrganizationName("OpenUp")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("openup")
    # Not a QApplication: the window is all Qt Quick, and Qt Widgets would only slow the start
    # (the tray is Qt's native one, see tray.py).
    qt_app = QGuiApplication(argv)
    qt_app.setWindowIcon(QIcon(str(asset("icons", "openup-256.png"))))

    instance = SingleInstance(paths.data_dir, paths.lock_file)
    if not instance.acquire():
        log.info("OpenUp already runs on this data folder; asking it to come to the front")
        if ask_running_instance_to_activate(paths.data_dir):
            print("OpenUp is already open; its window was brought to the front.")
            return EXIT_ALREADY_RUNNING
        _show_fatal(
            "OpenUp seems to be open already but did not answer. If it isn't, wait a moment "
            "and try again."
        )
        return EXIT_DATA_PROBLEM

    log.info("Starting %s", versions_line())
    last_session_report = start_session_trace(
        paths.crash_dir, versions_line(), capture_stderr=not _has_console()
    )
    install_qt_message_handler()
    # Until the window is up a crash is shown on its own; then inside the window (its notice).
    show_crash: list[Callable[[str], None]] = [_show_fatal]
    install_crash_handler(
        paths.crash_dir, on_crash=lambda report: show_crash[-1](friendly_crash_text(report))
    )
    QQuickStyle.setStyle(QUICK_STYLE)

    from .bridge.backup_controller import BackupController
    from .bridge.together_controller import TogetherController
    from .context import build_context, dispose_engine, main_qml, make_engine

    try:
        context = build_context(paths)
    except DatabaseOpenError as error:
        instance.release()
        _show_fatal(str(error))
        return EXIT_DATA_PROBLEM

    if last_session_report is not None:
        context.app.note_unexpected_close()
    engine = make_engine(context)
    engine.load(main_qml())
    if not engine.rootObjects():
        instance.release()
        _show_fatal("OpenUp's window could not be loaded. Please reinstall OpenUp.")
        return EXIT_QML_PROBLEM
    window = engine.rootObjects()[0]
    assert isinstance(window, QWindow)

    def bring_to_front() -> None:
        if window.visibility() == QWindow.Visibility.Minimized:
            window.showNormal()
        window.show()
        window.raise_()
        window.requestActivate()

    def crash_in_window(text: str) -> None:
        context.app.add_notice(text)
        bring_to_front()

    show_crash.append(crash_in_window)
    # The vault is made on first use (see context.Bridges); it learns the window then.
    context.bridges.when_made("Vault", lambda vault: vault.set_window(window))
    context.app.quitRequested.connect(bring_to_front)  # the window asks (see Main.qml)

    trays: list[Tray] = []

    def follow_tray_choice() -> None:
        available = bool(trays) and trays[0].available
        qt_app.setQuitOnLastWindowClosed(not (available and context.app.keepInTray))

    def after_first_frame() -> None:
        """What the window doesn't need to appear: answering a second launch (which waits for
        this, see single_instance) and asking the system for its tray."""
        instance.listen(bring_to_front)
        from .tray import Tray, reopen_from_dock

        reopen_from_dock(qt_app, lambda: not window.isVisible(), bring_to_front)
        tray = Tray(engine, on_open=bring_to_front, on_quit=context.app.quitRequested.emit)
        trays.append(tray)
        context.app.set_tray_available(tray.available)
        together = context.bridges["Together"]
        if isinstance(together, TogetherController):
            together.reminder.connect(tray.notify)
        follow_tray_choice()

    context.app.keepInTrayChanged.connect(follow_tray_choice)
    follow_tray_choice()
    _AfterFirstFrame(window, after_first_frame)

    backups = context.bridges["Backups"]
    assert isinstance(backups, BackupController)
    QTimer.singleShot(1500, backups.daily)  # after the first frame
    backups.restartRequested.connect(qt_app.quit)
    _maybe_report_first_frame(window)

    from .quit_signals import quit_on_terminate

    quit_on_terminate(qt_app, before_quit=lambda: leave_for_system(context))
    code = qt_app.exec()
    for tray in trays:
        tray.hide()
    log.info("Quitting")
    dispose_engine(engine)
    pending = backups.pending_restore
    context.close()
    end_session_trace(paths.crash_dir)
    instance.release()
    if pending is not None:
        _finish_restore_and_restart(paths, pending)
    return code


def leave_for_system(context: AppContext) -> None:
    """What the questions on leaving protect, settled without asking (a log-out or shut-down).

    The window's own close and the tray's Quit ask (see Main.qml); the system can't wait for an
    answer. A talk under way is kept for later exactly as "Keep it for later" keeps it, so the next
    start offers it back. The vault locks as it does on any lock, which seals a private note being
    written. A moment being written lives in memory only and can't be sealed without its
    passphrases, so its words are dropped: nothing anyone wrote is left on disk unsealed.
    """
    from .bridge.qt_property import read_property

    talk = context.bridges["Talk"]
    if read_property(talk, "phase", str) == "talk":
        talk.keepForLater()  # type: ignore[attr-defined]  # a bridge slot
    if context.bridges.is_made("Vault"):  # a vault never opened is not loaded just to lock it
        context.bridges["Vault"].lock("system quit")  # type: ignore[attr-defined]
    draft = context.bridges["KeepDraft"]
    draft.discard()  # type: ignore[attr-defined]


def _finish_restore_and_restart(paths: AppPaths, backup: Path) -> None:
    """Every connection is closed now: put the backup in place and start OpenUp again."""
    from PySide6.QtCore import QProcess

    from .bridge.backup_controller import finish_restore
    from .core.clock import SystemClock
    from .store.backups import BackupManager

    log.info(
        "%s", finish_restore(BackupManager(paths.data_dir, SystemClock()), backup, paths.database)
    )
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, ["-m", "openup_desktop", *sys.argv[1:]])


def _maybe_report_first_frame(window: QWindow) -> None:
    """For benchmarks/startup.py: print when the first frame is out, with memory, then quit."""
    if os.environ.get("OPENUP_EXIT_AFTER_FIRST_FRAME") != "1":
        return
    from .benchmark_probe import report_first_frame_and_quit

    report_first_frame_and_quit(window, QTimer)
