"""V2, V4, V9: who can read what — together, owner alone, the other partner alone.

V2: a moment opens for both partners together or for its owner alone; never for the other
partner alone, neither through the app nor with the database and their own private key.
V4: a reflection opens for its author alone — not for the other, and not in a together session.
V9: an item can only be saved in the name of a partner who unlocked in this sitting.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openup_desktop.vault import (
    DamagedItem,
    ItemContent,
    ItemKind,
    NotAllowed,
    Partner,
    SessionMode,
    VaultItem,
    VaultNotSetUp,
    VaultService,
)
from openup_desktop.vault.items import content_aad, key_info
from openup_desktop.vault.keys import WRAPPED_SECRET_BYTES
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    PASSPHRASES,
    memory_db,
    set_up_vault,
    vault_env,
)

ITEM = st.tuples(st.sampled_from(list(Partner)), st.sampled_from(list(ItemKind)))


def _expected(
    saved: dict[str, tuple[Partner, ItemKind]], mode: SessionMode, me: Partner | None
) -> set[str]:
    """The rule under test, written plainly."""
    if mode is SessionMode.TOGETHER:
        return {i for i, (_, kind) in saved.items() if kind is ItemKind.MOMENT}
    return {i for i, (owner, _) in saved.items() if owner is me}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(plan=st.lists(ITEM, min_size=1, max_size=6))
def test_access_matrix(plan: list[tuple[Partner, ItemKind]]) -> None:
    db = memory_db()
    vault = set_up_vault(db)
    saved: dict[str, tuple[Partner, ItemKind]] = {}
    for n, (owner, kind) in enumerate(plan):
        with vault.open_as_owner(owner, PASSPHRASES[owner]) as session:
            item_id = session.save(kind, ItemContent(title=f"#{n}", text=f"{owner}/{kind}/{n}"))
        saved[item_id] = (owner, kind)

    sessions = {
        "together": vault.open_together(PASS_A, PASS_B),
        "A alone": vault.open_as_owner(Partner.A, PASS_A),
        "B alone": vault.open_as_owner(Partner.B, PASS_B),
    }
    try:
        for name, session in sessions.items():
            readable = _expected(saved, session.mode, session.owner)
            listed = session.items()
            assert not [r for r in listed if isinstance(r, DamagedItem)], name
            assert {r.item_id for r in listed} == readable, name
            for item_id, (owner, kind) in saved.items():
                if item_id in readable:
                    item = session.read(item_id)
                    assert isinstance(item, VaultItem)
                    assert item.content.text.startswith(f"{owner}/{kind}/"), name
                    assert (item.owner, item.kind) == (owner, kind)
                else:
                    with pytest.raises(NotAllowed):
                        session.read(item_id)
    finally:
        for session in sessions.values():
            session.lock()
        db.close()


@pytest.mark.parametrize("opened_together_since", [False, True])
def test_other_partner_with_database_and_own_key_cannot_read(
    tmp_path: Path, opened_together_since: bool
) -> None:
    """V2 below the app: B holds the database file and B's private key (and so B's row key),
    and tries everything — on rows as A saved them alone (B's share sealed to B's public key)
    and after a together session moved every row to the wrapped form."""
    with vault_env(tmp_path) as env:
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            moment = session.save(ItemKind.MOMENT, ItemContent(title="t", text="a's moment"))
            reflection = session.save(ItemKind.REFLECTION, ItemContent(title="t", text="a's own"))
        if opened_together_since:
            with env.vault.open_together(PASS_A, PASS_B) as together:
                assert len(together.items()) == 1
            sizes = {len(r[0]) for r in env.db.execute("SELECT sealed FROM vault_item_keys")}
            assert sizes == {WRAPPED_SECRET_BYTES}
        with env.vault.open_as_owner(Partner.B, PASS_B) as b_session:
            b_key = b_session._keys[Partner.B]
            vault_id = b_session._vault_id
            for item_id, kind in ((moment, ItemKind.MOMENT), (reflection, ItemKind.REFLECTION)):
                row = env.db.execute(
                    "SELECT nonce, ciphertext FROM vault_items WHERE item_id = ?", (item_id,)
                ).fetchone()
                keys = env.db.execute(
                    "SELECT holder, role, sealed FROM vault_item_keys WHERE item_id = ?",
                    (item_id,),
                ).fetchall()
                aad = content_aad(vault_id, item_id, kind, Partner.A)
                opened = []
                for holder, role, sealed in keys:
                    # every sealed key, with every plausible info, using B's private key
                    for info_holder in Partner:
                        for info_role in ("share", "owner"):
                            info = key_info(
                                vault_id, item_id, kind, Partner.A, info_holder, info_role
                            )
                            with contextlib.suppress(InvalidTag, ValueError):
                                opened.append(
                                    (holder, role, bytes(b_key.open_key_row(sealed, info)))
                                )
                if kind is ItemKind.REFLECTION:
                    assert opened == [], "B opened something of A's reflection"
                    continue
                # Only B's own share opens; it is not the data key and decrypts nothing.
                assert [(h, r) for h, r, _ in opened] == [("B", "share")]
                with pytest.raises(InvalidTag):
                    AESGCM(opened[0][2]).decrypt(row[0], row[1], aad)


def test_save_only_in_the_name_of_an_unlocked_partner(tmp_path: Path) -> None:
    """V9: a session can't save an item owned by someone who didn't type their passphrase."""
    with vault_env(tmp_path) as env, env.vault.open_as_owner(Partner.A, PASS_A) as session:
        with pytest.raises(NotAllowed):
            session.save(ItemKind.MOMENT, ItemContent(title="t", text="x"), owner=Partner.B)
        assert session.save(ItemKind.MOMENT, ItemContent(title="t", text="x"), owner="A")


def test_together_session_never_shows_reflections_even_the_typists_own(tmp_path: Path) -> None:
    """V4: opening together shows moments only; each reflection stays with its author."""
    with vault_env(tmp_path) as env:
        ids = {}
        for partner in Partner:
            with env.vault.open_as_owner(partner, PASSPHRASES[partner]) as session:
                ids[partner] = session.save(ItemKind.REFLECTION, ItemContent(title="r", text="r"))
        with env.vault.open_together(PASS_A, PASS_B) as session:
            assert session.items() == []
            assert session.items(ItemKind.REFLECTION) == []
            for item_id in ids.values():
                with pytest.raises(NotAllowed):
                    session.read(item_id)
        for partner, item_id in ids.items():
            with env.vault.open_as_owner(partner, PASSPHRASES[partner]) as session:
                assert session.read(item_id).content.text == "r"
            other = partner.other
            with (
                env.vault.open_as_owner(other, PASSPHRASES[other]) as session,
                pytest.raises(NotAllowed),
            ):
                session.read(item_id)


def test_moment_needs_both_partners_set_up() -> None:
    """A moment's second share goes to the other partner, so both must exist first."""
    db = memory_db()
    vault = VaultService(db, kdf_params=FAST_KDF)
    vault.set_up_partner(Partner.A, PASS_A)
    assert vault.partners_set_up() == {Partner.A}
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        with pytest.raises(VaultNotSetUp):
            session.save(ItemKind.MOMENT, ItemContent(title="t", text="x"))
        reflection = session.save(ItemKind.REFLECTION, ItemContent(title="t", text="x"))
        assert session.read(reflection).content.text == "x"
    with pytest.raises(VaultNotSetUp):
        vault.open_together(PASS_A, PASS_B)
    with pytest.raises(VaultNotSetUp):
        vault.open_as_owner(Partner.B, PASS_B)
    db.close()


def test_a_refused_read_says_why_in_words_that_fit_the_session(tmp_path: Path) -> None:
    """Together, a reflection is refused as private; alone, the partner's item as theirs."""
    with vault_env(tmp_path) as env:
        with env.vault.open_as_owner(Partner.A, PASS_A) as session:
            note = session.save(ItemKind.REFLECTION, ItemContent(title="r", text="mine"))
            moment = session.save(ItemKind.MOMENT, ItemContent(title="m", text="ours"))
        with env.vault.open_together(PASS_A, PASS_B) as session:
            with pytest.raises(NotAllowed) as together:
                session.read(note)
            assert "private" in together.value.message
            assert "both here" not in together.value.message
        with env.vault.open_as_owner(Partner.B, PASS_B) as session:
            for item_id in (note, moment):
                with pytest.raises(NotAllowed) as alone:
                    session.read(item_id)
                assert "both here" in alone.value.message
                assert "private" not in alone.value.message
