"""Classes of own-23's first run (judge48), on sentences written for these
tests, each class with a text it must flag and a near miss it must not: an
audience's size after "of"; attention nouns outside the list (bookmarks, reads,
uniques, eyes, email opens); costs changed as an outcome; a count held by a
person the writer met; letterpress impressions; a rate's rounded value; topping
a trending chart; a press release's "the company said"; emoji stat lines, a
share of a people, and saves named again."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


# An audience's size said after "of" is a count; a room's audience is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The stunt was picked up by 30 outlets, for an estimated audience of 90 million.",
            (False, [("vanity-metric", "WARNING", "audience of 90 million")]),
        ),
        (
            "We now have a following of 200,000 people on TikTok.",
            (False, [("vanity-metric", "WARNING", "following of 200,000 people")]),
        ),
        ("She spoke to an audience of 2,000 at the summit.", (True, [])),
        ("The stadium has a capacity of 40,000 people.", (True, [])),
    ],
)
def test_judge48_audience_size_after_of(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Bookmarks, reads, uniques, eyes, email opens counted; their other senses not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our thread did 2M views and 9k bookmarks.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "2M views"),
                    ("vanity-metric", "WARNING", "9k bookmarks"),
                ],
            ),
        ),
        ("Import your bookmarks from Chrome in two clicks.", (True, [])),
        (
            "Our guide has had 45,000 reads since March.",
            (False, [("vanity-metric", "WARNING", "45,000 reads")]),
        ),
        ("This book is a great read for founders.", (True, [])),
        ("Our podcast ad reads now bring in $40K a month in sponsorship revenue.", (True, [])),
        (
            "The site had 3,000 uniques on launch day.",
            (False, [("vanity-metric", "WARNING", "3,000 uniques")]),
        ),
        (
            "Our founder's keynote put 300K eyes on the brand in one day.",
            (False, [("vanity-metric", "WARNING", "300K eyes")]),
        ),
        ("Keep your eyes on the road.", (True, [])),
        (
            "Email opens went up 12% after we rewrote the subject lines.",
            (False, [("vanity-metric", "WARNING", "Email opens went up 12%")]),
        ),
        ("The new store opens at 9 on Saturday.", (True, [])),
    ],
)
def test_judge48_nouns_of_attention(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Costs changed (money after up/down too) are an outcome that ties a post; a market's costs are not ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the new help videos, support costs dropped by $400K a year. The videos get 3,000 views a month.",
            (True, [("vanity-metric", "WARNING", "3,000 views")]),
        ),
        (
            "Shipping costs are down £80,000 this year after the switch. Our reel hit 50k views.",
            (True, [("vanity-metric", "WARNING", "50k views")]),
        ),
        ("Egg costs rose 20% across the country this spring.", (True, [])),
    ],
)
def test_judge48_costs_changed_are_an_outcome(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A person the writer met had the count: background; a story of growth still claims it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When I met Priya, she had 200,000 followers and still replied to every comment.",
            (True, [("audience-metric", "INFO", "200,000 followers")]),
        ),
        (
            "When I took over her account, she had 300 followers. Now she has 40k.",
            (False, [("vanity-metric", "WARNING", "300 followers")]),
        ),
    ],
)
def test_judge48_someone_the_writer_met(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Impressions pressed on a letterpress are no audience.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each print takes three impressions on the letterpress, one per colour.", (True, [])),
        (
            "Our carousel got 90,000 impressions.",
            (False, [("vanity-metric", "WARNING", "90,000 impressions")]),
        ),
    ],
)
def test_judge48_printing_impressions(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A rate's value rounded after it (north of, just shy of) is its count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our newsletter has an open rate north of 55%.",
            (False, [("vanity-metric", "WARNING", "open rate north of 55%")]),
        ),
        ("The office is just north of the river.", (True, [])),
    ],
)
def test_judge48_rounded_values(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Topping a chart of what spreads is a rank of one; topping the charts is an idiom or sales.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our video topped the trending charts in six countries.",
            (False, [("viral-claim", "WARNING", "topped the trending charts")]),
        ),
        ("The song topped the charts for six weeks.", (True, [])),
    ],
)
def test_judge48_topped_a_viral_chart(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A release's closing "the company said" is the company's own claim; a named reporter is another's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trailer passed 12 million views in two days, the company said.",
            (False, [("vanity-metric", "WARNING", "12 million views")]),
        ),
        (
            "The trailer passed 12 million views in two days, Netflix said.",
            (True, [("audience-metric", "INFO", "12 million views")]),
        ),
    ],
)
def test_judge48_the_company_closing(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Each line of an emoji stat list is counted; a share of a people at our ad is reach.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our year on TikTok ✨\n❤️ 900K likes\n💬 12K comments\n🔁 40K shares",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "900K likes"),
                    ("vanity-metric", "WARNING", "12K comments"),
                    ("vanity-metric", "WARNING", "40K shares"),
                ],
            ),
        ),
        (
            "1 in 4 Americans saw our Super Bowl spot.",
            (False, [("reach-claim", "WARNING", "1 in 4 Americans saw")]),
        ),
        ("1 in 4 Americans watched the final.", (True, [])),
        (
            "1 in 5 Londoners saw our film last week.",
            (False, [("reach-claim", "WARNING", "1 in 5 Londoners saw")]),
        ),
        ("1 in 5 Londoners saw the film last week.", (True, [])),
        # The tagger makes a people's name a plural noun as often as a plural name.
        (
            "One in four Londoners watched our launch film.",
            (False, [("vanity-metric", "WARNING", "One in four Londoners watched")]),
        ),
        ("Londoners love a queue.", (True, [])),
        (
            "Our reel got 9,800 saves. Saves are the new likes.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "9,800 saves"),
                    ("audience-metric", "INFO", "Saves"),
                    ("audience-metric", "INFO", "likes"),
                ],
            ),
        ),
        ("Goalkeepers love saves.", (True, [])),
        ("We wrote 350 community blog posts this year.", (True, [])),
    ],
)
def test_judge48_emoji_stat_lines_and_ratios(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected
