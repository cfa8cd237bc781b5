"""What the claim tests read of a sentence or a draft, written once for every
class-by-class test file (each class: a sentence it must read, a near miss it
must not): the claims as their texts, the linter's verdict on a draft, and the
check that the prefiltered pass finds what the full pass finds."""

from __future__ import annotations

from collections.abc import Iterable

from tests.analysis.test_prefilter import assert_same_findings, full_analyzer

from align_lint.analysis.claims import Claim, ClaimExtractor
from align_lint.documents import document_from_text
from align_lint.run.linter import Linter

# The category of the findings a loose brag gives (``vanity_texts``).
_VANITY = "vanity"


def _described(claim: Claim, text: str) -> tuple[str, ...]:
    return (claim.kind, claim.lexicon, claim.evidence, claim.mood, text[claim.start : claim.end])


def claims_of(linter: Linter, extractor: ClaimExtractor, text: str) -> list[tuple[str, ...]]:
    """Every claim as (kind, lexicon, evidence, mood, text), in document order."""
    doc = linter.analyzer.pipeline.nlp(text)
    return [_described(claim, text) for claim in extractor.claims(doc)]


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


def lint_verdict(linter: Linter, text: str, path: str = "post.md") -> list[tuple[str, str]]:
    """Every finding on the draft as (rule, text), in the report's order. The
    path's suffix says how the draft is read: Markdown, or plain text (".txt")."""
    return [(f.rule, f.text) for f in linter.lint_text(text, path=path).findings]


# A draft's verdict with its findings: passed, and (rule, severity, text) each.
Verdict = tuple[bool, list[tuple[str, str, str]]]


def verdict_with_severities(linter: Linter, text: str) -> Verdict:
    """Does the draft (read as Markdown) pass, and each finding that quotes
    text as (rule, severity name, text), in the report's order."""
    (result,) = linter.lint_documents([document_from_text(text, "post.md")])
    found = [(f.rule, f.severity.name, f.text) for f in result.findings if f.text]
    return result.passed, found


def passes(linter: Linter, text: str, path: str = "post.md") -> bool:
    """Does the draft pass (read as ``lint_verdict`` reads it)?"""
    return linter.lint_text(text, path=path).passed


def vanity_texts(linter: Linter, text: str, path: str = "post.txt") -> tuple[bool, list[str]]:
    """Does the post fail, and the texts of its vanity-category findings."""
    result = linter.lint_text(text, path=path)
    return not result.passed, [f.text for f in result.findings if f.category == _VANITY]


def assert_prefilter_agrees(linter: Linter, texts: Iterable[str], suffix: str = ".txt") -> None:
    """The prefiltered pass finds in each text what the full pass (every token
    tagged and parsed) finds: a class's new cue must be one the prefilter sees."""
    documents = [document_from_text(text, f"p{i}{suffix}") for i, text in enumerate(texts)]
    assert_same_findings(linter, full_analyzer(linter), documents)
