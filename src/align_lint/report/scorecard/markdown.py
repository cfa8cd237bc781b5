"""The scorecard as GitHub-flavoured Markdown, for a pull-request comment or a
wiki page: the same sections as the HTML, the charts as their data tables
(with a bar of block characters where a glance helps), the findings of each
document in a collapsed ``<details>`` block so a comment stays short."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from align_lint.report.scorecard.model import (
    Entry,
    Group,
    Scorecard,
    context_parts,
    fix_hints,
)

BAR_WIDTH = 20  # block characters of the longest bar


def write_markdown(card: Scorecard, out: Callable[[str], None]) -> None:
    for block in _blocks(card):
        out(block + "\n\n")


def _blocks(card: Scorecard) -> Iterator[str]:
    yield f"# {cell(card.title)}"
    yield (
        f"align {cell(card.tool_version)} · pipeline {code(card.pipeline)} · {cell(card.rule_set)}"
    )
    yield "## Summary"
    rows = [
        ("Documents", str(card.documents)),
        ("Pass rate", f"{card.pass_rate:.1f}%"),
        ("Mean score", _one(card.mean)),
        ("Median score", _one(card.median)),
        ("Passed", str(card.passed)),
        ("Failed", str(card.failed)),
        ("Findings", str(card.findings)),
    ]
    if card.errors:
        rows.append(("Could not be linted", str(card.errors)))
    yield table(("Measure", "Value"), rows, right=(1,))
    yield "## Distribution of scores"
    most = max((b.documents for b in card.bins), default=0)
    yield table(
        ("Score", "Documents", ""),
        [(b.label, str(b.documents), _bar(b.documents, most)) for b in card.bins],
        right=(1,),
    )
    yield "## Rules that cost the most points"
    if card.rule_costs:
        yield table(
            ("Rule", "Category", "Points lost", "Findings", "Documents"),
            [
                (f"`{r.rule}`", r.category, str(r.points), str(r.findings), str(r.documents))
                for r in card.rule_costs
            ],
            right=(2, 3, 4),
        )
    else:
        yield "No findings."
    if card.timeline:
        week = " (starting Monday)" if card.period == "week" else ""
        yield f"## Scores over time, by {card.period}{week}"
        yield _group_table(card.period.capitalize(), card.timeline)
    yield "## By folder"
    yield _group_table("Folder", card.folders)
    if any(group.name != "(none)" for group in card.authors):
        yield "## By author"
        yield _group_table("Author", card.authors)
    if any(group.name != "(none)" for group in card.platforms):
        yield "## By platform"
        yield _group_table("Platform", card.platforms)
    yield f"## The {len(card.worst)} lowest-scoring documents"
    yield table(
        ("Document", "Score", "Findings", "How to fix them"),
        [_worst_row(entry) for entry in card.worst],
        right=(1, 2),
    )
    shown = card.with_findings
    if shown:
        yield "## Findings by document"
        yield "\n\n".join(_document(entry) for entry in shown)


def _group_table(heading: str, groups: Sequence[Group]) -> str:
    return table(
        (heading, "Documents", "Passed", "Pass rate %", "Mean score", "Median score"),
        [
            (
                cell(g.name),
                str(g.documents),
                str(g.passed),
                f"{g.pass_rate:.1f}",
                f"{g.mean:.1f}",
                f"{g.median:.1f}",
            )
            for g in groups
        ],
        right=(1, 2, 3, 4, 5),
    )


def _worst_row(entry: Entry) -> tuple[str, ...]:
    hints = "<br>".join(f"`{rule}`: {cell(hint)}" for rule, hint in fix_hints(entry.result))
    return (
        cell(entry.name),
        "—" if entry.score is None else str(entry.score),
        str(len(entry.result.findings)),
        hints or "—",
    )


def _document(entry: Entry) -> str:
    result = entry.result
    score = "—" if entry.score is None else str(entry.score)
    head = f"<details><summary>{_html(entry.name)}: {score} {entry.verdict}</summary>\n"
    if result.error:
        return f"{head}\n{cell(result.error)}\n\n</details>"
    rows = []
    for finding in result.findings:
        before, matched, after = context_parts(finding, result=result)
        context = f"{cell(before)}**{cell(matched)}**{cell(after)}" if matched else ""
        where = f"{finding.line}:{finding.column}" if finding.scope == "span" else "—"
        message = cell(finding.message)
        rows.append((where, finding.severity.label, f"`{finding.rule}`", message, context))
    findings = table(("Line", "Severity", "Rule", "Message", "Context"), rows)
    arithmetic = cell(result.score.arithmetic())
    return f"{head}\n{arithmetic}\n\n{findings}\n\n</details>"


def table(headings: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """A GFM table; ``right`` columns are numbers, aligned right. Cells must
    already be escaped (``cell``)."""
    rule = ["---:" if column in right else "---" for column in range(len(headings))]
    lines = [_row(headings), _row(rule), *(_row(row) for row in rows)]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


_ESCAPED = {
    "\\": "\\\\",
    "|": "\\|",
    "*": "\\*",
    "_": "\\_",
    "`": "\\`",
    "[": "\\[",
    "]": "\\]",
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
    "#": "\\#",
}
_TABLE = str.maketrans(_ESCAPED)


def cell(text: str) -> str:
    """Text as it reads in a table cell or a line: one line, no Markdown or
    HTML of its own (a path or a quoted post cannot break the table, link
    anywhere or inject markup into a pull-request comment)."""
    return " ".join(text.split()).translate(_TABLE)


def code(text: str) -> str:
    """Text as a code span (names read as they are), or escaped if it has a backtick."""
    return cell(text) if "`" in text else f"`{' '.join(text.split())}`"


def _html(text: str) -> str:
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _one(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _bar(count: int, most: int) -> str:
    return "█" * round(BAR_WIDTH * count / most) if most else ""
