"""Passphrase rules and a plain-words strength estimate.

Rules (a passphrase that breaks one is refused, with a friendly reason):

* at least 10 characters (and at most 1,024), all of which can be saved (a lone surrogate, e.g.
  half of a broken emoji, can't be: that gets a clear sentence, never a codec error);
* not one of the 10,000 most common passwords, ignoring case (list shipped in
  ``assets/passwords/``, see its README for provenance);
* not "very weak" by our own pattern estimate below (e.g. ``aaaaaaaaaa`` or ``abcdefghij``);
* rated at least 3 of 4 ("strong") by zxcvbn, given the couple's own words.

Why zxcvbn (Dropbox's estimator, a small pure-Python package): the attacker we plan for is the
other partner, who knows both names and the year they met. zxcvbn models what guessers really
try (dictionaries, names, dates, keyboard walks, l33t) and takes *user inputs*: we pass both
partners' names, how they are usually joined ("Bo&Ana", "Ana y Bo"), the app's name, and the
current and first-run years, so "Bo&Ana2019" is weak for Bo and Ana. Its own feedback texts are
English only, so OpenUp keeps its own translated messages and maps zxcvbn's 0–4 score onto its
five levels. Only the first 72 characters are scored (zxcvbn refuses longer text, and 72
characters the rules accept are far past "strong").

Our older estimate stays as a floor for obvious patterns: a character equal to the one before
costs 1 bit, one that continues a sequence (``abc``, ``321``) 2 bits, a run from the common list
log2(rank + 1) + 1 bits, anything else log2 of the pool of character classes used; under 30 bits
(``PATTERN_FLOOR_BITS``) is refused before zxcvbn is asked.

Thread-safe: the list is loaded once (``functools.cache``) and never changed.
"""

from __future__ import annotations

import functools
import math
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from zxcvbn import zxcvbn

from openup_desktop.files.messages import Message, Template

MIN_CHARS = 10
MAX_CHARS = 1024
#: zxcvbn's score needed to accept a new passphrase ("safely unguessable" for an offline attack
#: slowed by a strong KDF, in zxcvbn's own terms).
MIN_SCORE = 3
_SCORED_CHARS = 72  # zxcvbn 4.5 refuses longer text
APP_NAME = "OpenUp"
#: How couples write their two names together; the estimator gets each pairing as a word.
_JOINERS = ("", " ", "&", " & ", "+", " + ", "-", "_", "and", " and ", "y", " y ", "e", " e ")
LIST_FILE = "common-passwords.txt"
_MIN_TOKEN = 3

#: Below this many bits of the pattern estimate a passphrase is refused as a simple pattern.
#: (The level a couple sees is zxcvbn's; the estimate only answers "obvious pattern or not".)
PATTERN_FLOOR_BITS = 30.0


class Strength(IntEnum):
    """How hard a passphrase is to guess, 0 (worst) to 4 (best)."""

    VERY_WEAK = 0
    WEAK = 1
    OKAY = 2
    STRONG = 3
    VERY_STRONG = 4

    @property
    def label(self) -> Message:
        """Short words for a meter."""
        return _LABELS[self]

    @property
    def advice(self) -> Message:
        """One plain sentence to show under the meter."""
        return _ADVICE[self]


_LABELS = {
    Strength.VERY_WEAK: Template("passphrase.label_very_weak", "Very weak")(),
    Strength.WEAK: Template("passphrase.label_weak", "Weak")(),
    Strength.OKAY: Template("passphrase.label_okay", "Okay")(),
    Strength.STRONG: Template("passphrase.label_strong", "Strong")(),
    Strength.VERY_STRONG: Template("passphrase.label_very_strong", "Very strong")(),
}

