"""The largest moment the vault accepts (1 MiB of content) is kept and reads back whole.

Reading checks the stored ciphertext against a size bound before decrypting (odd input is
refused early); that bound must leave room for the biggest item the vault itself writes, or a
long moment would be reported as damaged the next time it is opened.
"""

from __future__ import annotations

from openup_desktop.vault import ItemContent, ItemKind, Partner
from tests.security.vault_support import PASS_A, memory_db, set_up_vault


def test_the_largest_moment_allowed_reads_back_whole() -> None:
    vault = set_up_vault(memory_db())
    empty = ItemContent(title="t", text="", created_at="2025-01-01")
    overhead = len(empty.to_json_bytes())
    biggest = ItemContent(title="t", text="x" * (1024 * 1024 - overhead), created_at="2025-01-01")
    assert len(biggest.to_json_bytes()) == 1024 * 1024
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        item_id = session.save(ItemKind.REFLECTION, biggest)
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert session.read(item_id).content == biggest
