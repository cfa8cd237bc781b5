"""Every rule a run knows about, and the names a setting may use.

The packs' active rules, align's built-in rules, and the rules a pack turned
off (known, so that naming one in ``ignore`` is not taken for a typo).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from align_lint.rules.builtin import BUILTIN_RULES
from align_lint.rules.loader import RuleSet
from align_lint.rules.platforms import Profiles, bundled_profiles
from align_lint.rules.schema import CATEGORIES, Rule


@dataclass(frozen=True)
class Catalog:
    rule_set: RuleSet
    builtin: tuple[Rule, ...] = BUILTIN_RULES
    # The platform profiles the platform rules count against and settings may name.
    profiles: Profiles = field(default_factory=bundled_profiles)

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self.rule_set.rules + self.builtin

    @property
    def reported(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.report)

    def get(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def turned_off_by(self, rule_id: str) -> str | None:
        return next((t.by for t in self.rule_set.turned_off if t.rule.id == rule_id), None)

    @property
    def names(self) -> tuple[str, ...]:
        """Every id and category a setting may name."""
        turned_off = tuple(t.rule.id for t in self.rule_set.turned_off)
        return tuple(rule.id for rule in self.rules) + turned_off + CATEGORIES

    def expand(self, reference: str) -> frozenset[str]:
        """Ids of the reported rules a reference (id or category) names."""
        return frozenset(r.id for r in self.reported if reference in (r.id, r.category))
