"""A long document analysed in windows gives the findings of the document analysed
whole, and no Doc the model sees is longer than a window or holds a token
longer than MAX_RUN (issue 11, items 2 and 6)."""

from __future__ import annotations

from array import array
from itertools import pairwise
from typing import Any

import pytest
import spacy
from tests.conftest import load_bench_module

from align_lint.analysis import analyzer
from align_lint.analysis.analyzer import Analyzer
from align_lint.analysis.records import Spans
from align_lint.analysis.windows import MAX_RUN, PAD_WORDS, capped_runs, window_cores, windows
from align_lint.documents import Document, document_from_text
from align_lint.judgement.logic import Judge
from align_lint.report.records import Finding
from align_lint.run.linter import Linter


def long_document(posts: int, seed: int = 71) -> Document:
    """Generated posts one after another: one long Markdown document."""
    corpus = load_bench_module("corpus")
    bodies = []
    for _, text in corpus.posts(posts, seed=seed):
        bodies.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    return document_from_text("\n".join(bodies), "long.md")


def findings(analyzer: Analyzer, document: Document) -> tuple[Finding, ...]:
    ((matches, _),) = list(analyzer.analyze([(document, None)]))
    assert matches.document is document
    return Judge(analyzer.graph).judge(matches).findings


def windowed(linter: Linter, window_chars: int, *, prefilter: bool = True) -> Analyzer:
    pipeline = linter.analyzer.pipeline
    rules = linter.catalog.rule_set
    return Analyzer(rules, pipeline, prefilter=prefilter, window_chars=window_chars)


@pytest.mark.parametrize("prefilter", [True, False], ids=["prefiltered", "full"])
def test_windows_give_the_findings_of_the_whole_document(linter: Linter, prefilter: bool) -> None:
    document = long_document(40)
    assert len(document.text) > 40_000
    whole = findings(windowed(linter, 10**9, prefilter=False), document)
    assert len(whole) > 50
    pieces = windowed(linter, 3_000, prefilter=prefilter)
    assert len(windows(document, 3_000) or []) > 10
    assert findings(pieces, document) == whole


def test_a_require_rule_reads_every_window(linter: Linter) -> None:
    """The outcome that settles no-business-outcome is in another window than the
    vanity metric that opens it: no finding, as for the document whole."""
    filler = "".join(f"We met the team in room {n} on Tuesday.\n\n" for n in range(200))
    text = "Our launch video got 2 million views.\n\n" + filler + "Revenue grew 12% in May.\n"
    document = document_from_text(text, "a.md")
    assert len(window_cores(document, 2_000)) > 3
    found = {f.rule for f in findings(windowed(linter, 2_000), document)}
    assert "no-business-outcome" not in found
    assert found == {f.rule for f in findings(windowed(linter, 10**9), document)}
    # Without the outcome, the rule fires on the windowed document too.
    opened = document_from_text(text.replace("Revenue grew 12% in May.", "Bye."), "b.md")
    assert "no-business-outcome" in {f.rule for f in findings(windowed(linter, 2_000), opened)}


def test_windows_cut_at_sections_and_cover_the_document() -> None:
    paragraph = "A sentence of prose that goes on for a while. " * 4
    text = "".join(f"{paragraph}\n\n" for _ in range(50))
    document = document_from_text(text, "a.md")
    cores = window_cores(document, 1_000)
    assert cores[0][0] == 0 and cores[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(cores))
    assert all(end - start <= 1_000 for start, end in cores)
    assert all(text[start - 2 : start] == "\n\n" for start, _ in cores[1:])


def test_one_long_line_is_cut_at_spaces_or_anywhere() -> None:
    text = "word " * 1_000 + "x" * 5_000
    document = Document("a.txt", text, text)
    cores = window_cores(document, 700)
    assert all(end - start <= 700 for start, end in cores)
    assert cores[-1][1] == len(text)
    assert all(text[start - 1] == " " for start, _ in cores[1:7])


def test_long_runs_are_blanked_with_offsets_kept() -> None:
    run = "ab-" * 100
    text = f"Short words stay. {run} and (((( {'(' * 500} end"
    capped = capped_runs(text)
    assert len(capped) == len(text)
    assert capped.split() == ["Short", "words", "stay.", "and", "((((", "end"]
    assert capped_runs("nothing long here") == "nothing long here"


