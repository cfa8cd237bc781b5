"""Every surface form a pipeline could lemmatize to a lemma, for the prefilter's
anchors: a ``LEMMA: grow`` pattern token can only match "grow", "grew",
"grown", "growing", …, so those words stand for it before anything is tagged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language


def word_set(value: Any) -> frozenset[str] | None:
    """The words a pattern value stands for (a string or ``{IN: [...]}``), or None."""
    if isinstance(value, str):
        return frozenset({value})
    words = value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else None
    if isinstance(words, list) and all(isinstance(v, str) for v in words):
        return frozenset(words)
    return None


class LemmaSurfaces:
    """Every lowercase surface form the pipeline could lemmatize to a given lemma,
    by inverting its rule lemmatizer's tables (suffix rules, exceptions) and the
    attribute ruler's LEMMA patterns. None when that cannot be known (a trained
    lemmatizer, or an attribute-ruler pattern that is not a plain word list)."""

    def __init__(self, nlp: Language) -> None:
        self._rules: list[tuple[str, str]] = []
        self._exceptions: dict[str, set[str]] = {}
        self._ruler: dict[str, set[str] | None] = {}
        self.known = True
        if "lemmatizer" in nlp.pipe_names:
            lemmatizer = nlp.get_pipe("lemmatizer")
            mode = getattr(lemmatizer, "mode", None)
            lookups = getattr(lemmatizer, "lookups", None)
            if mode == "rule" and lookups is not None:
                for table in lookups.get_table("lemma_rules", {}).values():
                    self._rules.extend((old, new) for old, new in table)
                for table in lookups.get_table("lemma_exc", {}).values():
                    for form, lemmas in table.items():
                        for lemma in lemmas:
                            self._exceptions.setdefault(lemma, set()).add(form)
            elif mode == "lookup" and lookups is not None:
                for form, lemma in lookups.get_table("lemma_lookup", {}).items():
                    self._exceptions.setdefault(lemma, set()).add(form)
            else:
                self.known = False
        if "attribute_ruler" in nlp.pipe_names:
            ruler: Any = nlp.get_pipe("attribute_ruler")
            for entry in ruler.patterns:
                lemma = entry["attrs"].get("LEMMA")
                if lemma is None:
                    continue
                for pattern in entry["patterns"]:
                    token = pattern[entry.get("index", 0)] if pattern else {}
                    words = None
                    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
                        if attr in token:
                            words = word_set(token[attr])
                            break
                    known = self._ruler.get(lemma, set())
                    if words is None or known is None:
                        self._ruler[lemma] = None
                    else:
                        known.update(w.lower() for w in words)
                        self._ruler[lemma] = known

    def forms(self, lemmas: Iterable[str]) -> frozenset[str] | None:
        if not self.known:
            return None
        forms: set[str] = set()
        for lemma in lemmas:
            ruler = self._ruler.get(lemma, set())
            if ruler is None:
                return None
            forms |= ruler
            low = lemma.lower()
            forms.add(low)
            forms.update(f.lower() for f in self._exceptions.get(lemma, ()))
            for old, new in self._rules:
                if low.endswith(new):
                    forms.add(low[: len(low) - len(new)] + old)
        return frozenset(forms)
