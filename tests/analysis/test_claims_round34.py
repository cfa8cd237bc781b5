"""Classes found by the thirty-fourth session's blind rounds (own-226..229,
left held out by the thirty-third), on sentences written for these tests
(each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.documents import document_from_text
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our thread finally blew up last night.", False),
        ("My notifications have exploded since the post.", False),
        ("Our reel is totally blowing up right now.", False),
        ("The post never blew up.", True),
        ("The boiler has exploded twice since June.", True),
    ],
)
def test_words_between_a_piece_and_its_verb(linter: Linter, text: str, passed: bool) -> None:
    """Adverbs and the auxiliaries "be" and "have" between a post (or an inbox)
    and "blew up"/"exploded" do not part them; a negation does, and a boiler
    that exploded is no post."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our mentions have been on fire all day.", False),
        ("The kitchen has been on fire twice.", True),
    ],
)
def test_an_inbox_that_has_been_on_fire(linter: Linter, text: str, passed: bool) -> None:
    """Mentions that "have been on fire" erupt as "are on fire" does; a kitchen
    that has been on fire is a blaze."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Ten years, a seven-digit audience, one mission.", False),
        ("We built a six-figure following in two years.", False),
        ("She earns a six-figure salary.", True),
        ("A two-digit audience showed up for the first stream.", True),
        ("The figure following the table shows our costs.", True),
    ],
)
def test_an_audience_sized_by_its_digits(linter: Linter, text: str, passed: bool) -> None:
    """A count's length written before the audience ("a seven-digit audience")
    counts it as "seven digits of followers" does; a salary's six figures, two
    digits and a figure that follows a table do not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Two years of posting = 12k of you here.", False),
        ("Ten thousand of you. Thank you.", False),
        ("1 like = 1 of you who cares.", True),
        ("Ten of you. Thank you.", True),
    ],
)
def test_a_crowd_of_you_counted(linter: Linter, text: str, passed: bool) -> None:
    """A big count "of you" is the writer's audience after an equals sign (a
    result, not a definition) and when said in words ("Ten thousand");
    a few of you are no audience brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Membership community update: 1,140 members, and 88% renewed at the 12-month mark.", True),
        ("We have 1,140 members, and 88% renewed this year.", True),
        ("Our page has 1,140 followers, and 3 leases renewed in May.", False),
    ],
)
def test_members_who_renewed(linter: Linter, text: str, passed: bool) -> None:
    """People counted who renewed (the verb hung on them) kept paying; a
    heading's count after its colon is the members', not the heading's; leases
    renewed are no customer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our study on employee engagement is out. Short version: engagement fell in "
            "teams whose managers stopped doing 1:1s.",
            True,
        ),
        (
            "Engagement is up. And no, I don't mean employee engagement. Our webinar "
            "clips got 5x the engagement of last quarter's.",
            False,
        ),
    ],
)
def test_engagement_in_teams(linter: Linter, text: str, passed: bool) -> None:
    """Engagement that fell "in teams" is staff's; a paragraph that names
    employee engagement to set it aside still brags of a post's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Industry data shows hotel brands' average engagement rate fell to 0.6% in 2023.", True),
        ("Our brands' engagement rate rose to 6% after the relaunch.", False),
        ("The brands' engagement rate rose to 6% after we took over.", False),
    ],
)
def test_a_kind_of_business_as_owner(linter: Linter, text: str, passed: bool) -> None:
    """A bare plural of businesses ("hotel brands'") owns a trade's numbers, no
    one's result; "our" brands or "the" brands the writer took over are theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Seeing 'birria' trending again this week. Respect.", True),
        ("Seeing our 'birria' trending again this week!", False),
    ],
)
def test_a_quoted_trend_noticed(linter: Linter, text: str, passed: bool) -> None:
    """A quoted trend the writer is seeing trends elsewhere (the quotes make
    the parse hang "trending" as an adverbial clause); "our" one trending is
    the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We're aware of a tweet going viral that claims our stores are closing.", True),
        ('Proud that our "Claims, Explained" series has racked up 2.5M views.', False),
    ],
)
def test_a_falsehood_that_claims(linter: Linter, text: str, passed: bool) -> None:
    """A piece that "claims" something of the writer spreads a falsehood, not
    the writer's post; a series of the writer's called "Claims, Explained"
    (its owner before its title) is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A 14-year-old from Leeds has become one of the top chess streamers in "
            "Europe, with 410,000 followers on Twitch.",
            True,
        ),
        ("A 14-year-old from Leeds has become one of the most followed streamers in Europe.", True),
        ("We finished the year with 41,000 followers.", False),
        ("Our shop has become one of the most followed bakeries in Leeds.", False),
    ],
)
def test_someone_brought_in_holds_and_ranks(linter: Linter, text: str, passed: bool) -> None:
    """A person brought in ("a 14-year-old") holds the followers "with" hangs on
    the verb, and is the one a superlative ranks; "we" and "our shop" are the
    writer."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Of 2,000 posts, a third went viral.", True),
        (
            "An audit we ran on TikTok: of 500 'trending' sounds, 61% stopped trending "
            "within nine days.",
            True,
        ),
        ("Of the 40 videos we posted, 3 went viral.", False),
        ("Of our 40 videos, 3 went viral.", False),
    ],
)
def test_a_share_of_a_sample(linter: Linter, text: str, passed: bool) -> None:
    """A share of a sample fronted with "of" is a study's finding, and a quoted
    label after a count names a kind; "the" videos "we" posted and "our" ones
    are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Style note: stop writing 'our post went viral' in recaps.", True),
        ("Never say 'we went viral' to a client.", True),
        ("We love saying 'our post went viral' and it did: 2M views.", False),
    ],
)
def test_words_told_not_to_use(linter: Linter, text: str, passed: bool) -> None:
    """A quotation a verb of writing takes after "stop" or "never" names words
    to drop; saying them gladly, with a count, is a claim."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 1's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our thread finally blew up last night.",
            "Ten years, a seven-digit audience, one mission.",
            "Membership community update: 1,140 members, and 88% renewed at the 12-month mark.",
            "Of 2,000 posts, a third went viral.",
            "Style note: stop writing 'our post went viral' in recaps.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My 500th reel cracked a million.", False),
        ("Our clip has officially broken the internet.", False),
        ("We cracked the case in 2019.", True),
        ("Has the new phone broken the internet yet?", True),
    ],
)
def test_cracked_and_broken(linter: Linter, text: str, passed: bool) -> None:
    """A bare big count "cracked" is a milestone, as one passed is; the
    internet "broken" is "broke the internet"; a case cracked and a question
    are neither."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Day 90: 4,100 followers. Still $0 revenue but the audience is there.", False),
        ("Day 90: 4,100 followers and still $40k revenue a month.", True),
    ],
)
def test_still_no_money(linter: Linter, text: str, passed: bool) -> None:
    """ "Still $0 revenue" is "still no revenue" (the currency sign stood
    between "still" and the zero); still $40k a month is revenue."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("POV: you hired a UGC creator and your ad got 2.1M views in a week.", False),
        ("We hired 12 engineers and our ad got 2.1M views.", True),
    ],
)
def test_a_hire_counted_in_its_own_clause(linter: Linter, text: str, passed: bool) -> None:
    """The count that makes a hire an outcome is in the hire's own clause, not
    in one joined to it with "and"."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("you guys made our clip trend for 3 days.", False),
        ("Guys who post daily make their clips trend.", True),
    ],
)
def test_you_guys_made_it_trend(linter: Linter, text: str, passed: bool) -> None:
    """ "You guys" who made the writer's clip trend are the audience addressed,
    not guys in general."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Genuine question: has anyone else's views dropped since the update?", True),
        ("Quick one: anyone else hit 10k this week? We did!", False),
    ],
)
def test_peers_asked_after_a_colon(linter: Linter, text: str, passed: bool) -> None:
    """A question to peers after a lead-in and a colon is still asked of
    everyone; hitting 10k "anyone else?" brags."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Per the league's report, clubs' combined social following grew to 1.1 billion.", True),
        ("Our club's following grew to 40,000 this season.", False),
        (
            "Our paper on student engagement is out. Key finding: engagement rose when "
            "instructors cold-called less.",
            True,
        ),
        ("Engagement rose when we posted at 7pm.", False),
    ],
)
def test_clubs_and_classrooms(linter: Linter, text: str, passed: bool) -> None:
    """Clubs, a bare plural, own a league's numbers; engagement that rose when
    instructors did something is a class's. "Our club" and a post time are the
    writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A maths teacher from Leeds has become an unlikely TikTok star, with 2.3 "
            "million followers tuning in for her explainers.",
            True,
        ),
        ("We ended the season with 40,000 followers.", False),
        ("someone stitched my tutorial and their version went viral, mine didn't lol.", True),
        ("We redesigned the client's feed and their reel went viral.", False),
        (
            "A video of a paramedic singing to a patient has gone viral, racking up "
            "more than 6 million views on TikTok.",
            True,
        ),
        ("A video of our paramedic singing to a patient got 6 million views.", False),
        ("Posts about the new parking rules were the top trending topic on Monday.", True),
        ("Our posts were the top trending topic in the city on Monday.", False),
    ],
)
def test_others_in_the_story(linter: Linter, text: str, passed: bool) -> None:
    """A person brought in by a role holds the followers "with" gives her, even
    as the subject of "tuning in"; "their" after someone brought in is theirs;
    a clip of a role the tagger made an adjective is news; posts "about" a
    subject are everyone's. The writer's own are claims."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 2's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "My 500th reel cracked a million.",
            "Day 90: 4,100 followers. Still $0 revenue but the audience is there.",
            "you guys made our clip trend for 3 days.",
            "Posts about the new parking rules were the top trending topic on Monday.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Milestone: our account crossed 100k this morning.", False),
        ("Update: the price crossed 25,000 today.", True),
        ("2.7 million and still climbing.", False),
        ("250k and counting!", False),
        ("200 stores and counting.", True),
        ("Donations so far: 250k and counting!", True),
    ],
)
def test_bare_milestones_labelled_and_counting(linter: Linter, text: str, passed: bool) -> None:
    """A label before a colon is not the milestone's subject; a bare big count
    "and (still) counting" in a fragment of its own is a milestone, not a
    count of stores nor one in a paragraph of money."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our TikTok went absolutely nuclear overnight.", False),
        ("My boss went nuclear when he saw it.", True),
        ("One of our explainers hit the front page of Reddit.", False),
        ("Reddit's front page algorithm changed last week.", True),
        ("Three things we saw in 60 finance transformation engagements this year.", True),
        ("Three things we saw in 60,000 engagements this year.", False),
    ],
)
def test_nuclear_front_pages_and_engagements(linter: Linter, text: str, passed: bool) -> None:
    """A post gone nuclear went viral (a boss goes nuclear in anger); the front
    page of Reddit reached is a viral claim, its algorithm is not; a
    consultancy's transformation engagements are its work."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My friend's clip of her cat falling into the bathtub went viral last week.", True),
        ("Our clip of the cat falling into the bathtub went viral last week.", False),
        ("Trend report: 'de-influencing' is trending on TikTok.", True),
        ("Big news: 'our little bakery' is trending!", False),
        ("Threads' daily engagement has fallen by more than half since its launch week.", True),
        ("Our TikTok's engagement has doubled since June.", False),
        ("Ramp's launch tweet reportedly passed 1M views.", True),
        ("Our launch tweet reportedly passed 1M views.", False),
    ],
)
def test_others_named_and_reported(linter: Linter, text: str, passed: bool) -> None:
    """A friend's clip (the parse made the clip's verb the subject), a craze
    quoted in lower case, a platform's own numbers and a count "reportedly"
    reached are others'; "our" ones are the writer's."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 3's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Milestone: our account crossed 100k this morning.",
            "2.7 million and still climbing.",
            "Our TikTok went absolutely nuclear overnight.",
            "Trend report: 'de-influencing' is trending on TikTok.",
            "Ramp's launch tweet reportedly passed 1M views.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ('Reminder that "we went viral" is not a business model.', True),
        ('I\'m proud that "we went viral" is now true.', False),
        ("Shoutout to @woodkid whose birdhouse video went viral this week.", True),
        ("We're the bakery whose croissant video went viral.", False),
    ],
)
def test_lines_denied_and_names_by_whose(linter: Linter, text: str, passed: bool) -> None:
    """A quoted line after "that" denied what it would claim names the line; a
    handle's or a name's "whose" video is theirs. A line said proudly, and the
    writer's own "whose", are claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A guy down the road posted a video of his PC fans and it has 2M views.", True),
        ("We posted a video of our fans and it has 2M views.", False),
        ("A creator I follow with 1.8M subscribers just posted about burnout.", True),
        ("A bakery I run with 1.8M followers just opened a second shop.", False),
        (
            "Someone put our song under a cat video and now it's been used in 210,000 TikToks.",
            False,
        ),
    ],
)
def test_someone_elses_it_and_with(linter: Linter, text: str, passed: bool) -> None:
    """ "It", joined with "and" to a piece someone brought in posted, is theirs
    (not when what they used was the writer's song); a person brought in
    before a relative clause holds what "with" gives."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("'I didn't even know it had gone viral until my mum rang me,' said the keeper.", True),
        ("'Our reel went viral overnight,' I said to my team.", False),
        ('"We hit 10k followers in a month," says the owner.', False),
        ("Charities keep telling me their goal for this year is 'more engagement'.", True),
        ("Our goal for this year is 10k followers.", False),
        ("Their goal was 10k followers and we got them 40k followers.", False),
    ],
)
def test_speakers_and_plans(linter: Linter, text: str, passed: bool) -> None:
    """A quotation of a person of themselves given to them by "said" is theirs
    (a client's "we hit 10k" in a case study stays the campaign's); a metric a
    plan "is" is its owner's goal (the writer's pitches a plan, which fails):
    someone else's is background."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Views on the adoption videos are modest, but 23 of the 31 dogs featured "
            "have been adopted.",
            True,
        ),
        ("Our adoption videos got 20k views and we adopted 2 of the new tools.", False),
        ("Our recruitment reels got 90k views and the trust filled 146 of its 160 roles.", True),
        ("Our reels got 90k views and we filled 3 of the gaps in the plan.", False),
    ],
)
def test_counted_as_n_of_them(linter: Linter, text: str, passed: bool) -> None:
    """Animals adopted and places filled counted as "N of the M" are outcomes;
    tools adopted and gaps filled are not."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 4's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Shoutout to @woodkid whose birdhouse video went viral this week.",
            "A guy down the road posted a video of his PC fans and it has 2M views.",
            "'I didn't even know it had gone viral until my mum rang me,' said the keeper.",
            "Our recruitment reels got 90k views and the trust filled 146 of its 160 roles.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "My channel's watch time this month: 1.9 million minutes. The retention "
            "graph looks like a ski slope.",
            False,
        ),
        ("Watch time this month: 1.9 million minutes. Customer retention rose to 94%.", True),
        ("One of my pins just got repinned 31,000 times.", False),
        ("We repinned 31 boards.", True),
        ("The demo got 5k views, and 3 enterprise pilots signed at $24k a year.", True),
        ("The demo got 5k views and 3 airline pilots signed the card.", False),
    ],
)
def test_retention_graphs_repins_and_pilots(linter: Linter, text: str, passed: bool) -> None:
    """A creator's retention graph is attention, customers' retention is an
    outcome; a pin repinned, counted, is attention; enterprise pilots signed
    are sales, airline pilots are people."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Somebody filmed us busking and that clip went viral.", True),
        ("Someone made a remix and it went viral.", True),
        ("We filmed ourselves busking and that clip went viral.", False),
        (
            "Researchers found that politicians with big followings received 4.5 times "
            "more replies per post.",
            True,
        ),
        ("Our study found that our posts with faces got 38% more likes.", False),
    ],
)
def test_made_by_someone_and_found_by_research(linter: Linter, text: str, passed: bool) -> None:
    """What someone brought in made ("that clip", "it", in a clause joined with
    "and") is theirs; what research found is the study's. The writer's clip
    and "our study" of "our posts" are claims."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice5_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 5's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "One of my pins just got repinned 31,000 times.",
            "The demo got 5k views, and 3 enterprise pilots signed at $24k a year.",
            "Somebody filmed us busking and that clip went viral.",
            "Researchers found that politicians with big followings received 4.5 times "
            "more replies per post.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Cases are rising in care homes. Please share widely with anyone working in care.", True),
        ("Our care-home guide was shared widely this week.", False),
        ("Huge crowd at the ground today: 82,000 fans and not a dry eye for the anthem.", True),
        ("82,000 fans on our page now and not a dry eye in the office.", False),
        ("New figures: visits to museums and galleries in England rose 9% last year.", True),
        ("Visits to our site rose 9% last year.", False),
    ],
)
def test_calls_crowds_and_visits_in_person(linter: Linter, text: str, passed: bool) -> None:
    """ "Please share widely" asks; fans at a ground for the anthem are a crowd;
    visits to museums are in person. A guide shared widely, fans on a page and
    visits to a site are attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("10k 🥺💛 I genuinely don't know what to say. Thank you for following along.", False),
        ("Raised 10k 💛 for the shelter.", True),
        ("My boss keeps asking why our posts get fewer views than last year.", True),
        ("People ask me how I got 100k followers.", False),
    ],
)
def test_hearts_cheer_and_questions_why(linter: Linter, text: str, passed: bool) -> None:
    """Hearts and a pleading face cheer a bare count as other marks do (not
    money raised); a question "why" under a verb of asking is about the
    numbers, while "how I got 100k" still tells them."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice6_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 6's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "10k 🥺💛 I genuinely don't know what to say. Thank you for following along.",
            "Cases are rising in care homes. Please share widely with anyone working in care.",
            "My boss keeps asking why our posts get fewer views than last year.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Shoutout to @mira.bakes whose sourdough video went viral last week, 8M views!!", True),
        ("Shoutout to @mira.bakes whose video of our cake went viral, 8M views!!", False),
        ("Our 'We're killing the per-seat price' announcement blew up.", False),
        ("The announcement was late because the printer blew up.", True),
    ],
)
def test_handles_with_dots_and_announcements(linter: Linter, text: str, passed: bool) -> None:
    """A handle with a dot is one handle (masked whole), so "whose" after it
    is another's and so are the sentence's counts; an announcement that blew
    up went viral."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our LinkedIn has 3,000 followers. It also sourced 38% of last year's pipeline.", True),
        ("Our LinkedIn has 3,000 followers. It also sourced 38% of our photos.", False),
        ("We got 43 adoption applications after the video got 20k views.", True),
        ("We got 43 adoption questions after the video got 20k views.", False),
    ],
)
def test_sourced_shares_and_adoption_applications(linter: Linter, text: str, passed: bool) -> None:
    """A channel that "sourced" a share of the pipeline is credited with it;
    adoption applications are a shelter's outcome (a share of photos and job
    applications are neither)."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We've had the same 900 followers for three years and we're fine.", True),
        ("We hit 900 followers this year.", False),
        (
            "Moved here 3 weeks ago and already at 30k followers, more than i had after 8 years.",
            False,
        ),
        ("The dog gets more likes than we do.", True),
        ("My views on lighthouses have only grown stronger.", True),
        ("My views on the reel doubled overnight.", False),
        ("Everyone in my feed is panicking that their reach has dropped.", True),
        ("Our clients saw their reach drop 40% after the change.", False),
    ],
)
def test_unmoved_counts_opinions_and_everyones(linter: Linter, text: str, passed: bool) -> None:
    """The same count for years is no result; "more than I had" compares the
    writer with their past (a dog's "more than we do" stays the dog's); views
    "on" a subject are opinions; "their" reach after everyone is everyone's."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice7_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 7's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Shoutout to @mira.bakes whose sourdough video went viral last week, 8M views!!",
            "Our LinkedIn has 3,000 followers. It also sourced 38% of last year's pipeline.",
            "My views on lighthouses have only grown stronger.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We're giving 100 fans a year of free coffee.", True),
        ("Crossed 250k subscribers this morning. I started uploading covers in 2019.", False),
        ("Crossed 250k subscribers this morning. Paid plans start at $5.", True),
    ],
)
def test_a_days_name_and_uploads(linter: Linter, text: str, passed: bool) -> None:
    """Uploads make subscribers a channel's (paid plans make them customers);
    a gift to the people counted is an offer."""
    assert _verdict(linter, text)[0] is passed


