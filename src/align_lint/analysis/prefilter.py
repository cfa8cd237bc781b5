"""The lexical prefilter: run the tagger and parser only where a rule could match.

Tagging and parsing every token is most of align's run time, and most of a
post's paragraphs cannot match any rule that leads to a finding. Before the
pipeline runs, the prefilter tokenizes the whole document (the tokenizer alone
is cheap) and looks for *anchors*: for every phrase and every pattern, the
tokens the pattern cannot match without. Anchors are derived from the loaded
rules, never written by hand, so they follow the bundled pack and user packs:

* a phrase of ``match.phrases`` is its own anchor (the prefilter's
  PhraseMatcher on LOWER over the tokenizer's output finds exactly the matches);
* every mandatory token of a token pattern (no ``OP``, or ``+``/``{n,m}`` with
  n ≥ 1) with a lexical constraint is an anchor: ``LOWER``, ``ORTH`` or
  ``TEXT`` as a value, an ``IN`` list or a ``REGEX``; a selective lexical flag
  such as ``LIKE_NUM``; or a ``LEMMA`` value or list, turned into every surface
  form that the pipeline's rule lemmatizer (suffix rules and exceptions) or
  attribute ruler could map to that lemma ("grew", "grown", "growing" for
  ``grow``). Tagger-dependent constraints (POS, TAG, DEP, IS_SENT_START) are
  dropped, so an anchor only ever over-approximates its token;
* every node of a dependency pattern, the same way.

A pattern can match only where all its anchors occur close enough together
(within the pattern's longest possible match) in one *section*. A pattern with
no anchor at all may match anywhere, which keeps the prefilter exact at the
price of parsing everything.

A section is the text between block starts that follow a blank line: one or
more whole paragraphs, so no block, sentence or paragraph crosses it, and a
match can only cross it through a pattern token that accepts whitespace (such
patterns are *porous*, and their anchors are looked for across sections; a
POS or TAG list without SPACE is trusted to refuse whitespace, and every parsed
chunk checks that the tagger labelled whitespace SPACE). A section is analysed
when a rule whose matches can matter outside their own section could match
there: a rule that reports, the rules it reuses (``match.rules``), the rules a
``when`` names, and, once a ``when`` rule of a ``require`` rule could match
anywhere in the document, what that ``require`` rule matches. Everything else a
finding depends on (``unless`` in the same sentence or overlapping, a
``downgrade`` in the same paragraph at most) lies in the same section, but for
a ``tied`` downgrade, which reaches the next sentence: when that sentence
opens the next section and could hold the tie, that section is analysed too. An
analysed section runs every rule that could match in it. A document with no
analysed section is never tagged: its findings are those of no matches at all.

Consecutive analysed sections become one *chunk*, parsed as its own Doc with
``margin`` tokens of context on each side (``context_margin``). Why that gives
the same tags and parse as the whole document: the first word of every block is
a preset sentence start in both passes, and at a preset sentence start the
parser must empty its stack before it may shift (arcs cannot cross it), so what
comes before a section reaches its parse only through the token vectors; the
shared tok2vec layer of the English pipelines sees four tokens each way (four
window-1 CNN layers), the senter's own two, the tagger, the senter and the
parser read those vectors, the parser looks one token past the front of its
buffer, and a two-token attribute-ruler pattern reads a neighbour's tag. (The
bundled pack reads no parse, so the model's senter, a per-token classifier,
splits its sentences.) The margin is read from the pipeline's architecture; a
pipeline with a layer whose reach is not known (a transformer) gets no
prefilter, only the full pass. Tokens of an analysed section therefore get the
vectors, tags, lemmas and parse they get in the whole document. Only matches
inside one analysed section are kept; a match crossing a section boundary sends
the whole document through the full pass.

Inside a chunk, each pattern is matched only in the sections that hold its own
anchors (a porous one on the whole chunk). Sections wanted only for a
``require`` rule are a second set of chunks (``Plan.later``), analysed only if
that rule would still fire after the first set: once it has a match, or its
``when`` is absent, nothing there can change a finding.

``tests/test_prefilter.py`` checks the identity of findings, and of tags and
parse token by token, on the examples, the development set and a generated
corpus.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from align_lint.analysis.caches import make_room
from align_lint.analysis.claims import ClaimExtractor
from align_lint.analysis.lemmas import LemmaSurfaces, word_set
from align_lint.analysis.matchers import Scope
from align_lint.analysis.sentences import starts_after_blocks
from align_lint.documents import Document
from align_lint.rules.graph import RuleGraph
from align_lint.rules.schema import ClaimSelector, Rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_SET_ATTRS = ("LOWER", "ORTH", "TEXT")
# Token flags that the tokenizer alone decides (lexeme attributes).
_LEXICAL_FLAGS = frozenset(
    {
        "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
        "IS_SPACE", "IS_STOP", "IS_QUOTE", "IS_BRACKET", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
        "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "LENGTH", "SHAPE", "PREFIX",
        "SUFFIX",
    }
)  # fmt: skip
# Flags selective enough to stand for a token (IS_ALPHA would match almost anything).
_SELECTIVE_FLAGS = frozenset(
    {"IS_DIGIT", "IS_PUNCT", "IS_CURRENCY", "IS_QUOTE", "IS_BRACKET", "LIKE_NUM", "LIKE_URL",
     "LIKE_EMAIL", "IS_UPPER"}
)  # fmt: skip
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# A word a count may be written with (analysis/claims/counts.py, the count grammar):
# digits first ("10k", "1.2M", "26.000.000", "1,000th"), or a number word, with
# or without a "+" ("a million+"), or after a sign of about ("~650K", "≈18k").
_COUNT = json.dumps(
    {
        "LOWER": {
            "REGEX": r"^(?:[~+$£€\u2248\u223c]?\d.*|one|two|three|four|five|six|seven|eight|nine"
            r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            r"|hundreds?|thousands?|millions?|billions?"
            r"|dozens?|tens|digits|figures|millionth|thousandth|hundredth|billionth|k|m|mn|bn|mm"
            r"|mil|lakhs?|crores?)\+?$"
        }
    },
    sort_keys=True,
)


@dataclass(frozen=True)
class Anchor:
    """A lexical stand-in for one token of a pattern: the token cannot match
    unless the anchor does. ``words`` for set lookups, else a one-token pattern."""

    attr: str  # "LOWER" | "ORTH" | "PATTERN"
    words: frozenset[str] = frozenset()
    pattern: str = ""  # a one-token Matcher pattern, as JSON (hashable)


# Parts of a rule that no Matcher scope stands for: a dependency pattern is
# matched on the whole chunk (its rule gets no ``where``), and the claims are
# found once per Doc by the ClaimExtractor (their rule's token patterns and
# phrases are still scoped, like any other rule's).
DEPENDENCY_PART = -1
CLAIMS_PART = -2


@dataclass(frozen=True)
class _Pattern:
    """What the prefilter knows of one rule pattern: the anchors a match must
    contain (all of them), how many tokens a match can span, and whether it can
    run across a blank line (a pattern token that may match whitespace)."""

    rule: str
    keys: tuple[str, ...]
    length: float
    porous: bool
    # Which part of the rule: its phrases (None) or token pattern ``part``;
    # DEPENDENCY_PART for a dependency pattern, CLAIMS_PART for a claim selector.
    part: int | None = None

    @cached_property
    def key_set(self) -> frozenset[str]:
        return frozenset(self.keys)

    @cached_property
    def reach(self) -> tuple[tuple[str, ...], float, bool]:
        """All that ``_candidate_sections`` reads of the pattern: patterns of
        several rules that share it share their candidate sections."""
        return self.keys, self.length, self.porous


@dataclass(frozen=True)
class Chunk:
    """Text ``[start, end)`` of a document parsed as one Doc; matches count
    only inside ``sections`` (analysed sections, as char ranges). Sentence
    starts are preset at ``sentence_starts`` (document offsets), as in the full pass."""

    start: int
    end: int
    sections: tuple[tuple[int, int], ...]
    indexes: tuple[int, ...]  # the analysed sections' numbers
    sentence_starts: frozenset[int] = frozenset()
    # Rules that can match in the analysed sections; the others need not run.
    rules: frozenset[str] = frozenset()
    # Where the parts of each of those rules are matched (in document offsets):
    # the sections where their anchors are. A rule missing here (one with a
    # dependency pattern) is matched on the whole chunk.
    where: tuple[tuple[str, Scope], ...] = ()


@dataclass(frozen=True)
class Plan:
    """The chunks to analyse first, and the ``later`` ones, which hold matches
    only the ``requires`` rules look at: they are analysed only if, after the
    first, one of those rules would still fire (it has its ``when`` and no match
    yet). A require rule that has a match, or lacks its ``when``, is settled."""

    document: Document
    chunks: tuple[Chunk, ...]
    later: tuple[Chunk, ...] = ()
    requires: tuple[str, ...] = ()


class Prefilter:
    def __init__(
        self,
        graph: RuleGraph,
        nlp: Language,
        margin: int,
        claims: ClaimExtractor | None = None,
    ) -> None:
        """``margin``: tokens of context around each chunk (``margin.context_margin``);
        ``claims``: the extractor whose lexicons anchor the rules that select claims."""
        from spacy.matcher import Matcher, PhraseMatcher

        self.nlp = nlp
        self.margin = margin
        self.claims = claims
        self._surfaces = LemmaSurfaces(nlp)
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._probe = Matcher(nlp.vocab)
        self._probe_doc = nlp.make_doc("a\n\nb \n \n c\n\n  d\r\n\r\ne\t\n\tf")
        self._keys: dict[Anchor, str] = {}
        # Anchors are lexical, so which ones a word satisfies depends on the word
        # alone: worked out once per distinct word (ORTH id) for the whole run.
        self._by_word: dict[int, tuple[str, ...]] = {}
        self._last: tuple[str, Doc] | None = None  # see planned_tokens
        self._regexes: list[tuple[str, str, re.Pattern[str]]] = []  # (key, attr, regex)
        self._flags: list[tuple[str, dict[str, bool]]] = []
        self._words: dict[str, list[tuple[str, frozenset[str]]]] = {"LOWER": [], "ORTH": []}
        self._index: dict[str, dict[str, list[str]]] | None = None  # see _word_index
        self.patterns: dict[str, list[_Pattern]] = {rule.id: [] for rule in graph.rules}
        for rule in graph.rules:
            self._add_rule(rule)
        self.graph = graph
        self._reaches, self._rule_reaches = _by_reach(self.patterns)
        # Rules matched on a whole chunk: those with a dependency pattern.
        self._unscoped = frozenset(
            r for r, found in self.patterns.items() if any(p.part == DEPENDENCY_PART for p in found)
        )

    @property
    def always(self) -> frozenset[str]:
        """Rules with a pattern that no anchor stands for: they may match anywhere."""
        return frozenset(
            r for r, patterns in self.patterns.items() if any(not p.keys for p in patterns)
        )

    # -- anchors ---------------------------------------------------------------------

    def _add_rule(self, rule: Rule) -> None:
        if rule.match.phrases:
            # One key for all of a rule's phrases: any of them is a match.
            key = f"{rule.id}#phrases"
            self._phrases.add(key, [self.nlp.make_doc(phrase) for phrase in rule.match.phrases])
            self.patterns[rule.id].append(_Pattern(rule.id, (key,), math.inf, False))
        for index, pattern in enumerate(rule.match.patterns):
            tokens = [dict(token) for token in pattern]
            keys = tuple(dict.fromkeys(self._key(a) for a in self._anchors(tokens)))
            porous = any(self._may_match_whitespace(token) for token in tokens)
            length = _max_length(tokens)
            self.patterns[rule.id].append(_Pattern(rule.id, keys, length, porous, index))
        for dependency in rule.match.dependencies:
            # A dependency match lies in one sentence, so in one section.
            nodes = [dict(node.get("RIGHT_ATTRS", {})) for node in dependency]
            keys = tuple(dict.fromkeys(self._key(a) for a in self._anchors(nodes)))
            self.patterns[rule.id].append(_Pattern(rule.id, keys, math.inf, False, DEPENDENCY_PART))
        for selector in rule.match.claims:
            # A claim lies in its term's sentence, so in one section, with its
            # count or cue word within reach of the term.
            for keys, reach in self._claim_keys(selector):
                self.patterns[rule.id].append(
                    _Pattern(rule.id, keys, reach + 1, False, CLAIMS_PART)
                )

    def _claim_keys(self, selector: ClaimSelector) -> list[tuple[tuple[str, ...], float]]:
        """The anchors of each way a claim of this selection can be made, and how
        far apart they may be (no anchor: it may be made anywhere)."""
        if self.claims is None:
            return [((), math.inf)]
        found = []
        for needs, reach in self.claims.anchors(selector):
            keys = []
            for words in needs:
                if words is None:
                    keys.append(self._key(Anchor("PATTERN", pattern=_COUNT)))
                    continue
                # Lemmas stand for their surface forms; a word is its own lemma.
                surfaces = self._surfaces.forms(words)
                if surfaces is None:
                    return [((), math.inf)]
                keys.append(self._key(Anchor("LOWER", surfaces | words)))
            found.append((tuple(keys), reach))
        return found

    def _key(self, anchor: Anchor) -> str:
        if anchor not in self._keys:
            key = self._keys[anchor] = f"anchor{len(self._keys)}"
            if anchor.attr == "PATTERN":
                (attr, value), *more = json.loads(anchor.pattern).items()
                if isinstance(value, dict):
                    self._regexes.append((key, attr, re.compile(value["REGEX"])))
                else:
                    self._flags.append((key, {attr: value, **dict(more)}))
            else:
                self._words[anchor.attr].append((key, anchor.words))
                self._index = None
        return self._keys[anchor]

    def _word_keys(self, orth: int) -> tuple[str, ...]:
        """The anchors one word satisfies (cached per word)."""
        keys = self._by_word.get(orth)
        if keys is None:
            lexeme = self.nlp.vocab[orth]
            text, lower = lexeme.orth_, lexeme.lower_
            index = self._word_index()
            found = [*index["LOWER"].get(lower, ()), *index["ORTH"].get(text, ())]
            found += [
                key
                for key, attr, regex in self._regexes
                if regex.search(lower if attr == "LOWER" else text)
            ]
            found += [
                key
                for key, flags in self._flags
                if all(getattr(lexeme, name.lower()) == value for name, value in flags.items())
            ]
            make_room(self._by_word)
            keys = self._by_word[orth] = tuple(found)
        return keys

    def _word_index(self) -> dict[str, dict[str, list[str]]]:
        """The word anchors by word: for each word, the keys of the anchors that
        hold it, in the order the anchors were made (as a scan of ``_words``
        finds them). A scan per distinct word read 7,000 words of some 130
        anchors; this is one lookup. Built on first use, after every rule's
        anchors are made (``_key`` drops it if one is made later)."""
        if self._index is None:
            self._index = {attr: {} for attr in self._words}
            for attr, anchors in self._words.items():
                by_word = self._index[attr]
                for key, words in anchors:
                    for word in words:
                        by_word.setdefault(word, []).append(key)
        return self._index

    def _anchors(self, pattern: list[dict[str, Any]]) -> list[Anchor]:
        return [a for token in pattern if _mandatory(token) for a in [self._anchor(token)] if a]

    def _anchor(self, token: dict[str, Any]) -> Anchor | None:
        spec = {str(k).upper(): v for k, v in token.items()}
        for attr in _SET_ATTRS:
            words = word_set(spec.get(attr))
            if words is not None:
                if attr == "LOWER":
                    return Anchor("LOWER", frozenset(w.lower() for w in words))
                return Anchor("ORTH", words)
        lemmas = word_set(spec.get("LEMMA"))
        if lemmas is not None:
            surfaces = self._surfaces.forms(lemmas)
            if surfaces is not None:
                return Anchor("LOWER", surfaces)
        for attr in _SET_ATTRS:
            value = spec.get(attr)
            if isinstance(value, dict) and set(value) == {"REGEX"}:
                return Anchor("PATTERN", pattern=json.dumps({attr: value}, sort_keys=True))
        flags = {k: v for k, v in spec.items() if k in _SELECTIVE_FLAGS and v is True}
        if flags:
            return Anchor("PATTERN", pattern=json.dumps(flags, sort_keys=True))
        return None

    def _may_match_whitespace(self, token: dict[str, Any]) -> bool:
        """Could this pattern token match a whitespace token such as a blank line?

        Lexical constraints are tested on real whitespace tokens. A POS or TAG list
        without SPACE/_SP is trusted to exclude whitespace, which the tagger labels
        ``_SP``; the engine checks that in every chunk it parses."""
        spec: dict[str, Any] = {}
        for key, value in token.items():
            name = str(key).upper()
            if name in _SET_ATTRS or name in _LEXICAL_FLAGS or name == "NORM":
                spec[name] = value
            elif name in ("POS", "TAG") and _excludes_space(value):
                return False
        lemmas = word_set(token.get("LEMMA"))
        if lemmas is not None and "LOWER" not in spec:
            surfaces = self._surfaces.forms(lemmas)
            if surfaces is not None:
                spec["LOWER"] = {"IN": sorted(surfaces)}
        self._probe.add("probe", [[spec]])
        try:
            found = self._probe(self._probe_doc)
            return any(self._probe_doc[start].is_space for _, start, _ in found)
        finally:
            self._probe.remove("probe")

    # -- planning --------------------------------------------------------------------

    def hits(self, doc: Doc, orths: list[int]) -> dict[str, list[int]]:
        """Sorted token positions of every anchor and phrase in a tokenizer-only Doc."""
        found: dict[str, list[int]] = {}
        by_word = self._by_word
        for position, orth in enumerate(orths):
            # The cache read inline: a call per token cost more than the lookup.
            keys = by_word.get(orth)
            for key in self._word_keys(orth) if keys is None else keys:
                found.setdefault(key, []).append(position)
        if len(self._phrases):
            strings = doc.vocab.strings
            for match_id, start, _end in self._phrases(doc):
                found.setdefault(strings[match_id], []).append(start)
        for positions in found.values():
            positions.sort()
        return found

    def plan(
        self, document: Document, *, partial: bool = False, also: Collection[str] = ()
    ) -> Plan:
        """What to analyse of ``document``; ``partial``: it is one window of a
        longer document, where a ``require`` rule's trigger may lie in another
        window, so its reads are planned (as later chunks) as if one were here;
        ``also``: rules whose matches this document's judgement reads though no
        reported rule needs them (a platform's fold reads the outcome claims)."""
        text = document.analysis_text
        doc = self.nlp.make_doc(text)
        # One array for what planning reads of every token (each to_array and
        # tolist costs about as much as the rest of a short post's plan).
        columns = doc.to_array(["ORTH", "IDX", "IS_SPACE"]).tolist() if len(doc) else []
        orths = [row[0] for row in columns]
        offsets = [row[1] for row in columns]
        sections = section_starts(document)
        # Token index where each section starts, and one past the last token.
        bounds = [bisect_left(offsets, start) for start in sections] + [len(offsets)]
        hits = self.hits(doc, orths)
        found_keys = hits.keys()
        # Patterns are worked out once per distinct anchors and reach (several
        # rules' patterns read the same words: 143 patterns, 99 reaches), and
        # most lack one of their anchors in a post: settled by one set
        # comparison, without a call. Only the patterns that could match are in
        # ``by_pattern``, and only the rules with one. The candidates are only
        # read from here on.
        found_reaches: dict[int, Candidates] = {}
        for number, (key_set, pattern) in enumerate(self._reaches):
            if found_keys >= key_set:
                where = _candidate_sections(pattern, hits, bounds)
                if where:
                    found_reaches[number] = where
        by_pattern = {
            rule_id: [(p, found_reaches[number]) for p, number in pairs if number in found_reaches]
            for rule_id, pairs, numbers in self._rule_reaches
            if not numbers.isdisjoint(found_reaches)
        }
        candidates = {
            rule_id: set().union(*(c.keys() for _, c in found))
            for rule_id, found in by_pattern.items()
        }

        def candidates_of(rule_id: str) -> set[int]:
            return candidates.get(rule_id, _NO_SECTIONS)

        reaching = [*self.graph.far_reaching, *(r for r in also if r in self.patterns)]
        wanted = set().union(*(candidates_of(r) for r in reaching))
        # A tie reaches the next sentence, which may open the next section.
        for rule_id, ties in self.graph.tied_to.items():
            for index in sorted(candidates_of(rule_id) & wanted):
                if any(index + 1 in candidates_of(t) for t in ties):
                    wanted.add(index + 1)
        wanted |= _lead_ins(wanted, sections, text)
        extra: set[int] = set()
        requires: list[str] = []
        for deferred in self.graph.deferred_requires:
            if partial or any(candidates_of(r) for r in deferred.triggers):
                found = set().union(*(candidates_of(r) for r in deferred.reads)) - wanted
                if found:
                    requires.append(deferred.rule)
                    extra |= found
        spaces = [row[2] for row in columns] if wanted or extra else []
        starts = frozenset(
            starts_after_blocks(offsets, spaces, document.block_starts) if wanted or extra else ()
        )

        def extent(first: int, last: int) -> tuple[int, int]:
            """Char range of tokens first..last (to the next token's start)."""
            return offsets[first], offsets[last + 1] if last + 1 < len(offsets) else len(text)

        def rules_of(chunk: Chunk) -> dict[str, Any]:
            return _rules_of(chunk, by_pattern, candidates, self._unscoped, extent)

        def chunks_of(indexes: set[int]) -> tuple[Chunk, ...]:
            found = _chunks(offsets, bounds, sorted(indexes), sections, len(text), self.margin)
            return tuple(
                replace(chunk, sentence_starts=starts, **rules_of(chunk)) for chunk in found
            )

        self._last = (text, doc)
        return Plan(document, chunks_of(wanted), chunks_of(extra), tuple(requires))

    def planned_tokens(self, text: str) -> Doc | None:
        """The tokenizer's Doc of ``text`` if it is the text last planned (the
        same object), once: a chunk that is the whole text (a short post's,
        often) is parsed as this Doc instead of being tokenized again.
        Planning leaves the Doc untouched."""
        last, self._last = self._last, None
        return last[1] if last is not None and last[0] is text else None


# Per section where a pattern could match: the token windows (first, last) it
# could match in, or None for anywhere in the section.
Candidates = dict[int, list[tuple[int, int]] | None]
# The sections of a rule that cannot match in a document, shared (only read).
_NO_SECTIONS: set[int] = set()
_Reach = tuple[tuple[str, ...], float, bool]


def _by_reach(
    patterns: dict[str, list[_Pattern]],
) -> tuple[
    list[tuple[frozenset[str], _Pattern]], list[tuple[str, list[tuple[_Pattern, int]], set[int]]]
]:
    """The distinct reaches of the patterns (each with its anchors and one
    pattern of that reach), and for each rule its patterns in order, each
    with its reach's number, and the set of those numbers."""
    numbers: dict[_Reach, int] = {}
    reaches: list[tuple[frozenset[str], _Pattern]] = []
    rules: list[tuple[str, list[tuple[_Pattern, int]], set[int]]] = []
    for rule_id, found in patterns.items():
        pairs = []
        for pattern in found:
            if pattern.reach not in numbers:
                numbers[pattern.reach] = len(reaches)
                reaches.append((pattern.key_set, pattern))
            pairs.append((pattern, numbers[pattern.reach]))
        rules.append((rule_id, pairs, {number for _, number in pairs}))
    return reaches, rules


def _candidate_sections(
    pattern: _Pattern, hits: dict[str, list[int]], bounds: list[int]
) -> Candidates:
    """Sections where ``pattern`` could match: every anchor has a hit within the
    pattern's reach of one another, in one section unless the pattern is porous.
    A match holds a hit of every anchor, the rarest one's included, so a pattern
    of finite reach can only match within that reach of such a hit: those
    windows are kept too. ``bounds`` holds each section's first token index,
    then the token count."""
    if not pattern.keys:
        return dict.fromkeys(range(len(bounds) - 1))
    if any(key not in hits for key in pattern.keys):
        return {}
    rarest, *others = sorted((hits[key] for key in pattern.keys), key=len)
    wanted: Candidates = {}
    reach = pattern.length - 1
    for at in rarest:  # the rarest anchor leads
        section = bisect_right(bounds, at) - 1
        if pattern.porous:
            low, high = 0, bounds[-1] - 1
        else:
            low, high = bounds[section], bounds[section + 1] - 1
        if reach < math.inf:
            low, high = max(low, at - int(reach)), min(high, at + int(reach))
        # Each other anchor has a hit in [low, high], by bisection, inlined: this
        # loop runs some 200,000 times over 2,000 posts.
        for positions in others:
            i = bisect_left(positions, low)
            if i == len(positions) or positions[i] > high:
                break
        else:
            _add_candidate(wanted, pattern, bounds, section, low, high)
    return wanted


def _add_candidate(
    wanted: Candidates, pattern: _Pattern, bounds: list[int], section: int, low: int, high: int
) -> None:
    """Record that ``pattern`` may match in token window [low, high] of ``section``."""
    if pattern.porous:
        first = bisect_right(bounds, low) - 1
        last = bisect_right(bounds, high) - 1
        wanted.update(dict.fromkeys(range(first, last + 1)))
    elif pattern.length == math.inf:
        wanted[section] = None
    else:
        windows = wanted.setdefault(section, [])
        if windows is not None:
            windows.append((low, high))


def _rules_of(
    chunk: Chunk,
    by_pattern: dict[str, list[tuple[_Pattern, Candidates]]],
    candidates: dict[str, set[int]],
    unscoped: frozenset[str],
    extent: Callable[[int, int], tuple[int, int]],
) -> dict[str, Any]:
    """The rules that can match in a chunk, and where each part of them is matched.

    A pattern that is not porous cannot match across a blank line, so its
    matches lie in the sections where its own anchors are, and within its reach
    of them when that is finite: matching it only there finds the same matches
    at a fraction of the Matcher's cost (which grows with tokens times
    patterns). A porous pattern is matched on the whole chunk, so a match across
    sections is seen and sends the document through the full pass. Rules with a
    dependency pattern are matched on the whole chunk too (no ``where``). A rule
    that selects claims has its token patterns and phrases scoped all the same:
    matched on the whole chunk, three such rules' patterns were 13 % of a run
    of posts' CPU; the claims are found apart (``CompiledRules._add_claims``).
    ``by_pattern``: the patterns that could match somewhere in the document,
    with their candidate sections; ``candidates``: each rule's sections;
    ``unscoped``: the rules with a dependency pattern."""
    analysed = dict(zip(chunk.indexes, chunk.sections, strict=True))
    rules: list[str] = []
    where: list[tuple[str, Scope]] = []
    for rule_id, found in by_pattern.items():
        if candidates[rule_id].isdisjoint(analysed):
            continue
        rules.append(rule_id)
        if rule_id in unscoped:
            continue
        phrases: list[tuple[int, int]] = []
        scope: list[tuple[int | None, tuple[tuple[int, int], ...] | None]] = []
        for pattern, sections in found:
            if pattern.part == CLAIMS_PART:
                continue
            ranges: list[tuple[int, int]] = []
            for index, windows in sections.items():
                if index not in analysed:
                    continue
                section = analysed[index]
                if windows is None:
                    ranges.append(section)
                else:
                    ranges.extend(_clipped(extent(*w), section) for w in _merged(windows))
            if not ranges:
                continue
            if pattern.part is None:
                phrases.extend(ranges)
            else:
                scope.append((pattern.part, None if pattern.porous else tuple(sorted(ranges))))
        if phrases:
            scope.insert(0, (None, tuple(sorted(set(phrases)))))
        where.append((rule_id, tuple(scope)))
    return {"rules": frozenset(rules), "where": tuple(where)}


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching token windows as one."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(windows):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _clipped(span: tuple[int, int], section: tuple[int, int]) -> tuple[int, int]:
    return max(span[0], section[0]), min(span[1], section[1])


def _excludes_space(value: Any) -> bool:
    """Does a POS or TAG value rule out whitespace: a list without SPACE/_SP,
    or a NOT_IN list with it?"""
    if isinstance(value, dict) and isinstance(value.get("NOT_IN"), list):
        return bool({str(v) for v in value["NOT_IN"]} & {"SPACE", "_SP"})
    words = word_set(value)
    return words is not None and not words & {"SPACE", "_SP"}


def _max_length(pattern: list[dict[str, Any]]) -> float:
    """The most tokens a match of this token pattern can span."""
    total = 0.0
    for token in pattern:
        op = token.get("OP")
        if op in (None, "?", "!"):
            total += 0 if op == "!" else 1
        elif op in ("+", "*"):
            return math.inf
        else:
            low, _, high = str(op)[1:-1].partition(",")
            if "," not in str(op):
                total += int(low)
            elif not high.strip():
                return math.inf
            else:
                total += int(high)
    return total


def _lead_ins(wanted: set[int], sections: list[int], text: str) -> set[int]:
    """The sections before wanted ones that end in a colon: a lead-in ("A rival's
    channel by month:") says whose the table or list after it is, which the
    claims read (``ownership``), so the prefiltered pass must see it as the
    full pass does."""
    return {
        index - 1
        for index in wanted
        if index > 0 and text[sections[index - 1] : sections[index]].rstrip().endswith(":")
    }


def _chunks(
    offsets: list[int],
    bounds: list[int],
    wanted: list[int],
    sections: list[int],
    length: int,
    margin: int,
) -> tuple[Chunk, ...]:
    """Runs of wanted sections, widened by ``margin`` tokens, merged when they touch."""
    ends = [*sections[1:], length]
    chunks: list[Chunk] = []
    for index in wanted:
        section = (sections[index], ends[index])
        first, last = bounds[index], bounds[index + 1]  # token range of the section
        begin = offsets[first - margin] if first - margin > 0 else 0
        end = offsets[last + margin] if last + margin < len(offsets) else length
        if chunks and begin <= chunks[-1].end:
            previous = chunks.pop()
            merged = (*previous.sections, section)
            indexes = (*previous.indexes, index)
            chunks.append(Chunk(previous.start, max(end, previous.end), merged, indexes))
        else:
            chunks.append(Chunk(begin, end, (section,), (index,)))
    return tuple(chunks)


def section_starts(document: Document) -> list[int]:
    """Offsets where a section starts: 0 and every block start preceded by a
    blank line (in the analysis text, so masked code or front matter counts as blank)."""
    text = document.analysis_text
    starts = [0]
    for start in document.block_starts:
        visible = start
        while visible > 0 and text[visible - 1].isspace():
            visible -= 1
        gap = text[visible:start]
        if visible > starts[-1] and _BLANK_LINE.search(gap) and not _a_masked_line(gap):
            starts.append(start)
    return starts


def _a_masked_line(gap: str) -> bool:
    """Is the blank between two blocks one line of spaces that masking made of
    markup, not a typed blank line: a Markdown table's rule ("| --- | --- |")
    between its header and its rows? A header cell's counts are in the rows
    (``layout._figure_cell``), so the table stays one section. (A one-line
    comment between two paragraphs joins them too: a larger section only
    costs a little more.)"""
    lines = gap.split("\n")
    return len(lines) == 3 and lines[1] != "" and not lines[1].strip()


def _mandatory(token: dict[str, Any]) -> bool:
    op = token.get("OP")
    if op is None or op == "+":
        return True
    if isinstance(op, str) and op.startswith("{"):
        low = op[1:-1].split(",")[0].strip()
        return bool(low) and int(low) >= 1
    return False
