"""Classes found by the twenty-third session's blind sets (own-72..75) and the
leftovers of earlier sets, on sentences written for these tests (each: a text
the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict, assert_prefilter_agrees, lint_verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our reel got 4,000 views. Pipeline went UP to $1.2M.",
            (True, [("vanity-metric", "WARNING", "4,000 views")]),
        ),
        (
            "Our reel got 4,000 views. Our pipeline went up to $900K in May.",
            (True, [("vanity-metric", "WARNING", "4,000 views")]),
        ),
        (
            "Our reel got 4,000 views. Then the pipeline question went up to the board.",
            (False, [("vanity-metric", "WARNING", "4,000 views")]),
        ),
    ],
)
def test_an_outcome_that_went_up_to_a_level(linter: Linter, text: str, expected: Verdict) -> None:
    """ "Went up to $1.2M" is a change to a level; "went up to the board" is no amount."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Webinar vs podcast:\n\n| | Webinar | Podcast |\n|---|---|---|\n"
            "| Listeners | 800 | 5,100 |\n| Leads | 22 | 19 |",
            (True, [("vanity-metric", "WARNING", "Listeners | 800")]),
        ),
        (
            "Our reel got 4,000 views.\n\n| Team | Leads |\n|---|---|\n| Design | Anna |",
            (False, [("vanity-metric", "WARNING", "4,000 views")]),
        ),
    ],
)
def test_an_outcome_labels_a_tables_row(linter: Linter, text: str, expected: Verdict) -> None:
    """A row's label with counts in its cells is a reported outcome whatever the
    tagger made of it ("Leads" as a verb); a column of names is no count."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monthly stats for Harbour Pilates:\nreach 120k\nprofile visits 8k\nnew followers 1.9k",
            [
                ("no-business-outcome", ""),
                ("reach-claim", "reach 120k"),
                ("vanity-metric", "profile visits 8k"),
                ("vanity-metric", "followers 1.9k"),
            ],
        ),
        ("Posts with carousels get 40k views.", [("audience-metric", "40k views")]),
        ("Reach 38% more of your buyers with one ad.", []),
    ],
)
def test_a_stat_list_under_a_named_heading_is_reported(
    linter: Linter, text: str, expected: list[tuple[str, str]]
) -> None:
    """Lines of label and count under a heading report the writer's numbers,
    however the parser strings the lines together; a rule of thumb in the
    present stays a topic."""
    assert lint_verdict(linter, text, path="post.txt") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spring recap:\n📈 Story views 18k\n🛒 Orders 410",
            (True, [("vanity-metric", "WARNING", "views 18k")]),
        ),
        (
            "We just hit 20k 🚀 followers!",
            (False, [("vanity-metric", "WARNING", "20k 🚀 followers")]),
        ),
    ],
)
def test_an_emoji_parts_a_stat_lines_cells(linter: Linter, text: str, expected: Verdict) -> None:
    """A count before an emoji is the cell before's when the word after the
    emoji labels its own count (a Markdown soft break joins the lines); an
    emoji inside one phrase says nothing. Since lead24 the emoji before
    "Orders" also ends the sentence, so the views line is its own statement,
    as in a bulleted list (a warning; the draft passes on its orders)."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our boss asked us to 'boost engagement' before the offsite.",
            (True, [("audience-metric", "INFO", "boost engagement")]),
        ),
        (
            "The client told us to get more views by Friday, on a £300 budget.",
            (True, [("audience-metric", "INFO", "more views")]),
        ),
        (
            "Somebody tell Gus we just hit 500K likes!",
            (False, [("vanity-metric", "WARNING", "500K likes")]),
        ),
        (
            "We asked our fans to share the reel, and it got 40k views.",
            (False, [("vanity-metric", "WARNING", "40k views")]),
        ),
    ],
)
def test_a_metric_someone_else_asked_the_writer_for(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """An infinitive another party asked or told the writer to do reports no
    result and sets no goal of theirs; what the writer tells or asks for
    themselves stays a claim."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The film reached about 9 million viewers and was followed by a 12% rise in"
            " cinema bookings across the county.",
            (
                True,
                [
                    ("reach-claim", "INFO", "reached about 9 million viewers"),
                    ("vanity-metric", "INFO", "9 million viewers"),
                ],
            ),
        ),
        (
            "The film reached 9 million viewers and was followed by 40,000 new fans.",
            (
                False,
                [
                    ("reach-claim", "WARNING", "reached 9 million viewers"),
                    ("vanity-metric", "WARNING", "9 million viewers"),
                    ("vanity-metric", "WARNING", "followed by 40,000 new fans"),
                ],
            ),
        ),
    ],
)
def test_followed_by_a_change_came_after_it(linter: Linter, text: str, expected: Verdict) -> None:
    """ "Followed by a rise in bookings" is what came next; people following are an audience."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More followers than the chain? Cute. Outsold them in Leeds all winter?"
            " That's the one we're proud of.",
            (True, [("vanity-metric", "WARNING", "More followers")]),
        ),
        (
            "More followers than the chain? Cute. Out-posted them all winter too.",
            (False, [("vanity-metric", "WARNING", "More followers")]),
        ),
        (
            "2 years ago: 5 viewers. today: enough paid subs that I quit my day job",
            (True, [("vanity-metric", "WARNING", "5 viewers")]),
        ),
        (
            "2 years ago: 5 viewers. today: 9,000 free subs",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "5 viewers"),
                    ("vanity-metric", "WARNING", "9,000 free subs"),
                ],
            ),
        ),
        (
            "Our podcast passed ten million downloads, and both our sponsors renewed for next year.",
            (True, [("vanity-metric", "INFO", "ten million downloads")]),
        ),
        (
            "Our podcast passed ten million downloads, and both our hosts renewed their vows.",
            (False, [("vanity-metric", "WARNING", "ten million downloads")]),
        ),
    ],
)
def test_outcomes_outsold_paid_subs_and_sponsors_renewed(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Outselling a rival, paid subs (paid subscribers, abbreviated) and
    sponsors who renewed are outcomes; out-posting, free subs and renewed vows
    are not."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Hot take: "we doubled their followers" is the weakest line in any case study.',
            (True, [("audience-metric", "INFO", "doubled their followers")]),
        ),
        (
            "\u201c40k views\u201d sounds great until you ask what it sold.",
            (True, [("audience-metric", "INFO", "40k views")]),
        ),
        (
            "'We hit 10k followers' is a sentence I never thought I'd write.",
            (False, [("vanity-metric", "WARNING", "10k followers")]),
        ),
    ],
)
def test_a_quoted_line_then_judged_is_named(linter: Linter, text: str, expected: Verdict) -> None:
    """A quoted line that opens its sentence and that the sentence then judges
    is named, not claimed; the writer's own line of news stays theirs."""
    assert _verdict(linter, text) == expected


