"""spaCy's tokenizer leaves token edges wrong after a special case it finds
across tokens it split (issue 11): "(all):" holds the emoticon "):", and
reading a later token's children then ran past the Doc and crashed the process
with a segmentation fault (found linting a long Markdown file of this repo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.hostile.harness import run_align

from align_lint.run.linter import Linter

# A heading whose bracket closes before its colon, as Markdown notes are written.
_EMOTICON_ACROSS_TOKENS = "Fixed (all):\n- 800 new follows\n"


@pytest.mark.parametrize(
    "text",
    [
        _EMOTICON_ACROSS_TOKENS,
        "Results (Q3): 12k new followers, and (see below): 40 demo requests.",
        "Plain text with no special case at all: 300 new followers.",
    ],
)
def test_every_token_edge_is_the_token_before_a_parse(linter: Linter, text: str) -> None:
    """Before a parse each token's left and right edges are itself; the
    pipeline's Docs keep them so whatever the tokenizer's special cases did."""
    doc = linter.analyzer.pipeline.nlp.make_doc(text)
    assert [(t.left_edge.i, t.right_edge.i) for t in doc] == [(t.i, t.i) for t in doc]
    assert doc.text == text


@pytest.mark.slow  # a process that loads the model: ~10 s
def test_a_draft_with_an_emoticon_across_tokens_is_linted(tmp_path: Path) -> None:
    # Before: the process died with SIGSEGV (exit -11), no report at all.
    (tmp_path / "notes.md").write_text(_EMOTICON_ACROSS_TOKENS)
    outcome = run_align("lint", "--format", "json", "notes.md", cwd=tmp_path)
    assert not outcome.has_traceback, outcome.stderr[-2000:]
    assert outcome.exit == 1, (outcome.exit, outcome.stderr[-2000:])
    (document,) = json.loads(outcome.stdout)["documents"]
    assert [f["rule"] for f in document["findings"]] == ["no-business-outcome", "vanity-metric"]
