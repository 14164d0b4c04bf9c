"""The vault list a page at a time, newest first, and the count shown while it fills in.

The bridge tests drive these through Qt; these check the session's own promises directly, so
mutation testing of vault/service.py can judge them: the same items as a full listing, newest
first, a small first page then larger ones (never an empty page), the kind asked for only,
no reflection in a together listing (V4), sealed rows moved as they are read, and a lock
between pages ends the listing instead of going on without keys (V7).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from openup_desktop.vault import (
    ItemKind,
    Partner,
    SessionLocked,
    VaultItem,
    VaultService,
)
from openup_desktop.vault.keys import WRAPPED_SECRET_BYTES
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    content,
    memory_db,
    open_app_db,
    save_as,
    set_up_vault,
)

FIXTURE = Path(__file__).parents[1] / "security" / "fixtures" / "vault_sealed_rows.db"
#: What each partner saves, oldest first.
SAVED = [
    (Partner.A, ItemKind.MOMENT, "a1"),
    (Partner.B, ItemKind.MOMENT, "b1"),
    (Partner.A, ItemKind.REFLECTION, "ar1"),
    (Partner.A, ItemKind.MOMENT, "a2"),
    (Partner.B, ItemKind.REFLECTION, "br1"),
    (Partner.A, ItemKind.MOMENT, "a3"),
    (Partner.A, ItemKind.REFLECTION, "ar2"),
    (Partner.A, ItemKind.MOMENT, "a4"),
]


@pytest.fixture(scope="module")
def vault() -> VaultService:
    service = set_up_vault(memory_db())
    for owner, kind, title in SAVED:
        save_as(service, owner, kind, content(title))
    return service


def _titles(pages: list[list[object]]) -> list[list[str]]:
    return [[r.content.title for r in page if isinstance(r, VaultItem)] for page in pages]


def test_pages_come_newest_first_a_small_one_then_larger_ones(vault: VaultService) -> None:
    mine = [t for o, _k, t in reversed(SAVED) if o is Partner.A]  # a4 ar2 a3 a2 ar1 a1
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        # pages count stored rows (newest first: a4 ar2 | a3 br1 a2 | ar1 b1 a1); B's rows in
        # them are not A's to see, so A's pages hold 2, 2 and 2 items
        pages = _titles(list(session.items_newest_first(first=2, batch=3)))
        assert pages == [["a4", "ar2"], ["a3", "a2"], ["ar1", "a1"]]
        everything = {r.content.title for r in session.items() if isinstance(r, VaultItem)}
        assert everything == set(mine)
        # a page is never empty, whatever the caller asks for
        assert _titles(list(session.items_newest_first(first=0, batch=0))) == [[t] for t in mine]
        assert _titles(list(session.items_newest_first(first=1, batch=6)))[0] == mine[:1]


def test_a_listing_shows_only_the_kind_asked_for(vault: VaultService) -> None:
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        pages = _titles(list(session.items_newest_first("reflection", first=3, batch=3)))
        assert [t for page in pages for t in page] == ["ar2", "ar1"]
        assert session.listing_size("reflection") == 2
        assert session.listing_size(ItemKind.MOMENT) == 4
        assert session.listing_size() == 6


def test_together_the_list_and_its_count_hold_both_moments_and_no_reflection(
    vault: VaultService,
) -> None:
    moments = [t for _o, k, t in reversed(SAVED) if k is ItemKind.MOMENT]
    with vault.open_together(PASS_A, PASS_B) as session:
        pages = _titles(list(session.items_newest_first(first=2, batch=10)))
        assert [t for page in pages for t in page] == moments
        assert session.listing_size() == len(moments) == 5
        assert session.listing_size("moment") == 5
        assert session.listing_size("reflection") == 0
    with vault.open_as_owner(Partner.B, PASS_B) as session:
        assert session.listing_size() == 2  # B's own moment and reflection only


def test_a_lock_between_pages_ends_the_listing(vault: VaultService) -> None:
    session = vault.open_as_owner(Partner.A, PASS_A)
    pages = session.items_newest_first(first=1, batch=1)
    assert _titles([next(pages)]) == [["a4"]]
    session.lock()
    with pytest.raises(SessionLocked):
        next(pages)
    with pytest.raises(SessionLocked):
        next(session.items_newest_first())
    with pytest.raises(SessionLocked):
        session.listing_size()


def test_paging_through_an_old_vault_moves_its_sealed_rows(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURE, tmp_path / "openup.db")
    db = open_app_db(tmp_path / "openup.db")
    vault = VaultService(db, kdf_params=FAST_KDF, clock=FakeClock())
    with vault.open_together(PASS_A, PASS_B) as session:
        assert sum(len(page) for page in session.items_newest_first(first=1, batch=1)) == 3
    # every row of every moment moved (reflections have only their owner's copy, not read here)
    moment_rows = db.execute(
        "SELECT length(k.sealed) FROM vault_item_keys k JOIN vault_items i USING (item_id) "
        "WHERE i.kind = 'moment'"
    ).fetchall()
    assert moment_rows and {n for (n,) in moment_rows} == {WRAPPED_SECRET_BYTES}
    db.close()
