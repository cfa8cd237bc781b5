"""Reading drafts from paths and stdin into Documents.

Every way a file can be unusable (missing, binary, not UTF-8, empty) becomes
an InputError whose one-line message names the file, so the CLI can exit 2
without a traceback. Nothing here ever writes to a file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from align_lint.documents.document import Document
from align_lint.documents.markdown import mask_markdown
from align_lint.documents.paths import display_path
from align_lint.documents.plaintext import mask_plaintext
from align_lint.errors import InputError

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt"})
LINTABLE_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES
STDIN = "-"
_BINARY_SNIFF_BYTES = 8192


class WalkFilter(Protocol):
    def skip(self, path: Path, *, is_dir: bool, top: Path) -> bool: ...


def expand_paths(
    paths: Iterable[str], walk_filter: WalkFilter | None = None
) -> Iterator[str | Path]:
    """Files as given, directories recursed in sorted order, ``-`` passed through.

    Hidden files and directories (``.git``, ``.venv``) are skipped when recursing,
    and so is whatever ``walk_filter`` skips (exclude globs, .gitignore); a file
    named explicitly is always linted, whatever its suffix.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path, walk_filter))
            if not found:
                raise InputError(f"{raw}: no Markdown or text files found in this directory")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            raise InputError(f"{raw}: not a regular file")
        else:
            raise InputError(f"{raw}: no such file or directory")


def _walk(root: Path, walk_filter: WalkFilter | None) -> Iterator[Path]:
    def skipped(path: Path, is_dir: bool) -> bool:
        return walk_filter is not None and walk_filter.skip(path, is_dir=is_dir, top=root)

    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not skipped(Path(dirpath, d), True)
        )
        for name in filenames:
            candidate = Path(dirpath, name)
            if (
                not name.startswith(".")
                and candidate.suffix.lower() in LINTABLE_SUFFIXES
                and not skipped(candidate, False)
            ):
                yield candidate


def read_document(path: Path) -> Document:
    name = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read file ({exc.strerror})") from None
    return document_from_bytes(data, name)


def read_stdin_document(stdin_filename: str | None = None) -> Document:
    return document_from_bytes(sys.stdin.buffer.read(), stdin_filename or STDIN)


def document_from_bytes(data: bytes, source: str) -> Document:
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        raise InputError(f"{source}: binary file, not text")
    try:
        # utf-8-sig drops a byte-order mark so columns match what editors show.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{source}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return document_from_text(text, source)


def document_from_text(text: str, source: str, *, record: int | None = None) -> Document:
    """Build a Document; the suffix of ``source`` picks Markdown or plain text."""
    if not text.strip():
        raise InputError(f"{source}: file is empty")
    if Path(source).suffix.lower() in TEXT_SUFFIXES:
        analysis, block_starts = mask_plaintext(text)
        return Document(source, text, analysis, record, block_starts=block_starts)
    masked = mask_markdown(text, source)
    return Document(
        source,
        text,
        masked.analysis_text,
        record,
        meta=masked.meta,
        block_starts=masked.block_starts,
        comments=masked.comments,
    )
