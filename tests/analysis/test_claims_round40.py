"""Classes found by the fortieth session's blind rounds (own-394..397, left
held out by the thirty-ninth, and the rounds after), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Heatwave on the way. Our new Zephyr 300 desk fans are 20% quieter. In stores now.", True),
        ("Thanks to the 8,000 fans who made the trip to Cardiff. What a night.", True),
        ("8,000 fans travelled to Cardiff today. Proud of this club.", True),
        ("Our page passed 8,000 fans today. Thank you!", False),
        ("Our trip vlog got 40k views and 2,000 new fans.", False),
    ],
)
def test_fans_that_cool_a_room_or_travel_to_a_match(
    linter: Linter, text: str, passed: bool
) -> None:
    """A shop's desk or tower fans cool a room, and fans who travelled to a
    match or made the trip are a crowd; a page's fans are an audience, and a
    trip vlog's new fans too."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Someone's clip of my cat falling off the sofa went viral on Reddit. No credit, of course.",
            True,
        ),
        (
            "Yes, we have the lamp from that video that went viral last week. Back in stock Friday.",
            True,
        ),
        ("Our CEO's clip went viral last week.", False),
        ("The lamp from our video that went viral is back in stock.", False),
    ],
)
def test_someone_elses_clip_and_a_thing_seen_in_that_video(
    linter: Linter, text: str, passed: bool
) -> None:
    """A clip someone else made is theirs though it is "of my cat", and a
    thing "from that video that went viral" is named by a piece known from
    elsewhere; "our CEO's clip" and "our video" are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Watched a rival's reel go viral this week: 5 million views, most of them laughing at it.",
            True,
        ),
        (
            "Lesson from a mate's candle brand: the founder had 200k followers and the launch flopped.",
            True,
        ),
        ("A client's reel we made went viral: 5M views.", False),
        ("Our reel went viral this week: 5 million views.", False),
    ],
)
def test_counts_after_anothers_colon(linter: Linter, text: str, passed: bool) -> None:
    """A sentence that opens on someone brought in with "a" and their "'s"
    goes on about them after its colon; with a word of the writer's in it,
    the counts stay the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "At the summit one panellist said their page has 800k followers but only 4% of residents polled had seen a post.",
            True,
        ),
        ("One speaker said only 4% of residents polled had seen a single post.", True),
        ("Our speaker said the page has 800k followers.", False),
    ],
)
def test_a_speaker_at_an_event_reports_figures(linter: Linter, text: str, passed: bool) -> None:
    """Speakers and panellists report others' figures, as analysts do; "our
    speaker" keeps the writer's word in the sentence."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The five biggest meme pages on Instagram gained 3 million followers between May and July.",
            True,
        ),
        ("The top 10 creators on YouTube added 40 million subscribers last year.", True),
        ("The angriest posts get the most replies. Editors should not chase that.", True),
        ("Our top 10 posts on Instagram gained 3 million views.", False),
        ("The biggest posts this week got 20k views.", False),
    ],
)
def test_a_platforms_ranked_set_and_a_superlative_rule(
    linter: Linter, text: str, passed: bool
) -> None:
    """A ranking over a platform is of everyone on it, and a superlative
    plural in the present is a rule of thumb; "our top posts" and the past
    tell of the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("180 viewers a night, and my first month streaming covered my bills.", True),
        (
            "We moved to two plain servers. We now save £410,000 a year in hosting fees. The thread got 90k impressions.",
            True,
        ),
        ("The client now saves £30k a month. The case study video got 90k views.", True),
        ("Monthly cloud bill: €14,300 → €3,900. The thread got 400k impressions.", True),
        (
            "Missed outpatient appointments fell from 9.4% to 6.1%. The post about it got 300 likes.",
            True,
        ),
        (
            "Reminder: 40k followers don't pay the bills. Ours got 90k views and nothing else.",
            False,
        ),
        ("Households save £300 a year with our tariff. The ad got 90k views.", False),
    ],
)
def test_bills_covered_and_savings_at_a_rate(linter: Linter, text: str, passed: bool) -> None:
    """Bills a living covers, a saving reported per period by the writer or
    one who "now" saves, a cloud bill cut and a clinic's missed appointments
    fallen are outcomes; followers that "don't pay the bills" and a pitch to
    any household are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("the knitting reel: 4.6M views\nwebsite orders that week: 3,212 (normal ~300)", True),
        ("the knitting reel: 4.6M views\nwebsite likes that week: 3,212 (normal ~300)", False),
    ],
)
def test_a_short_stat_line_keeps_its_break(linter: Linter, text: str, passed: bool) -> None:
    """A short line that opens with a label is an item of a stat list: the
    line after it is read on its own, not as the rest of a wrapped line."""
    assert passes(linter, text, "post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Downloads dipped 9%.\nConsulting enquiries went from 3 to 11 a month, and I got 10 hours back.",
            True,
        ),
        (
            "Downloads dipped 9%.\nConsulting sessions went from 3 to 11 a month, and I got 10 hours back.",
            False,
        ),
    ],
)
def test_an_ing_word_is_no_unknown_name(linter: Linter, text: str, passed: bool) -> None:
    """ "Consulting" before a noun is a verb's form the dictionary knows, not
    a name typed in lower case: the enquiries are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("ok the remix blew up. like BLEW UP. 20k new people in my notifications", False),
        ("Blew up on here yesterday. Did not expect a rant about parking to do that.", False),
        ("My phone blew up with messages after the match.", True),
    ],
)
def test_a_remix_blown_up_and_blown_up_on_here(linter: Linter, text: str, passed: bool) -> None:
    """A duet or a remix that blew up went viral, and so did whatever "blew
    up on here"; a phone blows up with messages."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I know creators with 4k followers out-earning people with 400k followers.", True),
        ("We ended the year with 40k followers.", False),
    ],
)
def test_people_with_a_count_by_word_order(linter: Linter, text: str, passed: bool) -> None:
    """People right before the "with" of a count hold it, wherever the parse
    hung the phrase; a year is no holder."""
    assert _verdict(linter, text)[0] is passed


def test_round40_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the first slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our new Zephyr 300 desk fans are 20% quieter.",
            "Thanks to the 8,000 fans who made the trip to Cardiff.",
            "Someone's clip of my cat falling off the sofa went viral on Reddit.",
            "Yes, we have the lamp from that video that went viral last week.",
            "Watched a rival's reel go viral this week: 5 million views.",
            "One speaker said only 4% of residents polled had seen a single post.",
            "The five biggest meme pages on Instagram gained 3 million followers.",
            "The angriest posts get the most replies.",
            "We now save £410,000 a year in hosting fees.",
            "the knitting reel: 4.6M views\nwebsite orders that week: 3,212 (normal ~300)",
            "Consulting enquiries went from 3 to 11 a month, and I got 10 hours back.",
            "ok the remix blew up.",
            "I know creators with 4k followers out-earning people with 400k followers.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Three councils have booked the workshop since the series ran. It got modest views.",
            True,
        ),
        ("First conference talk booked! The series got 20k views.", False),
    ],
)
def test_a_workshop_booked_by_buyers_counted(linter: Linter, text: str, passed: bool) -> None:
    """Buyers counted who booked the writer's workshop are sales; the writer's
    own talk booked is an appearance, no sale."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "BREAKING: The mayor's personal account, which has 1.1 million followers, posted"
            " and then deleted a message about the budget at 1:05am.",
            True,
        ),
        ("Our account, which has 200k followers, turned five today.", False),
    ],
)
def test_an_aside_before_a_misparsed_main_verb(linter: Linter, text: str, passed: bool) -> None:
    """A count in a "which has" aside is someone else's when a verb follows
    the aside's comma, though the parse hung that verb on the count; the
    writer's own account keeps its count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My story from Tuesday is over 900k now. Nine hundred THOUSAND.", False),
        ("My post from the bakery is over 900 words, sorry.", True),
        ("my video has 3.1M views 🍕😭 (faces blurred, don't worry)", False),
        ("We don't worry about likes. We worry about the soup.", True),
    ],
)
def test_a_dated_piece_over_a_count_and_a_reassurance(
    linter: Linter, text: str, passed: bool
) -> None:
    """A piece dated "from Tuesday" that "is over" a big count reached it, and
    a bare "don't worry" reassures without criticising the count before it;
    words counted are no audience, and worrying "about" likes criticises."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Nearly nine thousand of you read about the day my dad taught me to count stock.", False),
        (
            "Waitlist site traffic since Tuesday: 52,000 visits. HN front page is a hell of a drug.",
            False,
        ),
        ("Our waitlist grew to 4,000 after the reel got 90k views.", True),
        ("Stock fell 4% on Monday after 3,000 of you read the memo.", True),
        ("Our reels got 3 million views, and 40 new shops now stock our candles.", True),
        ("We stock 40 brands of tea. Our reel got 30k views.", False),
    ],
)
def test_stock_counted_and_a_waitlists_site(linter: Linter, text: str, passed: bool) -> None:
    """Stock counted is goods, no company's shares, so it does not make the
    sentence's count another sense, and sellers counted who stock the
    writer's product carry it (the writer's own range is no outcome); a
    waitlist's site and its traffic are no waitlist grown, which still ties."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Client asked us to make it go viral. We asked what happens the day after it goes viral.",
            True,
        ),
        ("What happens after it goes viral? Nobody knows.", True),
        ("The day after it went viral, our inbox melted.", False),
    ],
)
def test_a_time_clause_in_the_present(linter: Linter, text: str, passed: bool) -> None:
    """ "after it goes viral" in the simple present is any time it may happen;
    "after it went viral" tells of one that did."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our newsletter had a 61% open rate. It drove 1,840 new members to the"
            " membership programme in nine days.",
            True,
        ),
        ("Our Discord passed 4,000 members this week. Members pay nothing.", False),
    ],
)
def test_members_of_a_paid_membership(linter: Linter, text: str, passed: bool) -> None:
    """Members a membership programme gains are paying ones, an outcome; a
    Discord's members are an audience."""
    assert _verdict(linter, text)[0] is passed


