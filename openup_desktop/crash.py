"""Crash reports that help without betraying anyone.

An unhandled Python exception writes a report to ``logs/crashes/`` and shows a friendly message.
A hard crash (a segfault, an abort, a ``Fatal Python error`` from the interpreter itself) can't
run any Python, so each session gets a trace file that faulthandler and, when there is no
console to see it, file descriptor 2 write into. A clean quit deletes it; if it is still there
at the next start, the last session ended unexpectedly: its frames and versions become a
``crash-*.txt`` report and the couple is told once, kindly.

A report holds exception *types*, stack frames (file, line, function) and versions only — never
an exception message or local values, because those can carry what a partner typed. Lines of a
trace file that are not recognisably frames or interpreter messages are withheld.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from . import __version__

log = logging.getLogger("openup.crash")


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
    path = _new_report_path(crash_dir)
    with _private_file(path) as out:
        out.write(format_report(exc_type, exc, tb))
    return path


def _new_report_path(crash_dir: Path) -> Path:
    """Every report, from a caught exception or a hard crash, is named the same way."""
    return crash_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"


def install_crash_handler(
    crash_dir: Path, on_crash: Callable[[Path], object] | None = None
) -> None:
    """Route unhandled exceptions to a report; ``on_crash`` shows the friendly message.

    Hard crashes are traced by ``start_session_trace``.
    """
    crash_dir.mkdir(parents=True, exist_ok=True)

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


SESSION_TRACE = "session-trace.txt"
_SESSION_HEADER = "OpenUp session"
_SAFE_LINE = re.compile(
    r"^(Fatal Python error: [\w .:()'-]{0,200}"
    r"|Python runtime state: \w+"
    r"|(Current thread|Thread) 0x[0-9a-f]+( \[[\w.-]+\])? \(most recent call first\):"
    r"|Stack \(most recent call first\):"
    r"|  <no Python frame>"
    r"|  File \".*\", line \d+ in [\w<>.]+"
    r"|Extension modules: [\w., ]+(\(total: \d+\))?"
    r"|Segmentation fault|Aborted)$"
)
_FRAME = re.compile(r'^  File "(?P<path>.*)", line (?P<line>\d+) in (?P<name>[\w<>.]+)$')

_session_file: IO[str] | None = None


def _private_file(path: Path) -> IO[str]:
    """Open for writing, readable by the user only (a trace names files, never shares them)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return open(fd, "w", encoding="utf-8", buffering=1)


def safe_trace(raw: str) -> str:
    """Only what helps and can't betray: interpreter messages, frames, versions."""
    kept: list[str] = []
    withheld = 0
    for line in raw.splitlines():
        if line.startswith(_SESSION_HEADER):
            kept.append(line)
        elif _SAFE_LINE.match(line):
            frame = _FRAME.match(line)
            if frame:
                name = Path(frame["path"]).name
                line = f"  {name}:{frame['line']} in {frame['name']}"
            kept.append(line)
        elif line.strip():
            withheld += 1
    if withheld:
        kept.append(f"({withheld} other line(s) withheld: they were not frames or versions)")
    return "\n".join(kept)


def start_session_trace(crash_dir: Path, versions: str, *, capture_stderr: bool) -> Path | None:
    """Begin this session's trace; returns a report of the last session if it ended abruptly.

    ``capture_stderr`` sends file descriptor 2 into the trace: the windowed app has no console,
    and the interpreter writes its fatal errors there and nowhere else.
    """
    global _session_file
    crash_dir.mkdir(parents=True, exist_ok=True)
    trace = crash_dir / SESSION_TRACE
    report = _report_unfinished_session(crash_dir, trace)
    _session_file = _private_file(trace)
    _session_file.write(
        f"{_SESSION_HEADER} started {datetime.now().isoformat(timespec='seconds')}: {versions}\n"
    )
    _session_file.flush()
    if capture_stderr:
        if sys.stderr is not None:
            sys.stderr.flush()
        os.dup2(_session_file.fileno(), 2)
    faulthandler.enable(_session_file, all_threads=True)
    return report


def _report_unfinished_session(crash_dir: Path, trace: Path) -> Path | None:
    try:
        raw = trace.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        log.warning("The last session's trace could not be read")
        return None
    body = safe_trace(raw)
    report = _new_report_path(crash_dir)
    lines = [
        "OpenUp closed unexpectedly in its last session (found at the next start).",
        "",
        body
        if "\n" in body
        else body + "\n(no trace: the process was stopped from outside, "
        "the computer lost power, or the fault happened where no trace can be written)",
        "",
    ]
    with _private_file(report) as out:
        out.write("\n".join(lines))
    trace.unlink(missing_ok=True)
    log.warning("The last session ended unexpectedly; report saved as %s", report.name)
    return report


def end_session_trace(crash_dir: Path) -> None:
    """A clean quit: nothing to report next time."""
    global _session_file
    if _session_file is None:
        return
    faulthandler.disable()
    _session_file.close()
    _session_file = None
    (crash_dir / SESSION_TRACE).unlink(missing_ok=True)


def friendly_crash_text(report: Path) -> str:
    return (
        "Something went wrong inside OpenUp.\n\n"
        "What you had already saved is safe. A short report with no personal text in it was "
        f"kept at:\n{report}\n\nYou can keep using OpenUp, or close it and open it again."
    )
