"""Limits on what one token pattern may cost the matcher, checked when a pack loads.

Anyone can hand align a rule pack, and spaCy's Matcher does not bound its own
work: it follows every way a pattern can fit the text (issue 11, items 1 and 9).

* A range ``{n,m}`` is expanded into ``n`` tokens and ``m - n`` optional ones,
  and the Matcher tries every way of filling the optional ones: about
  ``2**(m - n)`` partial matches from each token (``{,20}`` took 30 s on 50
  number words, ``{0,100000}`` runs out of memory building the pattern).
* Unbounded tokens (``*``, ``+``, ``{n,}``) that can match the same words
  multiply: every way of sharing a run of such words between them is a partial
  match of its own, so three ``*`` over one run of number words are ``n**2``
  partial matches per start (300 words did not finish in 120 s; twelve took
  6.9 GB). Two unbounded tokens whose values cannot both hold for one word
  (``LOWER: {IN: [over, about]}`` and ``LOWER: {IN: [million, k]}``) do not.
* A ``REGEX`` runs on every token: it must compile, and a quantifier over a
  group that holds another quantifier or alternatives (``(a+)+$``) backtracks
  exponentially on a word that almost matches, so it is refused.

The bounds leave the bundled pack plenty of room: its largest pattern has 7
tokens, 2 unbounded ones (which cannot match the same word), optional width 5
and ranges up to ``{,4}``. ``tests/rules/test_bounds.py`` holds both sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser as regex_parser  # type: ignore[attr-defined]  # the parser re.compile uses
from typing import Any

MAX_TOKENS = 32  # tokens of one pattern, ranges expanded
MAX_RANGE = 8  # the m (and n) of {n,m}
MAX_OPTIONAL = 8  # "?" tokens plus m - n of every range, in one pattern
MAX_UNBOUNDED = 4  # *, + and {n,} in one pattern (pairwise unable to share a word)

_RANGE = re.compile(r"\{(\d*)(,?)(\d*)\}")
_UNBOUNDED = "unbounded"


def pattern_problem(pattern: list[dict[str, Any]]) -> str | None:
    """Why ``pattern`` (a spaCy Matcher token pattern) could make the matcher's
    work explode, or None. Malformed OPs are left to spaCy's own validation."""
    tokens = optional = 0
    unbounded: list[tuple[int, dict[str, Any]]] = []
    for index, token in enumerate(pattern):
        regex = regex_problem_in(token)
        if regex is not None:
            return f"token {index}: {regex}"
        low, high = _repeats(token.get("OP"))
        if max(low, 0 if high is None else high) > MAX_RANGE:
            return (
                f"token {index}: OP {token['OP']!r} repeats a token more than {MAX_RANGE} times "
                "(the matcher tries every way to fill a range); use '*' or '+'"
            )
        tokens += max(low, 1)
        if high is None:
            unbounded.append((index, token))
        else:
            optional += high - low
    if tokens > MAX_TOKENS:
        return f"{tokens} tokens with ranges expanded; at most {MAX_TOKENS}"
    if optional > MAX_OPTIONAL:
        return (
            f"{optional} optional tokens ('?' and ranges); at most {MAX_OPTIONAL} "
            "(the matcher tries every way to fill them)"
        )
    if len(unbounded) > MAX_UNBOUNDED:
        return f"{len(unbounded)} tokens with OP '*', '+' or '{{n,}}'; at most {MAX_UNBOUNDED}"
    for position, (first, a) in enumerate(unbounded):
        for second, b in unbounded[position + 1 :]:
            if may_share_a_word(a, b):
                return (
                    f"tokens {first} and {second} both repeat without bound and can match the "
                    "same word, so a run of such words matches in too many ways; bound one of "
                    "them ('{,4}') or make their values exclusive"
                )
    return None


def _repeats(op: Any) -> tuple[int, int | None]:
    """How often a token with this OP matches: (least, most), most None for no bound."""
    if op is None or op == "!":
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, None
    if op == "+":
        return 1, None
    match = _RANGE.fullmatch(str(op))
    if match is None:
        return 1, 1  # spaCy rejects it, naming it better
    low = int(match[1] or 0)
    if not match[2]:
        return low, low  # {n}
    return low, int(match[3]) if match[3] else None


