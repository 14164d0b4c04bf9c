"""The break buttons say what they do: each label names the pause its button starts.

"This evening" used to start a three-hour break whatever the time of day, so at noon it
promised one thing and did another. The choices come from the core and their labels from the
bridge, in both languages.
"""

from __future__ import annotations

import pytest

from openup_desktop.core.talk import BREAK_CHOICES_MINUTES

pytestmark = pytest.mark.gui

#: What a label must say for a break of that many minutes, in English and in Spanish.
EXPECTED = {
    20: ("20 minutes", "20 minutos"),
    60: ("hour", "hora"),
    180: ("3 hours", "3 horas"),
    1440: ("Tomorrow", "Mañana"),
}


def _labels(live) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {c["minutes"]: c["label"] for c in live.talk_setup.breakChoices}


def test_every_break_choice_is_offered_and_names_its_length(qtbot, live_app) -> None:
    assert tuple(_labels(live_app)) == BREAK_CHOICES_MINUTES
    assert set(BREAK_CHOICES_MINUTES) == set(EXPECTED)
    english = _labels(live_app)
    live_app.context.app.language = "es"
    qtbot.wait(10)
    spanish = _labels(live_app)
    live_app.context.app.language = "en"
    for minutes, (en_words, es_words) in EXPECTED.items():
        assert en_words in english[minutes]
        assert es_words in spanish[minutes]
        assert "evening" not in english[minutes].lower()
        assert "tarde" not in spanish[minutes].lower()


def test_a_break_button_starts_the_break_it_names(qtbot, live_app) -> None:
    from PySide6.QtCore import Qt

    from tests.helpers.qml import click, key

    live_app.context.nav.go("talk")
    assert live_app.talk.start() == ""
    qtbot.wait(10)
    key(qtbot, live_app.window, Qt.Key.Key_B)
    click(qtbot, live_app.window, "break_180")
    assert live_app.running.state == "on_break"
    until = live_app.running.breakUntilText
    assert until, "the break says when it ends"


def test_a_break_ending_today_says_only_the_time_and_one_ending_tomorrow_its_day(
    qtbot, live_app
) -> None:
    """Found in a real-window walk: "Come back after Tuesday 03:11" on that very Tuesday."""
    from datetime import datetime, timedelta

    from PySide6.QtCore import Qt

    from tests.helpers.qml import click, key

    clock = live_app.clock
    local_noon = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    clock.set_now(local_noon)
    live_app.context.nav.go("talk")
    assert live_app.talk.start() == ""
    qtbot.wait(10)
    key(qtbot, live_app.window, Qt.Key.Key_B)
    click(qtbot, live_app.window, "break_20")
    assert live_app.running.breakUntilText == "12:20"
    live_app.talk.continueAfterBreak()
    clock.set_now(local_noon + timedelta(hours=11, minutes=30))  # 23:30
    key(qtbot, live_app.window, Qt.Key.Key_B)
    click(qtbot, live_app.window, "break_60")
    tomorrow = (local_noon + timedelta(days=1)).strftime("%A")
    assert live_app.running.breakUntilText == f"{tomorrow} 00:30"
