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


# The most a draft may hold: ten times the 50 MB a single file is promised to
# lint in bounded memory. A larger file (or a sparse one claiming terabytes) is
# refused before it is read, never read whole into memory.
MAX_DRAFT_BYTES = 512 * 1024 * 1024


class TooLarge(OSError):
    """What ``read_regular_file`` raises for a file over MAX_DRAFT_BYTES."""

    def __init__(self, size: int, limit: int = MAX_DRAFT_BYTES) -> None:
        super().__init__(f"{size / 2**20:,.0f} MB, more than align reads ({limit // 2**20} MB)")


def too_large_limit() -> str:
    return f"{MAX_DRAFT_BYTES // 2**20} MB"


class NotRegularFile(OSError):
    """What ``read_regular_file`` raises for a FIFO, a device, a socket…"""

    def __init__(self, mode: int) -> None:
        super().__init__(f"not a regular file ({file_kind(mode)})")
        self.mode = mode


def read_regular_file(path: Path, limit: int = MAX_DRAFT_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file when opened, at most
    ``limit`` of them. The walk has checked already, but the file can be
    swapped for a FIFO or a device before the read: ``O_NONBLOCK`` keeps the
    open of a FIFO from waiting for a writer, and the type is checked on the
    open descriptor itself."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    with open(descriptor, "rb", closefd=True) as stream:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegularFile(status.st_mode)
        if status.st_size > limit:
            raise TooLarge(status.st_size, limit)
        data = stream.read(limit + 1)  # a file that grew since the stat, or /proc's
        if len(data) > limit:
            raise TooLarge(len(data), limit)
        return data


def file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")
