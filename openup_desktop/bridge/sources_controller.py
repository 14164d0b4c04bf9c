"""Sources (triangulation) for QML: the couple's library, and starting a talk from one.

Talking about a film, a song or an article first is easier than talking about oneself; the
templates in ``assets/triangulation/`` turn a source's title into gentle prompts.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from .core_messages import translated
from .localizer import Localizer
from .prompt_library import PromptLibrary
from .qt_property import write_property
from .talk_setup import TalkSetup
from .write_problems import returns_problem

if TYPE_CHECKING:  # the sources' own modules load with this bridge, on first use (context.py)
    from ..core.sources import Source
    from ..core.triangulation import Template
    from ..store.sources import SourceRepository

log = logging.getLogger("openup.bridge.sources")

PROMPTS_PER_SOURCE = 6


class SourcesController(QObject):
    """Owns the couple's library of sources (films, songs, articles…): adding, editing and
    removing them, the examples to start from, opening a link, and "talk about this", which
    makes a deck of gentle prompts from the source and sets it as the next talk's in
    ``TalkSetup``.
    """

    changed = Signal()

    def __init__(
        self,
        repo: SourceRepository,
        templates: list[Template],
        library: PromptLibrary,
        setup: TalkSetup,
        rng: random.Random | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        localizer: Localizer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._localizer = localizer
        self._examples: dict[str, dict[str, Source]] = {}
        self._repo = repo
        self._templates = templates
        self._library = library
        self._setup = setup
        self._rng = rng or random.Random()
        self._open_url = open_url

    def _in_language(self, source: Source) -> Source:
        """A built-in example in the interface language (the couple's own stay as written)."""
        lang = self._localizer.language if self._localizer else "en"
        if not source.builtin or lang == "en":
            return source
        if lang not in self._examples:
            from ..core.sources import load_example_sources
            from ..resources import asset

            loaded = load_example_sources(asset("sources", "examples.json"), language=lang)
            self._examples[lang] = {s.id: s for s in loaded.sources}
        return self._examples[lang].get(source.id, source)

    def language_changed(self) -> None:
        self.changed.emit()

    def _describe(self, source: Source) -> dict[str, object]:
        source = self._in_language(source)
        return {
            "id": source.id,
            "kind": source.kind.value,
            "kindLabel": self._kind_label(source.kind.value),
            "title": source.title,
            "link": source.link or "",
            "note": source.quote_or_note or "",
            "builtin": source.builtin,
            "credit": source.credit or "",
        }

    def _sources(self) -> list[dict[str, object]]:
        return [self._describe(s) for s in self._repo.list()]

    def _kind_label(self, kind: str) -> str:
        return {
            "article": self.tr("Article"),
            "song": self.tr("Song"),
            "film_or_show": self.tr("Film or show"),
            "book": self.tr("Book"),
            "podcast": self.tr("Podcast"),
            "other": self.tr("Something else"),
        }.get(kind, kind)

    def _kinds(self) -> list[dict[str, str]]:
        from ..core.sources import KIND_LABELS

        return [{"id": kind.value, "label": self._kind_label(kind.value)} for kind in KIND_LABELS]

    @Slot(str, str, str, str, result=str)
    @returns_problem
    def add(self, kind: str, title: str, link: str, note: str) -> str:
        try:
            self._repo.add(kind, title, link or None, note or None)
        except ValueError as error:
            return translated(error)
        log.info("A source was added")
        self.changed.emit()
        return ""

    @Slot(str, str, str, str, str, result=str)
    @returns_problem
    def edit(self, source_id: str, kind: str, title: str, link: str, note: str) -> str:
        try:
            self._repo.edit(source_id, kind, title, link or None, note or None)
        except KeyError:
            return self.tr("That source no longer exists.")
        except ValueError as error:
            return translated(error)
        self.changed.emit()
        return ""

    @Slot(str)
    def remove(self, source_id: str) -> None:
        try:
            self._repo.delete(source_id)
        except KeyError:
            return
        self.changed.emit()

    @Slot(result=int)
    def restoreExamples(self) -> int:
        count = self._repo.restore_examples()
        self.changed.emit()
        return count

    @Slot(str, result=str)
    def openLink(self, link: str) -> str:
        """Open in the default browser; '' when done, else a clear reason (never a crash)."""
        from ..core.sources import validate_link

        try:
            url = validate_link(link)
        except ValueError as error:
            return translated(error)
        if not self._open_url(QUrl(url)):
            return self.tr("The link could not be opened. Is a web browser installed?")
        return ""

    @Slot(str, result=str)
    @returns_problem
    def talkAbout(self, source_id: str) -> str:
        """Prepare the talk setup with prompts about this source; '' or a friendly problem."""
        from ..core.triangulation import prompts_for

        try:
            source = self._in_language(self._repo.get(source_id))
            prompts = prompts_for(source, self._templates, self._rng, PROMPTS_PER_SOURCE)
        except (KeyError, ValueError) as error:
            return translated(error)
        if not prompts:
            return self.tr("There are no prompts for sources right now.")
        deck_key = f"source:{source.id}"
        self._library.use_deck(deck_key, self.tr("About “%1”").replace("%1", source.title), prompts)
        write_property(self._setup, "deck", deck_key)
        write_property(self._setup, "prompt", prompts[0].id)
        return ""

    sources = Property(list, _sources, notify=changed)
    kinds = Property(list, _kinds, notify=changed)
    titleMaxLength = Property(int, lambda self: sources_rules().MAX_TITLE_LENGTH, constant=True)
    noteMaxLength = Property(int, lambda self: sources_rules().MAX_NOTE_LENGTH, constant=True)


def sources_rules() -> ModuleType:
    """The sources' core module, loaded with this bridge (made on first use), not at start."""
    from ..core import sources

    return sources
