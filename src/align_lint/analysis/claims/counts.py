"""The count grammar, defined once: what a token says as a number.

Digits with separators and scale suffixes (10,000 · 10.000 · 1.2M · 10k ·
26,000,000+), ordinals ("our 5,000th fan"), number and scale words ("a
million", "seven figures"), multiples ("3x"), money, and the numbers that are
not counts of anything: years, HTTP status codes, millimetres, units of a rate.
Every other reader asks these functions; nothing else parses a number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from align_lint.analysis.sentences import HYPHENS, made_of_emoji

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# The count grammar, defined once: digits with separators and a scale suffix
# (10,000 · 10.000 · 1.2M · 10k · 26,000,000+), number words, scale words.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}\+?$")
# One dot before three digits groups thousands too, as much of Europe writes
# a count ("8.200 followers", "10.000 views"); a leading zero is a decimal
# ("0.125"), and so is the value before a scale word ("1.500 million").
_DOTTED_THOUSAND = re.compile(r"^[1-9]\d{0,2}\.\d{3}\+?$")
# A comma before one or two digits is a decimal comma, as in most of Europe
# ("1,5M views", "2,3 mln", "4,5 Mio."); groups of thousands take three
# digits after their last comma ("1,500", Indian "1,50,000").
_DECIMAL_COMMA = re.compile(r"^\d{1,3},\d{1,2}(?=[a-z]*\+?$)")
_ORDINAL = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th)$", re.I)
# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

_ORDINAL_WORDS = frozenset({"millionth", "thousandth", "hundredth", "billionth"})
_SUFFIXES = (("bn", 1e9), ("mn", 1e6), ("mm", 1e6), ("k", 1e3), ("m", 1e6), ("b", 1e9))
# A multiple: "up 3x", "grew 10x", "followers x5", "views ×8" (a change,
# counted as its factor; the sign before or after it, as stat lines write it,
# a capital only after: "X5" before is a model's name, "the Breeza X2").
_MULTIPLE = re.compile(r"^(?:\d+(?:\.\d+)?[xX\u00d7]|[x\u00d7]\d+(?:\.\d+)?)$")
# Lengths of a count said in digits that only an audience reaches: "six figures".
_LONG_COUNTS = frozenset({"six", "seven", "eight", "nine"})
SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6}
SCALE.update({"mn": 1e6, "bn": 1e9, "mm": 1e6})
# Short and regional scale words: "1.1 mil plays", "1 lakh followers" (100,000,
# Indian English), "2 crore views" (ten million).
SCALE.update({"mil": 1e6, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7})
# Their other spellings and Europe's abbreviations, with or without the
# period: "1.2 lac subscribers", "2.5 cr views", "2,3 mln views", "4 mio.
# views" (German, Dutch), "3 mrd. impressions" (a billion), "1 bln streams".
SCALE.update({"lac": 1e5, "lacs": 1e5, "cr": 1e7, "mln": 1e6, "mio": 1e6, "mrd": 1e9})
SCALE.update({"bln": 1e9, "mln.": 1e6, "mio.": 1e6, "mrd.": 1e9, "bln.": 1e9})
# Spanish and Portuguese, as creators switch into them: "1 millón de seguidores",
# "2 milhões de visualizações".
SCALE.update({"millón": 1e6, "millon": 1e6, "millones": 1e6, "milhão": 1e6, "milhões": 1e6})
# Misspelt in a hurry (round39): "just hit 2 milion plays", "3 millon views" above.
SCALE.update({"milion": 1e6, "milllion": 1e6, "thousnad": 1e3, "thousend": 1e3})
_VAGUE_BIG = frozenset({"thousands", "millions", "billions", "hundreds", "tens", "dozens"})
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_NOT_COUNTS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "next", "one", "once", "zero"}
)
# Signs and codes of the currencies posts count money in: the rupee ("₹",
# "Rs."), the naira, the peso, the cedi and other signs; dollars with their
# country's letters ("A$320K", "S$1.2 million"); the Kenyan shilling ("KSh
# 12 million", "Ksh800,000"), the rand ("R2.1m"), the ringgit ("RM5,000") and
# ISO codes before an amount ("USD 4m", "INR 5 lakh"). Codes of three letters
# or more are money in any case a writer types them ("usd 5,000", "Eur 300",
# "ksh 450,000"); the shorter ones ("R", "RM", "Rs") only as written, since
# "r" and "rm" are words too.
_CURRENCY = frozenset(
    {"$", "£", "€", "¥", "₹", "₦", "₱", "₵", "₨", "₩", "₺", "₽", "₫", "₪", "₴", "৳", "฿"}
    | {"A$", "AU$", "S$", "C$", "CA$", "NZ$", "HK$", "US$", "R$"}
    | {"Rs", "Rs.", "RS.", "rs.", "RM", "R"}
    | {
        written
        for code in (
            "KSh", "KShs", "USD", "EUR", "GBP", "INR", "NGN", "KES", "ZAR", "AUD", "SGD", "CAD",
            "NZD", "AED", "GHS",
        )
        for written in (code, code.upper(), code.lower(), code.title())
    }
)  # fmt: skip
# The rand's bare "R" glued to digits is an amount only where nothing else
# looks like one: three digits or more ("R640"), a decimal ("R2.1m") or a
# scale ("R5m"), not a name ("R2", "R2D2").
_RAND_AMOUNT = r"(?=\d{3}|\d{1,3}[.,]\d|\d+(?:[mk]|bn|mn)\b)"
# Signs glued before a count that leave it a count: about ("~650K", "≈18k") and more ("+12k").
_ABOUT_SIGNS = "~+\u2248\u223c"
# The words for money after an amount ("50 dollars", "2 grand", "$3k in
# donations"): the lexicon ``money_words`` (rules/lexicons/grammar.yaml), which a
# pack may extend. They travel with the Doc that is read, put there by the
# extractor reading it (``carry_money_words``), not in a setting of this module:
# the count grammar is read through ``is_count`` by some hundred callers that
# pass a token, and two extractors of different packs may read in one process.
_MONEY_WORDS = "align.money_words"
# The rank words of a record: "our biggest audience"; reach and audiences are
# also ranked by breadth ("the widest reach of any post this year").
_SUPERLATIVES = frozenset(
    {"most", "highest", "biggest", "largest", "record", "top", "best"}
    | {"widest", "broadest", "greatest"}
)
_MORE = frozenset({"more", "fewer"})
# Distance words a comparison of spread uses: "shared further than anything".
_FURTHER = frozenset({"further", "farther", "wider"})
# What names a number an HTTP status (``_status_code``): "404 (not found)", "HTTP 503".
_STATUS_AFTER = frozenset({"error", "errors", "status", "response", "responses", "page"})
_STATUS_NAMES = frozenset(
    {"internal", "bad", "service", "forbidden", "unauthorized", "gateway", "gone"}
)
_STATUS_BEFORE = frozenset({"http", "status", "error"})
# What makes a count a unit of a rate: "cost per 1,000 views" (``_per_unit``).
_PER = frozenset({"per", "every"})
# Places an audience is counted in: "viewed in 87 countries".
# Time an audience spent with content: "watched for 3,000 hours", "12,000
# hours of watch time".
_DURATIONS = frozenset({"hour", "minute"})
# Nouns that stand for the count of what they hold: "the number of views".
_TALLIES = frozenset({"number", "count", "total", "tally"})
# How many tokens an attention term may be from the count or cue word that can
# make it a claim ("followers grew 35%", "12k new followers"): the prefilter
# looks for both within this reach, so it is part of the grammar.
REACH = 16
_PERCENT = frozenset({"%", "percent", "pct"})


def _tally(token: Token) -> Token | None:
    """The noun that counts ``token`` ("the total number of impressions"), or None."""
    preposition = token.head
    if token.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lower_ in _TALLIES:
        return preposition.head
    return None


def _a_number(token: Token) -> bool:
    """ "a number of clicks", "a large number of views" (not "the number of")."""
    if token.lower_ != "number":
        return False
    return any(child.dep_ == "det" and child.lower_ == "a" for child in token.children)


def _between_nouns(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` joins two nouns of one noun phrase."""
    if index == 0 or index + 1 >= len(doc):
        return False
    # "%" is tagged a noun, but "up 50% and customer value…" joins two clauses.
    words = (doc[index - 1], doc[index + 1])
    return all(t.pos_ in ("NOUN", "PROPN") and t.is_alpha for t in words)


