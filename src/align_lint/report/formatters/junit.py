"""JUnit XML for CI test reports (GitLab's ``artifacts:reports:junit``, Jenkins,
Azure Pipelines, …).

One ``testsuite`` per input file, one ``testcase`` per document in it (a file
holds one document today; a content calendar will hold one per record, named
``path#record``). A failing document's testcase has a ``failure`` whose message
is the verdict and whose body lists the findings and the score arithmetic; a
passing document with findings lists them in ``system-out``.

Linting is not timed per document, so no ``time`` attributes are written
rather than made-up ones; consumers treat them as optional.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from align_lint.report.formatters import FormatOptions, document_name, writes_whole
from align_lint.report.records import DocumentResult, Report

# Characters XML 1.0 cannot carry at all, even escaped (control characters but
# tab, LF and CR; lone surrogates; U+FFFE/U+FFFF). Post text may contain them.
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def format_junit(report: Report, options: FormatOptions) -> str:
    summary = report.summary
    root = ET.Element(
        "testsuites",
        {
            "name": "align",
            "tests": str(summary.documents),
            "failures": str(summary.failed - summary.errors),
            "errors": str(summary.errors),
            "skipped": "0",
        },
    )
    by_file: dict[str, list[DocumentResult]] = {}
    for result in report.results:
        by_file.setdefault(result.path, []).append(result)
    for path, results in by_file.items():
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": _xml(path),
                "tests": str(len(results)),
                "failures": str(sum(not r.passed and not r.error for r in results)),
                "errors": str(sum(bool(r.error) for r in results)),
                "skipped": "0",
            },
        )
        for result in results:
            _testcase(suite, result)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _testcase(suite: ET.Element, result: DocumentResult) -> None:
    case = ET.SubElement(
        suite,
        "testcase",
        {"name": _xml(document_name(result)), "classname": "align", "file": _xml(result.path)},
    )
    if result.error:
        # JUnit's <error>: the test could not run, as opposed to a <failure>.
        ET.SubElement(case, "error", {"message": _xml(result.error), "type": "align"})
        return
    details = _details(result)
    if not result.passed:
        verdict = f"score {result.score.value}/100: {'; '.join(result.fail_reasons)}"
        failure = ET.SubElement(case, "failure", {"message": _xml(verdict), "type": "align"})
        failure.text = details
    elif result.findings:
        ET.SubElement(case, "system-out").text = details


def _details(result: DocumentResult) -> str:
    """One line per finding (``line:col severity rule: message``), then the score.

    A message's own line breaks (a match that wraps across lines, a multi-line
    message template) become spaces: one finding stays one line, and no line of
    the body starts with post text.
    """
    lines = []
    for f in result.findings:
        where = "document" if f.scope == "document" else f"{f.line}:{f.column}"
        message = _LINE_BREAKS.sub(" ", f.message)
        lines.append(f"{where} {f.severity.label} {f.rule}: {message}")
    lines.append(f"score {result.score.arithmetic()}")
    return _xml("\n".join(lines))


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


write = writes_whole(format_junit)
