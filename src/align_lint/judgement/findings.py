"""The one place a Finding is made from a rule and a stretch of a document.

A Finding carries its line and column as well as its offsets, and the source
line it starts on, so that formatters need neither the document nor the rule.
"""

from __future__ import annotations

import heapq
import sys
from collections.abc import Iterable, Sequence
from itertools import pairwise

from align_lint.analysis.records import CharSpan
from align_lint.documents import Document
from align_lint.report.records import Finding, Severity
from align_lint.rules.schema import Rule, as_quoted


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
    MB of the generated drafts of bench/bigdoc.py).

    A stretch longer than MAX_TEXT_CHARS keeps only an excerpt as its text
    (see ``excerpt``); its offsets and lines still say exactly where it runs."""
    text = sys.intern(excerpt(document.text, start, end))
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    if end_line == line:
        # One int object for both (most findings end on their line): a line
        # number past 256 is an object of its own, 32 bytes a finding.
        end_line = line
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
        context=_context(document, line),
    )


# A draft longer than this (spaCy's max_length: a huge one) gives its span
# findings no context of their own: its result reads them off the draft's lines
# (``DocumentResult.source_lines``), so its judgement holds no copy of its lines' text.
# Shorter ones keep theirs, so their results stand alone (a worker process
# sends them to the parent, the cache stores them) without their text.
SHARED_LINES_CHARS = 1_000_000


def _context(document: Document, line: int) -> str:
    if shares_lines(document):
        return ""
    return sys.intern(document.lines.line_text(line))


def shares_lines(document: Document) -> bool:
    """Do ``document``'s span findings leave their context to its lines?"""
    return len(document.text) > SHARED_LINES_CHARS


# A finding's text longer than this is shown as an excerpt: platform-length's
# text is the part of a draft past the network's limit, which for a huge draft
# is nearly all of it (49.9 MB of a 50 MB one, held to the end of the run and
# written whole into JSON and SARIF). No finding of a post of normal length
# comes near it, so their texts are unchanged.
MAX_TEXT_CHARS = 65_536
# How much of each end of an over-long stretch its excerpt shows.
EXCERPT_CHARS = 1_000
ELLIPSIS = "\u2026"


def excerpt(text: str, start: int, end: int) -> str:
    """``text[start:end]``, or when that is longer than MAX_TEXT_CHARS its first
    and last EXCERPT_CHARS characters joined by an ellipsis: bounded, and the
    same for the same stretch (fingerprints hash the whole stretch, not this)."""
    if end - start <= MAX_TEXT_CHARS:
        return text[start:end]
    return text[start : start + EXCERPT_CHARS] + ELLIPSIS + text[end - EXCERPT_CHARS : end]


# Up to this many findings are sorted by ``sorted``; longer lists by merging
# their sorted runs (``in_report_order``).
_SORTED_DIRECTLY = 4_096
_MERGED_RUNS = 1_024


def in_report_order(findings: Sequence[Finding]) -> list[Finding]:
    """``sorted(findings, key=sort_key)``, without a key for every finding at
    once when there are many: sorted builds all the keys first (a tuple of four
    a finding, about 16 MB for a 50 MB draft's 200,000 findings), while the
    findings of a judgement come as a few runs already in order (one a rule,
    then the platform rules' and the suppressions'), which ``heapq.merge``
    joins holding one key a run. The merge is stable as sorted is: of equal
    keys, the earlier run's finding comes first."""
    if len(findings) <= _SORTED_DIRECTLY:
        return sorted(findings, key=_sort_key)
    runs = _sorted_runs(findings)
    if len(runs) == 1:
        return list(findings)
    if len(runs) > _MERGED_RUNS:  # not a judgement's few runs: a merge gains nothing
        return sorted(findings, key=_sort_key)
    return list(heapq.merge(*(_run(findings, a, b) for a, b in runs), key=_sort_key))


def _sort_key(finding: Finding) -> tuple[int, int, str, int]:
    return finding.sort_key


def _sorted_runs(findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """``[start, end)`` of each maximal stretch of ``findings`` already in order."""
    runs: list[tuple[int, int]] = []
    first = 0
    previous: tuple[int, int, str, int] | None = None
    for index, finding in enumerate(findings):
        key = finding.sort_key
        if previous is not None and key < previous:
            runs.append((first, index))
            first = index
        previous = key
    runs.append((first, len(findings)))
    return runs


def _run(findings: Sequence[Finding], start: int, end: int) -> Iterable[Finding]:
    return map(findings.__getitem__, range(start, end))


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
        f'"{as_quoted(document.text[a:b])}" (line {document.lines.position(a)[0]})'
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
