"""Senses seen on real community and nonprofit blogs (a teaching community's
news, a certificate authority's announcements), by class: a year that names an
edition of a prize or a survey, "most" as a share of people rather than a
record. Each class has a sentence it must still read as an attention claim and
a near miss it must not; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year before a singular title-cased name is the name's edition.
        ("Meet the winner of our 2024 Community Impact Prize.", []),
        ("2019 Community Service Awards - call for nominations", []),
        ("We just hit 2024 Community Members on Discord!", ["2024 Community Members"]),
        ("Our forum community passed 1,500 members this spring.", ["1,500 members"]),
        # "most" without an article, as a share of the crowd, is no record.
        ("For most subscribers, nothing changes with this release.", []),
        ("Most subscribers don't need to update their settings.", []),
        ("Most members of the support team now work part-time.", []),
        ("Our reel got the most views of any post this year.", ["most views"]),
        ("Most views ever on a single post!", ["Most views"]),
        ("Most members of Acme's forum community live in Europe.", []),
        ("Most likes of all time on our page!", ["Most likes"]),
    ],
)
def test_realrepos10_sense(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People who join a body or join in a role take a seat; people who join
        # a community online are its audience.
        ("Three other guild members have joined as editors since.", []),
        ("The four new members named here join the continuing trustees.", []),
        (
            "Over 3,000 developers joined our Discord server this month.",
            ["3,000 developers joined"],
        ),
        # Volunteers and donors engage with a cause, not with a post.
        ("We've increased volunteer engagement with a new blog series.", []),
        (
            "We've increased engagement on our posts with a new blog series.",
            ["increased engagement"],
        ),
        # "more than ever" before the verb says "especially now".
        ("Now more than ever, readers are reaching out to each other for tips.", []),
        ("Our teaser was shared more than any clip in our history.", ["shared more than"]),
    ],
)
def test_realrepos10_seats_causes_and_intensifiers(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "more members" an effort is done by or for are people served.
        ("Lesson reviews are now done by more forum members.", []),
        ("Mentoring lets you meet more community members.", []),
        ("We want to empower more members of our forum community to lead.", []),
        ("The guide makes it easier for more community members to contribute.", []),
        ("We now have more community members than ever on our forum.", ["more community members"]),
        ("Our forum community gained more members this month.", ["more members"]),
    ],
)
def test_realrepos10_people_served(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plain "a number of" people is "some"; sized, it is an amount.
        ("We interviewed a number of our forum community members.", []),
        (
            "A huge number of our forum community members now post daily.",
            ["number of our forum community members"],
        ),
        # A member institution is an institution counted.
        ("Our forum community now counts 300 member libraries.", []),
        ("Our forum community now has 1,200 members across 40 countries.", ["1,200 members"]),
    ],
)
def test_realrepos10_some_people_and_member_institutions(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected
