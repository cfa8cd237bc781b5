"""Classes found by the thirtieth session's blind rounds (and the classes of
own-134, own-135 and own-137 left held out by the twenty-ninth), on sentences
written for these tests (each: a text the class must read, and a near miss it
must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The repo crossed 5k stars overnight after the launch post.", False),
        ("Our parser repo was starred 900 times this week.", False),
        ("We're now the 3rd most-starred charting library on GitHub.", False),
        ("Our repo's README shows a 4.8-star rating from 900 reviews.", True),
        ("The hotel collected 4,000 stars in its reviews this year.", True),
        ("The guest house was starred 900 times in the travel guide.", True),
    ],
)
def test_stars_of_a_repository_without_the_devrel_pack(
    linter: Linter, text: str, passed: bool
) -> None:
    """Stars counted, or a project starred, beside a repository or GitHub are
    its developer audience in the bundled pack; a rating's stars, or a place
    starred in a guide, name neither."""
    assert _verdict(linter, text)[0] is passed
