"""How paths appear in reports and messages, and resolving them cheaply."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def display_path(path: Path) -> str:
    """A stable, readable path: relative to the working directory when inside it."""
    try:
        relative = real_path(path).relative_to(_real_directory(os.getcwd(), "."))
    except ValueError:
        return path.as_posix()
    return relative.as_posix()


def real_path(path: Path) -> Path:
    """``path.resolve()``, resolving each directory once per run.

    A walk over thousands of posts in a few directories resolved every ancestor
    of every file again (a system call per component); the parent's real path
    is now cached and only the file itself is checked for being a link."""
    if path.name in ("", ".", "..") or path.is_symlink():
        return path.resolve()
    return _real_directory(os.getcwd(), str(path.parent)) / path.name


@lru_cache(maxsize=1024)
def _real_directory(cwd: str, directory: str) -> Path:
    # Keyed by the working directory too: a relative path means another place
    # after a chdir (tests do that).
    return Path(cwd, directory).resolve()
