"""Classes found by the thirty-eighth session's blind rounds (own-342..345,
left held out by the thirty-seventh, and the rounds after), on sentences
written for these tests (each: a text the class must read, and a near miss
it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.documents import Document, document_from_text
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Results are in: 22M views in ten days for our launch film.", False),
        ("RESULTS ARE IN 🔥🔥 Our launch film: 22M VIEWS in 10 days.", False),
        ("Results are in line with the industry: the average post gets 200 likes.", True),
    ],
)
def test_results_announced_as_in(linter: Linter, text: str, passed: bool) -> None:
    """ "The results are in" announces the writer's figures, though a plural
    in the present reads like a rule of thumb; results "in line with" the
    industry and the average post's likes stay a statistic."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our 'how to descale a kettle' reel is doing numbers.", False),
        ("our tiktok is doing numbers lmao.", False),
        (
            "A 'pet cures' video is trending on TikTok claiming garlic is safe for dogs. It is not.",
            True,
        ),
        ("the trending topics panel is gone lol", True),
    ],
)
def test_a_quoted_title_and_a_chat_aside(linter: Linter, text: str, passed: bool) -> None:
    """The closing mark of the writer's quoted title is no possessive ("a
    kettle'" owns nothing), and "lmao" after the claim names no thing; a
    title brought in with "a" is still someone else's, and a feature's name
    is still a feature."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our year in numbers:\n👀 12M impressions on our content\n"
            "💬 3,000 comments (ok we didn't count them all)",
            False,
        ),
        ("Our year in numbers:\n👀 we didn't count impressions, only orders", True),
    ],
)
def test_emoji_bulleted_lines_are_read_one_by_one(
    linter: Linter, text: str, passed: bool, suffix: str
) -> None:
    """A line opened by a pictograph is an item of its own: the last line's
    aside does not deny the impressions of the line before; a denial on the
    line itself still denies."""
    (result,) = linter.lint_documents([_document(text, suffix)])
    assert result.passed is passed


def _document(text: str, suffix: str) -> Document:
    return document_from_text(text, f"post{suffix}")


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Recap | summer van tour 2019: 9 towns · 20,000 free scoops handed out · "
            "1.8M Instagram impressions · 1 tired crew.",
            False,
        ),
        (
            "Summer tour: 9 towns · 500 free scoops handed out to the first 500 fans · one crew.",
            True,
        ),
    ],
)
def test_the_items_of_a_dotted_stat_line(linter: Linter, text: str, passed: bool) -> None:
    """Scoops handed out are an offer on their own item, not of the
    impressions after them; fans handed scoops are offered something."""
    (result,) = linter.lint_documents([_document(text, ".txt")])
    assert result.passed is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Ran socials for a bakery this spring. Results: followers from 700 → 5,200.", False),
        ("Instagram followers: from 700 to 5,200 in a year.", False),
        ("Story views averaging 2,300 a day.", False),
        ("Brands that work with creators with followers from 10k to 100k see better rates.", True),
        ("Tips for averaging views across posts.", True),
    ],
)
def test_a_change_after_the_term_with_no_verb(linter: Linter, text: str, passed: bool) -> None:
    """ "followers from 700 → 5,200" and "views averaging 2,300" report the
    term's own change and level; a band of sizes "with" creators is no change."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Today my post about our hiring checklist blew up.", False),
        ("my thread on hiring absolutely blew up overnight.", False),
        ("The pressure cooker in our test kitchen blew up.", True),
    ],
)
def test_a_piece_past_a_phrase_with_an_owner_or_a_gerund(
    linter: Linter, text: str, passed: bool
) -> None:
    """A piece named for its topic is still the piece past "our …" and a
    gerund; a cooker in a kitchen is no piece."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Engagement rate on our employer-brand posts: 7.9%. Industry average: 2%.", False),
        ("Click-through rate on our back-to-school emails: 6.2%.", False),
        ("Engagement rate on our employer-brand posts is something we track.", True),
    ],
)
def test_a_labelled_rate_past_a_hyphenated_word(linter: Linter, text: str, passed: bool) -> None:
    """A stat label's phrase may hold a hyphenated word before its colon."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Ranked 3rd among Irish food creators by engagement this year.", False),
        ("We came 4th by followers in the league.", False),
        ("We finished 3rd by followers in the whole league.", False),
        ("We were 1st in the league for engagement.", False),
        ("We ranked the top ten posts by reach to plan next month.", True),
        ("We were first in the queue for tickets.", True),
    ],
)
def test_a_place_in_a_ranking_by_attention(linter: Linter, text: str, passed: bool) -> None:
    """A place measured by attention ("3rd … by engagement", "1st in the
    league for engagement") is a ranking brag; posts sorted by reach and a
    place in a queue are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our podcast is now at seven digits of downloads. Thanks to the editors who cut "
            "40 minutes of debate into 12 every morning.",
            False,
        ),
        ("Our podcast is now at seven digits of downloads. We cut support costs by 30%.", True),
    ],
)
def test_a_cut_into_a_shorter_piece_is_no_saving(linter: Linter, text: str, passed: bool) -> None:
    """Debate cut into a shorter episode is editing, no cost saved; support
    costs cut by 30% are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our tweet about the lost umbrella has been retweeted by two MPs, a weatherman "
            "and a very famous dog account.",
            False,
        ),
        (
            "Posted our flood map at 6am, by noon it had been reposted by three national "
            "outlets and half of Twitter.",
            False,
        ),
        ("The agenda was shared by two managers and the CEO.", True),
        ("Our video was reposted by Sam and Priya.", True),
    ],
)
def test_a_piece_passed_on_by_a_roll_of_the_counted(
    linter: Linter, text: str, passed: bool
) -> None:
    """A piece of the writer's retweeted by a counted roll of notables is a
    brag of reach; an agenda shared in-house and two friends' reposts are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Sports day livestream: people tuned in from 38 countries.", False),
        ("Thank you for tuning in from 63 countries!", True),
        ("We shared recipes from 40 countries.", True),
    ],
)
def test_an_audience_counted_by_where_it_watched_from(
    linter: Linter, text: str, passed: bool
) -> None:
    """People who tuned in from counted countries are an audience's spread;
    a thank-you addresses it, and recipes from countries are what was shared."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Statement: a photo circulating online that claims to show our depot is from 2019. "
            "It has been shared widely; please check our website.",
            True,
        ),
        (
            "A fisherman in Mayo went viral this week for a clip of his cat steering the boat. "
            "9 million views. Give that cat a job.",
            True,
        ),
        ("A video we posted on Monday went everywhere. It has been shared widely.", False),
        ("Our clip went viral this week. 9 million views.", False),
        ("that video of my nan reviewing crisps went viral overnight. 6.2 million views.", False),
    ],
)
def test_a_sentence_going_on_about_anothers_piece(linter: Linter, text: str, passed: bool) -> None:
    """ "It" after a piece brought in with "a", and a bare count after someone
    brought in with "a" went viral, go on about that other's piece; the
    writer's own piece, and one of the writer's people, stay the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "We've seen the clip going viral of the swan on the high street. Please give him space.",
            True,
        ),
        ("We saw our hashtag trending all day.", False),
    ],
)
def test_a_statement_that_we_have_seen_a_clip(linter: Linter, text: str, passed: bool) -> None:
    """ "We've seen the clip going viral" is a statement's notice, as "we're
    aware of" is; a team that saw its own hashtag trending reports it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our ward videos did fine, about 12k views. But 180 people applied and we filled "
            "all four posts by August.",
            True,
        ),
        ("Our ward videos did fine, about 12k views. We filled our posts with tips.", False),
        (
            "Our budgeting reel got 300,000 views, and 1,700 of those people are now on the paid plan.",
            True,
        ),
        (
            "Our budgeting reel got 300,000 views, and 1,700 of those people are now on the mailing list.",
            False,
        ),
        ("The demo video was everywhere last week. 1,380 teams started a trial.", True),
        ("The demo video was everywhere last week. I started a free trial for 14 days.", False),
        ("The hedge-trimming reel reached 90,000 people. We got 61 new booking requests.", True),
        ("The hedge-trimming reel reached 90,000 people. We got 61 new friend requests.", False),
    ],
)
def test_outcomes_of_hiring_plans_trials_and_bookings(
    linter: Linter, text: str, passed: bool
) -> None:
    """Applicants counted, posts filled, people counted on a paid plan, trials
    started by counted teams and booking requests are outcomes; posts filled
    with tips, a mailing list, the writer's own trial and friend requests are
    not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("No one buys a sofa because we have 20k followers.", True),
        ("Everyone follows us because we have 20k followers.", False),
        ("Every week someone offers to 'boost my followers' for £19. Mate, I fix boilers.", True),
        ("An agency helped us boost our followers by 9,000.", False),
        ("In 2012 we'd have killed for 1,000 Facebook fans.", True),
        ("In 2012 we'd reached 1,000 Facebook fans by May.", False),
    ],
)
def test_denials_offers_and_wishes_never_had(linter: Linter, text: str, passed: bool) -> None:
    """A count as the reason no one buys, a seller's offer to grow them, and
    what the writer would have given anything for report no result; the
    count everyone follows for, an agency's help and fans reached do."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("💬 comments up 340% this month", False),
        ("She comments up to 40 times a day.", True),
    ],
)
def test_a_stat_lines_noun_tagged_a_verb(linter: Linter, text: str, passed: bool) -> None:
    """ "comments up 340%" opening its line is the noun and its change; a
    person who comments up to 40 times a day is a habit."""
    assert _verdict(linter, text)[0] is passed


