"""What an editor shows about a rule: the hover text and the rule's docs link.

The hover says what ``align explain`` says that matters at the finding: the
message as reported, why the rule matters, the suggestion, and one flagged
and one passed example. It is built from the Rule here rather than from the
CLI's text, because nothing imports the CLI.
"""

from __future__ import annotations

from pathlib import Path

from align_lint.report.records import Finding
from align_lint.rules.loader import bundled_pack_dir
from align_lint.rules.schema import Rule

REPOSITORY = "https://github.com/align-lint/align/blob/main"
# Built-in rules have no pack file; they are documented with the feature they belong to.
BUILTIN_DOCS = f"{REPOSITORY}/docs/configuration.md"


def docs_url(rule: Rule) -> str:
    """Where ``rule`` is written down: its YAML (line of its id) in the bundled
    pack on GitHub, its own pack file for a project's pack, the docs for a
    built-in rule. Editors open it from the diagnostic's code."""
    origin = rule.origin
    if origin.builtin:
        return f"{BUILTIN_DOCS}#{rule.id}"
    anchor = f"#L{origin.line}" if origin.line else ""
    path = Path(origin.path).resolve()
    if path.parent == bundled_pack_dir().resolve():
        return f"{REPOSITORY}/rules/{path.name}{anchor}"
    return f"{path.as_uri()}{anchor}"


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
