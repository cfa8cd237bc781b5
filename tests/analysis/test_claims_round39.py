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


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our pasta video has now been viewed 3.7 million times. We have 28 seats. Send help.",
            False,
        ),
        ("Our pasta video got 2M views and we have filled 1,100 seats.", True),
        ("Our job ad got 40 reposts. We just made our 12th hire.", True),
        ("Our job ad got 40 reposts. She was a great hire.", False),
    ],
)
def test_seats_held_and_an_nth_hire(linter: Linter, text: str, passed: bool) -> None:
    """Seats a place "has" are its size, none filled; seats filled are sold.
    The twelfth hire counts one more person hired; "a great hire" praises one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our changelog crossed 10,000 subscribers. 23% of last quarter's upgrades to "
            "the Team plan came from a changelog email.",
            True,
        ),
        ("Our post got 40 reposts. Firmware upgrades are up 20% on the new plan.", False),
        (
            "Our briefs were downloaded 120,000 times. Two government departments "
            "commissioned follow-on work worth £640,000.",
            True,
        ),
        ("Our briefs were downloaded 120,000 times. We commissioned a £40k study.", False),
    ],
)
def test_plan_upgrades_and_work_commissioned(linter: Linter, text: str, passed: bool) -> None:
    """Upgrades to a paid plan, a share of a period's, and paid work others
    commissioned are outcomes; firmware upgrades and the writer's own
    commission (money spent) are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("just hit 2 milion plays on spotify for my song?!", False),
        ("Our little latte art video has gone absolutely bonkers, hello Brazil.", False),
        ("My dog has gone absolutely bonkers this morning.", True),
    ],
)
def test_a_misspelt_million_and_a_piece_gone_bonkers(
    linter: Linter, text: str, passed: bool
) -> None:
    """A million misspelt is still a million; a piece gone bonkers has spread,
    a dog gone bonkers has not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Saw a competitor brag that their launch video got 3 million views. Cool.", True),
        ("We love to brag that our launch video got 3 million views.", False),
        ("The buyer told us she'd just passed on a brand with 3 million followers.", True),
        ("My chart got picked up by a subreddit with 19M members.", False),
        ("The 21-year-old has 9M Instagram followers, more than his new club.", True),
        ("Our 3-year-old page has 9M followers.", False),
    ],
)
def test_others_bragging_described_or_by_age(linter: Linter, text: str, passed: bool) -> None:
    """A rival bragging tells its own count; a business or a person brought in
    with "a" and described "with" a count holds it; a person named by age
    holds theirs. A subreddit the writer's chart reached, and a page of the
    writer's of some age, stay the writer's attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I'd trade 20k followers for 200 people who'd actually open the email.", True),
        ("I'd say our reel got 2M views in a week.", False),
        ("When a club tells sponsors its reach is 50 million, what does that mean?", True),
        ("When our club told sponsors its reach was 50 million, they signed.", False),
        (
            "Everyone keeps quoting the stat that 'posts with video get 3x the engagement'. "
            "There is no study.",
            True,
        ),
        ("Our post that 'went viral' got 3x the engagement.", False),
    ],
)
def test_trades_cases_put_and_stats_quoted(linter: Linter, text: str, passed: bool) -> None:
    """A trade the writer would make, any one of a kind telling a figure, and
    a stat quoted after "that" claim nothing; "I'd say" still reports, the
    writer's club told its own, and a quotation as a nickname names nothing."""
    assert _verdict(linter, text)[0] is passed


