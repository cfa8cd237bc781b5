"""The scorecard's numbers, computed once from the result records, so the HTML
and the Markdown say the same thing and tests can check them against the
JSON report of the same run.

A document that could not be linted has no score: it counts as a document
and as failed (as in every report), never in a mean, median or histogram.
"""

from __future__ import annotations

import hashlib
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from align_lint.report.formatters import document_name
from align_lint.report.records import DocumentResult, Finding, Report

WORST = 20  # the documents the scorecard shows first, lowest score first
TOP_RULES = 10  # the rules charted by points lost
BIN_WIDTH = 10  # score histogram: 0-9, 10-19, ... 90-100
# More distinct weeks than this and the timeline is by month: a chart of
# 60 weekly points is noise to the people it is for.
MOST_WEEKS = 26
NONE = "(none)"  # the group of documents that name no author or platform


@dataclass(frozen=True)
class Group:
    """One row of a per-folder, per-author, per-platform or per-period table."""

    name: str
    documents: int  # with a score (linted)
    passed: int
    mean: float
    median: float

    @property
    def pass_rate(self) -> float:
        return 100 * self.passed / self.documents if self.documents else 0.0


@dataclass(frozen=True)
class RuleCost:
    rule: str
    category: str
    points: int  # lost over every document
    findings: int
    documents: int  # with at least one finding of the rule
    meaning: str = ""  # what the rule flags: its message, the matched text left out


@dataclass(frozen=True)
class Bin:
    low: int
    high: int  # inclusive
    documents: int

    @property
    def label(self) -> str:
        return f"{self.low}-{self.high}"


@dataclass(frozen=True)
class Entry:
    """One document as the scorecard lists it; ``anchor`` links its findings."""

    anchor: str
    name: str
    folder: str
    result: DocumentResult

    @property
    def score(self) -> int | None:
        return None if self.result.error else self.result.score.value

    @property
    def verdict(self) -> str:
        if self.result.error:
            return "error"
        return "pass" if self.result.passed else "fail"


@dataclass(frozen=True)
class Scorecard:
    title: str
    tool_version: str
    pipeline: str
    rule_set: str  # "12 rules (5f3a…)": which rules scored these documents
    documents: int
    passed: int
    failed: int
    errors: int
    findings: int
    mean: float | None  # None when no document has a score
    median: float | None
    bins: tuple[Bin, ...]
    rule_costs: tuple[RuleCost, ...]
    period: str  # "week", "month", or "" when no document has a date
    timeline: tuple[Group, ...]
    folders: tuple[Group, ...]
    authors: tuple[Group, ...]
    platforms: tuple[Group, ...]
    entries: tuple[Entry, ...]  # input order
    worst: tuple[Entry, ...]

    @property
    def pass_rate(self) -> float:
        return 100 * self.passed / self.documents if self.documents else 0.0

    @property
    def top_rules(self) -> tuple[RuleCost, ...]:
        return tuple(cost for cost in self.rule_costs if cost.points > 0)[:TOP_RULES]

    @property
    def with_findings(self) -> tuple[Entry, ...]:
        """The documents that have something to show below the tables."""
        return tuple(entry for entry in self.entries if entry.result.findings or entry.result.error)


def build(
    report: Report, folder_of: Callable[[str], str], *, title: str = "align scorecard"
) -> Scorecard:
    results = tuple(report.results)  # a spooled report is read back once
    entries = tuple(
        Entry(f"d{number}", document_name(result), folder_of(result.path), result)
        for number, result in enumerate(results, 1)
    )
    scored = [entry for entry in entries if entry.score is not None]
    scores = [entry.result.score.value for entry in scored]
    summary = report.summary
    period, timeline = _timeline(scored)
    return Scorecard(
        title=title,
        tool_version=report.tool_version,
        pipeline=report.pipeline,
        rule_set=_rule_set(report),
        documents=summary.documents,
        passed=summary.passed,
        failed=summary.failed,
        errors=summary.errors,
        findings=summary.findings,
        mean=statistics.fmean(scores) if scores else None,
        median=statistics.median(scores) if scores else None,
        bins=_bins(scores),
        rule_costs=_rule_costs(results, _meanings(report)),
        period=period,
        timeline=timeline,
        folders=_groups(scored, lambda entry: entry.folder),
        authors=_groups(scored, lambda entry: entry.result.author or NONE),
        platforms=_groups(scored, lambda entry: entry.result.platform or NONE),
        entries=entries,
        worst=_worst(entries),
    )


def _rule_set(report: Report) -> str:
    """How many rules ran and a short digest of them: two scorecards with the
    same digest were scored by the same rules, whatever their packs are called."""
    described = sorted(
        f"{rule.id}\t{rule.category}\t{rule.severity.label}\t{rule.message}"
        for rule in report.rules
    )
    digest = hashlib.sha256("\n".join(described).encode()).hexdigest()[:8]
    count = len(report.rules)
    return f"{count} {'rule' if count == 1 else 'rules'} ({digest})"


