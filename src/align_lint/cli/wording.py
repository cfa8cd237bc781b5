"""Usage errors and help in align's own words.

Typer validates option values through pydantic and click words the rest, so
without this a user reads "Value error, 'sarf' is not one of …" or "Input
should be less than or equal to 100", and ``align check`` (a ruff habit) is
answered "Did you mean 'check-rules'?". Here every usage error becomes one
line naming the option or command, with a suggestion that knows the habits
of ruff, flake8, vale and prettier users; help shows metavars such as
``PATH...`` instead of ``{paths}...`` and ``<list[str]>``.

Only message building lives here; ``app.py``'s group class prints the line
and exits 2.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import typer
from typer.core import TyperArgument, TyperOption

# The click that typer runs on (its own copy in recent versions): its
# exception classes, to tell one usage error from another.
_click: Any = sys.modules[typer.BadParameter.__module__]

NEVER_REWRITES = "align reports and never rewrites a draft (edit it as the findings' hints say)"

# Commands other linters have, and what align does instead. Other unknown
# commands get click's spelling suggestion, in align's words.
COMMAND_HABITS: dict[str, str] = {
    "check": "to lint drafts run 'align lint' ('align check-rules' tests rule packs)",
    "format": NEVER_REWRITES,
    "fix": NEVER_REWRITES,
    "rule": "to explain a rule run 'align explain RULE'",
    "list-rules": "to list the rules run 'align rules'",
    "linter": "to list the rules run 'align rules'",
    "version": "run 'align --version'",
    "help": "run 'align --help' or 'align COMMAND --help'",
    "lsp": "the language server is 'align server'",
}

# Options of other linters: align's own option (used when the command has it)
# or what to do instead.
OPTION_EQUIVALENTS: dict[str, str] = {
    "--output-format": "--format",  # ruff
    "--output-file": "--output",  # ruff, flake8
    "--min-alert-level": "--fail-on",  # vale
    "--minAlertLevel": "--fail-on",  # vale
    "--no-exit": "--exit-zero",  # vale
}
OPTION_HABITS: dict[str, str] = {
    "--fix": NEVER_REWRITES,
    "--fix-only": NEVER_REWRITES,
    "--unsafe-fixes": NEVER_REWRITES,
    "--write": NEVER_REWRITES,
    "--in-place": NEVER_REWRITES,
    "--show-source": "the rich format shows each finding's source line (--format rich)",
    "--version": "run 'align --version'",
}

# What each option's value is, for "'sarf' is not a format".
VALUE_NOUNS: dict[str, str] = {
    "--format": "a format",
    "--fail-on": "a severity",
}


def unknown_command(name: str, commands: Iterable[str]) -> str:
    """``unknown command 'check': to lint drafts run 'align lint' …``."""
    habit = COMMAND_HABITS.get(name)
    if habit is not None:
        return f"unknown command '{name}': {habit}"
    return f"unknown command '{name}'{_did_you_mean(name, commands)}"


def unknown_option(name: str, possibilities: Sequence[str], options: Iterable[str]) -> str:
    """``unknown option --output-format; align's is --format``; ``options``
    are the command's own, so an equivalent it lacks is not suggested."""
    option = name.split("=", 1)[0]
    equivalent = OPTION_EQUIVALENTS.get(option)
    if equivalent is not None and equivalent in set(options):
        return f"unknown option {option}: align's is {equivalent}"
    habit = OPTION_HABITS.get(option)
    if habit is not None:
        return f"unknown option {option}: {habit}"
    suggestions = sorted(possibilities)
    if suggestions:
        return f"unknown option {option}; did you mean {_either(suggestions)}?"
    return f"unknown option {option}"


def option_needs_a_value(name: str) -> str:
    """``--format needs a value``."""
    return f"{name} needs a value"


def missing_argument(command_path: str, param: Any) -> str:
    """``align lint needs PATH``."""
    name = param_name(param)
    return f"{command_path} needs {name}"


def bad_value(param: Any, message: str, cause: BaseException | None) -> str:
    """``--fail-under: 120 is not in 0..100``: pydantic's wording (typer
    validates through it) replaced by align's, from what the option
    declares; align's own parsers' messages are kept."""
    name = param_name(param) if param is not None else "value"
    errors = cause.errors() if cause is not None and hasattr(cause, "errors") else []
    if errors:
        message = _plain_validation_message(param, errors[0]) or message
    else:
        message = _plain_path_message(message)
    return f"{name}: {message}"


