"""Spanish content: every shipped text has Spanish, and anything missing falls back to English.

Covers the shared language helpers in ``core.prompts`` and each content file that carries its
own translations: prompt decks (names, descriptions, prompts), triangulation templates,
reflection cards, the "Why this works" page, the example sources, thank-you phrases and scene
labels.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from openup_desktop.core.about_content import AboutLoadResult, AboutSection, load_about
from openup_desktop.core.prompts import (
    Deck,
    LoadResult,
    language_candidates,
    load_decks,
    pick_text,
    read_text_map,
)
from openup_desktop.core.reflection_cards import (
    AskQuestion,
    CardLoadResult,
    ReflectionCard,
    ReflectQuestion,
    load_cards,
    question_as_prompt,
)
from openup_desktop.core.scene import (
    DOING_LABELS,
    FACTOR_LABELS,
    MUSIC_LABELS,
    WHEN_LABELS,
    WHERE_LABELS,
    factor_label,
    label_for,
    labels,
)
from openup_desktop.core.sources import MAX_NOTE_LENGTH, load_example_sources
from openup_desktop.core.thanks import THANK_YOU_PHRASES, thank_you_phrases
from openup_desktop.core.triangulation import (
    MAX_TEMPLATE_LENGTH,
    PLACEHOLDER,
    Template,
    TemplateLoadResult,
    fill_template,
    load_templates,
    prompts_for,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets"
PROMPTS = ASSETS / "prompts"
TEMPLATES = ASSETS / "triangulation" / "templates.json"
CARDS = ASSETS / "reflection" / "cards.json"
ABOUT = ASSETS / "about" / "why-this-works.json"
EXAMPLES = ASSETS / "sources" / "examples.json"

CONTENT_FILES = [*sorted(PROMPTS.glob("*.json")), TEMPLATES, CARDS, ABOUT, EXAMPLES]

TS_FILE = ASSETS.parent / "ui" / "i18n" / "openup_es.ts"

#: Masculine defaults for the couple or a partner. Restructure instead ("en pareja", "entre los
#: dos", "cada cual", "la otra persona", "sentir orgullo"), never "@" or "x".
_MASCULINE_DEFAULTS = {
    "Bienvenidos": re.compile(r"\bbienvenid[oa]s?\b", re.IGNORECASE),
    "listo/lista": re.compile(
        r"\b(est\w*|quedar\w*|sent\w*)\s+(muy\s+)?list[oa]s?\b|\blist[oa]s?\s+para\b|\blistos\b",
        re.IGNORECASE,
    ),
    "juntos/juntas": re.compile(r"\bjunt[oa]s\b", re.IGNORECASE),
    "nosotros": re.compile(r"\bnosotr[oa]s\b", re.IGNORECASE),
    "el otro (a partner)": re.compile(
        r"\b(el|al|del)\s+otro\b(?!\s+(día|lado|sitio))", re.IGNORECASE
    ),
    "cada uno": re.compile(r"\bcada uno\b", re.IGNORECASE),
    "amigos": re.compile(r"\bamigos\b", re.IGNORECASE),
    "adjectives about a partner": re.compile(
        r"\b(est[aá]s|estés|sientes|sentirte|te sientas|te ves)\s+(muy\s+)?"
        r"(orgullos|cansad|preocupad|enamorad|agradecid|content|nervios|segur|tranquil|"
        r"invitad|preparad|sol)[oa]s?\b",
        re.IGNORECASE,
    ),
}

#: Straight double quotes and guillemets: Spanish uses “ ” only, like the English.
_OTHER_QUOTES = re.compile(r"[«»\"]")

#: Example sources are short scenes with their own characters; their words are not ours to
#: neutralise, so they are left out of the masculine-default check.
_NEUTRAL_CONTENT = [*sorted(PROMPTS.glob("*.json")), TEMPLATES, CARDS, ABOUT]


def _spanish_ui_translations() -> list[str]:
    import xml.etree.ElementTree as ET

    root = ET.parse(TS_FILE).getroot()
    return ["".join(t.itertext()) for t in root.iter("translation") if "".join(t.itertext())]


def _spanish_content() -> list[tuple[str, str]]:
    found = []
    for path in _NEUTRAL_CONTENT:
        for texts in _language_maps(json.loads(path.read_text(encoding="utf-8"))):
            if texts.get("es"):
                found.append((path.name, texts["es"]))
    return found


def test_spanish_has_no_masculine_defaults() -> None:
    texts = [*_spanish_content(), *(("openup_es.ts", t) for t in _spanish_ui_translations())]
    assert len(texts) > 800
    found = [
        (where, name, text[:60])
        for where, text in texts
        for name, pattern in _MASCULINE_DEFAULTS.items()
        if pattern.search(text)
    ]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Bienvenidos a OpenUp",
        "Cuando esté listo, pulsa el botón.",
        "Unos minutos de calma juntos.",
        "Ir a Juntos",
        "Nosotros",
        "Uno habla mientras el otro escucha.",
        "Que cada uno elija un color.",
        "¿Te sientes orgulloso de ti?",
    ],
)
def test_masculine_default_check_catches(text: str) -> None:
    assert any(p.search(text) for p in _MASCULINE_DEFAULTS.values()), text


def test_spanish_uses_one_quotation_mark_style() -> None:
    texts = [*_spanish_content(), *(("openup_es.ts", t) for t in _spanish_ui_translations())]
    assert [(where, t[:60]) for where, t in texts if _OTHER_QUOTES.search(t)] == []
    for where, text in texts:
        assert text.count("“") == text.count("”"), (where, text[:60])


def test_english_content_uses_one_quotation_mark_style() -> None:
    # Curly quotes, as on screen (“%1”); a straight " or a quote opened with ' would be a second
    # style. Apostrophes inside words are fine.
    for path in CONTENT_FILES:
        for texts in _language_maps(json.loads(path.read_text(encoding="utf-8"))):
            english = texts["en"]
            assert not re.search(r"[\"«»]|(^|\s)'", english), (path.name, english[:60])


def test_spanish_ui_speaks_to_one_partner_as_tu() -> None:
    for text in _spanish_ui_translations():
        assert not _PLURAL_YOU.search(text), text[:60]
        assert not re.search(r"\b(os|podéis|tenéis|queréis|habéis|sois|estáis)\b", text), text[:60]


#: Plural "you" forms the Spanish avoids ("los dos", "cada uno" or an infinitive instead).
_PLURAL_YOU = re.compile(r"\b(vosotr|vuestr|ustedes)\w*", re.IGNORECASE)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


@pytest.fixture(scope="module")
def decks() -> LoadResult:
    return load_decks(PROMPTS)


@pytest.fixture(scope="module")
def templates() -> TemplateLoadResult:
    return load_templates(TEMPLATES)


@pytest.fixture(scope="module")
def cards() -> CardLoadResult:
    return load_cards(CARDS)


@pytest.fixture(scope="module")
def about() -> AboutLoadResult:
    return load_about(ABOUT)


def _language_maps(node: Any) -> list[dict[str, Any]]:
    """Every object in a JSON tree that has an "en" key, i.e. every translated text."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "en" in node:
            found.append(node)
        for value in node.values():
            found.extend(_language_maps(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_language_maps(value))
    return found


# --- the shared helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", ("es", "en")),
        ("es-MX", ("es-mx", "es", "en")),
        ("es_MX", ("es-mx", "es", "en")),
        ("EN", ("en",)),
        ("", ("en",)),
        (None, ("en",)),
    ],
)
def test_language_candidates(lang: str | None, expected: tuple[str, ...]) -> None:
    assert language_candidates(lang) == expected


