"""Windows: a long document analysed in pieces, so time and memory stay bounded.

spaCy refuses a text over ``nlp.max_length`` (E088), and the model's memory
grows with the tokens of one Doc, so a document is never handed to the
pipeline whole once it is longer than ``WINDOW_CHARS``: it is cut into
*windows*, each analysed as a document of its own, and their matches (small
records, character offsets) are joined into the Matches of the whole
document, which the judgement then judges once. Document-level logic
(``require``, ``when``) thus sees every match of the document, and a ``tied``
downgrade that reaches the next sentence sees the sentence starts of the
whole document.

Where a window ends: at the last section start (a block after a blank line:
see ``prefilter.section_starts``) that fits, where no sentence, paragraph or
match of a pattern that refuses whitespace can run across; failing that (one
paragraph longer than a window) at the last block start, line break or space,
and only for a run with no space at all, anywhere. Each window is analysed
with ``PAD_CHARS`` and ``PAD_WORDS`` of the text around it (cut between words), so its first and
last tokens get the context they get in the whole document; matches and
sentence starts are kept only inside the window itself (its *core*).

Runs of non-space characters longer than ``MAX_RUN`` are blanked before the
tokenizer sees them (same length, so offsets stay exact): spaCy's tokenizer
takes time quadratic in the length of one such run (16 KB of ``(`` took a
minute), and a run that long (no URL, which masking has blanked already) is no
word a rule could match.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

from align_lint.analysis.prefilter import section_starts
from align_lint.analysis.records import OFFSET, CharSpan, Matches, Spans
from align_lint.documents import Document

# A document longer than this (in characters) is analysed in windows: far
# under spaCy's max_length of 1,000,000, and about 7,000 tokens of prose, so
# one window's Doc fits in a batch of analyzer.BATCH_TOKENS (the model's
# memory grows with the tokens of a batch). Posts are a few KB; a long blog
# post of 30 KB is one window.
WINDOW_CHARS = 30_000
# Text around a window analysed with it, for the context of its edge tokens
# (the model reaches a handful of tokens each way: see margin.py).
PAD_CHARS = 400
# ... and at least this many words each side, cut between words (``_pad_begin``).
PAD_WORDS = 16
# How far past PAD_CHARS the padding looks for its words and a cut between two.
SCAN_CHARS = 4_000
# The longest run of non-space characters the tokenizer is shown. The longest
# English words are under 50 letters; a hyphenated compound or a number with
# its unit stays under 100.
MAX_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def release_free_heap() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``).

    Called once a long document's windows are analysed, before it is judged:
    the model's batches leave about 100 MB of freed C heap that glibc keeps
    mapped, and the judgement's many small objects come from Python's own
    arenas, never from that heap, so without this the judgement's memory
    comes on top of it (a 50 MB draft: 461 MB at the end of the analysis,
    683 MB at the end of the judgement). A no-op off glibc."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, looked up once; None where there is none (musl, macOS)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


@dataclass(frozen=True)
class Window:
    """One piece of a document, analysed as a document of its own: the text
    ``[begin, end)`` of the original (its padding included); only matches and
    sentence starts inside ``core`` belong to this window."""

    begin: int
    end: int
    core: CharSpan

    def document(self, whole: Document) -> Document:
        """The window's text as a Document (offsets from ``begin``), long runs blanked."""
        blocks = whole.block_starts
        inside = blocks[bisect_left(blocks, self.begin) : bisect_left(blocks, self.end)]
        return Document(
            source=whole.source,
            text=whole.text[self.begin : self.end],
            analysis_text=capped_runs(whole.analysis_text[self.begin : self.end]),
            record=whole.record,
            meta=whole.meta,
            block_starts=tuple(b - self.begin for b in inside),
            whole_title=whole.title,
        )


def capped_runs(text: str) -> str:
    """``text`` with every run of more than MAX_RUN non-space characters blanked."""
    if _LONG_RUN.search(text) is None:
        return text  # the common case: no copy
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def windows(document: Document, limit: int = WINDOW_CHARS) -> list[Window] | None:
    """The windows to analyse ``document`` in, or None when it can be analysed
    as it is (short enough, and no run too long for the tokenizer)."""
    text = document.analysis_text
    if len(text) <= limit:
        return None if _LONG_RUN.search(text) is None else [Window(0, len(text), (0, len(text)))]
    return [_padded(text, start, end) for start, end in window_cores(document, limit)]


def window_cores(document: Document, limit: int) -> list[CharSpan]:
    """Consecutive ranges of at most ``limit`` characters that cover the document,
    cut where as little as possible can cross (see the module docstring)."""
    text = document.analysis_text
    sections = section_starts(document)
    blocks = document.block_starts
    cores: list[CharSpan] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, sections, blocks, start, start + limit)
        cores.append((start, end))
        start = end
    cores.append((start, len(text)))
    return cores


def _cut(text: str, sections: Sequence[int], blocks: Sequence[int], low: int, high: int) -> int:
    """The best place in ``(low, high]`` to end a window that starts at ``low``."""
    for starts in (sections, blocks):
        i = bisect_right(starts, high) - 1
        if i >= 0 and starts[i] > low:
            return starts[i]
    for separator in ("\n", " "):
        at = text.rfind(separator, low + 1, high)
        if at > low:
            return at + 1
    return high


