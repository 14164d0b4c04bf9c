"""Passphrase strength against the partner who knows the couple (issue #13, findings 7 and 8).

The attack: the other partner guesses from what they know — both names, the year they met,
the app's name. "Bo&Ana2019" was rated strong and "bobobobobo" okay. And a passphrase with a
lone surrogate (half of an emoji) showed a raw Python codec error instead of a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from openup_desktop.vault import Partner, VaultService, WeakPassphrase
from openup_desktop.vault.passphrase_policy import (
    MIN_SCORE,
    MSG_PERSONAL,
    MSG_UNSAVABLE,
    check_passphrase,
    personal_words,
)
from tests.security.vault_support import FAST_KDF, PASS_A, FakeClock, memory_db, vault_env

BO_AND_ANA = personal_words(["Bo", "Ana"], [2026, 2019])


def test_names_and_year_are_weak_for_that_couple() -> None:
    result = check_passphrase("Bo&Ana2019", BO_AND_ANA)
    assert result.ok is False
    assert result.strength < MIN_SCORE
    assert result.problems == (MSG_PERSONAL,)
    # the same letters mean nothing special to another couple
    assert check_passphrase("Bo&Ana2019", personal_words(["Kai", "Lu"], [2026])).ok is True


@pytest.mark.parametrize("guess", ["bobobobobo", "Ana&Bo2026", "anabo2019!", "OpenUp2026!"])
def test_cheap_guesses_are_refused(guess: str) -> None:
    assert check_passphrase(guess, BO_AND_ANA).ok is False


def test_the_service_refuses_a_personal_passphrase_at_set_up() -> None:
    db = memory_db()
    vault = VaultService(
        db, kdf_params=FAST_KDF, clock=FakeClock(), personal_words=lambda: BO_AND_ANA
    )
    with pytest.raises(WeakPassphrase) as error:
        vault.set_up_partner(Partner.A, "Bo&Ana2019")
    assert error.value.problems == (MSG_PERSONAL,)
    vault.set_up_partner(Partner.A, "Apricot lantern drifts slowly")
    db.close()


def test_a_lone_surrogate_gets_a_sentence_not_a_codec_error(tmp_path: Path) -> None:
    broken = "Velvet otter \ud83d reads the tide"
    assert check_passphrase(broken).problems == (MSG_UNSAVABLE,)
    with vault_env(tmp_path) as env:
        with pytest.raises(WeakPassphrase) as error:
            env.vault.change_passphrase(Partner.A, PASS_A, broken)
        message = str(error.value)
        assert message == str(MSG_UNSAVABLE)
        assert "codec" not in message and "surrogate" not in message
        assert env.vault.backoff_state(Partner.A).failed_tries == 0
        env.vault.open_as_owner(Partner.A, PASS_A).lock()  # nothing changed
