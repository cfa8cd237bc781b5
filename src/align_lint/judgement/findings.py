"""The one place a Finding is made from a rule and a stretch of a document.

A Finding carries its line and column as well as its offsets, and the source
line it starts on, so that formatters need neither the document nor the rule.
"""

from __future__ import annotations

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


def document_finding(rule: Rule) -> Finding:
    """A finding about the whole document: it points at line 1, column 1."""
    return Finding(
        start=0,
        end=0,
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        message=rule.format_message(""),
        suggestion=rule.suggestion,
        text="",
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        scope="document",
    )
