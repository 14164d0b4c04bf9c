"""Tests for the prompt library: the shipped decks themselves, and the forgiving loader.

The shipped-library tests are the guard rail for writers: any typo, duplicate or overlong
prompt fails here before it reaches a couple's screen.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from openup_desktop.core.prompts import (
    ALLOWED_TAGS,
    MAX_CUSTOM_PROMPT_LENGTH,
    OURS_DECK_ID,
    Deck,
    DeckProblem,
    LoadResult,
    Prompt,
    load_decks,
    validate_custom_prompt_text,
)

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "prompts"

EXPECTED_DECKS = {
    "warm-up": "Warm-up",
    "hopes-dreams": "Hopes & dreams",
    "fears-worries": "Fears & worries",
    "questions": "Questions for each other",
    "us": "Us",
    "everyday": "Everyday",
    "looking-back": "Looking back",
    "making-up": "Disagreeing & making up",
    "appreciation": "What I appreciate",
    "tender": "Tender & romantic",
    "work-money": "Work & money",
    "people": "Family & friends",
    "body-space": "Health & room to breathe",
    "roots": "Roots & beliefs",
}

#: Themes couples expect from a deck; each is a tag and needs this many prompts, at every depth.
THEMES = {
    "repair": 12,  # disagreeing and making up
    "appreciation": 12,  # appreciating the partner
    "money": 12,
    "romance": 12,  # gentle romance and desire
    "relatives": 12,  # in-laws and extended family today
    "work": 12,  # work stress
    "health": 12,
    "identity": 12,  # identity, culture and faith
    "friends": 12,
    "space": 12,  # alone time and needs
}

#: Words that mean a prompt looks back; such a prompt must carry the "past" tag, so the share
#: of looking-back prompts can be counted honestly.
LOOKS_BACK = re.compile(
    r"\b(when you were|growing up|grew up|as a (child|kid|teen(ager)?)|childhood|used to|"
    r"from your past|in your past|looking back|years old|at eighteen|teenager)\b",
    re.IGNORECASE,
)

#: A light (depth 1) prompt is a warm-up for everyone, so it must not assume a shared home, a
#: life stage, a gender, children, a family or a childhood that was good enough to revisit.
DEPTH1_ASSUMPTIONS = {
    "en": re.compile(
        r"\b(our (home|house|flat|place|kitchen|bed|mornings|week|evenings|family|kids|children)|"
        r"at home|living together|moved in|kids?|child(ren|hood)?|bab(y|ies)|parents?|mum|mom|dad|"
        r"mother|father|brother|sister|siblings?|grand\w+|in-laws?|husband|wife|boyfriend|"
        r"girlfriend|he|she|his|her|hers|him|man|woman|men|women|retire\w*|old and grey|"
        r"grow(ing)? old|married|wedding|engaged|pregnan\w*|growing up|grew up|as a (kid|teen\w*)|"
        r"when you were|years old|teenager|school|first job)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(nuestra casa|nuestro hogar|en casa|hij[oa]s?|niñ[oa]s?|niñez|infancia|de pequeñ[oa]|"
        r"padres|madre|padre|herman[oa]s?|abuel[oa]s?|suegr[oa]s?|marido|espos[oa]|novi[oa]|"
        r"mujer|hombre|jubila\w*|envejec\w*|casad[oa]s?|boda|embaraz\w*|cuando crecías|"
        r"cuando eras|adolescen\w*|colegio|escuela|primer trabajo)\b",
        re.IGNORECASE,
    ),
}

#: Near-duplicates share most of their content words. Function words are dropped, plurals and
#: endings trimmed, and a few words that mean the same here are folded together, so that
#: "comforted after a hard day" and "unwind after a long day" count as one idea.
_STOP_EN = """a an the and or but if of to in on at for with from by about as into than then so is
        are was were be been being am do does did done have has had having i you me my your yours
        we us our ours it its this that these those there here what which who whom whose when
        where why how any some one can could would should will may might must shall not no nor
        just only even also very more most less like little bit thing things something anything
        someone anyone s t ll re ve d m let tell say"""
_STOP_ES = """a al algo alguien alguna alguno algún ante como con cómo cual cuál cuando cuándo
        de del
        dónde donde el él ella en entre era es esa ese eso esta este esto está estás fue ha has hay
        la las le les lo los me mi mis más muy no nos o para pero poco por qué que quién quien se
        si sí sin sobre su sus también te tu tú tus un una uno unos y ya yo ti mí cosa cosas ser
        haber hace hacer"""
_STOP = {"en": frozenset(_STOP_EN.split()), "es": frozenset(_STOP_ES.split())}
_SAME_IDEA = {
    word: group.split()[0]
    for group in (
        "soothe comfort comforted calm unwind relax soothed",
        "hard long difficult tough rough",
        "dream daydream fantasy",
        "worri worried worry anxious nervous edge",
        "holiday trip travel vacation",
        "child childhood kid younger grew growing",
        "consuelo consuelen consolar calmarte calma desconectar relajarte",
        "difícil largo duro dura",
        "sueño fantasía",
        "preocupa preocupación preocupaciones nervios",
        "infancia niñez",
    )
    for word in group.split()
}
NEAR_DUPLICATE = 0.5


def _content_words(text: str, lang: str) -> frozenset[str]:
    words = set()
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        if word in _STOP[lang] or len(word) < 3:
            continue
        word = _SAME_IDEA.get(word, word)
        for ending in ("ing", "ed", "es", "s") if lang == "en" else ("es", "s"):
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
        words.add(_SAME_IDEA.get(word, word))
    return frozenset(words)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def near_duplicates(prompts: list[Prompt], lang: str) -> list[tuple[str, str, float]]:
    """Pairs of prompts whose content words overlap by NEAR_DUPLICATE or more (Jaccard)."""
    words = {p.id: _content_words(p.text_for(lang), lang) for p in prompts}
    pairs = []
    for a, b in itertools.combinations(prompts, 2):
        score = _overlap(words[a.id], words[b.id])
        if score >= NEAR_DUPLICATE:
            pairs.append((a.id, b.id, round(score, 2)))
    return pairs


# --- the shipped library ------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> LoadResult:
    return load_decks(PROMPTS_DIR)


@pytest.fixture(scope="module")
def shipped_prompts(shipped: LoadResult) -> list[Prompt]:
    return [prompt for deck in shipped.decks for prompt in deck.prompts]


def _normalise(text: str) -> str:
    """Lower-case letters and digits only, so near-identical texts compare equal."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def test_shipped_library_loads_without_problems(shipped: LoadResult) -> None:
    assert shipped.problems == []
    assert shipped.ok


