"""How paths appear in reports and messages."""

from __future__ import annotations

from pathlib import Path


def display_path(path: Path) -> str:
    """A stable, readable path: relative to the working directory when inside it."""
    try:
        relative = path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path.as_posix()
    return relative.as_posix()
