"""The options several commands share, declared once.

``align lint``'s own declarations (``ConfigFileOption`` …) serve the commands
that word them as lint does (baseline, rules, explain, check-rules). ``align
report``, ``align audit`` and ``align config`` word some help their own way
("As `align lint --select`.", "a post" for "a document"), so each option also
has a factory taking its help: the flag, its metavar and its limits are then
written once, and cannot drift apart between commands.

The factories return typer's ``OptionInfo`` as ``Any``: it goes in the
metadata of an ``Annotated`` parameter, where typer reads it.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from align_lint.report.records import FailOn

FAIL_ON_METAVAR = "[" + "|".join(FailOn) + "]"


def config_file_option(help: str) -> Any:
    return typer.Option("--config", metavar="FILE", help=help)


def isolated_option(help: str) -> Any:
    return typer.Option("--isolated", help=help)


def model_option(help: str, *, metavar: str = "NAME") -> Any:
    return typer.Option(metavar=metavar, help=help)


def rules_option(help: str) -> Any:
    return typer.Option("--rules", metavar="PACK", help=help)


def select_option(help: str, *, metavar: str = "RULES") -> Any:
    return typer.Option("--select", metavar=metavar, help=help)


def ignore_option(help: str, *, metavar: str = "RULES") -> Any:
    return typer.Option("--ignore", metavar=metavar, help=help)


def fail_under_option(help: str, *, metavar: str = "SCORE") -> Any:
    return typer.Option(min=0, max=100, metavar=metavar, help=help)


def fail_on_option(help: str, *, metavar: str | None = FAIL_ON_METAVAR) -> Any:
    return typer.Option(metavar=metavar, help=help)


def exit_zero_option(what_fails: str) -> Any:
    """``--exit-zero``, "a document" (lint, report) or "a post" (audit) failing."""
    return typer.Option(
        "--exit-zero", help=f"Exit 0 even if {what_fails} fails (2 still means an error)."
    )


def jobs_option(help: str) -> Any:
    return typer.Option("--jobs", "-j", min=1, metavar="N", help=help)


def cache_dir_option(help: str) -> Any:
    return typer.Option(metavar="DIR", help=help)


def stdin_filename_option(help: str) -> Any:
    return typer.Option(metavar="NAME", help=help)


def debug_option(help: str) -> Any:
    # ALIGN_DEBUG=1 too, for a CI job that cannot change the command line.
    return typer.Option("--debug", envvar="ALIGN_DEBUG", show_envvar=False, help=help)


# ``align lint``'s wording, shared by the commands that load configuration and
# rules as it does; ``config_command.configs_from_options`` maps them onto configs.
ConfigFileOption = Annotated[
    str | None,
    config_file_option(
        "Use this config file (.align.yaml, or a pyproject.toml with [tool.align]) "
        "for every file, instead of each file's nearest one."
    ),
]
IsolatedOption = Annotated[
    bool, isolated_option("Ignore all config files; use defaults and flags only.")
]
ModelOption = Annotated[
    str | None,
    model_option("spaCy pipeline: auto, blank, or an installed package [default: auto]."),
]
RulesOption = Annotated[
    list[str] | None,
    rules_option(
        "Extra rule pack (YAML file or directory), loaded after the config's; repeatable."
    ),
]
NoDefaultRulesOption = Annotated[
    bool, typer.Option("--no-default-rules", help="Do not load the bundled rule pack.")
]
SelectOption = Annotated[
    list[str] | None,
    select_option(
        "Report only these rule ids or categories (comma-separated or repeated); "
        "replaces the configured selection."
    ),
]
IgnoreOption = Annotated[
    list[str] | None,
    ignore_option("Do not report these rule ids or categories (comma-separated or repeated)."),
]
PlatformOption = Annotated[
    list[str] | None,
    typer.Option(
        "--platform",
        metavar="NAMES",
        help="Check drafts against these networks' limits (comma-separated or repeated: x, "
        "bluesky, linkedin, …; align explain --platforms); replaces the drafts' own platform.",
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the result cache.")
]
DebugOption = Annotated[
    bool,
    debug_option("After an internal error's one line, print its traceback (also ALIGN_DEBUG=1)."),
]
