"""Edges of a kept moment's content that mutation testing showed no test was holding.

Written against vault/items.py's public names only; the numbers are spelled out (1 MiB, a
512-byte bucket) so that moving a limit in the code shows up here.
"""

from __future__ import annotations

import pytest

from openup_desktop.vault.items import ItemContent, pad, unpad

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
