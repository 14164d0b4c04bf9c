"""Sources: things a couple read, heard or watched, kept so a talk can start from one.

This is the "triangulation" strategy: talking about something outside both partners (an
article, a song, a film) is easier than talking about oneself straight away, and it often
leads there gently. A source is small on purpose: a kind, a title, an optional link and an
optional short quote or note, so adding one takes seconds.

Why the rules are strict but the messages kind:

* **Links are only http or https with a host.** A link is shown and may later be opened from
  the app, so ``javascript:``, ``file:`` and other schemes are refused outright; they can run
  code or open local files. The couple gets a plain sentence saying what a link should look
  like, never an exception name.
* **Nothing the couple wrote is logged or quoted.** Error messages describe the problem
  ("too long", "on one line") without repeating the title, note or link, so they are safe to
  show, log and put in crash reports.
* **The shipped examples are data** (``assets/sources/examples.json``), loaded by a forgiving
  loader that reports problems and never raises, in the same way as the prompt decks.

This module imports no Qt: it is pure domain logic, tested without a screen.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

from openup_desktop.files.messages import Template

from .prompts import DEFAULT_LANGUAGE, pick_text, read_text_map

__all__ = [
    "EXAMPLE_ID_PREFIX",
    "KIND_LABELS",
    "MAX_LINK_LENGTH",
    "MAX_NOTE_LENGTH",
    "MAX_TITLE_LENGTH",
    "SCHEMA_VERSION",
    "ExampleLoadResult",
    "Source",
    "SourceKind",
    "SourceProblem",
    "clean_link",
    "load_example_sources",
    "validate_kind",
    "validate_link",
    "validate_note",
    "validate_title",
]

logger = logging.getLogger("openup.sources")

#: The only examples file format this loader understands.
SCHEMA_VERSION: Final = 1

#: Long enough for a real title, short enough for one line in large type.
MAX_TITLE_LENGTH: Final = 120
#: A quote or a few sentences of note; longer texts belong in the original, not here.
MAX_NOTE_LENGTH: Final = 600
#: Real links are far shorter; the limit only stops a pasted page of text posing as a link.
MAX_LINK_LENGTH: Final = 2000

#: Built-in example sources have ids with this prefix; the couple's own never do.
EXAMPLE_ID_PREFIX: Final = "example-"

_EXAMPLE_ID_RE = re.compile(r"^example-[a-z0-9]+(?:-[a-z0-9]+)*$")


class SourceKind(StrEnum):
    """What sort of thing a source is; the value is what the database stores."""

    ARTICLE = "article"
    SONG = "song"
    FILM_OR_SHOW = "film_or_show"
    BOOK = "book"
    PODCAST = "podcast"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The English name shown on screen."""
        return KIND_LABELS[self]


#: Screen names for each kind, in the order the picker shows them.
KIND_LABELS: Final[Mapping[SourceKind, str]] = MappingProxyType(
    {
        SourceKind.ARTICLE: "Article",
        SourceKind.SONG: "Song",
        SourceKind.FILM_OR_SHOW: "Film or show",
        SourceKind.BOOK: "Book",
        SourceKind.PODCAST: "Podcast",
        SourceKind.OTHER: "Something else",
    }
)


@dataclass(frozen=True, slots=True)
class Source:
    """One thing to talk about, as the Sources screen and the talk setup see it.

    ``id`` is text so that both kinds of source fit one field: the couple's own sources are
    ``"own-<number>"`` (the number is the database row) and the shipped examples are
    ``"example-<name>"``. ``credit`` is only set for examples ("Written for OpenUp."), so the
    screen can say where a passage comes from. ``created_at`` is None for examples.
    """

    id: str
    kind: SourceKind
    title: str
    link: str | None = None
    quote_or_note: str | None = None
    builtin: bool = False
    credit: str | None = None
    created_at: datetime | None = field(default=None, compare=False)

    @property
    def kind_label(self) -> str:
        """The English name of the kind, for screens that show it next to the title."""
        return KIND_LABELS[self.kind]


