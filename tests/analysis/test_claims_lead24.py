"""Classes found by the twenty-fourth session's look at earlier blind sets and
its own blind round (own-76..79), on sentences written for these tests (each:
a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter

EMOJI_ENDS = "align_closing_emoji"


def _sentences(linter: Linter, text: str) -> list[str]:
    return [sentence.text for sentence in linter.analyzer.pipeline.nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Our pop-up reel hit 300k views 🍹 Next step: turning them into bookings.",
            ["Our pop-up reel hit 300k views 🍹", "Next step: turning them into bookings."],
        ),
        (
            "2M impressions this month 🚀🚀 Sales will follow.",
            ["2M impressions this month 🚀🚀", "Sales will follow."],
        ),
        (
            "Proud of the crew 🙌 Our tutorial passed 90k views.",
            ["Proud of the crew 🙌", "Our tutorial passed 90k views."],
        ),
    ],
)
def test_an_emoji_that_closes_a_clause_ends_its_sentence(
    linter: Linter, text: str, sentences: list[str]
) -> None:
    if EMOJI_ENDS not in linter.analyzer.pipeline.nlp.pipe_names:
        pytest.skip("the model's senter is not in this pipeline")
    assert _sentences(linter, text) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the 🐝 Bee Team for 10k followers.",  # the emoji leads into a name
        "Our 🍕 Pizza Fridays got 8k views.",
        "We hit 10k views 🎉 and counting.",  # no capital after it
        "We hit 10k views 🎉Thanks all.",  # no space after it
    ],
)
def test_an_emoji_before_a_name_or_a_small_word_ends_nothing(linter: Linter, text: str) -> None:
    if EMOJI_ENDS not in linter.analyzer.pipeline.nlp.pipe_names:
        pytest.skip("the model's senter is not in this pipeline")
    assert _sentences(linter, text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our pop-up reel hit 300k views 🍹 Next step: turning those views into bookings.",
            (False, [("vanity-metric", "WARNING", "300k views")]),
        ),
        (
            "2M impressions this quarter 🚀 Sales will follow.",
            (False, [("vanity-metric", "WARNING", "2M impressions")]),
        ),
        (
            "Our pop-up reel hit 300k views 🍹 That turned into 140 bookings.",
            (True, [("vanity-metric", "INFO", "300k views")]),
        ),
    ],
)
def test_the_clause_after_a_closing_emoji_is_its_own(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A plan or a future after the emoji is not the count's mood; a result
    after it still ties the count."""
    got = _verdict(linter, text)
    assert (got[0], [f for f in got[1] if f[0] == "vanity-metric"]) == expected


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Our 'how to fold a dumpling' reel hit 400k views this week.", "asserted"),
        ('Our "How To Prune Roses" short passed 90k views.', "asserted"),
        ("Here's 'how to get 400k views' in one reel.", "advice"),
        ("This guide shows how to get 400k views on a reel.", "advice"),
    ],
)
def test_a_quoted_how_to_title_gives_no_advice(
    linter: Linter, extractor: ClaimExtractor, text: str, mood: str
) -> None:
    """A post's quoted title that closes before the count names the post; a
    quotation that holds the count, or no quotation, is still advice."""
    doc = linter.analyzer.pipeline.nlp(text)
    metrics = [c for c in extractor.claims(doc) if c.kind == "metric"]
    assert [c.mood for c in metrics] == [mood]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("In a market where nobody cares about raincoats, our series earned 38M views.", False),
        ("Nobody cares about rain boots, so our 2M views surprised us.", False),
        ("Nobody cares about your 38M views.", True),
        ("Who cares about follower counts when our 20k followers bought nothing?", True),
        ("We passed 100k followers and nobody cares.", True),
        ("No one cares that our post went viral.", True),
    ],
)
def test_nobody_caring_criticises_only_a_metric_or_the_brag(
    linter: Linter, text: str, passed: bool
) -> None:
    """Nobody caring about another thing leaves the sentence's count a brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A Leeds bakery's clip of a talking croissant has gone viral with 5M views.", True),
        ("An allotment club's reel got 900k views this week, the paper reports.", True),
        ("A Leeds bakery\u2019s clip has gone viral, racking up 6 million views.", True),
        ("Our bakery's clip has gone viral with 5M views.", False),
        ("The bakery's clip has gone viral with 5M views.", False),
        ("Our 'how to ice a cake' reel hit 400k views this week.", False),
    ],
)
def test_attention_of_someone_unnamed_is_news(linter: Linter, text: str, passed: bool) -> None:
    """Someone brought in with "a" owns the clip the news is about; the
    writer's page, or one it names with "the", stays the writer's brag."""
    assert _verdict(linter, text)[0] is passed
