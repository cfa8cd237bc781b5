"""The analysis: every document comes back, in order, whatever the pass;
CONTEXT tokens must match but are not reported; Markdown blocks start sentences."""

from __future__ import annotations

from pathlib import Path

from align_lint.documents import document_from_text
from align_lint.run.linter import Linter
from align_lint.settings.config import Config


def rules_fired(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    result = linter.lint_text(text, path="post.md")
    return [(f.rule, f.text, f.severity.label) for f in result.findings]


def test_one_pipe_for_many_documents_keeps_input_order(linter: Linter) -> None:
    texts = [f"Post {i}: we crossed {i}k followers." for i in range(1, 40)]
    documents = [document_from_text(t, f"p{i}.md") for i, t in enumerate(texts)]
    results = list(linter.lint_documents(documents))
    assert [r.path for r in results] == [d.source for d in documents]
    assert all(r.findings[-1].text == f"{i}k followers" for i, r in enumerate(results, start=1))


def test_context_tokens_must_match_but_are_not_reported(tmp_path: Path) -> None:
    pack = """\
rules:
  - id: grown
    category: vanity
    severity: warning
    message: 'grown "{text}"'
    match:
      patterns:
        - [{LOWER: {IN: [crossed, passed]}, CONTEXT: true}, {LOWER: our, OP: "?", CONTEXT: true}, {LOWER: followers}]
"""
    path = tmp_path / "pack.yaml"
    path.write_text(pack, encoding="utf-8")
    linter = Linter(Config(rules=(str(path),), default_rules=False, model="blank"))
    assert rules_fired(linter, "We crossed our followers.") == [("grown", "followers", "warning")]
    assert rules_fired(linter, "We love our followers.") == []


def test_the_parser_starts_a_sentence_at_every_list_item_and_heading(linter: Linter) -> None:
    # The markers are masked, so a block's first word is where its sentence starts.
    text = "# Launch week\n\nWe shipped it\n\n- Like if you agree\n- share this post\n"
    result = linter.lint_text(text, path="p.md")
    assert ("engagement-bait", "Like if") in [(f.rule, f.text) for f in result.findings]
    analyzer = linter.analyzer
    doc = analyzer.pipeline.nlp(analyzer.whole(document_from_text(text, "p.md")))
    starts = [t.text for t in doc if t.is_sent_start and not t.is_space]
    assert starts[:4] == ["Launch", "We", "Like", "share"]


def test_every_document_comes_back_whatever_the_pipeline(
    linter: Linter, blank_linter: Linter
) -> None:
    from align_lint.analysis.analyzer import FEW

    for count in (1, FEW - 1, FEW, FEW + 1, 3 * FEW):
        documents = [document_from_text(f"Post {i}: 5k likes.", f"p{i}.md") for i in range(count)]
        for each in (linter, blank_linter):
            analyzed = each.analyzer.analyze((d, d.source) for d in documents)
            assert [m.document.source for m, _ in analyzed] == [d.source for d in documents]
