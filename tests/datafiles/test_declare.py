"""The declaration module: each kind of value reads a good value and rejects a
bad one with the one message style, and a declaration gives a JSON Schema, a
docs table and a template that agree with what reading accepts."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import jsonschema
import pytest
import yaml

from align_lint.datafiles.declare import (
    SHOWN_LIMIT,
    Choice,
    Custom,
    Defs,
    Flag,
    Key,
    Kind,
    MappingOf,
    Names,
    Nested,
    Reading,
    Spot,
    Table,
    Text,
    Values,
    WholeNumber,
    flow,
    json_schema,
    markdown_table,
    schema_text,
    shown,
    yaml_template,
)
from align_lint.datafiles.lines import LineDict, load_yaml
from align_lint.errors import ConfigError

READING = Reading("f.yaml", ConfigError, "test")


def spot(label: str = "key", line: int = 3) -> Spot:
    return Spot(READING, label, line)


def read_value(kind: Kind, text: str) -> Any:
    """``kind`` reads the YAML value ``text``, written on line 3 as ``key: text``."""
    data = load_yaml("\n\nkey: " + text + "\n", "f.yaml", ConfigError)
    return kind.read(data["key"], spot("key", data.line_of("key")))


def _even(value: Any, at: Spot) -> int:
    if not isinstance(value, int) or value % 2:
        at.reject("an even number", value)
    return value


INNER = Table("inner", keys=(Key("size", WholeNumber(1, 9), "how big"),))

KINDS: list[tuple[Kind, str, Any, str, str]] = [
    # (kind, good YAML, what it reads to, bad YAML, the message for the bad one)
    (Text(), "' auto '", "auto", "5", "f.yaml:3: key must be a non-empty string (got 5)"),
    (Text(), "x", "x", "'  '", 'f.yaml:3: key must be a non-empty string (got "  ")'),
    (Text(blank_ok=True), "''", "", "[a]", 'f.yaml:3: key must be a string (got ["a"])'),
    (
        Text(pattern=r"^[a-z]+(-[a-z]+)*$", meaning="kebab-case"),
        "vanity-metric",
        "vanity-metric",
        "Vanity_Metric",
        'f.yaml:3: key must be kebab-case (got "Vanity_Metric")',
    ),
    (Flag(), "yes", True, "'no'", 'f.yaml:3: key must be true or false (got "no")'),
    (Flag(), "false", False, "null", "f.yaml:3: key must be true or false (got null)"),
    (WholeNumber(0, 100), "70", 70, "101", "f.yaml:3: key must be a whole number from 0 to 100 (got 101)"),
    (WholeNumber(0, 100), "0", 0, "true", "f.yaml:3: key must be a whole number from 0 to 100 (got true)"),
    (WholeNumber(0, 100), "100", 100, "7.5", "f.yaml:3: key must be a whole number from 0 to 100 (got 7.5)"),
    (Choice(("error", "warning", "info")), "info", "info", "warn", "f.yaml:3: key must be one of error, warning, info (got \"warn\"; did you mean 'warning'?)"),
    (Choice(("error", "warning")), "error", "error", "[error]", 'f.yaml:3: key must be one of error, warning (got ["error"])'),
    (Names(), "jargon", ("jargon",), "[1, 2]", "f.yaml:3: key must be a list of strings (got [1, 2])"),
    (Names(items="globs"), "[' a/ ', b]", ("a/", "b"), "{a: 1}", 'f.yaml:3: key must be a list of globs (got {"a": 1})'),
    (Names(items="ids", min_items=1), "[x]", ("x",), "[]", "f.yaml:3: key must be a non-empty list of ids (got [])"),
    (Names(), "[a, ' b ']", ("a", "b"), "[a, '']", 'f.yaml:3: key must be a list of strings (got ["a", ""])'),
    (
        MappingOf(Choice(("error", "info")), keys="rule", values="severity"),
        "{brag: info}",
        {"brag": "info"},
        "[brag]",
        'f.yaml:3: key must be a mapping from rule to severity (got ["brag"])',
    ),
    (
        MappingOf(Choice(("error", "info")), keys="rule", values="severity"),
        "{brag: info}",
        {"brag": "info"},
        "\n  brag: info\n  boast: loud",
        'f.yaml:5: key.boast must be one of error, info (got "loud")',
    ),
    (
        MappingOf(WholeNumber(1, 9), keys="glob", values="size"),
        "{'*.md': 3}",
        {"*.md": 3},
        "\n  'drafts/**': 10",
        'f.yaml:4: key."drafts/**" must be a whole number from 1 to 9 (got 10)',
    ),
    (Nested(INNER), "{size: 2}", None, "big", 'f.yaml:3: key must be a mapping of size (got "big")'),
    (Nested(INNER), "{size: 2}", None, "\n  size: 0", "f.yaml:4: key.size must be a whole number from 1 to 9 (got 0)"),
    (
        Custom("an even number", "even number", _even, lambda defs: {"type": "integer"}),
        "4",
        4,
        "3",
        "f.yaml:3: key must be an even number (got 3)",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "good", "value", "bad", "message"), KINDS)
def test_each_kind_reads_a_good_value_and_rejects_a_bad_one(
    kind: Kind, good: str, value: Any, bad: str, message: str
) -> None:
    result = read_value(kind, good)
    if isinstance(result, Values):
        assert dict(result.given) == {"size": 2}
    elif value is not None:
        assert result == value
    with pytest.raises(ConfigError) as error:
        read_value(kind, bad)
    assert str(error.value) == message


@pytest.mark.parametrize(("kind", "good", "value", "bad", "message"), KINDS)
def test_each_kinds_schema_agrees_with_reading(
    kind: Kind, good: str, value: Any, bad: str, message: str
) -> None:
    if isinstance(kind, Custom):
        return  # its schema is whatever the hand-written check declares
    defs: Defs = {}
    schema = {"$defs": defs, **kind.schema(defs)}
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(yaml.safe_load(good))
    assert not validator.is_valid(yaml.safe_load(bad))


# ---- tables ----

STRICT = Table(
    "strict",
    keys=(
        Key("name", Text(), "what it is called", required=True),
        Key("level", Choice(("high", "low")), "how loud", default="low"),
        Key("report", Flag(), "whether it reports", default=True),
        Key("message", Text(blank_ok=True), "what it says", required_unless=("report", False)),
        Key("inner", Nested(INNER), "an inner table"),
    ),
    misplaced={"model": "belongs at the top level"},
)


def read_table(text: str, table: Table = STRICT) -> Values:
    data = load_yaml(text, "f.yaml", ConfigError)
    assert isinstance(data, LineDict)
    return table.read(data, READING)


def test_a_table_reads_given_values_and_falls_back_to_defaults() -> None:
    values = read_table("name: x\nmessage: hi\n")
    assert (values["name"], values["level"], values["report"]) == ("x", "low", True)
    assert values.get("level") is None  # not given: a layer leaves it alone
    assert values.lines == {"name": 1, "message": 2}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\nmessage: m\nlevl: high\n", "f.yaml:3: unknown test key 'levl' (did you mean 'level'?)"),
        ("name: x\nmessage: m\ncolour: red\n", "f.yaml:3: unknown test key 'colour' (expected one of name, level, report, message, inner)"),
        ("name: x\nmessage: m\nmodel: blank\n", "f.yaml:3: unknown test key 'model' (model belongs at the top level)"),
        ("name: x\nmessage: m\ninner: {size: 1, sise: 2}\n", "f.yaml:3: unknown test key 'inner.sise' (did you mean 'size'?)"),
        ("name: x\nmessage: m\n'a b': 1\n", """f.yaml:3: unknown test key '"a b"' (expected one of name, level, report, message, inner)"""),
        ("\nlevel: high\nmessage: m\n", "f.yaml:2: name is required"),
        ("name: x\n", "f.yaml:1: message is required (unless report: false)"),
        ("name: x\nmessage: ' '\n", 'f.yaml:2: message must be a non-empty string (got " ")'),
    ],
)  # fmt: skip
def test_table_mistakes_name_the_line_and_the_key(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        read_table(text)
    assert str(error.value) == message


def test_required_unless_lifts_the_requirement() -> None:
    values = read_table("name: x\nreport: false\nmessage: ''\n")
    assert values["message"] == ""
    assert "message" not in read_table("name: x\nreport: false\n").given


def test_a_scope_starts_every_message() -> None:
    data = load_yaml("name: x\nlevel: loud\n", "f.yaml", ConfigError)
    with pytest.raises(ConfigError, match=r"^f\.yaml:2: rule x: level must be one of high, low"):
        STRICT.read(data, READING.within("rule x: "))


def test_read_key_reads_one_key_before_the_rest() -> None:
    data = load_yaml("colour: red\nname: ' first '\n", "f.yaml", ConfigError)
    assert STRICT.read_key("name", data, READING) == "first"
    with pytest.raises(ConfigError, match=r"^f\.yaml:1: name is required$"):
        STRICT.read_key("name", load_yaml("level: low\n", "f.yaml", ConfigError), READING)


# ---- what a message shows of a value ----


def test_shown_spells_values_as_yaml_does() -> None:
    assert [shown(v) for v in ("warn", True, None, 3, [1, "a"], {"a": False})] == [
        '"warn"',
        "true",
        "null",
        "3",
        '[1, "a"]',
        '{"a": false}',
    ]


def test_shown_is_bounded_however_big_the_value() -> None:
    bomb: Any = ["lol"] * 9
    for _ in range(30):  # 9**30 strings if it were expanded
        bomb = [bomb] * 9
    assert len(shown(bomb)) <= SHOWN_LIMIT
    assert len(shown("x" * 100_000)) <= SHOWN_LIMIT
    assert len(shown({str(n): n for n in range(10_000)})) <= SHOWN_LIMIT
    assert shown("x" * 100).endswith("…")


# ---- what a declaration gives besides reading ----


FLOW_VALUES = [
    "auto", "yes", "on", "No", "drafts/**", "*.md", "a: b", "", "1.5", ".5", "x #y", "trailing ",
    True, 70, [], {}, ["vanity", "tone"], {"hype-word": "info"}, {"drafts/**": {"fail_under": 50}},
]  # fmt: skip


@pytest.mark.parametrize("value", FLOW_VALUES)
def test_flow_spells_values_that_yaml_reads_back(value: Any) -> None:
    assert yaml.safe_load(f"key: {flow(value)}") == {"key": value}


def test_the_json_schema_of_a_table_agrees_with_reading() -> None:
    schema = json_schema(STRICT, "https://example.com/strict.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for good in (
        "name: x\nmessage: m\n",
        "name: x\nreport: false\n",
        "name: x\nmessage: m\ninner: {size: 3}\n",
    ):
        read_table(good)
        assert validator.is_valid(yaml.safe_load(good)), good
    for bad in (
        "name: x\n",
        "name: x\nmessage: ' '\n",
        "name: x\nmessage: m\nlevl: high\n",
        "message: m\n",
    ):
        with pytest.raises(ConfigError):
            read_table(bad)
        assert not validator.is_valid(yaml.safe_load(bad)), bad
    assert schema_text(schema) == schema_text(
        json_schema(STRICT, "https://example.com/strict.json")
    )
    assert schema_text(schema).endswith("}\n")


def test_markdown_table_rows() -> None:
    assert markdown_table(STRICT, ("key", "type", "required", "default", "meaning")) == (
        "| key | type | required | default | meaning |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| `name` | string | yes | none | what it is called |\n"
        "| `level` | `high` `low` | no (low) | `low` | how loud |\n"
        "| `report` | bool | no (true) | `true` | whether it reports |\n"
        "| `message` | string | yes (unless `report: false`) | none | what it says |\n"
        "| `inner` | mapping | no | none | an inner table |\n"
    )


def test_the_template_loads_to_the_defaults_and_its_examples_read() -> None:
    table = Table(
        "settings",
        keys=(
            Key("fail_under", WholeNumber(0, 100), "a `document` below this fails", default=70),
            Key("ignore", Names(), "rules that do not report", default=(), example=["a", "b"]),
            Key(
                "per_file",
                MappingOf(Nested(INNER), keys="glob", values="settings"),
                "glob -> settings",
                default={},
                example={"drafts/**": {"size": 2}},
            ),
        ),
    )
    template = yaml_template(table, "# header\n")
    assert template.startswith("# header\n\n# a document below this fails\nfail_under: 70\n")
    assert yaml.safe_load(template) == {"fail_under": 70, "ignore": [], "per_file": {}}
    uncommented = "\n".join(
        line[2:]
        for line in template.splitlines()
        if line.startswith(("# ignore", "# per_file", "#   "))
    )
    values = read_table(uncommented, table)
    assert values["ignore"] == ("a", "b")
    assert values["per_file"]["drafts/**"]["size"] == 2


def test_a_table_that_inherits_shows_no_defaults_in_its_schema() -> None:
    layer = Table("layer", keys=(Key("level", WholeNumber(0, 9), "how loud", default=5),))
    defaults = json_schema(layer, "x")["properties"]["level"]
    inherited = json_schema(replace(layer, inherits=True), "x")["properties"]["level"]
    assert (defaults.get("default"), "default" in inherited) == (5, False)
