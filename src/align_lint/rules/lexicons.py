"""Lexicons: named word lists that every rule pack shares and can extend.

A lexicon is data, like a rule: the attention terms (followers, readers,
"page views", the verbs watch and stream…), the outcome terms (revenue,
donors, wishlists…) and the plain word lists the claim grammar reads (growth
verbs, tie connectives…). Each term carries the conditions of its sense:
"traffic" counts as attention except after "network", "subscribers" only in
a paragraph about a channel, "fans" only with a count of a hundred or more.

The bundled lexicons live in ``rules/lexicons/``; a pack adds its own under
``lexicons:`` and extends a bundled one with ``extend: true`` (a company adds
"GitHub stars" to ``attention``). ``analysis/claims/`` turns them into
matchers and claims; rules select claims in ``match.claims``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from align_lint.datafiles.declare import Values, quoted
from align_lint.errors import RuleError, did_you_mean
from align_lint.rules.schema import Origin


@dataclass(frozen=True)
class Term:
    """One entry: its surface ``words`` (or single-word ``lemmas``) and the
    conditions under which it is in the lexicon's sense."""

    words: tuple[str, ...] = ()
    lemmas: tuple[str, ...] = ()
    pos: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_followed_by: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    big: bool = False
    needs: str = (
        "any"  # "any" | "count" | "change" | "evidence" | "money" | "nothing" | "milestone"
    )


@dataclass(frozen=True)
class Lexicon:
    name: str
    kind: str  # "metric" | "outcome" | "words"
    terms: tuple[Term, ...]
    description: str = ""
    origin: Origin = field(default_factory=lambda: Origin(""))

    @property
    def words(self) -> frozenset[str]:
        """Every surface word and phrase of the lexicon, lowercase."""
        return frozenset(word.lower() for term in self.terms for word in term.words)

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(lemma for term in self.terms for lemma in term.lemmas)


def _term(values: Values) -> Term:
    return Term(
        words=tuple(word.lower() for word in values["words"]),
        lemmas=values["lemmas"],
        pos=tuple(tag.upper() for tag in values["pos"]),
        after=_lower(values["after"]),
        not_after=_lower(values["not_after"]),
        not_before=_lower(values["not_before"]),
        not_followed_by=_lower(values["not_followed_by"]),
        near=_lower(values["near"]),
        not_near=_lower(values["not_near"]),
        big=values["big"],
        needs=values["needs"],
    )


def _lower(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word.lower() for word in words)


@dataclass(frozen=True)
class PackLexicons:
    """The lexicons one pack declares, and those it extends."""

    declared: tuple[Lexicon, ...] = ()
    extended: tuple[Lexicon, ...] = ()


def pack_lexicons(values: Mapping[str, Values], source: str) -> PackLexicons:
    declared: list[Lexicon] = []
    extended: list[Lexicon] = []
    for name, lexicon in values.items():
        terms = tuple(_term(term) for term in lexicon["terms"])
        origin = Origin(source, lexicon.line)
        entry = Lexicon(name, lexicon["kind"], terms, lexicon["description"], origin)
        (extended if lexicon["extend"] else declared).append(entry)
    return PackLexicons(tuple(declared), tuple(extended))


def combine_lexicons(packs: Iterable[PackLexicons]) -> dict[str, Lexicon]:
    """Packs in load order: a name is declared once; ``extend: true`` adds terms
    to the lexicon an earlier pack declared (of the same kind)."""
    combined: dict[str, Lexicon] = {}
    for pack in packs:
        for lexicon in pack.declared:
            earlier = combined.get(lexicon.name)
            if earlier is not None:
                raise RuleError(
                    f"{lexicon.origin}: lexicon {quoted(lexicon.name)} is already declared at "
                    f"{earlier.origin}; add 'extend: true' to add terms to it"
                )
            combined[lexicon.name] = lexicon
        for extension in pack.extended:
            earlier = combined.get(extension.name)
            if earlier is None:
                raise RuleError(
                    f"{extension.origin}: lexicon {quoted(extension.name)}: extend: true, but no "
                    f"earlier pack declares it{did_you_mean(extension.name, combined)}"
                )
            if earlier.kind != extension.kind:
                raise RuleError(
                    f"{extension.origin}: lexicon {quoted(extension.name)} is of kind "
                    f"{earlier.kind} "
                    f"(at {earlier.origin}), not {extension.kind}"
                )
            combined[extension.name] = Lexicon(
                earlier.name,
                earlier.kind,
                earlier.terms + extension.terms,
                earlier.description,
                earlier.origin,
            )
    _check_references(combined)
    return combined


def _check_references(lexicons: Mapping[str, Lexicon]) -> None:
    """``near: [$channel_words]``, and a ``$platforms`` among a words lexicon's
    terms, must name a declared lexicon."""
    for lexicon in lexicons.values():
        for term in lexicon.terms:
            listed = term.words if lexicon.kind == "words" else ()
            for word in term.near + term.not_near + listed:
                if word.startswith("$") and word[1:] not in lexicons:
                    raise RuleError(
                        f"{lexicon.origin}: lexicon {lexicon.name}: unknown lexicon {quoted(word)}"
                        f"{did_you_mean(word[1:], lexicons)}"
                    )


def expand_words(words: Iterable[str], lexicons: Mapping[str, Lexicon]) -> frozenset[str]:
    """Words, with each ``$name`` replaced by that lexicon's words."""
    found: set[str] = set()
    for word in words:
        if word.startswith("$"):
            found |= lexicons[word[1:]].words
        else:
            found.add(word)
    return frozenset(found)
