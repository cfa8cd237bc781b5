"""What makes an attention term a metric claim: a count attached to it
("12k followers", "viewed 3,000 times"), a change ("followers grew 35%", "from
2k to 90k"), a milestone ("hit 100 subscribers", "we just passed 50,000!"), a
rank ("cracked the top 10"), a comparison, a superlative ("the most-shared
ad"), an amount ("thousands of views") or attention bought.

Each reading returns ``Evidence``: the kind of claim and the token range that
says it, or ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from align_lint.analysis.claims.counts import (
    _CURRENCY,
    _FURTHER,
    _MONTHS,
    _MORE,
    _ORDINAL,
    _ORDINAL_WORDS,
    _PER,
    _PERCENT,
    _SUPERLATIVES,
    _VAGUE_BIG,
    _YEAR,
    SCALE,
    _a_number,
    _a_share_of,
    _a_titles_count,
    _between_nouns,
    _big_duration,
    _change_noun_measured,
    _count_end,
    _count_start,
    _counted_by_length,
    _emoji,
    _from_one_amount_to_another,
    _has_superlative,
    _is_scale,
    _joins_a_compound,
    _length_compounded,
    _or_more,
    _per_unit,
    _tally,
    is_big,
    is_count,
    is_multiple,
    number,
)
from align_lint.analysis.claims.layout import (
    _STAT_SEPARATORS,
    _TIME_NOUNS,
    _a_value_lead,
    _across_cells,
    _across_lines,
    _cell_break,
    _cell_value,
    _grown_from_small,
    _grown_from_to_after,
    _in_a_time_span,
    _is_colon,
    _label_first,
    _line_break,
    _opening,
    _past_a_period,
    _past_cell_breaks,
    _phrase_end,
    _phrase_head,
    _reach_as_stat,
    _spread_after,
    _stat_line_label,
    _stat_value,
    _value_after_lead,
    _value_after_qualified_label,
    _value_before_a_phrase,
)
from align_lint.analysis.claims.milestones import (
    MilestoneReader,
    _big_milestone,
    _counts_a_noun,
)
from align_lint.analysis.claims.model import Claim, Evidence
from align_lint.analysis.claims.moods import (
    _APPROXIMATELY,
    _BE_FORMS,
    _FINITE_TAGS,
    _NOUN_PHRASE_WORDS,
    _OFFER,
    _WH_TAGS,
    _describing,
    _imperative,
    _kept_at,
    _never_higher,
    _no_more,
    _prize_for_the_first,
    _promised_something,
    _selected,
    _surveyed,
    _tinkering,
)
from align_lint.analysis.claims.ownership import (
    _MINE,
    _a_multiple,
    _an_audience,
    _at_a_ground,
    _count_of_you,
    _crowd_of_people,
    _doers_habit,
    _first_person,
    _fraction_of_a_count,
    _introduced_indefinitely,
    _is_people,
    _marked_to,
    _ours,
    _own_clause,
    _owned_by_a_name,
    _rolled_out,
    _subject_of,
    _what_it_is_of,
)
from align_lint.analysis.claims.vocabulary import (
    _AHEAD,
    _ASPECT,
    _BARE_RISE,
    _BARELY,
    _CHEAP,
    _MANY,
    _MULTIPLES,
)
from align_lint.rules.lexicons import Term

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# Verbs that measure a change by themselves: "our audience doubled".
_MULTIPLYING = frozenset({"double", "triple", "quadruple", "halve"})
_PRICES = frozenset({"cost", "price"})
# Possessives between a verb and what it gained: "boosted our TikTok reach".
_OWNERS = frozenset({"our", "my", "the", "its", "their", "his", "her", "your"})
# What opens a baseline after a factor: "4x the benchmark", "3x our average".
_BASELINE_OPENERS = _OWNERS | {"that", "what", "last"}
# Words after a term that introduce its count: "followers: 12,000", "a reach of
# 3 billion", "play count flipped over to 20,000", "traffic as high as 17 million",
# "reel views averaging 22k" (round38).
_COUNT_AFTER = frozenset(
    {":", "(", "of", "at", "to", "reached", "hit", "as", "averaging", "totalling", "totaling"}
)
# Words and arrows that say a term moved before its change: "followers up 35%",
# "followers ↑ 35% MoM" (stat lines write the arrow for "up").
# Pronouns that point at the post a sentence before named: "1.4M+ people saved
# it" (a big crowd keeps a post, not money or time).
_THE_POST = frozenset({"it", "this"})
# How a level word hangs on the verb it completes: "stayed flat" (acomp), "held
# steady" (advmod), "stayed the same" (npadvmod).
_LEVEL_DEPS = frozenset({"acomp", "advmod", "npadvmod", "attr", "oprd"})
_MOVED = frozenset(
    {"up", "+", "down", "\u2191", "\u2193", "\u2b06", "\u2b07", "\u2b06\ufe0f", "\u2b07\ufe0f"}
)
# Periods a count can fill: "a 100k pageview month"; and a saving is counted
# per ("we now save £410k a year", outcomes.py ``_saved_each_period``).
_PERIODS = frozenset({"day", "week", "weekend", "month", "quarter", "year", "night"})
# Prepositions that make "up to" a limit: "for up to 20 accounts".
_BOUND_OPENERS = frozenset({"for", "with", "across", "on"})
# Words between a count and what it counts that say the count was added.
# Words of how many were added, or of which tally (round45: "250k total
# downloads", "1.2M lifetime plays", which the tagger reads as verbs).
_ADDED_WORDS = frozenset(
    {"new", "more", "extra", "total", "lifetime", "combined", "cumulative", "organic", "unique"}
)
# Words that join the nouns of one phrase: "Instagram and TikTok followers".
_NOUN_JOINERS = frozenset({"and", "&", "/", "or", ","})
# How far after a channel's name the count it grew to may start: "grew our
# LinkedIn page from 2k to 90k followers".
_GROWN_TO_CHARS = 40
# What may stand between the term and the idiom: a verb ("went", "has gone",
# "is"), an adverb ("absolutely") or a colon or dash of a stat line.
_TO_IDIOM = frozenset({"VERB", "AUX", "ADV", "PART"})
# Counts in millions that a term's ``not_after`` keeps for stock ("2 million
# shares of the company") unless its sentence is about a post's attention.
_BIG_UNITS = frozenset({"million", "billion"})
# An audience said as a size after "of" ("an audience of 90 million") counts
# from here: below it, "an audience of 2,000" is a room's (``_size_after_of``).
_AUDIENCE_SIZE = 10_000


# The platforms, and the verbs a share price moves by ("Tesla shares slid").
MarketWords = tuple[frozenset[str], frozenset[str]]


def _a_companys_stock(
    doc: Doc, start: int, end: int, companies: frozenset[str], markets: MarketWords
) -> bool:
    """ "the bank's shares rose 4%", "the carrier's shares fell": shares a
    company (named by what it is) owns are its stock, as market news tells it;
    a post's or a page's shares are attention. A brand or a name stays
    ambiguous ("the brand's shares doubled on TikTok"), but for a name right
    before "shares" that moved as a price moves ("Marlin Sportswear shares
    rose 6%", "Tesla shares slid"; round42), not a platform's ("LinkedIn
    shares rose 40%" were reposts)."""
    if end - start != 1 or doc[start].lower_ != "shares" or start < 1:
        return False
    named = doc[start - 1]
    platforms, price_moves = markets
    if named.pos_ == "PROPN" and named.lower_ not in platforms and end < len(doc):
        moved = doc[end + 1] if doc[end].lemma_ == "be" and end + 1 < len(doc) else doc[end]
        return moved.lemma_ in price_moves  # "rose 6%", "were flat on Tuesday"
    return start >= 2 and named.tag_ == "POS" and doc[start - 2].lemma_ in companies


def _views_held_on(
    doc: Doc, start: int, end: int, attention_places: frozenset[str], opinions: frozenset[str]
) -> bool:
    """ "my views on lighthouses", "our views on the market remain unchanged",
    "the Board's views on capital allocation": someone's views on a subject
    are opinions; "our views on TikTok", "my views on the reel" and "the
    channel's views on…" (``attention_places``: platforms, pieces) are counts.
    Views "on whether" or "on how" something is are opinions whoever holds
    them (round41: "three views on whether brand accounts should joke"), and
    so are views called frank or strong (``opinions``) on a subject ("lots of
    frank views on the bus timetable changes", round46)."""
    if end - start != 1 or doc[start].lower_ != "views" or start == 0 or end + 1 >= len(doc):
        return False
    asked = doc[end + 1]
    if doc[end].lower_ == "on" and (asked.tag_ in _WH_TAGS or asked.lower_ == "whether"):
        return True
    owner = doc[start - 1]
    if owner.tag_ == "POS" and start > 1:  # "the Board's views": a holder, not a place
        held_by = doc[start - 2]
        if held_by.lower_ in attention_places or held_by.lemma_ in attention_places:
            return False
    elif owner.tag_ != "PRP$" and owner.lower_ not in opinions:
        return False
    if doc[end].lower_ != "on":
        return False
    subject = doc[end + 1]
    if subject.tag_ == "DT" and end + 2 < len(doc):
        subject = doc[end + 2]
    return subject.lower_ not in attention_places and subject.lemma_ not in attention_places


def _shared_post(sentence: Span, post_attention: frozenset[str]) -> bool:
    """Is a sentence about a post shared, so that "2.1 million shares" in it are
    reshares, not stock: the verb "share" ("everyone who shared our quiz: 3
    million shares") or another count of a post's attention ("9 million views
    and 1.3 million shares")? Stock news says neither ("the fund bought 1.5
    million shares"); its own words are the term's ``not_near``."""
    return any(
        (token.lemma_ == "share" and token.pos_ == "VERB")
        or (token.lemma_ in post_attention and token.pos_ in ("NOUN", "PROPN"))
        for token in sentence
    )


def _share_brought(holder: Token, credited: frozenset[str]) -> bool:
    """Is ``holder`` the percentage of "N% of <attention>" that a channel is
    credited with: the object of a verb of bringing ("social assisted 40% of
    site visits"), or of "account for"? Not a share that describes the
    audience: "40% of our followers are in Ohio"."""
    if holder.lower_ not in _PERCENT:
        return False
    verb = holder.head
    if holder.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head  # "accounts for 30% of our traffic"
    elif holder.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_ in credited


def _of_content(doc: Doc, index: int, content: frozenset[str]) -> bool:
    """ "shares of the carousel", "views of our launch video": the attention a
    piece of content got, where "shares of the company" are stock."""
    if doc[index].lower_ != "of":
        return False
    for token in doc[index + 1 : index + 5]:
        if token.lemma_ in content:
            return True
        if token.pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN"):
            return False
    return False


# The dependents that make up a noun phrase's name, not a clause or a phrase on it.
_NAMING_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "predet", "det"})


def _attention_is_bought(verb: Token, bought_attention: frozenset[str]) -> bool:
    """Is what is bought attention, whoever buys it: "Acme bought 4 million
    impressions", "the brand purchased 2M views" (a case study's voice for
    "we bought"), "they bought half their followers"? Spending, or a rival
    faking an audience: no sale. Shoppers buying units still sell ("shoppers
    bought 4,000 units"). Said as the attention's adjective too: "no bought
    followers, just consistent posts" (round32)."""
    if verb.dep_ == "amod" and verb.head.lemma_.lower() in bought_attention:
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # The object and the words that make it up, not a clause on it: "booked 14
    # meetings off one post that got 60 reactions" bought no reactions
    words = [w for o in objects for w in (o, *o.children) if w is o or w.dep_ in _NAMING_DEPS]
    return any(w.lemma_.lower() in bought_attention for w in words)


def _attention_bought(
    doc: Doc, start: int, end: int, grammar: Mapping[str, frozenset[str]]
) -> Evidence:
    """Attention bought cheaply, told as the result: "a cost per view of
    $0.008", "CPMs down to $2.10", "cost per 1,000 impressions fell to $3", "the
    cheapest reach we've ever bought". What was won is the views at a price, no
    outcome (the RUBRIC's vanity). A price that rose is no brag ("CPMs rose to
    $14"), nor a price with no amount ("what is a good cost per view?")."""
    cheap = _cheap_attention_bought(doc, start, end, grammar["buying_verbs"])
    if cheap is not None:
        return "superlative", cheap
    priced = _priced_from(doc, start, end, grammar["attention_prices"])
    if priced is None:
        return None
    for token in doc[end : end + 7]:
        if token.text in _CURRENCY and token.i + 1 < len(doc) and number(doc[token.i + 1]):
            last = token.i + 2
            while last < len(doc) and _is_scale(doc[last]) and not doc[last - 1].whitespace_:
                last += 1
            return "amount", (priced, last)
        if token.lemma_.lower() in grammar["rising_words"] or token.text in _PRICE_ENDS:
            return None
    return None


# Where the amount of a price of attention is no longer read: a sentence's
# end, and a comma, after which an amount is the next clause's ("at $25 CPM,
# about $41,000 total", round47).
_PRICE_ENDS = frozenset({".", ";", "?", "!", ","})


def _priced_from(doc: Doc, start: int, end: int, prices: frozenset[str]) -> int | None:
    """Where a price of attention begins: "CPMs", "cost per view", "price per
    1,000 impressions"; None for a term that is no such price."""
    if end - start == 1 and doc[start].lower_ in prices:
        return start
    position = start - 1
    if position > 0 and is_count(doc[position]) and doc[position - 1].lower_ in _PER:
        position -= 1  # "cost per 1,000 views"
    if position > 0 and doc[position].lower_ in _PER and doc[position - 1].lemma_ in _PRICES:
        return position - 1
    return None


def _cheap_attention_bought(
    doc: Doc, start: int, end: int, buying: frozenset[str]
) -> tuple[int, int] | None:
    """ "the cheapest reach we've ever bought", "cheaper views than we ever
    paid for": a comparison of prices paid for attention, with a verb of
    buying it after; not "cheap followers are worthless" (an opinion)."""
    if start == 0 or doc[start - 1].lower_ not in _CHEAP:
        return None
    for token in doc[end : end + 8]:
        if token.is_sent_start or token.text in (".", ";", "?", "!"):
            return None
        if token.lemma_ in buying and token.tag_ in ("VBD", "VBN"):
            return start - 1, end
    return None


def _in_a_named_place(doc: Doc, end: int, platforms: frozenset[str]) -> bool:
    """Is the term followed by "in" and a name that is no platform, month or
    quarter ("in Lisbon", "in Porto"; not "in TikTok history", "in March",
    "in Q3")?"""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return False
    name = doc[end + 1]
    if name.pos_ != "PROPN" or name.lower_ in platforms or name.lower_ in _MONTHS:
        return False
    return not _QUARTER.match(name.text)


_QUARTER = re.compile(r"^[Qq][1-4]$")


def _of_a_place(doc: Doc, end: int, scenery: frozenset[str]) -> bool:
    """Is the term followed by "of" and a place, as views of a landscape are
    ("the best views of the Rockies", "views of the lake"), by "from" and a
    place one looks out of ("the best views from my desk"), or by "in",
    "over" or "across" and a word of scenery ("the best views in the county",
    "views over the bay")? A place is a
    name not followed by the thing it owns or qualifies ("views of the Super
    Bowl ad", "Taylor Swift's video" are content), or a word of scenery."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "from", "in", "over", "across"):
        return False
    at = end + 1
    if at < len(doc) and doc[at].lower_ in ("the", "my", "our", "his", "her", "their"):
        at += 1
    if at < len(doc) and doc[at].lower_ in scenery:
        return True
    if doc[end].lower_ != "of":
        # "the best views from my desk", "in the county", "over the bay"; not
        # "3M views from TikTok", "2M views in the UK"
        return False
    first = at
    # A name, which the tagger may make a noun when it is plural ("the Rockies").
    while at < len(doc) and (doc[at].pos_ == "PROPN" or doc[at].text[:1].isupper()):
        at += 1
    if at == first:
        return False
    following = doc[at] if at < len(doc) else None
    return following is None or not (
        following.pos_ in ("NOUN", "PROPN", "PART") or following.text in ("'s", "\u2019s")
    )


def _a_people_by_name(token: Token) -> bool:
    """A plural name of people, capitalised inside its sentence ("Americans",
    "Londoners", which the tagger makes a plural name or a plural noun)."""
    return (
        token.tag_ in ("NNPS", "NNS") and token.text[:1].isupper() and token.i != token.sent.start
    )


def _at_ours(verb: Token) -> bool:
    """Is the verb's object the writer's: "saw our spot", "watched my video",
    also where the parse made the object a clause ("saw our ang bao
    animation", "bao" its subject)?"""
    mine = ("our", "my")
    return any(
        (c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in mine for g in c.children))
        or (c.dep_ == "ccomp" and c.left_edge.lower_ in mine)
        for c in verb.children
    )


def _share_of(part: Token, whole: Token) -> bool:
    """Are ``part`` and ``whole`` the numbers of a share said as a ratio, "1 in
    5", "one in three", "7 in 10": the part a count smaller than the whole?"""
    if part.lower_ in ("1", "one"):
        return True
    if not is_count(part) or not is_count(whole):
        return False
    return 0 < (number(part) or 0) < (number(whole) or 0)


def _one_in_a_people(count: Token, people: frozenset[str], verb: Token) -> bool:
    """Is the subject "1" of "1 in 5 Londoners" ("7" of "7 in 10
    Singaporeans"), the crowd hung on its "in" (``_a_share_of_a_crowd``):
    people, or a people by name at something of ours (as for ``_one_in``)?"""
    crowd = _a_share_of_a_crowd(count)
    if crowd is None:
        return False
    return _is_people(crowd, people) or (_a_people_by_name(crowd) and _at_ours(verb))


def _a_share_of_a_crowd(part: Token) -> Token | None:
    """The crowd of "1 in 4 UK nurses" when ``part`` is its first number, which
    the parse makes a verb's object with the crowd hung on its "in" (or on the
    verb, right after the number); whether the crowd is people is the
    caller's to say ("1 in 4 servers" is none)."""
    doc = part.doc
    after = doc[part.i + 1] if part.i + 1 < len(doc) else None
    hung_on_the_verb = [after] if after is not None and after.head.i == part.head.i else []
    for preposition in (*part.children, *hung_on_the_verb):
        if preposition.dep_ != "prep" or preposition.lower_ != "in":
            continue
        for crowd in preposition.children:
            whole = [c for c in crowd.children if c.dep_ == "nummod"]
            if crowd.dep_ == "pobj" and whole and _share_of(part, whole[0]):
                return crowd
    return None


def _one_in(count: Token) -> int | None:
    """Where "1 in 4", "one in three" or "7 in 10" begins, when ``count`` is
    its last number: a share of a people ("1 in 4 Americans"), said as a ratio."""
    doc = count.doc
    if count.i < 2 or not is_count(count) or doc[count.i - 1].lower_ != "in":
        return None
    first = doc[count.i - 2]
    return first.i if _share_of(first, count) else None


