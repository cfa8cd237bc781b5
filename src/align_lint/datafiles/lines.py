"""YAML and TOML loading that remembers line numbers, for error messages that point.

``yaml.safe_load`` and ``tomllib`` forget where things were. Here both give a
``LineDict``: a dict that knows its own line and the line of each key, so
validation can say ``rules/vanity.yaml:14: severity must be …``.

* YAML: a SafeLoader (so no arbitrary objects are ever constructed) whose
  mappings and sequences record the marks the parser already has.
* TOML: ``tomllib`` keeps no positions, so the lines of table headers and key
  assignments are found by scanning the text (``toml_line_index``); a key
  inside an inline table or an array is reported at its table's line.

Both are bounded, because anyone can write the files align reads (a draft in a
pull request): a YAML alias may stand for a big subtree, and every later walk
over the data (validation, messages) pays for it again each time it is used,
so aliases may add at most ``MAX_ALIAS_NODES`` nodes to what the text itself
holds, and never refer to themselves; nesting is at most ``MAX_DEPTH`` deep in
YAML and TOML; an integer longer than Python converts is an error at its line.

Both take ``first_line`` so a document embedded in another file (a draft's
front matter) reports lines of the file, not of the snippet.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml

from align_lint.errors import AlignError

# Nodes that aliases may add to a YAML document, counted as if each alias were
# written out. The bundled pack's few aliases add about a hundred; a
# 400-byte "billion laughs" would add billions.
MAX_ALIAS_NODES = 100_000
# Mappings and lists inside one another. A rule pack needs about six levels;
# the bound keeps every recursive walk (with_lines, validation, spaCy's
# pattern checks) far below Python's recursion limit.
MAX_DEPTH = 64
# Python refuses to convert longer integers (sys.get_int_max_str_digits()).
MAX_INT_DIGITS = 4300
# The most a config, rule pack or profile file may hold. The bundled pack is
# about 200 KB and 10,000 user rules about 3 MB; a link to a file without an
# end (/proc/self/pagemap reads as 256 GB) or a huge one is refused after
# this much, not read whole.
MAX_DATA_FILE_BYTES = 32 * 1024 * 1024


class LineDict(dict[str, Any]):
    """A mapping from YAML that knows its own line and each key's line (1-based)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    line: int = 0
    item_lines: list[int]


def line_dict(
    values: Mapping[str, Any], line: int, key_lines: Mapping[str, int] | None = None
) -> LineDict:
    """A LineDict of ``values`` at ``line`` (keys without a line of their own share it)."""
    data = LineDict(values)
    data.line = line
    data.key_lines = {key: (key_lines or {}).get(key, line) for key in values}
    return data


def with_lines(value: Any, line: int) -> Any:
    """``value`` with every plain dict and list in it made a LineDict/LineList at
    ``line``, for data that came from somewhere without positions (the Python API)."""
    if isinstance(value, LineDict | LineList):
        return value
    if isinstance(value, dict):
        return line_dict({str(k): with_lines(v, line) for k, v in value.items()}, line)
    if isinstance(value, list):
        items = LineList(with_lines(v, line) for v in value)
        items.line = line
        items.item_lines = [line] * len(items)
        return items
    return value


class LineMapping(Mapping[str, Any]):
    """A read-only LineDict: what a Document keeps as its front matter, so the
    settings read from it can still name ``post.md:LINE``."""

    def __init__(self, data: LineDict | None = None, texts: tuple[ValueText, ...] = ()) -> None:
        self._data = data if data is not None else line_dict({}, 0)
        self._texts = texts

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"LineMapping({self._data!r})"

    @property
    def line(self) -> int:
        return self._data.line

    def line_of(self, key: str) -> int:
        return self._data.line_of(key)

    @property
    def texts(self) -> tuple[ValueText, ...]:
        """The string values whose place in the file is known, as prose."""
        return self._texts


@dataclass(frozen=True)
class ValueText:
    """A string value (or one string inside it) under the top-level ``key``, as
    it stands in the file: ``text`` covers offsets ``start`` to ``start +
    len(text)`` of the file and holds its characters with what is not the
    value's own (quotes, indentation, escapes) blanked, so it can replace them
    one for one. ``blocks`` are the offsets where a paragraph of it begins."""

    key: str
    start: int
    text: str
    blocks: tuple[int, ...]


# ---- YAML ----

# libyaml's parser when PyYAML was built with it (ten times faster on the
# bundled pack, which every run loads); its nodes carry the same line marks.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):  # type: ignore[misc, valid-type]
    # Set per load: lines above the text (front matter starts below its fence)
    # and whether a repeated key is an error.
    line_offset = 0
    unique_keys = True


