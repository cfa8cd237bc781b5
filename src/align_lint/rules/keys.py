"""Every key a rule pack may hold, declared once.

``PACK`` is a pack file's top level, ``RULE`` one entry of its ``rules:`` list
(with ``MATCH`` and ``EXAMPLES`` inside it). ``schema.py`` and ``loader.py``
read packs through these declarations; ``schemas/rulepack.schema.json`` and
the key table in ``docs/rules.md`` are generated from them
(``tests/test_generated.py`` checks they are current). To add a key, declare
it here, read it in ``schema.py``, and regenerate.

spaCy checks token patterns itself when the rules are compiled; what this
module checks by hand (``Custom``) is what spaCy cannot see: YAML's bare
``on``/``off``/``yes``/``no`` read as booleans, ``CONTEXT`` flags, and what a
pattern may cost the matcher (``bounds.py``: ranges, unbounded tokens, REGEX).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from align_lint.datafiles.declare import (
    Choice,
    Custom,
    Defs,
    Flag,
    Key,
    ListOf,
    MappingOf,
    Names,
    Nested,
    Spot,
    Table,
    Text,
    WholeNumber,
    json_schema,
    markdown_table,
    shown,
)
from align_lint.datafiles.lines import LineList, with_lines
from align_lint.report.records import SEVERITY_NAMES
from align_lint.rules.bounds import pattern_problem, regex_problem_in

CATEGORIES = ("vanity", "outcome", "evidence", "focus", "tone", "platform")
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
SEVERITIES = tuple(reversed(SEVERITY_NAMES))  # error, warning, info: most severe first
# How often a rule's findings are right, in the words CodeQL and GitHub code
# scanning use (SARIF ``properties.precision``; GitHub sorts alerts by it).
PRECISIONS = ("very-high", "high", "medium", "low")
# An absolute http(s) URL: a rule's help page, SARIF's ``helpUri``.
HELP_URI = re.compile(r"^https?://[^\s/]+\S*$")

PACK_SCHEMA_ID = "https://github.com/align-lint/align/schemas/rulepack.schema.json"
REFERENCES = "rule ids or categories"

# Token attributes whose values are text: a boolean there is YAML having read
# a bare on/off/yes/no. Flags (IS_ALPHA: true…) are meant to be booleans.
_STRING_ATTRIBUTES = {"ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "SHAPE"}


def _listed(words: Sequence[str]) -> str:
    """``a``, ``b`` or ``c``, for docs."""
    quoted = [f"`{word}`" for word in words]
    return f"{', '.join(quoted[:-1])} or {quoted[-1]}"


# ---- match: spaCy patterns, checked by hand ----

# Patterns as plain lists and dicts, and the line of each.
PatternList = tuple[tuple[list[dict[str, Any]], ...], tuple[int, ...]]

TOKEN_SCHEMA: dict[str, Any] = {
    "description": (
        "A spaCy Matcher token pattern: attribute -> value, or -> {IN: [...]}, {NOT_IN: [...]}, "
        "{REGEX: ...}, comparisons; OP for repetition. Rule packs may use any attribute spaCy "
        "accepts."
    ),
    "type": "object",
    "minProperties": 1,
    "properties": {
        **{
            attribute: {}
            for attribute in (
                "ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "POS", "TAG", "MORPH", "DEP",
                "SHAPE", "ENT_TYPE", "LENGTH",
            )
        },
        **{
            flag: {"type": "boolean"}
            for flag in (
                "IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_TITLE", "IS_UPPER", "IS_LOWER",
                "IS_SENT_START", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "IS_STOP", "IS_SPACE",
            )
        },
        "CONTEXT": {
            "type": "boolean",
            "description": "true: the token must match but is left out of the reported text.",
        },
        "OP": {"type": "string", "pattern": r"^(!|\?|\+|\*|\{\d*,?\d*\})$"},
    },
}  # fmt: skip

DEPENDENCY_NODE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["RIGHT_ATTRS", "RIGHT_ID"],
    "additionalProperties": False,
    "properties": {
        "LEFT_ID": {"type": "string"},
        "REL_OP": {"type": "string"},
        "RIGHT_ID": {
            "type": "string",
            "description": (
                "A name starting with _ must match but is left out of the reported text."
            ),
        },
        "RIGHT_ATTRS": {"$ref": "#/$defs/token"},
    },
}


def _patterns_schema(item: str) -> Callable[[Defs], dict[str, Any]]:
    def schema(defs: Defs) -> dict[str, Any]:
        defs.setdefault("token", TOKEN_SCHEMA)
        if item == "dependencyNode":
            defs.setdefault("dependencyNode", DEPENDENCY_NODE_SCHEMA)
        element = {"$ref": f"#/$defs/{item}"}
        return {"type": "array", "items": {"type": "array", "minItems": 1, "items": element}}

    return schema


def _pattern_reader(parts: str) -> Callable[[Any, Spot], PatternList]:
    """A reader for ``match.patterns``/``match.dependencies``: a list of patterns,
    each a non-empty list of mappings (``parts``). Returns the patterns as plain
    lists and dicts, and the line of each."""

    def read(value: Any, spot: Spot) -> PatternList:
        if not isinstance(value, list):
            spot.reject("a list of patterns", value)
        listed: LineList = with_lines(value, spot.line)
        patterns = []
        for index, (pattern, line) in enumerate(zip(listed, listed.item_lines, strict=True)):
            item = spot.item(index, line)
            if not isinstance(pattern, list) or not pattern:
                item.reject(f"a non-empty list of {parts}", pattern)
            if not all(isinstance(token, dict) for token in pattern):
                item.reject(f"a list of {parts}", pattern)
            for token in pattern:
                if "CONTEXT" in token and not isinstance(token["CONTEXT"], bool):
                    item.fail(f": CONTEXT must be true or false (got {shown(token['CONTEXT'])})")
            _reject_yaml_booleans(item, pattern)
            plain = _plain(pattern)
            problem = (
                pattern_problem(plain) if parts == "token mappings" else _dependency_problem(plain)
            )
            if problem is not None:
                item.fail(f": {problem}")
            patterns.append(plain)
        return tuple(patterns), tuple(listed.item_lines)

    return read


def _dependency_problem(pattern: list[dict[str, Any]]) -> str | None:
    """A REGEX in a dependency node that does not compile or can backtrack without bound."""
    for index, node in enumerate(pattern):
        problem = regex_problem_in(node.get("RIGHT_ATTRS"))
        if problem is not None:
            return f"node {index}: {problem}"
    return None


def _reject_yaml_booleans(spot: Spot, value: Any) -> None:
    """YAML 1.1 reads bare on/off/yes/no as booleans: ``IN: [on, in]`` would
    silently never match "on". Only flags (IS_ALPHA: true…) may be booleans."""
    if isinstance(value, dict):
        for attribute, inner in value.items():
            if isinstance(inner, bool) and str(attribute).upper() in _STRING_ATTRIBUTES:
                _bool_error(spot)
            _reject_yaml_booleans(spot, inner)
    elif isinstance(value, list):
        for inner in value:
            if isinstance(inner, bool):
                _bool_error(spot)
            _reject_yaml_booleans(spot, inner)


def _bool_error(spot: Spot) -> None:
    spot.fail(" has a bare on/off/yes/no, which YAML reads as true/false; quote it")


def _plain(value: Any) -> Any:
    """Strip the line-tracking subclasses so patterns are ordinary lists and dicts."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# ---- claims and lexicons ----

