"""`align rules`, `explain`, `check-rules`, `init`, and configuration through `align lint`,
run as a user would (subprocess). Small phrase packs on the blank pipeline keep them quick."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import RunCli

from align_lint.rules.loader import load_rule_set
from align_lint.settings.configfile import load_config

PACK = """\
# yaml-language-server: $schema=../schemas/rulepack.schema.json
rules:
  - id: acme-old-name
    category: tone
    severity: warning
    weight: 20
    message: '"{text}" is our old product name; say "Acme Flow"'
    suggestion: Use the current name, Acme Flow.
    description: We renamed the product in 2024.
    match: {phrases: [acme pipes, acmepipes]}
    examples:
      flagged: ["Try Acme Pipes today."]
      passed: ["Try Acme Flow today."]
"""

BLANK = ["--isolated", "--model", "blank", "--no-default-rules"]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---- align rules ----


def test_rules_table_lists_every_rule_with_its_state(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", PACK + "disable: [jargon]\n")
    write(tmp_path / ".align.yaml", "rules: [pack.yaml]\nignore: [tone]\n")
    result = run_cli("rules", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "category", "severity", "weight", "enabled", "pack"]
    rows = {line.split()[0]: line.split() for line in lines[1:-1]}
    assert rows["vanity-metric"] == [
        "vanity-metric",
        "vanity",
        "warning",
        "10",
        "yes",
        "bundled/vanity.yaml",
    ]
    assert rows["hype-word"][4] == "no"  # ignore: [tone]
    assert rows["acme-old-name"][4:] == ["no", "pack.yaml"]
    assert rows["business-outcome"][2:5] == ["-", "-", "context"]
    assert rows["unused-suppression"][1:] == ["platform", "info", "0", "yes", "built-in"]
    assert rows["jargon"][4:] == [
        "off",
        "bundled/tone.yaml",
        "(turned",
        "off",
        "by",
        "pack.yaml:14)",
    ]
    context = sum(row[4] == "context" for row in rows.values())
    assert lines[-1].endswith(f", {context} context rules, 1 turned off")


def test_rules_json_and_command_line_selection(run_cli: RunCli) -> None:
    result = run_cli(
        "rules",
        "--isolated",
        "--format",
        "json",
        "--select",
        "vanity,outcome",
        "--ignore",
        "viral-claim",
    )
    assert result.returncode == 0, result.stderr
    rules = {r["id"]: r for r in json.loads(result.stdout)["rules"]}
    enabled = {rule_id for rule_id, r in rules.items() if r["enabled"]}
    expected = {r.id for r in load_rule_set() if r.report and r.category in ("vanity", "outcome")}
    assert enabled == expected - {"viral-claim"}
    assert "vanity-metric" in enabled and "no-business-outcome" in enabled
    assert rules["business-outcome"] == {
        "id": "business-outcome", "category": "outcome", "severity": None, "weight": 10,
        "enabled": False, "kind": "context", "turned_off": False, "pack": "bundled/outcome.yaml",
    }  # fmt: skip


# ---- align explain ----


def test_explain_shows_what_why_examples_and_suggestion(run_cli: RunCli) -> None:
    result = run_cli("explain", "--isolated", "vanity-metric")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("vanity-metric  (vanity, warning, weight 10)")
    for heading in (
        "Message:",
        "Why it matters:",
        "Suggestion:",
        "How it decides:",
        "Flagged examples",
        "Passed examples",
    ):
        assert f"\n{heading}" in out
    assert "  - We just crossed 10k followers!" in out or "10k followers" in out
    assert (
        "info only when tied to a match (same sentence, or the next one opening with a tie" in out
    )
    assert "connective) of: business-outcome" in out


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("vanity-metrics", "align: error: unknown rule 'vanity-metrics' (did you mean 'vanity-metric'?)"),
        ("hype-wrod", "align: error: unknown rule 'hype-wrod' (did you mean 'hype-word'?)"),
        ("vanity", "align: error: 'vanity' is a category, not a rule; its rules: " + ", ".join(r.id for r in load_rule_set() if r.category == "vanity")),
    ],
)  # fmt: skip
def test_explain_unknown_rule_exits_2_with_a_suggestion(
    run_cli: RunCli, name: str, message: str
) -> None:
    result = run_cli("explain", "--isolated", name)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == message


def test_explain_the_built_in_rule(run_cli: RunCli) -> None:
    result = run_cli("explain", "--isolated", "unused-suppression")
    assert result.returncode == 0
    assert "unused-suppression  (platform, info, weight 0)" in result.stdout
    assert "from built-in" in result.stdout and "RUF100" in result.stdout


# ---- align check-rules ----


def test_check_rules_passes_a_good_pack(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", PACK)
    result = run_cli("check-rules", *BLANK, "pack.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("all hold: 2 examples of 1 rule (pipeline: blank en")


def test_check_rules_names_each_broken_example(run_cli: RunCli, tmp_path: Path) -> None:
    broken = PACK.replace(
        'flagged: ["Try Acme Pipes today."]',
        'flagged: ["Try Acme Pipes today.", "Try AcmePipe today."]',
    ).replace(
        'passed: ["Try Acme Flow today."]',
        'passed: ["Try Acme Flow today.", "Acme Pipes is gone."]',
    )
    write(tmp_path / "pack.yaml", broken)
    result = run_cli("check-rules", *BLANK, "pack.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        'pack.yaml:3: rule acme-old-name: flagged example did not fire: "Try AcmePipe today."',
        'pack.yaml:3: rule acme-old-name: passed example fired (acme-old-name "Acme Pipes"): "Acme Pipes is gone."',
        "2 failed: 4 examples of 1 rule (pipeline: blank en (spaCy 3.8.18))".replace(
            "3.8.18", result.stdout.rsplit("spaCy ", 1)[-1].split(")")[0]
        ),
    ]


def test_check_rules_flags_a_rule_without_flagged_examples(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", PACK.split("    examples:")[0])
    result = run_cli("check-rules", *BLANK, "pack.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "pack.yaml:3: rule acme-old-name: has no flagged example" in result.stdout


def test_check_rules_rejects_an_invalid_pack_with_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", PACK.replace("severity: warning", "severity: loud"))
    result = run_cli("check-rules", *BLANK, "pack.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        "align: error: pack.yaml:5: rule acme-old-name: severity must be one of"
    )


def test_check_rules_on_a_pack_the_config_already_loads(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "rules" / "acme.yaml", PACK)
    write(tmp_path / ".align.yaml", "model: blank\ndefault_rules: false\nrules: [rules/]\n")
    for args in (("check-rules", "rules/"), ("check-rules",)):
        result = run_cli(*args, cwd=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "2 examples of 1 rule " in result.stdout or "of 2 rules" in result.stdout


# ---- align init ----


def test_init_writes_a_config_that_loads_and_refuses_to_overwrite(
    run_cli: RunCli, tmp_path: Path
) -> None:
    result = run_cli("init", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "wrote .align.yaml")
    written = (tmp_path / ".align.yaml").read_text(encoding="utf-8")
    assert written.startswith("# align configuration")
    assert load_config(cwd=tmp_path).sources[0].endswith(".align.yaml")

    (tmp_path / ".align.yaml").write_text("fail_under: 50\n", encoding="utf-8")
    again = run_cli("init", cwd=tmp_path)
    assert again.returncode == 2
    assert (
        again.stderr.strip()
        == "align: error: .align.yaml already exists (use --force to overwrite it)"
    )
    assert (tmp_path / ".align.yaml").read_text(encoding="utf-8") == "fail_under: 50\n"

    forced = run_cli("init", "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert (tmp_path / ".align.yaml").read_text(encoding="utf-8") == written
    # `align lint` accepts what init wrote.
    write(tmp_path / "post.md", "Revenue grew 12% in Q3 after we cut onboarding time.\n")
    linted = run_cli("lint", "--model", "blank", "post.md", cwd=tmp_path)
    assert linted.returncode in (0, 1) and "error" not in linted.stderr, linted.stderr


# ---- configuration through `align lint` ----

CONFIG = "model: blank\ndefault_rules: false\nrules: [pack.yaml]\n"
DRAFT = "Try Acme Pipes today.\n"  # one warning, weight 20: score 80


PRECEDENCE_DRAFTS = {
    # name: (front matter, passed with the config alone, passed with --fail-under 85)
    "posts/plain.md": ("", False, False),  # config file: fail_under 90 > 80
    "posts/lenient.md": (
        "align: {fail_under: 50}\n",
        True,
        False,
    ),  # front matter beats the file; the flag beats both
    "drafts/wip.md": ("", True, False),  # per_file (drafts/**: 40) beats the top level
    "posts/quiet.md": ("align: {ignore: [tone]}\n", True, True),  # nothing reported, score 100
    "posts/strict.md": ("align: {fail_on: warning, fail_under: 10}\n", False, False),
}


def test_precedence_through_the_command(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", PACK)
    write(
        tmp_path / ".align.yaml",
        CONFIG + "fail_under: 90\nper_file: {'drafts/**': {fail_under: 40}}\n",
    )
    for name, (front_matter, _, _) in PRECEDENCE_DRAFTS.items():
        body = f"---\ntitle: x\n{front_matter}---\n{DRAFT}" if front_matter else DRAFT
        write(tmp_path / name, body)
    for flags, column in (([], 1), (["--fail-under", "85"], 2)):
        result = run_cli("lint", "-f", "json", *flags, "posts", "drafts", cwd=tmp_path)
        documents = json.loads(result.stdout)["documents"]
        verdicts = {d["path"]: d["passed"] for d in documents}
        assert verdicts == {name: row[column] for name, row in PRECEDENCE_DRAFTS.items()}, flags
        assert result.returncode == 1


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({".align.yaml": "model: blank\nfail_under: 'high'\n"}, [], 'align: error: .align.yaml:2: fail_under must be a whole number from 0 to 100 (got "high")'),
        ({".align.yaml": "ignore: [vanity-metircs]\n"}, [], "align: error: .align.yaml:1: ignore: unknown rule or category 'vanity-metircs' (did you mean 'vanity-metric'?)"),
        ({"pyproject.toml": "[tool.align]\nmodel = 'blank'\nfial_on = 'warning'\n"}, [], "align: error: pyproject.toml:3: unknown config key 'fial_on' (did you mean 'fail_on'?)"),
        ({}, ["--select", "vanity,tnoe"], "align: error: --select: unknown rule or category 'tnoe' (did you mean 'tone'?)"),
        ({}, ["--config", "missing.yaml"], "align: error: missing.yaml: no such config file"),
        ({".align.yaml": "model: blank\n"}, ["--config", ".align.yaml", "--isolated"], "align: error: --config and --isolated cannot be used together"),
        ({"post.md": "---\nalign:\n  fail_under: 200\n---\nHello.\n"}, ["--model", "blank", "--no-default-rules", "--rules", "pack.yaml"], "align: error: post.md:3: align.fail_under must be a whole number from 0 to 100 (got 200)"),
    ],
)  # fmt: skip
def test_configuration_errors_exit_2_with_file_line_and_key(
    run_cli: RunCli, tmp_path: Path, files: dict[str, str], args: list[str], message: str
) -> None:
    for name, text in files.items():
        write(tmp_path / name, text)
    if "post.md" not in files:
        write(tmp_path / "post.md", "Hello.\n")
    write(tmp_path / "pack.yaml", PACK)
    result = run_cli("lint", *args, "post.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == message
    assert "Traceback" not in result.stderr


def test_exclude_and_gitignore_apply_to_directory_walks_only(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / ".git").mkdir()  # the repository root
    write(tmp_path / ".gitignore", "build/\n*.bak.md\n")
    write(tmp_path / "posts" / ".gitignore", "private.md\n!keep.bak.md\n")
    write(tmp_path / ".align.yaml", "model: blank\nexclude: [archive/, '*.skip.md']\n")
    for name in (
        "posts/a.md", "posts/private.md", "posts/old.bak.md", "posts/keep.bak.md",
        "posts/b.skip.md", "posts/archive/c.md", "archive/d.md", "build/e.md", "f.txt",
    ):  # fmt: skip
        write(tmp_path / name, "Revenue grew 12% in Q3.\n")
    result = run_cli("lint", "-f", "json", ".", cwd=tmp_path)
    paths = [d["path"] for d in json.loads(result.stdout)["documents"]]
    assert paths == ["f.txt", "posts/a.md", "posts/keep.bak.md"]
    # A file named on the command line is linted even when excluded or ignored.
    named = run_cli("lint", "-f", "json", "archive/d.md", "build/e.md", cwd=tmp_path)
    assert [d["path"] for d in json.loads(named.stdout)["documents"]] == [
        "archive/d.md",
        "build/e.md",
    ]


def test_inline_suppression_from_the_command(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", PACK)
    write(tmp_path / ".align.yaml", CONFIG)
    write(
        tmp_path / "post.md",
        "<!-- align-disable-next-line acme-old-name -->\nTry Acme Pipes today.\n\n"
        "<!-- align-disable-next-line acme-old-nam -->\nAll good.\n",
    )
    result = run_cli("lint", "-f", "text", "post.md", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == (
        "post.md:4:1: info unused-suppression unused suppression: unknown rule or category "
        "'acme-old-nam' (did you mean 'acme-old-name'?)"
    )
    assert "post.md: score 100/100 pass" in result.stdout
