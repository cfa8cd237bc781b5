"""The one place a Finding is made from a rule and a stretch of a document.

A Finding carries its line and column as well as its offsets, and the source
line it starts on, so that formatters need neither the document nor the rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from align_lint.analysis.records import CharSpan
from align_lint.documents import Document
from align_lint.report.records import Finding, Severity
from align_lint.rules.schema import Rule


def span_finding(
    rule: Rule,
    document: Document,
    start: int,
    end: int,
    *,
    severity: Severity | None = None,
    message: str | None = None,
) -> Finding:
    """A finding about ``document.text[start:end]``: the rule's own severity and
    message (``{text}`` filled in) unless the judgement says otherwise."""
    text = document.text[start:end]
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    return Finding(
        start=start,
        end=end,
        rule=rule.id,
        category=rule.category,
        severity=rule.severity if severity is None else severity,
        message=rule.format_message(text) if message is None else message,
        suggestion=rule.suggestion,
        text=text,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        context=document.lines.line_text(line),
    )


SHOWN_REASONS = 3


def document_finding(rule: Rule, document: Document, reasons: Sequence[CharSpan] = ()) -> Finding:
    """A finding about the whole document. It points at the first of ``reasons``
    (the matches that made the rule apply: for no-business-outcome, the first
    results claim) or, with none, at line 1, column 1. In the message,
    ``{count}`` is the number of reasons and ``{reasons}`` lists the first few
    with their lines: ``"1.2 million views" (line 8), "went viral" (line 8)``."""
    reasons = sorted(reasons)
    start, end = reasons[0] if reasons else (0, 0)
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    shown = [
        f'"{" ".join(document.text[a:b].split())}" (line {document.lines.position(a)[0]})'
        for a, b in reasons[:SHOWN_REASONS]
    ]
    if len(reasons) > SHOWN_REASONS:
        shown.append("…")
    message = rule.format_message("").replace("{count}", str(len(reasons)))
    return Finding(
        start=start,
        end=end,
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=message.replace("{reasons}", ", ".join(shown)),
        suggestion=rule.suggestion,
        text="",
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        scope="document",
        context=document.lines.line_text(line) if reasons else "",
    )
