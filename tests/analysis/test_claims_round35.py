"""Classes found by the thirty-fifth session's blind rounds (own-258..261,
left held out by the thirty-fourth, and the rounds after), on sentences
written for these tests (each: a text the class must read, and a near miss
it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our style guide bans the phrases 'went viral' and 'broke the internet'.", True),
        ("The word 'viral' is banned in client copy.", True),
        ("Our post 'went viral' and 'broke the internet' last week.", False),
    ],
)
def test_words_named_as_wording(linter: Linter, text: str, passed: bool) -> None:
    """A quotation after a word for wording ("the phrases", "the word") names
    the words, the second of a list too; the writer's own scare quotes around
    a claim still claim it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("POV: you're a baker and a client asks for 'a cake that'll go viral' 🎂", True),
        ("POV: your cat video has 3.4M views and you're still broke", False),
    ],
)
def test_a_wish_of_others_under_a_meme(linter: Linter, text: str, passed: bool) -> None:
    """A meme's "POV:" makes a background claim the writer's, but not what
    someone else asks for; the meme's own count stays the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We make bricks. No amount of likes changes that.", True),
        ("We got a huge amount of likes.", False),
    ],
)
def test_an_amount_of_any_size(linter: Linter, text: str, passed: bool) -> None:
    """ "No amount of" likes is of any size, no one's count; a huge amount got
    is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The suite has the best views in the hotel, right over the harbour.", True),
        ("Room 9 has the best views in the house.", True),
        ("Our reel got the best views in the company's history.", False),
    ],
)
def test_views_from_a_building(linter: Linter, text: str, passed: bool) -> None:
    """The best views "in the hotel" or "in the house" are scenery, as "in the
    county" is; a company's history is no building."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our designer got engaged. Huge fans of this brand, now more than ever.", True),
        ("We have more fans of this brand than ever.", False),
    ],
)
def test_huge_fans_of_a_thing(linter: Linter, text: str, passed: bool) -> None:
    """ "Huge fans of" anything admire it, counted by no one; more fans than
    ever are an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The big cooking channels get tens of millions of views. Do viewers cook?", True),
        ("The top creators get millions of views, and most of them are tired.", True),
        ("Our big channels get millions of views.", False),
    ],
)
def test_the_leading_ones_of_a_kind(linter: Linter, text: str, passed: bool) -> None:
    """ "The big channels" said in the present are others of a kind, as a bare
    plural is; "our big channels" are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The city's banks gained 3M followers last year, more than ever.", True),
        ("Our banks gained 3M followers last year, more than ever.", False),
    ],
)
def test_a_bodys_members_as_owner(linter: Linter, text: str, passed: bool) -> None:
    """Organisations owned by a body named by a common noun ("the city's
    banks") are that body's members, not the writer."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Every week we get DMs from 'influencers' offering a post to their 80k "
            "followers in exchange for a free weekend.",
            True,
        ),
        ("We sent a post to our 80k followers.", False),
    ],
)
def test_an_offer_to_others_followers(linter: Linter, text: str, passed: bool) -> None:
    """Followers offered a post are an offer's, where the parse hangs "to" on
    the post offered; a post sent to the writer's followers reaches them."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The whole office has seen the ring about 30 times today.", True),
        ("My mum has watched the clip 12 times.", True),
        ("Our community has watched the trailer 900 times.", False),
        ("The trailer was watched 40 times.", False),
    ],
)
def test_one_onlooker_a_few_times(linter: Linter, text: str, passed: bool) -> None:
    """One onlooker seeing one thing a few times is a habit, not an audience;
    hundreds of times, or a piece watched, are counts of attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our beach bar is now the most-tagged spot in Porto.", False),
        ("Our report is our most talked-about study ever.", False),
        ("Our most saved recipe this year: lemon bars.", False),
        ("The most talked session was short.", True),
        ("We tagged 30 photos of the bar.", True),
    ],
)
def test_a_counted_verb_ranked_by_most(linter: Linter, text: str, passed: bool) -> None:
    """Verbs attention only when counted ("tagged", "saved") are attention when
    "most" ranks them, "talked" only with its "about"; tagging photos is work."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Over 4,000 devices tuned in to our carol service.", False),
        ("We shipped firmware to 40,000 devices.", True),
        ("Our app now runs on 3 million devices.", True),
    ],
)
def test_devices_that_tuned_in(linter: Linter, text: str, passed: bool) -> None:
    """A stream's audience counted by its devices tuned in; devices sent
    firmware or running an app are no audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our mascot dance is EVERYWHERE.", False),
        ("Our spring campaign was everywhere this year.", False),
        ("The soap unboxing absolutely blew up this week.", False),
        ("Wasps are everywhere this year.", True),
        ("The boiler blew up this week.", True),
    ],
)
def test_ads_and_pieces_everywhere(linter: Linter, text: str, passed: bool) -> None:
    """A campaign, an ad or a dance "everywhere", an unboxing that "blew up",
    took off as a clip does; wasps and boilers did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        ("Electricity bills down £7,800 this year. The post about it got 3 likes.", True),
        ("Solar update: electricity bills down 30% since the panels went in. 3 likes!", True),
        ("Pay your energy bills by Friday. The post about it got 3 likes.", False),
    ],
)
def test_a_buildings_bills_cut(linter: Linter, text: str, tied: bool) -> None:
    """A building's bills cut (by an amount of money too, with no verb) are
    costs saved, an outcome: beside a post's likes, no "no business outcome"
    error; bills to pay are no result."""
    rules = {f.rule for f in linter.lint_text(text, path="post.md").findings}
    assert ("no-business-outcome" in rules) is not tied


def test_round35_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 1's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our style guide bans the phrases 'went viral' and 'broke the internet'.",
            "We make bricks. No amount of likes changes that.",
            "The whole office has seen the ring about 30 times today.",
            "Our beach bar is now the most-tagged spot in Porto.",
            "Our report is our most talked-about study ever.",
            "Over 4,000 devices tuned in to our carol service.",
            "Our mascot dance is EVERYWHERE.",
            "Electricity bills down £7,800 this year. The post about it got 3 likes.",
            "The big cooking channels get tens of millions of views.",
        ],
    )
