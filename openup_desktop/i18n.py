"""The interface language: English or Spanish, following the system unless Settings says otherwise.

QML strings go through ``qsTr`` and are compiled from ``ui/i18n/openup_<lang>.ts`` into ``.qm``
files with ``pyside6-lrelease`` (packaging/build.py, and a test that keeps the committed ``.qm``
files in step with the ``.ts`` sources). English has a translation too, of plural forms only
(``openup_en.ts``, made with ``lupdate -pluralonly``): a text that counts ("%n second(s)") is
written once and every language, English included, gives its own singular and plural. Prompts
carry their own translations in the deck files; a missing translation falls back to English.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtQml import QQmlEngine

from .resources import ui_dir

log = logging.getLogger("openup.i18n")

SHIPPED = ("en", "es")


def translations_dir() -> Path:
    return ui_dir() / "i18n"


def resolve_language(choice: str, system_locale: str | None = None) -> str:
    """'system' becomes the system's language when we ship it, else English."""
    if choice in SHIPPED:
        return choice
    code = (system_locale or QLocale.system().name()).split("_")[0].lower()
    return code if code in SHIPPED else "en"


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Run pyside6-lrelease on every .ts file; returns the .qm files written."""
    import subprocess  # a build step, never part of a start-up

    folder = folder or translations_dir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([command, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class LanguageSwitcher(QObject):
    """Installs the translators for the chosen language and re-translates the live screens."""

    def __init__(
        self,
        engine: QQmlEngine,
        on_language: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._on_language = on_language
        self._translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, choice: str) -> str:
        language = resolve_language(choice)
        app = QCoreApplication.instance()
        for old in self._translators:
            if app is not None:
                app.removeTranslator(old)
        self._translators = []
        if app is not None:
            ours = QTranslator(self)
            if ours.load(str(translations_dir() / f"openup_{language}.qm")):
                app.installTranslator(ours)
                self._translators.append(ours)
            else:
                log.warning("No compiled translation for %s; showing English", language)
        if language != "en" and app is not None:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt = QTranslator(self)
            if qt.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(qt)
                self._translators.append(qt)
        self.language = language
        self._engine.retranslate()
        if self._on_language is not None:
            self._on_language(language)
        log.info("Interface language: %s", language)
        return language
