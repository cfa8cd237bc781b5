"""The drafts in examples/ are documentation: their verdicts and score bands hold."""

from __future__ import annotations

import pytest
from tests.conftest import EXAMPLES

from align_lint.report.records import DocumentResult
from align_lint.run.linter import Linter

EXPECTED = {
    # name: (passed, lowest score, highest score, rules that must fire)
    "launch-recap.md": (False, 0, 50, {"no-business-outcome", "vanity-metric", "viral-claim"}),
    "case-study.md": (True, 80, 100, set()),
    "mixed-post.md": (True, 70, 90, {"vanity-metric", "hype-word"}),
    "holiday-greeting.md": (True, 100, 100, set()),
    "tweet.txt": (False, 0, 50, {"no-business-outcome", "engagement-bait"}),
    # MDX: ESM, components, an expression; its one vanity metric is suppressed
    # with a JSX comment, and the prose inside <Callout> and <Step> is linted.
    "webinar-recap.mdx": (True, 100, 100, set()),
    # examples/custom/, linted here without its own .align.yaml (the bundled pack only);
    # tests/test_custom_example.py lints it the way Acme does.
    "product-update.md": (True, 100, 100, set()),
    "customer-story.md": (True, 100, 100, set()),
    "teaser.md": (True, 80, 90, {"vanity-metric"}),
    "2023-recap.md": (False, 0, 50, {"no-business-outcome", "vanity-metric", "viral-claim"}),
    # examples/custom/newsletter/, which has a nested config of its own.
    "2024-10.md": (True, 100, 100, set()),
    # examples/calendar.csv, a content calendar: one document per row (named
    # on the command line; a walk takes calendars only by the calendars: glob).
    # A vanity row; an X row over 280 weighted characters and a LinkedIn row
    # whose outcome sits after the first ~200 characters (the platform rules
    # judge those two); a clean row.
    "calendar.csv#2": (False, 0, 50, {"no-business-outcome", "vanity-metric"}),
    "calendar.csv#3": (False, 70, 80, {"platform-length"}),
    "calendar.csv#4": (True, 80, 95, {"outcome-after-fold"}),
    "calendar.csv#5": (True, 100, 100, set()),
}


@pytest.fixture(scope="module")
def results(linter: Linter) -> dict[str, DocumentResult]:
    report = linter.lint_paths([str(EXAMPLES), str(EXAMPLES / "calendar.csv")])
    return {_name(r): r for r in report.results}


def _name(result: DocumentResult) -> str:
    name = result.path.rsplit("/", 1)[-1]
    return name if result.record is None else f"{name}#{result.record}"


def test_every_example_is_covered(results: dict[str, DocumentResult]) -> None:
    assert set(results) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_verdict_and_score_band(results: dict[str, DocumentResult], name: str) -> None:
    passed, low, high, must_fire = EXPECTED[name]
    result = results[name]
    fired = {f.rule for f in result.findings if f.severity.label != "info"}
    assert result.passed is passed
    assert low <= result.score.value <= high
    assert must_fire <= fired


def test_case_study_ties_its_one_metric_to_an_outcome(results: dict[str, DocumentResult]) -> None:
    findings = results["case-study.md"].findings
    assert [(f.rule, f.severity.label) for f in findings] == [("vanity-metric", "info")]