def _bins(scores: Sequence[int]) -> tuple[Bin, ...]:
    counts = [0] * (100 // BIN_WIDTH)
    for score in scores:
        counts[min(score // BIN_WIDTH, len(counts) - 1)] += 1  # 100 joins 90-99
    last = len(counts) - 1
    return tuple(
        Bin(low * BIN_WIDTH, 100 if low == last else low * BIN_WIDTH + BIN_WIDTH - 1, count)
        for low, count in enumerate(counts)
    )


def _meanings(report: Report) -> dict[str, str]:
    """Each described rule's message with ``"{text}"`` as "…", so the findings
    below need not repeat it (their words are shown in context)."""
    return {
        rule.id: " ".join(rule.message.replace('"{text}"', "…").replace("{text}", "…").split())
        for rule in report.rules
    }


def _rule_costs(
    results: Iterable[DocumentResult], meanings: dict[str, str]
) -> tuple[RuleCost, ...]:
    points: dict[str, int] = {}
    findings: dict[str, int] = {}
    documents: dict[str, int] = {}
    categories: dict[str, str] = {}
    for result in results:
        for line in result.score.lines:
            points[line.rule] = points.get(line.rule, 0) + line.cost
        for finding in result.findings:
            findings[finding.rule] = findings.get(finding.rule, 0) + 1
            categories.setdefault(finding.rule, finding.category)
        for rule in {finding.rule for finding in result.findings}:
            documents[rule] = documents.get(rule, 0) + 1
    costs = (
        RuleCost(
            rule,
            categories[rule],
            points.get(rule, 0),
            count,
            documents[rule],
            meanings.get(rule, ""),
        )
        for rule, count in findings.items()
    )
    return tuple(sorted(costs, key=lambda cost: (-cost.points, -cost.findings, cost.rule)))


def _groups(entries: Iterable[Entry], key: Callable[[Entry], str]) -> tuple[Group, ...]:
    """Lowest mean first: where to look first."""
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(key(entry), []).append(entry)
    groups = (_group(name, members) for name, members in grouped.items())
    return tuple(sorted(groups, key=lambda group: (group.mean, group.name)))


def _group(name: str, members: Sequence[Entry]) -> Group:
    scores = [entry.result.score.value for entry in members]
    return Group(
        name=name,
        documents=len(members),
        passed=sum(entry.result.passed for entry in members),
        mean=statistics.fmean(scores),
        median=statistics.median(scores),
    )


def _timeline(entries: Iterable[Entry]) -> tuple[str, tuple[Group, ...]]:
    """Scores by week (Monday's date) or, over more than MOST_WEEKS weeks, by
    month; in time order."""
    dated = [
        (date.fromisoformat(entry.result.date), entry) for entry in entries if entry.result.date
    ]
    if not dated:
        return "", ()
    weeks = {day - timedelta(days=day.weekday()) for day, _ in dated}
    period = "week" if len(weeks) <= MOST_WEEKS else "month"

    def label(day: date) -> str:
        if period == "week":
            return (day - timedelta(days=day.weekday())).isoformat()
        return day.strftime("%Y-%m")

    grouped: dict[str, list[Entry]] = {}
    for day, entry in dated:
        grouped.setdefault(label(day), []).append(entry)
    return period, tuple(_group(name, grouped[name]) for name in sorted(grouped))


def _worst(entries: Sequence[Entry]) -> tuple[Entry, ...]:
    """The lowest scores, then most findings; documents that could not be
    linted are listed apart (they have no score to rank)."""
    scored = [entry for entry in entries if entry.score is not None]
    ranked = sorted(
        scored,
        key=lambda entry: (entry.result.score.value, -len(entry.result.findings), entry.name),
    )
    return tuple(ranked[:WORST])


def fix_hints(result: DocumentResult) -> tuple[tuple[str, str], ...]:
    """Each rule's suggestion once, in the order its findings come."""
    hints: dict[str, str] = {}
    for finding in result.findings:
        if finding.suggestion:
            hints.setdefault(finding.rule, finding.suggestion)
    return tuple(hints.items())


def context_parts(
    finding: Finding, around: int = 24, result: DocumentResult | None = None
) -> tuple[str, str, str]:
    """The finding's source line as (before, matched, after), cut to ``around``
    characters either side so a long paragraph does not bloat the report;
    ``result``: the result holding it (a huge draft's lines are there)."""
    line = finding.context if result is None else result.context_of(finding)
    if finding.scope == "document" or not line:
        return ("", "", "")
    start = max(finding.column - 1, 0)
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = min(max(end, start), len(line))
    before = line[max(0, start - around) : start]
    after = line[end : end + around]
    if start > around:
        before = "…" + before.lstrip()
    if len(line) - end > around:
        after = after.rstrip() + "…"
    return (before, _shortened(line[start:end], around), after)


def _shortened(matched: str, around: int) -> str:
    """The marked words, their middle cut when they run long: a
    ``platform-length`` finding marks everything past the limit, which in a
    long post is thousands of characters repeated from the draft."""
    if len(matched) <= 4 * around:
        return matched
    return matched[: 2 * around].rstrip() + " … " + matched[-around:].lstrip()
