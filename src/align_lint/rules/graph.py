"""How the rules of a run depend on each other, worked out once.

A rule names other rules (or whole categories) in ``match.rules``,
``unless`` (sentence, overlapping), ``downgrade`` and ``when``. Two rooms
read those references: the judgement applies them to matches, and the
prefilter needs to know which matches can matter at all before it decides
what to tag. Both ask this graph, so a new logic key is written here once.

The graph is built over the rules that actually run: a rule the pipeline
cannot serve (skipped) or a pack turned off expands to nothing, so
references to it simply never match.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from align_lint.rules.loader import RuleSet
from align_lint.rules.schema import Rule


@dataclass(frozen=True)
class References:
    """One rule's references, expanded from ids and categories to rule ids."""

    reuse: frozenset[str]  # match.rules: their matches count as this rule's
    unless_overlapping: frozenset[str]
    unless: frozenset[str]  # in the same sentence
    downgrade: frozenset[str]  # in the scope of rule.downgrade
    when: frozenset[str]


@dataclass(frozen=True)
class DeferredRequire:
    """A ``require`` rule with a ``when``: it can only fire in a document where
    one of ``triggers`` matches, and then only if nothing in ``reads`` does.
    Until a trigger matches, what ``reads`` would match cannot change a finding."""

    rule: str
    triggers: frozenset[str]
    reads: frozenset[str]


class RuleGraph:
    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.references = {rule.id: self._expand(rule) for rule in rules}

    def _expand(self, rule: Rule) -> References:
        return References(
            reuse=self.expand(rule.match.rules),
            unless_overlapping=self.expand(rule.unless.overlapping),
            unless=self.expand(rule.unless.sentence),
            downgrade=self.expand(rule.downgrade.by if rule.downgrade else ()),
            when=self.expand(rule.when),
        )

    def expand(self, references: Iterable[str]) -> frozenset[str]:
        """Rule ids that ids or categories name (a rule that does not run: none)."""
        return frozenset().union(*(self.rules.expand(r) for r in references))

    @cached_property
    def unless_order(self) -> tuple[str, ...]:
        """Rule ids so that every rule comes after the rules its ``unless`` names
        (the loader has rejected loops), so a cancelled match never cancels."""
        order: list[str] = []

        def visit(rule_id: str) -> None:
            if rule_id not in order:
                for other in sorted(self.references[rule_id].unless):
                    visit(other)
                order.append(rule_id)

        for rule in self.rules:
            visit(rule.id)
        return tuple(order)

    def reuse_closure(self, rule_ids: Iterable[str]) -> frozenset[str]:
        """The rules and every rule whose matches they reuse, transitively."""
        seen: set[str] = set()
        todo = list(rule_ids)
        while todo:
            rule_id = todo.pop()
            if rule_id not in seen:
                seen.add(rule_id)
                todo.extend(self.references[rule_id].reuse if rule_id in self.references else ())
        return frozenset(seen)

    @cached_property
    def far_reaching(self) -> frozenset[str]:
        """Rules whose matches can change a finding outside their own paragraph
        group: a rule that reports (unless a deferred require rule), what a
        ``when`` names, and what those reuse. Everything else a finding depends
        on (``unless`` in the sentence or overlapping, ``downgrade`` in the
        paragraph at most) lies next to the match it changes."""
        found: set[str] = set()
        deferred = {d.rule for d in self.deferred_requires}
        for rule in self.rules:
            if rule.report:
                found |= self.reuse_closure(self.references[rule.id].when)
                if rule.id not in deferred:
                    found |= self.reuse_closure([rule.id])
        return frozenset(found)

    @cached_property
    def tied_to(self) -> dict[str, frozenset[str]]:
        """Reported rules with a ``tied`` downgrade, and the rules whose matches
        may tie them (what they reuse included): a tie reaches the next sentence."""
        return {
            rule.id: self.reuse_closure(self.references[rule.id].downgrade)
            for rule in self.rules
            if rule.report and rule.downgrade is not None and rule.downgrade.scope == "tied"
        }

    @cached_property
    def deferred_requires(self) -> tuple[DeferredRequire, ...]:
        return tuple(
            DeferredRequire(
                rule.id,
                self.reuse_closure(self.references[rule.id].when),
                self.reuse_closure([rule.id]),
            )
            for rule in self.rules
            if rule.report and rule.require and self.references[rule.id].when
        )
