"""align's own words (issue 12 item 6): usage errors as one line naming the
option or command, with suggestions that know other linters' habits; help
without typer's ``{paths}...`` or ``<list[str]>``; the score arithmetic
wrapped under itself in the rich format."""

from __future__ import annotations

import re
from typing import Annotated

import pytest
import typer
from tests.conftest import RunCli

from align_lint.cli.app import _OneLineUsageErrors
from align_lint.report.formatters import FormatOptions
from align_lint.report.formatters.rich_ import arithmetic_lines, format_rich
from align_lint.report.records import DocumentResult, FailOn, Report, Score, ScoreLine

FORMATS = "rich, text, json, jsonl, sarif, github, junit"

# Every line is the whole of stderr: one line, and exit 2.
USAGE_ERRORS = [
    (
        ["lint", "--format", "sarf", "x.md"],
        f"--format: 'sarf' is not a format; did you mean 'sarif'? (choose from {FORMATS})",
    ),
    (
        ["lint", "--format", "xml", "x.md"],
        f"--format: 'xml' is not a format (choose from {FORMATS})",
    ),
    (
        ["lint", "-f", "jsn", "x.md"],
        f"--format: 'jsn' is not a format; did you mean 'json'? (choose from {FORMATS})",
    ),
    (
        ["lint", "--format", "SARIF", "x.md"],
        f"--format: 'SARIF' is not a format; did you mean 'sarif'? (choose from {FORMATS})",
    ),
    (["lint", "--format"], "--format needs a value"),
    (["lint", "--output", "examples", "x.md"], "--output: 'examples' is a directory, not a file"),
    (["init", "README.md"], "DIR: 'README.md' is a file, not a directory"),
    (["lint", "--fail-under", "120", "x.md"], "--fail-under: 120 is not in 0..100"),
    (["lint", "--fail-under", "-1", "x.md"], "--fail-under: -1 is not in 0..100"),
    (
        ["lint", "--fail-under", "abc", "x.md"],
        "--fail-under: 'abc' is not a whole number in 0..100",
    ),
    (
        ["lint", "--fail-on", "erorr", "x.md"],
        "--fail-on: 'erorr' is not a severity; did you mean 'error'? "
        "(choose from error, warning, info, never)",
    ),
    (["lint", "--jobs", "0", "x.md"], "--jobs: 0 is not 1 or more"),
    (["lint", "-j", "many", "x.md"], "--jobs: 'many' is not a whole number (1 or more)"),
    (["rules", "--format", "yaml"], "--format: 'yaml' is not a format (choose from text, json)"),
    (["lint"], "align lint needs PATH (see 'align lint --help')"),
    (["explain"], "align explain needs RULE (see 'align explain --help')"),
    # Habits of ruff, flake8, vale and prettier users.
    (
        ["check", "drafts/"],
        "unknown command 'check': to lint drafts run 'align lint' "
        "('align check-rules' tests rule packs)",
    ),
    (
        ["format", "x.md"],
        "unknown command 'format': align reports and never rewrites a draft "
        "(edit it as the findings' hints say)",
    ),
    (
        ["fix"],
        "unknown command 'fix': align reports and never rewrites a draft "
        "(edit it as the findings' hints say)",
    ),
    (["rule", "hype-word"], "unknown command 'rule': to explain a rule run 'align explain RULE'"),
    (["list-rules"], "unknown command 'list-rules': to list the rules run 'align rules'"),
    (["version"], "unknown command 'version': run 'align --version'"),
    (
        ["lint", "--fix", "x.md"],
        "unknown option --fix: align reports and never rewrites a draft "
        "(edit it as the findings' hints say)",
    ),
    (
        ["lint", "--output-format", "json", "x.md"],
        "unknown option --output-format: align's is --format",
    ),
    (
        ["lint", "--output-format=json", "x.md"],
        "unknown option --output-format: align's is --format",
    ),
    (
        ["lint", "--min-alert-level", "error", "x.md"],
        "unknown option --min-alert-level: align's is --fail-on",
    ),
    (
        ["lint", "--show-source", "x.md"],
        "unknown option --show-source: the rich format shows each finding's source line "
        "(--format rich)",
    ),
    (["lint", "--version", "x.md"], "unknown option --version: run 'align --version'"),
    # explain has no --format: click offers the nearest option it has.
    (
        ["explain", "--output-format", "json", "x"],
        "unknown option --output-format; did you mean --platforms?",
    ),
    # Everything else keeps a spelling suggestion, in align's words.
    (["lnt", "x.md"], "unknown command 'lnt'; did you mean 'lint'?"),
    (["chek-rules"], "unknown command 'chek-rules'; did you mean 'check-rules' or 'rules'?"),
    (["zzz"], "unknown command 'zzz' (see 'align --help')"),
    (
        ["lint", "--formt", "json", "x.md"],
        "unknown option --formt; did you mean --format or --platform?",
    ),
    (["init", "--forse"], "unknown option --forse; did you mean --force?"),
    (["lint", "--zzz", "x.md"], "unknown option --zzz (see 'align lint --help')"),
]


