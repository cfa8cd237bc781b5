"""Rule types and the strict validation of one rule's YAML mapping.

A rule is data. This module turns one YAML mapping into a frozen Rule or
raises RuleError naming ``file:line`` and the field. It knows nothing of spaCy
beyond the names of token attributes, which it reads to work out what a rule
needs from the pipeline (part-of-speech tags, lemmas, a dependency parse).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from align_lint.datafiles.lines import LineDict, LineList
from align_lint.errors import RuleError
from align_lint.report.records import SEVERITY_NAMES, Severity

CATEGORIES = ("vanity", "outcome", "evidence", "focus", "tone", "platform")
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

# What a pipeline can provide, and which token attributes need it.
CAPABILITY_LABELS = {
    "pos": "part-of-speech tags",
    "lemma": "lemmas",
    "dep": "a dependency parse",
    "ents": "named entities",
}
_ATTRIBUTE_NEEDS = {
    "POS": "pos",
    "TAG": "pos",
    "MORPH": "pos",
    "LEMMA": "lemma",
    "DEP": "dep",
    "HEAD": "dep",
    "ENT_TYPE": "ents",
    "ENT_IOB": "ents",
    "ENT_ID": "ents",
    "ENT_KB_ID": "ents",
}

_STRING_ATTRIBUTES = {"ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "SHAPE"}
_RULE_KEYS = {
    "id", "category", "severity", "weight", "message", "suggestion", "description",
    "match", "unless", "unless_overlapping", "downgrade_if", "when", "require", "report",
    "examples", "override",
}  # fmt: skip
_MATCH_KEYS = {"phrases", "patterns", "dependencies", "rules"}
_EXAMPLE_KEYS = {"flagged", "passed"}


@dataclass(frozen=True)
class Origin:
    """Where a rule was written: its pack file and the line of its ``id``.
    align's built-in rules have no file."""

    path: str
    line: int | None = None
    builtin: bool = False

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


BUILTIN = Origin("align (built-in)", builtin=True)


@dataclass(frozen=True)
class MatchSpec:
    """What a rule looks for. Patterns stay plain data; compile.py builds matchers."""

    phrases: tuple[str, ...] = ()
    patterns: tuple[list[dict[str, Any]], ...] = ()
    dependencies: tuple[list[dict[str, Any]], ...] = ()
    rules: tuple[str, ...] = ()  # reuse other rules' matches (ids or categories)
    # YAML line of each pattern, so a pattern spaCy rejects is named by its line.
    pattern_lines: tuple[int, ...] = ()
    dependency_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Examples:
    flagged: tuple[str, ...] = ()
    passed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: Severity
    weight: int
    message: str
    match: MatchSpec
    suggestion: str = ""
    description: str = ""
    unless: tuple[str, ...] = ()
    unless_overlapping: tuple[str, ...] = ()
    downgrade_if: tuple[str, ...] = ()
    when: tuple[str, ...] = ()
    require: bool = False
    report: bool = True
    # True: this rule replaces the rule with the same id from an earlier pack.
    override: bool = False
    examples: Examples = Examples()
    origin: Origin = BUILTIN  # for messages and `align rules`
    needs: frozenset[str] = field(default=frozenset())

    @property
    def references(self) -> tuple[str, ...]:
        return (
            self.match.rules + self.unless + self.unless_overlapping + self.downgrade_if + self.when
        )

    def format_message(self, text: str) -> str:
        return self.message.replace("{text}", text)


def parse_rule(data: Any, source: str, line: int) -> Rule:
    """Validate one YAML mapping from a pack's ``rules:`` list into a Rule."""
    if not isinstance(data, LineDict):
        raise RuleError(f"{source}:{line}: each rule must be a mapping")
    where = _Where(source, data)
    rule_id = where.required_str("id")
    if not RULE_ID.match(rule_id):
        where.fail("id", f"id must be kebab-case, like vanity-metric (got {rule_id!r})")
    where.rule_id = rule_id
    where.reject_unknown(data, _RULE_KEYS, "rule")
    report = where.optional_bool("report", True)
    override = where.optional_bool("override", False)
    require = where.optional_bool("require", False)

    category = where.required_str("category")
    if category not in CATEGORIES:
        where.fail(
            "category", f"category must be one of {', '.join(CATEGORIES)} (got {category!r})"
        )
    severity_name = (
        where.required_str("severity") if report else where.optional_str("severity", "info")
    )
    if severity_name not in SEVERITY_NAMES:
        choices = ", ".join(reversed(SEVERITY_NAMES))
        where.fail("severity", f"severity must be one of {choices} (got {severity_name!r})")
    weight = data.get("weight", 10)
    if isinstance(weight, bool) or not isinstance(weight, int) or not 0 <= weight <= 100:
        where.fail("weight", f"weight must be a whole number from 0 to 100 (got {weight!r})")
    message = where.required_str("message") if report else where.optional_str("message", "")

    match = _parse_match(where, data)
    examples = _parse_examples(where, data)
    return Rule(
        id=rule_id,
        category=category,
        severity=Severity.parse(severity_name),
        weight=weight,
        message=message,
        match=match,
        suggestion=where.optional_str("suggestion", ""),
        description=where.optional_str("description", "").strip(),
        unless=where.str_list("unless"),
        unless_overlapping=where.str_list("unless_overlapping"),
        downgrade_if=where.str_list("downgrade_if"),
        when=where.str_list("when"),
        require=require,
        report=report,
        override=override,
        examples=examples,
        origin=Origin(source, data.line),
        needs=_needs(match),
    )


