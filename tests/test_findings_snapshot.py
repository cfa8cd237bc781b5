"""Every finding, recorded: a change to what align flags is always deliberate.

``tests/golden/findings.json`` holds, per document, the score, the verdict and
each finding as ``rule severity start-end`` (offsets only: no post text, so the
labelled posts of ../shared are never copied here) for the examples, a
generated corpus and both development sets. A refactor must leave it exactly
as it is; a change to the rules rewrites it on purpose, so the diff shows in
review what moved:

    ALIGN_UPDATE_SNAPSHOT=1 .venv/bin/python -m pytest -n 0 tests/test_findings_snapshot.py

(``-n 0``: one process writes the file; parallel workers would each write theirs.)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, SHARED, load_bench_module

from align_lint.documents import Document, document_from_text, read_document
from align_lint.documents.calendar import CalendarRow, calendar_rows, document_from_row, is_calendar
from align_lint.documents.paths import display_path
from align_lint.run.linter import Linter

GOLDEN = Path(__file__).parent / "golden" / "findings.json"
EVAL_SETS = ("dev", "dev2")
CORPUS_POSTS = 300
CORPUS_SEED = 6


def _examples() -> Iterator[Document]:
    for path in sorted(EXAMPLES.glob("*")):
        if path.is_file() and is_calendar(path.name):
            yield from _calendar_documents(path)
        elif path.is_file():
            yield read_document(path)


def _calendar_documents(path: Path) -> Iterator[Document]:
    """A content calendar's rows, each a document (``path#record`` below)."""
    name = display_path(path)
    for row in calendar_rows(name, path.read_bytes()):
        if isinstance(row, CalendarRow):
            yield document_from_row(name, row)


def _corpus() -> Iterator[Document]:
    corpus = load_bench_module("corpus")
    for name, text in corpus.posts(CORPUS_POSTS, seed=CORPUS_SEED):
        yield document_from_text(text, name)


def _eval_set(name: str) -> Iterator[Document]:
    with (SHARED / "eval" / f"{name}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                post = json.loads(line)
                yield document_from_text(post["text"], f"{post['id']}.txt")


def record(linter: Linter, documents: Iterable[Document]) -> dict[str, list[object]]:
    return {
        (result.path if result.record is None else f"{result.path}#{result.record}"): [
            result.score.value,
            result.passed,
            [f"{f.rule} {f.severity.label} {f.start}-{f.end}" for f in result.findings],
        ]
        for result in linter.lint_documents(documents)
    }


def _sections() -> list[str]:
    available = [s for s in EVAL_SETS if (SHARED / "eval" / f"{s}.jsonl").is_file()]
    return ["examples", "corpus", *available]


def _documents(section: str) -> Iterator[Document]:
    if section == "examples":
        return _examples()
    if section == "corpus":
        return _corpus()
    return _eval_set(section)


@pytest.fixture(scope="module")
def golden() -> dict[str, dict[str, list[object]]]:
    recorded: dict[str, dict[str, list[object]]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return recorded


@pytest.mark.parametrize("section", ["examples", "corpus", *EVAL_SETS])
def test_findings_are_as_recorded(
    linter: Linter, golden: dict[str, dict[str, list[object]]], section: str
) -> None:
    if section not in _sections():
        pytest.skip(f"{SHARED / 'eval' / section}.jsonl is not beside the checkout")
    found = record(linter, _documents(section))
    if os.environ.get("ALIGN_UPDATE_SNAPSHOT"):
        golden[section] = found
        GOLDEN.write_text(json.dumps(golden, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return
    expected = golden[section]
    changed = sorted(k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k))
    assert not changed, f"{len(changed)} documents changed in {section}, first: " + "; ".join(
        f"{k}: {expected.get(k)} -> {found.get(k)}" for k in changed[:3]
    )
