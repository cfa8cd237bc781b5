"""Adopting align on an existing repository (issue 14), through the real
command in a temporary git repository: ``align baseline``, ``align lint
--baseline`` (and the ``baseline:`` key), ``--baseline-prune`` and ``--diff``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from tests.conftest import ROOT, CliResult, RunCli, git

KNOWN = "We just crossed 10k followers on LinkedIn!"
VIEWS = "Our launch video got 2M views."
OUTCOME = "The spring launch brought 40 qualified demo requests and $90k in pipeline."
LAUNCH = f"# Spring launch\n\n{KNOWN}\n\n{VIEWS}\n\n{KNOWN}\n\n{OUTCOME}\n"
NEW = "The teaser got 50k likes overnight."


@pytest.fixture(autouse=True)
def _no_outer_git(monkeypatch: pytest.MonkeyPatch) -> None:
    # Under a git hook GIT_DIR points at the repository running the tests:
    # align's own git calls must see the temporary one.
    import os

    for name in [n for n in os.environ if n.startswith("GIT_")]:
        monkeypatch.delenv(name)


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A repository with one committed post holding three known vanity findings
    (one of them twice) and a business outcome."""
    git("init", "-q", "-b", "main", cwd=tmp_path)
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "launch.md").write_text(LAUNCH, encoding="utf-8")
    _commit(tmp_path, "first post")
    return tmp_path


def _commit(repo: Path, message: str) -> None:
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", message, cwd=repo)


def _lint(run_cli: RunCli, repo: Path, *args: str) -> CliResult:
    return run_cli("lint", "--no-cache", "--fail-on", "warning", *args, cwd=repo)


def _json(result: CliResult) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def _found(result: CliResult) -> list[tuple[str, int, str]]:
    """(rule, line, text) of every reported finding."""
    return [
        (f["rule"], f["line"], f["text"])
        for document in _json(result)["documents"]
        for f in document["findings"]
    ]


def _baseline(run_cli: RunCli, repo: Path, *paths: str) -> CliResult:
    result = run_cli("baseline", "--no-cache", *(paths or ("posts",)), cwd=repo)
    assert result.returncode == 0, result.stderr
    return result


def _edit(repo: Path, old: str, new: str, name: str = "posts/launch.md") -> None:
    path = repo / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_baseline_is_sorted_stable_json_and_lint_passes_with_it(
    run_cli: RunCli, repo: Path
) -> None:
    assert _lint(run_cli, repo, "posts").returncode == 1
    written = _baseline(run_cli, repo)
    assert "wrote .align-baseline.json: 3 findings in 1 document" in written.stdout
    first = (repo / ".align-baseline.json").read_bytes()
    data = json.loads(first)
    assert data["version"] == 1
    assert list(data["documents"]) == ["posts/launch.md"]
    entries = data["documents"]["posts/launch.md"]
    assert [(e["rule"], e["text"], e["count"]) for e in entries] == sorted(
        [("vanity-metric", "10k followers", 2), ("vanity-metric", "2M views", 1)]
    )
    assert all(len(e["fingerprint"]) == 32 for e in entries)
    _baseline(run_cli, repo)
    assert (repo / ".align-baseline.json").read_bytes() == first  # stable

    result = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "posts")
    assert result.returncode == 0, result.stdout
    assert "0 findings, 3 known findings hidden by the baseline" in result.stdout
    listed = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "--verbose", "posts")
    assert "posts/launch.md: score 100/100 pass" in listed.stdout
    as_json = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "-f", "json", "posts")
    assert _json(as_json)["summary"]["hidden"] == 3
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(_json(as_json))


def test_a_line_inserted_above_a_known_finding_keeps_it_known(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo)
    _edit(repo, "# Spring launch\n", "# Spring launch\n\nA short note before the recap.\n")
    result = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "posts")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 known findings hidden" in result.stdout


def test_a_new_vanity_sentence_fails_with_exactly_that_finding(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo)
    _edit(repo, OUTCOME, f"{NEW}\n\n{OUTCOME}")
    result = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "-f", "json", "posts")
    assert result.returncode == 1
    assert _found(result) == [("vanity-metric", 9, "50k likes")]
    document = _json(result)["documents"][0]
    assert document["passed"] is False
    assert document["score"] == 90  # scored on the new finding only


