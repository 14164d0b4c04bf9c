"""Edges of a kept moment's content that mutation testing showed no test was holding.

Written against vault/items.py's public names only; the numbers are spelled out (1 MiB, a
512-byte bucket) so that moving a limit in the code shows up here.
"""

from __future__ import annotations

import hashlib

import pytest

from openup_desktop.vault.items import (
    ItemContent,
    content_aad,
    decrypt_content,
    join_shares,
    key_info,
    owner_tag_message,
    owner_tag_message_v2,
    pad,
    unpad,
)
from openup_desktop.vault.model import ItemKind, Partner

ONE_MIB = 1024 * 1024


def _content_of_size(size: int) -> ItemContent:
    overhead = len(ItemContent(title="t", text="").to_json_bytes())
    return ItemContent(title="t", text="x" * (size - overhead))


def test_a_moment_of_exactly_one_mebibyte_is_kept_and_one_byte_more_is_refused() -> None:
    assert len(_content_of_size(ONE_MIB).to_json_bytes()) == ONE_MIB
    with pytest.raises(ValueError, match="too long to keep"):
        _content_of_size(ONE_MIB + 1).to_json_bytes()


def test_words_in_any_language_are_kept_as_written_and_counted_by_their_real_size() -> None:
    words = "¿Qué sentiste cuando te escuché?"
    data = ItemContent(title="Ñandú", text=words).to_json_bytes()
    assert words.encode("utf-8") in data and "Ñandú".encode() in data
    # Escaped (\u00e9 ...), the same text would take up to six bytes per letter of the limit.
    assert len(_content_of_size(ONE_MIB).to_json_bytes()) == ONE_MIB
    roomy = ItemContent(title="t", text="é" * (ONE_MIB // 2 - 100))
    assert len(roomy.to_json_bytes()) < ONE_MIB


def test_content_that_fills_its_bucket_exactly_comes_back_whole() -> None:
    data = b"y" * (512 - 4)  # four bytes of length, then the content, no padding left
    padded = pad(data)
    assert len(padded) == 512
    assert unpad(padded) == data


@pytest.mark.parametrize(
    "content",
    [
        ItemContent(title="t", text="x", talk_id=5),  # type: ignore[arg-type]
        ItemContent(title="t", text="x", extra={"k": float("nan")}),
    ],
)
def test_content_that_would_not_read_back_the_same_is_refused(content: ItemContent) -> None:
    with pytest.raises(ValueError):
        content.to_json_bytes()


@pytest.mark.parametrize(
    "stored",
    [
        b'{"v":1,"title":"t","text":"x","talk_id":5}',
        b'{"v":1,"title":"t","text":"x","extra":["k"]}',
        b'{"v":1,"title":"t","text":"x","extra":{"k":[1]}}',
    ],
)
def test_stored_content_of_the_wrong_shape_is_refused(stored: bytes) -> None:
    with pytest.raises(ValueError, match="unexpected content"):
        ItemContent.from_json_bytes(stored)


def test_repr_never_shows_the_extra_details_someone_kept() -> None:
    content = ItemContent(title="t", text="x", extra={"feeling": "scared of losing you"})
    assert "scared of losing you" not in repr(content)


def test_content_and_key_bindings_differ_for_every_item_owner_holder_and_role() -> None:
    vault = b"v" * 16
    aads = {
        content_aad(vault, item, kind, owner)
        for item in ("0" * 32, "1" * 32)
        for kind in ItemKind
        for owner in Partner
    }
    assert len(aads) == 8
    infos = {
        key_info(vault, "0" * 32, ItemKind.MOMENT, Partner.A, holder, role)
        for holder in Partner
        for role in ("share", "owner")
    }
    assert len(infos) == 4


def test_the_owner_tag_message_is_frozen_so_vaults_already_on_disk_still_open() -> None:
    # A's owner copy sorts after A's share by its bytes but before it by role: order is pinned.
    rows = [("B", "share", b"s-b"), ("A", "owner", b"z-a"), ("A", "share", b"a-a")]

    def message(key_rows: list[tuple[str, str, bytes]]) -> bytes:
        return owner_tag_message(
            b"v" * 16, "0" * 32, ItemKind.MOMENT, Partner.A, b"n" * 12, b"c", key_rows
        )

    assert message(rows) == message(list(reversed(rows))) == message(rows[1:] + rows[:1])
    # Computed once with the released code: any change to the layout or the row order would
    # make every tag already stored fail, and every kept moment look tampered with.
    expected = "fc4f8970c199603270993f2ce8ff650210c7ddbee30ba47a41564eea5fa80a16"
    assert hashlib.sha256(message(rows)).hexdigest() == expected


def test_keys_shares_and_nonces_of_the_wrong_size_are_refused_plainly() -> None:
    for a, b in ((32, 31), (31, 32), (31, 31)):
        with pytest.raises(ValueError, match="share has the wrong size"):
            join_shares(bytearray(a), bytearray(b))
    for key, nonce in ((16, 12), (32, 16)):
        with pytest.raises(ValueError, match="bad key or nonce size"):
            decrypt_content(bytearray(key), b"n" * nonce, b"c" * 48, b"")


def test_the_owner_tag_covers_who_holds_each_row_whatever_order_the_rows_come_in() -> None:
    """The tag (V5, V8) must verify however the database returns the rows, and must change
    when a row is relabelled, even the other partner's share whose bytes it leaves out."""

    def message(rows: list[tuple[str, str, bytes]]) -> bytes:
        return owner_tag_message_v2(b"v" * 16, "item", ItemKind.MOMENT, Partner.A, b"n", b"c", rows)

    # the owner's copy sorts after the owner's share by its bytes: order is holder, then role
    rows = [("A", "owner", b"\xff" * 8), ("A", "share", b"\x00" * 8), ("B", "share", b"\x01" * 8)]
    assert message(rows) == message(list(reversed(rows))) == message(rows[1:] + rows[:1])
    assert message(rows) != message([rows[0], rows[1], ("B", "owner", b"\x01" * 8)])
    assert message(rows) != message([rows[0], rows[1], ("A", "share", b"\x01" * 8)])
    assert message(rows) == message([*rows[:2], ("B", "share", b"re-sealed")])  # V8
    # and the message stays what vaults already saved were tagged with (a known answer)
    known = "5dcbde3be5b272ec9f4ade89024c21885e96155a1e7cf804650eec37f9e6c38a"
    assert hashlib.sha256(message(rows)).hexdigest() == known
