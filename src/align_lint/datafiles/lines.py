"""YAML loading that remembers line numbers, for error messages that point.

``yaml.safe_load`` forgets where things were. This loader is a SafeLoader (so
no arbitrary objects are ever constructed) whose mappings remember the line of
each key, which lets validation say ``rules/vanity.yaml:14: severity must be …``.
"""

from __future__ import annotations

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


# libyaml's parser when PyYAML was built with it (ten times faster on the
# bundled pack, which every run loads); its nodes carry the same line marks.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(text: str, source: str, error: type[AlignError]) -> Any:
    """Parse YAML safely; a syntax error becomes ``error`` naming ``source:line``."""
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise error(f"{source}{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise error(f"{source}: invalid YAML: {exc}") from None


def read_yaml_file(path: Path, source: str, error: type[AlignError]) -> Any:
    """Read and parse a YAML file; unreadable or non-UTF-8 files are ``error`` too."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{source}: no such file") from None
    except UnicodeDecodeError:
        raise error(f"{source}: not valid UTF-8") from None
    except OSError as exc:
        raise error(f"{source}: cannot read ({exc.strerror})") from None
    return load_yaml(text, source, error)