def _padded(text: str, start: int, end: int) -> Window:
    """The window of core ``[start, end)`` with at least PAD_CHARS of text and
    PAD_WORDS words each side, cut between words so no token is cut in two
    (``_pad_begin``, ``_pad_end``); the text's own start or end, when it is
    nearer, is a cut too (else a last core that ends inside "grew followers."
    with no space after it lost its context)."""
    return Window(_pad_begin(text, start), _pad_end(text, end), (start, end))


def _pad_begin(text: str, start: int) -> int:
    """Where a window whose core starts at ``start`` begins: at a word's start,
    PAD_CHARS or more before the core and with PAD_WORDS words or more between.
    Characters alone are not enough: masked text (a comment, a code block) is
    a run of spaces, and a window that begins inside it makes a shorter space
    token, which changes the tags of the words after it, the core's first."""
    if start <= PAD_CHARS:
        return 0
    floor = max(0, start - PAD_CHARS - SCAN_CHARS)
    words, at = 0, start
    while at > floor:
        word_end = at
        while word_end > floor and text[word_end - 1].isspace():
            word_end -= 1
        word_start = word_end
        while word_start > floor and not text[word_start - 1].isspace():
            word_start -= 1
        if word_start == word_end or (word_start == floor and floor > 0):
            break  # only spaces back to the floor, or a word the floor cuts
        words, at = words + 1, word_start
        if words >= PAD_WORDS and at <= start - PAD_CHARS:
            return at
    if at == 0 or (floor == 0 and not text[:at].strip()):
        return 0
    # No word boundary within reach (a run of spaces longer than SCAN_CHARS):
    # the nearest space before the core, as before.
    before = text.find(" ", start - PAD_CHARS, start)
    return min(at, before + 1) if before >= 0 else min(at, start)


def _pad_end(text: str, end: int) -> int:
    """Where a window whose core ends at ``end`` ends: after a word's end,
    PAD_CHARS or more after the core and with PAD_WORDS words or more between
    (see ``_pad_begin``)."""
    if len(text) - end <= PAD_CHARS:
        return len(text)
    ceiling = min(len(text), end + PAD_CHARS + SCAN_CHARS)
    words, at = 0, end
    while at < ceiling:
        word_start = at
        while word_start < ceiling and text[word_start].isspace():
            word_start += 1
        word_end = word_start
        while word_end < ceiling and not text[word_end].isspace():
            word_end += 1
        if word_start == word_end or (word_end == ceiling and ceiling < len(text)):
            break
        words, at = words + 1, word_end
        if words >= PAD_WORDS and at >= end + PAD_CHARS:
            return at
    if at == len(text) or (ceiling == len(text) and not text[at:].strip()):
        return len(text)
    after = text.rfind(" ", end, end + PAD_CHARS)
    return max(at, after) if after >= 0 else max(at, end)


class Joiner:
    """The Matches of a whole document from those of its windows, in order.

    Keeps each window's matches and sentence starts that begin inside its core,
    in document offsets, and drops the window itself, so a long document is
    never held twice. Windows come in order and their cores do not overlap,
    so each window's matches and starts, sorted, extend those before them in
    order: they are kept in arrays of 4 bytes an offset (sets and lists of
    tuples took about 5 MB per MB of a draft, the most of a 50 MB draft's
    growth while it was analysed). A window that held sections back for a
    ``require`` rule (``Matches.more``) is remembered by its offsets: if the
    judgement asks for more, ``complete`` analyses it again with them."""

    def __init__(self, document: Document, complete: Callable[[Document], Matches]) -> None:
        self.document = document
        self.complete = complete
        # Each rule's spans as start, end, start, end, … in document order.
        self.spans: dict[str, array[int]] = {}
        self.starts: array[int] = array(OFFSET)
        self.deferred: dict[str, None] = {}
        self.held: list[Window] = []
        # False once a held window is added again out of order (``_more``).
        self.ordered = True

    def add(self, window: Window, matches: Matches) -> None:
        low, high = window.core
        shift = window.begin
        for rule_id, found in matches.spans.items():
            kept = sorted({(s + shift, e + shift) for s, e in found if low <= s + shift < high})
            if kept:
                self.spans.setdefault(rule_id, array(OFFSET)).extend(chain.from_iterable(kept))
        blocks = self.document.block_starts
        starts = {s + shift for s in matches.sentence_starts if low <= s + shift < high}
        starts.update(blocks[bisect_left(blocks, low) : bisect_left(blocks, high)])
        if low == 0:
            starts.add(0)
        self.starts.extend(sorted(starts))
        if matches.more is not None:
            self.held.append(window)
            self.deferred.update(dict.fromkeys(matches.deferred))

    def matches(self) -> Matches:
        spans = {rule_id: self._pairs(found) for rule_id, found in self.spans.items()}
        starts = self.starts if self.ordered else array(OFFSET, sorted(set(self.starts)))
        if not self.held:
            return Matches(self.document, spans, starts)
        return Matches(self.document, spans, starts, tuple(self.deferred), self._more)

    def _pairs(self, flat: array[int]) -> Spans:
        if self.ordered:
            return Spans.of_flat(flat)
        return Spans(sorted(set(zip(flat[0::2], flat[1::2], strict=True))))

    def _more(self) -> Matches:
        """With the held windows analysed in full (what ``more`` would have added)."""
        complete = Joiner(self.document, self.complete)
        complete.spans = {rule_id: array(OFFSET, found) for rule_id, found in self.spans.items()}
        complete.starts = array(OFFSET, self.starts)
        complete.ordered = False
        for window in self.held:
            complete.add(window, self.complete(window.document(self.document)))
        return complete.matches()
