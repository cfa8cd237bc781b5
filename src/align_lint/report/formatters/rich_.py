"""The terminal report: per document a header with score and verdict, each
finding with its line of context and the match highlighted, the score
arithmetic, then a summary."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from align_lint.errors import printable
from align_lint.report.formatters import FormatOptions, document_name, writes_whole
from align_lint.report.formatters.text import summary_line
from align_lint.report.records import DocumentResult, Finding, Report, Score, Severity

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_GUTTER = "│ "


def format_rich(report: Report, options: FormatOptions) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=options.color,
        no_color=not options.color,
        width=options.width,
        highlight=False,
        emoji=False,
    )
    for result in report.results:
        _print_document(console, result, carets=not options.color)
    failed = report.summary.failed
    console.print(Text(summary_line(report), style="bold red" if failed else "bold green"))
    return buffer.getvalue()


def _print_document(console: Console, result: DocumentResult, *, carets: bool) -> None:
    header = Text()
    header.append(document_name(result), "bold")
    if result.error:
        header.append("  ERROR", "bold red")
        header.append(f" not linted ({printable(result.error)})", "red")
        console.print(header)
        console.print()
        return
    header.append(f"  score {result.score.value}/100  ")
    if result.passed:
        header.append("pass", "bold green")
        console.print(header)
    else:
        header.append("FAIL", "bold red")
        _print_failed_header(console, header, f"({'; '.join(result.fail_reasons)})")
    if result.findings:
        console.print(_findings_table(console, result, carets=carets))
    if result.score.lines:
        for line in arithmetic_lines(result.score, console.width):
            console.print(Text(line, style="dim"), no_wrap=True, overflow="ignore")
    console.print()


_ARITHMETIC_PREFIX = "  score "


def arithmetic_lines(score: Score, width: int) -> list[str]:
    """The score arithmetic fitted to ``width`` cells, broken only between its
    terms and continued under its first term (a hanging indent), so a long
    sum never wraps to column 0 or splits ``vanity-metric 15+7``."""
    indent = " " * len(_ARITHMETIC_PREFIX)
    lines = [_ARITHMETIC_PREFIX]
    for term in score.terms():
        line = lines[-1]
        fresh = line in (_ARITHMETIC_PREFIX, indent)
        if not fresh and cell_len(line) + 1 + cell_len(term) > width:
            lines.append(indent + term)
        else:
            lines[-1] = line + term if fresh else f"{line} {term}"
    return lines


def _print_failed_header(console: Console, header: Text, reasons: str) -> None:
    """``post.md  score 54/100  FAIL (reasons)`` on one line when it fits;
    otherwise the reasons go below, wrapped under themselves rather than at
    column 0."""
    if cell_len(header.plain) + 1 + cell_len(reasons) <= console.width:
        console.print(header + Text(f" {reasons}", "red"))
        return
    console.print(header)
    hanging = Table.grid()
    hanging.add_column(width=len(_ARITHMETIC_PREFIX))
    hanging.add_column()
    hanging.add_row("", Text(reasons, "red"))
    console.print(hanging)


def _findings_table(console: Console, result: DocumentResult, *, carets: bool) -> Table:
    findings = result.findings
    rule_width = max(len(f.rule) for f in findings)
    # Columns: indent, where, severity, rule, then the message takes the rest.
    message_width = max(30, console.width - (2 + 7 + 8 + rule_width + 4))
    table = Table.grid(padding=(0, 1))
    table.add_column(width=1)
    table.add_column(width=6, no_wrap=True)
    table.add_column(width=7, no_wrap=True)
    table.add_column(width=rule_width, no_wrap=True)
    table.add_column(width=message_width)
    suggested: set[str] = set()
    # Span findings in document order, then the document-level ones (as design §1).
    ordered = sorted(findings, key=lambda f: f.scope == "document")
    for finding in ordered:
        parts: list[Text] = [Text(finding.message)]
        context = result.context_of(finding)
        if context:
            parts.extend(_context(finding, context, message_width, carets=carets))
        if (
            finding.suggestion
            and finding.severity is not Severity.INFO
            and finding.rule not in suggested
        ):
            suggested.add(finding.rule)
            parts.append(Text(f"↳ {finding.suggestion}", style="dim"))
        # A document-level finding points at what made it apply (or at 1:1).
        where = f"{finding.line}:{finding.column}"
        table.add_row(
            "",
            where,
            Text(finding.severity.label, style=_SEVERITY_STYLE[finding.severity]),
            Text(finding.rule, style="bold"),
            Group(*parts),
        )
    return table


def _context(finding: Finding, context: str, width: int, *, carets: bool) -> list[Text]:
    """The source line, trimmed around the match to fit, with the match
    highlighted (and, without colour, marked with carets on the next line).

    Widths are measured in terminal cells, not characters, so emoji and CJK
    text keep the carets under the match.
    """
    source = context.replace("\t", " ")
    room = max(10, width - len(_GUTTER) - 2)
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(source)
    left = start
    while left > 0 and cell_len(source[left - 1 : end]) < room // 3 + (end - start):
        left -= 1
    right = end
    while right < len(source) and cell_len(source[left : right + 1]) <= room:
        right += 1
    shown = Text(_GUTTER, style="dim")
    if left > 0:
        shown.append("…")
    before = shown.plain + source[left:start]
    shown.append(source[left:right])
    if right < len(source):
        shown.append("…")
    match_start = len(before)
    shown.stylize("bold magenta underline", match_start, match_start + min(end, right) - start)
    if not carets:
        return [shown]
    marker = " " * cell_len(before) + "^" * max(1, cell_len(source[start : min(end, right)]))
    return [shown, Text(marker, style="magenta")]


write = writes_whole(format_rich)
