"""The Document record and the offset → line/column index.

*Mask, don't extract*: ``analysis_text`` is ``text`` with non-prose replaced by
spaces of the same length (newlines kept, but for the soft line breaks of a
Markdown paragraph, which render as spaces), so a character offset in one is
the same offset in the other and nothing downstream does offset arithmetic.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from types import MappingProxyType
from typing import Any

# A line ends at "\r\n", "\n" or a lone "\r" (classic Mac), as CommonMark and
# markdown-it count lines: masking, findings and output share this one index.
LINE_BREAK = re.compile(r"\r\n?|\n")


# The array type code of a long text's block starts and line starts: 4 bytes,
# as analysis.records.OFFSET (a draft is at most 512 MiB).
BLOCK_OFFSET = "i"

# A text longer than this keeps its line starts and block starts in an array (a little slower to
# search than a list, so a short post keeps its list).
LONG_TEXT = 100_000


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line (0, and each one after a line break)."""
    return [0, *_line_ends(text)]


def _line_ends(text: str) -> Iterator[int]:
    return (match.end() for match in LINE_BREAK.finditer(text))


class LineIndex:
    """Turns a character offset into a 1-based (line, column) in code points.

    ``first_line``: the line of the file the text starts on (a content
    calendar's row starts further down its file), so lines are the file's."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self._text = text
        # 4 bytes a line (a list of ints took 36, an array of "q" 8): a 50 MB draft
        # has a million lines. Filled straight from the line breaks (a list first
        # took 36 MB more).
        self._starts: Sequence[int] = (
            array(BLOCK_OFFSET, chain((0,), _line_ends(text)))
            if len(text) > LONG_TEXT
            else line_starts(text)
        )
        self._first = first_line
        # The last line asked for: the findings on one line share its text
        # (a huge draft has hundreds of thousands of findings, many per line).
        self._last_line: tuple[int, str] = (0, "")

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + self._first, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of a 1-based line."""
        return self._starts[line - self._first]

    def line_text(self, line: int) -> str:
        if self._last_line[0] == line:
            return self._last_line[1]
        index = line - self._first
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._text)
        # A line holds no break but its own, so this strips exactly that one.
        text = self._text[start:end].rstrip("\r\n")
        self._last_line = (line, text)
        return text

    @property
    def line_count(self) -> int:
        return len(self._starts)


# A title: the first paragraph, at most this many words.
TITLE_WORDS = 12
# Where one paragraph ends and the next begins: a blank line.
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_LEADING_SPACE = re.compile(r"\s*")
_TITLE_SCAN = 400  # characters past the first non-space one


def title_of(text: str) -> str:
    """The first paragraph of ``text`` when it has at most TITLE_WORDS words.
    Reads only the text's head: no copy of a long document (its leading space
    is matched, not stripped)."""
    leading = _LEADING_SPACE.match(text)
    start = leading.end() if leading is not None else 0
    head = text[start : start + _TITLE_SCAN]
    end = PARAGRAPH_BREAK.search(head)
    if end is None:
        return ""  # no paragraph after it (a one-paragraph post), or a long one
    paragraph = head[: end.start()]
    return paragraph if len(paragraph.split()) <= TITLE_WORDS else ""


@dataclass(frozen=True)
class Document:
    """One draft (or one record of a content calendar) ready for analysis."""

    source: str
    text: str
    analysis_text: str
    record: int | None = None
    # Front matter, read-only. From Markdown it is a LineMapping, which also
    # knows the line of each key, so settings in it are reported as post.md:LINE.
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # Offsets where a paragraph, heading, list item or table row begins. The
    # engine never lets a sentence run across one, so a heading and the
    # paragraph under it are judged apart. Sorted; a long text's in an array
    # (4 bytes a start: a 50 MB draft has half a million, 20 MB as a tuple).
    block_starts: Sequence[int] = ()
    # (start, end) offsets of HTML comments in Markdown (not those inside code):
    # where inline suppression directives may be written.
    comments: tuple[tuple[int, int], ...] = ()
    # A content calendar's row: the file line its text starts on (its
    # findings' lines are the file's), the value of its id column, and for a
    # workbook the cell that holds it ("Sheet1!B12").
    first_line: int = 1
    record_id: str = ""
    cell: str = ""
    # The title of the whole document when this one is a window of it (see
    # ``title``); None: this document is whole.
    whole_title: str | None = None

    def __post_init__(self) -> None:
        if len(self.analysis_text) != len(self.text):
            raise ValueError("analysis_text must have the same length as text")
        if len(self.text) > LONG_TEXT and not isinstance(self.block_starts, array):
            # Frozen, so set the way dataclasses set fields (before anyone reads it).
            object.__setattr__(self, "block_starts", array(BLOCK_OFFSET, self.block_starts))

    @cached_property
    def title(self) -> str:
        """The analysis text of the document's first paragraph when it is short
        enough to be a title ("Sunday send stats", "Two years of this newsletter
        today."), else "". Words of it may give a later paragraph its sense (a
        channel named once above a stat list); a window of a long document
        carries the whole document's, so it reads as the whole does."""
        if self.whole_title is not None:
            return self.whole_title
        return title_of(self.analysis_text)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text, self.first_line)
