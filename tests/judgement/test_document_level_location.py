"""Where a finding about the whole draft points: at the claim that made its
rule apply, else at the first line of text, never at an empty region.

SARIF viewers and GitHub code scanning place a result by its region (GitHub
needs ``startLine``), editors by their range: a zero-width region at 1:1 marked
nothing, and on a front-matter fence at that.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.report.formatters.sarif import report_to_sarif
from align_lint.report.records import Finding
from align_lint.run.linter import Linter
from align_lint.settings.config import Config

PACK = """\
rules:
  - {id: brag, category: vanity, severity: warning, weight: 10, message: 'brag "{text}"', match: {phrases: [big numbers, huge reach]}}
  - {id: money, category: outcome, report: false, match: {phrases: [revenue]}}
  - {id: no-money, category: outcome, severity: error, weight: 30, message: 'no money ({reasons})', require: true, when: [brag], match: {rules: [money]}}
  - {id: no-signoff, category: tone, severity: info, weight: 0, message: no sign-off, require: true, match: {phrases: [cheers]}}
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    pack = Path(tmp_path_factory.mktemp("pack")) / "pack.yaml"
    pack.write_text(PACK, encoding="utf-8")
    return Linter(Config(rules=(str(pack),), default_rules=False, model="blank"))


def document_finding(linter: Linter, text: str, rule: str) -> Finding:
    (finding,) = [f for f in linter.lint_text(text, path="post.md").findings if f.rule == rule]
    assert finding.scope == "document"
    return finding


def where(finding: Finding) -> tuple[int, int, int, int]:
    return (finding.line, finding.column, finding.end_line, finding.end_column)


def test_points_at_the_first_claim_that_made_the_rule_apply(small: Linter) -> None:
    text = "# Our year\n\nThanks to everyone.\n\nWe hit big numbers.\nAnd huge reach.\n"
    finding = document_finding(small, text, "no-money")
    assert where(finding) == (5, 8, 5, 19)
    assert text[finding.start : finding.end] == "big numbers"
    assert finding.context == "We hit big numbers."
    assert finding.message == 'no money ("big numbers" (line 5), "huge reach" (line 6))'


def test_with_nothing_to_point_at_it_covers_the_first_line_of_text(small: Linter) -> None:
    finding = document_finding(small, "Big numbers this year.\nThanks!\n", "no-signoff")
    assert where(finding) == (1, 1, 1, 23)
    assert finding.context == "Big numbers this year."


@pytest.mark.parametrize(
    ("text", "expected", "covered"),
    [
        pytest.param(
            "---\nlayout: post\n---\n\nOur launch went well.\n",
            (5, 1, 5, 22),
            "Our launch went well.",
            id="past front matter",
        ),
        pytest.param(
            "---\ntitle: Launch\n---\n\nOur launch went well.\n",
            (2, 8, 2, 14),
            "Launch",
            id="a title in front matter is published copy: the first text",
        ),
        pytest.param(
            "<!-- draft -->\n\n  Our launch went well.  \n",
            (3, 3, 3, 24),
            "Our launch went well.",
            id="past a comment and indentation, trailing spaces left out",
        ),
        pytest.param(
            "---\nlayout: post\n---\n",
            (1, 1, 1, 4),
            "---",
            id="no prose at all: the first line",
        ),
    ],
)
def test_the_first_line_of_text_is_found_past_markup(
    small: Linter, text: str, expected: tuple[int, int, int, int], covered: str
) -> None:
    finding = document_finding(small, text, "no-signoff")
    assert where(finding) == expected
    assert text[finding.start : finding.end] == covered


def test_the_bundled_no_business_outcome_sits_on_its_claim(linter: Linter) -> None:
    text = "Thank you all!\n\nOur launch video went viral last week.\n"
    finding = document_finding(linter, text, "no-business-outcome")
    assert (finding.line, finding.column) == (3, 18)
    assert text[finding.start : finding.end] == "went viral"


def test_sarif_region_is_on_the_claims_line_and_not_empty(small: Linter) -> None:
    text = "Thanks to everyone.\n\nWe hit big numbers.\n"
    result = small.lint_text(text, path="post.md")
    sarif = report_to_sarif(small.report([result]))
    (no_money,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "no-money"]
    region = no_money["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 8, "endLine": 3, "endColumn": 19}
    assert no_money["properties"]["scope"] == "document"


def test_its_fingerprint_does_not_move_with_the_claim(small: Linter) -> None:
    """A document-level result is the same alert wherever its claim sits."""

    def fingerprint(text: str) -> str:
        sarif = report_to_sarif(small.report([small.lint_text(text, path="post.md")]))
        (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "no-money"]
        return str(result["partialFingerprints"])

    assert fingerprint("We hit big numbers.\n") == fingerprint("Hello.\n\nAnd huge reach.\n")


def test_the_editor_underlines_the_same_line(small: Linter) -> None:
    pytest.importorskip("lsprotocol")
    from align_lint.server.diagnostics import finding_diagnostic
    from align_lint.server.positions import PositionIndex

    text = "---\nlayout: post\n---\n\nOur launch went well.\n"
    diagnostic = finding_diagnostic(
        document_finding(small, text, "no-signoff"), PositionIndex(text), None
    )
    start, end = diagnostic.range.start, diagnostic.range.end
    assert (start.line, start.character, end.line, end.character) == (4, 0, 4, 21)


def test_a_clause_two_rules_found_is_one_reason(linter: Linter) -> None:
    """ "reach more than 1,000 followers" is a reach claim and holds a counted
    metric: the message names the clause once and counts it once."""
    text = "Our post managed to reach more than 1,000 followers. It also got 3,000 likes."
    finding = document_finding(linter, text, "no-business-outcome")
    assert finding.message.count("1,000 followers") == 1, finding.message
    assert '"3,000 likes" (line 1)' in finding.message
