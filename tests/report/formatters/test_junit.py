"""JUnit XML, parsed back with ElementTree as a CI server would read it."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from tests.report.formatters.reports import CALENDAR, CASE_STUDY, FOLLOWERS, LAUNCH, golden_report

from align_lint.report.formatters import FormatOptions
from align_lint.report.formatters.junit import format_junit
from align_lint.report.records import DocumentResult, Report, Score


def parse(report: Report) -> ET.Element:
    output = format_junit(report, FormatOptions())
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(output.encode("utf-8"))


def test_one_suite_per_file_one_case_per_document() -> None:
    root = parse(golden_report())
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "1", "0")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [LAUNCH, CASE_STUDY, CALENDAR]
    assert [s.get("tests") for s in suites] == ["1", "1", "2"]
    assert [s.get("failures") for s in suites] == ["1", "0", "0"]
    cases = [c.get("name") for c in root.iter("testcase")]
    assert cases == [LAUNCH, CASE_STUDY, f"{CALENDAR}#1", f"{CALENDAR}#2"]
    assert all(c.get("classname") == "align" for c in root.iter("testcase"))
    assert [c.get("file") for c in root.iter("testcase")] == [
        LAUNCH,
        CASE_STUDY,
        CALENDAR,
        CALENDAR,
    ]


def test_failing_document_lists_its_findings() -> None:
    root = parse(golden_report())
    launch, case_study, *_ = root.iter("testcase")
    failure = launch.find("failure")
    assert failure is not None and failure.get("type") == "align"
    assert failure.get("message") == (
        "score 17/100: score 17 is below 70; 1 error: no-business-outcome"
    )
    lines = (failure.text or "").splitlines()
    assert lines == [
        "document error no-business-outcome: the post never names a business outcome",
        '3:12 warning vanity-metric: "10k followers" grew 100% in a week;'
        " ::error::this line is post text, not a command",
        '5:70 warning vanity-metric: "2M views" is a vanity metric; say what it changed for the business',
        '8:1 warning hype-word: "<b>best-in-class</b> & co|op" is hype; show the result instead',
        "score 100 − no-business-outcome 30 − vanity-metric 23 (2 findings) − hype-word 30 = 17",
    ]
    assert case_study.find("failure") is None
    out = case_study.find("system-out")
    assert out is not None and (out.text or "").startswith("2:11 info vanity-metric: ")


def test_passing_document_without_findings_is_an_empty_testcase() -> None:
    calendar_1 = list(parse(golden_report()).iter("testcase"))[2]
    assert list(calendar_1) == []


def test_characters_xml_cannot_carry_are_replaced() -> None:
    finding = dataclasses.replace(FOLLOWERS, message="bell\x07 vt\x0b nul\x00 ok\U0001f600")
    result = DocumentResult(
        "p\x1b.md", None, (finding,), Score(10), False, ("score 10 is below 70",)
    )
    root = parse(Report((result,), "pipe", "0.1.0", 70, "error"))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "p\ufffd.md"
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert (failure.text or "").startswith(
        "3:12 warning vanity-metric: bell\ufffd vt\ufffd nul\ufffd ok\U0001f600\n"
    )


def test_an_empty_report_is_still_a_document() -> None:
    root = parse(Report((), "pipe", "0.1.0", 70, "error"))
    assert root.get("tests") == "0" and list(root) == []
