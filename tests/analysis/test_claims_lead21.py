"""Classes found by the twenty-first session's blind sets (own-56..59) and the
leftovers of earlier sets, on sentences written for these tests (each: a text
the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue? We'll see in spring. Our teaser has 2M views though!",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
        (
            "Revenue? Up 14% since the relaunch, and the teaser has 2M views.",
            (True, [("vanity-metric", "WARNING", "2M views")]),
        ),
        (
            "What about revenue? Honestly, no idea yet. The reel has 60k likes.",
            (False, [("vanity-metric", "WARNING", "60k likes")]),
        ),
        (
            "Sales? +14% on last May, and the reel has 60k likes.",
            (True, [("vanity-metric", "WARNING", "60k likes")]),
        ),
    ],
)
def test_an_outcome_asked_alone_and_not_answered_is_a_topic(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Revenue? We'll see", "What about revenue?"; not "Revenue? Up 14%" or "Sales? +14%"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales are sales, but 5k followers is 5k followers!",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "5k followers"),
                    ("vanity-metric", "WARNING", "5k followers"),
                ],
            ),
        ),
        (
            "Churn is the hardest problem in subscription boxes. Anyway, our unboxing reel just crossed 400k views!",
            (False, [("vanity-metric", "WARNING", "400k views")]),
        ),
        (
            "Profit is a lagging indicator. Our newsletter just passed 20,000 readers!",
            (False, [("vanity-metric", "WARNING", "20,000 readers")]),
        ),
        (
            "Churn is down 12% since the new onboarding, and the reel crossed 400k views.",
            (True, [("vanity-metric", "INFO", "400k views")]),
        ),
        (
            "Every founder worries about churn. Our onboarding video just passed 90k views!",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "We were obsessed with conversion rates in 2023. Our reel hit 90k views.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "Every founder worries about churn. Our churn fell 20% after the onboarding video passed 90k views.",
            (True, [("vanity-metric", "INFO", "90k views")]),
        ),
        (
            "The numbers: 41,000 Discord members and — the one we worried about — 2.1 million wishlists before launch day.",
            (True, [("vanity-metric", "INFO", "41,000 Discord members")]),
        ),
    ],
)
def test_an_outcome_in_a_truism_is_a_topic(linter: Linter, text: str, expected: Verdict) -> None:
    """ "sales are sales", "churn is the hardest problem", "obsessed with conversion rates"; not "churn is down 12%", nor the counted one "we worried about"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donations are always welcome via the link below. Our film crossed 500k views!",
            (False, [("vanity-metric", "WARNING", "500k views")]),
        ),
        (
            "Pre-orders are open now! The trailer has 1M views.",
            (False, [("vanity-metric", "WARNING", "1M views")]),
        ),
        (
            "Donations rose 30% the week our film crossed 500k views.",
            (True, [("vanity-metric", "INFO", "500k views")]),
        ),
        (
            "Goal for Q2: grow the page to 50k followers so we can start getting leads from it.",
            (False, [("vanity-metric", "WARNING", "50k followers")]),
        ),
        (
            "We fixed the checkout so we could turn the reel's 2M views into sales: 300 orders in a week.",
            (True, [("audience-metric", "INFO", "2M views")]),
        ),
    ],
)
def test_an_outcome_invited_or_wanted_for_a_purpose_is_no_result(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "donations are always welcome", "so we can start getting leads"; not donations that rose, orders counted."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Week 30 of the build:\n- 4,100 followers\n- 900k impressions\n- $0 revenue, still in beta",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "4,100 followers"),
                    ("vanity-metric", "WARNING", "900k impressions"),
                ],
            ),
        ),
        (
            "Week 30 of the build:\n- 4,100 followers\n- $0 revenue\n- 900k impressions",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "4,100 followers"),
                    ("vanity-metric", "WARNING", "900k impressions"),
                ],
            ),
        ),
        (
            "Week 30 of the build: 4,100 followers, 900k impressions and $0 churn, still.",
            (
                True,
                [
                    ("vanity-metric", "INFO", "4,100 followers"),
                    ("vanity-metric", "INFO", "900k impressions"),
                ],
            ),
        ),
        (
            "Week 30: 4,100 followers and £0 in ad spend, and revenue is up 12%.",
            (True, [("vanity-metric", "INFO", "4,100 followers")]),
        ),
    ],
)
def test_no_money_yet_on_a_stat_line_is_no_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "$0 revenue, still in beta" or alone on its line; not "$0 churn", not nothing spent."""
    assert _verdict(linter, text) == expected
