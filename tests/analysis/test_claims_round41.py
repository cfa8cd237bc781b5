"""Classes found by the forty-first session's blind rounds (own-414..421, left
held out by the fortieth, and the rounds after), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our shop page just passed 2,000 likes! From a market stall selling jam to this.", False),
        ("We started selling candles in 2020. This week our page passed 10k followers.", False),
        ("Our page passed 2,000 likes. The stall is now selling 400 jars a week.", True),
    ],
)
def test_selling_named_as_the_trade(linter: Linter, text: str, passed: bool) -> None:
    """A stall "selling jam" and "started selling candles" name the trade, not
    a sale; "selling 400 jars a week" counts what sold."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Season 3 of our podcast: 900,000 downloads and a 4.8 rating. Thank you!", False),
        ("Episode 50! 120k listens and a 4.9-star rating on Spotify.", False),
        ("Our app: 900,000 downloads and a 4.8 star rating on the App Store.", True),
        ("The guest house now has a 4.8 rating from 900 guests, up from 4.1.", True),
    ],
)
def test_a_shows_rating_is_its_listeners(linter: Linter, text: str, passed: bool) -> None:
    """A podcast's or an episode's star rating is its listeners' reception,
    not a business's reputation; an app's or a guest house's rating is."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The unboxing clip went mad overnight. 200k by lunch.", False),
        ("Thursday's essay took off. Quoted by two MPs and my inbox is gone.", False),
        ("Our spring merch drop absolutely blew up.", False),
        ("The crowd went mad when the keeper saved it.", True),
        ("Our sales took off in March and haven't slowed.", True),
        ("The post took off the old price list, so check the shop.", True),
    ],
)
def test_a_piece_that_went_mad_or_took_off(linter: Linter, text: str, passed: bool) -> None:
    """A clip that went mad, an essay that took off and a merch drop that blew
    up went viral; a crowd goes mad, sales take off, and a thing taken off a
    page is removed."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our Instagram account is now our biggest source of bookings after Google: 900 room nights.",
            True,
        ),
        ("Our TikTok account is now at 52,000 followers.", False),
    ],
)
def test_a_count_past_a_colon_explains_the_predicate(
    linter: Linter, text: str, passed: bool
) -> None:
    """An account that "is now our biggest source of bookings: 900 room
    nights" is measured by the bookings after the colon, not at a level of
    its own."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("This year's keynote speaker has 1.8 million followers. Tickets are nearly gone.", True),
        ("Our guest on Thursday's episode has 600k subscribers on YouTube.", True),
        (
            "Our head chef has 90k followers on his personal account, and he still burns toast.",
            True,
        ),
        ("Our head chef's page has 90k followers.", False),
        ("Our podcast has 600k subscribers on YouTube.", False),
    ],
)
def test_a_guests_or_a_persons_own_audience(linter: Linter, text: str, passed: bool) -> None:
    """A keynote speaker's or a guest's followers are theirs, and so are the
    ones on a colleague's personal account; the head chef's page and the
    writer's podcast hold the writer's audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "That video of the bus driver singing at the depot has 12M views and my mum sent it to me twice.",
            True,
        ),
        (
            "That video of our driver singing at the depot has 12M views and we can't stop smiling.",
            False,
        ),
    ],
)
def test_a_clip_in_the_news_before_a_clause_of_the_writers(
    linter: Linter, text: str, passed: bool
) -> None:
    """A clip of someone doing something is news though a clause joined on
    after the count speaks of the writer; a clip of "our" driver is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "mad that Tallulah Cakes' lemon drizzle video has 9M views. my drizzle is a puddle.",
            True,
        ),
        ("Funny that the Rovers' new striker has more followers than the whole club.", True),
        ("People keep quoting the stat that Nordvik Bank's ad got 30M views.", True),
        ("mad that our lemon drizzle video has 9M views.", False),
        ("Nordvik Bank's ad got 30M views this week.", False),
    ],
)
def test_a_named_others_piece_remarked_on(linter: Linter, text: str, passed: bool) -> None:
    """A "that" clause after a word of surprise, or after a stat passed round,
    remarks on a piece whose owner is named with a possessive; the writer's
    own video, and a brand's plain report of its own ad, stay claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Why did your reel get 300 views and then stall? Here's how the test pool works.", True),
        ("Your video got 150 views overnight and then nothing. Normal. Here's why.", True),
        ("Why did our reel get 300k views overnight? No idea, but thank you.", False),
        ("Thanks to your shares our reel got 300k views.", False),
    ],
)
def test_the_readers_piece_got_a_count(linter: Linter, text: str, passed: bool) -> None:
    """What the reader's reel or video got is the reader's lot (advice); the
    writer's reel, even thanks to the reader's shares, is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We filmed a reel about our leaky gutter and half the town watched it.", False),
        ("We baked a cake for the fair and half the town saw it.", True),
    ],
)
def test_a_hyperbolic_crowd_saw_the_piece_called_it(
    linter: Linter, text: str, passed: bool
) -> None:
    """A crowd of "half the town" that watched "it", a reel named before in
    the sentence, is a loose brag; a cake half the town saw is no piece."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The #BinDay jingle is trending!!! Number 3 in Scotland right now.", False),
        ("The #BinDay debate is trending again. Bring back weekly collections.", True),
    ],
)
def test_a_song_named_by_a_tag_trends(linter: Linter, text: str, passed: bool) -> None:
    """A jingle named by its hashtag is the writer's piece, as a tagged video
    is; a debate named by a hashtag is everyone's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our little gardening podcast cracked the top 10 on iTunes this week!", False),
        ("Gift idea: an iTunes voucher for the top 10 albums of the year.", True),
    ],
)
def test_a_rank_on_itunes(linter: Linter, text: str, passed: bool) -> None:
    """A podcast's place on the iTunes chart is a rank of listens; a voucher
    for top albums is no rank of the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("our blog did 800k sessions in October. two writers, no ads.", False),
        ("New on the blog: what we learned from 300 coaching sessions.", True),
    ],
)
def test_a_blogs_sessions_are_visits(linter: Linter, text: str, passed: bool) -> None:
    """A blog's sessions counted are visits, as a site's are; coaching
    sessions written up on a blog are meetings."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Heatwave today, so we've got 3 big fans running in the salon. Pop in and cool off.",
            True,
        ),
        ("Big night at the Ice Dome: 12,000 fans, one roof, and our pies at every stand.", True),
        ("Our salon page just passed 3,000 fans. Thank you!", False),
    ],
)
def test_fans_that_run_on_a_hot_day_or_fill_an_arena(
    linter: Linter, text: str, passed: bool
) -> None:
    """Fans running in a salon on a hot day cool it, and fans under one roof
    are a crowd there; a page's fans are an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Trustees: please stop asking comms teams for more followers. Ask for referrals.", True),
        ("We asked our regulars for more followers and got 2,000 in a week.", False),
    ],
)
def test_more_followers_asked_for_and_stopped(linter: Linter, text: str, passed: bool) -> None:
    """Stop asking comms teams "for more followers" refuses a request, though
    the parse hangs the "for" on the teams; followers asked for and got
    are a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A growth shop pitched us a package. £900, 'minimum 2M views'. Hard pass.", True),
        ("Our reel got a minimum of 2M views.", False),
    ],
)
def test_a_guaranteed_floor_is_a_packages_terms(linter: Linter, text: str, passed: bool) -> None:
    """ "minimum 2M views" is what a package promises; a reel that got "a
    minimum of 2M views" got at least that many."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Week two of our free pottery course and 9,000 learners have watched the first lesson.",
            False,
        ),
        ("Week two of our paid pottery course: 900 learners enrolled at £40 each.", True),
    ],
)
def test_learners_who_watched(linter: Linter, text: str, passed: bool) -> None:
    """Learners who watched a lesson are a course's audience; learners
    enrolled at a price are its customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "my cousin just told me my thread is trending in Portugal??? i don't know anyone there",
            False,
        ),
        ("Our client told us to make the launch trend on Twitter. We told them no.", True),
    ],
)
def test_told_that_the_writers_piece_trends(linter: Linter, text: str, passed: bool) -> None:
    """Being told that "my thread is trending" is news of the writer's piece,
    not a request; a client telling us "to make the launch trend" asks."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Ticket portal stats for launch week, 2019:\n— 4.1 million visits\n"
            "— peak of 38,000 concurrent users\n— 99.97% uptime\nHuge credit to the web team.",
            False,
        ),
        ("We gained 4,000 new users this month, 600 of them on the paid plan.", True),
    ],
)
def test_concurrent_users_are_an_audience(linter: Linter, text: str, passed: bool) -> None:
    """Users at once on a site are its audience, not users acquired (a stat
    list read as plain text); new users gained are."""
    assert passes(linter, text, "post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our booking link got 2,300 clicks in May and 390 of those became appointments.", True),
        ("Our booking link got 2,300 clicks in May. Appointments are on Tuesdays.", False),
    ],
)
def test_clicks_that_became_appointments(linter: Linter, text: str, passed: bool) -> None:
    """Clicks that "became appointments" are tied to an outcome; appointments
    named as a schedule are none."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A client briefed us to make their launch go viral. We said no.", True),
        ("We briefed the team to make the launch go viral and it did: 3M views.", False),
    ],
)
def test_a_brief_is_anothers_request(linter: Linter, text: str, passed: bool) -> None:
    """A client who briefed us "to make it go viral" asked; a launch that did
    go viral, 3M views, is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "This month: four views on whether charities should post memes, and a reading list.",
            True,
        ),
        ("Our explainer got 400k views on TikTok this month.", False),
    ],
)
def test_views_on_whether_are_opinions(linter: Linter, text: str, passed: bool) -> None:
    """Views "on whether" something should be are opinions; views on TikTok
    are counts."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("blew up on tiktok overnight?? the clip of our choir is everywhere", False),
        ("Our panto trailer is the #3 trending video in Cardiff today!", False),
        ("Here's the #3 trending song on TikTok right now: a sea shanty.", True),
    ],
)
def test_blew_up_on_a_platform_and_a_ranked_trending_piece(
    linter: Linter, text: str, passed: bool
) -> None:
    """Blown up "on tiktok" is a piece gone viral; the writer's trailer ranked
    "#3 trending video" is a rank; a song ranked on TikTok, no word of the
    writer's, is news of the chart."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("our pig Truffle has more followers than our farm now 🐷 22k and counting", False),
        ("Nike has 300M followers. We have 300. Different game.", True),
    ],
)
def test_a_named_pet_of_ours_holds_our_audience(linter: Linter, text: str, passed: bool) -> None:
    """ "our cat Biscuit", a name the parse gives a second subject, is the
    writer's; a brand by its name alone holds its own audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The health secretary's new video has 2M views and a ratio to match.", True),
        ("Our team's new video has 2M views.", False),
    ],
)
def test_a_secretary_of_states_piece(linter: Linter, text: str, passed: bool) -> None:
    """A minister called a secretary holds the views of their own video; the
    writer's team's video is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "episode 50 of Tide Tables drops friday. 50 episodes, 900k listens, zero funding 🙃",
            False,
        ),
        (
            "episode 50 of Tide Tables drops friday. 50 episodes, 900k listens, "
            "funding from 900 patrons 🙃",
            True,
        ),
    ],
)
def test_zero_funding_is_none(linter: Linter, text: str, passed: bool) -> None:
    """ "zero funding" funds nothing; funding from 900 patrons is an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "my thread on the rail strike just passed 2M impressions 😳 never had a tweet do numbers like this",
            False,
        ),
        ("We have never had a post do more than 2k impressions.", True),
    ],
)
def test_never_like_this_is_a_record(linter: Linter, text: str, passed: bool) -> None:
    """ "never had a post do numbers like this" tells a record; "never had a
    post do more than 2k impressions" denies one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Sponsors always ask about downloads. Our sponsor this season asked about sign-ups "
            "instead: 2,300 listeners used the code, 610 kept the subscription past month two.",
            True,
        ),
        ("Our show hit 2M downloads this season. Use the code TIDES for 10% off.", False),
    ],
)
def test_a_code_used_and_a_subscription_kept(linter: Linter, text: str, passed: bool) -> None:
    """Listeners who "used the code" and "kept the subscription" are a sponsor's
    customers; a code offered to use is none."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The café two doors down went viral last week and good for them. Proper cake.", True),
        ("The pub across the road went viral for its pie. Good for them.", True),
        ("Our chippy went viral last week. Proper batter.", False),
    ],
)
def test_the_neighbour_by_the_writers_door(linter: Linter, text: str, passed: bool) -> None:
    """ "The chippy two doors down" and "the pub across the road" are
    neighbours pointed at by their place; "our chippy" is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Genuine question for other podcasters: is a 30% open rate good for a history show, or am I kidding myself?",
            True,
        ),
        ("Quick update for the team: our open rate is 40% this month.", False),
    ],
)
def test_a_yes_no_question_past_a_label(linter: Linter, text: str, passed: bool) -> None:
    """A yes/no question after a label and a colon asks; a report after a
    label tells."""
    assert _verdict(linter, text)[0] is passed