CLAIM_KINDS = ("metric", "outcome")
LEXICON_KINDS = ("metric", "outcome", "words")
# How a sentence makes an attention or outcome term into a claim (analysis/claims/).
EVIDENCE = (
    "count", "change", "milestone", "comparison", "superlative", "amount", "term", "money",
    "action",
)  # fmt: skip
# Whose voice and what force a claim has: only asserted ones (and goals) are the
# writer's own results; the others are reported as context.
MOODS = (
    "asserted", "goal", "negated", "conditional", "speculative", "background", "advice",
    "offer", "topic", "echoed", "mentioned",
)  # fmt: skip

CLAIM = Table(
    "a selection of the claims a sentence makes",
    name="claim",
    keys=(
        Key(
            "kind",
            Choice(CLAIM_KINDS),
            "`metric` (attention) or `outcome` (business)",
            required=True,
        ),
        Key(
            "lexicons",
            Names(items="lexicon names"),
            "only claims on terms of these lexicons (default: every lexicon of the kind)",
            default=(),
        ),
        Key(
            "evidence",
            ListOf(Choice(EVIDENCE), "kinds of evidence"),
            f"only claims made by one of these: {_listed(EVIDENCE)} (default: any)",
            default=(),
        ),
        Key(
            "moods",
            ListOf(Choice(MOODS), "moods"),
            f"only claims in one of these moods: {_listed(MOODS)} (default: `asserted`)",
            default=("asserted",),
        ),
    ),
)

