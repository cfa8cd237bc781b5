"""Fingerprints and the baseline filter (run/baseline.py, judgement/fingerprint.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import ROOT

from align_lint.documents import document_from_text
from align_lint.errors import AlignError
from align_lint.judgement.fingerprint import sentence_around
from align_lint.report.records import DocumentResult, FailOn
from align_lint.run.baseline import (
    Baseline,
    BaselineFilter,
    Entry,
    baseline_json,
    baseline_of,
    read_baseline,
    write_baseline,
)
from align_lint.run.linter import Linter

POST = "# Recap\n\nWe just crossed 10k followers!\n\nOur video got 2M views.\n"


def _prints(linter: Linter, text: str) -> dict[str, str]:
    """Matched text → fingerprint of the findings of ``text``."""
    return {f.text: f.fingerprint for f in linter.lint_text(text, path="p.md").findings}


def test_a_fingerprint_ignores_position_whitespace_and_case(linter: Linter) -> None:
    before = _prints(linter, POST)
    moved = "# Recap\n\nA new first paragraph.\n\nWe just crossed\n10k followers!\n\n"
    after = _prints(linter, moved + "Our video got 2M views.\n")
    assert before["10k followers"] == after["10k followers"] != ""
    assert before["2M views"] == after["2M views"]
    shouted = _prints(linter, POST.replace("We just", "WE JUST"))
    assert shouted["10k followers"] == before["10k followers"]


def test_a_fingerprint_changes_with_its_sentence(linter: Linter) -> None:
    before = _prints(linter, POST)
    after = _prints(linter, POST.replace("We just crossed", "Last week we crossed"))
    assert before["10k followers"] != after["10k followers"]
    assert before["2M views"] == after["2M views"]


def test_a_document_level_finding_fingerprints_as_its_rule(linter: Linter) -> None:
    one = linter.lint_text(POST, path="a.md").findings
    other = linter.lint_text("# Other\n\nThe teaser got 50k likes.\n", path="b.md").findings
    [first] = [f.fingerprint for f in one if f.scope == "document"]
    [second] = [f.fingerprint for f in other if f.scope == "document"]
    assert first == second


def test_the_sentence_stops_at_blocks_and_blank_lines() -> None:
    text = "First line\nsecond line.\n\nThird one."
    document = document_from_text(text, "t.txt")
    start, end = sentence_around(document, [0], text.index("Third"))
    assert text[start:end] == "Third one."
    start, end = sentence_around(document, [0], text.index("second"))
    assert text[start:end] == "First line\nsecond line."


def _result(linter: Linter, text: str, path: str = "posts/a.md") -> DocumentResult:
    return linter.lint_text(text, path=path)


def test_the_filter_hides_as_many_as_the_baseline_counts_and_judges_again(
    linter: Linter, tmp_path: Path
) -> None:
    twice = POST + "\nWe just crossed 10k followers!\n"
    known = baseline_of([_result(linter, twice)], Path.cwd())
    thrice = twice + "\nWe just crossed 10k followers!\n"
    result = _result(linter, thrice)
    strict = replace(result, fail_on=FailOn.WARNING)
    [filtered] = BaselineFilter(known, linter.weights).apply(iter([strict]))
    assert [(f.text, f.line) for f in filtered.findings] == [("10k followers", 9)]
    assert filtered.hidden == len(result.findings) - 1
    assert filtered.score.value == 90
    assert filtered.passed is False and filtered.fail_reasons == (
        "1 warning (fail-on: warning): vanity-metric",
    )


def test_fixed_entries_and_the_pruned_baseline(linter: Linter) -> None:
    known = baseline_of([_result(linter, POST), _result(linter, POST, "posts/b.md")], Path.cwd())
    fewer = _result(linter, POST.replace("Our video got 2M views.\n", ""))
    applied = BaselineFilter(known, linter.weights)
    list(applied.apply(iter([fewer])))
    assert [(f.document, f.entry.text, f.count) for f in applied.fixed()] == [
        ("posts/a.md", "2M views", 1)
    ]
    pruned = applied.pruned().documents
    assert [e.text for e in pruned["posts/a.md"]] == ["", "10k followers"]
    assert pruned["posts/b.md"] == known.documents["posts/b.md"]  # not linted: kept


def test_error_documents_pass_untouched(linter: Linter) -> None:
    known = baseline_of([_result(linter, POST)], Path.cwd())
    broken = DocumentResult.not_linted("posts/a.md", "posts/a.md: not UTF-8")
    applied = BaselineFilter(known, linter.weights)
    assert list(applied.apply(iter([broken]))) == [broken]
    assert applied.fixed() == []


def test_the_file_round_trips_sorted(tmp_path: Path) -> None:
    entries = (Entry("vanity-metric", "b", "2" * 32, 1), Entry("hype-word", "a", "1" * 32, 3))
    baseline = Baseline(tmp_path, {"z.md": entries, "a.md": entries[:1]})
    target = tmp_path / "baseline.json"
    write_baseline(baseline, target)
    text = target.read_text(encoding="utf-8")
    assert list(json.loads(text)["documents"]) == ["a.md", "z.md"]
    assert read_baseline(target).documents == {"a.md": entries[:1], "z.md": entries}
    assert baseline_json(read_baseline(target)) == text
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temporary left


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"version": True, "documents": {}},
        {"version": 1, "documents": []},
        {"version": 1, "documents": {}, "extra": 1},
        {"version": 1, "documents": {"a.md": {}}},
        {"version": 1, "documents": {"a.md": [{"rule": "r", "text": "t", "fingerprint": "f"}]}},
        {
            "version": 1,
            "documents": {"a.md": [{"rule": "r", "text": "t", "fingerprint": "f", "count": 0}]},
        },
    ],
)
def test_a_malformed_baseline_is_an_align_error_naming_the_file(
    tmp_path: Path, data: object
) -> None:
    target = tmp_path / "b.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AlignError) as raised:
        read_baseline(target)
    assert raised.value.message.startswith(f"{target}: ")
    assert "\n" not in raised.value.message


def test_fingerprints_agree_between_the_full_and_the_prefiltered_pass(linter: Linter) -> None:
    # One draft (a pre-commit hook) takes the full pass, a directory the
    # prefiltered one: a baseline written over the directory must know the
    # findings of the draft linted alone, and the other way round.
    assert linter.analyzer.prefilter is not None
    drafts = sorted((ROOT / "examples").glob("*.md")) + sorted((ROOT / "examples").glob("*.txt"))
    documents = [document_from_text(p.read_text(encoding="utf-8"), p.name) for p in drafts]
    assert len(documents) >= 4  # enough for the prefiltered pass
    together = list(linter.lint_documents(documents))
    assert sum(len(result.findings) for result in together) > 5
    for document, result in zip(documents, together, strict=True):
        alone = linter.lint_text(document.text, path=document.source)
        assert [(f.rule, f.start, f.fingerprint) for f in result.findings] == [
            (f.rule, f.start, f.fingerprint) for f in alone.findings
        ]


def test_another_sentence_of_the_paragraph_does_not_change_a_fingerprint(linter: Linter) -> None:
    paragraph = "# Recap\n\nThe team met on Monday. We just crossed 10k followers! See you soon.\n"
    edited = paragraph.replace("on Monday", "on Tuesday").replace("See you soon", "Bye")
    assert _prints(linter, paragraph)["10k followers"] == _prints(linter, edited)["10k followers"]
