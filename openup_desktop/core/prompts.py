"""Prompt decks: the data model and a forgiving loader for the JSON files in assets/prompts.

The prompt library is data, not code, so that writers (and later translators) can change it
without touching Python. Because it is data, it can be wrong: one broken entry must never take
the whole app down or hide a whole deck. The loader therefore never raises for bad data; it
skips what it cannot use, keeps the rest, and reports each problem in plain words so that a
test (and a log reader) can point at the exact file and entry.

This module imports no Qt: it is pure domain logic, tested without a screen.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeGuard

from openup_desktop.files.messages import Template

__all__ = [
    "ALLOWED_TAGS",
    "DEFAULT_LANGUAGE",
    "MAX_CUSTOM_PROMPT_LENGTH",
    "MAX_DEPTH",
    "MIN_DEPTH",
    "OURS_DECK_ID",
    "SCHEMA_VERSION",
    "Deck",
    "DeckProblem",
    "LoadResult",
    "Prompt",
    "language_candidates",
    "load_decks",
    "pick_text",
    "read_text_map",
    "validate_custom_prompt_text",
]

logger = logging.getLogger("openup.prompts")

#: The only file format version this loader understands. Bump it only with a migration plan.
SCHEMA_VERSION = 1

#: Every prompt has English text; other languages fall back to it.
DEFAULT_LANGUAGE = "en"

#: 1 is light, 2 is medium, 3 is deep.
MIN_DEPTH = 1
MAX_DEPTH = 3

#: A closed list, so that filters in the UI stay meaningful and typos are caught at load time.
ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "hopes",
        "dreams",
        "fears",
        "worries",
        "questions",
        "us",
        "past",
        "future",
        "everyday",
        "feelings",
        "family",
        "body",
        "play",
        "gratitude",
        # Themes couples expect from a deck, each with enough prompts across depths to matter.
        "repair",
        "appreciation",
        "money",
        "romance",
        "relatives",
        "work",
        "health",
        "identity",
        "friends",
        "space",
    }
)

#: The couple's own deck. Its prompts live in the database, never in assets/prompts, so the
#: loader refuses a shipped file that claims this id.
OURS_DECK_ID = "ours"

#: Long enough for a real question, short enough to stay readable in large type from a sofa.
MAX_CUSTOM_PROMPT_LENGTH = 300

PROMPT_NOT_TEXT = Template("prompts.not_text", "Your prompt needs to be text.")
PROMPT_EMPTY = Template("prompts.empty", "Write a few words first. Your prompt can't be empty.")
PROMPT_TOO_LONG = Template(
    "prompts.too_long",
    "That's a bit long to read from the sofa. Please keep it to {n} characters or fewer "
    "(it has {has}).",
    one="That's a bit long to read from the sofa. Please keep it to {n} character or fewer "
    "(it has {has}).",
)
PROMPT_NOT_ONE_LINE = Template(
    "prompts.not_one_line",
    "Please keep your prompt on one line, without tabs or special control characters.",
)

_DECK_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def language_candidates(lang: str | None) -> tuple[str, ...]:
    """The language codes to try for ``lang``, most specific first, always ending in English.

    "es-MX" gives ("es-mx", "es", "en"); "es_MX" is read as "es-MX" because operating
    systems report locales both ways. Codes come back lower-cased, for case-insensitive lookup.
    """
    wanted = (lang or "").strip().replace("_", "-").lower()
    candidates = [wanted] if wanted else []
    if "-" in wanted:
        candidates.append(wanted.split("-", 1)[0])
    candidates.append(DEFAULT_LANGUAGE)
    return tuple(dict.fromkeys(candidates))


def pick_text(texts: Mapping[str, str], lang: str | None) -> str:
    """The text in ``lang`` from a language map, falling back to the base language, then English.

    Shared by everything that carries its own translations (prompts, deck names, templates,
    reflection cards, the About page, example sources), so they all fall back the same way.
    An empty value counts as missing. Returns "" only for a map with no text at all.
    """
    by_lower = {code.lower(): value for code, value in texts.items()}
    for code in language_candidates(lang):
        value = by_lower.get(code)
        if value:
            return value
    return next((value for value in texts.values() if value), "")


def read_text_map(
    value: Any, what: str, check: Callable[[str], str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """Read a field that is either plain English text or a ``{"en": ..., "es": ...}`` map.

    Returns the cleaned map (English first) and a list of notes, one per translation that had
    to be skipped (bad language code, empty, or refused by ``check``). ``check`` takes one
    text and returns it cleaned, or raises ValueError; it defaults to trimming and refusing
    empty text. Raises ValueError when the English text is missing or unusable, because
    without it there is nothing to fall back to. Messages name the field and the language
    code, never the text itself.
    """

    def default_check(text: str) -> str:
        clean = text.strip()
        if not clean:
            raise ValueError("it is empty")
        return clean

    clean_one = check or default_check
    if isinstance(value, str):
        value = {DEFAULT_LANGUAGE: value}
    if not isinstance(value, dict):
        raise ValueError(f"{what} must be text or an object mapping language codes to text")
    english = value.get(DEFAULT_LANGUAGE)
    if not isinstance(english, str) or not english.strip():
        raise ValueError(f'{what} is missing or empty (English "{DEFAULT_LANGUAGE}" is required)')
    try:
        texts = {DEFAULT_LANGUAGE: clean_one(english)}
    except ValueError as exc:
        raise ValueError(f"{what}: {exc}") from None
    notes: list[str] = []
    for code, text in value.items():
        if code == DEFAULT_LANGUAGE:
            continue
        if not isinstance(code, str) or not _LANGUAGE_RE.fullmatch(code):
            notes.append(
                f"{what}: language code {code!r} is not valid; that translation was skipped"
            )
            continue
        if not isinstance(text, str) or not text.strip():
            notes.append(f'{what} in "{code}" is empty or not text; that translation was skipped')
            continue
        try:
            texts[code] = clean_one(text)
        except ValueError as exc:
            notes.append(f'{what} in "{code}" was skipped: {exc}')
    return texts, notes


@dataclass(frozen=True)
class Prompt:
    """One thing to talk about, in one or more languages.

    ``text`` maps a language code ("en", "es", "pt-BR") to the prompt's words; "en" is always
    present. It is stored read-only so a shared Prompt cannot be changed behind anyone's back.
    Equality compares every field; the hash leaves out ``text`` because mappings are unhashable.
    """

    id: str
    deck_id: str
    text: Mapping[str, str] = field(hash=False)
    depth: int
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Copy into a read-only view so callers' dicts cannot mutate a frozen prompt later.
        object.__setattr__(self, "text", MappingProxyType(dict(self.text)))
        object.__setattr__(self, "tags", tuple(self.tags))

    def text_for(self, lang: str) -> str:
        """Return the text in ``lang``, falling back to its base language and then to English.

        A missing translation must never leave the screen blank, so "es-MX" tries "es-MX",
        then "es", then "en". Codes are matched case-insensitively and "_" is treated as "-"
        because operating systems report locales both ways.
        """
        return pick_text(self.text, lang)


@dataclass(frozen=True)
class Deck:
    """A named group of prompts with one theme, as shown in the deck picker.

    ``name`` and ``description`` are the English words, so older callers keep working;
    ``names`` and ``descriptions`` map language codes to the same, English always included
    (filled in from ``name``/``description`` when not given). Use ``name_for(lang)`` and
    ``description_for(lang)`` on screen: they fall back to English like ``Prompt.text_for``.
    """

    id: str
    name: str
    description: str
    prompts: tuple[Prompt, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict, hash=False)
    descriptions: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prompts", tuple(self.prompts))
        # English comes from name/description, so the two can never disagree.
        names = {
            DEFAULT_LANGUAGE: self.name,
            **{k: v for k, v in self.names.items() if k != DEFAULT_LANGUAGE},
        }
        descriptions = {
            DEFAULT_LANGUAGE: self.description,
            **{k: v for k, v in self.descriptions.items() if k != DEFAULT_LANGUAGE},
        }
        object.__setattr__(self, "names", MappingProxyType(names))
        object.__setattr__(self, "descriptions", MappingProxyType(descriptions))

    def name_for(self, lang: str) -> str:
        """The deck's name in ``lang``, falling back to its base language and then English."""
        return pick_text(self.names, lang)

    def description_for(self, lang: str) -> str:
        """The deck's description in ``lang``, with the same fallback as ``name_for``."""
        return pick_text(self.descriptions, lang)