TERM = Table(
    "one entry of a lexicon: words or lemmas, with the conditions of their sense",
    name="term",
    keys=(
        Key(
            "words",
            Names(items="words or phrases"),
            "surface forms, matched case-insensitively",
            default=(),
        ),
        Key("lemmas", Names(items="lemmas"), "single-word lemmas (any inflection)", default=()),
        Key(
            "pos",
            Names(items="part-of-speech tags"),
            "only as one of these parts of speech",
            default=(),
        ),
        Key("after", Names(items="words"), "only right after one of these words", default=()),
        Key(
            "not_after", Names(items="words"), "not within two words after one of these", default=()
        ),
        Key("not_before", Names(items="words"), "not right before one of these", default=()),
        Key(
            "not_followed_by",
            Names(items="words"),
            "not when one of these is among the next three words",
            default=(),
        ),
        Key(
            "near",
            Names(items="words or $lexicons"),
            "only in a paragraph that has one of these words",
            default=(),
        ),
        Key(
            "not_near",
            Names(items="words or $lexicons"),
            "not in a paragraph that has one of these words",
            default=(),
        ),
        Key(
            "big", Flag(), "a count makes a claim only from 100 up (or a scale word)", default=False
        ),
        Key(
            "needs",
            Choice(("any", "count", "change", "evidence", "money", "nothing", "milestone")),
            "`count`: only a count makes it a claim; "
            '`milestone`: only an ordinal before it ("our 100,000th like"); '
            '`change`: only a change ("the podcast grew 40%"); '
            "`evidence`: an outcome term needs an amount, a change or a verb to count; "
            '`money`: an outcome term needs its price ("a $14k project", "a client worth '
            '€2,400 a month"); '
            "`nothing`: the term is a claim on "
            'its own ("went viral")',
            default="any",
        ),
    ),
)


def _term(value: Any, spot: Spot) -> Any:
    """A term, or a word or phrase on its own (shorthand for ``{words: [it]}``)."""
    if isinstance(value, str):
        value = {"words": [value]}
    values = Nested(TERM).read(value, spot)
    if bool(values["words"]) == bool(values["lemmas"]):
        spot.fail(": a term has words or lemmas (one of them)")
    return values


def _term_schema(defs: Defs) -> dict[str, Any]:
    return {"oneOf": [{"type": "string", "minLength": 1}, Nested(TERM).schema(defs)]}


LEXICON = Table(
    "a named word list that rules share",
    name="lexicon",
    keys=(
        Key(
            "kind",
            Choice(LEXICON_KINDS),
            "`metric`: attention terms; `outcome`: business terms; `words`: a plain list the "
            "claim grammar or a term's `near` reads",
            required=True,
        ),
        Key("description", Text(blank_ok=True), "what the list holds and why", default=""),
        Key(
            "extend",
            Flag(),
            "true: add these terms to a lexicon of this name from an earlier pack",
            default=False,
        ),
        Key(
            "terms",
            ListOf(Custom("a term", "term", _term, _term_schema), "terms"),
            "the entries: a word or phrase, or a mapping of `words`/`lemmas` and conditions",
            required=True,
        ),
    ),
)

MATCH = Table(
    "what a rule looks for",
    name="match",
    keys=(
        Key(
            "phrases",
            Names(items="phrases"),
            "Exact phrases, matched case-insensitively on token boundaries "
            "(spaCy `PhraseMatcher` on `LOWER`).",
            default=(),
        ),
        Key(
            "patterns",
            Custom(
                "a list of token patterns",
                "list of token patterns",
                _pattern_reader("token mappings"),
                _patterns_schema("token"),
            ),
            "spaCy `Matcher` token patterns: each a list of token mappings.",
        ),
        Key(
            "dependencies",
            Custom(
                "a list of dependency patterns",
                "list of dependency patterns",
                _pattern_reader("dependency nodes"),
                _patterns_schema("dependencyNode"),
            ),
            "spaCy `DependencyMatcher` patterns: each a list of nodes.",
        ),
        Key(
            "rules",
            Names(items=REFERENCES),
            "Reuse the matches of these rules (ids or categories).",
            default=(),
        ),
        Key(
            "claims",
            ListOf(Nested(CLAIM), "claim selections"),
            "Claims the sentences make (analysis/claims/): attention metrics or business "
            "outcomes, with their evidence and mood.",
            default=(),
        ),
    ),
    # At least one of them; the loader also wants it non-empty.
    schema_extra={"minProperties": 1},
)

