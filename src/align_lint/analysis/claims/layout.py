"""Where words sit in a text, apart from what they mean: the first word of a
sentence after a lead-in label ("Quick update:", "3/"), line breaks, the cells
of a table row or a one-line stat report ("impressions 6.1M | clicks 52,000"),
a value after its label, phrase bounds, and the sentence copies the parser
reads (``_copies``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice, pairwise
from typing import TYPE_CHECKING, cast
from weakref import WeakKeyDictionary

from align_lint.analysis.claims.counts import (
    _CURRENCY,
    _MORE,
    _YEAR,
    _count_end,
    _count_start,
    _emoji,
    _from_one_amount_to_another,
    _is_scale,
    _joins_a_compound,
    is_big,
    is_count,
    is_multiple,
    number,
)
from align_lint.documents.document import PARAGRAPH_BREAK, title_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token
    from thinc.types import Ints2d


# A thread's post number before a sentence: "3/", "4/12".
_THREAD_MARK = re.compile(r"^\d{1,2}/(?:\d{1,2})?$")
# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# What a change in a stat line is measured against: "+140% QoQ", "2.3x vs benchmark".
_VERSUS = frozenset({"vs", "vs.", "versus", "yoy", "qoq", "mom", "wow", "wo", "dod"})
# Signs a change written as a stat begins with: "+12k", "-19%", "−3%".
_SIGNS = frozenset({"+", "-", "\u2212"})
# What separates the cells of a one-line stat report: "impressions 6.1M | clicks 52,000";
# the tagger takes most of them for nouns or symbols, not punctuation.
_STAT_SEPARATORS = frozenset({"|", "¦", "•", "·", "/", "//", "||"})
# What leads from one count to the next in a stat line: "followers 2.1k → 6.8k".
_ARROWS = frozenset({"→", "->", "=>", "⟶", "➜", "➡"})
# Times a count may be reached "in": "crossed 25k in days", "in its first
# fortnight" (two weeks, in British and Commonwealth English).
_TIME_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "time", "total",
     "record", "weekend", "morning", "afternoon", "evening", "night", "today", "quarter", "q1",
     "q2", "q3", "q4"}
)  # fmt: skip
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip
# Bounds of a time something was reached in: "in under a day", "in less than 24 hours".
_WITHIN = frozenset({"under", "less", "than", "just", "only", "about", "around", "over"})
# Characters that start a list item where Markdown sees none (LinkedIn posts).
_BULLETS = frozenset("•◦▪▫‣●○■□◆◇►▶→➡➜➤✓✔☑✅👉🔹🔸")
# Quote marks that open a title ("Will It Blend?"): straight, curly and angle.
_QUOTES = frozenset({'"', "'", "\u201c", "\u2018", "\u00ab"})
# Adverbs of an amount of attention: "widely shared", "massively viewed".
_WIDELY = frozenset({"widely", "massively", "hugely", "heavily"})
# A lead-in label before a sentence's clause: "Quick update:", "PSA —".
_LEAD_IN_WORDS = 4
_LEAD_INS = 3  # labels one after another: "Quick update: Real talk: …"
# Scale words spelt out, which follow a value after a space ("2.4 million").
_SCALE_WORDS = frozenset({"thousand", "million", "billion"})
_LABEL_ENDS = frozenset({":", "\u2014", "\u2013"})  # a colon, an em or en dash
# Words that open a stat label's own phrase: prepositions ("Open rate on our
# spring newsletter: 52%") and its time ("Open rate last issue: 64%", round43).
_LABEL_OPENERS = frozenset({"on", "for", "across", "from", "per", "in", "last", "this"})
_PERIOD_WORDS = frozenset(
    {
        "year",
        "month",
        "week",
        "fortnight",
        "quarter",
        "season",
        "summer",
        "spring",
        "autumn",
        "winter",
    }
)
# What a sentence's copy keeps of the pipeline's annotation (besides the words,
# their spacing and the token vectors the parser reads). Not MORPH: no claim
# reads it and the parser reads only the vectors, and Doc.from_array adds each
# token's morphology to the table again by its string (a third of a copy's cost).
_COPIED = ("TAG", "POS", "LEMMA", "NORM", "SENT_START")


def _outcome_phrase(head: Token) -> Token:
    """The noun the outcome term names as a whole: "revenue" in "revenue
    targets" is the targets' ("compound"), and so on up the phrase."""
    phrase = head
    while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase


