"""Spanish: the interface and the Warm-up and Everyday decks; the compiled .qm stays in step."""

from __future__ import annotations

import shutil

import pytest

from openup_desktop.i18n import compile_translations, resolve_language, translations_dir
from tests.helpers.qml import item, text_of


def test_committed_translations_match_their_sources(tmp_path):
    for ts in translations_dir().glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    written = compile_translations(tmp_path)
    assert written, "no .ts files found"
    for qm in written:
        committed = translations_dir() / qm.name
        assert committed.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run lrelease"


def test_every_message_is_translated():
    for ts in translations_dir().glob("*.ts"):
        assert 'type="unfinished"' not in ts.read_text(encoding="utf-8"), ts.name


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "es_ES", "es"),
        ("system", "es_MX", "es"),
        ("system", "de_DE", "en"),
        ("en", "es_ES", "en"),
        ("es", "en_GB", "es"),
    ],
)
def test_the_language_follows_the_system_unless_chosen(choice, system, expected):
    assert resolve_language(choice, system) == expected


@pytest.mark.gui
def test_switching_to_spanish_translates_screens_and_prompts(qtbot, live_app):
    window, talk = live_app.window, live_app.talk
    live_app.context.app.language = "es"
    qtbot.wait(20)
    assert text_of(window, "nav_home") == "Inicio"
    live_app.context.nav.go("talk")
    live_app.talk_setup.deck = "warm-up"
    live_app.talk_setup.prompt = "warm-up-001"
    assert talk.start() == ""
    spanish = text_of(window, "promptText")
    live_app.context.app.language = "en"
    qtbot.wait(20)
    english = text_of(window, "promptText")
    assert spanish and english and spanish != english
    assert item(window, "passButton").property("text") == "Pass the turn"
    live_app.context.app.language = "es"
    qtbot.wait(20)
    assert "Pasar" in str(item(window, "passButton").property("text"))


@pytest.mark.gui
def test_messages_from_the_core_are_translated_too_with_their_numbers(qtbot, live_app):
    from openup_desktop.bridge.core_messages import translated

    live_app.context.app.language = "es"
    problem = live_app.context.app.checkCouple("x" * 41, "#B4432F", "Alex", "#2F5E8C")
    assert problem == "Deja el nombre en 40 caracteres o menos."
    assert translated("Weak") == "Débil"
    nothing = "Nothing you saved before was damaged."
    assert nothing not in translated(
        "OpenUp couldn't save just now because the disk is full. "
        "Nothing you saved before was damaged. What you just did is kept and will be saved as "
        "soon as writing works again. Freeing some space on this computer will let it save."
    )
    live_app.context.app.language = "en"


@pytest.mark.gui
def test_text_size_can_follow_the_system_font(qtbot, live_app, monkeypatch):
    from PySide6.QtGui import QFont, QFontDatabase

    from openup_desktop.bridge import app_controller
    from tests.helpers.qml import click

    big = QFont()
    big.setPointSizeF(app_controller.SYSTEM_BASE_POINTS * 1.5)
    monkeypatch.setattr(QFontDatabase, "systemFont", staticmethod(lambda _kind: big))
    click(qtbot, live_app.window, "nav_settings")
    click(qtbot, live_app.window, "textScale_system")
    assert live_app.context.app.textFollowsSystem
    assert live_app.context.app.textScale == 1.5
    click(qtbot, live_app.window, "textScale_100")
    assert not live_app.context.app.textFollowsSystem
    assert live_app.context.app.textScale == 1.0