def _qualifies_next_noun(doc: Doc, term: Token, end: int) -> bool:
    """Does a counted-only term ("community", "comments") qualify the noun after
    it, which is then what a count before it counts: "350 community blog
    posts", "247 community-driven projects", "our 2018 community heroes"? Read
    from the parse where there is one, else from the words: a hyphen or a noun
    right after. "A community of 80,000" and "80,000 comments" end the phrase."""
    if end < len(doc) and doc[end].text == "-":
        return True
    if term.dep_:
        return (
            term.dep_ in ("compound", "amod", "nmod")
            and term.head.i > term.i
            and term.head.pos_ in ("NOUN", "PROPN")
            # a period the count filled is no thing counted: "our first 100k
            # pageview month" counts pageviews (round39)
            and not (term.head.tag_ == "NN" and term.head.lower_ in _PERIODS)
            # not a noun with a count of its own that the parse hung it on, on
            # the next line or after an emoji: "💬 12K comments 🔁 40K shares"
            # lists two counts (a Markdown paragraph joins its lines)
            and not _across_lines(doc, term.i, term.head.i)
            # nor an emoji the tagger made the noun (round43): "now has 9.8k favourites 🐸"
            and not _emoji(term.head)
            and not any(_emoji(t) or is_count(t) for t in doc[term.i + 1 : term.head.i])
        )
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].tag_ in ("NNS", "NN")


def _first_half_of_a_hyphened_word(doc: Doc, end: int) -> bool:
    """Is the term the first half of a word joined by a hyphen, which then names
    something else: "the two Reader-Writer problems", "five viewer-facing
    features"? A count before it counts the whole word's thing, not an
    audience ("three readers" keeps its count). Only a hyphen with no space on
    either side: "12k followers - and counting" is a dash."""
    if end >= len(doc) or end + 1 >= len(doc) or doc[end].text != "-":
        return False
    return not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha


def _in_a_clause_of(count: Token, people: Token) -> bool:
    """Does ``count`` sit in a clause hung on the people rather than count
    them: "the community of developers who have contributed 1,048 commits"
    (the commits are counted), not "a community of 80,000 developers"?"""
    token = count
    while token.i != people.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl"):
            return True
        token = token.head
    return False


def _people_something_holds_for(crowd: Token) -> bool:
    """Are "many viewers" the people a statement holds for, after "for": "for
    many viewers this was the first look at the tool", "useful for many
    readers"? They are how something was for them, not a tally gained; "many
    viewers watched" and "so many new readers" stay amounts."""
    governor = crowd.head
    return crowd.dep_ == "pobj" and governor.lower_ == "for"


def _puts_a_thing(verb: Token, marks: frozenset[str], highs: frozenset[str]) -> bool:
    """Does a verb of change move something of its own into the place the term
    names: "drop it in the comments", "drop your link in the replies"? Then the
    term is a place, not a number that dropped ("we jumped 40% in followers",
    "we hit a record in views" keep theirs)."""
    return any(
        child.dep_ == "dobj"
        and not is_count(child)
        and child.lemma_ not in marks
        and child.lower_ not in highs
        for child in verb.children
    )


def _subject_tagged_base_verb(token: Token) -> bool:
    """ "reach was 3x our average" typed in lower case: the first word, tagged a
    bare verb, before a finite "be" is the sentence's subject, since no
    imperative is followed by "was" or "is"."""
    doc = token.doc
    if token.tag_ != "VB" or token.i != token.sent.start or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    return following.lemma_ == "be" and following.tag_ in ("VBD", "VBZ")


# Prepositions after a sentence's first word that show it a noun: "Leads from
# social were up 48%", "Orders via Instagram doubled".
_NOUN_PREPOSITIONS = frozenset({"from", "via", "through", "per", "in", "on", "by"})
# The prepositions a level is held at: "kept our engagement rate above 5%".
_LEVEL_PREPOSITIONS = frozenset({"above", "over", "at", "below", "under"})


def _subject_tagged_verb(token: Token, before: Token | None) -> bool:
    """A plural noun tagged a third-person verb where no verb can stand: after
    a possessive ("our leads from social"), as the parse's subject of a verb
    after it, or first in its sentence before a preposition ("Leads from
    social were up 48%"; "she leads the team" has a subject and an object)."""
    if before is not None and before.tag_ == "PRP$":
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i:
        return True
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.i == token.sent.start
        and following is not None
        and following.lower_ in _NOUN_PREPOSITIONS
    )


# Bounds before a count of people reached that the parse may take for a
# preposition: "reached over 210k people", "reached around 40k accounts".
_REACHED_OVER = frozenset({"over", "around", "about", "nearly", "almost", "beyond"})


def _labelled_by_the_emoji(doc: Doc, emoji: Token, count: Token) -> bool:
    """Is the count the one an emoji standing for a metric labels: after it,
    with no word of its own after it ("👀 3.2M", not "🔁 1,100 forwards")?"""
    end = _count_end(doc, count.i)
    return count.i > emoji.i and (end >= len(doc) or not doc[end].is_alpha)


def _counted(noun: Token) -> bool:
    """Does a count stand right before the noun ("210k people"), however the
    parse hung it (a compound or a number)?"""
    return noun.i > 0 and is_count(noun.doc[noun.i - 1])


def _reach_tagged_verb(token: Token) -> bool:
    """ "reach" in a report's stat line, which the tagger makes a present verb:
    a count right before it ("410k reach") or a change right after it ("post
    reach up 40%"). "We reach 3,000 homes" has its subject before it."""
    doc = token.doc
    if _counted_before(doc, token.i):
        return True
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("up", "down"):
        return _a_change_of(doc, token.i + 2)
    return False


def _subject_made_of_the_noun_before(term: Token) -> bool:
    """Did the parse make the term an auxiliary of the verb after it and the
    noun before it that verb's subject ("Post reach doubled after we
    switched", "Story reach tripled")? The noun before stands for the phrase."""
    if term.dep_ != "aux" or term.i == 0:
        return False
    before = term.doc[term.i - 1]
    # The subject hangs on the verb or, in some parses, on "reach" itself.
    return before.dep_ in ("nsubj", "nsubjpass") and before.head in (term, term.head)


def _reach_as_subject(token: Token) -> bool:
    """ "reach" tagged a bare or present verb that the parse made the subject of
    the finite verb right after it: "our Instagram reach grew 40%", "post
    reach doubled". No verb "reach" is a subject ("we reach 3,000 homes" has
    its own)."""
    if token.tag_ not in ("VB", "VBP"):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not doc.has_annotation("DEP"):
        # Before the parse, word order alone: no verb "reach" is followed by a
        # finite verb ("Post reach doubled"), so the parse must decide.
        return following is not None and following.tag_ in _FINITE_TAGS
    if _subject_made_of_the_noun_before(token):
        return True
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return (
        following is not None
        and following.i == token.head.i
        and (following.tag_ in _FINITE_TAGS or following.pos_ == "AUX")
    )


def _multiple_of_a_baseline_before(doc: Doc, start: int, usual: frozenset[str]) -> int | None:
    """Where a multiple of a baseline starts before the term at ``start``: "3x
    the engagement", "twice our usual views", "3 times our normal reach". The
    baseline is "the" or a possessive, with at most one word of what is usual."""
    before = start - 1
    if before > 0 and doc[before].lower_ in usual:
        before -= 1
    if before <= 0 or not (doc[before].lower_ == "the" or doc[before].tag_ == "PRP$"):
        return None
    multiple = doc[before - 1]
    if _a_multiple(multiple):
        return before - 1
    if multiple.lower_ == "times" and before >= 2 and is_count(doc[before - 2]):
        return before - 2
    return None


def _counted_before(doc: Doc, index: int) -> bool:
    """Is the word at ``index`` counted right before it ("2.3M likes"), past a
    hyphened word ("one million all-time listens") or past a word of how many
    were added or of which tally ("800 new follows", "250k total downloads",
    which the tagger reads as verbs)?"""
    if index > 0 and _counted_word(doc[index - 1]):
        return True
    if index >= 2 and doc[index - 1].lower_ in _ADDED_WORDS and _counted_word(doc[index - 2]):
        return True
    return index >= 4 and doc[index - 2].text == "-" and _counted_word(doc[index - 4])


def _a_fraction_of_people(noun: Token, people: frozenset[str]) -> bool:
    """Is ``noun`` a part of a counted people, "a quarter of a million people",
    "half of our 40,000 readers"?"""
    return _fraction_of_a_count(noun) and any(
        _is_people(t, people) for c in noun.children if c.lower_ == "of" for t in c.children
    )


def _like_as_about(word: Token) -> bool:
    """Is "like" a hedge before an amount ("down like 40%", "like 3,000 people
    showed up"), as speech says "about"? Not "liked 3,000 times" nor "100
    people like this page"."""
    doc = word.doc
    return (
        word.lower_ == "like"
        and word.i + 1 < len(doc)
        and is_count(doc[word.i + 1])
        and not (word.i > 0 and is_count(doc[word.i - 1]))
    )


def _followed_by_a_change(verb: Token, change_nouns: frozenset[str]) -> bool:
    """Is "followed by" the sense of coming after, its agent a change ("was
    followed by a 14% rise in bookings"), not people following ("followed by
    40,000 fans")?"""
    if verb.lemma_ != "follow":
        return False
    return any(
        child.dep_ == "agent" and any(t.lemma_ in change_nouns for t in child.children)
        for child in verb.children
    )


def _noun_tagged_verb(token: Token, wanted: Collection[str]) -> bool:
    """A plural noun the tagger made a verb because a verb follows it: "and
    leads doubled", "orders were up", or a count comes before it: "2.3M
    likes" ("she leads the team" is a verb)."""
    if "NOUN" not in wanted:
        return False
    if _subject_tagged_base_verb(token):
        return True
    doc = token.doc
    if _stat_line_label(doc, token.i):
        return True  # "Reach: 96,100" on a report's line, whatever the tagger made of it
    if token.is_upper and _counted_before(doc, token.i):
        return True  # "1 MILLION STREAMS": shouted words are tagged as may be
    if token.lower_ == "reach":
        if _reach_as_subject(token):
            return True
        if token.tag_ == "VBP":
            return _reach_tagged_verb(token)
        if token.tag_ == "VB" and token.i + 2 < len(doc):
            # "Reach up 40% this quarter.", read as a bidding to reach
            moved = doc[token.i + 1].lower_ in ("up", "down")
            return moved and _a_change_of(doc, token.i + 2)
    if token.tag_ != "VBZ":
        return False
    if _counted_before(doc, token.i):
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    if _subject_tagged_verb(token, before):
        return True
    if token.i + 1 >= len(doc):
        return False
    if _label_first(doc, token.i) and _cell_value(doc, token.i + 1) is not None:
        return True  # a report's cell: "impressions 6.1M | clicks 52,000"
    if _label_before_its_value(doc, token.i):
        return True  # a stat line: "Story views — 65k #growth", "Story views: **65k**"
    following = doc[token.i + 1]
    if following.lower_ in ("up", "down") and token.i + 2 < len(doc):
        return _a_change_of(doc, token.i + 2)  # a report's line: "story views up 22%"
    return following.tag_ in _FINITE_TAGS or following.pos_ == "AUX"


def _a_stage_of_none(count: Token, starting: frozenset[str]) -> bool:
    """Is the count a zero "at" which someone stands ("Things I wish I knew
    at 0 subscribers")? No one is counted. Not the start of a story of growth
    ("we started at 0 followers", "moved to Bluesky with 0 followers. 28.4k
    now."), whose end the next sentence may tell with a bare count, nor a
    group of a number spaced in thousands ("2 000 000 streams", round44)."""
    doc = count.doc
    if count.lower_ not in ("0", "zero") or count.i == 0 or doc[count.i - 1].lower_ != "at":
        return False
    return not any(t.lemma_ in starting for t in count.sent)


def _label_tagged_name(token: Token, wanted: Collection[str]) -> bool:
    """A capitalised plural the tagger made a proper noun as a stat line's
    label: "Results\n• Clicks: 210k" under a heading. A name is never followed
    by a colon and a lone stat, so the label is the noun it looks like."""
    if "NOUN" not in wanted or token.tag_ != "NNPS":
        return False
    return _label_before_its_value(token.doc, token.i)


def _label_before_its_value(doc: Doc, index: int) -> bool:
    """Does the word at ``index`` open a stat line as a label, with a colon, a
    dash, an arrow or a bar and then the value ("Story views — 65k", "Story
    views: **65k**")? The tagger makes such a plural a verb once a hashtag or
    Markdown's bold, masked to spaces, follows the value; a verb is never
    followed by a colon and a lone stat ("He views: 65k" is no sentence)."""
    lead = index + 1
    if lead >= len(doc) or not _label_first(doc, index):
        return False
    if doc[lead].text != ":" and not _a_value_lead(doc, lead):
        return False
    value = _past_cell_breaks(doc, lead + 1)  # "Story views — **65k**", the bold's masked stars
    return _stat_value(doc, value) is not None


def _our_piece_as_it(
    subject: Token, content_nouns: frozenset[str], publishing: frozenset[str]
) -> bool:
    """Is the subject "it" standing for a piece of the writer's named before it
    in the sentence ("Posted our flood map at 6am, by noon it had been
    reposted by…"): a content noun, or what a verb of ``publishing`` put out?"""
    if subject.lower_ != "it":
        return False
    return any(
        (t.lemma_ in content_nouns or (t.dep_ == "dobj" and t.head.lemma_ in publishing))
        and any(c.lower_ in ("our", "my") for c in t.children)
        for t in subject.doc[subject.sent.start : subject.i]
    )


def _a_roll_of_the_counted(crowd: Token) -> bool:
    """Is the agent a roll of those who passed a piece on, some counted ("two
    senators, one astronaut and a famous goose account", "three national
    outlets and half of Twitter", round38): a brag of who amplified it, as a
    big count of people is? Not one agent ("by a colleague"), nor a list
    with no count ("by Sam and Priya")."""
    members = [crowd]
    for token in crowd.subtree:  # a list the parse may hang as appositions: "two MPs, a…"
        if token.dep_ in ("conj", "appos") and token.head in members:
            members.append(token)
    if len(members) < 2:
        return False
    return any(
        any(c.dep_ == "nummod" or (c.lower_ == "half" and c.dep_ != "det") for c in m.children)
        or m.lower_ == "half"
        for m in members
    )


def _a_year_owned(doc: Doc, index: int) -> bool:
    """Is the number at ``index`` a year right after a possessive ("my 2016
    views on podcasts", "her 2019 likes"): the views of that year, no count?"""
    return _YEAR.match(doc[index].text) is not None and index > 0 and doc[index - 1].tag_ == "PRP$"


def _its_own_change_after(doc: Doc, start: int, end: int) -> Evidence:
    """The term's change "from" one count "to" a bigger right after it, with
    no verb ("followers from 900 → 6,300"); not a band of sizes accounts are
    "with" ("accounts with followers from 10k to 100k", "creators with
    Instagram followers from…")."""
    if any(t.lower_ in ("with", "between") for t in doc[max(0, start - 2) : start]):
        return None
    grown = _grown_from_to_after(doc, end)
    return None if grown is None else ("change", (start, grown))


def _a_change_of(doc: Doc, index: int) -> bool:
    """Does a change's size start at ``index``: "22%", "3x", "40,000"? Not
    "up 3 flights of stairs"."""
    size = doc[index]
    if is_multiple(size):
        return True
    if not is_count(size):
        return False
    percent = index + 1 < len(doc) and doc[index + 1].lower_ in _PERCENT
    return percent or is_big(size)


def _counted_word(token: Token) -> bool:
    """A count, or the scale letter split from one ("2.3" "M")."""
    if is_count(token) and not _YEAR.match(token.text):
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.lower_ in ("k", "m", "b", "bn", "mn")
        and previous is not None
        and not previous.whitespace_
        and is_count(previous)
    )


def _grown_to_a_count(channel: Claim, at: int, claims: list[Claim]) -> bool:
    """Does a counted audience claim follow the channel's name closely ("grew
    our page from 2k to 90k followers", "took the channel to 40,000
    subscribers")? That count is the claim, and the mention a reader would
    mark; the channel's growth would repeat it as a second finding. So with
    an outcome's count that holds the channel's number ("our newsletter now
    reaches 40,000 customers", "the newsletter crossed 1,000 paying
    subscribers"): the channel counts customers, no audience. A
    milestone read without a metric word inside the channel's own claim ("our
    IG just crossed 25k") is that same claim, told once."""
    return any(
        other is not channel
        and (
            (
                other.kind == "metric"
                and other.lexicon == "attention"  # its audience counted, not a reach's people
                and other.evidence == "count"
                and at < other.start <= at + _GROWN_TO_CHARS
            )
            or (
                other.kind == "metric"
                and other.evidence == "milestone"
                and channel.start < other.start < other.end <= channel.end
            )
            or (
                # Named or counted: "crossed 1,000 paying subscribers" is a term
                # whose count the channel's claim ends on, as "reaches 40,000
                # customers" is a count.
                other.kind == "outcome" and channel.start < other.start < channel.end < other.end
            )
        )
        for other in claims
    )


def _compared(verb: Token, people: frozenset[str]) -> int | None:
    """Where "more than" after an attention verb ends: "the reel was shared
    more than any post in our history", "fans watched it more than…". Only a
    thing attended to or people attending: "I like tea more than coffee" is a
    preference. Before the verb, "now more than ever, people are reaching out"
    says "especially now", and compares no audience."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not passive and not any(c.dep_ == "nsubj" and _is_people(c, people) for c in verb.children):
        return None
    # A passive verb has no object: "watched more than everything else" is
    # compared however the parse hangs "more" (round46).
    comparing = ("advmod", "dobj") if passive else ("advmod",)
    for child in verb.children:
        than = any(c.lower_ == "than" for c in child.children)
        if child.dep_ in comparing and child.i > verb.i and _further(child) and than:
            return child.i + 1
    return None


def _more_than_before(people: Token) -> bool:
    """Are the people "more" or "fewer" than something named right after them
    ("more people than our whole Christmas campaign")?"""
    return any(c.lower_ in _MORE and c.i < people.i for c in people.children) and any(
        t.lower_ == "than" for t in people.doc[people.i + 1 : people.i + 3]
    )


def _for_the_nth_time(doc: Doc, verb: int) -> int | None:
    """Where "for the 60,000th time" ends right after a verb of attention
    ("got retweeted for the 60,000th time", "watched for the millionth
    time"): a milestone counted by its ordinal, from the thousandth up (the
    "for the 10th time" of a habit is no audience). None without one."""
    words = doc[verb + 1 : verb + 5]
    if len(words) < 4 or [t.lower_ for t in words[:2]] != ["for", "the"]:
        return None
    ordinal, time = words[2], words[3]
    if time.lower_ != "time":
        return None
    if ordinal.lower_ in _ORDINAL_WORDS:
        return time.i + 1
    if not _ORDINAL.match(ordinal.text):
        return None
    value = float(re.sub(r"[^\d.]", "", ordinal.text) or 0)
    return time.i + 1 if value >= 1000 else None


def _a_dated_year(count: Token) -> bool:
    """Is the count a year that dates something ("went live in June 2022",
    "in 2019"), after a month or "in", "since" or "of"? No level reached."""
    if not _YEAR.match(count.text) or count.i == 0:
        return False
    before = count.doc[count.i - 1]
    return before.lower_ in _MONTHS or before.lower_ in ("in", "since", "of")


def _names_the_writer(verb: Token) -> bool:
    """Is what the verb names the writer: "us" or "me", a thing of "our" or
    "my" ("tagged us", "mentioned our café"), or, passive, "we" or "I" ("we
    were tagged in 4,000 stories")?"""
    for child in verb.children:
        if child.dep_ == "dobj" and (
            child.lower_ in ("us", "me")
            or any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in child.children)
        ):
            return True
        if child.dep_ == "nsubjpass" and child.lower_ in ("we", "i"):
            return True
    return False


