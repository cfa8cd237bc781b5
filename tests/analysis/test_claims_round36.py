"""Classes found by the thirty-sixth session's blind rounds (own-294..297,
left held out by the thirty-fifth, and the rounds after), on sentences
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
        ("That thread is officially our biggest tweet of all time.", False),
        ("the launch post is now our most popular post of all time. legends", False),
        ("It was the biggest video shoot of all time for us.", True),
    ],
)
def test_a_piece_ranked_of_all_time(linter: Linter, text: str, passed: bool) -> None:
    """A piece ranked "of all time" is a record of attention as one ranked
    "ever" is; a piece that heads another noun (a shoot) is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We made it to 120k subs!!! Party on Friday.", False),
        ("The deli made it to 300 subs sold by noon.", True),
    ],
)
def test_subs_made_it_to(linter: Linter, text: str, passed: bool) -> None:
    """A creator's subs "made it to" are a milestone; sandwiches sold are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The woman whose 'ranking every bakery in town' clip went viral lives on my street.",
            True,
        ),
        ("Our chef, whose 'one pan, five dinners' clip went viral, is cooking tonight.", False),
    ],
)
def test_whose_piece_after_a_quoted_title(linter: Linter, text: str, passed: bool) -> None:
    """ "whose" after someone, a quoted title, then a piece that went viral:
    that person's piece, whatever the parse makes of the title; the writer's
    chef's stays the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our rooftop bar was the most-Instagrammed spot in the city this summer.", False),
        ("It was the most tweeted moment of the night, and it was ours.", False),
        ("Most Instagram accounts are inactive.", True),
    ],
)
def test_a_platform_made_a_verb_ranked_by_most(linter: Linter, text: str, passed: bool) -> None:
    """ "most-Instagrammed", "most tweeted": a platform's name made a verb and
    ranked is attention; "most" before the platform's name as a noun is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("More than 40,000 visitors have stayed in the rooms she cleaned.", True),
        ("More than 40,000 visitors read the page she wrote.", False),
    ],
)
def test_visitors_who_stayed_the_night(linter: Linter, text: str, passed: bool) -> None:
    """Visitors who stayed in rooms are a hotel's guests; visitors who read a
    page are its audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Good to hear so many views at the meeting, some strongly held!", True),
        ("Good to see so many views on the launch video!", False),
    ],
)
def test_views_strongly_held(linter: Linter, text: str, passed: bool) -> None:
    """Views strongly held are opinions; views of a video are attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Some of the best engineers I know have 200 followers and never post.", True),
        ("Many of the best engineers I know have 200 followers.", True),
        ("Many of the founders I admire have 300 followers.", True),
        ("Some of the videos have 40k views.", False),
        ("Some of the best engineers I know got 200 followers this week.", False),
    ],
)
def test_a_share_of_a_kind_holding_followers(linter: Linter, text: str, passed: bool) -> None:
    """A share of people of a kind ("some of the engineers I know") that
    "have" followers hold them, in general; a share of pieces may be the
    writer's, and followers got this week are a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Today we're launching Studio Stats, giving every page with more than 2,000 "
            "followers access to audience data.",
            True,
        ),
        ("Creators with more than 10k followers can now add links to stories.", True),
        ("We ended the year with more than 40,000 followers.", False),
    ],
)
def test_more_than_a_count_as_a_bar(linter: Linter, text: str, passed: bool) -> None:
    """ "every page with more than 2,000 followers" is a feature's bar, as
    "fewer than" is; the writer's year ended "with more than" is a count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("For the rest of us, 300 views from the right people can be a full-time living.", True),
        ("10k followers can be a business if they trust you.", True),
        ("Our 300 views can be traced to one retweet.", False),
    ],
)
def test_what_a_count_can_be(linter: Linter, text: str, passed: bool) -> None:
    """What a bare count "can be" is said of any such count; the writer's own
    views that "can be traced" are theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A film of our volunteers has gone viral with 3M views, posted by a local news "
            "site, not us.",
            True,
        ),
        ("Our clip got 2M views, not bad for a team of three.", False),
    ],
)
def test_a_piece_made_by_another_not_us(linter: Linter, text: str, passed: bool) -> None:
    """A piece "by" someone else, "not us", is news the writer answers; "not
    bad" after the writer's own count denies nothing."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Three small charities tried it for six months; their shares and comments barely moved.",
            True,
        ),
        ("Many brands tested the badge, and their reach dropped.", True),
        ("Our three shops tried it and their followers doubled.", False),
    ],
)
def test_their_numbers_of_others_counted(linter: Linter, text: str, passed: bool) -> None:
    """ "their" after others counted or quantified ("three small charities",
    "many brands") owns their numbers; after the writer's shops, the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our report did 31k downloads. Deals that touched it closed 11 days faster.", True),
        ("Our guide got 9k views. Our sales cycle got 9 days shorter.", True),
        ("Our guide got 9k views. Our customers arrived 10 minutes earlier.", False),
    ],
)
def test_deals_closed_days_faster(linter: Linter, text: str, passed: bool) -> None:
    """Deals that closed, or a sales cycle that got, days faster or shorter are
    an outcome; customers arriving earlier are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The TikTok of our tacos hit 2 million views. We went from ~90 to ~260 covers a night.",
            True,
        ),
        ("Our clip hit 2M views. We finally paid off the van loan in June.", True),
        ("Our clip hit 2M views. The band played 40 covers a night.", False),
        ("Our clip hit 2M views. All that hard work paid off.", False),
    ],
)
def test_covers_a_night_and_a_loan_paid_off(linter: Linter, text: str, passed: bool) -> None:
    """A restaurant's covers a night, and a loan paid off, are outcomes; a
    band's covers and hard work that "paid off" are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our Christmas trailer is EVERYWHERE this week. We are a choir of 30 volunteers.", False),
        ("Our Christmas trailer is everywhere this week, and we recruited 30 volunteers.", True),
    ],
)
def test_what_a_group_is_made_of(linter: Linter, text: str, passed: bool) -> None:
    """ "We are a choir of 30 volunteers" says who the writer is, no people
    won; volunteers recruited are an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "my little dog cartoon blew up overnight. 30k new people here since Monday, welcome!",
            False,
        ),
        ("30k new people here since Monday, welcome!", False),
        ("There were 3,000 new people here at the fair.", True),
    ],
)
def test_a_drawing_that_blew_up_and_new_people_here(
    linter: Linter, text: str, passed: bool
) -> None:
    """A cartoon that blew up went viral; a big count of new people "here" is
    an account's new audience; new people here at a fair are a crowd."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("we did it. 40k. thank you for loving our bread.", False),
        ("HALF A MILLION. Thank you all. When I started nobody watched.", False),
        ("Half a million 🎉 thank you", False),
        ("A QUARTER OF A MILLION. Thank you all so much.", False),
        ("We raised half a million!!! Thank you.", True),
        ("40,000. That is the number of trees we planted. Thank you.", True),
        ("Goal: 40k. Thank you for helping.", True),
    ],
)
def test_a_count_alone_thanked_for(linter: Linter, text: str, passed: bool) -> None:
    """A big count that is a sentence of its own, in a paragraph that thanks,
    is a milestone (spelled out too); not money raised, a count the paragraph
    explains, or a goal's label."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Saw the thread from the ex-bank PM with 900k followers about 'loud budgeting' going viral.",
            True,
        ),
        ("Saw the thread from a former VP with 900k followers about budgeting.", True),
        ("Saw the thread from the ex-retail CFO with 700k followers about pricing.", True),
        ("Got a post from our CEO with 900k views.", False),
        ("So excited about our reel going viral!", False),
    ],
)
def test_a_thread_from_an_executive_about_something_going_viral(
    linter: Linter, text: str, passed: bool
) -> None:
    """Followers of an executive a thread came from are theirs; something
    "going viral" that a post is about is its topic; the writer's reel is not."""
    assert _verdict(linter, text)[0] is passed


