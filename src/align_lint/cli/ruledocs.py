"""What ``align rules``, ``align explain`` and ``align check-rules`` print.

Pure functions from rules (and settings, and example checks) to text, so the
CLI only wires options to them. Nothing here imports spaCy.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from align_lint.errors import ConfigError, did_you_mean
from align_lint.rules.catalog import Catalog
from align_lint.rules.loader import bundled_pack_dir, load_rule_set
from align_lint.rules.schema import CATEGORIES, Origin, Rule
from align_lint.run.examples import ExampleCheck
from align_lint.settings.selection import Settings

WIDTH = 88


@dataclass(frozen=True)
class RuleRow:
    id: str
    category: str
    severity: str
    weight: int
    enabled: str  # "yes", "no", "context", "off"
    pack: str
    note: str = ""


def pack_label(origin: Origin) -> str:
    """``bundled/vanity.yaml`` for the bundled pack, the pack's path otherwise."""
    if origin.builtin:
        return "built-in"
    path = Path(origin.path)
    try:
        if path.resolve().parent == bundled_pack_dir().resolve():
            return f"bundled/{path.name}"
    except OSError:  # pragma: no cover - a path we cannot resolve is shown as is
        pass
    return origin.path


def rule_rows(catalog: Catalog, settings: Settings) -> list[RuleRow]:
    rows = []
    for rule in catalog.rules:
        if not rule.report:
            enabled, severity = "context", "-"
        else:
            enabled = "yes" if rule.id in settings.selected else "no"
            severity = settings.severity.get(rule.id, rule.severity).label
        rows.append(
            RuleRow(rule.id, rule.category, severity, rule.weight, enabled, pack_label(rule.origin))
        )
    for turned_off in catalog.rule_set.turned_off:
        rule = turned_off.rule
        rows.append(
            RuleRow(
                rule.id,
                rule.category,
                rule.severity.label,
                rule.weight,
                "off",
                pack_label(rule.origin),
                f"turned off by {turned_off.by}",
            )
        )
    return rows


