"""Shouted runs and Title Case sentences are read in lower case
(documents/casing.py): the model tags a run of capitals or of capitalised
words as proper nouns, so "WE JUST HIT 100K FOLLOWERS" and "Our Reel Got 2M
Views" claimed nothing. Offsets never move and findings quote the writer's
own capitals."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align_lint.documents.casing import (
    calm_capitals,
    calm_shouting,
    calm_title_case,
    spell_names,
)
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
        # a lone letter names something ("Brand X"); the article "A" and a unit do not
        ("RIVAL X DOUBLED ITS SALES", "Rival X doubled its sales"),
        ("A HUGE WEEK: 30K VIEWS", "A huge week: 30k views"),
        # two words of four or more letters make a run too (acronyms are mostly shorter)
        ("3 MILLION PLAYS on the demo", "3 Million plays on the demo"),
        ("WE'RE TRENDING!!! thank you", "We're trending!!! thank you"),
        # two short shouted words and a count's unit after them (lead22)
        ("WE HIT 10K 🙌 thank you all", "We hit 10k 🙌 thank you all"),
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
        "Our HTML CSS course and the NASA JPL visit",  # two short acronyms
        "We hit 12,000 followers.",
        "ROI 10X this year, and the NYC 5K today",  # one word and a unit: no run
    ],
)
def test_capitals_in_ordinary_prose_stay(text: str) -> None:
    assert calm_shouting(text) is text


@given(st.text(alphabet=string.ascii_letters + " .!?'\n0123456789İß🔥", max_size=80))
def test_the_analysis_text_keeps_its_length_and_letters(text: str) -> None:
    calmed = calm_capitals(text)
    assert len(calmed) == len(text)
    assert calmed.lower() == text.lower()
    assert calm_capitals(calmed) == calmed  # nothing left to calm


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


@pytest.mark.parametrize(
    ("titled", "read"),
    [
        ("Our Reel Got 1.2M Views In Two Days.", "Our reel got 1.2M views in two days."),
        (
            "Shop Our Holiday Collection Now! Free shipping.",
            "Shop our holiday collection now! Free shipping.",
        ),
        ("Our IG Just Crossed 25k Followers", "Our IG just crossed 25k followers"),  # "IG" kept
        ("How We Grew Our YouTube Channel to 50k", "How we grew our YouTube channel to 50k"),
        ("Why Plan B Was A Better Launch", "Why plan B was a better launch"),
    ],
)
def test_a_title_case_sentence_is_read_in_lower_case(titled: str, read: str) -> None:
    assert calm_title_case(titled) == read


@pytest.mark.parametrize(
    "text",
    [
        "Meet Dana from New York at our booth.",  # names in a sentence
        "We met the Bank of America Merrill Lynch team.",
        "Happy New Year!",  # too short to tell
        "Thanks, Jamie Lee.\nSee You Soon",  # a title never spans a line break
    ],
)
def test_names_in_ordinary_sentences_keep_their_capitals(text: str) -> None:
    assert calm_title_case(text) is text


def test_both_at_once() -> None:
    text = "WE DID IT TODAY!\nOur Reel Got 2M Views This Week"
    assert calm_capitals(text) == "We did it today!\nOur reel got 2M views this week"


def test_a_title_case_brag_is_flagged(linter: Linter) -> None:
    document = document_from_text("Our Launch Video Just Passed 2 Million Views 🎉", "post.txt")
    (result,) = linter.lint_documents([document])
    assert not result.passed
    assert "2 Million Views" in {f.text for f in result.findings if f.category == "vanity"}


def test_a_title_case_ad_is_no_results_report(linter: Linter) -> None:
    document = document_from_text("Try The New Spicy Chicken Sandwich For A Limited Time", "ad.txt")
    (result,) = linter.lint_documents([document])
    assert result.passed


@pytest.mark.parametrize(
    ("text", "analysis"),
    [
        ("RT @acme: We hit 1M views.", " " * 10 + "We hit 1M views."),
        ("So true MT @acme we did it", "So true " + " " * 9 + "we did it"),
        ("The RT team @acme", "The RT team      "),  # "RT" not before a handle: a word
        ("ART @acme", "ART      "),
    ],
)
def test_a_retweet_marker_is_masked_with_its_handle(text: str, analysis: str) -> None:
    assert document_from_text(text, "post.txt").analysis_text == analysis


@given(
    st.lists(
        st.sampled_from(["WE HIT 10K FOLLOWERS", "Our Reel Got Views", "plain words", "I", ". "]),
        max_size=30,
    ),
    st.integers(min_value=1, max_value=60),
)
def test_a_long_draft_read_in_pieces_reads_the_same(lines: list[str], segment_chars: int) -> None:
    """Pieces of whole lines (a long draft's, so memory stays bounded) give the
    same text as one pass: shouted runs and titles never span a line."""
    text = "\n".join(lines)
    assert calm_capitals(text, segment_chars) == calm_capitals(text, 10**9)


# Platforms spelt with an inner capital are names to the tagger only as so
# spelt (branch judge20): "tripled linkedin reach" read "linkedin" as a verb.
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("our captions tripled linkedin reach", "our captions tripled LinkedIn reach"),
        ("Youtube and TIKTOK this week", "YouTube and TikTok this week"),
        ("OUR TIKTOK REACH DOUBLED IN MAY", "Our TikTok reach doubled in may"),
    ],
)
def test_a_platform_is_read_in_its_own_spelling(typed: str, read: str) -> None:
    assert calm_capitals(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "see youtube.com/brindle and tiktok.com",
        "thanks @tiktok and #youtube",
        "LinkedIn, TikTok and YouTube as spelt",
        "linkedinfluencers and youtubers",
    ],
)
def test_handles_addresses_and_longer_words_keep_their_spelling(text: str) -> None:
    assert spell_names(text) is text


def test_a_lower_case_platform_reach_is_flagged(linter: Linter) -> None:
    result = linter.lint_text("our new captions doubled tiktok reach in two weeks", path="p.txt")
    assert [f.text for f in result.findings if f.rule == "reach-claim"] == ["doubled tiktok reach"]
    assert not linter.lint_text("we post our tiktok recipes every friday", path="p.txt").findings
