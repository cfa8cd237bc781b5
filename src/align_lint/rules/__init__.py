"""Rules as data: schema and validation, pack loading, compilation to spaCy."""

from align_lint.rules.loader import RuleSet, load_rule_set
from align_lint.rules.schema import CATEGORIES, Examples, MatchSpec, Rule

__all__ = ["CATEGORIES", "Examples", "MatchSpec", "Rule", "RuleSet", "load_rule_set"]
