"""The records of the claim grammar: ``Claim``, what a rule selects, and the
evidence a reading returns (what made a term a claim, and the token range that
says so).
"""

from __future__ import annotations

from dataclasses import dataclass

from align_lint.analysis.records import CharSpan
from align_lint.rules.lexicons import Term
from align_lint.rules.schema import ClaimSelector


@dataclass(frozen=True)
class Claim:
    kind: str  # "metric" | "outcome"
    lexicon: str
    start: int  # character offsets of the claim in the document
    end: int
    evidence: str
    mood: str = "asserted"

    @property
    def span(self) -> CharSpan:
        return (self.start, self.end)

    def selected_by(self, selector: ClaimSelector) -> bool:
        return (
            self.kind == selector.kind
            and (not selector.lexicons or self.lexicon in selector.lexicons)
            and (not selector.evidence or self.evidence in selector.evidence)
            and self.mood in selector.moods
        )


@dataclass(frozen=True)
class _Found:
    """A term occurrence in a sentence Doc: token range and what it is."""

    start: int
    end: int
    kind: str
    lexicon: str
    term: Term
    verb: bool


Evidence = tuple[str, tuple[int, int]] | None


# A way a claim can be made, for the prefilter: what must all be found (some
# words or lemmas, or None for a count) and how many tokens apart at most.
Way = tuple[tuple[frozenset[str] | None, ...], float]
