"""The one place a Finding is made from a rule and a stretch of a document.

A Finding carries its line and column as well as its offsets, and the source
line it starts on, so that formatters need neither the document nor the rule.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from itertools import pairwise

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
    message (``{text}`` filled in) unless the judgement says otherwise.

    Its strings are interned: a long draft repeats its phrases ("10k
    followers"), their messages and lines, and a 50 MB one has a few hundred
    thousand findings, each holding a copy of them otherwise (about 1.5 MB a
    MB of the generated drafts of bench/bigdoc.py)."""
    text = sys.intern(document.text[start:end])
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    return Finding(
        start=start,
        end=end,
        rule=rule.id,
        category=rule.category,
        severity=rule.severity if severity is None else severity,
        message=sys.intern(rule.format_message(text) if message is None else message),
        suggestion=rule.suggestion,
        text=text,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        context=sys.intern(document.lines.line_text(line)),
    )


SHOWN_REASONS = 3


def _distinct_reasons(reasons: Sequence[CharSpan]) -> tuple[list[CharSpan], int]:
    """The first few of sorted ``reasons`` and how many there are, one per
    clause: a reason inside or overlapping the one before it is the same claim
    found by two rules ("reach more than 1,000 followers" and "1,000
    followers"). One pass, keeping only the few shown: a long draft's reasons
    may be hundreds of thousands."""
    first: list[CharSpan] = []
    count = 0
    last_end = -1
    for a, b in reasons:
        if a < last_end:
            last_end = max(last_end, b)
            continue
        last_end = b
        count += 1
        if len(first) <= SHOWN_REASONS:
            first.append((a, b))
    return first, count


def document_finding(rule: Rule, document: Document, reasons: Sequence[CharSpan] = ()) -> Finding:
    """A finding about the whole document. It points at the first of ``reasons``
    (the matches that made the rule apply: for no-business-outcome, the first
    results claim) or, with none, at the first line of text (see
    ``first_prose_line``). In the message, ``{count}`` is the number of reasons
    and ``{reasons}`` lists the first few with their lines: ``"1.2 million
    views" (line 8), "went viral" (line 8)``."""
    if any(a > b for a, b in pairwise(reasons)):
        reasons = sorted(reasons)  # else as they are: a long draft's may be many
    first, count = _distinct_reasons(reasons)
    start, end = first[0] if first else first_prose_line(document)
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    shown = [
        f'"{" ".join(document.text[a:b].split())}" (line {document.lines.position(a)[0]})'
        for a, b in first[:SHOWN_REASONS]
    ]
    if count > SHOWN_REASONS:
        shown.append("…")
    message = rule.format_message("").replace("{count}", str(count))
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
        context=document.lines.line_text(line) if end > start else "",
    )


def first_prose_line(document: Document) -> CharSpan:
    """Where a document-level finding with no reason to point at sits: the
    first line that holds prose (past front matter and markup), from its first
    prose character to the end of its text. Never an empty region when there
    is text: GitHub code scanning and editors place a result by its region, and
    a zero-width one at 1:1 marks nothing (on a front-matter fence, at that)."""
    masked = document.analysis_text
    start = len(masked) - len(masked.lstrip())
    if start == len(masked):  # no prose at all: the first line as it is
        start = 0
    line, _ = document.lines.position(start)
    line_end = document.lines.line_start(line) + len(document.lines.line_text(line))
    end = start + len(document.text[start:line_end].rstrip())
    return start, max(end, start)
