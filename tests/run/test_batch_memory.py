"""A batch drops each source's bytes once it is decoded (issue 11: bytes, text
and analysis text were three copies of a long draft while it was linted), and
a document linted again alone after the shared pass broke starts from what
was decoded."""

from __future__ import annotations

from typing import Any

import pytest

from align_lint.documents import Source
from align_lint.report.records import DocumentResult
from align_lint.run import linter as linter_module
from align_lint.run.linter import Linter

VANITY = "We passed 25,000 followers this month.\n"
QUIET = "Our newsletter explains how the pricing works.\n"


def rules_found(outcome: Any) -> list[str]:
    assert isinstance(outcome, DocumentResult)
    return [finding.rule for finding in outcome.findings]


def test_a_linted_batch_holds_no_bytes(linter: Linter) -> None:
    sources = [Source("a.md", VANITY.encode()), Source("b.md", QUIET.encode())]
    alone = [rules_found(linter.lint_text(VANITY, path="a.md"))]
    outcomes = linter.lint_batch(sources)
    assert [rules_found(o) for o in outcomes[:1]] == alone
    assert "vanity-metric" in alone[0] and "vanity-metric" not in rules_found(outcomes[1])
    assert [source.name for source in sources] == ["a.md", "b.md"]
    assert [source.data for source in sources] == [b"", b""]


def test_an_undecodable_source_keeps_its_error(linter: Linter) -> None:
    sources = [Source("bad.md", b"\xff\xfe\x00broken"), Source("a.md", VANITY.encode())]
    outcomes = linter.lint_batch(sources)
    assert not isinstance(outcomes[0], DocumentResult)
    assert "vanity-metric" in rules_found(outcomes[1])


def test_a_broken_pass_lints_the_decoded_documents_again_alone(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shared pass fails once, after both documents were decoded (their
    bytes gone): each is linted again alone, from its decoded document."""
    analyzed = linter_module._analyzed
    calls: list[int] = []

    def failing_once(items: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            list(items)  # every document decoded, its bytes dropped
            raise RuntimeError("the pass broke")
        return analyzed(items)

    monkeypatch.setattr(linter_module, "_analyzed", failing_once)
    sources = [Source("a.md", VANITY.encode()), Source("b.md", QUIET.encode())]
    outcomes = linter.lint_batch(sources)
    assert len(calls) == 3  # the batch, then each document alone
    assert "vanity-metric" in rules_found(outcomes[0])
    assert "vanity-metric" not in rules_found(outcomes[1])


def test_the_bytes_are_gone_before_the_text_is_masked(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Masking a long draft is the peak of reading it: its bytes are not
    held then (the batch's list was their last holder)."""
    sources = [Source("a.md", VANITY.encode()), Source("b.md", QUIET.encode())]
    seen: list[list[bytes]] = []
    from_text = linter_module.document_from_text

    def masking(*args: Any, **kwargs: Any) -> Any:
        seen.append([source.data for source in sources])
        return from_text(*args, **kwargs)

    monkeypatch.setattr(linter_module, "document_from_text", masking)
    outcomes = linter.lint_batch(sources)
    assert seen == [[b"", QUIET.encode()], [b"", b""]]
    assert "vanity-metric" in rules_found(outcomes[0])
