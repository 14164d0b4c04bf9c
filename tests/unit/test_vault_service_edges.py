"""The vault service at its edges, through its public API: what callers may pass and get back.

The bridge passes partners as ``Partner`` and ids it got from the vault, but exports, the crash
writer and tests name partners by letter; an id can come back from QML as anything. Each case
here is something a caller would trip over if the service quietly did otherwise.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from openup_desktop.vault import (
    ItemContent,
    ItemKind,
    ItemNotFound,
    KdfParams,
    Partner,
    VaultDataAltered,
    VaultItem,
    VaultService,
    WrongPassphrase,
)
from openup_desktop.vault.service import item_ids
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    content,
    memory_db,
    vault_env,
)

NEW_A = "Velvet otter reads the tide"


def test_a_kept_item_is_dated_by_the_vault_clock_unless_it_brings_its_own_date(
    tmp_path: Path,
) -> None:
    with vault_env(tmp_path) as env, env.vault.open_as_owner(Partner.A, PASS_A) as session:
        undated = session.save(ItemKind.REFLECTION, ItemContent(title="t", text="x"))
        dated = session.save(
            ItemKind.REFLECTION, ItemContent(title="t", text="y", created_at="2025-05-04")
        )
        expected = datetime.fromtimestamp(env.clock.now, UTC).isoformat()
        assert session.read(undated).content.created_at == expected
        assert session.read(dated).content.created_at == "2025-05-04"


def test_listing_one_kind_finds_every_item_of_that_kind_in_any_order(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env, env.vault.open_as_owner(Partner.A, PASS_A) as session:
        saved = [
            (kind, session.save(kind, content(f"{n}")))
            for n, kind in enumerate([ItemKind.REFLECTION, ItemKind.MOMENT] * 2)
        ]
        for kind in ItemKind:
            wanted = [item_id for k, item_id in saved if k is kind]
            assert item_ids(session.items(kind)) == wanted
            assert item_ids(session.items(kind.value)) == wanted
        assert item_ids(session.items()) == [item_id for _, item_id in saved]


@pytest.mark.parametrize("odd", [None, 42, b"0" * 32, "", "0" * 31, "../" + "0" * 29, "Z" * 32])
def test_an_odd_item_id_is_simply_not_found(tmp_path: Path, odd: object) -> None:
    with vault_env(tmp_path) as env, env.vault.open_as_owner(Partner.A, PASS_A) as session:
        session.save(ItemKind.REFLECTION, content("kept"))
        with pytest.raises(ItemNotFound):
            session.read(odd)  # type: ignore[arg-type]
        with pytest.raises(ItemNotFound):
            session.withdraw(odd)  # type: ignore[arg-type]
        assert len(session.items()) == 1


def test_partners_may_be_named_by_letter(tmp_path: Path) -> None:
    db = memory_db()
    vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock())
    vault.set_up_partner("A", PASS_A)  # type: ignore[arg-type]
    vault.set_up_partner("B", PASS_B)  # type: ignore[arg-type]
    assert vault.partners_set_up() == {Partner.A, Partner.B}
    with vault.open_as_owner("A", PASS_A) as session:  # type: ignore[arg-type]
        assert session.owner is Partner.A
        moment = session.save("moment", content("m"), owner="A")
    with pytest.raises(WrongPassphrase):
        vault.open_as_owner("B", PASS_A)  # type: ignore[arg-type]
    assert vault.backoff_state("B").failed_tries == 1  # type: ignore[arg-type]
    assert vault.change_passphrase("A", PASS_A, NEW_A) == 0  # type: ignore[arg-type]
    with vault.open_together(NEW_A, PASS_B) as session:
        assert [r.item_id for r in session.items() if isinstance(r, VaultItem)] == [moment]
    for unknown in ("C", "a", None):
        with pytest.raises(ValueError):
            vault.open_as_owner(unknown, PASS_A)  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            vault.backoff_state(unknown)  # type: ignore[arg-type]
    db.close()


@pytest.mark.parametrize("kind", list(ItemKind))
def test_a_session_opened_before_a_passphrase_change_cannot_keep_anything(
    tmp_path: Path, kind: ItemKind
) -> None:
    """It holds the old key pair: an item sealed to it would be lost once that key is gone.

    (A reflection used to be kept, and then showed as damaged for good.)
    """
    with vault_env(tmp_path) as env:
        stale = env.vault.open_as_owner(Partner.A, PASS_A)
        env.vault.change_passphrase(Partner.A, PASS_A, NEW_A)
        with pytest.raises(VaultDataAltered):
            stale.save(kind, content("lost?"))
        stale.lock()
        with env.vault.open_as_owner(Partner.A, NEW_A) as session:
            assert session.items() == []


def test_impossible_kdf_costs_are_refused_when_the_service_is_made() -> None:
    """Not later, at the first set-up, after the couple has typed their passphrase."""
    db = memory_db()
    with pytest.raises(ValueError, match="KDF"):
        VaultService(db, kdf_params=KdfParams(memory_kib=4, iterations=1, lanes=1))
    db.close()


@pytest.mark.parametrize("odd", [None, b"Apricot lantern drifts slowly", 1234567890])
def test_a_passphrase_that_is_not_text_is_a_programming_error(tmp_path: Path, odd: object) -> None:
    with vault_env(tmp_path) as env:
        with pytest.raises(TypeError):
            env.vault.change_passphrase(Partner.A, PASS_A, odd)  # type: ignore[arg-type]
        db = memory_db()
        with pytest.raises(TypeError):
            VaultService(db, kdf_params=FAST_KDF).set_up_partner(Partner.A, odd)  # type: ignore[arg-type]
        db.close()
        env.vault.open_as_owner(Partner.A, PASS_A).lock()  # unchanged, and no try counted
        assert env.vault.backoff_state(Partner.A).failed_tries == 0
