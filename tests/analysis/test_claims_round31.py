"""Classes found by the thirty-first session's blind rounds (own-146..149,
left held out by the thirtieth, and own-150..153), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter

# An en dash, as ranges are often typed: written as an escape, as ruff asks.
_EN = "\u2013"


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (f"After the rebrand: 40k{_EN}90k views a reel.", False),
        (f"Our clips now get 2,000{_EN}3,000 likes each.", False),
        (f"Temperatures are 5{_EN}8° above normal and trending up this weekend.", True),
        (f"Open 9{_EN}5 on weekdays; 2019{_EN}2024 archive below.", True),
    ],
)
def test_a_range_of_counts(linter: Linter, text: str, passed: bool) -> None:
    """A range's dash after a scale letter or a count grouped in thousands
    splits it, so its noun is counted; small ranges (degrees, hours, years)
    stay whole."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Six months ago the podcast was a hobby. Seven digits. I need a nap.", False),
        ("Eight digits 🤯", False),
        ("Enter all seven digits of your code.", True),
        ("The order number is seven digits long.", True),
        ("Six figures. In year one.", True),
    ],
)
def test_seven_digits_as_a_sentence_of_its_own(linter: Linter, text: str, passed: bool) -> None:
    """ "Seven digits." alone (marks and emoji beside it at most) tells a
    milestone with no noun and no verb; digits of a code, a length, or
    "six figures" (money as often) are none."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("2️⃣5️⃣0️⃣K 🥳", False),
        ("How to enter:\n1️⃣ Like this post\n2️⃣ Tag a friend", True),
    ],
)
def test_a_count_in_keycap_digits(linter: Linter, text: str, passed: bool) -> None:
    """Two or more keycap digits are a count; one numbers a list's step."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My recipe for barley bread is the most read page on the site this month.", False),
        ("Your comments are most welcome on the draft.", True),
    ],
)
def test_most_read(linter: Linter, text: str, passed: bool) -> None:
    """ "read" after "most" is a participle, as "watched" is; "most welcome"
    stays an adjective's degree."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My cookbook has 9,000 ratings on Goodreads and my page has 30,000 followers.", False),
        ("Our serum has 11,000 five-star ratings after the 30,000-follower launch.", True),
    ],
)
def test_ratings_counted(linter: Linter, text: str, passed: bool) -> None:
    """Ratings counted are engagement (no outcome to tie followers to); good
    ones, five-star or positive, are a reputation."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our town hall livestream reached 23,000 constituents last week.", False),
        ("The new bus route now reaches 23,000 constituents.", True),
        ("my pigeon bit hit 3.1M and my nan still hasn't watched it", False),
        ("We cut prices a bit and hit 3.1M in revenue.", True),
    ],
)
def test_constituents_reached_and_a_comedians_bit(linter: Linter, text: str, passed: bool) -> None:
    """Constituents reached are an audience; a comedian's bit is content
    whose bare count after "hit" counts its views; "a bit" is no bit."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The app hit #3 in the charts and 90,000 of you downloaded it this week.", True),
        ("Our new game: 40,000 people downloaded it in the first week.", True),
        ("90,000 of you downloaded our free ebook this week.", False),
    ],
)
def test_an_app_downloaded_by_counted_people(linter: Linter, text: str, passed: bool) -> None:
    """An app or a game downloaded by counted people is installed, an
    outcome; an ebook downloaded is read, attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reel went viral in May. 12,000 hampers shipped since!", True),
        ("The reel went viral in May, and 8,000 orders were dispatched that week.", True),
        ("The reel went viral in May, and we sent 40,000 emails.", False),
    ],
)
def test_goods_sent_to_customers(linter: Linter, text: str, passed: bool) -> None:
    """Goods shipped, sent or dispatched in a big count are orders fulfilled,
    also as a participle after the goods; emails sent are no goods."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Before we hired a 22-year-old to run our Instagram: 200 likes a post.", False),
        ("The job ad got 20k views and we hired 12 nurses from it.", True),
    ],
)
def test_an_age_is_no_count_of_hires(linter: Linter, text: str, passed: bool) -> None:
    """ "a 22-year-old" hired is one person described, no hires counted, so
    the likes beside it are tied to nothing; twelve nurses hired are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our explainer on VAT has been watched more times than we have customers.", False),
        ("We now have more customers than ever, thanks to the explainer's 2M views.", True),
    ],
)
def test_an_outcome_as_a_yardstick(linter: Linter, text: str, passed: bool) -> None:
    """An outcome in the "than" clause of a comparison is what a count is
    measured against, no result to tie it to."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A fan's video of our barista dancing behind the counter went viral.", True),
        ("The Governor's video announcing the budget has gone viral.", True),
        ("Our founder's clip of the team dancing went viral this week.", False),
    ],
)
def test_anothers_video(linter: Linter, text: str, passed: bool) -> None:
    """A video whose possessor is brought in with "a" ("a fan's"), or a role
    in any case ("The Governor's"), is another's; the writer's founder's is
    the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "In 2023 the average charity account posted daily and saw an engagement rate of 1.8%.",
            True,
        ),
        ("Smaller pages (under 5k followers) did best.", True),
        ("Newsletter open rates fell 9% sector-wide last year.", True),
        ("Our average post got 2,000 likes last quarter.", False),
        ("The average reel got 40k views this month on our page.", False),
    ],
)
def test_statistics_of_a_field(linter: Linter, text: str, passed: bool) -> None:
    """An average account's numbers (in any tense), a threshold in brackets,
    and a trend across a sector are statistics, no one's result; the
    writer's own average is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "We dropped the paywall. Page views barely moved, but reader contributions rose 4x.",
            True,
        ),
        ("We dropped the paywall. Page views rose 4x.", False),
    ],
)
def test_reader_contributions(linter: Linter, text: str, passed: bool) -> None:
    """Money an audience gives a publication, changed or counted, is an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("House rule: we never cut a trailer to go viral.", True),
        ("We don't post to go viral.", True),
        ("Our trailer went viral.", False),
    ],
)
def test_a_purpose_the_writer_denies(linter: Linter, text: str, passed: bool) -> None:
    """Going viral as the purpose of what the writer never does is no goal and
    no claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("FT: Town 3-2 United. 18,400 fans inside the stadium saw a last-minute winner.", True),
        ("18,400 fans watched our stream of the match.", False),
    ],
)
def test_a_crowd_at_the_ground_sees_a_goal(linter: Linter, text: str, passed: bool) -> None:
    """People at a ground who saw something are a crowd there, no reach."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Plan for the Tuesday when 300 people see your reel.", True),
        ("On a slow day 300 people see your post, and that is fine.", True),
        ("Every week 40,000 people see our posts.", False),
    ],
)
def test_the_readers_post_in_a_maxim(linter: Linter, text: str, passed: bool) -> None:
    """People who see the reader's post, in the present, are the reader's
    lot in a maxim; the writer's posts are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("not us passing 200k on the dumpling reel 😭", False),
        ("Who knew a sock puppet would get 3 million likes?", False),
        ("We haven't hit 10k followers yet.", True),
        ("Who knows if the next reel will get 3 million likes?", True),
    ],
)
def test_idioms_that_tell_it_happened(linter: Linter, text: str, passed: bool) -> None:
    """ "not us passing 200k" shows the writer doing it (no negation), and
    "who knew … would get" a surprise at what happened; a milestone not yet
    reached and a question about the next reel are no claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("we're seeing a lot of leeks 👀 this spring", True),
        ("Last week: 👀 3.2M ❤️ 140k", False),
    ],
)
def test_an_emoji_is_a_metric_beside_its_number(linter: Linter, text: str, passed: bool) -> None:
    """An emoji stands for a metric only beside its number, not after "a lot of"."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("200k followers! One lucky follower wins two tickets to Lisbon.", False),
        ("We won 3 new contracts after the video hit 2M views.", True),
        ("The dairy won back the council contract after the reel's 2M views.", True),
    ],
)
def test_a_prize_won_is_nothing_sold(linter: Linter, text: str, passed: bool) -> None:
    """Tickets someone wins are a giveaway, no tickets sold; contracts the
    writer won are business."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reel got 2M views and 600 of you applied through the link.", True),
        ("Our webinar had 2,000 viewers; 31 became opportunities and 4 have signed.", True),
        ("The reel got 2M views. Terms apply.", False),
        ("Our video got 2M views and 2,000 signed the petition.", False),
    ],
)
def test_counted_applicants_and_signers(linter: Linter, text: str, passed: bool) -> None:
    """Applicants counted ("600 of you applied") and a bare count that signed
    with no object are outcomes; "terms apply" and a petition signed are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our reminder reel reached 90,000 parents; 2,100 extra first doses were given.", True),
        ("The ads got 2M views; screening kit return rates rose from 48% to 57%.", True),
        ("The ads got 2M views. Take two doses a day.", False),
    ],
)
def test_public_health_outcomes(linter: Linter, text: str, passed: bool) -> None:
    """Doses given and screening kits returned, counted or changed, are a
    public-health campaign's outcomes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our plant runs 900 high-efficiency fans on solar power.", True),
        ("Our page has 900,000 fans.", False),
    ],
)
def test_a_plants_fans(linter: Linter, text: str, passed: bool) -> None:
    """Fans after "high-efficiency" or "industrial" cool a building."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("the pasta video is on 900k and my phone won't stop", False),
        ("Our trailer is at 2.4M already", False),
        ("The meeting is at 10am and our office is on 5th Avenue.", True),
        ("Our appeal is at £40k.", True),
    ],
)
def test_a_piece_of_contents_level(linter: Linter, text: str, passed: bool) -> None:
    """A piece of content "is on" or "is at" a bare big count: its views; a
    time, a street or money are no level of attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Saw Hollow Lane's ad went viral this weekend, fair play to them.", True),
        ("Saw our reel went viral over the weekend!", False),
    ],
)
def test_news_the_writer_saw(linter: Linter, text: str, passed: bool) -> None:
    """ "Saw <another's ad> went viral", a finite clause, is news the writer
    read; the writer's own reel is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("50K of you said 'bring back the green kit'. We're listening.", False),
        ("50K of you ordered the green kit.", True),
    ],
)
def test_what_a_crowd_of_you_said(linter: Linter, text: str, passed: bool) -> None:
    """What "N of you said" is their words, no outcome; an order is one."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_round31s_cues(linter: Linter) -> None:
    """The cues these classes added ("digits" alone, content "is on" a count,
    a keycap count) reach the prefiltered pass as the full one (the first two
    were found alone and missed in a batch)."""
    assert_prefilter_agrees(
        linter,
        [
            "lads the pasta video is on 900k. my phone won't stop",
            "Seven digits. On a video about gravy.",
            "Our trailer is at 2.4M already",
            "The meeting is at 10am and our office is on 5th Avenue.",
            "2️⃣5️⃣0️⃣K 🥳",
            f"After the rebrand: 40k{_EN}90k views a reel.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Enrolments passed 300. The open day stream, watched by 8,000 people, played a big part.",
            True,
        ),
        ("The reel got 2M views. The band played a big part.", False),
    ],
)
def test_a_metric_credited_with_the_outcome_before(linter: Linter, text: str, passed: bool) -> None:
    """A sentence that ends by crediting the one before ("played a big part")
    ties its attention count to that sentence's outcome; with no outcome
    before, it ties nothing."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Enrolments have passed 300 for the spring intake. The stream got 8,000 views.", True),
        ("Donations crossed £40,000 after the film's 2M views.", True),
        ("Customers crossed the road for it; 2M views.", False),
    ],
)
def test_an_outcome_past_a_level(linter: Linter, text: str, passed: bool) -> None:
    """An outcome that "passed" or "crossed" a count or a sum is counted; one
    that crossed a road is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Applications to our new MSc are up 40%, helped by a stream 9,000 people watched.", True),
        ("Our app now runs 40% faster in 3 applications, and the demo got 9,000 views.", False),
    ],
)
def test_applications_to_a_degree(linter: Linter, text: str, passed: bool) -> None:
    """Applications to a degree named by its letters (MSc, BA, PhD) are a
    school's outcome; software applications are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Seeing 'desk yoga' trending again and honestly we support it.", True),
        ("Seeing our hashtag trending again today!", False),
    ],
)
def test_a_trend_the_writer_sees(linter: Linter, text: str, passed: bool) -> None:
    """ "Seeing X trending" with the parse's loose label is still a trend noticed."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Page views rose 60% this year. The real win: 12,000 new digital subscribers paying for local news.",
            True,
        ),
        ("Our channel crossed 40,000 subscribers on YouTube.", False),
    ],
)
def test_subscribers_who_pay_said_after(linter: Linter, text: str, passed: bool) -> None:
    """Members or subscribers "paying for" something are customers, however
    the metric beside them is named."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Client question of the week: 'Why did our reach drop 40% in May?' The platform changed.",
            True,
        ),
        ("Our question of the week: why did our reach grow 40% in May?", False),
        ("question for creators around 50k followers: what do you charge for a video?", True),
        ("4 posts over 1M impressions this quarter, all from the founder.", False),
    ],
)
def test_a_clients_question_and_a_band_of_creators(linter: Linter, text: str, passed: bool) -> None:
    """A line a label gives to a client ("Client question:") is the client's;
    creators "around 50k followers" are a band addressed; posts counted over
    a bound are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "conversion rate = orders ÷ sessions × 100, and engagement rate = interactions ÷ reach",
            True,
        ),
        ("Workshop invite: 'Trending on purpose?' with two strategists.", True),
        ("Trending this week was wild for our little shop.", False),
    ],
)
def test_a_formula_and_a_question_posed(linter: Linter, text: str, passed: bool) -> None:
    """The side a formula defines, and a subjectless gerund posed as a
    question, are topics."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The mini-series drops tomorrow. The vlog goes up at 6pm on Sunday.", True),
        ("Our vlog went up 40% in views this month.", False),
        (
            "Got engaged this weekend 💍 he proposed mid-shoot. the engagement vlog is up Sunday",
            True,
        ),
    ],
)
def test_a_channel_going_up_and_a_betrothal(linter: Linter, text: str, passed: bool) -> None:
    """A vlog that "goes up" at an hour is published, not grown; an
    engagement after a proposal is a betrothal."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("0 → 100k in 9 weeks. I don't know what I did.", False),
        ("Price: £20 → £25 from May.", True),
        ("2019 → 2024: five years of the shop.", True),
    ],
)
def test_a_bare_count_grown_by_an_arrow(linter: Linter, text: str, passed: bool) -> None:
    """A line that opens with a count and an arrow to a bigger bare one is an
    audience grown; prices and years are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my aunt texted me a screenshot. 700k views in 36 hours for a video about gutters", False),
        ("We shipped v2. 3 bugs left, all cosmetic.", True),
    ],
)
def test_a_count_opens_its_sentence(linter: Linter, text: str, passed: bool) -> None:
    """A count after a full stop opens the next sentence with its noun (the
    senter cut after the count)."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("a reel can do 2 million and change nothing about your week.", True),
        ("our pancake reel just did 2 million", False),
    ],
)
def test_any_such_piece_reaching_a_count(linter: Linter, text: str, passed: bool) -> None:
    """A piece of content that "can do 2 million", any such piece, is a rule of
    thumb; the writer's reel that did is a result."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_round31s_later_cues(linter: Linter) -> None:
    """The arrow between bare counts and the count that opens a sentence reach
    the prefiltered pass as the full one."""
    assert_prefilter_agrees(
        linter,
        [
            "0 → 100k in 9 weeks. I don't know what I did.",
            "my aunt texted me a screenshot. 700k views in 36 hours for a video about gutters",
            "Enrolments passed 300. The open day stream, watched by 8,000 people, played a big part.",
            "Price: £20 → £25 from May.",
            "2019 → 2024: five years of the shop.",
            "The vlog goes up at 6pm on Sunday.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our penguin cam had 2 million views; more to the point, annual passes are up 30% on last year.",
            True,
        ),
        ("Our penguin cam had 2 million views this spring.", False),
        ("Suite 9: two balconies, 270° views of the bay, one very loud gull.", True),
        ("I'm a sales guy who posts daily. This year: 40,000 followers.", False),
    ],
)
def test_passes_an_angles_views_and_a_sales_guy(linter: Linter, text: str, passed: bool) -> None:
    """Annual passes changed are customers; views in degrees are scenery; a
    "sales guy" names a job, no sales made."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our channel hit 40k subscribers, and 31% of our completed mortgages came from it.", True),
        ("The ad: 2.3M views, 19k clicks, 4,800 switches, cost per switch £12.", True),
        ("The reel went viral and Friday was our biggest day of sales ever.", True),
        ("Our network switches now handle 2M views a day without a hiccup.", True),
        ("Our reel went viral. Our head of sales loved it.", False),
    ],
)
def test_a_lenders_and_a_suppliers_customers(linter: Linter, text: str, passed: bool) -> None:
    """Mortgages completed, customers switched (and their cost per switch) and
    a seller's biggest day of sales are outcomes; a network's switches and a
    head of sales are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Quick tip: reach is how many unique accounts saw your post.", True),
        ("Six figures. That's how many followers this page has now.", False),
        ("Interesting to see the 'sad desk lunch' video go viral again this week.", True),
        ("We were thrilled to see our reel go viral this week.", False),
        ("What a night! 60,000 fans, one trophy, and the whole squad on the bus.", True),
    ],
)
def test_a_definition_a_trend_seen_and_a_cup_final(linter: Linter, text: str, passed: bool) -> None:
    """ "is how many" defines a metric; "interesting to see X go viral" notices
    another's; fans with a trophy and a squad are a crowd; "That's how many
    followers…" and the writer's own reel stay claims."""
    assert _verdict(linter, text)[0] is passed