def test_shipped_library_has_enough_prompts_at_every_depth(
    shipped_prompts: list[Prompt],
) -> None:
    depths = Counter(p.depth for p in shipped_prompts)
    assert len(shipped_prompts) >= 320
    assert depths[3] >= 70, "couples run out of deeper prompts"
    assert depths[2] >= 100


@pytest.mark.parametrize(("theme", "minimum"), THEMES.items())
def test_every_theme_has_enough_prompts_across_depths(
    shipped_prompts: list[Prompt], theme: str, minimum: int
) -> None:
    tagged = [p for p in shipped_prompts if theme in p.tags]
    assert len(tagged) >= minimum, theme
    assert {p.depth for p in tagged} == {1, 2, 3}, theme


def test_no_more_than_a_quarter_look_back(shipped_prompts: list[Prompt]) -> None:
    for prompt in shipped_prompts:
        if LOOKS_BACK.search(prompt.text_for("en")):
            assert "past" in prompt.tags, prompt.id
    looking_back = [p for p in shipped_prompts if "past" in p.tags]
    assert len(looking_back) <= len(shipped_prompts) / 4


@pytest.mark.parametrize("lang", ["en", "es"])
def test_light_prompts_assume_nothing_about_home_family_or_life_stage(
    shipped_prompts: list[Prompt], lang: str
) -> None:
    pattern = DEPTH1_ASSUMPTIONS[lang]
    found = [
        (p.id, match.group(0))
        for p in shipped_prompts
        if p.depth == 1 and (match := pattern.search(p.text_for(lang)))
    ]
    assert found == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_near_duplicate_prompts(shipped_prompts: list[Prompt], lang: str) -> None:
    assert near_duplicates(shipped_prompts, lang) == []


