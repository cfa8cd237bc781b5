"""A DocumentResult → LSP diagnostics: one per finding, and one for the verdict.

Each finding keeps its rule id as ``code`` (so an editor can show, filter and
link it) with ``codeDescription.href`` to where the rule is written down, and
its exact range in UTF-16 units. The score and verdict, which belong to no
span, are one diagnostic at the start of the document (code ``score``): a
hint while the draft passes, an error once it fails, as ``align lint`` would
exit 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lsprotocol import types

from align_lint.report.records import DocumentResult, Finding, Severity
from align_lint.server.positions import PositionIndex

SOURCE = "align"
SCORE_CODE = "score"
INPUT_CODE = "input"
# "post.md:5: align.fail_under must be …": the line an input error names.
_LINE = re.compile(r"^.*?:(\d+): ")

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def diagnostics_for(
    result: DocumentResult, index: PositionIndex, docs_url: Callable[[str], str | None]
) -> list[types.Diagnostic]:
    """Every finding of ``result`` (positions from the ``index`` of the text
    it was linted from), then the verdict."""
    found = [
        finding_diagnostic(finding, index, docs_url(finding.rule)) for finding in result.findings
    ]
    return [*found, verdict_diagnostic(result)]


def finding_diagnostic(
    finding: Finding,
    index: PositionIndex,
    href: str | None,
    *,
    offset: int = 0,
    prefix: str = "",
) -> types.Diagnostic:
    """``offset``: where the finding's document starts in the indexed text (a
    calendar row's first character); ``prefix`` names that row."""
    message = prefix + finding.message
    if finding.scope == "document":
        message += " (about the whole post)" if prefix else " (about the whole draft)"
    return types.Diagnostic(
        range=index.range(offset + finding.start, offset + finding.end),
        message=message,
        severity=SEVERITIES[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
        # Code actions read it back: only a file-wide comment silences a document finding.
        data={"scope": finding.scope},
    )


def verdict_diagnostic(
    result: DocumentResult, start: types.Position | None = None, *, prefix: str = ""
) -> types.Diagnostic:
    """``score 55/100, fails: score 55 is below 70; …`` at ``start`` (line 1,
    column 1 of a draft; a calendar row's first character, ``prefix`` naming it)."""
    score = result.score
    if result.passed:
        message = f"{prefix}score {score.value}/100, passes"
        severity = types.DiagnosticSeverity.Hint
    else:
        message = f"{prefix}score {score.value}/100, fails: {'; '.join(result.fail_reasons)}"
        severity = types.DiagnosticSeverity.Error
    if score.lines:
        message += f" ({score.arithmetic()})"
    start = start or types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start=start, end=start),
        message=message,
        severity=severity,
        code=SCORE_CODE,
        source=SOURCE,
    )


def input_error_diagnostic(message: str) -> types.Diagnostic:
    """A draft align cannot lint as written (bad front matter settings): the
    error at its line, where the CLI would have exited 2 naming it."""
    found = _LINE.search(message)
    line = int(found.group(1)) - 1 if found else 0
    start = types.Position(line=line, character=0)
    return types.Diagnostic(
        range=types.Range(start=start, end=start),
        message=message,
        severity=types.DiagnosticSeverity.Error,
        code=INPUT_CODE,
        source=SOURCE,
    )
