"""A faster way to run spaCy's rule lemmatizer over Docs, with the same lemmas.

spaCy's ``Lemmatizer`` visits every token in Python and caches only some
answers (base forms, punctuation and spaces are worked out again every time):
it cost as much as the tagger and the senter together. A rule lemma depends
only on the word, its part of speech and its morphology, so the fast ``pipe``
reads those as arrays, asks the lemmatizer's own ``lemmatize`` once per
distinct (word, POS, morphology) in the run, and writes the lemmas back as one
array. Only ``pipe`` is replaced (``Language.pipe`` calls it); calling the
component on one Doc still runs spaCy's code. tests/test_fastlemmatizer.py
compares the lemmas with spaCy's on real documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from align_lint.analysis.caches import make_room

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def speed_up_lemmatizer(nlp: Language) -> bool:
    """Give the pipeline's rule lemmatizer the fast ``pipe``; False if it has none."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    lemmatize = fast_lemmatize(lemmatizer)

    def pipe(docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield lemmatize(doc)

    lemmatizer.pipe = pipe  # type: ignore[method-assign,assignment]
    return True


def fast_lemmatize(lemmatizer: Any) -> Callable[[Doc], Doc]:
    import numpy
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    strings = lemmatizer.vocab.strings
    known: dict[tuple[int, int, int], int] = {}  # (word, POS, morphology) -> lemma hash

    def lemmatize(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite = lemmatizer.overwrite
        # The lemmas as a list, made one array at the end: a write per token
        # into a numpy array cost as much as the lookups.
        lemmas: list[int] = []
        for position, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = known.get(key, 0)
                if not lemma:
                    make_room(known)
                    lemma = known[key] = strings.add(lemmatizer.lemmatize(doc[position])[0])
            lemmas.append(lemma)
        column: Any = numpy.array(lemmas, dtype=rows.dtype).reshape(-1, 1)  # as from_array takes it
        doc.from_array([LEMMA], column)
        return doc

    return lemmatize
