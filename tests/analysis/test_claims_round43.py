"""Classes found by the forty-third session's blind rounds (own-450..453, left
held out by the forty-second, and the rounds after), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Crossed 3,000 subscribers this morning. All free, no paid tier, just map nerds.", False),
        ("Just passed 2,000 subscribers today! No paywall, never will be.", False),
        ("Passed 3,000 subscribers on the Pro plan this quarter.", True),
        ("Crossed 2,000 paying subscribers on Pro. ~$60k ARR. No paid ads, no sales team.", True),
        ("Crossed 3,000 subscribers this morning. The paid tier launches in May.", True),
    ],
)
def test_subscribers_of_a_free_product(linter: Linter, text: str, passed: bool) -> None:
    """A milestone of "subscribers" with the subject left out ("Crossed…") is
    the writer's, and a paid word said to be absent ("no paid tier") makes no
    customers of them; a paid plan named or coming keeps them customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My podcast just hit 12k listeners.\n\nNo ads. No bought lists.\n\nJust chats.", False),
        ("We hit 9,000 followers. No bought followers, no giveaways.", False),
        ("Over 300 customers bought the winter bundle after the 9,000 views.", True),
    ],
)
def test_a_thing_bought_is_no_sale(linter: Linter, text: str, passed: bool) -> None:
    """ "bought" before a noun (bought lists, bought followers) is a way to
    grow, not a sale; customers who bought are one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Saves on our Sunday recipe carousel: 9.2k and counting. You lot are amazing.", False),
        ("Retweets on our #MondayMug thread: 14.6k. Unstoppable.", False),
        ("Open rate last issue: 64%. Industry average is ~20%. I'll take it.", False),
        ("Average views per Reel up 4x. Proud is an understatement.", False),
        ("Likes per post up 40% since we stopped using stock photos.", False),
        ("Views per person up to 3 a day is the cap.", True),
    ],
)
def test_stat_labels_with_their_own_words(linter: Linter, text: str, passed: bool) -> None:
    """A stat label's own phrase may hold a hashtag or a time ("last issue"),
    its value "and counting" after it, and a rate's unit "up 4x"; a cap "up
    to 3 a day" is no value."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Six months into running socials for the Harbour Inn group and our combined "
            "audience across Instagram, TikTok and LinkedIn just passed 180,000.",
            False,
        ),
        ("Views averaged 40k per video this year.", False),
        ("Three years of the price index and the price passed 25,000.", True),
        ("Our posts average 3 minutes to read.", True),
    ],
)
def test_levels_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """A milestone whose subject the parse lost to a time ("Six months into…")
    and a metric that "averaged" a count; a price passing a level and a
    reading time are no attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Update: our rescue pup Pickle went viral and she's been ADOPTED 🎉", True),
        ("Our reel about Biscuit the dog went viral and he got adopted the next day!", True),
        ("Adoptions up 40% since we started the Friday foster videos, 2M views later.", True),
        ("Result: midweek covers averaged 61 after the pie and a pint night. 4k views.", True),
        ("Our reel went viral and the framework was adopted by three teams.", False),
        ("AI adoption is the topic of our next panel, which got 40k views.", False),
    ],
)
def test_outcomes_of_shelters_and_pubs(linter: Linter, text: str, passed: bool) -> None:
    """An animal adopted, adoptions moved, and a pub's covers averaged are
    outcomes; a framework adopted by a team and adoption as a topic are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "According to a leaked deck, Fernhall's YouTube channel pulled 60M views last year.",
            True,
        ),
        ("Per a leaked memo, Brightline's TikTok account pulled 40M views last quarter.", True),
        ("From our survey of 900 UK museums: the median TikTok following is 1,400.", True),
        ('The Harlow Trust is boasting about "record engagement" on its new report.', True),
        ("how do you handle clients who want free cakes because they 'have 40k followers'?", True),
        ("Everyone's talking about the mayor's selfie that went viral yesterday. A stunt.", True),
        ("According to Sprout, our TikTok pulled 40M views last quarter.", False),
        ("Our median views per video is 40k now.", False),
        ("We're bragging about our record engagement this month!", False),
        ("Everyone's talking about our reel that went viral yesterday!", False),
    ],
)
def test_counts_of_others_told(linter: Linter, text: str, passed: bool) -> None:
    """A named party's count after its source ("Per a leaked memo"), a
    population's statistic, another's boast, people who "have" a count, and
    a piece talked about that went viral are background; the writer's own,
    told the same ways, stay claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Work out what a subscriber is worth before you spend two years chasing 50k of them.",
            True,
        ),
        (
            "Our bin-lorry contest got 9,000 entries and the results tweet has 2.1M impressions.",
            False,
        ),
        ("trending elsewhere: everyone on my feed is doing the first-product thing.", True),
        (
            "Should I sell my company shares before the vest cliff? I have 1,100 shares at $38.",
            True,
        ),
        ("They bought half their followers. Ours are real, all 640,000 of them.", False),
    ],
)
def test_round43_first_slice(linter: Linter, text: str, passed: bool) -> None:
    """Counts "of them" chased are pursued; a piece the tagger took for a name
    ("the results tweet") is the writer's; "trending elsewhere" is others';
    company shares before a vest are stock."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Results: the film got 7M views, and the brand's Instagram following grew by 94%.", False),
        ("The Revenue Brief hit 18,000 subscribers this morning ☕ Thanks for reading.", False),
        ("The Pipeline Letter hit 18,000 subscribers this morning ☕ Thanks for reading.", False),
        ("Our open rate is 58%. The number I care about: 190 local firms now pay for ads.", True),
        ("Revenue Weekly: revenue up 40% this quarter, and 9k new followers.", True),
        ("We pay for our ads. The number: 40,000 views.", False),
    ],
)
def test_round43_names_and_subjects(linter: Linter, text: str, passed: bool) -> None:
    """A platform's following the parse made a mark still grew; an outcome
    word in a newsletter's name ("The Revenue Brief") is no outcome, but
    revenue said after the name is; firms counted after a label's colon pay."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Case study: Fenmoor Bikes\nResult: 48,000 followers, average reel reach up 500%.", False),
        ("Went from 0 to 1,000 subs in 47 days. Not monetized yet.", False),
        ("first reel to pass 1M 🥹🥹 a clip of my dog", False),
        ("we did it. 100k. 🫶", False),
        ("WE DID IT. 200,000 SUBSCRIBERS. Budget explainer drops Friday.", False),
        ("Subscribers went from 700 to 9,000 this month. Thank you, algorithm.", False),
        ("The Harbour Note passed 30,000 subscribers 🥳 When I started I had 20 readers.", False),
        ("We went from 12 to 40 subs on the bench this season.", True),
        ("The first team to pass 1,000 points wins.", True),
        ("Race day. 10,000. 🔥 Legs are gone.", True),
        ("Shares fell 6% after the annual report.", True),
        ("Fascinating case: a Swedish lamp brand gained 3 million followers from one video.", True),
        ("We are a small brand and we gained 3,000 followers this week.", False),
        ("Traffic grew 5x, but the real result: a saving of roughly £130k a year.", True),
        ("Our podcast hits 50K!! 🎉", False),
        ("The price hits 10,000 today!", True),
    ],
)
def test_round43_second_slice(linter: Linter, text: str, passed: bool) -> None:
    """A metric noun the tagger made a verb before "up 500%", subs gone
    "from 0 to 1,000", the first reel "to pass 1M", a bare count after "we did
    it", subscribers thanked with the algorithm or readers counted are the writer's
    attention; subs on a bench, points, a race's count, shares after an annual
    report and "a brand" brought in are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Shoutout to @oakmillbakes who just hit 30k followers, well deserved.", True),
        ("Shoutout to everyone who helped us hit 30k followers!", False),
        ("Read a great thread by @mayabakes about how she grew to 150k followers. Worth it.", True),
        ("I wrote a thread about how we grew to 150k followers in a year.", False),
        ("Is 3% engagement rate on a 4k account good or bad? Genuinely asking.", True),
        ("Is our 40% open rate good or what?!", False),
        ("Crossed 100k on YouTube 🎉 Separate news: the channel paid for my first employee.", True),
        ("Our first employee handbook is live, and the launch post got 9k views.", False),
        ("Benchmark teaser: across 1,400 B2B brands, video views per post rose 40%.", True),
        ("Across 3 platforms, our views rose 40% this year.", False),
        ("thank u 40k!!! 🎉 started this account to post our bread fails.", False),
        ("thank you 2024! what a year", True),
        ("Our fun-run video just passed 90,000 views on YouTube!!! Link to donate in bio.", False),
        ("Our appeal video got 9k views and 300 people chose to donate.", True),
        ("Trending elsewhere: a rumour that the pool is closing. It is not.", True),
        ("Replies from our care team on Twitter now average 4 minutes.", True),
    ],
)
def test_round43_third_slice(linter: Linter, text: str, passed: bool) -> None:
    """A handle's milestone in a shout-out, a story about how she grew, a
    benchmark asked for or taken across many brands, and what trends
    elsewhere are others'; a first employee is an outcome; "thank u 40k!!!"
    is a milestone; "Link to donate" invites, none given; a reply time is no
    level of attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "my sticker of a snail in a cap got featured and now has 7.2k favourites 🐌 who are you",
            False,
        ),
        ("that clip of me failing to parallel park absolutely blew up", False),
        ("that video of a man building a shed blew up", True),
        ("the post about our boiler that blew up last winter", True),
        ("WE'RE ON THE ETSY FRONT PAGE!!!!! 40,000 SHOP VISITS TODAY.", False),
        ("Our Leeds shop had 4,000 shop visits after the window display.", True),
        ("Q2 recap:\n• Managed 11 brand accounts\n• Audience growth of 280k followers", False),
        ("Our managed services revenue grew 40% while the reel got 280k views.", True),
    ],
)
def test_round43_fourth_slice(linter: Linter, text: str, passed: bool) -> None:
    """A count before an emoji the tagger made a noun, a piece pointed at
    that opens the sentence when the parse made another verb the root, and an
    online shop's visits are attention; someone else's clip, a boiler that
    blew up and a high-street shop's visits are not. Accounts an agency
    manages are work in hand, not won; managed services' revenue is revenue."""
    assert _verdict(linter, text)[0] is passed


