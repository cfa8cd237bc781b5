"""Reading drafts from paths and stdin into Documents.

Every way a file can be unusable (missing, binary, not UTF-8) becomes an
InputError whose one-line message names the file, so the CLI can exit 2
without a traceback; an empty draft is an EmptyDraft, which runs skip.
Nothing here ever writes to a file.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from align_lint.documents.calendar import (
    CalendarRow,
    Columns,
    calendar_rows,
    document_from_row,
)
from align_lint.documents.casing import calm_capitals
from align_lint.documents.document import Document
from align_lint.documents.mdx import mask_mdx
from align_lint.documents.paths import (
    MAX_DRAFT_BYTES,
    NotRegularFile,
    TooLarge,
    display_path,
    file_kind,
    read_regular_file,
    too_large_limit,
)
from align_lint.documents.plaintext import mask_plaintext
from align_lint.documents.segments import mask_long_markdown
from align_lint.errors import EmptyDraft, InputError

# How a file is read, by its suffix; ``extensions:`` in the config adds more.
MARKDOWN, MDX, TEXT = "markdown", "mdx", "text"
FORMATS = (MARKDOWN, MDX, TEXT)
BUILTIN_FORMATS: Mapping[str, str] = MappingProxyType(
    {".md": MARKDOWN, ".markdown": MARKDOWN, ".mdx": MDX, ".txt": TEXT}
)
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt"})
LINTABLE_SUFFIXES = frozenset(BUILTIN_FORMATS)
STDIN = "-"
# Files that cannot hold a draft (images, fonts, media, archives, and the code,
# styles, config and data of a site: a rule pack's .yaml, Hugo's .toml, a
# theme's .js): a walk leaves them out without naming them, or a blog's 300
# images and its theme would drown the .tweet files the skipped-extension
# notice is there to point at.
# fmt: off
NEVER_DRAFTS = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".bmp", ".tif", ".tiff",
    ".heic", ".psd", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp4", ".mov", ".webm", ".mkv",
    ".mp3", ".wav", ".ogg", ".m4a", ".pdf", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".tar",
    ".jar", ".exe", ".dll", ".so", ".dylib", ".pyc",
    ".yaml", ".yml", ".toml", ".json", ".lock", ".ini", ".cfg", ".xml", ".csv", ".tsv",
    ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".css", ".scss", ".sass", ".less", ".map",
    ".py", ".rs", ".go", ".rb", ".sh", ".java", ".c", ".h", ".cpp", ".php",
})
# fmt: on
_BINARY_SNIFF_BYTES = 8192


class WalkFilter(Protocol):
    def skip(self, path: Path, *, is_dir: bool, top: Path) -> bool: ...


def expand_paths(
    paths: Iterable[str],
    walk_filter: WalkFilter | None = None,
    on_skip: Callable[[str], None] | None = None,
    extensions: Mapping[str, str] | None = None,
    include: Callable[[Path], bool] | None = None,
) -> Iterator[str | Path | InputError]:
    """Files as given, directories recursed in sorted order, ``-`` passed through.

    Hidden files and directories (``.git``, ``.venv``) are skipped when recursing,
    and so is whatever ``walk_filter`` skips (exclude globs, .gitignore); a file
    named explicitly is always linted, whatever its suffix. A walk takes the
    suffixes of ``BUILTIN_FORMATS`` and those of ``extensions`` (the config's);
    the files it left out for their suffix are named in one notice to
    ``on_skip``, at the end, so a folder of ``.tweet`` files is never a silent pass.
    ``include`` takes more files in a walk whatever their suffix (the content
    calendars the config's ``calendars`` globs match).

    A walk takes only regular files and links to regular files inside the
    walked directory: a FIFO would block the read forever and a link to
    ``/dev/zero`` would fill memory, and either can be committed in a pull
    request. Such entries are passed to ``on_skip`` (a notice, not an error).
    A subdirectory that cannot be read is an InputError in its place: drafts
    were lost, so the run must not pass as if it had seen them.
    """
    suffixes = LINTABLE_SUFFIXES | frozenset(extensions or ())
    by_extension: Counter[str] = Counter()
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            errors: list[InputError] = []
            here: Counter[str] = Counter()
            walk = _walk(
                path, walk_filter, on_skip or _ignore, errors.append, suffixes, here, include
            )
            found = sorted(walk)
            by_extension.update(here)
            if not found and not errors:
                skipped = f" ({skipped_by_extension(here)})" if here else ""
                raise InputError(
                    f"{raw}: no Markdown, MDX or text files found in this directory{skipped}"
                )
            yield from errors
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            raise InputError(f"{raw}: not a regular file")
        else:
            raise InputError(f"{raw}: no such file or directory")
    if by_extension and on_skip is not None:
        on_skip(skipped_by_extension(by_extension))


# The notice names this many extensions at most, so it stays one short line.
_NAMED_EXTENSIONS = 6


def skipped_by_extension(counts: Counter[str]) -> str:
    """``skipped 12 files by extension (.tweet 9, .json 3); add them with …``:
    the most frequent first, then by name, files without one last among equals
    (so the line is the same every run)."""
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], not item[0], item[0]))
    named = [f"{suffix or 'no extension'} {count}" for suffix, count in ranked]
    if len(named) > _NAMED_EXTENSIONS:
        others = len(named) - _NAMED_EXTENSIONS + 1
        named[_NAMED_EXTENSIONS - 1 :] = [f"{others} more extensions"]
    files = "file" if total == 1 else "files"
    return (
        f"skipped {total} {files} by extension ({', '.join(named)}); "
        "add them with extensions: in .align.yaml"
    )


def _ignore(message: str) -> None:
    pass


def _walk(
    root: Path,
    walk_filter: WalkFilter | None,
    on_skip: Callable[[str], None],
    on_error: Callable[[InputError], None],
    suffixes: frozenset[str] = LINTABLE_SUFFIXES,
    by_extension: Counter[str] | None = None,
    include: Callable[[Path], bool] | None = None,
) -> Iterator[Path]:
    """Lintable files under ``root`` (unsorted). ``os.scandir`` rather than
    ``os.walk``: its entries know their type without a system call, and a
    directory that cannot be listed is reported instead of silently dropped.
    Files left out for their suffix alone are counted in ``by_extension``
    (those the filter skips anyway are not: nobody meant to lint them)."""

    def skipped(path: Path, is_dir: bool) -> bool:
        return walk_filter is not None and walk_filter.skip(path, is_dir=is_dir, top=root)

    if by_extension is None:
        by_extension = Counter()
    tree = root.resolve()
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(
                    (entry for entry in listing if not entry.name.startswith(".")),
                    key=lambda entry: entry.name,
                )
        except OSError as exc:
            name = display_path(directory)
            on_error(InputError(f"{name}: cannot read directory ({exc.strerror})"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                if not skipped(path, True):
                    pending.append(path)
                continue
            suffix = path.suffix.lower()
            if suffix not in suffixes and not (include is not None and include(path)):
                if suffix not in NEVER_DRAFTS and not skipped(path, False):
                    by_extension[suffix] += 1
                continue
            # Checked before the filter: a link's target outside the tree is
            # nothing the filter's globs are relative to.
            unsafe = _not_a_draft(entry, tree)
            if unsafe:
                # The link's own name: display_path would resolve it to its target.
                name = Path(display_path(directory), entry.name).as_posix()
                on_skip(f"{name}: skipped, {unsafe}")
            elif not skipped(path, False):
                yield path


def _not_a_draft(entry: os.DirEntry[str], tree: Path) -> str:
    """Why a directory entry must not be read as a draft, or ``""``."""
    if entry.is_file(follow_symlinks=False):
        return ""
    try:
        mode = entry.stat().st_mode  # the link's target (an entry that is no link: itself)
    except OSError:
        return ""  # a broken link or a vanished file: the read reports it, as before
    if not entry.is_symlink():
        return f"{file_kind(mode)}, not a regular file"
    if not stat.S_ISREG(mode):
        return f"a link to {file_kind(mode)}, not a regular file"
    if not Path(entry.path).resolve().is_relative_to(tree):
        return f"a link to a file outside {display_path(tree)}"
    return ""


@dataclass(frozen=True)
class Source:
    """A draft as read: the name reports use and its bytes (decoded later, where
    it is linted, so a worker process pays for decoding and masking)."""

    name: str
    data: bytes
    # One row of a content calendar (``data`` is then empty): what its
    # Document is made from (``calendar_sources``).
    row: CalendarRow | None = None


def read_sources(
    items: Iterable[str | Path | InputError], *, stdin_filename: str | None = None
) -> Iterator[Source | InputError]:
    """The bytes of each path (or of stdin), lazily; a file that cannot be read
    is its error, in its place, so one bad file never stops the others."""
    stdin_read = False
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        if item == STDIN:
            yield _read_stdin(stdin_filename or STDIN, again=stdin_read)
            stdin_read = True
            continue
        path = Path(item)
        name = display_path(path)
        try:
            yield Source(name, read_regular_file(path))
        except NotRegularFile as exc:
            yield InputError(f"{name}: not a regular file ({file_kind(exc.mode)})")
        except TooLarge as exc:
            yield InputError(f"{name}: too large to lint: {exc}")
        except OSError as exc:
            yield InputError(f"{name}: cannot read file ({exc.strerror})")


def _read_stdin(name: str, *, again: bool) -> Source | InputError:
    """Standard input as one source. It may be closed (``align lint - <&-``:
    Python then has no ``sys.stdin`` at all), unreadable, or already used up
    by an earlier ``-``: each is an InputError naming it, never a traceback."""
    if again:
        return InputError(f"{name}: stdin was already read ('-' given more than once)")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return InputError(f"{name}: stdin is closed, there is nothing to read")
    try:
        data = stream.read(MAX_DRAFT_BYTES + 1)
        if len(data) > MAX_DRAFT_BYTES:
            return InputError(f"{name}: too large to lint: more than {too_large_limit()} on stdin")
        return Source(name, data)
    except OSError as exc:
        return InputError(f"{name}: cannot read stdin ({exc.strerror or exc})")
    except ValueError:  # "I/O operation on closed file"
        return InputError(f"{name}: stdin is closed, there is nothing to read")


def read_documents(
    paths: Iterable[str],
    *,
    stdin_filename: str | None = None,
    walk_filter: WalkFilter | None = None,
    extensions: Mapping[str, str] | None = None,
) -> Iterator[Document]:
    """Documents from paths, lazily, so a large corpus is never held in memory;
    the first one that cannot be read raises its InputError. Empty drafts are
    skipped, as a run skips them."""
    items = expand_paths(paths, walk_filter, extensions=extensions)
    for source in read_sources(items, stdin_filename=stdin_filename):
        if isinstance(source, InputError):
            raise source
        try:
            yield document_from_source(source, extensions)
        except EmptyDraft:
            continue


def read_document(path: Path) -> Document:
    """One named file (raises EmptyDraft when it holds only whitespace)."""
    for source in read_sources([path]):
        if isinstance(source, InputError):
            raise source
        return document_from_source(source)
    raise AssertionError("read_sources yields one item per path")


def document_from_source(source: Source, extensions: Mapping[str, str] | None = None) -> Document:
    if source.row is not None:
        return document_from_row(source.name, source.row)
    return document_from_bytes(source.data, source.name, extensions)


def calendar_sources(
    source: Source, columns: Columns | None = None
) -> Iterator[Source | InputError]:
    """One Source per row of the calendar ``source``, lazily (a 10,000-row file
    never becomes 10,000 Documents at once); a row without text is its
    EmptyDraft, and a file that is no calendar is one InputError, in its place."""
    try:
        data: bytes | str = source.data
        if not source.name.lower().endswith(".xlsx"):
            data = decode_text(source.data, source.name)  # UTF-16, binary: said as for drafts
        rows = calendar_rows(source.name, data, columns or Columns())
    except InputError as error:
        error.path = error.path or source.name
        yield error
        return
    for row in rows:
        yield row if isinstance(row, InputError) else Source(source.name, b"", row)


def document_from_bytes(
    data: bytes, source: str, extensions: Mapping[str, str] | None = None
) -> Document:
    return document_from_text(decode_text(data, source), source, extensions=extensions)


def decode_text(data: bytes, source: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark dropped), or the InputError
    that says what it is instead (UTF-16, binary, not UTF-8), naming ``source``."""
    wide = _wide_encoding(data)
    if wide is not None:
        raise InputError(
            f"{source}: {wide} text, not UTF-8: convert it to UTF-8 "
            f"(for example: iconv -f {wide} -t UTF-8)"
        )
    # The whole file, not a first block: UTF-8 decodes NUL as a character, so a
    # NUL after the first 8 KB made a binary file lint as text. One memchr.
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(
            f"{source}: binary file, not text (a NUL byte on line {line}, at offset {nul})"
        )
    try:
        # utf-8-sig drops a byte-order mark so columns match what editors show.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{source}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text


_BYTE_ORDER_MARKS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "UTF-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "UTF-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "UTF-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "UTF-16", "utf-16-be"),
)


def _wide_encoding(data: bytes) -> str | None:
    """``UTF-16``, ``UTF-32`` (with a byte-order mark) or their ``LE``/``BE``
    forms (without one, told by where the NUL bytes fall) if ``data`` is text in
    one of them, else None. Files saved as "Unicode" by Windows tools are
    UTF-16; calling them binary sent people looking for the wrong problem."""
    sample = data[:_BINARY_SNIFF_BYTES]
    for mark, name, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark) and _decodes(sample[len(mark) :], codec):
            return name
    if b"\x00" not in sample:
        return None
    for name, codec, width, zero_lanes in _WIDE_LAYOUTS:
        if _reads_as(sample, codec, width, zero_lanes):
            return name
    return None