def number(token: Token) -> float | None:
    """The value of a count token ("12,000", "1.2M", "10k", "thousands",
    "twenty"), with the scale words after it ("1.2 million"), or None."""
    lower, text = token.lower_, token.text
    if _KEYCAP in text:  # "1️⃣0️⃣0️⃣K": digits written as keycap emoji
        if text.count(_KEYCAP) < 2 and text.endswith(_KEYCAP):
            return None  # "1️⃣ Like this post": one keycap numbers a list's step
        lower, text = _without_keycaps(lower), _without_keycaps(text)
    value = _written_value(lower, text)
    if value is None:
        return None
    doc = token.doc
    if _a_scale_letter_alone(token):
        return None  # "teen fans of K-pop", "Special K": a letter, no thousand
    if _numbered_by_hash(token):
        return None  # "#14785" names an issue or a pull request
    following = token.i + 1
    if following < len(doc) and _decimal_before_a_scale(token.lower_, doc[following]):
        value = float(token.lower_.rstrip("+"))  # "1.500 million" is 1.5 million
    while following < len(doc) and value < 1e12:
        scale = SCALE.get(doc[following].lower_.rstrip("+"))  # "1 million+ views"
        if scale is None and _grand_counts(doc, following):
            scale = 1e3  # "ten grand views": a thousand, said as of money
        if scale is None:
            break
        value *= scale
        following += 1
    return value