# ---- can two tokens match one word? ----


def may_share_a_word(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """False only when some attribute both tokens constrain has values no word
    can give both (``LOWER`` in two disjoint lists, ``IS_PUNCT`` true and false,
    a ``REGEX`` none of the other's words fit); True when unsure."""
    for attribute in a.keys() & b.keys():
        if attribute in ("OP", "CONTEXT"):
            continue
        if _exclusive(a[attribute], b[attribute]) or _exclusive(b[attribute], a[attribute]):
            return False
    return True


def _exclusive(value: Any, other: Any) -> bool:
    words = _literals(value)
    if words is None:
        return False
    other_words = _literals(other)
    if other_words is not None:
        return not words & other_words
    if isinstance(other, dict) and len(other) == 1:
        if "NOT_IN" in other and isinstance(other["NOT_IN"], list):
            return words <= set(map(_hashable, other["NOT_IN"]))
        if "REGEX" in other and isinstance(other["REGEX"], str):
            pattern = re.compile(other["REGEX"])
            return not any(isinstance(w, str) and pattern.search(w) for w in words)
    return False


def _literals(value: Any) -> set[Any] | None:
    """The values a token attribute allows when it lists them: ``x`` or ``{IN: [...]}``."""
    if isinstance(value, str | bool | int):
        return {value}
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        return set(map(_hashable, value["IN"]))
    return None


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | bool | int | float) else repr(value)


# ---- REGEX predicates ----


def regex_problem_in(token: Any) -> str | None:
    """The first REGEX in a token's attributes (extension attributes too) that
    does not compile or could backtrack without bound, or None."""
    for regex in _regexes(token):
        problem = regex_problem(regex)
        if problem is not None:
            return problem
    return None


def _regexes(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "REGEX":
                yield inner
            else:
                yield from _regexes(inner)


def regex_problem(regex: Any) -> str | None:
    shown = repr(regex) if len(repr(regex)) <= 60 else repr(regex)[:59] + "…"
    if not isinstance(regex, str):
        return f"REGEX must be a string (got {shown})"
    try:
        parsed = regex_parser.parse(regex)
    except re.error as exc:
        return f"invalid REGEX {shown}: {exc.msg} at position {exc.pos}"
    if _nested_repeat(parsed, inside_repeat=False):
        return (
            f"REGEX {shown} repeats a group that holds a quantifier or alternatives, which "
            "can backtrack without bound (catastrophic backtracking); rewrite it without "
            "the nesting"
        )
    return None


_REPEATS = {regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT}
_POSSESSIVE = getattr(regex_parser, "POSSESSIVE_REPEAT", None)


def _nested_repeat(parsed: Any, *, inside_repeat: bool) -> bool:
    """Whether a repeat (that may match more than once) holds a repeat of
    variable count or a branch: the shapes of exponential backtracking."""
    for op, argument in parsed:
        if op in _REPEATS or (_POSSESSIVE is not None and op == _POSSESSIVE):
            low, high, body = argument
            if inside_repeat and low != high:
                return True
            if _nested_repeat(body, inside_repeat=inside_repeat or high > 1):
                return True
        elif op == regex_parser.BRANCH:
            if inside_repeat:
                return True
            if any(_nested_repeat(b, inside_repeat=False) for b in argument[1]):
                return True
        elif op == regex_parser.SUBPATTERN:
            if _nested_repeat(argument[-1], inside_repeat=inside_repeat):
                return True
        elif op in (regex_parser.ASSERT, regex_parser.ASSERT_NOT):
            if _nested_repeat(argument[1], inside_repeat=inside_repeat):
                return True
        elif op == regex_parser.GROUPREF_EXISTS:
            branches = [b for b in argument[1:] if b is not None]
            if any(_nested_repeat(b, inside_repeat=inside_repeat) for b in branches):
                return True
    return False