# (name, codec, bytes per unit, the byte lanes that are NUL for ASCII characters)
_WIDE_LAYOUTS = (
    ("UTF-32LE", "utf-32-le", 4, (2, 3)),
    ("UTF-32BE", "utf-32-be", 4, (0, 1)),
    ("UTF-16LE", "utf-16-le", 2, (1,)),
    ("UTF-16BE", "utf-16-be", 2, (0,)),
)


def _reads_as(sample: bytes, codec: str, width: int, zero_lanes: tuple[int, ...]) -> bool:
    """Whether ``sample`` looks like and decodes as text in ``codec``: NUL in
    at least a tenth of the lanes where ASCII characters have it (spaces,
    digits and newlines are ASCII in any script), a strict decode (binary
    data almost always holds a lone surrogate or an out-of-range unit), and
    no NUL character. Under eight units nothing can be told: binary, as before."""
    units = len(sample) // width
    if units < 8 or any(sample[lane::width].count(0) < 0.1 * units for lane in zero_lanes):
        return False
    return _decodes(sample, codec)


def _decodes(sample: bytes, codec: str) -> bool:
    """Whether ``sample`` is the start of some text without NUL in ``codec``."""
    try:
        # Incremental, not final: the sample may end inside a character.
        text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return bool(text) and "\x00" not in text


def format_for(source: str, extensions: Mapping[str, str] | None = None) -> str:
    """How a draft is read, from its name's suffix: the config's ``extensions``
    first, then the built-in suffixes; Markdown for any other (a file named
    on the command line is linted whatever its suffix, and stdin is ``-``)."""
    suffix = Path(source).suffix.lower()
    if extensions and suffix in extensions:
        return extensions[suffix]
    return BUILTIN_FORMATS.get(suffix, MARKDOWN)


def document_from_text(
    text: str,
    source: str,
    *,
    record: int | None = None,
    extensions: Mapping[str, str] | None = None,
) -> Document:
    """Build a Document; the suffix of ``source`` picks the format (``format_for``)."""
    if not text.strip():
        raise EmptyDraft(f"{source}: empty, skipped", path=source)
    kind = format_for(source, extensions)
    if kind == TEXT:
        analysis, block_starts = mask_plaintext(text)
        return Document(source, text, calm_capitals(analysis), record, block_starts=block_starts)
    masked = mask_mdx(text, source) if kind == MDX else mask_long_markdown(text, source)
    return Document(
        source,
        text,
        calm_capitals(masked.analysis_text),
        record,
        meta=masked.meta,
        block_starts=masked.block_starts,
        comments=masked.comments,
    )
