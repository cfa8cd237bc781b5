"""Reading drafts from paths and stdin into Documents.

Every way a file can be unusable (missing, binary, not UTF-8, empty) becomes
an InputError whose one-line message names the file, so the CLI can exit 2
without a traceback. Nothing here ever writes to a file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Source:
    """A draft as read: the name reports use and its bytes (decoded later, where
    it is linted, so a worker process pays for decoding and masking)."""

    name: str
    data: bytes


def read_sources(
    items: Iterable[str | Path], *, stdin_filename: str | None = None
) -> Iterator[Source | InputError]:
    """The bytes of each path (or of stdin), lazily; a file that cannot be read
    is its error, in its place, so one bad file never stops the others."""
    for item in items:
        if item == STDIN:
            yield Source(stdin_filename or STDIN, sys.stdin.buffer.read())
            continue
        path = Path(item)
        name = display_path(path)
        try:
            yield Source(name, path.read_bytes())
        except OSError as exc:
            yield InputError(f"{name}: cannot read file ({exc.strerror})")


def read_documents(
    paths: Iterable[str],
    *,
    stdin_filename: str | None = None,
    walk_filter: WalkFilter | None = None,
) -> Iterator[Document]:
    """Documents from paths, lazily, so a large corpus is never held in memory;
    the first one that cannot be read raises its InputError."""
    items = expand_paths(paths, walk_filter)
    for source in read_sources(items, stdin_filename=stdin_filename):
        if isinstance(source, InputError):
            raise source
        yield document_from_source(source)


def read_document(path: Path) -> Document:
    return next(read_documents([str(path)]))


def document_from_source(source: Source) -> Document:
    return document_from_bytes(source.data, source.name)


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
