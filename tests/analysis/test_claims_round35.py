"""Classes found by the thirty-fifth session's blind rounds (own-258..261,
left held out by the thirty-fourth, and the rounds after), on sentences
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
        ("Our style guide bans the phrases 'went viral' and 'broke the internet'.", True),
        ("The word 'viral' is banned in client copy.", True),
        ("Our post 'went viral' and 'broke the internet' last week.", False),
    ],
)
def test_words_named_as_wording(linter: Linter, text: str, passed: bool) -> None:
    """A quotation after a word for wording ("the phrases", "the word") names
    the words, the second of a list too; the writer's own scare quotes around
    a claim still claim it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("POV: you're a baker and a client asks for 'a cake that'll go viral' 🎂", True),
        ("POV: your cat video has 3.4M views and you're still broke", False),
    ],
)
def test_a_wish_of_others_under_a_meme(linter: Linter, text: str, passed: bool) -> None:
    """A meme's "POV:" makes a background claim the writer's, but not what
    someone else asks for; the meme's own count stays the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We make bricks. No amount of likes changes that.", True),
        ("We got a huge amount of likes.", False),
    ],
)
def test_an_amount_of_any_size(linter: Linter, text: str, passed: bool) -> None:
    """ "No amount of" likes is of any size, no one's count; a huge amount got
    is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The suite has the best views in the hotel, right over the harbour.", True),
        ("Room 9 has the best views in the house.", True),
        ("Our reel got the best views in the company's history.", False),
    ],
)
def test_views_from_a_building(linter: Linter, text: str, passed: bool) -> None:
    """The best views "in the hotel" or "in the house" are scenery, as "in the
    county" is; a company's history is no building."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our designer got engaged. Huge fans of this brand, now more than ever.", True),
        ("We have more fans of this brand than ever.", False),
    ],
)
def test_huge_fans_of_a_thing(linter: Linter, text: str, passed: bool) -> None:
    """ "Huge fans of" anything admire it, counted by no one; more fans than
    ever are an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The big cooking channels get tens of millions of views. Do viewers cook?", True),
        ("The top creators get millions of views, and most of them are tired.", True),
        ("Our big channels get millions of views.", False),
    ],
)
def test_the_leading_ones_of_a_kind(linter: Linter, text: str, passed: bool) -> None:
    """ "The big channels" said in the present are others of a kind, as a bare
    plural is; "our big channels" are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The city's banks gained 3M followers last year, more than ever.", True),
        ("Our banks gained 3M followers last year, more than ever.", False),
    ],
)
def test_a_bodys_members_as_owner(linter: Linter, text: str, passed: bool) -> None:
    """Organisations owned by a body named by a common noun ("the city's
    banks") are that body's members, not the writer."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Every week we get DMs from 'influencers' offering a post to their 80k "
            "followers in exchange for a free weekend.",
            True,
        ),
        ("We sent a post to our 80k followers.", False),
    ],
)
def test_an_offer_to_others_followers(linter: Linter, text: str, passed: bool) -> None:
    """Followers offered a post are an offer's, where the parse hangs "to" on
    the post offered; a post sent to the writer's followers reaches them."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The whole office has seen the ring about 30 times today.", True),
        ("My mum has watched the clip 12 times.", True),
        ("Our community has watched the trailer 900 times.", False),
        ("The trailer was watched 40 times.", False),
    ],
)
def test_one_onlooker_a_few_times(linter: Linter, text: str, passed: bool) -> None:
    """One onlooker seeing one thing a few times is a habit, not an audience;
    hundreds of times, or a piece watched, are counts of attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our beach bar is now the most-tagged spot in Porto.", False),
        ("Our report is our most talked-about study ever.", False),
        ("Our most saved recipe this year: lemon bars.", False),
        ("The most talked session was short.", True),
        ("We tagged 30 photos of the bar.", True),
    ],
)
def test_a_counted_verb_ranked_by_most(linter: Linter, text: str, passed: bool) -> None:
    """Verbs attention only when counted ("tagged", "saved") are attention when
    "most" ranks them, "talked" only with its "about"; tagging photos is work."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Over 4,000 devices tuned in to our carol service.", False),
        ("We shipped firmware to 40,000 devices.", True),
        ("Our app now runs on 3 million devices.", True),
    ],
)
def test_devices_that_tuned_in(linter: Linter, text: str, passed: bool) -> None:
    """A stream's audience counted by its devices tuned in; devices sent
    firmware or running an app are no audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our mascot dance is EVERYWHERE.", False),
        ("Our spring campaign was everywhere this year.", False),
        ("The soap unboxing absolutely blew up this week.", False),
        ("Wasps are everywhere this year.", True),
        ("The boiler blew up this week.", True),
    ],
)
def test_ads_and_pieces_everywhere(linter: Linter, text: str, passed: bool) -> None:
    """A campaign, an ad or a dance "everywhere", an unboxing that "blew up",
    took off as a clip does; wasps and boilers did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        ("Electricity bills down £7,800 this year. The post about it got 3 likes.", True),
        ("Solar update: electricity bills down 30% since the panels went in. 3 likes!", True),
        ("Pay your energy bills by Friday. The post about it got 3 likes.", False),
    ],
)
def test_a_buildings_bills_cut(linter: Linter, text: str, tied: bool) -> None:
    """A building's bills cut (by an amount of money too, with no verb) are
    costs saved, an outcome: beside a post's likes, no "no business outcome"
    error; bills to pay are no result."""
    rules = {f.rule for f in linter.lint_text(text, path="post.md").findings}
    assert ("no-business-outcome" in rules) is not tied


def test_round35_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 1's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our style guide bans the phrases 'went viral' and 'broke the internet'.",
            "We make bricks. No amount of likes changes that.",
            "The whole office has seen the ring about 30 times today.",
            "Our beach bar is now the most-tagged spot in Porto.",
            "Our report is our most talked-about study ever.",
            "Over 4,000 devices tuned in to our carol service.",
            "Our mascot dance is EVERYWHERE.",
            "Electricity bills down £7,800 this year. The post about it got 3 likes.",
            "The big cooking channels get tens of millions of views.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("WE DID IT!!! 100K SUBS 🎉🎉 STREAM FRIDAY", False),
        ("We sold 300 subs at the match today 🎉", True),
    ],
)
def test_subs_cheered(linter: Linter, text: str, passed: bool) -> None:
    """A creator's "subs" cheered as a milestone are subscribers; sandwiches
    sold at a match are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("TWO MILLION. THE CHANNEL IS OFFICIALLY SEVEN DIGITS.", False),
        ("The counter on our launch video is now seven digits.", False),
        ("The number on the form is seven digits.", True),
    ],
)
def test_a_holder_that_is_seven_digits(linter: Linter, text: str, passed: bool) -> None:
    """A channel or a video's counter that "is" seven digits is a milestone;
    a form's number of seven digits is its length."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("OUR SHOW JUST HIT NUMBER 5 IN THE CHARTS 🎉 20,000 subscribers on the feed.", False),
        ("The landlords piece got us 900k views and 2,340 new print subscribers.", True),
    ],
)
def test_a_feeds_subscribers_and_print_subscribers(linter: Linter, text: str, passed: bool) -> None:
    """Subscribers "on the feed" are a podcast's audience; print subscribers
    pay, an outcome that ties the views."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The appeal reached 60,000 listeners.\n\n300 of you became monthly supporters.", True),
        ("The appeal reached 60,000 listeners.\n\n300 of you shared it.", False),
    ],
)
def test_monthly_supporters(linter: Linter, text: str, passed: bool) -> None:
    """Supporters who give every month are an outcome, as monthly givers are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Clinics: stop asking your agency for more followers.", True),
        ("Don't ask your agency for more followers. Ask for bookings.", True),
        ("We asked our agency for more followers and got them: 12k.", False),
    ],
)
def test_a_request_for_a_metric_refused(linter: Linter, text: str, passed: bool) -> None:
    """A metric asked "for" under "stop" or a negation is refused; asked for
    and got is a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My budgeting thread has been retweeted by half the teachers in the country.", False),
        ("Our ad was stitched by half of TikTok.", False),
        ("The thread was shared by half the teachers at our school.", True),
    ],
)
def test_a_piece_passed_on_by_a_hyperbolic_crowd(linter: Linter, text: str, passed: bool) -> None:
    """A piece retweeted or stitched by half a country's teachers, or by half
    of a platform, brags as a count does; half a school's staff is a room."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Reach flatlined. Revenue didn't: up 18% year on year.", True),
        ("Followers grew. Sales didn't.", False),
    ],
)
def test_a_denial_that_hands_over_to_a_move(linter: Linter, text: str, passed: bool) -> None:
    """ "Revenue didn't: up 18%" denies the sentence before and asserts the
    move after the colon; "Sales didn't." alone denies the sales."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our paper now has an Altmetric score of 1,940.", False),
        ("Altmetric score: 3,100", False),
        ("Our credit score is 790.", True),
    ],
)
def test_an_altmetric_score(linter: Linter, text: str, passed: bool) -> None:
    """A paper's Altmetric score counted is attention; a credit score is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our 'Serve' film got 3M views and 9,000 officer applications.", True),
        ("Our 'Serve' film got 3M views and 9,000 applications.", False),
    ],
)
def test_applications_to_a_service(linter: Linter, text: str, passed: bool) -> None:
    """Applications beside a service's recruits (nurses, officers) are an
    outcome; applications with no such word may be software."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our blog series pulled 90k page views. 300 readers converted to paid workspaces.", True),
        ("Our blog series pulled 90k page views. 300 readers loved the workspaces.", False),
    ],
)
def test_paid_workspaces(linter: Linter, text: str, passed: bool) -> None:
    """Readers converted to paid workspaces are an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A video of the mayor's rant at Monday's meeting went viral, racking up "
            "2 million views on X. The council declined to comment.",
            True,
        ),
        (
            "The clip, which has been viewed more than 5 million times on X, appears "
            "to show the mayor shouting at a cyclist.",
            True,
        ),
        ("The clip shows the team dancing in the warehouse and has 2M views.", False),
    ],
)
def test_a_clip_of_a_persons_moment(linter: Linter, text: str, passed: bool) -> None:
    """A clip of a person's moment ("the mayor's rant"), or one that shows a
    person named by a role, is news; a clip showing the team is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Some founders have 200k followers and no product.", True),
        ("Some fans have watched our trailer 40 times.", False),
    ],
)
def test_some_people_who_hold_an_audience(linter: Linter, text: str, passed: bool) -> None:
    """People of a kind that "have" followers hold them (others', in general);
    people who watched the writer's trailer are its audience."""
    assert _verdict(linter, text)[0] is passed


