"""The rules room: rules as data, no spaCy.

``schema`` declares a rule's keys and validates them, ``loader`` reads packs
(bundled first, then the user's, with ``override`` and ``disable``),
``builtin`` declares the rules align finds with its own code, ``catalog`` is
every rule and name a run knows, and ``graph`` how the rules of a run refer
to each other. Compiling rules to spaCy matchers is the analysis room's job.
"""

from align_lint.rules.loader import RuleSet, load_rule_set
from align_lint.rules.schema import CATEGORIES, Examples, MatchSpec, Rule

__all__ = ["CATEGORIES", "Examples", "MatchSpec", "Rule", "RuleSet", "load_rule_set"]
