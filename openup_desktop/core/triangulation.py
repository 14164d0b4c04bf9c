"""Triangulation: turn one of the couple's sources into a few gentle talk prompts.

Talking about something outside both partners (a song, a film, an article) is easier than
talking about oneself head-on, and it often leads there by itself. So each prompt starts with
the thing ("What part of “Night Drive” stayed with you?") and only the deeper ones turn,
softly, towards the person. Prompts are filled from templates in
``assets/triangulation/templates.json``; that file is deliberately *not* in the deck folder or
format, because a template is not a prompt until it has a title.

Why filling is done by plain replacement and not ``str.format``: titles are typed by the
couple and may contain braces, percent signs or emoji. Replacement treats the title as text,
never as a format string, so no title can break a prompt or reach into other fields.

This module imports no Qt: it is pure domain logic, tested without a screen.
"""

from __future__ import annotations

import json
import logging
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TypeGuard

from .prompts import DEFAULT_LANGUAGE, MAX_DEPTH, MIN_DEPTH, Prompt, pick_text, read_text_map
from .sources import Source

__all__ = [
    "DECK_ID",
    "MAX_TEMPLATE_LENGTH",
    "PLACEHOLDER",
    "PROMPT_ID_PREFIX",
    "SCHEMA_VERSION",
    "Template",
    "TemplateLoadResult",
    "TemplateProblem",
    "fill_template",
    "load_templates",
    "prompt_id_for",
    "prompts_for",
    "quote_title",
]

logger = logging.getLogger("openup.triangulation")

SCHEMA_VERSION: Final = 1
#: The one placeholder a template has; it becomes the source's title in quotation marks.
PLACEHOLDER: Final = "{title}"
#: Talk history records triangulation prompts as "tri-<template id>".
PROMPT_ID_PREFIX: Final = "tri-"
#: The deck id filled prompts carry, so screens can tell them from deck prompts.
DECK_ID: Final = "triangulation"
#: With a title of up to 120 characters this keeps a filled prompt readable in large type.
MAX_TEMPLATE_LENGTH: Final = 160

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QUOTE_PAIRS: Final = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"))


@dataclass(frozen=True, slots=True)
class Template:
    """One prompt with a hole for a title; ``depth`` is 1 light, 2 medium, 3 deep.

    ``text`` is the English template. ``texts`` maps language codes to the template in that
    language, English always included (filled in from ``text`` when not given); every one
    has ``{title}`` exactly once.
    """

    id: str
    text: str
    depth: int
    texts: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        texts = {DEFAULT_LANGUAGE: self.text}
        texts.update((k, v) for k, v in self.texts.items() if k != DEFAULT_LANGUAGE)
        object.__setattr__(self, "texts", MappingProxyType(texts))

    def text_for(self, lang: str) -> str:
        """The unfilled template in ``lang``, falling back to its base language, then English."""
        return pick_text(self.texts, lang)

    def has_language(self, lang: str) -> bool:
        """True when the template is written in ``lang`` itself (or its base language)."""
        codes = {code.lower() for code in self.texts}
        wanted = (lang or "").strip().replace("_", "-").lower()
        return wanted in codes or wanted.split("-", 1)[0] in codes


@dataclass(frozen=True)
class TemplateProblem:
    """Something in the templates file that could not be used; never quotes template text."""

    file_name: str
    message: str
    template_id: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        where = self.file_name
        if self.template_id is not None:
            where += f", template {self.template_id}"
        elif self.index is not None:
            where += f", entry #{self.index + 1}"
        return f"{where}: {self.message}"