def test_round35_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 2's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "WE DID IT!!! 100K SUBS 🎉🎉 STREAM FRIDAY",
            "The counter on our launch video is now seven digits.",
            "Clinics: stop asking your agency for more followers.",
            "My budgeting thread has been retweeted by half the teachers in the country.",
            "Reach flatlined. Revenue didn't: up 18% year on year.",
            "Altmetric score: 3,100",
            "Our 'Serve' film got 3M views and 9,000 officer applications.",
            "Some founders have 200k followers and no product.",
            "The clip, which has been viewed more than 5 million times on X, appears "
            "to show the mayor shouting at a cyclist.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our CEO's keynote has passed 2 million views. Media enquiries via the newsroom.", False),
        ("Our keynote clip got 2 million views and brought 300 enquiries in a week.", True),
    ],
)
def test_enquiries_of_a_contact_line(linter: Linter, text: str, passed: bool) -> None:
    """ "Media enquiries via the newsroom" is where to write, no outcome that
    ties the views; 300 enquiries brought are one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reporter noted that the hospital next door has 190k followers.", True),
        ("Our reporter noted that our page now has 190k followers.", False),
    ],
)
def test_a_reporter_as_source(linter: Linter, text: str, passed: bool) -> None:
    """What a reporter notes is the reporter's figure, as an analyst's is; not
    the writer's page counted by its own reporter."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("everyone keeps sending me the guy whose soup video went viral.", True),
        ("Our soup video went viral this week.", False),
    ],
)
def test_whose_after_a_person_named_by_a_role(linter: Linter, text: str, passed: bool) -> None:
    """ "The guy whose video went viral": the guy's video, as after a name."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "That sofa ad from the Danish furniture chain that went viral this week? Great craft.",
            True,
        ),
        ("The ad from our team that went viral this week.", False),
    ],
)
def test_a_piece_from_another_that_went_viral(linter: Linter, text: str, passed: bool) -> None:
    """A piece "from" another company that went viral is theirs; "from our
    team" is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "For context: the clip of the minister that went viral yesterday, with 6 "
            "million views, was edited.",
            True,
        ),
        ("The video of the founder that went viral has 2M views.", False),
    ],
)
def test_a_clip_of_a_person_named_by_a_role(linter: Linter, text: str, passed: bool) -> None:
    """A clip of the minister is news; a clip of the company's own founder may
    be the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The Board's views on capital allocation are unchanged.", True),
        ("The channel's views on TikTok doubled.", False),
    ],
)
def test_a_bodys_views_on_a_subject(linter: Linter, text: str, passed: bool) -> None:
    """ "The Board's views on" a subject are opinions, as "our views on" one
    are; a channel's views on a platform are counts."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Thread on the new data (and no, this is not about going viral, it's about viruses)",
            True,
        ),
        ("This thread went viral, it's wild.", False),
    ],
)
def test_what_a_thing_is_about(linter: Linter, text: str, passed: bool) -> None:
    """What a thing "is about" is its topic, going viral named, none claimed."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Since the video went viral I've booked 31 weddings for next year.", True),
        ("Since the video went viral I booked a wedding venue.", False),
    ],
)
def test_jobs_a_maker_is_booked_for(linter: Linter, text: str, passed: bool) -> None:
    """Weddings, shoots or gigs the writer books, counted, are bookings of
    their business; a venue the writer books is spending."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Production costs cut by €38,000 a year. Downloads doubled too.", True),
        ("Production costs are a worry. Downloads doubled too.", False),
    ],
)
def test_costs_cut_by_with_no_auxiliary(linter: Linter, text: str, passed: bool) -> None:
    """Costs "cut by" an amount, with no "were", are an outcome changed."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Half-term at the museum! Expect lots of visitors, so book a time slot to skip the queue.",
            True,
        ),
        ("Our site got lots of visitors this week.", False),
    ],
)
def test_visitors_who_queue(linter: Linter, text: str, passed: bool) -> None:
    """Visitors told to book a time slot and skip the queue come in person."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my fanart post just passed 50,000 notes on tumblr, reblogging with gratitude", False),
        ("The release notes run to 5,000 lines this time.", True),
    ],
)
def test_tumblr_notes(linter: Linter, text: str, passed: bool) -> None:
    """Notes near Tumblr's words are likes and reblogs; release notes are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The activation generated 14.2M impressions, with an earned media value "
            "estimated at £410,000.",
            False,
        ),
        ("The activation generated 14.2M impressions and £410,000 in sales.", True),
    ],
)
def test_an_earned_media_value(linter: Linter, text: str, passed: bool) -> None:
    """An earned media value prices attention, no money made; sales are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("WE DID IT!!! 100,000 subscribers as of today. Silver button unboxing soon.", False),
        ("WE DID IT!!! 100,000 subscribers as of today.", True),
    ],
)
def test_a_silver_button(linter: Linter, text: str, passed: bool) -> None:
    """YouTube's silver button names the channel whose subscribers the count
    is; alone, "subscribers" may be paying ones."""
    assert _verdict(linter, text)[0] is passed


