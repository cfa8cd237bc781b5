"""Classes found by the thirty-third session's blind rounds (own-194..197,
left held out by the thirty-second), on sentences written for these tests
(each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "My thread on hiring got 420 comments and 2,100 reactions. The sales community showed up.",
            False,
        ),
        ("Sales folks, this one's for you: my post got 3,000 likes.", False),
        ("My thread on hiring got 420 comments. Sales rose 12% the same week.", True),
    ],
)
def test_sales_naming_the_trade(linter: Linter, text: str, passed: bool) -> None:
    """ "Sales" before the trade's people, talk or craft (community, folks, a
    podcast, a coach) names the trade, no sales made; sales that rose are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The test group got 3x the clicks. And 2x the pipeline.", True),
        ("The test group got 3x the clicks. And 2x the coffee.", False),
    ],
)
def test_a_factor_of_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    """An outcome multiplied ("2x the pipeline") is an amount of it, as "3x the
    clicks" is of attention; a factor of anything else is no outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Ads ran in 40 stores: 2.1M impressions, and rate of sale up 14% against control.", True),
        ("Ads ran in 40 stores: 2.1M impressions, and the rate of spend up 14%.", False),
    ],
)
def test_rate_of_sale(linter: Linter, text: str, passed: bool) -> None:
    """A retailer's rate of sale (how fast a product sells per store) is sales."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "the cat knocked over the till on Friday, but we'll take it 😂 3,000 new "
            "followers since Monday",
            False,
        ),
        ("We'll take it 😂 but 3,000 new followers would be nice", True),
    ],
)
def test_a_count_after_an_emoji_outside_a_modal(linter: Linter, text: str, passed: bool) -> None:
    """A verbless count after an emoji, which the parse hangs on the verb
    before as a second object, is a sentence of its own: the verb's "will"
    does not make it a wish. A count under its own "would" is one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "me: i don't need validation\nalso me: checking the post every minute to see "
            "if it got more than 4 likes",
            True,
        ),
        ("I posted it to see if anyone cared and it got 20k views.", False),
    ],
)
def test_a_count_in_a_question_checked(linter: Linter, text: str, passed: bool) -> None:
    """A count inside the "if" of "to see if…" is what is checked for, no
    result, when the parse loses the clause; after "and" a result is told."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The 'butter board' trend is trending again and I need you all to know it "
            "is gross. Making a cheese plate instead.",
            True,
        ),
        ("Our 'butter board' is trending again and I need you all to see it!", False),
    ],
)
def test_a_trend_trending_beside_a_clause_of_the_writer(
    linter: Linter, text: str, passed: bool
) -> None:
    """A clause of the writer's joined on with "and" ("I need you to know")
    wishes nothing of the trend that trends: still a fashion. The writer's own
    thing trending is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The video of the Leeds postman whistling went viral this week and has been "
            "viewed 20 million times.",
            True,
        ),
        ("This video of the Leeds postman has been viewed 20 million times.", False),
    ],
)
def test_a_clip_in_the_news_this_week(linter: Linter, text: str, passed: bool) -> None:
    """A "this" of a time ("this week") does not point at the writer's clip;
    "this video" does."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A founder told me their launch video had a million views. The shop was empty.", True),
        ("At the opening the host told the room his reel had 'two million views'.", True),
        ("Our founder told me her post had a million views.", False),
    ],
)
def test_theirs_as_another_told_it(linter: Linter, text: str, passed: bool) -> None:
    """Attention owned by "their"/"his"/"her" in what someone else told is the
    teller's, though "me" is in the sentence; the company's founder may tell
    the company's results."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Thanks to the 500 of you who registered for Tuesday's workshop. Slides below.", True),
        ("To the 900 of you who came to the open day: thank you.", True),
        ("Huge thanks to the 12,000 of you who follow this page.", False),
    ],
)
def test_a_crowd_of_you_that_came_or_registered(linter: Linter, text: str, passed: bool) -> None:
    """ "N of you" who came to something or registered for it are attendees,
    not an audience counted; "N of you who follow" are one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The newsletter is still our top source of trials — 40% of new customers last "
            "month came from it.",
            True,
        ),
        ("The newsletter is still our top read — 40% open rate, every issue.", False),
    ],
)
def test_a_share_glossing_what_a_channel_is(linter: Linter, text: str, passed: bool) -> None:
    """A count in an apposition that glosses what a channel is ("our top
    source of trials — 40% of new customers") is the outcome's share, not the
    channel's level; an open rate glossed is attention all the same."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 1's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "My thread got 420 comments. The sales community showed up.",
            "The test group got 3x the clicks. And 2x the pipeline.",
            "we'll take it 😂 3,000 new followers since Monday",
            "checking the post every minute to see if it got more than 4 likes",
            "A founder told me their launch video had a million views.",
            "Thanks to the 500 of you who registered for Tuesday's workshop.",
            "The newsletter is still our top source of trials — 40% of new customers came from it.",
        ],
    )
