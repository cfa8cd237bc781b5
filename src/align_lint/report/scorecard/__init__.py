"""The scorecard (``align report``): a run's results as a report for the
people who fund the work, in HTML (one self-contained file with charts) or
GitHub-flavoured Markdown.

It is built from the result records only (``model.py``), as the formatters
are: no spaCy, YAML, rules or settings; Jinja2 and pygal are imported only
when an HTML scorecard is written.
"""

from __future__ import annotations

from collections.abc import Callable

from align_lint.report.records import Report
from align_lint.report.scorecard.model import Scorecard, build

SCORECARD_FORMATS = ("html", "markdown")


def write_scorecard(
    report: Report,
    fmt: str,
    out: Callable[[str], None],
    *,
    folder_of: Callable[[str], str],
    title: str = "align scorecard",
) -> Scorecard:
    """Write the scorecard of ``report`` in ``fmt`` to ``out``; returns its numbers."""
    card = build(report, folder_of, title=title)
    if fmt == "html":
        from align_lint.report.scorecard.html import write_html

        write_html(card, out)
    elif fmt == "markdown":
        from align_lint.report.scorecard.markdown import write_markdown

        write_markdown(card, out)
    else:
        raise ValueError(f"unknown scorecard format {fmt!r}")
    return card
