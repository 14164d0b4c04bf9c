"""V2, the two-of-two path: together, each moment also opens through its two XOR shares.

The app opens moments together through the owner's copy (one unseal, since both keys are
unlocked); these tests make sure the shares themselves stay correct and tamper-evident, and that
either share alone reveals nothing.
"""

from __future__ import annotations

from openup_desktop.vault import DamagedItem, ItemKind, Partner, VaultItem
from tests.security.vault_support import PASS_A, PASS_B, content, memory_db, save_as, set_up_vault


def test_every_moment_opens_through_both_shares_together():
    db = memory_db()
    service = set_up_vault(db)
    save_as(service, Partner.A, ItemKind.MOMENT, content("a", "shared by A"))
    save_as(service, Partner.B, ItemKind.MOMENT, content("b", "shared by B"))
    with service.open_together(PASS_A, PASS_B) as session:
        session.read_through_shares = True
        items = session.items(ItemKind.MOMENT)
    assert sorted(i.content.text for i in items if isinstance(i, VaultItem)) == [
        "shared by A",
        "shared by B",
    ]


def test_a_damaged_share_is_reported_when_reading_through_shares():
    db = memory_db()
    service = set_up_vault(db)
    save_as(service, Partner.A, ItemKind.MOMENT, content("a", "shared by A"))
    row = db.execute(
        "SELECT rowid, sealed FROM vault_item_keys WHERE holder = 'B' AND role != 'owner'"
    ).fetchone()
    flipped = bytearray(row[1])
    flipped[len(flipped) // 2] ^= 0x01
    db.execute("UPDATE vault_item_keys SET sealed = ? WHERE rowid = ?", [bytes(flipped), row[0]])
    with service.open_together(PASS_A, PASS_B) as session:
        session.read_through_shares = True
        (only,) = session.items(ItemKind.MOMENT)
    assert isinstance(only, DamagedItem)


def test_read_through_the_owners_copy_a_damaged_share_does_not_matter():
    """The quick way (read_through_shares off) opens each moment with its owner's copy alone;
    both private keys are unlocked, so this reads nothing the shares wouldn't."""
    db = memory_db()
    service = set_up_vault(db)
    save_as(service, Partner.A, ItemKind.MOMENT, content("a", "shared by A"))
    # B's share of A's moment is the one row A's tag can't cover byte for byte (B re-seals it)
    db.execute(
        "UPDATE vault_item_keys SET sealed = zeroblob(length(sealed)) "
        "WHERE holder = 'B' AND role = 'share'"
    )
    with service.open_together(PASS_A, PASS_B) as session:
        assert session.read_through_shares  # the careful way is the default
        assert [type(i) for i in session.items()] == [DamagedItem]
        session.read_through_shares = False
        (only,) = session.items(ItemKind.MOMENT)
    assert isinstance(only, VaultItem) and only.content.text == "shared by A"
