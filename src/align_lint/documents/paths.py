"""How paths appear in reports and messages, resolving them cheaply, and reading
only regular files."""

from __future__ import annotations

import os
import stat
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


class NotRegularFile(OSError):
    """What ``read_regular_file`` raises for a FIFO, a device, a socket…"""

    def __init__(self, mode: int) -> None:
        super().__init__(f"not a regular file ({file_kind(mode)})")
        self.mode = mode


def read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file when opened. The walk has
    checked already, but the file can be swapped for a FIFO or a device
    before the read: ``O_NONBLOCK`` keeps the open of a FIFO from waiting for
    a writer, and the type is checked on the open descriptor itself."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    with open(descriptor, "rb", closefd=True) as stream:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(mode)
        return stream.read()


def file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")
