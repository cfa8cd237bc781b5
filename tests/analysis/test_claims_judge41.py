"""Outcomes and hypotheticals left open (judge41), on sentences written for
these tests: paying subscribers said with a clause or a tier, a rate worked
out under a supposed case, a bare "say" that supposes one, a past moment a
reader is asked to picture, "reach per post" as a rate's label, a count after
"over" with a plus, and an agenda or a meeting that covers results."""

from __future__ import annotations

from tests.analysis.claim_reading import asserted_metric_texts, lint_verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


def test_subscribers_who_pay_are_customers(linter: Linter) -> None:
    assert lint_verdict(linter, "The newsletter crossed 1,000 subscribers who pay.") == []
    assert (
        lint_verdict(
            linter, "Our newsletter has 2,300 subscribers who pay for the premium edition."
        )
        == []
    )
    assert lint_verdict(linter, "The Substack crossed 900 subscribers on the paid plan.") == []
    # Attention paid is no payment, and a channel's subscribers stay an audience.
    assert lint_verdict(
        linter, "Our newsletter has 5,000 subscribers who pay attention to every issue."
    ) == [("no-business-outcome", ""), ("vanity-metric", "5,000 subscribers")]
    assert lint_verdict(linter, "The posts earned 6.1M impressions we didn't pay for.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "6.1M impressions"),
    ]
    assert lint_verdict(linter, "The channel passed 1,000 subscribers this morning!") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "1,000 subscribers"),
    ]


def test_a_rate_worked_out_under_a_supposed_case(linter: Linter, extractor: ClaimExtractor) -> None:
    for text in (
        "If 1,000 people view a recipe and 175 save it, the save rate is 17.5%.",
        "When 1,000 people see an ad and 10 click, the CTR is 1%.",
        "If a post reaches 10,000 people and 300 engage, the engagement rate is 3%.",
    ):
        assert asserted_metric_texts(linter, extractor, text) == [], text
        # Info only: the counts stay attention, in a supposition.
        assert {rule for rule, _ in lint_verdict(linter, text)} == {"audience-metric"}, text
    # A past moment, or a condition with no count supposed, reports.
    assert asserted_metric_texts(
        linter, extractor, "When we hit 10k followers, we threw a party for the team."
    ) == ["10k followers"]


def test_a_bare_say_supposes_a_case(linter: Linter) -> None:
    assert lint_verdict(
        linter, "Say your post gets 2,000 likes and 40 clicks: what did you earn?"
    ) == [("audience-metric", "2,000 likes")]
    assert lint_verdict(linter, "Say what you want, our reel got 10k views in an hour.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "10k views"),
    ]


def test_a_past_moment_pictured_is_a_claim(linter: Linter) -> None:
    assert lint_verdict(
        linter, "Imagine our surprise when the post hit 50,000 impressions overnight."
    ) == [
        ("no-business-outcome", ""),
        ("vanity-metric", "50,000 impressions"),
    ]
    assert lint_verdict(linter, "Imagine your reel gets 100k views and not one sale.") == [
        ("audience-metric", "100k views")
    ]


def test_reach_per_post_as_a_rates_label(linter: Linter) -> None:
    assert lint_verdict(linter, "Avg. reach per post: 12,400 (up from 9,800).") == [
        ("no-business-outcome", ""),
        ("reach-claim", "reach per post: 12,400"),
    ]
    assert lint_verdict(linter, "| Avg. reach per post | 12,400 | 15,900 |") == [
        ("no-business-outcome", ""),
        ("reach-claim", "reach per post | 12,400"),
    ]
    assert lint_verdict(linter, "Reach per post matters more than your follower count.") == [
        ("audience-metric", "than your follower count")
    ]


def test_a_count_after_over_with_a_plus(linter: Linter) -> None:
    assert lint_verdict(linter, "Over 200K+ people saved the recipe.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "Over 200K+ people saved"),
    ]
    # Money saved by a crowd is a discount, no attention.
    assert lint_verdict(linter, "Over 200K+ shoppers saved money with the coupon.") == []


def test_an_agenda_or_a_meeting_that_covers_results(linter: Linter) -> None:
    for text in (
        "Agenda: social media results, hiring plan, Q4 roadmap.",
        "Agenda item 3: social media results.",
        "The QBR covers social media results and next quarter's budget.",
    ):
        assert lint_verdict(linter, text) == [], text
    assert lint_verdict(linter, "The meeting went well and our social results were great.") == [
        ("no-business-outcome", "")
    ]


def test_money_given_by_counted_supporters_is_donations(linter: Linter) -> None:
    assert lint_verdict(
        linter, "1,400 supporters gave a total of $38,000 after our video went viral."
    ) == [("viral-claim", "went viral")]
    assert lint_verdict(
        linter, "Our supporters gave $38,000 in 48 hours, and the reel got 90k views."
    ) == [("vanity-metric", "90k views")]
    # The writer's gift, or a company's, is no donation received.
    assert lint_verdict(linter, "We gave $500 to the shelter and our reel got 90k views.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "90k views"),
    ]
    assert lint_verdict(
        linter, "Acme gave $1M to the food bank, and our post about it got 40k likes."
    ) == [("no-business-outcome", ""), ("vanity-metric", "40k likes")]