def _after_quote(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text in _QUOTES


def _opening(sentence: Span | Doc) -> Token:
    """The sentence's first word, after a short label that ends in a colon
    ("Quick update: Why did…", "PSA: want more followers?"): a lead-in is no
    part of the clause, so the words that open a question or a general
    statement come after it."""
    return sentence[_after_a_label(sentence, 0)]


def _openings(sentence: Span | Doc) -> Iterator[Token]:
    """The sentence's first word, then the first word after each label that
    follows ("Quick update: Real talk: why did…" opens with "Quick", "Real"
    and "why"). Only for a word that opens a question wherever the labels
    end: a label may be the sentence's own words ("Trending this week:
    pastel sneakers…" is no lead-in to skip)."""
    start = 0
    yield sentence[start]
    for _ in range(_LEAD_INS):
        after = _after_a_label(sentence, start)
        if after == start:
            return
        start = after
        yield sentence[start]


def _after_a_label(sentence: Span | Doc, start: int) -> int:
    """Where the words after a short label from ``start`` begin, or ``start``
    if no label opens there."""
    for k in range(start + 1, min(len(sentence) - 1, start + _LEAD_IN_WORDS + 1)):
        token = sentence[k]
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.text in _LABEL_ENDS:
            following = k + 1
            while following < len(sentence) - 1 and sentence[following].is_space:
                following += 1
            return following
    return start


def _opens_sentence(token: Token) -> bool:
    """Does the sentence begin with ``token``, or with it after a thread's
    number ("3/ A 10% rate on 200 followers is 20 people", "4/12 Posts with
    faces get more likes") or a lead-in label ("PSA: posts with video…")?"""
    if token.is_sent_start:
        return True
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.is_sent_start and _THREAD_MARK.match(before.text) is not None:
        return True
    return (before.text in _LABEL_ENDS or before.is_space) and _opening(token.sent).i == token.i


def _in_a_time_span(doc: Doc, index: int) -> bool:
    """ "3,000 shares in a day", "12,000 shares in its first week", "shares in
    24 hours": "in" and a time a post's count was reached in, where "shares in
    Acme", "shares in the company" are stock."""
    if doc[index].lower_ != "in":
        return False
    for token in doc[index + 1 : index + 5]:
        if token.lemma_.lower() in _TIME_NOUNS or token.lower_ in _MONTHS:
            return True
        if not (token.pos_ in ("DET", "PRON", "ADJ", "NUM") or token.lower_ in _WITHIN):
            return False
    return False


def _across_cells(doc: Doc, first: int, second: int) -> bool:
    """Does a stat line's separator stand between two words ("followers 12,400
    | reach 380k")? Then they are in two cells, whatever the parse joined."""
    low, high = sorted((first, second))
    return any(t.text in _STAT_SEPARATORS for t in doc[low + 1 : high])


def _cell_value(doc: Doc, index: int) -> int | None:
    """Where a stat cell's value starting at ``index`` ends, when the cell ends
    with it (a line's or the text's end, punctuation, a separator): "Reach
    1.2M, ER 4.1%"; not a verb's amount with more after it ("Reach 38% more of
    your buyers")."""
    last = _stat_value(doc, index)
    if last is None or last >= len(doc):
        return last
    after = doc[last]
    return last if after.is_space or after.is_punct or after.text in _STAT_SEPARATORS else None


# A Markdown table's rule under its header: "| --- | :---: |", "|---|---|".
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")
# A cell that holds one figure: "400", "12,400", "1.2M", "+22K", "35%", "$9k",
# perhaps with its change in brackets after it ("22.1k (+4%)").
_FIGURE_CELL = re.compile(
    r"^[+\-\u2212~≈]?\$?\d[\d,.]*\s*[kKmMbB]?\+?\s*%?(?:\s*\([^()]{1,12}\))?$"
)
# How many rows under a header are looked at for a figure.
_TABLE_ROWS = 3


def _table_cells(line: str) -> list[str]:
    """The cells of a table row typed with its pipes ("| Week | Clicks |"), or
    [] for a line that is no such row."""
    row = line.strip()
    if not row.startswith("|") or row.count("|") < 2:
        return []
    return [cell.strip() for cell in row.strip("|").split("|")]


def _table_figure(text: str, start: int, end: int) -> bool:
    """Is the text from ``start`` to ``end`` a whole cell of a table whose
    column holds figures (``_figure_cell``)?"""
    return _figure_cell(text, start, end) == (start, end)


def _figure_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the table cell that holds the text from ``start`` to
    ``end``, when its column holds figures: a header over a column of numbers
    ("| Week | Clicks |" ruled off, then "| 1 | 400 |"), or a row's label
    before its value ("| Clicks | 40,000 |"). A table typed with pipes (a
    plain-text post) or Markdown's (``_masked_figure_cell``); read from the
    text, so only where a line opens with "|" or a line of spaces follows."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    cells = _table_cells(line)
    if not cells:
        return _masked_figure_cell(text, start, end, line_start, line_end)
    column = text[line_start:start].strip().lstrip("|").count("|")
    if column >= len(cells) or text[start:end].lower() not in cells[column].lower():
        return None
    opening = line_start + _nth_pipe(line, column) + 1
    closing = text.find("|", opening, line_end)
    raw = text[opening : line_end if closing < 0 else closing]
    first = opening + len(raw) - len(raw.lstrip())
    cell = (first, first + len(raw.strip()))
    if column == 0 and len(cells) > 1 and _FIGURE_CELL.match(cells[1]):
        return cell  # "| Clicks | 40,000 |"
    rows = text[line_end + 1 :].split("\n", _TABLE_ROWS + 1)
    if _TABLE_RULE.match(rows[0]):
        rows = rows[1:]
    elif len(_table_cells(rows[0])) != len(cells):
        return None  # a table typed in a post may leave out the rule, never the pipes
    for below in map(_table_cells, rows[:_TABLE_ROWS]):
        if column < len(below) and _FIGURE_CELL.match(below[column]):
            return cell
    return None


def _nth_pipe(line: str, column: int) -> int:
    """Where the pipe that opens a row's cell ``column`` (from 0) stands."""
    at = line.find("|")
    for _ in range(column):
        at = line.find("|", at + 1)
    return at


# A cell of a Markdown table row as its analysis text has it: the pipes and
# the padding around them blanked, so two spaces or more part two cells.
_MASKED_CELL = re.compile(r"\S+(?: \S+)*")


def _masked_figure_cell(
    text: str, start: int, end: int, line_start: int, line_end: int
) -> tuple[int, int] | None:
    """``_figure_cell`` for a header of a Markdown table, whose analysis text
    keeps every offset but blanks the pipes and the rule under the header: the
    header's line, then a line of spaces only (the rule, never empty, where a
    blank line between paragraphs is), then rows whose cells line up with the
    header's by order ("| Week | Clicks |" over "| 1 | 400 |"). A row with
    more or fewer cells than the header (a cell with a double space, a table
    typed without padding, "|1|400|") is not read: its columns are unknown."""
    rows = text[line_end + 1 :].split("\n", _TABLE_ROWS + 1)
    if len(rows) < 2 or not rows[0] or not rows[0].isspace():
        return None
    header = [m.span() for m in _MASKED_CELL.finditer(text[line_start:line_end])]
    if len(header) < 2:
        return _unpadded_last_column(text, start, end, line_end, rows[1 : _TABLE_ROWS + 1])
    at = start - line_start
    column = next((k for k, (first, last) in enumerate(header) if first <= at < last), None)
    if column is None or header[column][1] < end - line_start:
        return None
    for line in rows[1 : _TABLE_ROWS + 1]:
        below = _MASKED_CELL.findall(line)
        if len(below) == len(header) and _FIGURE_CELL.match(below[column]):
            first, last = header[column]
            return first + line_start, last + line_start
    return None


def _unpadded_last_column(
    text: str, start: int, end: int, line_end: int, rows: list[str]
) -> tuple[int, int] | None:
    """The term from ``start`` to ``end`` as the header of the last column of a
    Markdown table typed without padding ("|Week|Followers|" over "|1|4,100|"),
    whose masked cells are parted by one space only, so its columns are not
    known. The last column is: the term ends the header and every row below
    ends in a figure, the rows with as many words each."""
    if text[end:line_end].strip():
        return None
    cells = [row.split() for row in rows if row.strip()]
    if not cells or any(len(row) < 2 or len(row) != len(cells[0]) for row in cells):
        return None
    if not all(_FIGURE_CELL.match(row[-1]) for row in cells):
        return None
    return start, end


# Each Doc's text while the Doc lives. ``Doc.text`` makes a Token of every
# token and joins their texts: asked once per metric term of a sentence (a
# table's header cell is looked for around each), it was about 3 % of a run's
# CPU. A Doc's tokens never change once the claims read it.
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, worked out once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def _table_lead_in(doc: Doc, at: int) -> Span | None:
    """The line before the table whose header row holds the character ``at``
    (blank lines between skipped), where a recap says whose the figures are
    ("A competitor's launch, week by week:"); None at the text's start."""
    text = doc_text(doc)
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return doc.char_span(start, end, alignment_mode="expand")
        end = start - 1
    return None


def _label_first(doc: Doc, index: int) -> bool:
    """Does the word at ``index`` open a cell of a stat line, as a label before
    its value: at a line's start, or after a separator, a comma, a colon or an
    emoji, with at most two qualifiers before it ("| clicks 52,000", "Reach
    1.2M, ER 4.1%", "March: IG reach 1.2M")? Not a verb with its subject ("we
    reach 380 stores", "she clicks 500 links")."""
    for position in range(index - 1, max(-1, index - 4), -1):
        token = doc[position]
        if (
            (token.is_space and "\n" in token.text)
            or token.text in _STAT_SEPARATORS
            or token.text in (",", ":", ";", "(", "-", "\u2013", "\u2014")
            or _emoji(token)
        ):
            return True
        if position < index - 2 or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False  # "we reach", "the team clicks"
    return index < 3 and all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[:index])


