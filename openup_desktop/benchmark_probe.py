"""A tiny hook for benchmarks/startup.py: report the first frame and resident memory, then quit.

Shared by the app and the benchmark's minimal QML window, so both are measured the same way.
"""

from __future__ import annotations

import sys
import time
from typing import Any


def resident_memory_kib() -> int:
    """Current resident set size; the peak where /proc does not exist; 0 where neither does."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows has neither /proc nor resource: the frame still counts
        return 0

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def report_first_frame_and_quit(window: Any, timer_class: Any) -> None:
    """On the first swapped frame print ``FIRST_FRAME <time> <rss KiB> <cpu s>``, then quit.

    The CPU time (every thread of the process, since it started) is the figure other programs
    on a shared machine can't inflate; the wall-clock time is what the couple waits.
    """
    from PySide6.QtCore import QCoreApplication

    done = {"seen": False}

    def on_frame() -> None:
        if done["seen"]:
            return
        done["seen"] = True
        stamp, cpu = time.time(), time.process_time()
        print(f"FIRST_FRAME {stamp:.6f} {resident_memory_kib()} {cpu:.6f}", flush=True)
        timer_class.singleShot(0, QCoreApplication.quit)

    window.frameSwapped.connect(on_frame)
