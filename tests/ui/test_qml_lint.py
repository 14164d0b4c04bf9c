"""qmllint sees the bridges: a screen that reads a property no bridge has is caught before it runs.

``packaging/check_qml.py`` (run by ``.ci/run``) holds the whole UI to zero findings; these tests
keep that check honest and let a plain ``pytest`` run catch a regression too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]


def _check_qml():
    spec = importlib.util.spec_from_file_location("check_qml", REPO / "packaging" / "check_qml.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screen_passes_qmllint():
    assert _check_qml().lint() == []


def test_a_misspelt_bridge_member_is_a_finding(tmp_path):
    screen = tmp_path / "Probe.qml"
    screen.write_text(
        "import QtQuick\nimport OpenUp\n\n"
        "Item {\n"
        "    property bool talking: TalkHistory.hasUnfinished\n"
        "    property bool typo: TalkHistory.hasUnfinshed\n"
        "}\n",
        encoding="utf-8",
    )
    findings = _check_qml().lint([screen])
    assert len(findings) == 1, findings
    assert "hasUnfinshed" in findings[0] and "[missing-property]" in findings[0]