_ADVICE = {
    Strength.VERY_WEAK: Template(
        "passphrase.advice_very_weak", "This would be guessed almost at once."
    )(),
    Strength.WEAK: Template(
        "passphrase.advice_weak",
        "Someone with a copy of the data could guess this. Add a few more words.",
    )(),
    Strength.OKAY: Template(
        "passphrase.advice_okay",
        "Fine for most people. One more unusual word makes it much stronger.",
    )(),
    Strength.STRONG: Template(
        "passphrase.advice_strong",
        "Hard to guess. Make sure you can remember it: nobody can reset it.",
    )(),
    Strength.VERY_STRONG: Template(
        "passphrase.advice_very_strong",
        "Very hard to guess. Make sure you can remember it: nobody can reset it.",
    )(),
}

MSG_TOO_SHORT = Template(
    "passphrase.too_short",
    "Please use at least {n} characters. "
    "A short sentence or a few unrelated words is easy to remember and hard to guess.",
    one="Please use at least {n} character. "
    "A short sentence or a few unrelated words is easy to remember and hard to guess.",
)(n=MIN_CHARS)
MSG_TOO_LONG = Template(
    "passphrase.too_long",
    "Please keep it under {n} characters.",
    one="Please keep it under {n} character.",
)(n=MAX_CHARS)
MSG_COMMON = Template(
    "passphrase.common",
    "This is one of the most common passwords, so it would be guessed quickly. "
    "Please choose something more personal.",
)()
MSG_PATTERN = Template(
    "passphrase.pattern",
    "This repeats or follows a simple pattern, so it would be guessed quickly. "
    "Try a few unrelated words.",
)()
MSG_PERSONAL = Template(
    "passphrase.personal",
    "This uses your names or a year, which is what someone who knows you would try first. "
    "Try a few unrelated words.",
)()
MSG_GUESSABLE = Template(
    "passphrase.guessable",
    "Someone with a copy of the data could guess this. Add another unusual word or two.",
)()
MSG_UNSAVABLE = Template(
    "passphrase.unsavable",
    "This has a character OpenUp can't save (perhaps half of an emoji). "
    "Please delete it and type the passphrase again.",
)()


@dataclass(frozen=True, slots=True)
class PassphraseCheck:
    """The result the UI shows: ``ok`` decides, ``problems`` explain, ``strength`` informs."""

    ok: bool
    problems: tuple[Message, ...]
    strength: Strength

    @property
    def label(self) -> Message:
        """Plain-words strength, e.g. "Strong"."""
        return self.strength.label

    @property
    def advice(self) -> Message:
        """One sentence about the strength."""
        return self.strength.advice


