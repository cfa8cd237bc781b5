"""Inline suppression comments in Markdown, and unused-suppression (like ruff's RUF100).

A small phrase-only pack on the blank pipeline keeps these fast and exact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.report.records import Severity
from align_lint.run.examples import check_examples
from align_lint.run.linter import Linter
from align_lint.settings.config import Config

PACK = """\
rules:
  - {id: brag, category: vanity, severity: warning, weight: 10, message: 'brag "{text}"', match: {phrases: [big numbers]}}
  - {id: fluff, category: tone, severity: warning, weight: 5, message: fluff, match: {phrases: [synergy]}}
  - {id: money, category: outcome, report: false, match: {phrases: [revenue]}}
  - {id: no-money, category: outcome, severity: error, weight: 30, message: no money, require: true, match: {rules: [money]}}
"""


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("pack")) / "pack.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small(pack: Path) -> Linter:
    return Linter(Config(rules=(str(pack),), default_rules=False, model="blank"))


def lint(small: Linter, text: str, path: str = "post.md") -> list[tuple[str, int]]:
    result = small.lint_text(text, path=path)
    return [(f.rule, f.line) for f in result.findings]


def unused(small: Linter, text: str) -> list[tuple[int, str]]:
    result = small.lint_text(text, path="post.md")
    return [(f.line, f.message) for f in result.findings if f.rule == "unused-suppression"]


CASES = [
    # (name, draft, findings left as (rule, line), unused-suppression messages as (line, text))
    ("next line, one id",
     "<!-- align-disable-next-line brag -->\nBig numbers and synergy. Revenue.\n",
     [("fluff", 2)], []),
    ("next line, all rules",
     "<!-- align-disable-next-line -->\nBig numbers and synergy. Revenue.\n",
     [], []),
    ("next line, a category",
     "<!-- align-disable-next-line vanity -->\nBig numbers and synergy. Revenue.\n",
     [("fluff", 2)], []),
    ("next line, comma-separated ids",
     "<!-- align-disable-next-line brag, fluff -->\nBig numbers and synergy. Revenue.\n",
     [], []),
    ("next line covers only the next line",
     "<!-- align-disable-next-line brag -->\nRevenue grew.\nBig numbers.\n",
     [("unused-suppression", 1), ("brag", 3)],
     [(1, "unused suppression: align-disable-next-line brag suppressed nothing")]),
    ("an unused name next to a used one",
     "<!-- align-disable-next-line brag fluff -->\nBig numbers. Revenue.\n",
     [("unused-suppression", 1)],
     [(1, "unused suppression: align-disable-next-line fluff suppressed nothing")]),
    ("region from disable to enable",
     "Big numbers. Revenue.\n\n<!-- align-disable brag -->\n\nBig numbers.\n\n<!-- align-enable brag -->\n\nBig numbers.\n",
     [("brag", 1), ("brag", 9)], []),
    ("region without enable runs to the end",
     "Revenue. Big numbers.\n\n<!-- align-disable -->\n\nBig numbers and synergy.\n",
     [("brag", 1)], []),
    ("enable one id inside an all-rules region",
     "Revenue.\n\n<!-- align-disable -->\n\nSynergy.\n\n<!-- align-enable fluff -->\n\nSynergy and big numbers.\n",
     [("fluff", 9)], []),
    ("enable a category closes a disabled id of it",
     "Revenue.\n\n<!-- align-disable brag -->\n\nBig numbers.\n\n<!-- align-enable vanity -->\n\nBig numbers.\n",
     [("brag", 9)], []),
    ("inline comments work mid-paragraph",
     "Revenue. <!-- align-disable fluff --> Synergy. <!-- align-enable --> Synergy.\n",
     [("fluff", 1)], []),
    ("file-wide, anywhere in the file",
     "Big numbers. Revenue.\n\nMore big numbers.\n\n<!-- align-disable-file brag -->\n",
     [], []),
    ("file-wide suppresses document-level findings",
     "<!-- align-disable-file no-money -->\nBig numbers.\n",
     [("brag", 2)], []),
    ("a region does not suppress document-level findings",
     "<!-- align-disable no-money -->\nBig numbers.\n",
     # no-money has no claim to point at: it sits on the first line of text.
     [("unused-suppression", 1), ("brag", 2), ("no-money", 2)],
     [(1, "unused suppression: align-disable no-money suppressed nothing (findings about the whole document need align-disable-file)")]),
    ("an unknown id is reported with the closest one",
     "<!-- align-disable-file bragg -->\nBig numbers. Revenue.\n",
     [("unused-suppression", 1), ("brag", 2)],
     [(1, "unused suppression: unknown rule or category 'bragg' (did you mean 'brag'?)")]),
    ("a misspelt directive is reported",
     "<!-- align-disabel brag -->\nBig numbers. Revenue.\n",
     [("unused-suppression", 1), ("brag", 2)],
     [(1, "unused suppression: unknown directive 'align-disabel' (did you mean 'align-disable'?)")]),
    ("a region that suppressed nothing",
     "Revenue.\n\n<!-- align-disable -->\n\nAll good here.\n\n<!-- align-enable -->\n",
     [("unused-suppression", 3)],
     [(3, "unused suppression: align-disable suppressed nothing")]),
    ("comments inside fenced code are text",
     "Big numbers. Revenue.\n\n```markdown\n<!-- align-disable-file -->\n```\n",
     [("brag", 1)], []),
    ("comments inside backticks are text",
     "Write `<!-- align-disable-file -->` to silence big numbers. Revenue.\n",
     [("brag", 1)], []),
    ("other comments are not directives",
     "<!-- TODO: check big numbers -->\nBig numbers. Revenue.\n",
     [("brag", 2)], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "left", "messages"),
    [pytest.param(draft, left, messages, id=name) for name, draft, left, messages in CASES],
)
def test_suppression_forms(
    small: Linter,
    draft: str,
    left: list[tuple[str, int]],
    messages: list[tuple[int, str]],
) -> None:
    assert lint(small, draft) == left
    assert unused(small, draft) == messages


def test_unused_suppression_points_at_the_comment(small: Linter) -> None:
    draft = "Revenue.\n\nText <!-- align-disable-next-line fluff -->\nPlain.\n"
    (finding,) = small.lint_text(draft, path="post.md").findings
    assert (finding.rule, finding.category, finding.severity) == (
        "unused-suppression",
        "platform",
        Severity.INFO,
    )
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (3, 6, 3, 44)
    assert finding.text == "<!-- align-disable-next-line fluff -->"


def test_suppressed_findings_cost_nothing(small: Linter) -> None:
    plain = small.lint_text("Big numbers and synergy.\n", path="post.md")
    quiet = small.lint_text(
        "<!-- align-disable-file -->\nBig numbers and synergy.\n", path="post.md"
    )
    assert plain.score.value == 100 - 30 - 10 - 5 and not plain.passed
    assert quiet.findings == () and quiet.score.value == 100 and quiet.passed


def test_plain_text_has_no_directives(small: Linter) -> None:
    draft = "<!-- align-disable-file -->\nBig numbers. Revenue.\n"
    assert lint(small, draft, path="post.txt") == [("brag", 2)]


def test_a_name_that_is_not_enabled_is_reported(pack: Path) -> None:
    quiet = Linter(
        Config(rules=(str(pack),), default_rules=False, model="blank", ignore=("fluff",))
    )
    draft = "<!-- align-disable-next-line fluff -->\nSynergy. Revenue.\n"
    assert unused(quiet, draft) == [
        (1, "unused suppression: fluff is not enabled for this document")
    ]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"ignore": ("unused-suppression",)}, []),
        ({"ignore": ("platform",)}, []),
        ({"severity": (("unused-suppression", "warning"),)}, [("unused-suppression", "warning")]),
        ({}, [("unused-suppression", "info")]),
    ],
)
def test_unused_suppression_is_selectable_like_any_rule(
    pack: Path, settings: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    configured = Linter(
        Config(rules=(str(pack),), default_rules=False, model="blank", **settings)  # type: ignore[arg-type]
    )
    result = configured.lint_text("<!-- align-disable-next-line -->\nRevenue.\n", path="p.md")
    assert [(f.rule, f.severity.label) for f in result.findings] == expected
    # weight 0: even at warning it costs nothing.
    assert result.score.value == 100


def test_front_matter_ignore_and_threshold(small: Linter) -> None:
    draft = "---\nalign:\n  ignore: [brag]\n  fail_under: 60\n---\nBig numbers and synergy.\n"
    result = small.lint_text(draft, path="post.md")
    assert [f.rule for f in result.findings] == ["no-money", "fluff"]
    assert result.score.value == 65
    # Failing only because of the error-level finding, not the score (65 >= 60).
    assert result.fail_reasons == ("1 error: no-money",)


def test_built_in_rule_examples_hold(linter: Linter) -> None:
    # The full pipeline and bundled pack: the examples name bundled rules.
    checks = [c for c in check_examples(linter) if c.rule == "unused-suppression"]
    assert len(checks) == 6
    assert all(c.ok for c in checks), [(c.kind, c.text) for c in checks if not c.ok]


def test_built_in_examples_are_skipped_without_the_bundled_pack(small: Linter) -> None:
    assert not [c for c in check_examples(small) if c.rule == "unused-suppression"]
