"""A faster way for spaCy's attribute ruler to find its matches, with the same result.

en_core_web_sm's attribute ruler maps every tag to its part of speech and
morphology with 179 Matcher patterns. Most are one token with equality or
``IN``/``NOT_IN`` tests on a few attributes, and spaCy's Matcher evaluates
``IN`` in Python for every token and pattern: the ruler cost as much as the
tagger and parser together. This module replaces only the ruler's ``match``
step: one-token patterns are checked against the token's attribute values
(candidates looked up by tag), the rest (multi-token patterns, regexes,
anything else) still go through a spaCy Matcher holding just those. The result
is the list spaCy's ``AttributeRuler.match`` returns, sorted the same way, so
``set_annotations`` (spaCy's own code) applies exactly the same attributes.
tests/test_fastruler.py compares the two lists on real documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from align_lint.analysis.caches import make_room

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Match = tuple[int, int, int, int]  # (pattern number, match id, start, end)
# A one-token pattern: (number, match id, [(column, wanted in or not, values)]).
_Simple = tuple[int, int, list[tuple[int, bool, frozenset[int]]]]
_STRING_ATTRS = ("LOWER", "ORTH", "TEXT", "NORM", "TAG", "POS", "DEP", "LEMMA")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "LIKE_NUM")


def speed_up_attribute_ruler(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the fast ``match``; False if it has none."""
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    matcher = _FastMatcher(ruler)
    ruler.match = matcher  # type: ignore[method-assign]
    ruler.set_annotations = fast_annotator(ruler)  # type: ignore[method-assign]
    annotate = _row_annotator(ruler, matcher)
    if annotate is not None:

        def pipe(docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
            for doc in docs:
                yield annotate(doc)

        ruler.pipe = pipe  # type: ignore[method-assign,assignment]
    return True


def _row_annotator(ruler: Any, matcher: _FastMatcher) -> Callable[[Doc], Doc] | None:
    """The whole component (match, then set the attributes) for ``Language.pipe``,
    one lookup per token: a one-token pattern's assignments depend only on the
    token's attribute values, so what the matches of one row of values leave
    (spaCy applies them in pattern order, a later one winning) is worked out
    once per distinct row. The match list and its sort, and the write per match,
    were most of the ruler's time (4 % of a 2,000-post run). A Doc where
    another pattern matches ("gonna") takes the match list as before, since its
    matches interleave with the one-token ones by pattern number. None (use
    spaCy's ``pipe``) when the ruler sets a lexeme attribute or a one-token
    pattern's index is not its token."""
    columns, assignments = _assignment_columns(ruler)
    if columns is None or not matcher.attrs:
        return None
    simple = {number for entries in matcher.index.values() for number, _, _ in entries}
    simple |= {number for number, _, _ in matcher.always}
    if any(ruler.indices[number] not in (0, -1) for number in simple):
        return None
    set_annotations = ruler.set_annotations
    finals: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def final(key: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        values: dict[int, int] = {}
        for number, _ in sorted(matcher.row_matches(key)):  # spaCy's order at one token
            values.update(assignments[number])
        found = finals[key] = tuple(values.items())
        return found

    def annotate(doc: Doc) -> Doc:
        if not len(doc) or matcher.rest_matches(doc):
            set_annotations(doc, matcher(doc))
            return doc
        rows = doc.to_array(matcher.columns).tolist()
        array: Any = None
        for position, row in enumerate(rows):
            key = tuple(row)
            found = finals.get(key)
            for at, value in final(key) if found is None else found:
                if array is None:
                    array = doc.to_array(columns)
                array[position, at] = value
        if array is not None:  # as spaCy: no match, nothing written
            doc.from_array(columns, array)
        return doc

    return annotate


def fast_annotator(ruler: Any) -> Callable[[Doc, list[Match]], None]:
    """spaCy's ``set_annotations`` made a Span per match and set each attribute
    through Python; this applies the same assignments, in the same order (so a
    later match still wins), to the Doc's attribute columns and writes them back
    at once. The ruler's attributes (POS, TAG, MORPH, LEMMA, DEP) are token
    attributes only, so nothing is lost by not touching the lexemes, as spaCy's
    ``set_token_attrs`` also does for lexical ones; any other attribute, or a
    match whose index falls outside it, goes to spaCy's own code."""
    original: Callable[[Doc, list[Match]], None] = type(ruler).set_annotations.__get__(ruler)
    columns, assignments = _assignment_columns(ruler)
    if columns is None:
        return original  # an attribute that also lives on lexemes: spaCy's own code
    indices = list(ruler.indices)

    def set_annotations(doc: Doc, matches: list[Match]) -> None:
        if not matches or not columns:
            return
        array: Any = doc.to_array(columns)
        for number, _, start, end in matches:
            index = indices[number]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                original(doc, matches)  # spaCy's own error for a bad index
                return
            for at, value in assignments[number]:
                array[position, at] = value
        doc.from_array(columns, array)

    return set_annotations


def _assignment_columns(
    ruler: Any,
) -> tuple[list[int | str] | None, list[list[tuple[int, int]]]]:
    """The token attributes the ruler sets, as ``to_array`` columns, and each
    pattern's assignments as (column number, value); None for the columns when
    one of the attributes also lives on lexemes (spaCy's own code sets those)."""
    from spacy.attrs import IDS

    token_attrs = {IDS[name] for name in ("POS", "TAG", "MORPH", "LEMMA", "DEP")}

    def attr_id(key: str | int) -> int:
        return IDS[key.upper()] if isinstance(key, str) else key

    wanted = {attr_id(key) for attrs in ruler.attrs for key in attrs}
    if not wanted <= token_attrs:
        return None, []
    columns: list[int | str] = sorted(wanted)
    column = {attr: number for number, attr in enumerate(columns)}
    assignments = [
        [(column[attr_id(key)], value) for key, value in attrs.items()] for attrs in ruler.attrs
    ]
    return columns, assignments


def fast_matcher(ruler: Any) -> Callable[[Doc], list[Match]]:
    """The ruler's ``match`` step, same list as spaCy's (see the module's docstring)."""
    return _FastMatcher(ruler)


class _FastMatcher:
    """Finds the attribute ruler's matches: one-token patterns by a lookup of
    the token's attribute values, the rest with a spaCy Matcher."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        strings = self.strings = ruler.vocab.strings
        self.rest = rest = Matcher(ruler.vocab)
        # The rest run through spaCy's Matcher, which costs a Python call per token
        # and pattern; they are few ("gonna", "y'all", "ain't"), so they run only on
        # Docs with a word their first token could be followed by one their second
        # could be ("got ta", not every "got"), and those that read the parse (DEP)
        # only on parsed Docs, where they can match at all.
        self.parsed_rest = parsed_rest = Matcher(ruler.vocab)
        # Per pattern: what its first word must be, and its second (None: anything).
        self.first_words: list[tuple[Callable[[str], bool], Callable[[str], bool] | None]] = []
        self.unanchored = False
        # Per one-token pattern: (number, match id, [(attribute, test, values)]).
        simple: list[tuple[int, int, list[tuple[str, str, frozenset[int]]]]] = []
        rest_patterns: list[list[dict[str, Any]]] = []
        for number, entry in enumerate(ruler.patterns):
            patterns = entry["patterns"]
            key = str(number)
            match_id = strings.add(key)
            for pattern in patterns:
                tests = _tests(pattern, strings) if len(pattern) == 1 else None
                if tests is not None:
                    simple.append((number, match_id, tests))
                elif any(_needs_parse(token) for token in pattern):
                    parsed_rest.add(key, [pattern])
                else:
                    rest.add(key, [pattern])
                    rest_patterns.append(pattern)
                    test = _lower_test(pattern[0])
                    self.unanchored = self.unanchored or test is None
                    if test is not None:
                        self.first_words.append((test, _second_test(pattern)))
        # The tokens a rest pattern spans, when every one of them has a fixed
        # length (no OP): its matches then lie in that many tokens from a first
        # word, so only those stretches need the Matcher (see ``rest_matches``).
        self.rest_length = None if self.unanchored else _fixed_length(rest_patterns)
        attrs = self.attrs = sorted({attr for _, _, tests in simple for attr, _, _ in tests})
        self.columns: list[int | str] = list(attrs)
        # Each pattern is filed under one of its positive tests (the most selective
        # attribute first), so a token is checked only against patterns that can
        # match its LOWER, TAG, DEP... value.
        order = {attr: rank for rank, attr in enumerate(("LOWER", "ORTH", "NORM", "TAG", "DEP"))}
        self.index: dict[tuple[int, int], list[_Simple]] = {}
        self.always: list[_Simple] = []
        for number, match_id, tests in simple:
            checks = [(attrs.index(attr), test == "in", values) for attr, test, values in tests]
            positive = [(order.get(a, 9), len(v), a, v) for a, test, v in tests if test == "in"]
            if not positive:
                self.always.append((number, match_id, checks))
                continue
            _, _, attr, values = min(positive, key=lambda p: (p[0], p[1]))
            for value in values:
                entry_key = (attrs.index(attr), value)
                self.index.setdefault(entry_key, []).append((number, match_id, checks))
        self.keyed = sorted({column for column, _ in self.index})
        # LOWER hash -> the second-word tests of the rest patterns that may start there
        self.known: dict[int, tuple[Callable[[str], bool] | None, ...]] = {}
        # A token's one-token matches depend on its attribute values alone: worked
        # out once per distinct row of values (a word with its tag, mostly).
        self.answers: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def row_matches(self, key: tuple[int, ...]) -> list[tuple[int, int]]:
        """(pattern number, match id) of the one-token patterns a token with
        these attribute values (in ``columns`` order) matches."""
        found = self.answers.get(key)
        if found is None:
            candidates = list(self.always)
            for column in self.keyed:
                candidates += self.index.get((column, key[column]), ())
            found = self.answers[key] = [
                (number, match_id)
                for number, match_id, checks in candidates
                if all((key[column] in values) is wanted for column, wanted, values in checks)
            ]
        return found

    def _rest_starts(self, doc: Doc) -> Iterator[int]:
        """Where a rest pattern may start: a word its first token could be,
        followed by one its second could be ("got ta", not every "got")."""
        known, strings = self.known, self.strings
        lowers = doc.to_array("LOWER").tolist()
        for position, lower in enumerate(lowers):
            seconds = known.get(lower)
            if seconds is None:
                word = strings[lower]
                make_room(known)
                seconds = known[lower] = tuple(
                    second for first, second in self.first_words if first(word)
                )
            if not seconds:
                continue
            if position + 1 == len(lowers):  # only a pattern that needs no second word
                if any(second is None for second in seconds):
                    yield position
                continue
            following = strings[lowers[position + 1]]
            if any(second is None or second(following) for second in seconds):
                yield position

    def _rest_stretches(self, doc: Doc, length: int) -> list[tuple[int, int]]:
        """Token ranges from each possible start to ``length`` tokens on,
        overlapping ones merged (so no match is found twice)."""
        stretches: list[tuple[int, int]] = []
        for position in self._rest_starts(doc):
            end = min(position + length, len(doc))
            if stretches and stretches[-1][1] >= position:
                stretches[-1] = (stretches[-1][0], end)
            else:
                stretches.append((position, end))
        return stretches

    def _unparsed_rest_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The rest Matcher's (match id, start, end) in ``doc``. A long window
        nearly always holds some first word ("let", "got"), and the Matcher then
        tests every token in Python (its REGEX predicates): the match step cost a
        long draft 0.93 s a MB, posts 0.20. With patterns of fixed length it runs
        only on the stretches after possible starts, which find the same
        matches: each lies in its start's stretch, and within a stretch the
        Matcher sees the same tokens as in the whole Doc."""
        if self.rest_length is None:
            if not (self.unanchored or any(True for _ in self._rest_starts(doc))):
                return []
            return list(self.rest(doc, allow_missing=True, as_spans=False))
        found: list[tuple[int, int, int]] = []
        for start, end in self._rest_stretches(doc, self.rest_length):
            stretch = doc[start:end]
            for match_id, first, last in self.rest(stretch, allow_missing=True, as_spans=False):
                found.append((match_id, first + start, last + start))  # Span positions
        return found

    def rest_matches(self, doc: Doc) -> list[Match]:
        """The matches of the patterns left to spaCy's Matcher."""
        longer: list[tuple[int, int, int]] = []
        if len(self.parsed_rest) and doc.has_annotation("DEP"):
            longer += self.parsed_rest(doc, allow_missing=True, as_spans=False)
        if len(self.rest):
            longer += self._unparsed_rest_matches(doc)
        strings = self.strings
        return [(int(strings[match_id]), match_id, start, end) for match_id, start, end in longer]

    def __call__(self, doc: Doc) -> list[Match]:
        matches: list[Match] = []
        if len(doc) and self.attrs:
            rows = doc.to_array(self.columns).tolist()
            for position, row in enumerate(rows):
                for number, match_id in self.row_matches(tuple(row)):
                    matches.append((number, match_id, position, position + 1))
        matches += self.rest_matches(doc)
        matches.sort()
        return matches


def _tests(
    pattern: list[dict[str, Any]], strings: Any
) -> list[tuple[str, str, frozenset[int]]] | None:
    """A one-token pattern as (attribute, "in" | "not in", values), or None when
    it uses anything else (left to spaCy's Matcher)."""
    tests: list[tuple[str, str, frozenset[int]]] = []
    for key, value in pattern[0].items():
        attr = "ORTH" if key == "TEXT" else key
        if attr in _STRING_ATTRS:
            if isinstance(value, str):
                tests.append((attr, "in", frozenset({strings.add(value)})))
            elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
                ((op, items),) = value.items()
                if not all(isinstance(item, str) for item in items):
                    return None
                hashes = frozenset(strings.add(item) for item in items)
                tests.append((attr, "in" if op == "IN" else "not in", hashes))
            else:
                return None
        elif attr in _FLAG_ATTRS and isinstance(value, bool):
            tests.append((attr, "in", frozenset({int(value)})))
        else:
            return None
    return tests


def _fixed_length(patterns: list[list[dict[str, Any]]]) -> int | None:
    """The most tokens one of ``patterns`` spans, None if one has an operator
    (so its length varies) or there are none."""
    if not patterns or any("OP" in token for pattern in patterns for token in pattern):
        return None
    return max(len(pattern) for pattern in patterns)


def _needs_parse(token: dict[str, Any]) -> bool:
    """A pattern token that tests DEP for a label: it cannot match an unparsed
    token (DEP 0), even with ``allow_missing``."""
    value = token.get("DEP")
    if isinstance(value, str):
        return bool(value)
    if isinstance(value, dict) and set(value) == {"IN"}:
        return all(isinstance(v, str) and v for v in value["IN"])
    return False


def _second_test(pattern: list[dict[str, Any]]) -> Callable[[str], bool] | None:
    """What the word after the first must be for a pattern to match, when its
    second token is mandatory with a plain LOWER test; else None (anything)."""
    return _lower_test(pattern[1]) if len(pattern) > 1 else None


def _lower_test(token: dict[str, Any]) -> Callable[[str], bool] | None:
    """What a mandatory first pattern token demands of a word's lowercase form,
    or None when that is not a plain LOWER test."""
    value = token.get("LOWER")
    if "OP" in token or value is None:
        return None
    if isinstance(value, str):
        return value.__eq__
    if isinstance(value, dict) and len(value) == 1:
        ((op, argument),) = value.items()
        if op == "IN" and all(isinstance(item, str) for item in argument):
            return frozenset(argument).__contains__
        if op == "REGEX" and isinstance(argument, str):
            regex = re.compile(argument)
            return lambda word: regex.search(word) is not None
    return None
