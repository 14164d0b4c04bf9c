"""The "Why it's built this way" page (About): plain-words sections with the sources they rest on.

The page is data (``assets/about/why-this-works.json``) so the words can be improved without
touching code or QML. Each section has a heading, a few paragraphs and the sources it draws
on, cited by name, because the app explains its approach honestly instead of borrowing
authority by quoting. Like the other loaders it never raises for bad data: a broken section
is skipped and reported, and the About page shows the rest.

This module imports no Qt.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from .prompts import DEFAULT_LANGUAGE, pick_text, read_text_map

__all__ = [
    "SCHEMA_VERSION",
    "AboutLoadResult",
    "AboutProblem",
    "AboutSection",
    "load_about",
    "load_shipped_about",
]

logger = logging.getLogger("openup.about")

SCHEMA_VERSION: Final = 1
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _with_english(english: str, texts: Mapping[str, str]) -> Mapping[str, str]:
    # English always comes from the plain field, so the two can never disagree.
    merged = {DEFAULT_LANGUAGE: english}
    merged.update((k, v) for k, v in texts.items() if k != DEFAULT_LANGUAGE)
    return MappingProxyType(merged)


@dataclass(frozen=True)
class AboutSection:
    """One part of the page: a heading, its paragraphs, and the works it cites (may be none).

    ``heading`` and ``paragraphs`` are English. ``headings`` maps language codes to the
    heading and ``paragraph_texts`` holds one such map per paragraph, English always
    included. Screens use ``heading_for(lang)`` and ``paragraphs_for(lang)``, which fall
    back to English like ``Prompt.text_for``. Source citations are never translated.
    """

    id: str
    heading: str
    paragraphs: tuple[str, ...]
    sources: tuple[str, ...] = ()
    headings: Mapping[str, str] = field(default_factory=dict, hash=False)
    paragraph_texts: tuple[Mapping[str, str], ...] = field(default=(), hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "paragraphs", tuple(self.paragraphs))
        object.__setattr__(self, "sources", tuple(self.sources))
        object.__setattr__(self, "headings", _with_english(self.heading, self.headings))
        given = tuple(self.paragraph_texts)
        object.__setattr__(
            self,
            "paragraph_texts",
            tuple(
                _with_english(english, given[i] if i < len(given) else {})
                for i, english in enumerate(self.paragraphs)
            ),
        )

    def heading_for(self, lang: str) -> str:
        """The heading in ``lang``, falling back to its base language and then English."""
        return pick_text(self.headings, lang)

    def paragraphs_for(self, lang: str) -> tuple[str, ...]:
        """The paragraphs in ``lang``, each falling back to English on its own."""
        return tuple(pick_text(texts, lang) for texts in self.paragraph_texts)


@dataclass(frozen=True)
class AboutProblem:
    """Something in the file that could not be used, named by section, never quoted."""

    file_name: str
    message: str
    section_id: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        where = self.file_name
        if self.section_id is not None:
            where += f", section {self.section_id}"
        elif self.index is not None:
            where += f", entry #{self.index + 1}"
        return f"{where}: {self.message}"


@dataclass
class AboutLoadResult:
    """The page title, its usable sections in file order, and every problem skipped."""

    title: str = "Why it's built this way"
    sections: list[AboutSection] = field(default_factory=list)
    problems: list[AboutProblem] = field(default_factory=list)
    #: The page title by language code; English is kept in step with ``title`` by the loader.
    titles: dict[str, str] = field(default_factory=dict)

    def title_for(self, lang: str) -> str:
        """The page title in ``lang``, falling back to its base language and then English."""
        return pick_text({**self.titles, DEFAULT_LANGUAGE: self.title}, lang)

    @property
    def ok(self) -> bool:
        """True when nothing was skipped; the shipped file must always be ok."""
        return not self.problems

    def section(self, section_id: str) -> AboutSection | None:
        """Find a section by id, so a screen can link straight to one."""
        return next((s for s in self.sections if s.id == section_id), None)


def _strings(value: Any, what: str, *, allow_empty: bool) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f'"{what}" must be a list of non-empty strings')
    if not value and not allow_empty:
        raise ValueError(f'"{what}" must not be empty')
    return tuple(v.strip() for v in value)


def _parse_section(entry: Any, seen: set[str], notes: list[str]) -> AboutSection:
    """One section, or ValueError; translations that had to be skipped go into ``notes``."""
    if not isinstance(entry, dict):
        raise ValueError("entry must be an object")
    section_id = entry.get("id")
    if not isinstance(section_id, str) or not _ID_RE.fullmatch(section_id):
        raise ValueError(f'"id" must be lower-case words joined by hyphens, found {section_id!r}')
    if section_id in seen:
        raise ValueError(f'section id "{section_id}" is already used earlier in this file')
    headings, skipped = read_text_map(entry.get("heading"), '"heading"')
    notes.extend(skipped)
    raw_paragraphs = entry.get("paragraphs")
    if not isinstance(raw_paragraphs, list) or not raw_paragraphs:
        raise ValueError('"paragraphs" must be a non-empty list of texts')
    paragraphs: list[dict[str, str]] = []
    for number, raw in enumerate(raw_paragraphs, start=1):
        texts, skipped = read_text_map(raw, f'"paragraphs" item {number}')
        notes.extend(skipped)
        paragraphs.append(texts)
    return AboutSection(
        id=section_id,
        heading=headings[DEFAULT_LANGUAGE],
        paragraphs=tuple(p[DEFAULT_LANGUAGE] for p in paragraphs),
        sources=_strings(entry.get("sources", []), "sources", allow_empty=True),
        headings=headings,
        paragraph_texts=tuple(paragraphs),
    )


def load_about(path: Path) -> AboutLoadResult:
    """Load the About page sections from ``path``; never raises for bad data.

    The title, headings and paragraphs may each be plain English text or a map of language
    codes to text (English required); a bad translation is reported and falls back to
    English. Source citations are plain strings in their original language.

    A missing or unreadable file, invalid JSON or another schema number gives no sections and
    one problem (the About page then shows only the app's version); a bad section is skipped
    alone.
    """
    path = Path(path)
    result = AboutLoadResult()
    entries: list[Any] = []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        result.problems.append(AboutProblem(path.name, "file skipped: file does not exist"))
    except (OSError, UnicodeDecodeError) as exc:
        result.problems.append(
            AboutProblem(path.name, f"file skipped: could not be read ({exc.__class__.__name__})")
        )
    except json.JSONDecodeError as exc:
        result.problems.append(
            AboutProblem(
                path.name,
                f"file skipped: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            )
        )
    except RecursionError:
        result.problems.append(AboutProblem(path.name, "file skipped: nested too deeply"))
    else:
        schema = raw.get("schema") if isinstance(raw, dict) else None
        if isinstance(schema, bool) or schema != SCHEMA_VERSION:
            result.problems.append(
                AboutProblem(path.name, f'file skipped: "schema" must be {SCHEMA_VERSION}')
            )
        elif not isinstance(raw.get("sections"), list):
            result.problems.append(
                AboutProblem(path.name, 'file skipped: "sections" is not a list')
            )
        else:
            entries = raw["sections"]
            try:
                titles, skipped = read_text_map(raw.get("title"), '"title"')
            except ValueError:
                pass  # an optional field: the default title stays
            else:
                result.title = titles[DEFAULT_LANGUAGE]
                result.titles = titles
                result.problems.extend(AboutProblem(path.name, note) for note in skipped)
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        notes: list[str] = []
        try:
            section = _parse_section(entry, seen, notes)
        except ValueError as exc:
            section_id = entry.get("id") if isinstance(entry, dict) else None
            readable = (
                section_id if isinstance(section_id, str) and _ID_RE.fullmatch(section_id) else None
            )
            result.problems.append(
                AboutProblem(path.name, str(exc), section_id=readable, index=index)
            )
            continue
        # A bad translation only costs that language: the section still shows, in English.
        result.problems.extend(
            AboutProblem(path.name, note, section_id=section.id, index=index) for note in notes
        )
        seen.add(section.id)
        result.sections.append(section)
    for problem in result.problems:
        logger.warning("About page problem: %s", problem)
    return result


def load_shipped_about() -> AboutLoadResult:
    """The About page text that ships with OpenUp, from the assets folder."""
    from openup_desktop.resources import asset

    return load_about(asset("about", "why-this-works.json"))