@dataclass
class TemplateLoadResult:
    """What ``load_templates`` found: the usable templates and every problem skipped."""

    templates: list[Template] = field(default_factory=list)
    problems: list[TemplateProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was skipped; the shipped file must always be ok."""
        return not self.problems


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _normalised(text: str) -> str:
    # For spotting near-duplicates: case, spacing and punctuation do not make a new template.
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _check_template_text(text: str) -> str:
    """One language's template, trimmed; ValueError (never quoting it) when it is unusable."""
    text = text.strip()
    if not text:
        raise ValueError("text is empty")
    count = text.count(PLACEHOLDER)
    if count != 1:
        raise ValueError(f"text must contain {PLACEHOLDER} exactly once, found {count}")
    rest = text.replace(PLACEHOLDER, "")
    if "{" in rest or "}" in rest:
        raise ValueError(f"text has a brace outside {PLACEHOLDER}; is a placeholder misspelt?")
    if len(text) > MAX_TEMPLATE_LENGTH:
        raise ValueError(f"text is longer than {MAX_TEMPLATE_LENGTH} characters")
    if any(char in text for char in "\n\r\t"):
        raise ValueError("text must be one line")
    return text


def _parse_template(
    entry: Any,
    index: int,
    file_name: str,
    seen_ids: set[str],
    seen_texts: set[str],
    problems: list[TemplateProblem],
) -> Template | None:
    def fail(message: str, template_id: str | None = None) -> None:
        problems.append(TemplateProblem(file_name, message, template_id=template_id, index=index))

    if not isinstance(entry, dict):
        fail("entry must be an object")
        return None
    template_id = entry.get("id")
    if not isinstance(template_id, str) or not _ID_RE.fullmatch(template_id):
        fail(f'"id" must be lower-case words joined by hyphens, found {template_id!r}')
        return None
    if template_id in seen_ids:
        fail("id is already used earlier in this file", template_id)
        return None
    try:
        texts, notes = read_text_map(entry.get("text"), '"text"', _check_template_text)
    except ValueError as exc:
        fail(str(exc), template_id)
        return None
    for note in notes:
        # A bad translation only costs that language: the template falls back to English.
        fail(note, template_id)
    key = _normalised(texts[DEFAULT_LANGUAGE])
    if key in seen_texts:
        fail("text repeats an earlier template", template_id)
        return None
    depth = entry.get("depth")
    if not _is_int(depth) or not MIN_DEPTH <= depth <= MAX_DEPTH:
        fail(f'"depth" must be {MIN_DEPTH}, 2 or {MAX_DEPTH}, found {depth!r}', template_id)
        return None
    seen_ids.add(template_id)
    seen_texts.add(key)
    return Template(id=template_id, text=texts[DEFAULT_LANGUAGE], depth=depth, texts=texts)


def load_templates(path: Path) -> TemplateLoadResult:
    """Load triangulation templates from ``path``, skipping what is broken; never raises.

    A missing or unreadable file, invalid JSON or another schema number gives no templates
    and one problem; a bad entry (no ``{title}``, two of them, bad depth, repeated id or text)
    is skipped alone so the rest still work.
    """
    path = Path(path)
    result = TemplateLoadResult()
    entries: list[Any] = []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        result.problems.append(TemplateProblem(path.name, "file skipped: file does not exist"))
    except (OSError, UnicodeDecodeError) as exc:
        result.problems.append(
            TemplateProblem(
                path.name, f"file skipped: could not be read ({exc.__class__.__name__})"
            )
        )
    except json.JSONDecodeError as exc:
        result.problems.append(
            TemplateProblem(
                path.name,
                f"file skipped: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            )
        )
    except RecursionError:
        result.problems.append(TemplateProblem(path.name, "file skipped: nested too deeply"))
    else:
        if not isinstance(raw, dict) or isinstance(raw.get("schema"), bool):
            result.problems.append(
                TemplateProblem(path.name, 'file skipped: must be an object with "schema" 1')
            )
        elif raw.get("schema") != SCHEMA_VERSION:
            result.problems.append(
                TemplateProblem(
                    path.name,
                    f'file skipped: "schema" must be {SCHEMA_VERSION}, found {raw.get("schema")!r}',
                )
            )
        elif not isinstance(raw.get("templates"), list):
            result.problems.append(
                TemplateProblem(path.name, 'file skipped: "templates" is not a list')
            )
        else:
            entries = raw["templates"]
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    for index, entry in enumerate(entries):
        template = _parse_template(entry, index, path.name, seen_ids, seen_texts, result.problems)
        if template is not None:
            result.templates.append(template)
    for problem in result.problems:
        logger.warning("Triangulation template problem: %s", problem)
    logger.info(
        "Loaded %d triangulation template(s); %d problem(s)",
        len(result.templates),
        len(result.problems),
    )
    return result


def quote_title(title: str) -> str:
    """Put a title in quotation marks so it reads as a title inside a sentence.

    A title the couple already quoted is left as it is, so it never gets doubled marks.
    """
    clean = " ".join(title.split())
    for opening, closing in _QUOTE_PAIRS:
        if len(clean) >= 2 and clean.startswith(opening) and clean.endswith(closing):
            return clean
    return f"“{clean}”"


def fill_template(template: Template, title: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The template's text in ``language`` with its ``{title}`` replaced by the quoted title.

    ``language`` falls back to the base language and then English, like ``Prompt.text_for``.
    Plain replacement, never ``str.format``: braces, ``%`` or even the text "{title}" inside
    a title are kept literally and cannot change the rest of the prompt.
    """
    before, _, after = template.text_for(language).partition(PLACEHOLDER)
    return f"{before}{quote_title(title)}{after}"


def prompt_id_for(template_id: str) -> str:
    """The id a filled prompt carries in talk history: ``tri-<template id>``."""
    return f"{PROMPT_ID_PREFIX}{template_id}"


def prompts_for(
    source: Source | str,
    templates: Sequence[Template],
    rng: random.Random,
    count: int = 3,
    *,
    max_depth: int = MAX_DEPTH,
    language: str = DEFAULT_LANGUAGE,
) -> list[Prompt]:
    """Pick ``count`` different templates at random and fill them with the source's title.

    The picks are returned lightest first, so a talk about a source opens with the thing
    itself and only then moves towards the person. ``max_depth`` lets a screen keep to light
    prompts for a couple just starting out. Fewer prompts come back when fewer templates fit;
    ``rng`` is passed in so tests (and "show me others") are repeatable.

    ``language`` is the language on screen: templates written in it are picked first (others
    only make up the number), so a Spanish screen does not get English prompts while Spanish
    ones are left. Each prompt's ``text`` carries every language its template has, each
    filled with the title, so ``Prompt.text_for`` works for any language and falls back to
    English.
    """
    if count < 0:
        raise ValueError("count cannot be negative")
    title = source.title if isinstance(source, Source) else source
    if not isinstance(title, str) or not title.strip():
        raise ValueError("a source needs a title before it can start a talk")
    fitting = [t for t in templates if t.depth <= max_depth]
    preferred = [t for t in fitting if t.has_language(language)]
    if len(preferred) == len(fitting):
        picked = rng.sample(fitting, min(count, len(fitting)))
    else:
        others = [t for t in fitting if not t.has_language(language)]
        picked = rng.sample(preferred, min(count, len(preferred)))
        picked += rng.sample(others, min(count - len(picked), len(others)))
    picked.sort(key=lambda t: t.depth)  # stable: equal depths keep their random order
    return [
        Prompt(
            id=prompt_id_for(t.id),
            deck_id=DECK_ID,
            text={code: fill_template(t, title, code) for code in t.texts},
            depth=t.depth,
        )
        for t in picked
    ]
