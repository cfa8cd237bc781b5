"""Loose brags left after judge34 (judge38, issue 10), on sentences written
for these tests: a bare count cheered as a milestone ("2M!!! 🎉"), an account
said to have blown up and fame on the internet, a best stretch of time on a
channel, counts said with "grand", everyone in a place said to have seen the
writer's content; and the near misses kept clean (money raised, years, a
count the sentence goes on about, a trading account, "famous for", best weeks
for sales or to post, "grand" of money, a negative attention fact)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, vanity_texts

from align_lint.run.linter import Linter

# (text, does the post fail, the vanity-category findings' texts)
CASES: list[tuple[str, bool, list[str]]] = [
    # A bare count cheered as a milestone; not money, a year, a count the words go on about.
    ("2M!!! 🎉 Thank you, all of you, for every single view.", True, ["2M"]),
    ("30K 🙌 thank you all, what a ride.", True, ["30K"]),
    ("We're at 4K already 🔥 love you guys", True, ["4K"]),
    ("4M!!! 🎉 Our seed round is closed, thank you investors.", False, []),
    ("2026!!! Happy new year from all of us 🎉", False, []),
    ("20k 🚀 is the prize for the best pitch.", False, []),
    ("Only 5K 🙌 left to raise for the new roof.", False, []),
    ("800 tickets 🎉 sold out for Friday.", False, []),
    # An account said to have blown up; fame on the internet.
    ("Our account blew up after the fence-painting video.", True, ["blew up"]),
    ("My margin account blew up on a bad trade.", False, []),
    ("We're internet famous now, the tags are endless.", True, ["internet famous"]),
    ("The cafe is famous for its cinnamon buns.", False, []),
    # A best stretch of time on a channel; not for sales, not a time to post.
    ("Our best month ever on Instagram, by a mile.", True, ["best month ever on Instagram"]),
    ("Best month of the year for sales, up 12%.", False, []),
    ("The best week to post on Instagram is in early December.", False, []),
    (
        "Our best week on the channel brought in 30 new clients.",
        False,
        ["best week on the channel"],
    ),
    # Counts said with "grand": a thousand of a plural noun, else money.
    ("Fifteen grand views on the first episode!", True, ["Fifteen grand views"]),
    ("Fifteen grand in sales from one craft fair.", False, []),
    # Everyone in a place said to have seen the writer's content.
    ("Everyone at church saw our advert this week.", True, ["Everyone at church saw"]),
    ("Everyone at church saw the flower show.", False, []),
    # Others.
    ("My TikTok blew up after one clip of the cat.", True, ["TikTok blew up", "blew up"]),
    ("A record week for the blog, over the moon.", True, ["record week for the blog"]),
    ("Everyone in the office watched the match on Friday.", False, []),
    ("Nobody watched our first video, and that was fine.", False, []),
]


@pytest.mark.parametrize(("text", "fails", "found"), CASES, ids=range(len(CASES)))
def test_loose_brags_left_after_judge34(
    linter: Linter, text: str, fails: bool, found: list[str]
) -> None:
    assert vanity_texts(linter, text) == (fails, found)


def test_the_prefilter_finds_what_the_full_pass_finds(linter: Linter) -> None:
    assert_prefilter_agrees(linter, (text for text, _, _ in CASES))
