"""The JSON output contract (design §6). Other tools parse this: change its
shape only with a version bump, and keep schemas/report.schema.json in step."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from typing import Any

from align_lint.errors import encodable
from align_lint.report.formatters import FormatOptions
from align_lint.report.records import DocumentResult, Finding, Report, Statistics


def format_json(report: Report, options: FormatOptions) -> str:
    chunks: list[str] = []
    write_json(report, options, chunks.append)
    return "".join(chunks)


def write_json(report: Report, options: FormatOptions, write: Callable[[str], None]) -> None:
    """``json.dumps(report_to_dict(report), indent=2)`` and a newline, byte for byte,
    written a document at a time so a large report is never held as one string."""
    head = _dumps(
        {"tool": {"name": "align", "version": report.tool_version}, "pipeline": report.pipeline}
    )
    write(head[: -len("\n}")] + ',\n  "documents": [')
    empty = True
    for result in report.results:
        write("\n    " if empty else ",\n    ")
        _write_document(result, write, level=2)  # as inside "documents": [...]
        empty = False
    write("]" if empty else "\n  ]")
    tail = _dumps(_tail(report))
    write(",\n" + tail[len("{\n") :] + "\n")


# A document with more findings than this has them written a batch at a time:
# one huge draft's findings as one string (and its dicts, and the pieces
# joined) were hundreds of MB at the end of a run that was bounded until then.
STREAMED_FINDINGS = 1000


def _write_document(result: DocumentResult, write: Callable[[str], None], level: int) -> None:
    """``_dumps(document_to_dict(result), level)``, its findings written in batches
    when there are many of them."""
    if len(result.findings) <= STREAMED_FINDINGS:
        write(_dumps(document_to_dict(result), level))
        return
    inner = "\n" + "  " * (level + 1)
    write("{")
    for number, (key, value) in enumerate(document_to_dict(result, findings=False).items()):
        write(("," if number else "") + f"{inner}{encode_basestring(key)}: ")
        if key == "findings":
            _write_findings(result.findings, write, level + 1)
        else:
            write(_dumps(value, level + 1))
    write("\n" + "  " * level + "}")


def _write_findings(findings: Sequence[Finding], write: Callable[[str], None], level: int) -> None:
    """``_dumps([_finding(f) for f in findings], level)`` for a non-empty list,
    STREAMED_FINDINGS at a time."""
    inner = "\n" + "  " * (level + 1)
    write("[")
    for first in range(0, len(findings), STREAMED_FINDINGS):
        batch = findings[first : first + STREAMED_FINDINGS]
        if any(_is_long(f) for f in batch):
            _write_one_by_one(batch, first == 0, write, level + 1)
            continue
        items = (f"{inner}{_dumps(_finding(f), level + 1)}" for f in batch)
        write(("," if first else "") + ",".join(items))
    write("\n" + "  " * level + "]")


# A finding whose text or message is longer than this is written a piece of
# its strings at a time: platform-length's text is the part of the draft past
# the network's limit, 50 MB of a 50 MB draft, and encoding, concatenating,
# joining and writing it as one string made four more copies of it.
LONG_STRING = 65_536


def _is_long(finding: Finding) -> bool:
    return len(finding.text) > LONG_STRING or len(finding.message) > LONG_STRING


def _write_one_by_one(
    batch: Sequence[Finding], first: bool, write: Callable[[str], None], level: int
) -> None:
    """The batch's items as ``_write_findings`` writes them, each on its own,
    a long one's strings in pieces."""
    inner = "\n" + "  " * level
    for number, finding in enumerate(batch):
        write(("" if first and number == 0 else ",") + inner)
        if _is_long(finding):
            _write_long_finding(finding, write, level)
        else:
            write(_dumps(_finding(finding), level))


