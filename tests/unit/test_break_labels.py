"""The break buttons say what they do: each label names the pause its button starts.

"This evening" used to start a three-hour break whatever the time of day, so at noon it
promised one thing and did another. The label and its Spanish translation now name the length.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TALK_RUN = ROOT / "ui" / "screens" / "TalkRunScreen.qml"
SPANISH = ROOT / "ui" / "i18n" / "openup_es.ts"

#: What a label must say for a break of that many minutes, in English and in Spanish.
EXPECTED = {
    20: ("20 minutes", "20 minutos"),
    60: ("hour", "hora"),
    180: ("3 hours", "3 horas"),
    1440: ("Tomorrow", "Mañana"),
}


def _break_buttons() -> dict[int, str]:
    qml = TALK_RUN.read_text(encoding="utf-8")
    buttons = {}
    for match in re.finditer(
        r'objectName: "break_(\d+)"\s+text: qsTr\("([^"]+)"\)(.*?)\}', qml, re.S
    ):
        minutes, label, body = int(match.group(1)), match.group(2), match.group(3)
        assert f"Talk.takeBreak({minutes})" in body, label
        buttons[minutes] = label
    return buttons


def _spanish(source: str) -> str:
    for message in ET.parse(SPANISH).getroot().iter("message"):
        if message.findtext("source") == source:
            return "".join(message.find("translation").itertext())
    raise AssertionError(f"no Spanish for {source!r}")


def test_every_break_choice_is_there() -> None:
    assert set(_break_buttons()) == set(EXPECTED)


@pytest.mark.parametrize("minutes", sorted(EXPECTED))
def test_break_label_names_its_length(minutes: int) -> None:
    label = _break_buttons()[minutes]
    english, spanish = EXPECTED[minutes]
    assert english in label
    assert spanish in _spanish(label)
    assert "evening" not in label.lower() and "tarde" not in _spanish(label).lower()
