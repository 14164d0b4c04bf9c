"""V7, the memory side: once the vault is done with a key, the bytes it held are zeros.

The attack: a memory dump (a crash report, a swapped-out page, a debugger) taken after the vault
was locked. Python can't promise no copy exists anywhere, but every buffer the vault itself
owns -- private keys, passphrase-derived wrapping keys, item data keys and their two shares --
must be zeroed as soon as the operation that needed it ends, on success and on failure alike.

The test watches where those buffers are made (the key pair class, the key derivation, the
opening of a key row, sealed or wrapped, the share split and join, the content encryption and
decryption) and looks at every one of them afterwards. This is the one vault test that knows
those internals by name: if the key wrap is reorganised, point the watch at the new places
instead of dropping it.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from openup_desktop.vault import (
    DamagedItem,
    ItemDamaged,
    ItemKind,
    Partner,
    VaultDataAltered,
    VaultItem,
    VaultService,
    WrongPassphrase,
    repository,
    service,
)
from openup_desktop.vault.errors import SameAsPartner
from openup_desktop.vault.items import key_info
from openup_desktop.vault.keys import PartnerKeyPair
from tests.security.vault_support import (
    FAST_KDF,
    PASS_A,
    PASS_B,
    FakeClock,
    content,
    memory_db,
    swap_in_another_private_key,
)

NEW_A = "Velvet otter reads the tide"


class KeyWatch:
    """Every secret buffer the vault makes while the watch is on, to inspect afterwards."""

    def __init__(self) -> None:
        self.pairs: list[PartnerKeyPair] = []
        self.buffers: list[tuple[str, bytearray]] = []

    def keep(self, what: str, buffer: object) -> None:
        assert isinstance(buffer, bytearray), f"{what} is not a buffer that can be zeroed"
        self.buffers.append((what, buffer))

    def left_over(self) -> list[str]:
        """What still holds key bytes (empty = every secret was zeroed)."""
        found = [f"{what} ({len(buf)} bytes)" for what, buf in self.buffers if any(buf)]
        found += [f"key pair of {pair.partner}" for pair in self.pairs if not pair.wiped]
        found += [
            f"key pair buffer of {pair.partner}"
            for pair in self.pairs
            for buf in (pair._secret, pair._auth_key)
            if any(buf)
        ]
        return found


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyWatch]:
    seen = KeyWatch()
    real_init = PartnerKeyPair.__init__
    real_open = PartnerKeyPair.open_sealed
    real_open_row = PartnerKeyPair.open_key_row

    def init(self: PartnerKeyPair, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        seen.pairs.append(self)

    def open_sealed(self: PartnerKeyPair, *args: Any, **kwargs: Any) -> bytearray:
        secret = real_open(self, *args, **kwargs)
        seen.keep("an opened item key", secret)
        return secret

    def open_key_row(self: PartnerKeyPair, *args: Any, **kwargs: Any) -> bytearray:
        # since the row keys most item keys are wrapped, not sealed: opened here, not above
        secret = real_open_row(self, *args, **kwargs)
        seen.keep("an opened item key", secret)
        return secret

    def returned(name: str, what: str) -> None:
        real: Callable[..., Any] = getattr(service, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = real(*args, **kwargs)
            for part in result if isinstance(result, tuple) else (result,):
                seen.keep(what, part)
            return result

        monkeypatch.setattr(service, name, wrapper)

    def first_argument(name: str, what: str) -> None:
        real: Callable[..., Any] = getattr(service, name)

        def wrapper(key: bytearray, *args: Any, **kwargs: Any) -> Any:
            seen.keep(what, key)
            return real(key, *args, **kwargs)

        monkeypatch.setattr(service, name, wrapper)

    monkeypatch.setattr(PartnerKeyPair, "__init__", init)
    monkeypatch.setattr(PartnerKeyPair, "open_sealed", open_sealed)
    monkeypatch.setattr(PartnerKeyPair, "open_key_row", open_key_row)
    returned("derive_key", "a passphrase-derived wrapping key")
    returned("split_key", "a share of a data key")
    returned("join_shares", "a data key joined from its shares")
    first_argument("encrypt_content", "a new item's data key")
    first_argument("decrypt_content", "the data key an item was read with")
    yield seen


def _vault() -> VaultService:
    vault = VaultService(memory_db(), kdf_params=FAST_KDF, clock=FakeClock())
    vault.set_up_partner(Partner.A, PASS_A)
    vault.set_up_partner(Partner.B, PASS_B)
    return vault


def test_set_up_save_read_and_lock_leave_no_key_bytes(watch: KeyWatch) -> None:
    vault = _vault()
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        moment = session.save(ItemKind.MOMENT, content("m", "ours"))
        session.save(ItemKind.REFLECTION, content("r", "mine"))
        assert len(session.items()) == 2
    with vault.open_together(PASS_A, PASS_B) as session:
        assert session.read(moment).content.text == "ours"  # through both shares
        session.read_through_shares = False
        assert session.read(moment).content.text == "ours"  # through the owner's copy
    assert watch.pairs and watch.buffers
    assert watch.left_over() == []


def test_wrong_passphrases_leave_no_key_bytes(watch: KeyWatch) -> None:
    vault = _vault()
    with pytest.raises(WrongPassphrase):
        vault.open_as_owner(Partner.A, PASS_B)
    with pytest.raises(WrongPassphrase):
        vault.open_together(PASS_A, "not the right words at all")  # A's key did open
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(Partner.B, PASS_A, NEW_A)
    assert watch.left_over() == []


def test_a_set_up_refused_as_the_others_passphrase_zeroes_the_key_it_opened(
    watch: KeyWatch,
) -> None:
    """Proving a chosen passphrase is the other partner's opens the other's private key: that
    key must be zeroes again before the refusal is reported."""
    vault = VaultService(memory_db(), kdf_params=FAST_KDF, clock=FakeClock())
    vault.set_up_partner(Partner.A, PASS_A)
    with pytest.raises(SameAsPartner):
        vault.set_up_partner(Partner.B, PASS_A)
    assert [pair.partner for pair in watch.pairs] == [Partner.A, Partner.A]  # made, then opened
    assert watch.left_over() == []


def test_a_passphrase_change_leaves_no_key_bytes_old_or_new(watch: KeyWatch) -> None:
    vault = _vault()
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        session.save(ItemKind.MOMENT, content("m", "ours"))
    assert vault.change_passphrase(Partner.A, PASS_A, NEW_A) == 0
    with vault.open_together(NEW_A, PASS_B) as session:
        assert [type(r) for r in session.items()] == [VaultItem]
    assert watch.left_over() == []


def test_a_session_dropped_without_lock_still_zeroes_its_keys(watch: KeyWatch) -> None:
    vault = _vault()
    session = vault.open_together(PASS_A, PASS_B)
    assert session.partners == {Partner.A, Partner.B}
    del session
    gc.collect()
    assert watch.left_over() == []


def test_a_disk_error_at_the_end_of_an_unlock_or_a_change_leaves_no_key_bytes(
    watch: KeyWatch, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The passphrase matched, then writing "no failed tries" failed (disk full, say)."""
    vault = _vault()
    real_save = repository.save_attempts
    failures = {"left": 0}

    def save_attempts(conn: sqlite3.Connection, partner: Partner, count: int, last: Any) -> None:
        if count == 0 and last is None and failures["left"]:
            failures["left"] -= 1
            raise sqlite3.OperationalError("disk I/O error")
        real_save(conn, partner, count, last)

    monkeypatch.setattr(repository, "save_attempts", save_attempts)
    for attempt in (
        lambda: vault.open_as_owner(Partner.A, PASS_A),
        lambda: vault.open_together(PASS_A, PASS_B),
        lambda: vault.change_passphrase(Partner.A, PASS_A, NEW_A),
    ):
        failures["left"] = 1
        with pytest.raises(sqlite3.OperationalError):
            attempt()
    assert watch.left_over() == []
    vault.open_as_owner(Partner.A, PASS_A).lock()  # nothing was changed by the failed change