def test_round39_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the second slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "We have 28 seats. Send help.",
            "We just made our 12th hire.",
            "23% of last quarter's upgrades to the Team plan came from a changelog email.",
            "Two government departments commissioned follow-on work worth £640,000.",
            "just hit 2 milion plays on spotify",
            "Saw a competitor brag that their launch video got 3 million views.",
            "The buyer told us she'd just passed on a brand with 3 million followers.",
            "The 21-year-old has 9M Instagram followers.",
            "I'd trade 20k followers for 200 people who'd actually open the email.",
            "When a club tells sponsors its reach is 50 million, what does that mean?",
            "Everyone keeps quoting the stat that 'posts with video get 3x the engagement'.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "What we did: a YouTube series on saving (1.8M views). Result: 3,100 new "
            "accounts opened by students in Q2, and churn in that group fell by a third.",
            True,
        ),
        ("Our YouTube series grew its accounts by a third in Q2.", False),
        (
            "Adoption Day recap 🐾 Our reels had 300k views, but the number that matters: "
            "52 adoptions this month.",
            True,
        ),
        ("Our reel has 300k views and 19 adoptions.", False),
        ("Our reel got 300k views. Adoptions of the new dashboard are slow.", False),
    ],
)
def test_a_fall_that_is_anothers_and_adoptions(linter: Linter, text: str, passed: bool) -> None:
    """A noun the tagger made a verb after ", and" takes the fall that follows
    (churn fell, not the accounts opened); adoptions counted beside a paw print
    are animals homed; with nothing of a rescue's near, or a feature's adoption
    named, they are no outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I've yet to see a buyer choose a vendor because it had 40,000 followers.", True),
        ("We are yet to hit 1,000 followers.", True),
        ("Not bad yet: our reel hit 40,000 views.", False),
    ],
)
def test_yet_to_happen(linter: Linter, text: str, passed: bool) -> None:
    """ "Have yet to" and "are yet to" say it has not happened; "yet" elsewhere
    does not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My lecture clip on the history of the Football League is EVERYWHERE.", False),
        ("The history of the Football League is everywhere.", True),
        ("Our match-day clip is going absolutely nuclear right now.", False),
        ("My dad is going absolutely nuclear about the parking.", True),
    ],
)
def test_a_piece_past_two_phrases_and_going_nuclear(
    linter: Linter, text: str, passed: bool
) -> None:
    """A piece named by a phrase on a phrase is still the piece everywhere; a
    clip going nuclear spreads, a parent going nuclear is angry."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "That video of the minister tripping on the stairs went viral. 12 million "
            "views, and nobody watched to the end.",
            True,
        ),
        ("Our video of the lambs went viral. 12 million views, and the farm shop sold out.", True),
        ("Our video of the lambs went viral. 12 million views, and we loved every comment.", False),
    ],
)
def test_a_count_going_on_about_a_clip_pointed_at(linter: Linter, text: str, passed: bool) -> None:
    """A count line up to its comma after "that video of the minister" goes on
    about the minister's clip; after the writer's own video it stays theirs."""
    assert _verdict(linter, text)[0] is passed


def test_round39_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the third slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Result: 3,100 new accounts opened by students in Q2, and churn in that group fell.",
            "52 adoptions this month.",
            "I've yet to see a buyer choose a vendor because it had 40,000 followers.",
            "My lecture clip on the history of the Football League is EVERYWHERE.",
            "Our match-day clip is going absolutely nuclear right now.",
            "That video of the minister tripping went viral. 12 million views, and nobody watched.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("our cocktail video is at 5.1 million views. there are 30 seats in this bar.", False),
        ("Our candle kit got into a gift guide and the favourites went from 30 to 5,100!!", False),
        ("Our favourites went up this week after the gift guide.", True),
        (
            "Our newsletter sign-ups were the source of 28% of our new paying subscribers.",
            True,
        ),
    ],
)
def test_seats_there_are_and_favourites_grown_from_a_count(
    linter: Linter, text: str, passed: bool
) -> None:
    """Seats "there are" are a room's size; favourites grown from one count to
    another are counted, though favourites count only with a number; a bare
    rise and a share of subscribers are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A regional paper in Kent says its WhatsApp channel now has 31,000 followers.", True),
        ("Our paper says its WhatsApp channel now has 31,000 followers.", False),
        ("We partnered with a creator with 3M followers for the launch.", True),
        ("[OC] My sunrise timelapse hit #1 on r/gifs with 45k upvotes, thank you reddit!!", False),
    ],
)
def test_a_business_brought_in_telling_its_count_and_a_partners_size(
    linter: Linter, text: str, passed: bool
) -> None:
    """A business brought in with "a" that says "its" count tells its own; the
    writer's paper telling its own stays the writer's. A creator brought in
    with "a" after "with" or "on" holds the count; a subreddit the writer's
    post topped does not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our recruitment campaign: 1.3M video views, but the real result is 412 new "
            "officers sworn in this spring.",
            True,
        ),
        ("Our video got 1.3M views. The new mayor was sworn in today.", False),
        ("One person scrolling past it three times = 1 reach, 3 impressions.", True),
        ("Our year: 2M views, 1 reach, 3 impressions.", False),
    ],
)
def test_recruits_sworn_in_and_an_equations_later_items(
    linter: Linter, text: str, passed: bool
) -> None:
    """Recruits sworn in, counted, are hires; one mayor sworn in is news. Every
    item of a list after "=" is a worked definition; a list with no "=" is a
    report."""
    assert _verdict(linter, text)[0] is passed


def test_round39_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the fourth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "there are 30 seats in this bar.",
            "the favourites went from 30 to 5,100 in a week!!",
            "A regional paper in Kent says its WhatsApp channel now has 31,000 followers.",
            "We partnered with a creator with 3M followers for the launch.",
            "412 new officers sworn in this spring.",
            "One person scrolling past it three times = 1 reach, 3 impressions.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Everyone keeps sending me that clip of the guy with 3 million followers "
            "copying my recipe.",
            True,
        ),
        ("Our clip of the lambs with 3 million views made the news.", False),
        ("that supermarket christmas ad with the grumpy cat going viral is a reminder.", True),
        ("Our supermarket's christmas ad is going viral!", False),
    ],
)
def test_a_person_in_a_clip_and_a_supermarkets_ad(linter: Linter, text: str, passed: bool) -> None:
    """The count "with" a person a clip is "of" is the person's, though the
    parse hangs it on the clip; an ad pointed at with "that" after a kind of
    business is theirs. The writer's clip and the writer's ad stay theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("officially our most-liked post EVER 🥹 who knew a burnt croissant would do this.", False),
        ("Our post might get 10k likes 🤞", True),
        (
            "Our post was shared 4,000 times. By Friday, 311 people had made a first-time "
            "donation.",
            True,
        ),
        ("Our post was shared 4,000 times. We made a donation to the food bank.", False),
        (
            "Our finance videos have been viewed 60,000 times. What matters more: 1,150 new "
            "members opened accounts this year.",
            True,
        ),
        (
            "Our finance videos have been viewed 60,000 times. I opened an account on Threads.",
            False,
        ),
    ],
)
def test_a_modal_past_an_emoji_donations_and_accounts_opened(
    linter: Linter, text: str, passed: bool
) -> None:
    """A modal after an emoji is the next sentence's, so the brag before it
    stands; a modal before an emoji still makes a possibility. Donations made and
    accounts opened by people counted are outcomes; the writer's own are not."""
    assert _verdict(linter, text)[0] is passed