EXAMPLES = Table(
    "texts a rule must fire on, and near misses it must leave alone",
    keys=(
        Key("flagged", Names(items="texts"), "Texts the rule must fire on.", default=()),
        Key("passed", Names(items="texts"), "Near misses the rule must leave alone.", default=()),
    ),
)


_WEIGHT = WholeNumber(0, 100)

# ---- the logic between rules, each with its scope written out ----

UNLESS_SCOPES = ("sentence", "overlapping")
DOWNGRADE_SCOPES = ("tied", "sentence", "paragraph")


@dataclass(frozen=True)
class Unless:
    """Matches of which rules cancel a match: in its sentence, or overlapping it."""

    sentence: tuple[str, ...] = ()
    overlapping: tuple[str, ...] = ()


@dataclass(frozen=True)
class Downgrade:
    """Matches of which rules, in which scope, make a match ``info``, and the
    note its message then carries (``{tie}``: the tying text)."""

    scope: str
    by: tuple[str, ...]
    note: str = ""


UNLESS = Table(
    "what cancels a match",
    keys=tuple(
        Key(scope, Names(items=REFERENCES), doc, default=())
        for scope, doc in (
            ("sentence", "rules or categories with a surviving match in the same sentence"),
            ("overlapping", "rules or categories with a match overlapping this one"),
        )
    ),
)

DOWNGRADE = Table(
    "what makes a match info, in which scope",
    keys=(
        *(
            Key(scope, Names(items=REFERENCES), doc, default=())
            for scope, doc in (
                (
                    "tied",
                    "tied: the same sentence, or the next sentence opening with a tie connective",
                ),
                ("sentence", "anywhere in the same sentence"),
                ("paragraph", "anywhere in the same paragraph"),
            )
        ),
        Key(
            "note",
            Text(blank_ok=True),
            "added to the message; `{tie}` is the tying text",
            default="",
        ),
    ),
)


def _unless(value: Any, spot: Spot) -> Unless:
    if not isinstance(value, dict):
        return Unless(sentence=Names(items=REFERENCES).read(value, spot))
    values = Nested(UNLESS).read(value, spot)
    return Unless(values["sentence"], values["overlapping"])


def _unless_schema(defs: Defs) -> dict[str, Any]:
    return {"oneOf": [Names(items=REFERENCES).schema(defs), Nested(UNLESS).schema(defs)]}


def _downgrade(value: Any, spot: Spot) -> Downgrade:
    values = Nested(DOWNGRADE).read(value, spot)
    scopes = [scope for scope in DOWNGRADE_SCOPES if values[scope]]
    if len(scopes) != 1:
        spot.fail(f": name exactly one scope of {', '.join(DOWNGRADE_SCOPES)} (got {len(scopes)})")
    return Downgrade(scopes[0], values[scopes[0]], values["note"])


def _downgrade_schema(defs: Defs) -> dict[str, Any]:
    schema = Nested(DOWNGRADE).schema(defs)
    return {**schema, "minProperties": 1}


def _names_key(name: str, doc: str) -> Key:
    return Key(name, Names(items=REFERENCES), doc, default=())