def _a_scale_letter_alone(token: Token) -> bool:
    """Is the token a scale's single letter ("K", "m") with no figure before
    it ("K-pop", "Special K")? Split off a count ("25" "K") it scales that
    count; alone it counts nothing (round44)."""
    if len(token.text) != 1 or not token.text.isalpha():
        return False
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return _written_value(before.lower_, before.text) is None


# The combining keycap (and the variation selector before it) that makes a
# digit an emoji: "1️⃣" is "1", U+FE0F, U+20E3.
_KEYCAP = "\u20e3"


def _without_keycaps(text: str) -> str:
    return text.replace("\ufe0f", "").replace(_KEYCAP, "")


def _decimal_before_a_scale(lower: str, following: Token) -> bool:
    """Is a number with one dot before three digits a decimal, as it is before
    a scale word ("1.500 million"), not thousands ("8.200 followers")?"""
    return _DOTTED_THOUSAND.match(lower) is not None and following.lower_.rstrip("+") in SCALE


def _numbered_by_hash(token: Token) -> bool:
    """ "#14785" names an issue or a pull request; a hashtag that glues its
    count to a word ("#100kFollowers", split by the tokenizer) counts."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "#" or doc[token.i - 1].whitespace_:
        return False
    glued = not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha
    return not glued


@lru_cache(maxsize=65_536)
def _with_a_decimal_point(lower: str) -> str:
    """A count as Python reads one: no thousands separators, a decimal point.
    "10,000" and "1,50,000" lose their commas; "26.000.000" and "8.200" (as
    much of Europe groups thousands) their dots; "1,5m" takes a point."""
    if _DECIMAL_COMMA.match(lower):
        return lower.replace(",", ".", 1)
    text = lower.replace(",", "")
    if _DOTTED_THOUSANDS.match(text) or _DOTTED_THOUSAND.match(text):
        text = text.replace(".", "")
    return text


@lru_cache(maxsize=65_536)
def _written_value(lower: str, written: str) -> float | None:
    """What ``number`` reads of the word itself (its lowercase and written
    forms): the value before any scale words after it, or None. The same for
    every occurrence of a word, so worked out once per word: most words are
    no count, and finding that out (a float that fails) was 1.5 % of a run."""
    text = _with_a_decimal_point(lower)
    if written in _CURRENCY or text in _NOT_COUNTS:
        return None
    digits = text.lstrip(_ABOUT_SIGNS).rstrip("+")
    if digits != text and digits[:1] in _CURRENCY:
        digits = digits[1:]  # "~£9k", which the tokenizer leaves whole (round46)
    scale = 1.0
    for suffix, factor in _SUFFIXES:
        stem = digits[: -len(suffix)]
        if digits.endswith(suffix) and stem.replace(".", "", 1).isdigit():
            digits, scale = stem, factor
            break
    try:
        value = float(digits) * scale
        if not math.isfinite(value):
            return None  # "my nan reviews energy drinks": float() reads "nan" and "inf"
    except ValueError:
        # Words take a "+" as digits do: "a million+ views", "thousands+ of fans".
        word = text.rstrip("+") if len(text) > 1 else text
        if word in _NUMBER_WORDS:
            value = float(_NUMBER_WORDS[word])
        elif word in SCALE:
            value = SCALE[word]
        elif word in _VAGUE_BIG:
            value = SCALE.get(word[:-1], 100.0) * 2
        else:
            return None
    return value


def _a_share_of(before: Span) -> bool:
    """Is the "of" before a term that of a percentage ("40% of our sales") or
    of an amount of money ("£160k of ticket sales"), a share or a sum of it
    and not its office ("head of sales", "a bill of sale")?"""
    of = next(t for t in before if t.lower_ == "of")
    share = of.i - 1
    if share < 1:
        return False
    doc = of.doc
    if doc[share].lower_ in _PERCENT and is_count(doc[share - 1]):
        return True
    amount = doc[_count_start(doc, share)]  # "$2.5 million of sales": the number
    return is_money(amount) and number(amount) is not None


def glued_currency() -> str:
    """A pattern of a currency's letters glued to the amount after them
    ("S$90,000", "Ksh800,000", "Rs.3,000", "R85,000"), for the tokenizer to
    split off: one word, the amount was read as no count and no money."""
    lettered = sorted(
        (re.escape(sign) for sign in _CURRENCY if len(sign) > 1 and sign[0].isalpha()),
        key=len,
        reverse=True,
    )
    return rf"(?:{'|'.join(lettered)})(?=\d)|R{_RAND_AMOUNT}"


def _a_cost(token: Token, costs: frozenset[str]) -> bool:
    """What a business is glad to cut: costs, time, tickets, and calls counted
    as a load ("cut calls to our support line by 22%"; not "cut the call short")."""
    return token.lemma_ in costs or (token.lemma_ == "call" and token.tag_ == "NNS")


def _amount(token: Token) -> bool:
    return is_count(token) or token.text in _CURRENCY or token.text == "%"


def _has_superlative(token: Token) -> bool:
    return any(child.lower_ in _SUPERLATIVES for child in token.children)


def _or_more(doc: Doc, index: int) -> bool:
    """ "one or more", "ten or fewer": a bound, not an amount or a comparison."""
    return doc[index].lower_ in _MORE and index > 0 and doc[index - 1].lower_ == "or"


def _money_amount(token: Token) -> bool:
    """ "$250k", "1.2 million dollars": a count of money."""
    return number(token) is not None and is_money(token)


def _emoji(token: Token) -> bool:
    """A pictograph, a flag or a run of them ("😍", "🔥🔥", "🇬🇧"): short posts put
    one after a count or between it and its noun. It says nothing, but the
    tagger makes it a noun or a verb and the parse hangs the count on it."""
    return not token.is_alpha and made_of_emoji(token.text)


def _joins_a_compound(doc: Doc, index: int) -> bool:
    """Is ``doc[index]`` the hyphen inside a compound modifier, written without
    spaces between two words ("first-time", "loyalty-card", "season-ticket")?
    The count before such a modifier counts the noun after it: "120 first-time
    customers". A spaced dash ("400 followers - and 120 customers") or a range
    ("10-20 views") is not one."""
    token = doc[index]
    if token.text not in HYPHENS or index == 0 or index + 1 >= len(doc):
        return False
    before, after = doc[index - 1], doc[index + 1]
    if before.whitespace_ or token.whitespace_:
        return False
    return before.is_alpha and after.is_alpha


def _counted_by_length(figures: Token) -> Token | None:
    """The length of a count said by its digits, an audience's size ("six
    figures of followers", "moved beyond seven digits"), or None; "two digits"
    and "five figures" of salary talk are smaller than any audience brag."""
    if figures.lower_ not in ("digits", "figures"):
        return None
    return next((c for c in figures.children if c.lower_ in _LONG_COUNTS), None)


def _length_compounded(doc: Doc, index: int) -> int | None:
    """Where the length of a compounded count starts, if ``index`` ends one:
    "a seven-digit audience", "a six-figure following" (the same lengths as
    ``_counted_by_length``, written before the noun), or None."""
    if doc[index].lower_ not in ("digit", "digits", "figure", "figures") or index == 0:
        return None
    length = index - 1 - (doc[index - 1].text in HYPHENS and index > 1)
    return length if doc[length].lower_ in _LONG_COUNTS else None


def _big_duration(token: Token) -> Token | None:
    """The big count of hours or minutes this token is ("3,000 hours"), if it
    is. A count with a scale letter ("3k hours") is often tagged a name and
    attached as a compound, not a number."""
    if token.lemma_ not in _DURATIONS:
        return None
    counts = (c for c in token.children if c.dep_ in ("nummod", "compound") and is_big(c))
    return next(counts, None)


def _per_unit(doc: Doc, index: int) -> bool:
    """Is the count at ``index`` a unit of a rate, not an amount: "cost per
    1,000 views", "$12 for every 1,000 impressions", "3 sign-ups per 100
    visitors"?"""
    return index > 0 and doc[index - 1].lower_ in _PER


