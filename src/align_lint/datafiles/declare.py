"""Declare the keys of a data file once; read, check and document them from that.

Every file align reads settings from (``.align.yaml`` or ``[tool.align]``, a
draft's front matter, a rule pack) is a ``Table`` of ``Key``\\ s, and each key
holds one *kind* of value (``Text``, ``Flag``, ``WholeNumber``, ``Choice``,
``Names``, ``MappingOf``, ``Nested``, ``ListOf``, or ``Custom`` for what only hand-written
code can check). From that one declaration come:

* reading: ``Table.read`` checks a ``LineDict`` and returns the values as align
  uses them, or raises one error in one style for every key of every file:
  ``file:line: key must be … (got …)``, ``file:line: unknown config key 'x'
  (did you mean 'y'?)``;
* a JSON Schema (draft 2020-12) for editors: ``json_schema``;
* the rows of a docs key table: ``markdown_table``;
* a commented YAML file with every default: ``yaml_template``.

This module knows no file: ``settings/keys.py`` declares the config keys,
``rules/keys.py`` the rule and pack keys.
"""

from __future__ import annotations

import json
import re
import textwrap
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, NoReturn

from align_lint.datafiles.lines import LineDict, with_lines
from align_lint.errors import AlignError, did_you_mean, problems_of

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# JSON Schema definitions gathered while a schema is built ("$defs").
Defs = dict[str, Any]

# ---- how a message shows a value ----

# Values come from files anyone can write: a YAML alias bomb is a few hundred
# bytes that expand to billions of items, so what a message shows of a value is
# bounded in work (items and depth looked at) as well as in length.
SHOWN_LIMIT = 60
_SHOWN_ITEMS = 4
_SHOWN_DEPTH = 2


def shown(value: Any) -> str:
    """``value`` as a message quotes it, spelled as in YAML/JSON (``"warn"``,
    ``true``, ``null``, ``[1, 2]``), at most ``SHOWN_LIMIT`` characters."""
    return _clip(_spell(value, _SHOWN_DEPTH))


def quoted(name: str) -> str:
    """A name from a file (a key, a glob) as a message quotes it: ``'fail_undr'``."""
    return repr(name) if len(name) <= SHOWN_LIMIT else repr(name[: SHOWN_LIMIT - 1]) + "…"


def _clip(text: str) -> str:
    return text if len(text) <= SHOWN_LIMIT else text[: SHOWN_LIMIT - 1] + "…"


def _spell(value: Any, depth: int) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _clip(repr(value))
    if isinstance(value, str):
        return json.dumps(value[: SHOWN_LIMIT + 1], ensure_ascii=False)
    if isinstance(value, Mapping):
        if depth == 0:
            return "{…}" if value else "{}"
        items = [
            f"{_spell(k, 0)}: {_spell(v, depth - 1)}"
            for k, v in islice(value.items(), _SHOWN_ITEMS)
        ]
        return "{" + ", ".join(items + ["…"] * (len(value) > _SHOWN_ITEMS)) + "}"
    if isinstance(value, list | tuple):
        if depth == 0:
            return "[…]" if value else "[]"
        items = [_spell(v, depth - 1) for v in islice(value, _SHOWN_ITEMS)]
        return "[" + ", ".join(items + ["…"] * (len(value) > _SHOWN_ITEMS)) + "]"
    return _clip(str(value))  # dates and times YAML reads


_BARE_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")


def _segment(name: str) -> str:
    """One step of a key path: ``brag``, or ``"drafts/**"`` when it needs quotes."""
    return name if _BARE_SEGMENT.fullmatch(name) else _clip(json.dumps(name, ensure_ascii=False))


# ---- YAML flow spelling, for the docs and the init template ----

