"""Classes found by the twenty-fourth session's look at earlier blind sets and
its own blind round (own-76..79), on sentences written for these tests (each:
a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter

EMOJI_ENDS = "align_closing_emoji"


def _sentences(linter: Linter, text: str) -> list[str]:
    return [sentence.text for sentence in linter.analyzer.pipeline.nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Our pop-up reel hit 300k views 🍹 Next step: turning them into bookings.",
            ["Our pop-up reel hit 300k views 🍹", "Next step: turning them into bookings."],
        ),
        (
            "2M impressions this month 🚀🚀 Sales will follow.",
            ["2M impressions this month 🚀🚀", "Sales will follow."],
        ),
        (
            "Proud of the crew 🙌 Our tutorial passed 90k views.",
            ["Proud of the crew 🙌", "Our tutorial passed 90k views."],
        ),
    ],
)
def test_an_emoji_that_closes_a_clause_ends_its_sentence(
    linter: Linter, text: str, sentences: list[str]
) -> None:
    if EMOJI_ENDS not in linter.analyzer.pipeline.nlp.pipe_names:
        pytest.skip("the model's senter is not in this pipeline")
    assert _sentences(linter, text) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the 🐝 Bee Team for 10k followers.",  # the emoji leads into a name
        "Our 🍕 Pizza Fridays got 8k views.",
        "We hit 10k views 🎉 and counting.",  # no capital after it
        "We hit 10k views 🎉Thanks all.",  # no space after it
    ],
)
def test_an_emoji_before_a_name_or_a_small_word_ends_nothing(linter: Linter, text: str) -> None:
    if EMOJI_ENDS not in linter.analyzer.pipeline.nlp.pipe_names:
        pytest.skip("the model's senter is not in this pipeline")
    assert _sentences(linter, text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our pop-up reel hit 300k views 🍹 Next step: turning those views into bookings.",
            (False, [("vanity-metric", "WARNING", "300k views")]),
        ),
        (
            "2M impressions this quarter 🚀 Sales will follow.",
            (False, [("vanity-metric", "WARNING", "2M impressions")]),
        ),
        (
            "Our pop-up reel hit 300k views 🍹 That turned into 140 bookings.",
            (True, [("vanity-metric", "INFO", "300k views")]),
        ),
    ],
)
def test_the_clause_after_a_closing_emoji_is_its_own(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A plan or a future after the emoji is not the count's mood; a result
    after it still ties the count."""
    got = _verdict(linter, text)
    assert (got[0], [f for f in got[1] if f[0] == "vanity-metric"]) == expected


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Our 'how to fold a dumpling' reel hit 400k views this week.", "asserted"),
        ('Our "How To Prune Roses" short passed 90k views.', "asserted"),
        ("Here's 'how to get 400k views' in one reel.", "advice"),
        ("This guide shows how to get 400k views on a reel.", "advice"),
    ],
)
def test_a_quoted_how_to_title_gives_no_advice(
    linter: Linter, extractor: ClaimExtractor, text: str, mood: str
) -> None:
    """A post's quoted title that closes before the count names the post; a
    quotation that holds the count, or no quotation, is still advice."""
    doc = linter.analyzer.pipeline.nlp(text)
    metrics = [c for c in extractor.claims(doc) if c.kind == "metric"]
    assert [c.mood for c in metrics] == [mood]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("In a market where nobody cares about raincoats, our series earned 38M views.", False),
        ("Nobody cares about rain boots, so our 2M views surprised us.", False),
        ("Nobody cares about your 38M views.", True),
        ("Who cares about follower counts when our 20k followers bought nothing?", True),
        ("We passed 100k followers and nobody cares.", True),
        ("No one cares that our post went viral.", True),
    ],
)
def test_nobody_caring_criticises_only_a_metric_or_the_brag(
    linter: Linter, text: str, passed: bool
) -> None:
    """Nobody caring about another thing leaves the sentence's count a brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A Leeds bakery's clip of a talking croissant has gone viral with 5M views.", True),
        ("An allotment club's reel got 900k views this week, the paper reports.", True),
        ("A Leeds bakery\u2019s clip has gone viral, racking up 6 million views.", True),
        ("Our bakery's clip has gone viral with 5M views.", False),
        ("The bakery's clip has gone viral with 5M views.", False),
        ("Our 'how to ice a cake' reel hit 400k views this week.", False),
    ],
)
def test_attention_of_someone_unnamed_is_news(linter: Linter, text: str, passed: bool) -> None:
    """Someone brought in with "a" owns the clip the news is about; the
    writer's page, or one it names with "the", stays the writer's brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("our pod's listeners went from 200 a week to just over 6,000 since March.", False),
        ("Monthly listeners just passed 300,000 💿 a year ago it was 2,000.", False),
        ("Our bake sale stall went absolutely viral 🤩 thank you all!", False),
        ("The post has reached over 90k people this week.", False),
        ("Shift 5% of traffic to the new pods in the cluster.", True),
        ("Listeners passed a 💿 around the room.", True),
    ],
)
def test_attention_a_podcast_and_a_degree_of_viral(linter: Linter, text: str, passed: bool) -> None:
    """A creator's "pod" is a podcast (its listeners are an audience), an
    emoji after a count is no thing passed, "over" a count of people reached
    is a bound, and "went absolutely viral" went viral; a Kubernetes pod's
    traffic and an emoji handed round stay no claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our carousel got 2,900 saves, so the algorithm pushed it to a reach of 70k accounts.",
            False,
        ),
        ("Our reel reached over 40k accounts this week.", False),
        ("Our reel reached 2 million people and led to 6,300 new accounts.", True),
    ],
)
def test_accounts_reached_are_no_accounts_won(linter: Linter, text: str, passed: bool) -> None:
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our build log passed 11k followers. Still in beta, so there's nothing to sell yet.",
            False,
        ),
        (
            "Our build log passed 11k followers. Finally we have something to sell: 40 orders in.",
            True,
        ),
        (
            "Our series hit 1.9M views. We're hiring an ops lead to help connect campaign data"
            " to revenue.",
            False,
        ),
        ("Our series hit 1.9M views, and we hired an ops lead who grew revenue 20%.", True),
        (
            "Our newsletter reached 27,000 subscribers. Next: an annual survey on small-business"
            " cash flow.",
            False,
        ),
        ("Our newsletter reached 27,000 subscribers. Cash flow improved by £40k.", True),
        (
            "Our page gained 9,000 followers. New this quarter: a Lead Generation service for"
            " retail clients.",
            False,
        ),
        ("Our page gained 9,000 followers, and lead generation doubled.", True),
        (
            "Our cheese van TikTok passed 500k views. I'm a bloke who sells cheese out of a van.",
            False,
        ),
        ("Our cheese van TikTok passed 500k views. We now sell in 40 shops.", True),
        ("Our cheese van TikTok passed 500k views. We sell 400 wheels a week now.", True),
        ("Organic sessions passed 1M. 312 keywords rank in the top three positions.", False),
        ("Organic sessions passed 1M, and we filled 12 open positions from it.", True),
    ],
)
def test_outcome_words_that_report_no_outcome(linter: Linter, text: str, passed: bool) -> None:
    """Nothing to sell, what an action is for, the subject of a survey, a
    service's name, what a business sells and places in a search ranking name
    an outcome without reporting one; a count, a change or news of it reports."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Going viral brings strangers.", "topic"),
        ("Going viral changed our year.", "asserted"),
        ("Our reel going viral brings strangers to the shop.", "asserted"),
        ("The 'most viewed' sort on the shop page uses the last 7 days.", "topic"),
        ("Our 'most viewed' reel is the one with the dog.", "asserted"),
    ],
)
def test_viral_in_general_and_a_controls_name(
    linter: Linter, extractor: ClaimExtractor, text: str, mood: str
) -> None:
    """What going viral does, said in the present with no subject, is a view
    of it; a quoted metric phrase that names a control ("sort", "tab") is a
    label; the writer's own reel stays asserted."""
    doc = linter.analyzer.pipeline.nlp(text)
    metrics = [c for c in extractor.claims(doc) if c.kind == "metric"]
    assert [c.mood for c in metrics][:1] == [mood]