def test_near_duplicate_check_catches_reworded_repeats() -> None:
    def prompt(n: int, en: str, es: str) -> Prompt:
        return Prompt(id=f"t-{n:03d}", deck_id="t", text={"en": en, "es": es}, depth=1)

    comfort = prompt(
        1,
        "How do you like to be comforted when you've had a hard day?",
        "¿Cómo te gusta que te consuelen cuando has tenido un día difícil?",
    )
    unwind = prompt(
        2,
        "How do you like to unwind after a long day?",
        "¿Cómo te gusta desconectar después de un día largo?",
    )
    unrelated = prompt(
        3,
        "Which song would you pick if we slow-danced right now?",
        "Si bailáramos lento ahora mismo, ¿qué canción pondrías?",
    )
    for lang in ("en", "es"):
        assert [pair[:2] for pair in near_duplicates([comfort, unwind, unrelated], lang)] == [
            ("t-001", "t-002")
        ], lang


def test_all_decks_present_in_order(shipped: LoadResult) -> None:
    assert {deck.id: deck.name for deck in shipped.decks} == EXPECTED_DECKS
    assert shipped.decks[0].id == "warm-up"  # file-name order puts the gentlest deck first
    for deck in shipped.decks:
        assert deck.description.strip()
        assert deck.description.endswith(".")
        assert deck.prompts, f"{deck.id} is empty"
        assert deck.id != OURS_DECK_ID


def test_prompt_ids_are_unique_and_match_their_deck(shipped_prompts: list[Prompt]) -> None:
    ids = Counter(prompt.id for prompt in shipped_prompts)
    assert [pid for pid, n in ids.items() if n > 1] == []
    for prompt in shipped_prompts:
        assert re.fullmatch(rf"{re.escape(prompt.deck_id)}-\d{{3}}", prompt.id), prompt.id


def test_no_duplicate_texts(shipped_prompts: list[Prompt]) -> None:
    seen: dict[str, str] = {}
    for prompt in shipped_prompts:
        key = _normalise(prompt.text_for("en"))
        assert key not in seen, f"{prompt.id} repeats {seen[key]}"
        seen[key] = prompt.id


def test_texts_are_short_and_end_like_a_sentence(shipped_prompts: list[Prompt]) -> None:
    for prompt in shipped_prompts:
        text = prompt.text_for("en")
        assert text == text.strip(), prompt.id
        assert text[-1] in "?.", prompt.id
        assert len(text) <= 200, prompt.id
        assert "\n" not in text, prompt.id


def test_all_depths_present_and_every_deck_has_light_prompts(shipped: LoadResult) -> None:
    all_depths = {p.depth for deck in shipped.decks for p in deck.prompts}
    assert all_depths == {1, 2, 3}
    for deck in shipped.decks:
        depths = Counter(p.depth for p in deck.prompts)
        assert depths[1] > 0, deck.id
        if deck.id in {"warm-up", "everyday"}:
            assert depths[1] > len(deck.prompts) / 2, f"{deck.id} should be mostly light"


def test_tags_are_known_and_readme_documents_them(shipped_prompts: list[Prompt]) -> None:
    for prompt in shipped_prompts:
        assert set(prompt.tags) <= ALLOWED_TAGS, prompt.id
    readme = (PROMPTS_DIR / "README.md").read_text(encoding="utf-8")
    for tag in ALLOWED_TAGS:
        assert f"`{tag}`" in readme


# --- the data model -----------------------------------------------------------------------


def _prompt(**overrides: Any) -> Prompt:
    fields: dict[str, Any] = {
        "id": "t-001",
        "deck_id": "t",
        "text": {"en": "Hello?", "es": "¿Hola?", "pt-BR": "Olá?"},
        "depth": 1,
        "tags": ("play",),
    }
    fields.update(overrides)
    return Prompt(**fields)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Hello?"),
        ("es", "¿Hola?"),
        ("es-MX", "¿Hola?"),
        ("ES_mx", "¿Hola?"),
        ("pt-BR", "Olá?"),
        ("pt_br", "Olá?"),
        ("pt", "Hello?"),
        ("fr", "Hello?"),
        ("", "Hello?"),
    ],
)
def test_text_for_falls_back_to_english(lang: str, expected: str) -> None:
    assert _prompt().text_for(lang) == expected