def test_round40_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the second slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Three councils have booked the workshop.",
            "BREAKING: The mayor's personal account, which has 1.1 million followers, posted it.",
            "My story from Tuesday is over 900k now.",
            "my video has 3.1M views 🍕😭 (faces blurred, don't worry)",
            "Nearly nine thousand of you read about the day my dad taught me to count stock.",
            "Waitlist site traffic since Tuesday: 52,000 visits",
            "We asked what happens the day after it goes viral.",
            "It drove 1,840 new members to the membership programme.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Third Short in a row to hit seven digits. Not saying I've cracked it.", False),
        ("Third day in a row to hit 10k steps. Legs are done.", True),
        ("Our campaign for Fernway Cider blew up this week.", False),
        ("The campaign blew up in our faces when the supplier pulled out.", True),
        ("Featured by @wanderlust (2.1M followers) this morning and our DMs have melted.", False),
        ("The chocolate melted in the van, so the tasting is off.", True),
    ],
)
def test_a_short_in_a_row_a_campaign_blown_up_and_dms_melted(
    linter: Linter, text: str, passed: bool
) -> None:
    """A piece "in a row to hit" a count reached it, whatever its capital; a
    campaign blew up past its client's name, not one that blew up in our
    faces; an inbox that melted is attention, chocolate is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Here's what 3.1M views earned me last month:\nAdSense → $4,210\n"
            "Affiliate links → $900\nSponsor (1 integration) → $2,500",
            True,
        ),
        ("AdSense is a joke. 3.1M views last month.", False),
        ("Our sponsor for the night is Acme. 3.1M views last month.", False),
    ],
)
def test_a_creators_income_by_its_source(linter: Linter, text: str, passed: bool) -> None:
    """Money a stat line gives a source of a creator's income (past an aside
    in brackets) is an outcome; the source named with no money is not."""
    assert passes(linter, text, "post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("#WorldBeeDay is trending in 40 countries today. Here's how you can help a farmer.", True),
        ("#SpringDrop is trending at No. 1 in 3 countries!", False),
        ("You made #SpringDrop trending in 6 countries. SIX.", False),
    ],
)
def test_a_days_tag_trending_across_places(linter: Linter, text: str, passed: bool) -> None:
    """A count of the places a tag trends in ranks nothing of the writer's; a
    rank does, and so does the audience credited with it."""
    assert _verdict(linter, text)[0] is passed


def test_round40_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the third slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Third Short in a row to hit seven digits.",
            "Our campaign for Fernway Cider blew up this week.",
            "The campaign blew up in our faces.",
            "Featured by @wanderlust (2.1M followers) and our DMs have melted.",
            "AdSense → $4,210\nSponsor (1 integration) → $2,500",
            "#WorldBeeDay is trending in 40 countries today.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("WOW ten thousand subscribers!!! thank u all so much, new vid friday", False),
        ("We're #2 trending in Leeds right now!!!", False),
        ("Our list: 10 trending sounds in May.", True),
        ("we were on the for you page of half the country this weekend apparently??", False),
        ("What's on the For You page today? Mostly cats.", True),
        ("AI agents are trending on every feed this week. Here's our take.", True),
        ("Our leavers' video has been watched over twenty-five thousand times!", False),
        ("She clicked the button twenty-five times before it worked.", True),
    ],
)
def test_a_vid_a_rank_in_a_place_every_feed_and_spelt_counts(
    linter: Linter, text: str, passed: bool
) -> None:
    """A "vid" makes subscribers a channel's; a rank trending in a named place,
    a piece on the For You page and a count spelt with a hyphen are attention;
    a listicle's trending sounds, what is on the page today and a user's
    clicks are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Someone else's clip of my set went viral on Reddit (4M views apparently). No credit.",
            True,
        ),
        ("Our reel went viral (4M views!) this week.", False),
        (
            "An agency offered to 'grow our followers to 10k in 90 days'. We said no thank you.",
            True,
        ),
        ("We grew our followers to 10k in 90 days.", False),
        (
            "Setting up for the trade fair in Essen. Expecting about 60,000 visitors across three days.",
            True,
        ),
        ("Our landing page had 60,000 visitors this month. We stand by the redesign.", False),
        (
            "The fake 'council memo' screenshot has been viewed 11 million times. It's fabricated.",
            True,
        ),
        ("Our 'Fake or Real?' series has been viewed 2 million times.", False),
        (
            "The clip of the ball boy's catch at Anfield went viral overnight. We tracked him down.",
            True,
        ),
        ("The clip of our ball boy's catch went viral overnight.", False),
        ("You'll have seen #GiveItBack trending this week. We agree with the cause.", True),
    ],
)
def test_others_counts_in_brackets_offers_fairs_fakes_and_clips(
    linter: Linter, text: str, passed: bool
) -> None:
    """A count in brackets after another's clip is its size; an agency's
    offer, a trade fair's visitors, a fake's views and a clip of a ball boy's
    catch are not the writer's results; the writer's own are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Lots of new likes this year. The number that matters: 62 of our pupils were referred by a friend.",
            True,
        ),
        ("Lots of new likes this year. Please refer to the guide for prices.", False),
    ],
)
def test_people_referred_counted(linter: Linter, text: str, passed: bool) -> None:
    """People counted who were referred to the writer are customers won; a
    reader told to refer to a guide is not."""
    assert _verdict(linter, text)[0] is passed


def test_round40_slice3b_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the later third-slice classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "WOW ten thousand subscribers!!! new vid friday",
            "We're #2 trending in Leeds right now!!!",
            "we were on the for you page of half the country",
            "Our video has been watched over twenty-five thousand times!",
            "Someone else's clip of my set went viral on Reddit (4M views apparently).",
            "An agency offered to 'grow our followers to 10k in 90 days'.",
            "The fake 'council memo' screenshot has been viewed 11 million times.",
            "The clip of the ball boy's catch at Anfield went viral overnight.",
            "62 of our pupils were referred by a friend.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Cut my clips down to one platform.\nDownloads dipped 9%.\n"
            "Consulting enquiries went from 3 to 11 a month, and I got 10 hours back.",
            True,
        ),
        (
            "Cut my clips down to one platform.\nDownloads dipped 9%.\n"
            "Consulting sessions went from 3 to 11 a month, and I got 10 hours back.",
            False,
        ),
    ],
)
def test_an_ing_word_opening_a_line_is_no_name(linter: Linter, text: str, passed: bool) -> None:
    """ "Consulting" opening a line is a verb's form, though the tagger may
    take it for a name: the enquiries are the writer's."""
    assert passes(linter, text, "post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The campaign got 74 million impressions and a 340% rise in branded search.", False),
        ("The campaign got 74 million impressions and a 340% rise in trial starts.", True),
        ("Our smoke alarm video with the dancing firefighter is all over the internet.", False),
        ("Our team with the new manager is everywhere this week.", True),
    ],
)
def test_branded_search_and_a_piece_with_someone_in_it(
    linter: Linter, text: str, passed: bool
) -> None:
    """People searching a brand's name are attention, as the labels list it,
    no outcome; a piece named by who is "with" it in it is still the piece
    that is everywhere, a team is no piece."""
    assert _verdict(linter, text)[0] is passed


