"""The rule logic on small custom packs: unless, downgrade, when, require,
match.rules reuse, sentence and block boundaries, ordering."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.report.records import Severity
from align_lint.run.linter import Linter
from align_lint.settings.config import Config

PACK = """\
rules:
  - id: brag
    category: vanity
    severity: warning
    weight: 10
    message: 'brag "{text}"'
    match: {phrases: [big numbers, huge numbers]}
    unless: [modesty]
    downgrade: {paragraph: [outcome], note: "tied to {tie}"}
  - id: modesty
    category: tone
    report: false
    match: {phrases: [just kidding]}
  - id: money
    category: outcome
    report: false
    match: {phrases: [revenue]}
  - id: no-money
    category: outcome
    severity: error
    weight: 30
    message: no money named
    require: true
    match: {rules: [money]}
    when: [brag]
  - id: money-word
    category: evidence
    severity: info
    weight: 0
    message: 'money word "{text}"'
    match: {rules: [outcome]}
"""


@pytest.fixture(scope="module")
def custom(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    path = Path(tmp_path_factory.mktemp("pack")) / "pack.yaml"
    path.write_text(PACK, encoding="utf-8")
    return Linter(Config(rules=(str(path),), default_rules=False, model="blank"))


def rules_fired(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    result = linter.lint_text(text, path="post.md")
    return [(f.rule, f.text, f.severity.label) for f in result.findings]


def test_require_fires_only_when_the_document_has_a_trigger_and_no_match(custom: Linter) -> None:
    assert rules_fired(custom, "Hello there.") == []
    # The document-level finding points at what made it apply: the brag.
    assert rules_fired(custom, "We posted big numbers.") == [
        ("brag", "big numbers", "warning"),
        ("no-money", "", "error"),
    ]


def test_downgrade_makes_a_tied_match_info_and_satisfies_require(custom: Linter) -> None:
    assert rules_fired(custom, "Big numbers drove revenue.") == [
        ("brag", "Big numbers", "info"),
        ("money-word", "revenue", "info"),
    ]


def test_unless_cancels_only_in_the_same_sentence(custom: Linter) -> None:
    assert rules_fired(custom, "Big numbers, just kidding.") == []
    fired = rules_fired(custom, "Big numbers. Just kidding.")
    assert ("brag", "Big numbers", "warning") in fired


def test_unless_does_not_reach_past_a_contrast_after_it(custom: Linter) -> None:
    """A clause turned by "but" or "still" is not covered by the cancelling
    match before it; one after the match still cancels it."""
    assert ("brag", "big numbers", "warning") in rules_fired(
        custom, "Just kidding, but big numbers!"
    )
    assert ("brag", "big numbers", "warning") in rules_fired(
        custom, "Just kidding; still, big numbers."
    )
    assert rules_fired(custom, "Big numbers, but just kidding.") == []
    assert rules_fired(custom, "Just kidding about the big numbers.") == []


def test_markdown_blocks_are_separate_sentences(custom: Linter) -> None:
    # A hard-wrapped paragraph is one sentence; a heading is its own.
    assert rules_fired(custom, "Big numbers\njust kidding\n") == []
    fired = rules_fired(custom, "# Big numbers\njust kidding\n")
    assert ("brag", "Big numbers", "warning") in fired


def test_downgrade_ties_reach_across_sentences_of_one_paragraph(custom: Linter) -> None:
    assert ("brag", "Big numbers", "info") in rules_fired(custom, "Big numbers. Revenue grew.")
    fired = rules_fired(custom, "Big numbers.\n\nRevenue grew.")
    assert ("brag", "Big numbers", "warning") in fired


def test_unless_sees_only_surviving_matches(tmp_path: Path) -> None:
    # modesty is itself cancelled by sarcasm, so it no longer cancels brag.
    pack = (
        PACK
        + """\
  - id: sarcasm
    category: tone
    report: false
    match: {phrases: [not really]}
