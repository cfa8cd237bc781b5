"""The nearest config per file (issue 12 item 3): each file uses the closest
``.align.yaml`` / ``pyproject.toml [tool.align]`` above it, up to the
repository root; ``--config`` names one for all; ``--isolated`` ignores them.
A nested config is complete (no merging onto its parent)."""

from __future__ import annotations

import json
import os
import shutil
from contextlib import chdir
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, ROOT, RunCli

from align_lint.errors import ConfigError
from align_lint.report.records import FailOn
from align_lint.settings import configfile, nearest
from align_lint.settings.config import COMMAND_LINE, Layer
from align_lint.settings.nearest import CommandLine, NearestConfigs
from align_lint.settings.selection import load_catalog, resolve

TREE = {
    ".git/HEAD": "ref: refs/heads/main\n",
    ".align.yaml": 'fail_under: 80\nper_file:\n  "blog/**": {fail_on: warning}\n',
    "a.md": "x\n",
    "blog/b.md": "x\n",
    # A nested config is complete: the root's per_file no longer applies under it.
    "blog/team/.align.yaml": 'fail_under: 60\nper_file:\n  "drafts/**": {fail_under: 40}\n',
    "blog/team/c.md": "x\n",
    "blog/team/drafts/d.md": "x\n",
    "tool/pyproject.toml": "[tool.align]\nfail_under = 90\n",
    "tool/e.md": "x\n",
    "plain/f.md": "x\n",  # no config of its own: the root's
    "other/pyproject.toml": "[project]\nname = 'x'\n",  # no [tool.align]: not a config
    "other/g.md": "x\n",
}

ERROR, WARNING = FailOn.ERROR, FailOn.WARNING
# file -> (fail_under, fail_on) for: nearest, --config tool/pyproject.toml,
# --isolated, and nearest with --fail-under 55 on the command line.
EXPECTED = {
    "a.md": [(80, ERROR), (90, ERROR), (70, ERROR), (55, ERROR)],
    "blog/b.md": [(80, WARNING), (90, ERROR), (70, ERROR), (55, WARNING)],
    "blog/team/c.md": [(60, ERROR), (90, ERROR), (70, ERROR), (55, ERROR)],
    "blog/team/drafts/d.md": [(40, ERROR), (90, ERROR), (70, ERROR), (55, ERROR)],
    "tool/e.md": [(90, ERROR), (90, ERROR), (70, ERROR), (55, ERROR)],
    "plain/f.md": [(80, ERROR), (90, ERROR), (70, ERROR), (55, ERROR)],
    "other/g.md": [(80, ERROR), (90, ERROR), (70, ERROR), (55, ERROR)],
}
FLAG_55 = CommandLine(layer=Layer(source=COMMAND_LINE, fail_under=55))
MODES = {
    "nearest": {},
    "--config": {"config_file": "tool/pyproject.toml"},
    "--isolated": {"isolated": True},
    "--fail-under 55": {"command_line": FLAG_55},
}


def write_tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("cwd", [".", "blog/team"])
@pytest.mark.parametrize("mode", range(len(MODES)), ids=list(MODES))
def test_each_file_gets_its_nearest_config(tmp_path: Path, mode: int, cwd: str) -> None:
    write_tree(tmp_path, TREE)
    options = list(MODES.values())[mode]
    config_file = options.get("config_file")
    with chdir(tmp_path / cwd):
        configs = NearestConfigs(
            options.get("command_line"),  # type: ignore[arg-type]
            config_file=tmp_path / config_file if config_file else None,
            isolated=bool(options.get("isolated")),
        )
        catalog = load_catalog(configs.run_config)
        found = {}
        for name in EXPECTED:
            source = os.path.relpath(tmp_path / name)  # as the walk names it
            settings = resolve(configs.for_file(source).layers_for(source), catalog)
            found[name] = (settings.fail_under, settings.fail_on)
    # The same verdicts wherever align runs from.
    assert found == {name: expected[mode] for name, expected in EXPECTED.items()}


def test_the_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    write_tree(tmp_path, {".align.yaml": "fail_under: 99\n", "repo/.git": "gitdir: x\n"})
    (tmp_path / "repo" / "post.md").write_text("x\n", encoding="utf-8")
    configs = NearestConfigs(cwd=tmp_path / "repo")
    assert configs.file_for(tmp_path / "repo" / "post.md") is None
    assert configs.for_file(tmp_path / "repo" / "post.md").fail_under == 70
    # Outside the repository the same config is found as before.
    assert configs.file_for(tmp_path / "post.md") == tmp_path / ".align.yaml"


