"""Classes found by the nineteenth session's blind sets (own-40..43) and the
span misses of every own set, on sentences written for these tests (each: a
text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Impressions are a cost, not a result.",
            (True, [("audience-metric", "INFO", "Impressions")]),
        ),
        (
            "Check the engagement rate before you compare two creators.",
            (True, [("audience-metric", "INFO", "engagement rate")]),
        ),
        (
            "The new dashboard puts watch time and view duration side by side.",
            (
                True,
                [
                    ("audience-metric", "INFO", "watch time"),
                    ("audience-metric", "INFO", "view duration"),
                ],
            ),
        ),
        (
            "Stop reporting follower growth to the board.",
            (True, [("audience-metric", "INFO", "reporting follower growth")]),
        ),
        (
            "The app now hides like counts on older posts.",
            (True, [("audience-metric", "INFO", "hides like counts")]),
        ),
        (
            "Sort the posts by reach or by link clicks, whichever you care about.",
            (True, [("audience-metric", "INFO", "link clicks")]),
        ),
        (
            "Likes, saves and replies all feed the same score now.",
            (
                True,
                [
                    ("audience-metric", "INFO", "Likes"),
                    ("audience-metric", "INFO", "saves"),
                    ("audience-metric", "INFO", "replies"),
                ],
            ),
        ),
        (
            "Our CTR on the spring ads was awful, but the margin was great.",
            (True, [("audience-metric", "INFO", "CTR")]),
        ),
        (
            "The impressions column is gone from the export.",
            (True, [("audience-metric", "INFO", "impressions")]),
        ),
        (
            "Sort by reach or impressions.",
            (
                True,
                [("audience-metric", "INFO", "reach"), ("audience-metric", "INFO", "impressions")],
            ),
        ),
        # Near misses: other senses, verbs, people, and a count's echo (not a topic).
        ("My views on pricing have changed.", (True, [])),
        ("The views from the terrace are stunning.", (True, [])),
        ("She likes long walks and early mornings.", (True, [])),
        ("Book a table in three clicks.", (True, [])),
        ("Great managers learn their team's likes and dislikes first.", (True, [])),
        ("Thank you to everyone who reads, comments and shares.", (True, [])),
        ("The engagement team meets on Mondays.", (True, [])),
        ("Employee engagement and retention are on the agenda.", (True, [])),
        ("Every view counts in this consultation.", (True, [])),
        ("Our newsletter numbers are in the appendix.", (True, [])),
        (
            "We hit 40k followers. The engagement was wild.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "40k followers"),
                    ("audience-metric", "INFO", "engagement"),
                ],
            ),
        ),
        ("Thanks to all of you who like, comment and share.", (True, [])),
        ("Heads up, fans: heavy traffic expected on the A38.", (True, [])),
    ],
)
def test_a_metric_named_bare_as_a_topic_is_a_mention(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "our pancake reel just hit 1.2M 🥞 we're a 12-seat cafe in Leeds.",
            (False, [("vanity-metric", "WARNING", "hit 1.2M")]),
        ),
        (
            "THE CAMPUS TOUR VIDEO DID 480K 😭 so proud",
            (False, [("vanity-metric", "WARNING", "DID 480K")]),
        ),
        ("the new episode did 90k in a day", (False, [("vanity-metric", "WARNING", "did 90k")])),
        (
            "The new single has now passed 2 million on Spotify.",
            (False, [("vanity-metric", "WARNING", "passed 2 million")]),
        ),
        # Near misses: a condition, a count of something, money, the thing not the subject, no piece.
        (
            "If our reel hits 1M, we'll do a giveaway.",
            (True, [("audience-metric", "INFO", "hits 1M")]),
        ),
        ("The launch ad did 40k in sales in a week.", (True, [])),
        ("The post hit 3,000 words, so we split it in two.", (True, [])),
        (
            "Pre-orders for the new album passed 10k!! you are amazing",
            (True, [("exclamation-pileup", "INFO", "!!")]),
        ),
        ("We did 5,000 last month.", (True, [])),
        ("The campaign did $40k in revenue.", (True, [])),
    ],
)
def test_a_piece_of_content_that_hit_a_big_count_is_a_milestone(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we're officially a seven-figure account 🥹 100,000 of you putting up with me every week.",
            (False, [("vanity-metric", "WARNING", "100,000 of you")]),
        ),
        (
            "Followers aren't everything, I know. But 40,000 of you??",
            # "Followers" judged bare is the metric named (lead21, labels14)
            (
                False,
                [
                    ("audience-metric", "INFO", "Followers"),
                    ("vanity-metric", "WARNING", "40,000 of you"),
                ],
            ),
        ),
        (
            "one million of you hit the follow button.",
            (False, [("vanity-metric", "WARNING", "million of you")]),
        ),
        # Near misses: what they gave, bought or did in person; a few; a condition.
        ("1,400 of you donated last month and funded 30,000 meals.", (True, [])),
        ("8,300 of you are on the paid plan now.", (True, [])),
        ("12,000 of you packed the square for the lights.", (True, [])),
        ("Thanks to the 20 of you who commented.", (True, [])),
        (
            "If 10,000 of you share this, we'll open a second shop.",
            (True, [("audience-metric", "INFO", "10,000 of you share")]),
        ),
    ],
)
def test_a_big_count_of_you_is_the_audience_counted(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our rescue video reached 2 million people, and 37 dogs were adopted from us this month.",
            (True, [("reach-claim", "INFO", "reached 2 million people")]),
        ),
        (
            "The reel got 900k views and we rehomed 120 cats this spring.",
            (True, [("vanity-metric", "INFO", "900k views")]),
        ),
        # Near miss: a tool adopted is no outcome of the views.
        (
            "The explainer got 2 million views. We adopted a new CRM this month.",
            (False, [("vanity-metric", "WARNING", "2 million views")]),
        ),
    ],
)
def test_animals_placed_counted_are_an_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bidding quoted from a brief is someone's wish (quoted-words), and bare a goal.
        # (round38: a brief's quoted words are named, a topic reported as info)
        (
            "Every brief we get now says 'make it go viral'. That is a wish, not a plan.",
            (True, [("audience-metric", "INFO", "go viral")]),
        ),
        ("Please make it go viral.", (False, [("viral-goal", "WARNING", "go viral")])),
        # Near misses: told as done, the writer's own.
        (
            "We made it go viral in a weekend and sold out by Monday, then nothing.",
            (True, [("viral-claim", "INFO", "go viral")]),
        ),
        ("Our reel went viral last week.", (False, [("viral-claim", "WARNING", "went viral")])),
    ],
)
def test_going_viral_bidden_is_a_wish(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We cut half the ads. Impressions fell 70%, and pipeline went from $1.2M to $1.5M.",
            (True, [("vanity-metric", "INFO", "Impressions fell 70")]),
        ),
        (
            "Reels got 2M views this quarter, and qualified pipeline went up 20%.",
            (True, [("vanity-metric", "INFO", "2M views")]),
        ),
        # Near misses: a price and a team moved, no outcome.
        (
            "We cut half the ads. Impressions fell 70%, and the price went from $5 to $7.",
            (False, [("vanity-metric", "WARNING", "Impressions fell 70")]),
        ),
        (
            "Reels got 2M views this quarter, and the team went up to 12 people.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
    ],
)
def test_an_outcome_that_went_up_or_from_one_amount_to_another_changed(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we went from 900 to 90,000 in ONE month because of one ugly sweater 🧶",
            (False, [("vanity-metric", "WARNING", "from 900 to 90,000")]),
        ),
        (
            "From 3k to 120k in a year. Same kitchen, same me.",
            (False, [("vanity-metric", "WARNING", "From 3k to 120k")]),
        ),
        (
            "We took the account from 8k to 61k in nine months.",
            (False, [("vanity-metric", "WARNING", "from 8k to 61k")]),
        ),
        # Near misses: a noun counted, a measure's, money, an outcome of its own, years.
        ("We grew the team from 14 to 61 people this year.", (True, [])),
        ("The town grew from 2,000 to 20,000 in a decade.", (True, [])),
        ("Prices went from $5,000 to $9,000.", (True, [])),
        ("Our waitlist went from 300 to 14,000 after one podcast.", (True, [])),
        ("The exhibition ran from 2019 to 2024.", (True, [])),
    ],
)
def test_an_audience_grown_from_one_count_to_another_without_its_noun(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Why organic reach fell for publishers this week: the feed now buries posts with links.",
            (True, [("audience-metric", "INFO", "Why organic reach fell")]),
        ),
        (
            "Organic reach fell for small brands again this quarter, three agencies told us.",
            (True, [("audience-metric", "INFO", "reach fell")]),
        ),
        # Near misses: ours, a stretch of time, the writer's kind of content.
        (
            "Our reach fell 30% for a month after the rebrand.",
            (False, [("reach-claim", "WARNING", "reach fell 30")]),
        ),
        (
            "Views dropped 40% for three weeks while we were away.",
            (False, [("vanity-metric", "WARNING", "Views dropped 40")]),
        ),
        (
            "Engagement dropped for carousels, so we went back to single images.",
            (False, [("vanity-metric", "WARNING", "Engagement dropped")]),
        ),
    ],
)
def test_a_change_for_a_kind_of_account_or_explained_is_news(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our safety video got 900 likes. The real result: a 31% drop in recordable incidents and €600k less downtime.",
            (True, [("vanity-metric", "WARNING", "900 likes")]),
        ),
        (
            "The TikTok series brought a lot of eyeballs; what we report is 27% more international deposits.",
            (True, [("vanity-metric", "INFO", "lot of eyeballs")]),
        ),
        # Near miss: incidents named, none changed.
        (
            "Our safety video got 900 likes. Please report any incidents to the site manager.",
            (False, [("vanity-metric", "WARNING", "900 likes")]),
        ),
    ],
)
def test_losses_cut_and_deposits_won_are_outcomes(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected
