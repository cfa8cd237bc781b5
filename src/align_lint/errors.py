"""The one exception family align raises for problems the user must fix.

Every AlignError carries a single-line message that already names the file (and
line, for YAML). The CLI prints it as ``align: error: <message>`` and exits 2;
nothing else in the program catches it, so there is one place that decides how
errors look.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Self


class AlignError(Exception):
    """A usage, configuration, rule or input error: exit code 2, no traceback.

    ``problems`` lists every mistake found when a reader went on after the
    first (a rule pack's), each a line of its own; ``message`` stays one line."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.problems: tuple[str, ...] = (message,)

    def __str__(self) -> str:
        return self.message

    @classmethod
    def several(cls, problems: Sequence[str]) -> Self:
        """One error for all ``problems``: its message is the first and how many
        more there are, so a one-line report still says the rest exist."""
        more = len(problems) - 1
        message = problems[0]
        if more:
            message += f" (and {plural(more, 'more error')}; 'align check-rules' lists them all)"
        error = cls(message)
        error.problems = tuple(problems)
        return error


def problems_of(errors: Iterable[AlignError]) -> list[str]:
    """Every problem of these errors, in order."""
    return [problem for error in errors for problem in error.problems]


def plural(count: int, noun: str) -> str:
    """``1 rule``, ``4 rules``, ``2 more errors``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


class InputError(AlignError):
    """A document could not be read: missing, binary, not UTF-8, or empty.

    ``path`` is the document's name in reports, when the code that raised it
    knew it, so a run can report the document as an error document."""

    # The calendar row (its record) the document was, when it was one.
    record: int | None = None

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class EmptyDraft(InputError):
    """A draft with nothing but whitespace: a file just created (``touch
    drafts/new.md``), not a broken one. Runs skip it with a notice and count
    it in the summary; it never fails a run."""


class InternalError(InputError):
    """An unexpected exception while linting one document: a bug in align, not
    in the input, but it belongs to that one document, so the run reports it as
    that document's error and goes on. ``detail`` is the traceback, made where
    it happened (a worker process cannot send its traceback object), printed
    only with ``--debug``."""

    def __init__(self, message: str, *, path: str | None = None, detail: str = "") -> None:
        super().__init__(message, path=path)
        self.detail = detail

    @classmethod
    def from_exception(cls, path: str | None, exc: BaseException) -> InternalError:
        import traceback

        where = f"{path}: " if path else ""
        return cls(
            f"{where}internal error, please report ({describe_exception(exc)})",
            path=path,
            detail="".join(traceback.format_exception(exc)),
        )


def describe_exception(exc: BaseException, limit: int = 200) -> str:
    """``ValueError: the first line of its message``, bounded: the message of an
    unexpected exception may quote a whole document."""
    lines = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


# Characters that must not reach a terminal, a CI log or a one-line message
# raw: C0 and C1 controls (a newline in a file name forges a report line, ESC
# starts a terminal sequence), the Unicode line and paragraph separators, bidi
# overrides and isolates (they reorder what a reader sees), and lone
# surrogates, which is how Python holds the bytes of a name that is not UTF-8.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` with what ``_UNPRINTABLE`` matches written as escapes: ``\\n``,
    ``\\x1b``, ``\\u202e``, and ``\\xff`` for a byte of a name that is not
    UTF-8 (the byte itself, as ``ls -b`` shows it). Text without any is
    returned as it is, after one scan in C."""
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(_escape, text)


def encodable(text: str) -> str:
    """``text`` with only its lone surrogates escaped (as ``printable`` does):
    for formats that escape control characters themselves (JSON, XML) but
    must be valid UTF-8."""
    if _SURROGATES.search(text) is None:
        return text
    return _SURROGATES.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