def format_rules_text(rows: list[RuleRow]) -> str:
    header = RuleRow("id", "category", "severity", 0, "enabled", "pack")
    cells = [
        (
            r.id,
            r.category,
            r.severity,
            # A context rule never costs points, so its weight means nothing.
            "weight" if r is header else "-" if r.enabled == "context" else str(r.weight),
            r.enabled,
            r.pack,
        )
        for r in (header, *rows)
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = []
    for row, source in zip(cells, (header, *rows), strict=True):
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        if source.note:
            line += f"  ({source.note})"
        lines.append(line.rstrip())
    count = {state: sum(r.enabled == state for r in rows) for state in ("yes", "no", "context")}
    summary = (
        f"{count['yes']} of {count['yes'] + count['no']} reporting rules enabled, "
        f"{count['context']} context rules"
    )
    turned_off = len(rows) - sum(count.values())
    lines.append(summary + (f", {turned_off} turned off" if turned_off else ""))
    return "\n".join(lines) + "\n"


def format_rules_json(rows: list[RuleRow]) -> str:
    data = {
        "rules": [
            {
                "id": r.id,
                "category": r.category,
                "severity": None if r.enabled == "context" else r.severity,
                "weight": r.weight,
                "enabled": r.enabled == "yes",
                "kind": "context" if r.enabled == "context" else "finding",
                "turned_off": r.enabled == "off",
                "pack": r.pack,
            }
            for r in rows
        ]
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def find_rule(catalog: Catalog, name: str) -> Rule:
    """A rule by id, including turned-off ones; ConfigError with the closest id if unknown."""
    rule = catalog.get(name)
    if rule is not None:
        return rule
    for turned_off in catalog.rule_set.turned_off:
        if turned_off.rule.id == name:
            return turned_off.rule
    ids = [r.id for r in catalog.rules] + [t.rule.id for t in catalog.rule_set.turned_off]
    if name in CATEGORIES:
        members = ", ".join(r.id for r in catalog.rules if r.category == name)
        raise ConfigError(f"{name!r} is a category, not a rule; its rules: {members}")
    raise ConfigError(f"unknown rule {name!r}{did_you_mean(name, ids)}")


def explain(catalog: Catalog, rule: Rule, settings: Settings) -> str:
    out: list[str] = []
    severity = settings.severity.get(rule.id, rule.severity)
    if rule.report:
        kind = f"{rule.category}, {severity.label}, weight {rule.weight}"
        if severity is not rule.severity:
            kind += f" (severity set by configuration; the pack says {rule.severity.label})"
    else:
        kind = f"{rule.category}, context rule (report: false): never reported itself"
    out.append(f"{rule.id}  ({kind})")
    out.append(f"from {pack_label(rule.origin)}  [{rule.origin}]")
    turned_off = catalog.turned_off_by(rule.id)
    if turned_off:
        out.append(f"turned off by {turned_off}: it does not run")
    elif rule.report:
        out.append("enabled" if rule.id in settings.selected else "not enabled (select/ignore)")
    if rule.message:
        out += ["", "Message:", _indent(rule.message)]
    if rule.description:
        out += ["", "Why it matters:", _indent(rule.description)]
    if rule.suggestion:
        out += ["", "Suggestion:", _indent(rule.suggestion)]
    logic = _logic(rule)
    if logic:
        out += ["", "How it decides:", *(_indent(line) for line in logic)]
    users = _used_by(catalog, rule)
    if users:
        out += ["", "Used as context by:", _indent(", ".join(users))]
    for kind, texts, meaning in (
        ("Flagged", rule.examples.flagged, "the rule fires"),
        ("Passed", rule.examples.passed, "near misses it leaves alone"),
    ):
        if texts:
            out += ["", f"{kind} examples ({meaning}):"]
            out += [_indent(text, bullet=True) for text in texts]
    return "\n".join(out) + "\n"


def _logic(rule: Rule) -> list[str]:
    lines = []
    if rule.match.rules:
        lines.append(f"also matches what these match: {', '.join(rule.match.rules)}")
    if rule.unless.sentence:
        lines.append(f"not when the same sentence matches: {', '.join(rule.unless.sentence)}")
    if rule.unless.overlapping:
        lines.append(f"not where it overlaps a match of: {', '.join(rule.unless.overlapping)}")
    if rule.downgrade:
        scope = _DOWNGRADE_SCOPES[rule.downgrade.scope]
        lines.append(f"info only when {scope}: {', '.join(rule.downgrade.by)}")
    if rule.when:
        lines.append(f"only in documents that match: {', '.join(rule.when)}")
    if rule.require:
        lines.append("fires once per document when nothing matches (a document-level finding)")
    return lines


_DOWNGRADE_SCOPES = {
    "tied": "tied to a match (same sentence, or the next one opening with a tie connective) of",
    "sentence": "the same sentence matches",
    "paragraph": "the same paragraph matches",
}


def _used_by(catalog: Catalog, rule: Rule) -> list[str]:
    return [
        other.id
        for other in catalog.rules
        if other.id != rule.id
        and (rule.id in other.references or rule.category in other.references)
    ]


def _indent(text: str, *, bullet: bool = False) -> str:
    first = "  - " if bullet else "  "
    rest = "    " if bullet else "  "
    paragraphs = text.strip().split("\n")
    wrapped = []
    for index, paragraph in enumerate(paragraphs):
        wrapped.append(
            textwrap.fill(
                paragraph,
                WIDTH,
                initial_indent=first if index == 0 else rest,
                subsequent_indent=rest,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(wrapped)


def check_failures(checks: Iterable[ExampleCheck], rules: dict[str, Rule]) -> list[str]:
    """One line per example that did not behave as labelled, naming pack:line."""
    failures = []
    for check in checks:
        if check.ok:
            continue
        rule = rules[check.rule]
        text = json.dumps(check.text, ensure_ascii=False)
        if check.kind == "flagged":
            what = "flagged example did not fire"
        else:
            found = [
                f'{f.rule} "{f.text}"' if f.text else f.rule
                for f in check.findings
                if f.rule == rule.id
            ]
            what = "passed example fired" + (f" ({', '.join(found)})" if found else "")
        failures.append(f"{rule.origin}: rule {rule.id}: {what}: {text}")
    return failures


def missing_examples(rules: Iterable[Rule]) -> list[str]:
    """Reported rules with no flagged example: nothing shows they can ever fire."""
    return [
        f"{rule.origin}: rule {rule.id}: has no flagged example, so nothing shows it can fire"
        for rule in rules
        if rule.report and not rule.examples.flagged
    ]


def bundled_rules_reference() -> str:
    """The "Bundled rules" section of ``docs/rules.md``: one section per rule
    align ships (the bundled pack's reported rules, then the built-in ones),
    each headed by its bare id, so that its anchor is the id (what SARIF's
    ``helpUri`` and ``rules.docs.help_uri`` link to) and stays put however the
    rule is reworded."""
    catalog = Catalog(load_rule_set())
    sections = [_rule_section(rule) for rule in catalog.rules if rule.report]
    return "\n".join(sections)


def _rule_section(rule: Rule) -> str:
    facts = [rule.category, rule.severity.label, f"weight {rule.weight}"]
    if rule.precision:
        facts.append(f"precision {rule.precision}")
    if rule.require:
        facts.append("about the whole draft")
    if rule.origin.builtin:
        facts.append("built into align")
    out = [f"### {rule.id}", "", " · ".join(facts), ""]
    if rule.description:
        out += [_paragraph(rule.description), ""]
    out += [f"Message: {_code(rule.message)}", ""]
    if rule.suggestion:
        out += [_paragraph(f"Suggestion: {rule.suggestion}"), ""]
    for label, examples in (("Flagged", rule.examples.flagged), ("Passed", rule.examples.passed)):
        if examples:
            out += [f"{label}:", "", *(f"- {_code(example)}" for example in examples), ""]
    return "\n".join(out)


def _paragraph(text: str) -> str:
    """Folded YAML prose as one Markdown paragraph, wrapped as the page is."""
    return textwrap.fill(" ".join(text.split()), 100, break_long_words=False)


def _code(text: str) -> str:
    """Text as inline code, so its Markdown or HTML (an ``<!-- align-… -->``
    example) is shown, not rendered or read as a directive; a line break
    shows as ``⏎``."""
    shown = " ⏎ ".join(text.strip().splitlines())
    fence = "``" if "`" in shown else "`"
    pad = " " if shown.startswith("`") or shown.endswith("`") else ""
    return f"{fence}{pad}{shown}{pad}{fence}"
