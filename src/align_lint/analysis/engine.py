"""Documents × compiled rules → findings.

The engine runs every document through one ``nlp.pipe``, asks the compiled
matchers for raw matches, then applies the rule logic that makes matches
meaningful:

* ``match.rules``: a rule may reuse other rules' matches;
* ``unless_overlapping``: a match is dropped when it overlaps a match of a
  listed rule/category ("5,000 new subscribers on YouTube" is not an outcome);
* ``unless``: a match is dropped when a listed rule/category has a surviving
  match in the same sentence ("we don't chase likes");
* ``downgrade_if``: a match becomes ``info`` when a listed rule/category
  matched in the same paragraph ("12k followers, who sent 40 demo requests";
  "The video got 2M views. It drove 4,800 sign-ups.");
* ``when``: a rule applies only to documents where a listed rule/category
  has a (surviving) match;
* ``require``: a document-level rule fires when the document has no match.

Sentences never cross a Markdown block boundary (heading, paragraph, list
item), so a heading is not "tied" to the paragraph under it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, islice
from typing import TYPE_CHECKING

from align_lint.analysis.matchers import CharSpan, CompiledRules, Scope
from align_lint.analysis.pipeline import Pipeline
from align_lint.analysis.prefilter import (
    Chunk,
    Plan,
    Prefilter,
    block_sentence_starts,
    context_margin,
)
from align_lint.documents import Document, document_from_text
from align_lint.report.records import Finding, Severity
from align_lint.rules.loader import RuleSet
from align_lint.rules.schema import Rule

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 64
FEW = 4  # fewer documents than this skip the prefilter


@dataclass(frozen=True)
class _Refs:
    """A rule's references, expanded once from ids/categories to rule ids."""

    reuse: frozenset[str]
    unless_overlapping: frozenset[str]
    unless: frozenset[str]
    downgrade_if: frozenset[str]
    when: frozenset[str]


@dataclass(frozen=True)
class ExampleCheck:
    """One rule example run through the engine: did it behave as labelled?"""

    rule: str
    kind: str  # "flagged" | "passed"
    text: str
    ok: bool
    findings: tuple[Finding, ...]


