"""The copy in front matter: string values linted in place, as prose.

A post's ``title``, ``description`` or ``summary`` is what a search result or
a social card shows; a ``social:`` or ``linkedin:`` value is the post itself.
The Markdown reader blanks the whole front matter, as it is not the body, but
finds here where each string value stands in the file (``ValueText``) and
keeps it on the front matter it returns (``LineMapping.texts``). The run,
which knows which keys the configuration calls copy
(``front_matter_copy``), puts those values back into the analysis text with
``with_front_matter_copy``, so a finding in them points at its line and
column inside the front matter.

Only what is certain is kept. The characters linted are those of the file,
so a value is kept when they read as the value does: its words, split at
whitespace, are the value's words (``_reads_as``). YAML plain, single- and
double-quoted scalars and ``|``/``>`` block scalars map back; skipped are a
double-quoted value with an escape other than ``\\"`` (``\\n``, ``\\u00e9``
change length), an alias (its text stands elsewhere, under another key), a
value whose text holds a comment, and, in TOML, arrays and strings with
escapes other than ``\\"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

import yaml

from align_lint.datafiles.lines import LineDict, LineMapping, ValueText
from align_lint.documents.document import Document
from align_lint.documents.masking import mask_social, unify_line_breaks

__all__ = ["DEFAULT_COPY_KEYS", "toml_texts", "with_front_matter_copy", "yaml_texts"]

# What static-site generators and social cards publish from front matter.
# Sources, in docs/configuration.md: Hugo and Zola (title, description,
# summary), Jekyll and jekyll-seo-tag (excerpt), Open Graph (og:title,
# og:description) and Twitter cards (twitter:title, twitter:description) in
# the spellings themes use for them, and the keys post repositories keep
# social posts under.
DEFAULT_COPY_KEYS = (
    "title",
    "description",
    "summary",
    "excerpt",
    "subtitle",
    "lead",
    "abstract",
    "tagline",
    "teaser",
    "og:title",
    "og:description",
    "og_title",
    "og_description",
    "ogTitle",
    "ogDescription",
    "ogSummary",
    "twitter:title",
    "twitter:description",
    "twitter_title",
    "twitter_description",
    "twitterTitle",
    "twitterDescription",
    "social",
    "socials",
    "linkedin",
    "tweet",
    "mastodon",
    "bluesky",
)

_STR_TAG = "tag:yaml.org,2002:str"
_BREAK = re.compile(r"\r\n?|\n")
# A double-quoted escape whose text reads as what it stands for, once blanked.
_QUOTE_ESCAPE = '\\"'

# An offset in the file for a (line, column) of the front matter's text.
Place = Callable[[int, int], int]


def with_front_matter_copy(document: Document, keys: Sequence[str]) -> Document:
    """``document`` with the front-matter values under ``keys`` in its analysis
    text, each one a block of its own (a sentence never runs from the title
    into the description or the body)."""
    meta = document.meta
    if not keys or not isinstance(meta, LineMapping) or not meta.texts:
        return document
    wanted = frozenset(keys)
    chosen = [value for value in meta.texts if value.key in wanted]
    if not chosen:
        return document
    analysis = document.analysis_text
    # Only the stretch of the front matter that holds the values is made a list
    # of characters: a list of the whole text costs 8 bytes a character (400 MB
    # for a 50 MB draft, the peak of its whole run). One character past it is
    # taken along, so a "\r\n" at its end is not read as a lone "\r".
    low = min(value.start for value in chosen)
    high = min(max(value.start + len(value.text) for value in chosen) + 1, len(analysis))
    chars = list(analysis[low:high])
    for value in chosen:
        piece = list(value.text)
        mask_social(piece)  # a URL, @handle or #tag in a description is not prose
        chars[value.start - low : value.start - low + len(piece)] = piece
    starts = {*document.block_starts, *(start for value in chosen for start in value.blocks)}
    return replace(
        document,
        analysis_text="".join((analysis[:low], unify_line_breaks("".join(chars)), analysis[high:])),
        block_starts=tuple(sorted(starts)),
    )


# ---- YAML ----


def yaml_texts(root: yaml.Node | None, text: str, place: Place) -> tuple[ValueText, ...]:
    """The string values of a YAML front matter's top-level keys, and the
    strings in lists and mappings under them, that map back to ``text``.
    ``place(line, column)`` is where a node's mark stands in ``text``."""
    if not isinstance(root, yaml.MappingNode):
        return ()
    found: list[ValueText] = []
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            continue
        after = place(key_node.end_mark.line, key_node.end_mark.column)
        for node, start, end in _strings(value_node, after, place):
            value = _scalar_text(key_node.value, node, text, start, end)
            if value is not None:
                found.append(value)
    return tuple(found)


