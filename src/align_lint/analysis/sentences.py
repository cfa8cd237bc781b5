"""Sentence starts that the pipeline is told, not asked: every Markdown block
(paragraph, heading, list item, table row) begins a sentence, so a heading is
never read as the start of the paragraph under it. The parser and the senter
both respect a start that is set before they run."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def block_sentence_starts(doc: Doc, block_starts: Iterable[int]) -> set[int]:
    """Char offsets of the first non-space token at or after each block start
    (a list item's or heading's first word, whose marker is masked, as much as
    a paragraph's)."""
    columns = doc.to_array(["IDX", "IS_SPACE"]).tolist() if len(doc) else []
    offsets = [row[0] for row in columns]
    spaces = [row[1] for row in columns]
    return starts_after_blocks(offsets, spaces, block_starts)


def starts_after_blocks(
    offsets: list[int], spaces: list[int], block_starts: Iterable[int]
) -> set[int]:
    """``block_sentence_starts`` from a Doc's token offsets and IS_SPACE flags
    (for a caller that has read them already)."""
    starts: set[int] = set()
    for block_start in block_starts:
        i = bisect_left(offsets, block_start)
        while i < len(offsets) and spaces[i]:
            i += 1
        if 0 < i < len(offsets):
            starts.add(offsets[i])
    return starts


def preset_sentence_starts(doc: Doc, starts: frozenset[int] | set[int], offset: int = 0) -> Doc:
    """Mark the tokens at ``starts`` (document offsets; ``doc`` begins at ``offset``).

    The offsets are read as one array: a Token object made for every token of
    a long window only to be compared cost more than the tagging of some. The
    marks are written as one array too: spaCy's ``Token.is_sent_start`` setter
    first asks ``Doc.has_annotation("DEP")``, which scans every token of an
    unparsed Doc, so setting a window's hundreds of starts one by one took
    time quadratic in its length (8 % of a 5 MB draft's CPU; posts never
    noticed)."""
    if len(doc) < 2 or not starts:
        return doc
    offsets = doc.to_array("IDX").tolist()
    marked = [i for i in range(1, len(offsets)) if offsets[i] + offset in starts]
    if not marked:
        return doc
    if doc.has_annotation("DEP"):  # what the setter refused (spaCy's E043)
        raise ValueError("sentence starts cannot be preset on a parsed Doc")
    return _mark_starts(doc, marked)


def _mark_starts(doc: Doc, marked: list[int], value: int = 1) -> Doc:
    """Start a sentence at each token index in ``marked`` (``value`` 1, what
    ``is_sent_start = True`` stores), or undo the starts there (``_NOT_START``),
    as one array."""
    column: Any = doc.to_array("SENT_START")  # uint64, as from_array takes it
    column[marked] = value
    doc.from_array("SENT_START", column)
    return doc


# A hyphen as typed, as typeset and as the non-breaking one (the claim grammar's
# compounds read it too).
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# What ends the sentence before a hyphenated word the senter cut.
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "!!", "?!", "..."})
# SENT_START of a token that does not start a sentence (-1), as the uint64 array stores it.
_NOT_START = 2**64 - 1


def keep_hyphenated_words_whole(doc: Doc) -> Doc:
    """Undo a sentence start the senter put inside a hyphenated word: after a
    full stop it may start the next sentence at the hyphen of "Pre-orders" or
    "Re-shares" ("Thanks all! Pre | -orders are open"), so that a term's tokens
    lie in two sentences and the word's first half ends the sentence before.
    Such a start moves to the start of the word when a sentence's end mark is
    before it, and is dropped otherwise (the word then stays in one sentence)."""
    import numpy
    from spacy.attrs import IS_ALPHA, ORTH, SENT_START, SPACY

    if len(doc) < 3:
        return doc
    array = doc.to_array([SENT_START, SPACY, IS_ALPHA, ORTH])
    strings = doc.vocab.strings
    hyphens = {strings.add(hyphen) for hyphen in HYPHENS}
    # Only a start at a hyphen or right after one can be inside a word: found
    # with numpy, so a Doc with none (nearly all) costs no Python loop.
    at_hyphen = numpy.isin(array[:, 3], numpy.array(sorted(hyphens), dtype="uint64"))
    first = numpy.flatnonzero(array[1:, 0] == 1) + 1
    inside = first[at_hyphen[first] | at_hyphen[first - 1]].tolist()
    if not inside:
        return doc
    columns = array.tolist()
    ends = {strings.add(mark) for mark in _SENTENCE_ENDS}
    starts = [row[0] for row in columns]
    moved = False
    for index in inside:
        word = _glued_word_start(columns, hyphens, index)
        if word is None:
            continue
        starts[index] = _NOT_START
        if word > 0 and columns[word - 1][3] in ends:
            starts[word] = 1
        moved = True
    if moved:
        column: Any = numpy.array(starts, dtype="uint64")  # as ``preset_sentence_starts``
        doc.from_array("SENT_START", column)
    return doc


