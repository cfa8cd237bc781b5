"""The metric claims of one sentence as their texts, for the class-by-class
claim tests (each class: a sentence it must read, a near miss it must not)."""

from __future__ import annotations

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


def metric_texts(linter: Linter, extractor: ClaimExtractor, text: str) -> list[str]:
    """Every metric claim's text, whatever its mood."""
    doc = linter.analyzer.pipeline.nlp(text)
    return [text[c.start : c.end] for c in extractor.claims(doc) if c.kind == "metric"]


def asserted_metric_texts(linter: Linter, extractor: ClaimExtractor, text: str) -> list[str]:
    """The metric claims the writer asserts (not goals, questions or negations)."""
    doc = linter.analyzer.pipeline.nlp(text)
    return [
        text[c.start : c.end]
        for c in extractor.claims(doc)
        if c.kind == "metric" and c.mood == "asserted"
    ]