def test_round35_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 3's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our CEO's keynote has passed 2 million views. Media enquiries via the newsroom.",
            "The reporter noted that the hospital next door has 190k followers.",
            "everyone keeps sending me the guy whose soup video went viral.",
            "That sofa ad from the Danish furniture chain that went viral this week? Great craft.",
            "The Board's views on capital allocation are unchanged.",
            "Since the video went viral I've booked 31 weddings for next year.",
            "Production costs cut by €38,000 a year. Downloads doubled too.",
            "my fanart post just passed 50,000 notes on tumblr, reblogging with gratitude",
            "The activation generated 14.2M impressions, with an earned media value "
            "estimated at £410,000.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Since the videos started, 318 teenagers have signed up for a library card. 2k views each.",
            True,
        ),
        ("Our rival raised $10M and got 2k views.", False),
    ],
)
def test_people_of_a_kind_counted_big_act_for_the_writer(
    linter: Linter, text: str, passed: bool
) -> None:
    """Teenagers counted big who signed up are the writer's sign-ups, though
    "teenager" names a third party alone; a rival's money is the rival's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The series reached 1.6M residents. The utility puts $2.7M in repair costs avoided.",
            True,
        ),
        ("The series reached 1.6M residents. Repair costs are a worry.", False),
    ],
)
def test_costs_avoided(linter: Linter, text: str, passed: bool) -> None:
    """Costs "avoided", a participle ending its clause, are costs changed."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I had a video flop at 300 views that got me the best email ever.", True),
        ("Our reel tanked at 900 plays.", True),
        ("Stuck at 9,960 followers for three weeks. Just let me have 10k.", False),
        ("Our reel is at 900k plays!", False),
    ],
)
def test_a_piece_that_stalled_at_a_count(linter: Linter, text: str, passed: bool) -> None:
    """A piece that flopped or tanked "at" a count failed, no result; a reel
    "at" 900k plays is a milestone, and "stuck at" a count waits for one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("What an atmosphere from the away fans tonight. 3,000 of you in the pouring rain.", True),
        ("300,000 of you watched our stream last night.", False),
    ],
)
def test_a_crowd_of_you_in_the_rain(linter: Linter, text: str, passed: bool) -> None:
    """A crowd "of you" in the pouring rain is there in person."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Only 0.3% of the 9,000 videos we analysed went viral.", True),
        ("Only 3 of the 40 videos we posted went viral.", False),
    ],
)
def test_a_share_of_what_was_studied(linter: Linter, text: str, passed: bool) -> None:
    """A share of the videos a study analysed is its finding; a share of the
    writer's own posts is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our shop cat's jumper photo has gone absolutely everywhere.", False),
        ("My harbour shot is now the most-faved image of the week on there.", False),
        ("The flu has gone absolutely everywhere.", True),
    ],
)
def test_gone_everywhere_and_most_faved(linter: Linter, text: str, passed: bool) -> None:
    """A photo "gone absolutely everywhere" and the "most-faved" image are
    attention; the flu is not a piece."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("That tweet is now officially our biggest tweet ever.", False),
        ("That reel is our most popular post ever.", False),
        ("Our best-performing reel ever: the bakery tour.", False),
        ("The most popular post format is the carousel.", True),
        ("Our most popular post this year was about remote onboarding.", True),
        ("Our biggest video shoot ever starts Monday.", True),
        ("How to make your best post ever.", True),
    ],
)
def test_a_piece_ranked_as_the_writers_record(linter: Linter, text: str, passed: bool) -> None:
    """A post ranked "biggest"/"most popular"/"best-performing" ever is a
    record of attention; a post format, a video shoot, the most popular post
    of a year told by its subject, and the reader's best post are not."""
    assert _verdict(linter, text)[0] is passed


