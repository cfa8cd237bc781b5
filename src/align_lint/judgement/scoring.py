"""Findings → score (design §4): deterministic, explainable, never below 0.

A rule's weight is the cost of its first finding in a document; each repeat
costs half the one before (integer halving), so a rule can never cost more
than twice its weight and one noisy rule cannot zero a long document.
``info`` findings cost nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from align_lint.report.records import FailOn, Finding, Score, ScoreLine, Severity


def repeat_cost(weight: int, count: int) -> int:
    """Total cost of ``count`` findings of a rule with this weight: w + w/2 + w/4 …"""
    return sum(weight >> i for i in range(count))


def score_findings(findings: Iterable[Finding], weights: Mapping[str, int]) -> Score:
    counts: dict[str, int] = {}
    categories: dict[str, str] = {}
    for finding in findings:
        if finding.severity is Severity.INFO:
            continue
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
        categories[finding.rule] = finding.category
    lines = [
        ScoreLine(rule, categories[rule], count, repeat_cost(weights[rule], count))
        for rule, count in counts.items()
    ]
    lines = [line for line in lines if line.cost > 0]
    # Biggest cost first reads best in "38 = 100 − 30 … − 20 …"; ties by rule id.
    lines.sort(key=lambda line: (-line.cost, line.rule))
    return Score(max(0, 100 - sum(line.cost for line in lines)), tuple(lines))


def verdict(
    score: Score, findings: Iterable[Finding], fail_under: int, fail_on: FailOn
) -> tuple[str, ...]:
    """Why a document fails (empty when it passes)."""
    reasons = []
    if score.value < fail_under:
        reasons.append(f"score {score.value} is below {fail_under}")
    threshold = fail_on.threshold
    if threshold is not None:
        blocking = sorted({f.rule for f in findings if f.severity >= threshold})
        if blocking:
            reasons.append(f"{fail_on.value} or worse: {', '.join(blocking)}")
    return tuple(reasons)
