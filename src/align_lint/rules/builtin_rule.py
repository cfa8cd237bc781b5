"""How a rule built into align is declared: found by align's own code, not by
a pattern, so it has no match, its origin is align itself, and its category is
platform (it is about the draft's source or its network, not what it says).
Only what differs from one built-in rule to the next is left to write."""

from __future__ import annotations

from align_lint.report.records import Severity
from align_lint.rules.schema import BUILTIN, Examples, MatchSpec, Rule


def builtin_rule(
    rule_id: str,
    *,
    severity: Severity,
    weight: int,
    message: str,
    suggestion: str,
    description: str,
    precision: str,
    flagged: tuple[str, ...],
    passed: tuple[str, ...],
) -> Rule:
    return Rule(
        id=rule_id,
        category="platform",
        severity=severity,
        weight=weight,
        message=message,
        match=MatchSpec(),
        suggestion=suggestion,
        description=description,
        origin=BUILTIN,
        precision=precision,
        examples=Examples(flagged=flagged, passed=passed),
    )