def test_a_third_copy_of_a_finding_known_twice_is_new(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo)
    _edit(repo, OUTCOME, f"{KNOWN}\n\n{OUTCOME}")
    result = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "-f", "json", "posts")
    assert result.returncode == 1
    assert _found(result) == [("vanity-metric", 9, "10k followers")]


def test_a_fixed_finding_is_reported_and_pruned(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo)
    _edit(repo, f"{VIEWS}\n\n", "")
    result = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "posts")
    assert result.returncode == 0
    assert (
        "align: notice: 1 baseline entry fixed; run align lint --baseline-prune to drop them"
        in result.stderr
    )
    before = (repo / ".align-baseline.json").read_text(encoding="utf-8")
    assert "2M views" in before  # reporting never writes

    pruned = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "--baseline-prune", "posts")
    assert pruned.returncode == 0
    assert "rewritten without its 1 fixed entry" in pruned.stderr
    entries = json.loads((repo / ".align-baseline.json").read_text(encoding="utf-8"))["documents"]
    assert [(e["text"], e["count"]) for e in entries["posts/launch.md"]] == [("10k followers", 2)]
    again = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "posts")
    assert again.returncode == 0 and "fixed" not in again.stderr


def test_diff_reports_only_the_paragraph_a_commit_touched(run_cli: RunCli, repo: Path) -> None:
    (repo / "posts" / "old.md").write_text(f"# Old recap\n\n{NEW}\n", encoding="utf-8")
    _commit(repo, "an old recap without an outcome")
    _edit(repo, VIEWS, "Our launch video got 3M views and 9k shares.")
    _commit(repo, "update the views")
    everything = _lint(run_cli, repo, "-f", "json", "posts")
    assert {rule for rule, _, _ in _found(everything)} == {"vanity-metric", "no-business-outcome"}
    assert {line for _, line, _ in _found(everything)} == {3, 5, 7}

    result = _lint(run_cli, repo, "--diff", "HEAD~1", "-f", "json", "posts")
    assert result.returncode == 1
    assert _found(result) == [
        ("vanity-metric", 5, "3M views"),
        ("vanity-metric", 5, "9k shares"),
    ]
    old = next(d for d in _json(result)["documents"] if d["path"].endswith("old.md"))
    assert old["findings"] == [] and old["passed"] is True  # its no-business-outcome: unchanged
    assert "not reported (--diff)" in result.stderr


def test_diff_counts_an_untracked_file_as_new(run_cli: RunCli, repo: Path) -> None:
    (repo / "posts" / "draft.md").write_text(f"# Draft\n\n{NEW}\n", encoding="utf-8")
    result = _lint(run_cli, repo, "--diff", "HEAD", "-f", "json", "posts")
    rules = {rule for rule, _, _ in _found(result)}
    assert rules == {"vanity-metric", "no-business-outcome"}
    assert all(d["findings"] == [] for d in _json(result)["documents"] if "launch" in d["path"])


def test_diff_and_baseline_together(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo)
    _commit(repo, "baseline")
    # The commit re-wraps a line with a known finding and adds a new one.
    _edit(repo, KNOWN, KNOWN.replace("crossed ", "crossed\n"))
    _edit(repo, OUTCOME, f"{NEW}\n\n{OUTCOME}")
    _commit(repo, "edit")
    both = _lint(run_cli, repo, "--diff", "HEAD~1", "--baseline", ".align-baseline.json", "posts")
    only_diff = _lint(run_cli, repo, "--diff", "HEAD~1", "-f", "json", "posts")
    assert {text for _, _, text in _found(only_diff)} == {"10k followers", "50k likes"}
    with_json = _lint(
        run_cli,
        repo,
        "--diff",
        "HEAD~1",
        "--baseline",
        ".align-baseline.json",
        "-f",
        "json",
        "posts",
    )
    assert _found(with_json) == [("vanity-metric", 10, "50k likes")]
    assert both.returncode == 1