_PLAIN = re.compile(r"[A-Za-z_/][A-Za-z0-9_./ -]*(?<! )")
# YAML 1.1 reads these as booleans or null, so a string spelled so needs quotes.
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def flow(value: Any) -> str:
    """``value`` in YAML flow style: ``auto``, ``[]``, ``{hype-word: info}``, ``"drafts/**"``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        plain = _PLAIN.fullmatch(value) and value.lower() not in _YAML_WORDS
        return value if plain else json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{flow(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    raise TypeError(f"no YAML spelling for {value!r}")


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value


# ---- reading ----


@dataclass(frozen=True)
class Reading:
    """The file being read and how its mistakes are reported.

    ``noun`` names what an unknown key is (``config``, ``rule``, ``pack``,
    ``front matter``); ``scope`` starts every message (``rule vanity-metric: ``).
    With ``collect`` a table goes on after a mistake and raises one error
    listing them all (``error.problems``), as ``align check-rules`` reports
    every mistake of a pack rather than one per run.
    """

    source: str
    error: type[AlignError]
    noun: str
    scope: str = ""
    collect: bool = False

    def fail(self, line: int, message: str) -> NoReturn:
        where = f"{self.source}:{line}" if line else self.source
        raise self.error(f"{where}: {self.scope}{message}")

    def within(self, scope: str) -> Reading:
        return replace(self, scope=scope)


@dataclass(frozen=True)
class Spot:
    """One value being read: how messages name it (``align.fail_under``) and its line."""

    reading: Reading
    label: str
    line: int

    def reject(self, expected: str, value: Any, hint: str = "") -> NoReturn:
        """``severity must be one of …(got "warn"; did you mean 'warning'?)``."""
        got = f"got {shown(value)}{f'; {hint}' if hint else ''}"
        self.reading.fail(self.line, f"{self.label} must be {expected} ({got})")

    def fail(self, problem: str, line: int | None = None) -> NoReturn:
        """A mistake only hand-written code can name: ``match.patterns[0]: <problem>``."""
        self.reading.fail(self.line if line is None else line, f"{self.label}{problem}")

    def child(self, name: str, line: int) -> Spot:
        return Spot(self.reading, f"{self.label}.{_segment(name)}", line)

    def item(self, index: int, line: int) -> Spot:
        return Spot(self.reading, f"{self.label}[{index}]", line)


# ---- kinds of value ----


class Kind(ABC):
    """What one key may hold; reads it, and says what it is for messages,
    docs and JSON Schema."""

    @property
    @abstractmethod
    def expected(self) -> str:
        """What a good value is, as messages say after "must be"."""

    @property
    @abstractmethod
    def doc_type(self) -> str:
        """The value's type as the docs' key tables show it (Markdown)."""

    @abstractmethod
    def schema(self, defs: Defs) -> dict[str, Any]:
        """The JSON Schema of a good value (shared pieces go into ``defs``)."""

    @abstractmethod
    def read(self, value: Any, spot: Spot) -> Any:
        """The value as align uses it, or ``spot.reject(...)``."""


@dataclass(frozen=True)
class Text(Kind):
    """A string, stripped; not blank unless ``blank_ok``; matching ``pattern``
    (searched, as JSON Schema does, so anchor it) described by ``meaning``."""

    pattern: str | None = None
    meaning: str = ""
    blank_ok: bool = False

    @property
    def expected(self) -> str:
        if self.pattern is not None:
            return self.meaning or f"a string matching {self.pattern}"
        return "a string" if self.blank_ok else "a non-empty string"

    @property
    def doc_type(self) -> str:
        return "string"

    def schema(self, defs: Defs) -> dict[str, Any]:
        if self.pattern is not None:
            return {"type": "string", "pattern": self.pattern}
        if self.blank_ok:
            return {"type": "string"}
        return {"type": "string", "minLength": 1, "pattern": r"\S"}

    def read(self, value: Any, spot: Spot) -> str:
        if not isinstance(value, str):
            spot.reject(self.expected, value)
        text = value.strip()
        if not text and not self.blank_ok:
            spot.reject(self.expected, value)
        if self.pattern is not None and not re.search(self.pattern, text):
            spot.reject(self.expected, value)
        return text


@dataclass(frozen=True)
class Flag(Kind):
    """true or false (YAML's yes/no/on/off are booleans too)."""

    @property
    def expected(self) -> str:
        return "true or false"

    @property
    def doc_type(self) -> str:
        return "bool"

    def schema(self, defs: Defs) -> dict[str, Any]:
        return {"type": "boolean"}

    def read(self, value: Any, spot: Spot) -> bool:
        if not isinstance(value, bool):
            spot.reject(self.expected, value)
        return value


@dataclass(frozen=True)
class WholeNumber(Kind):
    """An integer from ``low`` to ``high`` (a boolean is not a number here)."""

    low: int
    high: int

    @property
    def expected(self) -> str:
        return f"a whole number from {self.low} to {self.high}"

    @property
    def doc_type(self) -> str:
        return f"integer {self.low} to {self.high}"

    def schema(self, defs: Defs) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.low, "maximum": self.high}

    def read(self, value: Any, spot: Spot) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            spot.reject(self.expected, value)
        if not self.low <= value <= self.high:
            spot.reject(self.expected, value)
        return value


