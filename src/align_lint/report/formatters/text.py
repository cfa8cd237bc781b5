"""``path:line:col: severity rule-id message``, one finding per line (as flake8
and ruff print), each rule's first finding in a document followed by a
``help:`` line (its fix and where to read more), then the document's verdict
line; after the documents a summary line (and ``--statistics``' tables).

The format streams: each document is written as the run finishes it. Which
documents are listed is the caller's choice (``formatters.shown``); this
module writes what it is given.

    posts/launch.md:3:12: warning vanity-metric "10k followers" is a vanity metric; …
      help: Tie it to an outcome: "…". (see `align explain vanity-metric`)
    posts/launch.md: score 38/100 FAIL (score 38 is under 70)
    2 documents, 1 failed, 1 finding (pipeline: en_core_web_sm 3.8.0)
"""

from __future__ import annotations

from collections.abc import Callable

from align_lint.errors import printable
from align_lint.report.formatters import (
    FormatOptions,
    document_name,
    finding_file,
    writes_streamed,
)
from align_lint.report.records import DocumentResult, Finding, Report, Severity, Statistics


def format_text(report: Report, options: FormatOptions) -> str:
    chunks: list[str] = []
    write_text(report, options, chunks.append)
    return "".join(chunks)


class TextWriter:
    def __init__(self, options: FormatOptions, out: Callable[[str], None]) -> None:
        self._out = out

    def document(self, result: DocumentResult) -> None:
        self._out(document_text(result))

    def end(self, report: Report) -> None:
        self._out(summary_line(report) + "\n")
        if report.statistics is not None:
            self._out("\n" + statistics_text(report.statistics))


def document_text(result: DocumentResult) -> str:
    """A document's findings, with help lines, and its verdict line."""
    # A newline or ESC in a file name would forge report lines: escaped.
    path = finding_file(result)
    lines: list[str] = []
    helped: set[str] = set()
    for f in result.findings:
        lines.append(f"{path}:{f.line}:{f.column}: {f.severity.label} {f.rule} {f.message}\n")
        # Once per rule and document: the fifth vanity metric needs no fifth hint.
        # Not for info findings, which ask nothing of the writer (as the rich format).
        if f.rule not in helped and f.severity is not Severity.INFO:
            helped.add(f.rule)
            lines.append(help_line(f) + "\n")
    lines.append(verdict_line(result) + "\n")
    return "".join(lines)


def help_line(finding: Finding) -> str:
    """``  help: <the rule's suggestion> (see `align explain RULE`)``: indented,
    so the finding lines stay ``path:line:col:`` for tools that parse them."""
    see = f"see `align explain {printable(finding.rule)}`"
    suggestion = printable(" ".join(finding.suggestion.split()))
    return f"  help: {suggestion} ({see})" if suggestion else f"  help: {see}"


def verdict_line(result: DocumentResult) -> str:
    name = document_name(result)
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


def statistics_text(statistics: Statistics) -> str:
    """Two tables, as ``ruff --statistics`` prints counts: findings per rule
    (most first) and the mean score per folder (lowest first)."""
    lines = ["findings  documents  rule"]
    lines += [f"{r.findings:8}  {r.documents:9}  {printable(r.rule)}" for r in statistics.rules]
    if not statistics.rules:
        lines.append("       0          0  (no findings)")
    lines += ["", "mean score  documents  folder"]
    lines += [
        f"{f.mean_score:10.1f}  {f.documents:9}  {printable(f.folder)}" for f in statistics.folders
    ]
    return "\n".join(lines) + "\n"


def streamer(options: FormatOptions, out: Callable[[str], None]) -> TextWriter:
    return TextWriter(options, out)


write = write_text = writes_streamed(streamer)
