"""Fixtures for tests that need the real app window (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class LiveApp:
    """A running OpenUp window on a temporary data folder."""

    context: object
    window: object
    data_dir: Path

    @property
    def clock(self):  # type: ignore[no-untyped-def]
        return self.context.clock  # type: ignore[attr-defined]

    @property
    def vault(self):  # type: ignore[no-untyped-def]
        return self.context.bridges["Vault"]  # type: ignore[attr-defined]

    @property
    def vault_setup(self):  # type: ignore[no-untyped-def]
        return self.context.bridges["VaultSetup"]  # type: ignore[attr-defined]

    @property
    def moments(self):  # type: ignore[no-untyped-def]
        return self.context.bridges["Moments"]  # type: ignore[attr-defined]

    @property
    def notes(self):  # type: ignore[no-untyped-def]
        return self.context.bridges["ReflectionNotes"]  # type: ignore[attr-defined]

    @property
    def talk(self):  # type: ignore[no-untyped-def]
        return self.context.bridges["Talk"]  # type: ignore[attr-defined]

    @property
    def talk_setup(self):  # type: ignore[no-untyped-def]
        return self.context.bridges["TalkSetup"]  # type: ignore[attr-defined]

    @property
    def running(self):  # type: ignore[no-untyped-def]
        return self.context.bridges["RunningTalk"]  # type: ignore[attr-defined]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def start_live_app(qtbot: object, data_dir: Path, *, couple: bool) -> LiveApp:
    from PySide6.QtQuick import QQuickWindow
    from PySide6.QtQuickControls2 import QQuickStyle

    from openup_desktop.app import QUICK_STYLE
    from openup_desktop.context import build_context, main_qml, make_engine
    from openup_desktop.core.clock import FakeClock
    from openup_desktop.vault.kdf import KdfParams

    FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)  # same code path, test speed
    from openup_desktop.paths import resolve_paths

    QQuickStyle.setStyle(QUICK_STYLE)
    paths = resolve_paths(data_dir)
    paths.ensure()
    context = build_context(paths, clock=FakeClock(), kdf_params=FAST_KDF)
    context.app.reduceMotion = True
    if couple and context.app.firstRunNeeded:
        assert context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C") == ""
    engine = make_engine(context)
    engine.load(main_qml())
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.requestActivate()
    context.bridges["_engine"] = engine  # keep alive with the context
    return LiveApp(context=context, window=window, data_dir=data_dir)


def stop_live_app(live: LiveApp) -> None:
    from openup_desktop.context import dispose_engine

    engine = live.context.bridges.pop("_engine")  # type: ignore[attr-defined]
    live.window.close()  # type: ignore[attr-defined]
    dispose_engine(engine)
    live.context.close()  # type: ignore[attr-defined]


@pytest.fixture
def live_app(qtbot: object, data_dir: Path) -> Iterator[LiveApp]:
    """The app with a couple already set up, showing Home."""
    live = start_live_app(qtbot, data_dir, couple=True)
    yield live
    stop_live_app(live)


@pytest.fixture
def fresh_app(qtbot: object, data_dir: Path) -> Iterator[LiveApp]:
    """The app on an empty data folder: first run shows."""
    live = start_live_app(qtbot, data_dir, couple=False)
    yield live
    stop_live_app(live)


@pytest.fixture
def openup_caplog(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """caplog for OpenUp's own loggers, which write only to the app's log file, not the root."""
    import logging

    logger = logging.getLogger("openup")
    old_level = logger.level
    logger.addHandler(caplog.handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield caplog
    finally:
        logger.removeHandler(caplog.handler)
        logger.setLevel(old_level)
