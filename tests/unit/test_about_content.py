"""The About page ("Why it's built this way"): sources cited as found, honest limits, no therapy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from openup_desktop.core.about_content import AboutLoadResult, load_about, load_shipped_about

ROOT = Path(__file__).resolve().parents[2]
ABOUT = ROOT / "assets" / "about" / "why-this-works.json"

#: The section allowed (and required) to talk about therapy: the honest disclaimer.
DISCLAIMER = "not-therapy"
#: Names of works and approaches that contain the word; naming them is citing, not claiming.
NAMES_WITH_THERAPY = ("Integrative Systemic Therapy", "Journal of Marital and Family Therapy")

#: Each named source must appear in the citations of the page.
REQUIRED_CITATIONS = {
    "Wynne & Wynne (1986)": r"Wynne, L\. C\., & Wynne, A\. R\. \(1986\)",
    "Integrative Systemic Therapy": r"Pinsof, W\. M\., Breunlin, D\. C\..*Integrative Systemic",
    "PREP speaker-listener": r"Markman, H\. J\., Stanley, S\. M\..*speaker–listener",
    "Algoe on felt gratitude": r"Algoe, S\. B\. \(2012\)\. Find, remind, and bind",
    "Algoe et al. on expressed gratitude": (
        r"Algoe, S\. B\., Fredrickson, B\. L\., & Gable, S\. L\. \(2013\)\."
        r".*via expression\. Emotion"
    ),
    "Rogge et al. (2013)": r"Rogge, R\. D\., .*\(2013\)",
}

STRATEGY_SECTIONS = ("go-meta", "set-the-scene", "start-short", "thanks", "triangulation")


@pytest.fixture(scope="module")
def about() -> AboutLoadResult:
    return load_about(ABOUT)


def _all_paragraphs(about: AboutLoadResult) -> str:
    return "\n".join(p for s in about.sections for p in s.paragraphs)


def test_loads_without_problems(about: AboutLoadResult) -> None:
    assert about.ok, [str(p) for p in about.problems]
    assert about.title == "Why it's built this way"  # not "why this works": no promised outcome
    assert len(about.sections) >= 8
    ids = [s.id for s in about.sections]
    assert len(ids) == len(set(ids))
    assert load_shipped_about().sections == about.sections


def test_the_five_strategies_and_the_rest_are_covered(about: AboutLoadResult) -> None:
    ids = {s.id for s in about.sections}
    assert set(STRATEGY_SECTIONS) <= ids
    assert {"constraint-questions", "never-against", DISCLAIMER, "vault-limits"} <= ids


@pytest.mark.parametrize(("name", "pattern"), REQUIRED_CITATIONS.items())
def test_every_named_source_is_cited(about: AboutLoadResult, name: str, pattern: str) -> None:
    citations = [c for s in about.sections for c in s.sources]
    assert any(re.search(pattern, c) for c in citations), name


def test_sources_are_named_in_the_text_too(about: AboutLoadResult) -> None:
    text = _all_paragraphs(about)
    for name in ("Wynne", "Pinsof", "Breunlin", "Markman", "Stanley", "Algoe", "Rogge"):
        assert name in text, name
    assert "speaker–listener" in text and "PREP" in text
    assert "constraint questions" in text


def _on_screen_promise() -> str:
    qml = (ROOT / "ui" / "screens" / "FirstRunScreen.qml").read_text(encoding="utf-8")
    return re.search(r'objectName: "promiseText".*?qsTr\("([^"]+)"\)', qml, re.DOTALL).group(1)


def test_nothing_is_quoted_from_the_sources(about: AboutLoadResult) -> None:
    # Quotation marks are only for the couple's own words (the promise, exactly as made on
    # screen) or a named idea, kept short.
    promise = _on_screen_promise()
    for quoted in re.findall(r"\"([^\"]+)\"|“([^”]+)”", _all_paragraphs(about)):
        text = "".join(quoted)
        assert text == promise or len(text.split()) <= 10, quoted


def test_the_promise_is_quoted_as_couples_make_it(about: AboutLoadResult) -> None:
    section = about.section("never-against")
    assert section is not None
    assert f"“{_on_screen_promise()}”" in " ".join(section.paragraphs)
    assert "not as a joke" not in " ".join(section.paragraphs)


def test_studies_are_described_as_designed(about: AboutLoadResult) -> None:
    thanks = " ".join(about.section("thanks").paragraphs)
    assert "Fredrickson" in thanks and "six months" in thanks
    assert "feels grateful" in thanks  # Algoe (2012) is about felt gratitude, not the step
    triangulation = " ".join(about.section("triangulation").paragraphs)
    assert "only the two skills courses were assigned by chance" in triangulation
    assert "wasn't formed at random" in triangulation
    idea = " ".join(about.section("the-idea").paragraphs)
    assert "can't promise" in idea


def test_one_name_for_a_partners_shares(about: AboutLoadResult) -> None:
    # The vault screen says "%1's shares"; nothing may call it "My shares" any more.
    everything = _all_paragraphs(about) + " ".join(
        p for s in about.sections for p in s.paragraphs_for("es")
    )
    assert "My shares" not in everything and "Lo que he compartido" not in everything
    assert "“Sam's shares”" in _all_paragraphs(about)
    assert "“Lo que compartió Sam”" in " ".join(about.section("vault-limits").paragraphs_for("es"))


def test_no_therapy_claims_outside_the_disclaimer(about: AboutLoadResult) -> None:
    for section in about.sections:
        text = " ".join((section.heading, *section.paragraphs))
        for name in NAMES_WITH_THERAPY:
            text = text.replace(name, "")
        text = text.replace(_on_screen_promise(), "")  # the couple's words ("treat it with care")
        has_word = re.search(
            r"therap|counsel|\btreat(?:ment)?\b|diagnos|\bcure\b|clinical", text, re.IGNORECASE
        )
        if section.id == DISCLAIMER:
            assert has_word
        else:
            assert not has_word, (section.id, has_word.group(0) if has_word else None)


def test_constraints_section_names_all_three_reasons(about: AboutLoadResult) -> None:
    section = about.section("constraint-questions")
    assert section is not None
    for lang, needles in {
        "en": (
            "feelings as weakness",
            "a man or a woman",
            "resistance is usually inexperience",
            "feel huge",
            "didn't talk about feelings",
            "disbelieved",
            "who you are",
            "survival skill, not a flaw",
        ),
        "es": ("falta de práctica", "no te hayan creído", "ser quien eres", "no un defecto"),
    }.items():
        text = " ".join(section.paragraphs_for(lang))
        for needle in needles:
            assert needle in text, (lang, needle)


def test_disclaimer_is_honest_and_points_to_help(about: AboutLoadResult) -> None:
    section = about.section(DISCLAIMER)
    assert section is not None
    text = " ".join(section.paragraphs)
    assert "not therapy" in text
    assert "counsellor" in text
    assert "emergency" in text


def test_vault_limits_are_spelled_out(about: AboutLoadResult) -> None:
    section = about.section("vault-limits")
    assert section is not None
    text = " ".join(section.paragraphs).lower()
    for needle in ("software", "camera", "forced", "passphrase", "take it back at once"):
        assert needle in text, needle


def test_plain_words_for_couples(about: AboutLoadResult) -> None:
    for paragraph in _all_paragraphs(about).splitlines():
        sentences = [s for s in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+", paragraph) if s]
        assert sentences
        for sentence in sentences:
            assert len(sentence.split()) <= 45, sentence[:40]
    assert "clinician" not in _all_paragraphs(about).lower()


def test_loader_skips_bad_sections(tmp_path: Path) -> None:
    good = {"id": "a", "heading": "A", "paragraphs": ["Text."], "sources": []}
    path = tmp_path / "about.json"
    path.write_text(
        json.dumps(
            {
                "schema": 1,
                "title": "Why",
                "sections": [
                    good,
                    good,
                    {**good, "id": "b", "paragraphs": []},
                    {**good, "id": "c", "heading": " "},
                    {**good, "id": "d", "sources": [""]},
                    {**good, "id": "E"},
                    None,
                    {**good, "id": "f"},
                ],
            }
        ),
        encoding="utf-8",
    )
    result = load_about(path)
    assert result.title == "Why"
    assert [s.id for s in result.sections] == ["a", "f"]
    assert len(result.problems) == 6


@pytest.mark.parametrize(
    "content", ["{", "[]", json.dumps({"schema": 2}), json.dumps({"schema": 1})]
)
def test_loader_never_raises_for_a_broken_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "about.json"
    path.write_text(content, encoding="utf-8")
    result = load_about(path)
    assert result.sections == [] and len(result.problems) == 1