def is_count(token: Token) -> bool:
    return (
        number(token) is not None
        and not is_money(token)
        and not _list_marker(token)
        and not _status_code(token)
        and not _millimetres(token)
        and not _version_label(token)
        and not _version_after_name(token)
        and not _year_naming_an_edition(token)
    )


def _list_marker(token: Token) -> bool:
    """Is the number a list item's marker, closed by ")" and opening its line
    ("3) export reach, link clicks…"), which counts nothing? Not "(we hit
    10k)", a count in brackets. A small number closed by "." marks one too
    ("2. followers" in a numbered list of metrics, round46)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in (")", "."):
        return False
    if doc[token.i + 1].text == "." and not (token.text.isdigit() and len(token.text) <= 2):
        return False  # "we hit 10k." ends a sentence on its count
    return token.tag_ == "LS" or token.i == 0 or "\n" in doc[token.i - 1].text_with_ws


def _year_naming_an_edition(token: Token) -> bool:
    """Is a year the edition of a named thing, not a count of its first word:
    "our 2024 Community Impact Prize", "the 2022 Member Survey Results"? A
    year-shaped number before two singular title-cased words opens a name; a
    count of people takes a plural, in its first or second word ("We Hit 2024
    Community Members", "1999 Fans Strong"). 2000 is left a count: a round
    number a milestone may well be."""
    if not _YEAR.match(token.text) or token.text == "2000":
        return False
    doc = token.doc
    name = doc[token.i + 1 : token.i + 3]
    if len(name) < 2 or not all(word.is_alpha and word.is_title for word in name):
        return False
    return not any(_plural(word) for word in name)


def _plural(word: Token) -> bool:
    """A plural noun, by its tag or its spelling (the tagger makes title-cased
    words proper nouns, "Members" NNPS or NNP)."""
    return word.tag_ in ("NNS", "NNPS") or word.lower_.endswith("s")


# A release named by year and month ("2025.10") or by three parts ("4.3.1"):
# release notes put one after "followed by" or "shipped", and it counts nothing.
# Dots that group thousands ("26.000.000", European style, the count grammar's
# ``_DOTTED_THOUSANDS``) make a count.
_VERSION = re.compile(r"^v?(?:(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])|\d+(?:\.\d+){2,})$")


def _version_label(token: Token) -> bool:
    """Is the number a release's name ("2025.10", "v4.3.1"), not a count?"""
    text = token.text
    return _VERSION.match(text) is not None and _DOTTED_THOUSANDS.match(text) is None


# Words a title-cased headline puts before a count that are no product's name:
# "We Hit 50 Followers", "Just 12 Days Left".
_NOT_NAMES = frozenset(
    {"hit", "hits", "reached", "passed", "crossed", "gained", "got", "just", "over", "top", "only",
     "almost", "nearly", "about", "with", "and", "to", "at", "of", "the", "our", "my", "all"}
)  # fmt: skip


def _version_after_name(token: Token) -> bool:
    """Is a small bare number a product's major version, said after its name
    ("Astra 4 downloads overtook Astra 3 downloads", "Python 3 users", "Quill
    Reader 3.0:"), or a day after its month ("on May 5 views rose")? Running
    text lowercases the noun after it; a title-cased headline ("We Hit 50
    Followers") keeps the count, as does a scale ("Acme 4k downloads")."""
    doc = token.doc
    text = token.text
    small = (text.isdigit() and len(text) <= 2) or _POINT_RELEASE.match(text) is not None
    if token.i == 0 or not small:
        return False
    name, after = doc[token.i - 1], doc[token.i + 1] if token.i + 1 < len(doc) else None
    # The tagger makes a name that opens a sentence a common noun ("Zephyr 5 …").
    named = name.tag_ in ("NNP", "NNPS") or (name.tag_ == "NN" and name.is_sent_start)
    if not (name.is_alpha and name.is_title and named):
        return False
    if name.lower_ in _MONTHS:
        return text.isdigit() and int(text) <= 31  # a day of the month: "on May 5 views rose"
    if name.lower_ in _NOT_NAMES:
        return False
    if after is None or after.is_punct:
        # "Introducing Quill Reader 3.0: …": a point release closing a singular
        # name, where a stat line's plural label has a count ("Readers 3,000")
        return name.tag_ == "NNP" and _POINT_RELEASE.match(text) is not None
    # "Acme 2.5 million views" is a count with its scale word.
    return after.is_alpha and after.is_lower and not _is_scale(after)


# A point release said after its name: "Astra 3.5 users".
_POINT_RELEASE = re.compile(r"^\d{1,2}\.\d{1,2}$")
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip


def _millimetres(token: Token) -> bool:
    """Is "140mm" (split "140" "mm") a size: a fan's in millimetres ("three
    140mm fans" cool a PC), not 140 million fans? "mm" is a million in finance
    writing, but a whole number of two or three digits glued to it before
    "fan" is hardware."""
    doc = token.doc
    digits = doc[token.i - 1] if token.lower_ == "mm" and token.i > 0 else token
    if not (digits.text.isdigit() and 2 <= len(digits.text) <= 3) or digits.whitespace_:
        return False
    after = doc[digits.i + 1 : digits.i + 3]
    return len(after) == 2 and after[0].lower_ == "mm" and after[1].lemma_ == "fan"


def _status_code(token: Token) -> bool:
    """Is the number an HTTP status, which names a response and counts nothing:
    "the 404 (not found) view", "a 503 error page", "HTTP 500"? Not "404
    visitors", a count that happens to be one."""
    if len(token.text) != 3 or not token.text.isdigit() or token.text[0] not in "45":
        return False
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in _STATUS_BEFORE:
        return True
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    if not after:
        return False
    # "404 (Not found)", "503 Service Unavailable"; not "450 (!) new followers".
    if after[0] == "(":
        after = after[1:] + [t.lower_ for t in doc[token.i + 3 : token.i + 4]]
    named = bool(after) and (after[0] in _STATUS_NAMES or after[0] in _STATUS_AFTER)
    return named or after[:2] == ["not", "found"]


def is_multiple(token: Token) -> bool:
    """ "3x", "10x": a change by a factor."""
    return _MULTIPLE.match(token.text) is not None


def is_big(token: Token) -> bool:
    """A count big enough to be an audience: 100 or more, in digits or a scale
    word ("ten lucky fans" are people, "430 fans" an audience)."""
    if token.is_alpha and token.lower_ not in _VAGUE_BIG and token.lower_ not in SCALE:
        return False
    return (number(token) or 0) >= 100


def carry_money_words(doc: Doc, words: Collection[str]) -> None:
    """Read money in ``doc`` by these words after an amount (the ``money_words``
    lexicon of the extractor that reads it)."""
    doc.user_data[_MONEY_WORDS] = words


def money_words(doc: Doc) -> Collection[str]:
    """The words for money after an amount that ``doc`` is read with (none if
    no extractor gave it any)."""
    words: Collection[str] = doc.user_data.get(_MONEY_WORDS, ())
    return words


def _grand_counts(doc: Doc, index: int) -> bool:
    """Is the "grand" at ``index`` slang for a thousand of the plural noun
    after it ("ten grand views", "50 grand followers"), not of money ("ten
    grand in sales", "made 20 grand", "5 grand profit")?"""
    if doc[index].lower_ != "grand" or index + 1 >= len(doc):
        return False
    counted = doc[index + 1]
    return counted.tag_ == "NNS" and counted.lower_ not in money_words(doc)


def is_money(token: Token) -> bool:
    doc = token.doc
    if token.text in _CURRENCY or _about_money(token.text):
        return True
    if token.i > 0 and doc[token.i - 1].text in _CURRENCY:
        return True
    following = token.i + 1
    if following < len(doc) and _grand_counts(doc, following):
        return False  # "ten grand views"
    return following < len(doc) and doc[following].lower_ in money_words(doc)


def _about_money(text: str) -> bool:
    """Is the word an amount of money said to be about, whole ("~£9k")?"""
    return text[:1] in _ABOUT_SIGNS and text.lstrip(_ABOUT_SIGNS)[:1] in _CURRENCY


def _is_scale(token: Token) -> bool:
    """A scale word after a number, with or without a "+": "1.2 million", "10 K+"."""
    return token.lower_.rstrip("+") in SCALE


def _count_end(doc: Doc, number_at: int) -> int:
    """Where a count whose number is at ``number_at`` ends: past the scale words
    after it ("1.2 million", "25 K"), the twin of ``_count_start``."""
    end = number_at + 1
    while end < len(doc) and _is_scale(doc[end]):
        end += 1
    return end


def _count_start(doc: Doc, index: int) -> int:
    """Where a count begins: over the number a scale word belongs to ("10 K"),
    and over the tens of a number spelt with a hyphen ("twenty-five thousand",
    which the tokenizer splits at its hyphen; round40)."""
    while index > 0 and _is_scale(doc[index]) and number(doc[index - 1]) is not None:
        index -= 1
    if index > 1 and doc[index - 1].text == "-" and doc[index - 2].lower_ in _TENS:
        index -= 2
    return index


# The tens a spelt number opens with before its hyphen: "twenty-five".
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})


