"""The scorecard as one self-contained HTML file: styles, the few lines of
script that sort and filter the table, and the charts (inline SVG) are all in
the page, so it opens from a disk, a mail attachment or a CI artifact with no
network. Rendered with Jinja2 (autoescaped) from ``templates/``."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from align_lint.report.scorecard import charts
from align_lint.report.scorecard.model import Scorecard, context_parts, fix_hints

if TYPE_CHECKING:
    import jinja2
    import markupsafe


def write_html(scorecard: Scorecard, out: Callable[[str], None]) -> None:
    """Hands the page to ``out`` in pieces (the per-document sections of a
    large run are never one string)."""
    template = _environment().get_template("report.html.j2")
    for chunk in template.generate(
        card=scorecard,
        charts=_charts(scorecard),
        context_parts=context_parts,
        fix_hints=fix_hints,
    ):
        out(chunk)


def _charts(card: Scorecard) -> dict[str, str]:
    drawn = {
        "histogram": charts.histogram(
            card.bins, "chart-scores", "Histogram of document scores; the data table follows."
        )
    }
    if card.top_rules:
        drawn["rules"] = charts.rule_costs(
            card.top_rules, "chart-rules", "Bar chart of points lost per rule; data table follows."
        )
    if card.timeline:
        drawn["timeline"] = charts.timeline(
            card.timeline,
            "chart-timeline",
            f"Line chart of the mean score by {card.period}; the data table follows.",
        )
    return drawn


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("align_lint.report.scorecard", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Undefined names are template bugs: fail the test, not print "".
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["one"] = _one_decimal
    environment.filters["t"] = _text
    return environment


def _text(value: str) -> markupsafe.Markup:
    """Text between tags: only ``& < >`` escaped (Jinja's escape also turns each
    quote into ``&#34;``, five bytes, which a page quoting thousands of posts pays for)."""
    import markupsafe

    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return markupsafe.Markup(escaped)


def _one_decimal(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"
