"""The vault's sentences that more than one vault bridge says, and the seat ↔ partner mapping.

A vault error reaches the couple from the session, the moments and the reflection notes alike,
so the sentence for it is made in one place, with partners called by their names. The texts
keep the translation context "VaultController", where they were first written, so the Spanish
already made for them stays in use; each call is spelled out so that pyside6-lupdate finds it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..vault import BackoffActive, Partner, VaultError, WrongPassphrase
from .core_messages import translated

translate = QCoreApplication.translate


def seat_partner(seat: int) -> Partner:
    return Partner.A if int(seat) == 0 else Partner.B


def partner_seat(partner: Partner) -> int:
    return 0 if partner is Partner.A else 1


def wait_text(seconds: float) -> str:
    """Rounded up, so we never promise a retry too early."""
    if seconds < 60:
        wait = translate("VaultController", "%1 seconds").replace(
            "%1", str(max(1, math.ceil(seconds)))
        )
    else:
        minutes = math.ceil(seconds / 60)
        wait = (
            translate("VaultController", "1 minute")
            if minutes == 1
            else translate("VaultController", "%1 minutes").replace("%1", str(minutes))
        )
    return translate("VaultController", "Please wait %1 before trying again.").replace("%1", wait)


def humane(error: VaultError, name: Callable[[int], str]) -> str:
    """The error in the interface language, with partners called by their names (``name(seat)``)."""
    if isinstance(error, WrongPassphrase):
        names = [name(partner_seat(p)) for p in error.partners]
        text = (
            translate("VaultController", "That passphrase for %1 didn't match.").replace(
                "%1", names[0]
            )
            if len(names) == 1
            else translate("VaultController", "The passphrases for %1 and %2 didn't match.")
            .replace("%1", names[0])
            .replace("%2", names[1])
        )
        if error.retry_after and error.retry_after > 0:
            return f"{text} {wait_text(error.retry_after)}"
        return f"{text} {translate('VaultController', 'Please try again.')}"
    if isinstance(error, BackoffActive):
        # said plainly (V6): the wait is no defence for a copied file, the passphrase is
        return f"{wait_text(error.retry_after)} " + translate(
            "VaultController",
            "The wait only slows guessing inside OpenUp. A copy of the data is protected by how long each guess takes (Argon2id) and by a passphrase nobody could guess.",  # noqa: E501
        )
    text = translated(error.message)
    for partner in Partner:
        text = text.replace(f"Partner {partner.value}", name(partner_seat(partner)))
    return text


def mistyped_text(name: str, count: int) -> str:
    """V6: the owner learns how often their passphrase was tried wrongly (in their language)."""
    if count == 1:
        text = translate(
            "VaultController", "%1's passphrase was mistyped once since it was last used."
        )
    else:
        text = translate(
            "VaultController", "%1's passphrase was mistyped %2 times since it was last used."
        )
    return text.replace("%1", name).replace("%2", str(count))


def os_lock_status(kind: str) -> str:
    """What Settings says about locking with the computer's screen lock, for ``kind`` of OS."""
    if kind == "linux":
        return translate(
            "VaultController",
            "On: the vault locks when this computer's screen locks or it goes to sleep.",
        )
    if kind == "windows":
        return translate(
            "VaultController",
            "On: the vault locks when Windows locks the screen or you switch user.",
        )
    return translate(
        "VaultController",
        "Not available on this computer: it doesn't tell OpenUp when the screen locks. Keep \u201cLock the vault\u201d chosen for when OpenUp is in the background.",  # noqa: E501
    )
