"""Classes found by the twenty-fifth session's blind round (own-82..85), on
sentences written for these tests (each: a text the class must read, and a
near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.documents import document_from_text
from align_lint.run.linter import Linter

QUOTED_ENDS = "align_quoted_exclamations"


def _sentences(linter: Linter, text: str) -> list[str]:
    return [sentence.text for sentence in linter.analyzer.pipeline.nlp(text).sents]


def _vanity(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    return [f for f in _verdict(linter, text)[1] if f[0] != "audience-metric"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Saw a florist's 'we hit 1M followers!' post today and had questions.",
            ["Saw a florist's 'we hit 1M followers!' post today and had questions."],
        ),
        (
            'That "why not?" feeling is back.',
            ['That "why not?" feeling is back.'],
        ),
        (
            'The coach shouted "We did it!" The whole stand sang.',
            ['The coach shouted "We did it!"', "The whole stand sang."],
        ),
    ],
)
def test_a_quotation_ending_in_an_exclamation_stays_inside_its_sentence(
    linter: Linter, text: str, sentences: list[str]
) -> None:
    """A lower-case word after the closing quote goes on with the sentence; a
    capital after it starts the next one."""
    if QUOTED_ENDS not in linter.analyzer.pipeline.nlp.pipe_names:
        pytest.skip("the model's senter is not in this pipeline")
    assert _sentences(linter, text) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our rebrand post got 800 new follows in a day.", [("vanity-metric", "800 new follows")]),
        (
            "The teaser got 3x our normal engagement.",
            [("vanity-metric", "3x our normal engagement")],
        ),
        ("The recap reel got twice our usual views.", [("vanity-metric", "twice our usual views")]),
        (
            "The launch clip got 4 times our average reach.",
            [("reach-claim", "4 times our average reach")],
        ),
        ("She follows 800 new accounts a week for research.", []),
        ("We paid 3x our usual rate for the venue.", []),
        ("The migration took twice our usual time.", []),
    ],
)
def test_counts_of_new_follows_and_multiples_of_a_usual_level(
    linter: Linter, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "800 new follows" (which the tagger reads as a verb) is counted, and a
    multiple of "our usual" attention compares it; a multiple of a price or a
    time is none."""
    assert [(rule, found) for rule, _, found in _vanity(linter, text)] == expected


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Hit #3 trending in Ireland this morning with a reel about sourdough.", False),
        ("We were the #2 trending account in the UK all weekend.", False),
        ("10 trending sounds in the UK this week, ranked.", True),
    ],
)
def test_a_trending_rank_in_a_country(linter: Linter, text: str, passed: bool) -> None:
    """A rank among what trends in a country is a brag as a platform's is; a
    listicle's count of trending things is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reach this month: 2,930,114.", "Reach this month: 2,930,114"),
        ("Reach this month (paid only): 2,930,114.", "Reach this month (paid only): 2,930,114"),
        ("Impressions (organic): 880,400", "Impressions (organic): 880,400"),
    ],
)
def test_a_stat_line_label_with_a_period_or_an_aside(
    linter: Linter, text: str, expected: str
) -> None:
    """A period or a bracketed aside between a report line's label and its
    colon leaves the count the label's."""
    assert [found for _, _, found in _vanity(linter, text)] == [expected]


