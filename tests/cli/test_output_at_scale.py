"""Output people can read at scale (issue 12 item 5): the text format lists
only the documents that need a look, ``--verbose`` every one and ``--quiet``
only the failing ones; text and JSON Lines stream as documents finish, in
input order; ``--statistics`` counts per rule and folder; a ``help:`` line
carries each rule's fix."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from tests.conftest import ROOT, RunCli

from align_lint.cli.output import folder_finder
from align_lint.run import linter as linter_module
from align_lint.run.workers import BATCH, PARALLEL_FROM

REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
GOOD = "We grew revenue 12% in Q3 after the new onboarding flow cut churn by a third.\n"
VANITY = "We just crossed 10k followers and a million views on our launch video!\n"
# Passes with one info finding: a vanity metric tied to an outcome.
TIED = "Our 2,300 likes brought 140 qualified demo requests and $80k in pipeline.\n"
FINDING_LINE = re.compile(r"^[^ ]+:\d+:\d+: (error|warning|info) [a-z-]+ .+$")


def _posts(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def three(tmp_path: Path) -> Path:
    """A failing post, a passing one with a finding, a clean one."""
    return _posts(tmp_path, {"a-vanity.md": VANITY, "b-tied.md": TIED, "c-good.md": GOOD})


def _verdicts(stdout: str) -> list[str]:
    return [line.split(":")[0] for line in stdout.splitlines() if ": score " in line]


# -- which documents are listed --------------------------------------------------------


def test_text_lists_only_documents_with_findings_or_failing(run_cli: RunCli, three: Path) -> None:
    result = run_cli("lint", "--no-cache", "-f", "text", ".", cwd=three)
    assert result.returncode == 1
    assert _verdicts(result.stdout) == ["a-vanity.md", "b-tied.md"]
    assert "c-good.md" not in result.stdout
    # The summary still counts every document.
    assert result.stdout.splitlines()[-1].startswith("3 documents, 1 failed, ")


def test_each_document_reads_findings_then_its_verdict(run_cli: RunCli, three: Path) -> None:
    lines = run_cli("lint", "--no-cache", "-f", "text", ".", cwd=three).stdout.splitlines()
    verdict = lines.index(next(line for line in lines if line.startswith("a-vanity.md: score")))
    assert all(line.startswith(("a-vanity.md:", "  help: ")) for line in lines[:verdict])
    assert lines[verdict + 1].startswith("b-tied.md:1:")


def test_verbose_lists_every_document(run_cli: RunCli, three: Path) -> None:
    result = run_cli("lint", "--no-cache", "-f", "text", "--verbose", ".", cwd=three)
    assert _verdicts(result.stdout) == ["a-vanity.md", "b-tied.md", "c-good.md"]
    assert "c-good.md: score 100/100 pass" in result.stdout


@pytest.mark.parametrize("flag", ["--quiet", "-q"])
def test_quiet_lists_only_failing_documents(run_cli: RunCli, three: Path, flag: str) -> None:
    result = run_cli("lint", "--no-cache", "-f", "text", flag, ".", cwd=three)
    assert result.returncode == 1
    assert _verdicts(result.stdout) == ["a-vanity.md"]
    assert "b-tied.md" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith("3 documents, 1 failed, ")


def test_quiet_on_a_clean_run_prints_only_the_summary(run_cli: RunCli, tmp_path: Path) -> None:
    folder = _posts(tmp_path, {"good.md": GOOD, "tied.md": TIED})
    result = run_cli("lint", "--no-cache", "-f", "text", "-q", ".", cwd=folder)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
    assert result.stdout.startswith("2 documents, 0 failed, 1 finding ")


def test_verbose_and_quiet_together_are_a_usage_error(run_cli: RunCli, three: Path) -> None:
    result = run_cli("lint", "--no-cache", "-v", "-q", ".", cwd=three)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "--quiet" in result.stderr


@pytest.mark.parametrize("fmt", ["rich", "github"])
def test_rich_and_github_list_the_same_documents(run_cli: RunCli, three: Path, fmt: str) -> None:
    listed = run_cli("lint", "--no-cache", "-f", fmt, ".", cwd=three).stdout
    assert "a-vanity.md" in listed and "b-tied.md" in listed and "c-good.md" not in listed
    every = run_cli("lint", "--no-cache", "-f", fmt, "--verbose", ".", cwd=three).stdout
    assert "c-good.md" in every


def test_github_job_summary_still_lists_every_document(
    run_cli: RunCli, three: Path, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_STEP_SUMMARY": str(summary)}
    run_cli("lint", "--no-cache", "-f", "github", ".", cwd=three, env=env)
    assert "| c-good.md | 100/100 | pass | 0 |" in summary.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "junit"])
def test_machine_formats_keep_every_document(run_cli: RunCli, three: Path, fmt: str) -> None:
    result = run_cli("lint", "--no-cache", "-f", fmt, "--quiet", ".", cwd=three)
    assert "c-good.md" in result.stdout


# -- help lines ------------------------------------------------------------------------


def test_help_line_follows_a_rules_first_finding_in_each_document(
    run_cli: RunCli, tmp_path: Path
) -> None:
    folder = _posts(tmp_path, {"one.md": VANITY, "two.md": VANITY})
    lines = run_cli("lint", "--no-cache", "-f", "text", ".", cwd=folder).stdout.splitlines()
    for name in ("one.md", "two.md"):
        own = [i for i, line in enumerate(lines) if line.startswith(f"{name}:1:")]
        vanity = [i for i in own if " vanity-metric " in lines[i]]
        assert len(vanity) == 2  # "10k followers" and "a million views"
        assert lines[vanity[0] + 1].startswith("  help: ")
        assert lines[vanity[0] + 1].endswith("(see `align explain vanity-metric`)")
        assert not lines[vanity[1] + 1].startswith("  help: ")  # once per rule and document
    # Every other line is still a machine-parsable finding, a verdict or the summary.
    for line in lines[:-1]:
        assert line.startswith("  help: ") or FINDING_LINE.match(line) or ": score " in line


def test_info_findings_get_no_help_line(run_cli: RunCli, tmp_path: Path) -> None:
    folder = _posts(tmp_path, {"tied.md": TIED})
    lines = run_cli("lint", "--no-cache", "-f", "text", ".", cwd=folder).stdout.splitlines()
    assert " info vanity-metric " in lines[0]
    assert not any(line.startswith("  help: ") for line in lines)


# -- statistics ------------------------------------------------------------------------


def test_statistics_count_rules_and_mean_scores_per_folder(run_cli: RunCli, tmp_path: Path) -> None:
    site = _posts(
        tmp_path / "site",
        {"top.md": GOOD, "blog/a.md": VANITY, "blog/b.md": GOOD, "news/2024/c.md": GOOD},
    )
    result = run_cli("lint", "--no-cache", "-f", "text", "--statistics", "site", cwd=site.parent)
    lines = result.stdout.splitlines()
    table = lines[lines.index("findings  documents  rule") :]
    counts = [line.split() for line in table[1 : table.index("")]]
    assert counts[0][2] == "vanity-metric" and counts[0][:2] == ["2", "1"]
    assert [int(row[0]) for row in counts] == sorted((int(row[0]) for row in counts), reverse=True)
    folders = table[table.index("mean score  documents  folder") + 1 :]
    rows = [line.split() for line in folders]
    # Lowest mean first; the top-level folder below the linted directory.
    assert rows[0][1:] == ["2", "site/blog"] and float(rows[0][0]) < 100
    assert sorted(row[2] for row in rows[1:]) == ["site", "site/news"]


def test_statistics_in_json_only_when_asked(run_cli: RunCli, three: Path) -> None:
    plain = json.loads(run_cli("lint", "--no-cache", "-f", "json", ".", cwd=three).stdout)
    assert "statistics" not in plain
    asked = run_cli("lint", "--no-cache", "-f", "json", "--statistics", ".", cwd=three).stdout
    jsonschema.validate(json.loads(asked), REPORT_SCHEMA)
    statistics = json.loads(asked)["statistics"]
    assert statistics["rules"][0]["rule"] == "vanity-metric"
    assert statistics["rules"][0]["documents"] == 2
    mean = round(sum(document["score"] for document in plain["documents"]) / 3, 2)
    assert statistics["folders"] == [{"folder": ".", "documents": 3, "mean_score": mean}]


def test_folder_of_a_document() -> None:
    folder_of = folder_finder(["."])
    assert folder_of("top.md") == "."
    assert folder_of("blog/2024/a.md") == "blog"
    named = folder_finder(["README.md"])  # not a directory: the file's own folder
    assert named("docs/guide/page.md") == "docs/guide"
    assert named("page.md") == "."


# -- JSON Lines ------------------------------------------------------------------------


def test_jsonl_is_one_document_per_line_then_the_summary(run_cli: RunCli, three: Path) -> None:
    result = run_cli("lint", "--no-cache", "-f", "jsonl", ".", cwd=three)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    document_schema = {**REPORT_SCHEMA, **REPORT_SCHEMA["$defs"]["document"]}
    for document in lines[:-1]:
        jsonschema.validate(document, document_schema)
    whole = json.loads(run_cli("lint", "--no-cache", "-f", "json", ".", cwd=three).stdout)
    assert lines[:-1] == whole["documents"]
    assert lines[-1] == {key: whole[key] for key in ("tool", "pipeline", "summary")}


def test_output_file_gets_jsonl_and_stdout_the_text(
    run_cli: RunCli, three: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.jsonl"
    result = run_cli("lint", "--no-cache", "-f", "jsonl", "-o", str(target), ".", cwd=three)
    assert result.returncode == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line).get("path") for line in lines] == [
        "a-vanity.md",
        "b-tied.md",
        "c-good.md",
        None,
    ]
    assert _verdicts(result.stdout) == ["a-vanity.md", "b-tied.md"]


# -- streaming -------------------------------------------------------------------------


def _record_output_per_batch(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Patch the linter so that each batch, before it is linted, records its
    first document and what stdout holds at that moment."""
    seen: list[tuple[str, str]] = []
    lint_batch = linter_module.Linter.lint_batch

    def recording(self: Any, sources: list[Any]) -> Any:
        sys.stdout.flush()
        buffer = sys.stdout.buffer
        seen.append((sources[0].name, buffer.getvalue().decode("utf-8")))  # type: ignore[attr-defined]
        return lint_batch(self, sources)

    monkeypatch.setattr(linter_module.Linter, "lint_batch", recording)
    return seen


