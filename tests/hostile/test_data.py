"""Hostile YAML/TOML in front matter, configs and rule packs, and pathological
rule packs (issue 11, items 1, 5, 7 and 9).

Each case is a few files written at test time and the first line a user must
see. The default run checks them in this process (``run_cli``: fast, and an
uncaught exception fails the test); the ``slow`` run repeats them as CI would
run align, in a child process with a time and an address-space limit
(``harness.run_align``), so a hang or a memory blow-up fails instead of the
machine.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import RunCli
from tests.hostile.harness import assert_one_line_error, run_align

POST = "We grew revenue 20% this quarter.\n"

# "Billion laughs": each line is nine of the one before, so the last stands for
# 9**9 strings in a few hundred bytes.
ALIAS_LAYERS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)
HUGE_INTEGER = "9" * 5000


def pack(tokens: str, *, rule_id: str = "hostile", extra: str = "") -> str:
    """A one-rule pack whose one token pattern is ``tokens`` (YAML flow), on line 8."""
    return (
        "rules:\n"
        f"  - id: {rule_id}\n"
        "    category: vanity\n"
        "    severity: warning\n"
        "    message: '\"{text}\" is hostile'\n"
        "    match:\n"
        "      patterns:\n"
        f"        - {tokens}\n"
        f"{extra}"
        "    examples:\n"
        "      flagged: [We reached 5 people.]\n"
        "      passed: [Nothing here.]\n"
    )


@dataclass(frozen=True)
class Case:
    """Files to write, the command to run in their directory, and how the first
    stderr line must start (after ``align: error: ``)."""

    name: str
    files: dict[str, str | bytes]
    args: tuple[str, ...]
    first_line: str
    timeout: float = 60

    @property
    def command(self) -> tuple[str, ...]:
        # A result cache would answer a second run without reading anything.
        return (*self.args, "--no-cache") if self.args[0] == "lint" else self.args


def _aliases_in_a_list(key: str) -> str:
    """A config whose ``key`` lists every layer of the alias bomb."""
    layers = ", ".join(f"&{line.split(': &')[1]}" for line in ALIAS_LAYERS.splitlines())
    return f"{key}: [{layers}]\n"


CASES = [
    # Item 5: aliases that expand without limit are refused where they are loaded.
    Case(
        "alias-bomb-front-matter",
        {"post.md": f"---\n{ALIAS_LAYERS}align: {{ignore: *i}}\n---\n{POST}"},
        ("lint", "post.md"),
        "post.md:2: front matter is not valid YAML: aliases expand to more than 100,000 nodes",
    ),
    Case(
        "alias-bomb-config-exclude",
        {
            ".align.yaml": _aliases_in_a_list("exclude"),
            "post.md": POST,
        },
        ("lint", "post.md"),
        ".align.yaml:1: invalid YAML: aliases expand to more than 100,000 nodes",
    ),
    Case(
        "alias-bomb-config-ignore",
        {
            ".align.yaml": _aliases_in_a_list("ignore"),
            "post.md": POST,
        },
        ("lint", "post.md"),
        ".align.yaml:1: invalid YAML: aliases expand to more than 100,000 nodes",
    ),
    Case(
        "alias-bomb-pack",
        {
            "pack.yaml": ALIAS_LAYERS.replace("a: &a", "x-a: &a", 1) + pack("[{LOWER: {IN: *i}}]"),
            "post.md": POST,
        },
        ("check-rules", "pack.yaml"),
        "pack.yaml:1: invalid YAML: aliases expand to more than 100,000 nodes",
    ),
    Case(
        "alias-to-itself-front-matter",
        {"post.md": f"---\nx: &x {{y: *x}}\nalign: {{ignore: *x}}\n---\n{POST}"},
        ("lint", "post.md"),
        "post.md:2: front matter is not valid YAML: an alias refers to a node that contains it",
    ),
    # Item 7: an integer longer than Python converts; TOML nested 5,000 deep.
    Case(
        "huge-integer-front-matter",
        {"post.md": f"---\ntitle: x\nweight: {HUGE_INTEGER}\n---\n{POST}"},
        ("lint", "post.md"),
        "post.md:3: front matter is not valid YAML: an integer of more than 4300 digits",
    ),
    Case(
        "huge-integer-toml-front-matter",
        {"post.md": f"+++\ntitle = 'x'\nweight = {HUGE_INTEGER}\n+++\n{POST}"},
        ("lint", "post.md"),
        "post.md:3: front matter is not valid TOML: an integer of more than 4300 digits",
    ),
    Case(
        "huge-integer-config",
        {".align.yaml": f"fail_under: {HUGE_INTEGER}\n", "post.md": POST},
        ("lint", "post.md"),
        ".align.yaml:1: invalid YAML: an integer of more than 4300 digits",
    ),
    Case(
        "huge-integer-pyproject",
        {"pyproject.toml": f"[tool.align]\nfail_under = {HUGE_INTEGER}\n", "post.md": POST},
        ("lint", "post.md"),
        "pyproject.toml:2: invalid TOML: an integer of more than 4300 digits",
    ),
    Case(
        "huge-integer-pack",
        {"pack.yaml": pack("[{LOWER: people}]", extra=f"    weight: {HUGE_INTEGER}\n")},
        ("check-rules", "pack.yaml"),
        "pack.yaml:9: invalid YAML: an integer of more than 4300 digits",
    ),
    Case(
        "toml-arrays-5000-deep-front-matter",
        {"post.md": "+++\nx = " + "[" * 5000 + "]" * 5000 + f"\n+++\n{POST}"},
        ("lint", "post.md"),
        "post.md: front matter is not valid TOML: nested more than 64 levels deep",
    ),
    Case(
        "toml-tables-5000-deep-pyproject",
        {
            "pyproject.toml": "[tool.align]\nx = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
            "post.md": POST,
        },
        ("lint", "post.md"),
        "pyproject.toml: invalid TOML: nested more than 64 levels deep",
    ),
    Case(
        "yaml-lists-100-deep-config",
        {".align.yaml": "ignore: " + "[" * 100 + "]" * 100 + "\n", "post.md": POST},
        ("lint", "post.md"),
        ".align.yaml:1: invalid YAML: nested more than 64 levels deep",
    ),
    # Item 7: an invalid REGEX in a pack.
    Case(
        "invalid-regex-pack",
        {"pack.yaml": pack("[{TEXT: {REGEX: '(ab'}}]")},
        ("check-rules", "pack.yaml"),
        "pack.yaml:8: rule hostile: match.patterns[0]: token 0: invalid REGEX '(ab': "
        "missing ), unterminated subpattern at position 0",
    ),
    # Item 9: pathological patterns are refused by the loader, at their line.
    Case(
        "catastrophic-regex-pack",
        {
            "pack.yaml": pack("[{TEXT: {REGEX: '^(a+)+$'}}]"),
            "post.md": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n",
        },
        ("lint", "--rules", "pack.yaml", "post.md"),
        "pack.yaml:8: rule hostile: match.patterns[0]: token 0: REGEX '^(a+)+$' repeats a group",
    ),
    Case(
        "twelve-stars-pack",
        {
            "pack.yaml": pack("[" + ", ".join(["{LIKE_NUM: true, OP: '*'}"] * 12) + "]"),
            "post.md": "We reached " + " ".join(["million"] * 300) + " people.\n",
        },
        ("lint", "--rules", "pack.yaml", "post.md"),
        "pack.yaml:8: rule hostile: match.patterns[0]: 12 tokens with OP '*', '+' or '{n,}'",
    ),
    Case(
        "huge-range-pack",
        {"pack.yaml": pack("[{LIKE_NUM: true, OP: '{0,100000}'}, {LOWER: people}]")},
        ("check-rules", "pack.yaml"),
        "pack.yaml:8: rule hostile: match.patterns[0]: token 0: OP '{0,100000}' repeats a token",
    ),
    Case(
        "shared-stars-with-context-pack",
        {
            "pack.yaml": pack(
                "[{LIKE_NUM: true, OP: '*'}, {LIKE_NUM: true, OP: '*'}, "
                "{LIKE_NUM: true, OP: '*'}, {LOWER: people, CONTEXT: true}]"
            ),
            "post.md": "We reached about $5 " + " ".join(["million"] * 300) + " people.\n",
        },
        ("lint", "--rules", "pack.yaml", "post.md"),
        "pack.yaml:8: rule hostile: match.patterns[0]: tokens 0 and 1 both repeat without bound",
    ),
    # Item 9: a [tool.align] align cannot decode is an error, not "no config".
    Case(
        "pyproject-not-utf8",
        {"pyproject.toml": b"[tool.align]\n# caf\xe9\nfail_under = 90\n", "post.md": POST},
        ("lint", "post.md"),
        "pyproject.toml: not valid UTF-8 (TOML must be UTF-8)",
    ),
]


def _write(directory: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_data_is_one_line_and_exit_2(case: Case, run_cli: RunCli, tmp_path: Path) -> None:
    _write(tmp_path, case.files)
    result = run_cli(*case.command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines()[0].startswith(f"align: error: {case.first_line}"), (
        result.stderr
    )


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_data_in_a_process_with_limits(case: Case, tmp_path: Path) -> None:
    _write(tmp_path, case.files)
    outcome = run_align(*case.command, cwd=tmp_path, timeout=case.timeout, memory_mb=2048)
    assert_one_line_error(outcome, exit_code=2, mentions=case.first_line)


def test_an_unreadable_pyproject_is_an_error_not_no_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, which reads any file: the refusal is simulated.
    from align_lint.errors import ConfigError
    from align_lint.settings.configfile import find_config_file

    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[tool.align]\nfail_under = 90\n", encoding="utf-8")
    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == "pyproject.toml":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ConfigError, match=r"pyproject\.toml: cannot read \(Permission denied\)"):
        find_config_file(tmp_path)


# ---- configs and packs are read bounded (per-file config: a pull request's own) ----


def _nested_config(tmp_path: Path, name: str) -> Path:
    """A repository whose content/ folder has its own config file ``name``."""
    (tmp_path / ".git").mkdir()
    content = tmp_path / "content"
    content.mkdir()
    (content / "post.md").write_text("We crossed 10k followers this week.\n", encoding="utf-8")
    return content / name


@pytest.mark.parametrize("name", [".align.yaml", "pyproject.toml"])
def test_a_nested_config_without_an_end_is_refused_after_the_cap(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # A committed link to a /proc file that reads without end (/proc/self/pagemap:
    # 256 GB) was read whole by the nearest-config lookup; a file over the cap
    # stands in for it here (the sandbox's /proc is not Linux's).
    from align_lint.datafiles import lines

    monkeypatch.setattr(lines, "MAX_DATA_FILE_BYTES", 2**20)  # the bundled files are smaller
    config = _nested_config(tmp_path, name)
    config.write_text("[tool.align]\n" + "# align\n" * 2**18, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--model", "blank", "content", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"content/{name}: larger than 1 MB, not read" in result.stderr


def test_a_rule_pack_over_the_cap_is_one_line(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from align_lint.datafiles import lines

    monkeypatch.setattr(lines, "MAX_DATA_FILE_BYTES", 2**20)
    (tmp_path / "pack.yaml").write_text(many_rules(2) + "# padding\n" * 2**17, encoding="utf-8")
    result = run_cli("check-rules", "pack.yaml", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("align: error: pack.yaml: larger than 1 MB, not read")


def test_a_data_file_swapped_for_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    # The walk and the loader check before the read; the read checks again on
    # the open descriptor, so a swap in between cannot block the run.
    from align_lint.datafiles.lines import read_yaml_file
    from align_lint.errors import ConfigError

    fifo = tmp_path / ".align.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match=r"\.align\.yaml: not a regular file"):
        read_yaml_file(fifo, ".align.yaml", ConfigError)


# ---- check-rules is linear in the number of rules (item 9) ----

BLANK = ("--isolated", "--model", "blank", "--no-default-rules")


def many_rules(count: int) -> str:
    """A pack of ``count`` independent phrase rules, each with two examples."""
    return "rules:\n" + "".join(
        f"  - id: r{i}\n"
        "    category: tone\n"
        "    severity: warning\n"
        f"    message: '\"{{text}}\" is word {i}'\n"
        f"    match: {{phrases: [zqword{i}]}}\n"
        f"    examples: {{flagged: [We said zqword{i} today.], passed: [We said nothing.]}}\n"
        for i in range(count)
    )


def test_check_rules_judges_an_example_with_the_rules_it_names(
    run_cli: RunCli, tmp_path: Path
) -> None:
    # Each example is judged with only the rules its rule depends on; an
    # unless (and what that reuses) must still be among them.
    (tmp_path / "pack.yaml").write_text(
        "rules:\n"
        "  - id: shout\n"
        "    category: tone\n"
        "    severity: warning\n"
        "    message: '\"{text}\" shouts'\n"
        "    match: {phrases: [huge]}\n"
        "    unless: [quiet]\n"
        "    examples: {flagged: [A huge day.], passed: [A huge day and softly said.]}\n"
        "  - id: quiet\n"
        "    category: tone\n"
        "    report: false\n"
        "    match: {rules: [softly]}\n"
        "  - id: softly\n"
        "    category: tone\n"
        "    report: false\n"
        "    match: {phrases: [softly]}\n"
        "    examples: {flagged: [Said softly.]}\n",
        encoding="utf-8",
    )
    result = run_cli("check-rules", *BLANK, "pack.yaml", cwd=tmp_path)
    # The passed example holds only if quiet (through softly) cancels shout.
    assert result.returncode == 0, result.stdout
    assert "all hold: 3 examples of 3 rules" in result.stdout


@pytest.mark.slow
def test_check_rules_on_3000_rules_is_linear(tmp_path: Path) -> None:
    # Quadratic, 3,000 rules took about 15 minutes (2,000: 400 s); linear, about a minute.
    (tmp_path / "pack.yaml").write_text(many_rules(3000), encoding="utf-8")
    outcome = run_align("check-rules", *BLANK, "pack.yaml", cwd=tmp_path, timeout=200)
    assert outcome.exit == 0, outcome.stderr[-2000:]
    assert "all hold: 6000 examples of 3000 rules" in outcome.stdout


@pytest.mark.slow
def test_check_rules_on_the_bundled_pack_named_by_its_directory() -> None:
    # rules/ is the bundled pack in a checkout: naming it checks it, not loads it twice.
    outcome = run_align("check-rules", "rules/", timeout=200)
    assert outcome.exit == 0, outcome.stderr[-2000:]
    assert "all hold:" in outcome.stdout


# ---- messages quote what a file holds in bounded length (item 5) ----

LONG_NAME = "a" * 200_000


@pytest.mark.parametrize(
    ("files", "first_line"),
    [
        (
            {"post.md": f"---\nalign: {{ignore: [{LONG_NAME}]}}\n---\n{POST}"},
            "post.md:2: align.ignore: unknown rule or category 'aaaa",
        ),
        (
            {".align.yaml": f"ignore: [{LONG_NAME}]\n", "post.md": POST},
            ".align.yaml:1: ignore: unknown rule or category 'aaaa",
        ),
        (
            # An explicit key ("? "): a plain one may not be longer than 1,024 characters.
            {".align.yaml": f"? {LONG_NAME}\n: 1\n? {LONG_NAME}\n: 2\n", "post.md": POST},
            ".align.yaml:3: invalid YAML: duplicate key 'aaaa",
        ),
    ],
    ids=["front-matter-ignore", "config-ignore", "config-duplicate-key"],
)
def test_a_long_name_is_clipped_in_messages(
    run_cli: RunCli, tmp_path: Path, files: dict[str, str | bytes], first_line: str
) -> None:
    _write(tmp_path, files)
    result = run_cli("lint", "--no-cache", "post.md", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    line = result.stderr.splitlines()[0]
    assert line.startswith(f"align: error: {first_line}"), line[:300]
    assert len(line) < 200, line[:300]


# ---- item 1: alignments only where CONTEXT needs them ----

MONEY_PACK = """\
rules:
  - id: money-amount
    category: outcome
    severity: warning
    message: '"{text}" is an amount of money'
    match:
      patterns:
        - - {LOWER: {IN: [about, over, nearly]}, OP: "*"}
          - {TEXT: {REGEX: '^\\$?\\d[\\d,.]*$'}}
          - {LOWER: {IN: [million, thousand, billion]}, OP: "*"}
          - {LOWER: {IN: [in, of]}, CONTEXT: true}
          - {LOWER: revenue, CONTEXT: true}
    examples:
      flagged: [We made about $5 million in revenue.]
      passed: [Nothing here.]