def _from_one_amount_to_another(
    doc: Doc, at: int, *, shares: bool = False, averaged: bool = False
) -> int | None:
    """Where "from 300 to 900", "from $1.2M to $1.5M" starting at ``at`` ends;
    with ``shares``, "from 4% to 9%" too; with ``averaged``, the first amount
    may be an average or a low ("covers went from an average of 31 to 96": an
    outcome's verb, read wherever the term is, not a "from" found alone)."""
    if at + 1 >= len(doc) or doc[at].lower_ != "from":
        return None
    first = at + 1
    if averaged and tuple(t.lower_ for t in doc[first : first + 3]) in _FIRST_AMOUNT_KINDS:
        first += 3
    first = _past(doc, first, ("~", "≈"))  # "from ~£9k to £2.6k" (round46)
    if first >= len(doc):
        return None
    if doc[first].text in _CURRENCY:
        first += 1
    if first >= len(doc) or number(doc[first]) is None:
        return None
    to = _past_a_rate(doc, _past_a_percent(doc, _count_end(doc, first), shares))
    if to >= len(doc) or doc[to].lower_ not in ("to", "→", "->"):
        return None
    second = _past(doc, to + 1, ("~", "≈"))
    if second < len(doc) and doc[second].text in _CURRENCY:
        second += 1
    if second >= len(doc) or number(doc[second]) is None:
        return None
    return _past_a_percent(doc, _count_end(doc, second), shares)


