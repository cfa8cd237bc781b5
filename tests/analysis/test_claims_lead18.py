"""Classes left open by own-32's first run and found by the eighteenth
session's blind sets, on sentences written for these tests (each: a text the
class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get more views by posting at 7am.", (True, [("audience-metric", "INFO", "more views")])),
        (
            "Short version: put the link in the first comment, or accept fewer views.",
            (True, [("audience-metric", "INFO", "fewer views")]),
        ),
        (
            "Expect fewer impressions while the update rolls out, and don't panic.",
            (True, [("audience-metric", "INFO", "fewer impressions")]),
        ),
        # Near misses: the writer's result, and a diary line the tagger reads as bare.
        (
            "We put the link in the first comment and got 40% more views.",
            (False, [("vanity-metric", "WARNING", "40% more views")]),
        ),
        (
            "Dropped the stock photos. Got 3x more impressions this month!",
            (False, [("vanity-metric", "WARNING", "3x more impressions")]),
        ),
        (
            "Posted at 7am for a month. Saw 40% more views.",
            (False, [("vanity-metric", "WARNING", "40% more views")]),
        ),
    ],
)
def test_more_or_fewer_bidden_to_the_reader_is_advice(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2 MILLION VIEWS on the harbour video 😭 i can't believe it",
            (False, [("vanity-metric", "WARNING", "2 MILLION VIEWS")]),
        ),
        (
            "I still can't believe we passed 40k followers this week.",
            (False, [("vanity-metric", "WARNING", "40k followers")]),
        ),
        # Near misses: the reader's disbelief, and a denied achievement.
        ("You can't believe every follower count you see.", (True, [])),
        (
            "We haven't passed 40k followers yet, and that's fine.",
            (True, [("audience-metric", "INFO", "40k followers")]),
        ),
    ],
)
def test_the_writers_disbelief_tells_what_happened(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we hit 120k subs today and i can't stop grinning",
            (False, [("vanity-metric", "WARNING", "120k subs")]),
        ),
        ("Finally crossed 30k subs 🥹", (False, [("vanity-metric", "WARNING", "30k subs")])),
        # Near misses: substitutes on a pitch, sandwiches sold, Twitch's paid subs.
        ("Two subs came on in the 70th minute and changed the game.", (True, [])),
        ("We sold 2,000 subs at the market on Saturday.", (True, [])),
        ("we hit 500 gifted subs on stream tonight", (True, [])),
    ],
)
def test_subs_reached_are_a_channels(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Record crowd of 38,000 fans at the stadium tonight. What a night.", (True, [])),
        ("2,000 travelling fans out-sang 30,000 home supporters. Proud of this club.", (True, [])),
        # Near miss: the club's audience online.
        (
            "The club's page passed 2 million fans this season!",
            (False, [("vanity-metric", "WARNING", "2 million fans")]),
        ),
    ],
)
def test_fans_counted_as_a_crowd_are_there_in_person(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The recipe video was watched 3 million times, which is what paid for the deposit"
            " on our first shop.",
            (True, [("vanity-metric", "INFO", "watched 3 million times")]),
        ),
        (
            "The serial has 150,000 readers, and 6,000 of them now pay $5 a month.",
            (True, [("vanity-metric", "INFO", "150,000 readers")]),
        ),
        (
            "the song did 1.2M streams which paid me $4,100.",
            (True, [("vanity-metric", "INFO", "1.2M streams")]),
        ),
        (
            "My channel has 80k subscribers and it pays my rent now.",
            (True, [("vanity-metric", "INFO", "80k subscribers")]),
        ),
        # Near misses: people paying, and the writer paying, are no income.
        (
            "My parents paid for my course, and my channel has 80k subscribers.",
            (False, [("vanity-metric", "WARNING", "80k subscribers")]),
        ),
        (
            "We paid them $500 for a post that got 80k views.",
            (False, [("vanity-metric", "WARNING", "80k views")]),
        ),
        (
            "Our reel got 80k views. We pay $9 a month for the scheduler.",
            (False, [("vanity-metric", "WARNING", "80k views")]),
        ),
    ],
)
def test_what_pays_the_writer_is_income(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten thousand subscribers.\n\nI keep typing it and deleting it. When I started this"
            " letter I had 61 readers. Open rate last week: 57%.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "Ten thousand subscribers"),
                    ("vanity-metric", "WARNING", "61 readers"),
                    ("vanity-metric", "WARNING", "Open rate last week: 57%"),
                ],
            ),
        ),
        (
            "12 months ago: 340 subscribers\ntoday: 51,000\n\nwhat changed? i stopped making"
            " the videos i thought i should make.",
            (False, [("vanity-metric", "WARNING", "340 subscribers")]),
        ),
        # Near miss: the paragraph after the title tells of a product's customers.
        (
            "Ten thousand subscribers.\n\nOur meal-kit service now ships to 10,000 households"
            " every week, and churn is down to 3%.",
            (True, []),
        ),
    ],
)
def test_a_title_reads_the_sense_words_of_the_paragraph_after_it(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected
