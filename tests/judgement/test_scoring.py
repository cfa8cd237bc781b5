"""Scoring (design §4): weights, diminishing repeats, info is free, floor at 0."""

from __future__ import annotations

import pytest

from align_lint.judgement.scoring import repeat_cost, score_findings, verdict
from align_lint.report.records import FailOn, Finding, Score, ScoreLine, Severity


def finding(
    rule: str,
    severity: Severity = Severity.WARNING,
    category: str = "vanity",
    span: tuple[int, int] = (0, 1),
    scope: str = "span",
) -> Finding:
    start, end = span
    return Finding(start, end, rule, category, severity, "m", "", "x", 1, 1, 1, 2, scope=scope)


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
        finding("no-business-outcome", Severity.ERROR, "outcome", scope="document"),
        finding("vanity-metric", Severity.INFO),
    ]
    score = score_findings(findings, {"vanity-metric": 15, "no-business-outcome": 30})
    assert score.value == 100 - 30 - 22
    assert [(line.rule, line.count, line.cost) for line in score.lines] == [
        ("no-business-outcome", 1, 30),
        ("vanity-metric", 2, 22),
    ]
    assert score.breakdown == {"outcome": 30, "vanity": 22}
    assert score.arithmetic() == "100 − no-business-outcome 30 − vanity-metric 15+7 = 48"


def test_one_clause_is_charged_once_to_the_costliest_rule() -> None:
    weights = {"vanity-metric": 10, "reach-claim": 8, "hype-word": 5, "no-business-outcome": 35}
    findings = [
        finding("reach-claim", span=(10, 30)),
        finding("vanity-metric", span=(5, 25)),  # the same clause: charged to vanity-metric
        finding("hype-word", span=(40, 45)),  # a clause of its own
        finding("reach-claim", span=(60, 80)),  # a second reach claim, alone
        finding("no-business-outcome", Severity.ERROR, "outcome", (5, 25), "document"),
    ]
    score = score_findings(findings, weights)
    assert [(line.rule, line.count) for line in score.lines] == [
        ("no-business-outcome", 1),
        ("vanity-metric", 1),
        ("reach-claim", 1),
        ("hype-word", 1),
    ]
    assert score.value == 100 - 35 - 10 - 8 - 5


def test_overlap_is_found_past_long_and_nested_spans() -> None:
    weights = {"a": 10, "b": 5}
    long_a = finding("a", span=(0, 1000))
    far_b = finding("b", span=(990, 995))  # inside the long span, after many short ones
    shorts = [finding("a", span=(i, i + 2)) for i in range(100, 900, 10)]
    assert [line.count for line in score_findings([long_a, *shorts, far_b], weights).lines] == [
        len(shorts) + 1
    ]


def test_score_never_goes_below_zero_and_says_so() -> None:
    weights = {f"r{i}": 40 for i in range(4)}
    findings = [finding(rule, span=(10 * i, 10 * i + 5)) for i, rule in enumerate(weights)]
    score = score_findings(findings, weights)
    assert score.value == 0
    assert score.arithmetic().endswith("(floored at 0)")


def test_info_findings_and_zero_weights_cost_nothing() -> None:
    score = score_findings([finding("a", Severity.INFO), finding("b")], {"a": 50, "b": 0})
    assert score == Score(100, ())


def _findings(*severities: Severity) -> list[Finding]:
    return [finding(f"r{i}", severity) for i, severity in enumerate(severities)]


