"""Classes found by the forty-fourth session's blind rounds (own-466..469, left
held out by the forty-third, and own-470..473), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Introducing Lumen Reader 2.0: bigger type and offline mode.", True),
        ("Newsletter subscribers: 4,200.", False),
        ("What I wish I'd known at 0 followers: post daily, reply to everyone.", True),
        ("0 to 12k followers in a year!", False),
    ],
)
def test_counts_that_count_no_audience(linter: Linter, text: str, passed: bool) -> None:
    """A point release after a singular name ("Lumen Reader 2.0:") and a count
    of zero count no one; a stat line's count ("subscribers: 4,200") and a
    climb from zero ("0 to 12k") do."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The council spent £20,000 on an agency and now boasts that his page has 'over 40k followers'.",
            True,
        ),
        ("Our page has over 40k followers now.", False),
        ("The sharpest organiser I know has 700 followers on X.", True),
        ("The page I run has 700 followers now.", False),
        ("Every such guru is just someone who already had 200k followers elsewhere.", True),
        ("Our founder is someone who grew a channel to 90k subscribers.", False),
        ("Shoutout to @lena.makes, who just crossed 50k followers. Her zines are brilliant.", True),
        ("We just crossed 50k followers. Thank you!", False),
        ("When the brewery came to us they had 80k followers and flat sales.", True),
        ("When we launched in May we had 80k followers.", False),
        ("the CEO's post did 600k views and the comments are lovely", False),
        ("The senator's post did 600k views.", True),
    ],
)
def test_someone_elses_audience(linter: Linter, text: str, passed: bool) -> None:
    """A page a boasting council's "his" owns (the teller of the first verb),
    a person the writer knows by a clause the parse hung on the verb, someone
    an attribute names, a shout-out's handle before a comma and a client when
    it came to the writer: theirs. The writer's own page, founder and start stay claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "A reel doing 3 million views tells you nothing about whether anyone learned anything.",
            True,
        ),
        ("A reel doing 3 million views in a day is a great start for us.", False),
        ("Ignore the 'buy 5k followers for $7' accounts in your inbox.", True),
        ("We got 5k new followers this week.", False),
        ("What should a baking channel at 3k subs fix first?", True),
        ("Our baking channel is at 3k subs!", False),
        ("Trending audio ≠ a strategy.", True),
        (
            "That Fernway Cola ad going viral this week is a good reminder that nobody "
            "remembers the brand.",
            True,
        ),
        ("Our ad going viral this week is a good reminder that the llama works.", False),
        ("Our reel is trending in three countries.", False),
        ("We can't say 'the most-watched cooking channel in Wales' until we can prove it.", True),
        ("We can finally say we're the most-watched cooking channel in Wales!", False),
    ],
)
def test_counts_said_of_any_such_thing(linter: Linter, text: str, passed: bool) -> None:
    """A participle's count on a subject "a" brings in, said in the present,
    a count in a quoted offer, a channel's size a question asks about, a
    "≠" that defines and a thing pointed at called a reminder: no one's
    result. Said "for us", or of "our", they are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Follower count on the shop page just ticked over 20,000.", False),
        ("The word count just ticked over 20,000.", True),
        ("Thanks for the 2,400 reposts, we'll be printing this one.", False),
        ("We'll need 2,400 reposts to win the vote.", True),
        ("the clip we posted at midnight as a test is at 1.2M views and 80k likes", False),
        ("A clip at 1.2M views is not a business.", True),
        ("Who knew a video of us packing parcels would hit half a million?", False),
        ("Who knew the price of eggs would hit 4,000 yen?", True),
        ("Nobody expected our reel to hit 2 million views.", False),
        ("The client expected our reel to hit 2 million views.", True),
        (
            "Our little page went from 300 to 3k in a month 😱 all thanks to that video of Pip the cat knocking over the till.",
            False,
        ),
        ("The town went from 3,000 to 30,000 people in a decade.", True),
    ],
)
def test_milestones_in_other_words(linter: Linter, text: str, passed: bool) -> None:
    """A follower count that "ticked over" a number, thanks before a plan,
    a clip the parse made "a test", a surprise ("Who knew…", "Nobody
    expected…"), a page's climb with a misparsed object after it: claims.
    A word count, a need, a price and a client's wish are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Seeing 'snow day' trending this morning. Stay safe, everyone.", True),
        ("Our hashtag was trending all morning!", False),
        ("Interesting to see the zoo's 'Grumpy Goat' is trending in Spain this week.", True),
        ("Amazing to see our 'Grumpy Goat' is trending in Spain this week!", False),
    ],
)
def test_trends_noticed_elsewhere(linter: Linter, text: str, passed: bool) -> None:
    """ "Seeing 'X' trending" (the parse made "Seeing" an auxiliary) and
    "Interesting to see the zoo's X is trending" notice others' posts; the
    writer's hashtag and the writer's "our" stay claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my post about the heatwave got 24k karma.", False),
        ("Karma is real: three years of kindness paid off.", True),
        ("Apple Podcasts chart: #3 in Comedy this week.", False),
        ("App Store chart: #3 in Games this week.", True),
        ("From 0 to 6,000 subscribers on beehiiv in a year.", False),
        ("6,000 paying subscribers on our Pro plan.", True),
    ],
)
def test_new_words_for_attention(linter: Linter, text: str, passed: bool) -> None:
    """Karma counted, a chart's rank after its label's colon and subscribers
    on a newsletter platform are attention; karma as fate, the App Store's
    chart and paying subscribers are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Membership drive results: 210 new members (£20/yr each). Our Instagram is still at 500 followers.",
            True,
        ),
        ("210 new members joined our Instagram group this month.", False),
        (
            "Launch recap: 12,000 visitors, 900 GitHub stars and 41 teams on the paid tier by month end.",
            True,
        ),
        ("Launch recap: 12,000 visitors and 900 GitHub stars.", False),
        ("1,200 of you have a stamp card now.", True),
        ("1,200 of you have followed us this year.", False),
        ("Our terrace has been tagged 9,000 times this summer. The view sells itself.", False),
        ("The candles sold themselves: 400 gone in a day.", True),
        ("Eight months of selling prints online and we're at 22k followers.", False),
        ("Eight months online and we've sold 2,000 prints.", True),
        ("We just hit 50k likes on our page!! From 3 volunteers and a van to THIS.", False),
        ("From 3 volunteers and a van to THIS.", True),
        ("Two 150mm inline duct fans keep the spray booth clear.", True),
        ("Two years in and 15,000 fans on the page!", False),
    ],
)
def test_outcomes_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """Members of a membership drive, teams on a paid tier with no verb, a
    loyalty card held by "N of you": customers. "Sells itself", "months of
    selling", the start of a journey ("From 3 volunteers… to THIS") and a
    workshop's duct fans are no outcome and no audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Saw 'referee' trending this morning and assumed the worst. It's a drama.", True),
        ("Saw our hashtag trending all morning!", False),
        ("New episode: why teen fans of K-pop out-organise most campaigns.", True),
        ("We hit 25K fans on the page!", False),
        ("Nobody at your firm has ever been promoted because the page got more likes.", True),
        ("Our page got more likes than ever this month.", False),
        (
            "Our sous chef Priya has 50k followers on her own page and still does the washing up.",
            True,
        ),
        ("Our page has 50k followers and still does giveaways.", False),
        ("Write the piece the town needs, not the one that trends.", True),
        ("Ours is the one that trends every Friday.", False),
        ("trending #2 on tiktok for 'tea for two' lol my mum is so proud", False),
        ("Going viral is not a plan.", True),
    ],
)
def test_round44_second_slice_readings(linter: Linter, text: str, passed: bool) -> None:
    """ "Saw 'X' trending" (the parse made "Saw" an auxiliary and X its
    subject), a scale letter alone ("K-pop") no count, "Nobody … has ever
    been promoted because…", a person's "own page", "not the one that
    trends", and a run-on the parse joined ("trending #2 … lol my mum is so
    proud") read as they are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("our rant about grout went viral and now we're booked out til May", True),
        ("our rant about grout went viral and now we're trending", False),
        ("someone posted our flapjack and now there's 2M views on it and a queue outside??", True),
        (
            "someone posted our flapjack and now there's 2M views on it and a lot of comments??",
            False,
        ),
        (
            "The campaign reached 1.8M people, but what matters is 520 places filled through clearing.",
            True,
        ),
        ("The campaign reached 1.8M people and got 9,000 clicks.", False),
        ("Our followers just doubled overnight 😍", False),
        ("Our readers hit a 404 page 😬", True),
        ("we did it. 120k. no clickbait, just long videos about bridges", False),
        ("we did it. £120k raised for the hospice.", True),
        ("one of my revision reels hit a million. a MILLION.", False),
        ("one of our lorries hit a million miles.", True),
        ("our website traffic went up 600% and the server almost died", False),
        ("Shift 5% of web traffic to the canary deployment.", True),
    ],
)
def test_round44_second_slice_claims_and_outcomes(linter: Linter, text: str, passed: bool) -> None:
    """Booked out, a queue outside and places filled are outcomes; an emoji
    made the object of "doubled", "we did it. 120k." beside a channel's
    videos, "one of my reels hit a million" and a website's traffic beside a
    server are attention; a 404 page hit, money raised, a lorry's miles and
    web traffic shifted are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Issue #90 goes out tomorrow to 12,400 subscribers. Open rate's been steady at 58% all year.",
            False,
        ),
        ("Issue #90 goes out tomorrow to 12,400 subscribers.", True),
        (
            "Episode 7 (the one where my nan tastes hot sauce) has more plays than the rest combined.",
            False,
        ),
        ("My nan reviews energy drinks on her own page now.", True),
        ("my knitting pattern has 8,000 repins on pinterest", False),
        ("Our pinboard has 12 recipes for autumn.", True),
        ("That thread is now the most-seen thing I've ever posted.", False),
        ("This is the most seen error in our logs.", True),
        ("She is widely seen as the favourite for the job.", True),
        ("we did it. 100k. crying on the bus rn", False),
        ("We did it. £100k. The roof is fixed.", True),
        ("The feature reached 9 million people over the weekend 😱 Who's booking?", False),
        ("Guess who booked 40 tables last night?", True),
        ("Survey results (n=240): 94% would recommend us, up from 81%.", True),
        ("Survey results: our reel hit 2M views and 94% said it was funny.", False),
        ("That matters more to me than any follower milestone.", True),
        ("We just hit a follower milestone: 10k!", False),
        ("Engagement in our all-hands survey hit 88% this year.", True),
        ("Engagement on our posts hit 8% this year.", False),
        ("Case study excerpt: the client's brief asked for 'more followers'.", True),
        ("Our brief asked for more followers and we delivered 20k.", False),
    ],
)
def test_round44_third_slice(linter: Linter, text: str, passed: bool) -> None:
    """A label's pair before "'s" ("Open rate's been steady"), "nan" as a
    word, not a number, repins,
    "most-seen" in one word, "we did it. 100k." alone, "Who's booking?" an
    invitation, "would recommend" counted, "any follower milestone", a
    staff survey's engagement and another's brief asking read as they
    are."""
    assert _verdict(linter, text)[0] is passed