# What a first amount may be called after "from": "from an average of 31 to 96".
_FIRST_AMOUNT_KINDS = frozenset({("an", "average", "of"), ("a", "low", "of")})


def _past_a_rate(doc: Doc, end: int) -> int:
    """``end`` moved past the period of a rate right at it: "from 18 a month
    to 71", "from 40 per week to 300" (round46)."""
    rated = end + 1 < len(doc) and doc[end].lower_ in ("a", "an", "per", "every")
    return end + 2 if rated and doc[end + 1].lemma_ in _RATE_PERIODS else end


# The periods of a rate after its amount: "18 a month".
_RATE_PERIODS = frozenset({"day", "week", "month", "quarter", "year", "night", "episode"})


def _past_a_percent(doc: Doc, end: int, shares: bool) -> int:
    """``end`` moved past a percent sign or word right at it, if ``shares``."""
    if shares and end < len(doc) and doc[end].lower_ in _PERCENT:
        return end + 1
    return end


def _change_noun_measured(doc: Doc, change: int) -> int | None:
    """Where the amount of a change noun ends, read by word order after it: "a
    rise of 40%", "a jump from 4% to 9%" (the tagger makes "rise" a noun after
    its measure: "we saw conversion rise from 11% to 18%"). None without one,
    or for years ("growth from 2019 to 2024")."""
    after = change + 1
    if after < len(doc) and doc[after].lower_ == "of":
        first = after + 1
        if first < len(doc) and doc[first].text in _CURRENCY:
            first += 1
        if first < len(doc) and number(doc[first]) is not None:
            return _past_a_percent(doc, _count_end(doc, first), True)
        return None
    if after + 1 < len(doc) and _YEAR.match(doc[after + 1].text):
        return None  # "follower growth from 2019 to 2024": a span of years
    return _from_one_amount_to_another(doc, after, shares=True)


