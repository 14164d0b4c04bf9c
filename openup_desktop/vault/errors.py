"""Errors the vault raises, each with a message a person can read.

Why a hierarchy: the Qt layer shows ``str(error)`` (or ``error.message``) as-is, and branches only
on the few classes that need a different screen (wait, wrong passphrase, altered data). Messages
never contain item text, passphrases or key material (promise V1), so they are safe to show, log
or put in a crash report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - only for type hints
    from openup_desktop.vault.model import Partner


def _format_wait(seconds: float) -> str:
    """Say a wait in plain words, rounded up so we never promise a retry too early."""
    whole = max(1, int(-(-seconds // 1)))
    if whole < 60:
        return f"{whole} second" + ("s" if whole != 1 else "")
    minutes = -(-whole // 60)
    return f"{minutes} minute" + ("s" if minutes != 1 else "")


class VaultError(Exception):
    """Base class: every vault failure the UI may show to a person."""

    default_message = "Something went wrong with the vault."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class VaultNotSetUp(VaultError):
    """The vault, or one partner's part of it, has not been created yet."""

    default_message = "The vault has not been set up yet."


class PartnerAlreadySetUp(VaultError):
    """Refuses to overwrite a partner's keys: nobody can reset the other's passphrase (V8)."""

    default_message = (
        "This partner already has a passphrase. It can only be changed by them, "
        "with their current passphrase."
    )


class WeakPassphrase(VaultError):
    """The new passphrase failed the policy; ``problems`` lists friendly reasons."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(" ".join(self.problems) or "Please choose a stronger passphrase.")


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
        who = " and ".join(f"Partner {p}" for p in self.partners)
        noun = "passphrases" if len(self.partners) > 1 else "passphrase"
        message = f"That {noun} for {who} didn't match."
        if retry_after > 0:
            message += f" Please wait {_format_wait(retry_after)} before trying again."
        else:
            message += " Please try again."
        super().__init__(message)


class BackoffActive(VaultError):
    """Too many wrong tries in a row: the next try is allowed after ``retry_after`` seconds."""

    def __init__(self, partner: Partner, retry_after: float) -> None:
        self.partner = partner
        self.retry_after = retry_after
        super().__init__(
            f"Too many wrong tries for Partner {partner}. "
            f"Please wait {_format_wait(retry_after)} before trying again."
        )


class VaultDataAltered(VaultError):
    """Key data or vault settings were changed outside the app, or are damaged."""

    default_message = (
        "The vault's data was altered or damaged, so it can't be unlocked. "
        "Nothing was changed; a backup export can restore it."
    )


class ItemDamaged(VaultError):
    """One item failed its integrity checks (V5); the rest of the vault is unaffected."""

    def __init__(self, item_id: str) -> None:
        self.item_id = item_id
        super().__init__(
            "This item was altered or damaged, so it can't be opened. Your other items are fine."
        )


class ItemNotFound(VaultError):
    """No such item (it may have been withdrawn)."""

    default_message = "This item is no longer in the vault."


class NotAllowed(VaultError):
    """The open session may not do this (e.g. read a partner's reflection, V4)."""

    default_message = "This can only be done by the partner it belongs to."


class SessionLocked(VaultError):
    """The session was locked; its keys are gone, so unlock again."""

    default_message = "The vault is locked. Please unlock it again."


class VaultFileInvalid(VaultError):
    """An import file is damaged, truncated, or not an OpenUp vault export."""

    default_message = "This file is not a complete OpenUp vault export. Nothing was changed."


class VaultNotEmpty(VaultError):
    """Import only goes into a fresh install, so it can never mix or overwrite vaults."""

    default_message = (
        "This install already has a vault. A backup can only be restored into a fresh install. "
        "Nothing was changed."
    )
