"""Findings → score (design §4): deterministic, explainable, never below 0.

A rule's weight is the cost of its first finding in a document; each repeat
costs half the one before (integer halving), so a rule can never cost more
than twice its weight and one noisy rule cannot zero a long document.
``info`` findings cost nothing, and one clause is charged once: a finding
overlapping a costlier rule's finding ("reached 47,000 people" is both a
vanity metric and a reach claim) is reported but not charged. Findings about
the whole document (``no-business-outcome``) are charged on their own.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import pairwise

from align_lint.report.records import DocumentResult, FailOn, Finding, Score, ScoreLine, Severity


def repeat_cost(weight: int, count: int) -> int:
    """Total cost of ``count`` findings of a rule with this weight: w + w/2 + w/4 …"""
    return sum(repeat_charges(weight, count))


def repeat_charges(weight: int, count: int) -> tuple[int, ...]:
    """What each of ``count`` findings of a rule costs: w, w/2, w/4 …"""
    return tuple(weight >> i for i in range(count))


def charged(findings: Iterable[Finding], weights: Mapping[str, int]) -> list[Finding]:
    """The findings that cost something: not info, and not a clause already
    charged to a costlier rule (ties: the rule id first in order)."""
    kept: list[Finding] = []
    spans = _Spans()
    for finding in _costliest_first(findings, weights):
        if finding.scope == "span":
            if spans.overlapped(finding.start, finding.end, finding.rule):
                continue
            spans.add(finding.start, finding.end, finding.rule)
        kept.append(finding)
    return kept


def _costliest_first(findings: Iterable[Finding], weights: Mapping[str, int]) -> Iterator[Finding]:
    """The findings that cost something in the order ``sorted`` by (−weight,
    rule, start, end) gives them (stable), one rule at a time: a rule's
    findings come in report order, which is (start, end) order already, so
    they are sorted only when they are not. A key for every finding at once
    (a tuple and an int, about 100 bytes) was 20 MB of a 50 MB draft's
    200,000 findings, at the peak of its run."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.severity is not Severity.INFO and weights[finding.rule] > 0:
            by_rule.setdefault(finding.rule, []).append(finding)
    for rule in sorted(by_rule, key=lambda rule: (-weights[rule], rule)):
        group = by_rule.pop(rule)
        if not _in_span_order(group):
            group.sort(key=_span)
        yield from group


def _span(finding: Finding) -> tuple[int, int]:
    return finding.start, finding.end


def _in_span_order(findings: list[Finding]) -> bool:
    return all(
        a.start < b.start or (a.start == b.start and a.end <= b.end) for a, b in pairwise(findings)
    )


class _Spans:
    """Charged spans, sorted by start, answering "does another rule's span
    overlap this one?" without comparing against every span of a long
    document: a span that starts more than the longest span's length before
    this one ends before it. Parallel arrays, not a tuple a span (72 bytes
    against 24): a long draft charges most of its findings. The order of
    spans with one start does not matter: ``overlapped`` asks whether any
    span of a run of starts overlaps."""

    def __init__(self) -> None:
        self._starts = array("q")
        self._ends = array("q")
        self._rules: list[str] = []
        self._longest = 0

    def add(self, start: int, end: int, rule: str) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._rules.insert(at, rule)
        self._longest = max(self._longest, end - start)

    def overlapped(self, start: int, end: int, rule: str) -> bool:
        index = bisect_left(self._starts, end)  # spans starting before ``end``
        while index > 0:
            index -= 1
            if self._starts[index] < start - self._longest:
                return False
            if self._ends[index] > start and self._rules[index] != rule:
                return True
        return False


def score_findings(findings: Iterable[Finding], weights: Mapping[str, int]) -> Score:
    counts: dict[str, int] = {}
    categories: dict[str, str] = {}
    for finding in charged(findings, weights):
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
        categories[finding.rule] = finding.category
    lines = [
        _score_line(rule, categories[rule], count, weights[rule]) for rule, count in counts.items()
    ]
    lines = [line for line in lines if line.cost > 0]
    # Biggest cost first reads best in "100 − … 30 − … 20 = 50"; ties by rule id.
    lines.sort(key=lambda line: (-line.cost, line.rule))
    return Score(max(0, 100 - sum(line.cost for line in lines)), tuple(lines))


def _score_line(rule: str, category: str, count: int, weight: int) -> ScoreLine:
    charges = repeat_charges(weight, count)
    return ScoreLine(rule, category, count, sum(charges), charges)


def verdict(
    score: Score, findings: Iterable[Finding], fail_under: int, fail_on: FailOn
) -> tuple[str, ...]:
    """Why a document fails (empty when it passes), in words a writer reads:
    ``score 54 is below 70``, ``2 errors: no-money, vanity-metric``,
    ``1 error, 2 warnings (fail-on: warning): hype, no-money``."""
    reasons = []
    if score.value < fail_under:
        reasons.append(f"score {score.value} is below {fail_under}")
    threshold = fail_on.threshold
    if threshold is not None:
        blocking = [f for f in findings if f.severity >= threshold]
        if blocking:
            reasons.append(_blocking_reason(blocking, fail_on))
    return tuple(reasons)


def rescored(
    result: DocumentResult,
    findings: tuple[Finding, ...],
    weights: Mapping[str, int],
    hidden: int = 0,
) -> DocumentResult:
    """``result`` judged again on ``findings`` (a subset of its own, as a
    baseline or ``--diff`` leaves them), by the thresholds it was judged by;
    ``hidden`` more known findings are counted as hidden."""
    if len(findings) == len(result.findings) and not hidden:
        return result
    score = score_findings(findings, weights)
    reasons = verdict(score, findings, result.fail_under, result.fail_on)
    return replace(
        result,
        findings=findings,
        score=score,
        passed=not reasons,
        fail_reasons=reasons,
        hidden=result.hidden + hidden,
    )


def _blocking_reason(blocking: list[Finding], fail_on: FailOn) -> str:
    """``2 errors: a, b``; below the top severity the setting is named too, as
    a warning fails a document only because ``fail_on`` says so."""
    counts = [
        _counted(sum(f.severity is severity for f in blocking), severity)
        for severity in sorted({f.severity for f in blocking}, reverse=True)
    ]
    setting = "" if fail_on is FailOn.ERROR else f" (fail-on: {fail_on.value})"
    rules = ", ".join(sorted({f.rule for f in blocking}))
    return f"{', '.join(counts)}{setting}: {rules}"


def _counted(count: int, severity: Severity) -> str:
    """``1 error``, ``2 warnings``, ``3 info findings``."""
    noun = "info finding" if severity is Severity.INFO else severity.label
    return f"{count} {noun}{'' if count == 1 else 's'}"
