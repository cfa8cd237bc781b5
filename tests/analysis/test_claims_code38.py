"""The move reader (code38): does a verb say that its metric moved, and which
way (up, down, level, or no move), on sentences written for these tests; a
move denied as a level kept ("reach didn't budge"), a steep rise by an idiom
("views took off"), and money read by the ``money_words`` lexicon."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import asserted_metric_texts, lint_verdict

from align_lint.analysis.claims import ClaimExtractor, counts
from align_lint.run.linter import Linter


def _direction(linter: Linter, extractor: ClaimExtractor, text: str, verb: str) -> str | None:
    """The direction the move reader hears in ``verb`` (its first token so written)."""
    doc = linter.analyzer.pipeline.nlp(text)
    assert extractor.parser is not None
    extractor.parser(doc)
    (token,) = [t for t in doc if t.text == verb][:1]
    return extractor._moves.direction(token)


@pytest.mark.parametrize(
    ("text", "verb", "way"),
    [
        # A verb of growth says the move by itself; the falling ones say it went down.
        ("Our followers grew all spring.", "grew", "up"),
        ("Newsletter signups doubled in March.", "doubled", "up"),
        ("Page views dropped after the redesign.", "dropped", "down"),
        ("Reach dipped over the holidays.", "dipped", "down"),
        # A verb of drifting says it only with its direction.
        ("Engagement went up this month.", "went", "up"),
        ("Subscribers went down after the price change.", "went", "down"),
        ("Story views are trending upward.", "trending", "up"),
        ("Impressions inched higher every week.", "inched", "up"),
        # A level kept, by a verb of state or a barely moving one.
        ("Page views remained steady all quarter.", "remained", "level"),
        ("Traffic stayed flat in June.", "stayed", "level"),
        ("Reach barely changed after the update.", "changed", "level"),
        # A verb of changing at all, denied, is a level kept too.
        ("Our reach didn't budge all month.", "budge", "level"),
        ("Followers never moved.", "moved", "level"),
        ("Traffic didn't stay flat.", "stay", None),
        ("My views on pricing haven't changed.", "changed", None),
        # A steep rise by a verb and its particle, or a verb of growth.
        ("Our views took off after the launch.", "took", "up"),
        ("Our impressions rocketed after the collab.", "rocketed", "up"),
        ("We took the day off.", "took", None),
        # No move: a level reached, a verb with no direction, a place, growing up.
        ("Our followers hit 10,000 today.", "hit", None),
        ("Our hashtag is trending.", "trending", None),
        ("Our team headed up the hill.", "headed", None),
        ("The twins grew up in Ohio.", "grew", None),
        ("The kids went to school.", "went", None),
        ("Reach changed a lot.", "changed", None),
    ],
)
def test_which_way_a_verb_says_a_metric_moved(
    linter: Linter, extractor: ClaimExtractor, text: str, verb: str, way: str | None
) -> None:
    assert _direction(linter, extractor, text, verb) == way


def test_the_falling_and_levelling_verbs_are_verbs_of_growth(extractor: ClaimExtractor) -> None:
    """The direction lexicons sort ``growth_verbs``: a word only in one of them
    would never be heard as a move."""
    growth = extractor._grammar["growth_verbs"]
    assert extractor._grammar["move_falling_verbs"] - growth == frozenset()
    assert extractor._grammar["move_levelling_verbs"] - growth == frozenset()


def _rules(linter: Linter, text: str) -> list[str]:
    return sorted({rule for rule, _ in lint_verdict(linter, text)})


def test_a_move_denied_is_a_level_reported(linter: Linter, extractor: ClaimExtractor) -> None:
    assert asserted_metric_texts(linter, extractor, "Our reach didn't budge all month.") == [
        "reach didn't budge"
    ]
    assert asserted_metric_texts(
        linter, extractor, "Our views haven't moved an inch since March."
    ) == ["views haven't moved"]
    assert asserted_metric_texts(linter, extractor, "Followers never moved.") == [
        "Followers never moved"
    ]
    # Near misses: an effect on the metric denied, a rise denied.
    assert asserted_metric_texts(linter, extractor, "The post didn't move followers at all.") == []
    assert asserted_metric_texts(linter, extractor, "Followers didn't move up.") == []
    assert asserted_metric_texts(linter, extractor, "Our followers didn't grow this year.") == []


def test_a_steep_rise_by_an_idiom(linter: Linter, extractor: ClaimExtractor) -> None:
    assert asserted_metric_texts(linter, extractor, "Our views took off after the launch.") == [
        "views took off"
    ]
    assert asserted_metric_texts(linter, extractor, "Engagement rocketed.") == [
        "Engagement rocketed"
    ]
    assert asserted_metric_texts(linter, extractor, "Engagement went through the roof.") == [
        "Engagement went through the roof"
    ]
    # Near misses: a plane, a day off, a roof through a budget, an outcome.
    assert asserted_metric_texts(linter, extractor, "The plane took off at noon.") == []
    assert asserted_metric_texts(linter, extractor, "The roof went through the budget.") == []
    assert _rules(linter, "Sales went through the roof this week.") == ["bragging-slang"]
    assert _rules(linter, "Engagement went through the roof this week.") == [
        "bragging-slang",
        "no-business-outcome",
        "vanity-metric",
    ]


def test_money_is_read_by_the_money_words_lexicon(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    doc = linter.analyzer.pipeline.nlp("We raised 40,000 euros and got 9,000 likes.")
    extractor.claims(doc)
    assert counts.money_words(doc) == extractor._grammar["money_words"]
    assert [t.text for t in doc if counts.is_money(t)] == ["40,000"]


def test_the_money_words_travel_with_the_doc_read(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    """No setting of the module: a Doc no extractor has read knows no word for
    money, and one given other words reads money by those (a pack's own)."""
    text = "We raised 40,000 euros and 9,000 zlotys."
    unread = linter.analyzer.pipeline.nlp(text)
    assert counts.money_words(unread) == ()
    assert [t.text for t in unread if counts.is_money(t)] == []
    own = linter.analyzer.pipeline.nlp(text)
    counts.carry_money_words(own, frozenset({"zlotys"}))
    assert [t.text for t in own if counts.is_money(t)] == ["9,000"]
    read = linter.analyzer.pipeline.nlp(text)
    extractor.claims(read)
    assert [t.text for t in read if counts.is_money(t)] == ["40,000"]
