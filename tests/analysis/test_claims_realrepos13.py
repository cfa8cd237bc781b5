"""Senses seen on real blogs (a mobile-tooling vendor's SEO guides, a research
nonprofit's news and an open-source wiki's project blog), by class: "the
following year" (the next one, not an audience), concurrent users beside GPUs
(load a machine takes), programs named readers and viewers ("Adobe Reader", "a
PDF viewer"), downloads of an update shipped to devices (bandwidth, not
attention), a service's partner communities (its customers), people driven
away (lost, not won), a program's parts "heavily shared" (reused code) and
people "most engaged" after "be" (a moment to pick, not a ranking). Each
class has a sentence it must still read as an attention claim and a near miss
it must not; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "following" before a time or a list noun is the next one or the ones below.
        ("Sign-ups to the pilot should double in the following year.", []),
        ("Run the following commands to double your output.", []),
        ("Our following doubled in the year after the launch.", ["following doubled"]),
        ("We tripled the following on our TikTok this spring.", ["tripled the following"]),
        # Users at once beside GPUs are the load a machine takes.
        ("Our tests showed 3 concurrent users saturate a single GPU.", []),
        ("The launch stream peaked at 9,000 concurrent users.", ["9,000 concurrent users"]),
        # Programs and devices named readers and viewers.
        ("It patches widely used tools like Adobe Reader and Zoom.", []),
        ("The docs site ships a PDF viewer that thousands of teams embed.", []),
        ("Our newsletter now has 12,000 readers.", ["12,000 readers"]),
        # Downloads of an update shipped to devices are bandwidth.
        ("Smaller bundles mean fewer repeated downloads on every rollout.", []),
        ("Our ebook passed 40,000 downloads in May.", ["40,000 downloads"]),
        # A service's partner communities are its customers.
        ("The hub service added several new partner communities this quarter.", []),
        ("Our community grew to 30,000 people this quarter.", ["community grew to 30,000"]),
        # People driven away are lost, not won.
        ("Slow replies drive away new members of the forum.", []),
        ("The paywall drove off half of our readers.", []),
        ("The giveaway drove 4,000 new followers to our page.", ["4,000 new followers"]),
        # Parts of a program shared are reused code.
        ("The pricing logic is already heavily shared between both apps.", []),
        ("The config layer is a widely shared component in our apps.", []),
        ("Our launch video was widely shared across LinkedIn.", ["widely shared"]),
        # "most engaged" after "be" and people: a moment, not a ranking.
        ("Ask for a rating when users are most engaged with the app.", []),
        ("Fans are most engaged on Sunday evenings.", []),
        ("Our carousel was most shared on LinkedIn.", ["most shared"]),
        ("This was our most engaged post of the year.", ["most engaged"]),
    ],
)
def test_realrepos13_senses(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected
