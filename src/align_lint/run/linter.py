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
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from align_lint.analysis.records import Matches, PipelineInfo
from align_lint.documents import Document, Source, document_from_source, document_from_text
from align_lint.documents.calendar import Columns, is_calendar
from align_lint.documents.frontmatter import with_front_matter_copy
from align_lint.documents.pathfilter import PathFilter, glob_spec
from align_lint.documents.sources import (
    WalkFilter,
    calendar_sources,
    decode_text,
    expand_paths,
    read_sources,
)
from align_lint.errors import AlignError, ConfigError, EmptyDraft, InputError, InternalError
from align_lint.judgement.findings import in_report_order, shares_lines
from align_lint.judgement.fingerprint import fingerprint_in_place
from align_lint.judgement.logic import Judge, Judged
from align_lint.judgement.platforms import may_fold, platform_findings, platform_reads
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
from align_lint.run.described import described_by
from align_lint.run.heap import resume_collector
from align_lint.run.spool import KEEP, ResultSpool
from align_lint.run.workers import InOrder, batched
from align_lint.settings.config import Config
from align_lint.settings.configfile import front_matter_layer
from align_lint.settings.nearest import NearestConfigs
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


class _Engine:
    """The rules of one set of packs (``rules``, ``default_rules``, ``model``),
    compiled once, with the pipeline loaded on first use. A run whose nested
    configs name other packs has one engine per distinct set."""

    def __init__(self, config: Config) -> None:
        self.model = config.model
        self.catalog = load_catalog(config)
        self.rules = {rule.id: rule for rule in self.catalog.rules}
        self.weights = {rule.id: rule.weight for rule in self.catalog.rules}
        # What the platform rules read of a document that names a platform.
        self.platform_reads = platform_reads(self.catalog.rules)
        self._analyzer: Analyzer | None = None
        self._judge: Judge | None = None

    @property
    def loaded(self) -> bool:
        return self._analyzer is not None

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            from align_lint.analysis.analyzer import Analyzer
            from align_lint.analysis.pipeline import load_pipeline

            rule_set = self.catalog.rule_set
            needs = frozenset().union(*(rule.needs for rule in rule_set))
            self._analyzer = Analyzer(rule_set, load_pipeline(self.model, needs))
            # Start-up ends with the pipeline loaded (a CLI run paused the collector).
            resume_collector()
        return self._analyzer

    @property
    def judge(self) -> Judge:
        if self._judge is None:  # made once: it sorts the tie connectives
            self._judge = Judge(self.analyzer.graph)
        return self._judge


# What makes two configs need different engines: the model, the packs, the
# platform profiles (the catalog holds them).
_EngineKey = tuple[str, tuple[str, ...], bool, str | None]


def _engine_key(config: Config) -> _EngineKey:
    return (config.model, config.rules, config.default_rules, config.platform_profiles)