def test_round44_prefilter_agrees(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "0 to 12k followers in a year!",
            "1,200 of you have a stamp card now.",
            "1,200 of you have followed us this year.",
            "210 new members joined our Instagram group this month.",
            "6,000 paying subscribers on our Pro plan.",
            "A clip at 1.2M views is not a business.",
            "A reel doing 3 million views in a day is a great start for us.",
            "A reel doing 3 million views tells you nothing about whether anyone learned anything.",
            "Amazing to see our 'Grumpy Goat' is trending in Spain this week!",
            "App Store chart: #3 in Games this week.",
            "Apple Podcasts chart: #3 in Comedy this week.",
            "Eight months of selling prints online and we're at 22k followers.",
            "Eight months online and we've sold 2,000 prints.",
            "Every such guru is just someone who already had 200k followers elsewhere.",
            "Follower count on the shop page just ticked over 20,000.",
            "From 0 to 6,000 subscribers on beehiiv in a year.",
            "From 3 volunteers and a van to THIS.",
            "Ignore the 'buy 5k followers for $7' accounts in your inbox.",
            "Interesting to see the zoo's 'Grumpy Goat' is trending in Spain this week.",
            "Introducing Lumen Reader 2.0: bigger type and offline mode.",
            "Karma is real: three years of kindness paid off.",
            "Launch recap: 12,000 visitors and 900 GitHub stars.",
            "Launch recap: 12,000 visitors, 900 GitHub stars and 41 teams on the paid tier by month end.",
            "Membership drive results: 210 new members (£20/yr each). Our Instagram is still at 500 followers.",
            "Newsletter subscribers: 4,200.",
            "Nobody expected our reel to hit 2 million views.",
            "Our baking channel is at 3k subs!",
            "Our founder is someone who grew a channel to 90k subscribers.",
            "Our hashtag was trending all morning!",
            "Our little page went from 300 to 3k in a month 😱 all thanks to that video of Pip the cat knocking over the till.",
            "Our page has over 40k followers now.",
            "Our reel is trending in three countries.",
            "Our terrace has been tagged 9,000 times this summer. The view sells itself.",
            "Seeing 'snow day' trending this morning. Stay safe, everyone.",
            "Shoutout to @lena.makes, who just crossed 50k followers. Her zines are brilliant.",
            "Thanks for the 2,400 reposts, we'll be printing this one.",
            "The candles sold themselves: 400 gone in a day.",
            "The client expected our reel to hit 2 million views.",
            "The council spent £20,000 on an agency and now boasts that his page has 'over 40k followers'.",
            "The page I run has 700 followers now.",
            "The senator's post did 600k views.",
            "The sharpest organiser I know has 700 followers on X.",
            "The town went from 3,000 to 30,000 people in a decade.",
            "The word count just ticked over 20,000.",
            "Trending audio ≠ a strategy.",
            "That Fernway Cola ad going viral this week is a good reminder that nobody "
            "remembers the brand.",
            "Two 150mm inline duct fans keep the spray booth clear.",
            "Two years in and 15,000 fans on the page!",
            "We can finally say we're the most-watched cooking channel in Wales!",
            "We can't say 'the most-watched cooking channel in Wales' until we can prove it.",
            "We got 5k new followers this week.",
            "We just crossed 50k followers. Thank you!",
            "We just hit 50k likes on our page!! From 3 volunteers and a van to THIS.",
            "We'll need 2,400 reposts to win the vote.",
            "What I wish I'd known at 0 followers: post daily, reply to everyone.",
            "What should a baking channel at 3k subs fix first?",
            "When the brewery came to us they had 80k followers and flat sales.",
            "When we launched in May we had 80k followers.",
            "Who knew a video of us packing parcels would hit half a million?",
            "Who knew the price of eggs would hit 4,000 yen?",
            "my post about the heatwave got 24k karma.",
            "the CEO's post did 600k views and the comments are lovely",
            "the clip we posted at midnight as a test is at 1.2M views and 80k likes",
            "Saw 'referee' trending this morning and assumed the worst. It's a drama.",
            "Saw our hashtag trending all morning!",
            "New episode: why teen fans of K-pop out-organise most campaigns.",
            "We hit 25K fans on the page!",
            "Nobody at your firm has ever been promoted because the page got more likes.",
            "Our page got more likes than ever this month.",
            "Our sous chef Priya has 50k followers on her own page and still does the washing up.",
            "Our page has 50k followers and still does giveaways.",
            "Write the piece the town needs, not the one that trends.",
            "Ours is the one that trends every Friday.",
            "our rant about grout went viral and now we're booked out til May",
            "our rant about grout went viral and now we're trending",
            "someone posted our flapjack and now there's 2M views on it and a queue outside??",
            "someone posted our flapjack and now there's 2M views on it and a lot of comments??",
            "The campaign reached 1.8M people, but what matters is 520 places filled through clearing.",
            "The campaign reached 1.8M people and got 9,000 clicks.",
            "Our followers just doubled overnight 😍",
            "Our readers hit a 404 page 😬",
            "we did it. 120k. no clickbait, just long videos about bridges",
            "we did it. £120k raised for the hospice.",
            "one of my revision reels hit a million. a MILLION.",
            "one of our lorries hit a million miles.",
            "trending #2 on tiktok for 'tea for two' lol my mum is so proud",
            "Going viral is not a plan.",
            "our website traffic went up 600% and the server almost died",
            "Shift 5% of web traffic to the canary deployment.",
            "Issue #90 goes out tomorrow to 12,400 subscribers. Open rate's been steady at 58% all year.",
            "Issue #90 goes out tomorrow to 12,400 subscribers.",
            "Episode 7 (the one where my nan tastes hot sauce) has more plays than the rest combined.",
            "My nan reviews energy drinks on her own page now.",
            "my knitting pattern has 8,000 repins on pinterest",
            "Our pinboard has 12 recipes for autumn.",
            "That thread is now the most-seen thing I've ever posted.",
            "This is the most seen error in our logs.",
            "we did it. 100k. crying on the bus rn",
            "We did it. £100k. The roof is fixed.",
            "The feature reached 9 million people over the weekend 😱 Who's booking?",
            "Guess who booked 40 tables last night?",
            "Survey results (n=240): 94% would recommend us, up from 81%.",
            "Survey results: our reel hit 2M views and 94% said it was funny.",
            "That matters more to me than any follower milestone.",
            "We just hit a follower milestone: 10k!",
            "Engagement in our all-hands survey hit 88% this year.",
            "Engagement on our posts hit 8% this year.",
            "Case study excerpt: the client's brief asked for 'more followers'.",
            "She is widely seen as the favourite for the job.",
        ],
    )
