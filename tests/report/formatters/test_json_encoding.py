"""The report's JSON encoder writes exactly what json.dumps(indent=2) writes."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.report.formatters.reports import golden_report

from align_lint.report.formatters import FormatOptions, json_
from align_lint.report.formatters.json_ import _dumps

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(values)
def test_same_bytes_as_json_dumps(value: Any) -> None:
    assert _dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_tuples_are_lists_and_text_is_not_escaped() -> None:
    value = {"a": (1, 'é \\ " \n'), "b": [], "c": {}}
    assert _dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_a_document_of_many_findings_is_written_in_batches_as_json_dumps_would(
    monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """issue 11 item 1: a huge draft's findings are written a batch at a time
    (never its whole findings list as one string), byte for byte the same."""
    monkeypatch.setattr(json_, "STREAMED_FINDINGS", batch)
    report = golden_report()
    written: list[str] = []
    json_.write_json(report, FormatOptions(), written.append)
    assert (
        "".join(written)
        == json.dumps(json_.report_to_dict(report), indent=2, ensure_ascii=False) + "\n"
    )
    streams = batch < max(len(result.findings) for result in report.results)
    assert streams == (len(written) > 2 * len(report.results) + 3)


@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_a_finding_with_a_long_text_is_written_in_pieces_as_json_dumps_would(
    monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """A finding as long as its draft (platform-length past a network's limit)
    has its text encoded and written a piece at a time, byte for byte the same
    report, and no written chunk holds all of it."""
    monkeypatch.setattr(json_, "STREAMED_FINDINGS", batch)
    monkeypatch.setattr(json_, "LONG_STRING", 7)
    report = golden_report()
    first = report.results[0]
    long_text = 'a "quoted" line\nthen é, a tab\tand \\ ' * 3
    longer = dataclasses.replace(first.findings[0], text=long_text, message=long_text[:9])
    report = dataclasses.replace(
        report,
        results=(
            dataclasses.replace(first, findings=(*first.findings, longer)),
            *report.results[1:],
        ),
    )
    written: list[str] = []
    json_.write_json(report, FormatOptions(), written.append)
    assert (
        "".join(written)
        == json.dumps(json_.report_to_dict(report), indent=2, ensure_ascii=False) + "\n"
    )
    if batch < len(first.findings) + 1:  # streamed: the long strings went out in pieces
        encoded = json.dumps(long_text, ensure_ascii=False)[1:-1]
        assert not any(encoded in chunk for chunk in written)
