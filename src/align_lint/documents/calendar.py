"""Content calendars (``.csv``, ``.tsv``, ``.xlsx``): one document per row.

A calendar is the spreadsheet a team schedules from, or a scheduler's bulk
import or export file: a header row, then one post a row. The column that
holds the post is found by its header (``text``, ``message``, ``post``, …) or
named in the config (``text_column``) or with ``--text-column``; the other
columns are the row's front-matter equivalent (``Document.meta``, keyed by the
header, stripped and lowercased), with the platform, date and author columns
also under ``platform``, ``date`` and ``author`` whatever their header says.

*Mask, don't extract*, here too: a CSV or TSV row's Document holds the row as
it stands in the file (every cell, quotes and line breaks inside quoted cells
included) and its analysis text blanks all of it but the text cell's content,
so a finding's offsets are offsets in the row and its line and column are
those of the file (the Document starts at ``first_line``). A doubled quote
inside a quoted cell is one quote and one blank. An XLSX cell has no place in
a file's text: its Document is the cell's value, and reports name the cell
(``Sheet1!B12``) with the line and column inside it.

A file that is not a calendar as a whole (an unclosed quote, text after a
closing quote, a row with more cells than its header, no text column) is one
InputError naming ``file:line``; it is found before any row is linted, so a
broken file never half-reports. A row with no text is skipped with a notice
(an EmptyDraft); an empty row is skipped silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from align_lint.documents.casing import calm_capitals
from align_lint.documents.document import LINE_BREAK, Document
from align_lint.documents.masking import blank, unify_line_breaks
from align_lint.documents.plaintext import mask_plaintext
from align_lint.errors import EmptyDraft, InputError

CALENDAR = "calendar"
# The delimiter of each text calendar; ``.xlsx`` is a workbook (openpyxl).
DELIMITERS = {".csv": ",", ".tsv": "\t"}
XLSX = ".xlsx"
CALENDAR_SUFFIXES = frozenset({*DELIMITERS, XLSX})

# Header names, compared without case, spaces or punctuation ("Post text",
# "post_text" and "PostText" are one name), in order of preference. They cover
# common hand-made calendars and the bulk files of Ayrshare (post, platforms,
# scheduleDate), Oktopost (Network, Message), Publer (Date, Message), SocialBee
# (text, postAtSpecificTime) and PostFast (content, scheduled_at): see
# docs/calendars.md.
TEXT_NAMES = (
    "text", "message", "post", "copy", "caption", "body", "content",
    "posttext", "postcopy", "captions", "tweet", "status", "update",
)  # fmt: skip
PLATFORM_NAMES = (
    "platform", "platforms", "network", "networks", "channel", "channels", "profile",
    "profiles", "socialnetwork", "socialnetworks", "socialprofile", "socialprofiles",
)  # fmt: skip
DATE_NAMES = (
    "date", "publishdate", "publishat", "publishon", "publishedat", "scheduledat",
    "scheduledate", "scheduleddate", "scheduled", "scheduledtime", "scheduletime",
    "postingtime", "postattime", "postatspecifictime", "dateandtime", "datetime",
    "senddate", "sendtime", "time",
)  # fmt: skip
AUTHOR_NAMES = ("author", "owner", "createdby", "writer", "assignee", "by")
ID_NAMES = ("id", "postid", "rowid", "uid", "key", "ref", "#", "no", "number")


@dataclass(frozen=True)
class Columns:
    """The text and platform columns a config or the command line names
    (headers, compared as ``TEXT_NAMES`` are); None: found by name."""

    text: str | None = None
    platform: str | None = None


@dataclass(frozen=True)
class CalendarRow:
    """One post of a calendar, all its Document is made from (small and
    picklable: it travels to worker processes and keys the result cache)."""

    record: int  # the row number a spreadsheet shows (the header's is 1)
    text: str  # CSV/TSV: the row as it stands in the file; XLSX: the cell's value
    cell_start: int  # the text cell's content within ``text``
    cell_end: int
    quoted: bool  # a quoted CSV cell: its doubled quotes are one quote
    first_line: int = 1  # the file line the row starts on (XLSX: 1, in the cell)
    meta: tuple[tuple[str, str], ...] = ()
    record_id: str = ""  # the value of the id column, when there is one
    cell: str = ""  # XLSX: "Sheet1!B12"


def is_calendar(name: str) -> bool:
    return _suffix(name) in CALENDAR_SUFFIXES


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > name.replace("\\", "/").rfind("/") else ""


def header_key(header: str) -> str:
    """How headers are compared: lowercase letters and digits only ("#" stays)."""
    key = re.sub(r"[^0-9a-z#]", "", header.casefold())
    return key


def calendar_rows(
    name: str, data: bytes | str, columns: Columns | None = None
) -> Iterator[CalendarRow | EmptyDraft]:
    """The rows of the calendar ``name`` (its suffix says which kind; any
    other suffix is read as CSV). Raises InputError, before yielding any row,
    if the file is not a calendar."""
    if _suffix(name) == XLSX:
        if isinstance(data, str):
            raise InputError(f"{name}: not an Excel workbook (.xlsx): it is text")
        return _xlsx_rows(name, data, columns or Columns())
    columns = columns or Columns()
    text = data if isinstance(data, str) else _decoded(name, data)
    delimiter = DELIMITERS.get(_suffix(name), ",")
    table = _Table(name, text, delimiter)
    layout = table.layout(columns)  # reads the whole file once: a broken one raises here
    return table.rows(layout)


def _decoded(name: str, data: bytes) -> str:
    """UTF-8, a byte-order mark dropped. (A run decodes a calendar with
    ``sources.decode_text`` first, which names UTF-16 and binary files.)"""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}:{line}: not valid UTF-8") from None


# ---- CSV and TSV ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Cell:
    start: int  # the content's offsets in the file's text (inside the quotes)
    end: int
    quoted: bool


@dataclass(frozen=True)
class _Record:
    start: int  # the row's offsets in the file's text (without its line break)
    end: int
    line: int  # the line it starts on
    number: int  # its row number (every record counts, empty ones too)
    cells: tuple[_Cell, ...]


@dataclass(frozen=True)
class _Layout:
    headers: tuple[str, ...]  # as written, stripped
    text: int  # column indexes; -1: none
    platform: int
    date: int
    author: int
    id: int


class _Table:
    """A CSV or TSV file as records of cells, each cell with its offsets
    (RFC 4180: a cell in double quotes may hold the delimiter, line breaks
    and doubled quotes; lines end at CRLF, LF or a lone CR)."""

    def __init__(self, name: str, text: str, delimiter: str) -> None:
        self.name = name
        self.text = text
        self.delimiter = delimiter
        self._plain_end = re.compile(f"[{re.escape(delimiter)}\r\n]")
        self._header: _Record | None = None  # set by layout()

    def records(self) -> Iterator[_Record]:
        text, n = self.text, len(self.text)
        position, line, number = 0, 1, 0
        while position < n:
            number += 1
            start, start_line = position, line
            cells: list[_Cell] = []
            while True:
                if position < n and text[position] == '"':
                    cell, position, line = self._quoted(position, line)
                else:
                    found = self._plain_end.search(text, position)
                    end = found.start() if found else n
                    cell, position = _Cell(position, end, False), end
                cells.append(cell)
                if position < n and text[position] == self.delimiter:
                    position += 1
                    continue
                break
            end = position
            if position < n:  # a line break ends the record
                position += 2 if text.startswith("\r\n", position) else 1
                line += 1
            yield _Record(start, end, start_line, number, tuple(cells))

    def _quoted(self, position: int, line: int) -> tuple[_Cell, int, int]:
        text, opened = self.text, line
        search = position + 1
        while True:
            close = text.find('"', search)
            if close < 0:
                raise InputError(
                    f"{self.name}:{opened}: a quoted cell opened on this line is never closed"
                )
            if text.startswith('""', close):
                search = close + 2
                continue
            break
        content = text[position + 1 : close]
        line += len(LINE_BREAK.findall(content))
        after = close + 1
        if after < len(text) and text[after] not in (self.delimiter, "\r", "\n"):
            raise InputError(
                f"{self.name}:{line}: text after the closing quote of a cell "
                '(a quote inside a quoted cell is written twice: "")'
            )
        return _Cell(position + 1, close, True), after, line

    def value(self, cell: _Cell) -> str:
        raw = self.text[cell.start : cell.end]
        return raw.replace('""', '"') if cell.quoted else raw

    def _blank(self, record: _Record) -> bool:
        return all(not self.text[c.start : c.end].strip() for c in record.cells)

    def layout(self, columns: Columns) -> _Layout:
        """The header's columns; every record is read (and checked) once here,
        so a malformed file raises before any row is linted."""
        header: _Record | None = None
        for record in self.records():
            if header is None:
                if not self._blank(record):
                    header = record
                continue
            extra = [c for c in record.cells[len(header.cells) :] if c.end > c.start]
            if extra and any(self.text[c.start : c.end].strip() for c in extra):
                raise InputError(
                    f"{self.name}:{record.line}: row {record.number} has "
                    f"{len(record.cells)} cells, the header {len(header.cells)} "
                    f"(a cell holding {_delimiter_name(self.delimiter)} must be quoted)"
                )
        if header is None:  # only blank lines: skipped, as an empty draft is
            raise EmptyDraft(f"{self.name}: empty, skipped", path=self.name)
        headers = tuple(self.value(cell).strip() for cell in header.cells)
        self._header = header
        return find_layout(headers, columns, f"{self.name}:{header.line}")

    def rows(self, layout: _Layout) -> Iterator[CalendarRow | EmptyDraft]:
        header = self._header
        assert header is not None, "layout() reads the header first"
        for record in self.records():
            if record.number <= header.number or self._blank(record):
                continue
            values = [self.value(cell) for cell in record.cells]
            text_cell = record.cells[layout.text] if layout.text < len(record.cells) else None
            if text_cell is None or not self.text[text_cell.start : text_cell.end].strip():
                yield _no_text(self.name, record.number, layout)
                continue
            yield CalendarRow(
                record=record.number,
                text=self.text[record.start : record.end],
                cell_start=text_cell.start - record.start,
                cell_end=text_cell.end - record.start,
                quoted=text_cell.quoted,
                first_line=record.line,
                meta=row_meta(layout, values),
                record_id=_at(values, layout.id).strip(),
            )


def _delimiter_name(delimiter: str) -> str:
    return "a tab" if delimiter == "\t" else "a comma"


def _at(values: Sequence[str], index: int) -> str:
    return values[index] if 0 <= index < len(values) else ""


def _no_text(name: str, record: int, layout: _Layout) -> EmptyDraft:
    header = layout.headers[layout.text]
    return EmptyDraft(
        f"{name}#{record}: no text in column {header!r}, skipped", path=f"{name}#{record}"
    )


# ---- the header --------------------------------------------------------------------


def find_layout(headers: tuple[str, ...], columns: Columns, where: str) -> _Layout:
    """Which column is which, by ``columns`` or by the common names."""
    keys = [header_key(h) for h in headers]
    text = _named(keys, columns.text, headers, where, "text_column", "--text-column")
    if text < 0:
        text = _first_of(keys, TEXT_NAMES)
    if text < 0:
        looked = ", ".join(TEXT_NAMES[:7])
        raise InputError(
            f"{where}: no text column in the header (looked for {looked}); "
            "name it with --text-column or text_column: in .align.yaml"
        )
    platform = _named(
        keys, columns.platform, headers, where, "platform_column", "--platform-column"
    )
    if platform < 0:
        platform = _first_of(keys, PLATFORM_NAMES)
    return _Layout(
        headers=headers,
        text=text,
        platform=platform,
        date=_first_of(keys, DATE_NAMES),
        author=_first_of(keys, AUTHOR_NAMES),
        id=_first_of(keys, ID_NAMES),
    )


def _named(
    keys: list[str], wanted: str | None, headers: tuple[str, ...], where: str, key: str, flag: str
) -> int:
    if wanted is None:
        return -1
    target = header_key(wanted)
    if target in keys:
        return keys.index(target)
    found = ", ".join(repr(h) for h in headers if h) or "none"
    raise InputError(
        f"{where}: no column {wanted!r} ({flag} / {key}) in the header (its columns: {found})"
    )


def _first_of(keys: list[str], names: tuple[str, ...]) -> int:
    for name in names:
        if name in keys:
            return keys.index(name)
    return -1


def row_meta(layout: _Layout, values: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The row's other columns by header (stripped, lowercased), with the
    platform, date and author columns also under those names. Empty cells
    and headerless columns are left out; ``align`` is never taken from a
    column (it would be read as the document's settings)."""
    meta: dict[str, str] = {}
    for index, header in enumerate(layout.headers):
        value = _at(values, index).strip()
        key = header.strip().lower()
        if index == layout.text or not key or not value or key == "align" or key in meta:
            continue
        meta[key] = value
    for alias, index in (
        ("platform", layout.platform),
        ("date", layout.date),
        ("author", layout.author),
    ):
        value = _at(values, index).strip()
        if value and index != layout.text:
            meta[alias] = value
    return tuple(meta.items())


