"""Classes of own-27's and own-28's first runs (judge52, judge53), on
sentences written for these tests, each class with a text it must flag and a
near miss it must not: outcomes named as a cost per outcome, counted "new" in
a cleft, in a stat list the parse made one subject, after a colon past a
denial, or as a share of a market; revenue asked about or to be walked
through; a hashtag trending now; a question to peers; a notice to counted
followers; numbers that name; a sector's shares; fans at a ground; a diary's
"Hit 8k … today"; a cheered "N subscribers." fragment; a first place for an
attention metric."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict, lint_verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


# A cost per outcome won is an outcome; a cost per view is a price of attention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our reels drew 2 million views, and our cost per booking fell to $4.",
            (True, [("vanity-metric", "INFO", "2 million views")]),
        ),
        (
            "Our reels drew 2 million views at a cost per view of $0.01.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "2 million views"),
                    ("vanity-metric", "WARNING", "cost per view of $0.01"),
                ],
            ),
        ),
    ],
)
def test_judge52_a_cost_per_outcome(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# "It's the 6,200 new donors that…" counts donors; "the new revenue" is a slogan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our appeal film got 1.1M views. But it's the 6,200 new monthly donors that will keep the shelter open.",
            (True, [("vanity-metric", "WARNING", "1.1M views")]),
        ),
        (
            "Our appeal film got 1.1M views. Engagement is the new revenue.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "1.1M views"),
                    ("audience-metric", "INFO", "Engagement"),
                ],
            ),
        ),
    ],
)
def test_judge52_new_ones_counted_in_a_cleft(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A stat list the parse made one subject keeps its bookings the writer's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Creator weekend at our hotel: 12 creators, 2.4M combined reach and 80 direct bookings traced to their codes.",
            (True, [("reach-claim", "INFO", "2.4M combined reach")]),
        ),
        (
            "Creator weekend at our hotel: 12 creators and 2.4M combined reach.",
            (False, [("reach-claim", "WARNING", "2.4M combined reach")]),
        ),
    ],
)
def test_judge52_a_stat_list_made_one_subject(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A denial does not reach past the colon to what it points at.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our demo got 3M views. It also did what views never do: 40,000 installs of the app in a week.",
            (True, [("vanity-metric", "INFO", "3M views")]),
        ),
        (
            "Our demo got 3M views. It never brought a single install.",
            (False, [("vanity-metric", "WARNING", "3M views")]),
        ),
    ],
)
def test_judge52_what_a_denial_points_at(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A share of a market that moved is an outcome; a share of voice is attention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign earned 90 million impressions, and our share of the UK biscuit market rose from 5.2% to 6.0%.",
            (True, [("vanity-metric", "INFO", "90 million impressions")]),
        ),
        (
            "The campaign earned 90 million impressions and a bigger share of voice than ever.",
            (False, [("vanity-metric", "WARNING", "90 million impressions")]),
        ),
    ],
)
def test_judge52_a_share_of_a_market(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Revenue asked about or to be walked through is a topic; an amount after its colon reports it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everyone asks me about revenue. The number I'm proudest of is our 200,000 followers.",
            (False, [("vanity-metric", "WARNING", "200,000 followers")]),
        ),
        (
            "Everyone asks me about our 200,000 followers. Revenue rose 30% this year.",
            (True, [("audience-metric", "INFO", "200,000 followers")]),
        ),
        (
            "Our finance team will walk you through revenue on Friday. I'm here for the fun part: our TikTok just hit 2M followers.",
            (False, [("vanity-metric", "WARNING", "2M followers")]),
        ),
        (
            "Our finance team walked us through revenue: up 18% on last year, the year our TikTok hit 2M followers.",
            (True, [("vanity-metric", "INFO", "2M followers")]),
        ),
    ],
)
def test_judge52_revenue_asked_about_or_to_be_walked_through(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# A hashtag trending now, nothing of the writer's in its clause, is talked of; one that was trending, or ours, is a result.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Storm update: #StormKai is trending for a reason. Tie down garden furniture tonight.",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "Seeing #WorldPizzaDay trending this morning, so here's your reminder that we deliver.",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "#OurSpringDrop was trending all afternoon on X.",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
        (
            "Our #SpringDrop is trending in the UK!",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
    ],
)
def test_judge52_a_hashtag_trending_now(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# "Anyone else seeing…?" asks whether a change is everyone's; "Anyone else hit…? We did!" brags.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anyone else seeing views drop off a cliff on Reels this week? Ours are down 30%.",
            (True, [("audience-metric", "INFO", "views drop off")]),
        ),
        (
            "Anyone else hit 10k followers this week? We did!",
            (False, [("vanity-metric", "WARNING", "10k followers")]),
        ),
    ],
)
def test_judge52_a_question_to_peers(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A notice to counted followers is addressed to them; a thank-you to them celebrates the count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A quick note to our 25k followers: our phone line moves to a new number on Monday.",
            (True, [("audience-metric", "INFO", "25k followers")]),
        ),
        (
            "A huge thank-you to our 25k followers!",
            (False, [("vanity-metric", "WARNING", "25k followers")]),
        ),
    ],
)
def test_judge52_a_notice_to_counted_followers(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# A number after a noun it names ("Suite 1204") counts nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suite 1204 views this morning. No filter needed.", (True, [])),
        (
            "Our suite tour got 1,204 views this morning.",
            (False, [("vanity-metric", "WARNING", "1,204 views")]),
        ),
    ],
)
def test_judge52_a_number_that_names(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A sector's shares are stock.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airline shares fell 3% after the fuel report.", (True, [])),
        (
            "Our airline video got 3,000 shares.",
            (False, [("vanity-metric", "WARNING", "3,000 shares")]),
        ),
    ],
)
def test_judge52_a_sectors_shares(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Fans who made a named ground roar are a crowd; fans who shared a video an audience.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you to the 28,000 fans who made Riverside Park roar on Saturday!", (True, [])),
        (
            "Thank you to the 28,000 fans who shared our match video!",
            (False, [("vanity-metric", "WARNING", "28,000 fans who shared")]),
        ),
    ],
)
def test_judge52_fans_at_a_ground(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# "Hit 8k on the channel today" is a diary's milestone; 8k steps are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the channel is the platform the count is on, as "on TikTok" is (round42)
        (
            "Hit 8k on the channel today 🙏",
            (False, [("vanity-metric", "WARNING", "Hit 8k on the channel")]),
        ),
        ("Hit 8k steps today 🙏", (True, [])),
    ],
)
def test_judge52_a_diarys_milestone_today(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# "250K subscribers. 🎉" cheered alone is an audience; a streaming plan's are customers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We did it. 250K subscribers. 🎉🎉",
            (False, [("vanity-metric", "WARNING", "250K subscribers")]),
        ),
        ("Q3: 2.1M subscribers to our streaming plan, up 12%.", (True, [])),
    ],
)
def test_judge52_a_cheered_subscribers_fragment(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# A first place for an attention metric is a superlative; for satisfaction it is an outcome.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ranked #1 for social engagement among UK lenders this quarter 🥇",
            (False, [("vanity-metric", "WARNING", "#1 for social engagement")]),
        ),
        ("Ranked #1 for customer satisfaction among UK lenders this quarter 🥇", (True, [])),
    ],
)
def test_judge52_a_first_place_for_attention(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A report's line "Reach: 41,300" is a stat whatever the tagger makes of "Reach" (it
# reads a verb after a line of brackets); "Reach: 3 cities" counts no audience.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Impressions: 184,300 (+38% MoM)\nReach: 77,900\nEngagement rate: 4.1% (industry avg 1.9%)",
            ("reach-claim", "Reach: 77,900"),
        ),
        (
            "Impressions: 98,000 (+14% YoY)\nReach: 52,300\nClicks: 1,900 (industry avg 900)",
            ("reach-claim", "Reach: 52,300"),
        ),
        ("Reach: 3 cities by Friday, then the coast.", None),
    ],
)
def test_judge52_a_report_lines_label(
    linter: Linter, text: str, expected: tuple[str, str] | None
) -> None:
    findings = lint_verdict(linter, text, path="post.txt")
    if expected is None:
        assert findings == []
    else:
        assert expected in findings
