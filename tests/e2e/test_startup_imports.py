"""Start-up stays light: the first frame comes before the vault's cryptography, icalendar and
Qt Widgets are loaded, so a couple opening OpenUp for a quick talk doesn't wait for them.

The real app runs in its own process up to its first frame (the hook that benchmarks/startup.py
uses), and what Python has imported by then is read from ``sys.modules`` at that very frame.
Timings are for the benchmark, not for tests; which modules are loaded is a fact a test can hold.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.processes import REPO, app_env

pytestmark = pytest.mark.e2e

# Runs the app exactly like `python -m openup_desktop`, with one addition: at the first frame it
# prints the imported modules and whether the screen the couple should see is there.
_AT_FIRST_FRAME = """
import json, sys
from openup_desktop import benchmark_probe

original = benchmark_probe.report_first_frame_and_quit

def report(window, timer_class):
    def at_first_frame():
        from PySide6.QtCore import QObject
        shown = [name for name in ("homeScreen", "firstRunScreen")
                 if window.findChild(QObject, name) is not None]
        import PySide6.QtCore
        qt_built = "Qt" in vars(PySide6.QtCore)  # PySide makes the namespace on first use
        import linecache
        sources_read = [name for name in linecache.cache if "openup_desktop" in name]
        print("AT_FIRST_FRAME " + json.dumps({"modules": sorted(sys.modules), "shown": shown,
                                              "qt_namespace": qt_built,
                                              "sources_read": sources_read}), flush=True)
    window.frameSwapped.connect(at_first_frame)  # before the probe's own: runs first
    original(window, timer_class)

benchmark_probe.report_first_frame_and_quit = report
from openup_desktop.__main__ import main
sys.exit(main())
"""

NOT_BEFORE_THE_FIRST_FRAME = ("cryptography", "icalendar", "PySide6.QtWidgets")
# Smaller, but some milliseconds each of a start that should feel instant: the standard log
# rotation's module (it brings sockets and pickle); hashlib with OpenSSL (only the socket that
# answers a second launch needs it, after the first frame); ctypes, which only Windows calls need.
# (On a first start the migrations' sqlite-utils loads the last two anyway.)
NOT_BEFORE_THE_FIRST_FRAME += ("logging.handlers",)
NOT_ON_A_USUAL_START = ("sqlite_utils", "hashlib") + (
    () if sys.platform == "win32" else ("ctypes",)
)


def _first_frame(data_dir: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_FRAME, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=app_env(OPENUP_EXIT_AFTER_FIRST_FRAME="1", PYTHONPATH=str(REPO)),
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for line in result.stdout.splitlines():
        if line.startswith("AT_FIRST_FRAME "):
            seen: dict[str, Any] = json.loads(line.removeprefix("AT_FIRST_FRAME "))
            return seen
    raise AssertionError(f"no first frame: {result.stdout[-2000:]} {result.stderr[-2000:]}")


def _with_a_couple(data_dir: Path) -> None:
    from openup_desktop.core.couple import Partner
    from openup_desktop.store.couple import CoupleRepository
    from openup_desktop.store.database import open_database

    opened = open_database(data_dir / "openup.db")
    CoupleRepository(opened.db).save_couple(
        [Partner(0, "Sam", "#B4432F", True), Partner(1, "Alex", "#2F5E8C", True)],
        datetime.now().astimezone(),
    )
    opened.close()


@pytest.mark.parametrize(
    ("couple", "screen"), [(False, "firstRunScreen"), (True, "homeScreen")], ids=["empty", "home"]
)
def test_the_first_frame_comes_before_cryptography_icalendar_and_widgets(tmp_path, couple, screen):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    if couple:
        _with_a_couple(data_dir)
    seen = _first_frame(data_dir)
    assert seen["shown"] == [screen], "the first frame shows what the couple came for"
    loaded = [name for name in NOT_BEFORE_THE_FIRST_FRAME if name in seen["modules"]]
    assert loaded == [], "imported before the first frame (import them on first use instead)"
    assert seen["sources_read"] == [], (
        "PySide6 read OpenUp's module sources at import (see openup_desktop/pyside_startup.py)"
    )
    assert not seen["qt_namespace"], (
        "PySide6's Qt namespace was used before the first frame: building its ~100 enums takes "
        "some 30 ms (write the value out, or use it after the first frame)"
    )
    if couple:
        # The schema is current: start-up only reads which migrations ran, without sqlite-utils.
        assert [name for name in NOT_ON_A_USUAL_START if name in seen["modules"]] == []
