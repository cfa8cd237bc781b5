"""Classes found by the thirty-second session's blind rounds (own-166..169,
left held out by the thirty-first), on sentences written for these tests
(each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Woke up to 800 new connection requests after my post on hiring.", False),
        ("The gateway drops 800 connection requests per second under load.", True),
    ],
)
def test_connection_requests_counted(linter: Linter, text: str, passed: bool) -> None:
    """Requests to connect a profile receives, counted, are attention; a
    server's connection requests are load."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("1.3 million people hit play on the trailer in its first weekend.", False),
        ("Hit play, lie back and let the rain sounds do the rest.", True),
    ],
)
def test_play_pressed_by_people_counted(linter: Linter, text: str, passed: bool) -> None:
    """Playing told by its button ("hit play", "pressed play") with the people
    counted is an audience; the button bidden is an instruction."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our share of conversation among UK bakers grew from 6% to 19% in a year.", False),
        ("Every brand wants its share of the conversation; few earn it.", True),
    ],
)
def test_share_of_conversation(linter: Linter, text: str, passed: bool) -> None:
    """A brand's share of the conversation, changed, is share of voice by
    another name; wanted in general it is a topic."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Packed house at the bar for the final. 140 fans, one big screen.", True),
        ("What a night. 22,000 fans and a tifo that took a month to paint.", True),
        ("Our page just passed 22,000 fans. Thank you all!", False),
    ],
)
def test_fans_at_a_screening_or_a_match(linter: Linter, text: str, passed: bool) -> None:
    """Fans counted beside a match's words (a big screen, a packed house, a
    late winner, a tifo) are a crowd there in person, not an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Saw 'soup for breakfast' is trending again. We've served it since 2015.", True),
        ("Saw 'dinner is cancelled' trending this morning and checked our bookings.", True),
        ("Just found out 'Harbour Lights' is trending at #2 in Chile!", False),
        ("Our slogan 'Crumbs Happen' is trending!", False),
    ],
)
def test_a_quoted_saying_trending(linter: Linter, text: str, passed: bool) -> None:
    """A quoted saying (with a verb or a preposition of its own) that trends is
    what people type elsewhere; a quoted name may be the writer's song or
    slogan, and "our" keeps it the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Cardamom everything is trending this spring. New buns from Friday.", True),
        ("Our matcha tonic is trending this summer!", False),
    ],
)
def test_a_taste_trending(linter: Linter, text: str, passed: bool) -> None:
    """ "X everything is trending" names a flavour or a colour in fashion, no
    one's post, whatever the tagger makes the flavour (here a name); the
    writer's product trending is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The '5-4-3-2-1' stair workout went viral in 2021. We still teach it.", True),
        ("Our '5-4-3-2-1' stair video went viral in 2021.", False),
    ],
)
def test_a_quoted_craze_gone_viral(linter: Linter, text: str, passed: bool) -> None:
    """A kind of thing named by a quotation (a workout, a diet) that went
    viral is a craze everyone tried; the writer's video is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Social selling isn't about likes. This quarter I booked 41 meetings "
            "from DMs. My posts get about 30 likes.",
            True,
        ),
        (
            "I booked 2 flights for the offsite. My last post got 9,000 likes.",
            False,
        ),
    ],
)
def test_meetings_a_seller_booked(linter: Linter, text: str, passed: bool) -> None:
    """Meetings or calls the writer booked, counted, are a seller's pipeline;
    flights the writer booked are spending, no outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We went from 900 to 14,000 followers. No bought followers, just posts.", False),
        ("Customers bought 4,000 units after our page reached 14,000 followers.", True),
    ],
)
def test_bought_followers_as_an_adjective(linter: Linter, text: str, passed: bool) -> None:
    """ "bought followers" names attention bought (none here), no sale;
    customers who bought units still sold."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Some founders measure growth in revenue. I measure it in conversations. "
            "My posts drew 12,000 comments this month.",
            False,
        ),
        (
            "We measure growth in revenue, and revenue grew 30% this quarter. "
            "My posts drew 12,000 comments.",
            True,
        ),
    ],
)
def test_an_outcome_as_the_unit_of_measure(linter: Linter, text: str, passed: bool) -> None:
    """An outcome named as the unit something is measured in is a yardstick,
    no result; the same outcome changed is one."""
    assert _verdict(linter, text)[0] is passed


def test_round32_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the new classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Woke up to 800 new connection requests after my post on hiring.",
            "1.3 million people hit play on the trailer in its first weekend.",
            "Our share of conversation among UK bakers grew from 6% to 19% in a year.",
            "Some founders measure growth in revenue. My posts drew 12,000 comments.",
            "Saw 'soup for breakfast' is trending again. We've served it since 2015.",
            "The '5-4-3-2-1' stair workout went viral in 2021. We still teach it.",
            "Social selling isn't about likes. This quarter I booked 41 meetings from DMs.",
        ],
    )


