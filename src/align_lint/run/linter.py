"""The Linter: config → rules, pipeline, analysis and judgement → scored results.

This is the Python API the CLI is built on. It loads the pipeline and compiles
the rules once (on first use: a run answered from the cache never loads
spaCy), then lints any number of documents. Per document:

    Document ──analysis──▶ Matches ──judgement──▶ findings
             ──settings (config file, per_file, front matter, command line)──▶
             selected, re-levelled findings ──suppression comments──▶ kept findings
             ──scoring──▶ DocumentResult (score, verdict)

Files come in as Sources (bytes) and are decoded where they are linted, in
batches, in this process or in workers (``workers.py``); the result cache
(``cache.py``) answers documents linted before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from align_lint.analysis.records import Matches, PipelineInfo
from align_lint.documents import Document, Source, document_from_source, document_from_text
from align_lint.documents.frontmatter import with_front_matter_copy
from align_lint.documents.pathfilter import PathFilter
from align_lint.documents.sources import expand_paths, read_sources
from align_lint.errors import AlignError, EmptyDraft, InputError, InternalError
from align_lint.judgement.fingerprint import with_fingerprints
from align_lint.judgement.logic import Judge, Judged
from align_lint.judgement.scoring import score_findings, verdict
from align_lint.judgement.suppression import apply_suppressions
from align_lint.report.records import (
    DocumentResult,
    Finding,
    Report,
    RuleInfo,
    Severity,
    Tally,
)
from align_lint.rules.docs import help_uri
from align_lint.rules.schema import Rule
from align_lint.run.spool import KEEP, ResultSpool
from align_lint.run.workers import InOrder, batched, useful_jobs
from align_lint.settings.config import Config
from align_lint.settings.configfile import front_matter_layer
from align_lint.settings.selection import Settings, check_layer, load_catalog, resolve
from align_lint.version import __version__

if TYPE_CHECKING:
    from align_lint.analysis.analyzer import Analyzer
    from align_lint.run.cache import ResultCache

Outcome = DocumentResult | InputError


class Progress(Protocol):
    """Something to tell that documents are done (the CLI's progress bar)."""

    def advance(self, count: int = 1) -> None: ...


class _Silent:
    def advance(self, count: int = 1) -> None:
        pass


@dataclass(frozen=True)
class _ToLint:
    """A batch slot whose document is being linted; ``key`` caches its result."""

    key: str | None


class Linter:
    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.catalog = load_catalog(self.config)
        self._rules = {rule.id: rule for rule in self.catalog.rules}
        self._weights = {rule.id: rule.weight for rule in self.catalog.rules}
        self._analyzer: Analyzer | None = None
        self._formats = self.config.formats  # extensions: the format of more suffixes

    @property
    def weights(self) -> Mapping[str, int]:
        """Each rule's weight, for scoring results again (a baseline, --diff)."""
        return self._weights

    # -- the pipeline, loaded on first use ---------------------------------------------

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            from align_lint.analysis.analyzer import Analyzer
            from align_lint.analysis.pipeline import load_pipeline

            rule_set = self.catalog.rule_set
            needs = frozenset().union(*(rule.needs for rule in rule_set))
            self._analyzer = Analyzer(rule_set, load_pipeline(self.config.model, needs))
        return self._analyzer

    @property
    def judge(self) -> Judge:
        return Judge(self.analyzer.graph)

    def pipeline_info(self, cached: PipelineInfo | None = None) -> PipelineInfo:
        """What the pipeline reports; ``cached`` (an earlier run's) stands in for
        it as long as nothing in this run needed the pipeline."""
        if self._analyzer is None and cached is not None:
            return cached
        return self.analyzer.info

    # -- linting ---------------------------------------------------------------------

    def lint_text(self, text: str, *, path: str | None = None) -> DocumentResult:
        document = document_from_text(text, path or "<text>", extensions=self._formats)
        return next(self.lint_documents([document]))

    def lint_documents(
        self,
        documents: Iterable[Document],
        *,
        on_error: Callable[[InputError], None] | None = None,
    ) -> Iterator[DocumentResult]:
        """Results in input order. A document whose front matter settings are
        invalid goes to ``on_error`` (the run continues) or, without it, raises."""

        def settled() -> Iterator[tuple[Document, Settings]]:
            for document in documents:
                try:
                    document = self.prepared(document)
                    yield document, self.settings_for(document)
                except InputError as error:
                    if on_error is None:
                        raise
                    on_error(error)

        judge = self.judge
        for matches, settings in self.analyzer.analyze(settled()):
            yield self._result(matches, judge, settings)

    def lint_paths(
        self,
        paths: Iterable[str],
        *,
        stdin_filename: str | None = None,
        on_error: Callable[[InputError], None] | None = None,
        jobs: int = 1,
        cache: ResultCache | None = None,
        progress: Callable[[int], Progress] | None = None,
        refine: Callable[[Iterator[DocumentResult]], Iterator[DocumentResult]] | None = None,
    ) -> Report:
        """Lint files, directories and ``-``; unreadable inputs go to ``on_error``
        (the run continues) or, without it, raise at once.

        ``jobs`` > 1 lints large inputs in that many processes; ``cache`` answers
        documents linted before; ``progress(total)`` makes something to advance
        per document. None of them changes the report. ``refine`` (a baseline,
        ``--diff``) filters the results after the cache, so the cache never
        holds a filtered result."""
        run = self.stream_paths(
            paths,
            stdin_filename=stdin_filename,
            on_error=on_error,
            jobs=jobs,
            cache=cache,
            progress=progress,
            refine=refine,
        )
        return run.collect()

    def stream_paths(
        self,
        paths: Iterable[str],
        *,
        stdin_filename: str | None = None,
        on_error: Callable[[InputError], None] | None = None,
        jobs: int = 1,
        cache: ResultCache | None = None,
        progress: Callable[[int], Progress] | None = None,
        refine: Callable[[Iterator[DocumentResult]], Iterator[DocumentResult]] | None = None,
    ) -> LintRun:
        """``lint_paths`` as a run whose results are read as they finish, in
        input order, and not kept: a streaming report writes each one at once.
        The paths are expanded here (a missing one raises now); the linting
        happens while the run is read."""
        # FIFOs, devices, links out of the tree, files of other extensions: notices
        skipped: list[str] = []
        items = list(
            expand_paths(paths, self.walk_filter, on_skip=skipped.append, extensions=self._formats)
        )
        sources = read_sources(items, stdin_filename=stdin_filename)
        empty: list[str] = []
        results = self._lint_sources(
            sources,
            jobs=useful_jobs(jobs, len(items)),
            cache=cache,
            on_error=on_error,
            on_empty=empty.append,
            progress=progress(len(items)) if progress else _Silent(),
        )
        if refine is not None:
            results = refine(results)
        return LintRun(self, results, cache=cache, notices=tuple(skipped), empty=empty)

    def _lint_sources(
        self,
        sources: Iterable[Source | InputError],
        *,
        jobs: int,
        cache: ResultCache | None,
        on_error: Callable[[InputError], None] | None,
        on_empty: Callable[[str], None],
        progress: Progress,
    ) -> Iterator[DocumentResult]:
        """Results in input order: from the cache where it knows them, else
        linted in batches (in worker processes when ``jobs`` > 1). An empty
        draft has no result: its name goes to ``on_empty``."""

        def planned() -> Iterator[tuple[list[Source], list[Outcome | _ToLint]]]:
            for batch in batched(sources):
                slots: list[Outcome | _ToLint] = []
                todo: list[Source] = []
                for item in batch:
                    if isinstance(item, InputError):
                        slots.append(item)
                        continue
                    key = cache.key(item) if cache is not None else None
                    hit = cache.get(key) if cache is not None and key else None
                    if hit is None:
                        slots.append(_ToLint(key))
                        todo.append(item)
                    else:
                        slots.append(hit)
                yield todo, slots

        workers = InOrder(self.lint_batch, jobs=jobs, prepare=lambda: self.analyzer)
        for outcomes, slots in workers.map(planned()):
            linted = iter(outcomes)
            for slot in slots:
                outcome = next(linted) if isinstance(slot, _ToLint) else slot
                if isinstance(slot, _ToLint) and slot.key and isinstance(outcome, DocumentResult):
                    assert cache is not None
                    cache.put(slot.key, outcome)
                progress.advance()
                if isinstance(outcome, DocumentResult):
                    yield outcome
                elif isinstance(outcome, EmptyDraft):
                    on_empty(outcome.path or "-")
                elif on_error is None:
                    raise outcome
                else:
                    on_error(outcome)
                    yield error_document(outcome)

    def lint_batch(self, sources: list[Source]) -> list[Outcome]:
        """One outcome per source, in order: its result, or the error that stopped
        it (not UTF-8, empty, bad front matter, or an unexpected exception: an
        InternalError). Runs in worker processes too.

        The batch shares one analysis pass; if a document breaks that pass, the
        documents without a result yet are linted again one at a time, so only
        the one that fails is lost."""
        outcomes: list[Outcome | None] = [None] * len(sources)
        try:
            self._lint_together(sources, outcomes)
        except AlignError:
            raise  # a run-wide error (the model cannot load): not one document's
        except Exception:
            for position, source in enumerate(sources):
                if outcomes[position] is None:
                    outcomes[position] = self._lint_alone(source)
        done = [outcome for outcome in outcomes if outcome is not None]
        assert len(done) == len(sources), "every source has a result or an error"
        return done

    def _lint_together(self, sources: list[Source], outcomes: list[Outcome | None]) -> None:
        """Fill ``outcomes`` from one analysis pass over the batch. An exception
        in one document's decoding, settings or judgement is that document's
        outcome; one from the shared pass itself propagates."""

        def documents() -> Iterator[tuple[Document, tuple[int, Settings]]]:
            for position, source in enumerate(sources):
                try:
                    document = self.prepared(document_from_source(source, self._formats))
                    yield document, (position, self.settings_for(document))
                except InputError as error:
                    error.path = error.path or source.name
                    outcomes[position] = error
                except AlignError:
                    raise
                except Exception as exc:
                    outcomes[position] = InternalError.from_exception(source.name, exc)

        judge = self.judge
        for matches, (position, settings) in self.analyzer.analyze(documents()):
            try:
                outcomes[position] = self._result(matches, judge, settings)
            except AlignError:
                raise
            except Exception as exc:
                outcomes[position] = InternalError.from_exception(sources[position].name, exc)

    def _lint_alone(self, source: Source) -> Outcome:
        """One document in its own analysis pass; what fails is its error."""
        outcomes: list[Outcome | None] = [None]
        try:
            self._lint_together([source], outcomes)
        except AlignError:
            raise
        except Exception as exc:
            return InternalError.from_exception(source.name, exc)
        outcome = outcomes[0]
        assert outcome is not None, "a lone document has a result or an error"
        return outcome

    def prepared(self, document: Document) -> Document:
        """The document as this run lints it: with the copy in its front matter
        (``front_matter_copy``) put back among its prose."""
        return with_front_matter_copy(document, self.config.front_matter_copy)

    def settings_for(self, document: Document) -> Settings:
        """The settings that apply to one document (front matter checked here)."""
        front_matter = front_matter_layer(document.meta, document.source)
        if front_matter is not None:
            check_layer(self.catalog, front_matter, InputError)
        return resolve(self.config.layers_for(document.source, front_matter), self.catalog)

    def _result(self, matches: Matches, judge: Judge, settings: Settings) -> DocumentResult:
        document = matches.document
        judged = judge.judge(matches)
        reported = self.reported(document, judged, settings)
        findings = with_fingerprints(document, judged.sentence_starts, reported)
        score = score_findings(findings, self._weights)
        reasons = verdict(score, findings, settings.fail_under, settings.fail_on)
        return DocumentResult(
            path=document.source,
            record=document.record,
            findings=findings,
            score=score,
            passed=not reasons,
            fail_reasons=reasons,
            fail_under=settings.fail_under,
            fail_on=settings.fail_on,
        )

    def reported(
        self, document: Document, judged: Judged, settings: Settings
    ) -> tuple[Finding, ...]:
        """The judgement's findings as this document's settings and suppression
        comments leave them, with any unused suppression reported."""
        selected = settings.apply(judged.findings, self._rules)
        kept, unused = apply_suppressions(
            document, selected, known=self.catalog.names, selected=settings.selected
        )
        reported = kept + settings.apply(unused, self._rules)
        return tuple(sorted(reported, key=lambda f: f.sort_key))

    # -- the report ------------------------------------------------------------------

    def report(self, results: Sequence[DocumentResult], info: PipelineInfo | None = None) -> Report:
        info = info or self.pipeline_info()
        return Report(
            results=results,
            pipeline=info.name,
            tool_version=__version__,
            fail_under=self.config.fail_under,
            fail_on=self.config.fail_on,
            notices=info.notices,
            rules=self.active_rules(info, results),
        )

    def active_rules(
        self, info: PipelineInfo, results: Iterable[DocumentResult] = ()
    ) -> tuple[RuleInfo, ...]:
        """The reported rules of this run, as reports describe them: those the
        run's settings (config file and command line) select, at their
        configured severity, plus any rule with a finding in ``results`` (a
        per_file or front-matter selection). Context rules (``report: false``)
        and rules the pipeline cannot run are not listed."""
        found = {finding.rule for result in results for finding in result.findings}
        return self.reported_rules(info, found)

    def reported_rules(self, info: PipelineInfo, found: set[str]) -> tuple[RuleInfo, ...]:
        """``active_rules`` given the rules with a finding in the run."""
        run = resolve(self.config.run_layers, self.catalog)
        runnable = set(info.runnable) | {rule.id for rule in self.catalog.builtin}
        return tuple(
            rule_info(rule, run.severity.get(rule.id, rule.severity))
            for rule in self.catalog.reported
            if rule.id in runnable and (rule.id in run.selected or rule.id in found)
        )

    @property
    def walk_filter(self) -> PathFilter:
        return PathFilter(self.config.root_path, self.config.exclude, self.config.respect_gitignore)


class LintRun:
    """The results of one run, in input order, as they finish; read once. Once
    they are all read, ``report()`` describes the whole run (its counts were
    kept as the results went by; the results themselves only if given)."""

    def __init__(
        self,
        linter: Linter,
        results: Iterator[DocumentResult],
        *,
        cache: ResultCache | None,
        notices: tuple[str, ...],
        empty: list[str],
    ) -> None:
        self._linter = linter
        self._results = results
        self._cache = cache
        self._notices = notices
        self._empty = empty  # filled as the results are read: the empty drafts skipped
        self._tally = Tally()

    def __iter__(self) -> Iterator[DocumentResult]:
        for result in self._results:
            self._tally.add(result)
            yield result

    def collect(self) -> Report:
        """Read the whole run and report it with every result (a large run's
        kept on disk: the spool), for formats that need them all first."""
        spooled = ResultSpool(self)
        return self.report(tuple(spooled) if len(spooled) <= KEEP else spooled)

    def report(self, results: Sequence[DocumentResult] | None = None) -> Report:
        """The report of the run, read to its end. ``results``: all of them, kept
        by the caller; without them the report carries only the counts."""
        # Asked after linting: the linting decides whether the pipeline loaded at all.
        cached_info = self._cache.get_info() if self._cache is not None else None
        info = self._linter.pipeline_info(cached_info)
        if self._cache is not None and info != cached_info:
            self._cache.put_info(info)
        report = Report(
            results=() if results is None else results,
            pipeline=info.name,
            tool_version=__version__,
            fail_under=self._linter.config.fail_under,
            fail_on=self._linter.config.fail_on,
            notices=(
                *self._notices,
                *(f"{name}: empty, skipped" for name in self._empty),
                *info.notices,
            ),
            rules=self._linter.reported_rules(info, self._tally.rules_found),
            skipped=tuple(self._empty),
            counted=(
                None
                if results is not None
                else replace(self._tally.summary, skipped=len(self._empty))
            ),
        )
        return report


def error_document(error: InputError) -> DocumentResult:
    """A document that could not be read or linted, as reports show it."""
    return DocumentResult.not_linted(error.path or _named_in(error.message), error.message)


def _named_in(message: str) -> str:
    """The document an InputError raised without ``path`` names: its messages
    start ``NAME: `` or ``NAME:LINE: ``."""
    name = message.split(": ", 1)[0]
    head, _, line = name.rpartition(":")
    return head if head and line.isdigit() else name


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
        precision=rule.precision,
        help_uri=help_uri(rule),
    )
