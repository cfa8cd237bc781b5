"""Compile rules to spaCy matchers: one PhraseMatcher, one Matcher and one
DependencyMatcher per run, keyed by rule id (as spaCy's SpanRuler does), and,
built on first use, matchers of one rule or of one part of a rule (its phrases,
or one token pattern) for callers that know where each part can match.

Matches leave this module as character offsets, so nothing downstream sees a
spaCy ``Doc`` or token index. Patterns are validated by spaCy itself (its token
pattern schema); a bad one is a RuleError naming its YAML line.

A word-list test (``LOWER: {IN: [...]}``) or a regex on a token's text is a
property of the word alone, so it is given to the Matcher as a lexeme flag
(``LexicalTests``): spaCy evaluates ``IN`` and ``REGEX`` by calling Python for
every token a pattern reaches, making a Token object each time, where a flag
is one bit read in C. Same matches, by construction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from align_lint.analysis.claims import ClaimExtractor, select
from align_lint.analysis.records import CharSpan
from align_lint.errors import RuleError
from align_lint.rules.loader import RuleSet
from align_lint.rules.schema import CAPABILITY_LABELS, Rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Where the parts of one rule are matched in a Doc: for its phrases (part None)
# and for each token pattern (part = its index), the char ranges to match in,
# or None for the whole Doc. A part that is not listed is not matched.
Scope = tuple[tuple[int | None, tuple[CharSpan, ...] | None], ...]


@dataclass(frozen=True)
class SkippedRule:
    rule: Rule
    missing: frozenset[str]

    @property
    def notice(self) -> str:
        what = ", ".join(CAPABILITY_LABELS[m] for m in sorted(self.missing))
        return f"rule {self.rule.id} skipped: it needs {what}, which this pipeline does not provide"


class _Matchers(NamedTuple):
    phrases: Any  # spaCy's matchers are untyped
    tokens: Any  # token patterns without CONTEXT tokens
    # Token patterns with CONTEXT tokens, whose matches need alignments. Kept
    # apart so only they pay for them: with_alignments keeps every way a
    # pattern fits, which for repeated tokens over a run of words is
    # polynomial in the run (a 4.8 KB draft took 5.6 GB; issue 11, item 1).
    aligned_tokens: Any
    dependencies: Any


class CompiledRules:
    """Matchers for the runnable rules of a RuleSet on one pipeline."""

    def __init__(
        self,
        rule_set: RuleSet,
        nlp: Language,
        capabilities: frozenset[str],
        parser: Callable[[Doc], Doc] | None = None,
    ) -> None:
        from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher

        self.skipped = _skipped_rules(rule_set, capabilities)
        skipped_ids = {s.rule.id for s in self.skipped}
        runnable = tuple(r for r in rule_set if r.id not in skipped_ids)
        self.rules = RuleSet(runnable, lexicons=rule_set.lexicons)
        # Rules that select claims, and the one extractor they share.
        self._claim_rules = {r.id: r.match.claims for r in runnable if r.match.claims}
        self.claims = ClaimExtractor(rule_set.lexicons, nlp, parser) if self._claim_rules else None
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Token patterns are validated as written (_add_checked), then added with
        # lexeme flags, which spaCy's schema would not take.
        self._tokens = Matcher(nlp.vocab, validate=False)
        self._aligned_tokens = Matcher(nlp.vocab, validate=False)
        self._dependencies = DependencyMatcher(nlp.vocab, validate=True)
        self._lexical = LexicalTests(nlp.vocab, _lexical_tests(runnable))
        # The same patterns again, one set of matchers per rule, so a caller that
        # knows which rules can match (the prefilter) runs only those.
        self._per_rule: dict[str, _Matchers] = {}
        self._per_part: dict[tuple[str, int | None], _Matchers] = {}
        # DependencyMatcher does not say which pattern matched, so each pattern
        # gets its own key; the value lists the node positions to report. Token
        # patterns with CONTEXT tokens get their own key too, for the same reason.
        self._dependency_keys: dict[str, tuple[str, tuple[int, ...]]] = {}
        self._token_keys: dict[str, tuple[str, frozenset[int]]] = {}
        for rule in self.rules:
            if rule.match.phrases:
                phrases = [nlp.make_doc(phrase) for phrase in rule.match.phrases]
                self._phrases.add(rule.id, phrases)
            patterns = zip(rule.match.patterns, rule.match.pattern_lines, strict=True)
            for index, (pattern, line) in enumerate(patterns):
                context = frozenset(i for i, token in enumerate(pattern) if token.get("CONTEXT"))
                key = f"{rule.id}#t{index}" if context else rule.id
                matcher = self._aligned_tokens if context else self._tokens
                if context:
                    self._token_keys[key] = (rule.id, context)
                _add_checked(rule, line, "patterns", matcher, key, _plain(pattern), self._lexical)
            dependencies = zip(rule.match.dependencies, rule.match.dependency_lines, strict=True)
            for index, (pattern, line) in enumerate(dependencies):
                key = f"{rule.id}#{index}"
                self._dependency_keys[key] = (rule.id, _reported_nodes(pattern))
                _add_checked(rule, line, "dependencies", self._dependencies, key, pattern)
        self._all = _Matchers(self._phrases, self._tokens, self._aligned_tokens, self._dependencies)
        self._nlp = nlp
        self._by_id = {rule.id: rule for rule in self.rules}

    def _rule_matchers(self, rule_id: str) -> _Matchers:
        """One rule's own matchers, built on first use (patterns already validated)."""
        if rule_id not in self._per_rule:
            rule = self._by_id[rule_id]
            patterns = list(enumerate(rule.match.patterns))
            matchers = self._matchers(rule, rule.match.phrases, patterns, with_dependencies=True)
            self._per_rule[rule_id] = matchers
        return self._per_rule[rule_id]

    def _part_matchers(self, rule_id: str, part: int | None) -> _Matchers:
        """Matchers for one part of a rule: its phrases (``None``) or one token pattern."""
        key = (rule_id, part)
        if key not in self._per_part:
            rule = self._by_id[rule_id]
            if part is None:
                matchers = self._matchers(rule, rule.match.phrases, [])
            else:
                matchers = self._matchers(rule, (), [(part, rule.match.patterns[part])])
            self._per_part[key] = matchers
        return self._per_part[key]

    def _matchers(
        self,
        rule: Rule,
        phrases: Sequence[str],
        patterns: list[tuple[int, list[dict[str, Any]]]],
        with_dependencies: bool = False,
    ) -> _Matchers:
        from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher

        nlp = self._nlp
        # The patterns were validated when the run's matchers were built (and
        # token patterns now hold lexeme flags, which spaCy's schema rejects).
        own = _Matchers(
            PhraseMatcher(nlp.vocab, attr="LOWER"),
            Matcher(nlp.vocab, validate=False),
            Matcher(nlp.vocab, validate=False),
            DependencyMatcher(nlp.vocab, validate=False),
        )
        if phrases:
            own.phrases.add(rule.id, [nlp.make_doc(phrase) for phrase in phrases])
        for index, pattern in patterns:
            if any(token.get("CONTEXT") for token in pattern):
                own.aligned_tokens.add(f"{rule.id}#t{index}", [self._lexical.of(_plain(pattern))])
            else:
                own.tokens.add(rule.id, [self._lexical.of(_plain(pattern))])
        if with_dependencies:
            for index, pattern in enumerate(rule.match.dependencies):
                own.dependencies.add(f"{rule.id}#{index}", [pattern])
        return own

    def find(
        self,
        doc: Doc,
        only: Iterable[str] | None = None,
        *,
        within: Mapping[str, Scope] | None = None,
    ) -> dict[str, list[CharSpan]]:
        """Every rule's own matches in ``doc`` as sorted char spans (overlaps kept);
        with ``only``, just those rules' (the others are taken to have none).

        ``within`` says, for some rules, where in ``doc`` each part of the rule is
        matched (see ``Scope``); the caller vouches that no match of a part lies
        outside its ranges. Other rules are matched on the whole ``doc``.
        """
        if only is None:
            everything = self._find(doc, self._all)
            self._add_claims(doc, everything, self._claim_rules)
            return everything
        within = within or {}
        found: dict[str, list[CharSpan]] = {}
        for rule_id in only:
            if rule_id not in self._by_id:
                continue
            scope = within.get(rule_id)
            if scope is None:
                found.update(self._find(doc, self._rule_matchers(rule_id)))
                continue
            spans: list[CharSpan] = []
            for part, ranges in scope:
                matchers = self._part_matchers(rule_id, part)
                if ranges is None:
                    spans.extend(self._find(doc, matchers).get(rule_id, ()))
                    continue
                for start, end in ranges:
                    span = doc.char_span(start, end, alignment_mode="expand")
                    if span is not None and len(span):
                        spans.extend(self._find(span, matchers).get(rule_id, ()))
            if spans:
                found[rule_id] = sorted(set(spans))
        self._add_claims(doc, found, [r for r in only if r in self._claim_rules])
        return found

    def prepare(self, docs: Iterable[tuple[Doc, Collection[str] | None]]) -> None:
        """Find now, in one batch, the claims ``find`` will want of these Docs
        (each with the rules it will be asked for, None for all): the claims of
        a batch cost less together (see ``ClaimExtractor.prepare``)."""
        if self.claims is None:
            return
        wanted = [
            doc
            for doc, only in docs
            if only is None or any(rule_id in self._claim_rules for rule_id in only)
        ]
        if wanted:
            self.claims.prepare(wanted)

    def _add_claims(
        self, doc: Doc, found: dict[str, list[CharSpan]], rule_ids: Iterable[str]
    ) -> None:
        """Add the spans of the claims each rule selects (claims found once per Doc)."""
        rule_ids = list(rule_ids)
        if not rule_ids or self.claims is None:
            return
        claims = self.claims.claims(doc)
        for rule_id in rule_ids:
            spans = select(claims, self._claim_rules[rule_id])
            if spans:
                found[rule_id] = sorted(set(found.get(rule_id, [])) | set(spans))

    def _find(self, doc: Doc | Span, matchers: _Matchers) -> dict[str, list[CharSpan]]:
        """Matches in a Doc or a Span of one (token positions within it, char
        offsets within the Doc)."""
        from spacy.tokens import Span

        phrase_matcher, token_matcher, aligned_matcher, dependency_matcher = matchers
        strings = doc.vocab.strings
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)  # token spans
        # Empty matchers are skipped: spaCy warns when one is called with no patterns.
        if len(phrase_matcher):
            # On a Span the PhraseMatcher answers in Doc positions, the Matcher in
            # the Span's own.
            first = doc.start if isinstance(doc, Span) else 0
            for key, start, end in phrase_matcher(doc):
                found[strings[key]].append((start - first, end - first))
        if len(token_matcher):
            for key, start, end in token_matcher(doc):
                found[strings[key]].append((start, end))
        if len(aligned_matcher):
            # with_alignments maps each matched token to its pattern position,
            # so the CONTEXT tokens can be left out of the reported span.
            aligned = cast(
                list[tuple[int, int, int, list[int]]], aligned_matcher(doc, with_alignments=True)
            )
            for key, start, _end, alignment in aligned:
                rule_id, context = self._token_keys[strings[key]]
                kept = [start + i for i, at in enumerate(alignment) if at not in context]
                if kept:
                    found[rule_id].append((kept[0], kept[-1] + 1))
        if len(dependency_matcher):  # only ever given a whole Doc (see find)
            for key, token_ids in dependency_matcher(doc):
                rule_id, reported = self._dependency_keys[strings[key]]
                tokens = [token_ids[i] for i in reported]
                found[rule_id].append((min(tokens), max(tokens) + 1))
        return {
            rule_id: sorted({(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in spans})
            for rule_id, spans in found.items()
        }


def _plain(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pattern as spaCy takes it: without align's CONTEXT flags."""
    return [{k: v for k, v in token.items() if k != "CONTEXT"} for token in pattern]


def _add_checked(
    rule: Rule,
    line: int,
    field: str,
    matcher: Any,
    key: str,
    pattern: list[dict[str, Any]],
    lexical: LexicalTests | None = None,
) -> None:
    """Add one pattern; spaCy's validation error becomes a one-line RuleError.
    With ``lexical``, a token pattern: validated as written (as a Matcher made
    with ``validate=True`` does), added with its lexical tests as flags."""
    from spacy.errors import MatchPatternError
    from spacy.schemas import validate_token_pattern

    try:
        if lexical is not None:
            errors = validate_token_pattern(pattern)
            if errors:
                raise MatchPatternError(key, {0: errors})  # type: ignore[no-untyped-call]
            pattern = lexical.of(pattern)
        matcher.add(key, [pattern])
    except ValueError as exc:
        detail = " ".join(str(exc).split())
        raise RuleError(
            f"{rule.origin.path}:{line}: rule {rule.id}: invalid match.{field} pattern: {detail}"
        ) from None


# A lexical test: a word list of the LOWER or ORTH form ("IN"), or a regex on
# the text ("REGEX"), as (attribute, predicate, value).
Lexical = tuple[str, str, Any]
_LISTED_FORMS = ("LOWER", "ORTH", "TEXT")


def _lexical_test(attr: str, value: Any) -> Lexical | None:
    """The lexical test a pattern token's ``attr: value`` makes, if it is one a
    flag can stand for: a test of the word alone, in one predicate."""
    if attr not in _LISTED_FORMS or not isinstance(value, dict) or len(value) != 1:
        return None
    ((predicate, argument),) = value.items()
    form = "LOWER" if attr == "LOWER" else "ORTH"
    words = argument if isinstance(argument, list) else []
    if predicate == "IN" and words and all(isinstance(word, str) for word in words):
        return (form, "IN", frozenset(words))
    if predicate == "REGEX" and form == "ORTH" and isinstance(argument, str):
        return (form, "REGEX", argument)
    return None


def _lexical_tests(rules: Iterable[Rule]) -> list[Lexical]:
    """The lexical tests of these rules' token patterns, those of a pattern's
    first token first: spaCy tries a first token at every token of the text,
    the others only after a partial match, so they gain most from a flag."""
    first: list[Lexical] = []
    later: list[Lexical] = []
    for rule in rules:
        for pattern in rule.match.patterns:
            for position, token in enumerate(pattern):
                for attr, value in token.items():
                    test = _lexical_test(attr, value)
                    if test is not None:
                        (later if position else first).append(test)
    return list(dict.fromkeys([*first, *later]))


class _FlagGetter:
    """A lexeme flag's value for a word (``Vocab.add_flag`` calls it with each
    word's text): one lexical test. A class, not a closure, so a Vocab holding
    it can still be pickled; ``test`` lets another CompiledRules on the same
    Vocab find the flag already made."""

    def __init__(self, test: Lexical) -> None:
        self.test = test
        form, predicate, argument = test
        self._lower = form == "LOWER"
        self._words: frozenset[str] = argument if predicate == "IN" else frozenset()
        self._regex = re.compile(argument) if predicate == "REGEX" else None

    def __call__(self, text: str) -> bool:
        # As spaCy's predicates read them: LOWER is the text lowercased (the
        # lexeme attribute's own getter), ORTH and TEXT the text itself, and a
        # REGEX predicate searches the text.
        if self._regex is not None:
            return self._regex.search(text) is not None
        return (text.lower() if self._lower else text) in self._words


class LexicalTests:
    """Lexeme flags standing for lexical tests on one Vocab, made while the
    Vocab has free flag bits (63, about 18 taken by spaCy's own); a test
    without one stays a Python predicate, which matches the same."""

    def __init__(self, vocab: Any, tests: Iterable[Lexical]) -> None:
        self._flags: dict[Lexical, int] = {}
        getters = vocab.lex_attr_getters
        made = {g.test: bit for bit, g in getters.items() if isinstance(g, _FlagGetter)}
        # The lowest free bits, as Vocab.add_flag picks them.
        free = iter([bit for bit in range(1, 64) if bit not in getters])
        new: dict[int, _FlagGetter] = {}
        for test in tests:
            flag = made.get(test)
            if flag is None:
                flag = next(free, None)
                if flag is not None:
                    new[flag] = _FlagGetter(test)
            if flag is not None:
                self._flags[test] = flag
        _add_flags(vocab, new)

    def of(self, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The pattern with each lexical test that has a flag as that flag."""
        return [self._token(token) for token in pattern]

    def _token(self, token: dict[str, Any]) -> dict[Any, Any]:
        flagged: dict[Any, Any] = {}
        for attr, value in token.items():
            test = _lexical_test(attr, value)
            flag = None if test is None else self._flags.get(test)
            if flag is None:
                flagged[attr] = value
            else:
                flagged[flag] = True
        return flagged


def _add_flags(vocab: Any, getters: dict[int, _FlagGetter]) -> None:
    """What ``Vocab.add_flag`` does for each getter (set the flag on every word
    the Vocab holds, and have new words get it), in one pass over the Vocab:
    add_flag walks it once per flag, which cost a cold start 20 ms for 60 flags.
    Word lists are looked up by word, each word's bits at once."""
    if not getters:
        return
    by_lower: dict[str, int] = {}
    by_orth: dict[str, int] = {}
    searched: list[tuple[int, _FlagGetter]] = []
    for bit, getter in getters.items():
        form, predicate, argument = getter.test
        if predicate == "IN":
            words = by_lower if form == "LOWER" else by_orth
            for word in argument:
                words[word] = words.get(word, 0) | 1 << bit
        else:
            searched.append((bit, getter))
    # Set and cleared, as add_flag does: a bit free of getters may still be set
    # in a word the model's vocabulary brought.
    ours = sum(1 << bit for bit in getters)
    for lexeme in vocab:
        text = lexeme.orth_
        mask = by_lower.get(text.lower(), 0) | by_orth.get(text, 0)
        for bit, getter in searched:
            if getter(text):
                mask |= 1 << bit
        if mask or lexeme.flags & ours:
            lexeme.flags = (lexeme.flags & ~ours) | mask
    vocab.lex_attr_getters.update(getters)


def _reported_nodes(pattern: list[dict[str, Any]]) -> tuple[int, ...]:
    """Nodes whose RIGHT_ID starts with "_" are context: they must match but are
    not part of the reported span ("racked up" in "racked up 1M views")."""
    reported = tuple(
        i for i, node in enumerate(pattern) if not str(node["RIGHT_ID"]).startswith("_")
    )
    return reported or tuple(range(len(pattern)))


def _skipped_rules(rule_set: RuleSet, capabilities: frozenset[str]) -> tuple[SkippedRule, ...]:
    return tuple(
        SkippedRule(rule, rule.needs - capabilities)
        for rule in rule_set
        if not rule.needs <= capabilities
    )
