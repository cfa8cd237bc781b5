"""GitHub workflow commands: escaping as @actions/core does it, and no post text
ever read as a command (checked with a port of the runner's own parser)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report.formatters.actions_runner import parse_v2, run_log
from tests.report.formatters.reports import FOLLOWERS, LAUNCH, NO_OUTCOME, WRAPPED, golden_report

from align_lint.errors import printable
from align_lint.report.formatters import FormatOptions
from align_lint.report.formatters.github import (
    annotation,
    command,
    escape_data,
    escape_property,
    format_github,
    step_summary,
)
from align_lint.report.formatters.text import help_line
from align_lint.report.records import DocumentResult, Report, Score, Severity


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("100%", "100%25", "100%25"),
        ("a\nb", "a%0Ab", "a%0Ab"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("%0A", "%250A", "%250A"),  # an escape sequence in the text stays text
        ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
    ],
)
def test_escaping_matches_actions_core(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_command_layout_matches_issue_command() -> None:
    assert command("endgroup", "") == "::endgroup::"
    assert (
        command("warning", "m", {"file": "a,b.md", "line": 3, "title": "r"})
        == "::warning file=a%2Cb.md,line=3,title=r::m"
    )


def test_annotation_carries_the_finding() -> None:
    parsed = parse_v2(annotation(FOLLOWERS, LAUNCH))
    assert parsed is not None
    assert parsed.name == "warning"
    assert parsed.properties == {
        "file": LAUNCH,
        "line": "3",
        "endLine": "3",
        "col": "12",
        "endColumn": "25",
        "title": "vanity-metric",
    }
    # The fix and where to read more, as the text format's help line.
    assert parsed.data == (
        f"{FOLLOWERS.message}\nhelp: {FOLLOWERS.suggestion} (see `align explain vanity-metric`)"
    )


def test_columns_only_on_single_line_spans() -> None:
    document = parse_v2(annotation(NO_OUTCOME, LAUNCH))
    multi_line = parse_v2(annotation(WRAPPED, LAUNCH))
    assert document is not None and multi_line is not None
    assert document.name == "error"
    assert document.properties == {
        "file": LAUNCH,
        "line": "1",
        "endLine": "1",
        "title": "no-business-outcome",
    }
    assert multi_line.properties["line"] == "5" and multi_line.properties["endLine"] == "6"
    assert "col" not in multi_line.properties and "endColumn" not in multi_line.properties


def test_info_is_a_notice_without_the_suggestion() -> None:
    finding = dataclasses.replace(FOLLOWERS, severity=Severity.INFO)
    parsed = parse_v2(annotation(finding, LAUNCH))
    assert parsed is not None and parsed.name == "notice"
    assert parsed.data == FOLLOWERS.message


def test_every_line_is_a_command_except_the_closing_counts() -> None:
    output = format_github(golden_report(), FormatOptions())
    lines = output.splitlines()
    assert all(parse_v2(line) for line in lines[:-1])
    assert lines[-1] == "align: 4 documents, 1 failed, 6 findings (pipeline: en_core_web_sm 3.8.0)"
    names = [c.name for c in run_log(output)]
    assert names.count("group") == names.count("endgroup") == 4
    assert names.count("error") == 1  # the post's "::error::" line is data, not a command
    groups = [c.data for c in run_log(output) if c.name == "group"]
    assert groups[0] == "posts/Q3 recap, final.md: score 17/100 FAIL"
    assert groups[3] == "calendar.csv#2: score 100/100 pass"


_hostile = st.text(
    alphabet=st.sampled_from(
        [":", ",", "%", "\n", "\r", "#", "[", "]", "=", ";", " ", "a", "0", "A"]
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(message=_hostile, path=_hostile.filter(bool), suggestion=_hostile)
def test_hostile_text_never_becomes_a_command(message: str, path: str, suggestion: str) -> None:
    finding = dataclasses.replace(FOLLOWERS, message=message, suggestion=suggestion)
    result = DocumentResult(path, None, (finding,), Score(60), passed=False, fail_reasons=("x",))
    report = Report((result,), "pipe", "0.1.0", 70, "error")
    output = format_github(report, FormatOptions())
    commands = run_log(output)
    # Exactly what we meant to send: group, one annotation, endgroup, nothing else.
    assert [c.name for c in commands] == ["group", "warning", "endgroup"]
    group, warning, _ = commands
    # Names are printed with control characters escaped (a CR or LF in a name
    # must not reach the log raw); they still round-trip through the escaping.
    assert group.data == f"{printable(path)}: score 60/100 FAIL"
    assert warning.properties["file"] == printable(path)
    assert warning.data == f"{message}\n{help_line(finding).strip()}"
    assert len(output.splitlines()) == 4


def test_step_summary_lists_every_document_and_escapes_markdown() -> None:
    summary = step_summary(golden_report())
    assert summary.startswith("### align: 1 of 4 documents failed\n")
    rows = [line for line in summary.splitlines() if line.startswith("| ")]
    assert "| posts/Q3 recap, final.md | 17/100 | **FAIL**: " in summary
    assert sum(row.endswith("| 0 |") for row in rows) == 1  # calendar.csv#1
    assert "<b>" not in summary and "&lt;b&gt;best-in-class&lt;/b&gt; &amp; co\\|op" in summary
    assert "::error::this line is post text" in summary  # kept, on the row, not a line of its own
    assert not any(line.startswith("::") for line in summary.splitlines())


def test_step_summary_is_capped() -> None:
    many = tuple(
        DocumentResult(f"p{i}.md", None, (FOLLOWERS,), Score(85), passed=True) for i in range(1200)
    )
    summary = step_summary(Report(many, "pipe", "0.1.0", 70, "error"))
    assert "… and 200 more documents." in summary
    assert "… and 1000 more findings" in summary
    assert len(summary.encode()) < 1024 * 1024


def test_the_closing_counts_say_how_many_findings_a_baseline_hid() -> None:
    report = golden_report()
    assert "hidden" not in format_github(report, FormatOptions()).splitlines()[-1]
    first = dataclasses.replace(report.results[0], hidden=3)
    hiding = dataclasses.replace(report, results=(first, *report.results[1:]))
    closing = format_github(hiding, FormatOptions()).splitlines()[-1]
    assert ", 3 known findings hidden by the baseline (pipeline:" in closing