def _pieces_counted(verb: Token, content: frozenset[str]) -> tuple[int, int] | None:
    """Where a big count of pieces of content is, that use something or that
    it is used in: "this sound has been used in 48,000 videos", "90,000 videos
    now use our sound" (a sound or a filter taken up: its verb's lexicon entry
    asks for one near). None if no piece is counted."""
    pieces = [c for c in verb.children if c.dep_ == "nsubj"] + [
        t
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for t in prep.children
        if t.dep_ == "pobj"
    ]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        pieces.append(verb.head)  # "over 40,000 videos using it now" (round45)
    for piece in pieces:
        # "used in 40,000 TikToks 😳": the parse may make the emoji the object,
        # the pieces and their count its modifiers
        named = [c for c in piece.children if c.dep_ == "compound"] if _emoji(piece) else []
        words = [piece, *named]
        if not any(w.lemma_ in content or w.lower_ in content for w in words):
            continue
        # the count may hang on a word before the piece ("3,500+ Instagram
        # stories", the count the platform's modifier, round47)
        counts = [c for w in words for c in w.subtree if c.i < w.i and is_count(c) and is_big(c)]
        if counts:
            return _count_start(piece.doc, counts[0].i), max(
                w.i for w in words if not _emoji(w)
            ) + 1
    return None


# What follows an hour: "at 6pm", "6 a.m.".
_CLOCK_MARKS = frozenset({"am", "pm", "a.m.", "p.m."})


def _how_many_defined(doc: Doc, many: int) -> bool:
    """Is "many" the "how many" of a definition ("reach is how many unique
    accounts saw your post", "impressions measure how many times…"), not of
    a count told before or after ("That's how many followers we have",
    "I checked how many streams I've had: 43,000")?"""
    if many < 2 or doc[many - 1].lower_ != "how":
        return False
    verb = doc[many - 2]
    if verb.lemma_ not in ("be", "measure", "count", "mean", "show", "tell"):
        return False
    return many < 3 or doc[many - 3].lower_ not in ("that", "this", "it", "which", "what")


def _glossed(count: Token, predicate: Token) -> bool:
    """Is the count in an apposition under the predicate, a gloss of what the
    subject is ("the newsletter is our top source of trials — 40% of new
    customers came from it"), or past a colon after it (round41: "the account
    is now our biggest source of bookings: 1,140 room nights"), not the
    subject's level?"""
    between = count.doc[min(predicate.i, predicate.head.i) : count.i]
    colon = next((t.i for t in between if t.text in (":", "\u2014", "\u2013")), None)
    if colon is not None and any(
        t.pos_ in ("NOUN", "PROPN") for t in count.doc[between.start : colon]
    ):
        return True  # a noun said before the colon: the count explains it
    node = count
    while node.i != predicate.i and node.head.i != node.i:
        if node.dep_ == "appos":
            return True
        node = node.head
    return False


def _put_up(channel: Token) -> bool:
    """Does the channel "go up" with no amount, the way a piece is published
    ("the vlog goes up Sunday", "the podcast went up at 6am"), not grown ("our
    newsletter went up 40%")?"""
    verb = channel.head
    if channel.dep_ != "nsubj" or verb.lemma_ != "go":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    after = [t for t in verb.subtree if t.i > verb.i]
    # "at 6pm" is the hour it goes up, no amount
    hours = {t.i - 1 for t in after if t.lower_ in _CLOCK_MARKS}
    return not any((is_count(t) and t.i not in hours) or is_multiple(t) for t in after)


def _counted_of_you(subject: Token) -> bool:
    """Is the subject a big count "of you" ("2,431 of you saved the post"):
    the writer's readers, counted?"""
    if not (is_count(subject) and is_big(subject)):
        return False
    return any(
        of.dep_ == "prep" and of.lower_ == "of" and any(t.lower_ == "you" for t in of.children)
        for of in subject.children
    )


def _held_with(count: Token, top: Token) -> bool:
    """Is the count inside a "with" phrase below ``top`` ("by a streamer with
    40k followers")? It is what the one named has, not how many did it."""
    node = count
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ == "with":
            return True
        node = node.head
    return False


def _further(adverb: Token) -> bool:
    """ "more", "further", "more widely": how much more an attention verb
    was done (``_compared``)."""
    if adverb.lower_ in _MORE or adverb.lower_ in _FURTHER:
        return True
    return adverb.lower_ == "widely" and any(c.lower_ in _MORE for c in adverb.children)


def _set_against_a_later_subject(head: Token, verb: Token) -> bool:
    """Is the term set against another subject by "but" (or "yet"), the other
    nearer the verb ("nice engagement, but retention of that cohort is 91%")?
    The verb's words are the other's; "followers and likes are up 40%" share
    theirs."""
    if head.i > verb.i:
        return False
    between = head.doc[head.i + 1 : verb.i]
    contrast = any(t.lower_ in ("but", "yet") for t in between)
    if contrast and any(t.dep_ in ("conj", "nsubj") and t.pos_ == "NOUN" for t in between):
        return True
    # ", and" then a noun the tagger made a verb, which the parse joined to the
    # term: "3,100 new accounts opened by students, and churn in that group
    # fell by a third" (round39): what fell is churn
    return any(
        t.dep_ == "conj"
        and t.head.i == head.i
        and t.pos_ == "VERB"
        and t.i > 1
        and head.doc[t.i - 1].lower_ == "and"
        and head.doc[t.i - 2].text == ","
        for t in between
    )


def _counted_times(doc: Doc, start: int, times: int, steps: frozenset[str]) -> bool:
    """Is there a count before "times" (from ``start``) of an audience: "viewed
    3,000 times", "commented on 94 times"? Clicks count as an audience's from
    100 up, as the noun does: "clicked the same button thirty times" are a
    user's steps."""
    if times + 1 < len(doc) and doc[times + 1].lower_ in ("as", "more", "less", "faster"):
        return False  # "visit 1.8 times as often", "3 times more likely": a ratio, no count
    counts = [t for t in doc[start:times] if is_count(t)]
    if doc[start - 1].lemma_ in steps:
        return any(is_big(t) for t in counts)
    return bool(counts)


def _soared(doc: Doc, start: int, end: int, idioms: frozenset[tuple[str, ...]]) -> Evidence:
    """ "engagement went through the roof", "our reach: off the charts": a
    metric said to have soared, by an idiom (``soaring_idioms``); read from word
    order, because the parse hangs the idiom on the verb, or on nothing in a
    verbless line."""
    lengths = sorted({len(idiom) for idiom in idioms})
    index = end
    while index < len(doc) and index - end < 4:
        for length in lengths:
            if tuple(t.lower_ for t in doc[index : index + length]) in idioms:
                return "change", (start, index + length)
        token = doc[index]
        if token.pos_ not in _TO_IDIOM and token.text not in (":", "-", "\u2014", "\u2013"):
            return None
        index += 1
    return None


# Which way a metric moved, as a verb and its direction say it.
Direction = Literal["up", "down", "level"]
# The particles that give a verb of drifting its way: "went up", "went down".
_UP_OR_DOWN = frozenset({"up", "down"})
# Adverbs between "is" and "up" that deny the rise: "engagement is not up".
_NOT_A_DEGREE = frozenset({"not", "n't", "n\u2019t", "never", "hardly"})


def _verb_over_a_list(holder: Token) -> Token | None:
    """The verb whose object is a list that ends in ``holder`` ("overtaken
    Kestrel, Paylo and two of the big banks"), up through the list's joins and
    "of" phrases only; None if another word comes between."""
    node = holder
    for _ in range(_LIST_REACH):
        if node.head.i == node.i:
            return None
        if node.dep_ not in ("conj", "pobj", "prep"):
            # its object, or a name the parse hung on the verb otherwise
            return node.head if node.head.pos_ == "VERB" else None
        node = node.head
    return None


# How many steps up a list and its "of" phrases the verb may stand.
_LIST_REACH = 6


class MoveReader:
    """Does a verb say that its metric moved, and which way: up ("followers
    grew", "engagement went up", "reach ticked up"), down ("views dropped",
    "subscribers went down") or level ("page views remained steady", "reach
    barely changed", "followers plateaued")? One reader of the verbs of
    growth (``growth_verbs``, falling ones ``move_falling_verbs``), of
    drifting (``drift_verbs`` with a particle or ``rising_directions``), of
    changing (``changing_verbs``) and of holding a level (``level_words``)."""

    def __init__(self, grammar: Mapping[str, frozenset[str]]) -> None:
        self._grammar = grammar

    def direction(self, verb: Token) -> Direction | None:
        """Which way the verb says its metric moved; None if it says no move
        ("followers hit 10k", "our hashtag is trending", "the kids grew up")."""
        if self.moved(verb):
            return self._way(verb)
        return "level" if self.held_level(verb) else None

    def moved(self, verb: Token) -> bool:
        """Does the verb itself say a move: a verb of growth ("followers grew",
        "views dropped", "reach plateaued"), not "grew up" (with us); or a verb
        of drifting with its direction ("went up", "ticked up", "trending
        upward")?"""
        if verb.lemma_ in self._grammar["drift_verbs"]:
            return self._drift_way(verb) is not None
        if self._took_off(verb):
            return True
        if verb.lemma_ not in self._grammar["growth_verbs"]:
            return False
        return not (verb.lemma_ == "grow" and any(c.lower_ == "up" for c in verb.children))

    def held_level(self, verb: Token) -> bool:
        """Did the metric whose verb this is stay where it was: "remained steady",
        "held flat", "were flat week over week" (the parse hangs "flat" on the
        period), "stayed the same", "barely changed"? A level reported is a
        result as a rise or a drop is. So is a verb of moving at all denied:
        "reach didn't budge", "followers never moved", "views haven't moved an
        inch" say the metric stayed level; "didn't stay flat" is denied, and
        "views haven't changed" is a mind as often as a metric."""
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
        if negated:  # "didn't budge" (``move_denied_verbs``), not "didn't change" (a mind)
            return verb.lemma_ in self._grammar["move_denied_verbs"]
        if verb.lemma_ in self._grammar["changing_verbs"]:
            return any(c.dep_ == "advmod" and c.lower_ in _BARELY for c in verb.children)
        if verb.lemma_ not in ("be", "remain", "stay") and (
            verb.lemma_ not in self._grammar["holding_level_verbs"]
        ):
            return False
        levels = self._grammar["level_words"]
        for child in verb.children:
            if child.i < verb.i:
                continue
            if child.dep_ in _LEVEL_DEPS and child.lower_ in levels:
                return True  # "held steady", "stayed the same"
            if child.dep_ in ("attr", "npadvmod", "dobj") and any(
                c.dep_ == "amod" and c.lower_ in levels for c in child.children
            ):
                return True  # "were flat week over week", "held flat month over month"
        return False

    def bare_rise(self, doc: Doc, end: int) -> int | None:
        """Where "Impressions up, saves up", "engagement is up again" ends: a
        metric (ending at ``end``) said to be up with no amount, read from word
        order (the parse makes "saves up" a phrasal verb). Only where "up"
        closes the clause or a short time or degree follows it
        (``bare_rise_ends``): "the views up here", "comments are up on the
        site" and "up to you" are a place, a posting and a choice."""
        index = end
        if index < len(doc) and doc[index].lower_ in _BE_FORMS:
            index += 1
            if index + 1 < len(doc) and _a_degree_before_up(doc[index]):
                index += 1  # "engagement is way up", "reach is seriously up"
        if index >= len(doc) or doc[index].lower_ != _BARE_RISE:
            return None
        if index + 1 == len(doc):
            return index + 1
        following = doc[index + 1]
        closes = following.is_punct and following.text not in ("-", "/")
        if not (
            closes or _line_break(following) or following.lower_ in self._grammar["bare_rise_ends"]
        ):
            return None
        return index + 1

    def _way(self, verb: Token) -> Direction | None:
        """Which way a verb that says a move says it went."""
        if verb.lemma_ in self._grammar["drift_verbs"]:
            return self._drift_way(verb)
        if self._took_off(verb):
            return "up"
        if verb.lemma_ in self._grammar["move_falling_verbs"]:
            return "down"
        if verb.lemma_ in self._grammar["move_levelling_verbs"]:
            return "level"
        return "up"

    def _took_off(self, verb: Token) -> bool:
        """A steep rise said by a verb with its particle (``move_rising_phrasals``):
        "views took off"; not with an object ("we took the day off")."""
        if any(c.dep_ == "dobj" for c in verb.children):
            return False
        phrasals = self._grammar["move_rising_phrasals"]
        return any(
            c.dep_ == "prt" and f"{verb.lemma_} {c.lower_}" in phrasals for c in verb.children
        )

    def _drift_way(self, verb: Token) -> Direction | None:
        """The way a verb of drifting goes by its particle ("went down") or a
        direction after it ("ticked up", "trending upward", "inched higher",
        "went way down": ``move_falling_directions``); not a place
        ("trending up the charts", where "up" has an object), nor a swing
        ("followers go up and down") unless the parse made "up" a particle."""
        for child in verb.children:
            if child.dep_ == "prt" and child.lower_ in _UP_OR_DOWN:
                return "up" if child.lower_ == "up" else "down"
        ways: tuple[tuple[str, Direction], ...] = (
            ("rising_directions", "up"),
            ("move_falling_directions", "down"),
        )
        for lexicon, way in ways:
            directions = self._grammar[lexicon]
            if any(
                c.lower_ in directions
                and c.dep_ in ("prt", "advmod", "acomp", "prep")
                and not any(g.dep_ in ("pobj", "conj", "cc") for g in c.children)
                for c in verb.children
                if c.i > verb.i
            ):
                return way
        return None


def _a_degree_before_up(word: Token) -> bool:
    """Is the word an adverb of degree or certainty between "is" and "up"
    ("way", "seriously", "definitely", "back"), not a negation ("is not up")?"""
    return word.tag_ == "RB" and word.lower_ not in _NOT_A_DEGREE and word.lower_ != _BARE_RISE


def _grown_from_a_count(doc: Doc, evidence: Evidence) -> bool:
    """Does the evidence's span move "from" a count ("went from 40 to 6,300"),
    as a term read only with a count needs, not a bare move ("went up") nor a
    share ("were the source of 28% of…")?"""
    if evidence is None:
        return False
    start, end = evidence[1]
    return any(
        t.lower_ == "from" and t.i + 1 < end and is_count(doc[t.i + 1]) for t in doc[start:end]
    )


def _a_bound_for(doc: Doc, index: int) -> bool:
    """Does "up to" at ``index`` bound what a preposition before it opens
    ("for up to 20 accounts", "with up to 5 users"), a limit of a product or
    an offer, not a metric gone up?"""
    if index == 0 or index + 1 >= len(doc) or doc[index].lower_ != "up":
        return False
    return doc[index + 1].lower_ == "to" and doc[index - 1].lower_ in _BOUND_OPENERS


def _up_by(verb: Token) -> int | None:
    """Where "are up 18%", "were down 3x", "is up 2,000 on last year", "went
    up 20%", "went up to $1.2M" ends: a form of "be" or "go" with "up" or "down" and an amount
    after it, said of its subject; not "we are up early" or "the forms are up
    on the site". Or "went from $1.2M to $1.5M", "are up from 94 to 156": from
    one amount to another."""
    if verb.lemma_ not in ("be", "go"):
        return None
    doc = verb.doc
    if verb.lemma_ == "go":
        moved = _from_one_amount_to_another(doc, verb.i + 1)
        if moved is not None:
            return moved
    for token in doc[verb.i + 1 : verb.i + 3]:
        if token.lower_ not in ("up", "down"):
            continue
        ranged = _from_one_amount_to_another(doc, token.i + 1, shares=True)
        if ranged is not None:  # "applications are up from 94 to 156"
            return ranged
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.lower_ == "by" and token.i + 2 < len(doc):
            following = doc[token.i + 2]  # "up by 18%"
        elif following is not None and following.lower_ == "to" and verb.lemma_ == "go":
            # "went up to $1.2M": a level reached; "is up to 30%" is a bound
            following = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if following is not None and following.text in _CURRENCY and following.i + 1 < len(doc):
            following = doc[following.i + 1]  # money: "costs are down £80,000"
            if number(following) is None:
                return None
        elif following is None or not (is_count(following) or is_multiple(following)):
            return None
        last = _count_end(doc, following.i)  # "up $1.2 million"
        if last < len(doc) and doc[last].lower_ in ("%", "percent"):
            last += 1
        return last
    return None


# What ends a level's phrase after its count (``_level_end``).
_LEVEL_STOPS = frozenset({"(", ":", ";", "\u2014"})


def _followed_by_one_of(doc: Doc, end: int, words: Sequence[str]) -> bool:
    """Is one of ``words`` (a term's ``not_followed_by``) among the three
    words after ``end``?"""
    return bool(words) and not {t.lower_ for t in doc[end : end + 3]}.isdisjoint(words)


def _level_end(doc: Doc, count: int, level: Token) -> int:
    """Where a level told after "be" ends: its phrase, up to the first
    bracket, colon, dash or "but" after its count, where the parse may
    hang the rest of the sentence on it ("page views were 212k (record) but
    honestly the number that matters: 61 new paid subscribers…", round50)."""
    last = max(t.i for t in level.subtree) + 1
    stop = next(
        (t.i for t in doc[count + 1 : last] if t.lower_ == "but" or t.text in _LEVEL_STOPS),
        last,
    )
    return stop


def _how_many_did(verb: Token) -> int | None:
    """Where "how many" opens when a sentence that opens "That's how many"
    counts the people the attention verb after it is done by ("1 MILLION.
    That's how many of you now follow us", "Seven digits. That's how many of
    you watched our first flight"): the count is the number said just before,
    bare, for effect. The verb is the first after "many"; a phrasal verb's
    particle stands for it ("That's how many of you now show up for my
    posts", round50)."""
    if verb.dep_ == "prt":
        verb = verb.head
    words = [t for t in verb.sent if not t.is_space][:4]
    if len(words) < 4 or words[0].lower_ not in ("that", "this"):
        return None
    if words[1].lower_ not in ("'s", "\u2019s", "is", "was") or words[2].lower_ != "how":
        return None
    if words[3].lower_ != "many" or words[3].i > verb.i:
        return None
    between = verb.doc[words[3].i + 1 : verb.i]
    return None if any(t.pos_ in ("VERB", "AUX") for t in between) else words[2].i


def _agents_crowd(agent: Token) -> Token | None:
    """Who "by" names: its object, or the subject of "going" after it ("by
    every tech account going", which the parse makes a clause)."""
    for child in agent.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp":
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None


def _every_one_of(crowd: Token, profiles: frozenset[str]) -> bool:
    """Is the crowd every account or page of a kind ("every meme page", "every
    football account going")? A hyperbole of accounts passing a piece on."""
    return crowd.lemma_.lower() in profiles and any(
        c.dep_ == "det" and c.lower_ == "every" for c in crowd.children
    )