class Linter:
    """Lints with ``config``, or with each file's nearest config when
    ``configs`` is given (``config`` is then the working directory's: the
    run's thresholds, listings and cache)."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        configs: NearestConfigs | None = None,
        columns: Columns | None = None,
    ) -> None:
        self.configs = configs
        # --text-column / --platform-column: over every config's.
        self._column_flags = columns or Columns()
        self.config = configs.run_config if configs is not None else (config or Config())
        self._engines: dict[_EngineKey, _Engine] = {}
        self._checked: dict[Config, _Engine] = {}
        self._model: tuple[str, Config] | None = None  # the one model documents use
        self._config_digests: dict[Config, str] = {}
        self._used: dict[int, _Engine] = {}
        main = self.engine_for(self.config)
        self.catalog = main.catalog
        self._rules = main.rules
        self._weights = main.weights
        self._formats = self.config.formats  # extensions: the format of more suffixes

    @property
    def weights(self) -> Mapping[str, int]:
        """Each rule's weight, for scoring results again (a baseline, --diff):
        the run config's rules (a nested pack's own weights are not consulted)."""
        return self._weights

    # -- configs and engines ---------------------------------------------------------

    def config_for(self, source: str) -> Config:
        """The Config of the document at ``source`` (a display path): its nearest
        config's; stdin and in-memory text take the run's."""
        if self.configs is None or source in ("", "-") or source.startswith("<"):
            return self.config
        return self.configs.for_file(source)

    def engine_for(self, config: Config) -> _Engine:
        """The engine of a config's packs, made once; a config is checked against
        it once (its rule names must exist there)."""
        engine = self._checked.get(config)
        if engine is None:
            key = _engine_key(config)
            engine = self._engines.get(key)
            if engine is None:
                engine = self._engines[key] = _Engine(config)
            for layer in (*config.run_layers, *(entry.layer for entry in config.per_file)):
                check_layer(engine.catalog, layer)
            self._checked[config] = engine
        return engine

    def document_engine(self, config: Config) -> _Engine:
        """The engine a document with this config is linted by. One run loads one
        spaCy pipeline, so every document's config must name the same ``model``."""
        if self._model is None:
            self._model = (config.model, config)
        elif config.model != self._model[0]:
            raise ConfigError(_model_conflict(config, self._model[1]))
        engine = self.engine_for(config)
        self._used.setdefault(id(engine), engine)
        return engine

    def check_configs(self, sources: Iterable[str]) -> None:
        """Load and check the config of every document before any is linted, so a
        broken nested config stops the run at once with its one line."""
        for source in sources:
            self.document_engine(self.config_for(source))

    @property
    def _engines_used(self) -> list[_Engine]:
        """The engines documents were linted (or checked) with, in first use order."""
        return list(self._used.values())

    # -- the pipeline, loaded on first use ---------------------------------------------

    @property
    def analyzer(self) -> Analyzer:
        return self.engine_for(self.config).analyzer

    @property
    def judge(self) -> Judge:
        return Judge(self.analyzer.graph)

    def _load_analyzers(self) -> None:
        """Before workers fork: the analyzer of every engine the run's documents
        use (checked up front), so no worker compiles a pack on its own."""
        for engine in self._engines_used or [self.engine_for(self.config)]:
            engine.analyzer  # noqa: B018 (loading is the point)

    def pipeline_info(self, cached: PipelineInfo | None = None) -> PipelineInfo:
        """What the pipeline reports; ``cached`` (an earlier run's) stands in for
        it as long as nothing in this run needed the pipeline."""
        loaded = [engine for engine in self._engines.values() if engine.loaded]
        if not loaded and cached is not None:
            return cached
        engine = loaded[0] if loaded else self.engine_for(self.config)
        return engine.analyzer.info

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

        def settled() -> Iterator[tuple[Document, _Settled[None]]]:
            for document in documents:
                try:
                    document = self.prepared(document)
                    engine, settings = self._settle(document)
                    yield document, (engine, settings, None)
                except InputError as error:
                    if on_error is None:
                        raise
                    on_error(error)

        for matches, (engine, settings, _) in _analyzed(settled()):
            yield self._result(matches, engine, settings)

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
            expand_paths(
                paths,
                self.walk_filter,
                on_skip=skipped.append,
                extensions=self._formats,
                include=self.globbed_calendar,
            )
        )
        named = stdin_filename or "-"
        self.check_configs(
            named if item == "-" else str(item)
            for item in items
            if not isinstance(item, InputError)
        )
        sources = self._calendar_rows(read_sources(items, stdin_filename=stdin_filename))
        empty: list[EmptyDraft] = []
        results = self._lint_sources(
            sources,
            jobs=jobs,  # the runner decides how many are worth it, from the documents
            cache=cache,
            on_error=on_error,
            on_empty=empty.append,
            progress=progress(len(items)) if progress else _Silent(),
        )
        if refine is not None:
            results = refine(results)
        return LintRun(self, results, cache=cache, notices=tuple(skipped), empty=empty)

    # -- content calendars ----------------------------------------------------------

    def is_calendar(self, path: str | Path) -> bool:
        """Whether a file is read as a content calendar: a ``.csv``, ``.tsv`` or
        ``.xlsx`` one, or one its config's ``calendars`` globs match."""
        name = str(path)
        return name != "-" and (is_calendar(name) or self.globbed_calendar(path))

    def globbed_calendar(self, path: str | Path) -> bool:
        """Whether the ``calendars`` globs of a file's config match it (what a
        walk takes: a site's other .csv files are data, not drafts)."""
        name = str(path)
        config = self.config_for(name)
        if not config.calendars:
            return False
        try:
            relative = Path(name).resolve().relative_to(config.root_path)
        except ValueError:
            return False
        return glob_spec(*config.calendars).match_file(relative.as_posix())

    def columns_for(self, source: str) -> Columns:
        """The text and platform columns of a calendar: the flags', else its config's."""
        config = self.config_for(source)
        flags = self._column_flags
        return Columns(
            text=flags.text or config.text_column,
            platform=flags.platform or config.platform_column,
        )

    def _calendar_rows(
        self, sources: Iterable[Source | InputError]
    ) -> Iterator[Source | InputError]:
        """Each calendar among ``sources`` as its rows, in its place, lazily."""
        for source in sources:
            if isinstance(source, Source) and self.is_calendar(source.name):
                yield from calendar_sources(source, self.columns_for(source.name))
            else:
                yield source

    def _lint_sources(
        self,
        sources: Iterable[Source | InputError],
        *,
        jobs: int,
        cache: ResultCache | None,
        on_error: Callable[[InputError], None] | None,
        on_empty: Callable[[EmptyDraft], None],
        progress: Progress,
    ) -> Iterator[DocumentResult]:
        """Results in input order: from the cache where it knows them, else
        linted in batches (in worker processes when ``jobs`` > 1). An empty
        draft (or a calendar row without text) has no result: it goes to
        ``on_empty``."""

        def plan(batch: list[Source | InputError]) -> tuple[list[Source], list[Outcome | _ToLint]]:
            slots: list[Outcome | _ToLint] = []
            todo: list[Source] = []
            for item in batch:
                if isinstance(item, InputError):
                    slots.append(item)
                    continue
                key = self._cache_key(cache, item) if cache is not None else None
                hit = cache.get(key) if cache is not None and key else None
                if hit is None:
                    slots.append(_ToLint(key))
                    todo.append(item)
                else:
                    slots.append(hit)
            return todo, slots

        def planned() -> Iterator[tuple[list[Source], list[Outcome | _ToLint]]]:
            for batch in batched(sources):
                todo, slots = plan(batch)
                # The batch is ``todo`` from here on, the only list of its
                # sources: ``lint_batch`` drops each one's bytes before it is
                # masked, which any other reference would keep alive (50 MB for
                # a 50 MB draft).
                batch.clear()
                yield todo, slots

        workers = InOrder(self.lint_batch, jobs=jobs, prepare=self._load_analyzers)
        for outcomes, slots in workers.map(planned()):
            resume_collector()  # a warm cache's run never loads the pipeline
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
                    on_empty(outcome)
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
        read: dict[int, Document] = {}
        try:
            self._lint_together(sources, outcomes, read)
        except AlignError:
            raise  # a run-wide error (the model cannot load): not one document's
        except Exception:
            for position, source in enumerate(sources):
                if outcomes[position] is None:
                    outcomes[position] = self._lint_alone(source, read.get(position))
        done = [outcome for outcome in outcomes if outcome is not None]
        assert len(done) == len(sources), "every source has a result or an error"
        return done

    def _lint_together(
        self,
        sources: list[Source],
        outcomes: list[Outcome | None],
        read: dict[int, Document] | None = None,
    ) -> None:
        """Fill ``outcomes`` from one analysis pass over the batch. An exception
        in one document's decoding, settings or judgement is that document's
        outcome; one from the shared pass itself propagates.

        ``read``: each document decoded, by position, until it has its
        outcome. Its source's bytes are dropped from ``sources`` then (only
        the name is read after that): a document's text, analysis text and
        bytes are three copies of a long draft, and ``read`` is what linting
        it again alone starts from."""
        read = {} if read is None else read

        def documents() -> Iterator[tuple[Document, _Settled[int]]]:
            # By position, never holding a source: its bytes are dropped from
            # ``sources`` once decoded (see _decoded).
            for position in range(len(sources)):
                try:
                    document = read.get(position) or self._decoded(sources, position)
                    read[position] = document
                    engine, settings = self._settle(document)
                    yield document, (engine, settings, position)
                except InputError as error:
                    read.pop(position, None)
                    outcomes[position] = _placed(error, sources[position])
                except AlignError:
                    raise
                except Exception as exc:
                    read.pop(position, None)
                    outcomes[position] = _internal(sources[position], exc)

        for matches, (engine, settings, position) in _analyzed(documents()):
            del read[position]
            try:
                outcomes[position] = self._result(matches, engine, settings)
            except AlignError:
                raise
            except Exception as exc:
                outcomes[position] = _internal(sources[position], exc)

    def _decoded(self, sources: list[Source], position: int) -> Document:
        """The document of ``sources[position]``, its bytes dropped from the
        list as soon as they are decoded, so they are gone before the text is
        masked (the list holds the only other reference to them)."""
        source = sources[position]
        name, row = source.name, source.row
        if row is not None:
            return self.prepared(document_from_source(source, self._formats))
        text = decode_text(source.data, name)
        sources[position] = _without_bytes(source)
        del source
        return self.prepared(document_from_text(text, name, extensions=self._formats))

    def _lint_alone(self, source: Source, document: Document | None = None) -> Outcome:
        """One document in its own analysis pass; what fails is its error.
        ``document``: the source as decoded already (its bytes are gone)."""
        outcomes: list[Outcome | None] = [None]
        try:
            self._lint_together([source], outcomes, {} if document is None else {0: document})
        except AlignError:
            raise
        except Exception as exc:
            return _internal(source, exc)
        outcome = outcomes[0]
        assert outcome is not None, "a lone document has a result or an error"
        return outcome

    def prepared(self, document: Document) -> Document:
        """The document as this run lints it: with the copy in its front matter
        (``front_matter_copy``) put back among its prose."""
        return with_front_matter_copy(document, self.config.front_matter_copy)

    def settings_for(self, document: Document) -> Settings:
        """The settings that apply to one document (front matter checked here)."""
        return self._settle(document)[1]

    def _settle(self, document: Document) -> tuple[_Engine, Settings]:
        """The engine and settings of one document: its nearest config's, with
        its front matter (checked here) and the flags on top."""
        config = self.config_for(document.source)
        engine = self.document_engine(config)
        front_matter = front_matter_layer(document.meta, document.source)
        if front_matter is not None:
            check_layer(engine.catalog, front_matter, InputError)
        return engine, resolve(config.layers_for(document.source, front_matter), engine.catalog)

    def _cache_key(self, cache: ResultCache, source: Source) -> str:
        """The cache key of a source: its bytes and name, and its config when
        that is not the run's (which the cache's environment holds already)."""
        config = self.config_for(source.name)
        if config is self.config:
            return cache.key(source)
        digest = self._config_digests.get(config)
        if digest is None:
            from align_lint.run.cache import settings_key

            digest = settings_key(config, self.engine_for(config).catalog)
            self._config_digests[config] = digest
        return cache.key(source, digest)

    def _result(self, matches: Matches, engine: _Engine, settings: Settings) -> DocumentResult:
        document = matches.document
        judged = engine.judge.judge(matches)
        sentence_starts = judged.sentence_starts
        reported = list(self.reported(document, judged, settings, engine))
        # The judged findings and every rule's surviving matches are not read
        # again: freed before the findings are copied with their fingerprints.
        del judged
        if len(document.text) > LONG_DOCUMENT_CHARS:
            _release_free_heap()
        fingerprint_in_place(document, sentence_starts, reported)
        findings = tuple(reported)
        del reported
        score = score_findings(findings, engine.weights)
        reasons = verdict(score, findings, settings.fail_under, settings.fail_on)
        described = described_by(document.meta)
        return DocumentResult(
            path=document.source,
            record=document.record,
            findings=findings,
            score=score,
            passed=not reasons,
            fail_reasons=reasons,
            fail_under=settings.fail_under,
            fail_on=settings.fail_on,
            record_id=document.record_id,
            cell=document.cell,
            date=described.date,
            author=described.author,
            platform=described.platform,
            source_lines=document.lines if shares_lines(document) else None,
        )

    def reported(
        self,
        document: Document,
        judged: Judged,
        settings: Settings,
        engine: _Engine | None = None,
    ) -> tuple[Finding, ...]:
        """The judgement's findings as this document's settings and suppression
        comments leave them, with any unused suppression reported."""
        engine = engine or self.engine_for(self.config)
        platform = _platform_of(document, settings)
        judged_findings = judged.findings + platform_findings(
            document, platform, judged.surviving, engine.catalog.rules, engine.catalog.profiles
        )
        selected = settings.apply(judged_findings, engine.rules)
        kept, unused = apply_suppressions(
            document, selected, known=engine.catalog.names, selected=settings.selected
        )
        reported = kept + settings.apply(unused, engine.rules)
        return tuple(in_report_order(reported))

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
        listed = tuple(
            rule_info(rule, run.severity.get(rule.id, rule.severity))
            for rule in self.catalog.reported
            if rule.id in runnable and (rule.id in run.selected or rule.id in found)
        )
        return listed + self._nested_rules(found, {info.id for info in listed})

    def _nested_rules(self, found: set[str], listed: set[str]) -> tuple[RuleInfo, ...]:
        """Rules of nested configs' packs that reported something, so every
        finding's rule is described (SARIF needs its rule)."""
        extra: dict[str, RuleInfo] = {}
        for engine in self._engines_used:
            for rule in engine.catalog.reported:
                if rule.id in found and rule.id not in listed and rule.id not in extra:
                    extra[rule.id] = rule_info(rule)
        return tuple(extra[rule_id] for rule_id in sorted(extra))

    @property
    def walk_filter(self) -> WalkFilter:
        """What a directory walk leaves out: each directory's entries by the
        ``exclude`` of the config nearest to them, and ``.gitignore``."""
        if self.configs is None or self.configs.fixed:
            return _filter_of(self.config)
        return _NearestFilter(self.configs)


