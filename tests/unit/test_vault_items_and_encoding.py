"""Unit tests for item padding, content JSON, key splitting and the context encoding."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openup_desktop.vault.items import (
    MAX_CONTENT_BYTES,
    ItemBindings,
    ItemContent,
    bucket_size,
    content_aad,
    join_shares,
    key_info,
    pad,
    split_key,
    unpad,
)
from openup_desktop.vault.model import (
    ItemKind,
    Partner,
    encode_context,
    parse_kind,
    parse_partner,
)


@pytest.mark.parametrize(
    ("length", "bucket"),
    [(0, 512), (512, 512), (513, 1024), (65536, 65536), (65537, 131072), (200_000, 262144)],
)
def test_bucket_sizes(length: int, bucket: int) -> None:
    assert bucket_size(length) == bucket


@given(st.binary(max_size=5000))
def test_pad_round_trip_and_bucketed(data: bytes) -> None:
    padded = pad(data)
    assert len(padded) == bucket_size(len(padded)) >= len(data) + 4
    assert unpad(padded) == data


def test_lengths_in_one_bucket_look_the_same() -> None:
    assert len(pad(b"a")) == len(pad(b"a" * 400))


@pytest.mark.parametrize(
    "bad",
    [
        b"",
        b"\x00\x00\x00",
        bytes(511),
        b"\x00\x00\x02\x00" + bytes(508),
        b"\x00\x00\x00\x01x1" + bytes(506),
    ],
)
def test_unpad_rejects_bad_framing(bad: bytes) -> None:
    with pytest.raises(ValueError):
        unpad(bad)


@given(
    title=st.text(max_size=50),
    text=st.text(max_size=500),
    talk=st.one_of(st.none(), st.text(max_size=20)),
    extra=st.dictionaries(
        st.text(max_size=8),
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
        max_size=3,
    ),
)
def test_content_json_round_trip(title: str, text: str, talk: str | None, extra: dict) -> None:
    content = ItemContent(
        title=title, text=text, talk_id=talk, created_at="2025-01-01T00:00:00+00:00", extra=extra
    )
    assert ItemContent.from_json_bytes(content.to_json_bytes()) == content


def test_content_rejects_wrong_types_and_oversize() -> None:
    with pytest.raises(ValueError):
        ItemContent(title=1, text="x").to_json_bytes()  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ItemContent(title="t", text="x", extra={"k": [1, 2]}).to_json_bytes()  # type: ignore[dict-item]
    with pytest.raises(ValueError):
        ItemContent(title="t", text="x" * (MAX_CONTENT_BYTES + 1)).to_json_bytes()
    for bad in (
        b"[]",
        b'{"v": 2, "title": "t", "text": "x"}',
        b'{"v": 1, "title": 3, "text": "x"}',
    ):
        with pytest.raises(ValueError):
            ItemContent.from_json_bytes(bad)


def test_xor_shares_recombine_and_look_random() -> None:
    key = bytearray(os.urandom(32))
    a, b = split_key(key)
    assert join_shares(a, b) == key
    assert a != key and b != key
    a2, _ = split_key(key)
    assert a2 != a  # fresh randomness each time


@given(
    st.lists(st.one_of(st.binary(max_size=8), st.text(max_size=8), st.integers(-5, 5)), max_size=4),
    st.lists(st.one_of(st.binary(max_size=8), st.text(max_size=8), st.integers(-5, 5)), max_size=4),
)
def test_encode_context_is_injective(a: list, b: list) -> None:
    if [(type(x), x) for x in a] != [(type(x), x) for x in b]:
        assert encode_context("L", *a) != encode_context("L", *b)


def test_encode_context_refuses_bool() -> None:
    with pytest.raises(TypeError):
        encode_context("L", True)


@pytest.mark.parametrize("value", ["C", "a", "", None, 1, b"A"])
def test_parse_partner_rejects_odd_values(value: object) -> None:
    with pytest.raises(ValueError):
        parse_partner(value)
    with pytest.raises(ValueError):
        parse_kind(value)


def test_partner_other() -> None:
    assert Partner.A.other is Partner.B and Partner.B.other is Partner.A


@given(
    vault_id=st.binary(min_size=16, max_size=16),
    item_id=st.text(alphabet="0123456789abcdef", min_size=32, max_size=32),
    kind=st.sampled_from(list(ItemKind)),
    owner=st.sampled_from(list(Partner)),
)
def test_item_bindings_are_byte_for_byte_the_content_aad_and_key_info(
    vault_id: bytes, item_id: str, kind: ItemKind, owner: Partner
) -> None:
    bindings = ItemBindings(vault_id, item_id, kind, owner)
    assert bindings.content_aad == content_aad(vault_id, item_id, kind, owner)
    for holder in Partner:
        for role in ("share", "owner"):
            assert bindings.key_info(holder, role) == key_info(
                vault_id, item_id, kind, owner, holder, role
            )
