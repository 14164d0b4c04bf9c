"""Messages from core/, vault/ and store/ reach the screen translated, with their numbers.

Those layers name a message by id (``files/messages.py``); the bridge's catalogue and the .ts
files must know every id, and counts must use each language's plural forms.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import openup_desktop
from openup_desktop.bridge.core_messages import catalogue, translated
from openup_desktop.files.messages import Template, templates
from openup_desktop.i18n import translations_dir

QT_FREE_LAYERS = ("core", "vault", "store", "files")


def every_template() -> dict[str, Template]:
    """Every message id the Qt-free layers define (each module imported, so none is missed)."""
    for layer in QT_FREE_LAYERS:
        package = importlib.import_module(f"{openup_desktop.__name__}.{layer}")
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    return dict(templates())


def finished_ids(ts: Path) -> dict[str, bool]:
    """Message id (the entry's disambiguation) -> whether it is numerus, for finished entries."""
    found: dict[str, bool] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        comment = message.find("comment")
        translation = message.find("translation")
        if comment is None or translation is None or translation.get("type"):
            continue
        forms = [f.text for f in translation.findall("numerusform")]
        if (forms and all(forms)) or (not forms and translation.text):
            found[comment.text or ""] = message.get("numerus") == "yes"
    return found


def missing_translations(ids: dict[str, Any], ts: Path, plurals_only: bool) -> list[str]:
    done = finished_ids(ts)
    return sorted(
        ident
        for ident, template in ids.items()
        if ("n" in template.arg_names or not plurals_only)
        and (ident not in done or done[ident] != ("n" in template.arg_names))
    )


def test_the_qt_free_layers_make_messages_only_from_templates():
    """An id made up on the spot would escape the checks below, which walk the Templates."""
    package = Path(openup_desktop.__file__).parent
    made_up = [
        f"{path.relative_to(package)}:{number}"
        for layer in ("core", "vault", "store")
        for path in sorted((package / layer).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bMessage\(", line)
    ]
    assert made_up == []


def test_every_message_id_has_a_catalogue_entry():
    ids = every_template()
    assert len(ids) > 100, "the walk found too few messages: did a layer stop being imported?"
    assert sorted(ids.keys() - catalogue().keys()) == [], "add them to bridge/messages_*.py"
    assert sorted(catalogue().keys() - ids.keys()) == [], "entries for ids nobody uses"


def test_every_message_id_has_a_finished_spanish_and_english_plural_translation():
    ids = every_template()
    assert missing_translations(ids, translations_dir() / "openup_es.ts", False) == []
    assert missing_translations(ids, translations_dir() / "openup_en.ts", True) == []


def test_the_check_notices_an_id_without_translation_or_without_plural_forms():
    # stand-ins, not Templates: a Template would join the real list for the other tests
    plain, counted = SimpleNamespace(arg_names=frozenset()), SimpleNamespace(arg_names={"n"})
    spanish = translations_dir() / "openup_es.ts"
    assert missing_translations({"test.unknown": plain}, spanish, False) == ["test.unknown"]
    assert missing_translations({"couple.name_missing": plain}, spanish, False) == []
    # the code counts, the .ts entry has a single form: Spanish would say "1 caracteres"
    assert missing_translations({"couple.name_missing": counted}, spanish, False) == [
        "couple.name_missing"
    ]


@pytest.fixture
def language(qapp) -> Iterator[None]:
    """Switch the interface language by hand (no window needed for these messages)."""
    installed: list[QTranslator] = []

    def use(code: str) -> None:
        for old in installed:
            QCoreApplication.removeTranslator(old)
        installed.clear()
        translator = QTranslator()
        assert translator.load(str(translations_dir() / f"openup_{code}.qm"))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield use
    for old in installed:
        QCoreApplication.removeTranslator(old)


@pytest.mark.parametrize(
    ("seconds", "spanish", "english"),
    [
        (1, "Espera 1 segundo antes", "Please wait 1 second before"),
        (0.2, "Espera 1 segundo antes", "Please wait 1 second before"),
        (5, "Espera 5 segundos antes", "Please wait 5 seconds before"),
        (60, "Espera 1 minuto antes", "Please wait 1 minute before"),
        (61, "Espera 2 minutos antes", "Please wait 2 minutes before"),
    ],
)
def test_a_wait_is_counted_in_each_languages_own_plural(language, seconds, spanish, english):
    from openup_desktop.vault.errors import BackoffActive
    from openup_desktop.vault.model import Partner

    error = BackoffActive(Partner.B, seconds)
    assert english in str(error)
    language("es")
    assert spanish in translated(error)
    assert "Partner B" in translated(error), "the vault's bridge puts the name in its place"
    language("en")
    assert english in translated(error)


def test_a_message_with_arguments_is_translated_with_its_numbers_in_place(language):
    from openup_desktop.core.sources import TITLE_TOO_LONG
    from openup_desktop.store.backups import NOT_PREPARED

    language("es")
    assert translated(TITLE_TOO_LONG(n=120, has=131)) == (
        "Ese título es un poco largo. Déjalo en 120 caracteres o menos (tiene 131)."
    )
    assert translated(TITLE_TOO_LONG(n=1, has=2)) == (
        "Ese título es un poco largo. Déjalo en 1 carácter o menos (tiene 2)."
    )
    # a reason with a % in it is filled in once, not read as another placeholder
    assert translated(NOT_PREPARED(reason="disk %2 gone")) == (
        "OpenUp no pudo preparar la copia de seguridad (disk %2 gone). No se cambió nada."
    )
    language("en")
    assert translated(TITLE_TOO_LONG(n=1, has=2)) == (
        "That title is a bit long. Please keep it to 1 character or fewer (it has 2)."
    )


def test_an_error_meant_only_for_the_log_keeps_its_own_words():
    assert translated(ValueError("talk length must be a whole number")) == (
        "talk length must be a whole number"
    )


@pytest.mark.gui
def test_screens_count_with_plural_forms_in_english_and_spanish(qtbot, live_app):
    from tests.helpers.qml import click, text_of

    window = live_app.window
    click(qtbot, window, "nav_settings")
    assert text_of(window, "idle_1") == "1 minute"
    assert text_of(window, "idle_3") == "3 minutes"
    live_app.context.app.language = "es"
    qtbot.wait(20)
    assert text_of(window, "idle_1") == "1 minuto"
    assert text_of(window, "idle_3") == "3 minutos"
    live_app.context.app.language = "en"
    qtbot.wait(20)
    assert text_of(window, "idle_1") == "1 minute"


def test_a_past_talks_length_is_counted_in_each_language(language):
    from openup_desktop.core.talk_history import talked_minutes

    language("es")
    assert [translated(talked_minutes(m)) for m in (0.2, 1.4, 4.6)] == [
        "1 minuto",
        "1 minuto",
        "5 minutos",
    ]
    language("en")
    assert [translated(talked_minutes(m)) for m in (0.2, 4.6)] == ["1 minute", "5 minutes"]