"""


@pytest.mark.slow
def test_a_run_of_number_words_with_a_context_pattern_is_bounded(tmp_path: Path) -> None:
    # 48 KB: an amount of money, then 6,000 number words in one sentence. With
    # every pattern matched with alignments (because one has CONTEXT tokens)
    # this took over 300 s; matched apart, about 20 s here (the bundled pack's
    # own '*' patterns are the rest).
    (tmp_path / "pack.yaml").write_text(MONEY_PACK, encoding="utf-8")
    (tmp_path / "post.md").write_text(
        "We made about $5 " + " ".join(["million"] * 6000) + " in revenue.\n", encoding="utf-8"
    )
    outcome = run_align(
        "lint", "--no-cache", "--rules", "pack.yaml", "post.md", cwd=tmp_path, timeout=120
    )
    assert outcome.exit in (0, 1), outcome.stderr[-2000:]
    assert not outcome.stderr.strip(), outcome.stderr[-2000:]


def test_the_context_pattern_still_leaves_its_context_out(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text(MONEY_PACK, encoding="utf-8")
    (tmp_path / "post.md").write_text("We made about $5 million in revenue.\n", encoding="utf-8")
    result = run_cli(
        "lint", "--no-cache", "--format", "json", "--rules", "pack.yaml", "post.md", cwd=tmp_path
    )
    texts = [
        f["text"]
        for f in json.loads(result.stdout)["documents"][0]["findings"]
        if f["rule"] == "money-amount"
    ]
    assert texts == ["5 million"], result.stdout  # "$" is a token of its own
