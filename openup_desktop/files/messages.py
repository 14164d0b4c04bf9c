"""Words for the couple from the layers that know no Qt: a message id, its arguments, and English.

core/, vault/ and store/ cannot translate (translation is Qt's job, in the bridge), but they are
where a rule is broken, so they say *which* message applies and with which numbers. Each message
kind is a :class:`Template` defined once, at module level, next to the rule that uses it; calling
it gives a :class:`Message`. The bridge (``bridge/core_messages.py``) looks the id up in its
catalogue, translates it with Qt (plural forms from ``%n``) and fills in the arguments; the English
text the message carries is what ``str(error)`` shows in logs, tests and crash reports.

A user-facing error carries its messages as its arguments (``ValueError(msg)``, or a
:class:`MessageError` of one sentence or a few), so ``str(error)`` stays readable English and
:func:`messages_of` finds the messages without knowing the error's class. Arguments are numbers
and short words OpenUp chose (limits, counts, "Partner A"), never anything a partner wrote.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from string import Formatter
from types import MappingProxyType
from typing import ClassVar

__all__ = [
    "Arg",
    "Message",
    "MessageError",
    "Template",
    "messages_from_json",
    "messages_of",
    "messages_to_json",
    "templates",
]

Arg = int | str

#: Every Template made so far, by id: the catalogue test walks the Qt-free packages, imports every
#: module, and checks each id here has a translation.
_TEMPLATES: dict[str, Template] = {}


@dataclass(frozen=True, slots=True)
class Message:
    """One message for the couple: which one (``id``), its numbers (``args``) and its English."""

    id: str
    english: str
    args: Mapping[str, Arg] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True, slots=True)
class Template:
    """A kind of message: its id and English wording, with ``{name}`` where an argument goes.

    A text that counts something names the count ``{n}`` and gives ``one`` (the English for a
    count of one) as well: the bridge then uses Qt's plural forms, so every language gets its own
    grammar instead of an English "s".
    """

    id: str
    english: str
    one: str | None = None

    def __post_init__(self) -> None:
        names = self.arg_names
        if "n" in names and self.one is None:
            raise ValueError(f"{self.id}: a counted message needs its English for one ('one=')")
        if self.one is not None and "n" not in names:
            raise ValueError(f"{self.id}: 'one=' is only for messages that count {{n}}")
        known = _TEMPLATES.setdefault(self.id, self)
        if known != self:
            raise ValueError(f"message id {self.id!r} is already used for another text")

    @property
    def arg_names(self) -> frozenset[str]:
        """The argument names the English text uses."""
        return frozenset(name for _, name, _, _ in Formatter().parse(self.english) if name)

    def __call__(self, **args: Arg) -> Message:
        missing = self.arg_names - args.keys()
        if missing:
            raise TypeError(f"{self.id}: missing arguments {sorted(missing)}")
        text = self.one if self.one is not None and args.get("n") == 1 else self.english
        return Message(self.id, text.format(**args), MappingProxyType(dict(args)))


def templates() -> Mapping[str, Template]:
    """Every template defined in the modules imported so far, by id."""
    return MappingProxyType(_TEMPLATES)


def messages_of(error: BaseException) -> tuple[Message, ...]:
    """The messages a user-facing error carries; none for an error meant only for the log."""
    return tuple(arg for arg in error.args if isinstance(arg, Message))


class MessageError(Exception):
    """An error for the couple: its arguments are its messages, in order.

    Several messages make one notice (what happened, that nothing was lost, what to do), each
    translated on its own. ``message`` (and ``str(error)``) is their English, for logs and tests.
    """

    #: said when the error is raised without messages
    default_message: ClassVar[Template | None] = None

    def __init__(self, *messages: Message) -> None:
        if not messages and self.default_message is not None:
            messages = (self.default_message(),)
        self.messages = messages
        self.message = " ".join(str(m) for m in messages)
        super().__init__(*messages)

    def __str__(self) -> str:
        return self.message


def messages_to_json(messages: Iterable[Message]) -> str:
    """Messages as text, to be translated later (e.g. after a restart, in that day's language)."""
    return json.dumps(
        [{"id": m.id, "english": m.english, "args": dict(m.args)} for m in messages],
        ensure_ascii=False,
    )


def messages_from_json(text: str) -> tuple[Message, ...]:
    """What :func:`messages_to_json` wrote; nothing for text it did not write."""
    try:
        found = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(found, list):
        return ()
    messages = []
    for item in found:
        if not isinstance(item, dict):
            return ()
        ident, english, args = item.get("id"), item.get("english"), item.get("args")
        if not isinstance(ident, str) or not isinstance(english, str):
            return ()
        if not isinstance(args, dict) or not all(
            isinstance(k, str) and isinstance(v, int | str) for k, v in args.items()
        ):
            return ()
        messages.append(Message(ident, english, MappingProxyType(args)))
    return tuple(messages)
