"""Classes found by the fiftieth session's blind rounds (own-562..565, left
held out by the forty-ninth, own-566..569, own-570..573 and own-574..577), on sentences
written for these tests (each: a text the class must read, and a near miss it
must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter

CASES: dict[str, list[tuple[str, bool]]] = {
    # A creator's posts in the plural are a channel: their subscribers are an audience.
    "channel_words_in_the_plural": [
        ("my cooking vlogs just crossed 50K subscribers!!", False),
        ("Our blogs hit 20,000 subscribers this spring.", False),
        ("The meal kit now has 900 subscribers paying £30 a month.", True),
    ],
    # A crowd the writer was with at a match is there in person.
    "with_a_crowd_at_the_match": [
        ("Spent Sunday at the match with 30,000 City fans. What a day out.", True),
        ("We were in the stadium with 52,000 home fans last night.", True),
        ("After the match our page gained 40,000 fans.", False),
    ],
    # Staying up with a live stream is watching it, not a stay.
    "stayed_up_with_us": [
        ("Our live stream of the election count: 6,200 of you stayed up until 3am with us.", False),
        ("Our reel got 2M views and 4,000 of you stayed with us over the summer.", True),
    ],
    # An outcome noun used as a verb in a clause about someone: no outcome.
    "outcome_noun_as_a_verb": [
        ("now 150k of you show up every week for a guy who reviews motorway services", False),
        ("150k of you watched and 900 of you left reviews with your orders.", True),
    ],
    # "That's how many of you now show up for my posts", after a bare count.
    "how_many_show_up": [
        ("25,000.\n\nThat's how many of you now show up for my Friday posts on tax.", False),
        ("That's how many of you turned up at the shop for the launch.", True),
        ("Sold out? Nope, just popular 😉 Our scarf reel just passed 3M plays.", False),
    ],
    # An emoji, then a denied verb with its subject dropped: a new sentence.
    "emoji_then_a_denial": [
        (
            "30,000 of you saved our hydration explainer post 🫶 didn't expect a chart of "
            "kidneys to be our top post of the year",
            False,
        ),
        ("we got 40k views 😩 didn't sell a single candle though", False),
    ],
    # "The <person> has N followers and still…": the parse loses the subject.
    "someone_has_and_still": [
        ("The record holder has like 300k followers and still streams every night.", True),
        ("The chef has 90k followers and still answers every DM herself.", True),
        ("The team has 200k followers now and still grows.", False),
        ("can we use this?? the CEO's post did 700k views and the replies are lovely", False),
    ],
    # A piece that is "my first to" pass a bare milestone.
    "the_first_to": [
        ("the lighthouse reel is my first to go past 1M 🥹 thank you all", False),
        ("the lighthouse reel is my first to use the new sound", True),
    ],
    # A multiple "of ours": someone else's count, the writer's the measure.
    "a_multiple_of_ours": [
        ("The supermarket's sponsored posts got 30x the impressions of ours. Budgets talk.", True),
        ("Our reel got 30x the impressions of theirs.", False),
    ],
    # Visitors to a show in the seats, with its practicalities.
    "visitors_of_a_show": [
        (
            "Panto week! Curtain up 7pm. Last year we had over 600 visitors across the four "
            "nights, so please arrive early for parking.",
            True,
        ),
        ("Our site had 40,000 visitors last month.", False),
    ],
    # Stock told as gone, near what was made to sell.
    "a_batch_gone": [
        ("The unboxing video has 200k views, but the first batch of 900 is gone already.", True),
        ("The reel hit 300k views. The old stock photos are gone from the site.", False),
    ],
    # Reactivation, measured.
    "reactivation": [
        ("Open rate dipped, but 60-day reactivation went from 4% to 9%.", True),
        ("Open rate went up 12% this month.", False),
    ],
    # A crowdfunding campaign backed by people counted.
    "backed_a_campaign": [
        ("We have 20k members on Discord and 1,800 of you backed the Kickstarter in a day.", True),
        ("Our reel got 40k views and we backed the campaign from day one.", False),
    ],
    # A named owner's piece that sat at a level: theirs.
    "a_level_of_anothers": [
        ("The mayor's post sat at 40k likes by noon. Wild.", True),
        ("Our stream peaked at 70k viewers yesterday.", False),
    ],
    # Others' videos the writer is seeing go viral, now.
    "seeing_others_go_viral": [
        (
            "With the heat coming, we're seeing lots of videos going viral of people "
            "jumping off the harbour wall. Please don't.",
            True,
        ),
        ("We're seeing our hashtag trending all day!", False),
    ],
    # "It" after a plea not to share: what spreads is the thing pleaded about.
    "after_a_plea_not_to_share": [
        (
            "Please don't share the footage of last night's crash. It is being widely shared "
            "but it may identify a witness.",
            True,
        ),
        ("Please don't share our trailer yet. It has 40k views already.", False),
        ("Please share the video of our new menu. It is being widely shared already!", False),
    ],
    # A handful of people who saw a post is no audience.
    "a_handful_who_saw": [
        ("We fact-check claims that could cause harm, even if only 30 people saw them.", True),
        ("400 people saw our reel on day one.", False),
    ],
    # A past relative clause under a future verb is done.
    "done_under_a_future": [
        (
            "We're hiring! You'll be joining a page that went from 3k to 150k followers in a year.",
            False,
        ),
        ("You'll be joining a page that will pass 100k followers soon.", True),
    ],
    # A study's statistic across counted things someone analysed.
    "across_what_was_studied": [
        (
            "Across 2.1 million posts we analysed, anger drew 3x the engagement of "
            "posts about detail.",
            True,
        ),
        ("Across six episodes we filmed, the series drew 2M views.", False),
    ],
    # Slice 2 (own-570..573): people named as "fellow" ones.
    "fellow_people": [
        ("Big day for a tiny account 🍄 40,000 fellow birders now follow along here.", False),
        ("40,000 fellow birders were at the reserve on Sunday.", True),
    ],
    # Asking why a hashtag is trending.
    "why_is_it_trending": [
        ("no because why is #CleanDeskTok trending when my desk looks like a skip 😭", True),
        ("Our hashtag is trending!", False),
    ],
    # A piece of someone else's gone viral.
    "someone_elses_piece_viral": [
        (
            "Someone's cook lobster 'hack' has gone viral and I'm getting messages asking "
            "if it's humane.",
            True,
        ),
        ("Our founder's post went viral.", False),
    ],
    # Seeing a clip go viral, the parse hanging it on a noun after it.
    "seen_going_viral_behind_a_phrase": [
        (
            "Weekend recap: the pool is open, the new cabins are ready, and yes, we've seen "
            "the clip of the llama on the hot tub going viral. Not our llama.",
            True,
        ),
        ("we've seen our video of the dog on the paddleboard going viral!", False),
    ],
    # A study's answers won, and their cost.
    "a_studys_answers": [
        ("Post reach dropped, but completed surveys rose from 2,100 to 4,800.", True),
        ("Post reach rose 40% this wave and the likes poured in.", False),
    ],
    # A level after "be" ends where the parse hangs the rest of the sentence on it.
    "a_level_ends_at_but": [
        (
            "Blog page views were 180k (record) but the number that matters: 52 new paid "
            "subscribers, MRR now $3,900.",
            True,
        ),
        ("Blog page views were 180k (record).", False),
    ],
    # Attention set against an outcome that did not come, with "and not one".
    "and_not_one": [
        ("We spent £80, got loads of likes and not one extra customer.", True),
        ("We got 40k views and no new followers.", False),
    ],
    # Followers set against a handful reached: a complaint.
    "set_against_a_handful": [
        (
            "Quick one: my page has 2,300 followers but posts reach maybe 30 people. Worth boosting?",
            True,
        ),
        ("Our page has 1,200 followers but our best post reached 40,000 people.", False),
    ],
    # Slice 3 (own-574..577): applications bare, where a school's or a job's intake is the subject.
    "applications_to_a_school": [
        (
            "Our open day reel got 40k views. What mattered: 312 applications in the "
            "fortnight after, up from 240.",
            True,
        ),
        ("Our open day reel got 40k views.", False),
    ],
    # A viral piece the next sentence disowns.
    "disowned_next": [
        ("That otter-on-a-paddleboard video going viral this week? Not ours, sadly.", True),
        ("Our otter video is going viral this week! Not our first, either.", False),
    ],
    # "N of them" after fans at a match: a crowd.
    "of_them_at_the_match": [
        ("The away fans were class today, 3,000 of them in the rain singing all game.", True),
        ("People doubt our followers are real. They are, all 640,000 of them.", False),
    ],
    # What a share of people surveyed say.
    "said_by_a_share_of_people": [
        (
            "Among the findings: 58% of teenagers say they feel pressure to post content "
            "that will go viral.",
            True,
        ),
        ("We want to post content that will go viral.", False),
    ],
}


@pytest.mark.parametrize(
    ("text", "passed"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{name}-{i}" for name, cases in CASES.items() for i in range(len(cases))],
)
def test_round50_class(linter: Linter, text: str, passed: bool) -> None:
    """Each class reads its sentences, and leaves its near misses as they were."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_finds_what_the_full_pass_finds(linter: Linter) -> None:
    """Every cue of round50 is one the prefiltered pass sees."""
    assert_prefilter_agrees(linter, [text for cases in CASES.values() for text, _ in cases])
