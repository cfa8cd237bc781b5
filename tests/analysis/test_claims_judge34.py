"""Loose brags and other senses (judge34, issue 10), on sentences written for
these tests: an inbox of a post said to erupt ("my DMs blew up"), a post's
numbers said to run wild beside a platform, slang for a post that took off
("did numbers"), content said to be everywhere or passed around, the
algorithm said to have loved it, a metric bare "up", a hyperbolic crowd, an
audience counted by countries, hires counted before a passive; and the
senses kept out: cooling fans, places visited in person, the day's list of
trending topics."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, vanity_texts

from align_lint.run.linter import Linter

# (text, does the post fail, the vanity-category findings' texts)
CASES: list[tuple[str, bool, list[str]]] = [
    # An inbox of a post erupting.
    ("My DMs blew up the morning after the panel clip went out.", True, ["blew up"]),
    (
        "The inbox hasn\u2019t stopped since the podcast trailer dropped.",
        True,
        ["hasn\u2019t stopped"],
    ),
    ("Her notifications have not stopped since the interview aired.", True, ["have not stopped"]),
    (
        "By noon the comment section was on fire under our sneaker teaser.",
        True,
        ["comment section was on fire"],
    ),
    ("Woke up to a flood of DMs about the recipe carousel.", True, ["flood of DMs"]),
    ("My phone blew up with calls from the garage about the car.", False, []),
    ("If your DMs explode after a launch, reply in the order they came.", False, []),
    # A post's numbers running wild beside a platform or a post.
    ("Our stats went wild on Instagram after the behind-the-scenes reel.", True, ["went wild"]),
    ("Sales numbers went wild after the price cut on TikTok, up 40% in revenue.", False, []),
    ("Inflation numbers went wild last spring.", False, []),
    # Slang: the post did numbers.
    ("That silly unboxing short did numbers over the weekend.", True, ["did numbers"]),
    # Content everywhere, passed around.
    (
        "Our tutorial video is everywhere this week, from group chats to forums.",
        True,
        ["is everywhere"],
    ),
    (
        "The explainer thread has made the rounds in every founder Slack I know.",
        True,
        ["has made the rounds"],
    ),
    ("A stomach bug is making the rounds in the office.", False, []),
    ("Typos are everywhere in the old manual.", False, []),
    # The feed said to have loved it.
    ("The algorithm loved our little pottery timelapse.", True, ["algorithm loved"]),
    ("The algorithm loves consistency, so post at the same time every day.", False, []),
    # A brag tied to an outcome is aligned.
    (
        "My DMs exploded after the demo, and 25 of those chats became paying customers.",
        False,
        ["exploded"],
    ),
    # A metric said to be up with no amount.
    (
        "Followers up, impressions up, profile views up. Good month for the page.",
        True,
        ["Followers up", "impressions up", "profile views up"],
    ),
    ("Engagement was up again last week.", True, ["Engagement was up"]),
    ("The views up on the ridge are worth the climb.", False, []),
    ("Whether to post daily is up to you.", False, []),
    # A hyperbolic crowd that saw or shared the writer's post.
    ("Half the internet shared our cat calendar video.", True, ["Half the internet shared"]),
    (
        "The whole office has watched our onboarding clip by now.",
        True,
        ["The whole office has watched"],
    ),
    (
        "Everybody and his mother reposted our launch thread.",
        True,
        ["Everybody and his mother reposted"],
    ),
    ("Everyone and their dog has an opinion about remote work.", False, []),
    ("The whole village watched the parade from the square.", False, []),
    # An audience counted by the places it is in.
    ("Our podcast has listeners in 70 countries now.", True, ["listeners in 70 countries"]),
    ("We ship to customers in 70 countries.", False, []),
    # Hires counted before a passive or a participle are an outcome.
    (
        "The careers reel got 30,000 views, and nine engineers were hired from it.",
        False,
        ["30,000 views"],
    ),
    # Other senses.
    ("The case ships with two 140 mm fans and the fans barely hum under load.", False, []),
    (
        "The cathedral is the most visited monument in the region, the tourism office said.",
        False,
        [],
    ),
    ("Our pricing page was the most visited page on our site in May.", True, ["most visited"]),
    ("Today's trending topics: a storm in Norway and a royal wedding.", False, []),
    ("We were one of the trending topics in Mexico all evening.", True, ["trending topics"]),
    (
        "Subscribers: 8,400. Thanks for watching every episode this year.",
        True,
        ["Subscribers: 8,400"],
    ),
]


@pytest.mark.parametrize(("text", "fails", "found"), CASES, ids=range(len(CASES)))
def test_loose_brags_and_other_senses(
    linter: Linter, text: str, fails: bool, found: list[str]
) -> None:
    assert vanity_texts(linter, text) == (fails, found)


def test_the_prefilter_finds_what_the_full_pass_finds(linter: Linter) -> None:
    assert_prefilter_agrees(linter, (text for text, _, _ in CASES))
