"""``align check-rules`` names every mistake of a broken pack (issue 12 item 6):
each as ``file:line: message`` with a spelling suggestion for a wrong key or
value, then a count, exit 2. ``align lint`` says the first and how many more."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import RunCli

from align_lint.errors import RuleError
from align_lint.rules.loader import load_rule_set

BLANK = ["--isolated", "--model", "blank", "--no-default-rules"]

RULE = """\
  - id: {id}
    category: tone
    severity: warning
    weight: 10
    message: '"{{text}}" is jargon'
    match: {{phrases: [{phrase}]}}
    examples: {{flagged: ["We {phrase} it."], passed: ["We did it."]}}
"""

BROKEN = """\
rules:
  - id: acme-hype
    category: tone
    severity: warn
    weight: 5
    mesage: '"{text}" is hype'
    match: {phrases: [synergy]}
  - id: acme-reach
    category: vanityy
    severity: warning
    weight: 500
    message: '"{text}" is reach'
    match:
      phrase: [impressions]
"""

BROKEN_LINES = [
    "pack.yaml:4: rule acme-hype: severity must be one of error, warning, info "
    "(got \"warn\"; did you mean 'warning'?)",
    "pack.yaml:6: rule acme-hype: unknown rule key 'mesage' (did you mean 'message'?)",
    "pack.yaml:9: rule acme-reach: category must be one of vanity, outcome, evidence, focus, "
    "tone, platform (got \"vanityy\"; did you mean 'vanity'?)",
    "pack.yaml:11: rule acme-reach: weight must be a whole number from 0 to 100 (got 500)",
    "pack.yaml:14: rule acme-reach: unknown rule key 'match.phrase' (did you mean 'phrases'?)",
]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(run_cli: RunCli, tmp_path: Path, *packs: str) -> list[str]:
    result = run_cli("check-rules", *BLANK, *packs, cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert all(line.startswith("align: error: ") for line in lines)
    return [line.removeprefix("align: error: ") for line in lines]


def test_check_rules_names_every_mistake_of_a_pack(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "pack.yaml", BROKEN)
    assert errors_of(run_cli, tmp_path, "pack.yaml") == [
        *BROKEN_LINES,
        "5 errors in rule packs: they do not load",
    ]


def test_check_rules_names_the_mistakes_of_every_pack(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "rules:\n" + RULE.format(id="a-one", phrase="leverage"))
    write(tmp_path / "b.yaml", "rules:\n" + RULE.format(id="b-one", phrase="x").replace("10", "-1"))
    write(tmp_path / "c.yaml", "rulez: []\n")
    assert errors_of(run_cli, tmp_path, "a.yaml", "b.yaml", "c.yaml") == [
        "b.yaml:5: rule b-one: weight must be a whole number from 0 to 100 (got -1)",
        "c.yaml:1: unknown pack key 'rulez' (did you mean 'rules'?)",
        "2 errors in rule packs: they do not load",
    ]


def test_check_rules_names_every_mistake_between_rules(run_cli: RunCli, tmp_path: Path) -> None:
    pack = (
        "rules:\n"
        + RULE.format(id="acme-one", phrase="leverage")
        + RULE.format(id="acme-one", phrase="synergy")
        + RULE.format(id="acme-two", phrase="paradigm").replace(
            "match: {phrases: [paradigm]}", "match: {rules: [acme-on]}"
        )
        + RULE.format(id="acme-three", phrase="pivot").replace(
            "weight: 10", "weight: 10\n    when: [tonee]"
        )
    )
    write(tmp_path / "pack.yaml", pack)
    assert errors_of(run_cli, tmp_path, "pack.yaml") == [
        "pack.yaml:9: duplicate rule id 'acme-one' (first defined at pack.yaml:2)",
        "pack.yaml:16: rule acme-two: unknown rule or category 'acme-on' (did you mean 'acme-one'?)",
        "pack.yaml:23: rule acme-three: unknown rule or category 'tonee' (did you mean 'tone'?)",
        "3 errors in rule packs: they do not load",
    ]


def test_a_misspelt_required_key_is_one_mistake_not_two(tmp_path: Path) -> None:
    pack = write(tmp_path / "pack.yaml", BROKEN.split("  - id: acme-reach")[0])
    with pytest.raises(RuleError) as error:
        load_rule_set([str(pack)], default_rules=False)
    assert not any("message is required" in problem for problem in error.value.problems)


def test_lint_with_a_broken_pack_says_the_first_mistake_and_how_many_more(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "pack.yaml", BROKEN)
    write(tmp_path / "post.md", "Hello.\n")
    result = run_cli("lint", *BLANK, "--rules", "pack.yaml", "post.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"align: error: {BROKEN_LINES[1]} (and 4 more errors; 'align check-rules' lists them all)\n"
    )


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("severity: warning", "severity: eror"),
            "severity must be one of error, warning, info (got \"eror\"; did you mean 'error'?)",
        ),
        (("category: tone", "category: tones"), "did you mean 'tone'?"),
        (
            ("category: tone", "category: sales"),
            'category must be one of vanity, outcome, evidence, focus, tone, platform (got "sales")',
        ),
        (("weight: 10", "wieght: 10"), "unknown rule key 'wieght' (did you mean 'weight'?)"),
        (
            ("match: {phrases", "match: {phrase"),
            "unknown rule key 'match.phrase' (did you mean 'phrases'?)",
        ),
        (
            ("examples: {flagged", "examples: {flaged"),
            "unknown rule key 'examples.flaged' (did you mean 'flagged'?)",
        ),
    ],
)
def test_wrong_keys_and_values_get_a_spelling_suggestion(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    pack = write(
        tmp_path / "pack.yaml", "rules:\n" + RULE.format(id="x", phrase="y").replace(*edit)
    )
    with pytest.raises(RuleError) as error:
        load_rule_set([str(pack)], default_rules=False)
    assert len(error.value.problems) == 1
    assert message in error.value.problems[0]


@pytest.mark.parametrize(
    ("rules", "summary"),
    [
        ([("one", "a")], "all hold: 2 examples of 1 rule "),
        ([("one", "a"), ("two", "b")], "all hold: 4 examples of 2 rules "),
    ],
)
def test_check_rules_counts_in_plain_plurals(
    run_cli: RunCli, tmp_path: Path, rules: list[tuple[str, str]], summary: str
) -> None:
    text = "rules:\n" + "".join(RULE.format(id=i, phrase=p) for i, p in rules)
    write(tmp_path / "pack.yaml", text)
    result = run_cli("check-rules", *BLANK, "pack.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(summary)


def test_one_example_of_one_rule(run_cli: RunCli, tmp_path: Path) -> None:
    write(
        tmp_path / "pack.yaml",
        "rules:\n" + RULE.format(id="x", phrase="y").replace(', passed: ["We did it."]', ""),
    )
    result = run_cli("check-rules", *BLANK, "pack.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("all hold: 1 example of 1 rule ")
