"""Who the two partners are, and the rules for setting them up at first run."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from openup_desktop.files.messages import Template

#: Colours a partner can pick. Each keeps white text readable on it (WCAG ≥ 4.5:1) and is far
#: enough from the others that two partners are told apart from the sofa.
PARTNER_PALETTE: dict[str, str] = {
    "#B4432F": "Terracotta",
    "#2F6B4F": "Forest",
    "#2F5E8C": "Sea",
    "#7A4A8C": "Plum",
    "#A0416B": "Rose",
    "#8A5A00": "Amber",
    "#3F5A66": "Slate",
    "#1F6F78": "Teal",
}

NAME_MAX = 40

NAME_MISSING = Template("couple.name_missing", "Please enter a name — a nickname is fine.")
NAME_TOO_LONG = Template(
    "couple.name_too_long",
    "Please keep the name to {n} characters or fewer.",
    one="Please keep the name to {n} character or fewer.",
)
NAME_UNSHOWABLE = Template(
    "couple.name_unshowable", "The name has a character OpenUp can't show. Please retype it."
)
NAMES_ALIKE = Template(
    "couple.names_alike", "The two names need to be different, so it's clear whose turn it is."
)
COLOUR_UNKNOWN = Template("couple.colour_unknown", "Please pick a colour from the palette.")
COLOURS_ALIKE = Template(
    "couple.colours_alike", "Please pick two different colours, one for each of you."
)


@dataclass(frozen=True)
class Partner:
    seat: int  # 0 or 1: who sat down first at first run
    name: str
    colour: str
    promised: bool = False


#: Invisible marks that real names need: joiners (emoji, Indic scripts) and the left-to-right /
#: right-to-left marks of bidirectional text. Other format characters (zero-width space,
#: direction overrides, byte-order marks) only hide or scramble a name, so they are refused.
ALLOWED_FORMAT_MARKS = frozenset("\u200c\u200d\u200e\u200f")


def visible_form(text: str) -> str:
    """The text without invisible format characters, for comparing what people actually see."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


#: Unicode's "first strong isolate" and "pop directional isolate": a name between them is laid
#: out on its own, in its own direction, whatever sentence it sits in.
_ISOLATE, _END_ISOLATE = "\u2068", "\u2069"


def name_in_sentence(name: str) -> str:
    """A name ready to go into a sentence ("%1's turn"): isolated when it is right to left.

    Without it, an Arabic or Hebrew name at the start of an English sentence turns the whole line
    right to left: "سارة's turn" shows as "s turn'سارة", pushed to the far side, and whose turn it
    is stops being obvious. Latin names are left as they are.
    """
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name):
        return f"{_ISOLATE}{name}{_END_ISOLATE}"
    return name


def clean_name(raw: str) -> str:
    """Trim and normalise a display name; raise ValueError with a friendly message if unusable."""
    name = unicodedata.normalize("NFC", raw).strip()
    if not visible_form(name).strip():
        raise ValueError(NAME_MISSING())
    if len(name) > NAME_MAX:
        raise ValueError(NAME_TOO_LONG(n=NAME_MAX))
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in name) or any(
        unicodedata.category(ch) == "Cf" and ch not in ALLOWED_FORMAT_MARKS for ch in name
    ):
        raise ValueError(NAME_UNSHOWABLE())
    return name


def validate_couple(names: tuple[str, str], colours: tuple[str, str]) -> tuple[str, str]:
    """Check both names and colours together; return the cleaned names."""
    first, second = clean_name(names[0]), clean_name(names[1])
    if visible_form(first).casefold() == visible_form(second).casefold():
        raise ValueError(NAMES_ALIKE())
    for colour in colours:
        if colour.upper() not in PARTNER_PALETTE:
            raise ValueError(COLOUR_UNKNOWN())
    if colours[0].upper() == colours[1].upper():
        raise ValueError(COLOURS_ALIKE())
    return first, second