def test_round41_prefilter_agrees(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "Our shop page just passed 2,000 likes! From a market stall selling jam to this.",
            "Season 3 of our podcast: 900,000 downloads and a 4.8 rating. Thank you!",
            "The unboxing clip went mad overnight. 200k by lunch.",
            "Thursday's essay took off. Quoted by two MPs and my inbox is gone.",
            "Our Instagram account is now our biggest source of bookings after Google: 900 room nights.",
            "This year's keynote speaker has 1.8 million followers. Tickets are nearly gone.",
            "Our head chef has 90k followers on his personal account, and he still burns toast.",
            "That video of the bus driver singing at the depot has 12M views and my mum sent it to me twice.",
            "mad that Tallulah Cakes' lemon drizzle video has 9M views. my drizzle is a puddle.",
            "People keep quoting the stat that Nordvik Bank's ad got 30M views.",
            "Why did your reel get 300 views and then stall? Here's how the test pool works.",
            "We filmed a reel about our leaky gutter and half the town watched it.",
            "The #BinDay jingle is trending!!! Number 3 in Scotland right now.",
            "Our little gardening podcast cracked the top 10 on iTunes this week!",
            "our blog did 800k sessions in October. two writers, no ads.",
            "Big night at the Ice Dome: 12,000 fans, one roof, and our pies at every stand.",
            "Trustees: please stop asking comms teams for more followers. Ask for referrals.",
            "A growth shop pitched us a package. £900, 'minimum 2M views'. Hard pass.",
            "Week two of our free pottery course and 9,000 learners have watched the first lesson.",
            "my cousin just told me my thread is trending in Portugal??? i don't know anyone there",
            "Our booking link got 2,300 clicks in May and 390 of those became appointments.",
            "This month: four views on whether charities should post memes, and a reading list.",
            "blew up on tiktok overnight?? the clip of our choir is everywhere",
            "Our panto trailer is the #3 trending video in Cardiff today!",
            "our pig Truffle has more followers than our farm now 🐷 22k and counting",
            "The health secretary's new video has 2M views and a ratio to match.",
            "episode 50 of Tide Tables drops friday. 50 episodes, 900k listens, zero funding 🙃",
            "my thread on the rail strike just passed 2M impressions 😳 never had a tweet do numbers like this",
            "The café two doors down went viral last week and good for them. Proper cake.",
            "Genuine question for other podcasters: is a 30% open rate good for a history show, or am I kidding myself?",
        ],
    )
