"""Formatters: Report → text. They know nothing of spaCy, YAML or the engine.

Each formatter is a function ``(report, options) -> str``; the CLI picks one by
name and writes the result to stdout (or ``--output``). Machine formats (json,
sarif, junit, github) return only the document; notices go to stderr through
the CLI, never through a formatter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from align_lint.report.records import DocumentResult, Report


@dataclass(frozen=True)
class FormatOptions:
    color: bool = False
    width: int = 100


Formatter = Callable[[Report, FormatOptions], str]
# A formatter that writes its output piece by piece, so a report of 100k
# documents is never held as one string: (report, options, write) -> None.
Writer = Callable[[Report, FormatOptions, Callable[[str], None]], None]

FORMAT_NAMES = ("rich", "text", "json", "sarif", "github", "junit")
# Formats for a person reading a terminal or a CI log.
HUMAN_FORMATS = frozenset({"rich", "text"})


def document_name(result: DocumentResult) -> str:
    """``path``, or ``path#record`` for one record of a content calendar."""
    return result.path if result.record is None else f"{result.path}#{result.record}"


def get_formatter(name: str) -> Formatter:
    # Imported on demand: the json and text paths never pay for rich.
    if name == "text":
        from align_lint.report.formatters.text import format_text

        return format_text
    if name == "json":
        from align_lint.report.formatters.json_ import format_json

        return format_json
    if name == "rich":
        from align_lint.report.formatters.rich_ import format_rich

        return format_rich
    if name == "sarif":
        from align_lint.report.formatters.sarif import format_sarif

        return format_sarif
    if name == "github":
        from align_lint.report.formatters.github import format_github

        return format_github
    if name == "junit":
        from align_lint.report.formatters.junit import format_junit

        return format_junit
    raise ValueError(f"unknown format {name!r}")


def get_writer(name: str) -> Writer:
    """The streaming form of a format: text and json write a document at a time;
    the others render whole and write once."""
    if name == "text":
        from align_lint.report.formatters.text import write_text

        return write_text
    if name == "json":
        from align_lint.report.formatters.json_ import write_json

        return write_json
    formatter = get_formatter(name)

    def write_whole(report: Report, options: FormatOptions, write: Callable[[str], None]) -> None:
        write(formatter(report, options))

    return write_whole