def _glued_word_start(columns: list[list[int]], hyphens: set[int], index: int) -> int | None:
    """Where the hyphenated word that ``index`` starts inside begins ("Pre" of
    "Pre-orders" for a start at "-" or at "orders"), or None if the start is
    not inside one: a hyphen glued to an alphabetic word on both sides."""
    hyphen = index if columns[index][3] in hyphens else index - 1
    if hyphen < 1 or hyphen + 1 >= len(columns) or columns[hyphen][3] not in hyphens:
        return None
    before, after = hyphen - 1, hyphen + 1
    glued = not columns[before][1] and not columns[hyphen][1]
    if glued and columns[before][2] and columns[after][2]:
        return before
    return None


# Quote marks that close a quotation, and the marks inside it that the senter
# takes for the end of the sentence around it.
_CLOSING_QUOTES = frozenset({"'", '"', "\u2019", "\u201d", "''"})
_QUOTED_ENDS = frozenset({"!", "?", "!!", "?!", "..."})


def continue_after_quoted_exclamations(doc: Doc) -> Doc:
    """Undo a sentence start at a lower-case word right after a quotation that
    ends with "!" or "?": the quotation is inside the sentence ("a creator's
    'I hit 1M!' post got me thinking", "that 'why not?' feeling"), which the
    senter cut after the closing quote, so the piece it names lies in the next
    sentence."""
    import numpy
    from spacy.attrs import IS_LOWER, ORTH, SENT_START

    if len(doc) < 4:
        return doc
    array = doc.to_array([SENT_START, IS_LOWER, ORTH])
    first = numpy.flatnonzero(array[2:, 0] == 1) + 2
    first = first[array[first, 1] == 1]
    if not len(first):
        return doc
    strings = doc.vocab.strings
    quotes = {strings.add(mark) for mark in _CLOSING_QUOTES}
    ends = {strings.add(mark) for mark in _QUOTED_ENDS}
    undone = [
        index
        for index in first.tolist()
        if array[index - 1, 2] in quotes
        and array[index - 2, 2] in ends
        and doc[index - 1].whitespace_ == " "  # not across a line break
    ]
    return _mark_starts(doc, undone, _NOT_START) if undone else doc


def start_sentences_at_a_count(doc: Doc) -> Doc:
    """Move a sentence start from the word after a count back to the count,
    when an end mark comes right before the count: the senter may cut
    "texted me a screenshot. 700k | views in 36 hours", so that the count ends
    the sentence before and its noun opens the next one, with no count."""
    import numpy
    from spacy.attrs import ORTH, SENT_START

    if len(doc) < 3:
        return doc
    array = doc.to_array([SENT_START, ORTH])
    first = numpy.flatnonzero(array[2:, 0] == 1) + 2
    if not len(first):
        return doc
    ends = {doc.vocab.strings.add(mark) for mark in _SENTENCE_ENDS}
    moved = [
        index
        for index in first.tolist()
        if array[index - 2, 1] in ends
        and array[index - 1, 0] != 1
        and doc[index - 1].text[:1].isdigit()
        and doc[index - 1].whitespace_ == " "  # a space, not a line break or glued
    ]
    if not moved:
        return doc
    _mark_starts(doc, moved, _NOT_START)
    return _mark_starts(doc, [index - 1 for index in moved])


