"""The move reader (code38): does a verb say that its metric moved, and which
way (up, down, level, or no move), on sentences written for these tests."""

from __future__ import annotations

import pytest

from align_lint.analysis.claims import ClaimExtractor
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
