"""Classes found by the nineteenth session's blind sets (own-40..43) and the
span misses of every own set, on sentences written for these tests (each: a
text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Impressions are a cost, not a result.",
            (True, [("audience-metric", "INFO", "Impressions")]),
        ),
        (
            "Check the engagement rate before you compare two creators.",
            (True, [("audience-metric", "INFO", "engagement rate")]),
        ),
        (
            "The new dashboard puts watch time and view duration side by side.",
            (
                True,
                [
                    ("audience-metric", "INFO", "watch time"),
                    ("audience-metric", "INFO", "view duration"),
                ],
            ),
        ),
        (
            "Stop reporting follower growth to the board.",
            (True, [("audience-metric", "INFO", "reporting follower growth")]),
        ),
        (
            "The app now hides like counts on older posts.",
            (True, [("audience-metric", "INFO", "hides like counts")]),
        ),
        (
            "Sort the posts by reach or by link clicks, whichever you care about.",
            (True, [("audience-metric", "INFO", "link clicks")]),
        ),
        (
            "Likes, saves and replies all feed the same score now.",
            (
                True,
                [
                    ("audience-metric", "INFO", "Likes"),
                    ("audience-metric", "INFO", "saves"),
                    ("audience-metric", "INFO", "replies"),
                ],
            ),
        ),
        (
            "Our CTR on the spring ads was awful, but the margin was great.",
            (True, [("audience-metric", "INFO", "CTR")]),
        ),
        (
            "The impressions column is gone from the export.",
            (True, [("audience-metric", "INFO", "impressions")]),
        ),
        (
            "Sort by reach or impressions.",
            (
                True,
                [("audience-metric", "INFO", "reach"), ("audience-metric", "INFO", "impressions")],
            ),
        ),
        # Near misses: other senses, verbs, people, and a count's echo (not a topic).
        ("My views on pricing have changed.", (True, [])),
        ("The views from the terrace are stunning.", (True, [])),
        ("She likes long walks and early mornings.", (True, [])),
        ("Book a table in three clicks.", (True, [])),
        ("Great managers learn their team's likes and dislikes first.", (True, [])),
        ("Thank you to everyone who reads, comments and shares.", (True, [])),
        ("The engagement team meets on Mondays.", (True, [])),
        ("Employee engagement and retention are on the agenda.", (True, [])),
        ("Every view counts in this consultation.", (True, [])),
        ("Our newsletter numbers are in the appendix.", (True, [])),
        (
            "We hit 40k followers. The engagement was wild.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "40k followers"),
                    ("audience-metric", "INFO", "engagement"),
                ],
            ),
        ),
        ("Thanks to all of you who like, comment and share.", (True, [])),
        ("Heads up, fans: heavy traffic expected on the A38.", (True, [])),
    ],
)
def test_a_metric_named_bare_as_a_topic_is_a_mention(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected
