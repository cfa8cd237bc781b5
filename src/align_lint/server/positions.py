"""Code-point offsets (what align's findings carry) ↔ LSP positions.

LSP counts columns in UTF-16 code units unless client and server agree on
another encoding at ``initialize`` (pygls picks the client's first choice of
UTF-8, UTF-16 and UTF-32; Neovim prefers UTF-8). An emoji before a finding is
one code point to align, two UTF-16 units and four UTF-8 bytes to the editor,
so every column is converted here, in the encoding the session agreed on.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from lsprotocol import types

from align_lint.documents.document import line_starts

Units = Callable[[str], int]


def utf16_length(text: str) -> int:
    """UTF-16 code units: characters outside the BMP (most emoji) count two."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


UNITS: dict[str, Units] = {
    types.PositionEncodingKind.Utf16.value: utf16_length,
    types.PositionEncodingKind.Utf8.value: utf8_length,
    types.PositionEncodingKind.Utf32.value: len,
}


def units_for(encoding: str | None) -> Units:
    """How to count a column in the session's encoding (UTF-16 when unsaid)."""
    return UNITS.get(encoding or "", utf16_length)


class PositionIndex:
    """Turns code-point offsets of one text into LSP ``Position``s and back."""

    def __init__(self, text: str, units: Units = utf16_length) -> None:
        self._text = text
        self._starts = line_starts(text)
        self.units = units

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self._text)))
        line = bisect_right(self._starts, offset) - 1
        prefix = self._text[self._starts[line] : offset]
        return types.Position(line=line, character=self.units(prefix))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position (a hover, a code action)."""
        if position.line >= len(self._starts):
            return len(self._text)
        start = self._starts[position.line]
        line = self.line_text(position.line)
        counted = 0
        for index, char in enumerate(line):
            if counted >= position.character:
                return start + index
            counted += self.units(char)
        return start + len(line)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_text(self, line: int) -> str:
        """The text of a 0-based line, without its line break."""
        start = self._starts[line]
        end = self._starts[line + 1] - 1 if line + 1 < len(self._starts) else len(self._text)
        return self._text[start:end].rstrip("\r")

    def line_end(self, line: int) -> types.Position:
        return types.Position(line=line, character=self.units(self.line_text(line)))
