"""Shouted runs are read in lower case (documents/casing.py): the model tags a
run of capitals as proper nouns, so "WE JUST HIT 100K FOLLOWERS" claimed
nothing. Offsets never move and findings quote the writer's own capitals."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align_lint.documents.casing import calm_shouting
from align_lint.documents.sources import document_from_text
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("shouted", "read"),
    [
        ("WE JUST HIT 100K FOLLOWERS!!! THANK YOU", "We just hit 100k followers!!! Thank you"),
        ("I'M SO PROUD OF THIS TEAM", "I'm so proud of this team"),
        ("OUR IG JUST CROSSED 25K 😍 LOVE YOU ALL", "Our ig just crossed 25k 😍 love you all"),
        # a unit after a digit, in either case, neither breaks nor makes a run
        ("WE HIT 10k FOLLOWERS TODAY", "We hit 10k followers today"),
        ("so excited: OUR REEL GOT 2M VIEWS", "so excited: Our reel got 2m views"),
        ("WE\u2019RE LIVE ON TWITCH NOW", "We\u2019re live on twitch now"),
    ],
)
def test_a_shouted_run_is_read_in_lower_case(shouted: str, read: str) -> None:
    assert calm_shouting(shouted) == read


@pytest.mark.parametrize(
    "text",
    [
        "ROI and CTR are what the CFO reads.",  # acronyms in prose
        "Our Q3 report: SEO up, CAC down.",  # two capitalised words, not three
        "BIG NEWS\nNEW MENU",  # two words a line: a run never spans a line break
        "We hit 12,000 followers.",
    ],
)
def test_capitals_in_ordinary_prose_stay(text: str) -> None:
    assert calm_shouting(text) is text


@given(st.text(alphabet=string.ascii_letters + " .!?'\n0123456789İß🔥", max_size=80))
def test_the_analysis_text_keeps_its_length_and_letters(text: str) -> None:
    calmed = calm_shouting(text)
    assert len(calmed) == len(text)
    assert calmed.lower() == text.lower()
    assert calm_shouting(calmed) == calmed  # nothing left to calm


def test_a_shouted_brag_is_flagged_and_quoted_as_written(linter: Linter) -> None:
    document = document_from_text("WE JUST PASSED 50,000 FOLLOWERS ON INSTAGRAM!!!", "post.txt")
    (result,) = linter.lint_documents([document])
    assert not result.passed
    assert "50,000 FOLLOWERS" in {f.text for f in result.findings if f.category == "vanity"}


def test_a_shouted_offer_is_no_results_report(linter: Linter) -> None:
    document = document_from_text(
        "FREE SHIPPING ON EVERY ORDER THIS WEEKEND. NO CODE NEEDED.", "ad.txt"
    )
    (result,) = linter.lint_documents([document])
    assert result.passed
    assert not [f for f in result.findings if f.category == "vanity"]