def test_a_damaged_share_still_zeroes_the_other_share(watch: KeyWatch) -> None:
    vault = _vault()
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        moment = session.save(ItemKind.MOMENT, content("m", "ours"))
    db = vault.db
    where = "item_id = ? AND holder = 'B' AND role = 'share'"
    sealed = db.execute(f"SELECT sealed FROM vault_item_keys WHERE {where}", [moment]).fetchone()[0]
    flipped = sealed[:-1] + bytes([sealed[-1] ^ 1])
    db.execute(f"UPDATE vault_item_keys SET sealed = ? WHERE {where}", [flipped, moment])
    db.conn.commit()
    with vault.open_together(PASS_A, PASS_B) as session:
        assert [type(r) for r in session.items()] == [DamagedItem]
    assert watch.left_over() == []


def test_a_swapped_in_private_key_is_zeroed_when_refused(watch: KeyWatch) -> None:
    vault = _vault()
    swap_in_another_private_key(vault.db, Partner.A, PASS_A)
    with pytest.raises(VaultDataAltered):
        vault.open_as_owner(Partner.A, PASS_A)
    assert watch.left_over() == []


def test_a_share_rewrapped_to_a_wrong_key_is_refused_and_the_key_tried_is_zeroed(
    watch: KeyWatch,
) -> None:
    """B holds their own row key, so B can put any 32 bytes in their share of A's moment, bound
    to the right item: the share opens, the joined key is wrong, and the content's AES-GCM check
    refuses it. The moment is shown as altered, and the wrong key it was tried with is zeroed
    all the same."""
    vault = _vault()
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        moment = session.save(ItemKind.MOMENT, content("m", "ours"))
    with vault.open_as_owner(Partner.B, PASS_B) as b_session:
        info = key_info(b_session._vault_id, moment, ItemKind.MOMENT, Partner.A, Partner.B, "share")
        forged = b_session._keys[Partner.B].wrap_secret(bytes(range(32)), info)
    where = "item_id = ? AND holder = 'B' AND role = 'share'"
    vault.db.execute(f"UPDATE vault_item_keys SET sealed = ? WHERE {where}", [forged, moment])
    vault.db.conn.commit()
    with vault.open_together(PASS_A, PASS_B) as session:
        assert [type(r) for r in session.items()] == [DamagedItem]
        with pytest.raises(ItemDamaged):
            session.read(moment)
    with vault.open_as_owner(Partner.A, PASS_A) as session:
        assert session.read(moment).content.text == "ours"  # A's own copy was never touched
    assert watch.left_over() == []
