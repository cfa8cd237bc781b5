"""``path:line:col: severity rule-id message``, one finding per line (as flake8
and ruff print), then one verdict line per document and a summary line."""

from __future__ import annotations

from align_lint.formatters import FormatOptions
from align_lint.results import DocumentResult, Report


def format_text(report: Report, options: FormatOptions) -> str:
    lines: list[str] = []
    for result in report.results:
        lines.extend(
            f"{result.path}:{f.line}:{f.column}: {f.severity.label} {f.rule} {f.message}"
            for f in result.findings
        )
    lines.extend(verdict_line(result, report.fail_under) for result in report.results)
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def verdict_line(result: DocumentResult, fail_under: int) -> str:
    name = result.path if result.record is None else f"{result.path}#{result.record}"
    if result.passed:
        return f"{name}: score {result.score.value}/100 pass"
    return f"{name}: score {result.score.value}/100 FAIL ({'; '.join(result.fail_reasons)})"


def summary_line(report: Report) -> str:
    s = report.summary
    files = "document" if s.documents == 1 else "documents"
    findings = "finding" if s.findings == 1 else "findings"
    return (
        f"{s.documents} {files}, {s.failed} failed, {s.findings} {findings}"
        f" (pipeline: {report.pipeline})"
    )
