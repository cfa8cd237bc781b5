"""Open judgement classes of issue 10 read by the claim grammar: chart ranks,
cheered counts, GitHub stars, soaring idioms, denying subjects and counts with
a plus. Each class has sentences it must read as claims and near misses it
must not; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import claims_of, lint_verdict, passes

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


def metric_claims(linter: Linter, extractor: ClaimExtractor, text: str) -> list[tuple[str, ...]]:
    """The metric claims as (lexicon, evidence, mood, text)."""
    return [c[1:] for c in claims_of(linter, extractor, text) if c[0] == "metric"]


def asserted(linter: Linter, extractor: ClaimExtractor, text: str) -> list[str]:
    return [c[3] for c in metric_claims(linter, extractor, text) if c[2] == "asserted"]


# -- chart ranks: a rank on a chart of listens or streams --------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Our show broke into the top 20 on Apple Podcasts this month!",
            "top 20 on Apple Podcasts",
        ),
        ("The single sat at number one on Spotify's viral chart for a week.", "number one on"),
        ("Our podcast is #3 in the Comedy category on Spotify.", "#3 in the Comedy"),
        ("The trailer reached No. 2 on the viral video chart.", "No. 2 on the viral video chart"),
    ],
)
def test_a_rank_on_a_chart_of_attention_is_a_claim(
    linter: Linter, extractor: ClaimExtractor, text: str, span: str
) -> None:
    found = metric_claims(linter, extractor, text)
    assert any(c[1] == "rank" and c[2] == "asserted" and span in c[3] for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Our budgeting app is #4 on the App Store charts in Canada.",  # installs: an outcome
        "The kettle is the #1 bestseller on Amazon this spring.",  # sales
        "The club ranked 2nd in the league after the derby.",  # no chart
        "We are number one in sales across the region.",  # no chart
        "Top 10 podcasts every founder should hear.",  # a list of shows
        "Five charts every finance team should track.",
    ],
)
def test_a_rank_among_sales_or_in_a_league_is_none(
    linter: Linter, extractor: ClaimExtractor, text: str
) -> None:
    assert [c for c in metric_claims(linter, extractor, text) if c[1] == "rank"] == []


def test_a_chart_rank_wanted_is_a_goal(linter: Linter, extractor: ClaimExtractor) -> None:
    text = "We hope to reach the top 50 on Apple Podcasts by spring."
    moods = [c[2] for c in metric_claims(linter, extractor, text) if c[1] == "rank"]
    assert moods == ["goal"]


# -- counts cheered between the count and the noun --------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Just passed 30k 🎉 followers, thank you all.", "30k 🎉 followers"),
        ("40k 💜 subscribers. Still no sponsors, still no ads.", "40k 💜 subscribers"),
        ("We are now 9,000 incredible subscribers strong!!", "9,000 incredible subscribers"),
    ],
)
def test_a_count_cheered_before_its_noun_is_a_claim(
    linter: Linter, extractor: ClaimExtractor, text: str, span: str
) -> None:
    assert span in asserted(linter, extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "We now have 2,400 paying subscribers on the annual plan.",  # customers
        "The streaming service added 6 million subscribers last quarter.",  # no cheering
        "The case holds three 120mm fans and a radiator.",  # fans of a PC, in millimetres
    ],
)
def test_uncheered_subscribers_and_sized_fans_claim_nothing(
    linter: Linter, extractor: ClaimExtractor, text: str
) -> None:
    assert metric_claims(linter, extractor, text) == []


# -- GitHub stars named with GitHub -----------------------------------------------


def test_github_stars_named_are_attention_without_the_devrel_pack(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert asserted(linter, extractor, "The library just crossed 8,000 stars on GitHub.")
    assert asserted(linter, extractor, "Our GitHub stars tripled after the launch.")
    assert not passes(linter, "The library just crossed 8,000 stars on GitHub!")


@pytest.mark.parametrize(
    "text",
    [
        "If the docs helped you, star the repo on GitHub.",  # a request
        "The plugin has 4.7 stars from 1,300 reviews.",  # a rating
        "The restaurant kept its two stars this year.",
    ],
)
def test_stars_asked_for_or_rated_claim_nothing(
    linter: Linter, extractor: ClaimExtractor, text: str
) -> None:
    assert metric_claims(linter, extractor, text) == []


# -- a metric said to soar by an idiom, and a post that blew up --------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Since the redesign our engagement has gone through the roof.", "engagement has gone"),
        ("Newsletter open rates: off the charts this quarter.", "off the charts"),
        ("Our second reel blew up over the weekend.", "blew up"),
    ],
)
def test_an_idiom_of_soaring_is_a_claim(
    linter: Linter, extractor: ClaimExtractor, text: str, span: str
) -> None:
    assert any(span in claim for claim in asserted(linter, extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ticket prices went through the roof after the final.",  # no attention
        "Our kitchen nearly blew up during the shoot.",  # another sense
        "How do you get engagement to go through the roof on a tiny account?",  # a question
        "Honest question: how can we get our reach to go through the roof",  # no mark, still one
        "If our reach goes through the roof, we will need a moderator.",  # conditional
    ],
)
def test_idioms_without_an_asserted_metric_claim_nothing(
    linter: Linter, extractor: ClaimExtractor, text: str
) -> None:
    assert asserted(linter, extractor, text) == []


# -- a subject that denies the claim ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "None of our launch clips went viral.",
        "Nothing we shipped in May got more than 300 views.",
        "Not one thread went viral last year, and we are fine with it.",
        "No video of ours passed 1,000 likes.",
    ],
)
def test_a_denying_subject_negates_the_claim(
    linter: Linter, extractor: ClaimExtractor, text: str
) -> None:
    moods = [c[2] for c in metric_claims(linter, extractor, text)]
    assert moods and set(moods) == {"negated"}, moods


@pytest.mark.parametrize(
    "text",
    [
        "No-code founders shared our template 9,000 times.",  # a trade, not a denial
        "Our reel went viral and none of us saw it coming.",  # the denial is another clause's
    ],
)
def test_a_subject_that_only_looks_denying_keeps_the_claim(
    linter: Linter, extractor: ClaimExtractor, text: str
) -> None:
    assert asserted(linter, extractor, text)


# -- counts with a plus ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Our TikTok just crossed 80k+ 🥳 love you guys", "crossed 80k+"),
        ("We just hit #40k+ subscribers on the channel!", "40k+ subscribers"),
        ("Our TikTok just crossed 80k 🥳 love you guys", "crossed 80k"),
    ],
)
def test_a_count_with_a_plus_reads_as_without(linter: Linter, text: str, span: str) -> None:
    assert not passes(linter, text)
    assert span in [found for _, found in lint_verdict(linter, text)]