@dataclass(frozen=True)
class Choice(Kind):
    """One of a few words (an enum's values), in the order messages list them."""

    choices: tuple[str, ...]

    @property
    def expected(self) -> str:
        return f"one of {', '.join(self.choices)}"

    @property
    def doc_type(self) -> str:
        return " ".join(f"`{choice}`" for choice in self.choices)

    def schema(self, defs: Defs) -> dict[str, Any]:
        return {"enum": list(self.choices)}

    def read(self, value: Any, spot: Spot) -> str:
        if not isinstance(value, str) or value not in self.choices:
            close = did_you_mean(value, map(str, self.choices)) if isinstance(value, str) else ""
            spot.reject(self.expected, value, close.strip(" ()"))
        return value


@dataclass(frozen=True)
class Names(Kind):
    """One non-blank string or a list of them (``ignore: jargon`` is a list of
    one), read as a tuple of stripped strings. ``items`` names them in messages."""

    items: str = "strings"
    min_items: int = 0

    @property
    def expected(self) -> str:
        return f"a {'non-empty ' if self.min_items else ''}list of {self.items}"

    @property
    def doc_type(self) -> str:
        return f"{'non-empty ' if self.min_items else ''}list of {self.items} (or one)"

    def schema(self, defs: Defs) -> dict[str, Any]:
        defs.setdefault("name", {"type": "string", "minLength": 1, "pattern": r"\S"})
        many: dict[str, Any] = {"type": "array", "items": {"$ref": "#/$defs/name"}}
        if self.min_items:
            many["minItems"] = self.min_items
            return {"oneOf": [{"$ref": "#/$defs/name"}, many]}
        defs.setdefault("names", {"oneOf": [{"$ref": "#/$defs/name"}, many]})
        return {"$ref": "#/$defs/names"}

    def read(self, value: Any, spot: Spot) -> tuple[str, ...]:
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or len(values) < self.min_items:
            spot.reject(self.expected, value)
        if not all(isinstance(v, str) and v.strip() for v in values):
            spot.reject(self.expected, value, _unquoted_hint(values))
        return tuple(v.strip() for v in values)


def _unquoted_hint(values: list[Any]) -> str:
    """YAML 1.1 reads on, off, yes and no as booleans: a word list that holds
    one says to quote it."""
    odd = [v for v in values if isinstance(v, bool)]
    if not odd:
        return ""
    return (
        f'YAML read {shown(odd[0])} as a {type(odd[0]).__name__}: quote words such as "on" or "no"'
    )


@dataclass(frozen=True)
class MappingOf(Kind):
    """A mapping from names (``keys``) to values of one kind (``values`` names
    them): ``severity: {hype-word: info}``, ``per_file: {"drafts/**": {…}}``."""

    value: Kind
    keys: str
    values: str

    @property
    def expected(self) -> str:
        return f"a mapping from {self.keys} to {self.values}"

    @property
    def doc_type(self) -> str:
        return f"{self.keys} → {self.values}"

    def schema(self, defs: Defs) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": self.value.schema(defs)}

    def read(self, value: Any, spot: Spot) -> dict[str, Any]:
        if not isinstance(value, dict):
            spot.reject(self.expected, value)
        lines = value if isinstance(value, LineDict) else with_lines(value, spot.line)
        return {
            str(name): self.value.read(item, spot.child(str(name), lines.line_of(name)))
            for name, item in value.items()
        }


@dataclass(frozen=True)
class Nested(Kind):
    """A mapping with keys of its own (``match:``, a ``per_file`` entry), read
    into ``Values``."""

    table: Table

    @property
    def expected(self) -> str:
        return f"a mapping of {_or_list(self.table.names)}"

    @property
    def doc_type(self) -> str:
        return "mapping"

    def schema(self, defs: Defs) -> dict[str, Any]:
        name = self.table.name
        if not name:
            return self.table.schema(defs)
        if name not in defs:
            defs[name] = {}  # claimed first, so a table that holds itself ends
            defs[name] = self.table.schema(defs)
        return {"$ref": f"#/$defs/{name}"}

    def read(self, value: Any, spot: Spot) -> Values:
        if not isinstance(value, dict):
            spot.reject(self.expected, value)
        return self.table.read(with_lines(value, spot.line), spot.reading, spot.label + ".")


