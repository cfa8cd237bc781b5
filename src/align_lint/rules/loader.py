"""Rule packs: find them, parse them, check that they hang together.

A pack is a YAML file with a ``rules:`` list (or a directory of such files).
The bundled pack ships inside the package as ``align_lint.rulepack``; in a
source checkout that package is the top-level ``rules/`` directory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from align_lint.errors import RuleError
from align_lint.paths import display_path
from align_lint.rules.schema import CATEGORIES, Rule, parse_rule
from align_lint.rules.yamlload import LineDict, LineList, read_yaml_file

PACK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class RuleSet:
    """The active rules in load order, with lookups by id and category."""

    rules: tuple[Rule, ...]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def expand(self, reference: str) -> frozenset[str]:
        """Rule ids a reference names: itself if it is an id, else its category's rules."""
        if any(rule.id == reference for rule in self.rules):
            return frozenset({reference})
        return frozenset(rule.id for rule in self.rules if rule.category == reference)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)


def bundled_pack_dir() -> Path:
    """The bundled pack: ``align_lint/rulepack`` in an installed wheel, or the
    top-level ``rules/`` of a source checkout (editable installs and tests).

    Located by path rather than importlib.resources because the pack is data
    with no ``__init__.py``, which editable installs do not map as a package.
    """
    package = Path(__file__).resolve().parents[1]
    installed = package / "rulepack"
    if installed.is_dir():
        return installed
    return package.parents[1] / "rules"


def load_rule_set(extra_packs: Iterable[str] = (), *, default_rules: bool = True) -> RuleSet:
    paths: list[Path] = [bundled_pack_dir()] if default_rules else []
    paths.extend(Path(pack) for pack in extra_packs)
    rules: list[Rule] = []
    for file in _pack_files(paths):
        rules.extend(load_pack(file))
    return check_rule_set(rules)


def _pack_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in PACK_SUFFIXES)
            if not files:
                raise RuleError(f"{display_path(path)}: no rule packs (*.yaml) in this directory")
            yield from files
        elif path.is_file():
            yield path
        else:
            raise RuleError(f"{display_path(path)}: no such rule pack")


def load_pack(path: Path) -> list[Rule]:
    source = display_path(path)
    data = read_yaml_file(path, source, RuleError)
    if not isinstance(data, LineDict) or "rules" not in data:
        raise RuleError(f"{source}:1: a rule pack is a mapping with a 'rules:' list")
    unknown = sorted(set(data) - {"rules"})
    if unknown:
        raise RuleError(f"{source}:{data.line_of(unknown[0])}: unknown pack key {unknown[0]!r}")
    entries = data["rules"]
    if not isinstance(entries, LineList):
        raise RuleError(f"{source}:{data.line_of('rules')}: 'rules' must be a list of rules")
    return [
        parse_rule(entry, source, line)
        for entry, line in zip(entries, entries.item_lines, strict=True)
    ]


def check_rule_set(rules: list[Rule]) -> RuleSet:
    """Reject duplicate ids, references to nothing, and rules that reuse themselves."""
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id].origin
            raise RuleError(
                f"{rule.origin}: duplicate rule id {rule.id!r} (first defined at {first})"
            )
        seen[rule.id] = rule
    rule_set = RuleSet(tuple(rules))
    for rule in rules:
        for reference in rule.references:
            if reference not in seen and reference not in CATEGORIES:
                raise RuleError(
                    f"{rule.origin}: rule {rule.id}: unknown rule or category {reference!r}"
                )
    _reject_cycles(rule_set, "match.rules", lambda rule: rule.match.rules)
    _reject_cycles(rule_set, "unless", lambda rule: rule.unless)
    return rule_set


def _reject_cycles(
    rule_set: RuleSet, field: str, references: Callable[[Rule], tuple[str, ...]]
) -> None:
    """A rule may not depend on itself through ``field`` (directly or not):
    reuse loops never end, and an ``unless`` loop has no order to apply in."""
    done: set[str] = set()

    def visit(rule_id: str, path: tuple[str, ...]) -> None:
        if rule_id in done:
            return
        rule = rule_set.get(rule_id)
        assert rule is not None
        for reference in references(rule):
            for target in sorted(rule_set.expand(reference)):
                if target in path:
                    chain = " → ".join((*path, target))
                    raise RuleError(f"{rule.origin}: rule {rule.id}: {field} loops ({chain})")
                visit(target, (*path, target))
        done.add(rule_id)

    for rule in rule_set:
        visit(rule.id, (rule.id,))