def _filter_of(config: Config) -> PathFilter:
    return PathFilter(config.root_path, config.exclude, config.respect_gitignore)


class _NearestFilter:
    """``exclude`` globs of the config nearest to each walked entry (a nested
    config's apply beneath it, relative to its directory); one PathFilter per
    config."""

    def __init__(self, configs: NearestConfigs) -> None:
        self.configs = configs
        self._filters: dict[int, PathFilter] = {}

    def skip(self, path: Path, *, is_dir: bool, top: Path) -> bool:
        config = self.configs.for_directory(path.parent)
        found = self._filters.get(id(config))
        if found is None:
            found = self._filters[id(config)] = _filter_of(config)
        return found.skip(path, is_dir=is_dir, top=top)


C = TypeVar("C")
# What travels with a document through the analysis: its engine, its settings,
# and the caller's own context (a batch position).
_Settled = tuple[_Engine, Settings, C]


def _analyzed(
    items: Iterable[tuple[Document, _Settled[C]]],
) -> Iterator[tuple[Matches, _Settled[C]]]:
    """Each document through its engine's analysis, in input order; consecutive
    documents of one engine (all of them, in a run with one config) share a pass."""
    for engine, group in groupby(items, key=lambda item: item[1][0]):
        yield from engine.analyzer.analyze(group, also=_platform_reads)