@pytest.mark.parametrize(
    ("score", "findings", "fail_on", "reasons"),
    [
        (90, [Severity.WARNING], FailOn.ERROR, ()),
        (90, [Severity.ERROR], FailOn.ERROR, ("1 error: r0",)),
        (90, [Severity.ERROR, Severity.ERROR], FailOn.ERROR, ("2 errors: r0, r1",)),
        (90, [Severity.WARNING], FailOn.WARNING, ("1 warning (fail-on: warning): r0",)),
        (
            90,
            [Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.INFO],
            FailOn.WARNING,
            ("1 error, 2 warnings (fail-on: warning): r0, r1, r2",),
        ),
        (90, [Severity.INFO], FailOn.INFO, ("1 info finding (fail-on: info): r0",)),
        (90, [Severity.ERROR], FailOn.NEVER, ()),
        (60, [], FailOn.ERROR, ("score 60 is below 70",)),
        (54, [Severity.ERROR], FailOn.ERROR, ("score 54 is below 70", "1 error: r0")),
    ],
)
def test_verdict_reasons_read_naturally(
    score: int, findings: list[Severity], fail_on: FailOn, reasons: tuple[str, ...]
) -> None:
    assert verdict(Score(score), _findings(*findings), 70, fail_on) == reasons


@pytest.mark.parametrize(
    ("lines", "value", "arithmetic"),
    [
        # Each charge shown: "26 vanity-metric ×5" used to read as 26 × 5.
        (
            [ScoreLine("vanity-metric", "vanity", 5, 26, (15, 7, 3, 1, 0))],
            74,
            "100 − vanity-metric 15+7+3+1 (5 findings) = 74",
        ),
        (
            [
                ScoreLine("vanity-metric", "vanity", 4, 26, (15, 7, 3, 1)),
                ScoreLine("no-business-outcome", "outcome", 1, 20, (20,)),
            ],
            54,
            "100 − vanity-metric 15+7+3+1 − no-business-outcome 20 = 54",
        ),
        ([ScoreLine("hype", "tone", 2, 12)], 88, "100 − hype 12 (2 findings) = 88"),
        (
            [ScoreLine("a", "x", 1, 60, (60,)), ScoreLine("b", "x", 1, 50, (50,))],
            0,
            "100 − a 60 − b 50 = 0 (floored at 0)",
        ),
    ],
)
def test_arithmetic_shows_each_rules_charges(
    lines: list[ScoreLine], value: int, arithmetic: str
) -> None:
    assert Score(value, tuple(lines)).arithmetic() == arithmetic


def test_score_lines_carry_each_charge() -> None:
    findings = [finding("vanity-metric", span=(i * 10, i * 10 + 5)) for i in range(5)]
    (line,) = score_findings(findings, {"vanity-metric": 15}).lines
    assert line.charges == (15, 7, 3, 1, 0)
    assert line.cost == 26


def _charged_by_one_sort(findings: list[Finding], weights: dict[str, int]) -> list[Finding]:
    """``charged`` as it was written before mem14: one sort with a key a finding."""
    costly = [f for f in findings if f.severity is not Severity.INFO and weights[f.rule] > 0]
    costly.sort(key=lambda f: (-weights[f.rule], f.rule, f.start, f.end))
    kept: list[Finding] = []
    for f in costly:
        if f.scope == "span" and any(
            k.scope == "span" and k.rule != f.rule and k.start < f.end and k.end > f.start
            for k in kept
        ):
            continue
        kept.append(f)
    return kept


@pytest.mark.parametrize("seed", range(40))
def test_charged_by_rule_groups_keeps_what_one_sort_kept(seed: int) -> None:
    """Findings charged a rule at a time, each rule's sorted only when out of
    order, and spans kept in arrays: the same findings, in the same order, as
    one sort of them all by (−weight, rule, start, end) and a pairwise check."""
    import random

    from align_lint.judgement.scoring import charged

    rng = random.Random(seed)
    weights = {"a": 15, "b": 15, "c": 30, "d": 0, "e": 5}
    findings = []
    for _ in range(rng.randint(0, 60)):
        start = rng.randint(0, 80)
        severity = rng.choice([Severity.WARNING, Severity.ERROR, Severity.INFO])
        scope = "document" if rng.random() < 0.05 else "span"
        span = (start, start + rng.randint(1, 25))
        findings.append(finding(rng.choice("abcde"), severity, span=span, scope=scope))
    if seed % 2:  # as a judgement gives them: in report order
        findings.sort(key=lambda f: (f.start, f.rule, f.end))
    assert charged(findings, weights) == _charged_by_one_sort(findings, weights)
