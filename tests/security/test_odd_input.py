"""Odd input: every text a person can type goes through the real validators and repositories.

Fields: partner names, own prompts, thanks, scene notes, invitation topics and places, source
titles, notes and links, moments and reflections in the vault. Inputs: empty and whitespace,
1 MB strings, control characters and NUL, right-to-left text with RLM/LRM marks and bidi
overrides, emoji ZWJ sequences, combining marks, lone surrogates, unassigned and private-use
code points, plus hypothesis text built from all of those.

The rule for every field and every input: either

* the module refuses it with its documented error (``ValueError`` and its subclasses such as
  ``InvitationError``; ``VaultError`` in the vault) carrying a non-empty message, and *nothing
  was written*: the table's row count is the same and the connection made no change at all
  (``total_changes``); or
* the value is stored, and reading it back from the database gives exactly the cleaned value
  the validator returned (which validates again to itself, so editing it later works).

Anything else (another exception type, a half write, a different value read back) fails.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openup_desktop.core import couple as couple_rules
from openup_desktop.core.couple import Partner as CouplePartner
from openup_desktop.core.couple import clean_name, validate_couple
from openup_desktop.core.invitations import clean_place, clean_topic
from openup_desktop.core.scene import Scene, clean_note
from openup_desktop.core.sources import clean_link, validate_note, validate_title
from openup_desktop.core.talk import TalkSettings
from openup_desktop.core.thanks import clean_thanks
from openup_desktop.store.couple import CoupleRepository
from openup_desktop.store.database import OpenedDatabase, open_database
from openup_desktop.store.invitations import InvitationRepository
from openup_desktop.store.scenes import SceneRepository
from openup_desktop.store.sources import SourceRepository
from openup_desktop.store.talks import MAX_CUSTOM_PROMPT_CHARS, TalkRepository, _clean_text
from openup_desktop.vault import (
    ItemContent,
    ItemKind,
    KdfParams,
    Partner,
    VaultError,
    VaultService,
)

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASS_A = "Apricot lantern drifts slowly"
PASS_B = "Birch canoe under seven moons"
COLOURS = ("#B4432F", "#2F5E8C")
MB = 1_000_000
VAULT_TABLES = ("vault_items", "vault_item_keys")
VAULT_ERRORS = (ValueError, VaultError)

T = TypeVar("T")

#: Whole inputs a person could type or paste, each checked in every field on every run.
SPECIALS: dict[str, str] = {
    "empty": "",
    "spaces": "   ",
    "whitespace-mix": " \t\n\r\n\u3000\u2003\x85\u00a0 ",
    "nul": "\x00",
    "nul-inside": "Sa\x00m",
    "controls": "a\x07b\x1b[31mc\x7f",
    "c1-control": "a\x9bb",
    "newline-inside": "two\nlines",
    "tab-inside": "a\tb",
    "crlf-inside": "line one\r\nline two",
    "lone-cr": "line one\rline two",
    "line-separators": "a\u2028b\u2029c",
    "hebrew-rlm": "\u200fשרה\u200f",
    "arabic-lrm": "\u200eمريم\u200e",
    "bidi-override": "Sam \u202eevil\u202c and \u2067שלום\u2069",
    "rlo-alone": "\u202e",
    "zero-width-space-only": "\u200b",
    "bom-only": "\ufeff",
    "emoji-zwj": "👩\u200d❤️\u200d👨 👨\u200d👩\u200d👧\u200d👦 🏳️\u200d🌈",
    "emoji-tag-flag": "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "combining-decomposed": "Zoe\u0308 and Jose\u0301",
    "combining-alone": "\u0301\u0308",
    "zalgo": "Z" + "\u0336\u0317\u0353" * 30,
    "nfc-grows": "\u0958\u0959",
    "lone-high-surrogate": "\ud800",
    "lone-low-surrogate-inside": "ab\udfffcd",
    "noncharacter": "\uffff",
    "private-use": "\ue000",
    "unassigned": "\U000e0080",
    "1mb-ascii": "a" * MB,
    "1mb-two-byte": "é" * (MB // 2),
    "1mb-emoji-zwj": "👩\u200d❤️\u200d👨" * (MB // 20),
    "1mb-nul": "\x00" * MB,
    "1mb-whitespace": " " * MB,
    "word-in-1mb-of-spaces": " " * (MB // 2) + "Sam" + " " * (MB // 2),
}

#: Pieces hypothesis strings are built from, so awkward characters meet each other.
FRAGMENTS = (
    "\x00",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\x1b",
    "\x7f",
    "\x85",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u2028",
    "\u3000",
    "\ufeff",
    "\ud800",
    "\udfff",
    "\uffff",
    "\ue000",
    "\u0301",
    "e\u0301",
    "\u0958",
    "\ufb01",
    "שלום",
    "مرحبا",
    "👩\u200d❤️\u200d👨",
    "🏳️\u200d🌈",
    "https://",
    "example.org",
    "/",
    "@",
    ":",
    " ",
    "Sam",
)

AWKWARD = st.characters(
    categories=["Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me", "Zl", "Zp", "Zs"],
)

ODD_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=AWKWARD, max_size=30),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=12).map("".join),
    st.sampled_from(list(SPECIALS.values())),
)


# --------------------------------------------------------------------------- the world ---


@dataclass
class World:
    opened: OpenedDatabase
    couple: CoupleRepository
    talks: TalkRepository
    talk_id: int
    scenes: SceneRepository
    invitations: InvitationRepository
    sources: SourceRepository
    vault: VaultService

    @property
    def db(self) -> sqlite_utils.Database:
        return self.opened.db


class _Clock:
    """Fixed 'now' for the repositories (invitations and sources stamp rows with it)."""

    def now(self) -> datetime:
        return datetime(2031, 5, 6, 18, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    path: Path = tmp_path_factory.mktemp("odd-input") / "openup.db"
    opened = open_database(path)
    db = opened.db
    clock = _Clock()
    talks = TalkRepository(db, clock)
    talk_id = talks.create_talk(TalkSettings(), clock.now())
    vault = VaultService(db, kdf_params=FAST_KDF)
    vault.set_up_partner(Partner.A, PASS_A)
    vault.set_up_partner(Partner.B, PASS_B)
    try:
        yield World(
            opened=opened,
            couple=CoupleRepository(db),
            talks=talks,
            talk_id=talk_id,
            scenes=SceneRepository(db),
            invitations=InvitationRepository(db, clock),
            sources=SourceRepository(db, clock),
            vault=vault,
        )
    finally:
        opened.close()


# ------------------------------------------------------------------------------ the rule ---


class Refused(Exception):
    """The input was refused properly (used only to leave a check early)."""


def _count(db: sqlite_utils.Database, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def attempt(
    db: sqlite_utils.Database,
    tables: tuple[str, ...],
    call: Callable[[], T],
    errors: tuple[type[Exception], ...] = (ValueError,),
) -> T:
    """Run ``call``; a refusal must carry a message and leave the database untouched."""
    counts = {table: _count(db, table) for table in tables}
    changes = db.conn.total_changes
    try:
        return call()
    except errors as error:
        message = error.message if isinstance(error, VaultError) else str(error)
        assert message.strip(), f"{type(error).__name__} was raised without a message"
        assert db.conn.total_changes == changes, "a refused input still changed the database"
        assert {table: _count(db, table) for table in tables} == counts, (
            "a refused input changed a row count"
        )
        raise Refused from error


def stored(db: sqlite_utils.Database, sql: str, *params: Any) -> Any:
    row = db.execute(sql, list(params)).fetchone()
    assert row is not None, "the saved row is not in the database"
    return row[0]


# ------------------------------------------------------------------------------- fields ---
# Each check returns how many values it kept (stored and read back), for the guard test.


def check_names(w: World, value: str) -> int:
    """Partner names: validate_couple (as at first run), then the couple repository."""
    kept = 0
    for names in ((value, "Alex"), ("Sam", value)):
        with contextlib.suppress(Refused):
            first, second = attempt(
                w.db, ("partners",), lambda n=names: validate_couple(n, COLOURS)
            )
            assert clean_name(first) == first and clean_name(second) == second
            assert len(first) <= couple_rules.NAME_MAX
            w.couple.save_couple(
                [
                    CouplePartner(seat=0, name=first, colour=COLOURS[0], promised=True),
                    CouplePartner(seat=1, name=second, colour=COLOURS[1], promised=True),
                ],
                _Clock().now(),
            )
            assert [p.name for p in w.couple.partners()] == [first, second]
            kept += 1
    return kept


def check_own_prompt(w: World, value: str) -> int:
    """The couple's own prompts ("Ours" deck)."""
    with contextlib.suppress(Refused):
        prompt_id = attempt(w.db, ("custom_prompts",), lambda: w.talks.add_custom_prompt(value))
        cleaned = _clean_text(value, MAX_CUSTOM_PROMPT_CHARS, "prompt")
        assert stored(w.db, "SELECT text FROM custom_prompts WHERE id = ?", prompt_id) == cleaned
        assert w.talks.get_custom_prompt(prompt_id).text == cleaned
        return 1
    return 0