@dataclass(frozen=True)
class ListOf(Kind):
    """A list of values of one kind (``terms:``, ``claims:``); ``items`` names
    them in messages. One value on its own is a list of one, as with Names."""

    item: Kind
    items: str

    @property
    def expected(self) -> str:
        return f"a list of {self.items}"

    @property
    def doc_type(self) -> str:
        return f"list of {self.items}"

    def schema(self, defs: Defs) -> dict[str, Any]:
        one = self.item.schema(defs)
        return {"oneOf": [one, {"type": "array", "items": one}]}

    def read(self, value: Any, spot: Spot) -> tuple[Any, ...]:
        if not isinstance(value, list):
            return (self.item.read(value, spot),)
        listed = with_lines(value, spot.line)
        return tuple(
            self.item.read(item, spot.item(index, line))
            for index, (item, line) in enumerate(zip(listed, listed.item_lines, strict=True))
        )


@dataclass(frozen=True)
class Custom(Kind):
    """A value only hand-written code can check (spaCy token patterns): ``check``
    reads it (failing through the Spot), ``schema_of`` gives its JSON Schema."""

    what: str
    type_doc: str
    check: Callable[[Any, Spot], Any]
    schema_of: Callable[[Defs], dict[str, Any]]

    @property
    def expected(self) -> str:
        return self.what

    @property
    def doc_type(self) -> str:
        return self.type_doc

    def schema(self, defs: Defs) -> dict[str, Any]:
        return self.schema_of(defs)

    def read(self, value: Any, spot: Spot) -> Any:
        return self.check(value, spot)