def test_pick_text_falls_back_to_base_language_then_english() -> None:
    texts = {"en": "Hello", "es": "Hola", "pt-BR": "Olá"}
    assert pick_text(texts, "es") == "Hola"
    assert pick_text(texts, "es-AR") == "Hola"
    assert pick_text(texts, "PT_br") == "Olá"
    assert pick_text(texts, "fr") == "Hello"
    assert pick_text(texts, "") == "Hello"
    assert pick_text({"en": "Hello", "es": ""}, "es") == "Hello"
    assert pick_text({}, "es") == ""


def test_read_text_map_accepts_text_or_a_language_map() -> None:
    assert read_text_map("  Hello  ", "x") == ({"en": "Hello"}, [])
    texts, notes = read_text_map({"es": " Hola ", "en": "Hello"}, "x")
    assert texts == {"en": "Hello", "es": "Hola"} and list(texts) == ["en", "es"]
    assert notes == []


def test_read_text_map_skips_bad_translations_and_needs_english() -> None:
    texts, notes = read_text_map({"en": "Hello", "es": "  ", "fr": 3, "x!": "Bad"}, '"title"')
    assert texts == {"en": "Hello"}
    assert len(notes) == 3 and all(note.startswith('"title"') for note in notes)
    assert not any("Bad" in note for note in notes)  # never quotes the text
    for bad in (None, 7, [], {}, {"es": "Hola"}, {"en": " "}, ""):
        with pytest.raises(ValueError):
            read_text_map(bad, "x")


