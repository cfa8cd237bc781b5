"""Classes found by the twenty-eighth session's blind rounds, on sentences
written for these tests (each: a text the class must read, and a near miss it
must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The launch reel passed 3M views. Sales impact? Too soon to tell.", False),
        ("The launch reel passed 3M views. The ROI? 8.4M impressions, zero regrets.", False),
        ("The launch reel passed 3M views. Sales impact? Up 18% on launch week.", True),
        ("The launch reel passed 3M views. The ROI? 4.2x on what we spent.", True),
    ],
)
def test_an_outcome_asked_and_left_unanswered(linter: Linter, text: str, passed: bool) -> None:
    """An outcome asked as a label of its own ("Sales impact?", "The ROI?")
    reports nothing when what follows is no answer or is attention counted
    again; an amount or a direction after it answers it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Thanks to every parent who came to our Year 9 engagement evening.", True),
        ("Our Level 2 views workshop runs on Friday.", True),
        ("This year 40k people followed our page.", False),
    ],
)
def test_a_titled_number_names_what_it_follows(linter: Linter, text: str, passed: bool) -> None:
    """A number after a title-cased "Year", "Level" or "Episode" names a
    school year or a level, no count of the noun after it; "this year 40k
    people" still counts."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Going viral won't pay your suppliers. A cash-flow plan will.", True),
        ("Going viral doesn't fix a leaky checkout.", True),
        ("Going viral last spring changed everything for our little shop.", False),
    ],
)
def test_going_viral_said_of_any_time(linter: Linter, text: str, passed: bool) -> None:
    """What going viral does or will not do, with "does" or a modal, is a
    view of it; going viral told in the past is the writer's result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("One of our recipe videos crossed seven digits this week.", False),
        ("One of our stockists passed 2M last year.", True),
    ],
)
def test_one_of_our_pieces_reaching_a_milestone(linter: Linter, text: str, passed: bool) -> None:
    """ "One of our videos" reaching a bare big count is the piece's audience;
    one of anything else is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our podcast sponsor paid us $6,000 for the season, and the feed passed 90k plays.", True),
        ("We paid the studio $6,000 for the season, and the feed passed 90k plays.", False),
    ],
)
def test_money_paid_to_the_writer_is_income(linter: Linter, text: str, passed: bool) -> None:
    """Money anyone paid the writer ("the sponsor paid us $6,000") is income;
    money the writer paid is a cost."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Tip for makers: 3,000 people saving your pin means nothing if the price is hidden.",
            True,
        ),
        ("3,000 people saved our pin this week.", False),
    ],
)
def test_a_count_said_to_mean_nothing(linter: Linter, text: str, passed: bool) -> None:
    """A count of people doing something that "means nothing" is a view of
    the count, no result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Meet Priya, our new community lead. Her job is to grow our following.", True),
        ("Meet Priya, our community lead. She grew our following to 80k this year.", False),
    ],
)
def test_a_duty_is_no_result(linter: Linter, text: str, passed: bool) -> None:
    """What someone's job "is to" do is work to come; what they did is a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Post A gets 2M views. Post B gets 40k views from buyers.", False),
        ("Client A: 2.1M video views. Client B: +30k followers.", True),
    ],
)
def test_a_made_up_case_is_no_result(linter: Linter, text: str, warned: bool) -> None:
    """A post or a creator named by a single letter is a case made up to
    compare, reported at most as info; a client named so is a real one kept
    anonymous."""
    _, found = _verdict(linter, text)
    assert any(severity != "INFO" for _, severity, _ in found) is warned


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Every agency deck I review has a slide called 'Going Viral'. Please stop.", True),
        ("Our reel called 'Tuesday' went viral last week.", False),
    ],
)
def test_a_quoted_name_is_what_a_thing_is_called(linter: Linter, text: str, passed: bool) -> None:
    """Words quoted after "called" or "titled" are a name; a thing so named
    that then went viral is still a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("We are now the most followed logistics startup in Wales.", True),
        ("The most visited help pages were the returns guides.", False),
    ],
)
def test_most_followed_before_a_compound(linter: Linter, text: str, warned: bool) -> None:
    """ "The most followed furniture brand": a plural modifier of one thing is
    no ranking of many; "the most visited help pages" walk through a list."""
    _, found = _verdict(linter, text)
    assert any(severity != "INFO" for _, severity, _ in found) is warned


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our reel got in front of more people than live in Cardiff.", False),
        ("The choir sang in front of more people than ever at the cathedral.", True),
    ],
)
def test_in_front_of_more_people_than(linter: Linter, text: str, passed: bool) -> None:
    """A piece put in front of more people than a population is reach
    compared; singing in front of a crowd is presence, not reach."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our shelter dog's photo was shared further than anything we have posted.", False),
        ("Our shelter dog's photo was shared more widely than anything we have posted.", False),
        ("Our team walked further than ever for the charity this year.", True),
    ],
)
def test_shared_further_than(linter: Linter, text: str, passed: bool) -> None:
    """Shared "further" or "more widely" than anything else is a comparison
    of spread; walking further is no attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We got raided by 3,000 people mid-stream last night!", False),
        ("Got raided by a streamer with 60k followers and instantly lost the match.", True),
    ],
)
def test_raided_by_counted_viewers(linter: Linter, text: str, passed: bool) -> None:
    """A stream raided by counted viewers is an audience arriving; the count
    of a raider's followers is what the raider has, background."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reel we nearly deleted is sitting at 700k this morning.", False),
        ("The pallet we nearly returned is sitting at 700k this morning.", True),
    ],
)
def test_a_piece_with_a_clause_reaching_a_count(linter: Linter, text: str, passed: bool) -> None:
    """A piece of content with a clause between it and its verb ("the reel we
    nearly deleted is sitting at 700k") reaches an audience; another subject does not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Passed 18,000 subscribers today. One essay a week, every week, for three years.", False),
        ("Passed 18,000 subscribers on the paid plan today.", True),
    ],
)
def test_subscribers_of_an_essay(linter: Linter, text: str, passed: bool) -> None:
    """Subscribers to a writer's essays are readers; on a paid plan, customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Our pancake stunt hit #2 on Google Trends for an afternoon.", True),
        ("Google Trends shows pancake searches peak in February.", False),
    ],
)
def test_a_rank_on_google_trends(linter: Linter, text: str, warned: bool) -> None:
    """A rank on Google Trends is a chart of attention; what the tool shows
    about a topic is no rank of the writer's."""
    _, found = _verdict(linter, text)
    assert any(severity != "INFO" for _, severity, _ in found) is warned


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("1,870 of you saved the budgeting template post this week.", False),
        ("1,870 of you saved money with the spring discount code.", True),
    ],
)
def test_counted_readers_who_saved_a_post(linter: Linter, text: str, passed: bool) -> None:
    """ "N of you saved" a post are readers keeping it; saving money is a discount."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our sound has now been used in 52,000 videos.", False),
        ("Over 52,000 videos now use our jingle as their sound.", False),
        ("We used 52,000 videos of street scenes to train the model.", True),
    ],
)
def test_a_sound_used_in_counted_videos(linter: Linter, text: str, passed: bool) -> None:
    """A sound taken up in a big count of videos is attention; videos the
    writer used as material are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The teaser just crossed a million. I need a lie down.", False),
        ("The teaser just crossed a million in pre-sales.", True),
    ],
)
def test_a_piece_crossing_a_scale_word(linter: Linter, text: str, passed: bool) -> None:
    """A piece that "crossed a million" with nothing counted after it crossed
    an audience; "a million in pre-sales" is money."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Our cake clip is #2 on the front page of r/baking right now!", True),
        ("Our bakery made the front page of the local paper's food section.", False),
    ],
)
def test_a_rank_on_a_front_page(linter: Linter, text: str, warned: bool) -> None:
    """A rank on a site's front page is a chart of upvotes; being on a
    paper's front page with no rank is coverage, no chart."""
    _, found = _verdict(linter, text)
    assert any(severity != "INFO" for _, severity, _ in found) is warned


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our trailer was watched 40,000 times and I would like to thank everyone.", False),
        ("Our trailer was watched and shared 40,000 times.", False),
    ],
)
def test_a_clause_with_its_own_subject_is_no_list_item(
    linter: Linter, text: str, passed: bool
) -> None:
    """A verb joined by "and" with a subject of its own ("and I would like")
    takes nothing from the counted verb before it; "watched and shared 40,000
    times" shares the count."""
    found = _verdict(linter, text)[1]
    assert not any(text_ == "like" for _, _, text_ in found)
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our album passed 900k streams and I would like to buy every listener a pint.", False),
        ("Our album passed 900k streams and 4,000 listeners went on to buy the vinyl.", True),
    ],
)
def test_the_writer_wanting_to_buy_is_no_sale(linter: Linter, text: str, passed: bool) -> None:
    """The writer wanting to buy something spends; listeners who bought are sales."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Launch week: 6M views across markets. Share of conversation vs rivals: 58%.", False),
        ("Launch week: 6M views, and our share of the market rose to 14% in 9 markets.", True),
    ],
)
def test_share_of_conversation_is_no_market_share(linter: Linter, text: str, passed: bool) -> None:
    """A share of conversation is attention, however "markets" sits nearby; a
    share of the market is an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The trick to getting more views? Post at 7pm.", True),
        ("We got 4,000 more followers by posting at lunchtime.", False),
    ],
)
def test_the_trick_to_getting_attention(linter: Linter, text: str, passed: bool) -> None:
    """ "The trick to getting more views" is advice about attention; more
    followers got by a means is a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We covered payroll from the online shop this month. A year ago we had 300 followers.",
         True),
        ("A year ago we had 300 followers. Now we have 30,000.", False),
    ],
)  # fmt: skip
def test_making_payroll_is_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    """Covering or making payroll from sales is money made."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Facebook\nPage likes: 12,400\nPost reach: 301,000\n\nNextdoor\n  Members reached: 48,000",
            False,
        ),
        ("Monthly report\nPage likes: 12,400\nNew paying members: 480 (+12%)", True),
    ],
)
def test_members_reached_are_reach(linter: Linter, text: str, passed: bool) -> None:
    """ "Members reached" is a reach figure; paying members gained are customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Six months in: 22k followers and 3M views. Revenue is a 2027 problem!", False),
        ("Six months in: 22k followers and 3M views. Revenue is up 30% on last year.", True),
    ],
)
def test_an_outcome_called_a_problem_for_later(linter: Linter, text: str, passed: bool) -> None:
    """An outcome called a problem for later ("revenue is a next-year
    problem", "a 2027 problem") reports none; revenue up reports one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Last spring a shopper's video about our queue went viral before our team saw it.", True),
        ("Last spring our video about the queue went viral before the team saw it.", False),
    ],
)
def test_an_unnamed_persons_piece_beside_our_words(linter: Linter, text: str, passed: bool) -> None:
    """A piece owned by someone brought in with "a" ("a shopper's video") is
    theirs, whatever "our" the sentence also holds."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Reminder: 5,000 people watching a reel is not the same as 5,000 people wanting what"
            " you sell.",
            True,
        ),
        ("5,000 people liked our post this week.", False),
    ],
)
def test_a_count_said_not_to_be_the_same(linter: Linter, text: str, passed: bool) -> None:
    """A count of people said "not the same as" another is a definition."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our Mother's Day reel got more views than anything we posted all year!", False),
        ("My mother's reel got more views than anything I posted all year!", True),
    ],
)
def test_a_days_name_is_no_owner(linter: Linter, text: str, passed: bool) -> None:
    """ "Father's Day" names a day: the reel is the writer's; "my father's
    reel" is his."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Hot take: nobody ever kept their job because impressions went up.", True),
        ("Our impressions went up 40% because the reel took off.", False),
    ],
)
def test_a_reason_denied_of_everyone(linter: Linter, text: str, passed: bool) -> None:
    """A count's change given as the reason of something "nobody" got is a
    maxim, no one's result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Valentine's weekend: 640 hampers out the door, and the reel got 9k views too.", True),
        ("Valentine's weekend: we finally got out the door on time, and hit 9k followers.",
         False),
    ],
)  # fmt: skip
def test_goods_out_the_door_are_sold(linter: Linter, text: str, passed: bool) -> None:
    """Goods counted "out the door" left the shop sold; people getting out
    the door are leaving."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Last night's Q&A had 9,000 viewers.", False),
        ("Nike has 300M followers and we have 3,000. Fine by us.", True),
    ],
)
def test_an_event_dated_by_a_possessive_is_ours(linter: Linter, text: str, passed: bool) -> None:
    """An event dated by a possessive of time ("last night's Q&A")
    is the writer's, whatever the tagger makes its noun; a name's audience as
    it stands is background."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Not every post has to sell. This one didn't, and it still got 2 million views.", False),
        ("Not every post has to sell, but this one did: 400 orders in a day.", True),
    ],
)
def test_what_a_post_has_to_do_is_no_sale(linter: Linter, text: str, passed: bool) -> None:
    """What something "has to" do is a duty, nothing sold; orders told are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("50K FAM!!! 🥳 thank you all, giveaway tomorrow", False),
        ("Our fam of 5 is off to Cornwall for the week 🥳", True),
    ],
)
def test_a_big_fam_is_followers(linter: Linter, text: str, passed: bool) -> None:
    """A big count of "fam" is a creator's followers; a family of five is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our Instagram reach is up 190% this month.", False),
        ("We reach 190 schools across the county every month.", True),
    ],
)
def test_platform_reach_up(linter: Linter, text: str, passed: bool) -> None:
    """ "Instagram reach is up 190%", the tagger's verb read as the noun after a
    platform; a verb of reaching places is no metric."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Nobody:\nAbsolutely nobody:\nMy doodle of a goose in a tie: 900k views", False),
        ("client: why did the goose doodle get 900k views", True),
    ],
)
def test_the_nobody_meme_is_the_writers_line(linter: Linter, text: str, passed: bool) -> None:
    """The "Nobody:" meme sets up the writer's own line; a client's labelled
    line is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("This week's issue got 1,800 forwards. A newsletter about bins!", False),
        ("We signed 3 forwards and a keeper this summer.", True),
    ],
)
def test_forwards_of_an_issue(linter: Linter, text: str, passed: bool) -> None:
    """Forwards counted beside an issue or a newsletter are readers passing it
    on; a team's forwards are players."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my flatmate's clip of him dropping a cake went viral and he will not stop talking about it",
         True),
        ("my clip of me dropping a cake went viral and I will not stop talking about it", False),
    ],
)  # fmt: skip
def test_a_flatmates_clip_is_theirs(linter: Linter, text: str, passed: bool) -> None:
    """A flatmate, a mate or a buddy is someone the writer knows: their clip
    going viral is theirs; the writer's own clip is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Q3: the creator seeding got us 600k impressions. Wholesale: first PO is £52,000.", True),
        ("Q3: the creator seeding got us 600k impressions. Sent samples to a PO Box in Leeds.",
         False),
    ],
)  # fmt: skip
def test_a_po_with_an_amount_is_an_order(linter: Linter, text: str, passed: bool) -> None:
    """A purchase order by its short name, with an amount, is an order won;
    a PO box is an address."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_round28s_cues(linter: Linter) -> None:
    """The cues these classes added ("further", "in" before a count, pieces
    counted with a verb, charts) reach the prefiltered pass as the full one."""
    assert_prefilter_agrees(
        linter,
        [
            "Our shelter dog's photo was shared further than anything we have posted.",
            "Our sound has now been used in 52,000 videos.",
            "Over 52,000 videos now use our jingle as their sound.",
            "1,870 of you saved the budgeting template post this week.",
            "We got raided by 3,000 people mid-stream last night!",
            "Our cake clip is #2 on the front page of r/baking right now!",
            "Our pancake stunt hit #2 on Google Trends for an afternoon.",
            "The teaser just crossed a million. I need a lie down.",
            "Lunch is at nine, and it is on us.",
        ],
    )


def test_a_title_reads_the_whole_paragraph_after_it_in_a_chunk(linter: Linter) -> None:
    """A first paragraph read as a title takes the words of the paragraph
    after it ("video" makes its subscribers a channel's); the prefiltered
    pass, whose chunk may end inside that paragraph, reads the same words
    as the full pass (own116-034 differed by the batch it was linted in)."""
    story = (
        "Nine years ago I put my first lesson online for 0 subscribers.\n\n"
        "It ran for twelve minutes, filmed on a phone propped against a teapot in my"
        " kitchen. My brother said the sound was awful. He was right. It was a video"
        " about knitting a heel.\n\n"
        "I kept going. One lesson a week, then two.\n\n"
        "Today the channel has 640k subscribers and 90M lifetime views."
    )
    assert_prefilter_agrees(linter, [story, story, story, story])