# Slice 2: own-170..173's classes (first run on 51f5a3d).


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("This scarf is from a tiny Leeds brand with maybe 600 followers. Go look.", True),
        ("Signed a speaker this week with 2 million subscribers on YouTube.", True),
        ("We grew from a page with 200 followers to 40,000.", False),
        ("We ended this week with 9,000 new followers.", False),
    ],
)
def test_an_indefinite_holder_the_parse_left_behind(
    linter: Linter, text: str, passed: bool
) -> None:
    """A holder brought in with "a" whose "with" the parse hung on the verb,
    past a time phrase or after "is from", has the audience; the writer's own
    start ("grew from a page with…") and week keep theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Sales told me Instagram doesn't work. My last reel: 210k views.", False),
        ("When product, design and sales pull together: 1.4M impressions.", False),
        ("Sales told a different story: up 30% in March, after 1.4M impressions.", True),
    ],
)
def test_sales_as_a_team(linter: Linter, text: str, passed: bool) -> None:
    """ "Sales" that tells someone something, or listed with a company's other
    teams, is the sales team, no outcome; sales that "tell a story" are
    figures."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("500K SUBSCRIBERS! Thanks to all of you who subscribed, commented or shared.", False),
        (
            "Crossed 500K subscribers, and 2,300 of you joined the paid course "
            "and are still subscribed a year on.",
            True,
        ),
    ],
)
def test_subscribed_listed_with_attention(linter: Linter, text: str, passed: bool) -> None:
    """ "subscribed" listed with commenting and sharing is a channel's
    subscription, attention; still subscribed to a paid course is an
    outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our post about how we cut our cloud bill by 40% was #1 on Hacker News. "
            "52,000 visitors in a day.",
            False,
        ),
        ("We cut our cloud bill by 40%. 52,000 visitors read how.", True),
    ],
)
def test_an_outcome_a_piece_is_about(linter: Linter, text: str, passed: bool) -> None:
    """An outcome in what a post is "about" names the piece, no result the
    post reports; the same outcome told outright is one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A colleague on our design team has 80k followers and still asks me for feedback.", True),
        ("My colleague hit 80k followers this week!", False),
        (
            "A podcaster I follow explained why she closed her channel with 200,000 subscribers.",
            True,
        ),
        ("We closed the year with 200,000 subscribers on our channel.", False),
    ],
)
def test_others_audiences_told_in_passing(linter: Linter, text: str, passed: bool) -> None:
    """A colleague brought in with "a" who has an audience has their own, as
    "my colleague" does; a channel that is "her" own, held "with" a count the
    parse hung on the verb, is hers. A milestone told of a colleague and the
    writer's year keep theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Didn't expect my post on the fediverse to get boosted 3k times.", False),
        ("The spring promo boosted sales by 20% in two weeks.", True),
    ],
)
def test_boosted_counted_in_times(linter: Linter, text: str, passed: bool) -> None:
    """A post boosted (passed on, on Mastodon and its kin) counted in times is
    attention; a boost to sales is an outcome."""
    assert _verdict(linter, text)[0] is passed


def test_round32_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 2's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "This scarf is from a tiny Leeds brand with maybe 600 followers. Go look.",
            "Sales told me Instagram doesn't work. My last reel: 210k views.",
            "When product, design and sales pull together: 1.4M impressions.",
            "500K SUBSCRIBERS! Thanks to all of you who subscribed, commented or shared.",
            "Our post about how we cut our cloud bill by 40% was #1 on Hacker News. "
            "52,000 visitors in a day.",
            "A colleague on our design team has 80k followers and still asks me for feedback.",
            "Didn't expect my post on the fediverse to get boosted 3k times.",
        ],
    )


# Slice 3: own-174..177's classes (first run on 20f103f).


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our webinar ads: 3,100 clicks. Since then, $1.2M in pipeline.", True),
        ("£40k in new contracts from one 900-like post.", True),
        ("We put $20k in ads and got 2M views.", False),
    ],
)
def test_money_in_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    """Money put "in" an outcome noun right after it is that outcome's
    amount; money put in ads is spending."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our post about the 400 jackets sold at the market was shared 3,000 times.", False),
        ("We sold 400 jackets at the market after our post was shared 3,000 times.", True),
    ],
)
def test_an_outcome_describing_what_a_piece_is_about(
    linter: Linter, text: str, passed: bool
) -> None:
    """An outcome that describes what a post is about names the piece; sold
    outright it is a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A bakery in Leeds copied our recipe, went viral with it and got a TV slot.", True),
        ("A reel of our bakery went viral last week.", False),
    ],
)
def test_someone_brought_in_went_viral(linter: Linter, text: str, passed: bool) -> None:
    """Someone brought in with "a" who went viral is another; a piece of the
    writer's content that did is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our podcast passed 1 million downloads. A rival says theirs drove "
            "$2M in pipeline for them.",
            False,
        ),
        ("Our podcast passed 1 million downloads and drove $2M in pipeline.", True),
    ],
)
def test_theirs_drove_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    """ "theirs" stands for another's thing, whose outcome is theirs; the
    writer's podcast's is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My gran thinks 'going viral' means catching a cold.", True),
        ("Going viral last week means our inbox is full.", False),
    ],
)
def test_a_quoted_phrase_defined_by_means(linter: Linter, text: str, passed: bool) -> None:
    """A quoted "going viral" that "means" something is defined, a topic; the
    writer's going viral is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "I've seen a colleague's essay with 40,000 views and zero citations "
            "praised over a landmark study.",
            True,
        ),
        ("We launched our report with 30,000 views in week one.", False),
    ],
)
def test_a_colleagues_piece_with_a_count(linter: Linter, text: str, passed: bool) -> None:
    """A piece owned by someone brought in with "a" ("a colleague's thesis")
    holds its own count, whatever the parse hangs "with" on."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reel got 50k views, and uptake among carers rose from 40% to 52%.", True),
        ("Oxygen uptake rose 12%. Our reel got 50k views.", False),
        ("My 2020 pattern got 200 likes, but a studio licensed it: 6% royalties.", True),
        ("My pattern got 200 likes and my nan asked for royalties.", False),
        ("Over-60s membership rose from 30 to 180 after our film got 2M views.", True),
        ("A paid membership tier is coming in Q4. Our film got 2M views.", False),
    ],
)
def test_outcomes_of_health_licensing_and_clubs(linter: Linter, text: str, passed: bool) -> None:
    """Uptake changed, royalties with their rate and a club's membership
    changed are outcomes; a plant's uptake, royalties asked for and a plan's
    membership tier are none."""
    assert _verdict(linter, text)[0] is passed


def test_round32_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 3's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our webinar ads: 3,100 clicks. Since then, $1.2M in pipeline.",
            "Our post about the 400 jackets sold at the market was shared 3,000 times.",
            "Our podcast passed 1 million downloads. A rival says theirs drove "
            "$2M in pipeline for them.",
            "My gran thinks 'going viral' means catching a cold.",
            "The reel got 50k views, and uptake among carers rose from 40% to 52%.",
            "Over-60s membership rose from 30 to 180 after our film got 2M views.",
        ],
    )


# Slice 4: own-178..181's classes (first run on b621a98).


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Thanks for 500,000 views on our dog video!! Part 3 on Monday, subscribe so you don't miss it",
            False,
        ),
        ("Thanks for 500,000 views! This week 900 readers joined our paid tier.", True),
    ],
)
def test_an_outcome_verb_bidden_with_the_readers_reason(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "subscribe so you don't miss it" bids the reader, nothing done; readers
    who joined a paid tier did it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our ad (made on a phone and a £500 budget) has been viewed 2 million times.", False),
        ("Our ad made £500 in a day and was viewed 2 million times.", True),
    ],
)
def test_made_on_a_budget(linter: Linter, text: str, passed: bool) -> None:
    """Money "made on a budget" is what the making cost; money made is takings."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Trending in our store this week: the linen shirt in sage.", True),
        ("Our linen shirt is trending on TikTok this week!", False),
        ("A customer asked for 'the cake that's trending on TikTok', so we made one.", True),
        ("Our cake is trending on TikTok!", False),
    ],
)
def test_trending_in_a_shop_or_asked_for(linter: Linter, text: str, passed: bool) -> None:
    """What trends "in our store" is a best seller, and a thing that trends
    which a customer asked "for" is their request; the writer's product
    trending on a platform is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A Bristol florist whose bouquet video went viral last year says views never paid the rent.",
            True,
        ),
        ("Our florist, whose bouquet video went viral last year, is back on Monday.", False),
    ],
)
def test_whose_after_someone_brought_in(linter: Linter, text: str, passed: bool) -> None:
    """ "whose" after someone brought in with "a" gives what went viral to
    them; after the writer's own, to the writer."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our campaign reached 2 million people and made 'Pay Yourself First' "
            "the most-searched savings phrase of the year.",
            False,
        ),
        ("1.2k boosts and 3k favs on the launch toot 🎉", False),
        ("Three small boosts to speed in this release.", True),
    ],
)
def test_savings_phrase_and_boosts(linter: Linter, text: str, passed: bool) -> None:
    """A "savings phrase" is a phrase, no money saved; boosts and favs counted
    big are attention, a few boosts to speed are not."""
    assert _verdict(linter, text)[0] is passed


