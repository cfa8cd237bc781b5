"""Strict rule-pack validation: each mistake is one RuleError naming file:line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.analysis.matchers import CompiledRules
from align_lint.analysis.pipeline import load_pipeline
from align_lint.errors import RuleError
from align_lint.rules.loader import load_pack, load_rule_set

GOOD_RULE = """\
rules:
  - id: company-words
    category: tone
    severity: warning
    message: '"{text}" is on our banned list'
    match:
      phrases: [best-in-town]
    examples:
      flagged: ["The best-in-town bakery."]
      passed: ["The best bakery in town."]
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_pack_loads(tmp_path: Path) -> None:
    (rule,) = load_pack(write(tmp_path, GOOD_RULE))
    assert rule.id == "company-words"
    assert rule.weight == 10 and rule.report and not rule.require
    assert rule.needs == frozenset()
    assert str(rule.origin).endswith("pack.yaml:2") and rule.origin.line == 2


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("severity: warning", "severity: warn"), r":4: rule company-words: severity must be one of error, warning, info \(got \"warn\"; did you mean 'warning'\?\)$"),
        (("category: tone", "category: style"), r':3: rule company-words: category must be one of vanity, outcome, evidence, focus, tone, platform \(got "style"\)$'),
        (("    severity: warning\n", "    severity: warning\n    colour: red\n"), r":5: rule company-words: unknown rule key 'colour' \(expected one of id, category, .*, examples\)$"),
        (("id: company-words", "id: Company_Words"), r':2: id must be kebab-case, like vanity-metric \(got "Company_Words"\)$'),
        (("    severity: warning\n", "    severity: warning\n    weight: lots\n"), r':5: rule company-words: weight must be a whole number from 0 to 100 \(got "lots"\)$'),
        (("phrases: [best-in-town]", "phrasez: [best-in-town]"), r":7: rule company-words: unknown rule key 'match\.phrasez' \(did you mean 'phrases'\?\)$"),
        (("    message: '\"{text}\" is on our banned list'\n", ""), r":2: rule company-words: message is required \(unless report: false\)$"),
        (("flagged:", "flaged:"), r":9: rule company-words: unknown rule key 'examples\.flaged' \(did you mean 'flagged'\?\)$"),
        (("    severity: warning\n", "    severity: warning\n    unless: [no-such-rule]\n"), r"rule company-words: unknown rule or category 'no-such-rule'"),
        (("    severity: warning\n", "    severity: warning\n    unless: {a: 1}\n"), r":5: rule company-words: unknown rule key 'unless\.a' \(expected one of sentence, overlapping\)$"),
        (("    severity: warning\n", "    severity: warning\n    unless: 3\n"), r":5: rule company-words: unless must be a list of rule ids or categories \(got 3\)$"),
        # YAML 1.1 reads an unquoted on/no as a bool: the message says to quote it.
        (("    severity: warning\n", "    severity: warning\n    unless: [vanity, no]\n"), r'unless must be a list of rule ids or categories \(got \["vanity", false\]; YAML read false as a bool: quote words such as "on" or "no"\)$'),
        (("    severity: warning\n", "    severity: warning\n    downgrade: {tied: [tone], sentence: [tone]}\n"), r":5: rule company-words: downgrade: name exactly one scope of tied, sentence, paragraph \(got 2\)$"),
        (("'\"{text}\" is on our banned list'", "''"), r':5: rule company-words: message must be a non-empty string \(got ""\)$'),
        (("phrases: [best-in-town]", "phrases: []"), r':6: rule company-words: match must have at least one of phrases, patterns, dependencies, rules or claims \(got \{"phrases": \[\]\}\)$'),
        (("phrases: [best-in-town]", "patterns:\n        - [{LOWER: best}]\n        - {LOWER: best}"), r':9: rule company-words: match\.patterns\[1\] must be a non-empty list of token mappings \(got \{"LOWER": "best"\}\)$'),
        (("    examples:\n      flagged: [\"The best-in-town bakery.\"]\n      passed: [\"The best bakery in town.\"]\n", "    examples: [a]\n"), r':8: rule company-words: examples must be a mapping of flagged or passed \(got \["a"\]\)$'),
        (("  - id: company-words\n", "  - company-words\n  - id: company-words\n"), r':2: each rule must be a mapping \(got "company-words"\)$'),
    ],
)  # fmt: skip
def test_schema_errors_name_file_line_and_field(
    tmp_path: Path, edit: tuple[str, str], expected: str
) -> None:
    path = write(tmp_path, GOOD_RULE.replace(*edit))
    with pytest.raises(RuleError, match=expected) as error:
        load_rule_set([str(path)], default_rules=False)
    assert "\n" not in str(error.value)
    assert str(error.value).startswith(str(path))


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "rules:\n  - id: x\n    match: {phrases: [a, b]\n")
    with pytest.raises(RuleError, match=r"pack\.yaml:\d+: invalid YAML"):
        load_pack(path)


