"""Run every rule's examples through the real pipeline: does each behave as labelled?

A rule pack's ``examples`` are its tests: every ``flagged`` text must make the
rule fire and no ``passed`` text may. Each example is linted on its own, with
every rule active (so ``unless``, ``when`` and ``downgrade`` behave as in
real use) and every reported rule selected, whatever the configuration says.
What "fired" means is decided in one place, ``fired``: a reported rule fired
when it has a finding at its own severity (a finding downgraded to ``info``
because it is tied to an outcome did not fire); a context rule, which never
reports, fired when it has a surviving match.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from align_lint.documents import Document, document_from_text
from align_lint.judgement.logic import Judged
from align_lint.report.records import Finding
from align_lint.rules.schema import Rule
from align_lint.run.linter import Linter
from align_lint.settings.selection import Settings


@dataclass(frozen=True)
class ExampleCheck:
    """One rule example run through the linter: did it behave as labelled?"""

    rule: str
    kind: str  # "flagged" | "passed"
    text: str
    ok: bool
    findings: tuple[Finding, ...]


def fired(rule: Rule, findings: tuple[Finding, ...], judged: Judged) -> bool:
    if rule.report:
        return any(f.rule == rule.id and f.severity is rule.severity for f in findings)
    return bool(judged.surviving.get(rule.id))


def check_examples(linter: Linter) -> Iterator[ExampleCheck]:
    """Every example of every rule the pipeline runs, built-in rules included
    when the bundled pack is loaded (their examples are written against it)."""
    runnable = set(linter.analyzer.rules.ids)
    rules = [rule for rule in linter.catalog.rule_set if rule.id in runnable]
    if linter.config.default_rules:
        rules += linter.catalog.builtin
    cases = [
        (rule, kind, text)
        for rule in rules
        for kind, texts in (("flagged", rule.examples.flagged), ("passed", rule.examples.passed))
        for text in texts
    ]

    def documents() -> Iterator[tuple[Document, tuple[Rule, str, str]]]:
        for rule, kind, text in cases:
            yield document_from_text(text, f"{rule.id}.example.md"), (rule, kind, text)

    everything = Settings(frozenset(rule.id for rule in linter.catalog.reported))
    judge = linter.judge
    for matches, (rule, kind, text) in linter.analyzer.full_pass(documents()):
        judged = judge.judge(matches)
        findings = linter.reported(matches.document, judged, everything)
        ok = fired(rule, findings, judged) == (kind == "flagged")
        yield ExampleCheck(rule.id, kind, text, ok, findings)
