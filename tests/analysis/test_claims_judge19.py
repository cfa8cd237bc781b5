"""Claims of own-11's classes (judge19, issue 10), on sentences written for
these tests: a milestone whose subject is an outcome word, a rank of one
trending thing, a superlative day of attention and a verbless high."""

from __future__ import annotations

from tests.analysis.claim_reading import asserted_metric_texts as metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


def test_a_milestone_of_an_outcome_word_is_no_attention_milestone(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "Our backers passed 12,000 overnight.") == []
    assert "passed 12,000" in metric_texts(
        linter, extractor, "Our podcast passed 12,000 overnight."
    )


def test_the_top_trending_thing_is_a_rank(linter: Linter, extractor: ClaimExtractor) -> None:
    assert metric_texts(
        linter, extractor, "Our teaser was the top trending video on YouTube last night."
    ) == ["top trending"]
    assert metric_texts(linter, extractor, "Here are the top 10 trending sounds this week.") == []


def test_a_best_day_of_attention_is_a_superlative(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "Sunday was my biggest traffic day ever.") == [
        "biggest traffic day"
    ]
    assert (
        metric_texts(linter, extractor, "Cyber Monday is the biggest traffic day of the year.")
        == []
    )


def test_a_verbless_line_at_a_high_is_a_claim(linter: Linter, extractor: ClaimExtractor) -> None:
    assert metric_texts(linter, extractor, "Weekly viewers at a record high of 2.2M.") == [
        "viewers at a record high of 2.2M"
    ]
    assert metric_texts(linter, extractor, "Viewers at the premiere cheered the cast.") == []
