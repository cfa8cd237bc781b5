"""GitHub Actions workflow commands: one annotation per finding, grouped per file.

::group::posts/launch.md: score 2/100 FAIL
::warning file=posts/launch.md,line=8,endLine=8,col=60,endColumn=77,title=vanity-metric::"1.2 mi…
::endgroup::

Escaping follows @actions/core exactly: command data escapes ``%``, CR and LF;
property values also escape ``:`` and ``,``.

Post text must never be read as a workflow command. The runner parses a line
as a command when, after leading whitespace, it starts with ``::`` (and also
when it contains the legacy ``##[`` anywhere, unless the line already parsed as
a ``::`` command). So this format prints *only* ``::`` commands whose text is
escaped data — a finding's message cannot break its line, and a property cannot
end early — plus one closing line made of counts and the pipeline name, which
carries no post text and no path. Raw post text (the context line) is never
echoed. ``::stop-commands::`` is therefore not needed here, and it could not be
used anyway: it would also stop our own annotations. (The CLI does wrap the
human text report in ``::stop-commands::`` when it prints one inside Actions.)

GitHub shows at most 10 error and 10 warning annotations per step, so
``step_summary`` renders a Markdown job summary with every document, and the CLI
appends it to ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

import html
import re

from align_lint.errors import printable
from align_lint.report.formatters import FormatOptions, document_name, writes_whole
from align_lint.report.formatters.text import help_line
from align_lint.report.records import DocumentResult, Finding, Report, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# Keep the job summary well under GitHub's 1 MiB limit for a step.
MAX_SUMMARY_DOCUMENTS = 1000
MAX_SUMMARY_FINDINGS = 200


def escape_data(text: str) -> str:
    """@actions/core ``escapeData``."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """@actions/core ``escapeProperty``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, properties: dict[str, str | int] | None = None) -> str:
    """One workflow command line, as @actions/core's ``issueCommand`` builds it."""
    line = f"::{name}"
    if properties:
        line += " " + ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"{line}::{escape_data(message)}"


def format_github(report: Report, options: FormatOptions) -> str:
    lines: list[str] = []
    for result in report.results:
        lines.append(command("group", _verdict(result)))
        if result.error:
            lines.append(command("error", result.error, {"file": result.path, "title": "align"}))
        lines.extend(annotation(f, result.path, result.cell) for f in result.findings)
        lines.append(command("endgroup", ""))
    s = report.summary
    hidden = (
        f", {s.hidden} known {_plural(s.hidden, 'finding')} hidden by the baseline"
        if s.hidden
        else ""
    )
    lines.append(
        f"align: {s.documents} {_plural(s.documents, 'document')}, {s.failed} failed, "
        f"{s.findings} {_plural(s.findings, 'finding')}{hidden} "
        f"(pipeline: {escape_data(report.pipeline)})"
    )
    return "\n".join(lines) + "\n"


def annotation(finding: Finding, path: str, cell: str = "") -> str:
    """``cell``: a workbook's cell ("Sheet1!B12"); the finding's line and column
    are inside it, not lines of the file, so the annotation names the file
    alone and says where in the cell."""
    if cell:
        where = f"{cell} {finding.line}:{finding.column}"
        properties_: dict[str, str | int] = {"file": printable(path), "title": finding.rule}
        message_ = f"{where}: {finding.message}"
        if finding.severity is not Severity.INFO:
            message_ += "\n" + help_line(finding).strip()
        return command(COMMANDS[finding.severity], message_, properties_)
    # Control characters escaped as in every name we print (ESC must not reach the
    # log); the few names that hold one lose the link to the file, not the finding.
    properties: dict[str, str | int] = {"file": printable(path), "line": finding.line}
    properties["endLine"] = finding.end_line
    # GitHub takes columns only within one line; a document-level finding is about
    # the whole document, so it is anchored to line 1 without a column range.
    if finding.scope == "span" and finding.line == finding.end_line:
        properties["col"] = finding.column
        properties["endColumn"] = finding.end_column
    properties["title"] = finding.rule
    message = finding.message
    # The fix and where to read more, as the text format's help line (the
    # annotation is what a blocked writer reads on the pull request).
    if finding.severity is not Severity.INFO:
        message += "\n" + help_line(finding).strip()
    return command(COMMANDS[finding.severity], message, properties)


def _verdict(result: DocumentResult) -> str:
    if result.error:
        return f"{document_name(result)}: ERROR, not linted"
    verdict = "pass" if result.passed else "FAIL"
    return f"{document_name(result)}: score {result.score.value}/100 {verdict}"


def step_summary(report: Report) -> str:
    """A Markdown job summary: every document with its score, verdict and
    number of findings, then the findings of each document (up to a cap)."""
    s = report.summary
    title = (
        f"{s.failed} of {s.documents} {_plural(s.documents, 'document')} failed"
        if s.failed
        else f"all {s.documents} {_plural(s.documents, 'document')} passed"
    )
    out = [
        f"### align: {title}",
        "",
        "| Document | Score | Verdict | Findings |",
        "| --- | ---: | --- | ---: |",
    ]
    shown = report.results[:MAX_SUMMARY_DOCUMENTS]
    for result in shown:
        verdict = (
            f"**ERROR**: {_cell(result.error)}"
            if result.error
            else "pass"
            if result.passed
            else f"**FAIL**: {_cell('; '.join(result.fail_reasons))}"
        )
        out.append(
            f"| {_cell(document_name(result))} | {result.score.value}/100 | {verdict} "
            f"| {len(result.findings)} |"
        )
    if len(report.results) > len(shown):
        out += ["", f"… and {len(report.results) - len(shown)} more documents."]

    with_findings = [r for r in report.results if r.findings]
    budget = MAX_SUMMARY_FINDINGS
    for result in with_findings:
        if budget <= 0:
            rest = sum(len(r.findings) for r in with_findings) - MAX_SUMMARY_FINDINGS
            out += ["", f"… and {rest} more findings (see the log or the SARIF report)."]
            break
        findings = result.findings[:budget]
        budget -= len(findings)
        out += [
            "",
            f"<details><summary>{_html(document_name(result))}: "
            f"{len(result.findings)} {_plural(len(result.findings), 'finding')}</summary>",
            "",
            "| Line | Severity | Rule | Message |",
            "| ---: | --- | --- | --- |",
        ]
        out.extend(
            f"| {'—' if f.scope == 'document' else f'{f.line}:{f.column}'} | {f.severity.label} "
            f"| {_cell(f.rule)} | {_cell(f.message)} |"
            for f in findings
        )
        out += ["", "</details>"]
    out += ["", f"Pipeline: {_cell(report.pipeline)}", ""]
    return "\n".join(out)


def _cell(text: str) -> str:
    """Text as literal Markdown in a table cell: no HTML, links, emphasis or
    code spans, no line breaks, and pipes that do not end the cell."""
    text = html.escape(" ".join(text.split()), quote=False)
    return re.sub(r"([\\`*_\[\]|~])", r"\\\1", text)


def _html(text: str) -> str:
    """Text inside an HTML element (``<summary>``), where Markdown is not parsed."""
    return html.escape(" ".join(text.split()))


def _plural(count: int, word: str) -> str:
    return word if count == 1 else f"{word}s"


write = writes_whole(format_github)
