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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Match = tuple[int, int, int, int]  # (pattern number, match id, start, end)
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
    ruler.match = fast_matcher(ruler)  # type: ignore[method-assign,assignment]
    ruler.set_annotations = fast_annotator(ruler)  # type: ignore[method-assign]
    return True


def fast_annotator(ruler: Any) -> Callable[[Doc, list[Match]], None]:
    """spaCy's ``set_annotations`` made a Span per match and set each attribute
    through Python; this applies the same assignments, in the same order (so a
    later match still wins), to the Doc's attribute columns and writes them back
    at once. The ruler's attributes (POS, TAG, MORPH, LEMMA, DEP) are token
    attributes only, so nothing is lost by not touching the lexemes, as spaCy's
    ``set_token_attrs`` also does for lexical ones; any other attribute, or a
    match whose index falls outside it, goes to spaCy's own code."""
    from spacy.attrs import IDS

    original: Callable[[Doc, list[Match]], None] = type(ruler).set_annotations.__get__(ruler)
    token_attrs = {IDS[name] for name in ("POS", "TAG", "MORPH", "LEMMA", "DEP")}

    def attr_id(key: str | int) -> int:
        return IDS[key.upper()] if isinstance(key, str) else key

    wanted = {attr_id(key) for attrs in ruler.attrs for key in attrs}
    if not wanted <= token_attrs:
        return original  # an attribute that also lives on lexemes: spaCy's own code
    columns: list[int | str] = sorted(wanted)
    column = {attr: number for number, attr in enumerate(columns)}
    assignments = [
        [(column[attr_id(key)], value) for key, value in attrs.items()] for attrs in ruler.attrs
    ]
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


def fast_matcher(ruler: Any) -> Callable[[Doc], list[Match]]:
    from spacy.matcher import Matcher

    strings = ruler.vocab.strings
    rest = Matcher(ruler.vocab)
    # The rest run through spaCy's Matcher, which costs a Python call per token
    # and pattern; they are few ("gonna", "y'all", "ain't"), so they run only on
    # Docs with a word their first token could be, and those that read the parse
    # (DEP) only on parsed Docs, where they can match at all.
    parsed_rest = Matcher(ruler.vocab)
    first_words: list[Callable[[str], bool]] = []
    rest_patterns: list[list[dict[str, Any]]] = []
    unanchored = False
    # Per one-token pattern: (number, match id, [(attribute, test, values)]).
    simple: list[tuple[int, int, list[tuple[str, str, frozenset[int]]]]] = []
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
                unanchored = unanchored or test is None
                if test is not None:
                    first_words.append(test)
    # The tokens a rest pattern spans, when every one of them has a fixed
    # length (no OP): its matches then lie in that many tokens from a first
    # word, so only those stretches need the Matcher (see ``rest_matches``).
    rest_length = _fixed_length(rest_patterns) if not unanchored else None
    attrs = sorted({attr for _, _, tests in simple for attr, _, _ in tests})
    columns: list[int | str] = list(attrs)
    # Each pattern is filed under one of its positive tests (the most selective
    # attribute first), so a token is checked only against patterns that can
    # match its LOWER, TAG, DEP... value.
    order = {attr: rank for rank, attr in enumerate(("LOWER", "ORTH", "NORM", "TAG", "DEP"))}
    index: dict[tuple[int, int], list[tuple[int, int, list[tuple[int, bool, frozenset[int]]]]]]
    index = {}
    always: list[tuple[int, int, list[tuple[int, bool, frozenset[int]]]]] = []
    for number, match_id, tests in simple:
        checks = [(attrs.index(attr), test == "in", values) for attr, test, values in tests]
        positive = [(order.get(a, 9), len(v), a, v) for a, test, v in tests if test == "in"]
        if not positive:
            always.append((number, match_id, checks))
            continue
        _, _, attr, values = min(positive, key=lambda p: (p[0], p[1]))
        for value in values:
            index.setdefault((attrs.index(attr), value), []).append((number, match_id, checks))
    keyed = sorted({column for column, _ in index})

    known: dict[int, bool] = {}  # LOWER hash -> could a rest pattern start there
    # A token's one-token matches depend on its attribute values alone: worked
    # out once per distinct row of values (a word with its tag, mostly).
    answers: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def one_token_matches(row: list[int]) -> list[tuple[int, int]]:
        candidates = list(always)
        for column in keyed:
            candidates += index.get((column, row[column]), ())
        found = []
        for number, match_id, checks in candidates:
            if all((row[column] in values) is wanted for column, wanted, values in checks):
                found.append((number, match_id))
        return found

    def could_start(lower: int) -> bool:
        if lower not in known:
            word = strings[lower]
            known[lower] = any(test(word) for test in first_words)
        return known[lower]

    def has_first_word(doc: Doc) -> bool:
        return any(could_start(lower) for lower in set(doc.to_array("LOWER").tolist()))

    def rest_stretches(doc: Doc, length: int) -> list[tuple[int, int]]:
        """Token ranges from each first word to ``length`` tokens on, overlapping
        ones merged (so no match is found twice)."""
        stretches: list[tuple[int, int]] = []
        last = len(doc)
        for position, lower in enumerate(doc.to_array("LOWER").tolist()):
            if not could_start(lower):
                continue
            end = min(position + length, last)
            if stretches and stretches[-1][1] >= position:
                stretches[-1] = (stretches[-1][0], end)
            else:
                stretches.append((position, end))
        return stretches

    def rest_matches(doc: Doc) -> list[tuple[int, int, int]]:
        """The rest Matcher's (match id, start, end) in ``doc``. A long window
        nearly always holds some first word ("let", "got"), and the Matcher then
        tests every token in Python (its REGEX predicates): the match step
        cost a long draft 0.93 s a MB, posts 0.20. With patterns of fixed length it
        runs only on the stretches after first words, which find the same
        matches: each lies in its first word's stretch, and within a stretch
        the Matcher sees the same tokens as in the whole Doc."""
        if rest_length is None:
            if not (unanchored or has_first_word(doc)):
                return []
            return list(rest(doc, allow_missing=True, as_spans=False))
        found: list[tuple[int, int, int]] = []
        for start, end in rest_stretches(doc, rest_length):
            for match_id, first, last in rest(doc[start:end], allow_missing=True, as_spans=False):
                found.append((match_id, first + start, last + start))  # Span positions
        return found

    def match(doc: Doc) -> list[Match]:
        matches: list[Match] = []
        if len(doc) and attrs:
            rows = doc.to_array(columns).tolist()
            for position, row in enumerate(rows):
                key = tuple(row)
                found = answers.get(key)
                if found is None:
                    found = answers[key] = one_token_matches(row)
                for number, match_id in found:
                    matches.append((number, match_id, position, position + 1))
        longer: list[tuple[int, int, int]] = []
        if len(parsed_rest) and doc.has_annotation("DEP"):
            longer += parsed_rest(doc, allow_missing=True, as_spans=False)
        if len(rest):
            longer += rest_matches(doc)
        for match_id, start, end in longer:
            matches.append((int(strings[match_id]), match_id, start, end))
        matches.sort()
        return matches

    return match


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
