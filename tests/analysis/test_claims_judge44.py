"""Classes from own-22's first run (judge44), on sentences written for these
tests: a stat grown from nothing after its label ("GitHub stars: 0 → 12,400");
counted people named by a trade or a family role who follow or read ("90,000
moms follow us"); a count on a platform said with its day ("10,000 on
Instagram today"); a hashtag helped or made to trend, the bare "trend" the
tagger makes a noun; a watch time called "view time"; a "whose" aside about
someone else's audience (background); the truth or what nobody tells you
about going viral (a topic); and the accounts that reshared a post, which are
no clients won."""

from __future__ import annotations

import pytest

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


def _findings(linter: Linter, text: str) -> tuple[bool, list[tuple[str, str, str]]]:
    result = linter.lint_text(text, path="t.md")
    found = [(f.rule, f.severity.name, f.text) for f in result.findings if f.text]
    return result.passed, found


def _outcome_texts(linter: Linter, extractor: ClaimExtractor, text: str) -> list[str]:
    doc = linter.analyzer.pipeline.nlp(text)
    return [text[c.start : c.end] for c in extractor.claims(doc) if c.kind == "outcome"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Grown from nothing to a big count after the label: a change.
        (
            "GitHub stars: 0 → 12,400 in nine months.",
            (False, [("vanity-metric", "WARNING", "GitHub stars: 0 → 12,400")]),
        ),
        (
            "Newsletter subscribers: 0 ➜ 2,300 since March.",
            (False, [("vanity-metric", "WARNING", "subscribers: 0 ➜ 2,300")]),
        ),
        # Near misses: small to small, a label that is no metric, money.
        ("Followers: 12 → 40, still tiny.", (True, [])),
        ("Version: 2 → 3,100 lines of code.", (True, [])),
        ("Revenue: $0 → $12,400 in nine months.", (True, [])),
    ],
)
def test_judge44_grown_from_nothing(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _findings(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People counted by a family role or a trade who follow or read.
        (
            "Over 90,000 moms follow us on Instagram.",
            (False, [("vanity-metric", "WARNING", "90,000 moms follow")]),
        ),
        (
            "40,000 founders read the Sunday issue.",
            (False, [("vanity-metric", "WARNING", "40,000 founders read")]),
        ),
        # Near miss: counted people who use a product.
        ("1,200 teachers use our app every day.", (True, [])),
        # A count on a platform said with its day; money spent there is none.
        (
            "Hit 10,000 on Instagram today!",
            # judge52 reads the diary's "Hit … today" as the milestone too: one span.
            (False, [("vanity-metric", "WARNING", "Hit 10,000 on Instagram")]),
        ),
        ("We spent 10,000 on Instagram today.", (True, [])),
        # Helped or made to trend; a trend as a noun is none.
        (
            "Thank you for helping #SoupSeason trend nationwide today!",
            (False, [("viral-claim", "WARNING", "trend")]),
        ),
        (
            "Thanks for making our hashtag trend in 12 countries.",
            (False, [("viral-claim", "WARNING", "trend")]),
        ),
        ("We help brands spot the next trend early.", (True, [])),
        ("Our tool made trend reports easy.", (True, [])),
        # A watch time called view time.
        (
            "Average view time rose to 3 minutes this quarter.",
            (False, [("vanity-metric", "WARNING", "view time rose to 3")]),
        ),
    ],
)
def test_judge44_attention_read(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _findings(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone else's audience in a "whose" aside: background, info.
        (
            "The chef, whose 2 million followers love her pasta videos, opens a restaurant in May.",
            (True, [("audience-metric", "INFO", "2 million followers")]),
        ),
        (
            "Dana Ruiz, the streamer whose 3 million subscribers made her famous, spoke at the hearing.",
            (True, [("audience-metric", "INFO", "3 million subscribers")]),
        ),
        # Near misses: the writer's own audience in the same words.
        (
            "We are the brand whose 2 million followers found us organically.",
            (False, [("vanity-metric", "WARNING", "2 million followers")]),
        ),
        (
            "Our bakery, whose 30,000 followers voted for the new loaf, opens a second shop.",
            (False, [("vanity-metric", "WARNING", "30,000 followers")]),
        ),
        # Going viral as what a truth or a lesson is about: a topic.
        (
            "The truth about going viral: it fades in a week.",
            (True, [("audience-metric", "INFO", "going viral")]),
        ),
        (
            "A thing nobody tells you about going viral: the inbox fills up.",
            (True, [("audience-metric", "INFO", "going viral")]),
        ),
        # Near miss: a post about something went viral.
        (
            "Our post about the launch went viral.",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
    ],
)
def test_judge44_someone_elses_or_a_topic(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _findings(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Accounts that reshared a post are no clients won.
        ("Our launch post got retweeted by two of the biggest accounts in tech.", []),
        ("The clip was shared by 40 accounts we admire.", []),
        # Near misses: accounts that signed, counted accounts won.
        ("The deal was signed by two of our biggest accounts.", ["biggest accounts"]),
        ("We signed 40 new accounts in May.", ["new accounts"]),
    ],
)
def test_judge44_accounts_that_reshared(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[str]
) -> None:
    assert _outcome_texts(linter, extractor, text) == expected