def _or_list(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


# ---- keys and tables ----


@dataclass(frozen=True)
class Key:
    """One key: its kind, what it means (docs, schema, template say ``doc``),
    its default, and when it must be given.

    ``required_unless=("report", False)``: required, except when that other key
    has that value. ``example`` is shown (commented) in a template;
    ``default_doc`` names a default that is not a value ("every rule").
    """

    name: str
    kind: Kind
    doc: str
    default: Any = None
    required: bool = False
    required_unless: tuple[str, Any] | None = None
    recommended: bool = False
    example: Any = None
    default_doc: str = ""

    def schema(self, defs: Defs, *, with_default: bool = True) -> dict[str, Any]:
        fragment = {**self.kind.schema(defs), "description": self.doc}
        if with_default and self.default is not None:
            fragment["default"] = _json_value(self.default)
        return fragment

    def is_required(self, given: Mapping[str, Any], defaults: Mapping[str, Any]) -> bool:
        if self.required_unless is None:
            return self.required
        other, value = self.required_unless
        return bool(given.get(other, defaults.get(other)) != value)


@dataclass(frozen=True)
class Values:
    """What ``Table.read`` found: the keys given (as align uses them), their lines."""

    table: Table
    given: Mapping[str, Any]
    lines: Mapping[str, int]
    line: int

    def __getitem__(self, name: str) -> Any:
        """The value given, else the key's default."""
        return self.given[name] if name in self.given else self.table[name].default

    def get(self, name: str) -> Any:
        """The value given, else None: for layers, where "not set" matters."""
        return self.given.get(name)


@dataclass(frozen=True, eq=False)
class Table:
    """The keys of one mapping, in the order docs and templates list them.

    ``name`` is its ``$defs`` name when another table holds it; ``misplaced``
    maps keys that belong in another table to why (``applies to the whole
    run; …``); ``schema_extra`` is merged into its JSON Schema for what keys
    cannot say one by one (``minProperties``). ``inherits``: a key left out
    takes its value from an outer layer (a ``per_file`` entry from the file's
    top level), not from its default, so the schema shows no defaults.
    """

    title: str
    keys: tuple[Key, ...]
    description: str = ""
    name: str = ""
    misplaced: Mapping[str, str] = field(default_factory=dict)
    schema_extra: Mapping[str, Any] = field(default_factory=dict)
    inherits: bool = False

    def __getitem__(self, name: str) -> Key:
        return next(key for key in self.keys if key.name == name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(key.name for key in self.keys)

    @property
    def defaults(self) -> dict[str, Any]:
        return {key.name: key.default for key in self.keys}

    def read(self, data: LineDict, reading: Reading, prefix: str = "") -> Values:
        """Check every key of ``data`` and return the values; a mistake raises
        ``reading.error`` (the first, or with ``reading.collect`` all of them).
        ``prefix`` is the path of ``data`` in its file (``align.``,
        ``match.``), for messages."""
        if reading.collect:
            return self._read_all(data, reading, prefix)
        self._reject_unknown(data, reading, prefix)
        given = {
            key.name: key.kind.read(data[key.name], self._spot(key, data, reading, prefix))
            for key in self.keys
            if key.name in data
        }
        for key in self.keys:
            if key.is_required(given, self.defaults):
                self._require(key, data, given, reading, prefix)
        return Values(self, given, {name: data.line_of(name) for name in given}, data.line)

    def _read_all(self, data: LineDict, reading: Reading, prefix: str) -> Values:
        """``read`` that goes on after a mistake, then raises one error naming
        them all, in the order ``read`` finds the first (unknown keys, wrong
        values, missing keys), so a run that shows one shows the same one."""
        failed: list[AlignError] = []
        for name in data:
            try:
                self._reject_unknown_key(name, data, reading, prefix)
            except reading.error as error:
                failed.append(error)
        given: dict[str, Any] = {}
        for key in self.keys:
            if key.name in data:
                try:
                    spot = self._spot(key, data, reading, prefix)
                    given[key.name] = key.kind.read(data[key.name], spot)
                except reading.error as error:
                    failed.append(error)
        judged = self._judged_for_requirement(data, given) if failed else self.keys
        for key in judged:
            try:
                if key.is_required(given, self.defaults):
                    self._require(key, data, given, reading, prefix)
            except reading.error as error:
                failed.append(error)
        if failed:
            raise reading.error.several(problems_of(failed))
        return Values(self, given, {name: data.line_of(name) for name in given}, data.line)

    def _judged_for_requirement(self, data: LineDict, given: Mapping[str, Any]) -> list[Key]:
        """The keys whose absence can be judged after mistakes: not one that was
        wrong, nor one misspelt (``mesage:`` already says "did you mean
        'message'"), nor one required only unless a wrong key says otherwise."""
        import difflib  # only once a pack has a mistake

        wrong = {name for name in data if name in self.names and name not in given}
        misspelt = {
            close
            for name in data
            if name not in self.names and isinstance(name, str)
            for close in difflib.get_close_matches(name, self.names, n=1, cutoff=0.6)
        }
        return [
            key
            for key in self.keys
            if key.name not in wrong | misspelt
            and not (key.required_unless is not None and key.required_unless[0] in wrong)
        ]

    def read_key(self, name: str, data: LineDict, reading: Reading, prefix: str = "") -> Any:
        """One key on its own, before the rest (a rule's id names the rule in
        every later message); a required key that is missing fails here too."""
        key = self[name]
        if name not in data:
            return self._require(key, data, {}, reading, prefix)
        return key.kind.read(data[name], self._spot(key, data, reading, prefix))

    @staticmethod
    def _spot(key: Key, data: LineDict, reading: Reading, prefix: str) -> Spot:
        return Spot(reading, prefix + key.name, data.line_of(key.name))

    def _require(
        self, key: Key, data: LineDict, given: Mapping[str, Any], reading: Reading, prefix: str
    ) -> Any:
        if key.name not in data:
            unless = ""
            if key.required_unless is not None:
                other, value = key.required_unless
                unless = f" (unless {other}: {flow(value)})"
            reading.fail(data.line, f"{prefix}{key.name} is required{unless}")
        value = given.get(key.name)
        # A text that may be blank while optional must say something once required
        # (a context rule's message may be "", a reported rule's may not).
        if isinstance(key.kind, Text) and key.kind.blank_ok and not value:
            strict = replace(key.kind, blank_ok=False)
            self._spot(key, data, reading, prefix).reject(strict.expected, data[key.name])
        return value

    def _reject_unknown(self, data: LineDict, reading: Reading, prefix: str) -> None:
        for name in data:
            self._reject_unknown_key(name, data, reading, prefix)

    def _reject_unknown_key(self, name: Any, data: LineDict, reading: Reading, prefix: str) -> None:
        if name not in self.names:
            if name in self.misplaced:
                hint = f" ({name} {self.misplaced[name]})"
            else:
                hint = (
                    did_you_mean(name, self.names) or f" (expected one of {', '.join(self.names)})"
                )
            label = quoted(prefix + _segment(name))
            reading.fail(data.line_of(name), f"unknown {reading.noun} key {label}{hint}")

    def schema(self, defs: Defs) -> dict[str, Any]:
        """This table's JSON Schema: its keys, which are required, and when."""
        schema: dict[str, Any] = {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                key.name: key.schema(defs, with_default=not self.inherits) for key in self.keys
            },
        }
        if self.description:
            schema["description"] = self.description
        required = sorted(key.name for key in self.keys if key.required)
        if required:
            schema["required"] = required
        conditions = self._conditional_requirements()
        if len(conditions) == 1:
            schema.update(conditions[0])
        elif conditions:
            schema["allOf"] = conditions
        schema.update(self.schema_extra)
        return schema

    def _conditional_requirements(self) -> list[dict[str, Any]]:
        """``required_unless`` as JSON Schema: if not (other == value) then required."""
        by_condition: dict[tuple[str, str], list[Key]] = {}
        for key in self.keys:
            if key.required_unless is not None:
                other, value = key.required_unless
                by_condition.setdefault((other, json.dumps(value)), []).append(key)
        conditions = []
        for (other, value), keys in by_condition.items():
            then: dict[str, Any] = {"required": sorted(key.name for key in keys)}
            not_blank = {
                key.name: {"pattern": r"\S"}
                for key in keys
                if isinstance(key.kind, Text) and key.kind.blank_ok
            }
            if not_blank:
                then["properties"] = not_blank
            when = {"properties": {other: {"const": json.loads(value)}}, "required": [other]}
            conditions.append({"if": {"not": when}, "then": then})
        return conditions


# ---- what a declaration gives besides reading ----


def json_schema(table: Table, schema_id: str) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) document for files whose top level is ``table``."""
    defs: Defs = {}
    body = table.schema(defs)
    document: dict[str, Any] = {"$schema": SCHEMA_DIALECT, "$id": schema_id, "title": table.title}
    document.update(body)
    if defs:
        document["$defs"] = defs
    return document


def schema_text(document: Mapping[str, Any]) -> str:
    """A schema as written to ``schemas/``: sorted keys, 2-space indent, final newline,
    so regenerating it gives the same bytes."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


