"""YAML and TOML loaded with the line of every key, counted from where the text
starts in its file (front matter starts below its fence)."""

from __future__ import annotations

import re

import pytest

from align_lint.datafiles.lines import LineDict, LineMapping, load_toml, load_yaml, with_lines
from align_lint.errors import InputError


def test_yaml_lines_start_at_first_line() -> None:
    data = load_yaml("title: x\nalign:\n  ignore: [a, b]\n", "p.md", InputError, first_line=2)
    assert isinstance(data, LineDict)
    assert (data.line_of("title"), data.line_of("align")) == (2, 3)
    assert data["align"].line_of("ignore") == 4
    assert data["align"]["ignore"].item_lines == [4, 4]


def test_yaml_errors_name_the_file_line() -> None:
    with pytest.raises(InputError, match=r"^p\.md:4: front matter is not valid YAML: "):
        load_yaml(
            "a: 1\nb: c: d\n",
            "p.md",
            InputError,
            first_line=3,
            invalid="front matter is not valid YAML",
        )


@pytest.mark.parametrize(("value", "where"), [("2024-13-45", "p.md"), ("9" * 5000, "p.md:1")])
def test_values_python_cannot_build_are_errors_not_crashes(value: str, where: str) -> None:
    with pytest.raises(InputError, match=rf"^{re.escape(where)}: invalid YAML: "):
        load_yaml(f"date: {value}\n", "p.md", InputError)


def test_repeated_keys_are_an_error_unless_allowed() -> None:
    with pytest.raises(InputError, match=r"^p\.md:2: invalid YAML: duplicate key 'a'"):
        load_yaml("a: 1\na: 2\n", "p.md", InputError)
    data = load_yaml("a: 1\na: 2\n", "p.md", InputError, unique_keys=False)
    assert (data["a"], data.line_of("a")) == (2, 2)


def test_toml_lines_of_tables_keys_and_dotted_keys() -> None:
    text = 'title = "x"\n\n[align]\nfail_under = 50\n\n[align.severity]\n"hype-word" = "info"\n'
    data = load_toml(text, "p.md", InputError, first_line=2)
    assert data.line_of("title") == 2
    assert data["align"].line == 4
    assert data["align"].line_of("fail_under") == 5
    assert data["align"]["severity"].line_of("hype-word") == 8
    dotted = load_toml("[tool]\nalign.fail_under = 1\n", "pyproject.toml", InputError)
    assert dotted["tool"]["align"].line_of("fail_under") == 2


def test_toml_errors_name_the_file_line() -> None:
    with pytest.raises(InputError, match=r"^p\.md:3: front matter is not valid TOML: "):
        load_toml(
            "a = 1\nb = [\n",
            "p.md",
            InputError,
            first_line=2,
            invalid="front matter is not valid TOML",
        )


def test_a_line_mapping_is_read_only_and_knows_its_lines() -> None:
    meta = LineMapping(load_yaml("a: 1\nb: {c: 2}\n", "p.md", InputError, first_line=2))
    assert dict(meta) == {"a": 1, "b": {"c": 2}} and meta == {"a": 1, "b": {"c": 2}}
    assert (meta.line_of("b"), meta["b"].line_of("c")) == (3, 3)
    assert not hasattr(meta, "__setitem__")


def test_with_lines_gives_plain_data_a_line() -> None:
    data = with_lines({"a": [1, {"b": 2}]}, 7)
    assert data.line_of("a") == 7 and data["a"].item_lines == [7, 7]
    assert data["a"][1].line_of("b") == 7
