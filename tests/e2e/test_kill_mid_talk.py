"""A talk killed mid-way (SIGKILL) is offered for resuming, with every reported turn intact."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from openup_desktop.store.database import open_database
from openup_desktop.store.talks import TalkRepository
from tests.helpers.processes import REPO, app_env
from tests.helpers.qml import click, item, text_of

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def run_and_kill(data_dir, delay: float) -> int:
    """Start the scripted talk, kill it after ``delay`` s of turns; return turns reported."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.talk_writer", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=app_env(),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "STARTED", process.stderr.read() if process.stderr else ""
    first = process.stdout.readline()  # at least one turn saved, however busy the machine is
    assert first.startswith("TURN ")
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate(timeout=10)
    reported = [int(x.split()[1]) for x in [first, *out.splitlines()] if x.startswith("TURN ")]
    return max(reported, default=0)


@pytest.mark.parametrize("seed", range(3))
def test_killed_talk_keeps_every_reported_turn(tmp_path, seed):
    delay = random.Random(seed).uniform(0.05, 0.6)
    reported = run_and_kill(tmp_path, delay)
    with sqlite3.connect(tmp_path / "openup.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    opened = open_database(tmp_path / "openup.db")
    try:
        repo = TalkRepository(opened.db)
        unfinished = repo.unfinished_talk()
        assert unfinished is not None, "the killed talk is offered again"
        count = opened.db.execute(
            "SELECT COUNT(*) FROM turns WHERE talk_id = ? AND outcome = 'passed'",
            [unfinished.id],
        ).fetchone()[0]
        assert count >= reported, f"{reported} turns were reported saved, {count} are there"
    finally:
        opened.close()


@pytest.mark.gui
def test_after_a_kill_home_offers_to_resume_and_the_talk_continues(qtbot, tmp_path):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    reported = run_and_kill(tmp_path, 0.3)
    live = start_live_app(qtbot, tmp_path, couple=False)
    try:
        window = live.window
        assert "stopped before it ended" in text_of(window, "resumeText")
        click(qtbot, window, "resumeTalkButton")
        assert live.talk.phase == "talk"
        assert live.running.state == "paused", "a resumed talk waits for the couple"
        assert item(window, "pausedLayer").isVisible()
        click(qtbot, window, "resumeButton")
        assert live.running.state == "speaking"
        last_passer = live.context.database.db.execute(
            "SELECT speaker FROM turns WHERE outcome = 'passed' ORDER BY turn_index DESC LIMIT 1"
        ).fetchone()
        assert reported >= 1 and last_passer is not None
        expected = "Alex's turn" if last_passer[0] == 0 else "Sam's turn"
        assert text_of(window, "speakerName") == expected, "the floor is where it was"
    finally:
        stop_live_app(live)


@pytest.mark.gui
def test_after_a_kill_the_talk_can_be_closed_instead(qtbot, tmp_path):
    from tests.helpers.fixtures import start_live_app, stop_live_app

    run_and_kill(tmp_path, 0.2)
    live = start_live_app(qtbot, tmp_path, couple=False)
    try:
        click(qtbot, live.window, "closeTalkButton")
        assert not live.context.bridges["TalkHistory"].hasUnfinished
        status = live.context.database.db.execute("SELECT status FROM talks").fetchone()[0]
        assert status == "closed_unfinished"
    finally:
        stop_live_app(live)
