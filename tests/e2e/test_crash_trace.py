"""A hard crash leaves a trace, and the trace never holds what a partner wrote.

The interpreter's own fatal errors (``bool_dealloc`` killed long talks on PySide6 6.12.0 with
Python 3.11) write to file descriptor 2 only, which the windowed app doesn't show anyone. These
tests abort real processes and read the crash folder afterwards, as support would.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.helpers.processes import REPO, app_env, start_openup

pytestmark = pytest.mark.e2e

CANARY = "Ich-habe-Angst-CANARY-7731"

CRASH_SCRIPT = textwrap.dedent(
    """
    import ctypes, sys
    from pathlib import Path
    from openup_desktop.crash import start_session_trace

    start_session_trace(Path(sys.argv[1]), "OpenUp test (PySide6 x, Python y)",
                        capture_stderr=True)
    secret = sys.argv[2]
    print("a partner wrote:", secret, file=sys.stderr, flush=True)  # must never be reported

    def deep_inside_a_talk():
        ctypes.pythonapi.Py_FatalError(b"bool_dealloc: deallocating True or False")

    deep_inside_a_talk()
    """
)

NEXT_START_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from openup_desktop.crash import end_session_trace, start_session_trace

    report = start_session_trace(Path(sys.argv[1]), "OpenUp test", capture_stderr=False)
    print(report or "NONE")
    end_session_trace(Path(sys.argv[1]))
    """
)


def _python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env=app_env(),
        stdin=subprocess.DEVNULL,
    )


def _reports(crash_dir: Path) -> list[Path]:
    return sorted(crash_dir.glob("crash-*.txt"))


def test_a_fatal_python_error_is_reported_at_the_next_start_without_partner_text(
    tmp_path: Path,
) -> None:
    crash_dir = tmp_path / "crashes"
    crashed = _python(CRASH_SCRIPT, str(crash_dir), CANARY)
    assert crashed.returncode == -signal.SIGABRT, crashed
    assert crashed.stderr == "", "stderr went to the terminal instead of the trace"

    trace = (crash_dir / "session-trace.txt").read_text(encoding="utf-8")
    assert "Fatal Python error: bool_dealloc" in trace

    next_start = _python(NEXT_START_SCRIPT, str(crash_dir))
    assert next_start.returncode == 0, next_start.stderr
    [report] = _reports(crash_dir)
    assert next_start.stdout.strip() == str(report)
    text = report.read_text(encoding="utf-8")
    assert "closed unexpectedly" in text
    assert "Fatal Python error: bool_dealloc: deallocating True or False" in text
    assert "in deep_inside_a_talk" in text  # the frames are there
    assert "OpenUp test (PySide6 x, Python y)" in text  # and the versions
    assert CANARY not in text
    assert "withheld" in text
    assert not (crash_dir / "session-trace.txt").exists(), "a clean quit leaves no trace behind"

    again = _python(NEXT_START_SCRIPT, str(crash_dir))
    assert again.stdout.strip() == "NONE", "the crash is reported once, not at every start"
    assert len(_reports(crash_dir)) == 1


def _wait_for(path: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{path} never contained {text!r}")


def _signal_running_app(data: Path, sig: signal.Signals) -> int:
    """Start the real app on ``data``, send ``sig`` once its session runs; its exit code."""
    app = start_openup("--data-dir", str(data))
    try:
        _wait_for(data / "logs" / "openup.log", "Starting OpenUp")
        _wait_for(data / "logs" / "crashes" / "session-trace.txt", "OpenUp session started")
        time.sleep(1.0)  # let the window load: the signal should hit a running app
        app.send_signal(sig)
        app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    return app.returncode


def test_the_real_app_aborted_mid_session_says_so_next_time(tmp_path: Path) -> None:
    data = tmp_path / "data"
    crash_dir = data / "logs" / "crashes"
    assert _signal_running_app(data, signal.SIGABRT) == -signal.SIGABRT
    trace = (crash_dir / "session-trace.txt").read_text(encoding="utf-8")
    assert "Fatal Python error: Aborted" in trace
    assert "OpenUp session started" in trace and "PySide6" in trace

    result = subprocess.run(
        [sys.executable, "-m", "openup_desktop", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=app_env(OPENUP_EXIT_AFTER_FIRST_FRAME="1"),
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    [report] = _reports(crash_dir)
    text = report.read_text(encoding="utf-8")
    assert "Fatal Python error: Aborted" in text
    assert ".py:" in text  # frames, by file and line
    log = (data / "logs" / "openup.log").read_text(encoding="utf-8")
    assert "The last session ended unexpectedly" in log
    assert not (crash_dir / "session-trace.txt").exists()


def test_a_log_out_or_shut_down_closes_cleanly_and_is_no_crash(tmp_path: Path) -> None:
    """SIGTERM (log-out, shut-down) quits through the event loop: no crash reported next time."""
    data = tmp_path / "data"
    crash_dir = data / "logs" / "crashes"
    assert _signal_running_app(data, signal.SIGTERM) == 0
    assert not (crash_dir / "session-trace.txt").exists()
    assert "closing cleanly" in (data / "logs" / "openup.log").read_text(encoding="utf-8")
    assert _reports(crash_dir) == []