def test_read_text_map_check_applies_to_every_language() -> None:
    def short(text: str) -> str:
        if len(text) > 5:
            raise ValueError("too long")
        return text.strip()

    texts, notes = read_text_map({"en": "Hi", "es": "Demasiado largo"}, "x", short)
    assert texts == {"en": "Hi"} and notes == ['x in "es" was skipped: too long']
    with pytest.raises(ValueError, match="too long"):
        read_text_map({"en": "Far too long"}, "x", short)


def test_no_empty_or_untrimmed_text_in_any_content_file() -> None:
    for path in CONTENT_FILES:
        maps = _language_maps(json.loads(path.read_text(encoding="utf-8")))
        assert maps, path.name
        for texts in maps:
            for code, value in texts.items():
                assert isinstance(value, str) and value.strip(), (path.name, code)
                assert value == value.strip(), (path.name, code)


def test_spanish_avoids_plural_you() -> None:
    for path in CONTENT_FILES:
        for texts in _language_maps(json.loads(path.read_text(encoding="utf-8"))):
            spanish = texts.get("es", "")
            assert not _PLURAL_YOU.search(spanish), (path.name, spanish[:40])


# --- prompt decks ----------------------------------------------------------------------------


def test_every_deck_has_a_spanish_name_and_description(decks: LoadResult) -> None:
    assert decks.ok, [str(p) for p in decks.problems]
    assert len(decks.decks) == 14
    for deck in decks.decks:
        assert set(deck.names) == set(deck.descriptions) == {"en", "es"}, deck.id
        assert deck.name_for("es") != deck.name, deck.id
        assert deck.description_for("es") != deck.description, deck.id
        assert deck.description_for("es").endswith("."), deck.id
        assert deck.name_for("en") == deck.name == deck.names["en"]
        assert deck.description_for("es-MX") == deck.description_for("es")
        assert deck.name_for("fr") == deck.name
    spanish_names = [d.name_for("es") for d in decks.decks]
    assert len(set(spanish_names)) == len(spanish_names)


def test_every_prompt_has_spanish(decks: LoadResult) -> None:
    seen: dict[str, str] = {}
    for deck in decks.decks:
        for prompt in deck.prompts:
            spanish = prompt.text.get("es")
            assert spanish and spanish != prompt.text_for("en"), prompt.id
            assert len(spanish) <= 200, prompt.id
            assert spanish[-1] in "?.", prompt.id
            if "?" in spanish:
                assert "¿" in spanish, prompt.id
            key = _key(spanish)
            assert key not in seen, (prompt.id, seen.get(key))
            seen[key] = prompt.id