def _oftener(verb: Token) -> int | None:
    """Where "retweeted more times than last year" ends ("times"): a passive
    verb of attention done more often than before. An active one is the doer's
    habit: "I watched it more times than I can count"."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    doc = verb.doc
    for token in doc[verb.i + 1 : verb.i + 4]:
        if token.lower_ == "times" and doc[token.i - 1].lower_ in _MORE:
            than = any(t.lower_ == "than" for t in doc[token.i + 1 : token.i + 8])
            return token.i if than else None
    return None


def _time_watched(
    verb: Token, watching: frozenset[str], plans: frozenset[str], bodies: frozenset[str]
) -> tuple[int, int] | None:
    """Where watch time told with a verb ends: "watched for 3,000 hours",
    "viewers streamed 12 million minutes of the album", "40 million minutes
    watched", "people spent 900 hours watching our reels". An audience's time,
    so a big count and not the writer's own ("we spent 300 hours watching game
    film" is work); "I watched it for two hours" is one viewer's evening."""
    if verb.lemma_ not in watching or _imperative(verb):
        return None  # "Stream it on Spotify: 10,000 hours of music" asks, it does not count
    doc = verb.doc
    if verb.dep_ == "acl":
        count = _big_duration(verb.head)
        if count is not None:  # "40 million minutes watched"
            return _count_start(doc, count.i), verb.i + 1
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # "a tutorial watched for 3,000 hours is…": a description
        # A clause with its own subject the parse hung on a lead-in: "Quick
        # update: our tutorials were watched for 3,000 hours".
    spent = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ == "spend" else None
    doer = _subject_of(spent if spent is not None else verb)
    if doer is not None and doer.dep_ == "nsubj" and _first_person(doer, plans):
        return None
    if spent is not None and doer is not None and not _an_audience(doer, bodies):
        return None  # "the team/Acme spent 300 hours watching game film": their own work
    # "streamed data for 2,000 hours": something else streamed, for that long
    watched_thing = any(c.dep_ == "dobj" and _big_duration(c) is None for c in verb.children)
    for child in (*verb.children, *(spent.children if spent is not None else ())):
        durations = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ == "for" and not watched_thing:
            durations = [t for t in child.children if t.dep_ == "pobj"]
        for duration in durations:
            count = _big_duration(duration)
            if count is not None:
                first = min(verb.i, _count_start(doc, count.i))
                return first, max(verb.i + 1, duration.i + 1)
    return None


def _verb_read_as_a_participle(head: Token, clause: Token) -> bool:
    """Is ``clause`` the sentence's own verb that the parse hung on the metric
    as a participle: "Our views plateaued in March", "our views doubled", where
    the tagger took the past tense for "views [that were] doubled" and left the
    sentence a noun phrase? Only right after a metric that roots the sentence,
    with no object: "views shared in March" moves nothing (not a growth verb)."""
    return (
        head.dep_ == "ROOT"
        and clause.dep_ == "acl"
        and clause.i == head.i + 1
        and clause.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("dobj", "agent") for c in clause.children)
    )


def _counts_after(verb: Token) -> list[Token]:
    """The counts and multiples in ``verb``'s own clause after it: what a change
    verb moved by or to ("grew by 62%", "grew to 35,000", "tripled to 3x")."""
    return [t for t in _own_clause(verb) if t.i > verb.i and (is_count(t) or is_multiple(t))]


def _a_duration(count: Token) -> bool:
    """Is the count a length of time ("replies now average 4 minutes")? A
    speed, not the metric's level (round43)."""
    unit = count.head if count.dep_ == "nummod" else None
    return unit is not None and unit.lemma_ in ("second", "minute", "hour", "day")


def _counts_another_noun(count: Token, term: Token, pieces: frozenset[str]) -> bool:
    """Does the count after a change verb count pieces of its own, one of
    ``pieces``: "our podcast just hit 100 episodes", "the newsletter passed 200
    issues" are counts of what was published, not the channel's audience
    (round45)? A line passed ("topped the 5,000 mark") is no piece."""
    noun = count.head
    return count.dep_ == "nummod" and noun.i != term.i and noun.lemma_ in pieces


def _inside_with(verb: Token, token: Token) -> bool:
    """Is ``token`` in a "with" phrase of ``verb``: "the starter comes with four
    posts" holds them, it does not reach them?"""
    return any(
        child.dep_ == "prep" and child.lower_ == "with" and token in child.subtree
        for child in verb.children
    )


def _between_group_and_size(token: Token) -> bool:
    """A word between a group and its size: "is", "now", "already"."""
    return token.pos_ in ("AUX", "ADV") or token.lower_ == "now"


def _multiple_of_a_baseline(doc: Doc, verb: Token, usual: frozenset[str]) -> bool:
    """ "was 4x the category benchmark", "is 3x our average": the term set
    beside a baseline by a factor, which compares a result as "3x more
    engagement" does. Only a copula right after the term, and a determiner or
    an owner (a name's too) after the factor: "reach was 3x" alone is vaguer.
    "A" opens a baseline called usual ("40x a normal Tuesday", round46), not
    a rate ("3x a day")."""
    at = verb.i
    if verb.lemma_ != "be" or at + 2 >= len(doc) or not is_multiple(doc[at + 1]):
        return False
    opener = doc[at + 2]
    if opener.lower_ in _BASELINE_OPENERS:
        return True
    if opener.lower_ in ("a", "an") and at + 3 < len(doc) and doc[at + 3].lower_ in usual:
        return True
    # A name's: "3x Acme's monthly average".
    return at + 3 < len(doc) and doc[at + 3].tag_ == "POS"


def _past_where_it_is(doc: Doc, end: int) -> int:
    """Where the copula is after a short phrase of where the term is
    counted ("engagement on my carousel posts is…", "reach across our
    channels was…"); else ``end``."""
    if end >= len(doc) or doc[end].lower_ not in ("on", "across", "from"):
        return end
    for index in range(end + 1, min(len(doc), end + 5)):
        if doc[index].lemma_ == "be":
            return index if index > end + 1 else end
        if doc[index].pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN"):
            return end
    return end


def _strength(doc: Doc, start: int, end: int) -> Evidence:
    """A group's size said with "strong": "our community is now 80,000 strong",
    "an 80,000-strong fan club" (a big count: "a 12-strong crew" is a team)."""
    after = end
    # "is now 80,000+ strong": the tagger may make a count with a plus an adverb.
    while after < len(doc) and not is_count(doc[after]) and _between_group_and_size(doc[after]):
        after += 1
    counted = after
    while counted < len(doc) and (is_count(doc[counted]) or _is_scale(doc[counted])):
        counted += 1
    if after < counted < len(doc) and doc[counted].lower_ == "strong" and is_big(doc[after]):
        return "count", (start, counted + 1)
    before = start - 1
    if before > 0 and doc[before].lower_ == "strong":
        count = before - 1 - (doc[before - 1].text == "-")
        if count >= 0 and is_count(doc[count]) and is_big(doc[count]):
            return "count", (_count_start(doc, count), end)
    return None


def _complex_preposition(noun: Token) -> bool:
    """Is "in <noun> of" a preposition of its own ("in front of", "in spite
    of"), not a measure something grew in ("grew in followers")?"""
    determined = any(child.dep_ == "det" for child in noun.children)
    return not determined and any(
        child.dep_ == "prep" and child.lower_ == "of" for child in noun.children
    )


def _count_right_before(verb: Token) -> int | None:
    """Where a big count right before a verb with no subject of its own
    begins: the parse hung "31k" on the word before it ("Today 31k follow what
    I write"), but word order makes it the crowd that follows
    (``_big_count_right_before``)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return _big_count_right_before(verb)


def _places_filled(verb: Token, filled: frozenset[str]) -> bool:
    """ "filled 12 open roles", "filled every seat", "filled 620 room nights",
    "filled 146 of its 160 vacant roles": places sold or hired for as the
    verb's object (or the word before it, or counted before "filled": "640
    places filled"),
    not "fill the gap", "filled out a form" or a room filled with flowers."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # after the places, counted: "640 places filled through clearing" (round44)
        places = verb.head
        counted = any(c.dep_ == "nummod" and is_count(c) for c in places.children)
        return counted and places.lemma_ in filled
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ == "with" for w in (verb, *objects) for c in w.children):
        return False
    # "filled 146 of its 160 vacant roles": the places a count of them stands for
    objects += [
        place
        for count in objects
        if is_count(count)
        for of in count.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for place in of.children
        if place.dep_ == "pobj"
    ]
    return any(
        (
            child.lemma_ in filled
            or any(c.dep_ == "compound" and c.lemma_ in filled for c in child.children)
        )
        and not any(c.lower_ in ("a", "an", "any") for c in child.children)
        for child in objects
    )


def _with_particle(verb: Token) -> int:
    """The last token of a verb with its particle right after it ("went up")."""
    following = verb.i + 1
    doc = verb.doc
    if following < len(doc) and doc[following].dep_ == "prt" and doc[following].head == verb:
        return following
    return verb.i


def _driven_away(verb: Token, particles: frozenset[str]) -> bool:
    """Is a verb of gaining turned into one of losing by the particle after it:
    "rude replies drive away new members", "the paywall drove off readers"?
    People driven away are lost, not won."""
    following = verb.i + 1
    return following < len(verb.doc) and verb.doc[following].lower_ in particles


def _changed_of(term: Token) -> bool:
    """Is the term what a change noun is "of" ("the rise of the community"),
    not what it is "in" ("a rise in comments")?"""
    return term.dep_ == "pobj" and term.head.lower_ == "of"


# What a possessor or an article puts before "most" to make it a superlative:
# "the most followers", "our most viewed post".
_RANKING_DETERMINERS = frozenset({"the", "our", "my", "their", "its", "his", "her", "your", "'s"})


def _names_a_group(word: Token) -> bool:
    """Does the word after "most members of" open the group they belong to
    ("of the team", "of our forum", "of Acme's community")? "of any post" and
    "of all time" compare, as a superlative does."""
    if word.lower_ in ("any", "all"):
        return False
    return word.pos_ in ("DET", "PRON", "PROPN")


def _most_as_majority(doc: Doc, most: int, end: int) -> bool:
    """Is "most" a share of the people, not the largest count: "most
    subscribers don't need to act", "for most members, nothing changes",
    "most members of the team"? Without an article or a possessor before it,
    "most" is a majority when the crowd is followed by "of" and a determiner,
    by a verb (the share does something), or is led by "for". "The most
    followers", "most views ever" and "most likes on a post" stay superlatives."""
    if doc[most].lower_ != "most":
        return False
    if most > 0 and doc[most - 1].lower_ in _RANKING_DETERMINERS:
        return False
    if most > 0 and doc[most - 1].lower_ == "for":
        return True
    after = doc[end : end + 2]
    if len(after) == 2 and after[0].lower_ == "of" and _names_a_group(after[1]):
        return True
    if _adverb_before_a_finite_verb(doc, end):
        return True  # "most members also contribute": the share does something
    return len(after) > 0 and after[0].pos_ in ("AUX", "VERB") and after[0].tag_ != "VBG"


def _adverb_before_a_finite_verb(doc: Doc, index: int) -> bool:
    """Is the token at ``index`` an adverb followed by a verb in the present or
    past tense, so the crowd before it is a subject doing something ("most
    members also contribute", "most readers still prefer")? Not "most views
    ever recorded", whose participle makes no clause."""
    if index + 1 >= len(doc) or doc[index].tag_ != "RB":
        return False
    verb = doc[index + 1]
    # The tagger often gives a verb after "never" its base form: "most reads
    # never reach the primary".
    return verb.pos_ in ("AUX", "VERB") and (verb.tag_ in _FINITE_TAGS or verb.tag_ == "VB")


def _best_period_of(head: Token, periods: frozenset[str]) -> tuple[int, int] | None:
    """The span of a superlative period the term names ("our biggest traffic day
    ever", "my best views week"): the writer's own (``our``, ``my``) or one
    "ever"; "the biggest traffic day of the year for retailers" is a fact."""
    period = head.head
    if head.dep_ != "compound" or period.lower_ not in periods:
        return None
    best = next(
        (c for c in period.children if c.dep_ == "amod" and c.lower_ in _SUPERLATIVES), None
    )
    if best is None or best.i > head.i:
        return None
    mine = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in period.children)
    ever = any(c.lower_ == "ever" for c in period.children)
    return (best.i, period.i + 1) if mine or ever else None


def _at_a_high(head: Token, highs: frozenset[str]) -> int | None:
    """Where "at a high" ends that a verbless line says of the term ("Monthly
    listeners at an all-time high of 4.1M", "traffic at a record high"): the
    term heads the line, and "at" holds a high, a peak or a record. With a
    verb ("readers at the event were…") the verb's clause is read instead."""
    if head.dep_ != "ROOT":
        return None
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "at" or child.i < head.i:
            continue
        high = next((c for c in child.children if c.dep_ == "pobj"), None)
        if high is not None and high.lower_ in highs:
            return max(t.i for t in child.subtree) + 1
    return None


# How many adverbs or auxiliaries may stand between a term and its ``after``.
_BETWEEN_AT_MOST = 3


def _between_term_and_word(token: Token) -> bool:
    """An adverb or an auxiliary "be"/"have" that may stand between a term and
    the word it comes after; never a negation ("the post never blew up")."""
    if token.dep_ == "neg" or token.lower_ in ("never", "not", "n't", "n\u2019t"):
        return False
    if token.tag_ == "RB":
        return True
    return token.pos_ == "AUX" and token.lemma_ in ("be", "have")


def _word_before_in(doc: Doc, start: int, words: Collection[str]) -> bool:
    """Is the word before the term one of ``words`` (a term's ``after``)? An
    "'s" there counts only as a possessive ("Acme's following grew"), not as
    "is" ("it's following the trend", where the tagger makes it a verb).
    Adverbs and the auxiliaries "be" and "have" between do not part them: "my
    thread finally blew up", "notifications have exploded" say what "the
    thread blew up" and "notifications exploded" say (a negation does)."""
    index = start - 1
    while index >= 0 and start - index <= _BETWEEN_AT_MOST and _between_term_and_word(doc[index]):
        index -= 1
    if index < 0:
        return False
    if index > 0 and doc[index].lower_ == "own" and doc[index - 1].lower_ in ("our", "my"):
        index -= 1  # "our own Instagram grew 60%" says what "our Instagram" says (round37)
    finite = doc[start].pos_ in ("AUX", "VERB") and doc[start].tag_ != "VBG"
    if doc[index].lower_ not in words and finite:
        # a finite verb's subject may carry a phrase ("our post on the refunds
        # policy exploded"); not "the top videos on YouTube trending"
        index = _past_a_phrase_on_it(doc, index)
        if doc[index].lower_ not in words:
            # and a phrase on that one: "my lecture clip on the history of
            # the Football League is EVERYWHERE" (round39)
            index = _past_a_phrase_on_it(doc, index)
    before = doc[index]
    if before.lower_ not in words:
        return _subject_in(doc[start], words) or _opens_as_subject(doc, start, words)
    return before.lower_ not in ("'s", "\u2019s") or before.tag_ == "POS"


_POINTERS = frozenset({"that", "this", "the", "my", "our"})


def _opens_as_subject(doc: Doc, start: int, words: Collection[str]) -> bool:
    """Does the sentence open with one of ``words`` pointed at ("that video of
    me failing to build a shed absolutely blew up"), no finite verb between it
    and the term at ``start``? Its subject in word order, where the parse made
    another verb the root (round43)."""
    sentence = doc[start].sent
    first = sentence.start
    if start - first < 3 or doc[first].lower_ not in _POINTERS:
        return False
    if doc[first + 1].lower_ not in words:
        return False
    between = doc[first + 2 : start]
    # no finite verb, and no relative clause whose own subject the term's verb
    # may have ("the post about our boiler that blew up")
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD", "WDT", "WP") for t in between)


def _subject_in(term: Token, words: Collection[str]) -> bool:
    """Is the subject the parse gives the verb a term opens one of ``words``,
    past a relative clause word order cannot skip ("the mascot reel we made
    for @ParkLife has been everywhere": "reel", round39)? Not a piece brought
    in with "a", which may be anyone's ("A post about our charity … is doing
    the rounds. It wasn't made by us"). False unparsed."""
    if not term.dep_ or term.pos_ not in ("AUX", "VERB"):
        return False
    verb = term.head if term.dep_ in ("aux", "auxpass") else term
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj")  # "My lecture clip on …": csubj, misparsed
        and c.i < term.i
        and c.lower_ in words
        and not _introduced_indefinitely(c)
        for c in verb.children
    )


# Prepositions that hang a client's name or a topic on a piece ("our
# campaign for Fernway Cider", "our post on the new returns policy"), or who
# is in it ("our smoke alarm video with the dancing firefighter", round40), or
# what it looked into ("our investigation into care-home fees").
_NAMING_PREPOSITIONS = frozenset({"for", "from", "of", "on", "about", "with", "into"})
# The parts of speech of the short noun phrase such a preposition takes, and
# its tags beside them: an owner, a gerund ("my post about our hiring
# checklist", "a thread on hiring", round38).
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM"})
_PHRASE_TAGS = frozenset({"PRP$", "VBG"})


def _past_a_phrase_on_it(doc: Doc, index: int) -> int:
    """The index of the word before a short prepositional phrase that ends at
    ``index`` ("our campaign for Fernway Cider was everywhere": "campaign";
    "our post on the new returns policy exploded": "post"), so a piece named
    for its client or its topic is still the piece; ``index`` when no noun
    phrase of one to four words and a preposition end there."""
    at = index
    while (
        at >= 0
        and index - at < 4
        and (
            doc[at].pos_ in _PHRASE_POS
            or doc[at].tag_ in _PHRASE_TAGS
            or _joins_a_compound(doc, at)  # "our column on four-day weeks" (round38)
        )
    ):
        if doc[at].tag_ == "NNS" and doc[at].lemma_ in ("our", "my", "their", "your"):
            return index  # "a post of ours": its owner, which the tagger makes a noun
        at -= 1
    if at == index or at < 1 or doc[at].lower_ not in _NAMING_PREPOSITIONS:
        return index
    return at - 1


def _owner_made_subject(term: Token) -> bool:
    """Is this "following" after a possessive "'s" whose owner the parse made
    the subject of the verb, "following" hung on the same verb ("Acme's
    following just doubled", where it reads "following" as an auxiliary)?"""
    if term.lower_ != "following" or term.i < 2 or term.doc[term.i - 1].tag_ != "POS":
        return False
    owner = term.doc[term.i - 2]
    return owner.dep_ in ("nsubj", "nsubjpass") and owner.head == term.head


def _ranked_first_by(term: Token) -> Evidence:
    """A record measured by the term: "our biggest campaign ever by reach", "it
    was our most successful post by engagement". The term follows "by", on
    the ranked noun or on the "was" whose noun it is, and that noun is ranked
    by a superlative. Not a list sorted by it: "we ranked the top ten posts by
    reach", "sort the table by views" (a verb other than "be" takes "by")."""
    preposition = term.head
    if term.dep_ != "pobj" or preposition.lower_ != "by" or preposition.dep_ != "prep":
        return None
    ranked = preposition.head
    if ranked.lemma_ == "be":
        ranked = next((c for c in ranked.children if c.dep_ == "attr"), ranked)
    if ranked.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in ranked.children:
        if child.dep_ != "amod" or child.i > term.i:
            continue
        most = next((c for c in child.children if c.lower_ == "most"), None)
        if child.tag_ == "JJS" or child.lower_ in _SUPERLATIVES or most is not None:
            first = most.i if most is not None else child.i
            return "superlative", (first, term.i + 1)
    return None


# Places in a ranking said in words: "ranked second by followers".
_PLACE_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "top"})


def _a_place(token: Token) -> bool:
    """ "4th", "2nd", "second", "top": a place in a ranking."""
    return _ORDINAL.match(token.text) is not None or token.lower_ in _PLACE_WORDS