def test_discovery_looks_in_each_directory_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", "a/.align.yaml": "fail_under: 50\n"})
    names = [f"{folder}/p{i}.md" for folder in ("a/x", "a/y", "b") for i in range(700)]
    looked: list[Path] = []
    real = configfile.config_file_in

    def counted(directory: Path) -> Path | None:
        looked.append(directory)
        return real(directory)

    monkeypatch.setattr(nearest, "config_file_in", counted)
    configs = NearestConfigs(cwd=tmp_path)
    read_before = len(looked)
    for name in names:
        configs.for_file(tmp_path / name)
    # a/x, a/y, a (once, for both), b: never once per file.
    assert len(looked) - read_before == 4
    assert len(looked) == len(set(looked))


def test_a_nested_config_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", "a/.align.yaml": "fail_under: 50\n"})
    reads: list[Path] = []
    real = configfile.read_config_file
    monkeypatch.setattr(nearest, "read_config_file", lambda p: reads.append(p) or real(p))
    configs = NearestConfigs(cwd=tmp_path)
    first = configs.for_file(tmp_path / "a/x/1.md")
    assert configs.for_file(tmp_path / "a/y/2.md") is first
    assert reads == [tmp_path / "a/.align.yaml"]


def test_a_broken_nested_config_names_its_file_and_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", "a/.align.yaml": "fail_under: 50\nfail_undr: 3\n"})
    configs = NearestConfigs(cwd=tmp_path)
    with pytest.raises(ConfigError, match=r"a/\.align\.yaml:2: unknown config key 'fail_undr'"):
        configs.for_file(tmp_path / "a/post.md")


# ---- through align lint ----

PACK = """\
rules:
  - id: team-old-name
    category: tone
    severity: error
    weight: 30
    message: '"{text}" is the old name'
    match: {phrases: [widgetron]}
"""
DRAFT = "We moved Widgetron to the new billing system for our customers.\n"


def lint_json(run_cli: RunCli, *args: str, cwd: Path) -> dict[str, dict[str, object]]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return {d["path"]: d for d in json.loads(result.stdout)["documents"]}


def test_a_nested_rule_pack_applies_beneath_its_config_only(
    tmp_path: Path, run_cli: RunCli
) -> None:
    write_tree(
        tmp_path,
        {
            ".git/HEAD": "x\n",
            "top.md": DRAFT,
            "team/.align.yaml": "rules: [pack.yaml]\n",
            "team/pack.yaml": PACK,
            "team/post.md": DRAFT,
        },
    )
    documents = lint_json(run_cli, ".", cwd=tmp_path)
    rules = {path: [f["rule"] for f in d["findings"]] for path, d in documents.items()}  # type: ignore[attr-defined]
    assert rules == {"team/post.md": ["team-old-name"], "top.md": []}
    assert (documents["team/post.md"]["passed"], documents["top.md"]["passed"]) == (False, True)
    # The report describes the nested pack's rule (SARIF needs it).
    sarif = run_cli("lint", "--no-cache", "-f", "sarif", ".", cwd=tmp_path)
    described = [r["id"] for r in json.loads(sarif.stdout)["runs"][0]["tool"]["driver"]["rules"]]
    assert "team-old-name" in described


def test_a_nested_exclude_applies_to_walks_beneath_it(tmp_path: Path, run_cli: RunCli) -> None:
    write_tree(
        tmp_path,
        {
            ".git/HEAD": "x\n",
            "old/kept.md": DRAFT,  # the nested exclude is relative to its own directory
            "team/.align.yaml": "exclude: [old/]\n",
            "team/old/gone.md": DRAFT,
            "team/new.md": DRAFT,
        },
    )
    assert sorted(lint_json(run_cli, ".", cwd=tmp_path)) == ["old/kept.md", "team/new.md"]
    assert sorted(lint_json(run_cli, ".", cwd=tmp_path / "team")) == ["new.md"]


def test_a_nested_config_may_not_choose_another_model(tmp_path: Path, run_cli: RunCli) -> None:
    write_tree(
        tmp_path,
        {
            ".git/HEAD": "x\n",
            "top.md": DRAFT,
            "team/.align.yaml": "fail_under: 50\nmodel: blank\n",
            "team/post.md": DRAFT,
        },
    )
    result = run_cli("lint", "--no-cache", "-f", "json", ".", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "align: error: team/.align.yaml:2: model 'blank' differs from 'auto' (the defaults), "
        "used by other files of this run; one run loads one spaCy pipeline (set model in one "
        "config, or pass --model)"
    ]
    # --model decides for every file; and alone, the nested config's model is the run's.
    assert run_cli("lint", "--no-cache", "--model", "blank", ".", cwd=tmp_path).returncode != 2
    assert run_cli("lint", "--no-cache", "team", cwd=tmp_path).returncode != 2


