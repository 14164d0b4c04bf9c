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
