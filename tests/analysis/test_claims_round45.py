"""Classes found by the forty-fifth session's blind rounds (own-482..485, left
held out by the forty-fourth, and own-486..489), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We're officially verified and sitting at 90k 🥹 thank you all", False),
        ("Currently sitting at 48k after two years of posting recipes.", False),
        ("The Dow is sitting at 34,000 this morning.", True),
        ("My step count is sitting at 12,000 today.", True),
        ("Our pottery kiln hit 1,240°C tonight and nothing cracked.", True),
        ("We hit 12,000 today 😍 love you all", False),
        ("THE TARIFF BREAKDOWN HIT 1M IN 19 HOURS. fastest video we've ever had.", False),
        ("The cost breakdown hit 40% of the budget.", True),
    ],
)
def test_milestones_said_in_other_words(linter: Linter, text: str, passed: bool) -> None:
    """A level the writers rest at ("sitting at 90k"), a video named by its
    genre ("breakdown") that hit a count: milestones. A market's or a step
    counter's level, and a count whose degree sign is its unit, are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My show just hit 80 episodes and 310k total downloads 🎙️", False),
        ("Season two closed with 1.2M total plays 🎧", False),
        ("She plays 3 total games a week.", True),
        ("Our podcast just hit 100 episodes this week 🎙️", True),
        ("Our newsletter just hit 200 issues this week.", True),
        ("Our newsletter grew to 12,000 this year.", False),
    ],
)
def test_counts_and_what_they_count(linter: Linter, text: str, passed: bool) -> None:
    """A metric noun after "total" that the tagger read as a verb is still
    counted; a count of episodes or issues after a channel's verb counts
    them, not the channel's audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Our 'Dad tries sushi' reel went viral. 3.1M plays and counting.", "viral-claim"),
        ("We want our 'Dad tries sushi' reel to go viral.", "viral-goal"),
    ],
)
def test_titles_govern_nothing_outside_them(linter: Linter, text: str, rule: str) -> None:
    """The verbs inside a quoted title ("tries") do not make what the sentence
    says after it a wish: the reel went viral, a claim; a wish of the writer's
    own outside the title stays a goal."""
    passed, found = _verdict(linter, text)
    assert not passed
    assert rule in {found_rule for found_rule, _, _ in found}


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We'd rather do good work than go viral.", True),
        ("I'd rather perfect the rye loaf than chase whatever's trending.", True),
        ("We'd love this one to go viral.", False),
        ("He explained how his agency grew a client from 2k to 180k followers.", True),
        ("The speaker showed how Brightside went from 5k to 90k followers in a year.", True),
        ("I explained how we went from 2k to 180k followers.", False),
        ("Our CMO explained how the account went from 2k to 180k followers.", False),
        ("The minister boasted that the department's TikTok has 300k followers.", True),
        ("We love to brag that our TikTok has 300k followers.", False),
        ("One of my former pupils now has 2 million subscribers on YouTube.", True),
        ("One of my reels has 2 million views.", False),
        ("Please cut the line about 'record engagement' from the recap.", True),
        ("Delete 'went viral' from the caption, please.", True),
        ("Our record engagement this month made us smile.", False),
    ],
)
def test_attention_that_is_not_claimed(linter: Linter, text: str, passed: bool) -> None:
    """Virality turned down after "rather … than", a count in the story
    someone else tells of how it went, what another boasts "that", what a
    pupil of the writer has, and words an edit cuts from a draft: no claim.
    The writer's own wish, telling and record stay claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The guide got 240k reads, and 1,870 people started a membership off the back of it.",
            True,
        ),
        ("The guide got 240k reads. Start a membership today!", False),
        ("The episode got 90k plays, and two listeners became consulting clients.", True),
        ("The episode got 90k plays, and two listeners became consulting fans.", False),
    ],
)
def test_outcomes_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """Memberships started by people counted, and listeners who became clients
    (the tagger reading "consulting" as a verb) are outcomes; an offer of a
    membership and listeners who became fans are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("the reel blew up overnight?? 1.8M in 20 hours. going to bed now", False),
        ("📈📈 3 million in 48 hrs let's goooo", False),
        ("10k in 52 minutes. New PB!", True),
        ("Raised 2M in 48 hours for the appeal.", True),
        ("we hit the For You page twice this week 💅", False),
        ("What makes a video hit the For You page?", True),
        ("Our mascot has now appeared in 190 million feeds.", False),
        ("We aggregate 2,000 RSS feeds for our customers.", True),
    ],
)
def test_attention_in_other_words(linter: Linter, text: str, passed: bool) -> None:
    """A big bare count told by the short time it took, reaching the For You
    page, and feeds appeared in: attention. A run's time, money raised, a
    question about the page and a reader's sources are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Sorry, I'm not writing a take on whatever's trending today.", True),
        ("Guess what? We're trending on TikTok!", False),
        ("Nobody can plan a viral moment. You can plan a good product.", True),
        ("We plan a viral moment for the launch.", False),
        ("People keep asking why I don't post more to grow my followers.", True),
        ("We post daily to grow our followers.", False),
        ("We didn't spend a penny to reach 10k followers.", False),
        ("The ministers who mattered never read anything because it was trending.", True),
        ("We sold out because the teaser went viral.", True),
        (
            "Fascinating thread on Lumo Dairy's cow-cam: 40 million views and nobody can name the brand.",
            True,
        ),
        ("Wild week on our account: 12M views.", False),
        ("Our productivity app's mascot has more followers than our CEO.", False),
    ],
)
def test_round45_second_slice_readings(linter: Linter, text: str, passed: bool) -> None:
    """Whatever is trending, virality no one can plan, posting denied a
    purpose, a reason others never had, and a remark on a named other's piece:
    no claim. Trending ourselves, a plan of our own, a means denied ("didn't
    spend a penny to reach"), our own week, and an outcome word that only
    names a product ("productivity app") leave the claims standing."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The page got 90k views, which frees up roughly 9,000 caseworker hours a year.", True),
        ("The page got 90k views. Free up some space on your phone first.", False),
    ],
)
def test_round45_second_slice_outcomes(linter: Linter, text: str, passed: bool) -> None:
    """Staff hours freed up: an outcome; space freed on a phone is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("40k on the gram!!! 🎉 thank you all", False),
        ("Add 200 on the gram scale.", True),
        ("31,000 free subscribers.\n2,150 paid.\nThe paid ones pay my rent.", True),
        ("31,000 free subscribers. We paid 2,000 for ads.", False),
        ("Top 1% of creators on Substack for the second year running. Grateful.", False),
        ("We're in the top 0.5% of podcasts worldwide.", False),
        ("The top 1% of creators take 80% of the views on the platform.", True),
        ("1% of creators earn most of the money.", True),
        ("Is it worth being in the top 5% of creators?", True),
        ("Is it worth having 10k followers?", True),
        ("We have 10k followers and it was worth it.", False),
    ],
)
def test_round45_slice_two(linter: Linter, text: str, passed: bool) -> None:
    """Instagram by its slang after "on the", the paid ones of a list of free
    subscribers said bare ("2,150 paid."), and a rank among the top few per
    cent of a platform's creators: an audience, an outcome, a rank. A scale's
    gram, money paid for ads, the platform's top creators as a class and a
    question of whether it is worth it are none."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My cooking teardown is now the 1st trending video in Ireland. No idea how.", False),
        ("Here's the first trending video I saw today: a cat on a roomba.", True),
        ("my first reel to hit a million 😭😭 for a video of my nan baking", False),
        ("we raised a million 🎉 for the hospice", True),
        ("OUR SOUND IS EVERYWHERE 😭 over 30,000 videos using it now.", False),
        ("Our team ran 140 engagement reviews with customers this quarter.", True),
        (
            "Judging was a privilege. For next year I want to see fewer impressions and more covers.",
            True,
        ),
        ("We want to see more impressions this quarter.", False),
        ("We're aware that a clip from our open day has been trending on X since Friday.", True),
        ("We're giving away a year's supply to 10 of our followers. Tag a mate!", True),
        ("We sent the newsletter to 40,000 of our subscribers.", False),
        (
            "Pricing test, week 3: sample size 6,200 visitors per arm. Results when significant.",
            True,
        ),
        ("The pricing page got 6,200 visitors this week.", False),
    ],
)
def test_round45_slice_two_readings(linter: Linter, text: str, passed: bool) -> None:
    """A trending rank by its ordinal, "a million" before an emoji, pieces
    counted using a sound: attention. A client's engagement reviews, fewer
    impressions wanted, a notice "aware that" a clip trends, a gift "to 10 of
    our followers" and a test's sample: no claim. Their near misses stay."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Congratulations to our neighbours at Marsh Lane Bakery on their shop going viral!", True),
        ("Congratulations to our team on the shop going viral!", False),
        (
            "Our 'Bring a Jar' push in 2023: refills are now 28% of Wren & Fig's sales, "
            "up from 7%, and we've cut 12 tonnes of plastic. The reel got 2M views too.",
            True,
        ),
        ("Our rivals roundup: Globex earned $12M in profit while we hit 500k followers.", False),
        (
            "The Wren Gin launch film crossed the million mark in 4 days. Still pinching myself.",
            False,
        ),
        ("The campaign crossed the halfway mark this week.", True),
        ("trending on our timeline today: someone's dog chairing a Zoom call. no notes.", True),
        ("our reel is trending on TikTok today", False),
        (
            "this month: 1.2M views, 41k new followers, and £3,460 from the shop. that one pays rent.",
            True,
        ),
        (
            "this month: 1.2M views, 41k new followers, and a lovely gift from the shop next door.",
            False,
        ),
    ],
)
def test_round45_slice_three(linter: Linter, text: str, passed: bool) -> None:
    """Neighbours congratulated (a plural acquaintance after "our") went viral,
    not the writer; a brand's results listed after its own label are its own
    even when it names itself; a piece of content crossed "the million mark";
    what trends on our timeline is others'; money "from the shop" is an
    outcome. The near misses stay as they were."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Results at a glance (entry: Best Launch 2025):\n+510% Instagram reach\n"
            "+180% saves\n#1 trending audio in the baking niche for 6 days",
            False,
        ),
        ("The new rota saves 12 hours a week, and the post about it got 40k views.", True),
        (
            "We moved the tax reminder from letters to email and SMS. Result: 1.4M fewer letters "
            "posted, £1.1M saved in print and postage, and on-time filing up 2 points. The email "
            "open rate was 68%, which was nice.",
            True,
        ),
    ],
)
def test_saves_counted_are_a_posts(linter: Linter, text: str, passed: bool) -> None:
    """ "+220% saves" on a stat line (read as plain text, as a post is) are a
    post's saves, no money or time saved; a rota that saves hours does, and
    so does money counted before "saved"."""
    assert passes(linter, text, path="post.txt") is passed


def test_round45_prefilter_agrees(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "My show just hit 80 episodes and 310k total downloads 🎙️",
            "Season two closed with 1.2M total plays 🎧",
            "THE TARIFF BREAKDOWN HIT 1M IN 19 HOURS.",
            "We're officially verified and sitting at 90k 🥹 thank you all",
            "The guide got 240k reads, and 1,870 people started a membership off the back of it.",
            "Please cut the line about 'record engagement' from the recap.",
            "the reel blew up overnight?? 1.8M in 20 hours. going to bed now",
            "📈📈 3 million in 48 hrs let's goooo",
            "we hit the For You page twice this week 💅",
            "Our mascot has now appeared in 190 million feeds.",
            "40k on the gram!!! 🎉 thank you all",
            "Top 1% of creators on Substack for the second year running. Grateful.",
            "my first reel to hit a million 😭😭 for a video of my nan baking",
            "OUR SOUND IS EVERYWHERE 😭 over 30,000 videos using it now.",
            "The Wren Gin launch film crossed the million mark in 4 days. Still pinching myself.",
            "this month: 1.2M views, 41k new followers, and £3,460 from the shop. that one pays rent.",
            "My cooking teardown is now the 1st trending video in Ireland. No idea how.",
            "31,000 free subscribers.\n2,150 paid.\nThe paid ones pay my rent.",
            "The page got 90k views, which frees up roughly 9,000 caseworker hours a year.",
        ],
    )
