"""Formatters: Report → text. They know nothing of spaCy, YAML or the engine.

Each format is a module here with a ``write(report, options, out)`` function
that hands its output to ``out`` piece by piece, so a report of 100k documents
is never held as one string (text and json write a document at a time; the
others render whole). ``FORMATS`` is the one list of them: the CLI's
``--format`` choices and lookups come from it. Machine formats (json, sarif,
junit, github) write only the document; notices go to stderr through the CLI,
never through a formatter.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from align_lint.errors import printable
from align_lint.report.records import DocumentResult, Report


@dataclass(frozen=True)
class FormatOptions:
    color: bool = False
    width: int = 100


Formatter = Callable[[Report, FormatOptions], str]
# (report, options, out) -> None, where out takes each piece of the output.
Writer = Callable[[Report, FormatOptions, Callable[[str], None]], None]


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # in this package; imported on demand (json and text never pay for rich)
    human: bool = False  # for a person reading a terminal or a CI log


FORMATS = {
    f.name: f
    for f in (
        Format("rich", "rich_", human=True),
        Format("text", "text", human=True),
        Format("json", "json_"),
        Format("sarif", "sarif"),
        Format("github", "github"),
        Format("junit", "junit"),
    )
}
FORMAT_NAMES = tuple(FORMATS)
HUMAN_FORMATS = frozenset(name for name, f in FORMATS.items() if f.human)


def get_writer(name: str) -> Writer:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"{__name__}.{FORMATS[name].module}")
    writer: Writer = module.write
    return writer


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


def document_name(result: DocumentResult) -> str:
    """``path``, or ``path#record`` for one record of a content calendar, as
    people read it: control characters and bytes that are not UTF-8 escaped
    (``errors.printable``), so a file name cannot break a line or a log."""
    return printable(result.path if result.record is None else f"{result.path}#{result.record}")