"""
    )
    pack = pack.replace(
        "    match: {phrases: [just kidding]}",
        "    match: {phrases: [just kidding]}\n    unless: [sarcasm]",
    )
    path = tmp_path / "pack.yaml"
    path.write_text(pack, encoding="utf-8")
    linter = Linter(Config(rules=(str(path),), default_rules=False, model="blank"))
    assert rules_fired(linter, "Big numbers, just kidding.") == []
    fired = rules_fired(linter, "Big numbers, just kidding, not really.")
    assert ("brag", "Big numbers", "warning") in fired


def test_unless_overlapping_drops_only_overlapping_matches(tmp_path: Path) -> None:
    pack = PACK.replace(
        "    match: {phrases: [revenue]}",
        "    match: {phrases: [revenue, big numbers]}\n    unless: {overlapping: [brag]}",
    )
    path = tmp_path / "pack.yaml"
    path.write_text(pack, encoding="utf-8")
    linter = Linter(Config(rules=(str(path),), default_rules=False, model="blank"))
    # "big numbers" is a brag, so it is not also money: the require rule fires.
    assert ("no-money", "", "error") in rules_fired(linter, "We posted big numbers.")
    assert ("money-word", "revenue", "info") in rules_fired(linter, "Big numbers and revenue.")


def test_a_downgrade_says_what_tied_it(custom: Linter) -> None:
    (brag,) = [
        f for f in custom.lint_text("Big numbers drove revenue.").findings if f.rule == "brag"
    ]
    assert brag.message == 'brag "Big numbers" (tied to revenue)'


TIED = PACK.replace(
    'downgrade: {paragraph: [outcome], note: "tied to {tie}"}',
    'downgrade: {tied: [money], note: "tied to {tie}"}',
)


@pytest.fixture(scope="module")
def tied(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    path = Path(tmp_path_factory.mktemp("tied")) / "pack.yaml"
    path.write_text(TIED, encoding="utf-8")
    return Linter(Config(rules=(str(path),), default_rules=False, model="blank"))


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Big numbers drove revenue.", "info"),  # the same sentence
        ("Big numbers. This resulted in revenue.", "info"),  # the next one, by a connective
        ("Big numbers. As a result, revenue grew.", "info"),
        ("Big numbers. In the end, this led to revenue.", "info"),  # after a short lead-in
        ("Big numbers. Revenue grew too.", "warning"),  # mere co-occurrence is no tie
        ("Revenue grew. Big numbers.", "warning"),  # the outcome came first
        ("Big numbers.\n\nThis resulted in revenue.", "info"),  # opening the next paragraph
        ("Big numbers.\n\nRevenue grew.", "warning"),
        ("Big numbers. Nice. This resulted in revenue.", "warning"),  # not the next sentence
        # A subject pointing back at the sentence before, after a lead-in or not.
        ("Big numbers. Those readers brought revenue.", "info"),
        ("Big numbers. More importantly, it brought revenue.", "info"),
        ("Big numbers. This year revenue grew.", "warning"),  # a time, not the numbers
        ("Big numbers. That said, revenue grew.", "warning"),  # a remark
        ("Big numbers. Their revenue grew.", "warning"),  # not a pointing subject
        # A share of what the sentence before counted, wherever it stands.
        ("Big numbers. By the end of the month, 800 of them paid revenue.", "info"),
        ("Big numbers. By the end of the month, 800 people paid revenue.", "warning"),
        ("Big numbers. Because of that, revenue grew.", "info"),
        ("Big numbers. Because of the rain, revenue fell.", "warning"),
        # What came from them, and what followed since then.
        ("Big numbers. The revenue from those readers grew.", "info"),
        ("Big numbers. The revenue from the shop grew.", "warning"),
        ("Big numbers. Since then, revenue grew.", "info"),
        ("Big numbers. Since March, revenue grew.", "warning"),
    ],
)
def test_a_tie_is_the_same_sentence_or_the_next_one_opening_with_a_connective(
    tied: Linter, text: str, severity: str
) -> None:
    assert ("brag", "Big numbers", severity) in rules_fired(tied, text)


def test_findings_are_sorted_by_position_then_rule(custom: Linter) -> None:
    result = custom.lint_text("Huge numbers and big numbers. Big numbers again.", path="p.md")
    keys = [(f.line, f.column, f.rule) for f in result.findings]
    assert keys == sorted(keys)
    assert [f.column for f in result.findings if f.rule == "brag"] == [1, 18, 31]


def test_score_and_verdict_come_with_each_result(custom: Linter) -> None:
    result = custom.lint_text("We posted big numbers.", path="p.md")
    assert result.score.value == 60
    assert not result.passed
    assert result.fail_reasons == ("score 60 is below 70", "1 error: no-money")


def test_a_vanity_metric_tied_to_an_outcome_is_info(linter: Linter) -> None:
    result = linter.lint_text("Those 12k followers sent 40 demo requests last month.", path="p.md")
    assert [(f.rule, f.severity) for f in result.findings] == [("vanity-metric", Severity.INFO)]
    assert result.passed and result.score.value == 100


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # What a talk was about is no outcome to tie to.
        ("Our CFO talked about revenue at the summit, and the recap got 40,000 views.", "warning"),
        ("Our guide to cutting costs got 50,000 views.", "warning"),
        # Near miss: an outcome reported in the same sentence ties.
        ("The recap got 40,000 views, and sales rose 12% that week.", "info"),
    ],
)
def test_a_topic_of_talk_ties_no_metric(linter: Linter, text: str, severity: str) -> None:
    result = linter.lint_text(text, path="p.md")
    vanity = [f.severity for f in result.findings if f.rule == "vanity-metric"]
    assert [s.label for s in vanity] == [severity]


@pytest.mark.parametrize(
    "text",
    [
        "The creator partnership brought 14,000 clicks and $86,000 in attributed revenue.",
        "Our newsletter grew to 20,000 subscribers, and 6% upgraded to the paid tier.",
        "The video reached 500,000 people; 3,100 requested a quote.",
    ],
)
def test_a_metric_tied_to_an_outcome_beyond_revenue_passes(linter: Linter, text: str) -> None:
    result = linter.lint_text(text, path="p.md")
    assert result.passed, [(f.rule, f.text) for f in result.findings]


def test_a_message_quoting_a_match_across_a_line_break_stays_on_one_line(
    linter: Linter,
) -> None:
    """Hard-wrapped Markdown: the match spans the break, its message must not."""
    result = linter.lint_text("Our launch video went\nviral overnight.\n", path="p.md")
    viral = [f for f in result.findings if f.rule == "viral-claim"]
    assert viral and viral[0].text == "went\nviral"
    assert viral[0].message.startswith('"went viral" ')
