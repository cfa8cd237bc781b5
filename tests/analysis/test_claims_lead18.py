"""Classes left open by own-32's first run and found by the eighteenth
session's blind sets, on sentences written for these tests (each: a text the
class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get more views by posting at 7am.", (True, [("audience-metric", "INFO", "more views")])),
        (
            "Short version: put the link in the first comment, or accept fewer views.",
            (True, [("audience-metric", "INFO", "fewer views")]),
        ),
        (
            "Expect fewer impressions while the update rolls out, and don't panic.",
            (True, [("audience-metric", "INFO", "fewer impressions")]),
        ),
        # Near misses: the writer's result, and a diary line the tagger reads as bare.
        (
            "We put the link in the first comment and got 40% more views.",
            (False, [("vanity-metric", "WARNING", "40% more views")]),
        ),
        (
            "Dropped the stock photos. Got 3x more impressions this month!",
            (False, [("vanity-metric", "WARNING", "3x more impressions")]),
        ),
        (
            "Posted at 7am for a month. Saw 40% more views.",
            (False, [("vanity-metric", "WARNING", "40% more views")]),
        ),
    ],
)
def test_more_or_fewer_bidden_to_the_reader_is_advice(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected
