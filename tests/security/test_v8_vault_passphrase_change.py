"""V8: each partner changes their own passphrase alone, knowing the old one; nobody resets the
other's; there are no recovery questions or hints (the schema has nowhere to put them)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from openup_desktop.vault import (
    ItemContent,
    ItemKind,
    Partner,
    PartnerAlreadySetUp,
    VaultError,
    VaultItem,
    VaultService,
    WeakPassphrase,
    WrongPassphrase,
    service,
)
from openup_desktop.vault.schema import create_vault_tables
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    find_in_files,
    open_app_db,
    save_as,
    vault_env,
)

NEW_A = "Velvet otter reads the tide"
OTHER_A = "Quiet harbour lamps at dusk"


def test_change_own_passphrase_keeps_every_item(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        moment = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="m", text="m"))
        reflection = save_as(
            env.vault, Partner.A, ItemKind.REFLECTION, ItemContent(title="r", text="r")
        )
        old_wrapped = env.db.execute(
            "SELECT wrapped_private_key, kdf_salt FROM vault_partners WHERE partner = 'A'"
        ).fetchone()

        assert env.vault.change_passphrase(Partner.A, PASS_A, NEW_A) == 0

        with pytest.raises(WrongPassphrase):
            env.vault.open_as_owner(Partner.A, PASS_A)
        env.clock.advance(60)
        with env.vault.open_as_owner(Partner.A, NEW_A) as session:
            assert session.failed_tries == {Partner.A: 1}
            assert {r.item_id for r in session.items()} == {moment, reflection}
        with env.vault.open_together(NEW_A, PASS_B) as session:
            assert [r.item_id for r in session.items() if isinstance(r, VaultItem)] == [moment]
        # B is untouched
        with env.vault.open_as_owner(Partner.B, PASS_B) as session:
            assert session.items() == []
        # the old wrapping (which the old passphrase could open) is gone from the live files
        new_wrapped = env.db.execute(
            "SELECT wrapped_private_key, kdf_salt FROM vault_partners WHERE partner = 'A'"
        ).fetchone()
        assert new_wrapped[0] != old_wrapped[0] and new_wrapped[1] != old_wrapped[1]
        assert find_in_files(env.data_dir, [old_wrapped[0][:32], old_wrapped[0][-32:]]) == []


def test_nobody_can_reset_or_change_the_others_passphrase(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        # B knows only their own passphrase: using it to change A's fails like a wrong try
        with pytest.raises(WrongPassphrase):
            env.vault.change_passphrase(Partner.A, PASS_B, "Sneaky new words for A")
        # setting A up again (a "reset") is refused
        with pytest.raises(PartnerAlreadySetUp):
            env.vault.set_up_partner(Partner.A, "Sneaky new words for A")
        env.clock.advance(60)
        env.vault.open_as_owner(Partner.A, PASS_A).lock()


def test_new_passphrase_must_follow_the_policy(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        for weak in ("short", "password123", "PASSWORD123", "aaaaaaaaaaaa"):
            with pytest.raises(WeakPassphrase) as error:
                env.vault.change_passphrase(Partner.A, PASS_A, weak)
            assert error.value.problems
        assert env.vault.backoff_state(Partner.A).failed_tries == 0
        env.vault.open_as_owner(Partner.A, PASS_A).lock()


def test_no_recovery_questions_or_hints_in_the_schema() -> None:
    conn = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(conn)
    create_vault_tables(db)
    columns = [
        (table, row[1])
        for table in db.table_names()
        for row in conn.execute(f"PRAGMA table_info({table})")
    ]
    for _table, column in columns:
        assert not any(word in column for word in ("hint", "question", "recovery", "answer"))
    conn.close()


class _OtherWindow:
    """A second connection to the same vault, which acts while this one is half-way through."""

    def __init__(self, data_dir: Path, act: Callable[[VaultService], object]) -> None:
        self.db = open_app_db(data_dir / "openup.db")
        self.vault = VaultService(self.db, kdf_params=FAST_KDF, clock=FakeClock())
        self.act = act
        self.armed = False

    def clock(self) -> float:
        """This window's clock: asked for the time once the passphrase row has been read."""
        if self.armed:
            self.armed = False
            self.act(self.vault)
        return 1_800_000_000.0


def test_a_change_made_elsewhere_meanwhile_wins_and_this_one_says_so(tmp_path: Path) -> None:
    """Two windows change A's passphrase at once: exactly one wins, the key is never lost."""

    def change_there(vault: VaultService) -> None:
        vault.change_passphrase(Partner.A, PASS_A, OTHER_A)
        with pytest.raises(WrongPassphrase):
            vault.open_as_owner(Partner.A, "a typo in the other window")

    with vault_env(tmp_path) as env:
        moment = save_as(env.vault, Partner.A, ItemKind.MOMENT, ItemContent(title="m", text="m"))
        other = _OtherWindow(env.data_dir, change_there)
        here = VaultService(env.db, kdf_params=FAST_KDF, clock=other.clock)
        other.armed = True
        with pytest.raises(VaultError, match="changed somewhere else"):
            here.change_passphrase(Partner.A, PASS_A, NEW_A)
        # the right old passphrase here is not counted against A; the typo there still is
        assert env.vault.backoff_state(Partner.A).failed_tries == 1
        for stale in (PASS_A, NEW_A):
            with pytest.raises(WrongPassphrase):
                env.vault.open_as_owner(Partner.A, stale)
        env.clock.advance(60)
        with env.vault.open_as_owner(Partner.A, OTHER_A) as session:
            assert [r.item_id for r in session.items()] == [moment]
        other.db.close()


def test_a_partner_set_up_elsewhere_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both windows set A up at once: the second is refused clearly, the first's key stays."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_app_db(folder / "openup.db")
    vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock())
    other = _OtherWindow(folder, lambda there: there.set_up_partner(Partner.A, OTHER_A))
    real_derive = service.derive_key

    def derive_while_the_other_window_sets_up(*args: Any) -> bytearray:
        other.clock()  # the other window finishes its set-up while this one derives its key
        return real_derive(*args)

    monkeypatch.setattr(service, "derive_key", derive_while_the_other_window_sets_up)
    other.armed = True
    with pytest.raises(PartnerAlreadySetUp):
        vault.set_up_partner(Partner.A, NEW_A)
    monkeypatch.undo()
    vault.open_as_owner(Partner.A, OTHER_A).lock()
    other.db.close()
    db.close()