def test_round35_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 4's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Since the videos started, 318 teenagers have signed up for a library card. "
            "2k views each.",
            "The series reached 1.6M residents. The utility puts $2.7M in repair costs avoided.",
            "I had a video flop at 300 views that got me the best email ever.",
            "What an atmosphere from the away fans tonight. 3,000 of you in the pouring rain.",
            "Only 0.3% of the 9,000 videos we analysed went viral.",
            "Our shop cat's jumper photo has gone absolutely everywhere.",
            "That reel is our most popular post ever.",
            "Our best-performing reel ever: the bakery tour.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our shelter's TikTok of Biscuit the three-legged cat has 2.1 million views!!!", False),
        ("Nike's TikTok has 2.1 million views.", True),
    ],
)
def test_ours_by_its_owners_our(linter: Linter, text: str, passed: bool) -> None:
    """A holder named by a name is the writer's when its owner is "our" ("our
    shelter's TikTok"); a brand's TikTok as it stands is background."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("we see the pickle pie videos trending on tiktok. we don't even sell pickle pie.", True),
        ("We saw our hashtag trending all day.", False),
    ],
)
def test_what_we_see_trending(linter: Linter, text: str, passed: bool) -> None:
    """What "we see" trending, in the present, goes on around the writer; what
    "we saw" of our own hashtag is the team's campaign."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Every week a growth agency DMs us promising 10k followers.", True),
        ("The campaign delivered 10k followers.", False),
    ],
)
def test_a_metric_promised(linter: Linter, text: str, passed: bool) -> None:
    """Followers promised are a pitch, an offer; delivered, a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("That restoration video absolutely exploded overnight.", False),
        ("My carousel has been doing the rounds all week.", False),
        ("The boiler exploded overnight.", True),
    ],
)
def test_a_piece_that_exploded_or_does_the_rounds(linter: Linter, text: str, passed: bool) -> None:
    """A video that exploded, a carousel that has been doing the rounds, took
    off; a boiler that exploded did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("What does 60k followers get you? 19 paid keynotes this year.", True),
        ("What does 60k followers get you? 19 keynotes this year.", False),
        (
            "The reel was our most-watched video ever. The win: 318 new volunteer applications.",
            True,
        ),
    ],
)
def test_paid_keynotes_and_volunteer_applications(linter: Linter, text: str, passed: bool) -> None:
    """Paid keynotes and volunteer applications are outcomes that tie the
    followers and the views; keynotes given are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our agency's showreel just crossed a million. One. Million.", False),
        ("Our agency's budget just crossed a million.", True),
    ],
)
def test_a_showreel_that_crossed_a_million(linter: Linter, text: str, passed: bool) -> None:
    """A showreel holds an audience a bare milestone counts; a budget does not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A post by a backbench MP got 40k retweets this morning.", True),
        ("A post by our founder got 40k retweets.", False),
    ],
)
def test_a_piece_by_a_person_named_by_a_role(linter: Linter, text: str, passed: bool) -> None:
    """A post "by" an MP is the MP's; "by our founder" is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our webinar is tonight at 7pm, and 340 of you have registered.", True),
        ("300,000 of you watched our stream.", False),
    ],
)
def test_registered_to_attend(linter: Linter, text: str, passed: bool) -> None:
    """Those "of you" registered for a webinar will attend, as a crowd does;
    300,000 who watched are an audience."""
    assert _verdict(linter, text)[0] is passed


def test_round35_slice5_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 5's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our shelter's TikTok of Biscuit the three-legged cat has 2.1 million views!!!",
            "we see the pickle pie videos trending on tiktok. we don't even sell pickle pie.",
            "Every week a growth agency DMs us promising 10k followers.",
            "That restoration video absolutely exploded overnight.",
            "What does 60k followers get you? 19 paid keynotes this year.",
            "Our agency's showreel just crossed a million. One. Million.",
            "A post by a backbench MP got 40k retweets this morning.",
            "Our webinar is tonight at 7pm, and 340 of you have registered.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our webinar replay has now been veiwed over twelve thousand times on YouTube!!", False),
        ("Please veiw the replay on YouTube.", True),
    ],
)
def test_viewed_mistyped(linter: Linter, text: str, passed: bool) -> None:
    """ "Veiwed" counted in times, as people mistype it, is viewed; asked to
    "veiw" a replay is no count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Fun stat for the deck: the biggest cooking channel on YouTube has "
            "something like 40 million subscribers.",
            True,
        ),
        ("Our biggest channel has 40 million subscribers.", False),
    ],
)
def test_the_biggest_one_of_a_kind(linter: Linter, text: str, passed: bool) -> None:
    """ "The biggest cooking channel on YouTube", said in the present, is the
    kind's leader, not the writer's; "our biggest channel" is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The Herald's crossword apology got 2.4M views in a day, per their own social desk.",
            True,
        ),
        ("Our crossword apology got 2.4M views in a day.", False),
    ],
)
def test_credited_to_a_desk(linter: Linter, text: str, passed: bool) -> None:
    """A figure "per their own social desk" is credited to that newsroom."""
    assert _verdict(linter, text)[0] is passed


def test_round35_slice6_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 6's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our webinar replay has now been veiwed over twelve thousand times on YouTube!!",
            "Fun stat for the deck: the biggest cooking channel on YouTube has "
            "something like 40 million subscribers.",
            "The Herald's crossword apology got 2.4M views in a day, per their own social desk.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Nice engagement, but retention of that cohort is 91%.", True),
        ("Followers and likes are up 40%.", False),
    ],
)
def test_a_predicate_of_a_subject_set_against(linter: Linter, text: str, passed: bool) -> None:
    """ "Nice engagement, but retention … is 91%": the 91% is retention's, the
    subject nearer the verb after "but"; subjects joined by "and" share it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our reel got 220k views. Tuesday covers went from an average of 31 to 96 at the restaurant.",
            True,
        ),
        ("Our reel got 220k views. Tuesday covers were a worry at the restaurant.", False),
    ],
)
def test_from_an_average_to_another(linter: Linter, text: str, passed: bool) -> None:
    """An outcome that went "from an average of 31 to 96" changed."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Approach: we briefed 30 micro-creators, each with between 5k and 40k "
            "followers, to film the product.",
            True,
        ),
        ("We grew to between 5k and 40k followers per account.", False),
    ],
)
def test_a_range_that_sorts_creators(linter: Linter, text: str, passed: bool) -> None:
    """ "Between 5k and 40k followers" after creators (each with them) sorts them,
    a brief's range; grown to it is a result."""
    assert _verdict(linter, text)[0] is passed


