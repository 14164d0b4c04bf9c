"""Messages from core/, vault/ and store/ (which know no Qt), in the interface language.

Those layers say *which* message applies and with which numbers: a
:class:`~openup_desktop.files.messages.Message` with an id and arguments, carried by the error
(``files/messages.py``). Here the id is looked up in the catalogue (``messages_core.py``,
``messages_vault.py``, ``messages_store.py``: one literal ``self.tr`` per id, which
``pyside6-lupdate`` collects into ``ui/i18n/*.ts``), translated with Qt's plural forms for the
count ``n`` (``%n`` in the text), and the other arguments fill ``%1``, ``%2``, … in the order the
entry lists them. English plural forms come from ``ui/i18n/openup_en.ts`` like any translation.

``tests/ui/test_message_catalogue.py`` fails when an id has no entry or no finished translation.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from ..files.messages import Message, messages_of

log = logging.getLogger("openup.bridge.messages")

#: Arguments that name a partner: filled as "Partner A"/"Partner B", which the vault's bridge
#: replaces with the partners' names (it is the one that knows them).
PARTNER_ARGS = frozenset({"partner", "other"})

_PLACEHOLDER = re.compile(r"%([1-9])")


class Entry(NamedTuple):
    """One id's text in the interface language, and what fills it."""

    #: the translated text for a count (``-1`` when the message counts nothing)
    text: Callable[[int], str]
    #: the arguments that fill ``%1``, ``%2``, … in this order (the count is ``n``, not listed)
    args: tuple[str, ...] = ()


Catalogue = dict[str, Entry]


@functools.cache
def catalogue() -> Mapping[str, Entry]:
    """Every id the bridge can translate, from the three layers' catalogues."""
    from .messages_core import CoreMessages
    from .messages_store import StoreMessages
    from .messages_vault import VaultMessages

    merged: Catalogue = {}
    for source in (CoreMessages(), VaultMessages(), StoreMessages()):
        entries = source.entries()
        assert not merged.keys() & entries.keys(), "a message id is in two catalogues"
        merged.update(entries)
    return merged


def _text(message: Message) -> str:
    entry = catalogue().get(message.id)
    if entry is None:  # a test keeps this from happening; English is still better than nothing
        log.warning("No catalogue entry for message %s", message.id)
        return message.english
    count = message.args.get("n", -1)
    text = entry.text(count if isinstance(count, int) else -1)
    values = [
        f"Partner {message.args[name]}" if name in PARTNER_ARGS else str(message.args[name])
        for name in entry.args
    ]

    def fill(found: re.Match[str]) -> str:
        index = int(found.group(1)) - 1
        return values[index] if index < len(values) else found.group(0)

    return _PLACEHOLDER.sub(fill, text)


def translated(what: Message | BaseException) -> str:
    """A message, or every message an error carries, in the interface language.

    An error that carries no message (one meant only for the log) gives its own text.
    """
    messages = (what,) if isinstance(what, Message) else messages_of(what)
    if not messages:
        return str(what)
    return " ".join(_text(m) for m in messages)