def _line(loader: _LineLoader, node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1 + loader.line_offset


def _clipped(key: str) -> str:
    """A key as a message quotes it, at most 60 characters (keys can be any length)."""
    return repr(key) if len(key) <= 60 else repr(key[:59]) + "…"


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = line_dict({}, _line(loader, node))
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result and loader.unique_keys:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {_clipped(key)}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = _line(loader, key_node)
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = _line(loader, node)
    result.item_lines = [_line(loader, child) for child in node.value]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(
    text: str,
    source: str,
    error: type[AlignError],
    *,
    first_line: int = 1,
    unique_keys: bool = True,
    invalid: str = "invalid YAML",
) -> Any:
    """Parse YAML safely; a syntax error becomes ``error`` naming ``source:line``.

    ``first_line`` is the file line the text starts on. ``unique_keys=False``
    lets a repeated key silently win, as other readers of that text expect
    (front matter belongs to the site generator, not to align)."""
    data, _ = load_yaml_nodes(
        text, source, error, first_line=first_line, unique_keys=unique_keys, invalid=invalid
    )
    return data


def load_yaml_nodes(
    text: str,
    source: str,
    error: type[AlignError],
    *,
    first_line: int = 1,
    unique_keys: bool = True,
    invalid: str = "invalid YAML",
) -> tuple[Any, yaml.Node | None]:
    """As ``load_yaml``, with the composed root node too: its nodes know where
    each value stands in ``text`` (line, column and style of every scalar),
    which a draft's front matter needs to lint the copy in it in place."""
    loader = _LineLoader(text)
    loader.line_offset = first_line - 1
    loader.unique_keys = unique_keys
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _check_bounds(node, source, first_line, error, invalid)
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + first_line}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise error(f"{source}{line}: {invalid}: {problem}") from None
    except yaml.YAMLError as exc:
        raise error(f"{source}: {invalid}: {exc}") from None
    except ValueError as exc:
        # A value YAML recognises but Python cannot build: a date like
        # 2024-13-45, an integer of more than 4300 digits.
        raise error(f"{source}: {invalid}: {str(exc).split(';')[0]}") from None
    finally:
        loader.dispose()


_INT_TAG = "tag:yaml.org,2002:int"


def _check_bounds(
    root: yaml.Node, source: str, first_line: int, error: type[AlignError], invalid: str
) -> None:
    """Refuse a composed YAML document that is too big once its aliases are
    written out, that refers to itself, that nests deeper than ``MAX_DEPTH``,
    or that holds an integer Python will not convert; before anything is built
    from it. One pass over the nodes as written: each node's expanded size and
    depth are computed once (an alias is the same node object again)."""

    def fail(node: yaml.Node, problem: str) -> NoReturn:
        raise error(f"{source}:{node.start_mark.line + first_line}: {invalid}: {problem}")

    if isinstance(root, yaml.ScalarNode):
        _check_scalar(root, fail)
        return
    # Collections only: id -> (nodes, depth) written out. Scalars, most of the
    # nodes, are checked where their parent lists them, so the walk stays cheap
    # next to parsing (a scalar alias counts again as written: it adds one node).
    expanded: dict[int, tuple[int, int]] = {}
    written = 0
    open_nodes: set[int] = set()  # the collections being walked: ancestors
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            open_nodes.discard(id(node))
            size, depth = 1, 1
            for child in _children(node):
                if isinstance(child, yaml.ScalarNode):
                    size += 1
                else:
                    nodes, levels = expanded[id(child)]
                    size, depth = size + nodes, max(depth, levels)
            if depth + 1 > MAX_DEPTH:
                fail(node, f"nested more than {MAX_DEPTH} levels deep")
            expanded[id(node)] = (size, depth + 1)
            continue
        if id(node) in expanded:
            continue
        open_nodes.add(id(node))
        written += 1
        stack.append((node, True))
        for child in _children(node):
            if isinstance(child, yaml.ScalarNode):
                _check_scalar(child, fail)
                written += 1
            elif id(child) in open_nodes:
                fail(child, "an alias refers to a node that contains it")
            elif id(child) not in expanded:
                stack.append((child, False))
    if expanded[id(root)][0] - written > MAX_ALIAS_NODES:
        fail(root, f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes")


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_scalar(node: yaml.ScalarNode, fail: Callable[[yaml.Node, str], NoReturn]) -> None:
    if node.tag == _INT_TAG and len(node.value) > MAX_INT_DIGITS:
        fail(node, f"an integer of more than {MAX_INT_DIGITS} digits")


def read_yaml_file(path: Path, source: str, error: type[AlignError]) -> Any:
    """Read and parse a YAML file; unreadable or non-UTF-8 files are ``error`` too."""
    return load_yaml(read_text_file(path, source, error), source, error)


def read_text_file(path: Path, source: str, error: type[AlignError]) -> str:
    try:
        return read_data_file(path, source, error).decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"{source}: not valid UTF-8") from None


def read_data_file(path: Path, source: str, error: type[AlignError]) -> bytes:
    """The bytes of a config, pack or profile file, which may be a link a pull
    request committed: only a regular file is read (``O_NONBLOCK``: a FIFO's
    open does not wait for a writer), and at most MAX_DATA_FILE_BYTES of it."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
        with open(descriptor, "rb", closefd=True) as stream:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise error(f"{source}: not a regular file")
            # Not st_size: /proc files say 0 and have no end.
            data = stream.read(MAX_DATA_FILE_BYTES + 1)
    except FileNotFoundError:
        raise error(f"{source}: no such file") from None
    except OSError as exc:
        raise error(f"{source}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_DATA_FILE_BYTES:
        raise error(f"{source}: larger than {MAX_DATA_FILE_BYTES // 2**20} MB, not read")
    return data


# ---- TOML ----

_TOML_KEY_PART = re.compile(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')
_TOML_HEADER = re.compile(r"^\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_TOML_ASSIGNMENT = re.compile(
    r"""^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)"""
    r"""(?:\s*\.\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*="""
)
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$|\s*\(at end of document\)$")


def load_toml(
    text: str,
    source: str,
    error: type[AlignError],
    *,
    first_line: int = 1,
    invalid: str = "invalid TOML",
) -> LineDict:
    """Parse TOML into LineDicts; a syntax error becomes ``error`` naming ``source:line``."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem = str(exc)
        position = _TOML_POSITION.search(problem)
        line = ""
        if position is not None:
            problem = problem[: position.start()]
            last = len(text.splitlines()) or 1  # "at end of document"
            line = f":{int(position.group(1) or last) + first_line - 1}"
        raise error(f"{source}{line}: {invalid}: {problem}") from None
    except ValueError:
        # tomllib's int() of an integer longer than Python converts.
        line = _line_of(text, _TOML_LONG_INTEGER, first_line)
        raise error(
            f"{source}{line}: {invalid}: an integer of more than {MAX_INT_DIGITS} digits"
        ) from None
    except RecursionError:
        # tomllib parses nested arrays and inline tables recursively.
        raise error(f"{source}: {invalid}: nested more than {MAX_DEPTH} levels deep") from None
    if _toml_depth(document) > MAX_DEPTH:
        raise error(f"{source}: {invalid}: nested more than {MAX_DEPTH} levels deep")
    return toml_line_dict(document, (), toml_line_index(text, first_line), first_line)


_TOML_LONG_INTEGER = re.compile(rf"[0-9][0-9_]{{{MAX_INT_DIGITS},}}")


def _line_of(text: str, pattern: re.Pattern[str], first_line: int) -> str:
    """``:LINE`` of the first match of ``pattern`` in ``text``, or nothing."""
    match = pattern.search(text)
    if match is None:
        return ""
    return f":{text.count(chr(10), 0, match.start()) + first_line}"


def _toml_depth(document: Mapping[str, Any]) -> int:
    """How deep tables and arrays nest in a parsed TOML document (without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    return deepest


def _toml_key(text: str) -> tuple[str, ...]:
    return tuple(
        next(group for group in match.groups() if group is not None)
        for match in _TOML_KEY_PART.finditer(text)
    )


def toml_line_index(text: str, first_line: int = 1) -> dict[tuple[str, ...], int]:
    """The first line of every table header and key assignment, by full key path."""
    index: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, raw in enumerate(text.splitlines(), start=first_line):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[["):
            table = ("[[",)  # arrays of tables keep the line of their first header only
            continue
        header = _TOML_HEADER.match(line)
        if header:
            table = _toml_key(header.group(1))
            index.setdefault(table, number)
            continue
        assignment = _TOML_ASSIGNMENT.match(line)
        if assignment:
            key = table + _toml_key(assignment.group(1))
            for depth in range(len(table) + 1, len(key) + 1):
                index.setdefault(key[:depth], number)
    return index


def toml_line_dict(
    value: Mapping[str, Any], path: tuple[str, ...], index: dict[tuple[str, ...], int], line: int
) -> LineDict:
    """``value`` (a table at ``path``) as LineDicts, lines looked up in ``index``."""
    data = line_dict({}, index.get(path, line))
    for key, item in value.items():
        key_line = index.get((*path, key), data.line)
        data.key_lines[key] = key_line
        if isinstance(item, dict):
            item = toml_line_dict(item, (*path, key), index, key_line)
        elif isinstance(item, list):
            items = LineList(item)
            items.line = key_line
            items.item_lines = [key_line] * len(item)
            item = items
        data[key] = item
    return data