RULE = Table(
    "rule",
    name="rule",
    keys=(
        Key(
            "id",
            Text(pattern=RULE_ID.pattern, meaning="kebab-case, like vanity-metric"),
            "kebab-case (`[a-z][a-z0-9]*(-[a-z0-9]+)*`), unique across the packs loaded "
            "(see `override`)",
            required=True,
        ),
        Key(
            "category",
            Choice(CATEGORIES),
            f"{_listed(CATEGORIES)}: what the finding is about, and the key of the score breakdown",
            required=True,
        ),
        Key(
            "severity",
            Choice(SEVERITIES),
            f"{_listed(SEVERITIES)}. `fail_on` compares against it; `info` never costs points",
            required_unless=("report", False),
            default="info",
        ),
        Key(
            "weight",
            _WEIGHT,
            f"{_WEIGHT.low} to {_WEIGHT.high}: points the first finding costs a document; each "
            "repeat of the rule costs half the one before",
            default=10,
        ),
        Key(
            "message",
            Text(blank_ok=True),
            "one line; `{text}` is replaced by the matched text",
            required_unless=("report", False),
            default="",
        ),
        Key(
            "suggestion",
            Text(blank_ok=True),
            "how to fix it; shown by the rich format, JSON and `align explain`",
            default="",
        ),
        Key(
            "description",
            Text(blank_ok=True),
            'why the rule exists; `align explain` shows it ("Why it matters")',
            default="",
        ),
        Key(
            "precision",
            Choice(PRECISIONS),
            f"{_listed(PRECISIONS)}: how often its findings are right (say why in a comment); "
            "SARIF's `properties.precision`, by which GitHub code scanning sorts alerts",
        ),
        Key(
            "help_uri",
            Text(pattern=HELP_URI.pattern, meaning="an http:// or https:// URL"),
            "a page that documents the rule: SARIF's `helpUri` (bundled rules link their "
            "section of docs/rules.md; a pack's rule has none unless it sets one)",
        ),
        Key(
            "match",
            Nested(MATCH),
            "what the rule looks for: at least one of `phrases`, `patterns`, `dependencies`, "
            "`rules`",
            required=True,
        ),
        Key(
            "unless",
            Custom(
                "ids or categories, or a mapping of sentence and overlapping",
                "mapping",
                _unless,
                _unless_schema,
            ),
            "a match is dropped when one of these has a surviving match: `sentence: [ids or "
            'categories]` **in the same sentence**, not past a "but" after it (a plain list '
            "means this), `overlapping: "
            '[…]` **overlapping** it ("5,000 new subscribers on YouTube" is not an outcome)',
        ),
        Key(
            "downgrade",
            Custom("a mapping of one scope and a note", "mapping", _downgrade, _downgrade_schema),
            "a match becomes `info` when one of these has a surviving match in the scope given: "
            "`tied` (the same sentence, or the next sentence of the paragraph when it opens with "
            'a tie connective such as "This resulted in"), `sentence` or `paragraph`; `note` '
            "is added to the message, `{tie}` standing for the tying text",
        ),
        _names_key(
            "when",
            "ids or categories: the rule applies only to documents where one of these has a "
            "(surviving) match",
        ),
        Key(
            "require",
            Flag(),
            "true: a **document-level** rule that fires once when the document has *no* match, "
            "placed on the first match of its `when` (the claim that made it apply), else on the "
            "first line of text",
            default=False,
        ),
        Key(
            "report",
            Flag(),
            "false: a **context rule**, never reported itself, used by other rules' `unless`, "
            "`downgrade`, `when` and `match.rules`",
            default=True,
        ),
        Key(
            "override",
            Flag(),
            "true: replace the rule with this id from an earlier pack",
            default=False,
        ),
        Key(
            "examples",
            Nested(EXAMPLES),
            "`flagged` (texts the rule must fire on) and `passed` (near misses it must leave "
            "alone)",
            recommended=True,
        ),
    ),
)


def _rule_list(value: Any, spot: Spot) -> LineList:
    """The ``rules:`` entries, still unread: ``schema.parse_rule`` reads each."""
    if not isinstance(value, list):
        spot.reject("a list of rules", value)
    entries: LineList = with_lines(value, spot.line)
    return entries


def _rule_list_schema(defs: Defs) -> dict[str, Any]:
    return {"type": "array", "items": Nested(RULE).schema(defs)}


PACK = Table(
    "align rule pack",
    description=(
        "A YAML file of align rules. See docs/rules.md. The loader (align_lint/rules/schema.py, "
        "loader.py) is stricter in a few places a schema cannot express: ids referenced by "
        "unless/downgrade/when/match.rules must exist, spaCy validates patterns, and "
        "override: true needs an earlier rule of the same id."
    ),
    keys=(
        Key(
            "rules",
            Custom("a list of rules", "list of rules", _rule_list, _rule_list_schema),
            "The rules of this pack, in the order `align rules` lists them.",
        ),
        Key(
            "disable",
            Names(items=REFERENCES),
            "Turn off rules (ids or categories) loaded by earlier packs.",
            default=(),
        ),
        Key(
            "lexicons",
            MappingOf(Nested(LEXICON), keys="lexicon names", values="lexicons"),
            "Named word lists rules share (`claims`, a term's `near`); a later pack extends one "
            "with `extend: true`.",
            default={},
        ),
    ),
    # A pack says something: rules, or rules to turn off.
    schema_extra={"minProperties": 1},
)


def pack_schema() -> dict[str, Any]:
    """``schemas/rulepack.schema.json``."""
    return json_schema(PACK, PACK_SCHEMA_ID)


def rule_keys_table() -> str:
    """The key table of ``docs/rules.md``."""
    return markdown_table(RULE, ("key", "required", "meaning"))