def _stat_line_label(doc: Doc, index: int) -> bool:
    """Is the word the label of a report's line or a table's row, a count
    after it past a colon, a separator or a cell's gap: "Reach: 96,100",
    "Shares | 310", "| Leads | 41 |" (its bars masked to spaces), "📈 Reach
    9.8M"? Not a verb before its object ("Reach 38% more buyers")."""
    after = _past_cell_breaks(doc, _past_a_period(doc, index + 1))
    if after < len(doc) and (_is_colon(doc[after]) or doc[after].text in _STAT_SEPARATORS):
        after = _past_cell_breaks(doc, after + 1)
    elif after == index + 1 and any(t.lower_ in _MORE for t in doc[after + 1 : after + 3]):
        return False  # an imperative's object: "Reach 38% more buyers"
    return after < len(doc) and _label_first(doc, index) and is_count(doc[after])


def _phrase_head(doc: Doc, start: int, end: int) -> Token:
    """The word a term's phrase hangs on: its last word ("page views"), or,
    for a phrase with a preposition inside, the first ("share of voice",
    "stars on GitHub"), which the verb or the count governs when parsed."""
    last = doc[end - 1]
    first = doc[start]
    if end - start > 2 and any(t.dep_ == "prep" for t in doc[start + 1 : end - 1]):
        return first if first.head.i not in range(start, end) else last
    return last


