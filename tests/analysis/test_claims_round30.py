"""Classes found by the thirtieth session's blind rounds (and the classes of
own-134, own-135 and own-137 left held out by the twenty-ninth), on sentences
written for these tests (each: a text the class must read, and a near miss it
must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The repo crossed 5k stars overnight after the launch post.", False),
        ("Our parser repo was starred 900 times this week.", False),
        ("We're now the 3rd most-starred charting library on GitHub.", False),
        ("Our repo's README shows a 4.8-star rating from 900 reviews.", True),
        ("The hotel collected 4,000 stars in its reviews this year.", True),
        ("The guest house was starred 900 times in the travel guide.", True),
    ],
)
def test_stars_of_a_repository_without_the_devrel_pack(
    linter: Linter, text: str, passed: bool
) -> None:
    """Stars counted, or a project starred, beside a repository or GitHub are
    its developer audience in the bundled pack; a rating's stars, or a place
    starred in a guide, name neither."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I hit 250k last night and I'm still shaking.", False),
        ("We passed 50k overnight 🎉", False),
        ("Ours hit 180k this week.", False),
        ("The price hit 250k last night.", True),
        ("Our fundraiser crossed 50k last week.", True),
    ],
)
def test_a_bare_milestone_with_the_time_it_was_reached(
    linter: Linter, text: str, passed: bool
) -> None:
    """A big count with no noun reached "last night", "this week" or
    "overnight" is a milestone: the time hangs on the verb, it counts no noun;
    "ours" (a noun to the tagger when capitalised) holds an audience as "we"
    does. A price or a fundraiser's sum is still no audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("7 in 10 Kenyans on Instagram saw our animation this week.", False),
        ("3 in 4 Londoners saw our film.", False),
        ("We reached 1 in 4 UK teachers with a single LinkedIn campaign.", False),
        ("Our video reached 3 in 10 Nigerians.", False),
        ("47% of residents saw our ad.", False),
        ("7 in 10 Kenyans watched the final.", True),
        ("The outage reached 1 in 4 servers.", True),
        ("Our clinics now reach 3 in 10 Nigerians.", True),
        ("60% of residents saw the eclipse.", True),
    ],
)
def test_a_share_of_people_at_the_writers_content(linter: Linter, text: str, passed: bool) -> None:
    """A share said as a ratio ("7 in 10", not only "1 in 4") or a percentage of
    a people, a population or a role who saw the writer's content, or that a
    campaign reached, is reach; the same share at an event, of machines, or
    reached by a service is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our series put our content in front of 4.2 million Canadians.", False),
        ("The band played in front of 60,000 supporters.", True),
    ],
)
def test_in_front_of_a_people_by_name(linter: Linter, text: str, passed: bool) -> None:
    """Content put "in front of" a people named by place or role is reach, as
    in front of "people" is; a crowd played to in person is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The brand lift study is in: +6 pts consideration. The film also did 40M views.", True),
        ("Current-account switches rose 18% while the film did 40M views.", True),
        ("Thanks for your consideration! The film did 40M views.", False),
        ("The network switches were replaced while the film did 40M views.", False),
    ],
)
def test_a_brand_lift_and_customers_switching(linter: Linter, text: str, passed: bool) -> None:
    """Consideration measured beside a lift ("+6 pts consideration": a change in
    points, whose count the tagger makes a name and the subject of "pts") and
    customers switching accounts are outcomes; thanks for consideration and a
    network's switches are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The spot racked up 27 million views. The brand declined to share sales figures.", False),
        ("The spot racked up 27 million views. The brand refused to disclose revenue.", False),
        ("The spot racked up 27 million views. The brand shared its sales figures: up 12%.", True),
    ],
)
def test_an_outcome_someone_declined_to_share(linter: Linter, text: str, passed: bool) -> None:
    """Sales someone "declined to share" or "refused to disclose" are reported
    as none, as "did not share" is; sales shared with their change are one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Chef Marco Rinaldi — yes, the one with 2 million followers — popped in for lunch.", True),
        ("Our new single — yes, the one with a million streams — is out on vinyl.", False),
    ],
)
def test_the_one_with_an_audience_after_a_name(linter: Linter, text: str, passed: bool) -> None:
    """ "the one with 2 million followers" between dashes after a person's
    name, which the parse makes a second subject, is background about them;
    the writer's own single described so is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Stop deleting posts that get 3 likes. Nobody saw them anyway.", True),
        ("Videos that get 1M views usually have a hook in the first second.", True),
        ("Our posts that get 10k likes all have faces in them.", False),
        ("We post reels that get 200k views every week.", False),
        ("Posts that got 3k likes last month taught me more than my ads.", False),
        (
            "A reel that reaches 2 million people and sells nothing is worth less than an email.",
            True,
        ),
        ("We have a reel that reaches 2 million people every month.", False),
    ],
)
def test_any_such_posts_counted_in_a_relative_clause(
    linter: Linter, text: str, passed: bool
) -> None:
    """Pieces of content of any kind with a count in a present relative clause,
    a bare plural ("posts that get 3 likes") or one brought in with "a" ("a
    reel that reaches 2 million people and sells nothing…"), are a rule of
    thumb; the writer's own, or such posts in the past, are claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Trade press roundup: a sneaker brand's stop-motion ad passed 40 million views.",
            True,
        ),
        ("Big news: our stop-motion ad passed 40 million views.", False),
    ],
)
def test_a_lines_label_is_not_the_clauses_subject(linter: Linter, text: str, passed: bool) -> None:
    """A label ended by a colon that the parse makes a second subject leaves
    the clause's own subject to say whose the claim is: a brand brought in
    with "a" is someone else's news; "our ad" is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("18 months later 740k strangers follow along 🌊 still can't believe it", False),
        ("2,000 strangers ran the marathon with me.", True),
        ("Thank you to all 2,400 hunters who upvoted our launch this year.", False),
        ("2,000 hunters signed the petition against the ban.", True),
    ],
)
def test_strangers_counted_as_an_audience(linter: Linter, text: str, passed: bool) -> None:
    """People the writer does not know, counted and following along, and
    Product Hunt's "hunters" who upvoted, are an audience as "people" are;
    strangers who ran a race, or hunters who signed a petition, are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Shout-out to Priya for making money talk feel human. Our reel hit 2M views.", False),
        ("Our job: make a 40-year-old savings product feel new. The reel hit 2M views.", False),
        ("We made money on every order, and the reel hit 2M views.", True),
        ("The reel hit 2M views and cost savings reached 12%.", True),
    ],
)
def test_money_and_savings_that_name_a_kind(linter: Linter, text: str, passed: bool) -> None:
    """ "Money talk" and "a savings product" name a kind of talk and of
    product, not money made or saved; money made and savings reached are
    outcomes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("7 in 10 Kenyans on Instagram saw our ang bao animation at least once this week", False),
        ("7 in 10 Kenyans on Instagram saw the ang bao animation at least once this week", True),
    ],
)
def test_a_share_at_ours_where_the_object_is_parsed_a_clause(
    linter: Linter, text: str, passed: bool
) -> None:
    """The writer's content seen is "ours" also where the parse made the object
    a clause ("our ang bao animation", "bao" its subject); a people's share
    seeing someone's animation is news."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Sourdough is trending again and we're choosing to take the credit.", True),
        ("Sourdough starters are trending across Instagram this month.", True),
        ("Zentora is trending again!", False),
        ("Our sourdough video is trending again!", False),
    ],
)
def test_a_thing_back_in_fashion_opening_the_sentence(
    linter: Linter, text: str, passed: bool
) -> None:
    """A dictionary word opening the sentence, which the tagger makes a name,
    trending "again" (or sorting a plural: "Sourdough starters") is a thing in
    fashion; a name no dictionary knows, or the writer's video, trends as a
    claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Half the streams on any playlist are people asleep.", True),
        ("We get 10k views on any post we share.", False),
        ("Our reel got more views than any post this year.", False),
    ],
)
def test_a_metric_of_any_such_thing(linter: Linter, text: str, passed: bool) -> None:
    """A metric "on any playlist" is said of any such thing, a maxim; "on any
    post we share" is each of the writer's, and "than any post" compares."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "that moment when a 14 second clip of our cheese pull gets 3.6M views 🧀 client is thrilled",
            False,
        ),
        ("When a clip gets 3.6M views, clients get excited.", True),
    ],
)
def test_a_meme_opening_with_a_piece_brought_in_by_a(
    linter: Linter, text: str, passed: bool
) -> None:
    """After a meme's "that moment when", a clip brought in with "a" is the
    writer's lot, not a rule of thumb, and the meme's "when" no condition; the
    same words without the meme are a maxim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Rivals buy their audience. Ours is real: followers, all 640,000 of them.", False),
        ("Everyone asked about the 2M views. Nobody asked about the orders: £184k of them.", True),
        ("We emailed 3,000 customers and 1,200 of them opened it.", True),
        ("We have 12 stores, all 12 of them open late.", True),
    ],
)
def test_a_count_of_them_after_its_term(linter: Linter, text: str, passed: bool) -> None:
    """A big count or an amount "of them" right after a term stands for it:
    followers "all 640,000 of them" are counted, orders "£184k of them" are
    money made. A count that does something ("1,200 of them opened it") or a
    small one is no such claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("They bought half their followers in 2021. Our reel hit 2M views.", False),
        ("Shoppers bought 4,000 units after our reel hit 2M views.", True),
        ("Booked 14 meetings this month off one post that got 60k reactions.", True),
    ],
)
def test_attention_bought_by_anyone_is_no_sale(linter: Linter, text: str, passed: bool) -> None:
    """Followers bought, by a rival as by a brand, are attention faked or paid
    for, no sale; shoppers buying units sell, and meetings booked off a post
    that got reactions are booked (the clause on the object bought nothing)."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our video on why the sky isn't actually blue hit 8 million views this week.", False),
        ("Our video didn't hit 8 million views this week.", True),
        ("We haven't quite hit 10k followers yet.", True),
    ],
)
def test_a_not_in_a_pieces_title_denies_nothing(linter: Linter, text: str, passed: bool) -> None:
    """The "n't" of a verb inside a video's title ("why the sky isn't blue"),
    which the parse hangs on the main verb, denies nothing the video did; a
    count the writer did not reach is denied."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Black Friday week on our Shopify store: 184,000 sessions, 62% from TikTok.", False),
        ("Our coaching site has run 12,000 sessions with students since 2019.", True),
        ("Day 3 of the trek: 1,900m of climbing and three glacier views.", True),
        ("By the numbers:\n→ 14.2M impressions\n→ 0 stock photos", False),
        ("Our stock rose 4% and the post got 2,000 shares.", False),
    ],
)
def test_sessions_scenery_and_stock_in_their_senses(
    linter: Linter, text: str, passed: bool
) -> None:
    """A store's or a site's sessions counted are visits; a coaching site's
    sessions are lessons; "glacier views" are scenery; "0 stock photos" is no
    company stock, so it hides no brag beside it (a stock that rose still
    makes "shares" a shareholder's)."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("the thing trending on here right now is people posting their first concert ticket", True),
        ("Our video trending on TikTok right now is the one with the dog.", False),
        ("We saw the video of the toddler helping the gate agent that's going viral.", True),
        ("Our video of the toddler helping the gate agent is going viral.", False),
        ("Our all-hands slide went viral last year, for all the wrong reasons.", True),
        ("Our all-hands slide went viral last year and we loved it.", False),
    ],
)
def test_what_trends_elsewhere_or_went_viral_badly(linter: Linter, text: str, passed: bool) -> None:
    """ "The thing trending on here" is what others post; a video the writer
    saw, whose clause the parse hangs on a noun inside it, is someone else's;
    going viral "for the wrong reasons" is no brag. The writer's own video
    trending or going viral is."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our hiring post reached 480,000 people and the open day brought 1,150 candidates.", True),
        ("Our hiring post reached 480,000 people, with 312 offers made on the spot.", True),
        ("Our election explainer reached 480,000 people; 12 candidates replied.", False),
        ("Just crossed 1,000 followers! Definitely buying the office a cake.", False),
        ("Fans bought 3,000 tickets after our reel hit 2M views.", True),
    ],
)
def test_a_hiring_drives_candidates_and_a_treat_bought(
    linter: Linter, text: str, passed: bool
) -> None:
    """Candidates brought in and offers made by a hiring drive are outcomes
    (an election's candidates are not); a treat the writer buys someone
    ("buying the office a cake") is spending, no sale, where fans buying
    tickets is one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Spend £450, get 150,000 impressions → CPM = £3.00.", True),
        ("We spent £450 and got 150,000 impressions → CPM = £3.00.", False),
    ],
)
def test_a_worked_example_in_the_imperative(linter: Linter, text: str, passed: bool) -> None:
    """ "Spend £450, get 150,000 impressions" explains a price by an example,
    no result; the writer who spent and got them reports one."""
    assert _verdict(linter, text)[0] is passed