def test_round40_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the fourth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Downloads dipped 9%.\nConsulting enquiries went from 3 to 11 a month, and I got 10 hours back.",
            "The campaign got 74 million impressions and a 340% rise in branded search.",
            "Our smoke alarm video with the dancing firefighter is all over the internet.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Impressions are the least useful number. Nobody buys because your post had 40k of them.",
            True,
        ),
        ("Impressions? We had 40k of them last month.", False),
        (
            "The hero film earned 12 million views, and the loyalty push added 340,000 new"
            " members to the Bramble Rewards programme.",
            True,
        ),
        ("Our gym added 300 new members. The reel got 20k views.", False),
        ("Our investigation into care-home fees blew up overnight. Shared by three MPs.", False),
        ("The boiler blew up overnight. Shared a photo of the damage.", True),
    ],
)
def test_yours_of_them_loyalty_members_and_an_investigation_blown_up(
    linter: Linter, text: str, passed: bool
) -> None:
    """A count "of them" the reader's post had is any reader's; members a
    rewards or loyalty programme gains are customers; an investigation
    "into" something that blew up went viral, a boiler did not."""
    assert _verdict(linter, text)[0] is passed


def test_round40_slice5_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the fifth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Nobody buys because your post had 40k of them.",
            "The loyalty push added 340,000 new members to the Bramble Rewards programme.",
            "Our investigation into care-home fees blew up overnight.",
        ],
    )
