"""Classes from the metric mentions missed in vanity posts (judge46), on
sentences written for these tests: an attention noun named again, with no
count, in a text that already asserts a count of attention ("2M views… the
engagement on it was unreal") is the same metric, reported as context (mood
``echoed``: info, no cost). Near misses: the same noun where the text asserts
no count, an opinion ("my views on pricing"), people ("our viewers"), a noun
that is the kind of another ("the traffic report"), a word with another sense
bare ("interactions")."""

from __future__ import annotations

import pytest

from align_lint.report.records import Severity
from align_lint.run.linter import Linter

WARNING, INFO = Severity.WARNING.name, Severity.INFO.name


def _findings(linter: Linter, text: str) -> tuple[bool, list[tuple[str, str, str]]]:
    result = linter.lint_text(text, path="t.md")
    # Only the vanity spans: the class is about which mentions are reported.
    found = [
        (f.rule, f.severity.name, f.text)
        for f in result.findings
        if f.text and f.category == "vanity"
    ]
    return result.passed, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named again after a counted claim: reported as context, info.
        (
            "Our reel passed 2 million views this week. The engagement on it was unreal.",
            (
                False,
                [
                    ("vanity-metric", WARNING, "2 million views"),
                    ("audience-metric", INFO, "engagement"),
                ],
            ),
        ),
        (
            "The video got 300,000 views. I did not expect that kind of reach.",
            (
                False,
                [("vanity-metric", WARNING, "300,000 views"), ("audience-metric", INFO, "reach")],
            ),
        ),
        (
            "Our launch post got 90k impressions. Traffic was the hard part and we nailed it.",
            (
                False,
                [
                    ("vanity-metric", WARNING, "90k impressions"),
                    ("audience-metric", INFO, "Traffic"),
                ],
            ),
        ),
        (
            "Our podcast hit 50,000 downloads in May. Most of the streams came from Spotify.",
            (
                False,
                [
                    ("vanity-metric", WARNING, "50,000 downloads"),
                    ("audience-metric", INFO, "streams"),
                ],
            ),
        ),
        # A tied claim is still asserted: its echo is context beside it, the post passes.
        (
            "The thread got 40k impressions and 300 demo requests. The engagement was great.",
            (
                True,
                [
                    ("vanity-metric", INFO, "40k impressions"),
                    ("audience-metric", INFO, "engagement"),
                ],
            ),
        ),
    ],
)
def test_judge46_metric_named_again(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _findings(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No count asserted in the text: the bare noun is no claim.
        ("The engagement on it was unreal.", (True, [])),
        ("Traffic was the hard part and we nailed it.", (True, [])),
        ("Our webinar brought in 40 demos. The engagement in the chat was great.", (True, [])),
        # An opinion, people, the kind of another thing, another sense bare.
        (
            "The video got 300,000 views. My views on pricing have not changed.",
            (False, [("vanity-metric", WARNING, "300,000 views")]),
        ),
        (
            "The video got 300,000 views. Thanks to our viewers in Leeds.",
            (False, [("vanity-metric", WARNING, "300,000 views")]),
        ),
        (
            "The video got 300,000 views. Even the traffic report mentioned it.",
            (False, [("vanity-metric", WARNING, "300,000 views")]),
        ),
        (
            "Our page passed 1M fans. The cartoon shows the interactions brands have with people.",
            (False, [("vanity-metric", WARNING, "1M fans")]),
        ),
    ],
)
def test_judge46_not_named_again(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _findings(linter, text) == expected
