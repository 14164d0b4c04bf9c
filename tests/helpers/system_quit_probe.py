"""The real app (``run_gui``, its signal handling and Main.qml) with a talk under way or a moment
being written, for tests/e2e/test_system_quit.py to send SIGTERM to, as a log-out would.

``python -m tests.helpers.system_quit_probe DATA_DIR talk|draft [WORDS]`` prints ``READY`` once
the talk runs (or the words sit in the moment being kept), from inside the event loop, so the
signal lands on a running window.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(data_dir: str, mode: str, words: str = "") -> int:
    from PySide6.QtCore import QTimer

    import openup_desktop.context as context_module
    from openup_desktop.app import run_gui
    from openup_desktop.paths import resolve_paths

    build_real_context = context_module.build_context

    def build_context(*args, **kwargs):  # type: ignore[no-untyped-def]
        context = build_real_context(*args, **kwargs)
        if context.app.firstRunNeeded:
            context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C")

        def get_going() -> None:
            if mode == "talk":
                context.nav.go("talk")
                assert context.bridges["Talk"].start() == ""
            else:
                draft = context.bridges["KeepDraft"]
                draft.begin("", "")
                draft.text = words
            print("READY", flush=True)

        QTimer.singleShot(300, get_going)
        return context

    context_module.build_context = build_context
    return run_gui(resolve_paths(data_dir), [sys.argv[0]])


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