def test_round32_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 4's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Thanks for 500,000 views on our dog video!! Part 3 on Monday, subscribe so you don't miss it",
            "Our ad (made on a phone and a £500 budget) has been viewed 2 million times.",
            "Trending in our store this week: the linen shirt in sage.",
            "A customer asked for 'the cake that's trending on TikTok', so we made one.",
            "1.2k boosts and 3k favs on the launch toot 🎉",
        ],
    )


# Slice 5: own-182..185's classes (first run on 8e0c264).


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Channel update: the new tier has 2,300 members paying £5 a month.", True),
        ("Channel update: the Discord now has 2,300 members.", False),
    ],
)
def test_members_paying_money(linter: Linter, text: str, passed: bool) -> None:
    """People counted then "paying" an amount are customers, no audience;
    members counted chatting are a community's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The Ideas Jam got 6,000 comments. The two ideas we shipped save us £90,000 a year.",
            True,
        ),
        ("The Ideas Jam got 6,000 comments. Save £10 on your next order with code JAM.", False),
    ],
)
def test_money_saved_for_the_writer_in_the_present(linter: Linter, text: str, passed: bool) -> None:
    """ "they save us £90,000 a year" reports money saved for the writer; "save
    £10 on your next order" is an offer."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Thank you all for coming to the opening! Over 400 visitors despite the rain.", True),
        ("Our new blog had over 40,000 visitors in its first month.", False),
    ],
)
def test_visitors_at_an_opening(linter: Linter, text: str, passed: bool) -> None:
    """Visitors at an exhibition's opening came in person; a blog's are an
    audience."""
    assert _verdict(linter, text)[0] is passed


