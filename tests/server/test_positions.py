"""Code-point offsets → LSP positions in the encoding a session agreed on."""

from __future__ import annotations

import pytest
from lsprotocol import types

from align_lint.server.positions import PositionIndex, units_for, utf8_length, utf16_length

TEXT = "first line\n🎉 got 3,100 likes\né 😀😀 x\n"


@pytest.mark.parametrize(
    ("encoding", "column"),
    [
        ("utf-16", 7),  # 🎉 is two UTF-16 units
        ("utf-8", 9),  # and four UTF-8 bytes
        ("utf-32", 6),  # and one code point: the CLI's column 7, less one
        (None, 7),  # LSP's default is UTF-16
    ],
)
def test_an_emoji_before_a_finding_moves_its_column_by_its_units(
    encoding: str | None, column: int
) -> None:
    start = TEXT.index("3,100")
    index = PositionIndex(TEXT, units_for(encoding))
    assert index.position(start) == types.Position(line=1, character=column)
    assert index.offset(types.Position(line=1, character=column)) == start


def test_positions_round_trip_on_every_character() -> None:
    index = PositionIndex(TEXT)
    for offset in range(len(TEXT)):
        assert index.offset(index.position(offset)) == offset


def test_lengths() -> None:
    assert utf16_length("a😀é") == 4
    assert utf8_length("a😀é") == 7
    assert utf16_length("plain") == 5


def test_crlf_lines_end_before_the_carriage_return() -> None:
    index = PositionIndex("one\r\ntwo 😀\r\n")
    assert index.line_text(0) == "one"
    assert index.line_end(1) == types.Position(line=1, character=6)