# --- validation ----------------------------------------------------------------------------

KIND_UNKNOWN = Template(
    "sources.kind_unknown", "Please choose what kind of thing this is: {kinds}."
)
TITLE_NOT_TEXT = Template("sources.title_not_text", "The title needs to be text.")
TITLE_MISSING = Template(
    "sources.title_missing", "Give it a title, even a short one, so you can find it again."
)
TITLE_TOO_LONG = Template(
    "sources.title_too_long",
    "That title is a bit long. Please keep it to {n} characters or fewer (it has {has}).",
    one="That title is a bit long. Please keep it to {n} character or fewer (it has {has}).",
)
TITLE_NOT_ONE_LINE = Template(
    "sources.title_not_one_line",
    "Please keep the title on one line, without tabs or special characters.",
)
NOTE_NOT_TEXT = Template("sources.note_not_text", "The quote or note needs to be text.")
NOTE_TOO_LONG = Template(
    "sources.note_too_long",
    "Please keep the quote or note to {n} characters or fewer (it has {has}). "
    "A short piece is plenty to start a talk.",
    one="Please keep the quote or note to {n} character or fewer (it has {has}). "
    "A short piece is plenty to start a talk.",
)
NOTE_UNSHOWABLE = Template(
    "sources.note_unshowable",
    "The quote or note has a character OpenUp can't show. Please retype that part.",
)
LINK_MALFORMED = Template(
    "sources.link_malformed",
    "That link doesn't look right — it should start with https:// (or http://).",
)
LINK_MISSING = Template(
    "sources.link_missing", "Paste or type a link first, or leave the link empty."
)
LINK_TOO_LONG = Template(
    "sources.link_too_long",
    "That link is very long. Please use one of {n} characters or fewer.",
    one="That link is very long. Please use one of {n} character or fewer.",
)
LINK_HAS_SPACES = Template(
    "sources.link_has_spaces", "That link has spaces or line breaks in it. Please copy it again."
)
LINK_HAS_LOGIN = Template(
    "sources.link_has_login",
    "That link has a name or password in it. Please use the plain web address.",
)


def _forbidden(char: str, *, allow_newlines: bool) -> bool:
    # Control characters can break the layout or hide text; lone surrogates cannot be stored.
    # Format characters (Cf) stay allowed because emoji sequences need the zero-width joiner.
    if allow_newlines and char == "\n":
        return False
    return unicodedata.category(char) in {"Cc", "Zl", "Zp", "Cs"}


def validate_kind(kind: str | SourceKind) -> SourceKind:
    """Return the kind as a ``SourceKind``; a ValueError names the kinds that exist.

    Screens pass plain strings, so this is the one place that turns them into the enum.
    """
    try:
        return SourceKind(kind)
    except ValueError:
        allowed = ", ".join(label.lower() for label in KIND_LABELS.values())
        raise ValueError(KIND_UNKNOWN(kinds=allowed)) from None


def validate_title(text: str) -> str:
    """Check a source's title and return it trimmed (NFC), or raise a friendly ValueError.

    One line of 1 to ``MAX_TITLE_LENGTH`` characters, because the title is filled into talk
    prompts and must read well in large type. The message never repeats the title.
    """
    if not isinstance(text, str):
        raise ValueError(TITLE_NOT_TEXT())
    clean = unicodedata.normalize("NFC", text).strip()
    if not clean:
        raise ValueError(TITLE_MISSING())
    if len(clean) > MAX_TITLE_LENGTH:
        raise ValueError(TITLE_TOO_LONG(n=MAX_TITLE_LENGTH, has=len(clean)))
    if any(_forbidden(char, allow_newlines=False) for char in clean):
        raise ValueError(TITLE_NOT_ONE_LINE())
    return clean


