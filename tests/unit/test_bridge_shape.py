"""The bridges stay small enough to read in one sitting, and each says what it owns.

Two controllers once grew past 700 lines, each owning several things at once; they were split
along their seams (see docs/architecture.md). These checks keep a new bridge from growing the
same way unnoticed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BRIDGE = Path(__file__).resolve().parents[2] / "openup_desktop" / "bridge"
MAX_LINES = 420  # "about 400": room for a docstring, not for a second job
FILES = sorted(BRIDGE.glob("*.py"))


def _classes(path: Path) -> list[ast.ClassDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in tree.body if isinstance(node, ast.ClassDef)]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_bridge_file_is_longer_than_one_sitting(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, (
        f"{path.name} has {lines} lines: split it along what it owns (docs/architecture.md)"
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_bridge_class_says_what_it_owns(path: Path) -> None:
    missing = [
        node.name
        for node in _classes(path)
        if not node.name.startswith("_") and not ast.get_docstring(node)
    ]
    assert missing == [], f"{path.name}: no docstring for {', '.join(missing)}"


def test_every_qml_singleton_has_a_paragraph_of_its_own() -> None:
    """Each bridge QML sees explains itself in its class, not only in its module."""
    from openup_desktop.bridge.qml_module import SINGLETONS

    short = {
        name: cls.__name__
        for name, cls in SINGLETONS.items()
        if len((cls.__doc__ or "").split()) < 25
    }
    assert short == {}, f"a one-paragraph docstring saying what it owns is missing: {short}"


def test_the_checks_can_fail(tmp_path: Path) -> None:
    long_file = tmp_path / "too_long.py"
    long_file.write_text('"""x"""\n' + "pass\n" * MAX_LINES, encoding="utf-8")
    with pytest.raises(AssertionError):
        test_no_bridge_file_is_longer_than_one_sitting(long_file)
    silent = tmp_path / "silent.py"
    silent.write_text("class Quiet:\n    pass\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        test_every_bridge_class_says_what_it_owns(silent)
