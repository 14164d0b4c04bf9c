"""Two real processes on one data folder: the second hands over to the first and exits."""

from __future__ import annotations

import signal
import time

import pytest

from tests.helpers.processes import run_openup, start_openup

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def log_text(data_dir) -> str:
    log = data_dir / "logs" / "openup.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def test_second_launch_brings_the_first_to_front_and_exits(tmp_path):
    first = start_openup("--data-dir", str(tmp_path))
    try:
        assert wait_for(lambda: "Starting OpenUp" in log_text(tmp_path)), first.stderr
        assert wait_for(lambda: (tmp_path / "openup.lock").exists())
        time.sleep(0.3)  # let the first window finish showing before the second knocks
        second = run_openup("--data-dir", str(tmp_path), timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert wait_for(lambda: "asked us to come to the front" in log_text(tmp_path))
        assert first.poll() is None, "the first window keeps running"
        assert log_text(tmp_path).count("Starting OpenUp") == 1, "the second never started up"
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=10)


def test_a_stale_lock_from_a_killed_run_does_not_block_start(tmp_path):
    first = start_openup("--data-dir", str(tmp_path))
    assert wait_for(lambda: "Starting OpenUp" in log_text(tmp_path))
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=10)
    assert (tmp_path / "openup.lock").exists(), "the kill leaves the lock behind"
    again = run_openup("--data-dir", str(tmp_path), OPENUP_EXIT_AFTER_FIRST_FRAME="1")
    assert again.returncode == 0, again.stderr
    assert "FIRST_FRAME" in again.stdout


def test_a_double_click_opens_one_window_and_the_second_hands_over(tmp_path):
    """Two launches at once, as a double-click twice over does: the one that gets the folder
    starts (its window answers only once it is up), the other must wait for that answer and
    hand over, not report that OpenUp "did not answer"."""
    data = tmp_path / "data"  # the first start: neither launch finds the folder made yet
    launches = [start_openup("--data-dir", str(data)) for _ in range(2)]
    try:
        assert wait_for(lambda: any(launch.poll() is not None for launch in launches), 60)
        ended = next(launch for launch in launches if launch.poll() is not None)
        running = next(launch for launch in launches if launch is not ended)
        out, err = ended.communicate(timeout=10)
        assert ended.returncode == 0, err[-2000:]
        assert "already open" in out
        assert wait_for(lambda: "asked us to come to the front" in log_text(data))
        assert running.poll() is None, "the first window keeps running"
        assert log_text(data).count("Starting OpenUp") == 1, "only one started up"
    finally:
        for launch in launches:
            if launch.poll() is None:
                launch.send_signal(signal.SIGKILL)
            launch.communicate(timeout=10)
