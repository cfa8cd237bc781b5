"""Classes found by the twenty-eighth session's blind rounds, on sentences
written for these tests (each: a text the class must read, and a near miss it
must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The launch reel passed 3M views. Sales impact? Too soon to tell.", False),
        ("The launch reel passed 3M views. The ROI? 8.4M impressions, zero regrets.", False),
        ("The launch reel passed 3M views. Sales impact? Up 18% on launch week.", True),
        ("The launch reel passed 3M views. The ROI? 4.2x on what we spent.", True),
    ],
)
def test_an_outcome_asked_and_left_unanswered(linter: Linter, text: str, passed: bool) -> None:
    """An outcome asked as a label of its own ("Sales impact?", "The ROI?")
    reports nothing when what follows is no answer or is attention counted
    again; an amount or a direction after it answers it."""
    assert _verdict(linter, text)[0] is passed
