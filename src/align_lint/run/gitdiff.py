"""``--diff REF``: report only what changed since a git ref.

``git diff --unified=0 --find-renames REF -- PATHS`` (the working tree against
REF, so committed, staged and unstaged edits all count) gives, per file under
its current name, the lines added or changed: the ``+start,count`` of each
hunk header. Untracked files (``git ls-files --others --exclude-standard``)
are wholly new. A span finding is kept when its lines touch a changed line; a
document-level finding when its document changed at all. Deleted lines add
nothing: what is left around them is unchanged text.

Git runs as a subprocess (no shell) in the repository of the first linted
path; a missing git, a path outside a repository or an unknown ref is an
AlignError (one line, exit 2). The filter runs on the stream of results after
the result cache, as the baseline's does.
"""

from __future__ import annotations

import os
import re
import subprocess
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from align_lint.errors import AlignError
from align_lint.judgement.scoring import rescored
from align_lint.report.records import DocumentResult

_HUNK = re.compile(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
# Git's C-style quoting of an unusual path: \" \\ \t \n ... and octal bytes.
_ESCAPE = re.compile(rb'\\([0-7]{3}|["\\abfnrtv])')
_ESCAPES = {b'"': b'"', b"\\": b"\\", b"a": b"\a", b"b": b"\b", b"f": b"\f", b"n": b"\n"}
_ESCAPES |= {b"r": b"\r", b"t": b"\t", b"v": b"\v"}

LineRange = tuple[int, int]  # first and last line, 1-based, inclusive
WHOLE: tuple[LineRange, ...] = ((1, 2**62),)  # an untracked file: every line is new


@dataclass(frozen=True)
class ChangedLines:
    """The lines changed since ``ref``, per file (real absolute paths)."""

    ref: str
    files: Mapping[str, tuple[LineRange, ...]]

    def of(self, path: str) -> tuple[LineRange, ...] | None:
        """The changed ranges of the file at ``path``; None when it did not change."""
        return self.files.get(os.path.realpath(path))


def changed_since(ref: str, paths: Sequence[str]) -> ChangedLines:
    """What changed in ``paths`` (files or directories; ``-`` is ignored) since ``ref``."""
    named = [path for path in paths if path != "-"]
    root = repository_root(_anchor(named))
    _verify(root, ref)
    specs = ["--", *(os.path.abspath(path) for path in named)] if named else []
    diff = _git_or_fail(
        ref,
        root,
        "-c",
        "core.quotepath=off",
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--unified=0",
        "--find-renames",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        ref,
        *specs,
    )
    files = {os.path.realpath(root / name): ranges for name, ranges in parse_diff(diff).items()}
    untracked = _git_or_fail(ref, root, "ls-files", "--others", "--exclude-standard", "-z", *specs)
    for name in untracked.split(b"\0"):
        if name:
            files[os.path.realpath(root / os.fsdecode(name))] = WHOLE
    return ChangedLines(ref, files)


def repository_root(directory: Path) -> Path:
    try:
        top = _git(directory, "rev-parse", "--show-toplevel")
    except _GitFailed:
        raise AlignError(f"--diff: {directory} is not in a git repository") from None
    return Path(os.fsdecode(top.rstrip(b"\n")))


def _anchor(paths: Sequence[str]) -> Path:
    """Where to look for the repository: the first path's directory (or the
    nearest one that exists: a missing file is the linter's to report)."""
    if not paths:
        return Path.cwd()
    directory = Path(os.path.abspath(paths[0]))
    while not directory.is_dir() and directory != directory.parent:
        directory = directory.parent
    return directory


def _verify(root: Path, ref: str) -> None:
    if ref.startswith("-"):  # never an option to git
        raise AlignError(f"--diff {ref}: not a git ref")
    try:
        _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    except _GitFailed:
        raise AlignError(f"--diff {ref}: no such commit in the git repository {root}") from None


class _GitFailed(Exception):
    pass


def _git_or_fail(ref: str, directory: Path, *args: str) -> bytes:
    """Git's stdout, or an AlignError with git's own first line (a path
    outside the repository, say)."""
    try:
        return _git(directory, *args)
    except _GitFailed as failed:
        said = str(failed).splitlines()[0] if str(failed) else "git failed"
        raise AlignError(f"--diff {ref}: {said}") from None


def _git(directory: Path, *args: str) -> bytes:
    """Git's stdout; _GitFailed when it exits non-zero, an AlignError when git
    cannot run at all."""
    try:
        done = subprocess.run(
            ["git", "-C", str(directory), *args],
            capture_output=True,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise AlignError("--diff needs git, and git is not installed (not on PATH)") from None
    except OSError as exc:
        raise AlignError(f"--diff: cannot run git ({exc.strerror})") from None
    if done.returncode != 0:
        raise _GitFailed(done.stderr.decode(errors="replace").strip())
    return done.stdout


def parse_diff(diff: bytes) -> dict[str, tuple[LineRange, ...]]:
    """Per file (its path after the diff, relative to the repository), the
    line ranges the ``--unified=0`` hunks added or changed. A file that was
    only renamed or deleted has none and is not listed."""
    files: dict[str, list[LineRange]] = {}
    current: list[LineRange] | None = None
    old_left = new_left = 0  # lines of the current hunk still to skip
    for line in diff.split(b"\n"):
        if old_left or new_left:
            # A hunk's own lines, which may look like headers ("+++ x" added).
            if line.startswith(b"-"):
                old_left -= 1
            elif line.startswith(b"+"):
                new_left -= 1
            continue
        if line.startswith(b"+++ "):
            name = _diff_path(line[4:])
            current = None if name is None else files.setdefault(name, [])
        elif line.startswith(b"diff "):
            current = None
        elif (hunk := _HUNK.match(line)) is not None:
            old_count, start, new_count = hunk.groups()
            old_left = 1 if old_count is None else int(old_count)
            new_left = 1 if new_count is None else int(new_count)
            if current is not None and new_left:
                current.append((int(start), int(start) + new_left - 1))
    return {name: tuple(ranges) for name, ranges in files.items() if ranges}


def _diff_path(raw: bytes) -> str | None:
    """``b/posts/a.md`` (or a quoted one) → ``posts/a.md``; ``/dev/null`` → None."""
    # Git ends a name holding a space with a tab, as GNU diff does (a name
    # holding a tab itself is quoted).
    raw = raw.rstrip(b"\r").removesuffix(b"\t")
    if raw.startswith(b'"') and raw.endswith(b'"'):
        raw = _ESCAPE.sub(_unescape, raw[1:-1])
    if not raw.startswith(b"b/"):
        return None
    return os.fsdecode(raw[2:])


def _unescape(match: re.Match[bytes]) -> bytes:
    code = match.group(1)
    return bytes([int(code, 8)]) if code[0:1].isdigit() else _ESCAPES[code]


def touches(ranges: Sequence[LineRange], first: int, last: int) -> bool:
    """Whether lines ``first``..``last`` share a line with any of ``ranges`` (sorted)."""
    # Git's hunks are sorted and never overlap: the last range starting at
    # or before ``last`` is the only one that can reach back to ``first``.
    index = bisect_right(ranges, (last, WHOLE[0][1]))
    return index > 0 and ranges[index - 1][1] >= first


class DiffFilter:
    """Keeps the findings on lines changed since the ref; counts the rest."""

    def __init__(self, changed: ChangedLines, weights: Mapping[str, int]) -> None:
        self.changed = changed
        self._weights = weights
        self.outside = 0  # findings dropped for being on unchanged lines

    def apply(self, results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
        for result in results:
            if result.error or result.path == "-":
                yield result  # stdin has no history: all of it is new
                continue
            ranges = self.changed.of(result.path)
            kept = tuple(
                finding
                for finding in result.findings
                if ranges is not None
                and (finding.scope == "document" or touches(ranges, finding.line, finding.end_line))
            )
            self.outside += len(result.findings) - len(kept)
            yield rescored(result, kept, self._weights)


def renames_since_baseline(baseline_file: Path) -> dict[str, str]:
    """Files renamed since the baseline file was last committed (or since
    HEAD when it never was): new real path → old real path. Empty outside a
    git repository, or when git cannot tell."""
    try:
        root = Path(os.fsdecode(_git(baseline_file.parent, "rev-parse", "--show-toplevel").strip()))
        last = _git(root, "log", "-1", "--format=%H", "--", str(baseline_file.resolve())).strip()
        since = last.decode() if last else "HEAD"
        status = _git(root, "diff", "--name-status", "--find-renames", "-z", since)
    except (_GitFailed, AlignError):
        return {}
    fields = status.split(b"\0")
    renames: dict[str, str] = {}
    index = 0
    while index < len(fields) and fields[index]:
        kind = fields[index]
        if kind.startswith(b"R") and index + 2 < len(fields):
            old, new = (os.fsdecode(name) for name in fields[index + 1 : index + 3])
            renames[os.path.realpath(root / new)] = os.path.realpath(root / old)
            index += 3
        elif kind.startswith(b"C"):
            index += 3
        else:
            index += 2
    return renames
