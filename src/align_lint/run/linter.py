"""The Linter: config → rules + pipeline + engine → scored DocumentResults.

This is the Python API the CLI is built on. It loads the pipeline and
compiles the rules once, then lints any number of documents.

Per document, after the engine: the layers that apply (config file, per_file,
front matter, command line) are folded into Settings; findings of rules not
selected are dropped and severity overrides applied (selection.py); inline
suppression comments drop what they cover and unused ones are reported
(suppression.py); then the score and verdict use that document's thresholds.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from align_lint import __version__
from align_lint.analysis.engine import Engine, ExampleCheck
from align_lint.analysis.pipeline import Pipeline, load_pipeline
from align_lint.documents import Document, document_from_text, expand_paths, read_document
from align_lint.documents.pathfilter import PathFilter
from align_lint.documents.paths import display_path
from align_lint.documents.sources import STDIN, WalkFilter, read_stdin_document
from align_lint.errors import InputError
from align_lint.judgement.scoring import score_findings, verdict
from align_lint.judgement.suppression import apply_suppressions
from align_lint.report.records import DocumentResult, Finding, Report, RuleInfo, Severity
from align_lint.rules.schema import Rule
from align_lint.run.spool import KEEP, ResultSpool
from align_lint.run.workers import Progress, Source, lint_sources
from align_lint.settings.config import Config
from align_lint.settings.configfile import front_matter_layer
from align_lint.settings.selection import Settings, load_catalog, resolve

if TYPE_CHECKING:
    from align_lint.run.cache import ResultCache


class Linter:
    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.catalog = load_catalog(self.config)
        self.rule_set = self.catalog.rule_set
        self._rules = {rule.id: rule for rule in self.catalog.rules}
        self._weights = {rule.id: rule.weight for rule in self.catalog.rules}
        self._known = frozenset(self.catalog.names)
        # What a report names when every result came from the cache (no pipeline
        # loaded): the pipeline label, the notices, the rules the pipeline can run.
        self._cached_run: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None

    @cached_property
    def pipeline(self) -> Pipeline:
        """Loaded on first use: a run answered from the cache never imports spaCy."""
        needs = frozenset().union(*(rule.needs for rule in self.rule_set))
        return load_pipeline(self.config.model, needs)

    @cached_property
    def engine(self) -> Engine:
        return Engine(self.rule_set, self.pipeline)

    @property
    def notices(self) -> tuple[str, ...]:
        if self._cached_run is not None and "engine" not in self.__dict__:
            return self._cached_run[1]
        return self.engine.notices

    @property
    def runnable_ids(self) -> tuple[str, ...]:
        if self._cached_run is not None and "engine" not in self.__dict__:
            return self._cached_run[2]
        return self.engine.rules.ids

    @property
    def pipeline_name(self) -> str:
        if self._cached_run is not None and "pipeline" not in self.__dict__:
            return self._cached_run[0]
        return self.pipeline.name

    def lint_documents(
        self,
        documents: Iterable[Document],
        *,
        on_error: Callable[[InputError], None] | None = None,
    ) -> Iterator[DocumentResult]:
        """Results in input order. A document whose front matter settings are
        invalid goes to ``on_error`` (the run continues) or, without it, raises."""
        pending: deque[Settings] = deque()

        def settled() -> Iterator[Document]:
            for document in documents:
                try:
                    pending.append(self.settings_for(document))
                except InputError as error:
                    if on_error is None:
                        raise
                    on_error(error)
                    continue
                yield document

        # The engine yields in input order, so settings line up first in, first out.
        for document, findings in self.engine.run(settled()):
            yield self._result(document, findings, pending.popleft())

    def settings_for(self, document: Document) -> Settings:
        """The settings that apply to one document (front matter checked here)."""
        front_matter = front_matter_layer(document.meta, document.source)
        if front_matter is not None:
            self.catalog.check_layer(front_matter, InputError)
        return resolve(self.config.layers_for(document.source, front_matter), self.catalog)

    def check_examples(self) -> Iterator[ExampleCheck]:
        """Every rule's examples: the engine's rules through the engine, align's
        built-in rules (unused-suppression) through the whole linter."""
        yield from self.engine.check_examples()
        if not self.config.default_rules:
            return  # the built-in rules' examples are written against the bundled pack
        for rule in self.catalog.builtin:
            for kind, texts in (
                ("flagged", rule.examples.flagged),
                ("passed", rule.examples.passed),
            ):
                for text in texts:
                    result = self.lint_text(text, path=f"{rule.id}.example.md")
                    fired = any(f.rule == rule.id for f in result.findings)
                    ok = fired == (kind == "flagged")
                    yield ExampleCheck(rule.id, kind, text, ok, result.findings)

    def lint_text(self, text: str, *, path: str | None = None) -> DocumentResult:
        document = document_from_text(text, path or "<text>")
        return next(self.lint_documents([document]))

    def report(self, results: Iterable[DocumentResult]) -> Report:
        # First: linting decides whether the pipeline loads at all.
        spooled = ResultSpool(results)
        kept: Sequence[DocumentResult] = tuple(spooled) if len(spooled) <= KEEP else spooled
        return Report(
            results=kept,
            pipeline=self.pipeline_name,
            tool_version=__version__,
            fail_under=self.config.fail_under,
            fail_on=self.config.fail_on,
            notices=self.notices,
            rules=self.active_rules(kept),
        )

    def active_rules(self, results: Iterable[DocumentResult] = ()) -> tuple[RuleInfo, ...]:
        """The reported rules of this run, as reports describe them: those the
        run's settings (config file and command line) select, at their
        configured severity, plus any rule with a finding in ``results`` (a
        per_file or front-matter selection). Context rules (``report: false``)
        and rules the pipeline cannot run are not listed."""
        run = resolve(self.config.run_layers, self.catalog)
        found = {finding.rule for result in results for finding in result.findings}
        runnable = set(self.runnable_ids) | {rule.id for rule in self.catalog.builtin}
        return tuple(
            rule_info(rule, run.severity.get(rule.id, rule.severity))
            for rule in self.catalog.reported
            if rule.id in runnable and (rule.id in run.selected or rule.id in found)
        )

    def lint_paths(
        self,
        paths: Iterable[str],
        *,
        stdin_filename: str | None = None,
        on_error: Callable[[InputError], None] | None = None,
        jobs: int = 1,
        cache: ResultCache | None = None,
        progress: Callable[[int], Progress] | None = None,
    ) -> Report:
        """Lint files, directories and ``-``; unreadable inputs go to ``on_error``
        (the run continues) or, without it, raise at once.

        ``jobs`` > 1 lints large inputs in that many processes; ``cache`` answers
        documents linted before; ``progress(total)`` makes something to advance
        per document. None of them changes the report."""
        items = list(expand_paths(paths, self.walk_filter))
        if cache is not None:
            self._cached_run = cache.get_run()
        sources = read_sources(items, stdin_filename=stdin_filename)
        results = lint_sources(
            self,
            sources,
            jobs=jobs,
            expected=len(items),
            cache=cache,
            on_error=on_error,
            progress=progress(len(items)) if progress else None,
        )
        report = self.report(results)
        if cache is not None and (self._cached_run is None or "engine" in self.__dict__):
            cache.put_run(report.pipeline, report.notices, self.runnable_ids)
        return report

    @property
    def walk_filter(self) -> PathFilter:
        return PathFilter(self.config.root_path, self.config.exclude, self.config.respect_gitignore)

    def _result(
        self, document: Document, raw: tuple[Finding, ...], settings: Settings
    ) -> DocumentResult:
        selected = settings.apply(raw, self._rules)
        kept, unused = apply_suppressions(
            document, selected, known=self._known, selected=settings.selected
        )
        findings = tuple(
            sorted(kept + settings.apply(unused, self._rules), key=lambda f: f.sort_key)
        )
        score = score_findings(findings, self._weights)
        reasons = verdict(score, findings, settings.fail_under, settings.fail_on)
        return DocumentResult(
            path=document.source,
            record=document.record,
            findings=findings,
            score=score,
            passed=not reasons,
            fail_reasons=reasons,
        )


def read_sources(
    items: Iterable[str | Path], *, stdin_filename: str | None = None
) -> Iterator[Source | InputError]:
    """The bytes of each path (or of stdin), lazily; a file that cannot be read
    is its error, in its place."""
    for item in items:
        if item == STDIN:
            yield Source(stdin_filename or STDIN, sys.stdin.buffer.read())
            continue
        assert isinstance(item, Path)
        name = display_path(item)
        try:
            yield Source(name, item.read_bytes())
        except OSError as exc:
            yield InputError(f"{name}: cannot read file ({exc.strerror})")


def read_documents(
    paths: Iterable[str],
    *,
    stdin_filename: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    walk_filter: WalkFilter | None = None,
) -> Iterator[Document]:
    """Documents from paths, lazily, so a large corpus is never held in memory."""
    for item in expand_paths(paths, walk_filter):
        try:
            if item == STDIN:
                yield read_stdin_document(stdin_filename)
            else:
                assert isinstance(item, Path)
                yield read_document(item)
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)


def rule_info(rule: Rule, severity: Severity | None = None) -> RuleInfo:
    """The part of a Rule that reports describe (formatters never see a Rule)."""
    return RuleInfo(
        id=rule.id,
        category=rule.category,
        severity=rule.severity if severity is None else severity,
        message=rule.message,
        description=rule.description,
        suggestion=rule.suggestion,
        flagged=rule.examples.flagged,
        passed=rule.examples.passed,
    )
