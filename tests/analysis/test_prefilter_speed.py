"""The prefiltered pass's shortcuts (issue 10, speed): planning reads each
token's columns once, settles a pattern that lacks an anchor without working
out its sections, and a chunk that is the whole text is parsed as the Doc
planning tokenized. The findings stay those of the full pass
(``test_prefilter.py``); these tests check that the shortcuts are taken."""

from __future__ import annotations

from typing import Any

import pytest

from align_lint.analysis import prefilter as prefilter_module
from align_lint.analysis.sentences import (
    block_sentence_starts,
    preset_sentence_starts,
    starts_after_blocks,
)
from align_lint.documents import document_from_text
from align_lint.run.linter import Linter

SHORT_POST = "# Launch\n\nThe launch video got 2 million views.\n"


def test_a_chunk_of_the_whole_text_is_not_tokenized_again(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyzer = linter.analyzer
    assert analyzer.prefilter is not None
    nlp = analyzer.pipeline.nlp
    document = document_from_text(SHORT_POST, "a.md")
    texts: list[str] = []
    original = nlp.make_doc

    def counting(text: str) -> Any:
        texts.append(text)
        return original(text)

    monkeypatch.setattr(nlp, "make_doc", counting)
    (chunk,) = analyzer.prefilter.plan(document).chunks
    assert (chunk.start, chunk.end) == (0, len(document.analysis_text))
    doc = analyzer.part(document, chunk)
    assert texts == [document.analysis_text]  # planning's, and no other
    assert [t.text for t in doc] == [t.text for t in original(document.analysis_text)]
    # Used once: the same chunk asked for again is a new Doc.
    assert analyzer.part(document, chunk) is not doc
    assert len(texts) == 2


def test_a_pattern_without_all_its_anchors_is_settled_without_a_call(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefilter = linter.analyzer.prefilter
    assert prefilter is not None
    called: list[str] = []
    original = prefilter_module._candidate_sections

    def counting(pattern: Any, hits: Any, bounds: Any) -> Any:
        called.append(pattern.rule)
        return original(pattern, hits, bounds)

    monkeypatch.setattr(prefilter_module, "_candidate_sections", counting)
    document = document_from_text("# Hello\n\nLunch is at nine, and it is on us.\n", "a.md")
    assert prefilter.plan(document).chunks == ()
    patterns = [p for found in prefilter.patterns.values() for p in found]
    # Only the few patterns whose anchors are all there ("nine" is a count) are
    # worked out, not every pattern of the pack.
    assert len(patterns) > 20
    assert 0 < len(called) <= 2


def test_block_starts_from_columns_are_those_from_the_doc(linter: Linter) -> None:
    nlp = linter.analyzer.pipeline.nlp
    # Markdown as masked: the heading's and the list items' markers are spaces.
    text = "  Title\n\n  first item\n    second item\n\n  Indented paragraph here.\n"
    doc = nlp.make_doc(text)
    blocks = [0, 9, text.index("    second"), text.index("  Indented")]
    offsets = [token.idx for token in doc]
    spaces = [int(token.is_space) for token in doc]
    expected = block_sentence_starts(doc, blocks)
    assert starts_after_blocks(offsets, spaces, blocks) == expected
    assert {text.index("first"), text.index("second"), text.index("Indented")} <= expected


def test_preset_starts_mark_what_the_token_setter_marks(linter: Linter) -> None:
    """The starts are written as one column (the per-token setter scanned the
    whole Doc for a parse each time): the same tokens are marked, the others
    left unset, and an offset shifts the starts as before."""
    nlp = linter.analyzer.pipeline.nlp
    text = "One thing here. Two things there.\n\nThree more words and a fourth.  Five.\n" * 40
    shift = 1_000
    wanted = {token.idx + shift for token in nlp.make_doc(text) if token.i % 7 == 3}
    wanted |= {shift, shift + 1, shift + len(text) + 5}  # the first token, no token, past the end
    by_setter = nlp.make_doc(text)
    for token in by_setter[1:]:
        if token.idx + shift in wanted:
            token.is_sent_start = True
    by_column = preset_sentence_starts(nlp.make_doc(text), frozenset(wanted), shift)
    assert [t.is_sent_start for t in by_column] == [t.is_sent_start for t in by_setter]
    assert sum(1 for t in by_column if t.is_sent_start) > 40
    assert by_column[1].is_sent_start is None  # unmarked tokens stay unknown


def test_preset_starts_refuse_a_parsed_doc(linter: Linter) -> None:
    nlp = linter.analyzer.pipeline.nlp
    doc = nlp.make_doc("We shipped it. Then we rested.")
    doc[2].dep_ = "dobj"
    with pytest.raises(ValueError):
        preset_sentence_starts(doc, frozenset({doc[4].idx}))