def _placed_by(term: Token) -> Evidence:
    """A place in a ranking measured by the term: "Ranked 4th among UK HR
    creators by engagement", "we came second by followers in the league",
    "top 5 by engagement among councils" (round38). The term follows "by",
    hung on the place or on the verb that holds it; not a list sorted by it
    ("we ranked the top ten posts by reach": the verb has an object)."""
    preposition = term.head
    if term.dep_ != "pobj" or preposition.lower_ != "by" or preposition.dep_ != "prep":
        return None
    holder = preposition.head
    if any(c.dep_ == "dobj" and not _a_place(c) for c in holder.children):
        return None  # but "we finished 3rd by followers": the place as its object
    for place in (holder, *holder.children):
        if place.i > term.i or place.dep_ in ("nsubj", "nsubjpass"):
            continue
        if _a_place(place):
            first = place.left_edge.i if place.left_edge.i < place.i else place.i
            return "superlative", (first, term.i + 1)
    return None


# Ranks said without a rank opener: "ranked first for shares", "came top for engagement".
_FIRST_PLACES = frozenset({"first", "1st", "top"})


def _ranked_top_for(term: Token, openers: frozenset[str]) -> Evidence:
    """A first place measured by the term (judge53): "Ranked #1 for social
    engagement among UK insurers", "ranked number one for engagement", "our
    page ranked first in the UK for shares", "we came top for engagement".
    The term follows "for", on the rank itself or on the verb that holds it.
    Not "#1 for sales" (no attention term), nor a place lower than first."""
    preposition = term.head
    if term.dep_ != "pobj" or preposition.lower_ != "for" or preposition.dep_ != "prep":
        return None
    holder = preposition.head
    places = [holder, *holder.children]
    if holder.dep_ == "pobj" and holder.head.dep_ == "prep":
        ranked = holder.head.head  # "1st in the league for engagement" (round38)
        places += [ranked, *ranked.children]
    for place in places:
        if place.i > term.i or place.dep_ == "nsubj":
            continue
        first = _first_place(place, openers)
        if first is not None:
            return "superlative", (first, term.i + 1)
    return None


def _first_place(token: Token, openers: frozenset[str]) -> int | None:
    """Where a first place begins at ``token``: "#1", "No. 1", "number one"
    (its opener before it or its number under it), "first", "top"."""
    doc = token.doc
    if token.lower_ in _FIRST_PLACES:
        return token.i
    if token.lower_ in ("1", "one") and token.i > 0 and doc[token.i - 1].lower_ in openers:
        return token.i - 1
    if token.lower_ in openers and any(c.lower_ in ("1", "one") for c in token.children):
        return token.i
    return None


def _compound_made_apposition(term: Token) -> bool:
    """Is this term the apposition the parse made of a compound's last noun, its
    first noun taking the phrase's role: "our website traffic grew 40%", where
    "website" is the subject and "traffic" hangs on it? Only right after that
    noun, with no comma: "our agency, Brightside, grew" names one thing twice."""
    if term.dep_ != "appos" or term.i == 0:
        return False
    first = term.head
    return first.i == term.i - 1 and first.pos_ in ("NOUN", "PROPN")


def _a_count_tagged_a_name(token: Token) -> bool:
    """A count with its scale letter ("900k", "12K") that the tagger made a name."""
    return token.pos_ == "PROPN" and not token.is_alpha and is_count(token)


