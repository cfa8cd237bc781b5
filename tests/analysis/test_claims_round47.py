"""Classes found by the forty-seventh session's blind rounds (own-514..517, left
held out by the forty-sixth, and own-518..521), on sentences written for these
tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes, vanity_texts
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We made it to 40k!!! thank you all so much", False),
        ("we're already at 15k! more than the old app gave us in two years", False),
        ("Finally made it to 10,000 🎉 thank you for following along", False),
        ("We made it to the final!!! thank you all", True),
        ("We made it to $40k!!! thank you donors", True),
        ("we made it to 2025!!! happy new year", True),
        ("we're already at 12k raised for the shelter!", True),
    ],
)
def test_a_cheered_count_arrived_at(linter: Linter, text: str, passed: bool) -> None:
    """A big bare count cheered after "made it to" or after "we're" with an
    adverb before "at" is a milestone as "we're at 10K!!!" is; a final, an
    amount of money, a year or a count of money raised is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Bramble Bakery Easter reel = 2.4M views 🐣 our oven has never worked harder", False),
        ("one person scrolling past twice = 2 impressions, not 2 people", True),
        ("a reel = 2 views if the same person watches it twice", True),
    ],
)
def test_one_piece_equals_its_count(linter: Linter, text: str, passed: bool) -> None:
    """A piece of content named before "=" with no count on its side is the
    writer's count said with a sign; a worked example (a count on the left,
    or "a" piece) defines a metric."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "WE HIT 20,000 SUBSCRIBERS!!! Filmed the first one on a laptop from a car boot sale.",
            False,
        ),
        ("Picked up my first tripod at a jumble sale. 50k followers later, here we are.", False),
        ("Our spring sale made £14,000 in a weekend and 300 new customers signed up.", True),
    ],
)
def test_a_sale_where_things_are_bought_second_hand(
    linter: Linter, text: str, passed: bool
) -> None:
    """A car boot sale or a jumble sale is where the writer bought something,
    not sales made; a shop's own sale with its takings is an outcome."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Met Tomas Reyes at a meetup in 2018. He had maybe 400 followers then.", True),
        ("Interviewed Amara Obi last spring. She had 60k subscribers at the time.", True),
        ("Launched Luna's account in May. She had 20k followers by June!", False),
        ("Met our target in May. She had 20k followers by June!", False),
    ],
)
def test_a_count_held_by_someone_met_the_sentence_before(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "He had" or "She had" right after the writer met or interviewed a
    person by name is that person's past count; after a launch of the
    writer's own account, or a target met, "she" is the writer's account."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Every office I visit has a screen of trending topics by the coffee machine.", True),
        ("The newsroom keeps a list of trending topics on a whiteboard.", True),
        ("We were one of the trending topics in Portugal all afternoon!", False),
    ],
)
def test_trending_topics_on_a_screen(linter: Linter, text: str, passed: bool) -> None:
    """A screen or a list of trending topics is the platform's list of what
    trends elsewhere; the writer among them is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The spring promo got 1.9M video views. 31,000 new mobile lines activated in April.",
            True,
        ),
        ("The clip got 1.9M video views, and 2,400 activated seats by the end of May.", True),
        ("The spring promo got 1.9M video views. Check your lines are activated.", False),
    ],
)
def test_things_a_customer_activated(linter: Linter, text: str, passed: bool) -> None:
    """Phone lines, cards or seats activated, counted, are sales begun; lines
    merely activated in an instruction count none."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("3,500+ Instagram stories tagged us over the bank holiday ✨", False),
        ("we were tagged in 2,000 stories this week and the phone won't stop", False),
        ("3,500 stories tagged the mayor over the bank holiday.", True),
        ("Our stories tagged 4,000 customers who won the raffle.", True),
    ],
)
def test_others_pieces_that_tag_the_writer(linter: Linter, text: str, passed: bool) -> None:
    """A big count of other people's stories or posts that tagged the writer
    is attention; pieces that tag someone else, or the writer's pieces that
    tag customers, are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("a rival's 'we're closing for good' post went viral and people kept calling us", True),
        ("our 'we're closing for good' post went viral and people kept calling us", False),
    ],
)
def test_a_rivals_piece_with_a_quoted_title(linter: Linter, text: str, passed: bool) -> None:
    """A quoted title between a possessor and its piece does not hide whose
    the piece is: a rival's is theirs, ours is ours."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our 2024 report on regional productivity had 41,000 downloads in a month.", False),
        ("Our report on Q3 revenue: up 18% on last year.", True),
    ],
)
def test_an_outcome_a_report_is_about(linter: Linter, text: str, passed: bool) -> None:
    """An outcome word a report is on is the report's subject, no result; a
    report's outcome with its number reports it."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "weekly socials update 🧵\nig +2.1k\ntt +6.3k\nyt +450 subs\nthe dog video carried us ngl",
            False,
        ),
        ("Socials update: subs matter less than sales.", True),
    ],
)
def test_a_signed_count_on_a_stat_line(linter: Linter, text: str, passed: bool) -> None:
    """A metric with a signed count ("+450 subs") on a stat line is a gain
    reported, whatever verb the parse ran the lines into; the word alone in a
    sentence of opinion is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("like 400k ppl have seen the croissant video since monday 😭", False),
        ("400k ppl live in this city and about 20 of them buy our bread", True),
    ],
)
def test_people_shortened(linter: Linter, text: str, passed: bool) -> None:
    """ "ppl" are people: a big count of them who saw a piece is reach; a
    population that lives somewhere is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The launch film we put out on Monday has absolutely blown up 🚀", False),
        ("The brand film wrapped on Monday and the crew went home happy.", True),
    ],
)
def test_a_film_blown_up(linter: Linter, text: str, passed: bool) -> None:
    """A brand's film that blew up went viral; a film wrapped did nothing."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The column got maybe 9,000 reads. It led to 4 paid speaking engagements.", True),
        ("The column got 9,000 reads and a $45,000 book advance.", True),
        ("The column got 9,000 reads. I love speaking engagements.", False),
        ("The webinar got 40k views. Cost per opportunity fell 31% this year.", True),
        (
            "The launch tweet did 2M views. 300 teams tried it, and 52 of them moved over "
            "from a competitor.",
            True,
        ),
        ("The launch tweet did 2M views. 52 of them were bots.", False),
        ("Merch store: $48k this year. Thank you for 200k subscribers.", True),
        ("Thank you for 200k subscribers. New merch store opening soon.", False),
    ],
)
def test_outcomes_of_writers_and_b2b_teams(linter: Linter, text: str, passed: bool) -> None:
    """Paid talks and a book advance, a cost per opportunity changed,
    customers who moved over from a competitor, counted, and a merch store's
    money are outcomes; talks loved or a store opening are not."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("OUR CLIP JUST HIT HALF A MILLION 🔥🔥 thank you all", False),
        ("We hit half a million in revenue 🔥", True),
    ],
)
def test_half_a_million_before_an_emoji(linter: Linter, text: str, passed: bool) -> None:
    """ "Half a million" hit, an emoji after it, is a milestone however the
    emoji broke the parse; half a million in revenue is money."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our mascot's tweet just got retweeted for the 40,000th time. 🫡", False),
        ("I watched the final for the thousandth time last night.", True),
        ("Our reel got shared for the 10th time by my mum.", True),
    ],
)
def test_passed_on_for_the_nth_time(linter: Linter, text: str, passed: bool) -> None:
    """Retweeted "for the 40,000th time" is a count told by its ordinal; a
    viewer's own habit, or a small ordinal, is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("lol my pottery frog post has 60k notes?? he has a hat", False),
        ("Our release notes cover 1,400 notes from the last sprint.", True),
    ],
)
def test_a_tumblr_posts_notes(linter: Linter, text: str, passed: bool) -> None:
    """A post's notes, counted and big, are Tumblr's reblogs and likes;
    release notes are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The most-shared article about the storm last week was wrong about the bridge.", True),
        ("The most-shared article on our site this year was wrong, and we corrected it.", False),
        ("Over 3 million fans can't be wrong! Follow us for more.", False),
    ],
)
def test_what_spread_and_was_false(linter: Linter, text: str, passed: bool) -> None:
    """A piece its sentence calls wrong is what a debunking speaks of, not
    the writer's reach; the writer's own article stays a claim, and so do
    fans who "can't be wrong"."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Odd week: the Harlow Gazette's TikTok has 2 million followers and it still cut 30 jobs.",
            True,
        ),
        ("Our shelter's TikTok has 300k followers.", False),
        ("Our TikTok has 2 million followers.", False),
    ],
)
def test_a_names_channel_as_it_stands(linter: Linter, text: str, passed: bool) -> None:
    """A name's TikTok or account that "has" a count holds the name's
    audience, as "Nike has 300M followers" does; "our" channel, or our
    shelter's, holds the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Friday's livestream had 2,400 viewers, more than we could ever seat in the hall. Wow!",
            False,
        ),
        ("The dog's account has more followers than we could ever get.", True),
    ],
)
def test_more_than_a_room_holds(linter: Linter, text: str, passed: bool) -> None:
    """An audience "more than we could ever seat in the hall" is measured
    against the writer's room, and stays the writer's; more than the writer
    could get is someone else's count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Anyone have a source for the claim that reach on carousel posts halves after a day?",
            True,
        ),
        ("I don't buy the idea that reach drops 40% when you post links.", True),
        ("We proved the theory that our reels get 40% more reach at 7am.", False),
    ],
)
def test_a_claim_spelt_out_after_that(linter: Linter, text: str, passed: bool) -> None:
    """A "that" clause after "the claim", "the idea" or "the myth" is what is
    held or doubted; a theory of the writer's own reels proved is a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Client asked for 'more followers' today. I asked what they'd do with them.", True),
        ("We asked for more impressions and got 2M.", False),
    ],
)
def test_what_a_client_asked_for(linter: Linter, text: str, passed: bool) -> None:
    """What a client asks for is their wish, no result; the writer's own
    impressions got are a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our corner shop's TikTok is now bigger than the local radio station's. 31K vs 22K.",
            False,
        ),
        (
            "threads account is 2 weeks old and already bigger than my twitter was after 5 years.",
            False,
        ),
        ("Instagram is bigger than TikTok for most B2B brands.", True),
        ("Our kitchen is now bigger than the old one.", True),
    ],
)
def test_an_account_bigger_than_another(linter: Linter, text: str, passed: bool) -> None:
    """The writer's account on a platform called bigger than another's is
    its audience compared; platforms compared, or a kitchen, are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("we blew up overnight?? woke up to 400 notifications", False),
        ("the boiler blew up overnight, so no baking today", True),
    ],
)
def test_the_writers_blown_up_overnight(linter: Linter, text: str, passed: bool) -> None:
    """ "We blew up overnight" is the writers gone viral; a boiler that blew
    up did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Saw that the Harbour Inn's reel hit 3M views this week. Fair play to them.", True),
        ("Saw that our reel hit 3M views this week!", False),
        (
            "Pickle's video has been viewed over 2 MILLION times 🐶 the rescue's page "
            "has never seen anything like it!",
            False,
        ),
    ],
)
def test_a_names_piece_the_writer_saw(linter: Linter, text: str, passed: bool) -> None:
    """A named other's reel the writer saw reach a count is news of them;
    the writer's own reel seen so is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A report from the Social Trust says organic reach fell to 1.9% in 2016.", True),
        ("Average organic reach for charity pages on Facebook fell to 3% last year.", True),
        ("According to the Club Social Index, engagement per post fell by a third.", True),
        ("Handy stat from the 2024 creator survey: engagement per post fell by a third.", True),
        ("Our report says our reach grew 40%.", False),
        ("Update from our team: engagement per post fell by a third.", False),
    ],
)
def test_figures_of_a_report_or_an_index(linter: Linter, text: str, passed: bool) -> None:
    """What a report says, an average for many pages, and figures credited to
    an index or labelled as from a survey describe a sector; the writer's
    own report or team update reports the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The Evening Post's video unit now has 900k subscribers, per their own media kit.", True),
        ("Our channel has 900k subscribers, per our media kit.", False),
    ],
)
def test_credited_to_a_media_kit(linter: Linter, text: str, passed: bool) -> None:
    """A count credited "per their own media kit" is the outlet's; "per our
    media kit" is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Steam page went live in June 2022. The trailer did about 400k views on Twitter.",
            ["400k views"],
        ),
        ("Followers went to 12,000 in 2022.", ["Followers went to 12,000"]),
        ("We sold our Q1 sponsor slots at $30 CPM, about $24,000 in total. 9k listeners.", []),
        ("CPMs down to $2.10 this quarter.", ["CPMs down to $2.10"]),
    ],
)
def test_a_year_and_an_amount_that_count_no_metric(
    linter: Linter, text: str, spans: list[str]
) -> None:
    """A page that "went live in June 2022" reached no level, and an amount
    after a CPM's comma is the next clause's; followers that went to a count,
    and CPMs down to a price, are claims."""
    found = [t for t in vanity_texts(linter, text)[1] if "listeners" not in t]
    assert found == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Saved: €90k\nReach: 1.4M", ["Reach: 1.4M"]),
        ("- 2.1 million minutes watched\n- built in a garage", ["2.1 million minutes watched"]),
        ("I watched 40 minutes of it on the bus.", []),
        (
            "Our sale recap: email clicks 14k, site visits 61k, orders 2,210.",
            ["clicks 14k", "site visits 61k"],
        ),
        ("Planning site visits to the new plant for 1,200 staff.", []),
    ],
)
def test_stat_lines_of_a_shop_and_a_channel(linter: Linter, text: str, spans: list[str]) -> None:
    """Money saved on one line stops at its line, so the reach on the next is
    read; minutes watched, counted big, and a web shop's site visits are
    attention; a viewer's own minutes and visits to a plant are not."""
    assert vanity_texts(linter, text)[1] == spans


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Autumn launch recap (paid + organic)\nSpend: £9,000\nReach: 1.1M\nFollowers gained: 3,200",
            False,
        ),
        ("The 12,000 visitors spent £21 each at the fair.", True),
        ("The reel got 90k views, and 2,000 visitors spending £15 each at the fair.", True),
    ],
)
def test_a_recaps_spend_label(linter: Linter, text: str, passed: bool) -> None:
    """A recap's "Spend:" label is the campaign's cost, not money customers
    spent, whatever the parse hangs on it from the title line; visitors who
    spent, counted, are an outcome."""
    assert passes(linter, text, path="post.txt") is passed