# ---- XLSX ----------------------------------------------------------------------------


def _xlsx_rows(name: str, data: bytes, columns: Columns) -> Iterator[CalendarRow | EmptyDraft]:
    """Every worksheet with a text column, row by row (openpyxl's read-only
    mode streams them). A workbook with no such sheet is an InputError."""
    sheets = _open_sheets(name, data)
    laid_out = []
    problems = []
    for title, sheet in sheets:
        header, layout = None, None
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                header = (number, tuple(c.strip() for c in cells))
                break
        if header is None:
            continue
        try:
            layout = find_layout(header[1], columns, f"{name}:{title}!{header[0]}")
        except InputError as error:
            problems.append(error)
            continue
        laid_out.append((title, sheet, header[0], layout))
    if not laid_out:
        if problems:
            raise problems[0]
        raise InputError(f"{name}: empty workbook, no header row in any sheet")
    return _xlsx_sheet_rows(name, laid_out)


def _open_sheets(name: str, data: bytes) -> list[tuple[str, Any]]:
    import io
    import zipfile

    from openpyxl import load_workbook  # lazily: only a run with a workbook pays for it

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        reason = str(exc) or type(exc).__name__
        raise InputError(f"{name}: not an Excel workbook (.xlsx): {reason}") from None
    except Exception as exc:  # openpyxl's own InvalidFileException and friends
        raise InputError(f"{name}: not an Excel workbook (.xlsx): {exc}") from None
    return [(sheet.title, sheet) for sheet in workbook.worksheets]