def test_deck_header_maps_and_fallback(tmp_path: Path) -> None:
    deck = {
        "id": "d",
        "name": {"en": "Deck", "es": "Baraja", "fr": ""},
        "description": "A test deck.",
    }
    prompts = [{"id": "d-001", "text": {"en": "Hello?"}, "depth": 1}]
    (tmp_path / "01-d.json").write_text(
        json.dumps({"schema": 1, "deck": deck, "prompts": prompts}), encoding="utf-8"
    )
    result = load_decks(tmp_path)
    [loaded] = result.decks
    assert loaded.name == "Deck" and loaded.name_for("es") == "Baraja"
    assert loaded.name_for("fr") == "Deck"  # the empty translation was skipped
    assert loaded.description_for("es") == "A test deck."  # plain string: English only
    assert len(result.problems) == 1 and '"fr"' in str(result.problems[0])


def test_deck_header_without_english_skips_the_file(tmp_path: Path) -> None:
    deck = {"id": "d", "name": {"es": "Baraja"}, "description": "A test deck."}
    (tmp_path / "01-d.json").write_text(
        json.dumps({"schema": 1, "deck": deck, "prompts": []}), encoding="utf-8"
    )
    result = load_decks(tmp_path)
    assert result.decks == []
    assert "file skipped" in str(result.problems[0]) and "name" in str(result.problems[0])


def test_deck_built_in_code_keeps_english_in_step() -> None:
    deck = Deck("d", "D", "A test deck.", (), names={"es": "B", "en": "ignored"})
    assert dict(deck.names) == {"en": "D", "es": "B"}
    assert dict(deck.descriptions) == {"en": "A test deck."}
    assert deck.description_for("es") == "A test deck."
    assert Deck("d", "D", "A test deck.") == Deck("d", "D", "A test deck.", ())


# --- triangulation templates -----------------------------------------------------------------


def test_every_template_has_spanish_with_the_placeholder_once(
    templates: TemplateLoadResult,
) -> None:
    assert templates.ok, [str(p) for p in templates.problems]
    keys = set()
    for template in templates.templates:
        spanish = template.texts.get("es")
        assert spanish and spanish != template.text, template.id
        assert spanish.count(PLACEHOLDER) == 1, template.id
        assert "{" not in spanish.replace(PLACEHOLDER, ""), template.id
        assert "}" not in spanish.replace(PLACEHOLDER, ""), template.id
        assert len(spanish) <= MAX_TEMPLATE_LENGTH, template.id
        assert spanish[-1] in "?.", template.id
        keys.add(_key(spanish))
    assert len(keys) == len(templates.templates)


def test_prompts_for_carries_every_language(templates: TemplateLoadResult) -> None:
    title = "Night {Drive} 100%"
    prompts = prompts_for(title, templates.templates, random.Random(5), 4, language="es")
    assert len(prompts) == 4
    by_id = {f"tri-{t.id}": t for t in templates.templates}
    for prompt in prompts:
        template = by_id[prompt.id]
        assert set(prompt.text) == set(template.texts) == {"en", "es"}
        for lang in ("en", "es"):
            text = prompt.text_for(lang)
            assert "\u201cNight {Drive} 100%\u201d" in text
            assert PLACEHOLDER not in text
            assert text == fill_template(template, title, lang)
        assert prompt.text_for("es") != prompt.text_for("en")
        assert prompt.text_for("es-MX") == prompt.text_for("es")
        assert prompt.text_for("de") == prompt.text_for("en")


def test_prompts_for_english_is_unchanged_by_the_language_argument(
    templates: TemplateLoadResult,
) -> None:
    a = prompts_for("Song", templates.templates, random.Random(1), 4)
    b = prompts_for("Song", templates.templates, random.Random(1), 4, language="es")
    assert a == b  # every template has Spanish, so the same ones are picked