def _candidate_dirs() -> list[Path]:
    """Where ``assets/passwords`` may be: source tree, installed wheel, frozen bundle."""
    here = Path(__file__).resolve()
    dirs = [
        here.parents[1] / "_resources" / "assets" / "passwords",  # wheel force-include
        here.parents[2] / "assets" / "passwords",  # source checkout
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs += [
            Path(bundle) / "assets" / "passwords",
            Path(bundle) / "openup_desktop" / "_resources" / "assets" / "passwords",
        ]
    return dirs


@functools.cache
def common_password_ranks() -> dict[str, int]:
    """Lower-case common password → rank (0 = most common). Loaded once.

    Raises RuntimeError if the data file is missing: silently accepting "password123" because a
    bundle lost its data would be worse than a clear failure.
    """
    for directory in _candidate_dirs():
        path = directory / LIST_FILE
        if path.is_file():
            ranks: dict[str, int] = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                word = line.strip()
                if word and not word.startswith("#"):
                    ranks.setdefault(word.lower(), len(ranks))
            if ranks:
                return ranks
    raise RuntimeError(f"common password list {LIST_FILE} not found in assets/passwords")


def _char_class(char: str) -> tuple[str, int]:
    """(class name, class size) of one character for the pool estimate."""
    if "a" <= char <= "z":
        return "lower", 26
    if "A" <= char <= "Z":
        return "upper", 26
    if "0" <= char <= "9":
        return "digit", 10
    if char.isascii():
        return "symbol", 33
    return "other", 100


def _pool_bits(text: str) -> float:
    """log2 of the pool made by every character class present."""
    classes = dict(_char_class(char) for char in text)
    return math.log2(max(2, sum(classes.values())))


def estimate_bits(passphrase: str) -> float:
    """Estimated bits of guessing work (see module docstring for the rule)."""
    text = unicodedata.normalize("NFC", passphrase)
    lower = text.lower()
    ranks = common_password_ranks()
    longest = max(len(word) for word in ranks)  # never empty: common_password_ranks says so
    n = len(text)
    free_char_bits = _pool_bits(text)
    best = [0.0] + [math.inf] * n
    for i in range(n):  # best[i] is always finite: every position is one character on
        char = text[i]
        if i > 0 and char == text[i - 1]:
            cost = 1.0
        elif i > 0 and abs(ord(lower[i]) - ord(lower[i - 1])) == 1 and char.isalnum():
            cost = 2.0
        else:
            cost = free_char_bits
        best[i + 1] = min(best[i + 1], best[i] + cost)
        for end in range(i + _MIN_TOKEN, min(n, i + longest) + 1):
            rank = ranks.get(lower[i:end])
            if rank is not None:
                best[end] = min(best[end], best[i] + math.log2(rank + 1) + 1.0)
    return best[n]


def is_simple_pattern(bits: float) -> bool:
    """Whether a pattern estimate of ``bits`` is too low to let zxcvbn judge it at all."""
    return bits < PATTERN_FLOOR_BITS


def personal_words(names: Iterable[str], years: Iterable[int | str] = ()) -> list[str]:
    """The couple's own words for the estimator: names, their pairings, the app, the years.

    Empty and blank names are skipped; every name is also given in lower case.
    """
    clean = [name.strip() for name in names if isinstance(name, str) and name.strip()]
    words: list[str] = [APP_NAME]
    words += clean
    for first in clean:
        for second in clean:
            if first == second:
                continue
            words += [f"{first}{joiner}{second}" for joiner in _JOINERS]
    words += [str(year) for year in years]
    return list(dict.fromkeys(words))


def _savable(text: str) -> bool:
    """False for text that UTF-8 can't hold (lone surrogates) or that holds NUL."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def check_passphrase(passphrase: str, words: Sequence[str] = ()) -> PassphraseCheck:
    """Check a new passphrase against the rules; never raises for any ``str``.

    ``words`` are the couple's own words (see :func:`personal_words`); without them the estimate
    still knows common words, names and dates, just not this couple's.
    """
    if len(passphrase) > MAX_CHARS:
        return PassphraseCheck(False, (MSG_TOO_LONG,), Strength.VERY_WEAK)
    if not _savable(passphrase):
        return PassphraseCheck(False, (MSG_UNSAVABLE,), Strength.VERY_WEAK)
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) > MAX_CHARS:
        return PassphraseCheck(False, (MSG_TOO_LONG,), Strength.VERY_WEAK)
    problems: list[Message] = []
    if len(text) < MIN_CHARS:
        problems.append(MSG_TOO_SHORT)
    if text.lower() in common_password_ranks():
        return PassphraseCheck(False, (*problems, MSG_COMMON), Strength.VERY_WEAK)
    if is_simple_pattern(estimate_bits(text)):
        if len(text) >= MIN_CHARS:
            problems.append(MSG_PATTERN)
        return PassphraseCheck(False, tuple(problems), Strength.VERY_WEAK)
    result = zxcvbn(text[:_SCORED_CHARS], user_inputs=[w for w in words if _savable(w)])
    strength = Strength(int(result["score"]))
    if strength < MIN_SCORE and not problems:
        mine = {w.lower() for w in words}
        personal = any(
            (match.get("pattern") == "dictionary" and match.get("dictionary_name") == "user_inputs")
            or str(match.get("token", "")).lower() in mine
            for match in result["sequence"]
        )
        patterned = any(
            match.get("pattern") in ("repeat", "sequence", "spatial")
            for match in result["sequence"]
        )
        problems.append(MSG_PERSONAL if personal else MSG_PATTERN if patterned else MSG_GUESSABLE)
    return PassphraseCheck(not problems, tuple(problems), strength)