def test_a_renamed_file_keeps_its_baseline_entries(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo)
    _commit(repo, "baseline")
    git("mv", "posts/launch.md", "posts/spring-launch.md", cwd=repo)
    _commit(repo, "rename")
    result = _lint(run_cli, repo, "--baseline", ".align-baseline.json", "posts")
    assert result.returncode == 0, result.stdout
    assert "3 known findings hidden" in result.stdout
    # Pruning moves the entries to the new name, so they survive the next commit.
    _lint(run_cli, repo, "--baseline", ".align-baseline.json", "--baseline-prune", "posts")
    documents = json.loads((repo / ".align-baseline.json").read_text(encoding="utf-8"))
    assert list(documents["documents"]) == ["posts/spring-launch.md"]
    _commit(repo, "pruned")
    assert _lint(run_cli, repo, "--baseline", ".align-baseline.json", "posts").returncode == 0


def test_the_config_key_names_the_baseline(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo, "posts", "-o", "baseline.json")
    (repo / ".align.yaml").write_text("baseline: baseline.json\nfail_on: warning\n")
    result = run_cli("lint", "--no-cache", "launch.md", cwd=repo / "posts")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 known findings hidden" in result.stdout


def test_the_cache_never_holds_a_filtered_result(run_cli: RunCli, repo: Path) -> None:
    _baseline(run_cli, repo)
    lint = ("lint", "--fail-on", "warning", "posts")
    assert run_cli(*lint, "--baseline", ".align-baseline.json", cwd=repo).returncode == 0
    warm = run_cli(*lint, "-f", "json", cwd=repo)
    assert warm.returncode == 1
    assert len(_found(warm)) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not a baseline file: invalid JSON"),
        ('{"version": 2, "documents": {}}', "baseline version 2 is not supported"),
        ('{"documents": {}}', "not a baseline file (no version)"),
        ('{"version": 1, "documents": {"a.md": [{"rule": "x"}]}}', "a.md: an entry must be"),
    ],
)
def test_a_bad_baseline_is_one_line_and_exit_2(
    run_cli: RunCli, repo: Path, content: str, message: str
) -> None:
    (repo / "bad.json").write_text(content, encoding="utf-8")
    result = _lint(run_cli, repo, "--baseline", "bad.json", "posts")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("align: error: bad.json: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_missing_baseline_says_how_to_write_one(run_cli: RunCli, repo: Path) -> None:
    result = _lint(run_cli, repo, "--baseline", "none.json", "posts")
    assert result.returncode == 2
    assert "none.json: no such baseline file" in result.stderr


def test_a_bad_ref_or_no_repository_is_one_line_and_exit_2(
    run_cli: RunCli, repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    result = _lint(run_cli, repo, "--diff", "no-such-branch", "posts")
    assert result.returncode == 2
    assert result.stderr == (
        f"align: error: --diff no-such-branch: no such commit in the git repository {repo}\n"
    )
    outside = tmp_path_factory.mktemp("plain")
    (outside / "post.md").write_text(LAUNCH, encoding="utf-8")
    result = _lint(run_cli, outside, "--diff", "HEAD", "post.md")
    assert result.returncode == 2
    assert "is not in a git repository" in result.stderr
    assert result.stderr.count("\n") == 1
    # A second path outside the first one's repository: git's own words, one line.
    result = _lint(run_cli, repo, "--diff", "HEAD", "posts", str(outside / "post.md"))
    assert result.returncode == 2
    assert result.stderr.startswith("align: error: --diff HEAD: ")
    assert "outside repository" in result.stderr
    assert result.stderr.count("\n") == 1


def test_prune_needs_a_baseline(run_cli: RunCli, repo: Path) -> None:
    result = _lint(run_cli, repo, "--baseline-prune", "posts")
    assert result.returncode == 2
    assert "--baseline-prune needs a baseline" in result.stderr


def test_align_baseline_never_overwrites_an_input(run_cli: RunCli, repo: Path) -> None:
    result = run_cli("baseline", "posts", "-o", "posts/launch.md", cwd=repo)
    assert result.returncode == 2
    assert (repo / "posts" / "launch.md").read_text(encoding="utf-8") == LAUNCH
