"""Formatters: Report → text. They know nothing of spaCy, YAML or the engine.

Each formatter is a function ``(report, options) -> str``; the CLI picks one by
name and writes the result to stdout. Machine formats (json) return only the
document; notices go to stderr through the CLI, never through a formatter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from align_lint.results import Report


@dataclass(frozen=True)
class FormatOptions:
    color: bool = False
    width: int = 100


Formatter = Callable[[Report, FormatOptions], str]

FORMAT_NAMES = ("rich", "text", "json")


def get_formatter(name: str) -> Formatter:
    # Imported on demand: the json and text paths never pay for rich.
    if name == "text":
        from align_lint.formatters.text import format_text

        return format_text
    if name == "json":
        from align_lint.formatters.json_ import format_json

        return format_json
    if name == "rich":
        from align_lint.formatters.rich_ import format_rich

        return format_rich
    raise ValueError(f"unknown format {name!r}")
