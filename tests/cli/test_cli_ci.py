"""The CI formats and options through the real command: --format sarif|github|junit,
--exit-zero, --output, the job summary, and the GitHub Actions log guard."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
from tests.conftest import ROOT, RunCli
from tests.report.formatters.actions_runner import parse_v2, run_log

from align_lint.run.linter import Linter

# The top-level example drafts (examples/custom/ is a project with its own config).
EXAMPLE_PATHS = sorted(
    p.relative_to(ROOT).as_posix()
    for p in (ROOT / "examples").iterdir()
    if p.suffix in {".md", ".txt"}
)
FAILING = {"examples/launch-recap.md", "examples/tweet.txt"}
VANITY = "We just crossed 10k followers and 2M views!\n"


def test_sarif_on_the_examples_is_valid_and_complete(
    run_cli: RunCli, sarif_schema: dict[str, Any], linter: Linter
) -> None:
    result = run_cli("lint", "--format", "sarif", *EXAMPLE_PATHS)
    assert result.returncode == 1
    sarif = json.loads(result.stdout)
    errors = [e.message for e in jsonschema.Draft4Validator(sarif_schema).iter_errors(sarif)]
    assert errors == []
    run = sarif["runs"][0]
    reported = [rule.id for rule in linter.catalog.reported]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == reported
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {
        "examples/launch-recap.md",
        "examples/mixed-post.md",
        "examples/tweet.txt",
        "examples/case-study.md",
    }
    no_outcome = [r for r in run["results"] if r["ruleId"] == "no-business-outcome"]
    # no-business-outcome points at the first results claim of each failing draft.
    assert {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in no_outcome} == {
        1,
        8,
    }
    assert [d["path"] for d in run["properties"]["documents"]] == EXAMPLE_PATHS


def test_github_format_on_the_examples(run_cli: RunCli, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = run_cli(
        "lint",
        "--format",
        "github",
        "--verbose",  # every document's group, passing ones too
        *EXAMPLE_PATHS,
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(parse_v2(line) for line in lines[:-1])
    assert re.fullmatch(r"align: 5 documents, 2 failed, \d+ findings \(pipeline: .+\)", lines[-1])
    commands = run_log(result.stdout)
    groups = [c.data for c in commands if c.name == "group"]
    assert [g.split(": score ")[0] for g in groups] == EXAMPLE_PATHS
    assert {g.split(": score ")[0] for g in groups if g.endswith("FAIL")} == FAILING
    tweet = [c for c in commands if c.properties.get("file") == "examples/tweet.txt"]
    assert {c.properties["title"] for c in tweet} >= {"no-business-outcome", "vanity-metric"}
    vanity = next(c for c in tweet if c.properties["title"] == "vanity-metric")
    assert (vanity.name, vanity.properties["line"], vanity.properties["col"]) == (
        "warning",
        "1",
        "17",
    )
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n### align: 2 of 5 documents failed\n")
    assert all(f"| {path} |" in written for path in EXAMPLE_PATHS)


def test_no_job_summary_in_other_formats(run_cli: RunCli, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run_cli(
        "lint", "--format", "text", "examples/tweet.txt", env={"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert result.returncode == 1 and "examples/tweet.txt: score" in result.stdout
    assert not summary.exists()


def test_junit_on_the_examples(run_cli: RunCli) -> None:
    result = run_cli("lint", "--format", "junit", *EXAMPLE_PATHS)
    assert result.returncode == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert [s.get("name") for s in root.findall("testsuite")] == EXAMPLE_PATHS
    failed = {c.get("name") for c in root.iter("testcase") if c.find("failure") is not None}
    assert failed == FAILING
    assert root.get("failures") == "2" and root.get("tests") == "5"


def test_exit_zero_keeps_the_report_but_not_the_failure(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("lint", "--exit-zero", "--format", "text", "examples/tweet.txt")
    assert result.returncode == 0
    assert "examples/tweet.txt: score 47/100 FAIL" in result.stdout
    (tmp_path / "binary.md").write_bytes(b"\x00\x01")
    broken = run_cli("lint", "--exit-zero", "binary.md", cwd=tmp_path)
    assert broken.returncode == 2 and "binary.md: binary file" in broken.stderr
    assert run_cli("lint", "--exit-zero", "--fail-under", "101", "x.md").returncode == 2


def test_output_file_gets_the_format_and_stdout_the_human_report(
    run_cli: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "align.sarif"
    result = run_cli("lint", "--format", "sarif", "-o", str(target), "examples/tweet.txt")
    assert result.returncode == 1
    sarif = json.loads(target.read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "no-business-outcome"
    assert result.stdout.splitlines()[-2].startswith("examples/tweet.txt: score 47/100 FAIL")
    assert "{" not in result.stdout


def test_output_defaults_to_text(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    result = run_cli("lint", "--output", str(target), "examples/case-study.md")
    assert result.returncode == 0
    assert target.read_text(encoding="utf-8") == result.stdout
    assert "examples/case-study.md: score" in result.stdout


def test_output_file_never_gets_colour_codes(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    result = run_cli("lint", "-f", "rich", "--color", "-o", str(target), "examples/tweet.txt")
    assert result.returncode == 1
    report = target.read_text(encoding="utf-8")
    assert "examples/tweet.txt  score 47/100  FAIL" in report and "\x1b[" not in report


def test_output_never_overwrites_an_input(run_cli: RunCli, tmp_path: Path) -> None:
    post = tmp_path / "posts" / "post.md"
    post.parent.mkdir()
    post.write_text(VANITY, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(post)
    before = (post.read_bytes(), post.stat().st_mtime_ns)
    attempts = [
        ("-o", "posts/post.md", "posts/post.md"),
        ("-o", "posts/post.md", "posts/"),
        ("-o", "link.md", "posts/"),
        ("--output", "./posts/../posts/post.md", "posts/post.md"),
    ]
    for flag, output, target in attempts:
        result = run_cli("lint", "-f", "json", flag, output, target, cwd=tmp_path)
        assert result.returncode == 2, (output, target)
        assert "refusing to overwrite posts/post.md" in result.stderr
        assert result.stdout == ""
    (tmp_path / ".align.yaml").write_text("fail_under: 60\n", encoding="utf-8")
    (tmp_path / "pack.yaml").write_text("rules: []\n", encoding="utf-8")
    for output, extra in ((".align.yaml", ()), ("pack.yaml", ("--rules", "pack.yaml"))):
        result = run_cli("lint", "-o", output, *extra, "posts/", cwd=tmp_path)
        assert result.returncode == 2 and f"refusing to overwrite {output}" in result.stderr
    assert (tmp_path / "pack.yaml").read_text(encoding="utf-8") == "rules: []\n"
    stdin = run_cli(
        "lint",
        "-o",
        "posts/post.md",
        "--stdin-filename",
        "posts/post.md",
        "-",
        stdin=VANITY,
        cwd=tmp_path,
    )
    assert stdin.returncode == 2 and "refusing to overwrite" in stdin.stderr
    assert (post.read_bytes(), post.stat().st_mtime_ns) == before


def test_output_that_cannot_be_written_is_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("lint", "-o", str(tmp_path / "no" / "such" / "dir.txt"), "examples/tweet.txt")
    assert result.returncode == 2
    assert "cannot write the report (No such file or directory)" in result.stderr
    assert "Traceback" not in result.stderr
    assert run_cli("lint", "-o", str(tmp_path), "examples/tweet.txt").returncode == 2


def test_human_report_in_actions_cannot_run_commands(run_cli: RunCli, tmp_path: Path) -> None:
    # A file name is as much the author's as the post: both reach the text report.
    (tmp_path / "::error::pwned.md").write_text(
        "Our ##[add-mask]secret post got 10k likes!\n", encoding="utf-8"
    )
    (tmp_path / "##[set-output name=x]y.md").write_text(VANITY, encoding="utf-8")
    result = run_cli("lint", "--format", "text", ".", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    start = re.fullmatch(r"::stop-commands::([0-9a-f]{32})", lines[0])
    assert start and lines[-1] == f"::{start.group(1)}::"
    assert "::error::pwned.md:" in result.stdout  # it is there, and inert:
    assert [c.name for c in run_log(result.stdout)] == ["stop-commands", start.group(1)]
    # Without the guard the runner would have acted on it.
    unguarded = "\n".join(lines[1:-1])
    assert {c.name for c in run_log(unguarded)} & {"error", "set-output"}


def test_guard_only_for_the_log(run_cli: RunCli, tmp_path: Path) -> None:
    actions = {"GITHUB_ACTIONS": "true"}
    json_out = run_cli("lint", "-f", "json", "examples/tweet.txt", env=actions)
    json.loads(json_out.stdout)  # machine formats stay parseable
    with_output = run_cli(
        "lint", "-f", "sarif", "-o", str(tmp_path / "a.sarif"), "examples/tweet.txt", env=actions
    )
    assert with_output.stdout.startswith("::stop-commands::")  # the human report in the log
    json.loads((tmp_path / "a.sarif").read_text(encoding="utf-8"))
    # Redirected to a file, stdout is not the log: no markers.
    redirected = tmp_path / "out.txt"
    with redirected.open("wb") as handle:
        subprocess.run(
            [sys.executable, "-m", "align_lint", "lint", "-f", "text", "examples/tweet.txt"],
            stdout=handle,
            cwd=ROOT,
            env={**os.environ, **actions},
            check=False,
        )
    assert redirected.read_text(encoding="utf-8").startswith("examples/tweet.txt:1:17: error ")
