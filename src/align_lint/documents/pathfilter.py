"""Which files a directory walk skips: ``exclude`` globs and ``.gitignore``.

Both use gitignore pattern semantics (via ``pathspec``): ``drafts/`` is a
directory anywhere, ``/drafts/`` only at the top, ``*.tmp.md`` a name at any
depth, ``archive/**`` everything under ``archive``, ``!keep.md`` re-includes.

* ``exclude`` patterns are relative to the config file's directory (for a
  file outside it, to the directory named on the command line).
* ``.gitignore`` files apply as git applies them: each to its own directory
  and below, a deeper one overriding a shallower one, from the repository
  root (the closest directory with ``.git``) down, plus ``.git/info/exclude``.
  Outside a repository only ``.gitignore`` files inside the walked directory
  count. The global git excludes file is not read.

Only walks are filtered: a file named on the command line is always linted.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from align_lint.documents.paths import read_regular_file, real_path

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec


@lru_cache(maxsize=512)
def glob_spec(*patterns: str) -> GitIgnoreSpec:
    """Compiled gitignore-style patterns (shared by exclude, per_file, .gitignore).

    Raises ValueError for a pattern git cannot use (one ending in a lone
    backslash); configs check theirs with ``glob_problem`` first."""
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(patterns)


def glob_problem(pattern: str) -> str | None:
    """Why ``pattern`` is not a usable gitignore-style glob, or None."""
    try:
        glob_spec(pattern)
    except ValueError:
        if pattern.endswith("\\") and (len(pattern) - len(pattern.rstrip("\\"))) % 2:
            return "it ends in a lone backslash, which escapes nothing"
        return "git cannot read it as a pattern"
    return None


class PathFilter:
    def __init__(
        self, root: Path, exclude: tuple[str, ...] = (), respect_gitignore: bool = True
    ) -> None:
        self.root = root.resolve()
        self.exclude = glob_spec(*exclude) if exclude else None
        self.respect_gitignore = respect_gitignore

    def skip(self, path: Path, *, is_dir: bool, top: Path) -> bool:
        """Whether a walk from ``top`` leaves out ``path`` (a file or a directory)."""
        path, top = real_path(path), real_path(top)
        suffix = "/" if is_dir else ""
        if self.exclude is not None:
            base = self.root if path.is_relative_to(self.root) else top
            if self.exclude.match_file(path.relative_to(base).as_posix() + suffix):
                return True
        return self.respect_gitignore and _git_ignored(path, is_dir=is_dir, top=top)


def _git_ignored(path: Path, *, is_dir: bool, top: Path) -> bool:
    repo = _repository_root(top)
    base = repo or top
    suffix = "/" if is_dir else ""
    for directory, ignores in _gitignores(path.parent, base):  # the closest one decides
        decision = ignores.check_file(path.relative_to(directory).as_posix() + suffix)
        if decision.include is not None:
            return bool(decision.include)
    if repo is not None:
        spec = _gitignore(repo / ".git" / "info" / "exclude")
        if spec is not None:
            return bool(spec.match_file(path.relative_to(repo).as_posix() + suffix))
    return False


@lru_cache(maxsize=1024)
def _gitignores(directory: Path, base: Path) -> tuple[tuple[Path, GitIgnoreSpec], ...]:
    """The .gitignore files that apply in ``directory``, deepest first, up to
    ``base``: worked out once per directory of a walk, not once per file."""
    chain = [d for d in (directory, *directory.parents) if d.is_relative_to(base)]
    found = ((d, _gitignore(d / ".gitignore")) for d in chain)
    return tuple((d, spec) for d, spec in found if spec is not None)


@lru_cache(maxsize=64)
def _repository_root(start: Path) -> Path | None:
    return next((d for d in (start, *start.parents) if (d / ".git").exists()), None)


# The most of a .gitignore that is read: real ones are a few KB; a committed
# link to a /proc file without an end was read up to a draft's 512 MB.
MAX_GITIGNORE_BYTES = 32 * 1024 * 1024


@lru_cache(maxsize=256)
def _gitignore(path: Path) -> GitIgnoreSpec | None:
    try:
        # A .gitignore can be committed as a FIFO or a link to /dev/zero: a plain
        # read would wait forever or fill memory. Not a regular file: no rules.
        data = read_regular_file(path, MAX_GITIGNORE_BYTES)
    except OSError:
        return None
    lines = data.decode("utf-8", errors="replace").splitlines()
    try:
        return glob_spec(*lines)
    except ValueError:
        # As git does, a line that is not a valid pattern (a trailing lone
        # backslash) matches nothing; the rest of the file still applies.
        return glob_spec(*(line for line in lines if glob_problem(line) is None))