def _parse_match(where: _Where, data: LineDict) -> MatchSpec:
    spec = data.get("match")
    if not isinstance(spec, LineDict):
        where.fail(
            "match", "match is required: a mapping of phrases, patterns, dependencies, rules"
        )
    inner = _Where(where.source, spec, where.rule_id)
    inner.reject_unknown(spec, _MATCH_KEYS, "match")
    phrases = inner.str_list("phrases")
    patterns, pattern_lines = _pattern_list(inner, spec, "patterns")
    dependencies, dependency_lines = _pattern_list(inner, spec, "dependencies")
    rules = inner.str_list("rules")
    if not (phrases or patterns or dependencies or rules):
        where.fail("match", "match needs at least one of phrases, patterns, dependencies, rules")
    return MatchSpec(phrases, patterns, dependencies, rules, pattern_lines, dependency_lines)


def _pattern_list(
    where: _Where, spec: LineDict, key: str
) -> tuple[tuple[list[dict[str, Any]], ...], tuple[int, ...]]:
    if key not in spec:
        return (), ()
    value = spec[key]
    if not isinstance(value, LineList):
        where.fail(key, f"{key} must be a list of patterns")
    patterns = []
    for index, pattern in enumerate(value):
        if not isinstance(pattern, list) or not pattern:
            where.fail(key, f"{key}[{index}] must be a non-empty list of token mappings")
        if not all(isinstance(token, dict) for token in pattern):
            where.fail(key, f"{key}[{index}] must be a list of token mappings")
        for token in pattern:
            if "CONTEXT" in token and not isinstance(token["CONTEXT"], bool):
                where.fail(key, f"{key}[{index}]: CONTEXT must be true or false")
        _reject_yaml_booleans(where, key, index, pattern)
        patterns.append(_plain(pattern))
    return tuple(patterns), tuple(value.item_lines)


def _reject_yaml_booleans(where: _Where, key: str, index: int, value: Any) -> None:
    """YAML 1.1 reads bare on/off/yes/no as booleans: ``IN: [on, in]`` would
    silently never match "on". Only OP-free flags (IS_ALPHA: true…) may be bool."""
    if isinstance(value, dict):
        for attr, inner in value.items():
            if isinstance(inner, bool) and str(attr).upper() in _STRING_ATTRIBUTES:
                _bool_error(where, key, index)
            _reject_yaml_booleans(where, key, index, inner)
    elif isinstance(value, list):
        for inner in value:
            if isinstance(inner, bool):
                _bool_error(where, key, index)
            _reject_yaml_booleans(where, key, index, inner)


def _bool_error(where: _Where, key: str, index: int) -> None:
    where.fail(
        key,
        f"{key}[{index}] has a bare on/off/yes/no, which YAML reads as true/false; quote it",
    )


def _parse_examples(where: _Where, data: LineDict) -> Examples:
    examples = data.get("examples")
    if examples is None:
        return Examples()
    if not isinstance(examples, LineDict):
        where.fail("examples", "examples must be a mapping with flagged and passed lists")
    inner = _Where(where.source, examples, where.rule_id)
    inner.reject_unknown(examples, _EXAMPLE_KEYS, "examples")
    return Examples(inner.str_list("flagged"), inner.str_list("passed"))


def _needs(match: MatchSpec) -> frozenset[str]:
    needs: set[str] = set()
    for pattern in match.patterns:
        for token in pattern:
            needs.update(_ATTRIBUTE_NEEDS[k] for k in token if k.upper() in _ATTRIBUTE_NEEDS)
    if match.dependencies:
        needs.add("dep")
        for pattern in match.dependencies:
            for node in pattern:
                attrs = node.get("RIGHT_ATTRS", {})
                needs.update(_ATTRIBUTE_NEEDS[k] for k in attrs if k.upper() in _ATTRIBUTE_NEEDS)
    return frozenset(needs)


def _plain(value: Any) -> Any:
    """Strip the line-tracking subclasses so patterns are ordinary lists and dicts."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class _Where:
    """Reads fields from one YAML mapping and fails with ``file:line: rule: field …``."""

    def __init__(self, source: str, data: Mapping[str, Any], rule_id: str = "") -> None:
        self.source = source
        self.data = data
        self.rule_id = rule_id

    def line(self, key: str) -> int:
        return self.data.line_of(key) if isinstance(self.data, LineDict) else 0

    def fail(self, key: str, message: str) -> NoReturn:
        rule = f" rule {self.rule_id}:" if self.rule_id else ""
        raise RuleError(f"{self.source}:{self.line(key)}:{rule} {message}")

    def reject_unknown(self, data: Mapping[str, Any], allowed: set[str], what: str) -> None:
        for key in data:
            if key not in allowed:
                self.fail(
                    key,
                    f"unknown {what} key {key!r} (expected one of {', '.join(sorted(allowed))})",
                )

    def required_str(self, key: str) -> str:
        value = self.data.get(key)
        if value is None:
            self.fail(key, f"{key} is required")
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"{key} must be a non-empty string")
        return str(value).strip()

    def optional_str(self, key: str, default: str) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            self.fail(key, f"{key} must be a string")
        return str(value)

    def optional_bool(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(key, f"{key} must be true or false (got {value!r})")
        return bool(value)

    def str_list(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(key, f"{key} must be a list of non-empty strings")
        return tuple(v.strip() for v in value)
