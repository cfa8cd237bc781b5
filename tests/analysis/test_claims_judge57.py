"""A class of own-32's first run (judge57), on sentences written for this
test: bare "subscribers" beside an open rate are a list's readers (sense words
may be two-word phrases, read as the paragraph's word pairs); a shop "open
late" leaves its subscribers customers."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Small win: 'Quiet Press' passed 12,000 subscribers this morning. 71% open rate. No ads.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "12,000 subscribers"),
                    ("vanity-metric", "WARNING", "71% open rate"),
                ],
            ),
        ),
        (
            "Our store is open late on Fridays; 2,000 subscribers get free delivery and 300 new ones joined.",
            (True, []),
        ),
    ],
)
def test_judge57_subscribers_beside_an_open_rate(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected
