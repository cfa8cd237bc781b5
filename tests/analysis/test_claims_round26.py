"""Classes found by the twenty-sixth session's reading of own-91..92 and its
blind round, on sentences written for these tests (each: a text the class must
read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


def _flagged(linter: Linter, text: str) -> list[tuple[str, str]]:
    """The findings that cost the draft something, as (rule, text)."""
    return [
        (rule, found) for rule, severity, found in _verdict(linter, text)[1] if severity != "INFO"
    ]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The zine now has 640 paying readers at £3 a month.", True),
        ("We passed 900 paying listeners on the bonus feed this week.", True),
        ("The zine now has 640 readers, most of them from the Reddit thread.", False),
        ("Our show has 12,000 listeners and we still do not pay ourselves.", False),
    ],
)
def test_paying_readers_and_listeners_are_customers(
    linter: Linter, text: str, passed: bool
) -> None:
    """Readers or listeners who pay, counted, are paying subscribers (the
    conventions' outcome); readers counted alone are an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our newsletter reaches 9,000 readers, renewal rate 90%.", True),
        ("The paid edition is read by 412 firms, renewal rate 94%.", True),
        ("Our newsletter reaches 9,000 readers, mostly students.", False),
        ("The free edition is read by 40,000 people, mostly students.", False),
    ],
)
def test_an_outcome_listed_after_a_comma_keeps_its_own_span(
    linter: Linter, text: str, passed: bool
) -> None:
    """A count closes the plural noun it counts: the renewal rate after the
    comma is its own item, an outcome beside the audience, not swallowed
    into it; a plain aside after the comma ties nothing."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My Q3 earnings preview thread did 480k impressions.",
            [("vanity-metric", "480k impressions")],
        ),
        ("Our customer retention post hit 50k likes.", [("vanity-metric", "50k likes")]),
        ("Our sales video got 2M views and sales doubled.", []),
        ("Sales grew 20% after the video got 2M views.", []),
    ],
)
def test_an_outcome_word_naming_a_pieces_topic_ties_nothing(
    linter: Linter, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "an earnings thread", "a retention post": what the piece is about,
    no earnings reported; an outcome said as a result still ties."""
    assert _flagged(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            '"I switched my phone off after the final. 150,000 new followers overnight."\n'
            "— striker Ana Ruiz, talking to us about the season.",
            True,
        ),
        ('"We passed 80k followers in May." - Tom Vale, in our spring issue.', True),
        ('"Our reels hit 2M views this month!" — Jane, our head of social', False),
        ('"We hit 2M views this month!" — me, after the Monday stand-up', False),
        ('We hit 2M views this month. "Amazing" - my mum', False),
    ],
)
def test_a_quotation_attributed_to_someone_else_after_it(
    linter: Linter, text: str, passed: bool
) -> None:
    """A quotation with a dash line after it naming someone else is an
    interview's words, not the writer's result; "— me" or "our head of
    social" keeps them the writer's, and a quote after a claim does not
    reach back to it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We're hiring! Looking for a community manager to grow our reach on TikTok.", True),
        ("We're hiring a content lead to grow our followers on Instagram.", True),
        ("We hired an agency to grow our followers.", False),
        ("We want to grow our reach on TikTok this year.", False),
    ],
)
def test_a_task_of_someone_sought_is_a_duty(linter: Linter, text: str, passed: bool) -> None:
    """The "to" clause after a role sought names its duty, as a job ad's
    "you'll grow our Instagram" does; a hire made, or the writer's own aim,
    stays a claim or a goal."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_the_roles_task(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "We're hiring a content lead to grow our followers on Instagram.",
            "Looking for an editor to boost our views.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("This month: 31k new followers. Revenue we'll report once the new till is in.", False),
        ("Recap: 3.3M impressions. Pipeline impact will be reviewed with sales in Q1.", False),
        (
            "This month: 31k new followers. We'll report the 12% revenue rise in full next week.",
            True,
        ),
        ("Recap: 3.3M impressions. This campaign will drive sales into Q1.", True),
    ],
)
def test_an_outcome_to_be_reported_later_is_no_result(
    linter: Linter, text: str, passed: bool
) -> None:
    """An outcome a future verb of telling or checking takes is a report still
    to come: the attention beside it stands alone. An amount said, or an
    outcome promised, still counts."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A Bristol dance school's Year 4 pupils' video has gone viral, with 700,000 views.", True),
        ("Our Year 4 pupils' video has gone viral, with 700,000 views.", False),
    ],
)
def test_a_piece_owned_by_the_owner_of_someone_unnamed(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "a school's pupils' video": brought in with "a", two owners deep,
    news of someone the reader does not know yet."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ('"Nobody funds 10k followers." Something my first investor told me once.', True),
        ("“We hit 10k followers in a week!” our social lead told the team.", False),
    ],
)
def test_a_quotation_given_to_someone_outside_by_the_sentence_after(
    linter: Linter, text: str, passed: bool
) -> None:
    """A sentence after the quotation saying an outsider told it gives the
    words to them; the writer's own people keep them the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Worked example: 300 likes + 40 comments + 20 shares = 360 interactions.", True),
        ("Our launch week: 300k likes + 40k comments, what a week!", False),
    ],
)
def test_the_operands_of_a_worked_sum(linter: Linter, text: str, passed: bool) -> None:
    """Counts added on the way to an "=" are a worked example's operands;
    a plus between two results with no sum is still two results."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The 'went viral' angle is the dullest part of this story.", True),
        ("the 'desk salad' thing is trending again and our lunch menu is ready for it", True),
        ("Our 'went viral' reel got 2M views.", False),
        ("the 'desk salad' thing we posted is trending again!", False),
    ],
)
def test_quoted_words_that_name_a_kind_of_thing(linter: Linter, text: str, passed: bool) -> None:
    """A quoted phrase between "the" and a noun names a kind ("the 'went
    viral' angle"); a quoted name with "thing" trending is a fashion. Ours,
    owned or posted, stays a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our page is at 14k followers and we have just hired our 20th team member.", True),
        ("Our page is at 14k followers and we hired our 2nd-floor studio for the shoot.", False),
    ],
)
def test_an_nth_hire_is_a_hire(linter: Linter, text: str, passed: bool) -> None:
    """ "hired our 20th team member" counts a hire; a place hired is no hire."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_a_worked_sum(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter, ["Worked example: 300 likes + 40 comments + 20 shares = 360 interactions."]
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Board dashboard:\n\n| Channel | Followers | Reach |\n"
            "| Facebook | 18.2k (+3%) | 310k |\n| Instagram | 7.4k (+9%) | 150k |",
            False,
        ),
        (
            "Rota:\n\n| Channel | Followers | Reach |\n| Facebook | Ana | weekly |\n"
            "| Instagram | Sam | daily |",
            True,
        ),
    ],
)
def test_a_table_typed_without_its_rule(linter: Linter, text: str, passed: bool) -> None:
    """A table typed in a post may leave out the rule under its header: a
    header over figures (a change in brackets beside them) is still a count;
    a header over names and words counts nothing. Plain text: Markdown reads
    such lines as one paragraph."""
    assert passes(linter, text, "post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Launch update: YouTube subs 0 → 14.2k in 6 weeks.", False),
        ("Launch update: table bookings 0 → 14 in the first hour.", True),
    ],
)
def test_a_stat_grown_from_nothing(linter: Linter, text: str, passed: bool) -> None:
    """A stat line's value from 0 to a big count is growth of the audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reel got 3M views but I can't see any bookings from it.", True),
        (
            "My pins get thousands of saves but I can't tell if anyone clicks through and buys.",
            True,
        ),
        ("The reel got 3M views but not one order came from it.", True),
        ("We hit 100k followers but we never paid for ads.", False),
        ("Our build diary passed 9k followers, but there are no sales yet.", False),
        ("The reel got 3M views but nobody on the team expected it.", False),
    ],
)
def test_attention_set_against_an_outcome_that_did_not_come(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "…but not one order came from it": the writer sets the attention
    against what it did not bring, a confession and no brag. The writer's
    own spending denied, an outcome not there "yet" (the attention is the
    result so far), or a "but" with no outcome, leaves the claim."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_attention_set_against_no_outcome(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "The reel got 3M views but not one order came from it.",
            "Launch update: YouTube subs 0 → 14.2k in 6 weeks.",
            '"We passed 80k followers in May." - Tom Vale, in our spring issue.',
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("2 MILLION. That's how many of you now follow us across our channels.", False),
        ("Six figures. That's how many of you watched the launch live.", False),
        ("That's how many people we've helped this year.", True),
        ("How many of you watched the final?", True),
    ],
)
def test_a_bare_number_then_thats_how_many(linter: Linter, text: str, passed: bool) -> None:
    """ "That's how many of you follow us": the people the number before
    counts, doing an attention verb; not people helped, nor a question."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Over 3 million fans can't be wrong! Follow us for more.", False),
        ("Likes can't be trusted: a third of them are bots.", True),
        ("not us trending next to the cup final 💀", False),
        ("not us crying over 20k followers", False),
    ],
)
def test_denials_that_lean_on_the_count(linter: Linter, text: str, passed: bool) -> None:
    """ "3 million fans can't be wrong" leans on its count; "not us trending"
    owns up to it. "can't be trusted" still doubts the metric."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The anthem, sung by 300 customers' children, has been streamed 9 million times.", False),
        ("The anthem has been streamed 9 million times and brought 300 new customers.", True),
    ],
)
def test_customers_as_owners_are_no_amount(linter: Linter, text: str, passed: bool) -> None:
    """ "300 customers' children": the customers own the noun after them, no
    customers gained; a count of new customers still ties."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("you have 1.8 million followers and not one of them can fix my broadband.", True),
        ("POV: you have 80k followers and still no sales", False),
        ("We have 80k followers and it shows.", False),
    ],
)
def test_what_you_have_is_the_one_addressed(linter: Linter, text: str, passed: bool) -> None:
    """A reply's "you have 1.8 million followers" is the addressee's, not the
    writer's; the meme's "POV: you have…" is the writer's own lot."""
    assert _verdict(linter, text)[0] is passed


def test_the_prefilter_sees_thats_how_many(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "2 MILLION. That's how many of you now follow us across our channels.",
            "you have 1.8 million followers and not one of them can fix my broadband.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Proud of our founder, one of this year's Top Voices in B2B sales: 90k followers.", False),
        ("After 20 years in enterprise sales, our reel hit 2M views.", False),
        ("Our reel got 2M views and a 20% rise in B2B sales.", True),
    ],
)
def test_sales_as_a_field_someone_works_in(linter: Linter, text: str, passed: bool) -> None:
    """ "Top Voices in B2B sales", "20 years in enterprise sales": a field of
    work, no sales made; a rise in them is an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The reel got 48k views. Every single pre-order slot is gone.", True),
        ("The reel got 48k views but no slots are gone yet.", False),
    ],
)
def test_slots_all_taken_are_bookings(linter: Linter, text: str, passed: bool) -> None:
    """Pre-order or class slots gone are bookings taken (as "fully booked");
    none gone yet is no result."""
    assert _verdict(linter, text)[0] is passed
