"""Plain-text drafts (.txt, pasted tweets): the social pass, and bullets.

A bullet ("•", or "-" and "*" at the start of a line) is markup, not prose:
it is masked, and the item after it starts a block of its own, so "• Spike in
sales • 200% growth in followers" is two sentences, as in a Markdown list.
"""

from __future__ import annotations

import re

from align_lint.documents.masking import PICTOGRAPHS, mask_matches, mask_social, unify_line_breaks

# A paragraph starts after a blank line; a list item or bullet starts its own
# block, and so does a line that opens with a label and a colon (``_LABEL``)
# or with a pictograph, a social post's bullet ("📸 14,000 tagged posts⏎👀 22M
# impressions"): without the start, a later line's "(we didn't count them
# all)" was read as said of every line before it.
# Lines end at "\r\n", "\n" or a lone "\r", as in the line index.
_LABEL = r"[a-z][\w'\u2019-]*(?: [\w'\u2019-]+){0,2}:\s"
_BLOCK_START = re.compile(
    r"(?:\A|(?>\r\n?|\n)[ \t]*(?>\r\n?|\n))[ \t]*(?=\S)"
    r"|(?<=[\r\n])[ \t]*(?=(?:[-*•]|\d+[.)])[ \t])"
    rf"|(?<=[\r\n])[ \t]*(?={_LABEL})"
    rf"|(?<=[\r\n])[ \t]*(?=[{PICTOGRAPHS}])"
    r"|(?<=[•▪◦‣])[ \t]*(?=\S)"
    r"|(?<=[ \t]\u00b7)[ \t]*(?=\S)"
)
# A bullet, and a spaced middle dot between the items of a stat line ("11
# cities · 38,000 samples · 2.2M impressions"): each item is read on its own,
# so that one item's words ("handed out", "didn't count") say nothing of the next.
_BULLET = re.compile(r"[•▪◦‣]|(?:(?<=[\r\n])|\A)[ \t]*[-*](?=[ \t])|(?<=[ \t])\u00b7(?=[ \t])")
# A soft line break of a hard-wrapped paragraph: one line break between a word
# and a line that goes on in lower case ("we had no plan and 312⏎followers").
_SOFT_BREAK = re.compile(r"(?<=\S)(?:\r\n|\r|\n)(?=[a-z])")
# Lines this short on both sides of a break are a list, not wrapped prose
# (which fills its lines to about 60-80 characters).
_WRAPPED_LINE = 40
# A line that opens with a label of one to three words and a colon is an item
# ("me now: 88k subscribers", "reach: 120k"), not the rest of a wrapped line.
_LABEL_LINE = re.compile(_LABEL)


# A text longer than this is masked in pieces of whole lines about this long:
# masking holds a one-character string per character (8 bytes each), which a
# 50 MB file made 400 MB. Nothing masked here runs across a line break.
SEGMENT_CHARS = 256_000
_LINE_BREAK = re.compile(r"\r\n|\r(?!\n)|\n")


def mask_plaintext(text: str, segment_chars: int = SEGMENT_CHARS) -> tuple[str, tuple[int, ...]]:
    pieces = line_segments(text, segment_chars)
    masked = _join_soft_breaks("".join(_mask_lines(text[start:end]) for start, end in pieces))
    starts = sorted({m.end() for m in _BLOCK_START.finditer(text)})
    return masked, tuple(starts)


def _mask_lines(text: str) -> str:
    chars = list(text)
    mask_social(chars)
    mask_matches(chars, _BULLET)
    return unify_line_breaks("".join(chars))


def _join_soft_breaks(masked: str) -> str:
    """A paragraph hard-wrapped at a fixed width is read as the one line it is:
    a line break between a word and a line that goes on in lower case becomes
    a space ("\\r\\n" two), so "312⏎followers" is a count and its noun, as
    Markdown's soft breaks are (documents/markdown.py). A line that starts
    with a capital, a digit, a bullet or an emoji keeps its break: a social
    post's lines are often items or sentences of their own. Run on the whole
    text, not a segment: a break at a segment's end sees the next line. A break
    between two short lines is kept too: wrapping fills lines, so a run of
    short ones is a list ("reach 120k⏎profile visits 8k⏎new followers 1.9k");
    and so is one before a line that opens with a label and a colon ("me two
    years ago: nobody will read this⏎me now: 88k subscribers"), and one after
    a short line that does ("the reel: 4.6M views⏎website orders that week:
    3,212 (normal week ~300)", round40)."""

    def joined(found: re.Match[str]) -> str:
        line_start = masked.rfind("\n", 0, found.start()) + 1
        next_end = masked.find("\n", found.end())
        next_end = len(masked) if next_end < 0 else next_end
        if max(found.start() - line_start, next_end - found.end()) < _WRAPPED_LINE:
            return found.group()
        if _LABEL_LINE.match(masked, found.end()):
            return found.group()
        if found.start() - line_start < _WRAPPED_LINE and _LABEL_LINE.match(masked, line_start):
            return found.group()  # after a short stat line: "the reel: 4.6M views⏎website orders…"
        return " " * len(found.group())

    return _SOFT_BREAK.sub(joined, masked)


def line_segments(text: str, segment_chars: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """``text`` cut into pieces of whole lines, each ending after the first
    line break at or after ``segment_chars`` characters ("\r\n" never cut)."""
    found, start = [], 0
    while len(text) - start > segment_chars:
        line_break = _LINE_BREAK.search(text, start + segment_chars - 1)
        if line_break is None:
            break
        found.append((start, line_break.end()))
        start = line_break.end()
    found.append((start, len(text)))
    return found