# Symbols, modifiers (skin tones), variation selectors and joiners: what emoji
# are made of (the claim grammar's ``counts._emoji`` reads them here too).
_EMOJI_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})
# Symbols of that category that are units, not pictures: "1,240°C", "72℉".
_DEGREE_SIGNS = frozenset("°℃℉")
# Tags of a word that an emoji after it cannot close a sentence on: the emoji
# stands for the noun that follows ("thanks to the 🐝 Bee Team", "our 🍕 Pizza
# Fridays").
_LEADS_INTO_A_NOUN = frozenset({"IN", "DT", "TO", "CC", "PRP$", "POS", "WDT", "WP$", "PDT"})


def start_sentences_after_closing_emoji(doc: Doc) -> Doc:
    """Start a sentence at a capitalised word after an emoji that closes a
    clause: posts end sentences with an emoji instead of a full stop ("Our reel
    hit 500k views 🍸 Next step: turning them into bookings", "1M impressions 🚀
    Pipeline will follow."), and the senter reads on, so the next clause's plan
    or future is taken for the count's. The emoji must follow a word or a count
    that does not lead into a noun, with a space before the capital."""
    if len(doc) < 3:
        return doc
    marked = [i for i in _emoji_run_ends(doc) if _closes_a_clause(doc, i)]
    return _mark_starts(doc, marked) if marked else doc


def _emoji_run_ends(doc: Doc) -> Iterable[int]:
    """Indexes of the tokens right after a run of emoji tokens followed by a
    space. Tokens that are no word, number, punctuation or space are found
    with numpy, so a Doc with none (most) costs no Python loop."""
    import numpy
    from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, SPACY

    array = doc.to_array([IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, SPACY])
    symbol = (array[:, :4].sum(axis=1) == 0) & (array[:, 4] == 1)
    symbol[0] = symbol[-1] = False
    for index in numpy.flatnonzero(symbol).tolist():
        if made_of_emoji(doc[index].text) and not made_of_emoji(doc[index + 1].text):
            yield index + 1


def _closes_a_clause(doc: Doc, index: int) -> bool:
    """Is the capitalised word at ``index`` after an emoji run that closes a
    clause begun by a word or a count?"""
    word = doc[index]
    if word.is_sent_start or not (word.is_alpha and _opens_a_clause(word)):
        return False
    before = index - 1
    while before > 0 and made_of_emoji(doc[before].text):
        before -= 1
    last = doc[before]
    if made_of_emoji(last.text) or last.is_sent_start or not last.text[-1:].isalnum():
        return False
    return last.tag_ not in _LEADS_INTO_A_NOUN


def _opens_a_clause(word: Token) -> bool:
    """A capitalised word, or a lower-case pronoun with a verb of its own:
    posts in lower case close a clause with an emoji too ("hit 87k views 🌷
    our little shop has never had…", "got 48k likes 🐶 he's still looking
    for a home", round46), and that clause's "never" or "still" is its own.
    A fragment stays with the count ("🤯 my biggest ever"), and so does the
    audience addressed ("😱 you guys are unreal"), which credits it."""
    if word.text[0].isupper():
        return True
    if _a_denial_without_its_subject(word):
        return True
    if word.tag_ not in ("PRP", "PRP$") or word.lower_ in _ADDRESSED:
        return False
    for following in word.doc[word.i : word.i + 7]:
        if following.is_punct or made_of_emoji(following.text):
            return False
        if following.tag_ in _FINITE:
            return True
    return False


def _a_denial_without_its_subject(word: Token) -> bool:
    """A lower-case finite verb denied, its subject dropped as posts drop it
    ("saved our explainer post 🫶 didn't expect a diagram to be our biggest
    post", "hit 10k 🥲 can't believe it", "never thought…"): a clause of its
    own (round50), whose "not" or "never" is no denial of the count before."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if following is None:
        return False
    if word.lower_ == "never":
        return following.tag_ in ("VBD", "VBN")
    return word.tag_ in _FINITE and following.lower_ in ("n't", "not", "\u2019t")


# The audience addressed after an emoji, and the tags of a finite verb.
_ADDRESSED = frozenset({"you", "your", "ya", "u", "y'all", "yall"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def made_of_emoji(text: str) -> bool:
    """A pictograph, a flag or a run of them ("😍", "🔥🔥", "🇬🇧"); not a
    degree sign, a unit of its count ("hit 1,240°C", round45)."""
    return (
        bool(text)
        and all(unicodedata.category(char) in _EMOJI_CATEGORIES for char in text)
        and not any(char in _DEGREE_SIGNS for char in text)
    )
