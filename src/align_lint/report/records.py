"""Immutable result records: what the engine produces and formatters consume.

Formatters import only this module (never spaCy or YAML), so they can be tested
with hand-built results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from functools import cached_property
from typing import Protocol


class Severity(IntEnum):
    """Ordered so that ``finding.severity >= fail_on`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.upper()]


SEVERITY_NAMES = tuple(s.label for s in Severity)


class FailOn(StrEnum):
    """The severity from which a finding fails its document, or ``never``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"

    @property
    def threshold(self) -> Severity | None:
        return None if self is FailOn.NEVER else Severity.parse(self.value)


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """One problem in one document. Equality covers every field (as flake8's)."""

    start: int
    end: int
    rule: str
    category: str
    severity: Severity
    message: str
    suggestion: str
    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    scope: str = "span"  # "span" | "document"
    # The source line the finding starts on, so reports can show context
    # without every result holding its whole document.
    context: str = ""
    # What makes this finding "the same" across edits elsewhere in the file:
    # rule id, normalised text and sentence, never a position (the baseline
    # and SARIF's partialFingerprints match on it). Empty when not computed.
    fingerprint: str = ""

    @property
    def sort_key(self) -> tuple[int, int, str, int]:
        return (self.line, self.column, self.rule, self.end)


@dataclass(frozen=True)
class ScoreLine:
    """The points one rule cost a document: ``− rule 15+7+3``."""

    rule: str
    category: str
    count: int
    cost: int
    # What each finding cost, in order (repeats cost less); empty when only
    # the total is known, as in hand-built results.
    charges: tuple[int, ...] = ()

    def term(self) -> str:
        """``vanity-metric 15+7+3+1``: each charge, so ``26 vanity-metric ×5``
        can no longer read as 26 × 5. Findings that cost nothing more are
        counted, not listed as a run of zeros."""
        paid = [str(charge) for charge in self.charges if charge > 0] or [str(self.cost)]
        text = f"{self.rule} {'+'.join(paid)}"
        if self.count > len(paid):
            text += f" ({self.count} findings)"
        return text


@dataclass(frozen=True)
class Score:
    value: int
    lines: tuple[ScoreLine, ...] = ()

    @property
    def breakdown(self) -> dict[str, int]:
        """Category → points lost, in first-seen order of the score lines."""
        lost: dict[str, int] = {}
        for line in self.lines:
            lost[line.category] = lost.get(line.category, 0) + line.cost
        return lost

    def terms(self) -> tuple[str, ...]:
        """The arithmetic in pieces that must not be split when it wraps:
        ``100``, ``− vanity-metric 15+7``, ``= 78``."""
        floored = self.value == 0 and sum(line.cost for line in self.lines) > 100
        result = f"= {self.value} (floored at 0)" if floored else f"= {self.value}"
        return ("100", *(f"− {line.term()}" for line in self.lines), result)

    def arithmetic(self) -> str:
        """``100 − no-business-outcome 30 − vanity-metric 15+7 = 48``."""
        return " ".join(self.terms())


class LineSource(Protocol):
    """A document's lines by their 1-based number (``documents.LineIndex``)."""

    def line_text(self, line: int) -> str: ...


@dataclass(frozen=True)
class DocumentResult:
    path: str
    record: int | None
    findings: tuple[Finding, ...]
    score: Score
    passed: bool
    fail_reasons: tuple[str, ...] = ()
    # Why the document could not be linted (one line naming it): an error
    # document has no findings, scores 0 and fails, and every format says why.
    error: str = ""
    # The thresholds this document was judged by (per_file and front matter can
    # change them), so a baseline or --diff can judge it again on fewer findings.
    fail_under: int = 70
    fail_on: FailOn = FailOn.ERROR
    # Known findings a baseline hid from this result (not in ``findings``).
    hidden: int = 0
    # One row of a content calendar (``record`` is its row number): the value
    # of its id column, and for a workbook the cell of its text ("Sheet1!B12"),
    # which its findings' lines and columns are inside.
    record_id: str = ""
    cell: str = ""
    # What the document says about itself, for reports that group documents
    # (the scorecard): its front matter's (or calendar row's) ``date`` as
    # YYYY-MM-DD, ``author`` and ``platform``; "" when it names none.
    date: str = ""
    author: str = ""
    platform: str = ""
    # A huge draft's lines (judgement/findings.SHARED_LINES_CHARS): its span
    # findings carry no ``context`` of their own, as the ~200,000 findings of a
    # 50 MB draft held their lines' text (90 bytes a finding, and the
    # interpreter's interned-string table) through its judgement, where its
    # memory peaks. Read through ``context_of``; not compared.
    source_lines: LineSource | None = field(default=None, compare=False, repr=False)

    def context_of(self, finding: Finding) -> str:
        """The source line ``finding`` starts on (what ``Finding.context`` says)."""
        if finding.context or self.source_lines is None or finding.scope == "document":
            return finding.context
        return self.source_lines.line_text(finding.line)

    def with_contexts(self) -> DocumentResult:
        """This result with every finding's ``context`` in it and no lines: what
        a store that keeps findings alone (the result cache) writes."""
        if self.source_lines is None:
            return self
        findings = tuple(replace(f, context=self.context_of(f)) for f in self.findings)
        return replace(self, findings=findings, source_lines=None)

    @classmethod
    def not_linted(cls, path: str, error: str, record: int | None = None) -> DocumentResult:
        """The result of a document that could not be read or linted."""
        return cls(
            path=path,
            record=record,
            findings=(),
            score=Score(0),
            passed=False,
            fail_reasons=(error,),
            error=error,
        )


@dataclass(frozen=True)
class Summary:
    documents: int
    passed: int
    failed: int  # error documents included
    findings: int
    errors: int = 0  # documents that could not be linted
    skipped: int = 0  # empty drafts: not documents, not failures
    hidden: int = 0  # known findings a baseline hid


class Tally:
    """A Summary counted as results go by, so a run that streams its results
    (and never holds them) still ends with its counts and the rules that
    found something."""

    def __init__(self) -> None:
        self.documents = self.passed = self.findings = self.errors = self.hidden = 0
        self.rules_found: set[str] = set()

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        self.passed += result.passed
        self.findings += len(result.findings)
        self.errors += bool(result.error)
        self.hidden += result.hidden
        self.rules_found.update(finding.rule for finding in result.findings)

    @property
    def summary(self) -> Summary:
        return Summary(
            self.documents,
            self.passed,
            self.documents - self.passed,
            self.findings,
            self.errors,
            hidden=self.hidden,
        )


@dataclass(frozen=True)
class RuleCount:
    rule: str
    findings: int
    documents: int  # with at least one finding of the rule


@dataclass(frozen=True)
class FolderScore:
    folder: str
    documents: int  # linted ones: a document that could not be linted has no score
    mean_score: float


@dataclass(frozen=True)
class Statistics:
    """``--statistics``: findings per rule, most first, and the mean score per
    folder, lowest first."""

    rules: tuple[RuleCount, ...]
    folders: tuple[FolderScore, ...]


class StatisticsTally:
    """Statistics counted as results go by (a streamed run never holds them);
    ``folder_of`` names the folder a document's path belongs to."""

    def __init__(self, folder_of: Callable[[str], str]) -> None:
        self._folder_of = folder_of
        self._findings: dict[str, int] = {}
        self._documents: dict[str, int] = {}
        self._scores: dict[str, list[int]] = {}  # folder -> [sum, count]

    def add(self, result: DocumentResult) -> None:
        for finding in result.findings:
            self._findings[finding.rule] = self._findings.get(finding.rule, 0) + 1
        for rule in {finding.rule for finding in result.findings}:
            self._documents[rule] = self._documents.get(rule, 0) + 1
        if not result.error:
            total = self._scores.setdefault(self._folder_of(result.path), [0, 0])
            total[0] += result.score.value
            total[1] += 1

    def _folder_scores(self) -> Iterator[FolderScore]:
        for folder, (total, count) in self._scores.items():
            yield FolderScore(folder, count, total / count)

    @property
    def statistics(self) -> Statistics:
        rules = sorted(self._findings.items(), key=lambda item: (-item[1], item[0]))
        return Statistics(
            rules=tuple(RuleCount(rule, count, self._documents[rule]) for rule, count in rules),
            # Lowest mean first: where to look first.
            folders=tuple(
                sorted(
                    (
                        FolderScore(folder, count, total / count)
                        for folder, (total, count) in self._scores.items()
                    ),
                    key=lambda score: (score.mean_score, score.folder),
                )
            ),
        )


@dataclass(frozen=True)
class RuleInfo:
    """What a report says about one active, reported rule: enough for formats
    that describe their rules (SARIF's reportingDescriptors) without importing
    the rules package."""

    id: str
    category: str
    severity: Severity
    message: str  # the template, with ``{text}`` where the matched text goes
    description: str = ""
    suggestion: str = ""
    flagged: tuple[str, ...] = ()  # examples the rule flags
    passed: tuple[str, ...] = ()  # examples it lets through
    precision: str = ""  # very-high, high, medium or low; "" when unknown
    help_uri: str = ""  # the page documenting the rule; "" when there is none


@dataclass(frozen=True)
class Report:
    # A tuple, or for a large run a spool that keeps most results on disk (spool.py).
    results: Sequence[DocumentResult]
    pipeline: str
    tool_version: str
    fail_under: int
    fail_on: FailOn
    notices: tuple[str, ...] = field(default=())
    # The reported rules that ran, in load order (context rules are not listed).
    rules: tuple[RuleInfo, ...] = field(default=())
    # Names of the empty drafts the run skipped (a new file waiting for its copy).
    skipped: tuple[str, ...] = field(default=())
    # The counts of the whole run when ``results`` does not hold all of it: a
    # streamed run (its results already written) or a report shown filtered.
    counted: Summary | None = None
    statistics: Statistics | None = None  # only when asked (--statistics)

    @cached_property
    def summary(self) -> Summary:
        """Counted in one pass, once: a spooled report is read back from disk."""
        if self.counted is not None:
            return self.counted
        tally = Tally()
        for result in self.results:
            tally.add(result)
        return replace(tally.summary, skipped=len(self.skipped))

    @property
    def passed(self) -> bool:
        return self.summary.failed == 0
