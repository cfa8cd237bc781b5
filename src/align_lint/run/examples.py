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
from align_lint.judgement.logic import Judge, Judged
from align_lint.report.records import Finding
from align_lint.rules.graph import RuleGraph
from align_lint.rules.loader import RuleSet
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
    when the bundled pack is loaded (their examples are written against it).

    Whether a rule fires depends only on the rules it names (``match.rules``,
    ``unless``, ``downgrade``, ``when``), transitively: each example is matched
    and judged with just those, so checking a pack is linear in its rules, not
    quadratic (10,000 rules took > 400 s). Built-in rules, found by align's own
    code, still see every rule."""
    runnable = set(linter.analyzer.rules.ids)
    rules = [rule for rule in linter.catalog.rule_set if rule.id in runnable]
    if linter.config.default_rules:
        rules += linter.catalog.builtin
    relevant = _Relevant(linter.analyzer.graph)
    cases = [
        (rule, kind, text, relevant.rules_of(rule))
        for rule in rules
        for kind, texts in (("flagged", rule.examples.flagged), ("passed", rule.examples.passed))
        for text in texts
    ]

    def documents() -> Iterator[tuple[Document, _Case]]:
        for case in cases:
            rule, _, text, _ = case
            yield document_from_text(text, f"{rule.id}.example.md"), case

    def only(case: _Case) -> frozenset[str]:
        return case[3] if case[3] is not None else frozenset(runnable)

    everything = Settings(frozenset(rule.id for rule in linter.catalog.reported))
    for matches, (rule, kind, text, names) in linter.analyzer.full_pass(documents(), only):
        judge = linter.judge if names is None else relevant.judge(names)
        judged = judge.judge(matches)
        findings = linter.reported(matches.document, judged, everything)
        ok = fired(rule, findings, judged) == (kind == "flagged")
        yield ExampleCheck(rule.id, kind, text, ok, findings)


# A rule, "flagged" or "passed", the example text, and the rules it is checked
# with (None: every rule).
_Case = tuple[Rule, str, str, frozenset[str] | None]


class _Relevant:
    """The rules a rule's findings depend on, and a Judge over just them (one per
    set: the bundled pack's rules share a handful)."""

    def __init__(self, graph: RuleGraph) -> None:
        self.graph = graph
        self._order = {rule.id: index for index, rule in enumerate(graph.rules)}
        self._by_id = {rule.id: rule for rule in graph.rules}
        self._judges: dict[frozenset[str], Judge] = {}

    def rules_of(self, rule: Rule) -> frozenset[str] | None:
        if rule.id not in self.graph.references:
            return None  # a built-in rule: its findings come from align's own code
        seen: set[str] = set()
        todo = [rule.id]
        while todo:
            rule_id = todo.pop()
            if rule_id in seen:
                continue
            seen.add(rule_id)
            references = self.graph.references[rule_id]
            todo.extend(
                references.reuse
                | references.unless_overlapping
                | references.unless
                | references.downgrade
                | references.when
            )
        return frozenset(seen)

    def judge(self, names: frozenset[str]) -> Judge:
        if names not in self._judges:
            chosen = sorted(names, key=self._order.__getitem__)
            subset = RuleSet(
                tuple(self._by_id[n] for n in chosen), lexicons=self.graph.rules.lexicons
            )
            self._judges[names] = Judge(RuleGraph(subset))
        return self._judges[names]
