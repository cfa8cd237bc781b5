"""An open content calendar (CSV or TSV) in the editor: one document per row.

``align lint cal.csv`` reads each row as its own post; so does the server. A
row's Document is the row as it stands in the file (``documents/calendar.py``),
so a finding's offsets are offsets in the row: placed at the row's first
character in the file's text, they are the file's, and the editor underlines
the exact words, inside quoted multi-line cells and after doubled quotes too.
Every diagnostic names its row (``row 12: …``), as ``cal.csv#12`` does in a
report, and each row has its own verdict at its first character.

Rows are linted together in one analysis pass (``Linter.lint_batch``, as the
CLI does), and each row's result is kept by what the row holds (its text,
columns and cell; not its line or row number): typing in one row re-analyses
that row alone, and a line added above rows moves their diagnostics without
analysing them again.

XLSX workbooks are binary: editors do not open them as text, so the server
never sees one (``align lint`` reads them).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from lsprotocol import types

from align_lint.documents import Source
from align_lint.documents.calendar import DELIMITERS, CalendarRow, calendar_rows
from align_lint.documents.document import line_starts
from align_lint.errors import EmptyDraft, InputError
from align_lint.report.records import DocumentResult
from align_lint.run.linter import Linter
from align_lint.server.diagnostics import (
    INPUT_CODE,
    SOURCE,
    finding_diagnostic,
    verdict_diagnostic,
)
from align_lint.server.positions import PositionIndex

# Language ids editors give CSV and TSV files (VS Code with a CSV extension,
# Neovim's filetypes), and the suffix each stands for.
LANGUAGES = {"csv": ".csv", "tsv": ".tsv"}
CALENDAR_SUFFIXES = frozenset(DELIMITERS)

# What a row's result depends on: the row without its place in the file.
RowKey = CalendarRow


@dataclass(frozen=True)
class PlacedRow:
    """One row's result and where the row starts in the file's text."""

    offset: int
    record: int
    result: DocumentResult


@dataclass(frozen=True)
class RowError:
    """A row that could not be linted (an internal error), at its start."""

    offset: int
    message: str


@dataclass(frozen=True)
class CalendarLint:
    rows: tuple[PlacedRow, ...]
    errors: tuple[RowError, ...]
    # The next lint of the same document with the same Linter starts from these.
    known: Mapping[RowKey, DocumentResult]
    analysed: int  # rows linted this time (the rest were known)


def is_calendar_document(uri: str, language_id: str | None) -> bool:
    """A CSV or TSV file, by its language id or its suffix."""
    return language_id in LANGUAGES or Path(uri).suffix.lower() in CALENDAR_SUFFIXES


def calendar_suffix(language_id: str | None) -> str | None:
    """The suffix that makes align read a document of this language as a calendar."""
    return LANGUAGES.get(language_id or "")


def row_key(row: CalendarRow) -> RowKey:
    """A row without its line and row number: its result does not depend on
    them beyond the reported place, which the server puts back itself."""
    return replace(row, first_line=0, record=0)


def lint_calendar(
    linter: Linter, source: str, text: str, known: Mapping[RowKey, DocumentResult]
) -> CalendarLint:
    """Every row of the calendar ``text`` (named ``source``), the rows in
    ``known`` from there. A file that is no calendar raises its InputError
    (one diagnostic at its line, as ``align lint`` exits 2 naming it); a row
    without text is skipped, as the CLI skips it with a notice."""
    starts = line_starts(text)
    rows = [
        row
        for row in calendar_rows(source, text, linter.columns_for(source))
        if not isinstance(row, EmptyDraft)
    ]
    keys = [row_key(row) for row in rows]
    todo = [index for index, key in enumerate(keys) if key not in known]
    outcomes = linter.lint_batch([Source(source, b"", rows[index]) for index in todo])
    fresh = dict(zip(todo, outcomes, strict=True))
    placed: list[PlacedRow] = []
    errors: list[RowError] = []
    kept: dict[RowKey, DocumentResult] = {}
    for index, (row, key) in enumerate(zip(rows, keys, strict=True)):
        offset = starts[row.first_line - 1]
        outcome = fresh[index] if index in fresh else known[key]
        if isinstance(outcome, InputError):
            errors.append(RowError(offset, outcome.message))
            continue
        kept[key] = outcome
        placed.append(PlacedRow(offset, row.record, outcome))
    return CalendarLint(tuple(placed), tuple(errors), kept, len(todo))


def calendar_diagnostics(
    linted: CalendarLint, index: PositionIndex, docs_url: Callable[[str], str | None]
) -> list[types.Diagnostic]:
    """Each row's findings, then its verdict at its first character, every
    message naming its row; a row that could not be linted, its error."""
    found: list[types.Diagnostic] = []
    # Once per rule, not per finding: finding a rule's page resolves paths
    # (about 1.4 ms), most of a 1,000-row calendar's diagnostics otherwise.
    docs_url = cache(docs_url)
    for row in linted.rows:
        name = f"row {row.record}: "
        found += [
            finding_diagnostic(
                finding, index, docs_url(finding.rule), offset=row.offset, prefix=name
            )
            for finding in row.result.findings
        ]
        found.append(verdict_diagnostic(row.result, index.position(row.offset), prefix=name))
    for error in linted.errors:
        start = index.position(error.offset)
        found.append(
            types.Diagnostic(
                range=types.Range(start=start, end=start),
                message=error.message,
                severity=types.DiagnosticSeverity.Error,
                code=INPUT_CODE,
                source=SOURCE,
            )
        )
    return found
