"""Classes from own-19 (judge37), on sentences written for these tests: people
counted who "like" a page (the tagger's preposition), a channel's milestone
that counts paying subscribers, a trend "in" a field of taste, a metric that
"went up", and attention got "huge" or "modest" without a number."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import claims_of

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "like" tagged a preposition, the parse's predicate with a counted subject.
        (
            "Roughly 90,000 people now like our page!",
            [("metric", "attention_verbs", "count", "asserted", "90,000 people now like")],
        ),
        (
            "1.5 million people like the bakery on Facebook.",
            [("metric", "attention_verbs", "count", "asserted", "1.5 million people like")],
        ),
        # A product liked is a preference; a page without a count is no amount.
        ("Some 90,000 people now like our new muffin.", []),
        ("Most people now like our page design.", []),
        # A channel's milestone that ends on paying subscribers counts customers.
        (
            "The podcast crossed 2,500 paying subscribers this week.",
            [("outcome", "outcome", "term", "asserted", "2,500 paying subscribers")],
        ),
        (
            "The podcast crossed 2,500 subscribers this week.",
            [("metric", "attention", "count", "asserted", "2,500 subscribers")],
        ),
        # A trend in a field of taste is a fashion, not posts counted.
        ("The fabrics trending in bedrooms this autumn: linen and wool.", []),
        ("Here is what's trending in garden design this year.", []),
        # Where it trends, or ours in a field, stays a claim.
        (
            "Our hashtag is trending in sport tonight!",
            [("metric", "viral", "term", "asserted", "trending")],
        ),
        (
            "The tag was trending in Brazil for a day.",
            [("metric", "viral", "term", "asserted", "trending")],
        ),
        # A metric that "went up" moved, with its particle.
        (
            "Our podcast listeners went up again this spring.",
            [("metric", "attention", "change", "asserted", "listeners went up")],
        ),
        ("Prices went up again this spring.", []),
        # Attention got in the past and sized without a number.
        (
            "Our carousel got massive engagement last week.",
            [("metric", "attention", "amount", "asserted", "got massive engagement")],
        ),
        (
            "The teaser got decent reach on launch day.",
            [("metric", "reach", "amount", "asserted", "got decent reach")],
        ),
        # In the present it is a rule of thumb; views "of" a place are scenery.
        ("Carousels get massive engagement on weekends.", []),
        ("The guests got great views of the harbour.", []),
        # Engagement from the writer's own people is taking part, not an audience.
        ("The hackathon got huge engagement from our engineers.", []),
        # The trend's field as the object of "in" made a particle, in lower case.
        ("the colours trending in bathrooms right now are sage and sand.", []),
    ],
)
def test_judge37_classes(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[tuple[str, ...]]
) -> None:
    assert claims_of(linter, extractor, text) == expected
