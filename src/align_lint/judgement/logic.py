"""Matches → findings: the rule logic that makes raw matches meaningful.

* ``match.rules``: a rule may reuse other rules' matches;
* ``unless: {overlapping}``: a match is dropped when it overlaps a match of a
  listed rule/category ("5,000 new subscribers on YouTube" is not an outcome);
* ``unless``: a match is dropped when a listed rule/category has a surviving
  match in the same sentence ("we don't chase likes"), unless a contrast
  ("but", "yet", "still", "however") stands between that match and it: "we
  don't care about vanity metrics, but 2 million views is pretty cool!";
* ``downgrade``: a match becomes ``info`` when a listed rule/category has a
  surviving match in the rule's scope: ``tied`` (the same sentence, "12k
  followers, who sent 40 demo requests", or the next sentence of the
  paragraph when it opens with a tie connective, "The video got 2M views.
  This resulted in 4,800 sign-ups."), ``sentence`` or ``paragraph``; the
  rule's ``note`` says what tied it;
* ``when``: a rule applies only to documents where a listed rule/category
  has a (surviving) match;
* ``require``: a document-level rule fires when the document has no match.

Sentences never cross a Markdown block boundary (heading, paragraph, list
item), so a heading is not "tied" to the paragraph under it. Paragraphs are
separated by blank lines, so a list or a tweet is one paragraph.

No spaCy here: matches arrive as character offsets (``analysis.records``).
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise

from align_lint.analysis.records import OFFSET, CharSpan, Matches, Spans
from align_lint.documents import Document
from align_lint.judgement.findings import document_finding, in_report_order, span_finding
from align_lint.report.records import Finding, Severity
from align_lint.rules.graph import RuleGraph
from align_lint.rules.schema import Rule

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")
# A clause that turns against the one before: what an ``unless`` match there
# said (a criticism, a denial) does not cover what comes after it.
_CONTRAST = re.compile(r"\b(?:but|yet|still|however)\b", re.IGNORECASE)

# Each rule's spans, sorted, as compact Spans: a long document's matches
# number in the millions, and every table here would copy them as tuples.
Surviving = Mapping[str, Sequence[CharSpan]]


@dataclass(frozen=True)
class Judged:
    """The findings of one document, sorted, and every rule's surviving matches
    (context rules' included): what ``unless``, ``when`` and ``downgrade``
    saw, and what a rule's example is checked against."""

    findings: tuple[Finding, ...]
    surviving: Surviving
    # The sentence starts of the matches judged (the complete ones when the
    # prefiltered pass had to analyse more): what fingerprints read.
    sentence_starts: Sequence[int] = ()


class Judge:
    def __init__(self, graph: RuleGraph) -> None:
        self.graph = graph
        connectives = graph.rules.lexicons.get("tie_connectives")
        # Longest first, so "this resulted in" is tried before "this".
        self._connectives = tuple(
            sorted(connectives.words if connectives else (), key=lambda c: (-len(c), c))
        )
        self._anaphors = _Anaphors(_words(graph, "tie_anaphors"), _words(graph, "not_anaphoric"))
        self._credits = tuple(sorted(_words(graph, "tie_credits")))

    def judge(self, matches: Matches) -> Judged:
        judged = self._judge(matches)
        # Held-back sections matter only if a deferred require rule would still fire.
        if matches.more is not None and any(
            self._would_fire(rule_id, judged.surviving) for rule_id in matches.deferred
        ):
            judged = self._judge(matches.more())
        return judged

    def _would_fire(self, rule_id: str, surviving: Surviving) -> bool:
        """Would this require rule fire on these matches (it has its ``when`` and
        no match of its own)? Only then can more matches change anything."""
        when = self.graph.references[rule_id].when
        return not surviving[rule_id] and (not when or any(surviving[r] for r in when))

    def _judge(self, matches: Matches) -> Judged:
        document = matches.document
        sentences = matches.sentence_starts
        context = self._context_matches(matches.spans)
        surviving = self._surviving(context, sentences, document.analysis_text)
        scopes = _Scopes(document, sentences, self._connectives, self._anaphors, self._credits)
        findings: list[Finding] = []
        for rule in self.graph.rules:
            references = self.graph.references[rule.id]
            if not rule.report:
                continue
            if references.when and not any(surviving[r] for r in references.when):
                continue
            if rule.require:
                if not surviving[rule.id]:
                    reasons = self._reasons(references.when, surviving)
                    findings.append(document_finding(rule, document, reasons))
                continue
            ties = _union([surviving[other] for other in references.downgrade])
            scope = rule.downgrade.scope if rule.downgrade else ""
            for start, end in surviving[rule.id]:
                tie = scopes.tie((start, end), ties, scope) if ties else None
                findings.append(self._finding(rule, document, start, end, tie))
        ordered = tuple(in_report_order(findings))
        del findings
        return Judged(ordered, surviving, matches.sentence_starts)

    def _reasons(self, rule_ids: frozenset[str], surviving: Surviving) -> Sequence[CharSpan]:
        """The matches that made a ``require`` rule apply: those of reported rules
        ("1.2 million views") rather than of context rules ("campaign results")
        when there are any."""
        reported = frozenset(r for r in rule_ids if _reports(self.graph.rules.get(r)))
        for chosen in (reported, rule_ids):
            # Sorted, as the finding lists them: every results claim of a long
            # draft, so not copied into tuples when each rule's are sorted.
            spans = _union([surviving[rule_id] for rule_id in sorted(chosen)])
            if spans:
                return spans
        return ()

    @staticmethod
    def _finding(
        rule: Rule, document: Document, start: int, end: int, tie: CharSpan | None
    ) -> Finding:
        if tie is None or rule.downgrade is None:
            return span_finding(rule, document, start, end)
        message = rule.format_message(document.text[start:end])
        if rule.downgrade.note:
            tying = " ".join(document.text[tie[0] : tie[1]].split())
            message += f" ({rule.downgrade.note.replace('{tie}', tying)})"
        return span_finding(rule, document, start, end, severity=Severity.INFO, message=message)

    def _surviving(
        self, context: Mapping[str, Spans], sentences: Sequence[int], text: str
    ) -> dict[str, Spans]:
        """Each rule's matches minus those its ``unless`` cancels. ``unless``,
        ``downgrade`` and ``when`` see the *surviving* matches of the rules
        they name: "12k followers" cancelled by criticism cancels nothing else."""
        surviving: dict[str, Spans] = {}
        for rule_id in self.graph.unless_order:
            cancelling = _Cancelling(
                sentences,
                [surviving.get(other, ()) for other in self.graph.references[rule_id].unless],
            )
            found = context[rule_id]
            if cancelling:  # else the same spans, not a copy of them
                found = Spans(m for m in found if not cancelling.cancels(m, text))
            surviving[rule_id] = found
        return surviving

    def _context_matches(self, own: Mapping[str, Sequence[CharSpan]]) -> dict[str, Spans]:
        """Each rule's matches as other rules see them: its own plus those of the
        rules its ``match.rules`` reuses, minus any overlapping a match of a rule
        named in its ``unless: {overlapping}``.

        Overlaps are judged against *plain* matches (own plus reused, nothing
        dropped), so two rules may exclude each other without a cycle.
        """
        plain: dict[str, Spans] = {}
        context: dict[str, Spans] = {}

        def resolve(rule_id: str, table: dict[str, Spans], filtered: bool) -> Spans:
            if rule_id not in table:
                references = self.graph.references[rule_id]
                sources: list[Sequence[CharSpan]] = [own.get(rule_id, ())]
                for reused in sorted(references.reuse):
                    sources.append(resolve(reused, table, filtered))
                # Merge first: "earned $2M in earned media value" is one match,
                # and it overlaps media-value as a whole.
                spans = _merge_overlaps(sources)
                if filtered and references.unless_overlapping:
                    others = [resolve(r, plain, False) for r in references.unless_overlapping]
                    spans = _drop_overlapping(spans, others)
                table[rule_id] = spans
            return table[rule_id]

        for rule in self.graph.rules:
            resolve(rule.id, context, True)
        return context


class _Cancelling:
    """Per sentence holding a match of an ``unless`` rule, the furthest end of
    those matches: all that decides whether a match there is cancelled. A match
    is cancelled when a cancelling match ends past its start ("2M views, but
    views mean nothing"), or when every one ends at or before it and no contrast
    stands between the furthest of them and it.

    Kept as two arrays in sentence order (4 bytes each a sentence): a long
    draft's context rules cancel with hundreds of thousands of matches, and a
    table of every match's end per sentence (an int key, a list and an int a
    match) took 15 MB for a moment at 10 MB of draft, as much as its findings."""

    __slots__ = ("_furthest", "_segments", "_sentences")

    def __init__(self, sentences: Sequence[int], sources: Sequence[Sequence[CharSpan]]) -> None:
        self._sentences = sentences
        tables = [_furthest_per_sentence(sentences, spans) for spans in sources if spans]
        if len(tables) == 1:
            self._segments, self._furthest = tables[0]
        else:  # none, or one table a source (an ``unless`` of several rules): merged
            self._segments, self._furthest = _merged_tables(tables)

    def __bool__(self) -> bool:
        return bool(self._segments)

    def cancels(self, match: CharSpan, text: str) -> bool:
        """Is ``match`` in a sentence with a cancelling match, and not after a
        contrast that follows every cancelling match before it?"""
        segment = _segment(self._sentences, match[0])
        index = bisect_left(self._segments, segment)
        if index == len(self._segments) or self._segments[index] != segment:
            return False
        furthest = self._furthest[index]
        if furthest > match[0]:
            return True  # a cancelling match at or after it: "2M views, but views mean nothing"
        return _CONTRAST.search(text, furthest, match[0]) is None


def _furthest_per_sentence(
    sentences: Sequence[int], spans: Sequence[CharSpan]
) -> tuple[array[int], array[int]]:
    """The sentences holding ``spans`` in order, and the furthest end of the
    spans each holds. Spans sorted by start (the judgement's tables are) lie in
    non-decreasing sentences; others are sorted first."""
    segments, ends = array(OFFSET), array(OFFSET)
    for start, end in spans:
        segment = _segment(sentences, start)
        if segments and segment == segments[-1]:
            ends[-1] = max(ends[-1], end)
        elif not segments or segment > segments[-1]:
            segments.append(segment)
            ends.append(end)
        else:
            return _furthest_per_sentence(sentences, sorted(spans))
    return segments, ends


def _merged_tables(
    tables: Sequence[tuple[array[int], array[int]]],
) -> tuple[array[int], array[int]]:
    """Several sources' tables as one: each sentence once, with the furthest end."""
    segments, ends = array(OFFSET), array(OFFSET)
    for segment, end in heapq.merge(*(zip(s, e, strict=True) for s, e in tables)):
        if segments and segment == segments[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            segments.append(segment)
            ends.append(end)
    return segments, ends


def _words(graph: RuleGraph, name: str) -> frozenset[str]:
    lexicon = graph.rules.lexicons.get(name)
    return frozenset(lexicon.words) if lexicon else frozenset()


# "800 of them had ordered", "3% of those bought": a share of what the sentence
# before counted, wherever it stands in the sentence; and what came from them:
# "conversion from those viewers was 3.2%", "sales among these readers".
_PARTITIVE = re.compile(
    r"(?:\b\d[\d,.]*\s*%?|\b(?:most|many|half|some|all|several|dozens|hundreds|thousands))"
    r"\s+of\s+(?:them|those|these)\b"
    r"|\b(?:from|among|amongst)\s+(?:them|those|these)\b"
)


@dataclass(frozen=True)
class _Anaphors:
    """Subjects that point back at the sentence before ("Those viewers
    requested 2,300 quotes", "It also filled every seat"), unless the next word
    makes them a time or a remark ("This year…", "That said…")."""

    words: frozenset[str]
    not_after: frozenset[str]

    def opens(self, text: str) -> bool:
        first, _, rest = text.partition(" ")
        if first not in self.words:
            return False
        following = rest.split(" ", 1)[0].strip(",.;:!?")
        return following not in self.not_after


def _reports(rule: Rule | None) -> bool:
    return rule is not None and rule.report


def _paragraph_starts(document: Document) -> array[int]:
    """Paragraphs are separated by blank lines (a list or a tweet is one paragraph)."""
    return array(
        OFFSET, chain((0,), (m.end() for m in _BLANK_LINE.finditer(document.analysis_text)))
    )


class _Scopes:
    """Where a match sits (its sentence, its paragraph), to find what ties it."""

    _LEADING = re.compile(r"[^\w]*")

    def __init__(
        self,
        document: Document,
        sentences: Sequence[int],
        connectives: tuple[str, ...],
        anaphors: _Anaphors,
        credits: tuple[str, ...] = (),
    ) -> None:
        self.text = document.analysis_text
        # A start followed by nothing but whitespace before the next one is not a
        # sentence of its own ("\n\n" the senter put apart from "This resulted…").
        # An array: a 50 MB draft has over a million sentences.
        self.sentences = array(
            OFFSET,
            (
                start
                for start, following in pairwise(chain(sentences, (len(self.text),)))
                if self.text[start:following].strip() or following == len(self.text)
            ),
        )
        self.paragraphs = _paragraph_starts(document)
        self.connectives = connectives
        self.anaphors = anaphors
        self.credits = credits

    def tie(self, span: CharSpan, ties: Sequence[CharSpan], scope: str) -> CharSpan | None:
        """The first match of ``ties`` (sorted) in ``span``'s scope, or None.

        A scope is a run of offsets (a sentence, a paragraph, a sentence and the
        next), so only the ties that start inside that run are tried, found by
        bisection: trying every tie for every match made a long document
        quadratic (issue 11)."""
        low, high = self._reach(span[0], scope)
        for index in range(bisect_left(ties, (low,)), len(ties)):
            tie = ties[index]
            if tie[0] >= high:
                return None
            if self._within(span[0], tie[0], scope):
                return tie
        return None

    def _reach(self, offset: int, scope: str) -> tuple[int, float]:
        """Offsets ``[low, high)`` that hold every offset within ``scope`` of ``offset``."""
        starts = self.paragraphs if scope == "paragraph" else self.sentences
        at = _segment(starts, offset)
        following = at + (2 if scope == "tied" else 1)
        if scope == "tied" and at > 0 and self._credits_the_one_before(at):
            at -= 1  # the outcome the match's sentence credits is in the one before
        low = starts[at] if at >= 0 else 0
        return low, starts[following] if following < len(starts) else math.inf

    def _within(self, offset: int, other: int, scope: str) -> bool:
        if scope == "paragraph":
            return _segment(self.paragraphs, offset) == _segment(self.paragraphs, other)
        sentence, other_sentence = _segment(self.sentences, offset), _segment(self.sentences, other)
        if sentence == other_sentence:
            return True
        # "The video got 2M views. This resulted in 900 pre-orders.", in the same
        # paragraph or opening the next one; or the outcome told first, which
        # the match's sentence credits ("Enrolments passed 180. The livestream,
        # watched by 9,000 people, played a big part.").
        if scope != "tied":
            return False
        if other_sentence == sentence + 1:
            return self._opens_with_tie(self.sentences[other_sentence])
        return other_sentence == sentence - 1 and self._credits_the_one_before(sentence)

    def _credits_the_one_before(self, sentence: int) -> bool:
        """Does this sentence credit what the one before it told ("The
        livestream, watched by 9,000 people, played a big part", "Our TikTok
        did the heavy lifting")? A phrase of ``tie_credits`` that ends it."""
        if not self.credits:
            return False
        start = self.sentences[sentence]
        end = self.sentences[sentence + 1] if sentence + 1 < len(self.sentences) else len(self.text)
        # Its last words only: a credit ends the sentence, which may be long.
        said = " ".join(self.text[max(start, end - 80) : end].lower().split()).rstrip(" .!")
        return any(said.endswith(credit) for credit in self.credits)

    def _opens_with_tie(self, start: int) -> bool:
        """Does the sentence at ``start`` open with a tie connective or a subject
        pointing back ("Those viewers…", "It…"), perhaps after a short lead-in
        ("Most importantly, it drove 4,800 sign-ups"), or count a share of what
        the sentence before counted ("By the end of the stream, 800 of them had
        ordered")?"""
        opening = self.text[start : start + 80].lower()
        if _PARTITIVE.search(opening):
            return True
        openings = [opening]
        lead_in, comma, rest = opening.partition(",")
        if comma and len(lead_in.split()) <= 3:
            openings.append(rest)
        for text in openings:
            text = text[self._LEADING.match(text).end() :]  # type: ignore[union-attr]
            if self.anaphors.opens(text):
                return True
            for connective in self.connectives:
                if text.startswith(connective) and not text[len(connective) :][:1].isalnum():
                    return True
        return False


def _segment(starts: Sequence[int], offset: int) -> int:
    """Which segment (sentence, paragraph) of these sorted starts holds ``offset``."""
    return bisect_right(starts, offset) - 1


def _union(sources: Sequence[Sequence[CharSpan]]) -> Sequence[CharSpan]:
    """The spans of ``sources`` in one sorted sequence, duplicates kept (what
    ``sorted`` of them all gives), merged without copying them as tuples when
    each is sorted already, as the judgement's own tables are."""
    if len(sources) == 1 and _is_sorted(sources[0]):
        return sources[0]
    return Spans(_ordered(sources))


def _ordered(sources: Sequence[Sequence[CharSpan]]) -> Iterable[CharSpan]:
    """The spans of ``sources`` in sorted order, duplicates kept."""
    if all(_is_sorted(spans) for spans in sources):
        return heapq.merge(*sources)
    return sorted(chain.from_iterable(sources))


def _is_sorted(spans: Sequence[CharSpan]) -> bool:
    return all(a <= b for a, b in pairwise(spans))


def _merge_overlaps(sources: Sequence[Sequence[CharSpan]]) -> Spans:
    """Union overlapping matches of one rule (its own and those it reuses), so
    "25k followers" and "followers on LinkedIn" become one finding, "25k
    followers on LinkedIn"; sorted, each span once."""
    merged = Spans()
    if not any(sources):
        return merged  # most rules match nothing in a post: no merge to set up
    last: CharSpan | None = None
    previous: CharSpan | None = None
    for span in _ordered(sources):
        if span == previous:
            continue  # the same match from two sources: once
        previous = span
        if last is not None and span[0] < last[1]:
            last = (last[0], max(span[1], last[1]))
        else:
            if last is not None:
                merged.append(last)
            last = span
    if last is not None:
        merged.append(last)
    return merged


def _drop_overlapping(spans: Spans, others: Sequence[Sequence[CharSpan]]) -> Spans:
    """``spans`` (merged: sorted and disjoint, so their ends ascend too) minus
    those overlapping any of ``others``. A span overlaps one when, among the
    others that start before it ends, the furthest end lies past its start:
    one sweep through both in order, where trying each of the others for each
    span made a long document quadratic (issue 11)."""
    ordered = iter(_ordered(others))
    pending = next(ordered, None)
    if pending is None:
        return spans
    furthest = -math.inf
    kept = Spans()
    for span in spans:
        while pending is not None and pending[0] < span[1]:
            furthest = max(furthest, pending[1])
            pending = next(ordered, None)
        if not furthest > span[0]:
            kept.append(span)
    return kept
