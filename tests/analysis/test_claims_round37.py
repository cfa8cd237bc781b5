"""Classes found by the thirty-seventh session's blind rounds (own-318..321,
left held out by the thirty-sixth, and the rounds after), on sentences
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
        ("Our spring campaign for Fernway Cider was everywhere in May.", False),
        ("Our kitchen-fire demo is everywhere this morning.", False),
        ("Our posters for the Ashby Fair are everywhere in town.", True),
        ("The demand for Ashby Cider is everywhere.", True),
    ],
)
def test_a_piece_everywhere_past_a_clients_name(linter: Linter, text: str, passed: bool) -> None:
    """A piece said to be everywhere is attention, past the client's name it
    was made for and when it is a demonstration; posters put up in town and
    demand for a product are not pieces."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my nan's pastry tutorial absolutely blew up this weekend.", False),
        ("The pressure cooker blew up during the tutorial.", True),
    ],
)
def test_a_tutorial_that_blew_up(linter: Linter, text: str, passed: bool) -> None:
    """A how-to that blew up went viral; a cooker that blew up in one did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("this gifset has 80,000 notes. made it at 2am instead of revising.", False),
        ("The minutes have 300 notes from the board attached.", True),
    ],
)
def test_notes_on_a_gifset(linter: Linter, text: str, passed: bool) -> None:
    """Notes counted on a gif set are Tumblr's likes and reblogs; notes on
    minutes are notes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "2,000 → 9,000 → 30,000 subscribers.\nTwo years of writing about hospital funding.",
            False,
        ),
        ("30,000 subscribers now, and the paid tier brought in $40k this year.", True),
    ],
)
def test_a_writers_subscribers(linter: Linter, text: str, passed: bool) -> None:
    """A writer's subscribers are readers, whatever the writing is about (an
    outcome word after "about" is the topic); money from a paid tier is an
    outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The guide had 9k visits and 1,400 of those visitors created a free account.", True),
        ("Traffic was modest, about 9k visits, but 1,400 visitors created a free account.", True),
        ("The guide had 9k visits. Create a free account to read it.", False),
        ("I created an account on Threads in May and hit 10k followers.", False),
    ],
)
def test_accounts_created_are_sign_ups(linter: Linter, text: str, passed: bool) -> None:
    """Visitors who created an account signed up; an invitation to create
    one, or the writer's own account, is no sign-up."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our open rate is 38%, and readers who open two issues renew at 91%.", True),
        ("Our open rate is 38%. Members who read two issues a quarter renew at 93%.", True),
        ("Our open rate is 38%, up from 31% last spring.", False),
    ],
)
def test_renewing_at_a_rate(linter: Linter, text: str, passed: bool) -> None:
    """Readers who renew at a rate are retention (the tagger makes "renew" a
    noun there); an open rate alone is attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A creator copied my recipe and hers went viral.", True),
        ("A creator copied my recipe and mine went viral anyway.", False),
        ("The minister announced it to her 2.1M TikTok followers.", True),
        ("Our founder announced it to her 40k followers.", False),
        ("A bakery in my town bought 10k followers last year.", True),
        ("A gym near me has 20k followers and an empty car park.", True),
        ("Our bakery in town has 10k followers.", False),
    ],
)
def test_theirs_hers_and_a_neighbours(linter: Linter, text: str, passed: bool) -> None:
    """Attention owned by "theirs" or "hers", by "her" after someone named by a
    role, or by a business placed near the writer ("a bakery in my town") is
    someone else's; the writer's own, "mine", "our founder's", "our bakery",
    stays a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A handful of accounts with tens of millions of followers set the agenda.", True),
        ("Creators with 10k followers earn less than you think.", True),
        ("We made 4 posts with 1M views this month!", False),
    ],
)
def test_holders_of_a_size(linter: Linter, text: str, passed: bool) -> None:
    """Holders "with" an amount, no count before them and no writer in the
    sentence, are a kind of account; four posts with their views were
    counted."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The study looked at 4,000 firms whose ads went viral.", True),
        ("Our 3 cafes whose reels went viral got busier.", False),
    ],
)
def test_whose_after_things_counted(linter: Linter, text: str, passed: bool) -> None:
    """ "whose" after things counted (a study's sample) is theirs; after the
    writer's own counted shops it is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The museum had over 9,000 visitors by lunchtime.", True),
        ("Our new website had over 9,000 visitors by lunchtime.", False),
    ],
)
def test_visitors_at_a_museum(linter: Linter, text: str, passed: bool) -> None:
    """A museum's visitors came in person; a website's are attention. (A
    museum's own website in the same paragraph reads as the museum's: the
    sense word is the paragraph's.)"""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Too many counted likes and shares and called it a day.", True),
        ("So many likes on the launch post!", False),
    ],
)
def test_too_many_who_counted(linter: Linter, text: str, passed: bool) -> None:
    """ "Too many counted likes": "many" did the counting (the tagger makes
    the verb an adjective), no amount of likes; "so many likes" is one."""
    assert _verdict(linter, text)[0] is passed


def test_round37_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 1's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our spring campaign for Fernway Cider was everywhere in May.",
            "my nan's pastry tutorial absolutely blew up this weekend.",
            "The guide had 9k visits and 1,400 of those visitors created a free account.",
            "Traffic was modest, about 9k visits, but 1,400 visitors created a free account.",
            "Our open rate is 38%. Members who read two issues a quarter renew at 93%.",
            "A creator copied my recipe and hers went viral.",
            "A bakery in my town bought 10k followers last year.",
            "A handful of accounts with tens of millions of followers set the agenda.",
            "The study looked at 4,000 firms whose ads went viral.",
            "Too many counted likes and shares and called it a day.",
        ],
    )
