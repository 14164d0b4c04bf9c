"""V5, ownership proven: the owner column is never trusted on its own (issue #13, finding 5).

The attack: B edits the file to name B as the owner of A's moment, then withdraws it in B's own
session (it used to vanish silently); or flips it before A's "take back all", so A's moment
survived. Now only what the owner's key proves is theirs to withdraw.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from openup_desktop.vault import ItemDamaged, ItemKind, NotAllowed, Partner, VaultItem
from tests.security.vault_support import PASS_A, PASS_B, content, save_as, vault_env


def _flip_owner(env: object, item_id: str, owner: str) -> None:
    db = env.db  # type: ignore[attr-defined]
    db.execute("UPDATE vault_items SET owner = ? WHERE item_id = ?", [owner, item_id])
    db.conn.commit()


def _exists(env: object, item_id: str) -> bool:
    db = env.db  # type: ignore[attr-defined]
    row = db.execute("SELECT 1 FROM vault_items WHERE item_id = ?", [item_id]).fetchone()
    return row is not None


def test_owner_column_flipped_to_b_is_refused_as_altered(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        a_moment = save_as(env.vault, Partner.A, ItemKind.MOMENT, content("a"))
        a_note = save_as(env.vault, Partner.A, ItemKind.REFLECTION, content("n"))
        _flip_owner(env, a_moment, "B")
        _flip_owner(env, a_note, "B")
        with env.vault.open_as_owner(Partner.B, PASS_B) as session:
            for target in (a_moment, a_note):
                with pytest.raises(ItemDamaged) as error:
                    session.withdraw(target)
                assert "altered or damaged" in str(error.value)
            assert session.withdraw_all(include_reflections=True).removed == 0
        assert _exists(env, a_moment) and _exists(env, a_note)
        # the owner-only read is refused too: B's key doesn't prove the relabelled item
        with env.vault.open_as_owner(Partner.B, PASS_B) as session:
            results = session.items()
            assert not [r for r in results if isinstance(r, VaultItem)]
            with pytest.raises(ItemDamaged):
                session.read(a_note)


def test_take_back_all_takes_exactly_what_the_owners_key_proves(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        mine = [save_as(env.vault, Partner.A, ItemKind.MOMENT, content(str(n))) for n in range(3)]
        theirs = save_as(env.vault, Partner.B, ItemKind.MOMENT, content("b"))
        _flip_owner(env, mine[0], "B")  # hidden from A's "take back all" by the column
        _flip_owner(env, theirs, "A")  # B's moment dressed up as A's
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            assert session.withdraw_all().removed == 3
        assert not any(_exists(env, i) for i in mine)
        assert _exists(env, theirs)  # not A's to take, whatever the column says


def test_a_session_withdrawing_something_not_theirs_is_not_allowed(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        theirs = save_as(env.vault, Partner.B, ItemKind.MOMENT, content("b"))
        with env.vault.open_as_owner(Partner.A, PASS_A) as session, pytest.raises(NotAllowed):
            session.withdraw(theirs)
        assert _exists(env, theirs)


def test_editing_the_others_note_is_refused_and_their_note_stays(tmp_path: Path) -> None:
    """The attack: B passes A's note id as "the note I am replacing", hoping it gets deleted."""
    with vault_env(tmp_path) as env:
        a_note = save_as(env.vault, Partner.A, ItemKind.REFLECTION, content("a's note"))
        for owner in ("A", "B"):  # as it is, and relabelled as B's
            _flip_owner(env, a_note, owner)
            with env.vault.open_as_owner(Partner.B, PASS_B) as session:
                with pytest.raises(ItemDamaged):
                    session.replace_reflection(a_note, content("b's words"))
                # and B's replacement was not kept either (A's relabelled note shows as damaged)
                assert not [r for r in session.items() if isinstance(r, VaultItem)]
            assert _exists(env, a_note)
        _flip_owner(env, a_note, "A")
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            assert session.read(a_note).content.title == "a's note"


def test_take_back_all_leaves_the_others_damaged_items_alone(tmp_path: Path) -> None:
    """An item whose stored fields no longer parse proves nobody's ownership: not A's to take."""
    with vault_env(tmp_path) as env:
        theirs = save_as(env.vault, Partner.B, ItemKind.MOMENT, content("b"))
        env.db.execute("UPDATE vault_items SET owner_tag = x'00' WHERE item_id = ?", [theirs])
        env.db.conn.commit()
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            assert session.withdraw_all(include_reflections=True).removed == 0
            with pytest.raises(NotAllowed):
                session.withdraw(theirs)
        assert _exists(env, theirs)
