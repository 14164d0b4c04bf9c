"""Errors the vault raises, each carrying messages a person can read, by id and arguments.

Why a hierarchy: the Qt layer translates the error's messages (see ``files/messages.py``) and
branches only on the few classes that need a different screen (wait, wrong passphrase, altered
data). ``str(error)`` and ``error.message`` are the English text, for logs and tests. Messages
never contain item text, passphrases or key material (promise V1), so they are safe to show, log
or put in a crash report; partners appear as "Partner A" / "Partner B" (argument ``partner``),
which the bridge replaces with their names.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from openup_desktop.files.messages import Message, MessageError, Template

if TYPE_CHECKING:  # pragma: no cover - only for type hints
    from openup_desktop.vault.model import Partner

GENERIC = Template("vault.generic", "Something went wrong with the vault.")
UNREADABLE = Template(
    "vault.unreadable", "The vault's data could not be read. Nothing was changed."
)
NOT_SET_UP = Template("vault.not_set_up", "The vault has not been set up yet.")
PARTNER_NOT_SET_UP = Template(
    "vault.partner_not_set_up", "Partner {partner} hasn't chosen a passphrase yet."
)
BOTH_NEED_PASSPHRASE = Template(
    "vault.both_need_passphrase", "Both partners need a passphrase before a moment can be kept."
)
NOTHING_TO_EXPORT = Template("vault.nothing_to_export", "There is no vault to export yet.")
PARTNER_ALREADY_SET_UP = Template(
    "vault.partner_already_set_up",
    "This partner already has a passphrase. It can only be changed by them, "
    "with their current passphrase.",
)
SAME_AS_PARTNER = Template(
    "vault.same_as_partner",
    "That passphrase is already Partner {partner}'s. Each of you needs your own, so that "
    "neither of you can open the vault alone.",
)
CHOOSE_STRONGER = Template("vault.choose_stronger", "Please choose a stronger passphrase.")
WRONG_ONE = Template("vault.wrong_one", "That passphrase for Partner {partner} didn't match.")
WRONG_BOTH = Template(
    "vault.wrong_both", "The passphrases for Partner {partner} and Partner {other} didn't match."
)
TRY_AGAIN = Template("vault.try_again", "Please try again.")
WAIT_SECONDS = Template(
    "vault.wait_seconds",
    "Please wait {n} seconds before trying again.",
    one="Please wait {n} second before trying again.",
)
WAIT_MINUTES = Template(
    "vault.wait_minutes",
    "Please wait {n} minutes before trying again.",
    one="Please wait {n} minute before trying again.",
)
TOO_MANY_TRIES = Template("vault.too_many_tries", "Too many wrong tries for Partner {partner}.")
CHANGED_ELSEWHERE = Template(
    "vault.changed_elsewhere",
    "The passphrase was changed somewhere else at the same time. Please try again.",
)
DATA_ALTERED = Template(
    "vault.data_altered",
    "The vault's data was altered or damaged, so it can't be unlocked. "
    "Nothing was changed; a backup export can restore it.",
)
ITEM_DAMAGED = Template(
    "vault.item_damaged",
    "This item was altered or damaged, so it can't be opened. Your other items are fine.",
)
ITEM_NOT_FOUND = Template("vault.item_not_found", "This item is no longer in the vault.")
ITEM_TOO_LONG = Template(
    "vault.item_too_long", "This item is too long to keep (the limit is about 1 MB of text)."
)
NOT_ALLOWED = Template("vault.not_allowed", "This can only be done by the partner it belongs to.")
REFLECTION_PRIVATE = Template(
    "vault.reflection_private",
    "Reflections are private to the person who wrote them, "
    "so they aren't shown when you open the vault together.",
)
PARTNERS_ITEM = Template(
    "vault.partners_item", "This belongs to your partner. It opens only when you're both here."
)
OWNER_KEEPS = Template(
    "vault.owner_keeps",
    "Only the person it belongs to can keep an item, with their passphrase.",
)
OWNER_WITHDRAWS = Template(
    "vault.owner_withdraws", "Only the person an item belongs to can withdraw it."
)
WITHDRAW_ALONE = Template(
    "vault.withdraw_alone",
    "Withdrawing is done by the owner alone: unlock with just your passphrase.",
)
SESSION_LOCKED = Template("vault.session_locked", "The vault is locked. Please unlock it again.")
FILE_INVALID = Template(
    "vault.file_invalid", "This file is not a complete OpenUp vault export. Nothing was changed."
)
FILE_DAMAGED = Template(
    "vault.file_damaged", "This export file is damaged or incomplete. Nothing was changed."
)
FILE_FOREIGN = Template(
    "vault.file_foreign", "This file isn't an OpenUp vault export. Nothing was changed."
)
FILE_NEWER = Template(
    "vault.file_newer",
    "This export was made by a newer version of OpenUp. Please update, then try again.",
)
FILE_UNREADABLE = Template(
    "vault.file_unreadable", "This file couldn't be read. Nothing was changed."
)
NOT_EMPTY = Template(
    "vault.not_empty",
    "This install already has a vault. A backup can only be restored into a fresh install. "
    "Nothing was changed.",
)


def wait_message(seconds: float) -> Message:
    """Say a wait in plain words, rounded up so we never promise a retry too early."""
    whole = max(1, math.ceil(seconds))
    if whole < 60:
        return WAIT_SECONDS(n=whole)
    return WAIT_MINUTES(n=math.ceil(whole / 60))


class VaultError(MessageError):
    """Base class: every vault failure the UI may show to a person."""

    default_message: ClassVar[Template | None] = GENERIC


class VaultNotSetUp(VaultError):
    """The vault, or one partner's part of it, has not been created yet."""

    default_message = NOT_SET_UP


