"""What a token pattern may cost the matcher (rules/bounds.py; issue 11, items 1, 7, 9)."""

from __future__ import annotations

from typing import Any

import pytest

from align_lint.rules.bounds import (
    MAX_OPTIONAL,
    MAX_RANGE,
    MAX_UNBOUNDED,
    pattern_problem,
    regex_problem,
)
from align_lint.rules.loader import load_rule_set

NUMBER: dict[str, Any] = {"LIKE_NUM": True}


def test_the_bundled_pack_is_well_within_the_bounds() -> None:
    patterns = [p for rule in load_rule_set() for p in rule.match.patterns]
    assert patterns and all(pattern_problem(p) is None for p in patterns)
    ops = [[t.get("OP") for t in p if t.get("OP")] for p in patterns]
    unbounded = max(sum(op in ("*", "+") for op in p) for p in ops)
    optional = max(sum(op == "?" for op in p) + sum(op.startswith("{") for op in p) for p in ops)
    assert unbounded * 2 <= MAX_UNBOUNDED
    assert optional < MAX_OPTIONAL


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ([{**NUMBER, "OP": "*"}] * 12, "12 tokens with OP '*', '+' or '{n,}'; at most 4"),
        ([{**NUMBER, "OP": "{0,100000}"}], "token 0: OP '{0,100000}' repeats a token more than"),
        ([{**NUMBER, "OP": "{100000}"}], "token 0: OP '{100000}' repeats a token more than"),
        ([{**NUMBER, "OP": "{9,}"}], "token 0: OP '{9,}' repeats a token more than"),
        ([{**NUMBER, "OP": "?"}] * (MAX_OPTIONAL + 1), "9 optional tokens"),
        ([{**NUMBER, "OP": "*"}, {**NUMBER, "OP": "+"}], "tokens 0 and 1 both repeat"),
        (
            [{"LOWER": {"IN": ["up", "over"]}, "OP": "*"}, {"IS_ALPHA": True, "OP": "*"}],
            "tokens 0 and 1 both repeat",
        ),
        ([{"TEXT": {"REGEX": "(ab"}}], "token 0: invalid REGEX '(ab': missing ), unterminated"),
        ([{"TEXT": {"REGEX": "^(a+)+$"}}], "token 0: REGEX '^(a+)+$' repeats a group"),
        ([{"LOWER": "x"}, {"_": {"mine": {"REGEX": "(a|ab)*c"}}}], "token 1: REGEX"),
        ([{"TEXT": {"REGEX": 7}}], "token 0: REGEX must be a string (got 7)"),
    ],
)
def test_patterns_that_could_explode_are_refused(
    pattern: list[dict[str, Any]], problem: str
) -> None:
    found = pattern_problem(pattern)
    assert found is not None and found.startswith(problem), found


@pytest.mark.parametrize(
    "pattern",
    [
        # Unbounded tokens no one word can satisfy twice: over/about vs million/k.
        [
            {"LOWER": {"IN": ["over", "about"]}, "OP": "*"},
            {"TEXT": {"REGEX": r"^\d+$"}},
            {"LOWER": {"IN": ["million", "k"]}, "OP": "*"},
        ],
        [{"IS_PUNCT": True, "OP": "+"}, {"IS_PUNCT": False, "OP": "*"}],
        [{"LOWER": {"IN": ["million", "k"]}, "OP": "*"}, {"LOWER": {"REGEX": r"^\d"}, "OP": "*"}],
        [{**NUMBER, "OP": "*"}, {**NUMBER, "OP": f"{{,{MAX_RANGE}}}"}],
        [{"TEXT": {"REGEX": r"^\d{1,3}(?:[,.]\d{3})+$"}}],
    ],
)
def test_patterns_within_the_bounds_are_kept(pattern: list[dict[str, Any]]) -> None:
    assert pattern_problem(pattern) is None


@pytest.mark.parametrize("regex", [r"^(\w+\s?)*$", r"(?:x|xy)+z", r"((a)*)*", r"(?=(a+)+)"])
def test_nested_repeats_are_catastrophic(regex: str) -> None:
    assert "backtrack" in (regex_problem(regex) or "")


@pytest.mark.parametrize("regex", [r"^\d[\d,.]*[kKmM]?\+?$", r"^(?i:a|bc|d)$", r"(ab)?c+"])
def test_plain_regexes_pass(regex: str) -> None:
    assert regex_problem(regex) is None
