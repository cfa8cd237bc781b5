"""Senses seen on real company and community blogs (a storage company's, an
analytics vendor's and an open-science community's), by class: what a plan's
rate buys ("$9/month for 10,000 pageviews", a pricing table's row), a growth in
the present under "as" ("costs rise as traffic grows"), page views beside
servers and CPUs (load they size), "most" before a verb in the present or a
plain adjective ("most reads never touch the store", "most welcome"), people
credited with work ("7,000 commits from 239 users", "members contributing
posts"), and a program's text streams. Each class has a sentence it must
still read as an attention claim (or keep asserted) and a near miss; the
sentences are written for these tests."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import lint_verdict, metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


def metric_moods(linter: Linter, extractor: ClaimExtractor, text: str) -> list[tuple[str, str]]:
    """Every metric claim's text and mood."""
    doc = linter.analyzer.pipeline.nlp(text)
    return [(text[c.start : c.end], c.mood) for c in extractor.claims(doc) if c.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count a plan's rate buys is its allowance, an offer.
        ("The starter plan is $12/month for 20,000 pageviews.", [("20,000 pageviews", "offer")]),
        ("Hosting costs €19 per month for 40K hits.", [("40K hits", "offer")]),
        (
            "A monthly fee from $15 for 25,000 visits covers three sites.",
            [("25,000 visits", "offer")],
        ),
        # A sum paid once buys no plan; a count won stays asserted.
        ("We paid $700 for 20,000 views on the trailer.", [("20,000 views", "asserted")]),
        (
            "We spent $50 a month on ads and got 20,000 pageviews.",
            [("20,000 pageviews", "asserted")],
        ),
        ("Thanks for 20,000 followers!", [("20,000 followers", "asserted")]),
        # A growth in the present under "as" says what goes with any growth.
        ("Bills climb quickly as traffic grows.", [("traffic grows", "conditional")]),
        ("Usage tiers get costly as our traffic grows.", [("traffic grows", "conditional")]),
        # A growth that happened stays a claim.
        ("As our traffic grew, we hired two more editors.", [("traffic grew", "asserted")]),
        ("Our traffic grows every week.", [("traffic grows", "asserted")]),
    ],
)
def test_realrepos12_moods(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert metric_moods(linter, extractor, text) == expected


def test_a_pricing_tables_row_buys_its_allowance(linter: Linter) -> None:
    """A table's pipes are blanked before the claims are read: the count right
    after a cell's rate is what the plan allows (info), a count in a results
    table's row is a claim."""
    pricing = (
        "| Plan | Price | Includes |\n|------|-------|----------|\n"
        "| Basic | From $14/month | 30k hits, email support |\n"
    )
    results = (
        "| Month | Channel | Result |\n|------|-------|----------|\n"
        "| March | Search | 30k hits, up from 9k |\n"
    )
    found = lint_verdict(linter, pricing)
    assert ("audience-metric", "30k hits") in found
    assert not any(rule == "vanity-metric" for rule, _ in found)
    found = lint_verdict(linter, results)
    assert any(rule == "vanity-metric" for rule, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Page views beside servers and CPUs are the load they size.
        ("For about 200K pageviews a month, plan on 2 CPUs and 4 GB of RAM.", []),
        ("Past 5M page views, run the database on its own servers.", []),
        ("Our page views doubled after the spring launch.", ["page views doubled"]),
        # "most" before a verb in the present: a majority doing something.
        ("Most reads never reach the primary database.", []),
        ("Most follow the same rules as the federal law.", []),
        # "most" before a plain adjective grades it.
        ("Your pull requests are most welcome!", []),
        # A participle ranked by attention stays a superlative.
        ("This was our most viewed clip ever.", ["most viewed"]),
        ("Our demo was the most welcomed talk of the day.", ["most welcomed"]),
        # People credited with work are contributors.
        ("The project received 5,000 commits from 180 unique users.", []),
        ("There were more community members writing tutorials this year than last.", []),
        (
            "Our docs received 5,000 visits from 180 unique users.",
            ["5,000 visits", "180 unique users"],
        ),
        (
            "There were more community members watching the finale this year than last.",
            ["more community members"],
        ),
        # A program's text streams are output, not plays.
        ("The tool captures the two text streams the command prints.", []),
        ("The album passed two million streams in May.", ["two million streams"]),
    ],
)
def test_realrepos12_senses(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert metric_texts(linter, extractor, text) == expected
