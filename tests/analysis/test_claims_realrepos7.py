"""Senses seen on real company and community blogs (a platform's release notes,
a service mesh's blog, an app vendor's guides), by class: money passed, a
release's name, a server's connections, a measure or an update reached, a
finding shown, one view of software. Each class has a sentence it must still
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
        # Money passed is a price or a sum, never an audience's milestone.
        ("We just crossed 50,000! Thank you all.", ["crossed 50,000"]),
        ("Repair bills topping $2 million pushed the council to act.", []),
        ("Fines exceeding $4 million are rare, the regulator says.", []),
        # A release named by year and month counts nothing.
        (
            "Her launch thread was followed by 30,000 people within a day.",
            ["followed by 30,000 people"],
        ),
        ("The beta was followed a week later by 2024.11, which fixed the login bug.", []),
        # Connections a server holds open, on a platform's own blog.
        ("We gained 9,000 connections on LinkedIn since spring.", ["9,000 connections"]),
        ("Our Mastodon server holds about 6,000 open connections at peak.", []),
        ("On Mastodon each worker needs a database pool of up to 200 connections.", []),
        # "Shows that" introduces a finding; "shown to" counts people.
        ("Our teaser was shown to 250,000 people.", ["shown to 250,000 people"]),
        ("Tests show that the new cache is 4 times faster.", []),
        # An update delivered to devices is not an audience reached.
        (
            "Our spring newsletter reached 80% of subscribers within a day.",
            ["reached 80% of subscribers"],
        ),
        ("The OTA bundle reached 80% of users within a day.", []),
        # One view of software or a perspective; views counted are attention.
        ("The clip hit its ten-millionth view on Sunday.", ["millionth view"]),
        ("Our trailer passed 2 million views.", ["2 million views"]),
        ("Teams see 3 separate views of the same board.", []),
        ("The rule was copied into three view controllers.", []),
        # Community as a feeling is not a head count.
        ("Our community is 80,000 strong now.", ["community is 80,000 strong"]),
        ("The meetup had great talks, good pizza and lots of community!", []),
    ],
)
def test_senses_from_real_blogs(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    found = metric_texts(linter, extractor, text)
    if expected:
        assert any(e in f for e in expected for f in found), found
    else:
        assert found == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dots that group thousands are a count, not a release's three-part name.
        ("Our launch reel drew 4.500.000 views in a week.", ["views"]),
        ("Release 3.2.1 was followed by 3.2.2 the next morning.", []),
    ],
)
def test_dotted_numbers(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    found = metric_texts(linter, extractor, text)
    assert [e for e in expected if any(e in f for f in found)] == expected, found
    if not expected:
        assert found == []