_COLUMNS: dict[str, Callable[[Key], str]] = {
    "key": lambda key: f"`{key.name}`",
    "type": lambda key: key.kind.doc_type,
    "default": lambda key: key.default_doc or _default_cell(key.default),
    "required": lambda key: _required_cell(key),
    "meaning": lambda key: key.doc,
    "notes": lambda key: key.doc,
}


def markdown_table(table: Table, columns: Sequence[str]) -> str:
    """A Markdown table with a row per key; ``columns`` from key, type, default,
    required, meaning (or notes: the key's doc under another heading)."""
    rows = [
        "| " + " | ".join(columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
    ]
    for key in table.keys:
        cells = (_COLUMNS[column](key).replace("|", "\\|") for column in columns)
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def _default_cell(default: Any) -> str:
    return "none" if default is None else f"`{flow(default)}`"


def _required_cell(key: Key) -> str:
    if key.required:
        return "yes"
    if key.required_unless is not None:
        other, value = key.required_unless
        return f"yes (unless `{other}: {flow(value)}`)"
    if key.recommended:
        return "no, but expected"
    if key.default in (None, "", ()):
        return "no"
    return f"no ({flow(key.default)})"


def yaml_template(table: Table, header: str, width: int = 79) -> str:
    """A commented YAML file: ``header``, then per key its doc as a comment, its
    example (commented out) and its default. Loading it gives the defaults."""
    blocks = [header.rstrip("\n")]
    for key in table.keys:
        lines = textwrap.wrap(
            key.doc.replace("`", ""),
            width,
            initial_indent="# ",
            subsequent_indent="# ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        if key.example is not None:
            lines += ["# " + line for line in _yaml_entry(key.name, key.example)]
        if key.default is not None:
            lines += _yaml_entry(key.name, key.default)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _yaml_entry(name: str, value: Any) -> list[str]:
    """``name: value``, with a mapping of mappings in block style, one entry a line."""
    if isinstance(value, Mapping) and value and all(isinstance(v, Mapping) for v in value.values()):
        return [f"{name}:"] + [f"  {flow(k)}: {flow(v)}" for k, v in value.items()]
    return [f"{name}: {flow(value)}"]