def test_round38_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the first slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "RESULTS ARE IN 🔥🔥 Our launch film: 22M VIEWS in 10 days.",
            "Our 'how to descale a kettle' reel is doing numbers.",
            "our tiktok is doing numbers lmao.",
            "Results: followers from 700 → 5,200, reel views averaging 18k.",
            "Today my post about our hiring checklist blew up.",
            "Engagement rate on our employer-brand posts: 7.9%.",
            "Ranked 3rd among Irish food creators by engagement this year.",
            "We were 1st in the league for engagement.",
            "Thanks to the editors who cut 40 minutes of debate into 12 every morning.",
            "Our tweet has been retweeted by two MPs, a weatherman and a famous dog account.",
            "Sports day livestream: people tuned in from 38 countries.",
            "A fisherman in Mayo went viral for a clip of his cat. 9 million views.",
            "We've seen the clip going viral of the swan on the high street.",
            "But 180 people applied and we filled all four posts by August.",
            "1,700 of those people are now on the paid plan.",
            "1,380 teams started a trial. We got 61 new booking requests.",
            "No one buys a sofa because we have 20k followers.",
            "Every week someone offers to 'boost my followers' for £19.",
            "In 2012 we'd have killed for 1,000 Facebook fans.",
            "💬 comments up 340% this month",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A ball girl's diving catch at the final went viral on Sunday, with the clip "
            "racking up 9 million views on X.",
            True,
        ),
        (
            "Our diving catch video went viral on Sunday, with the clip racking up 9 million views.",
            False,
        ),
        (
            "A clip of a parish council meeting went viral this weekend after a councillor "
            "forgot to mute. The video has been viewed more than 4 million times on TikTok.",
            True,
        ),
        (
            "A clip we filmed at the parish meeting went viral. The video has been viewed 4 million times.",
            False,
        ),
        (
            "She previously ran audience at The Northern Post, where the newsletter grew to 900,000 subscribers.",
            True,
        ),
        (
            "I previously ran audience at The Northern Post, where the newsletter grew to 900,000 subscribers.",
            False,
        ),
    ],
)
def test_what_goes_on_about_anothers_piece_or_past_employer(
    linter: Linter, text: str, passed: bool
) -> None:
    """A "with" clause after someone brought in went viral, the piece named
    again in the next sentence, and a hire's past employer's numbers are
    theirs; the writer's own clip and the writer's past work stay claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Did anyone else see that grandma reviewing gas station sushi go viral this week?", True),
        ("Did anyone else see our reel go viral this week?", False),
        (
            "You've probably seen that fade tutorial going viral this week. Please don't try it at home.",
            True,
        ),
    ],
)
def test_others_clips_seen_and_asked_about(linter: Linter, text: str, passed: bool) -> None:
    """Asking peers whether they saw a clip go viral, and telling the reader
    they have probably seen one, is news of elsewhere; asking about the
    writer's own reel is a brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Every brief we've had this year has 'make it go viral' somewhere in it.", True),
        (
            "Every pitch deck I see has a slide that says 'go viral on TikTok'. It's not a plan.",
            True,
        ),
        ("A funder asked me what 'reached 40,000 people' meant and I couldn't say.", True),
        ("Our slide says 'we hit 1M views'!", False),
    ],
)
def test_words_quoted_from_a_document_or_defined(linter: Linter, text: str, passed: bool) -> None:
    """A quotation a brief or a slide holds, and one whose meaning is asked,
    are words named; the writer's own slide's line is still a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("blew up overnight?? 400k on the dumpling reel and my phone wont stop buzzing.", False),
        ("We spent 400k on the new reel.", True),
        ("Three posts in a row over 100k. Thanks for reading.", False),
        ("We wrote 3 posts over 2,000 words each.", True),
        ("Our sleep-spindle animation is EVERYWHERE this week.", False),
        ("Cartoons are everywhere in kids' TV.", True),
    ],
)
def test_counts_on_and_over_pieces(linter: Linter, text: str, passed: bool) -> None:
    """A bare count "on" a piece and pieces "over" a bare count are views; a
    budget spent on one and words written are not; an animation everywhere is
    a piece gone viral, cartoons in general are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The series got 2.3M impressions. That's 38% of our pipeline for the quarter.", True),
        ("The series got 2.3M impressions. 50% of TikTok users say they love a series.", False),
        ("My keynote clip went viral in March. My speaking fee went from $4k to $12k.", True),
        ("I've booked 23 paid engagements for next year.", True),
        (
            "Organic traffic is up 290%. Inbound calls from organic went from 40 a month to 310.",
            True,
        ),
        (
            "The graduation video got 3,000 views, and 9 local employers have now hired from us twice.",
            True,
        ),
        (
            "The graduation video got 3,000 views, and 9 local employers have hired new staff.",
            False,
        ),
        ("That thread got 2.3k retweets. 14 founders booked the paid audit since.", True),
        (
            "Our posts reached 90k people this month, and 37 senior dogs went home to new families.",
            True,
        ),
        ("Our posts reached 90k people this month. We hope the dogs find homes soon.", False),
        ("Our appeal video reached 200,000 people and 40 families came forward to foster.", True),
        ("Day 100:\n• 12.4k followers\n• 1.8M impressions\nRevenue: coming soon 😅", False),
        (
            "Day 100:\n• 12.4k followers\n• 1.8M impressions\nRevenue: $4,000 from three clients",
            True,
        ),
    ],
)
def test_outcomes_of_shares_fees_calls_hires_and_homes(
    linter: Linter, text: str, passed: bool
) -> None:
    """A share of the writer's pipeline, a fee raised, paid talks, inbound
    calls, hires from the writer, a paid audit booked by counted buyers,
    animals homed and families come forward are outcomes; a survey's share of
    users, others' new staff, a hope and revenue "coming soon" are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "We analysed 1.8M posts about diets and found that posts with more likes were "
            "less likely to be accurate.",
            True,
        ),
        ("We tracked our posts and found that our reels got 3x more likes.", False),
        ("My boss wants us to go viral with a pension product.", True),
        (
            "This week my students set up a fake account and tried to get 300 followers in a week.",
            True,
        ),
        ("We want to go viral with our pension product.", False),
        ("We set up a new account and tried to get 300 followers in a week.", False),
    ],
)
def test_a_studys_finding_and_wishes_of_people_i_know(
    linter: Linter, text: str, passed: bool
) -> None:
    """What a study of a sample found, and what the writer's boss or students
    want, are no result nor goal of the writer's; the writer's own finding and
    wish are."""
    assert _verdict(linter, text)[0] is passed


def test_round38_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the second slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "A ball girl's catch went viral on Sunday, with the clip racking up 9 million views.",
            "A clip of a council meeting went viral. The video has been viewed 4 million times.",
            "She previously ran audience at The Northern Post, where the newsletter grew to 900,000 subscribers.",
            "Did anyone else see that grandma reviewing sushi go viral this week?",
            "You've probably seen that fade tutorial going viral this week.",
            "Every brief we've had this year has 'make it go viral' somewhere in it.",
            "A funder asked me what 'reached 40,000 people' meant.",
            "blew up overnight?? 400k on the dumpling reel and my phone wont stop buzzing.",
            "Three posts in a row over 100k.",
            "That's 38% of our pipeline for the quarter.",
            "I've booked 23 paid engagements for next year.",
            "9 local employers have now hired from us twice.",
            "14 founders booked the paid audit since.",
            "37 senior dogs went home to new families.",
            "Revenue: coming soon 😅",
            "We analysed 1.8M posts and found that posts with more likes were less accurate.",
            "My boss wants us to go viral with a pension product.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Huge thanks to @chefjo (1.2M followers and great knife skills) for a recipe with our oil.",
            True,
        ),
        (
            "Huge thanks to our own chef Jo (1.2M followers and great knife skills) for the recipe.",
            False,
        ),
        ("We teased the new kettle colour. 48 hours later the pre-order list hit 7,300.", True),
        ("Our email list hit 7,300 this week.", False),
        (
            "The petition added 42,000 followers, but regular giving rose 17% in the next quarter.",
            True,
        ),
        ("The petition added 42,000 followers and a lot of goodwill.", False),
        ("Happy to hear opposing views (see: my 2016 views on podcasts).", True),
        ("Our post got 2016 views.", False),
        (
            "Grew my Twitter from 800 to 12k followers in 6 months without buying a single one.",
            False,
        ),
        ("Heads up: roadworks on King St mean traffic is backed up from 7 to 10am all week.", True),
        ("Site traffic is up 40% since we fixed our product pages.", False),
    ],
)
def test_handles_sized_orders_listed_years_and_roads(
    linter: Linter, text: str, passed: bool
) -> None:
    """A handle's size in its bracket, however long the aside; a pre-order
    list; regular giving; "my 2016 views" (a year's opinions); "without
    buying" (no sale); traffic backed up by roadworks: none a claim of
    attention or an outcome where it reads as one; an email list, a post's
    2016 views and site traffic are."""
    (result,) = linter.lint_documents([_document(text, ".txt")])
    assert result.passed is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("thanks for making our #PieDay post go absolutely nuts", False),
        ("The crowd went wild when we scored.", True),
        ("Yesterday's column on four-day weeks blew up.", False),
        ("The boiler in the four-storey block blew up.", True),
        ("my video explaining long division with cake is at 3.1 million now??", False),
        ("The video editing software is at 3.1 million users.", True),
        ("Officially seven digits on the reel from Porto.", False),
        ("Our turnover hit seven digits on the back of one product.", True),
        ("my vine of the cat got 30k revines overnight lol", False),
        (
            "A video of a spaniel 'helping' a lollipop lady in Ayr has gone viral this week, "
            "with more than 2 million views.",
            True,
        ),
        (
            "Our video of the team dancing went viral this week, with more than 2 million views.",
            False,
        ),
    ],
)
def test_pieces_gone_nuts_at_a_level_and_others_clips_counted(
    linter: Linter, text: str, passed: bool
) -> None:
    """A post gone nuts, a column past its topic, a video past its clause, a
    reel at seven digits and revines are attention; a crowd, a boiler, a
    product's users and turnover are not; a clip someone filmed of a dog is
    theirs, with its views."""
    assert _verdict(linter, text)[0] is passed


def test_round38_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the third slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Huge thanks to @chefjo (1.2M followers and great knife skills) for a recipe.",
            "48 hours later the pre-order list hit 7,300.",
            "Regular giving rose 17% in the next quarter.",
            "Happy to hear opposing views (see: my 2016 views on podcasts).",
            "Grew my Twitter to 12k followers without buying a single one.",
            "Roadworks on King St mean traffic is backed up from 7 to 10am.",
            "thanks for making our post go absolutely nuts",
            "Yesterday's column on four-day weeks blew up.",
            "my video explaining long division with cake is at 3.1 million now??",
            "Officially seven digits on the reel from Porto.",
            "A video of a spaniel 'helping' a lollipop lady has gone viral, with 2 million views.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("we crossed a quarter of a million on the channel today", False),
        ("We used a quarter of a million litres of water.", True),
        ("the fire safety reel is into seven digits now lol.", False),
        ("Our revenue is in the seven figures.", True),
        (
            "our face-oil video just became the most-viewed post in our history 🥹 4.8M views "
            "and 30k saves... you really want that glow",
            False,
        ),
        ("Someone asked how many subscribers you need before sponsors call.", True),
    ],
)
def test_parts_of_a_million_digits_reached_and_wants_misread(
    linter: Linter, text: str, passed: bool
) -> None:
    """A quarter of a million reached on a channel and a reel into seven
    digits are milestones; litres and revenue are not attention. Counts before
    "...you really want" are no wish of the reader's; subscribers a question
    asks about still are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The best head I ever worked for had 212 followers and a 98% attendance rate.", True),
        ("The page we run has 212k followers.", False),
        (
            "We'll look at why a post with 10,000 views can raise nothing while one seen by "
            "200 people raises thousands.",
            True,
        ),
        ("Our reel, seen by 2M people, is our best ever.", False),
        ("Ten thousand listeners a week. That's a sold-out arena every single month.", False),
        ("Ten thousand listeners a week, and we sold out the arena twice.", True),
    ],
)
def test_people_known_kinds_said_and_sizes_pictured(
    linter: Linter, text: str, passed: bool
) -> None:
    """A person the writer worked for holds their own audience; "one seen by
    200 people raises thousands" is said of any post; a sold-out arena that
    pictures listeners is no sale. The writer's page and reel, and an arena
    sold out, are claims."""
    assert _verdict(linter, text)[0] is passed


def test_round38_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the fourth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "we crossed a quarter of a million on the channel today",
            "the fire safety reel is into seven digits now lol.",
            "4.8M views and 30k saves... you really want that glow",
            "Someone asked how many subscribers you need before sponsors call.",
            "The best head I ever worked for had 212 followers.",
            "a post with 10,000 views can raise nothing while one seen by 200 people raises thousands.",
            "Ten thousand listeners a week. That's a sold-out arena every single month.",
        ],
    )