def test_prompts_for_prefers_templates_in_the_screen_language() -> None:
    english_only = [Template(id=f"en-{n}", text=f"About {{title}} {n}?", depth=1) for n in range(5)]
    spanish = Template(
        id="es", text="Tell me about {title}.", depth=1, texts={"es": "Háblame de {title}."}
    )
    for seed in range(10):
        prompts = prompts_for("X", [*english_only, spanish], random.Random(seed), 2, language="es")
        assert "tri-es" in {p.id for p in prompts}
        assert len(prompts) == 2
    everything = prompts_for("X", [*english_only, spanish], random.Random(1), 50, language="es")
    assert len(everything) == 6
    [only_english] = prompts_for("X", english_only[:1], random.Random(1), 1, language="es")
    assert dict(only_english.text) == {"en": "About \u201cX\u201d 0?"}
    assert only_english.text_for("es") == "About \u201cX\u201d 0?"


def test_a_bad_spanish_template_falls_back_to_english(tmp_path: Path) -> None:
    path = tmp_path / "templates.json"
    entries = [
        {"id": "a", "text": {"en": "About {title}?", "es": "Sobre {titulo}?"}, "depth": 1},
        {"id": "b", "text": {"en": "On {title}?", "es": "¿{title} y {title}?"}, "depth": 1},
        {"id": "c", "text": {"en": "With {title}?", "es": "¿Con {title}?"}, "depth": 2},
        {"id": "d", "text": {"es": "¿Solo {title}?"}, "depth": 1},
    ]
    path.write_text(json.dumps({"schema": 1, "templates": entries}), encoding="utf-8")
    result = load_templates(path)
    assert [t.id for t in result.templates] == ["a", "b", "c"]
    assert [dict(t.texts) for t in result.templates[:2]] == [
        {"en": "About {title}?"},
        {"en": "On {title}?"},
    ]
    assert result.templates[2].text_for("es") == "¿Con {title}?"
    assert fill_template(result.templates[0], "T", "es") == "About \u201cT\u201d?"
    assert [p.template_id for p in result.problems] == ["a", "b", "d"]


# --- reflection cards ------------------------------------------------------------------------


def test_every_card_has_spanish(cards: CardLoadResult) -> None:
    assert cards.ok, [str(p) for p in cards.problems]
    for card in cards.cards:
        assert card.title_for("es") != card.title, card.id
        assert card.explanation_for("es") != card.explanation, card.id
        assert len(card.title_for("es")) <= 80 and len(card.explanation_for("es")) <= 900
        assert len(card.reflect_for("es")) == len(card.reflect)
        assert len(card.ask_for("es")) == len(card.ask)
        for question in (*card.reflect, *card.ask):
            spanish = question.texts.get("es")
            assert spanish and spanish != question.text, question.id
            assert spanish.endswith("?") and "¿" in spanish, question.id
            assert len(spanish) <= 200, question.id
        assert card.reflect_for("en") == tuple(q.text for q in card.reflect)
        assert card.title_for("es-419") == card.title_for("es")
        assert card.explanation_for("fr") == card.explanation


def test_ask_prompts_carry_every_language(cards: CardLoadResult) -> None:
    for card in cards.cards:
        for question in card.ask:
            prompt = question_as_prompt(card.id, question.id, cards.cards)
            assert set(prompt.text) == {"en", "es"}
            assert prompt.text_for("es") == question.text_for("es")
            assert prompt.text_for("en") == question.text


def test_card_translations_fall_back_per_text(tmp_path: Path) -> None:
    card = {
        "id": "one",
        "title": {"en": "A reason", "es": "Una razón"},
        "explanation": {"en": "One. Two. Three.", "es": "x" * 901},
        "reflect": [
            {"id": "r1", "text": {"en": "Me?", "es": "¿Yo?"}},
            {"id": "r2", "text": "I?"},
        ],
        "ask": [{"id": "a1", "text": {"en": "You?", "es": ""}, "depth": 1}],
    }
    path = tmp_path / "cards.json"
    path.write_text(json.dumps({"schema": 1, "cards": [card]}), encoding="utf-8")
    result = load_cards(path)
    [loaded] = result.cards
    assert loaded.title_for("es") == "Una razón"
    assert loaded.explanation_for("es") == "One. Two. Three."  # too long: skipped
    assert loaded.reflect_for("es") == ("¿Yo?", "I?")
    assert loaded.ask_for("es") == ("You?",)
    assert dict(question_as_prompt("one", "a1", result.cards).text) == {"en": "You?"}
    assert len(result.problems) == 2
    assert all(p.card_id == "one" for p in result.problems)