def test_round35_slice7_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 7's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Nice engagement, but retention of that cohort is 91%.",
            "Our reel got 220k views. Tuesday covers went from an average of 31 to 96 at the restaurant.",
            "Approach: we briefed 30 micro-creators, each with between 5k and 40k followers, to film.",
            "We went from an average of 900 to 12k followers.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our Facebook Live of the switch-on had a reach of 86,000!!!", False),
        ("Nike's Facebook Live had a reach of 86,000.", True),
    ],
)
def test_ours_by_the_names_our(linter: Linter, text: str, passed: bool) -> None:
    """ "Our Facebook Live" is the writer's, the parse hanging "our" on the
    platform's name before it; a brand's Live as it stands is background."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "It generated 38.4 million impressions and 410,000 shares, with earned media "
            "worth an estimated £1.6M.",
            False,
        ),
        ("It generated 38.4 million impressions and £1.6M in sales.", True),
    ],
)
def test_earned_media_worth(linter: Linter, text: str, passed: bool) -> None:
    """Earned media "worth" a sum prices attention, as an earned media value
    does; sales are money made."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Page views went up 12% but calls to the helpline about that form fell by "
            "38,000, roughly £290,000 in staff time.",
            True,
        ),
        ("Page views went up 12% but the helpline was busy.", False),
    ],
)
def test_helpline_calls_and_staff_time(linter: Linter, text: str, passed: bool) -> None:
    """Calls to a helpline that fell, and staff time saved, are outcomes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The museum will be busy this half term (we expect around 5,000 visitors a "
            "day), so book a free timed slot.",
            True,
        ),
        ("Our site expects around 5,000 visitors a day after the launch.", False),
    ],
)
def test_visitors_with_a_timed_slot(linter: Linter, text: str, passed: bool) -> None:
    """Visitors told to book a timed slot come in person."""
    assert _verdict(linter, text)[0] is passed


def test_round35_slice8_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 8's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our Facebook Live of the switch-on had a reach of 86,000!!!",
            "It generated 38.4 million impressions, with earned media worth an estimated £1.6M.",
            "Page views went up 12% but calls to the helpline about that form fell by 38,000.",
            "The museum will be busy (we expect around 5,000 visitors a day), book a timed slot.",
        ],
    )
