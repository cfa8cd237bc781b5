"""Classes found by the twenty-ninth session's blind rounds, on sentences
written for these tests (each: a text the class must read, and a near miss it
must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Over 80,000 followers on Instagram can't be wrong 😉 Try our new oat bar.", False),
        ("Followers aren't everything 😉 Try our new oat bar.", True),
    ],
)
def test_a_boast_that_cannot_be_wrong_beside_an_emoji(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "N fans can't be wrong" leans on the count, also where the parse takes
    the emoji after "wrong" for the predicate; "aren't everything" still
    denies a metric's worth."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our Sunday coding class had 6,000 learners tuning in live.", False),
        ("6,000 learners tuned in live for the Sunday class.", False),
        ("Our school has 1,000 students reading below grade level.", True),
        ("6,000 students tuned their guitars before the concert.", True),
    ],
)
def test_people_counted_tuning_in(linter: Linter, text: str, passed: bool) -> None:
    """People by their role who "tuned in" watched a broadcast (with a
    participle after them too: "had 6,000 learners tuning in"); students
    reading, or tuning a guitar, are no audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "that moment when your office playlist gets more streams than the number one song 🎶",
            False,
        ),
        ("When your post gets more likes than your boss's, ask what it sold.", True),
    ],
)
def test_a_meme_told_in_the_second_person(linter: Linter, text: str, passed: bool) -> None:
    """ "That moment when your…", like "POV: your…", is the writer's own lot;
    "when your post gets…" without it is advice."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("New thread? 👀 What's trending on TikTok this week: our team picked 5 sounds.", True),
        ("New thread? 👀 Our reel is trending on TikTok this week.", False),
    ],
)
def test_whatever_is_trending_after_an_emoji(linter: Linter, text: str, passed: bool) -> None:
    """ "What's trending" is whatever trends, also where an emoji before it
    makes the parse take "what" for the object."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We saw engagement jump from 4% to 9% after the redesign.", False),
        ("Follower growth from 2k to 9k in one quarter!", False),
        ("We saw conversion rise from 11% to 18% after the switch. Open rates were 92%.", True),
        ("We saw a conversion increase of 40% once the reels went live. 2M views, too.", True),
    ],
)
def test_a_change_noun_measured_after_it(linter: Linter, text: str, passed: bool) -> None:
    """A change named as a noun after what it measures, with "from X to Y"
    or "of N" after it ("engagement jump from 4% to 9%", where the tagger
    makes "jump" a noun), is a change of attention or of an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our bakery video reached more people than our entire Christmas campaign.", False),
        ("Half of Leeds has apparently seen our ad on the buses.", False),
        ("Half of Leeds has seen the fireworks by now.", True),
    ],
)
def test_reach_by_comparison_and_by_a_crowd(linter: Linter, text: str, passed: bool) -> None:
    """ "Reached more people than…" compares an audience; half of a named
    place that saw the writer's ad is a crowd said big; the fireworks are no
    content of the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our explainer crossed the seven-figure mark this morning.", False),
        ("Our shop crossed the six-figure mark in sales this year.", True),
    ],
)
def test_a_mark_named_by_its_length(linter: Linter, text: str, passed: bool) -> None:
    """ "The seven-figure mark" is a mark as "the million mark" is; a mark
    "in sales" counts the sales."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our shelter's reel has 600k views and, far more importantly, 19 adoptions.", True),
        ("Our reel has 600k views and 19 adoptions.", False),
        ("The launch reel got 3M views and put £1.8M of groceries into online baskets.", True),
        ("The launch reel got 3M views and we put 400 apples into baskets.", False),
        ("We earned more from one gig this year than from 40 million streams.", True),
        ("We made more videos than ever and got 40 million streams.", False),
    ],
)
def test_outcomes_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """Animals adopted (near a shelter or an animal, not any adoption); money
    put into shoppers' baskets; earning "more than from" a metric, which
    compares money though it names no amount."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My portfolio post got 212 likes and landed me a $14k brand identity project.", True),
        ("My thread with 38 likes got me a retainer client worth €2,400 a month.", True),
        ("My portfolio post got 212 likes and a client said it was nice.", False),
        ("Our side project hit 3,000 stars and 50k views this week.", False),
    ],
)
def test_a_piece_of_work_won_at_a_price(linter: Linter, text: str, passed: bool) -> None:
    """A project, a client or a contract is an outcome with its price (``needs:
    money``), never on its own word."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Thank you to everyone who came to the open day — over 3,000 of you!", True),
        ("Thanks to everyone who turned up — 3,000 of you!", True),
        ("Thanks to everyone who watched the stream — over 3,000 of you!", False),
    ],
)
def test_a_count_of_you_who_came_in_person(linter: Linter, text: str, passed: bool) -> None:
    """ "N of you" after a relative clause of people arriving in person counts
    a crowd; after people who watched, an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The #Worlds2024 final is trending worldwide right now. What a series.", True),
        ("The #SpringDrop video is trending worldwide right now.", False),
        ("Someone's speedrun of our game went viral overnight.", True),
        ("Our speedrun of the game went viral overnight.", False),
    ],
)
def test_whose_trend(linter: Linter, text: str, passed: bool) -> None:
    """A thing a hashtag names (an event) trends as the tag does, not the
    writer's; a video of the tag is. A piece "someone" owns is theirs, though
    it is "of our game"."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our trailer hit 2 million views overnight. Wishlist now on Steam 👇", False),
        ("Our trailer hit 2 million views overnight and our Steam wishlist count doubled.", True),
    ],
)
def test_a_wishlist_bidden_is_no_outcome(linter: Linter, text: str, passed: bool) -> None:
    """ "Wishlist now on Steam" bids the reader; a wishlist count that moved
    is the outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Seven figures. Not revenue. Views. Our explainer just crossed a million.", False),
        ("Our explainer just crossed a million views, and revenue is up 12%.", True),
        (
            "Our digital season reached 1.2 million people: a number that would fill our"
            " 900-seat hall every night for years.",
            False,
        ),
        ("Our digital season reached 1.2 million people and filled our 900-seat hall.", True),
        (
            "Our hiring post is our most-viewed ever at 87,000 impressions. More roles dropping!",
            False,
        ),
        ("Our hiring post hit 87,000 impressions and filled 4 roles.", True),
    ],
)
def test_outcomes_set_aside_or_only_supposed(linter: Linter, text: str, passed: bool) -> None:
    """An outcome set aside by a "not" on its noun ("not revenue — views"),
    one that only "would" happen, and roles still to come report nothing; an
    outcome that moved or was filled does."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our free Discord group just welcomed its 5,000th member 💛\n\nNo paid ads. Just chat.",
            False,
        ),
        ("Our paid community just welcomed its 5,000th member 💛", True),
    ],
)
def test_members_beside_paid_ads(linter: Linter, text: str, passed: bool) -> None:
    """A free group's members stay an audience beside "no paid ads"; a paid
    community's are members who pay (the membership words read in pairs)."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("61,204 legends watched the final round live on the channel.", False),
        ("The legends of the club watched the final from the stands.", True),
        ("Our launch thread got quoted by 212 people.", False),
        ("We quoted 300 customers for new boilers this month.", True),
        ("The essay on grief was opened 48,000 times.", False),
        ("We opened 40 stores this year.", True),
        ("Our video of the shop cat was shared by people in 48 countries.", False),
        ("People in 48 countries drink our tea.", True),
    ],
)
def test_audiences_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """A creator's slang for the audience ("legends", "nerds"), quoted by
    people counted, an essay opened so many times, people sharing it from
    countries counted; not the same words of a crowd, a quote for work, shops
    opened or buyers abroad."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The mayor's video was the most-watched thing we've ever made, per a spokesperson.", True),
        ("Our video was the most-watched thing we've ever made, per our analytics.", False),
        (
            "Interviewed a potter for this issue. She has 212k followers on Instagram and"
            " answers every DM.",
            True,
        ),
        ("She shared our post and it got 40k views.", False),
        ("A study of 8,000 accounts found median views per video fell 18%.", True),
        ("A study of 8,000 creators found median views per video fell 18%.", True),
        ("Our reel's views rose 18% this month.", False),
    ],
)
def test_figures_that_are_someone_elses(linter: Linter, text: str, passed: bool) -> None:
    """Words credited "per" a spokesperson are theirs, a quoted "we" too; what
    "she has" is hers; a study's finding, and its sample, are the study's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Huge thanks to the 28,000 fans who made the noise on Saturday. You were our 12th player.",
            True,
        ),
        ("Huge thanks to the 28,000 fans who watched our stream on Saturday.", False),
        ("The blue latte thing is trending on TikTok again and I cannot look at one.", True),
        ("Our blue latte is trending on TikTok again!", False),
        ("Why I'm done with 'going viral' as a goal, and three tools I use.", True),
        ("We went viral twice last year.", False),
        ("# Three views on the Online Safety Act, from inside a small charity", True),
        ("Our reel got 3,000 views on TikTok.", False),
    ],
)
def test_mentions_that_claim_nothing(linter: Linter, text: str, passed: bool) -> None:
    """A crowd called the twelfth player, a "thing" in fashion trending,
    going viral given up, a title's "three views on" a law: no result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Podcast listens are up 340% since we put full episodes on YouTube.", False),
        ("The smart speaker listens for its wake word.", True),
        ("Peak of 1,204 concurrent last night on the blind run.", False),
        ("We ran 40 concurrent sessions at the conference.", True),
        ("Our song has been used in 40,000 TikToks 😳", False),
        ("Our song is in every playlist we have made this year.", True),
        ("People in 34 countries have now watched me fix a chair.", False),
        ("People in 34 countries drink our tea every morning.", True),
    ],
)
def test_creators_numbers_in_their_words(linter: Linter, text: str, passed: bool) -> None:
    """Listens counted or moved, a stream's concurrent viewers, a song used
    in TikToks counted, people in countries counted who watched; not a
    speaker listening, sessions run at once, a playlist, buyers abroad."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Seven digits. That's how many people saw our film. We made it for £4k.", False),
        ("Seven digits. That's how many people saw our film. It made £4k in rentals.", True),
        ("The sponsored video got 410k views, and the brand has already renewed for Q1.", True),
        (
            "Our film got 640,000 views. The lease on the shop has been renewed for five years.",
            False,
        ),
        ("Our account crossed 50,000 followers. We've got room for two new clients in Q3.", False),
        ("Our account crossed 50,000 followers. We signed two new clients in Q3.", True),
    ],
)
def test_outcomes_that_are_costs_leases_or_room(linter: Linter, text: str, passed: bool) -> None:
    """What a film was made for is its cost; a lease renewed is the writer's
    own; room for new clients is capacity offered. A sponsor that renewed, a
    film's takings and clients signed are outcomes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("38k subs, 410k views this month. AdSense paid $1,102 and one sponsor paid $1,800.", True),
        ("38k subs, 410k views this month. Our sponsor paid for the stage lights.", False),
        ("9.2M video views, and 612 apprentices started with local employers.", True),
        ("The campaign reached 2.7M people; tourist-tax receipts were €1.94M, up 14%.", True),
        ("The campaign reached 2.7M people; we printed 400 receipts for the stall.", False),
        ("Our pension reels hit 48k followers and 1,930 pension transfers started.", True),
    ],
)
def test_outcomes_of_creators_and_public_bodies(linter: Linter, text: str, passed: bool) -> None:
    """Money a payer or a payout platform paid ("AdSense paid $1,102"), not
    what a sponsor paid for; apprentices who started, takings in receipts near a tax or tickets, and
    pension transfers are outcomes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our appeal reel reached 2M people. Cost per volunteer recruited: £34 → £6.", True),
        ("Our appeal reel reached 2M people. Volunteers: lovely as ever.", False),
        ("Our reel got 2M views. 300,000 signatures! The petition has passed the threshold.", True),
        ("Your petition got 120,000 signatures and 30k retweets, so it's back on the menu.", False),
        ("Our reels got 2.6M impressions. Applications for Reception are up from 94 to 156.", True),
    ],
)
def test_outcomes_of_causes_and_colleges(linter: Linter, text: str, passed: bool) -> None:
    """A cost per volunteer recruited, a petition's signatures (not the
    readers' own petition to a brand), applications "up from 94 to 156"."""
    assert _verdict(linter, text)[0] is passed


def test_an_outcome_up_though_tagged_a_verb(linter: Linter, extractor: ClaimExtractor) -> None:
    """ "enrolments up 17%" opening a line: the tagger makes the noun a verb,
    which must not make "up" its particle (as it is in "customers pick up
    20% of orders")."""
    doc = linter.analyzer.pipeline.nlp("enrolments up 17% this September.")
    outcomes = [c for c in extractor.claims(doc) if c.kind == "outcome"]
    assert [c.evidence for c in outcomes] == ["change"]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our launch video is at 3.1M views. The waitlist itself? We'll talk about that later.",
            False,
        ),
        ("Our launch video is at 3.1M views. The waitlist itself? Up 40% this week.", True),
        (
            "Our post got 212 likes. It got us a reply from a buyer at a big firm, which turned"
            " into our biggest contract to date (£740k).",
            True,
        ),
        ("Our post got 212 likes. We partner with a bank that made $3B in profit.", False),
    ],
)
def test_an_outcome_asked_of_itself_and_one_held_by_us(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "The waitlist itself?" asked and left for later reports nothing; "our
    biggest contract" is the writer's though the clause hangs on another's
    firm, while "a bank that made $3B" stays the bank's."""
    assert _verdict(linter, text)[0] is passed