# Slice 6: own-186..189's classes (first run on 354aa70).


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We passed 500k downloads, which finally let us sign three sponsors.", True),
        ("Let's sign three sponsors this year. We passed 500k downloads.", False),
    ],
)
def test_let_by_something_done(linter: Linter, text: str, passed: bool) -> None:
    """What a thing done "let us" do happened; the writer's "let's" is a
    plan."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("They keep sending me a rival's reel with 3M views and asking for the same.", True),
        ("We keep sending clients our reel with 3M views.", False),
        ("I've seen cafes go viral on TikTok and close within a year.", True),
        ("We've seen our reels go viral twice this year.", False),
    ],
)
def test_others_content_and_things_seen_go_viral(linter: Linter, text: str, passed: bool) -> None:
    """A rival's reel held "with" a count the parse hung on the verb is
    theirs; things of a kind the writer has seen go viral are a lesson; the
    writer's own reel and reels are claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Search referrals rose 40%. Our reels got 2M views.", False),
        ("Customer referrals rose 40% after our reels got 2M views.", True),
        ("Now trending on X: #FloodWatch. Our live updates are below.", True),
        ("Now trending: our new ad!", False),
    ],
)
def test_referred_visits_and_a_trending_heading(linter: Linter, text: str, passed: bool) -> None:
    """Referrals from search or social are visits, no outcome; a customer's
    are. "Now trending on X:" heads a list of others' things; "our new ad"
    after it is the writer's."""
    assert _verdict(linter, text)[0] is passed


# Slice 7: own-190..193's classes (first run on 8367f02).


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("He spent 30 years modelling readership.", True),
        ("In 30 days our readership grew to 40,000.", False),
    ],
)
def test_a_count_of_years_before_a_metric(linter: Linter, text: str, passed: bool) -> None:
    """A count of years, weeks or days before a metric word counts the time,
    not the audience; the audience's own count is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Big love to my cousin Ana, who streams chess at midnight to about 600 viewers.", True),
        ("Big love to our team, who streamed the launch to 6,000 viewers.", False),
    ],
)
def test_a_clause_on_someone_the_writer_knows(linter: Linter, text: str, passed: bool) -> None:
    """An audience in a relative clause on someone the writer knows is
    theirs; the writer's team's is the writer's."""
    assert _verdict(linter, text)[0] is passed


def test_round32_slice7_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 5's to 7's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "He spent 30 years modelling readership.",
            "Big love to my cousin Ana, who streams chess at midnight to about 600 viewers.",
            "We passed 500k downloads, which finally let us sign three sponsors.",
            "Channel update: the new tier has 2,300 members paying £5 a month.",
            "The Ideas Jam got 6,000 comments. The two ideas we shipped save us £90,000 a year.",
            "Now trending on X: #FloodWatch. Our live updates are below.",
        ],
    )
