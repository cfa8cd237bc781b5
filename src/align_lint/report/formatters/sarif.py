"""SARIF 2.1.0 for code scanning (GitHub's upload-sarif, GitLab, IDE viewers).

One run; the driver describes every active reported rule as a
``reportingDescriptor``; each finding is one result with one location whose
region uses the same 1-based, code-point, end-exclusive positions as the JSON
contract (``columnKind: unicodeCodePoints``). The output validates against the
official OASIS schema (tests check it).

A descriptor links the rule's documentation (``helpUri``: align's own rules
their section of docs/rules.md, a project's rule only a page its pack names)
and carries what GitHub code scanning ranks alerts by: ``precision`` and
``problem.severity``. A finding about the whole draft is a result like any
other, on the region of the claim that triggered it (or the first line of
text): GitHub needs ``region.startLine`` to show a result in the file, so a
file-level result with no region is not an option.

Fingerprints: code scanning matches results across runs by
``partialFingerprints``. Ours is the finding's own fingerprint (the one the
baseline matches on: rule id, normalised matched text and sentence, never a
line number; ``judgement/fingerprint.py``) with ``:occurrence``, the index of
that fingerprint in the file, as GitHub's own fingerprints carry, so code
scanning and ``align lint --baseline`` agree on what is the same finding.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from align_lint.errors import encodable
from align_lint.report.formatters import FormatOptions, writes_whole
from align_lint.report.records import DocumentResult, Finding, Report, RuleInfo, Severity

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/align-lint/align"
# Paths are relative to the directory align ran in; consumers resolve this base
# (GitHub treats it as the repository root, where workflows run by default).
URI_BASE_ID = "%SRCROOT%"
FINGERPRINT_KEY = "alignFindingHash/v2"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# GitHub's (and CodeQL's) names for the severity of a non-security problem.
PROBLEM_SEVERITIES = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "recommendation",
}

# Reserved or unsafe in a relative URI path; ":" too, so "a:b.md" is not read as a scheme.
_URI_SAFE = "/!$&'()*+,;=@"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def format_sarif(report: Report, options: FormatOptions) -> str:
    return json.dumps(report_to_sarif(report), indent=2, ensure_ascii=False) + "\n"


def report_to_sarif(report: Report) -> dict[str, Any]:
    rules = _rules_for(report)
    index = {rule.id: i for i, rule in enumerate(rules)}
    results: list[dict[str, Any]] = []
    occurrences: Counter[tuple[str, str, str]] = Counter()
    for document in report.results:
        for finding in document.findings:
            # Counted per file (not per record), so a content calendar's rows keep
            # their fingerprints when a row is inserted above them.
            key = (document.path, finding.rule, finding.fingerprint or _normalized(finding.text))
            result = _result(finding, document.path, index[finding.rule], occurrences[key])
            if document.record is not None:
                _in_record(result, document, finding)
            results.append(result)
            occurrences[key] += 1
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "align",
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "pipeline": report.pipeline,
            "documents": [_document_properties(d) for d in report.results],
        },
    }
    not_linted = [d for d in report.results if d.error]
    if not_linted:
        # SARIF's place for "the tool could not analyse this file": a failed
        # invocation with one error notification per document, not a result.
        run["invocations"] = [
            {
                "executionSuccessful": False,
                "toolExecutionNotifications": [_not_linted(d) for d in not_linted],
            }
        ]
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _document_properties(document: DocumentResult) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "path": encodable(document.path),
        "record": document.record,
        "score": document.score.value,
        "passed": document.passed,
    }
    if document.error:
        properties["error"] = document.error
    if document.record_id:
        properties["recordId"] = document.record_id
    if document.cell:
        properties["cell"] = document.cell
    return properties


def _in_record(result: dict[str, Any], document: DocumentResult, finding: Finding) -> None:
    """A content calendar's row as the result's logical location: the row of a
    CSV or TSV file (whose region is already in the file's lines), or the cell
    of a workbook, with the finding's place inside the cell, since a workbook
    has no text region a viewer could show."""
    location = result["locations"][0]
    if document.cell:
        sheet, _, cell = document.cell.rpartition("!")
        location["physicalLocation"].pop("region")
        location["logicalLocations"] = [
            {
                "name": cell,
                "fullyQualifiedName": document.cell,
                "kind": "cell",
                "properties": {
                    "sheet": sheet.strip("'").replace("''", "'"),
                    "row": document.record,
                    "startLine": finding.line,
                    "startColumn": finding.column,
                    "endLine": finding.end_line,
                    "endColumn": finding.end_column,
                    "charOffset": finding.start,
                    "charLength": finding.end - finding.start,
                },
            }
        ]
    else:
        location["logicalLocations"] = [
            {
                "name": f"row {document.record}",
                "fullyQualifiedName": f"{encodable(document.path)}#{document.record}",
                "kind": "row",
            }
        ]
    if document.record_id:
        location["logicalLocations"][0].setdefault("properties", {})["recordId"] = (
            document.record_id
        )


def _not_linted(document: DocumentResult) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": document.error},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(document.path)}}],
    }


def _rules_for(report: Report) -> list[RuleInfo]:
    """The report's rules, plus a minimal one for any rule a finding names that
    the report does not describe (a hand-built Report), so every ruleId resolves."""
    rules = list(report.rules)
    known = {rule.id for rule in rules}
    for document in report.results:
        for finding in document.findings:
            if finding.rule not in known:
                known.add(finding.rule)
                rules.append(
                    RuleInfo(
                        id=finding.rule,
                        category=finding.category,
                        severity=finding.severity,
                        message=finding.message,
                        suggestion=finding.suggestion,
                    )
                )
    return rules


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    short = _first_sentence(rule.description) or _template_text(rule.message)
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": rule.description or short},
        "help": _help(rule),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": _rule_properties(rule),
    }
    if rule.help_uri:
        # GitHub links "Learn more" in an alert to it; a user's rule without
        # one has none rather than a link to docs that do not describe it.
        descriptor["helpUri"] = rule.help_uri
    return descriptor


def _rule_properties(rule: RuleInfo) -> dict[str, Any]:
    """The property bag GitHub code scanning reads on a rule: ``tags``,
    ``problem.severity`` (error, warning or recommendation: how a quality
    alert is ranked and shown) and ``precision`` (alerts of more precise rules
    come first). No ``security-severity``: align's findings are not security
    problems, and GitHub reads it only for rules tagged ``security``."""
    properties: dict[str, Any] = {
        "tags": [rule.category],
        "category": rule.category,
        "problem.severity": PROBLEM_SEVERITIES[rule.severity],
    }
    if rule.precision:
        properties["precision"] = rule.precision
    return properties


def _help(rule: RuleInfo) -> dict[str, str]:
    text: list[str] = [rule.description or _template_text(rule.message)]
    markdown: list[str] = [text[0]]
    if rule.suggestion:
        text.append(f"Suggestion: {rule.suggestion}")
        markdown.append(f"**Suggestion:** {rule.suggestion}")
    for label, examples in (("Flagged", rule.flagged), ("Passed", rule.passed)):
        if examples:
            text.append(f"{label}:\n" + "\n".join(f"- {e}" for e in examples))
            markdown.append(f"**{label}:**\n\n" + "\n".join(f"- {_md(e)}" for e in examples))
    return {"text": "\n\n".join(text), "markdown": "\n\n".join(markdown)}


def _result(finding: Finding, path: str, rule_index: int, occurrence: int) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    if finding.text:
        region["snippet"] = {"text": finding.text}
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": _artifact(path), "region": region}}
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding, path, occurrence)},
        "properties": {"category": finding.category, "scope": finding.scope},
    }


def fingerprint(finding: Finding, path: str, occurrence: int) -> str:
    """Stable across runs while the finding is the same: no line, no column.
    A finding built without a fingerprint (by hand) hashes its rule, path and
    text instead."""
    if finding.fingerprint:
        return f"{finding.fingerprint}:{occurrence}"
    parts = (finding.rule, path, _normalized(finding.text))
    # surrogateescape: a name that is not UTF-8 hashes as its own bytes.
    own = hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
    return f"{own[:32]}:{occurrence}"


def _artifact(path: str) -> dict[str, str]:
    # The name's bytes, percent-encoded: a name that is not UTF-8 (held with
    # surrogates) becomes %FF and so on, the exact file, where quote() of the
    # str would raise UnicodeEncodeError.
    uri = quote(os.fsencode(path), safe=_URI_SAFE)
    if PurePosixPath(path).is_absolute():
        return {"uri": "file://" + uri}
    return {"uri": uri, "uriBaseId": URI_BASE_ID}


def _normalized(text: str) -> str:
    return " ".join(text.split())


def _first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0] if text.strip() else ""


def _template_text(message: str) -> str:
    """A message template as a description: ``"{text}" is hype`` → ``"…" is hype``."""
    return message.replace("{text}", "…")


def _md(text: str) -> str:
    """Example text as literal Markdown (no emphasis, links or HTML)."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)


write = writes_whole(format_sarif)
