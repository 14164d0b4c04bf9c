"""A scripted couple for the kill test: runs a real talk through the app's own objects.

Started as a subprocess by tests/e2e/test_kill_mid_talk.py and killed with SIGKILL at a random
moment. It prints ``TURN <n>`` after each turn is reported saved, so the test knows what must
survive the kill.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(data_dir: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from openup_desktop.context import build_context
    from openup_desktop.paths import resolve_paths

    app = QCoreApplication([sys.argv[0]])
    paths = resolve_paths(data_dir)
    paths.ensure()
    context = build_context(paths)
    if context.app.firstRunNeeded:
        context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C")
    talk = context.bridges["Talk"]
    context.bridges["TalkSetup"].firstSpeaker = 0
    context.bridges["TalkSetup"].minutes = 30
    assert talk.start() == ""
    print("STARTED", flush=True)
    n = 0
    while True:
        time.sleep(0.01)
        app.processEvents()
        talk.passTurn()
        n += 1
        print(f"TURN {n}", flush=True)
        if n % 7 == 0:
            talk.declinePrompt()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
