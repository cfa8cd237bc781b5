"""Classes found by the twenty-second session's blind sets (own-64..67) and the
leftovers of earlier sets, on sentences written for these tests (each: a text
the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We now have 4,100 free members and 260 paid members.",
            (True, [("vanity-metric", "INFO", "4,100 free members")]),
        ),
        (
            "The newsletter crossed 27,500 free subscribers this month.",
            (False, [("vanity-metric", "WARNING", "27,500 free subscribers")]),
        ),
        ("The newsletter crossed 1,120 paid subscribers this month.", (True, [])),
    ],
)
def test_free_members_and_subscribers_are_an_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A free tier counted is the audience a paid tier is sold to; the paid tier is the outcome."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("40,000 of you installed it in the first week 🙏", (True, [])),
        (
            "12,000 teams installed the plugin last month, and the demo video got 90k views.",
            (True, [("vanity-metric", "INFO", "90k views")]),
        ),
        (
            "We installed 40 solar panels this month, and the timelapse got 90k views.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "Install it today! The demo video already has 90k views.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
    ],
)
def test_software_installed_by_counted_people_is_an_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Installs as a verb, by counted doers; not the writer's own installing or an invitation."""
    assert _verdict(linter, text) == expected