def _write_long_finding(finding: Finding, write: Callable[[str], None], level: int) -> None:
    """``_dumps(_finding(finding), level)``, its long strings encoded and written
    LONG_STRING characters at a time (JSON escapes each character on its own,
    so the pieces' encodings join into the whole's)."""
    inner = "\n" + "  " * (level + 1)
    write("{")
    for number, (key, value) in enumerate(_finding(finding).items()):
        write(("," if number else "") + f"{inner}{encode_basestring(key)}: ")
        if type(value) is str and len(value) > LONG_STRING:
            write('"')
            for at in range(0, len(value), LONG_STRING):
                write(encode_basestring(value[at : at + LONG_STRING])[1:-1])
            write('"')
        else:
            write(_dumps(value, level + 1))
    write("\n" + "  " * level + "}")


_ENCODER = json.JSONEncoder(ensure_ascii=False)
_CONSTANTS = {True: "true", False: "false", None: "null"}


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return encode_basestring(value)  # the C function json.dumps itself calls
    if value is None or isinstance(value, bool):
        return _CONSTANTS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    return _ENCODER.encode(value)  # floats (NaN, Infinity) and anything else


def _dumps(value: Any, level: int = 0) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, byte for byte, for the
    report's plain dicts, lists and scalars. The standard library encodes
    indented JSON in pure Python, token by token: that was most of a warm-cache
    run's time; here only the containers are Python, the scalars go to the C
    encoder."""
    if type(value) is str:  # most values: straight to C, no Python call in between
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + "  " * (level + 1)
        # Strings and ints, nearly every value, are encoded inline: a call per
        # value was half of the time.
        items = (
            f"{inner}{encode_basestring(str(k))}: "
            + (
                encode_basestring(v)
                if type(v) is str
                else int.__repr__(v)
                if type(v) is int
                else _dumps(v, level + 1)
            )
            for k, v in value.items()
        )
        return "{" + ",".join(items) + "\n" + "  " * level + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = "\n" + "  " * (level + 1)
        items = (f"{inner}{_dumps(v, level + 1)}" for v in value)
        return "[" + ",".join(items) + "\n" + "  " * level + "]"
    return _scalar(value)


def summary_to_dict(report: Report) -> dict[str, int]:
    summary = report.summary
    counts = {
        "documents": summary.documents,
        "passed": summary.passed,
        "failed": summary.failed,
        "findings": summary.findings,
        "skipped": summary.skipped,
    }
    if summary.hidden:  # only with a baseline: the shape of other reports stays
        counts["hidden"] = summary.hidden
    return counts


def _tail(report: Report) -> dict[str, Any]:
    """What follows the documents: the summary, and the statistics when asked
    (``--statistics``; without it the shape is unchanged)."""
    tail: dict[str, Any] = {"summary": summary_to_dict(report)}
    if report.statistics is not None:
        tail["statistics"] = statistics_to_dict(report.statistics)
    return tail


def statistics_to_dict(statistics: Statistics) -> dict[str, Any]:
    return {
        "rules": [
            {"rule": r.rule, "findings": r.findings, "documents": r.documents}
            for r in statistics.rules
        ],
        "folders": [
            {
                "folder": encodable(f.folder),
                "documents": f.documents,
                "mean_score": round(f.mean_score, 2),
            }
            for f in statistics.folders
        ],
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "tool": {"name": "align", "version": report.tool_version},
        "pipeline": report.pipeline,
        "documents": [document_to_dict(result) for result in report.results],
        **_tail(report),
    }


def document_to_dict(result: DocumentResult, *, findings: bool = True) -> dict[str, Any]:
    """The document's JSON object; ``findings=False``: its findings list left
    empty (a writer that streams them fills it in)."""
    document = {
        "path": encodable(result.path),  # JSON escapes controls; output must be UTF-8
        "record": result.record,
        "score": result.score.value,
        "passed": result.passed,
        "breakdown": result.score.breakdown,
        "findings": [_finding(f) for f in result.findings] if findings else [],
    }
    if result.error:  # only on a document that could not be linted: the shape stays
        document["error"] = result.error
    # Only on a content calendar's row: its id column and, in a workbook, its
    # cell (the finding lines and columns are inside that cell).
    if result.record_id:
        document["record_id"] = result.record_id
    if result.cell:
        document["cell"] = result.cell
    return document


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity.label,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "text": finding.text,
        "scope": finding.scope,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
    }


write = write_json
