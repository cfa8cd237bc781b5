"""JSON Lines: one JSON object per document per line, as the run finishes it,
then one closing line with the summary.

    {"path": "posts/a.md", "record": null, "score": 38, "passed": false, "breakdown": {…}, …}
    {"tool": {"name": "align", "version": "0.1.0"}, "pipeline": "…", "summary": {…}}

A document line has exactly the fields of a document in the json format (an
``error`` key only on a document that could not be linted); the closing line
is the json format's object without ``documents`` (with ``statistics`` when
asked). A reader tells them apart by ``path`` or ``summary``. Every line is
compact JSON: no newline inside a line, whatever a path or message holds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from align_lint.report.formatters import FormatOptions, writes_streamed
from align_lint.report.formatters.json_ import (
    document_to_dict,
    statistics_to_dict,
    summary_to_dict,
)
from align_lint.report.records import DocumentResult, Report

_ENCODER = json.JSONEncoder(ensure_ascii=False)


def line(value: Any) -> str:
    # json escapes every control character, so a value cannot end its line.
    return _ENCODER.encode(value) + "\n"


class JsonLinesWriter:
    def __init__(self, options: FormatOptions, out: Callable[[str], None]) -> None:
        self._out = out

    def document(self, result: DocumentResult) -> None:
        self._out(line(document_to_dict(result)))

    def end(self, report: Report) -> None:
        closing: dict[str, Any] = {
            "tool": {"name": "align", "version": report.tool_version},
            "pipeline": report.pipeline,
            "summary": summary_to_dict(report),
        }
        if report.statistics is not None:
            closing["statistics"] = statistics_to_dict(report.statistics)
        self._out(line(closing))


def streamer(options: FormatOptions, out: Callable[[str], None]) -> JsonLinesWriter:
    return JsonLinesWriter(options, out)


write = writes_streamed(streamer)