def _line_break(token: Token) -> bool:
    """A line break left in the analysis text, which joins a paragraph's soft
    breaks: the end of a list item, a table row or a heading; or a bullet
    written as a character ("• Followers: +12,400" on the line after "• Video
    views: 1.9M", joined into one line), which starts an item."""
    return (token.is_space and "\n" in token.text) or token.text in _BULLETS


def _across_lines(doc: Doc, first: int, second: int) -> bool:
    """Is there a line break (``_line_break``) between two tokens?"""
    low, high = sorted((first, second))
    return any(_line_break(token) for token in doc[low + 1 : high])


def _cell_break(token: Token) -> bool:
    """Is ``token`` the gap a Markdown table's masked "|" leaves between cells
    ("| Page views | 40,000 |"): spaces within one line, no break."""
    return token.is_space and "\n" not in token.text


def _right_after(token: Token, words: tuple[str, ...]) -> bool:
    """Are ``words`` the tokens right before ``token``, in lower case ("about
    to" hit, "how to" buy)?"""
    doc, first = token.doc, token.i - len(words)
    return first >= 0 and tuple(t.lower_ for t in doc[first : token.i]) == words


# How many words may qualify a label between its term and the colon:
# "pipeline sourced from it: $1.4M".
_LABEL_QUALIFIER = 4


def _labelled_count(doc: Doc, end: int, start: int | None = None) -> int | None:
    """Where a count given as a label's value ends: "Users: 418", "Sign-ups:
    1,200", "Pipeline: $900k" (a term ending at ``end``, then a colon and the
    count or sum). Given the term's ``start``, a label that opens its line may
    qualify the term before the colon: "pipeline sourced from it: $1.4M"."""
    colon = end
    if start is not None and _label_first(doc, start):
        while (
            colon < len(doc)
            and colon - end < _LABEL_QUALIFIER
            and doc[colon].text != ":"
            and not (doc[colon].is_punct or doc[colon].is_space or is_count(doc[colon]))
        ):
            colon += 1
    value = colon + 1
    if value >= len(doc) or doc[colon].text != ":":
        return None
    signed = _signed_amount_end(doc, value)
    if signed is not None:
        return signed  # "Pipeline: $900k", "$1.4M"
    if is_count(doc[value]):
        qualified = colon > end  # words between the term and its colon
        if _YEAR.match(doc[value].text) or (qualified and _counts_a_noun_after(doc, value)):
            return None
        return value + 1
    return None


def _signed_amount_end(doc: Doc, at: int) -> int | None:
    """Where an amount of money that opens with its sign at ``at`` ends ("$900k",
    "€ 2,400"); None when no sign and number stand there."""
    if at + 1 < len(doc) and doc[at].text in _CURRENCY and number(doc[at + 1]) is not None:
        return _count_end(doc, at + 1)
    return None


def _counts_a_noun_after(doc: Doc, value: int) -> bool:
    """Is the count after a qualified label's colon a noun's own, the noun
    right after it ("Membership community update: 1,140 members"): the members
    are counted, not the label's term?"""
    after = value + 1
    while after < len(doc) and (_is_scale(doc[after]) or doc[after].lower_ in _SCALE_WORDS):
        after += 1  # "1.2" "M", "2.3 million"
    return after < len(doc) and doc[after].tag_ == "NNS"


# What leads from a stat's label to its value besides a colon (``_labelled_count``):
# a dash, an arrow, a table's bar or an equals sign: "Reach — 890k", "Upvotes →
# 1,100", "| subscribers | 12,400 |", "Saves = 12k".
_VALUE_LEADS = frozenset({"\u2014", "\u2013", "|", "¦", "=", *_ARROWS})


def _value_after_lead(doc: Doc, start: int, end: int) -> int | None:
    """Where the value of a stat label written before a dash, an arrow or a
    table's bar ends: "2. Reach — 890k", "Paid signups → 730", "| open rate |
    54% |". Only for a label that opens its line or cell (``_label_first``):
    "our followers — 400 of them — came" is a phrase in a sentence, and a value
    must read as a stat (``_stat_value``)."""
    if end >= len(doc) or not _a_value_lead(doc, end) or not _label_first(doc, start):
        return None
    value = _past_cell_breaks(doc, end + 1)  # "| Followers | 3k |", the bar's spaces
    return _stat_value(doc, value)