def validate_note(text: str | None) -> str | None:
    """Check the optional quote or note; return it trimmed, or None when it is blank.

    Line breaks are kept (a quote may have several lines), Windows line endings become plain
    ones, and other control characters are refused. At most ``MAX_NOTE_LENGTH`` characters.
    """
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError(NOTE_NOT_TEXT())
    clean = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not clean:
        return None
    if len(clean) > MAX_NOTE_LENGTH:
        raise ValueError(NOTE_TOO_LONG(n=MAX_NOTE_LENGTH, has=len(clean)))
    if any(_forbidden(char, allow_newlines=True) for char in clean):
        raise ValueError(NOTE_UNSHOWABLE())
    return clean


_HOST_RE = re.compile(r"^[^\s/\\?#@:\[\]<>\"'`{}|^%]+$")


def validate_link(text: str) -> str:
    """Return ``text`` as a normalised http(s) URL, or raise ValueError with a friendly message.

    Only ``http`` and ``https`` links with a host are accepted: anything else (``javascript:``,
    ``file:``, ``data:``, a bare word) could run code or open files when clicked. Links with a
    user name or password are refused too, because ``https://bank.example@other.example`` is a
    classic way to disguise where a link really goes. Normalising means trimming, lower-casing
    the scheme and host and dropping a default port, so the same link is stored the same way.
    """
    if not isinstance(text, str):
        raise ValueError(LINK_MALFORMED())
    candidate = text.strip()
    if not candidate:
        raise ValueError(LINK_MISSING())
    if len(candidate) > MAX_LINK_LENGTH:
        raise ValueError(LINK_TOO_LONG(n=MAX_LINK_LENGTH))
    if any(char.isspace() or _forbidden(char, allow_newlines=False) for char in candidate):
        raise ValueError(LINK_HAS_SPACES())
    try:
        parts = urlsplit(candidate)
        port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError:
        raise ValueError(LINK_MALFORMED()) from None
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise ValueError(LINK_MALFORMED())
    if parts.username is not None or parts.password is not None:
        raise ValueError(LINK_HAS_LOGIN())
    host = parts.hostname or ""
    ipv6 = parts.netloc.rpartition("@")[2].startswith("[")
    if not host or (not ipv6 and (not _HOST_RE.fullmatch(host) or host.strip(".") == "")):
        raise ValueError(LINK_MALFORMED())
    if ipv6:
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}[scheme]
    netloc = host if port is None or port == default_port else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))


def clean_link(text: str | None) -> str | None:
    """The optional link: None when blank, otherwise ``validate_link(text)``.

    A source without a link is normal (a song heard on the radio), so blank means "no link"
    rather than a mistake.
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return validate_link(text)


# --- the shipped examples --------------------------------------------------------------------


@dataclass(frozen=True)
class SourceProblem:
    """Something in the examples file that could not be used, described for a human.

    Like ``DeckProblem`` for prompts: it names the file and the entry, never its text.
    """

    file_name: str
    message: str
    source_id: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        where = self.file_name
        if self.source_id is not None:
            where += f", source {self.source_id}"
        elif self.index is not None:
            where += f", entry #{self.index + 1}"
        return f"{where}: {self.message}"


@dataclass
class ExampleLoadResult:
    """What ``load_example_sources`` found: the usable examples and every problem skipped."""

    sources: list[Source] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was skipped; the shipped file must always be ok."""
        return not self.problems


