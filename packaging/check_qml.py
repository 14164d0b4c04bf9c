"""Check every QML file with the Qt tools PySide6 ships: qmllint (no findings) and qmlformat.

    python packaging/check_qml.py            # what .ci/run does; exits 1 on any finding
    python packaging/check_qml.py --write    # refresh packaging/qmltypes/ from the bridges
    python packaging/check_qml.py --format   # rewrite the QML the way qmlformat wants it

Three checks, each failing on its own:

1. ``packaging/qmltypes/OpenUp/`` (qmldir + OpenUp.qmltypes, the bridges as qmllint sees them)
   matches what ``openup_desktop.bridge.qml_module`` generates from the bridge classes today, so
   the linter never judges screens against stale bridges.
2. ``pyside6-qmllint`` on every ``ui/**/*.qml`` with that folder on its import path reports
   nothing at all: no warning, and no unused import either.
3. ``pyside6-qmlformat`` (with the repository's ``.qmlformat.ini``) would not change any file.

The tools come from the PySide6-Essentials this interpreter runs, never from a system Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "ui"
TYPES_DIR = REPO / "packaging" / "qmltypes"
MODULE_DIR = TYPES_DIR / "OpenUp"

# Findings qmllint only reports as "info" by default but that are still worth a red CI.
RAISED_TO_WARNING = ("unused-imports",)


def _tool(name: str) -> str:
    """``pyside6-<name>`` next to this interpreter (the project's own PySide6)."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here))
    if found is None:
        raise SystemExit(f"pyside6-{name} not found next to {sys.executable}; install PySide6.")
    return found


def qml_files() -> list[Path]:
    return sorted(UI.rglob("*.qml"))


def expected_module_files() -> dict[str, str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from openup_desktop.bridge.qml_module import URI, qmldir_text, qmltypes_text

    return {"qmldir": qmldir_text(), f"{URI}.qmltypes": qmltypes_text()}


def check_types(write: bool) -> list[str]:
    problems = []
    for name, text in expected_module_files().items():
        path = MODULE_DIR / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        if write:
            MODULE_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(REPO)}")
        else:
            problems.append(
                f"{path.relative_to(REPO)} is out of date with the bridges "
                "(run python packaging/check_qml.py --write)"
            )
    return problems


def lint(files: list[Path] | None = None) -> list[str]:
    """Every qmllint finding on ``files`` (all of ``ui/``), as ``file:line:col: message [id]``."""
    command = [_tool("qmllint"), "--json", "-", "-I", str(TYPES_DIR)]
    for category in RAISED_TO_WARNING:
        command += [f"--{category}", "warning"]
    command += [str(path) for path in (qml_files() if files is None else files)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [f"qmllint gave no report (exit {result.returncode}): {result.stderr.strip()}"]
    findings = []
    for entry in report.get("files", []):
        where = Path(entry["filename"]).resolve()
        where = where.relative_to(REPO) if where.is_relative_to(REPO) else where
        if not entry.get("success", True) and not entry.get("warnings"):
            findings.append(f"{where}: qmllint could not check this file")
        for warning in entry.get("warnings", []):
            if warning.get("type") in ("debug", "info"):
                continue
            findings.append(
                f"{where}:{warning.get('line', 0)}:{warning.get('column', 0)}: "
                f"{warning.get('message', '')} [{warning.get('id', '?')}]"
            )
    return findings


def unformatted(write: bool) -> list[str]:
    problems = []
    # The repository's settings only (Unix newlines everywhere), whatever the user's own are.
    command = [_tool("qmlformat"), "--settings", str(REPO / ".qmlformat.ini")]
    for path in qml_files():
        result = subprocess.run(
            [*command, str(path)], capture_output=True, text=True, check=False, encoding="utf-8"
        )
        if result.returncode != 0:
            problems.append(f"{path.relative_to(REPO)}: qmlformat failed: {result.stderr.strip()}")
            continue
        if result.stdout == path.read_text(encoding="utf-8"):
            continue
        if write:
            path.write_text(result.stdout, encoding="utf-8", newline="\n")
            print(f"formatted {path.relative_to(REPO)}")
        else:
            problems.append(f"{path.relative_to(REPO)}: not formatted as qmlformat writes it")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="refresh packaging/qmltypes/")
    parser.add_argument("--format", action="store_true", help="format the QML files in place")
    args = parser.parse_args(argv)
    failed = False
    types = check_types(args.write)  # before linting, so the linter sees today's bridges
    for title, problems in (
        ("OpenUp qmltypes", types),
        ("qmllint", lint()),
        ("qmlformat", unformatted(args.format)),
    ):
        if problems:
            failed = True
            print(f"{title}: {len(problems)} finding(s)")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"{title}: clean")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
