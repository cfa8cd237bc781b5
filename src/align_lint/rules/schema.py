"""Rule types, and turning one rule's YAML mapping into a Rule.

A rule is data. Which keys a rule may have, and what each may hold, is
declared once in ``keys.py``; this module reads a mapping through that
declaration into a frozen Rule, or raises RuleError naming ``file:line``, the
rule and the key. It knows nothing of spaCy beyond the names of token
attributes, which it reads to work out what a rule needs from the pipeline
(part-of-speech tags, lemmas, a dependency parse).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from align_lint.datafiles.declare import Reading, Values, shown
from align_lint.datafiles.lines import LineDict
from align_lint.errors import RuleError
from align_lint.report.records import Severity
from align_lint.rules.keys import CATEGORIES, RULE, RULE_ID, Downgrade, Unless

__all__ = [
    "BUILTIN",
    "CAPABILITY_LABELS",
    "CATEGORIES",
    "RULE_ID",
    "ClaimSelector",
    "Downgrade",
    "Examples",
    "MatchSpec",
    "Origin",
    "Rule",
    "Unless",
    "parse_rule",
]

# What a pipeline can provide, and which token attributes need it.
CAPABILITY_LABELS = {
    "pos": "part-of-speech tags",
    "lemma": "lemmas",
    "dep": "a dependency parse",
    "ents": "named entities",
    "claims": "a parser for the sentences that hold claims",
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
class ClaimSelector:
    """Which claims a rule matches: of a kind, on terms of some lexicons (all of
    the kind when empty), made by some evidence (any when empty), in some moods."""

    kind: str  # "metric" | "outcome"
    lexicons: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    moods: tuple[str, ...] = ("asserted",)


@dataclass(frozen=True)
class MatchSpec:
    """What a rule looks for. Patterns stay plain data; analysis/matchers.py
    builds spaCy matchers, analysis/claims/ finds the claims."""

    phrases: tuple[str, ...] = ()
    patterns: tuple[list[dict[str, Any]], ...] = ()
    dependencies: tuple[list[dict[str, Any]], ...] = ()
    rules: tuple[str, ...] = ()  # reuse other rules' matches (ids or categories)
    claims: tuple[ClaimSelector, ...] = ()
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
    unless: Unless = field(default_factory=Unless)
    downgrade: Downgrade | None = None
    when: tuple[str, ...] = ()
    require: bool = False
    report: bool = True
    # True: this rule replaces the rule with the same id from an earlier pack.
    override: bool = False
    examples: Examples = Examples()
    origin: Origin = BUILTIN  # for messages and `align rules`
    needs: frozenset[str] = field(default=frozenset())
    # How often its findings are right (very-high … low), "" when the pack does not say.
    precision: str = ""
    # The page that documents it, as the pack gives it ("" when not given).
    help_uri: str = ""

    @property
    def references(self) -> tuple[str, ...]:
        downgrade = self.downgrade.by if self.downgrade else ()
        unless = self.unless.sentence + self.unless.overlapping
        return self.match.rules + unless + downgrade + self.when

    def format_message(self, text: str) -> str:
        """The message with ``{text}`` filled in as ``as_quoted`` shows it."""
        return self.message.replace("{text}", as_quoted(text))


# A wrapped line of a blockquote opens with ">" (one per level of nesting).
_BLOCKQUOTE_CONTINUATION = re.compile(r"\n[ \t]*(?:>[ \t]?)+")


def as_quoted(text: str) -> str:
    """A matched text as a message quotes it: on one line, since a match across
    a hard-wrapped line break would otherwise break a `path:line:col` report,
    and without the Markdown a reader does not see: bold markers (a match that
    starts inside "**49k stars** on GitHub" would quote a stray "**") and the
    ">" that opens each wrapped line of a blockquote."""
    text = _BLOCKQUOTE_CONTINUATION.sub("\n", text).replace("**", "")
    return " ".join(text.split())


def parse_rule(data: Any, source: str, line: int) -> Rule:
    """Validate one YAML mapping from a pack's ``rules:`` list into a Rule."""
    reading = Reading(source, RuleError, "rule", collect=True)
    if not isinstance(data, LineDict):
        reading.fail(line, f"each rule must be a mapping (got {shown(data)})")
    # The id names the rule in every later message, so it is read first.
    rule_id = RULE.read_key("id", data, reading)
    reading = reading.within(f"rule {rule_id}: ")
    values = RULE.read(data, reading)
    match = _match_spec(values, data, reading)
    examples = values["examples"]
    return Rule(
        id=rule_id,
        category=values["category"],
        severity=Severity.parse(values["severity"]),
        weight=values["weight"],
        message=values["message"],
        match=match,
        suggestion=values["suggestion"],
        description=values["description"],
        unless=values.get("unless") or Unless(),
        downgrade=values.get("downgrade"),
        when=values["when"],
        require=values["require"],
        report=values["report"],
        override=values["override"],
        examples=Examples()
        if examples is None
        else Examples(examples["flagged"], examples["passed"]),
        origin=Origin(source, data.line),
        needs=_needs(match),
        precision=values["precision"] or "",
        help_uri=values["help_uri"] or "",
    )


def _match_spec(values: Values, data: LineDict, reading: Reading) -> MatchSpec:
    """The match block; it must look for something (an empty list is nothing)."""
    match: Values = values["match"]
    patterns, pattern_lines = match.get("patterns") or ((), ())
    dependencies, dependency_lines = match.get("dependencies") or ((), ())
    claims = tuple(
        ClaimSelector(claim["kind"], claim["lexicons"], claim["evidence"], claim["moods"])
        for claim in match["claims"]
    )
    spec = MatchSpec(
        match["phrases"],
        patterns,
        dependencies,
        match["rules"],
        claims,
        pattern_lines,
        dependency_lines,
    )
    if not (spec.phrases or spec.patterns or spec.dependencies or spec.rules or spec.claims):
        reading.fail(
            values.lines["match"],
            "match must have at least one of phrases, patterns, dependencies, rules or claims "
            f"(got {shown(data['match'])})",
        )
    return spec


def _needs(match: MatchSpec) -> frozenset[str]:
    needs: set[str] = set()
    if match.claims:
        # Claims read tags and lemmas, and the parse of the sentences that hold a
        # candidate term (parsed on demand, not the whole document).
        needs.update({"pos", "lemma", "claims"})
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
