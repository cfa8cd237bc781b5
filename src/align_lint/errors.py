"""The one exception family align raises for problems the user must fix.

Every AlignError carries a single-line message that already names the file (and
line, for YAML). The CLI prints it as ``align: error: <message>`` and exits 2;
nothing else in the program catches it, so there is one place that decides how
errors look.
"""

from __future__ import annotations

from collections.abc import Iterable


class AlignError(Exception):
    """A usage, configuration, rule or input error: exit code 2, no traceback."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(AlignError):
    """A document could not be read: missing, binary, not UTF-8, or empty."""


class RuleError(AlignError):
    """A rule pack is malformed: bad YAML, unknown key, bad value, bad pattern."""


class ConfigError(AlignError):
    """The configuration (file or flags) is malformed or names unknown things."""


class ModelError(AlignError):
    """The requested spaCy pipeline is not installed or cannot serve the rules."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'vanity-metric'?)`` for the closest choice, or nothing."""
    import difflib

    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
