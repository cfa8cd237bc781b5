"""Rules built into align: found by its own code, not by a pattern.

They are declared here as data like any pack's rule (id, category, severity,
message, examples), so selection, ``align rules``, ``align explain`` and the
reports treat them like the rest; ``judgement/suppression.py`` produces their
findings.
"""

from __future__ import annotations

from align_lint.report.records import Severity
from align_lint.rules.builtin_rule import builtin_rule
from align_lint.rules.platform_rules import PLATFORM_RULES

UNUSED_SUPPRESSION = builtin_rule(
    "unused-suppression",
    severity=Severity.INFO,
    weight=0,
    message="this align suppression comment suppressed nothing",
    suggestion="Delete the comment, or the names in it that no longer match anything.",
    description=(
        "An align-disable comment that silences nothing: the finding it was written for "
        "is gone, a rule id is misspelled or not enabled, or the comment is in the wrong "
        "place (align-disable-next-line covers only the line after it; document-level "
        "findings need align-disable-file). A stale suppression would quietly hide the next "
        "real finding there. Built into align (like ruff's RUF100); its category is platform "
        "because, like platform-artifact, it is about leftovers in the source of a draft, "
        "not about what the draft says."
    ),
    # A comment that silenced nothing is found exactly, by align's own bookkeeping.
    precision="very-high",
    flagged=(
        "<!-- align-disable-next-line hype-word -->\nRevenue grew 12% in Q3.",
        "Revenue grew 12% in Q3. We crossed 10k followers.\n"
        "<!-- align-disable-file vanity-metrics -->",
        "<!-- align-disable -->\nRevenue grew 12% in Q3.\n<!-- align-enable -->",
    ),
    passed=(
        "<!-- align-disable-next-line hype-word -->\n"
        "Our game-changing planner cut revenue churn 12% in Q3.",
        "Revenue grew 12% in Q3. <!-- a reviewer's note, not a directive -->",
        "Revenue grew 12% in Q3.\n\n```\n<!-- align-disable-next-line -->\n```",
    ),
)

BUILTIN_RULES = (UNUSED_SUPPRESSION, *PLATFORM_RULES)