def test_round43_prefilter_agrees(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "Crossed 3,000 subscribers this morning. All free, no paid tier.",
            "My podcast just hit 12k listeners.\n\nNo bought lists.",
            "Retweets on our #MondayMug thread: 14.6k and counting.",
            "Open rate last issue: 64%. Industry average is ~20%.",
            "Average views per Reel up 4x.",
            "Six months into it and our combined audience just passed 180,000.",
            "Views averaged 40k per video this year.",
            "Update: our rescue pup Pickle went viral and she's been ADOPTED 🎉",
            "Result: midweek covers averaged 61 after the pie and a pint night.",
            "Per a leaked memo, Brightline's TikTok account pulled 40M views.",
            "the median TikTok following is 1,400.",
            'The Harlow Trust is boasting about "record engagement".',
            "Everyone's talking about the mayor's selfie that went viral.",
            "before you spend two years chasing 50k of them.",
            "Results: the film got 7M views, and the brand's Instagram following grew by 94%.",
            "The Revenue Brief hit 18,000 subscribers this morning.",
            "The number I care about: 190 local firms now pay for ads.",
            "Result: 48,000 followers, average reel reach up 500%.",
            "Went from 0 to 1,000 subs in 47 days.",
            "first reel to pass 1M 🥹🥹",
            "we did it. 100k. 🫶",
            "WE DID IT. 200,000 SUBSCRIBERS.",
            "Shoutout to @oakmillbakes who just hit 30k followers.",
            "thank u 40k!!! 🎉",
            "Is 3% engagement rate on a 4k account good or bad?",
            "Across 3 platforms, our views rose 40% this year.",
            "Our video passed 90,000 views!!! Link to donate in bio.",
            "my sticker got featured and now has 7.2k favourites 🐌",
            "that clip of me failing to parallel park absolutely blew up",
            "on the etsy front page!!! 40,000 shop visits today",
        ],
    )
