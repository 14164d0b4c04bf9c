"""V2 needs two passphrases: a couple who choose the same one would each open everything alone.

Found in a real-window walk: both partners typed one phrase at set-up, the vault took it, and
"Open together" then opened with that phrase typed twice. Set-up now refuses a passphrase that
opens the other partner's key; the refusal says whose it is and sets nobody up.
"""

from __future__ import annotations

import unicodedata

import pytest

from openup_desktop.vault import Partner, VaultService
from openup_desktop.vault.errors import SameAsPartner, WrongPassphrase
from openup_desktop.vault.model import ItemKind
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    content,
    memory_db,
    save_as,
)


def _service_with_a() -> VaultService:
    service = VaultService(memory_db(), kdf_params=FAST_KDF, clock=FakeClock())
    service.set_up_partner(Partner.A, PASS_A)
    return service


def test_the_second_partner_cannot_choose_the_first_partners_passphrase():
    service = _service_with_a()
    with pytest.raises(SameAsPartner) as refused:
        service.set_up_partner(Partner.B, PASS_A)
    assert refused.value.other is Partner.A
    assert "Partner A's" in refused.value.message  # the screen shows the name instead
    assert service.partners_set_up() == frozenset({Partner.A}), "nobody else was set up"


def test_the_same_words_in_another_unicode_form_are_the_same_passphrase():
    """What unlocking treats as equal (NFC) is refused as equal too."""
    service = VaultService(memory_db(), kdf_params=FAST_KDF, clock=FakeClock())
    composed = "Café lantern drifts slowly tonight"
    service.set_up_partner(Partner.A, composed)
    with pytest.raises(SameAsPartner):
        service.set_up_partner(Partner.B, unicodedata.normalize("NFD", composed))


def test_after_the_refusal_a_passphrase_of_their_own_sets_them_up_and_two_of_two_holds():
    service = _service_with_a()
    with pytest.raises(SameAsPartner):
        service.set_up_partner(Partner.B, PASS_A)
    service.set_up_partner(Partner.B, PASS_B)
    save_as(service, Partner.A, ItemKind.MOMENT, content("ours", "kept by A"))
    with pytest.raises(WrongPassphrase):  # one passphrase typed twice opens nothing together
        service.open_together(PASS_A, PASS_A)
    with service.open_together(PASS_A, PASS_B) as session:
        assert [item.content.text for item in session.items(ItemKind.MOMENT)] == ["kept by A"]


def test_the_refusal_counts_no_failed_try_against_anyone():
    """Choosing a passphrase is not an unlock attempt: nobody is later told of a mistype."""
    service = _service_with_a()
    with pytest.raises(SameAsPartner):
        service.set_up_partner(Partner.B, PASS_A)
    assert service.backoff_state(Partner.A).failed_tries == 0
    assert service.backoff_state(Partner.B).failed_tries == 0


def test_a_passphrase_change_is_not_an_oracle_for_the_others_passphrase():
    """Repeatable, a "that's your partner's" answer would let one partner test guesses at the
    other's passphrase without the wait (V6); so a change says nothing about the other's."""
    service = _service_with_a()
    service.set_up_partner(Partner.B, PASS_B)
    service.change_passphrase(Partner.B, PASS_B, PASS_A)
    assert service.backoff_state(Partner.A).failed_tries == 0
