"""Classes from own-20 (judge39, hard negatives), on sentences written for
these tests: a capitalised stat label the tagger makes a proper noun under a
heading ("Results" then "• Clicks: 210k"), and audience metrics talked about
as a topic (bought, tracked, reported on, a platform's counters hidden),
reported as info only."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import claims_of

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A label under a heading, tagged a proper noun, is the noun it looks like.
        (
            "Campaign\n• Clicks: 210k\n• Views: 40k",
            [
                ("metric", "attention", "count", "asserted", "Clicks: 210k"),
                ("metric", "attention", "count", "asserted", "Views: 40k"),
            ],
        ),
        (
            "Results\n- Clicks: 210k\n- Views: 40k",
            [
                ("metric", "attention", "count", "asserted", "Clicks: 210k"),
                ("metric", "attention", "count", "asserted", "Views: 40k"),
            ],
        ),
        # A capitalised plural without a colon and a lone stat stays a name.
        ("Acme Plays: three new titles this spring.", []),
        ("Campaign notes\n• Clicks and taps look different on tablets.", []),
    ],
)
def test_judge39_labels(
    linter: Linter, extractor: ClaimExtractor, text: str, expected: list[tuple[str, ...]]
) -> None:
    assert claims_of(linter, extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Metrics as a topic: a duty, a tool's feature, a critique, a platform's news.
        ("You'll report weekly on reach for every launch.", ["report weekly on reach"]),
        ("Track views and clicks in one dashboard.", ["Track views and clicks"]),
        ("Please don't buy followers.", ["buy followers"]),
        ("The app now hides like counts by default.", ["hides like counts"]),
        ("Measure engagement rates across every channel.", ["Measure engagement rates"]),
        # Not attention: stock, a road's traffic, orders, a leader's people.
        ("Investors buy shares when the price dips.", []),
        ("Crews monitor traffic on the ring road.", []),
        ("Track orders and refunds in one place.", []),
        ("Great leaders don't chase followers.", []),
    ],
)
def test_judge39_metric_topics(linter: Linter, text: str, expected: list[str]) -> None:
    result = linter.lint_text(text, path="t.md")
    assert result.passed
    assert [f.text for f in result.findings if f.rule == "audience-metric"] == expected