class _FileProblem(Exception):
    """Internal signal: the whole file is unusable. Never escapes the loader."""


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _FileProblem("file does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise _FileProblem(f"could not be read ({exc.__class__.__name__})") from exc
    except json.JSONDecodeError as exc:
        # Position only: the message must not echo file content.
        raise _FileProblem(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise _FileProblem("not valid JSON (nested too deeply)") from exc


def _parse_example(
    entry: Any,
    index: int,
    file_name: str,
    seen: set[str],
    problems: list[SourceProblem],
    language: str = DEFAULT_LANGUAGE,
) -> Source | None:
    def fail(message: str, source_id: str | None = None) -> None:
        problems.append(SourceProblem(file_name, message, source_id=source_id, index=index))

    if not isinstance(entry, dict):
        fail("entry must be an object")
        return None
    source_id = entry.get("id")
    if not isinstance(source_id, str) or not _EXAMPLE_ID_RE.fullmatch(source_id):
        fail(f'"id" must look like "example-some-name", found {source_id!r}')
        return None
    if source_id in seen:
        fail("id is already used earlier in this file", source_id)
        return None

    def note_check(text: str) -> str:
        clean = validate_note(text)
        if clean is None:
            raise ValueError("it is empty")
        return clean

    def credit_check(text: str) -> str:
        if not text.strip():
            raise ValueError("it is empty")
        return text.strip()

    # Every language is checked, not only the one asked for, so a broken translation is
    # reported whichever language the app runs in; it costs only that language.
    notes: list[str] = []
    try:
        kind = validate_kind(entry.get("kind", ""))
        titles, skipped = read_text_map(entry.get("title"), '"title"', validate_title)
        notes += skipped
        raw_note = entry.get("quote_or_note")
        note_texts: dict[str, str] = {}
        if raw_note is not None and not (isinstance(raw_note, str) and not raw_note.strip()):
            note_texts, skipped = read_text_map(raw_note, '"quote_or_note"', note_check)
            notes += skipped
        link = clean_link(entry.get("link"))
    except ValueError as exc:
        fail(str(exc), source_id)
        return None
    try:
        credits, skipped = read_text_map(entry.get("credit"), '"credit"', credit_check)
        notes += skipped
    except ValueError:
        fail('"credit" must say where the piece comes from (e.g. "Written for OpenUp.")', source_id)
        return None
    for message in notes:
        fail(message, source_id)
    seen.add(source_id)
    return Source(
        id=source_id,
        kind=kind,
        title=pick_text(titles, language),
        link=link,
        quote_or_note=pick_text(note_texts, language) if note_texts else None,
        builtin=True,
        credit=pick_text(credits, language),
    )


def load_example_sources(path: Path, language: str = DEFAULT_LANGUAGE) -> ExampleLoadResult:
    """Load the built-in example sources from ``path``, skipping what is broken.

    ``title``, ``quote_or_note`` and ``credit`` may each be plain English text or a map of
    language codes to text; the returned sources carry the text in ``language``, falling
    back to its base language and then English, piece by piece. Ids, kinds and links are the
    same in every language, so a hidden example stays hidden after a language change.

    Never raises for bad data: a broken examples file must not stop the Sources screen from
    showing the couple's own sources. A file that is missing, not JSON or has another schema
    number gives no examples and one problem; a bad entry is skipped alone, and a bad
    translation is reported and falls back to English.
    """
    path = Path(path)
    result = ExampleLoadResult()
    try:
        raw = _read_json(path)
        if not isinstance(raw, dict):
            raise _FileProblem('the file must be a JSON object with "schema" and "sources"')
        schema = raw.get("schema")
        if isinstance(schema, bool) or schema != SCHEMA_VERSION:
            raise _FileProblem(f'"schema" must be {SCHEMA_VERSION}, found {schema!r}')
        entries = raw.get("sources")
        if not isinstance(entries, list):
            raise _FileProblem('"sources" must be a list')
    except _FileProblem as exc:
        result.problems.append(SourceProblem(path.name, f"file skipped: {exc}"))
        entries = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        source = _parse_example(entry, index, path.name, seen, result.problems, language)
        if source is not None:
            result.sources.append(source)
    for problem in result.problems:
        logger.warning("Example source problem: %s", problem)
    logger.info(
        "Loaded %d example source(s); %d problem(s)", len(result.sources), len(result.problems)
    )
    return result