def _xlsx_sheet_rows(
    name: str, laid_out: list[tuple[str, Any, int, _Layout]]
) -> Iterator[CalendarRow | EmptyDraft]:
    from openpyxl.utils import get_column_letter

    for title, sheet, header_row, layout in laid_out:
        column = get_column_letter(layout.text + 1)
        for number, raw in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number <= header_row:
                continue
            values = [_cell_text(v) for v in raw]
            if not any(v.strip() for v in values):
                continue
            text = _at(values, layout.text)
            if not text.strip():
                yield _no_text(name, number, layout)
                continue
            yield CalendarRow(
                record=number,
                text=text,
                cell_start=0,
                cell_end=len(text),
                quoted=False,
                meta=row_meta(layout, values),
                record_id=_at(values, layout.id).strip(),
                cell=f"{_sheet_name(title)}!{column}{number}",
            )


def _sheet_name(title: str) -> str:
    """As Excel writes it in a reference: quoted when it is not one plain word."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", title):
        return title
    return "'" + title.replace("'", "''") + "'"


def _cell_text(value: object) -> str:
    """A cell's value as the text a reader sees: dates in ISO form, whole
    numbers without ``.0``; an empty cell is ``""``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return str(isoformat())
    return str(value)


# ---- the Document of a row -------------------------------------------------------------


