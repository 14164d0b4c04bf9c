"""Crash reports that help without betraying anyone.

An unhandled Python exception writes a report to ``logs/crashes/`` and shows a friendly message;
a hard crash (segfault) is caught by faulthandler into ``faulthandler.log``. A report holds the
exception *type* and the stack frames (file, line, function) only — never the exception message
or local values, because those can carry what a partner typed.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from . import __version__

log = logging.getLogger("openup.crash")

_fault_file: IO[str] | None = None


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A crash report with no message text: type names and frames only."""
    lines = [
        f"OpenUp {__version__} crashed at {datetime.now().isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} on {sys.platform}",
        "",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for error in reversed(chain):
        lines.append(f"{type(error).__module__}.{type(error).__qualname__} (message withheld)")
        for frame in traceback.extract_tb(error.__traceback__):
            lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        lines.append("")
    return "\n".join(lines)


def write_report(
    crash_dir: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path:
    crash_dir.mkdir(parents=True, exist_ok=True)
    path = crash_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    path.write_text(format_report(exc_type, exc, tb), encoding="utf-8")
    return path


def install_crash_handler(crash_dir: Path, on_crash: Callable[[Path], None] | None = None) -> None:
    """Route unhandled exceptions to a report; ``on_crash`` shows the friendly message."""
    global _fault_file
    crash_dir.mkdir(parents=True, exist_ok=True)
    _fault_file = open(crash_dir / "faulthandler.log", "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_fault_file)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            path = write_report(crash_dir, exc_type, exc, tb)
        except OSError:
            log.error("An unexpected error happened and its report could not be saved")
            return
        log.error("An unexpected error happened; report saved as %s", path.name)
        if on_crash is not None:
            on_crash(path)

    sys.excepthook = hook


def friendly_crash_text(report: Path) -> str:
    return (
        "Something went wrong inside OpenUp.\n\n"
        "What you had already saved is safe. A short report with no personal text in it was "
        f"kept at:\n{report}\n\nYou can keep using OpenUp, or close it and open it again."
    )
