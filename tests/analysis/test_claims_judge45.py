"""Open judgement leftovers by class (judge45), on sentences written for these
tests, each class with a text it must flag and a near miss it must not: a
metric's fall or plateau reported; soaring idioms; a platform-wide change and
a bare plural up by an amount; a third party's past count as background to
her story; superlatives of a busy channel; a typical influencer's count in a
price; currency codes in other letter cases."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


def _flagged(metric: str, rule: str = "vanity-metric") -> tuple[bool, list[tuple[str, str, str]]]:
    return False, [(rule, "WARNING", metric)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fall or a plateau of our own metric is a result reported.
        ("Our views plateaued in March.", _flagged("views plateaued")),
        ("Our follower count flatlined.", _flagged("follower count flatlined")),
        ("Our reach stalled in June.", _flagged("reach stalled", "reach-claim")),
        ("Impressions went way down this month.", _flagged("Impressions went")),
        ("Our views tanked in May.", _flagged("views tanked")),
        ("Our views levelled off in March.", _flagged("views levelled off")),
        # Near misses: no metric flatlines, a place down, an outcome stalls.
        ("The patient flatlined twice.", (True, [])),
        ("Our car stalled on the highway.", (True, [])),
        ("Our followers went down the drain.", (True, [])),
        ("Prices went down this month.", (True, [])),
        ("Our sales tanked in May.", (True, [])),
        ("We levelled the playing field for small shops.", (True, [])),
    ],
)
def test_judge45_fall_and_level_verbs(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our views went to the moon.", _flagged("views went to the moon")),
        ("Our engagement went parabolic.", _flagged("engagement went parabolic")),
        # Near misses: a real moon, a price chart, a metric tied to an outcome.
        ("We sent a rocket to the moon.", (True, [])),
        ("Bitcoin went parabolic this week.", (True, [])),
        (
            "Engagement went parabolic after the launch and our bookings doubled.",
            (True, [("vanity-metric", "INFO", "Engagement went parabolic")]),
        ),
    ],
)
def test_judge45_soaring_idioms(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare plural up by an amount is a result, whatever follows it.
        (
            "Likes are up 300% and none of that worries us.",
            _flagged("Likes are up 300%"),
        ),
        ("Impressions are down by 12,000 since May.", _flagged("Impressions are down by 12,000")),
        ("Here is why our reach fell this month.", _flagged("reach fell", "reach-claim")),
        # Near misses: the whole platform's change; a rule of thumb.
        (
            "Here is why reach fell for everyone this month.",
            # judge47's topic rule ("why X fell") widens the info span to its "why".
            (True, [("audience-metric", "INFO", "why reach fell")]),
        ),
        (
            "Views dropped across all accounts after the update.",
            (True, [("audience-metric", "INFO", "Views dropped")]),
        ),
        (
            "Posts with faces get 38% more likes.",
            (True, [("audience-metric", "INFO", "38% more likes")]),
        ),
    ],
)
def test_judge45_platform_wide_and_measured_changes(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When Maya started, she had 200 followers; today she runs a bakery with 12 staff.",
            (True, [("audience-metric", "INFO", "200 followers")]),
        ),
        (
            "When Ravi opened the shop, he had 90 followers, and now he employs six people.",
            (True, [("audience-metric", "INFO", "90 followers")]),
        ),
        # Near misses: her story of growth, and the writer's own.
        (
            "When Maya started, she had 200 followers; today she has 40,000.",
            _flagged("200 followers"),
        ),
        (
            "When I started, I had 200 followers; today I have 40,000.",
            _flagged("200 followers"),
        ),
    ],
)
def test_judge45_a_third_partys_past_count(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This was our strongest month on Instagram.", _flagged("strongest month on Instagram")),
        ("The busiest week our TikTok has had.", _flagged("busiest week our TikTok has had")),
        # Near misses: a shop's week, a shop's channel, a time to post.
        ("The busiest week of the year for the shop.", (True, [])),
        ("The busiest week our shop has had.", (True, [])),
        ("The busiest day on Instagram is Tuesday.", (True, [])),
    ],
)
def test_judge45_superlatives_of_a_busy_channel(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a typical influencer with 50,000 followers charges about $500 per post.",
            (True, [("audience-metric", "INFO", "50,000 followers")]),
        ),
        (
            "our reel got 2m views and we made ksh 450,000 from the pop-up.",
            (True, [("vanity-metric", "INFO", "2m views")]),
        ),
        (
            "Our reel got 2M views and we made Eur 5,000 from the pop-up.",
            (True, [("vanity-metric", "INFO", "2M views")]),
        ),
        # Near misses: the writer with the count; a code with no amount.
        ("we with 50,000 followers charge $500 per post.", _flagged("50,000 followers")),
        (
            "our reel got 2m views from kenya, where ksh is the currency.",
            _flagged("2m views"),
        ),
    ],
)
def test_judge45_letter_case(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _verdict(linter, text) == expected