class PartnerAlreadySetUp(VaultError):
    """Refuses to overwrite a partner's keys: nobody can reset the other's passphrase (V8)."""

    default_message = PARTNER_ALREADY_SET_UP


class SameAsPartner(VaultError):
    """The passphrase chosen at set-up already opens the other partner's key (V2)."""

    def __init__(self, other: Partner) -> None:
        self.other = other
        super().__init__(SAME_AS_PARTNER(partner=other))


class WeakPassphrase(VaultError):
    """The new passphrase failed the policy; ``problems`` lists friendly reasons."""

    default_message = CHOOSE_STRONGER

    def __init__(self, problems: Sequence[Message]) -> None:
        self.problems = tuple(problems)
        super().__init__(*self.problems)


class WrongPassphrase(VaultError):
    """At least one passphrase did not match (V6).

    ``partners`` says whose passphrase was wrong, ``failed_tries`` how many failures in a row
    each of them has now, and ``retry_after`` how many seconds to wait before the next try
    (0 while the free tries last).
    """

    def __init__(
        self,
        partners: Sequence[Partner],
        failed_tries: dict[Partner, int],
        retry_after: float,
    ) -> None:
        self.partners = tuple(partners)
        self.failed_tries = dict(failed_tries)
        self.retry_after = retry_after
        if len(self.partners) > 1:
            mismatch = WRONG_BOTH(partner=self.partners[0], other=self.partners[1])
        else:
            mismatch = WRONG_ONE(partner=self.partners[0])
        #: what to do now: wait (how long) or simply try again
        self.next_step = wait_message(retry_after) if retry_after > 0 else TRY_AGAIN()
        super().__init__(mismatch, self.next_step)


class BackoffActive(VaultError):
    """Too many wrong tries in a row: the next try is allowed after ``retry_after`` seconds."""

    def __init__(self, partner: Partner, retry_after: float) -> None:
        self.partner = partner
        self.retry_after = retry_after
        #: how long to wait, as a message of its own
        self.wait = wait_message(retry_after)
        super().__init__(TOO_MANY_TRIES(partner=partner), self.wait)


class VaultDataAltered(VaultError):
    """Key data or vault settings were changed outside the app, or are damaged."""

    default_message = DATA_ALTERED


class ItemDamaged(VaultError):
    """One item failed its integrity checks (V5); the rest of the vault is unaffected."""

    def __init__(self, item_id: str) -> None:
        self.item_id = item_id
        super().__init__(ITEM_DAMAGED())


class ItemNotFound(VaultError):
    """No such item (it may have been withdrawn)."""

    default_message = ITEM_NOT_FOUND


class NotAllowed(VaultError):
    """The open session may not do this (e.g. read a partner's reflection, V4)."""

    default_message = NOT_ALLOWED


class SessionLocked(VaultError):
    """The session was locked; its keys are gone, so unlock again."""

    default_message = SESSION_LOCKED


class VaultFileInvalid(VaultError):
    """An import file is damaged, truncated, or not an OpenUp vault export."""

    default_message = FILE_INVALID


class VaultNotEmpty(VaultError):
    """Import only goes into a fresh install, so it can never mix or overwrite vaults."""

    default_message = NOT_EMPTY
