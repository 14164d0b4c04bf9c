"""The vault's sentences that more than one vault bridge says, and the seat ↔ partner mapping.

A vault error reaches the couple from the session, the moments and the reflection notes alike,
so the sentence for it is made in one place, with partners called by their names. The texts
keep the translation context "VaultController", where they were first written, so the Spanish
already made for them stays in use; each call is spelled out so that pyside6-lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..vault import BackoffActive, Partner, VaultError
from ..vault.backoff import MISTYPED
from .core_messages import translated

translate = QCoreApplication.translate


def seat_partner(seat: int) -> Partner:
    return Partner.A if int(seat) == 0 else Partner.B


def partner_seat(partner: Partner) -> int:
    return 0 if partner is Partner.A else 1


def _with_names(text: str, name: Callable[[int], str]) -> str:
    """Vault messages call the partners "Partner A"/"Partner B"; the couple sees their names."""
    for partner in Partner:
        text = text.replace(f"Partner {partner.value}", name(partner_seat(partner)))
    return text


def humane(error: VaultError, name: Callable[[int], str]) -> str:
    """The error in the interface language, with partners called by their names (``name(seat)``)."""
    if isinstance(error, BackoffActive):
        # said plainly (V6): the wait is no defence for a copied file, the passphrase is
        return f"{translated(error.wait)} " + translate(
            "VaultController",
            "The wait only slows guessing inside OpenUp. A copy of the data is protected by how long each guess takes (Argon2id) and by a passphrase nobody could guess.",  # noqa: E501
        )
    return _with_names(translated(error), name)


def mistyped_text(partner: Partner, count: int, name: Callable[[int], str]) -> str:
    """V6: the owner learns how often their passphrase was tried wrongly (in their language)."""
    return _with_names(translated(MISTYPED(partner=partner.value, n=count)), name)


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
