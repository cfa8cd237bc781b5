"""What leaves the analysis room: plain records with no spaCy object in them.

Matches are character offsets into the document (``analysis_text`` has the
same offsets as the file), so the judgement and everything after it never
see a ``Doc``, a token index or a pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from align_lint.documents import Document

CharSpan = tuple[int, int]  # [start, end) character offsets in a document


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