# Small numbers spelled out, which a listicle's title counts its points with.
_SMALL_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)


def _a_titles_count(word: Token) -> bool:
    """Is ``word`` a small number spelled out that opens its sentence ("Three
    views on the Online Safety Act", "# Five views about…"), as a title counts
    the points it offers?"""
    before = word.sent[: word.i - word.sent.start]
    return word.lower_ in _SMALL_NUMBER_WORDS and all(t.is_space or t.is_punct for t in before)


# Minutes in a unit of a stretch of time, by lemma: "from 9 hours to under 1"
# compares the two stretches (round46). Units of time are a closed class, as
# the months are.
_MINUTES_IN = {"minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440, "week": 10080}
_MINUTES_IN.update({"month": 43830, "year": 525960})
# What may stand before the shorter stretch: "to under 2", "to less than a
# day", "to about 40 minutes", "to just 3 days".
_ABOUT_OR_UNDER = ("under", "less", "than", "about", "around", "roughly", "just", "only", "~")


def shorter_stretch_end(doc: Doc, at: int) -> int | None:
    """Where "from 9 hours to under 1", "from three weeks to four days"
    starting at the "from" at ``at`` ends, when the stretch after "to" is the
    shorter one: a task that takes less time. None otherwise ("from 2 days to
    5 days", "from 300 to 900")."""
    if doc[at].lower_ != "from":
        return None
    before = _stretch(doc, _past(doc, at + 1, ("~", "about", "around", "roughly")), None)
    if before is None:
        return None
    minutes, to, unit = before
    if to >= len(doc) or doc[to].lower_ != "to":
        return None
    after = _stretch(doc, _past(doc, to + 1, _ABOUT_OR_UNDER), unit)
    if after is None or after[0] >= minutes:
        return None
    return after[1]


def _past(doc: Doc, at: int, words: Collection[str]) -> int:
    """``at`` moved past the run of ``words`` that starts there."""
    while at < len(doc) and doc[at].lower_ in words:
        at += 1
    return at


def _stretch(doc: Doc, at: int, unit: str | None) -> tuple[float, int, str] | None:
    """The minutes of a stretch of time at ``at`` ("9 hours", "a day", "1"
    after "9 hours", whose unit it keeps), where it ends and its unit."""
    if at >= len(doc):
        return None
    value = 1.0 if doc[at].lower_ in ("a", "an", "one") else number(doc[at])
    if value is None:
        return None
    end = _count_end(doc, at)
    named = doc[end].lemma_.lower() if end < len(doc) else ""
    if named in _MINUTES_IN:
        return value * _MINUTES_IN[named], end + 1, named
    if unit is None or doc[at].lower_ in ("a", "an"):
        return None
    return value * _MINUTES_IN[unit], end, unit


def shorter_instead_span(doc: Doc, at: int) -> tuple[int, int] | None:
    """Where "3 hours instead of 19", "4 days instead of 11" begins and ends,
    around the "instead" at ``at``, when the stretch before it is the shorter:
    a task done in less time (round46). None otherwise ("2 days instead of
    1", "£40 instead of £60")."""
    if at < 2 or at + 2 >= len(doc) or doc[at].lower_ != "instead" or doc[at + 1].lower_ != "of":
        return None
    begins = _count_start(doc, at - 2)
    if doc[at - 2].lower_ in ("a", "an"):
        begins = at - 2
    before = _stretch(doc, begins, None)
    if before is None or before[1] != at:
        return None
    after = _stretch(doc, _past(doc, at + 2, _ABOUT_OR_UNDER), before[2])
    if after is None or after[0] <= before[0]:
        return None
    return begins, after[1]