def _opening_count(doc: Doc, verb: Token) -> int | None:
    """Where a big bare count begins that opens the sentence (after a lead-in
    label) right before its past-tense verb, the crowd that did it: "12k
    watched our stream", which the parse reads as a time ("12k Watched our…",
    a title's capital kept) or splits ("1.2m viewed": "m" an auxiliary). Not
    a year ("2019 saw the team move")."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    start = _big_count_right_before(verb)
    return start if start is not None and start == _opening(verb.sent).i else None


def _verb_as_a_stat_label(doc: Doc, index: int) -> int | None:
    """Where the count ends of a report's line labelled by an attention verb,
    "opened: 31,977 (66%)", "clicked: 9,104", "watched this week: 2,400"
    (``_stat_line_label``: the label opens its line, a colon and a count
    right after it); else None."""
    first = next(t for t in doc[index].sent if not t.is_space)
    if first.i != index or not _stat_line_label(doc, index):
        return None  # the verb itself opens the line: not "Hours streamed: 11"
    at = _past_a_period(doc, index + 1)
    if at >= len(doc) or not _is_colon(doc[at]):
        return None  # a verb before its object: "serves 2", "shares 6 tips"
    at += 1
    return _count_end(doc, at) if at < len(doc) and is_count(doc[at]) else None


def _verb_as_a_moved_stat(doc: Doc, index: int) -> int | None:
    """Where the change ends of a stat line whose noun the tagger made a verb
    ("💬 comments up 340%", "shares ↑ 41%" on a line of its own, round38):
    the term opens its sentence (after any pictographs), in the plural, then
    "up" or "down" and a count right after; else None."""
    term = doc[index]
    before = doc[term.sent.start : index]
    if not term.lower_.endswith("s") or any(not (_emoji(t) or t.is_space) for t in before):
        return None
    at = index + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in _MOVED or not is_count(doc[at + 1]):
        return None
    end = _count_end(doc, at + 1)
    return end + 1 if end < len(doc) and doc[end].lower_ in ("%", "percent", "x") else end


def _big_count_right_before(verb: Token) -> int | None:
    """Where a big bare count begins that ends right before ``verb`` ("12k
    watched", "1.2m viewed" with its scale letter split off); not a year
    ("2019 saw the team move")."""
    if verb.i == 0:
        return None
    doc = verb.doc
    last = verb.i - 1
    start = _count_start(doc, last)
    if not (is_count(doc[start]) and is_big(doc[start])) or _a_year_as_time(doc[start]):
        return None
    if start != last and not _is_scale(doc[last]):
        return None
    return start


def _our_document(thing: Token, documents: frozenset[str]) -> bool:
    """Is a thing saved a document the writer gives out: "our checklist", "my
    guide"? Attention when a crowd saves it; not a template saved in a product
    ("users saved 3,000 templates")."""
    mine = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in thing.children)
    return mine and thing.lemma_ in documents


def _kept_by_the_crowd(verb: Token, people: frozenset[str], content: frozenset[str]) -> int | None:
    """The big count of "the post 1.4M people saved", where the parse hangs
    the verb on the people and the post before them as a modifier of theirs:
    where the count is, or None. Only content is kept so (a post, a reel)."""
    crowd = verb.head
    if verb.dep_ != "acl" or crowd.i > verb.i or not _is_people(crowd, people):
        return None
    if not any(c.i < crowd.i and c.lemma_ in content for c in crowd.children):
        return None
    counts = [c for c in crowd.children if is_count(c) and is_big(c)]
    return counts[0].i if counts else None


def _a_year_as_time(subject: Token) -> bool:
    """A bare year as the subject names a time, not a crowd: "2019 saw the team
    move" and "2030 will see a new release" say what happened when; "2,019 saw
    it" (with the comma) or "2000 people saw it" still count viewers."""
    return bool(_YEAR.match(subject.text))


def _about_content(verb: Token, content: frozenset[str]) -> bool:
    """Is a post, an ad or a campaign what the verb is about: its subject ("the
    ad reached…", "our reel was seen by…") or what it saw ("…saw our derby
    post", also where the parse made a compound a clause: "saw our kit reveal
    post"), or what did it ("we reached 2 million shoppers with one ad")?"""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_ in content:
            return True
        if child.dep_ in ("dobj", "ccomp") and any(t.lemma_ in content for t in child.subtree):
            return True
        by_means = child.dep_ == "prep" and child.lower_ in ("with", "through", "via")
        if by_means and any(t.dep_ == "pobj" and t.lemma_ in content for t in child.children):
            return True
    return False


def _approximate_count_before(verb: Token) -> int | None:
    """Where "over 12,000" begins when the parse makes the count the object of
    its "over" and hangs it on the verb, not on the people after it ("over
    12,000 of you have read it", "Over 200K+ people saved the recipe": the
    "+" after the count keeps it from the people)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i < verb.i and child.lower_ in _APPROXIMATELY:
            counted = [t for t in child.children if t.dep_ == "pobj" and is_big(t)]
            if counted and is_count(counted[0]):
                return child.i
    return None


class MetricReader(MilestoneReader):
    """Attention terms read as metric claims."""

    @cached_property
    def _moves(self) -> MoveReader:
        """The reader of a verb that says a metric moved, and which way."""
        return MoveReader(self._grammar)

    @cached_property
    def _published_units(self) -> frozenset[str]:
        """What a channel publishes, counted after its verb ("hit 100 episodes")."""
        grammar = self._grammar
        return grammar["content_nouns"] | grammar["released_works"] | grammar["publication_units"]

    def _bare_rise(self, doc: Doc, start: int, end: int) -> Evidence:
        """ "Impressions up, saves up": a change said by a bare "up" (``MoveReader.bare_rise``)."""
        last = self._moves.bare_rise(doc, end)
        return None if last is None else ("change", (start, last))

    def _is_metric_term(self, key: str) -> bool:
        return key in self._terms and self._terms[key][0] == "metric"

    def _superlative_in_sense(self, verb: Token, near: frozenset[str]) -> bool:
        """Is "the most <verb>ed" in the verb's attention sense by its paragraph's
        words: "the 10,000 most-downloaded crates" are packages adopted, as a
        crate downloaded is (the terms' ``not_near``)."""
        terms = self._by_lemma.get(verb.lemma) or self._by_lemma.get(
            self._verb_of_form.get(verb.lower, verb.lemma), []
        )
        for key, _ in terms:
            unwanted = self._near[key][1]
            if unwanted and near & unwanted:
                return False
        return True

    def _in_sense(
        self, doc: Doc, start: int, end: int, term: Term, key: str, near: frozenset[str]
    ) -> bool:
        head = doc[end - 1]
        if (
            term.pos
            and head.pos_ not in term.pos
            and not _noun_tagged_verb(head, term.pos)
            and not _label_tagged_name(head, term.pos)
        ):
            return False
        if term.after and not _word_before_in(doc, start, term.after):
            return False
        if term.not_after:
            before = doc[max(0, start - 2) : start]
            excluded = {t.lower_ for t in before} & set(term.not_after)
            if excluded and not self._excused(excluded, before, head):
                return False
        markets = (self._platforms, self._grammar["price_moving_verbs"])
        if _a_companys_stock(doc, start, end, self._grammar["companies"], markets):
            return False
        opinions = self._grammar["opinion_qualities"]
        if _views_held_on(doc, start, end, self._attention_places, opinions):
            return False  # "my views on lighthouses have only grown stronger": opinions
        if _followed_by_a_change(head, self._grammar["change_nouns"]):
            return False  # "was followed by a 14% rise in bookings": it came after
        if _like_as_about(head):
            return False  # "reach is down like 40%": "like" says about, no one liked
        if head.lower_ in ("fans", "fan") and self._fans_of_a_thing(doc, start, end):
            return False  # "a lot of fans of the new picker arm": people who like a product
        if (
            head.lower_ == "views"
            and start > 0
            and _a_titles_count(doc[start - 1])
            and end < len(doc)
            and doc[end].lower_ in ("on", "about")
        ):
            return False  # "Three views on the Online Safety Act": a title's opinions
        if (
            head.lower_ in ("views", "view")
            and _of_a_place(doc, end, self._grammar["scenery"])
            and not any(is_count(t) or _is_scale(t) for t in doc[max(0, start - 2) : start])
        ):
            return False  # "the best views of the Rockies" (not "3M views of Paris"): scenery
        if (
            head.lower_ in ("views", "view")
            and start > 0
            and doc[start - 1].lower_ in self._grammar["scenery"]
        ):
            return False  # "three glacier views", "sea views": scenery named before
        if (
            head.lower_ == "views"
            and start > 0
            and doc[start - 1].lower_ in self._grammar["scenic_superlatives"]
            and _in_a_named_place(doc, end, self._platforms)
        ):
            return False  # "Best views in Lisbon and the kindest staff": a review's scenery
        if (
            term.not_before
            and end < len(doc)
            and doc[end].lower_ in term.not_before
            and not _of_content(doc, end, self._grammar["content_nouns"])
            and not _in_a_time_span(doc, end)
        ):
            return False
        if _followed_by_one_of(doc, end, term.not_followed_by):
            return False
        wanted, unwanted = self._near[key]
        if wanted and not near & wanted and not self._celebrated_count(doc, start):
            return False
        web = start > 0 and doc[start - 1].lower_ in self._grammar["web_places"]
        if head.lower_ == "traffic" and web:
            return True  # "our website traffic went up 800% and the server almost died"
        return not (unwanted and near & unwanted)

    def _fans_of_a_thing(self, doc: Doc, start: int, end: int) -> bool:
        """Are the fans "of" a thing, not of the writer's page, show or name
        ("a lot of fans of the new picker arm", "fans of cold brew"): people
        who like a product, no audience? Fans "of our podcast", "of the show",
        "of the channel", "of Acme" stay an audience. "Huge fans of" anything
        is admiration ("huge fans of this brand, now more than ever"), counted
        by no one."""
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return False
        admiring = start > 0 and doc[start - 1].lower_ in self._grammar["admiring_words"]
        if admiring and not (start > 1 and is_count(doc[start - 2])):
            return True  # not "40,000 huge fans of the show": counted
        if doc[end + 1].lower_ in ("any", "every", "all"):
            return False  # "the most fans of any club": a comparison of audiences
        content = self._grammar["content_nouns"]
        for token in doc[end + 1 : end + 5]:
            if token.lower_ in _MINE or token.pos_ == "PROPN":
                return False
            if token.pos_ == "NOUN":
                words = (token.lemma_, token.lower_)
                return not any(w in content or w in self._holders for w in words)
        return False

    def _excused(self, excluded: set[str], before: Span, head: Token) -> bool:
        """Is a word of the term's ``not_after`` before it there in another
        sense: the "of" of a share ("40% of our sales"), or "million" of
        reshares in a sentence about a post ("9 million views and 1.3 million
        shares"), where "2 million shares" alone are stock?"""
        if excluded == {"of"}:
            return _a_share_of(before)
        if all(t.tag_ == "PRP$" for t in before if t.lower_ in excluded):
            return self._possessed_and_moved(head)
        post_attention = self._grammar["post_attention"]
        return excluded <= _BIG_UNITS and _shared_post(head.sent, post_attention)

    def _possessed_and_moved(self, head: Token) -> bool:
        """Is a term whose possessive keeps it out ("our impressions of the
        show" are opinions) the subject of a verb of change right after it:
        "our impressions dropped 40%", "my impressions doubled"? Opinions do
        not double. Read from word order, so the unparsed reading agrees."""
        doc = head.doc
        following = doc[head.i + 1] if head.i + 1 < len(doc) else None
        return (
            following is not None
            and following.tag_ in _FINITE_TAGS
            and following.lemma_ in self._grammar["growth_verbs"]
        )

    def _celebrated_count(self, doc: Doc, start: int) -> bool:
        """Is the term counted and cheered between count and noun: "50k 🔥
        subscribers", "12,000 amazing subscribers"? An audience is celebrated
        that way; paying customers are not, so it stands for the channel word
        the paragraph does not hold (a term's ``near``)."""
        cheered = False
        for index in range(start - 1, max(-1, start - 4), -1):
            token = doc[index]
            if _emoji(token) or token.lower_ in self._grammar["celebrating_words"]:
                cheered = True
            elif is_count(token):
                return cheered and is_big(token)
            elif not (token.is_punct and token.text == "+"):
                return False
        return False

    def _metric_noun(self, doc: Doc, start: int, end: int, term: Term) -> Evidence:
        head = _phrase_head(doc, start, end)
        if self._platform_following(head):
            # "our Twitter following doubled": the parse makes "following" a verb
            # and gives its role to the platform, which stands for the phrase.
            head, start = doc[start - 1], start - 1
        elif _owner_made_subject(head):
            # "Acme's following just doubled": the parse makes "following" the
            # verb's auxiliary and "Acme" its subject, which stands for the phrase
            # (the claim still begins at "following").
            head = doc[start - 2]
        elif _subject_made_of_the_noun_before(head):
            # "Post reach doubled after…": "Post" is the subject, "reach" its auxiliary.
            head = doc[start - 1]
        elif _compound_made_apposition(head):
            # "our website traffic grew 40%": the first noun stands for the phrase.
            head = head.head
        if term.needs == "change":  # "the podcast grew 40%", not "our 3 podcasts"
            changed = self._changed(doc, head, start, end)
            if changed is not None and _put_up(head):
                return None  # "the vlog goes up Sunday": published, not grown
            return changed
        if term.needs == "count" and end - start == 1 and _qualifies_next_noun(doc, head, end):
            return None  # "350 community blog posts": the posts are counted
        bought = _attention_bought(doc, start, end, self._grammar)
        if bought is not None:
            return bought
        if head.lower_ in self._grammar["attention_prices"]:
            return None  # "CPMs vary by season": a price named, none paid
        if _first_half_of_a_hyphened_word(doc, end):
            return None  # "the two Reader-Writer problems": problems are counted
        left = self._count_before(doc, start, end, term.big)
        if term.needs == "milestone":  # "its 100,000th like", not "100 stores like ours"
            return left if left is not None and _big_milestone(doc, left) else None
        if left is not None:
            return None if left[0] in ("offer", "sample") else left
        attached = self._attached_count(doc, head, start, end, term.big)
        if attached is not None:
            return None if self._numbered(doc, attached[1][0]) else attached
        size = self._size_after_of(doc, start, end)
        if size is not None:
            return size
        strength = _strength(doc, start, end)
        if strength is not None:
            return strength
        if term.needs == "count":  # a number or a numerous amount, nothing else
            if _label_first(doc, start):
                colon = end < len(doc) and doc[end].text == ":"
                cell = _stat_value(doc, end + 1 if colon else end)
                cell = cell if cell is not None else _value_after_lead(doc, start, end)
                # "comments per post 240": a rate's label with its unit
                cell = cell if cell is not None else _value_after_qualified_label(doc, end)
                if cell is None and colon:  # "Total audience: 1.47M across five platforms"
                    cell = _value_before_a_phrase(doc, end + 1)
                if cell is not None:  # a stat cell: "💬 comments 4k |", "Comments: 2,800 🔥"
                    return "count", (start, cell)
            if _emoji(head):
                return None  # "a lot of rhubarb 👀": an emoji is a metric beside its number only
            grown = _its_own_change_after(doc, start, end)
            if grown is not None:
                return grown  # "subscribers from 400 → 3,900" (round38)
            counted_change = self._changed(doc, head, start, end)
            if counted_change is not None and _grown_from_a_count(doc, counted_change):
                return counted_change  # "the favourites went from 40 to 6,300" (round39)
            amount = self._of_amount(doc, head, end, term.big)
            if amount is not None and amount[0] == "change" and _changed_of(head):
                amount = None  # "the rise of the Node.js community": its story, not a count
            return (
                amount
                or self._people_of(doc, head, start)
                or self._measured_change(doc, head)
                or self._stated_size(doc, head, start)
                or _ranked_top_for(head, self._grammar["rank_openers"])
            )
        return (
            self._modified(doc, head, start, end, term.big)
            or _ranked_first_by(head)
            or _ranked_top_for(head, self._grammar["rank_openers"])
            or _placed_by(head)
            or self._of_amount(doc, head, end, term.big)
            or self._changed(doc, head, start, end)
            or self._tally_changed(doc, head, start, end)
            or self._after(doc, start, end)
            or self._change_named_after(doc, head, start)
            or _soared(doc, start, end, self._soaring_idioms)
            or self._bare_rise(doc, start, end)
            or self._spread_over_places(head, start)
        )

    def _measured_change(self, doc: Doc, head: Token) -> Evidence:
        """A change with its measure, of a term only a number makes a claim
        ("audience"), when the audience is ours or a platform's: "our Instagram
        audience grew by 62%", "our audience doubled", "we grew our audience to
        20,000". Not a crowd's mood ("the audience grew restless") nor a market
        told of ("the audience for e-bikes grew 20%")."""
        verb = head.head
        if not self._moves.moved(verb) or not self._our_audience(head):
            return None  # "our community crossed 50,000" counts its members
        changed = self._changed(doc, head, head.i, head.i + 1)
        if changed is None:
            return None
        if verb.lemma_ in _MULTIPLYING:
            return changed
        counted = _counts_after(verb)
        if not counted:
            return None
        first, last = changed[1]
        return "change", (min(first, counted[0].i), max(last, counted[0].i + 1))

    def _stated_size(self, doc: Doc, head: Token, start: int) -> Evidence:
        """The size of our audience said with "is": "Our total social audience
        is 1.47M", "our audience across all channels is now 2.3 million". The
        writer's count, a claim (as a subscriber count is); not a market told
        of ("the audience for e-bikes is 2M people")."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_ != "be" or not self._our_audience(head):
            return None
        for child in verb.children:
            if child.dep_ not in ("attr", "acomp") or child.i < verb.i:
                continue
            counts = [t for t in child.subtree if is_count(t) and is_big(t)]
            if counts:
                return "count", (start, max(t.i for t in child.subtree) + 1)
        return None

    def _our_audience(self, head: Token) -> bool:
        """ "our audience", "our TikTok audience", "Acme's audience" (a brand
        by name writes so), "we grew the audience"."""
        if _ours(head, self._grammar["rivals"]) or _owned_by_a_name(head):
            return True
        if any(c.dep_ == "poss" for c in head.children):
            return False  # "their audience", "his audience"
        on_a_platform = any(
            c.dep_ == "compound" and c.lower_ in self._grammar["platforms"] for c in head.children
        )
        subject = _subject_of(head.head) if head.dep_ == "dobj" else None
        plans = self._grammar["plan_nouns"]
        return on_a_platform or (subject is not None and _first_person(subject, plans))

    def _platform_following(self, term: Token) -> bool:
        """Is this "following" an audience on a platform the parse misread ("our
        Instagram following grew", "we doubled our TikTok following"): a verb or a
        clause beside the platform, or hung on it, instead of its head? Not a
        platform in a phrase of its own ("on Twitter following a brand is easy")."""
        if term.lower_ != "following" or term.i == 0:
            return False
        platform = term.doc[term.i - 1]
        if platform.lower_ not in self._grammar["platforms"]:
            return False
        return platform.head == term.head or term.head == platform

    def _change_named_after(self, doc: Doc, head: Token, start: int) -> Evidence:
        """The term naming what a change noun measures, the amount with the
        change: "follower growth was 18%", "follower growth: +18%",
        "engagement growth doubled"."""
        change = head.head
        named = head.dep_ in ("compound", "amod")  # the parse makes "Follower" either
        if not named or change.lemma_ not in self._grammar["change_nouns"]:
            return None
        if change.i != head.i + 1:
            return None  # "follower growth", not "followers of the growth team"
        measured = self._changed(doc, change, start, change.i + 1) or self._after(
            doc, start, change.i + 1
        )
        if measured is None:
            ends = _change_noun_measured(doc, change.i)  # "engagement jump from 4% to 9%"
            return None if ends is None else ("change", (start, ends))
        return "change", measured[1]

    def _people_of(self, doc: Doc, head: Token, start: int) -> Evidence:
        """A big count of people the term is of: "put our brand in front of 12
        million people", "a community of 80,000 people"; not a crowd there in
        person ("the band played in front of 60,000 fans", "stood in front of
        2,000 people")."""
        of = next((t for t in head.children if t.dep_ == "prep" and t.lower_ == "of"), None)
        people = [] if of is None else [t for t in of.children if t.dep_ == "pobj"]
        # People by their role or place too: "in front of 4.2 million Canadians"
        if not people or not _is_people(people[0], self._people_or_roles):
            return None
        counts = [
            t
            for t in people[0].subtree
            if is_count(t) and (number(t) or 0) >= 1000 and not _in_a_clause_of(t, people[0])
        ]
        # "in front of more people than live in Denmark": set against a size
        more = _more_than_before(people[0])
        if not counts and not more:
            return None
        verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_ in self._grammar["presence_verbs"]:
            return None
        if head.dep_ == "pobj" and head.head.i == start - 1:
            start -= 1  # "in front of": the claim begins at the preposition
        return ("count" if counts else "comparison"), (start, people[0].i + 1)

    def _tally_changed(self, doc: Doc, head: Token, start: int, end: int) -> Evidence:
        """ "the total number of impressions was 2.4 million", "the number of
        people following us doubled": the tally holds the count or the change."""
        tally = _tally(head)
        return None if tally is None else self._changed(doc, tally, start, end)

    def _numbered(self, doc: Doc, index: int) -> bool:
        """Is the number at ``index`` a name's, after a noun it numbers ("Room
        804 views", "Gate 12 crowds", title-cased "Year 11 engagement evening"),
        not a count of what follows (judge52)?"""
        if index == 0:
            return False
        noun = doc[index - 1]
        return noun.lower_ in self._grammar["numbering_nouns"] or (
            noun.is_title and noun.lower_ in self._grammar["titled_numbering_nouns"]
        )

    def _count_before(self, doc: Doc, start: int, end: int, big: bool) -> Evidence:
        """A count (or an ordinal) before the term inside its noun phrase:
        "12k new followers", "our 1,000th follower", "the 5,000 th fan". An
        emoji that stands for a metric labels the count after it ("👀 3.2M ❤️
        140k": the 3.2M is the eyes', not the heart's)."""
        if _emoji(doc[start]):
            return None
        for index in range(start - 1, max(-1, start - 6), -1):
            token = doc[index]
            if _line_break(token):
                return None  # a list item's or a table row's count is not the next line's
            if token.text in _STAT_SEPARATORS:
                return None  # "impressions 6.1M | clicks": the count is the cell before's
            if token.tag_ == "NNS" and token.lemma_.lower() in _TIME_NOUNS:
                return None  # "I spent 20 years modelling traffic": the count is the years'
            year_between = _YEAR.match(token.text) and index < start - 1
            if is_count(token) and _per_unit(doc, index):
                return None  # "cost per 1,000 views": a unit, no amount
            if is_count(token) and not year_between:
                if _a_stage_of_none(token, self._grammar["starting_verbs"]):
                    return None  # "what I wish I knew at 0 subscribers": nobody counted
                if self._numbered(doc, index):
                    return None  # "Room 804 views": a number that names, not a count
                if _a_year_owned(doc, index):
                    return None  # "my 2016 views on podcasts": a year's opinions (round38)
                if index > 0 and doc[index - 1].lower_ in _OFFER and self._offered(doc, end):
                    return "offer", (index, end)  # "the first 100 fans who sign up"
                if _selected(doc, index, end):
                    return "offer", (index, end)  # "returns the first 100 followers of any account"
                if _prize_for_the_first(doc, index, self._grammar["prize_words"]):
                    return "offer", (index, end)  # "free iPhones for the first 1,000 followers"
                if _surveyed(doc, _count_start(doc, index), self._grammar["surveys"]):
                    return "sample", (index, end)  # "a survey of 500 readers": respondents
                if big and not self._big_enough(doc, token, doc[end - 1]):
                    return None
                return "count", (_count_start(doc, index), end)
            if _ORDINAL.match(token.text) or token.lower_ in _ORDINAL_WORDS:
                return "milestone", (index, end)
            if is_multiple(token):
                return "comparison", (index, end)  # "2.3x CTR vs benchmark", "3x engagement"
            if token.lower_ in ("th", "st", "nd", "rd") and index > 0 and is_count(doc[index - 1]):
                return "milestone", (index - 1, end)
            if _emoji(token):
                if _stat_line_label(doc, end - 1):
                    return None  # "views 18k 🛒 Orders 410": the count is the cell before's
                continue  # "20k 🚀 followers": tagged punctuation, it says nothing
            length = _length_compounded(doc, index)
            if length is not None:
                return "count", (length, end)  # "a seven-digit audience"
            if token.pos_ in ("ADJ", "NOUN", "PROPN") or token.lower_ in _NOUN_PHRASE_WORDS:
                continue
            if _joins_a_compound(doc, index):
                continue  # "1,200 first-time viewers", "500 loyalty-card members"
            if index + 2 < len(doc) and _joins_a_compound(doc, index + 1):
                continue  # the first word of one: "one million all-time listens"
            if token.text == "+" and index > 0 and not doc[index - 1].whitespace_:
                continue  # "100+ comments", whatever the tagger made of the "+"
            if (
                token.lower_ == "de"
                and index > 0
                and (is_count(doc[index - 1]) or _is_scale(doc[index - 1]))
            ):
                continue  # "1 millón de seguidores", "3,4k de views": "of" in Spanish, Portuguese
            if token.text == "," and index > 0 and is_count(doc[index - 1]):
                return None  # "followers +22K, website sessions": the count closes the item before
            if token.lower_ in _NOUN_JOINERS and _between_nouns(doc, index):
                if doc[index - 1].lower_ == "times":
                    return None  # "shared 9,000 times and donations": how often, then a thing
                continue  # "12k Instagram and TikTok followers"
            return None
        return None

    def _offered(self, doc: Doc, end: int) -> bool:
        """ "the first 100 fans who sign up get…", "…to register will win": an
        offer to people, not a count of them ("the first thousand plays took 100
        days" is a milestone)."""
        following = [t.lower_ for t in doc[end : end + 3]]
        if {"who", "will", "get", "gets", "win", "receive"} & set(following):
            return True
        # "to" of a verb ("the first 100 fans to register"), not of a place
        # ("our first 1,000 subscribers to the channel" is a milestone).
        if any(
            t.lower_ == "to" and t.nbor().tag_ == "VB"
            for t in doc[end : end + 3]
            if t.i + 1 < len(doc)
        ):
            return True
        return _promised_something(doc[end - 1], self._grammar["promised_verbs"])

    def _big_enough(self, doc: Doc, count: Token, head: Token) -> bool:
        """Is the count big enough for a term that needs an audience's size:
        100 or more, or a small count of things the writer calls a record ("a
        record 40 stars in a day"), which presents it as the achievement. Not
        of people: "a record 40 fans turned up" is a crowd."""
        if is_big(count):
            return True
        start = _count_start(doc, count.i)
        if start == 0 or doc[start - 1].lower_ != "record":
            return False
        return head.lower_ not in self._grammar["people"]

    def _attached_count(self, doc: Doc, head: Token, start: int, end: int, big: bool) -> Evidence:
        """A count the parse attaches to the term, wherever it sits."""
        for child in head.children:
            if child.dep_ in ("nummod", "quantmod") and is_count(child):
                if _a_stage_of_none(child, self._grammar["starting_verbs"]):
                    continue  # "what I wish I knew at 0 subscribers": nobody counted
                if (big and not self._big_enough(doc, child, head)) or _per_unit(doc, child.i):
                    continue
                if _emoji(doc[start]) and not _labelled_by_the_emoji(doc, doc[start], child):
                    continue  # "27,000 wishlists 👀", "🔁 1,100 forwards": not the emoji's count
                if child.i > head.i and _YEAR.match(child.text):
                    continue  # "our followers 2019 survey": a year after the term
                if _a_year_owned(doc, child.i):
                    continue  # "my 2016 views on podcasts": a year's opinions (round38)
                if _across_lines(doc, child.i, head.i) or _across_cells(doc, child.i, head.i):
                    continue  # the count of the row, list item or stat cell before
                last = end
                if child.i == end + 1 and _cell_break(doc[end]):
                    last = child.i + 1  # the next cell's count ends the span: "visitors | 3.2k"
                if _emoji(doc[start]):
                    last = _count_end(doc, child.i)  # "👀 3.2M": the emoji labels its count
                return "count", (_count_start(doc, min(child.i, start)), last)
        return None

    def _size_after_of(self, doc: Doc, start: int, end: int) -> Evidence:
        """An audience's size said after "of", read from word order: "an
        estimated audience of 90 million", "a readership of 4.5 million", "a
        following of 200,000 people". From ten thousand up and with no other
        noun after the count: "an audience of 2,000" and "an audience of 500
        marketers" are the people in a room (a talk's, an event's)."""
        first = end + 1
        if first >= len(doc) or doc[end].lower_ != "of" or not is_count(doc[first]):
            return None
        if doc[end - 1].lower_ not in self._grammar["sized_audiences"]:
            return None  # "in front of 60,000 people" is reach (the venue's crowd)
        if (number(doc[first]) or 0) < _AUDIENCE_SIZE:
            return None
        last = _count_end(doc, first)
        after = doc[last] if last < len(doc) else None
        if after is not None and after.pos_ in ("NOUN", "PROPN"):
            if after.lower_ not in self._grammar["people"]:
                return None
            last += 1
        return "count", (start, last)

    def _more_people_served(self, crowd: Token) -> bool:
        """Are "more members" people an effort is done by or for, not a tally
        gained: "involvement by more members", "empower more members to lead",
        "you meet more members", "easier for more members to contribute"? With
        "than" after them they are compared ("more members than ever"); had,
        gained or attracted, or doing what an audience does ("want more people
        to follow us"), they are counted."""
        doc = crowd.doc
        if any(t.lower_ == "than" for t in doc[crowd.i + 1 : crowd.i + 6]):
            return False
        governor = crowd.head
        if crowd.dep_ == "pobj":
            return governor.lower_ == "by"
        if crowd.dep_ in ("dobj", "dative"):
            return governor.lemma_ in self._grammar["serving_verbs"]
        return (
            crowd.dep_ == "nsubj"
            and _marked_to(governor)
            and governor.lemma_ not in self._attending
        )

    def _devoted_people(self, rank: Token, crowd: Token) -> bool:
        """Does a superlative rank people by their devotion, not count them: "our
        biggest fans", "the greatest supporters in the league"? A rank of number
        ("the most fans", "record followers") or of an audience's size ("the
        widest reach") stays a claim."""
        return (
            rank.lower_ in self._grammar["devotion_ranks"]
            and crowd.lower_ in self._grammar["people"]
        )

    def _modified(self, doc: Doc, head: Token, start: int, end: int, big: bool) -> Evidence:
        """ "the most followers", "more shares than", "so many readers" (for
        terms that need a big count, "so many fans" is a crowd, not a brag)."""
        for child in head.children:
            if child.dep_ != "amod":
                continue
            if child.lower_ in _SUPERLATIVES:
                if child.lower_ == "top" and head.tag_ == "NNS":
                    continue  # "the top hits for a search", "our top fans": items ranked, no amount
                if _most_as_majority(doc, child.i, end):
                    continue  # "most subscribers don't need to act": a share of them
                if self._one_of_the_people(head):
                    continue  # "one of our biggest fans": a person described
                if self._devoted_people(child, head):
                    continue  # "thanks to our biggest fans": who they are, not how many
                return "superlative", (child.i, end)
            if child.lower_ in _MORE:
                if _or_more(doc, child.i) or _no_more(doc, child.i):
                    continue  # "one or more members", "no more saves": not more than
                if self._more_people_served(head):
                    continue  # "pathways for more members", "empower more members"
                return "comparison", (child.i, end)
            if child.lower_ in _MANY and not big:
                if _people_something_holds_for(head):
                    continue  # "for many viewers this was the first look"
                if _how_many_defined(doc, child.i):
                    continue  # "reach is how many accounts saw your post": a definition
                if any(t.tag_ == "VBD" for t in doc[child.i + 1 : head.i]):
                    continue  # "too many counted likes and called it a day": "many" did it
                return "amount", (child.i, end)
        ranked = head.i > 0 and doc[head.i - 1].lower_ in ("most", "highest", "record")
        if ranked and not _most_as_majority(doc, head.i - 1, end):
            return "superlative", (head.i - 1, end)
        best_day = _best_period_of(head, self._grammar["best_periods"])
        if best_day is not None:  # "our biggest traffic day ever"
            return "superlative", best_day
        # "double the traffic", "twice the views of last year"; read from the
        # words too, where the parse did not make "double" a predeterminer.
        for child in head.children:
            if child.dep_ == "predet" and child.lower_ in _MULTIPLES:
                return "comparison", (child.i, end)
        multiple = _multiple_of_a_baseline_before(doc, start, self._grammar["usual_words"])
        if multiple is not None:  # "3x the engagement", "twice our usual views"
            return "comparison", (multiple, end)
        return None

    def _one_of_the_people(self, crowd: Token) -> bool:
        """Is a superlative crowd of people the group one person is picked
        from: "she is one of our biggest fans", "he became one of its biggest
        supporters"? That describes the person, not the size of an audience;
        "the most fans of any club" stays a superlative."""
        if not _is_people(crowd, self._grammar["people"]):
            return False
        preposition = crowd.head
        return (
            crowd.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lower_ == "one"
        )

    def _several_people(self, number: Token, people: Token) -> bool:
        """Is "a number of members" several people, not a crowd: "we interviewed
        a number of our members"? A plain "a number of" is "some"; sized ("a
        huge number of followers") it is an amount, and so are acts of attention
        ("a number of clicks")."""
        sized = any(c.dep_ == "amod" for c in number.children)
        return not sized and people.lower_ in self._grammar["people"]

    def _of_amount(self, doc: Doc, head: Token, end: int, big: bool) -> Evidence:
        """ "thousands of views", "a flood of followers", "an increase in traffic"."""
        changed = self._change_before(doc, head.i)
        if changed is not None:
            return "change", (changed, end)
        if head.dep_ != "pobj":
            return None
        preposition = head.head
        holder = preposition.head
        if preposition.lower_ == "on":  # "already beating our old account on reach"
            rivalled = holder.head if holder.dep_ == "dobj" else holder
            if rivalled.lemma_ in self._grammar["rivalling_verbs"]:
                return "comparison", (rivalled.i, end)
        if preposition.lower_ == "in":  # "we beat our rival in followers"
            # "the thread hit seven digits in impressions": the verb's object
            reached = (
                [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ == "VERB" else []
            )
            length = next(filter(None, map(_counted_by_length, [holder, *reached])), None)
            if length is not None:
                return "amount", (length.i, end)
            rivalled = holder
            if holder.dep_ == "dobj" or (holder.dep_ == "pobj" and holder.head.lower_ == "of"):
                rivalled = holder.head if holder.dep_ == "dobj" else holder.head.head
            if rivalled.lemma_ in self._grammar["rivalling_verbs"] or rivalled.lower_ in _AHEAD:
                return "comparison", (rivalled.i, end)  # "ahead of our rival in followers"
            listed = _verb_over_a_list(holder)
            if listed is not None and listed.lemma_ in self._grammar["rivalling_verbs"]:
                # "overtaken Kestrel, Paylo and two of the big banks in followers"
                return "comparison", (listed.i, end)
            # The parse may hang "in reach" on a clause of the rival: "outperformed
            # everything else we posted in reach".
            beaten = next(
                (t for t in holder.ancestors if t.lemma_ in self._grammar["rivalling_verbs"]), None
            )
            if holder.dep_ == "relcl" and beaten is not None:
                return "comparison", (beaten.i, end)
        # "the highest number of views"
        counted = holder.lower_ in ("number", "count", "total")
        if preposition.lower_ == "of" and counted and _has_superlative(holder):
            return "superlative", (holder.i - 1, end)
        if preposition.lower_ == "of":
            vague = (
                holder.lower_ in self._grammar["vague_amounts"]
                or holder.lemma_ in self._grammar["vague_amounts"]
                or (_a_number(holder) and not self._several_people(holder, head))
            )
            counted = is_count(holder) and (not big or is_big(holder))
            if vague or counted:
                return "amount", (_count_start(doc, holder.i), end)
            if holder.lemma_ in self._grammar["change_nouns"]:
                return "change", (holder.i, end)
            length = _counted_by_length(holder)
            if length is not None:  # "six figures of followers"
                return "amount", (length.i, end)
            duration = _big_duration(holder)  # "12,000 hours of watch time"
            if duration is not None:
                return "count", (_count_start(doc, duration.i), end)
            if _share_brought(
                holder, self._grammar["crediting_verbs"]
            ):  # "Instagram drove 40% of our web traffic"
                share = holder.i - 1 if holder.i > 0 and is_count(doc[holder.i - 1]) else holder.i
                return "amount", (share, end)
        into_place = preposition.lower_ == "in" and _puts_a_thing(
            holder, self._grammar["mark_nouns"], self._grammar["high_words"]
        )
        if preposition.lower_ == "in" and not _complex_preposition(head) and not into_place:
            if holder.lemma_ in self._grammar["change_nouns"]:
                return "change", (holder.i, end)
            moved = self._grammar["growth_verbs"] | self._grammar["level_verbs"]
            if holder.pos_ == "VERB" and holder.lemma_ in moved:
                return "change", (min(holder.i, head.i), end)
        return None

    def _change_before(self, doc: Doc, index: int) -> int | None:
        """Where "a 200% growth in (social media) following" begins, read from
        the words before the term: the parse does not always get it."""
        position = index - 1
        while position > 0 and doc[position].pos_ in ("ADJ", "NOUN", "PROPN", "DET", "PRON"):
            position -= 1
        if position > 0 and doc[position].lower_ in ("in", "of"):
            noun = doc[position - 1]
            if noun.lemma_ in self._grammar["change_nouns"]:
                return noun.i
        return None

    def _changed(self, doc: Doc, head: Token, start: int, end: int) -> Evidence:
        """ "followers grew 35%", "engagement was up 300%", "tripled our following",
        "the newsletter keeps growing"."""
        verb = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "aux":
            verb = verb.head  # "Story reach tripled": the subject hung on "reach" as an auxiliary
        if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _ASPECT:
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        if _across_cells(doc, head.i, verb.i):
            return None  # "followers 12,400 | reach 380k": the parse joined two cells
        if _set_against_a_later_subject(head, verb):
            return None  # "nice engagement, but retention of that cohort is 91%": retention's
        if self._people_acting(head, verb):
            return self._growing_clause(head, start)
        # "saw its fan base double": the tagger often makes such a verb an adjective.
        moved = self._moves.moved(verb)
        seen_moving = verb.dep_ in ("ccomp", "xcomp") and moved
        # "…, and the brand's Instagram following grew by 94%": the parse may
        # make "following" a mark of the verb right after it (round43)
        subject = head.dep_ in ("nsubj", "nsubjpass") or (
            head.dep_ == "mark" and head.lower_ == "following" and verb.i == head.i + 1
        )
        if subject and (verb.pos_ in ("VERB", "AUX") or seen_moving):
            if verb.lemma_ in self._grammar["level_verbs"] or verb.lemma_ == "set":
                high = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ in ("dobj", "attr") and c.lower_ in self._grammar["high_words"]
                    ),
                    None,
                )
                if high is not None:  # "page views hit an all-time high"
                    return "superlative", (start, high.i + 1)
            if moved or verb.lemma_ in self._grammar["level_verbs"]:
                # "replies now average 4 minutes", "replies went from 2 days to
                # 5 days" (round46): a speed; not a watch time's level ("view
                # time rose to 3 minutes", "watch hours passed 4,000")
                timed = head.lemma_ not in ("time", "hour", "minute")
                counted = [
                    t
                    for t in _counts_after(verb)
                    if not _inside_with(verb, t)
                    and not (timed and _a_duration(t))
                    and not _counts_another_noun(t, head, self._published_units)
                    and not _a_dated_year(t)
                ]
                if counted:  # the count may come before the term: "went 1.5 million… views"
                    last = _count_end(doc, counted[0].i)  # "hit 4M": the scale letter too
                    return "change", (min(start, counted[0].i), max(end, last))
                if moved:  # "followers grew"; "followers topped" says nothing without a number
                    return "change", (start, _with_particle(verb) + 1)
            record = _never_higher(verb)
            if record is not None:  # "engagement has never been higher"
                return "superlative", (start, record.i + 1)
            if verb.lemma_ in ("be", "remain", "stay", "stand"):
                for child in verb.children:
                    if child.i < verb.i or child.dep_ not in (
                        "attr", "acomp", "advmod", "prep", "npadvmod",
                    ):  # fmt: skip
                        continue
                    counts = [
                        t
                        for t in child.subtree
                        if is_count(t) and not _YEAR.match(t.text) and not _glossed(t, child)
                    ]
                    percent = any(t.lower_ in ("%", "percent") for t in child.subtree)
                    if counts and (
                        child.lower_ == "up" or percent or (number(counts[0]) or 0) >= 100
                    ):
                        return "count", (start, _level_end(doc, counts[0].i, child))
                    if child.lower_ in ("up", "down") and any(map(is_multiple, child.subtree)):
                        return "change", (start, max(t.i for t in child.subtree) + 1)
            # "page views remained steady", "followers stayed flat"
            if self._moves.held_level(verb):
                return "change", (start, verb.i + 1)
        held = self._held_at_a_level(head, verb)
        if held is not None:  # "we kept our engagement rate above 5%"
            return "count", (start, held)
        high_end = _at_a_high(head, self._grammar["high_words"])
        if high_end is not None:  # "Monthly listeners at an all-time high of 4.1M"
            return "superlative", (start, high_end)
        if self._got_sized(head, verb):  # "the reel got huge reach", "got modest reach"
            return "amount", (min(verb.i, start), end)
        gained = verb.lemma_ in self._grammar["gain_verbs"] or (
            verb.lemma_ in self._grammar["getting_verbs"]
            and any(c.lower_ == "new" for c in head.children)
        )
        if (
            head.dep_ in ("dobj", "attr")
            and verb.pos_ in ("VERB", "AUX")
            and gained
            and not _describing(verb)
            and not _driven_away(verb, self._grammar["repelling_particles"])
        ):
            return "change", (min(verb.i, start), end)
        return self._growing_clause(head, start)

    def _got_sized(self, head: Token, verb: Token) -> bool:
        """Is the term what a verb of getting got, in the past, sized by an
        adjective and no number: "the reel got huge reach", "our posts got
        modest reach this year"? Said of what happened, it reports an amount
        of attention; in the present it is a rule ("reels get great reach")."""
        return (
            head.dep_ == "dobj"
            and verb.lemma_ in self._grammar["getting_verbs"]
            and verb.tag_ in ("VBD", "VBN")
            and any(
                c.dep_ == "amod" and c.lower_ in self._grammar["sized_amounts"]
                for c in head.children
            )
            # "great views of the city": scenery, not an audience's views
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        )

    def _held_at_a_level(self, head: Token, verb: Token) -> int | None:
        """Where "kept our engagement rate above 5%" ends: a metric the writer
        held at a level, as an OKR's key result says it ("keep average watch
        time over 40 seconds"). The level is the claim, as "engagement rate
        stayed above 5%" is; "keep your views to yourself" holds no count."""
        if head.dep_ != "dobj" or verb.lemma_ not in self._grammar["holding_level_verbs"]:
            return None
        # The level may hang on the verb or, as the parse often has it, on the
        # metric: "maintained [Acme's view rate over 30%]".
        for child in [*verb.children, *head.children]:
            if child.dep_ != "prep" or child.lower_ not in _LEVEL_PREPOSITIONS:
                continue
            counts = [t for t in child.subtree if is_count(t) and not _YEAR.match(t.text)]
            if not counts:
                continue
            end = counts[0].i + 1  # the level, with its percent sign: "above 5%"
            if end < len(head.doc) and head.doc[end].lower_ in ("%", "percent"):
                end += 1
            return end
        return None

    def _people_acting(self, head: Token, verb: Token) -> bool:
        """People who do something to a thing, not a number that moves: "many
        visitors decline the consent banner", "readers hit a 404 page". A count
        or a mark as the object is a level reached: "followers hit 10k", "fans
        topped the 5,000 mark"." An emoji is no thing done to, though the
        parse may make it the object ("our followers just doubled overnight
        😍", round44) and hang a count on it ("listeners just passed 500,000
        💿")."""
        if head.dep_ != "nsubj" or not _is_people(head, self._grammar["people"]):
            return False
        for child in verb.children:
            if (
                child.dep_ == "dobj"
                and not is_count(child)
                and not is_multiple(child)  # "followers grew 4x": a factor, no thing done to
                and child.lemma_ not in self._grammar["mark_nouns"]
                and not _emoji(child)
            ):
                return True
        return False

    def _growing_clause(self, head: Token, start: int) -> Evidence:
        """ "impressions, which continue to increase daily", "views that doubled";
        "Our views plateaued in March", which the parse makes a noun phrase
        (``_verb_read_as_a_participle``)."""
        for clause in head.children:
            if clause.dep_ != "relcl" and not _verb_read_as_a_participle(head, clause):
                continue
            verb = clause
            if verb.lemma_ in _ASPECT:
                verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
            if self._moves.moved(verb):
                return "change", (start, verb.i + 1)
        return None

    def _after(self, doc: Doc, start: int, end: int) -> Evidence:
        """A count after the term: "engagement up 300%", "reach of 3 billion",
        "play count flipped over to 20,000", "followers: 12,000"."""
        stat = _stat_value(doc, end)
        if stat is not None:
            return "count", (start, stat)
        led = _value_after_lead(doc, start, end)
        if led is not None:  # "2. Reach — 890k", "Paid signups → 730", "| subscribers | 12,400 |"
            return "count", (start, led)
        labelled = _value_after_qualified_label(doc, end)
        if labelled is not None:  # "Open rate on our spring newsletter: 52%"
            return "count", (start, labelled)
        own_change = _its_own_change_after(doc, start, end)
        if own_change is not None:
            return own_change  # "followers from 900 → 6,300" (round38)
        if end < len(doc) and doc[end].text == ":" and _label_first(doc, start):
            grown = _grown_from_small(doc, end + 1)
            if grown is not None:  # "GitHub stars: 0 → 12,400", grown from nothing
                return "change", (start, grown)
        moved = False  # "traffic down by over 45,000", "engagement up 300%"
        end = _past_a_period(doc, end)  # "watch time this year: 2.3 million hours"
        usual = self._grammar["usual_words"]
        placed = _past_where_it_is(doc, end)
        if placed > end and _multiple_of_a_baseline(doc, doc[placed], usual):
            # "engagement on my carousels is 3x my text posts" (round46)
            return "comparison", (start, placed + 2)
        rounding = self._grammar["rounding_words"]  # "an open rate north of 60%"
        for index in range(end, min(len(doc), end + 4)):
            token = doc[index]
            following = doc[index + 1] if index + 1 < len(doc) else None
            if _a_bound_for(doc, index):
                break  # "engagement rate for up to 20 accounts": a limit, no rise (round39)
            moved = moved or token.lower_ in _MOVED
            if moved and following is not None and is_multiple(following):
                return "change", (start, index + 2)  # "engagement up 3x"
            if index == end and _multiple_of_a_baseline(doc, token, usual):
                return "comparison", (start, index + 2)  # "engagement rate was 4x the average"
            if following is not None and is_count(following):
                last = index + 2
                if last < len(doc) and doc[last].lower_ in ("%", "percent"):
                    last += 1
                percent = last > index + 2  # "engagement rate: 6.3%"
                # "~650K", "2.8M", split by the tokenizer: the span keeps its scale letter.
                while (
                    not percent
                    and last < len(doc)
                    and doc[last].lower_ in SCALE
                    and not doc[last - 1].whitespace_
                ):
                    last += 1
                counted = (number(following) or 0) >= 100 and not _YEAR.match(following.text)
                signed = following.text[:1] in ("+", "-") and len(following.text) > 1
                if moved or (signed and (percent or counted)):
                    return "change", (start, last)  # "follower growth: +18%"
                if index == end and token.lower_ == "to" and _counts_a_noun(doc, last):
                    break  # "the bot replies to 500 comments": the count is the comments'
                next_cell = index == end and _cell_break(token)  # "| Page views | 40,000 |"
                rounded = token.lower_ in rounding and (
                    index == end or doc[index - 1].lower_ in _COUNT_AFTER
                )
                colon = _is_colon(token)  # "(organic only): 4.8M", the bracket and colon one token
                if (counted or percent) and (
                    token.lower_ in _COUNT_AFTER or colon or next_cell or rounded
                ):
                    return "count", (start, last)
            if token.pos_ == "VERB" and token.lemma_ in self._grammar["driving_metric_verbs"]:
                break  # "engagement led to 300 orders": the count is what the metric drove
            high = token.lower_ in ("high", "low")  # "traffic as high as 17 million"
            if not (
                high
                or token.is_punct
                or token.lower_ in rounding
                or token.pos_ in ("AUX", "ADV", "ADP", "VERB", "PART")
            ):
                break
        if end < len(doc) and doc[end].lower_ in ("milestone", "record", "records"):
            return "milestone", (start, end + 1)
        return None

    def _platform_reach_grown(self, doc: Doc, index: int) -> tuple[int, int] | None:
        """The span of "grew Instagram reach by 380%", "boosted our TikTok reach
        3x": the noun "reach" after a platform, which the tagger makes a verb with
        the platform as its subject, as the object of a verb of gaining (the
        grammar's ``gain_verbs``). Not the verb after its subject ("we reach 380
        stores"), nor a platform that does reach ("Instagram reaches teens")."""
        if doc[index].lower_ != "reach" or index < 2:
            return None
        if doc[index - 1].lower_ not in self._grammar["platforms"]:
            return None
        position = index - 2
        if doc[position].lower_ in _OWNERS:
            position -= 1
        if position < 0 or doc[position].lemma_ not in self._grammar["gain_verbs"]:
            return None
        if doc[position].pos_ not in ("VERB", "AUX"):
            return None
        end = index + 1
        if end < len(doc) and is_multiple(doc[end]):
            end += 1  # "3x"
        elif end + 1 < len(doc) and doc[end].lower_ == "by" and _a_change_of(doc, end + 1):
            end += 2 + (end + 2 < len(doc) and doc[end + 2].lower_ in _PERCENT)  # "by 380%"
        return position, end

    def _platform_reach_moved(self, doc: Doc, index: int) -> tuple[int, int] | None:
        """The span of "Instagram reach is up 280%", "our reels reach was down
        12%": the noun "reach" after a platform or a kind of content, which the
        tagger makes a verb, then "is up" or "was down" and the change's size.
        Read by word order; not "we reach 380 stores"."""
        if doc[index].lower_ != "reach" or index < 1 or index + 3 >= len(doc):
            return None
        before = doc[index - 1]
        platforms, content = self._grammar["platforms"], self._grammar["content_nouns"]
        if not any(w in platforms or w in content for w in (before.lower_, before.lemma_)):
            return None
        if doc[index + 1].lower_ not in ("is", "was", "'s") or doc[index + 2].lower_ not in (
            "up",
            "down",
        ):
            return None
        if not _a_change_of(doc, index + 3):
            return None
        end = index + 4
        if end < len(doc) and doc[end].lower_ in _PERCENT:
            end += 1
        return index, end

    def _content_kept_by_people(self, doc: Doc, verb: Token) -> Evidence:
        """A post saved or pinned by a big count of people, said with the people
        as the subject: "1.4 million people saved our carousel", "the carousel
        900k people saved". Only of content: "3,000 users saved two hours" is
        an outcome, "40,000 shoppers saved money" a discount."""
        people = self._grammar["people"]
        kept = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")]
        if verb.dep_ == "relcl" and not kept:
            kept = [verb.head]  # "the carousel 900k people saved", "…, which 1.4M people saved"
        hung = _kept_by_the_crowd(verb, people, self._grammar["content_nouns"])
        if hung is not None:
            return "count", (_count_start(doc, hung), verb.i + 1)
        documents = self._grammar["saved_documents"]
        if not any(
            thing.lemma_ in self._grammar["content_nouns"]
            or thing.lower_ in _THE_POST
            or _our_document(thing, documents)
            for thing in kept
        ):
            return None
        for child in verb.children:
            if child.dep_ == "nsubj" and _counted_of_you(child):
                return "count", (_count_start(doc, child.i), verb.i + 1)  # "2,431 of you saved…"
            if child.dep_ != "nsubj" or not _is_people(child, people):
                continue
            for modifier in child.children:
                if is_count(modifier) and is_big(modifier):
                    return "count", (_count_start(doc, modifier.i), verb.i + 1)
            approximate = _approximate_count_before(verb)
            if approximate is not None:  # "Over 200K+ people saved the recipe"
                return "count", (approximate, verb.i + 1)
        return None

    def _metric_verb(
        self, doc: Doc, index: int, *, reach: bool = False, counted_only: bool = False
    ) -> Evidence:
        """ "viewed 3,000 times", "seen by 5,000 people", "29,000 people read it",
        "more people watched", "people kept sharing it", "reached 30,000 people",
        "streamed in 40 countries". ``counted_only``: a verb with other senses
        ("saved", "pinned") is attention only counted in times or people: "3,000
        users saved 2 hours" is an outcome."""
        verb = doc[index]
        if self.parser is not None and _tinkering(verb):
            return None  # "everyone started playing around": trying it out
        if verb.lemma_ == "join" and not self._joins_a_community(doc[index + 1 :]):
            return None  # "2,300 joined the loyalty program" is an outcome (outcome_verbs)
        if verb.lemma_ == "welcome":
            return self._people_welcomed(verb)  # its only attention sense
        if self.parser is not None and reach and _rolled_out(verb, self._grammar["release_nouns"]):
            return None  # "the feature reaches 30% of our users first": a rollout
        if verb.lemma_ == "see" and any(
            c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children
        ):
            return None  # "see you next week": a farewell
        grown = self._platform_reach_grown(doc, index) if reach else None
        if grown is None and reach:
            grown = self._platform_reach_moved(doc, index)
        if grown is not None:
            return "change", grown
        stat = _reach_as_stat(doc, index, parsed=self.parser is not None) if reach else None
        if stat is not None:
            return "count", stat
        labelled = _verb_as_a_stat_label(doc, index)
        if labelled is not None:  # "opened: 31,977", "clicked: 9,104" on a report's lines
            return "count", (index, labelled)
        moved = _verb_as_a_moved_stat(doc, index)
        if moved is not None:  # "💬 comments up 340%": a line's noun the tagger made a verb
            return "change", (index, moved)
        # "retweeted over 269,000 times", "watched our holiday ad more than 3 million times";
        # not "clicked the same button thirty times", a user's steps.
        nth = _for_the_nth_time(doc, index)
        if nth is not None:  # "retweeted for the 60,000th time" (round47)
            return None if _doers_habit(verb) else ("milestone", (index, nth))
        for token in doc[index + 1 : index + 10]:
            if token.lower_ == "times" and _counted_times(
                doc, index + 1, token.i, self._grammar["step_verbs"]
            ):
                if _doers_habit(verb):
                    return None  # "I watched it 40 times", "she listens 3 times a day"
                return "count", (index, token.i + 1)
            if (token.is_punct and token.text not in (",", "-")) or token.pos_ == "VERB":
                break  # "the chart shows revenue grew 3 times" counts the revenue
        spread = _spread_after(doc, index, self._grammar["spreading_verbs"])
        if spread is not None:
            return "amount", (index, spread)
        if self.parser is None:
            return None
        people = self._grammar["people"]
        for child in verb.children:
            if child.dep_ == "agent":
                # not a count "with" the doer: "raided by a streamer with 40k followers"
                counts = [
                    t
                    for t in child.subtree
                    if is_count(t) and (number(t) or 0) >= 100 and not _held_with(t, child)
                ]
                if counts:
                    return "count", (index, _phrase_end(child))
                more = [t for t in child.subtree if t.lower_ in _MORE and t.head.lower_ in people]
                if more:  # "watched by more people than live in our city"
                    return "comparison", (index, more[0].head.i + 1)
        oftener = _oftener(verb)
        if oftener is not None:
            # "bookmarked more times than anything we've posted": counted in
            # times, even a verb with other senses is attention
            return "comparison", (index, oftener + 1)
        tagging = counted_only and verb.lemma_ in self._grammar["tagging_verbs"]
        if (counted_only and verb.lemma_ == "use") or (tagging and _names_the_writer(verb)):
            pieces = _pieces_counted(verb, self._grammar["content_nouns"])
            # "used in 48,000 videos", "90,000 videos now use our sound",
            # "4,000+ Instagram stories tagged us" (round47)
            if pieces is not None:
                return "count", (min(index, pieces[0]), max(index + 1, pieces[1]))
        passed_on = self._hyperbolic_agent(verb)
        if passed_on is not None:  # "retweeted by half the teachers in the country"
            return "amount", (index, passed_on)
        if counted_only:
            return self._content_kept_by_people(doc, verb)
        grammar = self._grammar
        watched = _time_watched(
            verb, grammar["watching_verbs"], grammar["plan_nouns"], grammar["audience_bodies"]
        )
        if watched is not None:
            return "count", watched
        places = self._places_counted(verb)
        if places is not None:
            return "amount", (index, places + 1)
        subjects = list(verb.children)
        if verb.dep_ == "xcomp":  # "49,500 members have chosen to follow"
            subjects += list(verb.head.children)
        hyperbole = self._hyperbolic_crowd(verb)
        if hyperbole is not None:
            return "amount", (hyperbole, index + 1)
        told = _how_many_did(verb)
        if told is not None:  # "1 MILLION. That's how many of you now follow us."
            return "count", (told, index + 1)
        venues, grounds = grammar["venues"], grammar["grounds"]
        if any(c.dep_ == "nsubj" and _at_a_ground(c, venues, grounds) for c in subjects):
            return None  # "41,302 fans inside the ground saw a late winner": a crowd there
        for child in subjects:
            if child.dep_ == "nsubj" and _crowd_of_people(child, people):
                return "count", (child.left_edge.i, index + 1)
            if child.dep_ == "nsubj" and _a_fraction_of_people(child, people):
                return "count", (child.left_edge.i, index + 1)  # "a quarter of a million people"
            # A count's scale letter split off and made the subject ("50K of you
            # follow us", "50" "K") stands for the count, as a numeral does.
            # "900k streamed…": the tagger may make a count with its letter a name.
            numeral = child.pos_ == "NUM" or _is_scale(child) or _a_count_tagged_a_name(child)
            of_you = _count_of_you(child) if child.dep_ == "nsubj" else None
            if of_you is not None:
                return "count", (of_you, index + 1)
            if child.dep_ == "nsubj" and _one_in_a_people(child, people, verb):
                return "amount", (child.i, index + 1)  # "1 in 5 Londoners saw our film"
            if child.dep_ == "nsubj" and self._a_percent_of_people(child, verb):
                return "amount", (child.left_edge.i, index + 1)  # "47% of residents saw our ad"
            audience = (
                _is_people(child, people)
                or self._audience_by_role(child, verb)
                # A people by name, at something of ours: "2 million Americans
                # watched our ad"; "…watched the Super Bowl" is a population's habit.
                or (_a_people_by_name(child) and _at_ours(verb))
            )
            if child.dep_ != "nsubj" or not (audience or numeral):
                continue
            before = doc[child.i - 1] if child.i > 0 else None
            if (
                audience
                and before is not None
                and is_count(before)
                and is_big(before)
                and before.head.i != child.i
            ):
                # "Today 22k people follow what I write": the parse hung the count
                # on "Today"; right before the people, it counts them.
                return "count", (_count_start(doc, before.i), index + 1)
            for modifier in child.children:
                if (is_count(modifier) and is_big(modifier)) or modifier.lower_ in _VAGUE_BIG:
                    return "count", (_count_start(doc, modifier.i), index + 1)
                ratio = _one_in(modifier) if audience else None
                if ratio is not None:  # "1 in 4 Americans saw our spot": a share of them
                    return "amount", (ratio, index + 1)
                if modifier.lower_ in _MORE:
                    return "comparison", (modifier.i, index + 1)
            if is_count(child) and is_big(child) and not _a_year_as_time(child):
                return "count", (_count_start(doc, child.i), index + 1)
        opening = _opening_count(doc, verb)
        if opening is not None:
            return "count", (opening, index + 1)
        counted = _count_right_before(verb)
        if counted is not None and not self._numbered(doc, verb.i - 1):
            # "Today 31k follow what I write", the count hung on "Today"; not
            # "at booth 1412 showing…", a number that names
            return "count", (counted, index + 1)
        approximate = _approximate_count_before(verb)
        if approximate is not None:  # "over 12,000 of you have read it", parsed as a phrase
            return "count", (approximate, index + 1)
        if verb.dep_ in ("acl", "relcl") and is_count(verb.head) and is_big(verb.head):
            # "the 25,000 of you who follow along"
            return "count", (_count_start(doc, verb.head.i), index + 1)
        compared = _compared(verb, people)
        if compared is not None:
            return "comparison", (index, compared + 1)
        # People counted, a clause on them: "9,000 fans watching", "the class had
        # 48,000 learners tuning in" (role people only as ``_audience_by_role``
        # allows: not "1,000 students reading below grade level")
        watching = _is_people(verb.head, people) or (
            verb.dep_ == "acl" and self._audience_by_role(verb.head, verb)
        )
        if verb.dep_ in ("acl", "relcl") and watching:
            for modifier in verb.head.children:
                if is_count(modifier) and modifier.i > 0 and doc[modifier.i - 1].lower_ in _OFFER:
                    return None  # an offer: "the first 200 followers to comment get…"
                if is_count(modifier) and is_big(modifier):
                    return "count", (_count_start(doc, modifier.i), index + 1)
            # "(the number of) people following the page grew 80%"
            crowd = _tally(verb.head) or verb.head
            changed = self._changed(doc, crowd, min(crowd.i, index), index + 1)
            if changed is not None:
                return changed
        if verb.dep_ == "xcomp" and _kept_at(verb.head) and verb.tag_ == "VBG":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if subjects and _is_people(subjects[0], people):
                return "amount", (subjects[0].i, index + 1)
        for target in self._people_shown(verb) if reach else ():
            # The count hangs in the people's phrase, or before it on the bound
            # ("reached over 210k accounts" may hang "210k" on "over").
            bound = [doc[target.i - 1]] if _counted(target) else []
            counts = [
                t for t in (*target.subtree, *bound) if is_count(t) and (number(t) or 0) >= 1000
            ]
            if counts:
                return "count", (index, _phrase_end(target))
            if _more_than_before(target):  # "reached more people than our Christmas campaign"
                return "comparison", (index, target.i + 1)
        share = self._share_reached(verb) if reach else None
        if share is not None:
            return "count", (index, share)
        return None

    def _hyperbolic_crowd(self, verb: Token) -> int | None:
        """Where a hyperbolic crowd begins that saw or shared the writer's post:
        "half the internet saw our ad", "the whole town watched our video",
        "half of LinkedIn shared the post", "everyone and their dog shared our
        video"; a crowd said so counts no one, yet brags as a count does. Only
        of content ("the whole town watched the fireworks" is an event), also
        a piece named before in the sentence and then called "it" (round41:
        "we made a video about a kettle and half the internet watched it")."""
        content = self._grammar["content_nouns"]
        before = verb.doc[verb.sent.start : verb.i]
        if not any(
            c.dep_ == "dobj"
            and (
                any(t.lemma_ in content for t in c.subtree)
                or (c.lower_ in ("it", "them") and any(t.lemma_ in content for t in before))
            )
            for c in verb.children
        ):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.i > 0 and verb.doc[verb.i - 1].pos_ == "NOUN":
            # the parse may join "… a kettle and half the internet" as a list
            # and take the video for the subject
            subjects.append(verb.doc[verb.i - 1])
        for subject in subjects:
            if self._a_hyperbolic_whole(subject) or self._everyone_and_kin(subject):
                return subject.left_edge.i
        return None

    def _hyperbolic_agent(self, verb: Token) -> int | None:
        """Where a piece's passive verb ends when a hyperbolic crowd did it
        ("our thread was retweeted by half the teachers in the country", "the
        ad was stitched by half of TikTok"); None otherwise ("shared by half
        the teachers at our school" is a staffroom)."""
        pieces = [c for c in verb.children if c.dep_ == "nsubjpass"]
        content, publishing = self._grammar["content_nouns"], self._grammar["publishing_verbs"]
        if not any(p.lemma_ in content or _our_piece_as_it(p, content, publishing) for p in pieces):
            return None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        crowd = _agents_crowd(agent) if agent else None
        if crowd is None:
            return None
        if self._a_hyperbolic_whole(crowd) or self._half_of_a_people_in_a_whole(crowd):
            return crowd.right_edge.i + 1
        if _a_roll_of_the_counted(crowd):
            return crowd.right_edge.i + 1  # "retweeted by two senators, one astronaut and…"
        if _every_one_of(crowd, self._grammar["profile_nouns"]):
            return crowd.right_edge.i + 1  # "reposted by like every meme page" (round42)
        return None

    def _half_of_a_people_in_a_whole(self, crowd: Token) -> bool:
        """Is the crowd half of a kind of people in a whole: "half the teachers
        in the country", "half the parents in Leeds"?"""
        if crowd.tag_ != "NNS" or not any(c.lower_ == "half" for c in crowd.children):
            return False
        return self._a_whole_after(crowd, ("in", "on", "across"), named=True)

    def _a_whole_after(self, noun: Token, prepositions: tuple[str, ...], *, named: bool) -> bool:
        """Does one of these prepositions after the noun take a whole a crowd is
        made of ("everyone at church", "half of LinkedIn", "half the teachers in
        the country"), or, if ``named``, a place by its name ("half of Leeds")?"""
        wholes = self._grammar["crowd_wholes"]
        return any(
            t.dep_ == "pobj" and (t.lemma_.lower() in wholes or (named and t.pos_ == "PROPN"))
            for place in noun.children
            if place.dep_ == "prep" and place.lower_ in prepositions
            for t in place.children
        )

    def _a_hyperbolic_whole(self, subject: Token) -> bool:
        """ "half the internet", "the whole town", "half of LinkedIn", and
        everyone in one ("everyone at church", "everybody in my office")."""
        wholes, whole_words = self._grammar["crowd_wholes"], self._grammar["whole_words"]
        if subject.lower_ in ("everyone", "everybody"):  # "everyone at church saw our ad"
            return self._a_whole_after(subject, ("at", "in", "on"), named=False)
        if subject.lower_ in whole_words:  # "half of LinkedIn", "half of Leeds"
            return self._a_whole_after(subject, ("of",), named=True)
        return subject.lemma_.lower() in wholes and any(
            c.dep_ in ("predet", "amod", "det") and c.lower_ in whole_words
            for c in subject.children
        )

    def _everyone_and_kin(self, subject: Token) -> bool:
        """ "everyone and their dog", "everybody and his mother"."""
        return subject.lower_ in ("everyone", "everybody") and any(
            c.dep_ == "conj" and c.lemma_ in self._grammar["hyperbole_kin"]
            for c in subject.children
        )

    def _people_welcomed(self, verb: Token) -> Evidence:
        """The span of "welcomed over 9,000 people to our Discord", "we welcomed
        2,500 new members on Slack": a big count of people, the verb's object,
        welcomed into a place a community gathers. Not "3,000 people welcomed
        the change" (a subject approving), nor "we welcomed 40 guests to the
        office" (no community online), nor a small count ("welcomed three new
        maintainers to the forum", a team)."""
        if self.parser is None:
            return None
        people = self._grammar["people"]
        places = self._grammar["community_places"] | self._platforms
        # The object, or the people under it when a comparison heads the phrase
        # ("welcomed more than 3k people": "more" is the object).
        welcomed = [
            t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if _is_people(t, people)
        ]
        if not welcomed:
            return None
        counts = [t for t in welcomed[0].children if is_count(t) and is_big(t)]
        # The parse hangs the place on the verb or on the people ("9,000 people
        # on Slack").
        into = [
            place
            for preposition in [*verb.children, *welcomed[0].children]
            if preposition.dep_ == "prep" and preposition.lower_ in ("to", "on", "into", "in")
            for place in preposition.subtree
            if place.lower_ in places
        ]
        if not counts or not into:
            return None
        return "count", (verb.i, _phrase_end(welcomed[0]))

    def _spread_over_places(self, head: Token, start: int) -> Evidence:
        """An audience counted by the places it is in: "we have fans in 40
        countries", "readers across 30 countries", as "viewed in 87 countries"
        counts a verb's (the parse hangs the place on the noun or on its verb)."""
        holders = [head] + ([head.head] if head.dep_ in ("dobj", "attr") else [])
        for holder in holders:
            place = self._places_counted(holder)
            if place is not None and place > head.i:
                return "amount", (start, place + 1)
        return None

    def _places_counted(self, verb: Token) -> int | None:
        """Where "viewed in 87 countries", "streamed in over 40 markets", "shared
        by people in 48 countries", "people in 34 countries watched…", "people
        tuned in from 41 countries" ends: an
        audience spread over places it counts (not "available in 87
        countries", which no attention verb says)."""
        # "shared by people in 48 countries": the places of the people it names
        agents = [c for c in verb.children if c.dep_ == "agent"]
        doers = [p for agent in agents for p in agent.children if p.dep_ == "pobj"]
        # "people in 34 countries have now watched me…": the subject's places
        doers += [
            c for c in verb.children if c.dep_ == "nsubj" and _is_people(c, self._grammar["people"])
        ]
        # "people tuned in from 41 countries" (round38): where the doers were,
        # told of people as the main clause's subject, the verb with no object
        # ("shared recipes from 40 countries" is what was shared; "thank you
        # for tuning in from 63 countries" thanks the audience)
        told = verb.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and c.lower_ != "you" and _is_people(c, self._grammar["people"])
            for c in verb.children
        )
        whence_told = told and not any(c.dep_ == "dobj" for c in verb.children)
        for child in [*verb.children, *(c for doer in doers for c in doer.children)]:
            whence = child.lower_ == "from" and child.head == verb and whence_told
            if child.dep_ != "prep" or (child.lower_ not in ("in", "across") and not whence):
                continue
            for place in child.children:
                counted = any(is_count(t) for t in place.children if t.dep_ == "nummod")
                if (
                    place.dep_ == "pobj"
                    and place.lemma_ in self._grammar["counted_places"]
                    and counted
                ):
                    return place.i
        return None

    def _people_shown(self, verb: Token) -> Iterator[Token]:
        """The people a verb of reach puts a post in front of: "reached 30,000
        people" (its object), "shown to 400,000 people" (after "to"); not "the
        band played to 20,000 fans", which no reach verb says. Only "reach"
        takes its people as an object: "the credit union serves 40,000 members"
        are customers served, not an audience shown a post."""
        people = self._grammar["people"]
        for child in verb.children:
            if child.dep_ == "dobj":
                targets = [child] if verb.lemma_ == "reach" else []
            elif child.dep_ == "prep" and child.lower_ in _REACHED_OVER and verb.lemma_ == "reach":
                # "reached over 210k people": the parse makes the bound a
                # preposition and the people its object.
                targets = [t for t in child.children if t.dep_ == "pobj" and _counted(t)]
            elif child.dep_ in ("dative", "prep") and child.lower_ == "to":
                targets = [t for t in child.children if t.dep_ == "pobj"]
            else:
                continue
            yield from (
                t for t in targets if _is_people(t, people) or self._audience_by_role(t, verb)
            )

    def _a_percent_of_people(self, share: Token, verb: Token) -> bool:
        """Is the subject "%" of "47% of residents" a share of people, a
        population or a role who saw or watched the writer's content ("…saw our
        ad"; "60% of residents saw the eclipse" is the news, "68% of consumers
        follow brands" a study's finding)?"""
        if share.lower_ not in ("%", "percent"):
            return False
        whole = _what_it_is_of(share)
        if whole is None:
            return False
        if whole.lower_ in self._attention_words:
            return True  # "only 1.1% of viewers clicked": an audience's share, whatever
        # "68% of consumers follow brands" is a study's finding: no content of ours
        people = _is_people(whole, self._populations)  # people and populations
        return (people or self._audience_by_role(whole, verb)) and (
            _about_content(verb, self._grammar["content_nouns"]) or _at_ours(verb)
        )

    def _audience_by_role(self, person: Token, verb: Token) -> bool:
        """People named by their role or place ("shoppers", "job seekers",
        "residents") are an audience when the writer's content is what reached
        them or what they saw: "the ad reached 2 million shoppers", "300,000
        students watched our livestream"; "the programme reached 300,000
        students" is the reach of a service, not of a post."""
        roles = self._grammar["audience_roles"]
        if not _is_people(person, roles):
            return False
        # "tuned in" is only ever said of a broadcast: "6,000 learners tuned in live"
        tuned_in = verb.lemma_ == "tune" and not any(c.dep_ == "dobj" for c in verb.children)
        tuned_in = tuned_in and any(c.lower_ in ("in", "into") for c in verb.children)
        return tuned_in or _about_content(verb, self._grammar["content_nouns"])

    def _share_reached(self, verb: Token) -> int | None:
        """Where "reached 47% of residents", "reached 60 percent of the
        country's adults" ends: a share of a population; "disk usage reached
        100% of capacity" is no one. Only "reach" takes the share as its object:
        "the results show that 73% of people want it" is a finding, not reach."""
        if verb.lemma_ != "reach":
            return None
        population = self._populations
        for share in verb.children:
            crowd = _a_share_of_a_crowd(share) if share.dep_ == "dobj" else None
            content = self._grammar["content_nouns"]
            if crowd is not None and (
                _is_people(crowd, population)
                or self._audience_by_role(crowd, verb)
                or (_a_people_by_name(crowd) and _about_content(verb, content))
            ):
                return crowd.i + 1  # "reached 1 in 4 UK nurses with one campaign"
            if share.dep_ != "dobj" or share.lower_ not in ("%", "percent"):
                continue
            whole = _what_it_is_of(share)
            if whole is not None and (whole.lower_ in population or whole.lemma_ in population):
                return whole.i + 1
            if whole is not None and _a_people_by_name(whole) and _about_content(verb, content):
                return whole.i + 1  # "the campaign reached 42% of Australians aged 18-34"
        return None
