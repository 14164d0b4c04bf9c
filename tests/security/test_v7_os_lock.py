"""V7: the vault locks when the OS screen locks or the session is switched (issue #13, 10).

Before, only focus loss did it, and with "lock when in the background" off only the idle timer
locked. On Linux the desktop says so on D-Bus; the test starts the real app context on a private
bus (``dbus-run-session``, as CI does), unlocks the vault, and sends each signal a desktop or
systemd-logind would send. A screen saver turning *off* must not lock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus is Linux's")


def test_screen_lock_signals_on_the_session_bus_lock_the_vault(tmp_path: Path) -> None:
    runner = shutil.which("dbus-run-session")
    assert runner, "install the 'dbus' package (dbus-run-session) to run this test"
    env = dict(os.environ)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    probe = REPO / "tests" / "security" / "os_lock_probe.py"
    proc = subprocess.run(
        [runner, "--", sys.executable, str(probe), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("status On: the vault locks when this computer's screen locks")
    assert lines[1:] == [
        "ActiveChanged[False] owner->owner",
        "ActiveChanged[True] owner->locked",
        "ActiveChanged[True] owner->locked",
        "Lock[] owner->locked",
        "PrepareForSleep[True] owner->locked",
    ]