def _a_value_lead(doc: Doc, index: int) -> bool:
    """A dash, an arrow or a bar between a label and its value; a hyphen only
    when spaced on both sides ("Shares - 9.4k"; not "sign-ups")."""
    token = doc[index]
    if token.text in _VALUE_LEADS:
        return True
    spaced = bool(token.whitespace_) and index > 0 and bool(doc[index - 1].whitespace_)
    return token.text == "-" and spaced


def _value_after_qualified_label(doc: Doc, end: int) -> int | None:
    """Where the value of a stat label with its own short phrase ends: "Open
    rate on our spring newsletter: 52%", "Views across all channels: 1.2M".
    The phrase holds no verb and no other punctuation before the colon, and
    the value must read as a stat (a rate, a change, a big count with no noun
    after it: not "followers for the giveaway: 500 stickers"). A table's bar
    ends the label as a colon does ("| Views per post | 12,400 |"), and a
    rate's unit may stand right before its value ("avg. views per video
    48k"), as a plain label's does ("Page views 12,400")."""
    if end >= len(doc) or doc[end].lower_ not in _LABEL_OPENERS:
        return None
    per_unit = _value_after_a_unit(doc, end)
    if per_unit is not None:
        return per_unit
    # up to eight words ("on our back-to-school emails:" is seven tokens and a colon)
    for index in range(end + 1, min(len(doc), end + 9)):
        token = doc[index]
        if token.text in (":", "|", "¦"):
            return _stat_value(doc, _past_cell_breaks(doc, index + 1))
        if _cell_break(token):
            value = _stat_value(doc, _past_cell_breaks(doc, index)) if index > end + 1 else None
            if value is not None:
                return value
            # not a table's gap but a hashtag the linter masked to spaces, in
            # the name of the piece: "Retweets on our #MondayMug thread: 14.6k" (round43)
            continue
        if token.is_space or token.pos_ in ("VERB", "AUX"):
            return None
        if _hashtag_opens(doc, index):
            continue
        if token.is_punct and not _joins_a_compound(doc, index):
            return None  # but "on our employer-brand posts: 7.9%" (round38)
    return None


def _value_after_a_unit(doc: Doc, end: int) -> int | None:
    """Where the value after a rate's one-word unit ends: "views per video 48k",
    "likes per post 1,100 (+40%)"; the unit is a noun, and the value a stat
    (``_stat_value``: big, or a change, with no noun after it)."""
    unit = end + 1
    if doc[end].lower_ != "per" or unit + 1 >= len(doc) or not doc[unit].is_alpha:
        return None
    value = unit + 1
    if doc[value].lower_ in ("up", "down"):
        # "views per Reel up 4x", "per Short up 40%" (the tagger's adjective) (round43)
        return _stat_value(doc, value + 1)
    if doc[unit].pos_ not in ("NOUN", "PROPN"):
        return None
    return _stat_value(doc, value)


def _past_cell_breaks(doc: Doc, index: int) -> int:
    """The first token at or after ``index`` that is not a table's cell gap."""
    while index < len(doc) and _cell_break(doc[index]):
        index += 1
    return index


def _spread_after(doc: Doc, index: int, spreading: frozenset[str]) -> int | None:
    """Where "shared widely", "reposted everywhere", "shared far and wide",
    "shared all over Twitter" ends: an attention verb said to have spread, with
    no count; "played over the weekend" is when, "I read everywhere that…"
    hearsay: only what is passed on or watched spreads."""
    verb = doc[index]
    if verb.lemma_ not in spreading and verb.lower_ not in spreading:
        return None
    if index > 0 and doc[index - 1].lower_ in ("please", "pls", "plz"):
        return None  # "Please share widely with anyone working in care": a call to action
    words = [t.lower_ for t in doc[index + 1 : index + 5]]
    if words[:1] and (words[0] in _WIDELY or words[0] == "everywhere"):
        return index + 2
    if words[:3] == ["far", "and", "wide"]:
        return index + 4
    if words[:2] == ["all", "over"]:
        place = index + 3  # "all over Twitter", "all over the internet"
        if place < len(doc) and doc[place].lower_ == "the":
            place += 1
        if place < len(doc) and doc[place].pos_ in ("NOUN", "PROPN"):
            return place + 1
        return index + 3
    return None


def _past_a_period(doc: Doc, end: int) -> int:
    """Where a period or a bracketed aside named between a stat's label and its
    colon ends ("watch time this year: 2.3M hours", "followers last month:
    12,000", "reach this quarter (organic only): 4.8M"), so the count after the
    colon is read as the label's; else ``end``. Only before a colon: "followers
    this year grew" is a clause, read by the parse."""
    at = end
    named = at + 1 < len(doc) and doc[at].lower_ in ("this", "last", "that")
    if named and doc[at + 1].lower_ in _PERIOD_WORDS:
        at += 2
    at = _past_an_aside(doc, at)
    if at > end and at < len(doc) and _is_colon(doc[at]):
        return at
    return end


