"""What an editor shows about a rule: the hover text and the rule's docs link.

The hover says what ``align explain`` says that matters at the finding: the
message as reported, why the rule matters, the suggestion, and one flagged
and one passed example. It is built from the Rule here rather than from the
CLI's text, because nothing imports the CLI.
"""

from __future__ import annotations

from pathlib import Path

from align_lint.report.records import Finding
from align_lint.rules.docs import help_uri
from align_lint.rules.schema import Rule


def docs_url(rule: Rule) -> str:
    """Where ``rule`` is written down, the page SARIF's ``helpUri`` names too:
    the page its pack gives (``help_uri:``), else its section of docs/rules.md
    for one of align's own rules, else its own pack file at the line of its id
    (a project's rule is documented nowhere else). Editors open it from the
    diagnostic's code."""
    documented = help_uri(rule)
    if documented:
        return documented
    anchor = f"#L{rule.origin.line}" if rule.origin.line else ""
    return f"{Path(rule.origin.path).resolve().as_uri()}{anchor}"


def hover_markdown(finding: Finding, rule: Rule | None) -> str:
    """The hover for one finding, in Markdown."""
    lines = [f"**{finding.rule}** ({finding.category}, {finding.severity.label})", ""]
    lines.append(finding.message)
    if rule is None:
        return "\n".join(lines)
    for heading, text in (("Why it matters", rule.description), ("Suggestion", rule.suggestion)):
        if text:
            lines += ["", f"**{heading}:** {text.strip()}"]
    for heading, examples in (
        ("Flagged", rule.examples.flagged),
        ("Passed", rule.examples.passed),
    ):
        if examples:
            lines += ["", f"**{heading}:** {examples[0].strip()}"]
    lines += ["", f"`align explain {finding.rule}` says more."]
    return "\n".join(lines)