def check_thanks(w: World, value: str) -> int:
    """Wrap-up thanks: clean_thanks (as the talk screen does), then save_wrapup."""
    with contextlib.suppress(Refused):
        cleaned = attempt(w.db, ("wrapups",), lambda: clean_thanks(value))
        assert cleaned is None or clean_thanks(cleaned) == cleaned
        w.talks.save_wrapup(w.talk_id, 0, cleaned, 3)
        text = stored(
            w.db,
            "SELECT thanks_text FROM wrapups WHERE talk_id = ? AND partner = 0",
            w.talk_id,
        )
        assert text == cleaned
        return int(cleaned is not None)
    return 0


def check_scene_note(w: World, value: str) -> int:
    """The scene's free note."""
    with contextlib.suppress(Refused):
        scene = attempt(w.db, ("talk_scenes",), lambda: Scene(where="sofa", note=value))
        assert scene.note == clean_note(value)
        assert scene.note is None or clean_note(scene.note) == scene.note
        w.scenes.save_scene(w.talk_id, scene)
        note = stored(w.db, "SELECT note FROM talk_scenes WHERE talk_id = ?", w.talk_id)
        assert note == scene.note
        read = w.scenes.scene_for(w.talk_id)
        assert read is not None and read.note == scene.note
        return int(scene.note is not None)
    return 0