@dataclass
class _Pending:
    """A planned document waiting for its chunks to come back from ``nlp.pipe``."""

    plan: Plan
    parsed: list[tuple[Chunk, Doc]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return len(self.parsed) == len(self.plan.chunks)


class Engine:
    def __init__(self, rule_set: RuleSet, pipeline: Pipeline, *, prefilter: bool = True) -> None:
        self.pipeline = pipeline
        self.compiled = CompiledRules(rule_set, pipeline.nlp, pipeline.capabilities)
        self.rules = self.compiled.rules
        self._refs = {rule.id: self._expand(rule) for rule in self.rules}
        self._unless_order = self._order_by_unless()
        # The blank pipeline is as cheap as the prefilter itself: nothing to save.
        self._use_prefilter = prefilter and not pipeline.is_blank

    @property
    def notices(self) -> tuple[str, ...]:
        return self.pipeline.notices + tuple(s.notice for s in self.compiled.skipped)

    def _expand(self, rule: Rule) -> _Refs:
        def ids(references: tuple[str, ...]) -> frozenset[str]:
            # A skipped rule expands to nothing: it simply never matches.
            return frozenset().union(*(self.rules.expand(r) for r in references))

        return _Refs(
            reuse=ids(rule.match.rules),
            unless_overlapping=ids(rule.unless_overlapping),
            unless=ids(rule.unless),
            downgrade_if=ids(rule.downgrade_if),
            when=ids(rule.when),
        )

    def _order_by_unless(self) -> tuple[str, ...]:
        """Rule ids so that every rule comes after the rules its ``unless`` names
        (the loader has rejected loops), so a cancelled match never cancels."""
        order: list[str] = []

        def visit(rule_id: str) -> None:
            if rule_id not in order:
                for other in sorted(self._refs[rule_id].unless):
                    visit(other)
                order.append(rule_id)

        for rule in self.rules:
            visit(rule.id)
        return tuple(order)

    @cached_property
    def prefilter(self) -> Prefilter | None:
        if not self._use_prefilter:
            return None
        # A pipeline whose context reach is unknown cannot be cut into chunks.
        margin = context_margin(self.pipeline.nlp)
        return None if margin is None else Prefilter(self.rules, self.pipeline.nlp, margin)

    def run(self, documents: Iterable[Document]) -> Iterator[tuple[Document, tuple[Finding, ...]]]:
        """Findings for each document, in input order, from one ``nlp.pipe``.

        A handful of documents (one draft in a pre-commit hook) take the full
        pass: building the prefilter would cost more than it saves."""
        documents = iter(documents)
        first = list(islice(documents, FEW))
        if len(first) == FEW and self.prefilter is not None:
            yield from self._run_prefiltered(chain(first, documents))
            return
        for doc, document in self._parsed(chain(first, documents)):
            yield document, self.findings(doc, document)

    def _prepare(self, document: Document, chunk: Chunk | None = None) -> Doc:
        """A Doc of the document (or one chunk of it) with sentence starts preset
        at the first token of every Markdown block; the parser and the senter
        both respect preset starts."""
        nlp = self.pipeline.nlp
        starts: frozenset[int] | set[int]
        if chunk is None:
            doc = nlp.make_doc(document.analysis_text)
            starts = block_sentence_starts(doc, document.block_starts)
            offset = 0
        else:
            doc = nlp.make_doc(document.analysis_text[chunk.start : chunk.end])
            starts = chunk.sentence_starts
            offset = chunk.start
        for token in doc[1:]:
            if token.idx + offset in starts:
                token.is_sent_start = True
        return doc

    def findings(self, doc: Doc, document: Document) -> tuple[Finding, ...]:
        return self._evaluate(doc, document)[0]

    def check_examples(self) -> Iterator[ExampleCheck]:
        """Run every rule's examples as standalone documents (with all rules
        active, so unless/when behave as in real use)."""
        cases = [
            (rule, kind, text)
            for rule in self.rules
            for kind, texts in (
                ("flagged", rule.examples.flagged),
                ("passed", rule.examples.passed),
            )
            for text in texts
        ]
        documents = (document_from_text(text, f"{rule.id}.example.md") for rule, _, text in cases)
        for (rule, kind, text), (doc, document) in zip(cases, self._parsed(documents), strict=True):
            findings, surviving = self._evaluate(doc, document)
            if rule.report:
                fired = any(f.rule == rule.id and f.severity is rule.severity for f in findings)
            else:
                fired = bool(surviving[rule.id])
            yield ExampleCheck(rule.id, kind, text, fired == (kind == "flagged"), findings)

    def _parsed(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        prepared = ((self._prepare(document), document) for document in documents)
        yield from self.pipeline.nlp.pipe(prepared, as_tuples=True, batch_size=BATCH_SIZE)

    def _run_prefiltered(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[Document, tuple[Finding, ...]]]:
        """Parse only the chunks the prefilter asks for; documents come out in
        input order (those with no chunk wait for the ones before them)."""
        assert self.prefilter is not None
        prefilter = self.prefilter
        pending: deque[_Pending] = deque()

        def chunks() -> Iterator[tuple[Doc, tuple[_Pending, Chunk]]]:
            for document in documents:
                plan = prefilter.plan(document)
                entry = _Pending(plan)
                pending.append(entry)
                for chunk in plan.chunks:
                    yield self._prepare(document, chunk), (entry, chunk)

        def ready() -> Iterator[tuple[Document, tuple[Finding, ...]]]:
            while pending and pending[0].done:
                entry = pending.popleft()
                yield entry.plan.document, self._planned_findings(entry)

        stream = self.pipeline.nlp.pipe(chunks(), as_tuples=True, batch_size=BATCH_SIZE)
        for doc, (entry, chunk) in stream:
            yield from ready()  # documents planned with no chunk before this one
            entry.parsed.append((chunk, doc))
            yield from ready()
        yield from ready()

    def _planned_findings(self, entry: _Pending) -> tuple[Finding, ...]:
        plan = entry.plan
        document = plan.document
        own: dict[str, list[CharSpan]] = {}
        starts = {0, *document.block_starts}
        if not self._collect(entry.parsed, own, starts):
            return self._full_pass(document)
        findings, surviving = self._evaluate_matches(_sorted(own), sorted(starts), document)
        if plan.later and any(self._would_fire(r, surviving) for r in plan.requires):
            # A require rule is still unanswered: look where only its matches can be.
            nlp = self.pipeline.nlp
            docs = nlp.pipe(self._prepare(document, chunk) for chunk in plan.later)
            if not self._collect(list(zip(plan.later, docs, strict=True)), own, starts):
                return self._full_pass(document)
            findings, _ = self._evaluate_matches(_sorted(own), sorted(starts), document)
        return findings

    def _would_fire(self, rule_id: str, surviving: dict[str, list[CharSpan]]) -> bool:
        """Would this require rule fire on the matches so far (it has its ``when``
        and no match of its own)? Only then can more matches change anything."""
        when = self._refs[rule_id].when
        return not surviving[rule_id] and (not when or any(surviving[r] for r in when))

    def _full_pass(self, document: Document) -> tuple[Finding, ...]:
        return self.findings(self.pipeline.nlp(self._prepare(document)), document)

    def _collect(
        self,
        parsed: list[tuple[Chunk, Doc]],
        own: dict[str, list[CharSpan]],
        starts: set[int],
    ) -> bool:
        """Add the matches and sentence starts inside the chunks' analysed sections
        to ``own`` and ``starts``; False if the chunks cannot be trusted and the
        document needs the full pass."""
        for chunk, doc in parsed:
            if self._space_mistagged(doc):
                return False  # the prefilter trusted POS lists to keep matches off blank lines
            sections = chunk.sections
            where = {rule_id: _shifted(scope, -chunk.start) for rule_id, scope in chunk.where}
            found = self.compiled.find(doc, chunk.rules, within=where)
            for rule_id, spans in found.items():
                for start, end in spans:
                    start, end = start + chunk.start, end + chunk.start
                    inside = [s for s in sections if s[0] < end and start < s[1]]
                    if not inside:
                        continue  # a match in the margin: its own section is not analysed
                    if not (inside[0][0] <= start and end <= inside[0][1]):
                        return False  # crosses a section boundary: the premise fails
                    own.setdefault(rule_id, []).append((start, end))
            for sentence in doc.sents:
                start = sentence.start_char + chunk.start
                if any(s[0] <= start < s[1] for s in sections):
                    starts.add(start)
        return True

    def _evaluate(
        self, doc: Doc, document: Document
    ) -> tuple[tuple[Finding, ...], dict[str, list[CharSpan]]]:
        return self._evaluate_matches(
            self.compiled.find(doc), _sentence_bounds(doc, document), document
        )

    def _evaluate_matches(
        self, own: dict[str, list[CharSpan]], bounds: list[int], document: Document
    ) -> tuple[tuple[Finding, ...], dict[str, list[CharSpan]]]:
        """The rule logic over raw matches (``own``) and sentence starts (``bounds``)."""
        paragraphs = _paragraph_bounds(document)
        context = self._context_matches(own)

        def sentences_of(rule_ids: frozenset[str]) -> set[int]:
            return {_segment(bounds, s) for r in rule_ids for s, _ in surviving.get(r, ())}

        # unless, downgrade_if and when see the *surviving* matches of the rules
        # they name: "12k followers" cancelled by criticism cancels nothing else.
        surviving: dict[str, list[CharSpan]] = {}
        for rule_id in self._unless_order:
            cancelled = sentences_of(self._refs[rule_id].unless)
            surviving[rule_id] = [
                m for m in context[rule_id] if _segment(bounds, m[0]) not in cancelled
            ]

        findings: list[Finding] = []
        for rule in self.rules:
            refs = self._refs[rule.id]
            if not rule.report:
                continue
            if refs.when and not any(surviving[r] for r in refs.when):
                continue
            if rule.require:
                if not surviving[rule.id]:
                    findings.append(_document_finding(rule, document))
                continue
            # A tie reaches across the sentences of one paragraph: recaps often
            # list the numbers first and say what they produced at the end.
            tied_paragraphs = {
                _segment(paragraphs, s) for r in refs.downgrade_if for s, _ in surviving[r]
            }
            for start, end in surviving[rule.id]:
                tied = _segment(paragraphs, start) in tied_paragraphs
                findings.append(_span_finding(rule, document, start, end, tied=tied))
        return tuple(sorted(findings, key=lambda f: f.sort_key)), surviving

    def _space_mistagged(self, doc: Doc) -> bool:
        """A whitespace token the tagger did not label SPACE (never seen so far)."""
        if "pos" not in self.pipeline.capabilities or not len(doc):
            return False
        from spacy.symbols import SPACE

        columns = doc.to_array(["IS_SPACE", "POS"])
        return bool(((columns[:, 0] == 1) & (columns[:, 1] != SPACE)).any())

    def _context_matches(self, own: dict[str, list[CharSpan]]) -> dict[str, list[CharSpan]]:
        """Each rule's matches as other rules see them: its own plus those of the
        rules its ``match.rules`` reuses, minus any overlapping a match of a rule
        named in its ``unless_overlapping``.

        Overlaps are judged against *plain* matches (own plus reused, nothing
        dropped), so two rules may exclude each other without a cycle.
        """
        plain: dict[str, list[CharSpan]] = {}
        context: dict[str, list[CharSpan]] = {}

        def resolve(
            rule_id: str, table: dict[str, list[CharSpan]], filtered: bool
        ) -> list[CharSpan]:
            if rule_id not in table:
                refs = self._refs[rule_id]
                spans = list(own.get(rule_id, []))
                for reused in sorted(refs.reuse):
                    spans.extend(resolve(reused, table, filtered))
                # Merge first: "earned $2M in earned media value" is one match,
                # and it overlaps media-value as a whole.
                spans = _merge_overlaps(spans)
                if filtered:
                    others = [s for r in refs.unless_overlapping for s in resolve(r, plain, False)]
                    spans = _drop_overlapping(spans, others)
                table[rule_id] = spans
            return table[rule_id]

        for rule in self.rules:
            resolve(rule.id, context, True)
        return context


def _sentence_bounds(doc: Doc, document: Document) -> list[int]:
    starts = {sentence.start_char for sentence in doc.sents}
    starts.update(document.block_starts)
    starts.add(0)
    return sorted(starts)


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")


def _paragraph_bounds(document: Document) -> list[int]:
    """Paragraphs are separated by blank lines (a list or a tweet is one paragraph)."""
    return [0, *(m.end() for m in _BLANK_LINE.finditer(document.analysis_text))]


def _segment(bounds: list[int], offset: int) -> int:
    return bisect_right(bounds, offset) - 1


def _merge_overlaps(spans: list[CharSpan]) -> list[CharSpan]:
    """Union overlapping matches of one rule, so "25k followers" and "followers
    on LinkedIn" become one finding, "25k followers on LinkedIn"."""
    merged: list[CharSpan] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _drop_overlapping(spans: list[CharSpan], others: list[CharSpan]) -> list[CharSpan]:
    return [s for s in spans if not any(s[0] < o[1] and o[0] < s[1] for o in others)]


def _span_finding(rule: Rule, document: Document, start: int, end: int, *, tied: bool) -> Finding:
    text = document.text[start:end]
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    severity = Severity.INFO if tied else rule.severity
    message = rule.format_message(text)
    if tied:
        message += " (tied to an outcome in the same paragraph)"
    return Finding(
        start=start,
        end=end,
        rule=rule.id,
        category=rule.category,
        severity=severity,
        message=message,
        suggestion=rule.suggestion,
        text=text,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        context=document.lines.line_text(line),
    )


def _document_finding(rule: Rule, document: Document) -> Finding:
    return Finding(
        start=0,
        end=0,
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=rule.format_message(""),
        suggestion=rule.suggestion,
        text="",
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        scope="document",
    )


def _shifted(scope: Scope, by: int) -> Scope:
    """A scope with its char ranges moved ``by`` characters (document → chunk)."""
    return tuple(
        (part, None if ranges is None else tuple((s + by, e + by) for s, e in ranges))
        for part, ranges in scope
    )


def _sorted(own: dict[str, list[CharSpan]]) -> dict[str, list[CharSpan]]:
    return {rule_id: sorted(set(spans)) for rule_id, spans in own.items()}