def test_prompt_is_frozen_hashable_and_detached_from_caller_dict() -> None:
    text = {"en": "Hello?"}
    prompt = _prompt(text=text, tags=["play"])
    text["en"] = "Changed."
    assert prompt.text_for("en") == "Hello?"
    assert prompt.tags == ("play",)
    assert hash(prompt) == hash(_prompt(text={"en": "Hello?"}, tags=("play",)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        prompt.depth = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        prompt.text["en"] = "Nope."  # type: ignore[index]


def test_deck_problem_reads_well() -> None:
    assert str(DeckProblem("a.json", "bad", prompt_id="x-001", index=0)) == (
        "a.json, prompt x-001: bad"
    )
    assert str(DeckProblem("a.json", "bad", index=2)) == "a.json, entry #3: bad"
    assert str(DeckProblem("a.json", "bad")) == "a.json: bad"


# --- the loader with broken files ---------------------------------------------------------


def _entry(deck_id: str, n: int, **overrides: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": f"{deck_id}-{n:03d}",
        "text": {"en": f"Secret words number {n}?"},
        "depth": 1,
        "tags": ["play"],
    }
    entry.update(overrides)
    return entry


def _deck_file(
    folder: Path,
    file_name: str,
    deck_id: str,
    entries: list[Any] | None = None,
    **top: Any,
) -> Path:
    data: dict[str, Any] = {
        "schema": 1,
        "deck": {"id": deck_id, "name": deck_id.title(), "description": "A test deck."},
        "prompts": entries if entries is not None else [_entry(deck_id, 1), _entry(deck_id, 2)],
    }
    data.update(top)
    path = folder / file_name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_invalid_json_is_skipped_and_good_file_still_loads(tmp_path: Path) -> None:
    _deck_file(tmp_path, "01-good.json", "good")
    (tmp_path / "02-broken.json").write_text('{"schema": 1, "deck": ', encoding="utf-8")

    result = load_decks(tmp_path)

    assert [deck.id for deck in result.decks] == ["good"]
    assert len(result.decks[0].prompts) == 2
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.file_name == "02-broken.json"
    assert "not valid JSON" in problem.message
    assert problem.prompt_id is None and problem.index is None


def test_bad_entry_is_skipped_and_rest_of_deck_loads(tmp_path: Path) -> None:
    entries = [_entry("d", 1), _entry("d", 2, depth=7), _entry("d", 3)]
    _deck_file(tmp_path, "deck.json", "d", entries)

    result = load_decks(tmp_path)

    assert [p.id for p in result.decks[0].prompts] == ["d-001", "d-003"]
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.file_name, problem.prompt_id, problem.index) == ("deck.json", "d-002", 1)
    assert "depth" in problem.message
    assert "d-002" in str(problem)


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"text": {"es": "¿Hola?"}}, "text.en"),
        ({"text": {"en": "   "}}, "text.en"),
        ({"text": {"en": 5}}, "text.en"),
        ({"text": "Hello?"}, '"text"'),
        ({"depth": 0}, "depth"),
        ({"depth": 4}, "depth"),
        ({"depth": "2"}, "depth"),
        ({"depth": True}, "depth"),
        ({"depth": 2.0}, "depth"),
        ({"tags": ["play", "sadness"]}, "sadness"),
        ({"tags": "play"}, "tags"),
        ({"id": "other-001"}, "does not match the deck"),
        ({"id": "d-1"}, "does not match the deck"),
    ],
)
def test_each_kind_of_bad_entry_is_skipped_alone(
    tmp_path: Path, overrides: dict[str, Any], needle: str
) -> None:
    entries = [_entry("d", 1), _entry("d", 2, **overrides)]
    _deck_file(tmp_path, "deck.json", "d", entries)

    result = load_decks(tmp_path)

    assert [p.id for p in result.decks[0].prompts] == ["d-001"]
    assert len(result.problems) == 1
    assert result.problems[0].index == 1
    assert needle in result.problems[0].message


@pytest.mark.parametrize("entry", [None, "d-002", ["d-002"], {"text": {"en": "Hi?"}}])
def test_entry_without_usable_id_is_reported_by_index(tmp_path: Path, entry: Any) -> None:
    _deck_file(tmp_path, "deck.json", "d", [_entry("d", 1), entry])

    result = load_decks(tmp_path)

    assert [p.id for p in result.decks[0].prompts] == ["d-001"]
    assert [(p.prompt_id, p.index) for p in result.problems] == [(None, 1)]
    assert "entry #2" in str(result.problems[0])


def test_duplicate_id_within_a_file_keeps_the_first(tmp_path: Path) -> None:
    entries = [_entry("d", 1), _entry("d", 1, depth=3)]
    _deck_file(tmp_path, "deck.json", "d", entries)

    result = load_decks(tmp_path)

    assert [(p.id, p.depth) for p in result.decks[0].prompts] == [("d-001", 1)]
    assert [(p.prompt_id, p.index) for p in result.problems] == [("d-001", 1)]
    assert "earlier in this file" in result.problems[0].message


