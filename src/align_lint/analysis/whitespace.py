"""Runs of whitespace inside a line, shown to the tokenizer as one space.

spaCy gives a token one trailing space at most: a second space (the "\\r\\n"
of a soft line break, masked to two spaces; a double space typed in a
sentence; a tab; a wrapped list item's line break and indentation) becomes a
whitespace token of its own, and a token pattern such as "new followers"
does not match across it. So the text handed to the pipeline has each such
run collapsed to one space, and every offset that comes out of the analysis
(matches, sentence starts) is mapped back to the document's own offsets by a
compact map: one breakpoint per collapsed run, found by bisection.

Only runs that are whitespace in the file, or markup that renders as nothing
between two words, are collapsed: emphasis markers ("got **80k** views"),
the brackets and destination of a link ("[12,000 followers](url) in May"),
an inline HTML emphasis tag, the ">" of a blockquote's wrapped line. A run
that masking made of content (a code span, an image, a comment, a JSX tag)
keeps its length, so a match never runs across words the reader does not
see next to each other.
A run at the start or end of a line (indentation, a line break) is left
alone: spaCy makes one whitespace token of a line break and the spaces
around it whatever their number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from align_lint.analysis.records import CharSpan, Matches
from align_lint.documents import Document

# A run of two or more spaces or tabs, or one tab (whole: the scan reaches its
# first character first); whether it lies between two non-space characters is
# checked after: lookarounds made the scan of a text with no run 4 times slower.
_RUN = re.compile(r" [ \t]+|\t[ \t]*")
# What Markdown masks that a reader never sees between two words: emphasis
# and strikethrough markers, a link's brackets, destination and title or
# reference label, an inline HTML emphasis tag without attributes; and the
# blockquote markers that open a wrapped quote's next line ("passed 1.2⏎>
# million followers" reads "1.2 million").
_INVISIBLE_MARKUP = re.compile(
    r"(?:\s|[*_~]|\[|\]\([^()]*\)|\]\[[^\[\]]*\]|\]|\n(?:[ \t]*>)+"
    r"|</?(?:b|strong|i|em|u|s|del|ins|mark|span)>)+"
)


@dataclass(frozen=True)
class OffsetMap:
    """Offsets in the collapsed text → offsets in the document.

    ``points[i]`` is the collapsed offset just after the ``i``-th collapsed run
    (``points[0]`` is 0) and ``shifts[i]`` the characters removed before it
    (``shifts[0]``: the blank cut from the start, often none), so
    an offset ``p`` of the collapsed text is ``p + shifts[i]`` in the document,
    ``i`` the last point at or before ``p``. An offset on the one space left of
    a run is its first character in the document."""

    points: tuple[int, ...]
    shifts: tuple[int, ...]
    # The document offset just after each run (ends[0]: after the blank cut from the start).
    ends: tuple[int, ...]

    def original(self, offset: int) -> int:
        return offset + self.shifts[bisect_right(self.points, offset) - 1]

    def collapsed(self, offset: int) -> int:
        """The collapsed offset of a document offset (inside a run: its one space)."""
        # The last run that ends at or before it; an offset in the cut start is 0.
        i = max(0, bisect_right(self.ends, offset) - 1)
        collapsed = max(0, offset - self.shifts[i])
        if i + 1 < len(self.points):
            # Inside run i + 1 (its start is points[i + 1] - 1 collapsed): its one space.
            collapsed = min(collapsed, self.points[i + 1] - 1)
        return collapsed

    def spans(self, spans: Sequence[CharSpan]) -> list[CharSpan]:
        return [(self.original(start), self.original(end)) for start, end in spans]

    def matches(self, matches: Matches, document: Document) -> Matches:
        """``matches`` of the collapsed text as matches of ``document``."""
        more = matches.more
        return Matches(
            document,
            {rule_id: self.spans(found) for rule_id, found in matches.spans.items()},
            [self.original(start) for start in matches.sentence_starts],
            matches.deferred,
            None if more is None else (lambda: self.matches(more(), document)),
        )


def collapsed(document: Document) -> tuple[Document, OffsetMap | None]:
    """``document`` with its runs of whitespace inside a line collapsed to one
    space (see the module docstring), and the map back; the document itself
    and None when it has no such run (the common case: no copy)."""
    text, analysis = document.text, document.analysis_text
    runs = [
        (m.start(), m.end())
        for m in _RUN.finditer(analysis)
        if _inside_a_line(analysis, m.start(), m.end())
        and _renders_as_space(text, m.start(), m.end())
    ]
    lead = _leading_blank(analysis)
    if not runs and not lead:
        return document, None
    offsets = _offset_map(runs, lead)
    shorter = replace(
        document,
        text=_collapse(text, runs, lead),
        analysis_text=_collapse(analysis, runs, lead),
        block_starts=tuple(offsets.collapsed(start) for start in document.block_starts),
        comments=tuple(
            (offsets.collapsed(start), offsets.collapsed(end)) for start, end in document.comments
        ),
    )
    return shorter, offsets


def _renders_as_space(text: str, start: int, end: int) -> bool:
    """Whether the file's characters under a masked run are whitespace or
    markup that renders as nothing (the module docstring)."""
    found = text[start:end]
    return found.isspace() or _INVISIBLE_MARKUP.fullmatch(found) is not None


def _inside_a_line(text: str, start: int, end: int) -> bool:
    """Whether the run ``[start, end)`` has a non-space character on both sides."""
    return start > 0 and end < len(text) and not (text[start - 1].isspace() or text[end].isspace())


def _leading_blank(analysis: str) -> int:
    """How many characters of blank (masked front matter, a mention, a
    bullet) open the text, when some text follows: the model would read them
    as a whitespace token before the first word, which changed its tags ("RT
    @acme: Millions of people watch…" tagged "Millions" a proper noun), so
    the pipeline is shown the text from its first word."""
    if not analysis or not analysis[0].isspace():
        return 0
    lead = len(analysis) - len(analysis.lstrip())
    return lead if lead < len(analysis) else 0


def _offset_map(runs: Sequence[CharSpan], lead: int = 0) -> OffsetMap:
    """The map of a text with ``lead`` characters cut from its start and each
    run after that collapsed to one space."""
    points, shifts, ends = [0], [lead], [lead]
    removed = lead
    for start, end in runs:
        removed += end - start - 1
        points.append(end - removed)  # just after the run's one space, collapsed
        shifts.append(removed)
        ends.append(end)
    return OffsetMap(tuple(points), tuple(shifts), tuple(ends))


def _collapse(text: str, runs: Sequence[CharSpan], lead: int = 0) -> str:
    pieces: list[str] = []
    last = lead
    for start, end in runs:
        pieces.append(text[last:start])
        pieces.append(" ")
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