def check_invitation(w: World, value: str) -> int:
    """An invitation's topic, and the place the invited partner types when saying yes."""
    kept = 0
    with contextlib.suppress(Refused):
        invitation = attempt(w.db, ("invitations",), lambda: w.invitations.invite(0, value, 10))
        assert invitation.id is not None
        try:
            cleaned = clean_topic(value)
            assert cleaned is None or clean_topic(cleaned) == cleaned
            assert invitation.topic == cleaned
            topic = stored(w.db, "SELECT topic FROM invitations WHERE id = ?", invitation.id)
            assert topic == cleaned
            kept += int(cleaned is not None)
        finally:
            w.invitations.cancel(invitation.id, 0)  # frees the one pending slot
    invitation = w.invitations.invite(1, "Sunday", 10)
    assert invitation.id is not None
    try:
        with contextlib.suppress(Refused):
            when = _Clock().now() + timedelta(days=1)
            answered = attempt(
                w.db,
                ("invitations",),
                lambda: w.invitations.schedule(invitation.id, 0, when, value, 10),
            )
            place = clean_place(value)
            assert place is None or clean_place(place) == place
            assert answered.place == place
            assert (
                stored(w.db, "SELECT place FROM invitations WHERE id = ?", invitation.id) == place
            )
            kept += int(place is not None)
    finally:
        w.invitations.cancel(invitation.id, 1)
    return kept