# click's path checks: "dir 'post.md' is a file.", "file 'drafts' is a directory."
_PATH_KIND = re.compile(r"(?:file|dir|directory|path) ('.*') is a (file|directory)\.")


def _plain_path_message(message: str) -> str:
    """``'post.md' is a file, not a directory``; other messages as they are."""
    found = _PATH_KIND.fullmatch(message)
    if found is None:
        return message
    other = "directory" if found[2] == "file" else "file"
    return f"{found[1]} is a {found[2]}, not a {other}"


def not_a_choice(value: str, choices: Sequence[str], noun: str) -> str:
    """``'sarf' is not a format; did you mean 'sarif'? (choose from …)``."""
    import difflib  # only for a mistake: `align --help` stays fast

    lowered = {choice.lower(): choice for choice in choices}
    close = [lowered[value.lower()]] if value.lower() in lowered else []
    close = close or difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"{value!r} is not {noun}{hint} (choose from {', '.join(choices)})"


def param_name(param: Any) -> str:
    """``--format`` for an option (its long name), ``PATH`` for an argument."""
    if isinstance(param, TyperOption) or getattr(param, "param_type_name", "") == "option":
        long = [opt for opt in param.opts if opt.startswith("--")]
        return str((long or param.opts)[0])
    return str(param.metavar or param.name.upper()).removesuffix("...").strip("[]")


def _plain_validation_message(param: Any, error: dict[str, Any]) -> str | None:
    kind = error.get("type", "")
    value = error.get("input")
    choices = _choices(param)
    if choices:
        noun = VALUE_NOUNS.get(param_name(param), "a choice")
        return not_a_choice(str(value), choices, noun)
    bounds = _bounds(param)
    if kind == "int_parsing":
        within = f" {bounds}" if bounds.startswith("in ") else f" ({bounds})" if bounds else ""
        return f"{value!r} is not a whole number{within}"
    if kind.startswith(("less_than", "greater_than")) and bounds:
        return f"{value} is not {bounds}"
    return None


def _choices(param: Any) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not descriptor.is_choice or not descriptor.choices:
        return []
    return [str(getattr(choice, "value", choice)) for choice in descriptor.choices]


def _bounds(param: Any) -> str:
    """``in 0..100``, ``1 or more``, ``100 or less``, or ``""``."""
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None and high is not None:
        return f"in {low}..{high}"
    if low is not None:
        return f"{low} or more"
    if high is not None:
        return f"{high} or less"
    return ""


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    return f"; did you mean {_either(close)}?" if close else ""


def _either(names: Sequence[str]) -> str:
    quoted = [f"'{name}'" if not name.startswith("-") else name for name in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


# -- help --------------------------------------------------------------------------


class NamedArgument(TyperArgument):
    """An argument shown by its metavar alone: ``PATH...`` in the usage line and
    in the Arguments section, not typer's ``{paths}...`` and ``<list[str]>``."""

    def _usage_display_name(self) -> str:
        return self.display_name_raw

    def _rich_display_name(self) -> str:
        return self.display_name_raw

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class RangedOption(TyperOption):
    """An option whose help gives its range as ``[0..100]``, not ``[0<=x<=100]``."""

    def _get_number_range_help_str(self) -> str | None:
        return _bounds(self).removeprefix("in ") or None


def polish_help(command: Any) -> None:
    """Give every parameter of ``command`` a metavar a person reads: declared
    ones are kept; an argument without one is named in capitals, an option
    that takes a value gets ``TEXT`` or ``N`` (an option added later never
    shows ``<str>`` or ``<int range>``)."""
    for param in getattr(command, "params", ()):
        if isinstance(param, TyperArgument) and not isinstance(param, NamedArgument):
            if param.metavar is None:
                name = param.name.upper() if param.name else "ARG"
                name = name if param.required else f"[{name}]"
                param.metavar = name + ("..." if param.nargs != 1 else "")
            param.__class__ = NamedArgument
        elif isinstance(param, TyperOption):
            if param.metavar is None and not param.is_flag:
                numeric = getattr(param.type_descriptor, "annotation", None) is int
                param.metavar = "N" if numeric else "TEXT"
            if not param.is_flag and _bounds(param):
                param.__class__ = RangedOption