def test_duplicate_id_across_files_is_skipped_in_the_later_file(tmp_path: Path) -> None:
    _deck_file(tmp_path, "01-a.json", "a")
    _deck_file(tmp_path, "02-b.json", "b", [_entry("b", 1), _entry("a", 1), _entry("b", 2)])

    result = load_decks(tmp_path)

    assert [[p.id for p in deck.prompts] for deck in result.decks] == [
        ["a-001", "a-002"],
        ["b-001", "b-002"],
    ]
    assert [(p.file_name, p.prompt_id, p.index) for p in result.problems] == [
        ("02-b.json", "a-001", 1)
    ]
    assert "already used in 01-a.json" in result.problems[0].message


def test_duplicate_deck_id_across_files_skips_the_later_file(tmp_path: Path) -> None:
    _deck_file(tmp_path, "01-first.json", "d")
    _deck_file(tmp_path, "02-second.json", "d", [_entry("d", 3)])

    result = load_decks(tmp_path)

    assert [[p.id for p in deck.prompts] for deck in result.decks] == [["d-001", "d-002"]]
    assert [p.file_name for p in result.problems] == ["02-second.json"]
    assert "already used by another file" in result.problems[0].message


@pytest.mark.parametrize("schema", [2, 0, "1", None, True])
def test_wrong_schema_skips_the_whole_file(tmp_path: Path, schema: Any) -> None:
    _deck_file(tmp_path, "01-good.json", "good")
    _deck_file(tmp_path, "02-future.json", "future", schema=schema)

    result = load_decks(tmp_path)

    assert [deck.id for deck in result.decks] == ["good"]
    assert len(result.problems) == 1
    assert result.problems[0].file_name == "02-future.json"
    assert "schema" in result.problems[0].message


def test_missing_schema_skips_the_whole_file(tmp_path: Path) -> None:
    path = _deck_file(tmp_path, "deck.json", "d")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["schema"]
    path.write_text(json.dumps(data), encoding="utf-8")

    result = load_decks(tmp_path)

    assert result.decks == []
    assert [p.file_name for p in result.problems] == ["deck.json"]


@pytest.mark.parametrize(
    ("deck", "needle"),
    [
        (None, '"deck"'),
        ({"name": "No id", "description": "Hm."}, "id"),
        ({"id": "Bad Id", "name": "Bad", "description": "Hm."}, "id"),
        ({"id": OURS_DECK_ID, "name": "Ours", "description": "Hm."}, "reserved"),
        ({"id": "d", "description": "Hm."}, "name"),
        ({"id": "d", "name": "  ", "description": "Hm."}, "name"),
        ({"id": "d", "name": "D"}, "description"),
    ],
)
def test_bad_deck_header_skips_the_whole_file(tmp_path: Path, deck: Any, needle: str) -> None:
    (tmp_path / "deck.json").write_text(
        json.dumps({"schema": 1, "deck": deck, "prompts": [_entry("d", 1)]}), encoding="utf-8"
    )

    result = load_decks(tmp_path)

    assert result.decks == []
    assert len(result.problems) == 1
    assert needle in result.problems[0].message


@pytest.mark.parametrize("content", ["[]", '"text"', "null", '{"schema": 1}'])
def test_wrong_top_level_shape_skips_the_file(tmp_path: Path, content: str) -> None:
    (tmp_path / "deck.json").write_text(content, encoding="utf-8")

    result = load_decks(tmp_path)

    assert result.decks == []
    assert [p.file_name for p in result.problems] == ["deck.json"]


def test_prompts_not_a_list_skips_the_file(tmp_path: Path) -> None:
    _deck_file(tmp_path, "deck.json", "d", prompts={"d-001": {}})

    result = load_decks(tmp_path)

    assert result.decks == []
    assert '"prompts" must be a list' in result.problems[0].message


def test_file_that_is_not_utf8_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "deck.json").write_bytes(b"\xff\xfe\x00garbage")

    result = load_decks(tmp_path)

    assert result.decks == []
    assert [p.file_name for p in result.problems] == ["deck.json"]


def test_bad_translation_costs_only_that_language(tmp_path: Path) -> None:
    entry = _entry("d", 1, text={"en": "Hello?", "es": "", "x!": "Bad code?"})
    _deck_file(tmp_path, "deck.json", "d", [entry])

    result = load_decks(tmp_path)

    [prompt] = result.decks[0].prompts
    assert dict(prompt.text) == {"en": "Hello?"}
    assert prompt.text_for("es") == "Hello?"
    assert len(result.problems) == 2
    assert all(p.prompt_id == "d-001" for p in result.problems)