def test_round39_slice5_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the fifth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Everyone keeps sending me that clip of the guy with 3 million followers.",
            "that supermarket christmas ad with the grumpy cat going viral is a reminder.",
            "officially our most-liked post EVER 🥹 who knew a burnt croissant would do this.",
            "By Friday, 311 people had made a first-time donation.",
            "What matters more: 1,150 new members opened accounts this year.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("That reply to the guy who asked for free fries has 200K retweets now.", False),
        ("That guy who asked for free fries has 200K followers now.", True),
        ("That clip of the grandfather reviewing crisps has 12M views.", True),
        ("My favourite potter's clip of throwing a bowl went viral this week.", True),
        ("My favourite reel of ours went viral this week.", False),
    ],
)
def test_what_that_points_at_and_a_favourites_clip(linter: Linter, text: str, passed: bool) -> None:
    """ "That" points at the reply when a "to" parts it from the person; a
    person pointed at, or a clip "of" one, is theirs. The writer's favourite
    person owns their clip; the writer's favourite reel of theirs is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our clips got a few hundred views each. They were in the deal history of 20 "
            "closed-won opportunities worth $3.1M.",
            True,
        ),
        ("Our clips got 2M views. There are lots of opportunities worth exploring.", False),
        ("Our story got 2M views. We signed 6 commercial partners worth £900k this season.", True),
        (
            "The series got 300k impressions. It was the first touch on 40 opportunities "
            "and $1.2M in closed-won pipeline.",
            True,
        ),
    ],
)
def test_opportunities_partners_and_closed_won(linter: Linter, text: str, passed: bool) -> None:
    """Opportunities and partners counted with their price, and money in
    closed-won pipeline, are sales; opportunities "worth exploring" are not."""
    assert _verdict(linter, text)[0] is passed


def test_round39_slice6_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the sixth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "That reply to the guy who asked for free fries has 200K retweets now.",
            "My favourite potter's clip of throwing a bowl went viral this week.",
            "20 closed-won opportunities worth $3.1M.",
            "We signed 6 commercial partners worth £900k this season.",
            "It was the first touch on 40 opportunities and $1.2M in closed-won pipeline.",
        ],
    )
