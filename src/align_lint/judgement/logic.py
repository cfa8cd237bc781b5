"""Matches → findings: the rule logic that makes raw matches meaningful.

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
item), so a heading is not "tied" to the paragraph under it. Paragraphs are
separated by blank lines, so a list or a tweet is one paragraph.

No spaCy here: matches arrive as character offsets (``analysis.records``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from align_lint.analysis.records import CharSpan, Matches
from align_lint.documents import Document
from align_lint.judgement.findings import document_finding, span_finding
from align_lint.report.records import Finding, Severity
from align_lint.rules.graph import RuleGraph

TIED = " (tied to an outcome in the same paragraph)"
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")

Surviving = Mapping[str, list[CharSpan]]


@dataclass(frozen=True)
class Judged:
    """The findings of one document, sorted, and every rule's surviving matches
    (context rules' included): what ``unless``, ``when`` and ``downgrade_if``
    saw, and what a rule's example is checked against."""

    findings: tuple[Finding, ...]
    surviving: Surviving


class Judge:
    def __init__(self, graph: RuleGraph) -> None:
        self.graph = graph

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
        sentences = list(matches.sentence_starts)
        surviving = self._surviving(self._context_matches(matches.spans), sentences)
        paragraphs = _paragraph_starts(document)
        findings: list[Finding] = []
        for rule in self.graph.rules:
            references = self.graph.references[rule.id]
            if not rule.report:
                continue
            if references.when and not any(surviving[r] for r in references.when):
                continue
            if rule.require:
                if not surviving[rule.id]:
                    findings.append(document_finding(rule))
                continue
            # A tie reaches across the sentences of one paragraph: recaps often
            # list the numbers first and say what they produced at the end.
            tied_paragraphs = {
                _segment(paragraphs, start)
                for other in references.downgrade_if
                for start, _ in surviving[other]
            }
            for start, end in surviving[rule.id]:
                if _segment(paragraphs, start) in tied_paragraphs:
                    message = rule.format_message(document.text[start:end]) + TIED
                    finding = span_finding(
                        rule, document, start, end, severity=Severity.INFO, message=message
                    )
                else:
                    finding = span_finding(rule, document, start, end)
                findings.append(finding)
        return Judged(tuple(sorted(findings, key=lambda f: f.sort_key)), surviving)

    def _surviving(
        self, context: dict[str, list[CharSpan]], sentences: list[int]
    ) -> dict[str, list[CharSpan]]:
        """Each rule's matches minus those its ``unless`` cancels. ``unless``,
        ``downgrade_if`` and ``when`` see the *surviving* matches of the rules
        they name: "12k followers" cancelled by criticism cancels nothing else."""
        surviving: dict[str, list[CharSpan]] = {}
        for rule_id in self.graph.unless_order:
            cancelled = {
                _segment(sentences, start)
                for other in self.graph.references[rule_id].unless
                for start, _ in surviving.get(other, ())
            }
            surviving[rule_id] = [
                m for m in context[rule_id] if _segment(sentences, m[0]) not in cancelled
            ]
        return surviving

    def _context_matches(self, own: Mapping[str, Sequence[CharSpan]]) -> dict[str, list[CharSpan]]:
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
                references = self.graph.references[rule_id]
                spans = list(own.get(rule_id, []))
                for reused in sorted(references.reuse):
                    spans.extend(resolve(reused, table, filtered))
                # Merge first: "earned $2M in earned media value" is one match,
                # and it overlaps media-value as a whole.
                spans = _merge_overlaps(spans)
                if filtered:
                    others = [
                        s for r in references.unless_overlapping for s in resolve(r, plain, False)
                    ]
                    spans = _drop_overlapping(spans, others)
                table[rule_id] = spans
            return table[rule_id]

        for rule in self.graph.rules:
            resolve(rule.id, context, True)
        return context


def _paragraph_starts(document: Document) -> list[int]:
    """Paragraphs are separated by blank lines (a list or a tweet is one paragraph)."""
    return [0, *(m.end() for m in _BLANK_LINE.finditer(document.analysis_text))]


def _segment(starts: list[int], offset: int) -> int:
    """Which segment (sentence, paragraph) of these sorted starts holds ``offset``."""
    return bisect_right(starts, offset) - 1


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