def document_from_row(source: str, row: CalendarRow) -> Document:
    """The Document of one row: the row's text, all but its text cell blanked
    in the analysis text; the cell masked as plain text (URLs, handles,
    hashtags, bullets), a doubled quote read as one quote."""
    cell = row.text[row.cell_start : row.cell_end]
    if row.quoted:
        cell = unquoted_in_place(cell)
    masked, starts = mask_plaintext(cell)
    analysis = blank(row.text[: row.cell_start]) + masked + blank(row.text[row.cell_end :])
    return Document(
        source,
        row.text,
        calm_capitals(unify_line_breaks(analysis)),
        row.record,
        meta=MappingProxyType(dict(row.meta)),
        block_starts=tuple(row.cell_start + start for start in starts),
        first_line=row.first_line,
        record_id=row.record_id,
        cell=row.cell,
    )


_DOUBLED = re.compile(r'""')


def unquoted_in_place(cell: str) -> str:
    """A quoted cell's content with each doubled quote as one quote and a
    blank, the same length: the blank goes on the side away from the word the
    quote belongs to (``""Best""`` → `` "Best" ``), so the analysis reads the
    quote where the writer put it."""

    def one(match: re.Match[str]) -> str:
        before = cell[match.start() - 1] if match.start() > 0 else " "
        return ' "' if before.isspace() else '" '

    return _DOUBLED.sub(one, cell)
