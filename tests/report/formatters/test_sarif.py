"""SARIF 2.1.0: valid against the official schema, one descriptor per rule,
regions as in the JSON contract, fingerprints that ignore line numbers."""

from __future__ import annotations

import copy
import dataclasses
import tomllib
from typing import Any

import jsonschema
import pytest
from tests.conftest import ROOT
from tests.report.formatters.reports import CASE_STUDY, FOLLOWERS, LAUNCH, RULES, golden_report

from align_lint.report.formatters.sarif import (
    FINGERPRINT_KEY,
    INFORMATION_URI,
    SARIF_SCHEMA,
    report_to_sarif,
)
from align_lint.report.records import DocumentResult, Report, Score, Severity
from align_lint.run.linter import Linter
from align_lint.settings.config import Config


def schema_errors(document: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft4Validator(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(document)
    ]


def test_golden_report_is_valid_sarif(sarif_schema: dict[str, Any]) -> None:
    jsonschema.Draft4Validator.check_schema(sarif_schema)
    assert schema_errors(report_to_sarif(golden_report()), sarif_schema) == []


def test_the_schema_check_catches_invalid_sarif(sarif_schema: dict[str, Any]) -> None:
    broken = copy.deepcopy(report_to_sarif(golden_report()))
    broken["version"] = "2.0.0"
    del broken["runs"][0]["results"][0]["message"]
    broken["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert len(schema_errors(broken, sarif_schema)) == 3


def test_schema_uri_is_the_official_one(sarif_schema: dict[str, Any]) -> None:
    assert report_to_sarif(golden_report())["$schema"] == sarif_schema["id"] == SARIF_SCHEMA


def test_run_and_driver() -> None:
    sarif = report_to_sarif(golden_report())
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("align", "0.1.0")
    assert driver["informationUri"] == INFORMATION_URI
    assert run["properties"]["documents"][0] == {
        "path": LAUNCH,
        "record": None,
        "score": 17,
        "passed": False,
    }


def test_information_uri_is_the_project_homepage() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Homepage"] == INFORMATION_URI


def test_one_descriptor_per_rule_with_help_examples_level_and_category() -> None:
    driver = report_to_sarif(golden_report())["runs"][0]["tool"]["driver"]
    ids = [rule["id"] for rule in driver["rules"]]
    # The report's rules in order, then one made up for the finding whose rule
    # the report does not describe.
    assert ids == [*(r.id for r in RULES), "exclamation-pileup"]
    vanity = driver["rules"][0]
    assert vanity["name"] == "VanityMetric"
    assert vanity["shortDescription"]["text"] == (
        "Counts of followers, likes and views measure attention, e.g. reach."
    )
    assert vanity["fullDescription"]["text"] == RULES[0].description
    assert vanity["defaultConfiguration"] == {"level": "warning"}
    assert vanity["properties"]["tags"] == ["vanity"]
    help_text = vanity["help"]["text"]
    assert RULES[0].suggestion in help_text
    assert "We just crossed 10k followers!" in help_text
    assert "Those 10k followers sent 40 *demo* requests." in help_text
    assert "Those 10k followers sent 40 \\*demo\\* requests." in vanity["help"]["markdown"]
    hype = driver["rules"][2]  # no description: the message template stands in
    assert hype["shortDescription"]["text"] == '"…" is hype; show the result instead'
    assert driver["rules"][1]["defaultConfiguration"] == {"level": "error"}


def test_results_point_at_the_findings() -> None:
    run = report_to_sarif(golden_report())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == golden_report().summary.findings
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    document, followers = results[0], results[1]
    assert document["level"] == "error"
    location = document["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "posts/Q3%20recap,%20final.md",
        "uriBaseId": "%SRCROOT%",
    }
    assert location["region"] == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1}
    assert followers["message"]["text"] == FOLLOWERS.message
    assert followers["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 12,
        "endLine": 3,
        "endColumn": 25,
        "snippet": {"text": "10k followers"},
    }
    levels = {
        r["ruleId"]: r["level"]
        for r in results
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == CASE_STUDY
    }
    assert levels == {"vanity-metric": "note"}


@pytest.mark.parametrize(
    ("path", "artifact"),
    [
        ("a:b.md", {"uri": "a%3Ab.md", "uriBaseId": "%SRCROOT%"}),
        ("50% off #1?.md", {"uri": "50%25%20off%20%231%3F.md", "uriBaseId": "%SRCROOT%"}),
        ("/abs/post.md", {"uri": "file:///abs/post.md"}),
        ("café/ü.md", {"uri": "caf%C3%A9/%C3%BC.md", "uriBaseId": "%SRCROOT%"}),
    ],
)
def test_paths_become_uris(path: str, artifact: dict[str, str]) -> None:
    result = DocumentResult(path, None, (FOLLOWERS,), Score(85), passed=True)
    sarif = report_to_sarif(Report((result,), "p", "0.1.0", 70, "error"))
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == artifact


def _fingerprints(report: Report) -> list[str]:
    return [
        r["partialFingerprints"][FINGERPRINT_KEY]
        for r in report_to_sarif(report)["runs"][0]["results"]
    ]


def test_fingerprints_ignore_moved_lines_but_tell_repeats_apart(linter: Linter) -> None:
    post = (
        "We just crossed 10k followers! Then 10k followers again.\n\n"
        "Revenue grew 12% in Q3, to $1.2M.\n"
    )
    moved = "# Launch recap\n\nAn unrelated first paragraph.\n\n" + post.replace(
        "crossed 10k", "crossed\n10k"
    )
    before = linter.report([linter.lint_text(post, path="post.md")])
    after = linter.report([linter.lint_text(moved, path="post.md")])
    lines = [
        [f.line for f in r.results[0].findings if f.rule == "vanity-metric"]
        for r in (before, after)
    ]
    assert lines[0] != lines[1]  # the findings did move
    vanity = [
        [
            fp
            for fp, f in zip(_fingerprints(r), r.results[0].findings, strict=True)
            if f.rule == "vanity-metric"
        ]
        for r in (before, after)
    ]
    assert len(vanity[0]) == 2 and len(set(vanity[0])) == 2  # same text twice: two alerts
    assert vanity[0] == vanity[1]
    # No path in it (code scanning and the baseline scope fingerprints per
    # file): a renamed file keeps its alerts.
    renamed = linter.report([linter.lint_text(post, path="other.md")])
    assert _fingerprints(renamed) == _fingerprints(before)


def test_fingerprints_are_the_findings_own_with_their_occurrence(linter: Linter) -> None:
    # The baseline's fingerprint plus ":occurrence", so both agree on "the same"
    # finding; the same sentence twice is the same fingerprint twice, told apart
    # by the occurrence.
    post = "We just crossed 10k followers!\n\nWe just crossed 10k followers!\n"
    report = linter.report([linter.lint_text(post, path="post.md")])
    vanity = [f for f in report.results[0].findings if f.rule == "vanity-metric"]
    assert vanity[0].fingerprint == vanity[1].fingerprint != ""
    prints = [
        fp
        for fp, f in zip(_fingerprints(report), report.results[0].findings, strict=True)
        if f.rule == "vanity-metric"
    ]
    assert prints == [f"{vanity[0].fingerprint}:0", f"{vanity[0].fingerprint}:1"]


def test_fingerprints_change_with_the_matched_text() -> None:
    report = golden_report()
    changed = dataclasses.replace(FOLLOWERS, text="11k followers")
    launch = dataclasses.replace(
        report.results[0],
        findings=(report.results[0].findings[0], changed, *report.results[0].findings[2:]),
    )
    other = dataclasses.replace(report, results=(launch, *report.results[1:]))
    assert _fingerprints(report)[1] != _fingerprints(other)[1]
    assert _fingerprints(report)[0] == _fingerprints(other)[0]


def test_linter_reports_its_active_reported_rules(linter: Linter, blank_linter: Linter) -> None:
    report = linter.report([])
    reported = [rule.id for rule in linter.catalog.reported]
    assert [rule.id for rule in report.rules] == reported
    assert "business-outcome" not in reported  # a context rule (report: false)
    assert {"vanity-metric", "no-business-outcome", "unused-suppression"} <= set(reported)
    vanity = next(rule for rule in report.rules if rule.id == "vanity-metric")
    source = linter.catalog.get("vanity-metric")
    assert source is not None
    assert (vanity.description, vanity.suggestion) == (source.description, source.suggestion)
    assert vanity.flagged == source.examples.flagged and vanity.passed == source.examples.passed
    # Rules the blank pipeline skips are not active, so they are not described.
    skipped = {s.rule.id for s in blank_linter.analyzer.matchers.skipped}
    assert skipped and not skipped & {rule.id for rule in blank_linter.report([]).rules}


def test_descriptors_follow_the_run_selection_and_severity() -> None:
    # The blank pipeline runs (among others) the focus rules viral-goal and
    # engagement-bait, no-business-outcome and jargon.
    config = Config(
        model="blank", select=("focus", "outcome"), ignore=("viral-goal",),
        severity=(("no-business-outcome", "warning"),),
    )  # fmt: skip
    linter = Linter(config)
    rules = {rule.id: rule for rule in linter.report([]).rules}
    assert set(rules) == {"engagement-bait", "no-business-outcome"}
    assert rules["no-business-outcome"].severity is Severity.WARNING
    # A rule selected only for some files (per_file, front matter) is described
    # when one of its findings is in the report.
    jargon = dataclasses.replace(FOLLOWERS, rule="jargon", category="tone")
    result = DocumentResult("p.md", None, (jargon,), Score(90), passed=True)
    assert "jargon" in {rule.id for rule in linter.report([result]).rules}
