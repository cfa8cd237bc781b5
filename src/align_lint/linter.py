"""The Linter: config → rules + pipeline + engine → scored DocumentResults.

This is the Python API the CLI is built on. It loads the pipeline and
compiles the rules once, then lints any number of documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from align_lint import __version__
from align_lint.config import Config
from align_lint.documents import Document, document_from_text, expand_paths, read_document
from align_lint.documents.sources import STDIN, read_stdin_document
from align_lint.engine import Engine
from align_lint.errors import InputError
from align_lint.nlp import load_pipeline
from align_lint.results import DocumentResult, Finding, Report
from align_lint.rules.loader import load_rule_set
from align_lint.scoring import score_findings, verdict


class Linter:
    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.rule_set = load_rule_set(self.config.rules, default_rules=self.config.default_rules)
        needs = frozenset().union(*(rule.needs for rule in self.rule_set))
        self.pipeline = load_pipeline(self.config.model, needs)
        self.engine = Engine(self.rule_set, self.pipeline)
        self._weights = {rule.id: rule.weight for rule in self.engine.rules}

    @property
    def notices(self) -> tuple[str, ...]:
        return self.engine.notices

    def lint_documents(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        for document, findings in self.engine.run(documents):
            yield self._result(document, findings)

    def lint_text(self, text: str, *, path: str | None = None) -> DocumentResult:
        document = document_from_text(text, path or "<text>")
        return next(self.lint_documents([document]))

    def report(self, results: Iterable[DocumentResult]) -> Report:
        return Report(
            results=tuple(results),
            pipeline=self.pipeline.name,
            tool_version=__version__,
            fail_under=self.config.fail_under,
            fail_on=self.config.fail_on,
            notices=self.notices,
        )

    def lint_paths(
        self,
        paths: Iterable[str],
        *,
        stdin_filename: str | None = None,
        on_error: Callable[[InputError], None] | None = None,
    ) -> Report:
        """Lint files, directories and ``-``; unreadable inputs go to ``on_error``
        (the run continues) or, without it, raise at once."""
        documents = read_documents(paths, stdin_filename=stdin_filename, on_error=on_error)
        return self.report(self.lint_documents(documents))

    def _result(self, document: Document, findings: tuple[Finding, ...]) -> DocumentResult:
        score = score_findings(findings, self._weights)
        reasons = verdict(score, findings, self.config.fail_under, self.config.fail_on)
        return DocumentResult(
            path=document.source,
            record=document.record,
            findings=findings,
            score=score,
            passed=not reasons,
            fail_reasons=reasons,
        )


def read_documents(
    paths: Iterable[str],
    *,
    stdin_filename: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Documents from paths, lazily, so a large corpus is never held in memory."""
    for item in expand_paths(paths):
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
