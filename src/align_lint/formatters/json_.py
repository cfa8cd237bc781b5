"""The JSON output contract (design §6). Other tools parse this: change its
shape only with a version bump, and keep schemas/report.schema.json in step."""

from __future__ import annotations

import json
from typing import Any

from align_lint.formatters import FormatOptions
from align_lint.results import DocumentResult, Finding, Report


def format_json(report: Report, options: FormatOptions) -> str:
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


def report_to_dict(report: Report) -> dict[str, Any]:
    summary = report.summary
    return {
        "tool": {"name": "align", "version": report.tool_version},
        "pipeline": report.pipeline,
        "documents": [_document(result) for result in report.results],
        "summary": {
            "documents": summary.documents,
            "passed": summary.passed,
            "failed": summary.failed,
            "findings": summary.findings,
        },
    }


def _document(result: DocumentResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "record": result.record,
        "score": result.score.value,
        "passed": result.passed,
        "breakdown": result.score.breakdown,
        "findings": [_finding(f) for f in result.findings],
    }


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
