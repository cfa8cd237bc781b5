"""Counts tokenized as posts write them (analysis/pipeline.py ``_count_suffixes``):
a "+" stays on its number, so "9,000+ clicks" is a count and its noun, as
"25k+ clicks" always was."""

from __future__ import annotations

import pytest

from align_lint.documents import document_from_text
from align_lint.run.linter import Linter


def tokens(linter: Linter, text: str) -> list[str]:
    return [token.text for token in linter.analyzer.pipeline.nlp.make_doc(text)]


def test_a_plus_stays_on_its_number(linter: Linter) -> None:
    assert tokens(linter, "9,000+ clicks, 25k+ views, 18+ only") == [
        *("9,000+", "clicks", ",", "25k+", "views", ",", "18+", "only"),
    ]


def test_a_sum_and_a_language_name_are_tokenized_as_before(linter: Linter) -> None:
    assert tokens(linter, "2+2 and C++ and 3 + 4") == [
        *("2", "+", "2", "and", "C++", "and", "3", "+", "4"),
    ]


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("The campaign drove 9,000+ clicks to the store page.", False),
        ("The campaign drove 9,000+ clicks to the store page, resulting in 1,100+ orders.", True),
        ("We crossed 1,000+ paying customers this week.", True),
    ],
)
def test_counts_with_a_plus_are_judged_as_without(linter: Linter, text: str, passes: bool) -> None:
    (result,) = linter.lint_documents([document_from_text(text, "post.txt")])
    assert result.passed is passes
