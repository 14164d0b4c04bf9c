"""Frames per second while a talk runs and nothing but the clock changes.

Why: a talk lasts minutes on a laptop's battery. The screen should redraw when something a
person can see changes (the seconds tick over about once a second), not sixty times a second.

It starts the real window (offscreen, software renderer) on a temporary data folder with a couple
set up, starts a talk with the real clock, waits for it to settle, then counts swapped frames for
a few seconds. As a baseline in the same run it counts the frames of the minimal QML window
(``benchmarks/minimal_window.py``) with a label that changes once a second, the least any clock
display can cost. Goal: at most 2 frames a second.

    python benchmarks/talk_fps.py [--seconds 6] [--json benchmarks/results/talk_fps.json]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import write_results

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GOAL_FPS = 2.0
SETTLE_SECONDS = 1.5

BASELINE_QML = b"""
import QtQuick
import QtQuick.Controls.Basic
Window {
    id: root
    width: 1280; height: 800; visible: true
    property int seconds: 0
    Timer { interval: 1000; running: true; repeat: true; onTriggered: root.seconds += 1 }
    Label { anchors.centerIn: parent; font.pixelSize: 48; text: "0:" + (60 - root.seconds % 60) }
}
"""


def count_frames(window: object, seconds: float) -> float:
    """Frames swapped per second over ``seconds`` of real time, after a settling pause."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    frames = {"n": 0}

    def on_frame() -> None:
        frames["n"] += 1

    def run_for(duration: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(duration * 1000), loop.quit)
        loop.exec()

    run_for(SETTLE_SECONDS)
    window.frameSwapped.connect(on_frame)  # type: ignore[attr-defined]
    started = time.monotonic()
    run_for(seconds)
    elapsed = time.monotonic() - started
    window.frameSwapped.disconnect(on_frame)  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    return frames["n"] / elapsed


def baseline_fps(seconds: float) -> float:
    from PySide6.QtCore import QByteArray
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow  # noqa: F401  (rootObjects() become QQuickWindows)

    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(BASELINE_QML))
    window = engine.rootObjects()[0]
    fps = count_frames(window, seconds)
    window.close()  # type: ignore[attr-defined]
    engine.deleteLater()
    return fps


def talk_fps(seconds: float, data_dir: Path) -> tuple[float, str]:
    from PySide6.QtQuickControls2 import QQuickStyle

    from openup_desktop.app import QUICK_STYLE
    from openup_desktop.context import build_context, dispose_engine, main_qml, make_engine
    from openup_desktop.paths import resolve_paths

    QQuickStyle.setStyle(QUICK_STYLE)
    paths = resolve_paths(data_dir)
    paths.ensure()
    context = build_context(paths)
    context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C")
    engine = make_engine(context)
    engine.load(main_qml())
    window = engine.rootObjects()[0]
    window.resize(1280, 800)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    context.nav.go("talk")
    talk = context.bridges["Talk"]
    problem = talk.start()  # type: ignore[attr-defined]
    if problem:
        raise RuntimeError(f"The talk did not start: {problem}")
    fps = count_frames(window, seconds)
    state = str(context.bridges["RunningTalk"].state)  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    dispose_engine(engine)
    context.close()
    return fps, state


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Frames per second of a running talk")
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument(
        "--json", type=Path, default=REPO / "benchmarks" / "results" / "talk_fps.json"
    )
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    baseline = baseline_fps(args.seconds)
    with tempfile.TemporaryDirectory(prefix="openup-fps-") as tmp:
        fps, state = talk_fps(args.seconds, Path(tmp))
    if state != "speaking":
        raise RuntimeError(f"Expected the talk to be running, it is {state!r}")

    met = fps <= GOAL_FPS
    print(f"{'window':<40}{'frames/s':>10}")
    print(f"{'minimal window, label changes each second':<40}{baseline:>10.2f}")
    print(f"{'OpenUp, a talk running (real clock)':<40}{fps:>10.2f}")
    ratio = fps / baseline if baseline else float("inf")
    print(f"ratio {ratio:.2f}×; goal ≤ {GOAL_FPS:.0f} frames/s: {'met' if met else 'MISSED'}")
    write_results(
        args.json,
        {
            "benchmark": "talk_fps",
            "seconds": args.seconds,
            "platform": platform.platform(),
            "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
            "baseline_fps": round(baseline, 3),
            "talk_fps": round(fps, 3),
            "goal_fps": GOAL_FPS,
            "goal_met": met,
        },
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
