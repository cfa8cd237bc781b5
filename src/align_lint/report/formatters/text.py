"""``path:line:col: severity rule-id message``, one finding per line (as flake8
and ruff print), then one verdict line per document and a summary line."""

from __future__ import annotations

from collections.abc import Callable

from align_lint.errors import printable
from align_lint.report.formatters import FormatOptions
from align_lint.report.records import DocumentResult, Report


def format_text(report: Report, options: FormatOptions) -> str:
    chunks: list[str] = []
    write_text(report, options, chunks.append)
    return "".join(chunks)


def write_text(report: Report, options: FormatOptions, write: Callable[[str], None]) -> None:
    """The same text, written a document at a time (verdict lines wait for the end)."""
    verdicts: list[str] = []
    for result in report.results:
        # A newline or ESC in a file name would forge report lines: escaped.
        path = printable(result.path)
        for f in result.findings:
            write(f"{path}:{f.line}:{f.column}: {f.severity.label} {f.rule} {f.message}\n")
        verdicts.append(verdict_line(result, report.fail_under) + "\n")
    write("".join(verdicts))
    write(summary_line(report) + "\n")


def verdict_line(result: DocumentResult, fail_under: int) -> str:
    name = printable(result.path if result.record is None else f"{result.path}#{result.record}")
    if result.error:
        return f"{name}: ERROR, not linted ({printable(result.error)})"
    if result.passed:
        return f"{name}: score {result.score.value}/100 pass"
    return f"{name}: score {result.score.value}/100 FAIL ({'; '.join(result.fail_reasons)})"


def summary_line(report: Report) -> str:
    s = report.summary
    files = "document" if s.documents == 1 else "documents"
    findings = "finding" if s.findings == 1 else "findings"
    not_linted = f" ({s.errors} not linted)" if s.errors else ""
    skipped = f", {s.skipped} empty skipped" if s.skipped else ""
    known = "known finding" if s.hidden == 1 else "known findings"
    hidden = f", {s.hidden} {known} hidden by the baseline" if s.hidden else ""
    return (
        f"{s.documents} {files}, {s.failed} failed{not_linted}, {s.findings} {findings}"
        f"{hidden}{skipped} (pipeline: {report.pipeline})"
    )


write = write_text
