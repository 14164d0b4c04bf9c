"""Triangulation templates: the shipped set, the loader, and filling with real-world titles."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from openup_desktop.core.prompts import MAX_CUSTOM_PROMPT_LENGTH, load_decks
from openup_desktop.core.sources import MAX_TITLE_LENGTH, Source, SourceKind
from openup_desktop.core.triangulation import (
    DECK_ID,
    PLACEHOLDER,
    Template,
    TemplateLoadResult,
    fill_template,
    load_templates,
    prompt_id_for,
    prompts_for,
    quote_title,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets"
TEMPLATES = ASSETS / "triangulation" / "templates.json"


@pytest.fixture(scope="module")
def shipped() -> TemplateLoadResult:
    return load_templates(TEMPLATES)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


# --- the shipped templates -------------------------------------------------------------------


def test_shipped_templates_load_without_problems(shipped: TemplateLoadResult) -> None:
    assert shipped.ok, [str(p) for p in shipped.problems]
    assert len(shipped.templates) >= 24


def test_every_template_has_the_placeholder_exactly_once(shipped: TemplateLoadResult) -> None:
    raw = json.loads(TEMPLATES.read_text(encoding="utf-8"))["templates"]
    assert len(raw) == len(shipped.templates)
    for template in shipped.templates:
        assert template.text.count(PLACEHOLDER) == 1, template.id
        assert "{" not in template.text.replace(PLACEHOLDER, "")


def test_ids_and_texts_are_unique(shipped: TemplateLoadResult) -> None:
    ids = [t.id for t in shipped.templates]
    assert len(ids) == len(set(ids))
    keys = [_key(t.text) for t in shipped.templates]
    assert len(keys) == len(set(keys))


def test_depths_are_mixed_and_mostly_light(shipped: TemplateLoadResult) -> None:
    by_depth = {d: [t for t in shipped.templates if t.depth == d] for d in (1, 2, 3)}
    assert all(by_depth.values())
    assert len(by_depth[1]) >= len(by_depth[3])


def test_templates_read_as_questions_or_invitations(shipped: TemplateLoadResult) -> None:
    for template in shipped.templates:
        assert template.text[-1] in "?.", template.id
        assert template.text[0].isupper() or template.text.startswith(PLACEHOLDER)
        assert "why don't you" not in template.text.lower()


def test_templates_are_not_picked_up_as_a_deck() -> None:
    decks = load_decks(ASSETS / "prompts")
    assert DECK_ID not in {d.id for d in decks.decks}
    assert not (ASSETS / "prompts" / "triangulation.json").exists()


# --- filling ---------------------------------------------------------------------------------

ODD_TITLES = [
    "Night Drive",
    "{title}",
    "{0} {name!r} {{}} }{",
    "100% of %s",
    "Caf\u00e9 \U0001f3b6 \U0001f468\u200d\U0001f469\u200d\U0001f467 songs",
    '"Already quoted"',
    "\u201cCurly quoted\u201d",
    "back\\slash and $dollar",
    "x" * MAX_TITLE_LENGTH,
]


@pytest.mark.parametrize("title", ODD_TITLES)
def test_filling_keeps_any_title_literally(shipped: TemplateLoadResult, title: str) -> None:
    for template in shipped.templates:
        filled = fill_template(template, title)
        before, _, after = template.text.partition(PLACEHOLDER)
        assert filled.startswith(before) and filled.endswith(after)
        middle = filled[len(before) : len(filled) - len(after)]
        assert title.strip('"\u201c\u201d') in middle
        assert len(filled) <= MAX_CUSTOM_PROMPT_LENGTH


def test_title_is_quoted_once() -> None:
    assert quote_title("Night Drive") == "\u201cNight Drive\u201d"
    assert quote_title('"Night Drive"') == '"Night Drive"'
    assert quote_title("\u201cNight Drive\u201d") == "\u201cNight Drive\u201d"
    template = Template(id="t", text="What part of {title} stayed with you?", depth=1)
    assert fill_template(template, "Night Drive") == (
        "What part of \u201cNight Drive\u201d stayed with you?"
    )


def test_prompts_for_returns_distinct_filled_prompts(shipped: TemplateLoadResult) -> None:
    source = Source(id="own-1", kind=SourceKind.SONG, title="Night {Drive} \U0001f697")
    prompts = prompts_for(source, shipped.templates, random.Random(7), 5)
    assert len(prompts) == 5
    assert len({p.id for p in prompts}) == 5
    for prompt in prompts:
        assert prompt.id.startswith("tri-")
        assert prompt.deck_id == DECK_ID
        assert "Night {Drive} \U0001f697" in prompt.text_for("en")
        assert PLACEHOLDER not in prompt.text_for("en")
    depths = [p.depth for p in prompts]
    assert depths == sorted(depths)  # the thing first, the self second


def test_prompts_for_is_repeatable_and_respects_depth(shipped: TemplateLoadResult) -> None:
    a = prompts_for("Song", shipped.templates, random.Random(1), 4)
    b = prompts_for("Song", shipped.templates, random.Random(1), 4)
    assert a == b
    light = prompts_for("Song", shipped.templates, random.Random(2), 50, max_depth=1)
    assert light and all(p.depth == 1 for p in light)
    everything = prompts_for("Song", shipped.templates, random.Random(3), 500)
    assert len(everything) == len(shipped.templates)
    assert prompts_for("Song", shipped.templates, random.Random(3), 0) == []


def test_prompts_for_refuses_nonsense(shipped: TemplateLoadResult) -> None:
    with pytest.raises(ValueError):
        prompts_for("   ", shipped.templates, random.Random(1), 3)
    with pytest.raises(ValueError):
        prompts_for("Song", shipped.templates, random.Random(1), -1)


def test_prompt_id_for() -> None:
    assert prompt_id_for("stayed-with-you") == "tri-stayed-with-you"


# --- the loader ------------------------------------------------------------------------------


def test_loader_skips_bad_templates(tmp_path: Path) -> None:
    path = tmp_path / "templates.json"
    ok = {"id": "ok", "text": "What about {title}?", "depth": 1}
    path.write_text(
        json.dumps(
            {
                "schema": 1,
                "templates": [
                    ok,
                    {**ok, "text": "Again {title}?"},  # same id
                    {**ok, "id": "dup-text", "text": "what ABOUT {title}!"},
                    {**ok, "id": "none", "text": "No placeholder?"},
                    {**ok, "id": "twice", "text": "{title} and {title}?"},
                    {**ok, "id": "typo", "text": "What about {titel} and {title}?"},
                    {**ok, "id": "deep", "depth": 4, "text": "Deep {title}?"},
                    {**ok, "id": "bool", "depth": True, "text": "Bool {title}?"},
                    {**ok, "id": "Bad Id", "text": "Id {title}?"},
                    {**ok, "id": "long", "text": "x" * 200 + " {title}?"},
                    {**ok, "id": "lines", "text": "One\n{title}?"},
                    [],
                ],
            }
        ),
        encoding="utf-8",
    )
    result = load_templates(path)
    assert [t.id for t in result.templates] == ["ok"]
    assert len(result.problems) == 11


@pytest.mark.parametrize(
    "content",
    ["nope", "[]", json.dumps({"schema": 2, "templates": []}), json.dumps({"schema": 1})],
)
def test_loader_never_raises_for_a_broken_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "templates.json"
    path.write_text(content, encoding="utf-8")
    result = load_templates(path)
    assert result.templates == [] and len(result.problems) == 1


def test_loader_reports_a_missing_file(tmp_path: Path) -> None:
    assert not load_templates(tmp_path / "missing.json").ok