def test_cards_built_in_code_keep_english_in_step() -> None:
    reflect = ReflectQuestion(id="r", text="Me?", texts={"es": "¿Yo?"})
    ask = AskQuestion(id="a", text="You?")
    card = ReflectionCard(
        id="c", title="T", explanation="E.", reflect=(reflect,), ask=(ask,), titles={"es": "Te"}
    )
    assert dict(reflect.texts) == {"en": "Me?", "es": "¿Yo?"}
    assert dict(ask.texts) == {"en": "You?"} and ask.text_for("es") == "You?"
    assert card.title_for("es") == "Te" and card.explanation_for("es") == "E."


# --- the "Why this works" page ---------------------------------------------------------------


def test_every_about_section_has_spanish_and_citations_stay(about: AboutLoadResult) -> None:
    assert about.ok, [str(p) for p in about.problems]
    assert about.title_for("es") == "Por qué está hecha así"
    assert about.title_for("en") == about.title == "Why it's built this way"
    raw = {s["id"]: s for s in json.loads(ABOUT.read_text(encoding="utf-8"))["sections"]}
    for section in about.sections:
        assert section.heading_for("es") != section.heading, section.id
        spanish = section.paragraphs_for("es")
        assert len(spanish) == len(section.paragraphs), section.id
        for english, translated in zip(section.paragraphs, spanish, strict=True):
            assert translated and translated != english, section.id
        assert section.paragraphs_for("en") == section.paragraphs
        assert section.paragraphs_for("es-ES") == spanish
        assert section.heading_for("fr") == section.heading
        # Citations are plain strings, never translated.
        assert all(isinstance(s, str) for s in raw[section.id].get("sources", []))
        assert section.sources == tuple(raw[section.id].get("sources", []))


def test_about_translations_fall_back_per_paragraph(tmp_path: Path) -> None:
    section = {
        "id": "one",
        "heading": {"en": "Heading", "es": "Encabezado", "x y": "Bad"},
        "paragraphs": [{"en": "First.", "es": "Primero."}, "Second.", {"en": "Third.", "es": 4}],
    }
    path = tmp_path / "about.json"
    path.write_text(
        json.dumps({"schema": 1, "title": {"en": "Why", "es": "Por qué"}, "sections": [section]}),
        encoding="utf-8",
    )
    result = load_about(path)
    [loaded] = result.sections
    assert loaded.heading == "Heading" and loaded.heading_for("es") == "Encabezado"
    assert loaded.paragraphs == ("First.", "Second.", "Third.")
    assert loaded.paragraphs_for("es") == ("Primero.", "Second.", "Third.")
    assert result.title == "Why" and result.title_for("es") == "Por qué"
    assert len(result.problems) == 2 and all(p.section_id == "one" for p in result.problems)


def test_about_section_built_in_code() -> None:
    section = AboutSection(id="s", heading="H", paragraphs=("P.",), headings={"es": "E"})
    assert section.heading_for("es") == "E"
    assert section.paragraphs_for("es") == ("P.",)


# --- example sources -------------------------------------------------------------------------