def test_a_pack_must_have_a_rules_list(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"pack\.yaml:1: a rule pack is a mapping"):
        load_pack(write(tmp_path, "- just a list\n"))
    with pytest.raises(
        RuleError,
        match=r"pack\.yaml:1: unknown pack key 'extends' \(expected one of rules, disable, lexicons\)$",
    ):
        load_pack(write(tmp_path, "extends: x\nrules: []\n"))
    with pytest.raises(
        RuleError, match=r'pack\.yaml:1: rules must be a list of rules \(got \{"id": "x"\}\)$'
    ):
        load_pack(write(tmp_path, "rules: {id: x}\n"))
    with pytest.raises(RuleError, match=r"unknown pack key 'extends'"):
        load_pack(write(tmp_path, "extends: x\nrules: []\n"))


def test_duplicate_ids_are_rejected_with_both_places(tmp_path: Path) -> None:
    first = write(tmp_path, GOOD_RULE, "a.yaml")
    second = write(tmp_path, GOOD_RULE, "b.yaml")
    with pytest.raises(
        RuleError,
        match=r"b\.yaml:2: duplicate rule id 'company-words' \(first defined at .*a\.yaml:2\)",
    ):
        load_rule_set([str(first), str(second)], default_rules=False)


def test_duplicate_yaml_keys_are_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        GOOD_RULE.replace(
            "    severity: warning\n", "    severity: warning\n    severity: error\n"
        ),
    )
    with pytest.raises(RuleError, match=r":5: invalid YAML: duplicate key 'severity'"):
        load_pack(path)


def test_bare_yaml_boolean_in_a_pattern_gets_a_hint(tmp_path: Path) -> None:
    pack = GOOD_RULE.replace(
        "phrases: [best-in-town]", "patterns:\n        - [{LOWER: {IN: [on, off]}}]"
    )
    with pytest.raises(
        RuleError, match=r"bare on/off/yes/no, which YAML reads as true/false; quote it"
    ):
        load_pack(write(tmp_path, pack))


def test_invalid_spacy_pattern_is_reported_at_its_line(tmp_path: Path) -> None:
    pack = GOOD_RULE.replace(
        "phrases: [best-in-town]", "patterns:\n        - [{LOWER: best}]\n        - [{LOWR: best}]"
    )
    rule_set = load_rule_set([str(write(tmp_path, pack))], default_rules=False)
    pipeline = load_pipeline("blank", frozenset())
    with pytest.raises(
        RuleError,
        match=r"pack\.yaml:9: rule company-words: invalid match\.patterns pattern: .*LOWR",
    ):
        CompiledRules(rule_set, pipeline.nlp, pipeline.capabilities)


def test_match_rules_cycles_are_rejected(tmp_path: Path) -> None:
    pack = """\
rules:
  - {id: a, category: tone, report: false, match: {rules: [b]}}
  - {id: b, category: tone, report: false, match: {rules: [a]}}
"""
    with pytest.raises(RuleError, match=r"match\.rules loops \(a → b → a\)"):
        load_rule_set([str(write(tmp_path, pack))], default_rules=False)


def test_unless_cycles_are_rejected(tmp_path: Path) -> None:
    pack = """\
rules:
  - {id: a, category: tone, report: false, match: {phrases: [x]}, unless: [b]}
  - {id: b, category: tone, report: false, match: {phrases: [y]}, unless: [a]}
"""
    with pytest.raises(RuleError, match=r"unless loops \(a → b → a\)"):
        load_rule_set([str(write(tmp_path, pack))], default_rules=False)


def test_context_tokens_must_be_boolean(tmp_path: Path) -> None:
    pack = GOOD_RULE.replace(
        "phrases: [best-in-town]", "patterns:\n        - [{LOWER: best, CONTEXT: maybe}]"
    )
    with pytest.raises(RuleError, match=r"patterns\[0\]: CONTEXT must be true or false"):
        load_pack(write(tmp_path, pack))


def test_needs_are_derived_from_pattern_attributes(tmp_path: Path) -> None:
    pack = GOOD_RULE.replace(
        "phrases: [best-in-town]",
        "patterns:\n        - [{LEMMA: best, POS: ADJ}]\n"
        "      dependencies:\n        - - {RIGHT_ID: a, RIGHT_ATTRS: {LOWER: best}}",
    )
    (rule,) = load_pack(write(tmp_path, pack))
    assert rule.needs == {"pos", "lemma", "dep"}


def test_missing_pack_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"nope\.yaml: no such rule pack"):
        load_rule_set([str(tmp_path / "nope.yaml")])