def check_source(w: World, value: str) -> int:
    """A source's title, its quote or note, and its link (also as part of a real link)."""
    kept = 0
    with contextlib.suppress(Refused):
        source = attempt(w.db, ("sources",), lambda: w.sources.add("article", value))
        cleaned = validate_title(value)
        assert validate_title(cleaned) == cleaned
        assert source.title == cleaned
        assert w.sources.get(source.id).title == cleaned
        kept += 1
    with contextlib.suppress(Refused):
        source = attempt(w.db, ("sources",), lambda: w.sources.add("song", "A title", None, value))
        note = validate_note(value)
        assert note is None or validate_note(note) == note
        assert source.quote_or_note == note
        assert w.sources.get(source.id).quote_or_note == note
        kept += int(note is not None)
    for link in (value, f"https://example.org/{value}", f"https://{value}.example/"):
        with contextlib.suppress(Refused):
            source = attempt(
                w.db, ("sources",), lambda x=link: w.sources.add("podcast", "A title", x)
            )
            cleaned_link = clean_link(link)
            assert cleaned_link is None or clean_link(cleaned_link) == cleaned_link
            assert source.link == cleaned_link
            assert w.sources.get(source.id).link == cleaned_link
    return kept


def check_moment(w: World, value: str) -> int:
    """A moment titled and written with the value: the owner and both together read it."""
    with contextlib.suppress(Refused), w.vault.open_as_owner(Partner.A, PASS_A) as session:
        item_id = attempt(
            w.db,
            VAULT_TABLES,
            lambda: session.save(ItemKind.MOMENT, ItemContent(title=value, text=value)),
            VAULT_ERRORS,
        )
        item = session.read(item_id)
        assert (item.content.title, item.content.text) == (value, value)
        with w.vault.open_together(PASS_A, PASS_B) as together:
            item = together.read(item_id)
        assert (item.content.title, item.content.text) == (value, value)
        return 1
    return 0


def check_reflection(w: World, value: str) -> int:
    """A private reflection note (the app titles it with the card id)."""
    with contextlib.suppress(Refused), w.vault.open_as_owner(Partner.B, PASS_B) as session:
        content = ItemContent(title="card-feelings-1", text=value)
        item_id = attempt(
            w.db, VAULT_TABLES, lambda: session.save(ItemKind.REFLECTION, content), VAULT_ERRORS
        )
        assert session.read(item_id).content.text == value
        return 1
    return 0


FIELDS: dict[str, Callable[[World, str], int]] = {
    "name": check_names,
    "own-prompt": check_own_prompt,
    "thanks": check_thanks,
    "scene-note": check_scene_note,
    "invitation": check_invitation,
    "source": check_source,
    "moment": check_moment,
    "reflection": check_reflection,
}


# -------------------------------------------------------------------------------- tests ---


@pytest.mark.parametrize("special", list(SPECIALS))
@pytest.mark.parametrize("field", list(FIELDS))
def test_special_inputs_are_refused_cleanly_or_kept_exactly(
    world: World, field: str, special: str
) -> None:
    FIELDS[field](world, SPECIALS[special])


@pytest.mark.parametrize("field", list(FIELDS))
@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(value=ODD_TEXT)
def test_any_typed_text_is_refused_cleanly_or_kept_exactly(
    world: World, field: str, value: str
) -> None:
    FIELDS[field](world, value)


def test_the_odd_inputs_reach_both_outcomes(world: World) -> None:
    """Guard against a vacuous pass: odd but fine text is kept, broken text is refused."""

    def kept(name: str) -> set[str]:
        return {field for field, check in FIELDS.items() if check(world, SPECIALS[name])}

    assert kept("emoji-zwj") == set(FIELDS)
    assert kept("hebrew-rlm") == set(FIELDS)
    assert kept("combining-decomposed") == set(FIELDS)
    assert kept("1mb-ascii") == {"reflection"}, "1 MB is too long for anything but a note"
    assert kept("lone-high-surrogate") == set(), "a lone surrogate was stored somewhere"