def _platform_reads(document: Document, settled: _Settled[Any]) -> frozenset[str]:
    """The claim rules a document's platform rules read (the outcome before or
    after the fold), analysed even where no reported rule needs them."""
    engine, settings, _ = settled
    platform = _platform_of(document, settings)
    if platform and may_fold(document, platform, engine.catalog.profiles):
        return engine.platform_reads
    return frozenset()


# A document this long was analysed in windows (analysis/windows.py's WINDOW_CHARS).
LONG_DOCUMENT_CHARS = 30_000


def _release_free_heap() -> None:
    """After a long document's judgement: what the judgement and the platform
    rules allocated from the C heap and freed (merged span arrays, the copy of
    a published text under a million characters) glibc keeps mapped, as
    run/heap.py asks for blocks up to 64 MB; trimmed, the 10 MB draft of
    bench/bigdoc.py held 25 MB less from here to the end of its run.
    Imported here: short posts never need ctypes or the windows."""
    from align_lint.analysis.windows import release_free_heap

    release_free_heap()


def _platform_of(document: Document, settings: Settings) -> Any:
    """The document's platform: its settings' (config, front matter, a calendar
    row, --platform), else its own front matter's (rule examples, which are
    judged without settings)."""
    return settings.platform or (document.meta.get("platform") if document.meta else None)