_UNANSWERED = [
    (
        "month 6 of building in public:\n\n📈 followers: 312 → 4,870\n\n"
        "💰 MRR: still figuring that part out lol",
        (False, [("vanity-metric", "WARNING", "followers: 312")]),
    ),
    (
        "month 6 of building in public:\n\n📈 followers: 312 → 4,870\n\n💰 MRR: $2,300",
        (True, [("vanity-metric", "WARNING", "followers: 312")]),
    ),
    (
        "Followers: 4,870\n\nSales: strong all month",
        (True, [("vanity-metric", "WARNING", "Followers: 4,870")]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _UNANSWERED)
def test_an_outcome_label_answered_with_no_result(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """An outcome's label that its line answers with no result ("still
    figuring that part out", "TBD") names the outcome missing; an amount or a
    word of how it went reports it."""
    assert _verdict(linter, text) == expected


def test_the_prefilter_reads_unanswered_labels(linter: Linter) -> None:
    assert_prefilter_agrees(linter, [text for text, _ in _UNANSWERED], suffix=".md")


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our reading video got 650k views, and the Kestrel Trust has awarded us a"
            " two-year £90k grant.",
            True,
        ),
        ("Our reading video got 650k views, so we'll apply for a grant.", False),
        ("The candle reel hit 800k views and we just signed our first wholesale order.", True),
        ("The candle reel hit 800k views, in order to test the new lights.", False),
        ("webinar replay: 18k views. pipeline sourced from it: $900k.", True),
        ("webinar replay: 18k views. pipeline sourced from it: too early.", False),
        ("Recap video passed 500k views. We signed 9 sponsors: £640k in sponsorship.", True),
        ("Competitor X outsold us last year. But our reels average 40k views.", False),
    ],
)
def test_outcomes_awarded_ordered_and_labelled_with_money(
    linter: Linter, text: str, passed: bool
) -> None:
    """A grant awarded to the writer (even by a named funder), a trade order
    signed, a label qualified before its colon and a sum after it, money "in
    sponsorship" are outcomes; a grant applied for, "in order to" and a label
    with no sum are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Q3 plan: get the account to 200k followers. Revenue impact TBD.", False),
        ("Q3 recap: the account hit 200k followers. Revenue impact: up 9%.", True),
        ("Our reel hit 500k views! Next step: turning those views into bookings.", False),
        ("Our reel hit 500k views, and bookings are up 30%.", True),
        ("Goal for autumn: turn our 12k followers into revenue.", True),
        ("100k subscribers!!! Now to figure out how to make money from this lol.", False),
        ("100k subscribers!!! Sponsorships now pay me $3,000 a month.", True),
    ],
)
def test_an_outcome_still_to_come_after_a_label(linter: Linter, text: str, passed: bool) -> None:
    """An outcome after a plan's label ("Next step:", "Goal for next year:"),
    after "Now to…" or answered "TBD" is wanted, not reported."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bake 45 min at 180C (160 fan), then cool in the tin.", []),
        ("Our 1,000th fan just followed us!", [("vanity-metric", "1,000th fan")]),
        ("Live music, 40 food stalls and the best views over the harbour.", []),
        ("Our page got 3M views over the summer.", [("vanity-metric", "3M views")]),
    ],
)
def test_an_ovens_fan_and_views_over_a_place(
    linter: Linter, text: str, expected: list[tuple[str, str]]
) -> None:
    """A fan setting in a recipe and views over a harbour are no audience;
    a fan counted as a milestone and views over a season are."""
    found = [(rule, quoted) for rule, quoted in lint_verdict(linter, text) if quoted]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("£1.8M raised this year, and our Instagram hit 15k followers.", True),
        ("£1.8M raised our hopes, and our Instagram hit 15k followers.", False),
        ("Creator report:\n\nRevenue: $0\n\nFollowers: 12.8k (+9k!!)", False),
        ("Creator report:\n\nRevenue: $4,100\n\nFollowers: 12.8k (+9k!!)", True),
    ],
)
def test_a_sum_raised_and_a_label_worth_nothing(linter: Linter, text: str, passed: bool) -> None:
    """ "£1.8M raised" is money raised even where the parse makes the sum the
    verb's subject (and no named party's); a label whose value is zero reports
    no outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Newsletter numbers, because you asked:\nsubscribers: 9,420\nopen rate: 58%",
            [("metric", "asserted"), ("metric", "asserted")],
        ),
        (
            "Once your channel grows past 1,000 subscribers, you can apply.",
            [("metric", "advice")],
        ),
    ],
)
def test_a_reason_addressed_to_the_reader_is_no_advice(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Because you asked" gives a reason, not the reader's time or condition:
    the numbers after it are the writer's; "once your channel grows" is advice."""
    doc = linter.analyzer.pipeline.nlp(text)
    assert [(c.kind, c.mood) for c in extractor.claims(doc)] == expected
