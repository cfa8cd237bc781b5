"""Classes found by the thirty-ninth session's blind rounds (own-366..369,
left held out by the thirty-eighth, and the rounds after), on sentences
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
        ("New in Statsly: track reach and engagement rate for up to 20 accounts.", True),
        ("With Tallyboard you can report engagement rate with up to 5 users.", True),
        ("Engagement rate up to 9% this month after the redesign.", False),
    ],
)
def test_up_to_after_a_preposition_is_a_limit(linter: Linter, text: str, passed: bool) -> None:
    """ "for up to 20 accounts" bounds what a product does, it is no metric
    gone up; "engagement rate up to 9%" still says a rise."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We asked 300 of you for your views on the new menu. You love the soup.", True),
        ("We surveyed over 2,000 of you about the new app.", True),
        ("Wow, 300,000 of you watched the launch!", False),
    ],
)
def test_a_crowd_of_you_asked_is_respondents(linter: Linter, text: str, passed: bool) -> None:
    """A crowd of "you" the writer asked or surveyed answered questions; a
    crowd that watched is an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our podcast has 2,000 listeners. Listeners have sent us 12 projects worth about £40k.",
            True,
        ),
        ("Our podcast has 2,000 listeners. We finished 12 projects this year.", False),
        ("The teaser got 40k views and 3,100 of you have pre-ordered.", True),
        ("The teaser got 40k views. The whole spring run is already pre-booked.", True),
        ("The teaser got 40k views and 3,100 of you have commented.", False),
    ],
)
def test_priced_work_counted_and_pre_orders(linter: Linter, text: str, passed: bool) -> None:
    """Pieces of paid work counted with their price (a rounding word between)
    and orders taken before release are outcomes; projects finished with no
    price, and comments, are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Wow, our page just got its 5,000th LIKE!!", False),
        ("The blog just had its first 100k pageview month!!!", False),
        ("We hosted 12 community days this year.", True),
        ("Each pageview costs us about two cents in hosting.", True),
    ],
)
def test_a_shouted_like_and_a_pageview_month(linter: Linter, text: str, passed: bool) -> None:
    """A shouted milestone like is tagged a name and is still a like; a count
    of pageviews naming the month it filled counts pageviews; a count-only
    term before "days" and one pageview priced are no claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our winter appeal was EVERYWHERE this weekend.", False),
        ("Our ice-bath challenge is everywhere. Celebs, your aunt, everyone.", False),
        ("The mascot reel we made for @ParkLife has been everywhere this week.", False),
        ("The volunteers we trained last spring were everywhere this weekend.", True),
        (
            "A post I wrote in 2019 is doing the rounds again, and I'd now disagree with it.",
            True,
        ),
    ],
)
def test_pieces_everywhere_past_a_relative_clause(linter: Linter, text: str, passed: bool) -> None:
    """An appeal, a challenge or an announcement everywhere is content spread,
    and so is a piece whose relative clause ("we made for …") parts it from
    "has been everywhere"; volunteers everywhere are present, and a piece
    brought in with "a" may be anyone's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The series did 2M views. 1,400 people started a paid trial from it, "
            "and 60% converted to annual plans.",
            True,
        ),
        ("The deck got 2M views. We converted it into a PDF.", False),
        ("The film did 3M views. 2,100 new junior members registered across our clubs.", True),
        ("The film did 3M views. The sound meter registered 40 dB at the premiere.", False),
        (
            "Our open day reel did 500k views. But undergraduate applications are up 12%.",
            True,
        ),
    ],
)
def test_trials_plans_registrations_and_applications(
    linter: Linter, text: str, passed: bool
) -> None:
    """Paid trials started, conversions to a plan of any name, counted people
    registering and a university's applications by level are outcomes; a file
    converted and a meter registering a level are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I'd rather 100 of the right people read this than 100,000 of the wrong ones.", True),
        ("Honestly, 100,000 people read this and I still can't believe it.", False),
    ],
)
def test_a_preference_whose_rather_hangs_on_the_subject(
    linter: Linter, text: str, passed: bool
) -> None:
    """The parse may hang "rather" on the counted subject; the modal before it
    still makes the whole a preference."""
    assert _verdict(linter, text)[0] is passed


def test_round39_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the first slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "New in Statsly: track reach and engagement rate for up to 20 accounts.",
            "We asked 300 of you for your views on the new menu.",
            "Listeners have sent us 12 projects worth about £40k.",
            "Wow, our page just got its 5,000th LIKE!!",
            "The blog just had its first 100k pageview month!!!",
            "The mascot reel we made for @ParkLife has been everywhere this week.",
            "60% converted to annual plans.",
            "2,100 new junior members registered across our clubs.",
            "I'd rather 100 of the right people read this than 100,000 of the wrong ones.",
        ],
    )