def _strings(
    node: yaml.Node, after: int, place: Place
) -> Iterator[tuple[yaml.ScalarNode, int, int]]:
    """The string scalars in ``node`` with their offsets, in file order. A node
    that does not stand after ``after`` is an alias of one written earlier:
    its text belongs to another key, so it is left out."""
    start = place(node.start_mark.line, node.start_mark.column)
    end = place(node.end_mark.line, node.end_mark.column)
    if start < after:
        return
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _STR_TAG and node.value.strip():
            yield node, start, end
        return
    children: list[yaml.Node] = []
    if isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    elif isinstance(node, yaml.MappingNode):
        children = [value for _, value in node.value]
    cursor = start
    for child in children:
        for scalar, child_start, child_end in _strings(child, cursor, place):
            if child_end <= end:
                yield scalar, child_start, child_end
        cursor = max(cursor, place(child.end_mark.line, child.end_mark.column))


def _scalar_text(
    key: str, node: yaml.ScalarNode, text: str, start: int, end: int
) -> ValueText | None:
    """One scalar as prose, or None when its characters do not read as its value."""
    chars = list(text[start:end])
    style = node.style
    if style in ("'", '"'):
        chars[0] = chars[-1] = " "  # the quotes
        inner = text[start + 1 : end - 1]
        if style == '"':
            if "\\" in inner.replace(_QUOTE_ESCAPE, ""):
                return None  # an escape that changes length: positions would drift
            reading = inner.replace(_QUOTE_ESCAPE, '"')
            _blank_escaped_quotes(chars, inner)
        else:
            reading = inner.replace("''", "'")
    elif style in ("|", ">"):
        header_end = _line_end(text, start, end)
        chars[: header_end - start] = " " * (header_end - start)  # "|-", "> # note"
        reading = text[header_end:end]
    else:
        reading = text[start:end]
    if not _reads_as(reading, node.value):
        return None
    return _value_text(key, start, chars, join_lines=style != "|")


def _blank_escaped_quotes(chars: list[str], inner: str) -> None:
    """``\\"`` inside a double-quoted value: both characters blanked (a quote
    mark around a name changes no claim)."""
    position = inner.find(_QUOTE_ESCAPE)
    while position >= 0:
        chars[position + 1 : position + 3] = "  "  # +1: the opening quote
        position = inner.find(_QUOTE_ESCAPE, position + 2)


def _line_end(text: str, start: int, end: int) -> int:
    """The offset after the line break that ends the line ``start`` is on."""
    match = _BREAK.search(text, start, end)
    return match.end() if match else end


# ---- TOML ----

_TOML_KEY = r"""(?:[A-Za-z0-9_-]+|"[^"\\\r\n]*"|'[^'\r\n]*')"""
_TOML_ASSIGNMENT = re.compile(
    rf"^[ \t]*({_TOML_KEY}(?:[ \t]*\.[ \t]*{_TOML_KEY})*)[ \t]*=[ \t]*", re.M
)
_TOML_TABLE = re.compile(
    rf"^[ \t]*\[[ \t]*({_TOML_KEY}(?:[ \t]*\.[ \t]*{_TOML_KEY})*)[ \t]*\]", re.M
)
_TOML_ARRAY_TABLE = re.compile(r"^[ \t]*\[\[", re.M)
_TOML_KEY_PART = re.compile(_TOML_KEY)
# A string value, from its opening delimiter to its closing one.
_TOML_STRINGS = (
    ('"""', re.compile(r'"""(.*?)"""(?!")', re.S)),
    ("'''", re.compile(r"'''(.*?)'''(?!')", re.S)),
    ('"', re.compile(r'"((?:[^"\\\r\n]|\\.)*)"')),
    ("'", re.compile(r"'([^'\r\n]*)'")),
)


