"""A later pack can replace a rule by id (``override: true``) or turn rules off
(``disable:``); everything else about repeated ids stays an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.errors import RuleError
from align_lint.rules.loader import load_rule_set

BASE = """\
rules:
  - id: brag
    category: vanity
    severity: warning
    message: 'brag "{text}"'
    match: {phrases: [big numbers]}
    unless: [modesty]
  - id: modesty
    category: tone
    report: false
    match: {phrases: [just kidding]}
  - id: fluff
    category: tone
    severity: info
    message: fluff
    match: {phrases: [synergy]}
"""

REPLACE_BRAG = """\
rules:
  - id: brag
    override: true
    category: vanity
    severity: error
    weight: 40
    message: 'company brag "{text}"'
    match: {phrases: [record numbers]}
"""


def packs(tmp_path: Path, *texts: str) -> list[str]:
    paths = []
    for index, text in enumerate(texts):
        path = tmp_path / f"p{index}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_override_replaces_the_earlier_rule_and_keeps_its_place(tmp_path: Path) -> None:
    rule_set = load_rule_set(packs(tmp_path, BASE, REPLACE_BRAG), default_rules=False)
    assert rule_set.ids == ("brag", "modesty", "fluff")
    brag = rule_set.get("brag")
    assert brag is not None and brag.weight == 40 and brag.match.phrases == ("record numbers",)
    assert str(brag.origin).endswith("p1.yaml:2")


def test_a_bundled_rule_can_be_overridden(tmp_path: Path) -> None:
    replacement = REPLACE_BRAG.replace("id: brag", "id: hype-word")
    rule_set = load_rule_set(packs(tmp_path, replacement))
    hype = rule_set.get("hype-word")
    assert hype is not None and str(hype.origin).endswith("p0.yaml:2")
    assert len([r for r in rule_set if r.id == "hype-word"]) == 1


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A repeated id without override: the old error, with the fix named.
        ((BASE, REPLACE_BRAG.replace("    override: true\n", "")), r"p1\.yaml:2: duplicate rule id 'brag' \(first defined at .*p0\.yaml:2\); add 'override: true' to replace it"),
        # override: true with nothing to override (a typo, or a renamed bundled rule).
        ((BASE, REPLACE_BRAG.replace("id: brag", "id: bragg")), r"p1\.yaml:2: rule bragg: override: true, but no earlier pack defines 'bragg' \(did you mean 'brag'\?\)"),
        # A duplicate inside one pack is an error even with override.
        ((BASE + REPLACE_BRAG.removeprefix("rules:\n"),), r"p0\.yaml:17: duplicate rule id 'brag' \(first defined at .*p0\.yaml:2\)"),
        ((BASE, "disable: [flufff]\n"), r"p1\.yaml:1: disable: no rule or category 'flufff' was loaded before this pack \(did you mean 'fluff'\?\)"),
        ((BASE, "disable: {brag: true}\n"), r"p1\.yaml:1: disable must be a list of rule ids or categories"),
        ((BASE, "disabled: [brag]\n"), r"p1\.yaml:1: unknown pack key 'disabled'"),
    ],
)  # fmt: skip
def test_override_and_disable_mistakes(
    tmp_path: Path, texts: tuple[str, ...], expected: str
) -> None:
    with pytest.raises(RuleError, match=expected):
        load_rule_set(packs(tmp_path, *texts), default_rules=False)


def test_disable_turns_off_ids_and_categories_of_earlier_packs(tmp_path: Path) -> None:
    rule_set = load_rule_set(packs(tmp_path, BASE, "disable:\n  - brag\n"), default_rules=False)
    assert rule_set.ids == ("modesty", "fluff")
    assert [(t.rule.id, t.by.rsplit("/", 1)[-1]) for t in rule_set.turned_off] == [
        ("brag", "p1.yaml:2")
    ]
    rule_set = load_rule_set(packs(tmp_path, BASE, "disable: tone\n"), default_rules=False)
    assert rule_set.ids == ("brag",)


def test_references_to_a_turned_off_rule_match_nothing_instead_of_failing(
    tmp_path: Path,
) -> None:
    # brag says `unless: [modesty]`; turning modesty off must not break brag.
    rule_set = load_rule_set(packs(tmp_path, BASE, "disable: [modesty]\n"), default_rules=False)
    assert rule_set.expand("modesty") == frozenset()
    assert rule_set.get("brag") is not None


def test_a_later_pack_may_define_a_rule_an_earlier_one_turned_off(tmp_path: Path) -> None:
    fresh = REPLACE_BRAG.replace("    override: true\n", "")
    rule_set = load_rule_set(packs(tmp_path, BASE, "disable: [brag]\n", fresh), default_rules=False)
    brag = rule_set.get("brag")
    assert brag is not None and brag.severity.label == "error"
    assert rule_set.turned_off == ()


def test_a_bundled_rule_can_be_turned_off(tmp_path: Path) -> None:
    rule_set = load_rule_set(packs(tmp_path, "disable: [viral-claim, tone]\n"))
    assert rule_set.get("viral-claim") is None
    assert not [r for r in rule_set if r.category == "tone"]
    # no-business-outcome names viral-claim in `when`; it still loads.
    assert rule_set.get("no-business-outcome") is not None