def test_round47_prefilter_agrees(linter: Linter) -> None:
    """The prefiltered pass finds in this round's sentences what the full
    pass finds: each class's cue is one the prefilter sees."""
    assert_prefilter_agrees(
        linter,
        [
            "We made it to 40k!!! thank you all so much",
            "we're already at 15k! more than the old app gave us in two years",
            "Bramble Bakery Easter reel = 2.4M views 🐣 our oven has never worked harder",
            "WE HIT 20,000 SUBSCRIBERS!!! Filmed the first one on a laptop from a car boot sale.",
            "Met Tomas Reyes at a meetup in 2018. He had maybe 400 followers then.",
            "Every office I visit has a screen of trending topics by the coffee machine.",
            "The spring promo got 1.9M video views. 31,000 new mobile lines activated in April.",
            "3,500+ Instagram stories tagged us over the bank holiday ✨",
            "a rival's 'we're closing for good' post went viral and people kept calling us",
            "Our 2024 report on regional productivity had 41,000 downloads in a month.",
            "weekly socials update 🧵\nig +2.1k\ntt +6.3k\nyt +450 subs\nthe dog video carried us ngl",
            "like 400k ppl have seen the croissant video since monday 😭",
            "The launch film we put out on Monday has absolutely blown up 🚀",
            "The column got 9,000 reads and a $45,000 book advance.",
            "The launch tweet did 2M views. 300 teams tried it, and 52 of them moved over from a competitor.",
            "Merch store: $48k this year. Thank you for 200k subscribers.",
            "OUR CLIP JUST HIT HALF A MILLION 🔥🔥 thank you all",
            "Our mascot's tweet just got retweeted for the 40,000th time. 🫡",
            "lol my pottery frog post has 60k notes?? he has a hat",
            "The most-shared article about the storm last week was wrong about the bridge.",
            "Friday's livestream had 2,400 viewers, more than we could ever seat in the hall. Wow!",
            "I don't buy the idea that reach drops 40% when you post links.",
            "Client asked for 'more followers' today. I asked what they'd do with them.",
            "Our corner shop's TikTok is now bigger than the local radio station's. 31K vs 22K.",
            "threads account is 2 weeks old and already bigger than my twitter was after 5 years.",
            "we blew up overnight?? woke up to 400 notifications",
            "Saw that the Harbour Inn's reel hit 3M views this week. Fair play to them.",
            "A report from the Social Trust says organic reach fell to 1.9% in 2016.",
            "Handy stat from the 2024 creator survey: engagement per post fell by a third.",
            "The Evening Post's video unit now has 900k subscribers, per their own media kit.",
            "Steam page went live in June 2022. The trailer did about 400k views on Twitter.",
            "Saved: €90k\nReach: 1.4M",
            "- 2.1 million minutes watched\n- built in a garage",
            "Our sale recap: email clicks 14k, site visits 61k, orders 2,210.",
        ],
    )
