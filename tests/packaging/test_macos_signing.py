"""The macOS signing script signs every nested binary before the app bundle (inside-out).

Notarization rejects a PyInstaller bundle in which any ``.so``/``.dylib`` is unsigned, and
``codesign --deep`` does not reliably reach them all. No Mac here: the script runs on a fake
bundle with ``uname`` and ``codesign`` replaced by recorders, and the order of the recorded
``codesign`` calls is what is checked.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "macos" / "sign_and_notarize.sh"
MACHO_64 = bytes.fromhex("cffaedfe") + b"\0" * 60
FAT = bytes.fromhex("cafebabe") + b"\0" * 60
IDENTITY = "Developer ID Application: Test Couple (TEAM123456)"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="runs the bash script")


def fake_bundle(root: Path) -> tuple[Path, dict[str, Path]]:
    """A PyInstaller-shaped OpenUp.app: binaries deep inside, a Qt framework, plain files."""
    app = root / "OpenUp.app"
    contents = app / "Contents"
    files = {
        "main": contents / "MacOS" / "OpenUp",
        "python": contents / "Frameworks" / "Python.framework" / "Versions" / "3.12" / "Python",
        "libffi": contents / "Frameworks" / "libffi.8.dylib",
        "qtcore_module": contents / "Frameworks" / "PySide6" / "QtCore.abi3.so",
        "qtcore": contents
        / "Frameworks"
        / "PySide6"
        / "Qt"
        / "lib"
        / "QtCore.framework"
        / "Versions"
        / "A"
        / "QtCore",
        "plugin": contents / "Frameworks" / "PySide6" / "Qt" / "plugins" / "platforms" / "x.dylib",
        "sqlite": contents / "Frameworks" / "lib-dynload" / "_sqlite3.cpython-312-darwin.so",
    }
    for name, path in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(FAT if name == "python" else MACHO_64)
    for text in ("Resources/base_library.zip", "Resources/ui/Main.qml", "Info.plist"):
        (contents / text).parent.mkdir(parents=True, exist_ok=True)
        (contents / text).write_text("not code")
    framework = files["qtcore"].parents[2]
    (framework / "QtCore").symlink_to("Versions/A/QtCore")  # symlinks are never signed twice
    return app, files


def run_script(tmp_path: Path, target: Path) -> list[list[str]]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "codesign.log"
    (bin_dir / "uname").write_text("#!/bin/sh\necho Darwin\n")
    (bin_dir / "codesign").write_text(
        f'#!/usr/bin/env bash\nprintf "%q " "$@" >> {shlex.quote(str(log))}\necho >> {log}\n'
    )
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "MACOS_SIGN_IDENTITY": IDENTITY,
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        ["bash", str(SCRIPT), str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return [shlex.split(line) for line in log.read_text().splitlines()]


def signed_path(call: list[str]) -> Path:
    return Path(call[-1])


def test_every_nested_binary_is_signed_before_the_app(tmp_path):
    app, files = fake_bundle(tmp_path)
    calls = run_script(tmp_path, app)
    signing = [c for c in calls if "--verify" not in c]
    order = [signed_path(c) for c in signing]

    assert order[-1] == app, "the app bundle is signed last"
    for name, path in files.items():
        assert path in order, f"{name} ({path.name}) was never signed"
        assert order.index(path) < order.index(app), f"{name} signed after the app"
    framework = files["qtcore"].parents[2]
    assert framework in order
    assert order.index(files["qtcore"]) < order.index(framework) < order.index(app)
    plain = {p for p in app.rglob("*") if p.is_file() and p not in files.values()}
    assert not plain & set(order), "only code is signed"
    assert len(order) == len(set(order)), "each thing is signed once"


def test_deep_is_used_only_to_verify_and_signing_uses_hardened_runtime(tmp_path):
    app, files = fake_bundle(tmp_path)
    calls = run_script(tmp_path, app)
    verify = [c for c in calls if "--verify" in c]
    assert verify and verify[-1][-1] == str(app) and "--deep" in verify[-1]
    for call in calls:
        if "--verify" in call:
            continue
        assert "--deep" not in call
        assert call[call.index("--sign") + 1] == IDENTITY
        assert "--timestamp" in call and call[call.index("--options") + 1] == "runtime"
        with_entitlements = "--entitlements" in call
        program = signed_path(call) in (app, files["main"])
        assert with_entitlements == program, f"entitlements only for programs: {call}"


def test_no_line_of_the_script_signs_with_deep():
    for line in SCRIPT.read_text(encoding="utf-8").splitlines():
        code = line.split("#", 1)[0]
        if "--deep" in code:
            assert "--verify" in code, line
