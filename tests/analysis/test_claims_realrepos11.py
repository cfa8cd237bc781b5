"""Senses seen on real project and company blogs (a networking project's, a
commerce platform's and a stats site's), by class: people a statement holds
for, one person picked from a crowd, a majority doing something after an
adverb, the first half of a hyphened word, a count in a clause hung on the
people, people welcomed into a community online, and the owner of a
possessive as a word of the paragraph. Each class has a sentence it must still
read as an attention claim and a near miss it must not; the sentences are
written for these tests."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for many X": the people something was for, not a tally.
        ("For many viewers the demo was the first look at the new console.", []),
        ("So many viewers tuned in that the chat froze.", ["many viewers"]),
        # "one of our biggest fans" describes a person.
        ("Priya is one of our biggest fans and tests every beta.", []),
        ("Our team has the most fans of any club in the league.", ["most fans"]),
        # "most X" + adverb + finite verb: a share doing something.
        ("Most subscribers also read the weekly digest on Sundays.", []),
        ("Most subscribers ever in a single week, thanks to you!", ["Most subscribers"]),
        # A term as the first half of a hyphened word names something else.
        ("The kit ships four viewer-facing widgets for the storefront.", []),
        ("The stream kept four thousand viewers until midnight.", ["four thousand viewers"]),
        # A count in a clause hung on the people counts their work.
        ("Thanks to the community of developers who fixed 1,400 bugs this year.", []),
        (
            "We are now a community of over 12,000 people on the forum.",
            ["community of over 12,000 people"],
        ),
        # People welcomed into a community online, counted.
        ("In May we welcomed 4,500 people to our Discord server.", ["welcomed 4,500 people"]),
        ("In May 4,500 people welcomed the new moderation rules on our Discord server.", []),
        ("In May we welcomed 45 visitors to the studio.", []),
    ],
)
def test_realrepos11_sense(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term that needs a channel word near it finds the channel's possessive.
        ("The newsletter's 9,000 subscribers got the news first.", ["9,000 subscribers"]),
        ("Our 9,000 subscribers got the news first.", []),
        # Traffic beside a possessive infrastructure word is load.
        ("Traffic to the pod's service spiked to 40,000 overnight.", []),
        (
            "Traffic to the blog's new guide spiked to 40,000 overnight.",
            ["Traffic to the blog's new guide spiked to 40,000"],
        ),
    ],
)
def test_a_possessive_names_its_owner_as_a_paragraph_word(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected
