"""Fixtures shared by the claim tests of tests/analysis/."""

from __future__ import annotations

import pytest

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.fixture(scope="session")
def extractor(linter: Linter) -> ClaimExtractor:
    """The bundled pack's claim extractor (the one `align lint` uses)."""
    found = linter.analyzer.matchers.claims
    assert found is not None, "the bundled pack reads claims"
    return found