def test_a_label_with_an_aside_and_no_count_is_no_stat(linter: Linter) -> None:
    assert _vanity(linter, "Reach (the hard part): the new pricing page.") == []


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Open rate this week: 61% (not that we're counting 😇)", False),
        ("Our reel hit 2M views, not that anyone is counting.", False),
        ("Our reel did not hit 2M views.", True),
    ],
)
def test_not_that_denies_the_caring_not_the_result(linter: Linter, text: str, passed: bool) -> None:
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Sitting on 9k GitHub stars and, since Monday, 210 paying teams.", True),
        ("We have 20k followers. What keeps the lights on: 430 monthly givers at £10.", True),
        ("Our rival has 10x our followers. We have 3x their repeat-purchase rate.", True),
        ("Sitting on 9k GitHub stars and 210 teams on the free tier.", False),
        ("Our pricing page says what paying teams get.", True),
    ],
)
def test_payers_and_givers_are_outcomes(linter: Linter, text: str, passed: bool) -> None:
    """Teams or users who pay, and monthly givers, counted, are customers and
    donors; a free tier's teams are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Likes were flat this year. Donations were not, up 24% to $1.1M.", True),
        ("Views were up. Sales were not, sadly.", False),
    ],
)
def test_not_then_a_move_asserts_the_move(linter: Linter, text: str, passed: bool) -> None:
    """ "were not, up 24%" denies the sentence before and reports the rise."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our rival has 10x our followers.", True),
        ("Their biggest competitor has triple the followers.", True),
        ("We have 3x their followers.", False),
    ],
)
def test_a_multiple_held_by_a_rival(linter: Linter, text: str, passed: bool) -> None:
    """ "10x our followers" held by a rival is the rival's audience, sized by
    ours; held by the writer it is the writer's brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("When a consultant tells you your page 'reached 9 million people', ask how.", True),
        (
            "When an agency tells you its campaign reached 9 million people, ask how they counted.",
            True,
        ),
        ("When the agency told us our campaign reached 9 million people, we celebrated.", False),
    ],
)
def test_a_claim_told_in_a_case_put_to_the_reader(linter: Linter, text: str, passed: bool) -> None:
    """What "an agency tells you" is a case put to the reader, however the
    parse hangs the telling; the writer's own campaign stays a brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("🚨 A page pretending to be us is going viral on Instagram. It's a scam.", True),
        ("🚨 Our giveaway is going viral on Instagram.", False),
    ],
)
def test_an_emoji_before_the_subject_is_no_subject(linter: Linter, text: str, passed: bool) -> None:
    """A warning emoji the parse made a subject does not hide the falsehood
    that spreads; the writer's own post stays a brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Saw a florist's 'we hit 1M followers!' post and had questions about bots.", True),
        ("Her 'I passed 100k subscribers' video made our whole team laugh.", True),
        ("My 'we passed 100k subscribers' video got 40k likes.", False),
    ],
)
def test_a_quoted_title_of_someone_elses_piece(linter: Linter, text: str, passed: bool) -> None:
    """The "we" inside a quotation naming another's post is theirs; the
    writer's own piece stays the writer's."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_the_new_cues(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "Our rebrand post got 800 new follows in a day.",
            "The teaser got 3x our normal engagement.",
            "Hit #3 trending in Ireland this morning with a reel about sourdough.",
            "Reach this month (paid only): 2,930,114.",
            "Open rate this week: 61% (not that we're counting 😇)",
            "Sitting on 9k GitHub stars and, since Monday, 210 paying teams.",
            "Likes were flat this year. Donations were not, up 24% to $1.1M.",
            "Our rival has 10x our followers.",
            "When an agency tells you its campaign reached 9 million people, ask how they counted.",
            "🚨 A page pretending to be us is going viral on Instagram. It's a scam.",
            "Saw a florist's 'we hit 1M followers!' post and had questions about bots.",
        ],
    )


