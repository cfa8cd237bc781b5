"""Every bundled rule's examples, run through the real pipeline.

A flagged example must make its rule fire at the rule's own severity; a passed
example (a near miss) must not. This is what keeps a rule from loading fine and
never matching.
"""

from __future__ import annotations

import pytest

from align_lint.rules.loader import load_rule_set
from align_lint.run.examples import ExampleCheck, check_examples
from align_lint.run.linter import Linter
from align_lint.settings.config import Config

BUNDLED = load_rule_set()
CASES = [
    pytest.param(rule.id, kind, text, id=f"{rule.id}-{kind}-{index}")
    for rule in BUNDLED
    for kind, texts in (("flagged", rule.examples.flagged), ("passed", rule.examples.passed))
    for index, text in enumerate(texts)
]


@pytest.fixture(scope="module")
def checks(linter: Linter) -> dict[tuple[str, str, str], ExampleCheck]:
    return {(c.rule, c.kind, c.text): c for c in check_examples(linter)}


@pytest.mark.parametrize(("rule_id", "kind", "text"), CASES)
def test_rule_example(
    checks: dict[tuple[str, str, str], ExampleCheck], rule_id: str, kind: str, text: str
) -> None:
    check = checks[(rule_id, kind, text)]
    got = [(f.rule, f.text, f.severity.label) for f in check.findings]
    assert check.ok, (
        f"{rule_id} should {'fire' if kind == 'flagged' else 'not fire'} on {text!r}; got {got}"
    )


def test_every_rule_has_three_flagged_and_three_passed_examples() -> None:
    thin = [r.id for r in BUNDLED if len(r.examples.flagged) < 3 or len(r.examples.passed) < 3]
    assert not thin


def test_bundled_pack_has_required_rules_and_at_least_fifteen_reported_rules() -> None:
    reported = [r.id for r in BUNDLED if r.report]
    assert {"vanity-metric", "no-business-outcome"} <= set(reported)
    assert len(reported) >= 15
    assert {r.category for r in BUNDLED} >= {"vanity", "outcome", "evidence", "focus", "tone"}


def test_every_bundled_rule_explains_itself() -> None:
    for rule in BUNDLED:
        assert rule.description, rule.id
        if rule.report:
            assert rule.suggestion and rule.message, rule.id


def test_blank_pipeline_skips_rules_that_need_tags_with_a_notice(blank_linter: Linter) -> None:
    skipped = {s.rule.id for s in blank_linter.analyzer.matchers.skipped}
    assert "vanity-metric" in skipped
    notices = blank_linter.pipeline_info().notices
    assert any("vanity-metric" in n and "part-of-speech" in n for n in notices)
    # Rules that need only the tokenizer still run, and their examples hold.
    assert blank_linter.analyzer.rules.get("jargon") is not None
    lexical = [c for c in check_examples(blank_linter) if c.rule == "jargon"]
    assert lexical and all(c.ok for c in lexical)


def test_full_pipeline_is_not_blank(linter: Linter) -> None:
    assert not linter.analyzer.pipeline.is_blank
    assert linter.analyzer.matchers.skipped == ()
    assert Config().model == "auto"