def test_a_days_name_gives_nothing(linter: Linter) -> None:
    """ "Giving Tuesday" names a day: the stat lines under it, in a plain-text
    post (one line each), are the writer's results, not a gift to anyone."""
    text = (
        "Giving Tuesday recap from the social side:\n📈 Reach: 3.9M\n📈 Engagement: "
        "up 140%\n📈 New followers: 12,600\nBest Giving Tuesday we've ever had!"
    )
    (result,) = linter.lint_documents([document_from_text(text, "post.txt")])
    assert not result.passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We ran the loyalty cards for six months: repeat visits are up 27%.", True),
        ("We ran the new reels for six months: profile visits are up 27%.", False),
        ("We've booked eleven new wedding and event engagements for the summer.", True),
        ("Our livestream got 40k views and 400 engagements.", False),
        ("I stopped caring the week a misreading of my abstract was trending.", True),
        ("The challenger has 9M Instagram followers, the champion has 400k.", True),
        (
            "Lovely story: the Wexford knitting group whose account has 180k followers "
            "is getting its own room.",
            True,
        ),
        ("We're the Leeds bakery whose croissant video got 2M views.", False),
    ],
)
def test_visits_gigs_misreadings_and_named_groups(linter: Linter, text: str, passed: bool) -> None:
    """Repeat visits are customers returning; a band's wedding engagements are
    gigs, not attention (40k views alone still fail); a misreading that
    trends is a falsehood; a champion's followers are theirs; a group named
    by a name before "whose" owns what follows."""
    assert _verdict(linter, text)[0] is passed


def test_round34_slice8_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 8's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "We ran the loyalty cards for six months: repeat visits are up 27%.",
            "Lovely story: the Wexford knitting group whose account has 180k followers.",
        ],
    )