def test_texts_are_trimmed_tags_deduplicated_and_extra_fields_ignored(tmp_path: Path) -> None:
    entry = _entry("d", 1, text={"en": "  Hello?  "}, tags=["play", "us", "play"], extra=1)
    entry_without_tags = _entry("d", 2)
    del entry_without_tags["tags"]
    _deck_file(tmp_path, "deck.json", "d", [entry, entry_without_tags], future_field=True)

    result = load_decks(tmp_path)

    assert result.problems == []
    first, second = result.decks[0].prompts
    assert first.text_for("en") == "Hello?"
    assert first.tags == ("play", "us")
    assert second.tags == ()


def test_empty_deck_and_empty_folder_load_quietly(tmp_path: Path) -> None:
    assert load_decks(tmp_path) == LoadResult()
    _deck_file(tmp_path, "deck.json", "d", [])
    result = load_decks(tmp_path)
    assert result.decks == [Deck("d", "D", "A test deck.", ())]
    assert result.problems == []


def test_missing_folder_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    result = load_decks(tmp_path / "nowhere")

    assert result.decks == []
    assert len(result.problems) == 1
    assert "does not exist" in result.problems[0].message


def test_files_load_in_name_order_and_non_json_files_are_ignored(tmp_path: Path) -> None:
    _deck_file(tmp_path, "20-b.json", "b")
    _deck_file(tmp_path, "10-a.json", "a")
    (tmp_path / "README.md").write_text("# not a deck", encoding="utf-8")

    result = load_decks(tmp_path)

    assert [deck.id for deck in result.decks] == ["a", "b"]
    assert result.deck("b") is result.decks[1]
    assert result.deck("zzz") is None


def test_problems_are_logged_without_prompt_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    entries = [_entry("d", 1), _entry("d", 2, tags=["nope"]), _entry("d", 3, depth=9)]
    _deck_file(tmp_path, "deck.json", "d", entries)

    with caplog.at_level(logging.INFO, logger="openup.prompts"):
        result = load_decks(tmp_path)

    records = [r for r in caplog.records if r.name == "openup.prompts"]
    warnings = [r for r in records if r.levelno == logging.WARNING]
    assert len(warnings) == len(result.problems) == 2
    assert all("Secret words" not in r.getMessage() for r in records)
    assert "d-002" in warnings[0].getMessage()


# --- custom prompts for the "Ours" deck ---------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("What made you laugh today?", "What made you laugh today?"),
        ("  Tell me about your week.  \n", "Tell me about your week."),
        ("¿Qué te hizo sonreír hoy? 😊", "¿Qué te hizo sonreír hoy? 😊"),
        ("Family 👨‍👩‍👧 time?", "Family 👨‍👩‍👧 time?"),  # zero-width joiners are fine
        ("x" * MAX_CUSTOM_PROMPT_LENGTH, "x" * MAX_CUSTOM_PROMPT_LENGTH),
        ("  " + "y" * MAX_CUSTOM_PROMPT_LENGTH + "  ", "y" * MAX_CUSTOM_PROMPT_LENGTH),
    ],
)
def test_valid_custom_prompt_is_trimmed(raw: str, expected: str) -> None:
    assert validate_custom_prompt_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * (MAX_CUSTOM_PROMPT_LENGTH + 1), str(MAX_CUSTOM_PROMPT_LENGTH)),
        ("Two\nlines?", "one line"),
        ("Tab\there?", "one line"),
        ("Bell\x07?", "one line"),
        ("Escape\x1b[31m?", "one line"),
        ("Null\x00?", "one line"),
        ("Line\u2028separator?", "one line"),
    ],
)
def test_invalid_custom_prompt_raises_friendly_error(raw: str, needle: str) -> None:
    with pytest.raises(ValueError, match=re.escape(needle)) as info:
        validate_custom_prompt_text(raw)
    message = str(info.value)
    assert message[0].isupper() and message.endswith(".")
    if raw.strip():
        assert raw.strip() not in message  # never echo what the couple wrote


def test_custom_prompt_must_be_a_string() -> None:
    with pytest.raises(ValueError):
        validate_custom_prompt_text(None)  # type: ignore[arg-type]