def _past_an_aside(doc: Doc, start: int) -> int:
    """Where a short bracketed aside at ``start`` ends, on the colon glued to its
    bracket ("(organic only):") or after the bracket; else ``start``."""
    if start >= len(doc) or doc[start].text != "(":
        return start
    for index in range(start + 1, min(len(doc), start + 6)):
        if doc[index].text == "):":
            return index
        if doc[index].text == ")":
            return index + 1
    return start


def _is_colon(token: Token) -> bool:
    """A colon, alone or glued to the bracket before it ("):")."""
    return token.text in (":", "):")


def _phrase_end(token: Token) -> int:
    """Where the noun phrase of ``token`` ends, without the phrases that tell
    where or when: "by 900,000 people" of "used by 900,000 people at launch";
    "of" stays ("by 5,000 of our followers"), an apposition after a comma is
    another item ("by 412 firms, renewal rate 94%")."""
    return _last_in_phrase(token) + 1


def _last_in_phrase(token: Token) -> int:
    last = token.i
    for child in token.children:
        if child.i < token.i or child.dep_ in ("punct", "relcl", "acl", "advcl"):
            continue
        if child.dep_ == "appos" and token.doc[child.left_edge.i - 1].text == ",":
            continue
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        last = max(last, _last_in_phrase(child))
    return last


def _stat_value(doc: Doc, end: int) -> int | None:
    """Where a big count written right after the term as its value ends, in a
    line of stats: "Twitter followers 4.1k (+600)", "Page views 12,400."; not
    "gave our followers 500 stickers", where a noun follows the count. A value
    that is a change or a rate ("Followers +12k this month", "Open rate 41%
    (!)", "CTR 2.3x vs benchmark") is one whatever its size, and may be followed
    by when or against what, but not by a noun or "of" ("engagement 20% of the
    time" is how often)."""
    if end >= len(doc):
        return None
    value = doc[end]
    last = end + 1
    relative = is_multiple(value)
    if not relative:
        if not is_count(value) or _YEAR.match(value.text):
            return None
        while last < len(doc) and _is_scale(doc[last]) and not doc[last - 1].whitespace_:
            last += 1  # "+12K", split "+12" "K"
        while last < len(doc) and doc[last].lower_ in _SCALE_WORDS:
            last += 1  # "Views across the season: 18 million", a scale word spelt out
        percent = last < len(doc) and doc[last].lower_ in ("%", "percent")
        last += percent
        signed = value.text[:1] in _SIGNS and len(value.text) > 1
        relative = percent or signed
        if not (relative or is_big(value)):
            return _big_after_an_arrow(doc, last)  # "YouTube subs 0 → 12.8k"
    after = doc[last] if last < len(doc) else None
    if after is None or after.is_space or after.is_punct or after.text in _STAT_SEPARATORS:
        return last
    if _emoji(after) or _hashtag_opens(doc, last):
        return last  # "Open rate 41% 🔥", "Reach 2M #growth": short posts end a stat with one
    if _still_rising(doc, last):
        return last  # "Retweets: 14.6k and counting" (round43)
    if after.text in _ARROWS:
        return last  # "followers 2.1k → 6.8k": the first count of a change
    if relative and after.lower_ in _VERSUS:
        return last  # "+140% QoQ", "2.3x vs benchmark"
    if relative and after.pos_ not in ("NOUN", "PROPN", "NUM") and after.lower_ != "of":
        return last
    return None


def _grown_from_small(doc: Doc, index: int) -> int | None:
    """Where a stat's value ends when it is a change from a small start, the
    number at ``index``, to a big count after an arrow: "GitHub stars: 0 →
    12,400" (``_big_after_an_arrow``)."""
    if index >= len(doc) or not doc[index].like_num or is_big(doc[index]):
        return None
    return _big_after_an_arrow(doc, index + 1)


def _grown_from_to_after(doc: Doc, end: int) -> int | None:
    """Where the term's own change right after it ends: "Results: followers
    from 900 → 6,300", "Instagram followers: from 700 to 5,200", with no verb
    (the parse hangs the "from" on the label before the term, so it is read in
    word order). Counts that grow, the first no year ("followers from 2019 to
    2024" is a span of time); no money (round38)."""
    at = end + 1 if end < len(doc) and _is_colon(doc[end]) else end
    last = _from_one_amount_to_another(doc, at)
    if last is None:
        return None
    counts = [t for t in doc[at + 1 : last] if number(t) is not None]
    if any(t.text in _CURRENCY for t in doc[at:last]) or _YEAR.match(counts[0].text):
        return None
    return last if (number(counts[-1]) or 0) > (number(counts[0]) or 0) else None


def _big_after_an_arrow(doc: Doc, end: int) -> int | None:
    """Where a change from a small start ends when an arrow leads to a big
    count: "GitHub stars: 0 → 12,400", "Subscribers 40 -> 3,100" (the start
    alone is too small for an audience; the count it grew to is one)."""
    if end + 1 >= len(doc) or doc[end].text not in _ARROWS:
        return None
    value = doc[end + 1]
    if not is_count(value) or _YEAR.match(value.text) or not is_big(value):
        return None
    last = end + 2
    while last < len(doc) and (_is_scale(doc[last]) or doc[last].lower_ in _SCALE_WORDS):
        last += 1  # "0 → 1.2M", split "1.2" "M"
    return last


