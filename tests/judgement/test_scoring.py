"""Scoring (design §4): weights, diminishing repeats, info is free, floor at 0."""

from __future__ import annotations

import pytest

from align_lint.judgement.scoring import repeat_cost, score_findings, verdict
from align_lint.report.records import FailOn, Finding, Score, ScoreLine, Severity


def finding(rule: str, severity: Severity = Severity.WARNING, category: str = "vanity") -> Finding:
    return Finding(0, 1, rule, category, severity, "m", "", "x", 1, 1, 1, 2)


@pytest.mark.parametrize(
    ("weight", "count", "cost"),
    [(15, 1, 15), (15, 2, 22), (15, 3, 25), (15, 10, 26), (10, 2, 15), (30, 1, 30), (1, 5, 1)],
)
def test_repeats_cost_half_the_one_before_and_never_twice_the_weight(
    weight: int, count: int, cost: int
) -> None:
    assert repeat_cost(weight, count) == cost
    assert repeat_cost(weight, count) < 2 * weight


def test_score_lines_biggest_first_and_breakdown_by_category() -> None:
    findings = [
        finding("vanity-metric"),
        finding("vanity-metric"),
        finding("no-business-outcome", Severity.ERROR, "outcome"),
        finding("vanity-metric", Severity.INFO),
    ]
    score = score_findings(findings, {"vanity-metric": 15, "no-business-outcome": 30})
    assert score.value == 100 - 30 - 22
    assert [(line.rule, line.count, line.cost) for line in score.lines] == [
        ("no-business-outcome", 1, 30),
        ("vanity-metric", 2, 22),
    ]
    assert score.breakdown == {"outcome": 30, "vanity": 22}
    assert score.arithmetic() == "48 = 100 − 30 no-business-outcome − 22 vanity-metric ×2"


def test_score_never_goes_below_zero_and_says_so() -> None:
    weights = {f"r{i}": 40 for i in range(4)}
    score = score_findings([finding(rule) for rule in weights], weights)
    assert score.value == 0
    assert score.arithmetic().endswith("(floored at 0)")


def test_info_findings_and_zero_weights_cost_nothing() -> None:
    score = score_findings([finding("a", Severity.INFO), finding("b")], {"a": 50, "b": 0})
    assert score == Score(100, ())


def test_verdict_reasons() -> None:
    errors = [finding("no-business-outcome", Severity.ERROR)]
    warnings = [finding("vanity-metric")]
    clean = Score(90)
    assert verdict(clean, warnings, 70, FailOn.ERROR) == ()
    assert verdict(clean, errors, 70, FailOn.ERROR) == ("error or worse: no-business-outcome",)
    assert verdict(clean, warnings, 70, FailOn.WARNING) == ("warning or worse: vanity-metric",)
    assert verdict(clean, errors, 70, FailOn.NEVER) == ()
    assert verdict(Score(60, (ScoreLine("x", "tone", 1, 40),)), [], 70, FailOn.ERROR) == (
        "score 60 is below 70",
    )
