"""Golden files: each CI format rendered from one hand-built Report.

A golden changes only when a formatter's output does; review the diff, then
regenerate with ``ALIGN_UPDATE_GOLDEN=1 python -m pytest tests/formatters``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.report.formatters.reports import golden_report

from align_lint.report.formatters import FormatOptions, get_formatter
from align_lint.report.formatters.github import step_summary

GOLDEN = Path(__file__).parent / "golden"

RENDERERS: dict[str, Callable[[], str]] = {
    "report.sarif": lambda: get_formatter("sarif")(golden_report(), FormatOptions()),
    "report.github.txt": lambda: get_formatter("github")(golden_report(), FormatOptions()),
    "report.junit.xml": lambda: get_formatter("junit")(golden_report(), FormatOptions()),
    "step-summary.md": lambda: step_summary(golden_report()),
}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_output_matches_golden_file(name: str) -> None:
    rendered = RENDERERS[name]()
    path = GOLDEN / name
    if os.environ.get("ALIGN_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8", newline="")
    assert path.is_file(), f"no golden file {path}; create it with ALIGN_UPDATE_GOLDEN=1"
    assert rendered == path.read_bytes().decode("utf-8")


def test_formats_are_deterministic() -> None:
    for render in RENDERERS.values():
        assert render() == render()
