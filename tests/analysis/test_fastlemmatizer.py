"""The fast lemmatizer pipe sets exactly the lemmas spaCy's lemmatizer sets."""

from __future__ import annotations

import spacy
from tests.conftest import EXAMPLES

from align_lint.analysis.fastlemmatizer import speed_up_lemmatizer
from align_lint.analysis.pipeline import AUTO_CANDIDATES
from align_lint.documents import document_from_text, read_documents


def test_fast_lemmas_are_spacy_lemmas() -> None:
    import importlib.util

    name = next(n for n in AUTO_CANDIDATES if importlib.util.find_spec(n) is not None)
    spacys = spacy.load(name, exclude=["ner", "parser"])
    fast = spacy.load(name, exclude=["ner", "parser"])
    assert speed_up_lemmatizer(fast)
    texts = [d.analysis_text for d in read_documents([str(EXAMPLES)])]
    texts += [
        "She was running; they'd been told. Gonna grow our followers!! The mice ran.",
        document_from_text("We doubled sales, ain't that something? 12,000 views.", "a.md").text,
    ]
    # Twice through the fast pipe: the second pass answers from its cache.
    expected = [[t.lemma_ for t in doc] for doc in spacys.pipe(texts)]
    for _ in range(2):
        found = [[t.lemma_ for t in doc] for doc in fast.pipe(texts)]
        assert found == expected
    assert sum(len(lemmas) for lemmas in expected) > 500
