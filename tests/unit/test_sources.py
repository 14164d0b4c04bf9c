"""Sources: validation, link safety, the shipped examples, and the repository on a real file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.sources import (
    KIND_LABELS,
    MAX_NOTE_LENGTH,
    MAX_TITLE_LENGTH,
    Source,
    SourceKind,
    clean_link,
    load_example_sources,
    validate_kind,
    validate_link,
    validate_note,
    validate_title,
)
from openup_desktop.store.database import open_database
from openup_desktop.store.sources import (
    BuiltinSourceError,
    SourceRepository,
    create_source_tables,
)
from tests.helpers.db import full

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "sources" / "examples.json"
T0 = datetime(2025, 3, 1, 19, 0, tzinfo=UTC)
SECRET = "the evening my brother left home"


# --- kinds and text --------------------------------------------------------------------------


def test_every_kind_has_a_label() -> None:
    assert set(KIND_LABELS) == set(SourceKind)
    assert SourceKind.FILM_OR_SHOW.label == "Film or show"
    assert [k.value for k in SourceKind] == [
        "article",
        "song",
        "film_or_show",
        "book",
        "podcast",
        "other",
    ]


def test_validate_kind_accepts_strings_and_refuses_unknown() -> None:
    assert validate_kind("song") is SourceKind.SONG
    assert validate_kind(SourceKind.BOOK) is SourceKind.BOOK
    with pytest.raises(ValueError, match="kind"):
        validate_kind("poem")


def test_title_is_trimmed_and_bounded() -> None:
    assert validate_title("  Night Drive  ") == "Night Drive"
    assert validate_title("x" * MAX_TITLE_LENGTH) == "x" * MAX_TITLE_LENGTH
    for bad in ("", "   ", "x" * (MAX_TITLE_LENGTH + 1), "two\nlines", "tab\there"):
        with pytest.raises(ValueError):
            validate_title(bad)


def test_title_messages_never_repeat_the_title() -> None:
    with pytest.raises(ValueError) as info:
        validate_title(SECRET * 10)
    assert SECRET not in str(info.value)


def test_note_keeps_lines_and_is_optional() -> None:
    assert validate_note(None) is None
    assert validate_note("   ") is None
    assert validate_note(" line one\r\nline two ") == "line one\nline two"
    assert validate_note("x" * MAX_NOTE_LENGTH) == "x" * MAX_NOTE_LENGTH
    with pytest.raises(ValueError, match=str(MAX_NOTE_LENGTH)):
        validate_note("x" * (MAX_NOTE_LENGTH + 1))
    with pytest.raises(ValueError):
        validate_note("bell\x07")


# --- links -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://example.com", "https://example.com"),
        ("  https://example.com/a?b=1#c  ", "https://example.com/a?b=1#c"),
        ("HTTPS://Example.COM/Path", "https://example.com/Path"),
        ("http://example.com:80/x", "http://example.com/x"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://[::1]/x", "https://[::1]/x"),
        ("https://bücher.example/", "https://bücher.example/"),
    ],
)
def test_good_links_are_normalised(given: str, expected: str) -> None:
    assert validate_link(given) == expected


@pytest.mark.parametrize(
    "bad",
    [
        "javascript:alert(1)",
        "JavaScript://example.com/%0Aalert(1)",
        "file:///etc/passwd",
        "file://host/share",
        "data:text/html,hi",
        "ftp://example.com/file",
        "mailto:someone@example.com",
        "https://",
        "https:///path-only",
        "http://:80/",
        "https://./",
        "example.com",
        "www.example.com/page",
        "just words",
        "https://exa mple.com",
        "https://user:pw@example.com/",
        "https://bank.example@evil.example/",
        "https://example.com:99999/",
        "https://example.com:port/",
        "https://[::1/",
        "https://example.com/\nnext",
        "",
        "   ",
    ],
)
def test_bad_links_are_refused_kindly(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        validate_link(bad)
    message = str(info.value)
    assert message and message[0].isupper()
    assert "Traceback" not in message


def test_link_message_explains_what_a_link_looks_like() -> None:
    with pytest.raises(ValueError, match="should start with https://"):
        validate_link("javascript:alert(1)")


def test_clean_link_treats_blank_as_no_link() -> None:
    assert clean_link(None) is None
    assert clean_link("  ") is None
    assert clean_link("https://example.com") == "https://example.com"
    with pytest.raises(ValueError):
        clean_link("file:///tmp/x")


# --- shipped examples ------------------------------------------------------------------------


def test_shipped_examples_load_cleanly() -> None:
    result = load_example_sources(EXAMPLES)
    assert result.ok, [str(p) for p in result.problems]
    assert 3 <= len(result.sources) <= 5
    kinds = {s.kind for s in result.sources}
    assert {
        SourceKind.ARTICLE,
        SourceKind.SONG,
        SourceKind.FILM_OR_SHOW,
        SourceKind.PODCAST,
    } <= kinds
    for source in result.sources:
        assert source.builtin
        assert source.id.startswith("example-")
        assert source.link is None
        assert source.quote_or_note
        assert source.credit and "OpenUp" in source.credit


def test_shipped_song_is_eight_lines() -> None:
    result = load_example_sources(EXAMPLES)
    song = next(s for s in result.sources if s.kind is SourceKind.SONG)
    assert song.quote_or_note is not None
    assert len(song.quote_or_note.splitlines()) == 8


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "examples.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_loader_skips_bad_entries_and_reports_them(tmp_path: Path) -> None:
    good = {"id": "example-ok", "kind": "song", "title": "Fine", "credit": "Written for OpenUp."}
    path = _write(
        tmp_path,
        {
            "schema": 1,
            "sources": [
                good,
                {**good, "id": "example-ok"},
                {**good, "id": "Bad Id"},
                {**good, "id": "example-kind", "kind": "poem"},
                {**good, "id": "example-link", "link": "javascript:alert(1)"},
                {**good, "id": "example-nocredit", "credit": ""},
                {**good, "id": "example-title", "title": SECRET * 10},
                "not an object",
            ],
        },
    )
    result = load_example_sources(path)
    assert [s.id for s in result.sources] == ["example-ok"]
    assert len(result.problems) == 7
    assert all(SECRET not in str(p) for p in result.problems)


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"schema": 2, "sources": []}),
        json.dumps({"schema": 1, "sources": {}}),
    ],
)
def test_loader_never_raises_for_a_broken_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "examples.json"
    path.write_text(content, encoding="utf-8")
    result = load_example_sources(path)
    assert result.sources == []
    assert len(result.problems) == 1
    assert "file skipped" in str(result.problems[0])


def test_loader_reports_a_missing_file(tmp_path: Path) -> None:
    result = load_example_sources(tmp_path / "nope.json")
    assert not result.ok and result.sources == []


# --- repository ------------------------------------------------------------------------------


EXAMPLE_A = Source(
    id="example-a", kind=SourceKind.ARTICLE, title="A", quote_or_note="a", builtin=True
)
EXAMPLE_B = Source(id="example-b", kind=SourceKind.SONG, title="B", builtin=True)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    opened = open_database(tmp_path / "openup.db")
    create_source_tables(opened.db)
    yield opened.db
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def repo(db: sqlite_utils.Database, clock: FakeClock) -> SourceRepository:
    return SourceRepository(db, clock, examples=[EXAMPLE_A, EXAMPLE_B])


def test_create_tables_is_idempotent(db: sqlite_utils.Database) -> None:
    create_source_tables(db)
    create_source_tables(db)
    assert {"sources", "hidden_example_sources"} <= set(full(db).table_names())


def test_add_get_and_list_newest_first_then_examples(
    repo: SourceRepository, clock: FakeClock
) -> None:
    first = repo.add("song", "  Night Drive ", None, "  a line  ")
    clock.advance(60)
    second = repo.add(SourceKind.ARTICLE, "Kitchen", "https://Example.com/x", None)
    assert first.id == "own-1" and second.id == "own-2"
    assert first.title == "Night Drive" and first.quote_or_note == "a line"
    assert second.link == "https://example.com/x"
    assert not first.builtin
    assert first.created_at is not None and first.created_at.tzinfo is not None
    assert repo.get(first.id) == first
    assert [s.id for s in repo.list()] == ["own-2", "own-1", "example-a", "example-b"]


def test_add_refuses_bad_input_and_saves_nothing(repo: SourceRepository) -> None:
    for kwargs in (
        {"kind": "poem", "title": "x"},
        {"kind": "song", "title": ""},
        {"kind": "song", "title": "x", "link": "javascript:alert(1)"},
        {"kind": "song", "title": "x", "quote_or_note": "x" * (MAX_NOTE_LENGTH + 1)},
    ):
        with pytest.raises(ValueError):
            repo.add(**kwargs)  # type: ignore[arg-type]
    assert [s.id for s in repo.list()] == ["example-a", "example-b"]


def test_edit_replaces_fields_and_blank_clears(repo: SourceRepository, clock: FakeClock) -> None:
    source = repo.add("book", "Old title", "https://example.com", "note")
    clock.advance(5)
    edited = repo.edit(source.id, "podcast", "New title", "  ", "")
    assert edited.kind is SourceKind.PODCAST
    assert edited.title == "New title"
    assert edited.link is None and edited.quote_or_note is None
    assert edited.created_at == source.created_at
    with pytest.raises(ValueError):
        repo.edit(source.id, "book", "x", "file:///etc/passwd")
    assert repo.get(source.id) == edited


def test_examples_cannot_be_edited(repo: SourceRepository) -> None:
    with pytest.raises(BuiltinSourceError):
        repo.edit("example-a", "song", "Mine now")


def test_delete_removes_own_and_ids_are_not_reused(repo: SourceRepository) -> None:
    source = repo.add("other", "Gone soon")
    repo.delete(source.id)
    with pytest.raises(KeyError):
        repo.get(source.id)
    with pytest.raises(KeyError):
        repo.delete(source.id)
    assert repo.add("other", "Next").id == "own-2"


def test_delete_hides_examples_and_restore_brings_them_back(repo: SourceRepository) -> None:
    repo.delete("example-a")
    repo.delete("example-a")  # hiding twice is fine
    assert [s.id for s in repo.list()] == ["example-b"]
    assert [s.id for s in repo.list(include_hidden=True)] == ["example-a", "example-b"]
    assert repo.hidden_example_ids() == {"example-a"}
    assert repo.get("example-a") == EXAMPLE_A  # still reachable for past talks
    assert repo.restore_examples() == 1
    assert [s.id for s in repo.list()] == ["example-a", "example-b"]
    assert repo.restore_examples() == 0


def test_hidden_examples_survive_a_new_repository(
    db: sqlite_utils.Database, repo: SourceRepository
) -> None:
    repo.delete("example-b")
    again = SourceRepository(db, FakeClock(T0), examples=[EXAMPLE_A, EXAMPLE_B])
    assert [s.id for s in again.list()] == ["example-a"]


@pytest.mark.parametrize("bad_id", ["", "own-", "own-x", "own-1.5", "7", "example-zzz", "own-٣"])
def test_unknown_ids_raise_key_error(repo: SourceRepository, bad_id: str) -> None:
    with pytest.raises(KeyError):
        repo.get(bad_id)


def test_repository_refuses_non_builtin_examples(db: sqlite_utils.Database) -> None:
    own = Source(id="own-1", kind=SourceKind.SONG, title="x")
    with pytest.raises(ValueError):
        SourceRepository(db, FakeClock(T0), examples=[own])


def test_default_examples_are_the_shipped_ones(db: sqlite_utils.Database) -> None:
    repo = SourceRepository(db, FakeClock(T0))
    shipped = load_example_sources(EXAMPLES).sources
    assert repo.list() == shipped


def test_nothing_written_is_logged(
    repo: SourceRepository, openup_caplog: pytest.LogCaptureFixture
) -> None:
    caplog = openup_caplog
    source = repo.add("song", SECRET, "https://secret.example/" + "x", SECRET)
    repo.edit(source.id, "song", SECRET + "!", None, SECRET)
    repo.delete(source.id)
    with pytest.raises(ValueError):
        repo.add("song", SECRET * 10)
    text = caplog.text + " ".join(str(r.args) for r in caplog.records)
    assert SECRET not in text
    assert "secret.example" not in text


def test_a_failed_write_leaves_nothing_behind(
    db: sqlite_utils.Database, repo: SourceRepository
) -> None:
    with pytest.raises(RuntimeError), db.atomic():
        repo.add("song", "Inside a bigger change")
        raise RuntimeError("crash in the middle")
    assert [s.id for s in repo.list() if not s.builtin] == []
