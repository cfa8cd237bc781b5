"""Classes found by the forty-ninth session's blind rounds (own-542..545, left
held out by the forty-eighth, and own-546..549), on sentences written for these
tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter

CASES: dict[str, list[tuple[str, bool]]] = {
    # An outcome said not to be there yet: "not a …", "not one …", "so far".
    "not_there_yet": [
        ("Not a sale yet but the stall's page got 2,400 visits this week!", False),
        ("Zero orders so far, though the reel hit 90k views.", False),
        ("Not one booking yet but 2,000 people watched the tour video.", False),
        ("It's not a sales channel for us, but 40% of our bookings come from Instagram.", True),
    ],
    # A change every account saw: news about the platform, not the writer's result.
    "moved_for_everyone": [
        ("Why did organic reach fall for almost every SaaS page this month?", True),
        ("Views fell across the board this week.", True),
        ("Organic reach is dropping everywhere this quarter.", True),
        ("Our views went up across the board.", False),
        ("Views went up across the board for our three channels.", False),
    ],
    # Many tellers' "their": "creators say their reach has dropped".
    "their_as_many_tell_it": [
        ("Lots of founders I know say their LinkedIn reach has dropped.", True),
        ("Creators say their engagement has dropped this quarter.", True),
        ("We say our reach doubled, and it did.", False),
    ],
    # Shares a scheme grants are stock.
    "shares_of_a_scheme": [
        (
            "The employee share scheme opens in June: each member of staff receives 300 shares.",
            True,
        ),
        ("Our explainer on the share scheme got 4,000 shares and 90,000 views on LinkedIn.", False),
    ],
    # A quoted offer's "our" is the one offering.
    "pitched_in_quotes": [
        (
            "Got an email from a 'creative agency' offering 'exposure to our 800k followers' "
            "instead of a fee. Declined.",
            True,
        ),
        (
            'An influencer agency pitched us "access to our 3M followers" for £2,000. Hard pass.',
            True,
        ),
        ("We have 800k followers and offer brands exposure to them.", False),
    ],
    # A question someone keeps asking, quoted without its "?".
    "a_question_quoted": [
        ("Every month the client's only question is 'why didn't we get more likes'.", True),
        ("This quarter we need more likes.", False),
    ],
    # Sales closed, money the object.
    "money_closed": [
        ("Our webinars averaged 900 live viewers. That cohort closed $1.2M.", True),
        ("Our webinars averaged 900 live viewers. That cohort closed $1.2M in the quarter.", True),
        ("Our reel got 40k views. The shop closed at 5pm.", False),
    ],
    # Regular gifts set up by people counted.
    "regular_gifts_set_up": [
        ("The clip got 300k views. 1,100 people set up a monthly gift after watching it.", True),
        ("The video got 90k views. 400 people set up a regular donation.", True),
        ("The clip got 300k views and lots of lovely comments.", False),
    ],
    # A piece, a time and a big bare count, each a fragment of its own.
    "paced_in_fragments": [
        ("One reel. Two days. 3.4 million people. We are still in shock.", False),
        ("Our launch video. 72 hours. 1.8M.", False),
        ("1 recipe. 3 ingredients. 20 minutes. Dinner sorted.", True),
        ("One bakery. 12 years. 40,000 loaves. Thank you, Leeds.", True),
    ],
    # A chart's name, then its rank.
    "top_after_a_chart": [
        ("We're in the Apple Podcasts top 10 for Comedy in Ireland!", False),
        ("our podcast cracked the iTunes top 10 in Sport", False),
        ("Here are the Spotify top 50 songs to study to.", True),
    ],
    # A named brand's figures, their people named in the same sentence.
    "their_side_in_the_sentence": [
        (
            "Industry roundup: Morrell's TikTok gained 3 million followers in a month, and their "
            "head of social says sales haven't moved.",
            True,
        ),
        ("Morrell's TikTok gained 3 million followers in a month.", False),
    ],
    # Fans going somewhere on foot are a crowd.
    "fans_on_their_way": [
        ("Match day means 400 thirsty United fans walking past the shop at 2pm.", True),
        ("Our page now has 40,000 fans sharing their favourite recipes.", False),
    ],
    # "There's a video trending": someone's piece pointed at.
    "a_piece_there_is": [
        (
            "There's a video trending on TikTok claiming that bleach whitens teeth. It doesn't.",
            True,
        ),
        ("There is a reel of ours going viral right now: 2M views!", False),
    ],
    # A trend the writer joins: "it's trending, so we…".
    "a_trend_followed": [
        ("this audio is trending so obviously i made my dog do it", True),
        ("This book is trending on BookTok again, so we ordered 30 more copies.", True),
        ("Our reel is trending, so we are celebrating with 20% off.", False),
    ],
    # The "one" a comparison sets against a generic piece.
    "one_seen_by": [
        (
            "A post seen by 300 of the right buyers beats one seen by 300,000 of the wrong ones.",
            True,
        ),
        ("Our new reel beat the one seen by 2M people last year.", False),
    ],
    # A sum of others' audiences is the writer's result.
    "a_combined_reach": [
        ("Our campaign landed coverage in 30 outlets with a combined reach of 90 million.", False),
        ("We partnered with 12 creators with a total reach of 9 million.", False),
        ("We partnered with a creator with a reach of 2 million.", True),
    ],
    # Someone's piece going viral, explained as a lesson.
    "a_lesson_drawn": [
        (
            "Quick reminder: that account going viral was the result of years of patient brand "
            "building.",
            True,
        ),
        (
            "Quick reminder: our account going viral was the result of years of brand building.",
            False,
        ),
    ],
    # "the one going viral" of a kind named before, in no one's words of the writer.
    "the_one_of_a_kind": [
        (
            "every viral pasta this year is the same dish. the one going viral right now with the "
            "feta was genuinely bad",
            True,
        ),
        ("The one that went viral was our carrot cake.", False),
    ],
    # Numbers put down to a fault in the counting.
    "put_down_to_a_glitch": [
        (
            "Our link clicks doubled overnight and sales didn't move, so I'm assuming it's a "
            "reporting bug.",
            True,
        ),
        ("Our follower count jumped by 9,000 overnight, which has to be a glitch.", True),
        ("We fixed a tracking bug and our views doubled.", False),
        ("Our bug bounty video hit 2M views.", False),
        (
            "Day 12 of the build: 800 followers on here, 2k visitors to the waitlist page, 0 bugs.",
            False,
        ),
    ],
    # Slice 2 (own-550..553, first run on cb8022f).
    # A notice about the post "about" something local going viral.
    "aware_of_the_post_about": [
        (
            "Council statement: we are aware of the post about the Station Road flooding going "
            "viral on Facebook. Crews are on site.",
            True,
        ),
        ("We are aware of the post going viral today and we love it: 2M views!", False),
    ],
    # A show's listeners' retention is attention, not customers kept.
    "listener_retention": [
        ("Season 2 wrapped with 40,000 downloads and our best-ever listener retention.", False),
        ("Season 2 got 40,000 downloads and subscriber retention hit 91%.", True),
    ],
    # A wish denied when its clause has its own subject.
    "a_wish_denied": [
        ("I don't want our posts to go viral. I want the right 300 people to see them.", True),
        ("We want our videos to go viral.", False),
    ],
    # A count that "told us nothing".
    "told_nothing": [
        (
            "Because 9,000 followers told us nothing about whether a single nurse changed her "
            "practice.",
            True,
        ),
        ("Our reel got 40,000 views, which told us a lot.", False),
    ],
    # A trend joined, "so" and the writer's own after it.
    "a_trend_followed_by_ours": [
        ("This audio is trending right now so obviously our intern made us use it.", True),
        ("This clip is trending so our followers are going wild.", False),
    ],
    # The accounts an account-based campaign targets are no customers won.
    "target_accounts": [
        ("Programme update: 900k impressions against our 250 target accounts.", False),
        ("The campaign won 40 new accounts and 900k impressions.", True),
    ],
    # A finding after a label that names a study.
    "a_finding_labelled": [
        (
            "New study from the Okafor Lab: across 800,000 posts from 200 councils, posts with "
            "faces received 24% more shares.",
            True,
        ),
        ("Our annual report: our reels got 2M views this year.", False),
    ],
    # Slice 3 (own-554..557, first run on f675ca9).
    # An account taken from one count to another, whoever took it.
    "an_account_taken_from_to": [
        ("Our last hire took our TikTok from 30k to 300k in a year.", False),
        ("Our agency took revenue from 30k to 300k.", True),
    ],
    # Faults and risks cut are costs cut.
    "faults_cut": [
        ("Our awareness emails got a 9% open rate and we cut phishing incidents by 71%.", True),
        ("Our error page got 2M views.", False),
    ],
    # "(one with …)" after people named in the plural.
    "one_in_brackets": [
        (
            "We've had to ask two creators this month (one with 90k followers) to stop filming.",
            True,
        ),
        ("We posted two reels this month (one with 900k views).", False),
    ],
    # Nobody of a group caring that the reader has a count.
    "nobody_on_a_panel_cares": [
        ("Nobody on an interview panel cares that you have 8k followers.", True),
        ("Nobody on our team expected 8k followers this fast.", False),
    ],
    # The writer's range stocked in stores counted.
    "stocked_in_stores": [
        (
            "That reel did nothing. like 60 likes. But one of those was a buyer and we're now "
            "stocked in 9 of their stores.",
            True,
        ),
        ("Our reel got 40k views. We're stocked in a lovely shop in Leeds.", False),
    ],
    # "Results are …" opening a sentence of counts: the writer's tally.
    "results_are_counts": [
        ("Results are 900k impressions and 6,100 new followers.", False),
        ("Results are what matter, not 900k impressions.", True),
    ],
    # Readers who pay are customers.
    "readers_who_pay": [
        ("We turned on paid tiers in March. As of today, 1,300 readers pay $6/month.", True),
        ("40,000 readers paid attention to our launch issue.", False),
    ],
    # Slice 4 (own-558..561, first run on 1f8f112).
    # A quoted KPI is the brief's wording.
    "a_quoted_kpi": [
        ("We turned down a brief because the only KPI was 'get us to 50k followers'.", True),
        ("Our brief was 'we hit 1M followers', and we did.", False),
    ],
    # Enquiries and applications made on a form, by people counted.
    "forms_completed": [
        (
            "The campaign reached 200,000 residents. 48 households completed enquiry forms and "
            "7 have been approved as adopters.",
            True,
        ),
        ("The campaign reached 200,000 residents.", False),
    ],
    # Opinions shared are answers, not attention.
    "opinions_shared": [
        ("Last year 300 of you shared your views and it led to flexible rotas.", True),
        ("Last year 3,000 of you shared your views and it led to new rotas.", True),
        ("300,000 of you shared our video this week!", False),
    ],
    # A bare count cheered with a song or a star.
    "cheered_with_a_song": [
        ("We did it!!! 20K 🎶 Thank you so much for believing in us", False),
        ("20K 🎶 tickets left for the tour!", True),
    ],
    # A notice about a post that tells something of the writer's.
    "aware_of_a_post_claiming_ours": [
        (
            "We're aware of a post being widely shared claiming our buses won't run on Sunday. "
            "This is not true.",
            True,
        ),
        ("We're aware of our post being widely shared, thank you all.", False),
    ],
}


@pytest.mark.parametrize(
    ("text", "passed"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{name}-{i}" for name, cases in CASES.items() for i in range(len(cases))],
)
def test_round49_class(linter: Linter, text: str, passed: bool) -> None:
    """Each class reads its sentences, and leaves its near misses as they were."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_finds_what_the_full_pass_finds(linter: Linter) -> None:
    """Every cue of round49 is one the prefiltered pass sees."""
    assert_prefilter_agrees(linter, [text for cases in CASES.values() for text, _ in cases])
