"""Documents → Matches: the one interface of the analysis room.

``Analyzer.analyze`` runs every document through one ``nlp.pipe`` and asks
the compiled matchers for each rule's own matches, as character offsets.
Behind it are two passes that find the same matches:

* the **full pass** tags every token of every document;
* the **prefiltered pass** (``prefilter.py``) tags only the sections where a
  rule could match, each as a chunk with enough context around it, and falls
  back to the full pass for a document whose chunks cannot be trusted.

Which one runs is a matter of speed, never of results: a handful of documents
(one draft in a pre-commit hook) take the full pass, because building the
prefilter costs more than it saves; a blank pipeline is as cheap as the
prefilter itself.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import chain, islice
from typing import TYPE_CHECKING, Generic, TypeVar

from align_lint.analysis.claims.layout import LEAD_KEY, TITLE_KEY, lead_paragraph
from align_lint.analysis.margin import context_margin
from align_lint.analysis.matchers import CompiledRules, Scope
from align_lint.analysis.pipeline import Pipeline
from align_lint.analysis.prefilter import Chunk, Plan, Prefilter
from align_lint.analysis.records import CharSpan, Matches, PipelineInfo
from align_lint.analysis.sentences import block_sentence_starts, preset_sentence_starts
from align_lint.analysis.whitespace import OffsetMap, collapsed
from align_lint.analysis.windows import (
    WINDOW_CHARS,
    Joiner,
    Window,
    release_free_heap,
    windows,
)
from align_lint.documents import Document
from align_lint.rules.graph import RuleGraph
from align_lint.rules.loader import RuleSet

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

C = TypeVar("C")  # whatever a caller carries along with each document
# The rules a document's judgement reads besides its reported rules' needs.
Also = Callable[[Document, C], Collection[str]]
X = TypeVar("X")  # the same, once wrapped (a window's _Piece)
BATCH_SIZE = 64
# Tokens in one batch through the model at most: its memory grows by about
# 16 KB per token of a batch (20 long posts with --jobs 1: 292 MB with 10,000,
# 528 MB with 25,000; 2.1 GB when only the count of 64 chunks bounded it).
# A batch of short posts' chunks rarely comes near it.
BATCH_TOKENS = 12_000
# A Doc longer than this (a window of a long draft, about 5,000 tokens) goes
# through the model alone: two windows a batch cost a 5 MB draft about 30 MB
# of peak memory, where short posts' batches, which never hold one, keep
# their speed (a 6,000-token cap for every batch cost 2,000 posts 4 % CPU).
LONE_TOKENS = 3_000
FEW = 4  # fewer documents than this take the full pass


class Analyzer:
    def __init__(
        self,
        rule_set: RuleSet,
        pipeline: Pipeline,
        *,
        prefilter: bool = True,
        window_chars: int = WINDOW_CHARS,
    ) -> None:
        """``window_chars``: a document longer than this is analysed in windows."""
        self.pipeline = pipeline
        self.window_chars = window_chars
        self.matchers = CompiledRules(
            rule_set, pipeline.nlp, pipeline.capabilities, pipeline.parser
        )
        # Over the rules that run: a skipped rule is referenced as matching nothing.
        self.graph = RuleGraph(self.matchers.rules)
        self._use_prefilter = prefilter and not pipeline.is_blank

    @property
    def rules(self) -> RuleSet:
        """The rules this pipeline can run (the others are skipped, with a notice)."""
        return self.matchers.rules

    @property
    def info(self) -> PipelineInfo:
        notices = self.pipeline.notices + tuple(s.notice for s in self.matchers.skipped)
        return PipelineInfo(self.pipeline.name, notices, self.rules.ids)

    @cached_property
    def prefilter(self) -> Prefilter | None:
        if not self._use_prefilter:
            return None
        # A pipeline whose context reach is unknown cannot be cut into chunks.
        margin = context_margin(self.pipeline.nlp)
        if margin is None:
            return None
        return Prefilter(self.graph, self.pipeline.nlp, margin, self.matchers.claims)

    def analyze(
        self, items: Iterable[tuple[Document, C]], also: Also[C] | None = None
    ) -> Iterator[tuple[Matches, C]]:
        """Matches of each document, in input order, with what came along with it
        (spaCy's ``as_tuples`` idiom), from whichever pass is faster here. A
        long document is analysed in windows (``windows.py``), each counted as
        a document when choosing the pass. ``also``: the rules a document's
        judgement reads besides what its reported rules need (the full pass
        matches every rule anyway)."""
        pieces = self._pieces(items)
        first = list(islice(pieces, FEW))
        if len(first) < FEW or self.prefilter is None:
            yield from self._rejoined(self._full(chain(first, pieces)))
        else:
            yield from self._rejoined(self._prefiltered(chain(first, pieces), also))

    def _pieces(self, items: Iterable[tuple[Document, C]]) -> Iterator[tuple[Document, _Piece[C]]]:
        """Each document as it is, or its windows one after another."""
        for document, context in items:
            found = windows(document, self.window_chars)
            if found is None:
                shown, offsets = collapsed(document)
                yield shown, _Piece(document, context, offsets=offsets)
                continue
            for number, window in enumerate(found):
                last = number == len(found) - 1
                shown, offsets = collapsed(window.document(document))
                piece = _Piece(document, context, window, last, len(found) > 1, offsets)
                yield shown, piece

    def _rejoined(
        self, analysed: Iterable[tuple[Matches, _Piece[C]]]
    ) -> Iterator[tuple[Matches, C]]:
        """The Matches of each document again, its windows' joined."""
        joiner: Joiner | None = None
        for matches, piece in analysed:
            if piece.offsets is not None:  # back to the offsets of the text before collapsing
                matches = piece.offsets.matches(matches, piece.document)
            if piece.window is None:
                yield matches, piece.context
                continue
            if not piece.partial:  # one window: the whole text, long runs blanked
                yield _as_of(matches, piece.document), piece.context
                continue
            if joiner is None:
                joiner = Joiner(piece.document, self._completed)
            joiner.add(piece.window, matches)
            if piece.last:
                release_free_heap()  # the model's batches' memory, before the judgement's
                yield joiner.matches(), piece.context
                joiner = None

    def prefiltered_pass(self, items: Iterable[tuple[Document, C]]) -> Iterator[tuple[Matches, C]]:
        return self._rejoined(self._prefiltered(self._pieces(items)))

    def full_pass(
        self,
        items: Iterable[tuple[Document, C]],
        only: Callable[[C], Collection[str]] | None = None,
    ) -> Iterator[tuple[Matches, C]]:
        """Every rule matched in every section, context rules included, even where
        no reported rule could use them (rule examples ask what a context rule
        matches on its own). ``only``: the rules to match in the document that
        came with this context (the others have no matches), so checking each
        rule's examples costs in proportion to the rules, not their square."""
        wanted = None if only is None else (lambda piece: only(piece.context))
        return self._rejoined(self._full(self._pieces(items), wanted))

    def _prefiltered(
        self, pieces: Iterable[tuple[Document, _Piece[C]]], also: Also[C] | None = None
    ) -> Iterator[tuple[Matches, _Piece[C]]]:
        assert self.prefilter is not None, "this pipeline has no prefilter"

        def reads(piece: _Piece[C]) -> Collection[str]:
            return () if also is None else also(piece.document, piece.context)

        return _Prefiltered(self, self.prefilter).analyze(pieces, lambda p: p.partial, reads)

    def _full(
        self,
        items: Iterable[tuple[Document, X]],
        only: Callable[[X], Collection[str]] | None = None,
    ) -> Iterator[tuple[Matches, X]]:
        """The full pass over documents short enough to be one Doc each."""
        prepared = ((self.whole(document), (document, context)) for document, context in items)
        for doc, (document, context) in bounded_pipe(self.pipeline.nlp, prepared):
            yield self._matches(doc, document, None if only is None else only(context)), context

    def whole(self, document: Document) -> Doc:
        """A Doc of the whole document, sentence starts preset at its blocks."""
        doc = self.pipeline.nlp.make_doc(document.analysis_text)
        doc.user_data[TITLE_KEY] = document.title
        doc.user_data[LEAD_KEY] = lead_paragraph(document.analysis_text)
        return preset_sentence_starts(doc, block_sentence_starts(doc, document.block_starts))

    def part(self, document: Document, chunk: Chunk) -> Doc:
        """A Doc of one chunk of the document, with the same preset starts."""
        text = document.analysis_text
        doc = None
        if chunk.start == 0 and chunk.end == len(text) and self.prefilter is not None:
            doc = self.prefilter.planned_tokens(text)
        if doc is None:
            doc = self.pipeline.nlp.make_doc(text[chunk.start : chunk.end])
        # A chunk may start past the title: the document's, as the whole Doc has it.
        doc.user_data[TITLE_KEY] = document.title
        if chunk.start == 0:
            # and may hold the first paragraph without the one after it, which
            # a title-like first paragraph reads (claims/layout.py ``_ParagraphWords``)
            doc.user_data[LEAD_KEY] = lead_paragraph(text)
        return preset_sentence_starts(doc, chunk.sentence_starts, chunk.start)

    def _matches(
        self, doc: Doc, document: Document, only: Collection[str] | None = None
    ) -> Matches:
        starts = {sentence.start_char for sentence in doc.sents}
        starts.update(document.block_starts)
        starts.add(0)
        return Matches(document, self.matchers.find(doc, only), sorted(starts))

    def _completed(self, document: Document) -> Matches:
        """A window analysed again, the sections a require rule reads included
        (what its Matches' ``more`` gave; the Joiner kept only its offsets)."""
        shown, offsets = collapsed(document)
        if self.prefilter is None:
            matches = self.reanalyze(shown)
        else:
            pass_ = _Prefiltered(self, self.prefilter)
            ((matches, _),) = list(pass_.analyze([(shown, None)], lambda context: True))
            matches = matches.more() if matches.more is not None else matches
        return matches if offsets is None else offsets.matches(matches, document)

    def reanalyze(self, document: Document) -> Matches:
        """The full pass over one document."""
        return self._matches(self.pipeline.nlp(self.whole(document)), document)


@dataclass(frozen=True)
class _Piece(Generic[C]):
    """What travels with a document or a window through a pass: the document
    it belongs to, and which window of it this is (None: the document itself).
    ``partial``: one of several windows, so a ``require`` rule's trigger may be
    in another one."""

    document: Document
    context: C
    window: Window | None = None
    last: bool = True
    partial: bool = False
    # The map back from the text the pipeline saw (whitespace runs collapsed:
    # whitespace.py) to the document's or window's offsets; None: the same text.
    offsets: OffsetMap | None = None


def _as_of(matches: Matches, document: Document) -> Matches:
    """Matches of a copy of ``document`` (same offsets) as matches of ``document``."""
    more = matches.more
    if more is None:
        return replace(matches, document=document)
    return replace(matches, document=document, more=lambda: _as_of(more(), document))


@dataclass
class _Pending:
    """A planned document waiting for its chunks to come back from ``nlp.pipe``."""

    plan: Plan
    parsed: list[tuple[Chunk, Doc]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.parsed) == len(self.plan.chunks)


class _Prefiltered:
    """The prefiltered pass over a stream of documents (see ``prefilter.py``)."""

    def __init__(self, analyzer: Analyzer, prefilter: Prefilter) -> None:
        self.analyzer = analyzer
        self.prefilter = prefilter

    def analyze(
        self,
        items: Iterable[tuple[Document, C]],
        partial: Callable[[C], bool] = lambda context: False,
        also: Callable[[C], Collection[str]] = lambda context: (),
    ) -> Iterator[tuple[Matches, C]]:
        """Parse only the chunks each plan asks for; documents come out in input
        order (one with no chunk waits for the ones before it). ``partial``
        tells a window of a longer document, ``also`` the rules its judgement
        reads besides the reported ones (see ``Prefilter.plan``)."""
        pending: deque[tuple[_Pending, C]] = deque()

        def chunks() -> Iterator[tuple[Doc, tuple[_Pending, Chunk]]]:
            for document, context in items:
                plan = self.prefilter.plan(document, partial=partial(context), also=also(context))
                entry = _Pending(plan)
                pending.append((entry, context))
                for chunk in entry.plan.chunks:
                    yield self.analyzer.part(document, chunk), (entry, chunk)

        def ready() -> Iterator[tuple[Matches, C]]:
            while pending and pending[0][0].done:
                entry, context = pending.popleft()
                yield self._matches(entry), context

        nlp = self.analyzer.pipeline.nlp
        for doc, (entry, chunk) in bounded_pipe(nlp, chunks(), self._prepare):
            yield from ready()  # documents planned with no chunk before this one
            entry.parsed.append((chunk, doc))
            yield from ready()
        yield from ready()

    def _prepare(self, batch: list[tuple[Doc, tuple[_Pending, Chunk]]]) -> None:
        self.analyzer.matchers.prepare((doc, chunk.rules) for doc, (_, chunk) in batch)

    def _matches(self, entry: _Pending) -> Matches:
        plan = entry.plan
        document = plan.document
        own: dict[str, list[CharSpan]] = {}
        starts = {0, *document.block_starts}
        if not self._collect(entry.parsed, own, starts):
            return self.analyzer.reanalyze(document)
        if not plan.later:
            return Matches(document, _sorted(own), sorted(starts))

        def more() -> Matches:
            """The sections only a require rule reads, analysed on demand."""
            nlp = self.analyzer.pipeline.nlp
            prepared = ((self.analyzer.part(document, chunk), chunk) for chunk in plan.later)
            parsed = [(chunk, doc) for doc, chunk in bounded_pipe(nlp, prepared)]
            if not self._collect(parsed, own, starts):
                return self.analyzer.reanalyze(document)
            return Matches(document, _sorted(own), sorted(starts))

        return Matches(document, _sorted(own), sorted(starts), plan.requires, more)

    def _collect(
        self, parsed: list[tuple[Chunk, Doc]], own: dict[str, list[CharSpan]], starts: set[int]
    ) -> bool:
        """Add the matches and sentence starts inside the chunks' analysed sections
        to ``own`` and ``starts``; False if the chunks cannot be trusted and the
        document needs the full pass."""
        for chunk, doc in parsed:
            if self._space_mistagged(doc):
                return False  # the prefilter trusted POS lists to keep matches off blank lines
            sections = chunk.sections
            where = {rule_id: _shifted(scope, -chunk.start) for rule_id, scope in chunk.where}
            found = self.analyzer.matchers.find(doc, chunk.rules, within=where)
            for rule_id, spans in found.items():
                for start, end in spans:
                    start, end = start + chunk.start, end + chunk.start
                    inside = _overlapping(sections, start, end)
                    if not inside:
                        continue  # a match in the margin: its own section is not analysed
                    if not (inside[0][0] <= start and end <= inside[0][1]):
                        return False  # crosses a section boundary: the premise fails
                    own.setdefault(rule_id, []).append((start, end))
            for sentence in doc.sents:
                start = sentence.start_char + chunk.start
                if _overlapping(sections, start, start + 1):
                    starts.add(start)
        return True

    def _space_mistagged(self, doc: Doc) -> bool:
        """A whitespace token the tagger did not label SPACE (never seen so far)."""
        if "pos" not in self.analyzer.pipeline.capabilities or not len(doc):
            return False
        from spacy.symbols import SPACE

        columns = doc.to_array(["IS_SPACE", "POS"])
        return bool(((columns[:, 0] == 1) & (columns[:, 1] != SPACE)).any())


def bounded_pipe(
    nlp: Language,
    items: Iterable[tuple[Doc, X]],
    prepare: Callable[[list[tuple[Doc, X]]], None] | None = None,
) -> Iterator[tuple[Doc, X]]:
    """``nlp.pipe`` over (Doc, extra) pairs in batches of at most BATCH_SIZE Docs
    and BATCH_TOKENS tokens: the model's memory grows with the tokens of a
    batch, and a count alone lets 64 long windows make one huge batch.
    ``prepare`` sees each tagged batch first (the claims parse it at once)."""
    for batch in _batches(items):
        tagged = list(nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
        if prepare is not None:
            prepare(tagged)
        yield from tagged


def _batches(items: Iterable[tuple[Doc, X]]) -> Iterator[list[tuple[Doc, X]]]:
    batch: list[tuple[Doc, X]] = []
    tokens = 0
    for doc, extra in items:
        alone = len(doc) > LONE_TOKENS
        if batch and (alone or len(batch) == BATCH_SIZE or tokens + len(doc) > BATCH_TOKENS):
            yield batch
            batch, tokens = [], 0
        batch.append((doc, extra))
        tokens += len(doc)
        if alone:
            yield batch
            batch, tokens = [], 0
    if batch:
        yield batch


def _overlapping(
    sections: tuple[tuple[int, int], ...], start: int, end: int
) -> tuple[tuple[int, int], ...]:
    """The sections (sorted, disjoint) that overlap ``[start, end)``, found by
    bisection: a window's chunk can hold hundreds of sections, and trying
    each for every match and sentence made a long document quadratic."""
    first = max(bisect_right(sections, (start, math.inf)) - 1, 0)
    last = bisect_left(sections, (end,))
    return tuple(s for s in sections[first:last] if start < s[1])


def _shifted(scope: Scope, by: int) -> Scope:
    """A scope with its char ranges moved ``by`` characters (document → chunk)."""
    return tuple(
        (part, None if ranges is None else tuple((s + by, e + by) for s, e in ranges))
        for part, ranges in scope
    )


def _sorted(own: dict[str, list[CharSpan]]) -> dict[str, list[CharSpan]]:
    return {rule_id: sorted(set(spans)) for rule_id, spans in own.items()}
