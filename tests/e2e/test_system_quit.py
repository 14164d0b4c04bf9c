"""A log-out or shut-down (SIGTERM) never waits for a question nobody is there to answer.

Real processes: the app as it runs (``run_gui``, Main.qml and its questions on leaving), with a
talk started through its own bridge by tests/helpers/system_quit_probe.py, then SIGTERM.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from openup_desktop.store.database import open_database
from openup_desktop.store.talks import TalkRepository
from tests.helpers.processes import REPO, app_env
from tests.helpers.qml import item, text_of

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

#: a log-out gives an app a few seconds before it is killed; this is generous for a busy machine
PROMPT_EXIT_S = 15
CANARY = "Nadie-sabe-CANARY-5521"


def term_while(data: Path, mode: str, *extra: str) -> tuple[int, str]:
    """Run the probe until it is ``READY``, send SIGTERM; its exit code and what it logged."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.system_quit_probe", str(data), mode, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=app_env(),
        stdin=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "READY", process.stderr.read() if process.stderr else ""
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=PROMPT_EXIT_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {PROMPT_EXIT_S} s after SIGTERM (waiting for a question?)")
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, (data / "logs" / "openup.log").read_text(encoding="utf-8")


@pytest.mark.gui
def test_a_log_out_mid_talk_keeps_the_talk_for_later_and_exits(qtbot, tmp_path):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    code, log = term_while(tmp_path, "talk")
    assert code == 0
    assert "Asked to quit by the system" in log and "kept for later" in log
    assert not (tmp_path / "logs" / "crashes" / "session-trace.txt").exists(), "a clean quit"
    opened = open_database(tmp_path / "openup.db")
    try:
        unfinished = TalkRepository(opened.db).unfinished_talk()
        assert unfinished is not None and unfinished.snapshot is not None
    finally:
        opened.close()

    again = start_live_app(qtbot, tmp_path, couple=False)
    try:
        assert item(again.window, "resumeTalkButton").isVisible()
        assert "Everything you had done is kept" in text_of(again.window, "resumeText")
    finally:
        stop_live_app(again)


def test_a_log_out_while_a_moment_is_written_exits_and_leaves_the_words_nowhere(tmp_path):
    code, log = term_while(tmp_path, "draft", CANARY)
    assert code == 0
    assert CANARY not in log
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), f"the words are in {path.name}"