def _value_before_a_phrase(doc: Doc, end: int) -> int | None:
    """Where a big count after a label's colon ends when a phrase of where it
    was counted follows it: "Total social audience: 1.47M across five
    platforms", "Followers: 12k on TikTok" (a stat line; without the colon a
    noun phrase may follow a count that is no value)."""
    if end >= len(doc) or doc[end - 1].text != ":":
        return None
    value = doc[end]
    if not is_count(value) or _YEAR.match(value.text) or not is_big(value):
        return None
    last = end + 1
    while last < len(doc) and (_is_scale(doc[last]) or doc[last].lower_ in _SCALE_WORDS):
        last += 1  # "1.47M" split "1.47" "M", "2.3 million"
    if last < len(doc) and doc[last].pos_ == "ADP" and doc[last].lower_ != "of":
        return last
    return None


_STILL_RISING = frozenset({"counting", "climbing", "rising", "growing"})


def _still_rising(doc: Doc, index: int) -> bool:
    """Does "and counting" (or "and climbing") follow a value at ``index``?"""
    return (
        index + 1 < len(doc)
        and doc[index].lower_ == "and"
        and doc[index + 1].lower_ in _STILL_RISING
    )


def _hashtag_opens(doc: Doc, index: int) -> bool:
    """Does a hashtag start at ``index`` ("#growth", split "#" "growth")?"""
    return (
        doc[index].text == "#"
        and not doc[index].whitespace_
        and index + 1 < len(doc)
        and doc[index + 1].is_alpha
    )


def _reach_as_stat(doc: Doc, index: int, *, parsed: bool) -> tuple[int, int] | None:
    """The span of the noun "reach" in a line of stats, which the tagger takes
    for a verb after a share or before a signed value: "+45% reach", "45% more
    reach this month", "2x reach", "Reach +45%". Not the verb with its object:
    "45% reach the final round", "reach 45% of your buyers" (no sign)."""
    if doc[index].lower_ != "reach":
        return None
    value = index + 1
    if value < len(doc) and doc[value].text[:1] in _SIGNS and len(doc[value].text) > 1:
        last = _stat_value(doc, value)
        if last is not None:
            return index, last
    if _label_first(doc, index):
        last = _cell_value(doc, _past_cell_breaks(doc, value))
        if last is not None:
            return index, last  # "Reach 1.2M, ER 4.1%", "| reach 380k |", "| Reach | 12,400 |"
        last = _value_after_qualified_label(doc, value)
        if last is not None:
            return index, last  # "Avg. reach per post: 12,400", "| Reach per post | 12,400 |"
    following = doc[value] if value < len(doc) else None
    objects = [c for c in doc[index].children if c.dep_ == "dobj"]
    if parsed and any(not _across_lines(doc, index, c.i) for c in objects):
        return None  # an object on the next line is the parse joining two stat lines
    if not parsed and following is not None and not (following.is_punct or following.is_space):
        return None
    position = index - 1
    if position >= 0 and doc[position].lower_ in _MORE:
        position -= 1  # "45% more reach"
    if position < 0:
        return None
    if is_multiple(doc[position]):
        return position, index + 1
    share = doc[position].lower_ in ("%", "percent")
    if share and position > 0 and is_count(doc[position - 1]):
        return _count_start(doc, position - 1), index + 1
    return None


def _sentence_bounds(doc: Doc) -> list[int]:
    """The first token of each sentence of ``doc``, then its length: the
    sentences ``Token.sent`` finds (a start is a token whose SENT_START is 1,
    and the first token), from one array rather than a walk per token."""
    from spacy.attrs import SENT_START

    if not len(doc):
        return [0]
    starts = doc.to_array(SENT_START).tolist()
    return [0, *(index for index in range(1, len(starts)) if starts[index] == 1), len(starts)]


def _copies(doc: Doc, sentences: list[Span]) -> list[Doc]:
    """Each sentence as a Doc of its own, with the tags, lemmas and token vectors
    the pipeline gave it: what the claims and the parser read. (Span.as_doc
    copies all a Doc can hold and took seven times as long.) The words and
    their spaces come from one array of the Doc too: a Token object per word,
    made twice, cost more than the rest of the copy."""
    from spacy.attrs import IDS, ORTH, SPACY
    from spacy.tokens import Doc

    if not sentences:
        return []
    copied = [IDS[name] for name in _COPIED]
    columns = cast("Ints2d", doc.to_array(copied))
    texts: list[list[int]] = doc.to_array([ORTH, SPACY]).tolist()
    strings = doc.vocab.strings
    copies = []
    for sentence in sentences:
        rows = texts[sentence.start : sentence.end]
        words = [strings[orth] for orth, _ in rows]
        spaces = [bool(space) for _, space in rows]
        copy = Doc(doc.vocab, words=words, spaces=spaces)
        copy.from_array(copied, columns[sentence.start : sentence.end])
        if doc.tensor is not None and len(doc.tensor):
            copy.tensor = doc.tensor[sentence.start : sentence.end]
        copies.append(copy)
    return copies


