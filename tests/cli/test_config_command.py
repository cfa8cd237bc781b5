"""``align config [PATH]``: the effective settings of a file and where each came from."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli

CONFIG = """\
rules: [pack.yaml]
fail_under: 80
ignore: [jargon]
per_file:
  "drafts/**":
    fail_under: 50
    severity: {hype-word: info}
exclude: [old/]
"""
PACK = """\
rules:
  - {id: team-old-name, category: tone, severity: error, weight: 30, message: old, match: {phrases: [widgetron]}}
"""
DRAFT = """\
---
title: Launch
align:
  fail_on: warning
---
We moved billing to the new system.
"""


def write_tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def settings_of(run_cli: RunCli, *args: str, cwd: Path) -> dict[str, object]:
    result = run_cli("config", "-f", "json", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def sources(data: dict[str, object]) -> dict[str, tuple[object, str]]:
    settings = data["settings"]
    assert isinstance(settings, dict)
    return {key: (entry["value"], entry["source"]) for key, entry in settings.items()}


def test_each_value_names_its_layer(tmp_path: Path, run_cli: RunCli) -> None:
    write_tree(
        tmp_path,
        {
            ".git/HEAD": "x\n",
            "team/.align.yaml": CONFIG,
            "team/pack.yaml": PACK,
            "team/drafts/post.md": DRAFT,
        },
    )
    data = settings_of(run_cli, "team/drafts/post.md", "--ignore", "hype-word", cwd=tmp_path)
    assert (data["path"], data["config_file"]) == ("team/drafts/post.md", "team/.align.yaml")
    assert sources(data) == {
        "model": ("auto", "defaults"),
        "rules": (["team/pack.yaml"], "team/.align.yaml:1"),
        "default_rules": (True, "defaults"),
        "select": (None, "defaults"),
        "ignore": (["jargon", "hype-word"], "team/.align.yaml:3, --ignore"),
        "severity": ({"hype-word": "info"}, 'team/.align.yaml:7 per_file "drafts/**"'),
        "fail_under": (50, 'team/.align.yaml:6 per_file "drafts/**"'),
        "fail_on": ("warning", "team/drafts/post.md:4 front matter"),
        "platform": (None, "defaults"),
        "exclude": (["old/"], "team/.align.yaml:8"),
    }


def test_a_directory_gets_its_config_without_per_file(tmp_path: Path, run_cli: RunCli) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", "team/.align.yaml": CONFIG, "team/pack.yaml": PACK})
    data = settings_of(run_cli, cwd=tmp_path / "team")
    assert (data["path"], data["config_file"]) == (".", ".align.yaml")
    assert sources(data)["fail_under"] == (80, ".align.yaml:2")


def test_text_lists_one_setting_a_line(tmp_path: Path, run_cli: RunCli) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", "pyproject.toml": "[tool.align]\nfail_under = 85\n"})
    (tmp_path / "post.md").write_text("Hello.\n", encoding="utf-8")
    result = run_cli("config", "post.md", "--fail-on", "info", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:3] == ["settings for post.md", "config file: pyproject.toml", ""]
    assert [line.split()[0] for line in lines[3:]] == [
        "model", "rules", "default_rules", "select", "ignore", "severity",
        "fail_under", "fail_on", "platform", "exclude",
    ]  # fmt: skip
    assert lines[3 + 6].split() == ["fail_under", "85", "pyproject.toml:2"]
    assert lines[3 + 7].split() == ["fail_on", "info", "--fail-on"]
    assert lines[3 + 3].split() == ["select", "every", "rule", "defaults"]


def test_config_and_isolated_are_named_as_the_layer(tmp_path: Path, run_cli: RunCli) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", ".align.yaml": "fail_under: 81\n"})
    write_tree(tmp_path, {"other.yaml": "fail_under: 82\n"})
    named = settings_of(run_cli, "--config", "other.yaml", cwd=tmp_path)
    assert named["config_file"] == "other.yaml (--config)"
    assert sources(named)["fail_under"] == (82, "other.yaml:1")
    isolated = settings_of(run_cli, "--isolated", cwd=tmp_path)
    assert isolated["config_file"] == "none (--isolated)"
    assert sources(isolated)["fail_under"] == (70, "defaults")


def test_a_bad_config_is_one_line_and_exit_2(tmp_path: Path, run_cli: RunCli) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", "a/.align.yaml": "fail_under: 50\nselect: [vanty]\n"})
    (tmp_path / "a" / "post.md").write_text("Hello.\n", encoding="utf-8")
    result = run_cli("config", "a/post.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "align: error: a/.align.yaml:2: select: unknown rule or category 'vanty' "
        "(did you mean 'vanity'?)"
    ]
    missing = run_cli("config", "nope.md", cwd=tmp_path)
    assert (missing.returncode, missing.stderr) == (
        2,
        "align: error: nope.md: no such file or directory\n",
    )


def test_bad_front_matter_is_one_line_and_exit_2(tmp_path: Path, run_cli: RunCli) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "post.md").write_text(
        "---\nalign:\n  fail_under: 500\n---\nHi.\n", encoding="utf-8"
    )
    result = run_cli("config", "post.md", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("align: error: post.md:3: align.fail_under")
