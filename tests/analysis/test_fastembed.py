"""The cached embedding stages give exactly the vectors the models compute."""

from __future__ import annotations

import importlib.util

import numpy
import spacy
from tests.conftest import EXAMPLES

from align_lint.analysis import fastembed
from align_lint.analysis.fastembed import cache_embeddings
from align_lint.analysis.pipeline import AUTO_CANDIDATES
from align_lint.documents import read_documents


def _texts() -> list[str]:
    texts = [d.analysis_text for d in read_documents([str(EXAMPLES)])]
    # Token-level norms ("don't" -> "do" "not") and spacing differ for one word.
    texts += ["We don't   track likes.\n\nGonna hit 10K!!", "likes likes,likes\tlikes"]
    return texts


def _outputs(nlp: spacy.language.Language, texts: list[str]) -> dict[str, list[object]]:
    docs = [nlp.make_doc(text) for text in texts]
    return {
        name: [
            row
            for start in range(0, len(docs), 7)
            for row in model.predict(docs[start : start + 7])
        ]
        for name, model in ((n, nlp.get_pipe(n).model) for n in ("tok2vec", "senter"))
    }


def test_cached_embeddings_are_the_models_own(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    name = next(n for n in AUTO_CANDIDATES if importlib.util.find_spec(n) is not None)
    plain = spacy.load(name, exclude=["ner", "parser"])
    cached = spacy.load(name, exclude=["ner", "parser"])
    assert cache_embeddings(cached) == 2  # tok2vec's stage and the senter's
    texts = _texts()
    expected = _outputs(plain, texts)
    # Cold, warm, and with a cache so small it starts again within a batch's run.
    for limit in (fastembed.LIMIT, fastembed.LIMIT, 50):
        monkeypatch.setattr(fastembed, "LIMIT", limit)
        found = _outputs(cached, texts)
        for component, arrays in expected.items():
            assert len(found[component]) == len(arrays)
            for mine, theirs in zip(found[component], arrays, strict=True):
                assert numpy.array_equal(mine, theirs), component
    assert sum(len(array) for array in expected["tok2vec"]) > 500  # type: ignore[arg-type]
