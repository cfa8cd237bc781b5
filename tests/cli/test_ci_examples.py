"""examples/ci/ is documentation users copy: its files must be valid for their
consumers and its shell steps must do what the comments say. The workflow and
job scripts are run here as bash runs them on the CI services (without the
install step: this checkout's align is on PATH)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.conftest import ROOT, clean_git_env, git
from tests.report.formatters.actions_runner import run_log

CI = ROOT / "examples" / "ci"
VANITY = "We just crossed 10k followers and 2M views!\n"
GOOD = "# March webinar\n\nThe March webinar brought 40 qualified demo requests and $120k in pipeline.\n"


def _load(name: str) -> Any:
    return yaml.safe_load((CI / name).read_text(encoding="utf-8"))


def _git(repo: Path, *args: str) -> None:
    git(*args, cwd=repo)


def _env(**extra: str) -> dict[str, str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    base = {k: v for k, v in clean_git_env().items() if not k.startswith(("GITHUB_", "CI_"))}
    return {**base, "PATH": path, "NO_COLOR": "1", **extra}


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # How GitHub Actions runs a `run:` step with the default shell on Linux.
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_git_in_tests_stays_in_its_temporary_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As under a git hook or `git rebase --exec`: GIT_* point at the repository
    # running the tests (here a decoy). The temp repositories must not touch it.
    decoy = tmp_path / "decoy"
    decoy.mkdir()
    git("init", "-q", cwd=decoy)
    config = (decoy / ".git" / "config").read_bytes()
    monkeypatch.setenv("GIT_DIR", str(decoy / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(decoy))
    monkeypatch.setenv("GIT_INDEX_FILE", str(decoy / ".git" / "index"))
    site = tmp_path / "site"
    site.mkdir()
    git("init", "-q", cwd=site)
    (site / "post.md").write_text(VANITY, encoding="utf-8")
    git("add", "-A", cwd=site)
    assert git("ls-files", cwd=site) == "post.md"
    assert (decoy / ".git" / "config").read_bytes() == config
    assert not (decoy / ".git" / "index").exists()
    assert "GIT_DIR" not in _env()


def test_only_yaml_files_in_examples_ci() -> None:
    # `align lint examples/` recurses into .md/.txt; these must not become drafts.
    assert sorted(p.name for p in CI.iterdir()) == [
        "github-workflow.yml",
        "gitlab-ci.yml",
        "pre-commit-config.yaml",
    ]


def test_pre_commit_snippet_is_a_valid_config_for_this_hook() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(CI / "pre-commit-config.yaml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (repo,) = _load("pre-commit-config.yaml")["repos"]
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in repo["hooks"]] == [hook["id"] for hook in manifest]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"  - repo: {repo['repo']}\n    rev: {repo['rev']}" in readme


def test_github_workflow_shape() -> None:
    workflow = _load("github-workflow.yml")
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as true
    assert workflow["permissions"] == {"contents": "read", "security-events": "write"}
    steps = workflow["jobs"]["align"]["steps"]
    upload = steps[-1]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@v")
    assert upload["with"] == {"sarif_file": "align.sarif", "category": "align"}
    for step in steps:
        # Expressions only in env/with/if, never pasted into a script.
        assert "${{" not in step.get("run", ""), step["name"]
    lint = next(step for step in steps if step.get("name") == "Lint changed drafts")
    # Only what the pull request changed fails it (issue 14).
    assert '--diff "origin/$BASE_REF"' in lint["run"]
    assert lint["env"] == {"BASE_REF": "${{ github.base_ref }}"}


def _pull_request(tmp_path: Path) -> Path:
    """A repository whose feature branch changes two drafts (one failing)
    against origin/main, which already holds a failing draft it does not touch."""
    repo = tmp_path / "site"
    (repo / "posts").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    (repo / "posts" / "old.md").write_text(VANITY, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "checkout", "-q", "-b", "feature")
    (repo / "posts" / "launch, final.md").write_text(VANITY, encoding="utf-8")
    (repo / "posts" / "webinar.md").write_text(GOOD, encoding="utf-8")
    (repo / "notes.py").write_text("followers = 10_000\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "drafts")
    return repo


@pytest.mark.slow
def test_github_workflow_steps_lint_the_changed_drafts(tmp_path: Path) -> None:
    repo = _pull_request(tmp_path)
    summary = tmp_path / "summary.md"
    env = _env(
        BASE_REF="main",
        RUNNER_TEMP=str(tmp_path),
        GITHUB_ACTIONS="true",
        GITHUB_STEP_SUMMARY=str(summary),
    )
    steps = {
        s["name"]: s["run"]
        for s in _load("github-workflow.yml")["jobs"]["align"]["steps"]
        if "run" in s
    }
    assert "pip install" in steps.pop("Install align")

    listed = _bash(steps["List changed drafts"], repo, env)
    assert listed.returncode == 0, listed.stderr

    lint = _bash(steps["Lint changed drafts"], repo, env)
    assert lint.returncode == 1, lint.stderr
    commands = run_log(lint.stdout)
    groups = [c.data for c in commands if c.name == "group"]
    # The log lists the drafts that need a look; the job summary lists them all.
    assert groups == ["posts/launch, final.md: score 50/100 FAIL"]
    assert "| posts/webinar.md | 100/100 |" in summary.read_text(encoding="utf-8")
    vanity = [c for c in commands if c.name == "warning"]
    assert {c.properties["file"] for c in vanity} == {"posts/launch, final.md"}
    assert "| posts/launch, final.md | 50/100 | **FAIL**" in summary.read_text(encoding="utf-8")

    sarif_step = _bash(steps["Write SARIF for code scanning"], repo, env)
    assert sarif_step.returncode == 0, sarif_step.stderr
    sarif = json.loads((repo / "align.sarif").read_text(encoding="utf-8"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"posts/launch,%20final.md"}
    assert sarif_step.stdout.startswith("::stop-commands::")  # the readable report, guarded


@pytest.mark.slow
def test_github_workflow_steps_with_no_changed_drafts(tmp_path: Path) -> None:
    repo = _pull_request(tmp_path)
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")  # nothing changed since base
    env = _env(BASE_REF="main", RUNNER_TEMP=str(tmp_path))
    steps = {
        s["name"]: s["run"]
        for s in _load("github-workflow.yml")["jobs"]["align"]["steps"]
        if "run" in s
    }
    for name in ("List changed drafts", "Lint changed drafts", "Write SARIF for code scanning"):
        result = _bash(steps[name], repo, env)
        assert result.returncode == 0, (name, result.stderr)
    assert not (repo / "align.sarif").exists()


@pytest.mark.slow
def test_gitlab_job_writes_a_junit_report(tmp_path: Path) -> None:
    job = _load("gitlab-ci.yml")["align"]
    assert job["artifacts"] == {"when": "always", "reports": {"junit": "align-junit.xml"}}
    assert any("pip install" in line for line in job["before_script"])
    content = tmp_path / "content"
    content.mkdir()
    (content / "launch.md").write_text(VANITY, encoding="utf-8")
    (content / "webinar.md").write_text(GOOD, encoding="utf-8")
    # GitLab runs the script lines in one shell that stops at the first failure.
    result = _bash("\n".join(job["script"]), tmp_path, _env(CI="true", GITLAB_CI="true"))
    assert result.returncode == 1, result.stderr
    assert re.search(r"^content/launch.md: score 50/100 FAIL", result.stdout, re.MULTILINE)
    root = ET.parse(tmp_path / "align-junit.xml").getroot()
    cases = {c.get("name"): c.find("failure") is not None for c in root.iter("testcase")}
    assert cases == {"content/launch.md": True, "content/webinar.md": False}