@pytest.fixture()
def two_batches(tmp_path: Path) -> Path:
    texts = {f"post-{i:03}.md": GOOD for i in range(BATCH + 4)}
    texts["post-000.md"] = VANITY
    return _posts(tmp_path / "posts", texts)


@pytest.mark.parametrize(("fmt", "first"), [("text", "post-000.md:1:"), ("jsonl", '{"path"')])
def test_first_document_is_written_before_the_last_is_linted(
    run_cli: RunCli,
    two_batches: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    first: str,
) -> None:
    seen = _record_output_per_batch(monkeypatch)
    result = run_cli("lint", "--no-cache", "--jobs", "1", "-f", fmt, ".", cwd=two_batches)
    assert result.returncode == 1
    assert [name for name, _ in seen] == ["post-000.md", f"post-{BATCH:03}.md"]
    assert seen[0][1] == ""
    written_before_last_batch = seen[1][1]
    assert written_before_last_batch.startswith(first)
    assert "post-000.md" in written_before_last_batch
    assert "documents" not in written_before_last_batch.splitlines()[-1]  # no summary yet


def test_a_whole_format_still_waits_for_every_document(
    run_cli: RunCli, two_batches: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _record_output_per_batch(monkeypatch)
    run_cli("lint", "--no-cache", "--jobs", "1", "-f", "json", ".", cwd=two_batches)
    assert [output for _, output in seen] == ["", ""]


def test_streaming_keeps_no_results(
    run_cli: RunCli, two_batches: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The results of a streamed run are written and dropped: never spooled."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a streamed run must not collect its results")

    monkeypatch.setattr(linter_module, "ResultSpool", refuse)
    result = run_cli("lint", "--no-cache", "-f", "jsonl", ".", cwd=two_batches)
    assert len(result.stdout.splitlines()) == BATCH + 5


def test_streamed_order_is_the_input_order_with_two_jobs(run_cli: RunCli, tmp_path: Path) -> None:
    texts = {f"p{i:03}.md": VANITY if i % 3 == 0 else GOOD for i in range(PARALLEL_FROM + 8)}
    folder = _posts(tmp_path, texts)
    one = run_cli("lint", "--no-cache", "-j", "1", "-f", "jsonl", ".", cwd=folder)
    two = run_cli("lint", "--no-cache", "-j", "2", "-f", "jsonl", ".", cwd=folder)
    assert one.stdout == two.stdout
    paths = [json.loads(line).get("path") for line in two.stdout.splitlines()[:-1]]
    assert paths == sorted(texts)
    text_one = run_cli("lint", "--no-cache", "-j", "1", "-f", "text", ".", cwd=folder).stdout
    text_two = run_cli("lint", "--no-cache", "-j", "2", "-f", "text", ".", cwd=folder).stdout
    assert text_one == text_two
