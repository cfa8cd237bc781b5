"""Long drafts masked piece by piece, so reading one stays bounded in memory.

Masking a whole draft at once holds, for every character, a one-character
string in a list (8 bytes a character) and markdown-it's tokens and line
arrays for the whole file: a 50 MB draft took 1.7 GB to read. A draft longer
than ``SEGMENT_CHARS`` is therefore masked in *segments*, each a whole number
of top-level blocks, and the masked segments are joined: same length, so
every offset stays exact, and the masked text is the one the whole draft
gives.

Where a segment may end: after a blank line, before a line that starts with
a non-space character in its first column. There every container (list,
blockquote), paragraph, table, indented code block and HTML block of the
kinds a blank line ends has ended, so markdown-it starts afresh there as it
does in the whole draft. Three blocks are not ended by a blank line: a fenced
code block, an HTML block of the kinds that end at a marker (``<pre>``,
``<!--``, …) and front matter. The front matter is kept whole in the first
segment (``_front_matter_end``); a segment in which markdown-it closes a
fence or HTML block only at its end (``MaskedMarkdown.open_at_end``) is
masked again, twice as long, until the block is closed inside it.

Link reference definitions hold for the whole draft: when the draft has any
(``]:`` in it), a first pass of the block parser collects them, and every
segment is masked knowing all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from align_lint.documents.markdown import (
    MaskedMarkdown,
    block_references,
    mask_markdown,
    toml_front_matter_end,
)

# A draft longer than this (in characters) is masked in segments about this
# long: a segment's masking takes about 30 bytes a character at its peak.
SEGMENT_CHARS = 256_000

# The end of a blank line that a line starting in its first column follows.
# Atomic groups: "\r\n" is one line break, never a "\r" and a "\n".
_SEGMENT_BREAK = re.compile(r"(?>\r\n?|\n)[ \t]*(?>\r\n?|\n)(?=\S)")

_Result = TypeVar("_Result")


def mask_long_markdown(
    text: str, source: str, segment_chars: int = SEGMENT_CHARS
) -> MaskedMarkdown:
    """``mask_markdown(text, source)``, in segments if ``text`` is long."""
    if len(text) <= segment_chars:
        return mask_markdown(text, source)
    references = _all_references(text, segment_chars)

    def mask(segment: str, first: bool) -> tuple[MaskedMarkdown, bool]:
        masked = mask_markdown(segment, source, first=first, references=references)
        return masked, masked.open_at_end

    parts: list[str] = []
    block_starts: list[int] = []
    comments: list[tuple[int, int]] = []
    meta: Mapping[str, Any] = {}
    for start, masked in _each_segment(text, segment_chars, mask):
        if start == 0:
            meta = masked.meta
        parts.append(masked.analysis_text)
        block_starts.extend(start + offset for offset in masked.block_starts)
        comments.extend((start + begin, start + end) for begin, end in masked.comments)
    return MaskedMarkdown("".join(parts), meta, tuple(block_starts), tuple(comments))


def _all_references(text: str, segment_chars: int) -> dict[str, Any]:
    """Every link reference definition of the draft, as markdown-it keeps them
    (the first of a label wins), each without its lines (``"map": None``): the
    lines of a definition are masked in the segment that holds it."""
    if "]:" not in text:
        return {}
    found: dict[str, Any] = {}

    def collect(segment: str, first: bool) -> tuple[dict[str, Any], bool]:
        return block_references(segment, first=first)

    for _start, references in _each_segment(text, segment_chars, collect):
        for label, definition in references.items():
            found.setdefault(label, {**definition, "map": None})
    return found


def _each_segment(
    text: str, segment_chars: int, run: Callable[[str, bool], tuple[_Result, bool]]
) -> Iterator[tuple[int, _Result]]:
    """``run`` on each segment of ``text`` (with whether it is the first),
    yielding each segment's start and result. ``run`` also says whether its
    segment ends inside an unclosed block; then it runs again on a segment
    twice as long (so a long fence costs linear time, not quadratic)."""
    start, floor = 0, _front_matter_end(text)
    while start < len(text):
        size = segment_chars
        while True:
            end = _segment_end(text, max(start + size, floor))
            result, open_at_end = run(text[start:end], start == 0)
            if not open_at_end or end == len(text):
                break
            size *= 2
        yield start, result
        start = end


def _segment_end(text: str, at_least: int) -> int:
    """The first place a segment may end at or after ``at_least`` (or the end
    of ``text``). The search starts a line break early: the blank line may
    begin just before ``at_least``."""
    found = _SEGMENT_BREAK.search(text, max(at_least - 2, 0))
    return found.end() if found else len(text)


def _front_matter_end(text: str) -> int:
    """Where the draft's front matter ends (0 without one): no segment ends
    inside it. YAML's is closed as mdit_py_plugins' front matter rule closes
    it: the first later line of at least as many "-" as the opening one, or
    of "...", after up to three spaces and before spaces only."""
    toml_end = toml_front_matter_end(text)
    if toml_end:
        return toml_end
    opening = re.match(r"-{3,}", text)
    if opening is None:
        return 0
    closing = re.compile(
        rf"(?<=[\r\n])(?: {{0,3}}-{{{len(opening.group())},}}|\.\.\.) *(?=[\r\n]|\Z)"
    )
    found = closing.search(text, opening.end())
    return found.end() if found else 0
