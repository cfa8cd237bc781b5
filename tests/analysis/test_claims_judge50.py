"""Classes of own-25's first run (judge50), on sentences written for these
tests, each class with a text it must flag and a near miss it must not: an
invitation's social proof ("Join 40,000 readers"); a milestone a giveaway
celebrates; congratulations to someone else; a request the writer received;
customers who switched; a recruiter's placements; "N times as often"; bare
"subscribers" reached by the writer."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


# "Join N readers" counts the writer's audience; customers and volunteers to join are no attention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Join 40,000 readers who start their Sunday with our newsletter.",
            (False, [("vanity-metric", "WARNING", "40,000 readers")]),
        ),
        (
            "Join 2 million followers who never miss a deal!",
            (False, [("vanity-metric", "WARNING", "2 million followers")]),
        ),
        ("Join 50,000 happy customers who switched to our plan.", (True, [])),
        ("Join our 2,000+ volunteers at the beach clean-up on Saturday.", (True, [])),
    ],
)
def test_judge50_an_invitations_social_proof(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A milestone a giveaway celebrates is claimed; people given a gift are offered it; free tickets are no outcome.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To celebrate 100,000 fans, we're giving away 100 free pizzas!",
            (False, [("vanity-metric", "WARNING", "100,000 fans")]),
        ),
        (
            "To celebrate 100k, we're giving away 100 hoodies. RT to enter.",
            (False, [("vanity-metric", "WARNING", "celebrate 100k")]),
        ),
        (
            "To celebrate our anniversary we're giving 300 fans a free pastry.",
            (True, [("audience-metric", "INFO", "300 fans")]),
        ),
        (
            "To celebrate 10,000 followers, we're giving away five free tickets!",
            (False, [("vanity-metric", "WARNING", "10,000 followers")]),
        ),
        ("We sold 4,000 tickets in a day.", (True, [])),
    ],
)
def test_judge50_a_milestone_celebrated_with_a_giveaway(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# A milestone the writer congratulates someone else on is theirs; congratulations to us are ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Congrats to @ChefMarla on 1 million followers! Your pancakes got our whole office cooking.",
            (True, [("audience-metric", "INFO", "1 million followers")]),
        ),
        (
            "Congrats to us on 1 million followers!",
            (False, [("vanity-metric", "WARNING", "1 million followers")]),
        ),
    ],
)
def test_judge50_congratulations_to_someone_else(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# Going viral asked for by a brief the writer got is the brief's wish.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every brief I got this year asked us to 'go viral'. Not one said what should happen next.",
            (True, [("audience-metric", "INFO", "go viral")]),
        ),
    ],
)
def test_judge50_a_request_the_writer_received(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# People counted who switched to a brand are customers won; the writer switching is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As seen by 6 million viewers on TV. Since then, 250,000 families have switched to Nestly.",
            (
                True,
                [
                    ("reach-claim", "INFO", "seen by 6 million viewers"),
                    ("vanity-metric", "INFO", "6 million viewers"),
                ],
            ),
        ),
        (
            "As seen by 6 million viewers on TV. Since then, we switched to a new logo.",
            (
                False,
                [
                    ("reach-claim", "WARNING", "seen by 6 million viewers"),
                    ("vanity-metric", "WARNING", "6 million viewers"),
                ],
            ),
        ),
    ],
)
def test_judge50_customers_who_switched(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A recruiter's placements are hires made; an ad's placements are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A year of posting daily: 31,000 new followers, 140 inbound candidates, 22 placements and $610K in fees.",
            (True, [("vanity-metric", "INFO", "31,000 new followers")]),
        ),
        (
            "Our spot ran in 22 placements across prime-time TV and got 4M views.",
            (False, [("vanity-metric", "WARNING", "4M views")]),
        ),
    ],
)
def test_judge50_a_recruiters_placements(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# "N times as often" is a ratio, not a count of times.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loyalty members visit 1.8 times as often and spend 22% more per order.", (True, [])),
        (
            "The video was viewed 3,000 times in a day.",
            (False, [("vanity-metric", "WARNING", "viewed 3,000 times")]),
        ),
    ],
)
def test_judge50_times_as_often_is_a_ratio(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Bare "subscribers" reached by the writer, celebrated or joined are an audience's
# milestone; beside a paid product, or a service's count, they stay customers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We hit 500K subscribers the same day. What a week.",
            (False, [("vanity-metric", "WARNING", "500K subscribers")]),
        ),
        (
            "Join the 250,000 subscribers who start their Monday with The Weekly Ledger.",
            (False, [("vanity-metric", "WARNING", "250,000 subscribers")]),
        ),
        (
            "To celebrate 50,000 subscribers, we're giving away ten signed prints!",
            (False, [("vanity-metric", "WARNING", "50,000 subscribers")]),
        ),
        ("We hit 2,000 subscribers on the paid plan this month.", (True, [])),
        ("Our streaming service passed 12 million subscribers this quarter.", (True, [])),
    ],
)
def test_judge50_bare_subscribers_reached_by_the_writer(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected
