"""The scorecard as one self-contained HTML file: styles, the few lines of
script that sort and filter the table, and the charts (inline SVG) are all in
the page, so it opens from a disk, a mail attachment or a CI artifact with no
network. Rendered with Jinja2 (autoescaped) from ``templates/``."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from align_lint.report.records import DocumentResult, Finding, Severity
from align_lint.report.scorecard import charts
from align_lint.report.scorecard.model import Entry, Scorecard, context_parts, fix_hints

if TYPE_CHECKING:
    import jinja2


def write_html(scorecard: Scorecard, out: Callable[[str], None]) -> None:
    """Hands the page to ``out`` in pieces (the per-document sections of a
    large run are never one string)."""
    template = _environment().get_template("report.html.j2")
    for chunk in template.generate(
        card=scorecard,
        charts=_charts(scorecard),
        fix_hints=fix_hints,
        document_rows=document_rows,
        finding_sections=finding_sections,
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


# The two parts of the page that grow with the run (a row per document, a
# line per finding) are written here rather than in the template: Jinja's call
# and escape per value made a 2,000-post page take four times the JSON report.
def _text(value: str) -> str:
    """Text between tags: ``& < >`` escaped (three replaces in C; a translate
    table or Jinja's escape, which also turns quotes into five bytes each,
    were most of the page's time)."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_LABELS = {severity: severity.label for severity in Severity}


def document_rows(card: Scorecard) -> str:
    """The rows of the table of all documents."""
    return "".join(_document_row(entry) for entry in card.entries)


def _document_row(entry: Entry) -> str:
    result = entry.result
    name = _text(entry.name)
    if result.findings or result.error:
        name = f'<a href="#{entry.anchor}">{name}</a>'
    score = '<td data-v="-1">—</td>' if entry.score is None else f"<td>{entry.score}</td>"
    verdict = entry.verdict
    described = "".join(
        f"<td>{_text(value)}</td>"
        for value in (entry.folder, result.author, result.platform, result.date)
    )
    return (
        f'<tr data-verdict="{verdict}"><td>{name}</td>{score}'
        f'<td class="{verdict}">{verdict}</td><td>{len(result.findings)}</td>{described}</tr>\n'
    )


def finding_sections(card: Scorecard) -> str:
    """Each document with findings (or an error): a heading and its findings."""
    return "".join(_finding_section(entry) for entry in card.with_findings)


def _finding_section(entry: Entry) -> str:
    result = entry.result
    score = "—" if entry.score is None else str(entry.score)
    head = (
        f'<h3 id="{entry.anchor}">{_text(entry.name)} · '
        f'<span class="{entry.verdict}">{score} {entry.verdict}</span></h3>\n'
    )
    if result.error:
        return f'{head}<p class="error">{_text(result.error)}</p>\n'
    arithmetic = _text(result.score.arithmetic())
    items = "".join(_finding_item(finding, result) for finding in result.findings)
    return f'{head}<p class="meta">{arithmetic}</p>\n<ol class="f">\n{items}</ol>\n'


def _finding_item(finding: Finding, result: DocumentResult) -> str:
    """Position, severity, rule and the words marked in their context; a
    finding about the whole document (no words) says its message instead."""
    before, matched, after = context_parts(finding, result=result)
    severity = _LABELS[finding.severity]
    rule = _text(finding.rule)
    if matched:
        quoted = f"{_text(before)}<mark>{_text(matched)}</mark>{_text(after)}"
        return (
            f"<li>{finding.line}:{finding.column} <i>{severity}</i> {rule} <q>{quoted}</q></li>\n"
        )
    anchor = _text(finding.rule).replace('"', "&quot;")
    message = _text(finding.message)
    return f'<li><i>{severity}</i> <a href="#r-{anchor}">{rule}</a>: {message}</li>\n'


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
    return environment


def _one_decimal(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"