def test_the_tokenizer_never_sees_a_long_run(linter: Linter, monkeypatch: Any) -> None:
    """16 KB of "(" took a minute in spaCy's tokenizer (quadratic in one run)."""
    analyzer = windowed(linter, 100_000)
    nlp = analyzer.pipeline.nlp
    seen: list[int] = []
    original = nlp.make_doc

    def spy(text: str) -> Any:
        seen.append(max((len(word) for word in text.split()), default=0))
        return original(text)

    monkeypatch.setattr(nlp, "make_doc", spy)
    text = "We crossed 10k followers. " + "(" * 16_000 + " ab-" + "ab-" * 20_000 + "\n"
    document = Document("a.txt", text, text)
    found = {f.rule for f in findings(analyzer, document)}
    assert found == {"vanity-metric", "no-business-outcome"}
    assert seen and max(seen) <= MAX_RUN


def test_joined_windows_keep_offsets_in_arrays_with_the_whole_documents_values(
    linter: Linter,
) -> None:
    """issue 11 item 1: the Joiner keeps sentence starts and spans as 4-byte
    offsets while the windows come (sets and lists of tuples were about 5 MB a
    MB of draft); they come out sorted, once each, every block start a sentence
    start (the findings are the whole document's: see above)."""
    document = long_document(40)
    ((whole, _),) = list(windowed(linter, 10**9, prefilter=False).analyze([(document, None)]))
    ((joined, _),) = list(windowed(linter, 3_000).analyze([(document, None)]))
    assert isinstance(joined.sentence_starts, array)
    assert joined.sentence_starts.itemsize == 4
    assert list(joined.sentence_starts) == sorted(set(joined.sentence_starts))
    assert set(document.block_starts) <= set(joined.sentence_starts)
    assert joined.spans.keys() <= whole.spans.keys()
    for rule_id, spans in joined.spans.items():
        assert list(spans) == sorted(set(spans)), rule_id
        # Handed on as the Joiner's arrays, never copied into tuples (about
        # 120 bytes a span; a 50 MB draft has millions of context matches).
        assert isinstance(spans, Spans), rule_id


def test_a_window_goes_through_the_model_alone_short_docs_together() -> None:
    """Two windows in one batch cost a long draft memory (16 KB a token);
    short posts' chunks keep sharing batches."""
    nlp = spacy.blank("en")
    short = [(nlp("a short post " * 10), i) for i in range(3)]
    long = [(nlp("word " * (analyzer.LONE_TOKENS + 1)), 10 + i) for i in range(2)]
    batches = list(analyzer._batches([*short[:2], *long, short[2]]))
    assert [[extra for _, extra in batch] for batch in batches] == [[0, 1], [10], [11], [2]]


def test_a_window_is_padded_with_whole_words_past_a_run_of_spaces() -> None:
    """A masked comment is a run of spaces: a window that began inside it made
    a shorter space token than the whole document has, which changed the tags
    (and so the parse and the mood) of the words after it, the core's first."""
    words = " ".join(f"w{n}" for n in range(60))
    run = " " * 900
    text = f"{words}\n\n{run}\n\n# heading words here\n\n{words}\n\n{run}\n\n{words}\n"
    found = windows(Document("a.md", text, text), 200) or []
    assert len(found) > 3
    for window in found:
        start, end = window.core
        assert window.begin == 0 or (
            text[window.begin - 1].isspace() and text[window.begin].strip()
        )
        assert window.end == len(text) or (
            text[window.end].isspace() and text[window.end - 1].strip()
        )
        assert window.begin == 0 or len(text[window.begin : start].split()) >= PAD_WORDS
        assert window.end == len(text) or len(text[end : window.end].split()) >= PAD_WORDS


def test_a_heading_after_a_masked_comment_keeps_its_outcome(linter: Linter) -> None:
    """The case hypothesis found (test_windowed_properties): the only outcome is
    in a heading after an HTML comment, in the last window; no-business-outcome
    must not fire there when it does not fire on the document whole."""
    text = (
        "we.\n\n"
        "we.\n\n"
        "we.\n\n"
        "we. campaign. we.\n\n"
        "in.\n\n"
        "<!-- [revenue game-changing émoji revenue 10k.](https://example.com/a?b=1) -->\n\n"
        "<!-- **viral million we views 1.5 likes.** [crossed revenue.](https://example.com/a?b=1) success café 1.5 crossed the campaign campaign we views. <span>success café 1.5 crossed the campaign campaign we views.</span> émoji campaign crossed followers grew. <span>émoji campaign crossed followers grew.</span> -->\n\n"
        "# revenue émoji revenue données a was success café went views 10k we.\n\n"
        "we.\n\n"
        "we.\n\n"
        "we we we.\n\n"
        "we we we we we we we we we viral campaign.\n\n"
        "we we we we we we we we we we we we.\n\n"
        "we we we.\n\n"
        "we.\n\n"
        "we we we we we we we we we we we.\n\n"
        "we we we we we we we.\n"
    )
    document = document_from_text(text, "long.md")
    assert len(window_cores(document, 372)) > 2
    assert findings(windowed(linter, 372), document) == findings(windowed(linter, 10**9), document)