@dataclass(frozen=True)
class DeckProblem:
    """Something in a deck file that could not be used, described for a human.

    ``prompt_id`` is set when the entry had a readable id, ``index`` (0-based position in the
    file's "prompts" list) whenever the problem is about one entry. The message never quotes
    prompt text, so problems are safe to log even for user-written prompts.
    """

    file_name: str
    message: str
    prompt_id: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        where = self.file_name
        if self.prompt_id is not None:
            where += f", prompt {self.prompt_id}"
        elif self.index is not None:
            where += f", entry #{self.index + 1}"
        return f"{where}: {self.message}"


@dataclass
class LoadResult:
    """What ``load_decks`` found: the usable decks and every problem it skipped over."""

    decks: list[Deck] = field(default_factory=list)
    problems: list[DeckProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was skipped; the shipped library must always be ok."""
        return not self.problems

    def deck(self, deck_id: str) -> Deck | None:
        """Find a loaded deck by id, so callers need not loop themselves."""
        return next((d for d in self.decks if d.id == deck_id), None)


class _FileProblem(Exception):
    """Internal signal: the whole file is unusable. Never escapes ``load_decks``."""


def _is_int(value: object) -> TypeGuard[int]:
    # JSON true/false arrive as bool, which is an int subclass; a depth of `true` is a mistake.
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_header(
    raw: Any, seen_deck_ids: set[str], file_name: str, problems: list[DeckProblem]
) -> tuple[str, dict[str, str], dict[str, str]]:
    if not isinstance(raw, dict):
        raise _FileProblem('the file must be a JSON object with "schema", "deck" and "prompts"')
    schema = raw.get("schema")
    if not _is_int(schema) or schema != SCHEMA_VERSION:
        raise _FileProblem(
            f'"schema" must be {SCHEMA_VERSION}, found {schema!r}; '
            "this version of OpenUp cannot read it"
        )
    deck = raw.get("deck")
    if not isinstance(deck, dict):
        raise _FileProblem('"deck" must be an object with "id", "name" and "description"')
    deck_id = deck.get("id")
    if not isinstance(deck_id, str) or not _DECK_ID_RE.fullmatch(deck_id):
        raise _FileProblem(
            'deck "id" must be lower-case letters and digits joined by single hyphens, '
            f"found {deck_id!r}"
        )
    if deck_id == OURS_DECK_ID:
        raise _FileProblem(f'deck id "{OURS_DECK_ID}" is reserved for the couple\'s own prompts')
    if deck_id in seen_deck_ids:
        raise _FileProblem(f'deck id "{deck_id}" is already used by another file')
    texts: list[dict[str, str]] = []
    for key in ("name", "description"):
        try:
            clean, notes = read_text_map(deck.get(key), f'deck "{key}"')
        except ValueError:
            raise _FileProblem(
                f'deck "{key}" must be non-empty text, or an object of language codes '
                f'with non-empty English ("{DEFAULT_LANGUAGE}")'
            ) from None
        # A bad translation only costs that language: the deck still loads.
        problems.extend(DeckProblem(file_name, note) for note in notes)
        texts.append(clean)
    if not isinstance(raw.get("prompts"), list):
        raise _FileProblem('"prompts" must be a list')
    return deck_id, texts[0], texts[1]


def _parse_prompt(
    entry: Any,
    index: int,
    deck_id: str,
    file_name: str,
    seen_prompt_ids: dict[str, str],
    problems: list[DeckProblem],
) -> Prompt | None:
    """Turn one JSON entry into a Prompt, or record why not and return None."""

    def fail(message: str, prompt_id: str | None = None) -> None:
        problems.append(DeckProblem(file_name, message, prompt_id=prompt_id, index=index))

    if not isinstance(entry, dict):
        fail("entry must be an object")
        return None
    prompt_id = entry.get("id")
    if not isinstance(prompt_id, str) or not prompt_id:
        fail('entry has no "id"')
        return None
    # Duplicates are checked first so an entry copied from another deck is named as such.
    first_file = seen_prompt_ids.get(prompt_id)
    if first_file is not None:
        where = "earlier in this file" if first_file == file_name else f"in {first_file}"
        fail(f"id is already used {where}; ids must be unique across all decks", prompt_id)
        return None
    if not re.fullmatch(rf"{re.escape(deck_id)}-\d{{3,}}", prompt_id):
        fail(f'id does not match the deck; expected "{deck_id}-NNN"', prompt_id)
        return None

    text = entry.get("text")
    if not isinstance(text, dict):
        fail('"text" must be an object mapping language codes to text', prompt_id)
        return None
    english = text.get(DEFAULT_LANGUAGE)
    if not isinstance(english, str) or not english.strip():
        fail(f'"text.{DEFAULT_LANGUAGE}" is missing or empty', prompt_id)
        return None
    clean_text: dict[str, str] = {}
    for code, value in text.items():
        if not isinstance(code, str) or not _LANGUAGE_RE.fullmatch(code):
            fail(f"language code {code!r} is not valid; that translation was skipped", prompt_id)
            continue
        if not isinstance(value, str) or not value.strip():
            # A bad translation only costs that language: the prompt falls back to English.
            fail(f'"text.{code}" is empty or not a string; that translation was skipped', prompt_id)
            continue
        clean_text[code] = value.strip()

    depth = entry.get("depth")
    if not _is_int(depth) or not MIN_DEPTH <= depth <= MAX_DEPTH:
        fail(f'"depth" must be {MIN_DEPTH}, 2 or {MAX_DEPTH}, found {depth!r}', prompt_id)
        return None

    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        fail('"tags" must be a list of strings', prompt_id)
        return None
    unknown = sorted(set(tags) - ALLOWED_TAGS)
    if unknown:
        fail(f"unknown tag(s) {', '.join(unknown)}; see assets/prompts/README.md", prompt_id)
        return None

    seen_prompt_ids[prompt_id] = file_name
    return Prompt(
        id=prompt_id,
        deck_id=deck_id,
        text=clean_text,
        depth=depth,
        tags=tuple(dict.fromkeys(tags)),  # drop repeats, keep the writer's order
    )


def _load_file(
    path: Path,
    seen_deck_ids: set[str],
    seen_prompt_ids: dict[str, str],
    problems: list[DeckProblem],
) -> Deck | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise _FileProblem(f"could not be read ({exc.__class__.__name__})") from exc
    except json.JSONDecodeError as exc:
        # Position only: the message must not echo file content.
        raise _FileProblem(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise _FileProblem("not valid JSON (nested too deeply)") from exc
    header_problems: list[DeckProblem] = []
    deck_id, names, descriptions = _parse_header(raw, seen_deck_ids, path.name, header_problems)
    problems.extend(header_problems)
    seen_deck_ids.add(deck_id)
    prompts = [
        prompt
        for index, entry in enumerate(raw["prompts"])
        if (prompt := _parse_prompt(entry, index, deck_id, path.name, seen_prompt_ids, problems))
        is not None
    ]
    return Deck(
        id=deck_id,
        name=names[DEFAULT_LANGUAGE],
        description=descriptions[DEFAULT_LANGUAGE],
        prompts=tuple(prompts),
        names=names,
        descriptions=descriptions,
    )


def load_decks(folder: Path) -> LoadResult:
    """Load every ``*.json`` deck in ``folder``, in file-name order, skipping what is broken.

    Files are read in sorted name order so that deck order (and which of two duplicate ids
    wins: the first) is the same on every machine; prefix file names with a number to set the
    order decks appear in. A file that is not JSON, has another schema number or a bad deck
    header is skipped whole with one problem; a bad entry is skipped alone. Nothing here
    raises for bad data, because a typo in one deck must not stop a couple's talk.
    """
    result = LoadResult()
    folder = Path(folder)
    try:
        paths = sorted(p for p in folder.glob("*.json") if p.is_file())
    except OSError as exc:
        paths = []
        result.problems.append(
            DeckProblem(folder.name or str(folder), f"folder could not be read ({exc})")
        )
    if not paths and not result.problems and not folder.is_dir():
        result.problems.append(
            DeckProblem(folder.name or str(folder), "prompt folder does not exist")
        )

    seen_deck_ids: set[str] = set()
    seen_prompt_ids: dict[str, str] = {}  # prompt id -> file that first used it
    for path in paths:
        file_problems: list[DeckProblem] = []
        try:
            deck = _load_file(path, seen_deck_ids, seen_prompt_ids, file_problems)
        except _FileProblem as exc:
            file_problems = [DeckProblem(path.name, f"file skipped: {exc}")]
            deck = None
        if deck is not None:
            result.decks.append(deck)
        result.problems.extend(file_problems)

    for problem in result.problems:
        logger.warning("Prompt deck problem: %s", problem)
    logger.info(
        "Loaded %d prompt deck(s) with %d prompt(s); %d problem(s)",
        len(result.decks),
        sum(len(d.prompts) for d in result.decks),
        len(result.problems),
    )
    return result


def _is_forbidden_char(char: str) -> bool:
    # Cc: control characters (tabs, newlines, escape codes); Zl/Zp: line and paragraph
    # separators; Cs: lone surrogates. Format characters (Cf) stay allowed because emoji
    # sequences need the zero-width joiner.
    return unicodedata.category(char) in {"Cc", "Zl", "Zp", "Cs"}


def validate_custom_prompt_text(text: str) -> str:
    """Check a prompt the couple wrote for their "Ours" deck and return it trimmed.

    The rules keep the prompt readable in large type on one screen: not empty, at most
    ``MAX_CUSTOM_PROMPT_LENGTH`` characters, and one line with no control characters (which
    could break layout or hide text). Raises ``ValueError`` with a message meant to be shown
    to the couple as is; the message never repeats what they wrote.
    """
    if not isinstance(text, str):
        raise ValueError(PROMPT_NOT_TEXT())
    trimmed = text.strip()
    if not trimmed:
        raise ValueError(PROMPT_EMPTY())
    if len(trimmed) > MAX_CUSTOM_PROMPT_LENGTH:
        raise ValueError(PROMPT_TOO_LONG(n=MAX_CUSTOM_PROMPT_LENGTH, has=len(trimmed)))
    if any(_is_forbidden_char(char) for char in trimmed):
        raise ValueError(PROMPT_NOT_ONE_LINE())
    return trimmed