def _model_conflict(config: Config, first: Config) -> str:
    """Why two configs of one run cannot both be used, naming the one that
    sets ``model`` (a config that does not has the default)."""
    culprit, other = (config, first) if _sets(config, "model") else (first, config)
    return (
        f"{_where(culprit, 'model')}: model {culprit.model!r} differs from {other.model!r} "
        f"({_where(other, 'model')}), used by other files of this run; one run loads one "
        "spaCy pipeline (set model in one config, or pass --model)"
    )


def _sets(config: Config, key: str) -> bool:
    return bool(config.sources) and key in dict(config.lines)


def _where(config: Config, key: str) -> str:
    source = config.sources[-1] if config.sources else "the defaults"
    line = dict(config.lines).get(key)
    return f"{source}:{line}" if line and config.sources else source


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
        empty: list[EmptyDraft],
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
                *(str(draft) for draft in self._empty),
                *info.notices,
            ),
            rules=self._linter.reported_rules(info, self._tally.rules_found),
            skipped=tuple(draft.path or "-" for draft in self._empty),
            counted=(
                None
                if results is not None
                else replace(self._tally.summary, skipped=len(self._empty))
            ),
        )
        return report


def error_document(error: InputError) -> DocumentResult:
    """A document that could not be read or linted, as reports show it."""
    path = error.path or _named_in(error.message)
    return DocumentResult.not_linted(path, error.message, error.record)


E = TypeVar("E", bound=InputError)


def _without_bytes(source: Source) -> Source:
    """``source`` once decoded: its name and row, what errors are placed by."""
    return source if not source.data else replace(source, data=b"")


def _placed(error: E, source: Source) -> E:
    """``error`` of ``source``'s document, with its file (and row) for reports."""
    error.path = error.path or source.name
    if source.row is not None:
        error.record = source.row.record
    return error


def _internal(source: Source, exc: Exception) -> InternalError:
    """An unexpected exception as the error of one document; a calendar row's
    message names its row (``cal.csv#12: internal error …``), as notices do."""
    row = source.row
    named = f"{source.name}#{row.record}" if row is not None else source.name
    error = InternalError.from_exception(named, exc)
    error.path = source.name
    return _placed(error, source)


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