def _plain(linter: Linter, text: str) -> tuple[bool, list[tuple[str, str, str]]]:
    """The verdict of a pasted post (plain text, where a line can be a block)."""
    (result,) = linter.lint_documents([document_from_text(text, "post.txt")])
    return result.passed, [(f.rule, f.severity.name, f.text) for f in result.findings if f.text]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "me last spring: no one will ever read this\nme now: 61k readers on the blog\n\nkeep going",
            False,
        ),
        (
            "if we keep at it, the blog we started last spring could one day\nhave 61k readers\n\nok",
            True,
        ),
    ],
)
def test_a_line_that_opens_with_a_label_is_a_block_of_its_own(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "me now: 61k readers" after a line of what the writer feared is its own
    sentence, so the fear's "will" is not the count's mood; a wrapped line in
    lower case still goes on with the line before it."""
    assert _plain(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("how do I turn 25k followers into customers? asking for my candle shop", True),
        ("We need to convert these 400k views into sales.", True),
        ("We turned 25k followers into 310 customers in a quarter.", True),
        ("We turned 25k followers into a community.", False),
    ],
)
def test_attention_to_be_turned_into_buyers_is_the_means(
    linter: Linter, text: str, passed: bool
) -> None:
    """A count asked or planned to become customers or sales is the material,
    not a result; a conversion told in the past is tied by its outcome, and
    one into no outcome is a brag."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Can we stop calling every reel 'viral' when it has 400 likes?", True),
        ("A clip counts as a hit when it gets 10k views.", True),
        ("When our reel hit 1M views we cried.", False),
        ("Our reel is at 300k views when it usually gets 2k.", False),
    ],
)
def test_a_present_when_clause_of_any_post_is_a_case(
    linter: Linter, text: str, passed: bool
) -> None:
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Newsletter, week 12\nsent: 52,000\nclicked: 8,410\nunsubscribed: 9", ["clicked: 8,410"]),
        ("watched this week: 2,400", ["watched this week: 2,400"]),
        ("Minutes streamed: 96", []),
        ("Retail sell-through followed: +21% in the 8 weeks after launch.", []),
    ],
)
def test_an_attention_verb_that_opens_a_stat_line(
    linter: Linter, text: str, expected: list[str]
) -> None:
    """A report's line labelled by an attention verb counts; a verb after the
    line's first word, or one that says what followed, labels nothing."""
    found = [f for rule, _, f in _plain(linter, text)[1] if rule == "vanity-metric"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "me: we should measure sales\nclient: ok but why did the dog video get 80k views\nme: sigh",
            True,
        ),
        ("me: our dog video got 80k views\nclient: wow", False),
        ("Our founder: 3.1k followers.\nOur intern: 52k.", False),
    ],
)
def test_a_dialogue_line_labelled_by_someone_else(linter: Linter, text: str, passed: bool) -> None:
    """A line a label gives to a client is the client's words; "me:" is the
    writer's, and a count right after a label is a stat, whoever's."""
    assert _plain(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The display ads had 30x the impressions. They also had the worst return.", True),
        ("Our reel got 20k views. We have the best return policy in town.", False),
    ],
)
def test_a_return_ranked_is_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_the_later_cues(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "me last spring: no one will ever read this\nme now: 61k readers on the blog\n\nkeep going",
            "how do I turn 25k followers into customers? asking for my candle shop",
            "Can we stop calling every reel 'viral' when it has 400 likes?",
            "Newsletter, week 12\nsent: 52,000\nclicked: 8,410\nunsubscribed: 9",
            "me: we should measure sales\nclient: ok but why did the dog video get 80k views\nme: sigh",
            "The display ads had 30x the impressions. They also had the worst return.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Month 9 update\n- 14k followers\n- 190k impressions\n- MRR: still $0, launching soon",
            False,
        ),
        ("Month 9 update\n- 14k followers\n- 190k impressions\n- MRR: $3,200", True),
    ],
)
def test_an_outcome_label_answered_with_zero_names_no_outcome(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "MRR: still $0" denies the outcome, so the counts above it are the
    post's only results; "MRR: $3,200" reports one."""
    assert _plain(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ('Every "you kept me from buying junk" message made my day.', "negated"),
        ("Brand deals turned down: 9, because they didn't fit", "negated"),
        ("Brand deals closed: 9", "asserted"),
        ('"Did it bring in revenue?" Honestly, we never checked.', "topic"),
        ("If you'd like to help, you can donate at the link below.", "offer"),
        (
            "Next month the store page goes live, so you'll finally be able to add it to your wishlists.",
            "offer",
        ),
        ("Orders for winter close on 10 October.", "offer"),
        ("Orders opened on Monday and 4,000 came in.", "asserted"),
    ],
)
def test_outcomes_kept_from_refused_asked_or_offered(
    linter: Linter, extractor: ClaimExtractor, text: str, mood: str
) -> None:
    """A purchase someone was kept from, an offer refused, a quoted question,
    an invitation to the reader and a deadline report no outcome; a past
    opening does."""
    doc = linter.analyzer.pipeline.nlp(text)
    outcomes = [c for c in extractor.claims(doc) if c.kind == "outcome"]
    assert outcomes and outcomes[0].mood == mood


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We never expected to pass 60k followers this year.", False),
        ("ngl did not expect to hit 60k subs before christmas", False),
        ("We don't expect to hit 60k followers this year.", True),
        ("our video just hit a mil 🙏", False),
        ("our channel just crossed a lakh", False),
    ],
)
def test_surprise_and_a_mil_are_milestones(linter: Linter, text: str, passed: bool) -> None:
    """A milestone nobody expected did happen (a chat marker the parse takes
    for a subject changes nothing); a forecast denied did not; "a mil" is a
    count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our launch reel got 90k views. The new scheduler cuts cold-start time by 60%.", False),
        ("Our launch reel got 90k views. The new scheduler cut handling time by 60%.", True),
        (
            "Our page passed 12k followers. Acme Builders cut their payroll bill by £900 a month.",
            True,
        ),
        ("Our page passed 12k followers. We placed 41 engineers with clients this quarter.", True),
        ("Our page passed 12k followers. We placed 3 ads on local radio.", False),
        (
            "Our page passed 12k followers and the pop-up did $18k on day one, all of it into stock.",
            True,
        ),
        ("The podcast has 3,100 subscribers, but the ad slot sells out every month at $400.", True),
        ("We crossed 6,000 tea subscribers, people who pay us every month for fresh leaves.", True),
    ],
)
def test_outcomes_in_more_words(linter: Linter, text: str, passed: bool) -> None:
    """A program's speed is a feature, not time saved; a bill cut, people
    placed by a recruiter, takings with a clause joined after them, a slot
    that sells out and subscribers who pay are outcomes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("On this day in 1938, a radio play reached an estimated six million listeners.", True),
        ("The chain letter went viral decades before anyone used the word.", True),
        ("In 1998 we had 10k visitors a month.", False),
        ("my dad has 14 followers on facebook and he posts sunsets.", True),
        ("My son hit 100 followers and we baked him a cake.", False),
        ("impressions count every view, so one person scrolling past twice = 2 impressions.", True),
        ("Our reel = 2M views. Insane.", False),
        ("the 'silent review' trend is trending on tiktok again. make it stop.", True),
        ("our dance trend is trending on tiktok", False),
    ],
)
def test_history_kin_definitions_and_fashions(linter: Linter, text: str, passed: bool) -> None:
    """History before social media, what a relative has, an equation's
    result and a trend that trends are no one's brag; the writer's own are."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_the_third_cues(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "ngl did not expect to hit 60k subs before christmas",
            "our video just hit a mil 🙏",
            "Our launch reel got 90k views. The new scheduler cuts cold-start time by 60%.",
            "Our page passed 12k followers. We placed 41 engineers with clients this quarter.",
            "impressions count every view, so one person scrolling past twice = 2 impressions.",
            "the 'silent review' trend is trending on tiktok again. make it stop.",
            "On this day in 1938, a radio play reached an estimated six million listeners.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The clip got picked up by two meme accounts and is now sitting at seven digits.", False),
        ("Our reel reached 2M people and we signed 40 new accounts.", True),
        (
            "We grew the page to 96k followers with creator collabs across 14 local food accounts.",
            False,
        ),
        ("What a night. 9,800 fans at the Mill Road ground, the loudest in years.", True),
        ("9,800 fans on our Instagram, the loudest in years.", False),
    ],
)
def test_joined_milestones_social_accounts_and_crowds(
    linter: Linter, text: str, passed: bool
) -> None:
    """A piece's milestone told in a verb joined to the piece's first verb is
    the piece's; social accounts that picked it up are no customers won; a
    crowd at a ground is there in person."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "If our appeal video went viral, could the donation page cope with 40,000 visitors?",
            True,
        ),
        ("Can we get 1,000 retweets on this one?", False),
        ("Please don't ask your comms team to 'make it go viral'.", True),
        ("Please stop asking us to make it go viral.", True),
        ("Help us make it go viral!", False),
        ("Heard the noodle bar on Mill St has gone viral again. I'll go in March.", True),
        ("We heard our reel went viral in Brazil!", False),
        ("The umpire's clip from Sunday now has 9M views on TikTok.", True),
        ("Our keeper's save now has 9M views on TikTok.", False),
    ],
)
def test_loads_refused_requests_hearsay_and_officials(
    linter: Linter, text: str, passed: bool
) -> None:
    """A question of load, a request the writer refuses, hearsay of someone
    else and an official's clip are no brag or goal; asking for retweets,
    bidding virality, the writer's heard news and the writer's keeper are."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_the_fourth_cues(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "The clip got picked up by two meme accounts and is now sitting at seven digits.",
            "What a night. 9,800 fans at the Mill Road ground, the loudest in years.",
            "If our appeal video went viral, could the donation page cope with 40,000 visitors?",
            "Please don't ask your comms team to 'make it go viral'.",
            "Heard the noodle bar on Mill St has gone viral again. I'll go in March.",
        ],
    )