def test_round36_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 1's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "That thread is officially our biggest tweet of all time.",
            "We made it to 120k subs!!! Party on Friday.",
            "The woman whose 'ranking every bakery in town' clip went viral lives on my street.",
            "Our rooftop bar was the most-Instagrammed spot in the city this summer.",
            "More than 40,000 visitors have stayed in the rooms she cleaned.",
            "Good to hear so many views at the meeting, some strongly held!",
            "Some of the best engineers I know have 200 followers.",
            "Creators with more than 10k followers can now add links to stories.",
            "For the rest of us, 300 views from the right people can be a full-time living.",
            "A film of our volunteers has gone viral with 3M views, posted by a news site, not us.",
            "Many brands tested the badge, and their reach dropped.",
            "Our report did 31k downloads. Deals that touched it closed 11 days faster.",
            "We went from ~90 to ~260 covers a night. We paid off the van loan.",
            "Our trailer is everywhere. We are a choir of 30 volunteers.",
            "30k new people here since Monday, welcome!",
            "we did it. 40k. thank you for loving our bread.",
            "HALF A MILLION. Thank you all.",
            "we did it. 40k. thankyou so much",
            "Saw the thread from a former VP with 900k followers about budgeting.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "What's trending on TikTok this week: 'quiet luxury' is out, and the #cottagecore "
            "hashtag has passed 2 billion views.",
            True,
        ),
        ("What's trending on our page this week: our reel has passed 2 million views.", False),
    ],
)
def test_counts_listed_under_whats_trending(linter: Linter, text: str, passed: bool) -> None:
    """ "What's trending …:" heads a list of others' trends, whose counts are
    theirs; a list of the writer's own is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Soon a lot of 'I got 50k likes' posts are going to look very different.", True),
        ("Our 'I got 50k likes' post did 50k likes.", False),
    ],
)
def test_a_quoted_boast_naming_a_kind_of_post(linter: Linter, text: str, passed: bool) -> None:
    """A boast quoted before a kind of post ("'I got 50k likes' posts") is
    what such posts say; the writer's own post's count is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Great read from Priya at Fernway: their founder posts average 30k views while "
            "the brand page averages 700.",
            True,
        ),
        ("Thanks to everyone at Acme: their team helped our reel get 30k views.", False),
    ],
)
def test_their_numbers_after_someone_named(linter: Linter, text: str, passed: bool) -> None:
    """ "their" after someone named whom a read came from owns their
    numbers; the writer's reel, helped by them, is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Lovely review from Ana: 'Best views in Porto and the friendliest staff.'", True),
        ("Our reel got the best views in March.", False),
        ("Our best views in TikTok history came this week.", False),
    ],
)
def test_best_views_in_a_named_place(linter: Linter, text: str, passed: bool) -> None:
    """The best views "in" a named place are its scenery; in a month or on a
    platform they are counted attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("When the kitten appeal went viral at my last charity, the phones melted.", True),
        ("In my previous job our reels got 2M views a month.", True),
        ("Our last campaign went viral.", False),
    ],
)
def test_at_a_former_workplace(linter: Linter, text: str, passed: bool) -> None:
    """What happened at the writer's last or previous workplace is a story
    from before; the writer's last campaign is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Harrow Lane Primary, the school whose kindness video got 2 million views last "
            "spring, is running a book swap.",
            True,
        ),
        ("We are Oakfield Bakery, the shop whose cake video got 2M views.", False),
    ],
)
def test_whose_after_a_noun_set_beside_a_name(linter: Linter, text: str, passed: bool) -> None:
    """ "Name, the school whose video…": the named one's; "We are Name, the
    shop whose…" is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Everyone's talking about the airline that posted a 7-second clip and picked up "
            "30 million views.",
            True,
        ),
        ("Everyone's talking about our video that got 30 million views.", False),
    ],
)
def test_what_talk_is_about(linter: Linter, text: str, passed: bool) -> None:
    """The count of one that talk is "about" is theirs; the writer's video
    talked about is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The chef started her channel in 2020 and now has 800k subscribers.", True),
        (
            "This week's host started her pottery channel in 2020 and now has 800k subscribers.",
            True,
        ),
        ("Our shop opened in 2020 and now has 80k followers.", False),
    ],
)
def test_a_third_party_holding_after_a_joined_verb(linter: Linter, text: str, passed: bool) -> None:
    """A third party (a chef, a show's host) who did one thing "and now has"
    followers holds them; the writer's shop holds its own."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our posts got 30k views. We've been awarded £300,000 to run the project.", True),
        ("Our posts got 30k views. We awarded $5,000 in prizes.", False),
        ("Our posts got 30k views. After them, 2,900 residents joined the library.", True),
        ("Our posts got 30k views. 9,140 people took out a digital subscription.", True),
        ("Our piece got 2M page views, and 88% of the new members are still paying.", True),
        ("Follower count went from 300 to 7k. 80% of my projects came inbound.", True),
        ("My thread got 3.1M impressions. Charts of rent-to-income ratios are my thing.", False),
        ("We were on the front page of HN. Six weeks on, 41 companies were on paid plans.", True),
        ("We were on the front page of HN. We were on paid plans before.", False),
    ],
)
def test_outcomes_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """A grant awarded to the writer, people who joined the library, a
    subscription taken out, members still paying, work that came inbound,
    companies counted on paid plans are outcomes; prizes the writer awarded,
    income divided in a ratio, and the writer once on a paid plan are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("we were on the front page of hacker news for 11 hours yesterday.", False),
        ("Our video of Gran bowling has gone round the world 🌍", False),
        ("The rumour went round the world in a day.", True),
        ("Ten thousand procurement managers read my newsletter every Tuesday.", False),
        ("100,000 people have found us on Pinterest this year.", False),
        ("We found 3,000 bugs on GitHub this year.", True),
    ],
)
def test_attention_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """The front page of Hacker News, a video gone round the world, managers
    counted reading, people who found the writer on a platform are attention;
    a rumour that went round, and bugs found on GitHub, are not."""
    assert _verdict(linter, text)[0] is passed


def test_round36_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 2's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "What's trending on TikTok this week: the #cottagecore hashtag has passed 2B views.",
            "Soon a lot of 'I got 50k likes' posts are going to look very different.",
            "Great read from Priya at Fernway: their founder posts average 30k views.",
            "Lovely review from Ana: 'Best views in Porto and the friendliest staff.'",
            "In my previous job our reels got 2M views a month.",
            "Harrow Lane Primary, the school whose kindness video got 2 million views, is open.",
            "Everyone's talking about the airline that picked up 30 million views.",
            "This week's host started her pottery channel in 2020 and now has 800k subscribers.",
            "We've been awarded £300,000 to run the project.",
            "After the posts, 2,900 residents joined the library.",
            "9,140 people took out a digital subscription, and 88% are still paying.",
            "80% of my projects came inbound.",
            "Charts of rent-to-income ratios are my thing.",
            "Six weeks after launch, 41 companies were on paid plans.",
            "Our analysis of 1,400 brand accounts found that page followers grew 2.1% a month.",
            "we were on the front page of hacker news for 11 hours yesterday.",
            "Our video of Gran bowling has gone round the world.",
            "Ten thousand procurement managers read my newsletter every Tuesday.",
            "100,000 people have found us on Pinterest this year.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our analysis of brand accounts found that median follower growth on X "
            "slowed, while LinkedIn page followers grew 2.1% per month.",
            True,
        ),
        ("Our study found that our posts with faces got 38% more likes.", False),
    ],
)
def test_our_study_finding_others_numbers(linter: Linter, text: str, passed: bool) -> None:
    """What the writer's own study found of others' accounts is the finding's;
    a finding about "our posts" stays the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Nobody's boss ever got excited about 3 million eyeballs.", True),
        ("Our boss got excited about 3 million eyeballs.", False),
    ],
)
def test_a_subject_owned_by_nobody(linter: Linter, text: str, passed: bool) -> None:
    """A subject owned by "nobody" denies the claim, as "nobody" does."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The mayor's post has 30k shares and 8,000 comments.", True),
        ("Our post has 30k shares and 8,000 comments.", False),
        ("The nurses' report it misquotes has 212 downloads.", True),
        ("Our customers' videos got 3M views.", False),
        ("Our Year 6 leavers' video has 90,000 views on YouTube!!", False),
        ("His 'zoomies' video has been seen by over 5 million people.", False),
        ("Caldera Outdoors' launch secured 92M social impressions.", False),
        ("The brands' reach doubled after we took over their accounts.", False),
    ],
)
def test_others_pieces_counted(linter: Linter, text: str, passed: bool) -> None:
    """A count joined to another's count is theirs too; a piece owned by a
    plural with its apostrophe ("the nurses' report") is that group's; the
    writer's customers' videos stay the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our TikTok series reached 3.1M students.", False),
        ("Our posts got 4k views. We reached 1,000 paying customers.", True),
        ("Our explainer hit 1M views!! Started as a lockdown project by two PhD students.", False),
        ("Our explainer hit 1M views. Our app is now used by 40,000 students.", True),
        ("We were chosen by three national accounts, and the reel got 80k views.", True),
        ("The posts got 12k shares. 5,300 new cards issued in September.", True),
        ("Our film just hit seven digits.", False),
    ],
)
def test_reach_makers_and_cards(linter: Linter, text: str, passed: bool) -> None:
    """People a piece "reached" are its reach, and a handful "by" whom it was
    made are its makers, neither an outcome; paying customers reached,
    students who use the app and library cards issued are outcomes; a film
    is a piece whose milestone is attention."""
    assert _verdict(linter, text)[0] is passed