@pytest.mark.parametrize(("args", "line"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_usage_errors_are_one_line_in_aligns_words(
    run_cli: RunCli, args: list[str], line: str
) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"align: error: {line}\n"


COMMANDS = ["", "lint", "rules", "explain", "check-rules", "init", "server"]
LIBRARY_METAVARS = re.compile(r"\{\w+\}|<[\w\[\]| ]+>|list\[|\bx\s*[<>]=|<=\s*x")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_no_library_metavars(run_cli: RunCli, command: str) -> None:
    result = run_cli(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert not LIBRARY_METAVARS.findall(result.stdout), result.stdout


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("lint", "Usage: align lint [OPTIONS] PATH..."),
        ("explain", "Usage: align explain [OPTIONS] RULE"),
        ("check-rules", "Usage: align check-rules [OPTIONS] [PACK]..."),
        ("init", "Usage: align init [OPTIONS] [DIR]"),
    ],
)
def test_usage_lines_name_arguments_plainly(run_cli: RunCli, command: str, usage: str) -> None:
    assert run_cli(command, "--help").stdout.splitlines()[0] == usage


def test_lint_help_gives_ranges_and_metavars(run_cli: RunCli) -> None:
    help_text = " ".join(run_cli("lint", "--help").stdout.split())
    assert "--fail-under SCORE Fail a document scoring below this [default: 70]. [0..100]" in (
        help_text
    )
    assert "-j, --jobs N" in help_text and "[1 or more]" in help_text
    assert "--fail-on [error|warning|info|never]" in help_text


def test_a_command_added_without_metavars_still_reads_plainly() -> None:
    """An option another change adds without a metavar shows TEXT or N, its
    argument its name in capitals."""
    from typer.testing import CliRunner

    app = typer.Typer(cls=_OneLineUsageErrors, add_completion=False, rich_markup_mode=None)

    @app.command()
    def config(
        path: Annotated[list[str] | None, typer.Argument(help="Files.")] = None,
        depth: Annotated[int, typer.Option(min=1, help="How deep.")] = 1,
        label: Annotated[str, typer.Option(help="A label.")] = "",
    ) -> None:
        """Print something."""

    @app.command()
    def other() -> None:
        """A second command, so the first is not the default."""

    result = CliRunner().invoke(app, ["config", "--help"])
    help_text = " ".join(result.stdout.split())
    assert result.stdout.splitlines()[0].endswith("config [OPTIONS] [PATH]...")
    assert "--depth N How deep. [default: 1; 1 or more]" in help_text
    assert "--label TEXT" in help_text
    assert not LIBRARY_METAVARS.findall(result.stdout), result.stdout


# -- the score arithmetic in the rich format ------------------------------------------

LONG_SCORE = Score(
    0,
    (
        ScoreLine("no-business-outcome", "outcome", 1, 35, (35,)),
        ScoreLine("vanity-metric", "vanity", 5, 26, (15, 7, 3, 1, 0)),
        ScoreLine("platform-as-goal", "platform", 2, 18, (12, 6)),
        ScoreLine("viral-claim", "vanity", 2, 15, (10, 5)),
        ScoreLine("engagement-bait", "tone", 1, 8, (8,)),
    ),
)


@pytest.mark.parametrize(
    ("width", "lines"),
    [
        (
            80,
            [
                "  score 100 − no-business-outcome 35 − vanity-metric 15+7+3+1 (5 findings)",
                "        − platform-as-goal 12+6 − viral-claim 10+5 − engagement-bait 8",
                "        = 0 (floored at 0)",
            ],
        ),
        (
            60,
            [
                "  score 100 − no-business-outcome 35",
                "        − vanity-metric 15+7+3+1 (5 findings)",
                "        − platform-as-goal 12+6 − viral-claim 10+5",
                "        − engagement-bait 8 = 0 (floored at 0)",
            ],
        ),
        (
            120,
            [
                "  score 100 − no-business-outcome 35 − vanity-metric 15+7+3+1 (5 findings)"
                " − platform-as-goal 12+6 − viral-claim 10+5",
                "        − engagement-bait 8 = 0 (floored at 0)",
            ],
        ),
    ],
)
def test_arithmetic_wraps_with_a_hanging_indent(width: int, lines: list[str]) -> None:
    assert arithmetic_lines(LONG_SCORE, width) == lines
    assert all(len(line) <= width for line in lines)


@pytest.mark.parametrize("width", [80, 60])
def test_rich_report_never_wraps_the_arithmetic_to_column_0(width: int) -> None:
    result = DocumentResult("post.md", None, (), LONG_SCORE, False, ("score 0 is below 70",))
    report = Report((result,), "blank", "0", 70, FailOn.ERROR)
    output = format_rich(report, FormatOptions(color=False, width=width))
    arithmetic = [
        line for line in output.splitlines() if "−" in line or line.startswith(" " * 8 + "=")
    ]
    assert arithmetic[0].startswith("  score 100 − ")
    assert all(line.startswith(" " * 8) for line in arithmetic[1:])
    assert len(arithmetic) >= 3 and all(len(line) <= width for line in arithmetic)


@pytest.mark.parametrize(
    ("width", "lines"),
    [
        (
            120,
            [
                "post.md  score 0/100  FAIL (score 0 is below 70; 2 errors: no-business-outcome, no-money)"
            ],
        ),
        (
            60,
            [
                "post.md  score 0/100  FAIL",
                "        (score 0 is below 70; 2 errors: no-business-outcome,",
                "        no-money)",
            ],
        ),
    ],
)
def test_rich_verdict_reasons_wrap_under_themselves(width: int, lines: list[str]) -> None:
    reasons = ("score 0 is below 70", "2 errors: no-business-outcome, no-money")
    result = DocumentResult("post.md", None, (), Score(0), False, reasons)
    report = Report((result,), "blank", "0", 70, FailOn.ERROR)
    output = format_rich(report, FormatOptions(color=False, width=width))
    assert [line.rstrip() for line in output.splitlines()[: len(lines)]] == lines