def test_every_example_has_spanish() -> None:
    english = load_example_sources(EXAMPLES)
    spanish = load_example_sources(EXAMPLES, language="es")
    assert english.ok and spanish.ok, [str(p) for p in (*english.problems, *spanish.problems)]
    assert len(spanish.sources) == len(english.sources) == 4
    for en, es in zip(english.sources, spanish.sources, strict=True):
        assert (es.id, es.kind, es.link, es.builtin) == (en.id, en.kind, en.link, en.builtin)
        assert es.title != en.title and es.quote_or_note != en.quote_or_note, en.id
        assert es.credit != en.credit and "OpenUp" in (es.credit or ""), en.id
        assert es.quote_or_note and len(es.quote_or_note) <= MAX_NOTE_LENGTH
    lyric = next(s for s in spanish.sources if s.id == "example-night-drive")
    assert lyric.quote_or_note and lyric.quote_or_note.count("\n") >= 5
    assert load_example_sources(EXAMPLES, "es-MX").sources == spanish.sources
    assert load_example_sources(EXAMPLES, "fr").sources == english.sources


def test_example_translations_fall_back_per_field(tmp_path: Path) -> None:
    entries = [
        {
            "id": "example-one",
            "kind": "song",
            "title": {"en": "One", "es": "Uno"},
            "quote_or_note": {"en": "A line.", "es": "x" * (MAX_NOTE_LENGTH + 1)},
            "credit": "Written for OpenUp.",
        },
        {"id": "example-two", "kind": "book", "title": "Two", "credit": {"en": "By us."}},
        {"id": "example-three", "kind": "book", "title": {"es": "Tres"}, "credit": "By us."},
    ]
    path = tmp_path / "examples.json"
    path.write_text(json.dumps({"schema": 1, "sources": entries}), encoding="utf-8")
    result = load_example_sources(path, language="es")
    one, two = result.sources
    assert (one.title, one.quote_or_note, one.credit) == ("Uno", "A line.", "Written for OpenUp.")
    assert (two.title, two.quote_or_note, two.credit) == ("Two", None, "By us.")
    assert [p.source_id for p in result.problems] == ["example-one", "example-three"]


# --- thanks and scene labels -----------------------------------------------------------------


def test_spanish_thank_you_phrases() -> None:
    spanish = thank_you_phrases("es")
    assert len(spanish) == len(THANK_YOU_PHRASES) == len(set(spanish))
    assert all(p and p == p.strip() and p.endswith(".") for p in spanish)
    assert not set(spanish) & set(THANK_YOU_PHRASES)
    assert thank_you_phrases("es-MX") == thank_you_phrases("es_AR") == spanish
    assert thank_you_phrases() == thank_you_phrases("en") == THANK_YOU_PHRASES
    assert thank_you_phrases("fr") == thank_you_phrases("") == THANK_YOU_PHRASES


@pytest.mark.parametrize(
    ("factor", "english"),
    [
        ("where", WHERE_LABELS),
        ("when", WHEN_LABELS),
        ("doing", DOING_LABELS),
        ("music", MUSIC_LABELS),
    ],
)
def test_spanish_scene_labels(factor: str, english: dict[str, str]) -> None:
    spanish = labels(factor, "es")
    assert list(spanish) == list(english)  # same ids, same order
    assert all(label and label == label.strip() for label in spanish.values())
    assert len(set(spanish.values())) == len(spanish)
    assert labels(factor) == labels(factor, "en") == dict(english)
    assert labels(factor, "es-MX") == spanish
    assert labels(factor, "fr") == dict(english)
    for value_id in english:
        assert label_for(factor, value_id, "es") == spanish[value_id]
        assert label_for(factor, value_id) == english[value_id]


def test_scene_label_helpers() -> None:
    assert label_for("music", True, "es") == "Con música"
    assert label_for("music", False, "es") == "Sin música"
    assert label_for("where", "kitchen_table", "es") == "Mesa de la cocina"
    assert label_for("where", "nowhere", "es") is None
    assert label_for("mood", "x", "es") is None
    assert label_for("where", None, "es") is None
    with pytest.raises(ValueError):
        labels("mood", "es")
    for factor in FACTOR_LABELS:
        assert factor_label(factor) == FACTOR_LABELS[factor]
        assert factor_label(factor, "es") not in (None, FACTOR_LABELS[factor])
    assert factor_label("where", "es") == "Dónde"
    assert factor_label("where", "fr") == "Where"
    assert factor_label("mood", "es") is None
