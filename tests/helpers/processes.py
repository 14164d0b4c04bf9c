"""Start real OpenUp processes (offscreen) for end-to-end tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    env.pop("OPENUP_EXIT_AFTER_FIRST_FRAME", None)
    env.update(extra)
    return env


def openup_command(*args: str, python: str | Path = sys.executable) -> list[str]:
    return [str(python), "-m", "openup_desktop", *args]


def run_openup(*args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        openup_command(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=app_env(**env),
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )


def start_openup(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        openup_command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=app_env(**env),
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )
