"""YAML and TOML loading that remembers line numbers, for error messages that point.

``yaml.safe_load`` and ``tomllib`` forget where things were. Here both give a
``LineDict``: a dict that knows its own line and the line of each key, so
validation can say ``rules/vanity.yaml:14: severity must be …``.

* YAML: a SafeLoader (so no arbitrary objects are ever constructed) whose
  mappings and sequences record the marks the parser already has.
* TOML: ``tomllib`` keeps no positions, so the lines of table headers and key
  assignments are found by scanning the text (``toml_line_index``); a key
  inside an inline table or an array is reported at its table's line.

Both take ``first_line`` so a document embedded in another file (a draft's
front matter) reports lines of the file, not of the snippet.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from align_lint.errors import AlignError


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

    def __init__(self, data: LineDict | None = None) -> None:
        self._data = data if data is not None else line_dict({}, 0)

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


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = line_dict({}, _line(loader, node))
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result and loader.unique_keys:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
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
    loader = _LineLoader(text)
    loader.line_offset = first_line - 1
    loader.unique_keys = unique_keys
    try:
        return loader.get_single_data()
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


def read_yaml_file(path: Path, source: str, error: type[AlignError]) -> Any:
    """Read and parse a YAML file; unreadable or non-UTF-8 files are ``error`` too."""
    return load_yaml(read_text_file(path, source, error), source, error)


def read_text_file(path: Path, source: str, error: type[AlignError]) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{source}: no such file") from None
    except UnicodeDecodeError:
        raise error(f"{source}: not valid UTF-8") from None
    except OSError as exc:
        raise error(f"{source}: cannot read ({exc.strerror})") from None


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
    return toml_line_dict(document, (), toml_line_index(text, first_line), first_line)


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
