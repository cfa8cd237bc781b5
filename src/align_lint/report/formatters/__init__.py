"""Formatters: Report → text. They know nothing of spaCy, YAML or the engine.

Each format is a module here with a ``write(report, options, out)`` function
that hands its output to ``out`` piece by piece, so a report of 100k documents
is never held as one string (text and json write a document at a time; the
others render whole). A format that ``streams`` (text, jsonl) also has
``streamer(options, out)``: a DocumentWriter that writes each document as the
run finishes it and the end (summary) once the run is done, so its output
starts at once and no result is kept. ``FORMATS`` is the one list of them: the
CLI's ``--format`` choices and lookups come from it.

Which documents a person sees (``Detail``: only failing ones, those with
findings or failing, or all) is decided here, over the results, not inside
each format: ``shown``. Machine formats (json, sarif,
junit, github) write only the document; notices go to stderr through the CLI,
never through a formatter.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from align_lint.errors import printable
from align_lint.report.records import DocumentResult, Report


@dataclass(frozen=True)
class FormatOptions:
    color: bool = False
    width: int = 100


Formatter = Callable[[Report, FormatOptions], str]
# (report, options, out) -> None, where out takes each piece of the output.
Writer = Callable[[Report, FormatOptions, Callable[[str], None]], None]


class DocumentWriter(Protocol):
    """A streaming format's writer: each document as it finishes, then the end."""

    def document(self, result: DocumentResult) -> None: ...

    def end(self, report: Report) -> None: ...


# (options, out) -> a DocumentWriter that hands its output to out.
Streamer = Callable[[FormatOptions, Callable[[str], None]], DocumentWriter]


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # in this package; imported on demand (json and text never pay for rich)
    human: bool = False  # for a person reading a terminal or a CI log
    streams: bool = False  # writes each document as it finishes (has a ``streamer``)
    # Lists only the documents a person needs to see (``Detail``); machine
    # formats that other tools read list every document.
    filtered: bool = False


FORMATS = {
    f.name: f
    for f in (
        Format("rich", "rich_", human=True, filtered=True),
        Format("text", "text", human=True, streams=True, filtered=True),
        Format("json", "json_"),
        Format("jsonl", "jsonl", streams=True),
        Format("sarif", "sarif"),
        Format("github", "github", filtered=True),
        Format("junit", "junit"),
    )
}
FORMAT_NAMES = tuple(FORMATS)
HUMAN_FORMATS = frozenset(name for name, f in FORMATS.items() if f.human)
STREAMING_FORMATS = frozenset(name for name, f in FORMATS.items() if f.streams)
FILTERED_FORMATS = frozenset(name for name, f in FORMATS.items() if f.filtered)


class Detail(StrEnum):
    """Which documents a human report lists."""

    QUIET = "quiet"  # failing documents only (--quiet)
    PROBLEMS = "problems"  # with a finding or failing (the default)
    ALL = "all"  # every document (--verbose)


def shown(result: DocumentResult, detail: Detail) -> bool:
    """Whether a report at this detail lists the document. A document that
    could not be linted always fails, so it is always listed."""
    if detail is Detail.ALL:
        return True
    if detail is Detail.QUIET:
        return not result.passed
    return bool(result.findings) or not result.passed


def only_shown(results: Iterable[DocumentResult], detail: Detail) -> Iterator[DocumentResult]:
    return (result for result in results if shown(result, detail))


def get_writer(name: str) -> Writer:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"{__name__}.{FORMATS[name].module}")
    writer: Writer = module.write
    return writer


def get_streamer(name: str) -> Streamer:
    if name not in STREAMING_FORMATS:
        raise ValueError(f"format {name!r} does not stream")
    module = importlib.import_module(f"{__name__}.{FORMATS[name].module}")
    streamer: Streamer = module.streamer
    return streamer


def get_formatter(name: str) -> Formatter:
    """A format as one string (for tests and small reports)."""
    writer = get_writer(name)

    def render(report: Report, options: FormatOptions) -> str:
        chunks: list[str] = []
        writer(report, options, chunks.append)
        return "".join(chunks)

    return render


def writes_whole(render: Formatter) -> Writer:
    """The writer of a format that renders the whole report at once."""

    def write(report: Report, options: FormatOptions, out: Callable[[str], None]) -> None:
        out(render(report, options))

    return write


def writes_streamed(streamer: Streamer) -> Writer:
    """The writer of a streaming format, for a report that holds its results."""

    def write(report: Report, options: FormatOptions, out: Callable[[str], None]) -> None:
        writer = streamer(options, out)
        for result in report.results:
            writer.document(result)
        writer.end(report)

    return write


def document_name(result: DocumentResult) -> str:
    """``path``, or ``path#record`` for one record of a content calendar (with
    its cell in a workbook and its id column's value, when there are), as
    people read it: control characters and bytes that are not UTF-8 escaped
    (``errors.printable``), so a file name cannot break a line or a log."""
    if result.record is None:
        return printable(result.path)
    name = f"{result.path}#{result.record}"
    if result.cell:  # a workbook's row: the cell its findings are inside
        name += f" {result.cell}"
    if result.record_id:
        name += f" (id {result.record_id})"
    return printable(name)


def finding_file(result: DocumentResult) -> str:
    """What a finding's ``line:column`` is in, for ``path:line:column``: the
    file, or in a workbook the cell (``book.xlsx:Sheet1!B12``), whose line and
    column they count inside."""
    return printable(f"{result.path}:{result.cell}" if result.cell else result.path)