def toml_texts(text: str, start: int, end: int, data: LineDict) -> tuple[ValueText, ...]:
    """The string values of TOML front matter (``text[start:end]``) written as
    ``key = "…"`` at the top level or in a ``[key]`` table, as prose."""
    found: list[ValueText] = []
    table: tuple[str, ...] | None = ()
    position = start
    for line_start, line_end in _line_spans(text, start, end):
        if line_start < position:
            continue  # inside a multi-line string seen before
        line = text[line_start:line_end]
        if _TOML_ARRAY_TABLE.match(line):
            table = None  # arrays of tables: not followed
            continue
        header = _TOML_TABLE.match(line)
        if header:
            table = _key_path(header.group(1))
            continue
        assignment = _TOML_ASSIGNMENT.match(line)
        if assignment is None or table is None:
            continue
        path = (*table, *_key_path(assignment.group(1)))
        value_start = line_start + assignment.end()
        # The lines of a multi-line string are its text, kept or not, never
        # assignments ("title = …" quoted inside a description).
        position = _multi_line_string_end(text, value_start, end)
        value = _toml_string(text, value_start, end, path, data)
        if value is not None:
            found.append(value)
    return tuple(found)


def _multi_line_string_end(text: str, start: int, end: int) -> int:
    """Where a multi-line string starting at ``start`` ends (``start`` if none does)."""
    for delimiter, pattern in _TOML_STRINGS[:2]:
        if text.startswith(delimiter, start):
            match = pattern.match(text, start, end)
            return match.end() if match else end
    return start


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end:
        match = _BREAK.search(text, start, end)
        line_end = match.start() if match else end
        yield start, line_end
        start = match.end() if match else end


def _key_path(written: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _TOML_KEY_PART.findall(written))


def _toml_string(
    text: str, position: int, end: int, path: tuple[str, ...], data: LineDict
) -> ValueText | None:
    """The string that starts at ``position`` (the value of ``path``), or None."""
    value: object = data
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    if not isinstance(value, str) or not value.strip():
        return None
    for delimiter, pattern in _TOML_STRINGS:
        if not text.startswith(delimiter, position):
            continue
        match = pattern.match(text, position, end)
        if match is None:
            return None
        inner = match.group(1)
        chars = list(match.group(0))
        size = len(delimiter)
        chars[:size] = chars[-size:] = " " * size
        reading = inner
        if delimiter.startswith('"'):
            if "\\" in inner.replace(_QUOTE_ESCAPE, ""):
                return None
            reading = inner.replace(_QUOTE_ESCAPE, '"')
            _blank_toml_escapes(chars, inner, size)
        if not _reads_as(reading, value):
            return None
        return _value_text(path[0], match.start(), chars, join_lines=True)
    return None


def _blank_toml_escapes(chars: list[str], inner: str, offset: int) -> None:
    position = inner.find(_QUOTE_ESCAPE)
    while position >= 0:
        chars[offset + position : offset + position + 2] = "  "
        position = inner.find(_QUOTE_ESCAPE, position + 2)


# ---- both ----


def _reads_as(reading: str, value: str) -> bool:
    """Whether the file's characters read as the value: the same words in the
    same order (line folding and indentation only move whitespace)."""
    return reading.split() == value.split()


def _value_text(key: str, start: int, chars: list[str], *, join_lines: bool) -> ValueText | None:
    """The ValueText of characters at ``start``: a paragraph starts at the first
    character and after each blank line; inside a paragraph, a line break is a
    space when the value folds lines (all but YAML's literal ``|``), as a
    rendered paragraph of the body is read."""
    text = "".join(chars)
    blocks: list[int] = []
    paragraph_open = False
    for line_start, line_end in _line_spans(text, 0, len(text)):
        line = text[line_start:line_end]
        if not line.strip():
            paragraph_open = False
            continue
        if not paragraph_open:
            blocks.append(start + line_start + (len(line) - len(line.lstrip())))
            paragraph_open = True
        elif join_lines:
            _join_break_before(chars, line_start)
    if not blocks:
        return None
    return ValueText(key, start, "".join(chars), tuple(blocks))


def _join_break_before(chars: list[str], line_start: int) -> None:
    """The line break just before ``line_start`` ("\n", "\r\n" or "\r") as spaces."""
    if chars[line_start - 1] == "\n" and line_start >= 2 and chars[line_start - 2] == "\r":
        chars[line_start - 2] = " "
    chars[line_start - 1] = " "
