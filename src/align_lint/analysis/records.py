"""What leaves the analysis room: plain records with no spaCy object in them.

Matches are character offsets into the document (``analysis_text`` has the
same offsets as the file), so the judgement and everything after it never
see a ``Doc``, a token index or a pipeline.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import overload

from align_lint.documents import Document

CharSpan = tuple[int, int]  # [start, end) character offsets in a document

# The array type code of offsets kept in bulk (spans, sentence starts, line
# starts): 4 bytes, half what "q" took, and enough, since a draft is at most
# documents.paths.MAX_DRAFT_BYTES (512 MiB) and so are its offsets. An offset
# past it would raise OverflowError, never wrap.
OFFSET = "i"
assert array(OFFSET).itemsize == 4, "a C int of 4 bytes"


class Spans(Sequence[CharSpan]):
    """Character spans kept as an array of 8 bytes a span.

    A list of ``(start, end)`` tuples costs about 120 bytes a span, and a
    50 MB draft has millions of matches (most of them context rules'), so a
    long document's matches, and the judgement's copies of them, are kept
    like this: it reads as a sequence of tuples, in the order they were added.
    """

    __slots__ = ("_flat",)

    def __init__(self, spans: Iterable[CharSpan] = ()) -> None:
        self._flat = array(OFFSET)
        for start, end in spans:
            self._flat.append(start)
            self._flat.append(end)

    @classmethod
    def of_flat(cls, flat: array[int]) -> Spans:
        """Spans over ``start, end, start, end, …`` (taken over, not copied)."""
        spans = cls()
        spans._flat = flat
        return spans

    def append(self, span: CharSpan) -> None:
        self._flat.append(span[0])
        self._flat.append(span[1])

    def __len__(self) -> int:
        return len(self._flat) // 2

    @overload
    def __getitem__(self, index: int) -> CharSpan: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[CharSpan]: ...
    def __getitem__(self, index: int | slice) -> CharSpan | Sequence[CharSpan]:
        if isinstance(index, slice):  # the spans asked for, not a copy of all
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("span index out of range")
        return self._flat[2 * index], self._flat[2 * index + 1]

    def __iter__(self) -> Iterator[CharSpan]:
        flat = iter(self._flat)
        return zip(flat, flat, strict=False)  # one iterator twice: pairs

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same spans (a list of tuples included)."""
        if isinstance(other, Spans):
            return self._flat == other._flat
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


@dataclass(frozen=True)
class Matches:
    """What the rules matched in one document.

    ``spans`` holds each rule's *own* matches (sorted, overlaps kept; rules
    reusing others and the logic between rules are the judgement's business);
    ``sentence_starts`` every offset where a sentence begins (0 and every
    Markdown block start included), sorted.

    The prefiltered pass may hold back sections that can only matter to
    ``deferred`` require rules (rules that fire when *nothing* matches): if the
    judgement finds one of them would still fire, ``more()`` analyses those
    sections too and returns the complete Matches."""

    document: Document
    spans: Mapping[str, Sequence[CharSpan]]
    sentence_starts: Sequence[int]
    deferred: tuple[str, ...] = ()
    more: Callable[[], Matches] | None = None


@dataclass(frozen=True)
class PipelineInfo:
    """What a report says about the analysis: the pipeline that ran, the
    notices it raised (a fallback, skipped rules) and the rules it can run.
    Small and plain, so the result cache can keep it and a run answered from
    the cache never loads spaCy."""

    name: str
    notices: tuple[str, ...]
    runnable: tuple[str, ...]
