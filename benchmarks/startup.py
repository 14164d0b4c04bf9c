"""Start-up time (process start → first frame) and memory after the first frame.

Runs OpenUp (on a data folder with a couple set up, so Home shows) and a minimal PySide6 QML
window alternately, several times each in the same run, and prints medians and ratios. Goals (a
benchmark figure, not a test): the first frame within 2.0× and memory within 1.5× of the minimal
window (issue #17); the project's longer aim is 1.5× and 1.3×. It prints whether each is met.

    python benchmarks/startup.py [--runs 7] [--json benchmarks/results/startup.json]
    python benchmarks/startup.py --bundle dist/OpenUp/OpenUp     (the frozen app, Linux/Windows)

With ``--bundle`` the frozen OpenUp is measured the same way, against the minimal window frozen
too: the benchmark freezes ``minimal_window.py`` with PyInstaller (one folder, its defaults, about
20 s) so both pay the frozen start-up (the bootloader, unpacking the standard library). Where
PyInstaller isn't installed, or with ``--minimal checkout``, the baseline is the checkout's
window instead; the output and the JSON say which.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import write_results

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def seed_data_dir(folder: Path) -> None:
    from openup_desktop.core.couple import Partner
    from openup_desktop.store.couple import CoupleRepository
    from openup_desktop.store.database import open_database

    opened = open_database(folder / "openup.db")
    CoupleRepository(opened.db).save_couple(
        [Partner(0, "Sam", "#B4432F", True), Partner(1, "Alex", "#2F5E8C", True)],
        datetime.now().astimezone(),
    )
    opened.close()


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Seconds from spawn to first frame, resident KiB and CPU seconds at that moment."""
    started = time.time()
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, cwd=REPO, check=False
    )
    for line in result.stdout.splitlines():
        if line.startswith("FIRST_FRAME"):
            _, stamp, rss, cpu = line.split()
            return float(stamp) - started, int(rss), float(cpu)
    raise RuntimeError(f"No first frame from {command[-1]}: {result.stderr[-2000:]}")


def freeze_minimal_window(work: Path) -> Path | None:
    """The minimal window as a one-folder PyInstaller bundle, or None without PyInstaller."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return None
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--onedir",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            "--paths",
            str(REPO),
            str(REPO / "benchmarks" / "minimal_window.py"),
        ],
        check=True,
        cwd=work.parent,
    )
    name = "minimal_window.exe" if sys.platform == "win32" else "minimal_window"
    return work / "dist" / "minimal_window" / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="OpenUp start-up benchmark")
    parser.add_argument("--runs", type=int, default=7, help="runs of each program (≥ 5)")
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write the figures (default benchmarks/results/startup.json, or "
        "startup-bundle.json with --bundle)",
    )
    parser.add_argument(
        "--bundle", type=Path, help="the frozen app's executable, e.g. dist/OpenUp/OpenUp"
    )
    parser.add_argument(
        "--minimal",
        choices=("frozen", "checkout"),
        default="frozen",
        help="with --bundle: compare with the minimal window frozen too (default) or as Python",
    )
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    if args.bundle is not None and not args.bundle.is_file():
        parser.error(f"--bundle: {args.bundle} is not a file; build it with packaging/build.py")
    openup_label = f"bundle {args.bundle}" if args.bundle else "checkout"
    results = REPO / "benchmarks" / "results"
    json_path = args.json or results / ("startup-bundle.json" if args.bundle else "startup.json")

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_QUICK_BACKEND", "software")
    env["OPENUP_EXIT_AFTER_FIRST_FRAME"] = "1"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    # Compiled bytecode is kept, as for anyone running OpenUp (and inside the frozen bundle): an
    # environment that forbids writing it would time the compiler, not the start-up.
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    samples: dict[str, list[tuple[float, int, float]]] = {"openup": [], "minimal": []}
    with tempfile.TemporaryDirectory(prefix="openup-bench-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        seed_data_dir(data)
        commands = {
            "openup": (
                [str(args.bundle.resolve()), "--data-dir", str(data)]
                if args.bundle
                else [sys.executable, "-m", "openup_desktop", "--data-dir", str(data)]
            ),
            "minimal": [sys.executable, str(REPO / "benchmarks" / "minimal_window.py")],
        }
        minimal_label = "checkout (Python, not frozen)"
        if args.bundle and args.minimal == "frozen":
            frozen = freeze_minimal_window(Path(tmp) / "minimal")
            if frozen is not None:
                commands["minimal"] = [str(frozen)]
                minimal_label = "frozen with PyInstaller (one folder, its defaults)"
            else:
                minimal_label += "; PyInstaller is not installed here"
        measure(commands["openup"], env)  # warm the file cache for both, unrecorded
        measure(commands["minimal"], env)
        for _ in range(runs):
            for name in ("minimal", "openup"):
                samples[name].append(measure(commands[name], env))

    def med(name: str, index: int) -> float:
        return statistics.median(s[index] for s in samples[name])

    result = {
        "when": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
        "runs": runs,
        "openup_program": openup_label,
        "minimal_program": minimal_label,
        "startup_s": {"openup": med("openup", 0), "minimal": med("minimal", 0)},
        "rss_mib": {"openup": med("openup", 1) / 1024, "minimal": med("minimal", 1) / 1024},
        "cpu_s": {"openup": med("openup", 2), "minimal": med("minimal", 2)},
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }
    result["ratio_startup"] = result["startup_s"]["openup"] / result["startup_s"]["minimal"]
    result["ratio_memory"] = result["rss_mib"]["openup"] / result["rss_mib"]["minimal"]
    result["ratio_cpu"] = result["cpu_s"]["openup"] / result["cpu_s"]["minimal"]
    result["goals"] = {"startup_ratio_max": 2.0, "memory_ratio_max": 1.5}
    result["aims"] = {"startup_ratio_max": 1.5, "memory_ratio_max": 1.3}
    result["met"] = {
        level: {
            "startup": result["ratio_startup"] <= limits["startup_ratio_max"],
            "memory": result["ratio_memory"] <= limits["memory_ratio_max"],
        }
        for level, limits in (("goals", result["goals"]), ("aims", result["aims"]))
    }

    print(f"Start-up benchmark ({runs} runs each, alternating; medians)")
    print(f"OpenUp: {openup_label}; minimal window: {result['minimal_program']}")
    print(f"{'':<16}{'first frame':>14}{'memory (RSS)':>16}{'CPU time':>14}")
    for name in ("minimal", "openup"):
        print(
            f"{name:<16}{result['startup_s'][name] * 1000:>11.0f} ms"
            f"{result['rss_mib'][name]:>12.1f} MiB{result['cpu_s'][name] * 1000:>11.0f} ms"
        )
    print(
        f"{'ratio':<16}{result['ratio_startup']:>13.2f}×{result['ratio_memory']:>15.2f}×"
        f"{result['ratio_cpu']:>13.2f}×"
    )
    if result["load_average"] is not None:
        # The first-frame ratio grows when other programs compete for the cores (OpenUp does
        # more work than the bare window, so it is interrupted more); the CPU ratio does not.
        print(f"load average at the end: {result['load_average']:.2f}")

    def verdict(level: str, kind: str) -> str:
        return "met" if result["met"][level][kind] else "NOT met"

    for level, label in (("goals", "goal"), ("aims", "longer aim")):
        limits = result[level]
        print(
            f"{label}: first frame ≤ {limits['startup_ratio_max']}× {verdict(level, 'startup')}, "
            f"memory ≤ {limits['memory_ratio_max']}× {verdict(level, 'memory')}"
        )
    write_results(json_path, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
