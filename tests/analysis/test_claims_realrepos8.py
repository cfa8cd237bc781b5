"""Senses seen on real project and community blogs (an observability project's
year in review, a desktop framework's announcements, a web framework's
roadmap), by class: a product's version or a day of a month before a noun, a
ranking of items by attention, comments in source code, people credited with
work, telemetry's traffic. Each class has a sentence it must still read as an
attention claim and a near miss it must not; the sentences are written for
these tests."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A small number after a product's name is its version, not a count.
        ("Our tutorial series passed 40k views this spring.", ["40k views"]),
        ("Acme 2.5 million views in one week, a record for us.", ["2.5 million views"]),
        ("Zephyr 5 downloads overtook Zephyr 4 downloads in June.", []),
        ("We asked Kestrel 2 readers about the migration path.", []),
        # A day after its month is a date, not a count.
        ("On March 4 views of the demo jumped to 90k.", ["views of the demo jumped to 90k"]),
        # A ranking of several things by attention is a list the post walks
        # through; one thing's record (or the writer's own posts) is a claim.
        ("Our pumpkin bread reel is now our most viewed post ever!", ["most viewed"]),
        ("Our most liked posts this month were all studio clips.", ["most liked"]),
        ("Our recap became one of the most watched videos of the season.", ["most watched"]),
        ("The teaser was the most shared Easter ad of the year.", ["most shared"]),
        ("Our derby was the most-watched men's match on the app.", ["most-watched"]),
        ("Looking at the most visited tutorial pages, three topics stand out.", []),
        ("Browse the Most Downloaded Themes list for inspiration.", []),
        # Comments in a program's source are notes for its readers.
        ("Our launch thread was heavily commented on LinkedIn.", ["heavily commented"]),
        ("The sample code is heavily commented to explain each step.", []),
        # People credited with work are contributors, not an audience.
        ("Our Discord server now has 4,000 members who chat daily.", ["4,000 members"]),
        ("Thanks to the dozens of forum members who reported bugs this month.", []),
        ("The release has contributions from 300 community members.", []),
        # Telemetry's traffic is load on a pipeline, not visitors.
        ("Our site traffic doubled after the launch post.", ["traffic doubled"]),
        ("The new encoding halves telemetry traffic between agents.", []),
    ],
)
def test_real_blog_senses(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected
