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


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our Bluesky is two weeks old and already beating our Instagram on reach.", False),
        ("We beat the deadline on reach planning this quarter.", True),
    ],
)
def test_beating_a_rival_on_a_metric(linter: Linter, text: str, passed: bool) -> None:
    """Beating or outperforming someone "on" a metric compares it, as "in"
    does; beating a deadline on a plan is no metric."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("r/sourdough just hit 200k members!! When I became a mod we had 12k.", False),
        ("The climbing gym just hit 2,000 members!! When I joined we had 300.", True),
    ],
)
def test_members_of_a_forum_its_mods_speak_of(linter: Linter, text: str, passed: bool) -> None:
    """Members beside a forum's words (a mod, a moderator, a forum) are its
    audience; a gym's members are its customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Study doing the rounds: company pages with under 5k followers saw median "
            "engagement rates of 3.1% last year.",
            True,
        ),
        ("Our reels saw average views of 40k last year.", False),
    ],
)
def test_a_populations_median(linter: Linter, text: str, passed: bool) -> None:
    """A median or an average that a bare plural of a kind saw is a benchmark
    of many; the writer's reels' average is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Read a post today from someone who grew a crypto newsletter to 200k subscribers.", True),
        ("I met a founder who grew her channel to 90k subscribers last year.", True),
        ("Our entry: a 10-part series that averaged 300,000 views per episode.", False),
        ("We're a small studio that grew from 2k to 90k followers in a year.", False),
    ],
)
def test_done_by_a_person_brought_in(linter: Linter, text: str, passed: bool) -> None:
    """What a relative clause tells a person brought in with "a" or
    "someone" did is theirs; a thing brought in ("a series that…") is the
    writer's entry, and what the writer is said to be is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Emily's podcast has 400k subscribers and she still answers every email herself.", True),
        ("Acme's podcast has 400k subscribers and it keeps growing.", False),
    ],
)
def test_a_names_own_then_he_or_she(linter: Linter, text: str, passed: bool) -> None:
    """A name that owns the attention and is then "she" or "he" is a person,
    not the writer's brand (which is "it", "they" or "we")."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Open rate went from 31% to 47% after the new onboarding, but activation went "
            "from 18% to 29%.",
            True,
        ),
        ("The activation reached 40 million people and earned 1.1 billion impressions.", False),
        ("Our reel got 40k views and 300 new givers.", True),
        ("Our Instagram hit 40k followers. Givers and takers, all welcome.", False),
    ],
)
def test_activation_and_givers(linter: Linter, text: str, passed: bool) -> None:
    """A product's activation changed beside its words (onboarding, trial) and
    givers counted are outcomes; a marketing activation's reach and givers
    named with takers are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our Instagram grew to 40k followers this year, but Instagram is now our top "
            "source of new customers.",
            True,
        ),
        ("We hit 500k followers while Globex earned $12M in profit.", False),
    ],
)
def test_a_platform_that_is_the_writers_source(linter: Linter, text: str, passed: bool) -> None:
    """A platform the writer calls "our top source of new customers" is the
    writer's channel, not a named party whose outcome is set beside the
    writer's count; a rival's profit is."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Congrats to the champions. The crowd in Berlin was deafening: 12,000 fans on "
            "their feet for the final round.",
            True,
        ),
        ("12,000 fans on our page now. Thank you!", False),
    ],
)
def test_fans_on_their_feet(linter: Linter, text: str, passed: bool) -> None:
    """Fans "on their feet" are a crowd in person (a sense word of two, as the
    paragraph's words are read in pairs)."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("no, i'm not going to try to 'go viral' by making the hero a meme.", True),
        ("We are not trying to go viral. We are trying to sell.", True),
        ("We're going to try to go viral this summer.", False),
    ],
)
def test_an_intent_denied(linter: Linter, text: str, passed: bool) -> None:
    """A purpose of an intent the writer denies ("not trying to go viral") is
    refused, no goal; the intent told is one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Most of you know him from his streams (210k followers on Twitch), the rest "
            "from that clutch at the Major.",
            True,
        ),
        ("Our founder Maya (40k followers on IG) is hosting.", False),
    ],
)
def test_his_thing_sized_in_brackets(linter: Linter, text: str, passed: bool) -> None:
    """A bracket that sizes a thing of his or hers gives someone else's
    audience; the writer's founder's stays the writer's."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 2's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our Bluesky is two weeks old and already beating our Instagram on reach.",
            "Creators with under 10k followers saw median reach of 2,400 per post.",
            "Read a post today from someone who grew a crypto newsletter to 200k subscribers.",
            "Emily's podcast has 400k subscribers and she still answers every email herself.",
            "After the new onboarding, activation went from 18% to 29%.",
            "Instagram is now our top source of new customers. Followers: 40k.",
            "We are not trying to go viral.",
            "Most of you know him from his streams (210k followers on Twitch).",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "This post about why likes don't matter just got me 5,000 new followers in two days.",
            False,
        ),
        ("My thread on how to get more followers did 2M impressions.", False),
        ("Likes don't matter; vanity metrics like followers don't pay the bills.", True),
        ("Here is how to get more followers on Instagram.", True),
    ],
)
def test_criticism_or_advice_as_a_pieces_subject(linter: Linter, text: str, passed: bool) -> None:
    """A criticism or advice that names what the writer's post is about ("this
    post about why likes don't matter") cancels none of the counts the
    sentence then reports; said as itself it still does."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The campaign reached 38% of Canadians aged 18-34 within a week.", False),
        ("The vaccine programme reached 38% of Canadians aged 18-34.", True),
    ],
)
def test_a_share_of_a_people_by_name_reached(linter: Linter, text: str, passed: bool) -> None:
    """A campaign that reached a share of a people named by a plural name
    ("Canadians") is reach; a programme's reach is a service's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our timelapse got picked up by 3 big accounts and we gained 6,000 followers.", False),
        ("We picked up 3 big accounts this quarter and gained 6,000 followers.", True),
    ],
)
def test_accounts_that_picked_a_post_up(linter: Linter, text: str, passed: bool) -> None:
    """Accounts "by" which a post was picked up passed it on, no clients won;
    accounts the writer picked up are clients."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My essay picked up 9.2k claps overnight.", False),
        ("The crowd gave 300 claps in rhythm for the band.", True),
    ],
)
def test_claps_counted(linter: Linter, text: str, passed: bool) -> None:
    """Claps counted big on a piece are Medium's likes; a crowd's are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "That taco truck downtown has like 200k followers on TikTok and the owner told me "
            "they're barely breaking even.",
            True,
        ),
        ("that skeet about frogs has 18k likes lol", False),
    ],
)
def test_a_business_pointed_at_with_that(linter: Linter, text: str, passed: bool) -> None:
    """A business pointed at with "that" at a sentence's start is someone
    else's; a piece of the writer's may be "that" too."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The 'butter coffee' trend going viral right now is mostly marketing, sorry.", True),
        ("Our 'butter coffee' going viral right now is the best thing this year.", False),
    ],
)
def test_a_trend_going_viral_as_a_participle(linter: Linter, text: str, passed: bool) -> None:
    """A quoted trend described as "going viral right now" is a craze, not the
    writer's; the writer's own thing going viral is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Ran the 'show this post' taco deal for one weekend. 180 people showed it at the "
            "till. Best Saturday in our 3 years open.",
            True,
        ),
        ("The ad was shown to 400,000 people.", False),
    ],
)
def test_people_who_showed_something(linter: Linter, text: str, passed: bool) -> None:
    """People who showed something themselves ("showed it at the till") were
    shown nothing; people something was shown to are reach."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("STOP BUYING LIKES. I can see the 30,000 accounts with no profile photo.", True),
        ("The site saw 50,000 users in March.", False),
    ],
)
def test_accounts_the_writer_looks_at(linter: Linter, text: str, passed: bool) -> None:
    """People "I" or "you" see are looked at, no reach; a site that saw
    users had them come."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 3's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "This post about why likes don't matter just got me 5,000 new followers.",
            "The campaign reached 38% of Canadians aged 18-34 within a week.",
            "Our timelapse got picked up by 3 big accounts and we gained 6,000 followers.",
            "My essay picked up 9.2k claps overnight.",
            "That taco truck downtown has like 200k followers on TikTok.",
            "The 'butter coffee' trend going viral right now is mostly marketing.",
            "180 people showed it at the till.",
            "I can see the 30,000 accounts with no profile photo.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Revenue: $0 → $9k in 60 days.\nFollowers: 180 → 240.", True),
        ("MRR: $0 to $4k in a quarter. Followers: 12k.", True),
        ("Revenue: still $0. Followers: 12k.", False),
    ],
)
def test_a_change_from_zero(linter: Linter, text: str, passed: bool) -> None:
    """An outcome label answered by a zero that an arrow or "to" carries on to
    an amount is a change from zero, not none; a zero alone is none."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A post of mine flopped. 21 likes. A founder read it and it became our biggest retainer this year: $12k a month.",
            True,
        ),
        ("Our explainer got 20k views. Billing complaints dropped 31% the next quarter.", True),
        ("My reel got 20k views. My orthodontist says wear the retainer 22 hours a day.", False),
        (
            "Stats from our booth post:\n• 90,000 impressions\n• 4,000 likes\n• 0 complaints from legal",
            False,
        ),
    ],
)
def test_retainers_and_complaints(linter: Linter, text: str, passed: bool) -> None:
    """A client's retainer and complaints changed are outcomes; a dental
    retainer and a joke's zero complaints are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "If you'd told me in March that a post about my mum's bakery would get 800,000 "
            "views, I'd have laughed. It did.",
            False,
        ),
        ("If you tell me your reel will get 800,000 views, I'll laugh.", True),
    ],
)
def test_if_you_had_told_me(linter: Linter, text: str, passed: bool) -> None:
    """What "if you'd told me" would have been told is what happened; a
    present "if you tell me" supposes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Thanks to everyone who came to our Bristol roadshow. 120 visitors through the "
            "door and a lot of fans of the new mixer.",
            True,
        ),
        ("We have a lot of fans of our podcast. 40,000 of them, in fact.", False),
        ("Our site had 120,000 visitors in May.", False),
    ],
)
def test_visitors_at_the_door_and_fans_of_a_thing(linter: Linter, text: str, passed: bool) -> None:
    """Visitors through the door of a roadshow are a crowd; fans "of" a
    product like it; fans of the writer's podcast and a site's visitors are
    an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The finfluencer who told 900k followers to skip pensions just got fined.", True),
        (
            "that guy who filmed himself building our desk in 9 minutes just went viral "
            "(like 4M views?)",
            True,
        ),
        ("Our founder, who grew her newsletter to 90k subscribers, joins the panel.", False),
        ("That place of ours hit 20k followers.", False),
    ],
)
def test_a_third_party_in_a_relative_clause(linter: Linter, text: str, passed: bool) -> None:
    """What a relative clause tells of a third party ("the finfluencer who
    told…", "that guy who filmed himself building our desk") is theirs, the
    writer's word in the clause notwithstanding; the writer's founder's and
    a place "of ours" are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The clip, first posted by a Cardiff teenager, was viewed more than 20 million "
            "times before it was taken down.",
            True,
        ),
        (
            "the council video of the lollipop lady dancing went viral lol, apparently 3M views",
            True,
        ),
        ("The clip, first posted by our intern, was viewed more than 20 million times.", False),
        ("our council video of the new bins went viral", False),
    ],
)
def test_pieces_made_by_others(linter: Linter, text: str, passed: bool) -> None:
    """A piece a participle says someone brought in with "a" posted, and a
    clip of someone doing something (a compound before "video" or not), are
    others'; posted by the writer's intern or "our" video are the writer's."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 4's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Revenue: $0 → $9k in 60 days.\nFollowers: 180 → 240.",
            "It became our biggest retainer this year: $12k a month. 21 likes though.",
            "Our explainer got 20k views. Billing complaints dropped 31%.",
            "If you'd told me a post about my mum's bakery would get 800,000 views, I'd have laughed.",
            "120 visitors through the door at our roadshow and a lot of fans of the new mixer.",
            "The finfluencer who told 900k followers to skip pensions just got fined.",
            "The clip, first posted by a Cardiff teenager, was viewed more than 20 million times.",
            "the council video of the lollipop lady dancing went viral, apparently 3M views",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our livestream had 1.2 million watchers last night.", False),
        ("The bird watchers counted 300 geese on the lake.", True),
    ],
)
def test_watchers_counted(linter: Linter, text: str, passed: bool) -> None:
    """Watchers counted big are a stream's audience; bird watchers are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The reel of our apprentice had 2 million views. We have recruited 12 young people since.",
            True,
        ),
        ("I've been recruiting 11 years and THIS is what goes viral: 48,000 reactions.", False),
    ],
)
def test_people_recruited(linter: Linter, text: str, passed: bool) -> None:
    """People recruited, counted, are hires; years spent recruiting are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Morning Drive with Sam is now the #1 show in town with 400,000 weekly listeners!", False),
        ("Taylor is a singer with 40 million followers.", True),
    ],
)
def test_ranked_first_with_an_audience(linter: Linter, text: str, passed: bool) -> None:
    """The audience "with" the #1 rank its subject holds is the subject's
    brag; a singer "with" followers is someone described."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Every label boss says the same: half the songs that hit 40 million views last year never charted.",
            True,
        ),
        ("Thank you to all 2,400 hunters who upvoted us this year.", False),
    ],
)
def test_a_share_of_a_kind(linter: Linter, text: str, passed: bool) -> None:
    """What a relative clause tells of a share of a kind ("half the songs
    that hit…") is a statement about many; a group counted is a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Maya Okafor (200k followers, zero patience for bad UX) joins us this week.", True),
        ("That Arsenal fan who cycled to Madrid now has 300k followers after one video.", True),
        (
            "A student asked me why a 19-year-old with 2 million followers gets more "
            "attention than a newspaper.",
            True,
        ),
        ("Our founder Maya (40k followers on IG) is hosting.", False),
    ],
)
def test_people_sized_in_passing(linter: Linter, text: str, passed: bool) -> None:
    """A named person's size in a bracket that runs on, a fan pointed at with
    "that", a person named by an age "with" followers: others'; the writer's
    founder's stays the writer's."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice5_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 5's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our livestream had 1.2 million watchers last night.",
            "We have recruited 12 young people since the reel got 2M views.",
            "Morning Drive is now the #1 show in town with 400,000 weekly listeners!",
            "half the songs that hit 40 million views last year never charted.",
            "Maya Okafor (200k followers, zero patience for bad UX) joins us.",
            "A student asked me why a 19-year-old with 2 million followers gets attention.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our devlog got 48,000 unique visitors in a day. Nobody has bought anything yet, but wow.",
            False,
        ),
        ("Our devlog got 48,000 unique visitors in a day and 300 people bought the game.", True),
    ],
)
def test_an_outcome_done_by_no_one(linter: Linter, text: str, passed: bool) -> None:
    """An outcome verb done by "nobody" or "no one" reports none; done by
    people counted it reports one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Requests through the web form went from 18% to 64%, which finance puts at "
            "£240k saved in call handling. The video has 410k views.",
            True,
        ),
        ("The video has 410k views, saved in our drafts since May.", False),
    ],
)
def test_money_saved_as_a_participle(linter: Linter, text: str, passed: bool) -> None:
    """An amount of money "saved" (a participle after it) is a saving; a
    video saved in drafts is no money."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "After three months, the trattoria saw 1,100 new fans and a 19% increase in Tuesday-night covers.",
            True,
        ),
        ("Our cover band got 1,100 new fans and 300 song covers on the channel.", False),
    ],
)
def test_covers_served(linter: Linter, text: str, passed: bool) -> None:
    """A restaurant's covers changed or counted are diners served; a band's
    song covers are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Pleased to share that I've been granted 2,000 shares through our employee ownership plan.",
            True,
        ),
        ("The post got 2,000 shares and 40k likes.", False),
    ],
)
def test_shares_granted_as_equity(linter: Linter, text: str, passed: bool) -> None:
    """Shares granted through an ownership plan are equity; a post's shares
    are attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Total reach 1.9M. Each creator had a unique code: 8,700 redemptions and £410k in sales.",
            True,
        ),
        ("Total reach 1.9M. Globex's creators drove 8,700 redemptions and £410k in sales.", False),
    ],
)
def test_results_listed_after_a_colon(linter: Linter, text: str, passed: bool) -> None:
    """Results listed after a colon are the campaign's, not what the verb
    before the colon tells its subject had; a named party's results are
    theirs."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice6_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 6's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "48,000 unique visitors in a day. Nobody has bought anything yet.",
            "That is £240k saved in call handling. The video has 410k views.",
            "The trattoria saw 1,100 new fans and a 19% increase in Tuesday-night covers.",
            "I've been granted 2,000 shares through our employee ownership plan.",
            "Each creator had a unique code: 8,700 redemptions and £410k in sales.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Results: 1.2M views, and 12,400 reactivated memberships.", True),
        ("The table reel did 400k plays. Better: 31 commission requests in my inbox.", True),
        ("The table reel did 400k plays. Better: 31 comments asking for the paint colour.", False),
    ],
)
def test_members_won_back_and_commissions_asked_for(
    linter: Linter, text: str, passed: bool
) -> None:
    """Memberships reactivated and commission requests are outcomes;
    comments asking a question are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Huge thanks to everyone who came out to quiz night — 140 visitors on a rainy Monday!",
            True,
        ),
        ("Our site had 140,000 visitors in May!", False),
    ],
)
def test_visitors_beside_an_arrival(linter: Linter, text: str, passed: bool) -> None:
    """Visitors beside people who came out or turned up are a crowd in
    person; a site's visitors are an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The podcast has 9,000 listeners. 22 firms hired us this year after hearing it.", True),
        (
            "The podcast has 9,000 listeners, and 37 of the 52 firms that hired us heard it first.",
            True,
        ),
        ("Our reel got 2M views. A recruiter hired me for the agency.", False),
    ],
)
def test_clients_who_hired_the_writer(linter: Linter, text: str, passed: bool) -> None:
    """Firms counted that hired "us" are clients won; one recruiter hiring
    "me" is a job."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reel did 300k views. Applications for our apprentice scheme are up 3x.", True),
        ("The reel did 300k views. Applications of the new glaze are up 3x.", False),
    ],
)
def test_applications_to_an_apprentice_scheme(linter: Linter, text: str, passed: bool) -> None:
    """Applications to an apprentice scheme are recruiting's outcome; a
    glaze's applications are coats of paint."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice7_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 7's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Results: 1.2M views, and 12,400 reactivated memberships.",
            "400k plays. Better: 31 commission requests in my inbox.",
            "Thanks to everyone who came out to quiz night — 140 visitors on a rainy Monday!",
            "The podcast has 9,000 listeners. 22 firms hired us this year.",
            "The reel did 300k views. Applications for our apprentice scheme are up 3x.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My friend Dee's video about her nan's scones went viral this week.", True),
        ("My sister went viral on TikTok last night.", True),
        ("Our founder Dee's video went viral this week.", False),
    ],
)
def test_someone_the_writer_knows_went_viral(linter: Linter, text: str, passed: bool) -> None:
    """Someone the writer knows ("my friend Dee", "my sister") going viral is
    theirs, "my" notwithstanding; the company's founder's video is the
    writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Shout-out to @BakeryLeeds: 90k followers and they still post our drop-off times.", True),
        ("Shout-out to our team: 90k followers today!", False),
    ],
)
def test_a_shout_out_with_a_colon(linter: Linter, text: str, passed: bool) -> None:
    """A shout-out (the tokenizer splits its hyphen) to someone else, their
    count after a colon, is their milestone; to "our team" it is ours."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The boring campaign at 0.4% CTR sourced $610k of pipeline.", True),
        ("The boring campaign at 0.4% CTR used $6k of budget.", False),
    ],
)
def test_money_of_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    """Money "of" an outcome ("$610k of pipeline") is its amount, as money
    "in" one is; money of a budget is spent."""
    assert _verdict(linter, text)[0] is passed


def test_round33_slice8_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 8's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "My friend Dee's video about her nan's scones went viral this week.",
            "Shout-out to @BakeryLeeds: 90k followers and they still post our times.",
            "The boring campaign at 0.4% CTR sourced $610k of pipeline.",
        ],
    )