def test_a_contact_line_offers_business(linter: Linter, extractor: ClaimExtractor) -> None:
    """Read as plain text (Markdown masks the address): an outcome named on a
    line with an email address invites business; with a count it reports."""
    nlp = linter.analyzer.pipeline.nlp
    contact = [c.mood for c in extractor.claims(nlp("Partnerships and sales: hi@acme.example"))]
    assert contact == ["offer"]
    counted = [c.mood for c in extractor.claims(nlp("Sales rose 12%: see hi@acme.example"))]
    assert counted == ["asserted"]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Year one 🎂\n👀 2.8M\n💬 7.1k\n🔁 18k\nsee you next year", False),
        ("Launch day recap\n👀 1.4M\n🛒 2,900 orders\n💸 $180k", True),
        ("Mood board ❤️ 3 eggs, 200g flour, 1 lemon", True),
        ("Coffee cart at six months\n🔁 1,100 refills\nThanks for coming by", True),
        ("The trailer has 90k views, but we're staring at 12,000 wishlists 👀", True),
    ],
)
def test_an_emoji_labels_a_stat_lines_count(linter: Linter, text: str, passed: bool) -> None:
    """Eyes, speech bubbles, arrows and busts stand for views, comments,
    reposts and followers before a big count of their own; a small count, a
    count of a noun, or an emoji after an outcome's count is no such label."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We moved 14 reporting views to materialized views last sprint.", True),
        (
            "Each shard has one leader and two followers; followers apply the log asynchronously.",
            True,
        ),
        ("Our free SQL course crossed 1M views this month.", False),
        ("Our page passed 20k followers this week.", False),
    ],
)
def test_a_databases_views_and_a_replicas_followers(
    linter: Linter, text: str, passed: bool
) -> None:
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our hiring video reached 90,000 engineers on LinkedIn, which meant 640"
            " applications and 11 hires.",
            True,
        ),
        ("Our hiring video reached 90,000 engineers on LinkedIn, which pays creators.", False),
        ("Our kitchen series got 300k views, and we're fully staffed for the first time.", True),
        ("Our kitchen series got 300k views, and we're still short-staffed.", False),
        (
            "Not a big deal, but the candle shop just paid my rent. Still only 900 followers.",
            True,
        ),
        ("Our candle reels got 90k views. Likes don't pay my rent.", False),
    ],
)
def test_outcomes_said_in_other_words(linter: Linter, text: str, passed: bool) -> None:
    """ ", which meant" after a platform is said of the whole clause; a team
    fully staffed and rent paid are outcomes; an aside ("Not a big deal, but")
    is no denying subject."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Going viral is overrated for small brands.", "topic"),
        ("Hot take for this week's episode: going viral is overrated.", "topic"),
        ("Big news: going viral was the best thing for us.", "asserted"),
    ],
)
def test_going_viral_judged_in_the_present(
    linter: Linter, extractor: ClaimExtractor, text: str, mood: str
) -> None:
    doc = linter.analyzer.pipeline.nlp(text)
    assert [c.mood for c in extractor.claims(doc) if c.kind == "metric"] == [mood]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The cheese van TikTok has done 500k. I need a lie down.", False),
        ("That TikTok did 2M overnight.", False),
        ("Our TikTok did 3 posts this week.", True),
        ("The TikTok Shop did 500k in sales this month.", True),
    ],
)
def test_a_post_named_by_its_platform_reaches_a_count(
    linter: Linter, text: str, passed: bool
) -> None:
    """A post named by its platform ("the TikTok") doing a bare big count did
    its views; a count of a noun, or of sales, is not its audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "+9k on Bluesky, -300 on X. You can guess why.",
            ["+9k on Bluesky, -300 on X.", "You can guess why."],
        ),
        ("We posted it on X. It got 40k views.", ["We posted it on X.", "It got 40k views."]),
    ],
)
def test_a_full_stop_after_the_platform_x_ends_its_sentence(
    linter: Linter, text: str, sentences: list[str]
) -> None:
    """ "X." was kept whole as an initial, so the sentence ran on into the next."""
    assert _sentences(linter, text) == sentences


def test_counts_before_a_full_stop_after_x_are_no_advice(linter: Linter) -> None:
    text = "Growth update: +22k followers on Threads, -300 on X. You can guess where I post now."
    assert _verdict(linter, text)[0] is False
    assert _verdict(linter, "Tip: post on X. You can grow 22k followers that way.")[0] is True


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Festival socials report card (not bragging, just proud): reach up 340%.", False),
        ("Not to brag, but our reel got 2M views.", False),
        ("We don't brag about our 20k followers, and neither should you.", True),
    ],
)
def test_a_disclaimed_brag_is_no_criticism(linter: Linter, text: str, passed: bool) -> None:
    """ "Not bragging, just proud" disclaims the brag after it; not bragging
    about something criticises bragging."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We're partnering with Maya Jones (1.2M followers) on a six-week series.", True),
        ("Our founder Maya Jones (40k followers) spoke at the summit.", False),
        ("Huge thanks to the 9,000 fans who braved the rain at the Meadow.", True),
        ("Huge thanks to our 9,000 fans on Instagram!", False),
        (
            "Our channel hit 500k subs. I want to be transparent about the money: about $5k a"
            " month in ad revenue, and two brand deals paid $8k each.",
            True,
        ),
        ("Our channel hit 500k subs. We want one thing this year: more revenue.", False),
    ],
)
def test_a_partners_size_a_crowd_in_the_rain_and_money_told_after_a_colon(
    linter: Linter, text: str, passed: bool
) -> None:
    """A name's audience in brackets describes whom the writer works with;
    fans who braved the rain were there in person; what follows a colon after
    "I want to be transparent" is told, not wanted ("we want one thing: more
    revenue" still wants it)."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The candle clip is sat at seven digits now. Seven. Digits.", False),
        ("The dovetail video is sitting at 2.3M and my mum is confused.", False),
        ("The clip hit six figures overnight.", False),
        ("The reel sat in drafts for a week.", True),
        ("Our video is sitting at 12 comments.", True),
        ("Our reel did six figures in sales.", True),
    ],
)
def test_a_piece_of_content_resting_at_a_level(linter: Linter, text: str, passed: bool) -> None:
    """A piece of content "sitting at" a big bare count, or at a count said by
    its digits, holds its views there; "in drafts", a count of comments and a
    sum in sales do not."""
    assert _verdict(linter, text)[0] is passed