def test_a_broken_nested_config_stops_the_run_with_one_line(
    tmp_path: Path, run_cli: RunCli
) -> None:
    write_tree(
        tmp_path,
        {".git/HEAD": "x\n", "top.md": DRAFT, "team/.align.yaml": "ignore: [hype-wrd]\n"},
    )
    (tmp_path / "team" / "post.md").write_text(DRAFT, encoding="utf-8")
    result = run_cli("lint", "--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "align: error: team/.align.yaml:1: ignore: unknown rule or category 'hype-wrd' "
        "(did you mean 'hype-word'?)"
    ]


def test_named_files_and_stdin_use_their_nearest_config(tmp_path: Path, run_cli: RunCli) -> None:
    """pre-commit runs from the root and passes file names."""
    write_tree(
        tmp_path,
        {
            ".git/HEAD": "x\n",
            "team/.align.yaml": "rules: [pack.yaml]\n",
            "team/pack.yaml": PACK,
            "team/post.md": DRAFT,
        },
    )
    assert lint_json(run_cli, "team/post.md", cwd=tmp_path)["team/post.md"]["passed"] is False
    result = run_cli(
        "lint", "--no-cache", "-f", "json", "--stdin-filename", "team/new.md", "-",
        stdin=DRAFT, cwd=tmp_path,
    )  # fmt: skip
    assert [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]] == [
        "team-old-name"
    ]


def test_the_custom_example_agrees_from_the_root_and_from_its_directory(run_cli: RunCli) -> None:
    custom = EXAMPLES / "custom"
    from_root = lint_json(run_cli, "examples/custom", cwd=ROOT)
    from_inside = lint_json(run_cli, ".", cwd=custom)
    prefix = custom.relative_to(ROOT).as_posix() + "/"

    def verdicts(documents: dict[str, dict[str, object]], strip: str = "") -> dict[str, object]:
        return {
            path.removeprefix(strip): (d["score"], d["passed"], [f["rule"] for f in d["findings"]])  # type: ignore[attr-defined]
            for path, d in documents.items()
        }

    assert verdicts(from_root, prefix) == verdicts(from_inside)
    assert "archive/recap.md" not in verdicts(from_inside)  # its exclude, from the root too
    # The old name in the title (front-matter copy) and in the heading.
    assert verdicts(from_inside)["posts/product-update.md"] == (
        70,
        False,
        ["acme-old-product-name", "acme-old-product-name"],
    )


def test_a_cached_result_is_not_reused_under_another_config(
    tmp_path: Path, run_cli: RunCli
) -> None:
    write_tree(tmp_path, {".git/HEAD": "x\n", "team/post.md": DRAFT})
    cache = ["--cache-dir", str(tmp_path / "cache"), "-f", "json", "."]
    first = json.loads(run_cli("lint", *cache, cwd=tmp_path).stdout)["documents"][0]
    assert first["findings"] == []
    write_tree(tmp_path, {"team/.align.yaml": "rules: [pack.yaml]\n", "team/pack.yaml": PACK})
    second = json.loads(run_cli("lint", *cache, cwd=tmp_path).stdout)["documents"][0]
    assert [f["rule"] for f in second["findings"]] == ["team-old-name"]
    # A nested config's threshold changes the verdict of the same bytes too.
    (tmp_path / "team/.align.yaml").write_text(
        "rules: [pack.yaml]\nfail_under: 0\nfail_on: never\n"
    )
    third = json.loads(run_cli("lint", *cache, cwd=tmp_path).stdout)["documents"][0]
    assert (second["passed"], third["passed"]) == (False, True)
    shutil.rmtree(tmp_path / "cache")


def test_workers_lint_nested_packs_as_one_process_does(tmp_path: Path) -> None:
    from align_lint.report.formatters.json_ import report_to_dict
    from align_lint.run.linter import Linter
    from align_lint.run.workers import PARALLEL_FROM

    files = {".git/HEAD": "x\n", "team/.align.yaml": "rules: [pack.yaml]\n", "team/pack.yaml": PACK}
    for index in range(PARALLEL_FROM // 2 + 4):
        files[f"a{index:02}.md"] = DRAFT
        files[f"team/t{index:02}.md"] = DRAFT
    write_tree(tmp_path, files)
    with chdir(tmp_path):
        one, two = (
            report_to_dict(Linter(configs=NearestConfigs()).lint_paths(["."], jobs=jobs))
            for jobs in (1, 2)
        )
    assert one == two
    flagged = {d["path"] for d in one["documents"] if d["findings"]}  # type: ignore[attr-defined]
    assert flagged == {f"team/t{index:02}.md" for index in range(PARALLEL_FROM // 2 + 4)}