def test_round36_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 3's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Nobody's boss ever got excited about 3 million eyeballs.",
            "The mayor's post has 30k shares and 8,000 comments.",
            "The nurses' report it misquotes has 212 downloads.",
            "Our TikTok series reached 3.1M students.",
            "Started as a lockdown project by two PhD students.",
            "5,300 new cards issued in September.",
            "Our film just hit seven digits.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Proposed on the pitch in front of 20,000 fans who kept the secret.", True),
        ("Our ad put us in front of 2 million people.", False),
        ("Two coaching engagements wrapped this month and I'm off in August.", True),
        ("Our engagement rate hit 9% this month.", False),
    ],
)
def test_a_crowd_at_a_match_and_work_engagements(linter: Linter, text: str, passed: bool) -> None:
    """A crowd "in front of" whom someone proposed on the pitch is there in
    person, and coaching engagements are work; an ad's reach and an
    engagement rate are attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The viral clip of the mayor's hot-mic moment has 9M views on TikTok.", True),
        ("Our viral clip of the new livery has 9M views.", False),
    ],
)
def test_a_clip_of_a_persons_moment_after_an_adjective(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "The viral clip of the mayor's moment": an adjective between the
    article and the clip keeps it news; the writer's clip stays theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our cat display post has gone absolutely bananas this weekend.", False),
        ("The crowd has gone wild.", True),
        ("Featured on the Explore page!!! So happy.", False),
        ("We were on the front page of Product Hunt all day.", False),
    ],
)
def test_a_post_gone_bananas_and_featured_pages(linter: Linter, text: str, passed: bool) -> None:
    """A post "gone absolutely bananas", the Explore page and Product Hunt's
    front page are attention; a crowd gone wild is not."""
    assert _verdict(linter, text)[0] is passed


def test_round36_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 4's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Proposed on the pitch in front of 20,000 fans who kept the secret.",
            "Two coaching engagements wrapped this month.",
            "The viral clip of the mayor's hot-mic moment has 9M views on TikTok.",
            "Our cat display post has gone absolutely bananas this weekend.",
            "Featured on the Explore page!!! So happy.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("People keep asking how I grew the newsletter. Truth is, I barely look.", True),
        ("People ask how I got 100k followers.", False),
        ("Funny that the clip of our lab test has 900k views on a pundit's account.", True),
        ("The pothole clip got 1.8M views on someone's TikTok.", True),
        ("Our clip has 900k views on our own account.", False),
        ("we hit 10k subs on the shop's youtube, thank you", False),
    ],
)
def test_asked_how_and_counts_on_someone_elses(linter: Linter, text: str, passed: bool) -> None:
    """ "asked how I grew" with no count asks (with a count it brags); a
    count "on someone's TikTok" or "on a pundit's account" is theirs; on the
    writer's own account it is the writer's."""
    assert _verdict(linter, text)[0] is passed


def test_round36_slice5_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 5's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "People keep asking how I grew the newsletter.",
            "Funny that the clip of our lab test has 900k views on a pundit's account.",
            "The pothole clip got 1.8M views on someone's TikTok.",
        ],
    )