# Where a Doc of a document (whole, a chunk or a window) holds the document's
# title (``Document.title``); a Doc made of a text alone has its own first paragraph.
TITLE_KEY = "align.title"
# The document's paragraph after its first, which a title-like first paragraph
# reads too; a chunk that holds the first paragraph alone carries it here.
LEAD_KEY = "align.lead"


def lead_paragraph(text: str) -> str:
    """The text of the second paragraph of ``text`` ("" if there is none).
    Only the first two breaks are looked for: a whole document's text is long."""
    breaks = [m.end() for m in islice(PARAGRAPH_BREAK.finditer(text), 2)]
    if not breaks:
        return ""
    return text[breaks[0] : breaks[1] if len(breaks) > 1 else len(text)]


class _ParagraphWords:
    """The lowercase words of each paragraph of a Doc (blank-line separated),
    for the terms whose sense depends on what else the paragraph says. With
    them: each pair of adjacent words (a sense word may be a phrase: "open
    rate", judge57), and the words of ``title_senses`` the document's title
    holds, which every paragraph shares ("Two years of this newsletter today."
    over "I had 60 subscribers" names the channel of a stat list, judge56)."""

    # Ordinals in digits are words too ("our 12th player"); other numbers are not.
    _WORD = re.compile(r"[a-z][a-z'-]*|\b\d+(?:st|nd|rd|th)\b")
    # Marks that cheer ("!", "🎉", "🙌"), as words of their own: a sentence the
    # parse reads alone ("100K subscribers.") may be cheered by the next ("🎉🎉").
    # Arrows too, which say a count grew ("1.3k → 87k subs").
    _MARK = re.compile("->|[!\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff]")

    def __init__(self, doc: Doc, title_senses: frozenset[str] = frozenset()) -> None:
        text = self._text = doc_text(doc)
        own_title = title_of(text)
        title = doc.user_data.get(TITLE_KEY)
        if title is None:
            title = own_title
        self._title = frozenset(self._WORD.findall(title.lower())) & title_senses
        # Does this Doc open with the document's title (a chunk further on does not)?
        self._opens_with_title = bool(title) and own_title == title
        self._lead: str = doc.user_data.get(LEAD_KEY, "")
        self._offset = doc[0].idx if len(doc) else 0
        self._bounds = [0, *(m.end() for m in PARAGRAPH_BREAK.finditer(text)), len(text) + 1]
        # Each paragraph's words, read when first asked for: most paragraphs
        # hold no sentence that may claim.
        self._words: dict[int, frozenset[str]] = {}

    def paragraph_at(self, offset: int) -> int:
        """The number of the paragraph that holds character ``offset``."""
        return bisect_right(self._bounds, offset - self._offset) - 1

    def words_at(self, offset: int) -> frozenset[str]:
        at = self.paragraph_at(offset)
        if not 0 <= at < len(self._bounds) - 1:
            return frozenset()
        words = self._words.get(at)
        if words is None:
            words = self._own_words(at) | self._title
            if at == 0 and self._opens_with_title and self._lead:
                # A title is about what follows it: "Ten thousand subscribers."
                # over "…I had 61 readers. Open rate last week: 57%." Read from
                # the document, as a chunk may end inside that paragraph.
                words |= self._words_of(self._lead)
            elif at == 0 and self._opens_with_title and len(self._bounds) > 2:
                words |= self._own_words(1)
            self._words[at] = words
        return words

    def _own_words(self, at: int) -> frozenset[str]:
        return self._words_of(self._text[self._bounds[at] : self._bounds[at + 1]])

    @classmethod
    def _words_of(cls, paragraph: str) -> frozenset[str]:
        lower = paragraph.lower()
        marks = cls._MARK.findall(lower)
        found = cls._WORD.findall(lower)
        # Two-word phrases too, for sense words that are phrases ("open rate"),
        # also when the second ends in "'s" ("Open rate's been sitting at 61%").
        pairs = {f"{a} {b}" for a, b in pairwise(found)}
        pairs |= {f"{a} {b[:-2]}" for a, b in pairwise(found) if b.endswith("'s")}
        return _with_possessors(found) | set(marks) | pairs


def _with_possessors(words: list[str]) -> frozenset[str]:
    """The words, and the owner of each possessive as a word of its own: "the
    newsletter's subscribers" speaks of a newsletter, "the cluster's traffic"
    of a cluster, as a curly apostrophe (which the word pattern stops at) already
    reads. Only "'s" and a plural's "'": "rock'n'roll" keeps its form."""
    owners = [w[:-2] for w in words if w.endswith("'s")]
    owners += [w[:-1] for w in words if w.endswith("s'")]
    return frozenset([*words, *owners])
