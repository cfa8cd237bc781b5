"""Milestones and ranks said without a metric word: a bare milestone ("we
just passed 50,000!", "the podcast crossed six figures"), a count on a
platform ("100K on TikTok"), thanks for a count ("thank you for 10k!") and a
place on a chart ("cracked the top 10 on Apple Podcasts"). What holds the
audience is read from the subject: not money ("our appeal crossed six
figures"), not a measure ("the price crossed 25,000").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from align_lint.analysis.claims.counts import (
    _CURRENCY,
    _LONG_COUNTS,
    _ORDINAL,
    _ORDINAL_WORDS,
    _SUPERLATIVES,
    _YEAR,
    _count_end,
    _count_start,
    _counted_by_length,
    _emoji,
    _from_one_amount_to_another,
    _is_scale,
    is_big,
    is_count,
    is_money,
    number,
)
from align_lint.analysis.claims.layout import _ARROWS, _TIME_NOUNS, _right_after
from align_lint.analysis.claims.moods import MoodReader, _under_a_surprise
from align_lint.analysis.claims.names import a_calendar_name
from align_lint.analysis.claims.ownership import (
    _MINE,
    _PERSONAL_PLACES,
    _labels_the_line,
    _marked_to,
    _subject_of,
    _subject_of_the_first_verb,
    _what_it_is_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# Whom thanks for a count go to: "thank you all for 10k", "thx u guys for 50k".
_THANKED = frozenset(
    {"you", "u", "ya", "all", "y'", "y", "'", "'all", "everyone", "everybody", "so", "much", "guys",
     "fam", "yall"}
)  # fmt: skip
# What a best stretch of time is had on or for ("best week on the channel",
# "a record month for the blog") and the words that may stand before the
# channel ("on our channel", "on the Acme channel").
_PERIOD_PREPOSITIONS = frozenset({"on", "for", "across", "in"})
_CHANNEL_DETERMINERS = frozenset({"the", "our", "my", "this"})
# What may stand between a bare count and its cheer ("2K already 🔥") and
# before it ("we're at 10K!!!"), and the tags of a verb that goes on with the
# count as its subject ("50k 🚀 is the prize", "10K 🙌 left to raise").
_CHEER_BETWEEN = frozenset({"already", "now", "strong", "officially"})
# Words of thanks: "thank you for 10k!" (a prefilter way of the extractor's
# too) and a paragraph that thanks a count said alone; and the folded hands,
# thanks without a word (round37): "100k. 🙏"
_THANKS = frozenset({"thank", "thanks", "thankyou", "🙏"})
# The adverbs that open a cheered count's fragment: "Officially 20K!!!" (round48).
_ARRIVED = frozenset({"officially", "finally"})
_DONE_IT = frozenset({"did it", "made it"})  # "we did it. 100k. 🫶" (round43)
_AT_FORMS = frozenset({"'re", "\u2019re", "are", "is", "'s", "\u2019s", "am", "'m", "\u2019m"})
_GOING_ON_TAGS = frozenset({"VBZ", "VBD", "VBN", "VBG"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})
# The day a count on a platform was reached, which the tagger makes a noun
# after the platform's name: "hit 10,000 on Instagram today".
_WHEN_SAID = frozenset({"today", "tonight", "yesterday"})


def _a_time_said(token: Token) -> bool:
    """Does ``token`` open a time the verb was reached at, not a noun counted:
    "today", "last night", "this week", "overnight" ("hit 250k last night"),
    the time noun hung on the verb, not on the count?"""
    if token.lower_ == "overnight" or (token.dep_ == "npadvmod" and token.lower_ in _WHEN_SAID):
        return True  # "our channel hit 60,000 today"
    noun = token.head if token.lower_ in ("last", "this") else token
    if any(c.lower_ in ("next", "coming") for c in noun.children):
        return False  # "the first reel to hit 1M next year": a goal, its noun left out
    on_the_verb = noun.head.pos_ in ("VERB", "AUX")
    return noun.dep_ == "npadvmod" and noun.lemma_ in _TIME_NOUNS and on_the_verb


def _singular_after_emoji(token: Token) -> bool:
    """A singular noun after an emoji starts words of their own ("25k 😍 love
    you all"); what a count counts after one is plural ("25k 🎉 followers")."""
    return token.tag_ in ("NN", "NNP")


def _in_a_thing(preposition: Token) -> bool:
    """Is the noun right after "in" a thing an amount is of ("in sales"), not a
    time it took ("in days", "in March")?"""
    doc = preposition.doc
    if preposition.i + 1 >= len(doc):
        return False
    noun = doc[preposition.i + 1]
    return noun.pos_ == "NOUN" and noun.lemma_ not in _TIME_NOUNS


def _counts_a_noun(doc: Doc, after: int) -> bool:
    """Does the count ending before ``after`` count a noun: "25,000 users", "25k
    of debt", "1,000 paying customers", "40% …"? Adjectives and participles may
    come between it and the noun, and so may emoji ("25k 🎉 followers"); an
    emoji alone counts nothing ("crossed 25k 😍 love you all"). An amount "in"
    a noun counts it too ("1M in sales", "25k in revenue"), not "in" a time
    ("25k in days", "in a week")."""
    emoji_before = False
    for token in doc[after : after + 3]:
        if _emoji(token):
            emoji_before = True
            continue
        if emoji_before and _singular_after_emoji(token):
            return False  # "crossed 25k+ 😍 love you all": the tagger made "love" a noun
        if _a_time_said(token):
            return False  # "hit 60,000 today", "I hit 250k last night": when, not what
        if token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("%", "percent", "of"):
            return True
        if token.lower_ == "in" and _in_a_thing(token):
            return True
        if token.pos_ not in ("ADJ", "VERB") or token.tag_ not in ("JJ", "VBG", "VBN"):
            return False
    return False


def _chart_name_end(doc: Doc, end: int) -> int:
    """Where a chart's name ends that goes on after the word that found it: "#14
    on the Spotify Viral 50", "No. 3 on Spotify Top 50 UK"; the rank is on the
    whole chart ("#2 on Spotify this week" ends at "Spotify")."""
    last = min(len(doc), end + 4)
    while end < last and (
        doc[end].pos_ == "PROPN" or (doc[end].like_num and doc[end - 1].pos_ == "PROPN")
    ):
        end += 1
    return end


def _chart_name_start(doc: Doc, index: int, charts: frozenset[str]) -> int | None:
    """Where the name of the chart begins that ends at ``index``, or None when
    the words before are not all of one ("podcasts" alone is no chart, "Apple
    Podcasts" is)."""
    for chart in charts:
        words = chart.split()
        start = index - len(words) + 1
        if words[-1] != doc[index].lower_ or start < 0:
            continue
        if [token.lower_ for token in doc[start : index + 1]] == words:
            return start
    return None


def _topped_a_viral_chart(
    doc: Doc, start: int, index: int, spreading: frozenset[str]
) -> int | None:
    """Where "topped the trending charts" or "topped the Viral 50 chart" begins:
    a verb of topping right before a chart of what spreads (the chart from
    ``start`` to ``index``, named with a word of ``spreading``), a rank of one
    said without a number. Not "topped the charts", which is a song's sales or
    an idiom."""
    named = doc[max(0, start - 4) : index + 1]
    if not any(token.lower_ in spreading for token in named):
        return None
    for before in range(start - 1, max(-1, start - 5), -1):
        token = doc[before]
        if token.lemma_ == "top" and token.pos_ == "VERB":
            return before
        if token.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM") and token.tag_ != "PRP$":
            return None
    return None


def _top_after_a_chart(doc: Doc, top: int) -> bool:
    """Is the chart's name followed by its rank, "top" and a small count ("the
    iTunes top 10 in Sport", "the Apple Podcasts top 10 for Comedy"; round49)?
    Not a list the count heads ("the Spotify top 50 songs to study to")."""
    if top + 1 >= len(doc) or doc[top].lower_ != "top" or not doc[top + 1].text.isdigit():
        return False
    if int(doc[top + 1].text) > 200:
        return False
    after = doc[top + 2] if top + 2 < len(doc) else None
    return after is None or after.tag_ not in ("NNS", "NNPS")


def _numbered_name(doc: Doc, index: int) -> bool:
    """Is the count at ``index`` part of a chart's name ("the Viral 50 chart",
    "the Hot 100"), not a rank: a count right after a proper noun."""
    return doc[index].like_num and index > 0 and doc[index - 1].pos_ == "PROPN"


def _ranks_a_list(doc: Doc, count: int) -> bool:
    """Does the rank whose count is at ``count`` head a list of things ("the top
    100 videos on YouTube trending", "the top 10 songs on Spotify"), not say
    where one stands? "one of the top 10 songs" is still a place on it."""
    after = doc[count + 1] if count + 1 < len(doc) else None
    if after is None or after.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(t.lower_ == "of" for t in doc[max(0, count - 4) : count])


def _rank_start(doc: Doc, index: int, openers: frozenset[str]) -> int | None:
    """The start of a rank that ends at ``index``: "top 10", "#3", "No. 4",
    "number one", "the top"; or None. A rank is a small count after a rank
    word (``openers``, the ``rank_openers`` lexicon), or "top" alone ("the top
    of the charts")."""
    token = doc[index]
    if token.lower_ == "top":
        return index  # "the top of the charts", "top spot on Spotify"
    if index == 0:
        return None
    if token.lower_ == "one" and doc[index - 1].lower_ == "number":
        return index - 1  # "number one", which is no count to ``number``
    if token.text.isdigit() and len(token.text) <= 3 and doc[index - 1].text == "#":
        return index - 1  # "#2", which ``number`` reads as an issue's number
    if _a_place_in(doc, index):
        return index  # "hit 3rd in the Business category on Spotify" (round42)
    if not is_count(token) or (number(token) or 0) > 200:
        return None
    word = index - 1
    if doc[word].text == "." and word > 0:
        word -= 1  # "No. 4", split "No" "."
    return word if doc[word].lower_ in openers else None


def _a_place_in(doc: Doc, index: int) -> bool:
    """Is the word a small ordinal in figures standing for a place, "in" or
    "on" right after it ("3rd in the Business category", "2nd on the
    chart"), not an ordinal of a noun ("our 2nd episode on Spotify")?"""
    token = doc[index]
    if not _ORDINAL.match(token.text) or (number(token) or 0) > 100 or index + 1 >= len(doc):
        return False
    return doc[index + 1].lower_ in ("in", "on")


def _on_the_channel(doc: Doc, index: int) -> bool:
    """Does "on the", "on my" or "on our" stand before the channel's word at
    ``index`` ("10k on the main")?"""
    return (
        index >= 2
        and doc[index - 1].lower_ in _CHANNEL_DETERMINERS
        and doc[index - 2].lower_ == "on"
    )


def _on_a_named_account(doc: Doc, index: int) -> int:
    """Where "on" is before an account named by the platform at ``index`` and
    a word or two of whose it is ("10K on the youth group insta", "5k on our
    shop TikTok"), or -1."""
    at = index - 1
    while at > index - 3 and at > 0 and doc[at].pos_ in ("NOUN", "PROPN", "ADJ"):
        at -= 1
    if at < 1 or doc[at].lower_ not in _CHANNEL_DETERMINERS:
        return -1
    return at - 1 if doc[at - 1].lower_ == "on" else -1


# What a milestone verb passes to reach its count: "blew past 75,000".
_PAST = ("beyond", "past", "over", "into")


def _resting_as_us(verb: Token, resting: frozenset[str]) -> bool:
    """Is ``verb`` one of resting said of the writers or of no one named ("we're
    sitting at 120k", "currently sitting at 48k")? A market's or a measure's
    level rests there too ("the Dow is sitting at 34,000", "my step count is
    sitting at 12,000"), so not theirs (round45)."""
    if verb.lemma_ not in resting:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.lower_ in ("we", "i")


def _milestone_targets(verb: Token, resting: frozenset[str]) -> Iterator[Token]:
    """What a milestone verb may have reached: its object, the object of
    "beyond", "past", "over" or "into" (or "at" after a verb of resting, one of
    ``resting``: "we're sitting at 120k"), and, where an emoji broke the parse
    ("crossed 25k 😍 love you all"), the word right after it."""
    reaching = (*_PAST, "at") if _resting_as_us(verb, resting) else _PAST
    if verb.lemma_ == "grow":
        reaching = (*reaching, "by")  # "this account grew by 40k in a week" (round48)
    for child in verb.children:
        if child.dep_ == "dobj" or (
            child.dep_ == "npadvmod" and _is_scale(child) and verb.tag_ == "VBZ"
        ):
            yield child  # and "HITS 10K!!!", the "K" split off and hung as a modifier (round43)
        elif child.dep_ == "prep" and child.lower_ in reaching:
            yield from (t for t in child.children if t.dep_ == "pobj")
    doc = verb.doc
    following = verb.i + 1
    if following < len(doc) and doc[following].lower_ in reaching:
        following += 1
    if following < len(doc) and any(_emoji(t) for t in doc[following : following + 4]):
        scale = following + 1
        if doc[following].lower_ == "a" and scale < len(doc) and _is_scale(doc[scale]):
            yield doc[scale]  # "my first video to hit a million 😭😭" (round45)
        else:
            yield doc[following]


def _thanked_for_count(
    doc: Doc, index: int, audiences: frozenset[str]
) -> tuple[str, tuple[int, int]] | None:
    """ "thank you for 10k!", "thanks for 100,000 🎉": thanks for a big count
    with no noun is for a milestone the audience made, and so is thanks for a
    count of subscribers or members (``audiences``: "Thank you for 500,000
    subscribers!!"), which otherwise may be paying ones. Not thanks for money
    ("$10k"), a year ("2023"), or another counted noun ("10k donations",
    "5,000 meals", "500 paying subscribers", which another rule or none
    judges)."""
    at = index + 1
    while at < len(doc) and doc[at].lower_ in _THANKED and at <= index + 3:
        at += 1  # "thank you all", "thanks y'all", "thank u"
    if at + 1 < len(doc) and doc[at].lower_ != "for" and _a_round_count(doc[at]):
        # the count thanked with no "for", then cheered (round43): "thank u 50k!!! 🎉"
        after = _count_end(doc, at)
        cheered = after < len(doc) and doc[after].text == "!"
        return ("milestone", (at, after)) if cheered else None
    if at + 1 >= len(doc) or doc[at].lower_ != "for":
        return None
    count = doc[at + 1]
    if not _a_round_count(count):
        return None
    after = _count_end(doc, count.i)
    if after < len(doc) and doc[after].lower_ in audiences:
        return "milestone", (count.i, after + 1)  # "Thank you for 500,000 subscribers"
    if _counts_a_noun(doc, after):
        return None
    return "milestone", (count.i, after)  # the count is the claim; the thanks address people


def thanks_for_count_at(doc: Doc, count: int, audiences: frozenset[str]) -> bool:
    """Is the count at ``count`` the one thanks right before it are for ("Thank
    you all for 500,000 subscribers"), as ``_thanked_for_count`` reads them
    from the thanks word (at most "thank you all for": five words back)?"""
    return any(
        (found := _thanked_for_count(doc, at, audiences)) is not None and found[1][0] == count
        for at in range(max(0, count - 5), count)
        if doc[at].lower_ in ("thank", "thanks")
    )


def _big_milestone(doc: Doc, evidence: tuple[str, tuple[int, int]]) -> bool:
    """Is the evidence an ordinal of an audience's size, from the 100th up
    ("our 100,000th like", "the millionth like"); "the 5th like it this year"
    counts occasions?"""
    kind, (start, _) = evidence
    if kind != "milestone":
        return False
    ordinal = doc[start]
    digits = re.sub(r"\D", "", ordinal.text)
    return ordinal.lower_ in _ORDINAL_WORDS or (digits.isdigit() and int(digits) >= 100)


def _superlative_before(doc: Doc, period: int, more: frozenset[str]) -> int | None:
    """Where the superlative stands that ranks the period at ``period``:
    "best week", "biggest ever month", "record week", or one of ``more``
    ("strongest month"); or None."""
    before = period - 1
    if before > 0 and doc[before].lower_ == "ever":
        before -= 1  # "our biggest ever month"
    if before < 0:
        return None
    if doc[before].lower_ not in _SUPERLATIVES - {"most", "top"} and doc[before].lower_ not in more:
        return None
    return before


def _best_piece(
    doc: Doc, piece: int, ranking: frozenset[str]
) -> tuple[str, tuple[int, int]] | None:
    """ "our biggest tweet ever", "my most popular post ever", "our
    best-performing reel ever": a piece of content ranked as a record of
    attention by "ever" before or after it, or "of all time" after it. Not
    the head of another noun ("our biggest video shoot ever"), nor a piece
    ranked within a year, whose sentence tells what it was about ("our most
    popular post this year was about remote onboarding")."""
    following = doc[piece + 1] if piece + 1 < len(doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN"):
        return None
    before = piece - 1
    ever = before > 0 and doc[before].lower_ == "ever"
    if ever:
        before -= 1  # "our biggest ever tweet"
    all_time = _of_all_time(doc, piece + 1)  # "our biggest tweet of all time"
    if not ever and not all_time and (following is None or following.lower_ != "ever"):
        return None
    if before < 0:
        return None
    word = doc[before].lower_
    if word in ranking:  # "most popular", "best-performing": the rank word before it
        before -= 1
        while before > 0 and doc[before].text == "-":
            before -= 1
        if before < 0 or doc[before].lower_ not in ("most", "best", "top", "highest"):
            return None
    elif word not in _SUPERLATIVES - {"most", "top"}:
        return None
    end = piece + 1
    if all_time:
        end += 3
    elif end < len(doc) and doc[end].lower_ == "ever":
        end += 1
    return "superlative", (before, end)


def _newcomers_here(doc: Doc, here: int, newcomers: frozenset[str]) -> int | None:
    """Where "40k new people here" begins: a big count of people new "here",
    on the writer's account ("40k new people here since yesterday"); not
    "300 people here tonight", a crowd in a room; or None."""
    if here < 3 or doc[here].lower_ != "here" or doc[here - 1].lower_ not in newcomers:
        return None
    counted = is_count(doc[here - 3]) or _is_scale(doc[here - 3])
    if doc[here - 2].lower_ != "new" or not counted:
        return None
    if here + 1 < len(doc) and doc[here + 1].lower_ in ("at", "in", "for", "tonight"):
        return None  # "3,000 new people here at the fair": a crowd at a place
    first = _count_start(doc, here - 3)
    return first if _a_round_count(doc[first]) else None


def _subject_of_a_comparative(adjective: Token) -> Token | None:
    """The subject of the "be" a comparative is said by, directly ("X is
    bigger than…") or joined to another complement ("X is new and already
    bigger than…")."""
    if adjective.dep_ == "conj" and adjective.head.dep_ == "acomp":
        adjective = adjective.head
    if adjective.dep_ != "acomp" or adjective.head.lemma_ != "be":
        return None
    return next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)


def _a_big_bare_count(count: Token) -> bool:
    """Is the token a count a cheered or a thanked milestone is made of: a
    number (digits or a number word), 1,000 or more, not a year, not money?"""
    numeral = count.like_num or count.text[:1].isdigit()
    return numeral and is_count(count) and _a_round_count(count) and not is_money(count)


def _spelled_lead(doc: Doc, scale: int) -> int:
    """Where a count spelled out in words begins, its number not counted on
    its own: "ONE HUNDRED THOUSAND", "a million", "half a million", "a
    quarter of a million"."""
    first = scale
    if first > 0 and _is_scale(doc[first]) and doc[first - 1].lower_ in ("one", "a", "an"):
        first -= 1
        if first > 1 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in _PARTS:
            first -= 2  # "a quarter of a million"
            if first > 0 and doc[first - 1].lower_ in ("a", "one"):
                first -= 1
        elif first > 0 and doc[first - 1].lower_ in _PARTS:
            first -= 1  # "half a million"
    return first


# Parts of a spelled-out count: "half a million", "a quarter of a million".
_PARTS = frozenset({"half", "quarter", "third"})


def _part_of_a_scale_end(part: Token) -> int | None:
    """Where "a quarter of a million", "a third of a million" or "half a
    million" ends when the parse makes the part the object ("we crossed a
    quarter of a million on the channel"), or an emoji after it did ("OUR
    REEL JUST HIT HALF A MILLION 🔥🔥", round47); None if the part is of no
    scale word."""
    if part.lower_ not in _PARTS:
        return None
    words = part.doc[part.i + 1 : part.i + 4]
    if [t.lower_ for t in words[:2]] == ["of", "a"] and len(words) == 3 and _is_scale(words[2]):
        return words[2].i + 1
    if part.lower_ == "half" and len(words) >= 2 and words[0].lower_ == "a" and _is_scale(words[1]):
        return words[1].i + 1
    return None


def _of_all_time(doc: Doc, at: int) -> bool:
    """Do the words at ``at`` say "of all time", the record "ever" says?"""
    return [t.lower_ for t in doc[at : at + 3]] == ["of", "all", "time"]


def _had_by_our_channel(doc: Doc, period: int, channels: frozenset[str]) -> int | None:
    """Where "the busiest week our TikTok has had", "the best month my channel
    has ever had" ends: a best stretch ranked by what the writer's own channel
    has had, said in a relative clause instead of "on our TikTok"; or None."""
    if period + 1 >= len(doc) or doc[period + 1].lower_ not in ("our", "my"):
        return None
    end = _channel_end(doc, period, channels)
    if end is None:
        return None
    words = [t.lower_ for t in doc[end : min(len(doc), end + 3)]]
    if words[:1] and words[0] in ("has", "have", "'s", "\u2019s"):
        rest = words[1:]
        if rest[:1] == ["ever"]:
            rest = rest[1:]
        if rest[:1] == ["had"]:
            return end + len(words) - len(rest) + 1
    return None


def _channel_end(doc: Doc, preposition: int, channels: frozenset[str]) -> int | None:
    """Where the channel ends that a period is had on ("on the channel", "on
    our YouTube channel", "for the blog"), or None: up to three words of
    determiners and names, then a channel word that heads its phrase ("the
    podcast sponsors" are people, no channel)."""
    for at in range(preposition + 1, min(len(doc), preposition + 5)):
        token = doc[at]
        if token.lower_ in channels:
            following = doc[at + 1] if at + 1 < len(doc) else None
            if following is not None and following.lower_ in channels:
                continue  # "our YouTube channel": the channel is the last word
            if following is not None and following.pos_ in ("NOUN", "PROPN"):
                return None
            return at + 1
        if token.lower_ not in _CHANNEL_DETERMINERS and token.pos_ != "PROPN":
            return None
    return None


def _owned_or_ever(doc: Doc, best: int, end: int) -> bool:
    """Is a best stretch the writer's own record: "our"/"my" before it,
    "ever" in it or right after, "record", or a fragment that opens the
    sentence with no verb after it ("Best week on the channel, thank you!");
    "the best day on Instagram is Tuesday" is advice about posting times."""
    before = doc[best - 1] if best > 0 else None
    if before is not None and before.lower_ in ("our", "my"):
        return True
    if doc[best].lower_ == "record":
        return True
    if any(t.lower_ == "ever" for t in doc[best : min(len(doc), end + 1)]):
        return True
    following = doc[end] if end < len(doc) else None
    if following is not None and following.pos_ in ("VERB", "AUX"):
        return False
    # "Best week on the channel!", "📊🤯 Best week…", "A record week for the blog".
    return (
        before is None
        or before.is_punct
        or before.is_space
        or _emoji(before)
        or (before.lower_ == "a")
    )


def _cheer_mark(token: Token, marks: frozenset[str]) -> bool:
    """ "!", a cheering emoji, or a run of them the tokenizer left whole: it
    does not split emoji newer than its tables ("🥹🥹")."""
    if token.text == "!" or token.text in marks:
        return True
    run = token.text.replace("\ufe0f", "")
    return len(run) > 1 and all(mark in marks for mark in run)


def _opens_a_fragment(doc: Doc, first: int) -> bool:
    """Does a count open its own fragment: first in the sentence, after a
    sentence's end, a line break or an emoji, after "we're at" ("we're at
    10K!!!", "we're already at 12k!"), or after "made it to" or "got to" ("We
    made it to 50k!!!")? "Only 10K 🙌 left", "Raised 1M 🚀" and "Goal: 10K!" do
    not."""
    if first == 0:
        return True
    before = doc[first - 1]
    if before.text in _SENTENCE_ENDS or before.is_space or _emoji(before):
        return True
    if before.lower_ in _ARRIVED and _opens_a_fragment(doc, first - 1):
        return True  # "Officially 20K!!!", "Finally 10k 🎉" (round48)
    if before.lower_ == "to":
        return _arrived_at(doc, first - 1)
    if before.lower_ != "at":
        return False
    verb = first - 2
    while verb > 0 and doc[verb].tag_ == "RB":
        verb -= 1  # "we're already at 12k!", "we are finally at 100K 🎉" (round47)
    return verb >= 0 and doc[verb].lower_ in _AT_FORMS


def _arrived_at(doc: Doc, to: int) -> bool:
    """Is ``to`` the "to" of "made it to" or "got to", a count arrived at, not
    one given or sent ("we made it to 50k!!!", "finally got to 10,000 🎉";
    not "we gave 50k to the shelter", "down to 12k!") (round47)?"""
    verb = to - 1
    if verb > 0 and doc[verb].lower_ == "it" and doc[verb - 1].lemma_ == "make":
        return True
    return verb >= 0 and doc[verb].lemma_ == "get" and doc[verb].tag_ in ("VBD", "VBN")


def _going_on(token: Token) -> bool:
    """Does the word after a cheered count go on with the count as its subject
    or counted noun ("50k 🚀 is the prize", "10K 🙌 left to raise", "1M 🎉
    tickets")? Thanks, love and a new sentence do not ("10K 🙌 thank you all")."""
    if token.pos_ == "AUX" or (token.pos_ == "VERB" and token.tag_ in _GOING_ON_TAGS):
        return True
    return token.tag_ in ("NNS", "NNPS") and not _emoji(token)


def _money_reached(target: Token) -> bool:
    """Is what a milestone verb reached an amount of money: "$3 million" (the
    parse's object the scale word "million"), "25k dollars"?"""
    if is_money(target):
        return True
    doc = target.doc
    return _is_scale(target) and target.i > 0 and is_money(doc[target.i - 1])


def _a_cheered_headline(verb: Token) -> bool:
    """Is the verb a headline's present, cheered ("THE CAMPUS VOICE HITS
    10K!!!")? News of the milestone as it happens (round43)."""
    return (
        verb.tag_ == "VBZ"
        and verb.dep_ == "ROOT"
        and any(t.text == "!" for t in verb.sent if t.i > verb.i)
    )


def _reached_today(verb: Token) -> bool:
    """Is a verb the tagger read as a base form the past of a diary line: first
    in its sentence, no subject, said of a day ("Hit 5k on the channel today
    🙏", "Hit a hundred thousand on here this morning")? Not an imperative
    ("Hit 10k with these tips")."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return False
    opening = [t for t in verb.sent if not t.is_space and t.i < verb.i]
    if any(t.lower_ not in ("just", "finally", "officially") for t in opening):
        return False
    return any(c.dep_ == "npadvmod" and _a_day_said(c) for c in verb.children)


# The ordinals a writer counts pieces of content by ("our 3rd video to pass 1M").
_ORDINAL_NAMES = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "tenth"})


def _nth_to_reach(verb: Token) -> bool:
    """Is the milestone verb the infinitive of a piece counted by an ordinal
    ("our 3rd video to pass the million mark this month", "the first reel to
    hit 1M")? The piece did reach it: "the Nth one to" tells of those that did.
    The parse may hang the infinitive on "is" beside the piece: "this is my
    4th video to pass a million"."""
    if verb.tag_ != "VB" or not _marked_to(verb):
        return False
    if _ordinal_word(verb.doc, verb.i - 3):
        return True  # "first reel to pass 1M", the piece tagged a verb: word order (round43)
    if verb.dep_ in ("relcl", "acl"):
        pieces = [verb.head]
    elif verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        pieces = [c for c in verb.head.children if c.dep_ == "attr"]
    else:
        return False
    return any(
        c.dep_ == "amod" and _ordinal_word(c.doc, c.i) for piece in pieces for c in piece.children
    )


def _ordinal_word(doc: Doc, index: int) -> bool:
    """Is the word at ``index`` an ordinal ("first", "3rd")?"""
    if index < 0:
        return False
    word = doc[index]
    return _ORDINAL.match(word.text) is not None or word.lower_ in _ORDINAL_NAMES


def _about_to(verb: Token) -> bool:
    """Is the milestone a moment away ("we're about to hit 500k")? Counted
    as reached: the writer celebrates it, as a goal is not ("we hope to hit")."""
    return _right_after(verb, ("about", "to"))


def _a_day_said(word: Token) -> bool:
    """ "today", "yesterday", or "this morning", "last night": when, said of a day."""
    if word.lower_ in _WHEN_SAID:
        return True
    return word.lemma_ in _TIME_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("this", "last") for c in word.children
    )


_SPANS_OF_TIME = frozenset({"day", "week", "month", "year"})


def _audience_holder(
    verb: Token, channels: frozenset[str], money_holders: frozenset[str], counted: frozenset[str]
) -> bool:
    """Could the subject of a bare milestone ("…crossed 25k!") be an audience's
    holder: we, it, a name, ours ("our IG"), a channel ("the podcast"), an
    audience's count ("Fan count … ticked over 30,000"), or none ("Just passed
    50,000!"); not a measure ("the price crossed 25,000")?"""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # A label before a colon is no subject: "Milestone: our account crossed 100k".
    subjects = [s for s in subjects if not _labels_the_line(s)] or subjects
    if not subjects:
        return True
    subject = subjects[0]
    if subject.lemma_ in _SPANS_OF_TIME and any(
        c.lower_ in ("into", "in") for c in subject.children
    ):
        # a time the parse took for the subject: "Six months into running our
        # socials and our combined audience just passed 180,000" (round43)
        return True
    if subject.lemma_ in money_holders:
        return False  # "our fundraiser crossed six figures": money raised, whoever's
    if any(c.dep_ in ("compound", "amod") and c.lemma_ in money_holders for c in subject.children):
        return False  # "the pre-order list hit 7,300": orders, not a list's readers (round38)
    if subject.pos_ in ("PRON", "PROPN") or subject.lower_ in channels:
        return True
    if subject.lemma_ == "count" and any(
        c.dep_ == "compound" and c.lemma_.lower() in counted for c in subject.children
    ):
        return True  # whoever's page it is, ownership tells (round44)
    if subject.lower_ in ("ours", "mine"):
        return True  # "Ours hit 180k": the tagger may make a capitalised "Ours" a noun
    return any(c.dep_ == "poss" and c.lower_ in _MINE for c in subject.children)


def _a_scale_alone(word: Token) -> bool:
    """A scale word said after "a" with no number, a count the tagger makes a
    noun: "a mil", "a lakh"."""
    return _is_scale(word) and word.i > 0 and word.doc[word.i - 1].lower_ == "a"


def _a_round_count(count: Token) -> bool:
    """A count a milestone is made of: not a year, 1,000 or more ("10k",
    "25,000"; not "2026", "300")."""
    return is_count(count) and not _YEAR.match(count.text) and (number(count) or 0) >= 1000


def _bare_big_count_end(doc: Doc, at: int) -> int | None:
    """Where the count at ``at`` ends when it is a milestone said with no
    noun: a count, not a year, 1,000 or more, and counting nothing after it
    ("passed 25,000 users", "crossed 25k of debt", "did 40k in sales" count
    something)."""
    count = doc[at]
    if not _a_round_count(count):
        return None
    after = _count_end(doc, at)
    return None if _counts_a_noun(doc, after) else after


# What may stand between a piece of content and the verb of its milestone:
# "our reel just hit 1.2M", "the video has now passed 2M".
_BEFORE_MILESTONE_VERB = frozenset(
    {"just", "now", "officially", "already", "finally", "has", "have", "had", "'s", "\u2019s"}
    | {"is", "was", "currently"}  # "the clip is sitting at 9.4M", "is sat at seven digits"
)


def _a_noun_here(token: Token) -> bool:
    """Is ``token`` a noun, or a word the tagger made an adjective where a
    noun ends its phrase ("on the short from Naples": nothing nominal after)?"""
    if token.pos_ == "NOUN":
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ == "ADJ" and (following is None or following.pos_ in ("ADP", "PUNCT"))


def _a_piece_before_its_clause(doc: Doc, verb: int, pieces: frozenset[str]) -> Token | None:
    """The piece of content that a participle's clause follows right before
    the verb, read by word order ("my video explaining fractions with pizza is
    at 4.7 million": "video", round38); None if none within eight words."""
    start = max(doc[verb].sent.start, verb - 8)
    for at in range(verb - 2, start - 1, -1):
        token = doc[at]
        if token.is_punct:
            return None
        if token.lemma_ in pieces and token.pos_ == "NOUN" and doc[at + 1].tag_ == "VBG":
            return token
        if token.lemma_ in pieces and token.pos_ == "NOUN" and _dated_from(doc, at + 1, verb):
            return token  # "my story from Tuesday is over 900k now" (round40)
        if token.lower_ in pieces and _in_a_row_after(doc, at + 1):
            return token  # "Third Short in a row to hit seven digits" (round40; "Short" a name)
        named = token.pos_ == "NOUN" or token.is_lower  # the tagger may make "reel" a name
        if token.lemma_ in pieces and named and _the_first_to(doc, at + 1, verb):
            return token  # "the goldcrest reel is my first to go past 1M" (round50)
    return None


def _the_first_to(doc: Doc, at: int, verb: int) -> bool:
    """Do the words from ``at`` up to the verb say the piece "is my first
    to", "was our first one to" (round50)? The piece is the one that did it."""
    words = [t.lower_ for t in doc[at:verb]]
    if words and words[-1] != "to" and doc[verb - 1].pos_ in ("VERB", "AUX"):
        words = words[:-1]  # "…my first to go past 1M": the verb before its particle
    if len(words) < 4 or words[0] not in ("is", "was", "'s", "\u2019s") or words[-1] != "to":
        return False
    return words[1] in ("my", "our", "the") and words[2:-1] in (["first"], ["first", "one"])


def _in_a_row_after(doc: Doc, at: int) -> bool:
    """Do the words from ``at`` say "in a row" ("third reel in a row to hit…")?"""
    return [t.lower_ for t in doc[at : at + 3]] == ["in", "a", "row"]


def _dated_from(doc: Doc, at: int, verb: int) -> bool:
    """Do the words from ``at`` up to the verb date the piece before them,
    "from" a day or a time ("from Tuesday", "from last week", "from this
    morning")?"""
    words = list(doc[at:verb])
    while words and words[-1].pos_ == "AUX":
        words.pop()  # "from Tuesday is over 900k": the verb the level hangs on
    if len(words) < 2 or len(words) > 3 or words[0].lower_ != "from":
        return False
    last = words[-1]
    return a_calendar_name(last) or last.lemma_ in _TIME_NOUNS or last.lower_ == "yesterday"


def _digits_long(doc: Doc, at: int) -> bool:
    """Is ``doc[at]`` a count said by its length, read by word order ("seven
    digits", "six figures")? ``_counted_by_length`` reads the same from the parse."""
    if at + 1 >= len(doc) or doc[at].lower_ not in _LONG_COUNTS:
        return False
    if doc[at + 1].lower_ not in ("digits", "figures"):
        return False
    # Not a sum: "did six figures in sales", "seven figures of revenue".
    return at + 2 >= len(doc) or doc[at + 2].lower_ not in ("in", "of")


def _into_the_digits(doc: Doc, at: int) -> int | None:
    """Where "in the seven digits", "into seven digits" starting at ``at``
    ends; None if the words there say no count by its length."""
    if at >= len(doc) or doc[at].lower_ not in ("in", "into"):
        return None
    first = at + 2 if at + 1 < len(doc) and doc[at + 1].lower_ == "the" else at + 1
    return first + 2 if _digits_long(doc, first) else None


def _grown_by_an_arrow(doc: Doc, arrow: int) -> tuple[int, int] | None:
    """ "0 → 100k in 9 weeks", "2k -> 90k this year": a line that opens with a
    count and an arrow to a bigger bare one, an audience grown with its noun
    left out; ``arrow`` is the arrow. Not money, not a year, not a count of a
    noun ("3 → 12 stores"), and nothing before the first count on its line
    ("Followers: 2k → 9k" is a stat line's, read there)."""
    if arrow == 0 or arrow + 1 >= len(doc) or doc[arrow].text not in _ARROWS:
        return None
    first = _count_start(doc, arrow - 1)
    if number(doc[arrow - 1]) is None or is_money(doc[arrow - 1]) or _YEAR.match(doc[first].text):
        return None
    opening = first == 0 or "\n" in doc[first - 1].text_with_ws or doc[first - 1].text in ".!?"
    end = _bare_big_count_end(doc, arrow + 1)
    if not opening or end is None or is_money(doc[arrow + 1]):
        return None
    if (number(doc[arrow + 1]) or 0) <= (number(doc[arrow - 1]) or 0):
        return None
    return first, end


def _digits_alone(doc: Doc, at: int, holders: frozenset[str]) -> int | None:
    """Where "seven digits" begins when it is a sentence of its own, with
    nothing but marks (or "now", "officially") beside it: a milestone told
    with no noun and no verb ("Today? Seven digits. Kids in 40 countries have
    watched…"); ``at`` is "digits". Not "six figures", which is money as
    often, nor "seven digits long" or "a seven-digit number"."""
    if at == 0 or doc[at].lower_ != "digits" or not _digits_long(doc, at - 1):
        return None
    before = list(_to_the_sentence_end(reversed(doc[: at - 1])))
    after = doc[at + 1 :]
    if not all(_beside_a_bare_count(t) for t in _to_the_sentence_end(after)):
        return None
    if all(_beside_a_bare_count(t) for t in before) or _a_holder_that_is(before, holders):
        return at - 1
    return None


def _a_holder_that_is(before: list[Token], holders: frozenset[str]) -> bool:
    """Are the words before "seven digits" (nearest first) a channel or what
    else holds an audience that "is" it, with a cheer's adverb between ("the
    channel is officially seven digits", "our podcast's now seven digits")?
    Not "the number is seven digits" (a number's length; no audience)."""
    words = [t for t in before if not _beside_a_bare_count(t)]
    if len(words) < 2 or words[0].lower_ not in ("is", "'s", "\u2019s"):
        return False
    # the holder ends the subject; the words before it are that noun phrase's
    # ("the counter on our launch video is now seven digits"), no clause
    return words[1].lower_ in holders and not any(t.pos_ in ("VERB", "AUX") for t in words[2:])


def _and_counting(
    doc: Doc, at: int, going: frozenset[str], pieces: frozenset[str] = frozenset()
) -> int | None:
    """Where a bare big count begins when "and (still) counting" follows it in
    a fragment of its own ("250k and counting!", "2.7 million and still
    climbing"): a milestone told with no noun and no verb; ``at`` is
    "counting". Not money ("$2M and counting"), nor a count of a thing ("200
    stores and counting", "10 years and counting"). ``going`` is grammar.yaml's
    still_going_words. A piece "at" the count tells it too (round48: "clip at
    130k and climbing"); ``pieces`` are content nouns (lemmas)."""
    if doc[at].lower_ not in going:
        return None
    joined = at - 1
    if joined > 0 and doc[joined].lower_ == "still":
        joined -= 1
    if joined < 1 or doc[joined].lower_ != "and":
        return None
    last = joined - 1
    first = _count_start(doc, last)
    count = doc[first]
    if not (is_count(count) or _is_scale(doc[last])) or is_money(count):
        return None
    if not any(_a_round_count(t) or _is_scale(t) for t in doc[first : last + 1]):
        return None
    if _opens_a_fragment(doc, first) or _a_piece_at(doc, first, pieces):
        return first
    return None


def _now_at(doc: Doc, first: int) -> bool:
    """Does "Now at" open the count's fragment ("Now at 9,312.")?"""
    return (
        first >= 2
        and doc[first - 1].lower_ == "at"
        and doc[first - 2].lower_ == "now"
        and _opens_a_fragment(doc, first - 2)
    )


def _a_piece_at(doc: Doc, first: int, pieces: frozenset[str]) -> bool:
    """Does "at" after a piece of content stand before the count ("hole-in-one
    clip at 130k and climbing", "the reel at 2M and counting"; round48)?"""
    if first < 2 or doc[first - 1].lower_ != "at":
        return False
    piece = doc[first - 2]
    return piece.pos_ in ("NOUN", "PROPN") and (
        piece.lemma_.lower() in pieces or piece.lower_ in pieces
    )


def _top_share_of_creators(
    doc: Doc, share: int, creators: frozenset[str], entries: frozenset[str]
) -> tuple[int, int] | None:
    """Where a top share of a platform's creators begins and ends that the
    writer is ranked in ("Top 1% of creators on LinkedIn in 2022", "we're in
    the top 0.5% of podcasts worldwide"), ``share`` being its "%",
    ``creators`` who are ranked and ``entries`` what may stand before "the
    top" when the rank is had ("in", "made"); None if none. Not a statement
    of the platform ("the top 1% of creators take 80% of the views": the
    share is the subject of a verb), nor a bigger share than ten per cent
    (round45)."""
    if share < 2 or share + 2 >= len(doc) or doc[share].text != "%":
        return None
    amount = number(doc[share - 1])
    top = share - 2
    if amount is None or amount > 10 or doc[top].lower_ != "top":
        return None
    after = share + 1
    if doc[after].lower_ != "of":
        return None
    noun = after + 1
    if noun < len(doc) and doc[noun].lower_ == "all":
        noun += 1
    if noun >= len(doc) or doc[noun].lower_ not in creators:
        return None
    start = top
    if top > 0 and doc[top - 1].lower_ == "the":
        start = top - 1
        if start == 0 or doc[start - 1].lower_ not in entries:
            return None  # "The top 1% of creators take…": the platform's, no rank had
    subject = doc[noun].head.head if doc[noun].dep_ == "pobj" else doc[noun]
    if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.tag_ in ("VBP", "VBZ", "VBD"):
        return None  # "the top 1% of creators take 80%": whoever they are
    return start, noun + 1


def _count_in_a_time(doc: Doc, unit: int, units: frozenset[str]) -> int | None:
    """Where a bare count begins that opens its fragment and is said to be
    reached in a short time ("this blew up overnight?? 2.3M in 14 hours",
    "📈📈 2 million in 48 hrs"): a piece's views told by their speed (round45);
    ``unit`` is the time's unit, one of ``units``. Only from 100,000 up: "10k
    in 52 minutes" is a run; not money ("$2M in 48 hours")."""
    if doc[unit].lower_ not in units or unit < 3:
        return None
    amount = unit - 1
    if not _an_amount_of_time(doc[amount]) or doc[amount - 1].lower_ != "in":
        return None
    last = amount - 2
    first = _count_start(doc, last)
    if _count_end(doc, first) != last + 1 or not _a_pieces_size(doc[first]):
        return None
    return first if _opens_a_fragment(doc, first) else None


def _an_amount_of_time(amount: Token) -> bool:
    """Is the word before a time's unit its amount ("14 hours", "a day", "one
    week")?"""
    return is_count(amount) or amount.lower_ in ("a", "an", "one")


def _a_pieces_size(count: Token) -> bool:
    """Is the count, with its scale words ("2 million", "2.3 M", "1.8M"), as
    big as a piece's views told by their speed: 100,000 or more, not money,
    not a year ("10k in 52 minutes" is a run)?"""
    size = number(count)
    return (
        size is not None and size >= 100_000 and not is_money(count) and not _YEAR.match(count.text)
    )


def _count_after_a_piece_and_a_time(
    doc: Doc, unit: int, units: frozenset[str], pieces: frozenset[str]
) -> tuple[int, int] | None:
    """Where a big bare count begins and ends that a post tells in three
    fragments, a piece, a time and the count ("One reel. Two days. 3.4
    million people.", "Our launch video. 72 hours. 1.8M."; round49), ``unit``
    being the time's unit, one of ``units``; None if not so. Only from 100,000
    up, and not money: "1 recipe. 3 ingredients. 20 minutes." counts no
    audience."""
    if doc[unit].lower_ not in units or unit < 4 or unit + 2 >= len(doc):
        return None
    amount, stop = doc[unit - 1], doc[unit - 2]
    if not _an_amount_of_time(amount):
        return None
    if stop.text not in _SENTENCE_ENDS or doc[unit + 1].text not in _SENTENCE_ENDS:
        return None
    piece = doc[unit - 3]
    if piece.lemma_.lower() not in pieces and piece.lower_ not in pieces:
        return None
    first = unit + 2
    if not is_count(doc[first]) or not _a_pieces_size(doc[first]):
        return None
    end = _count_end(doc, first)
    if end < len(doc) and doc[end].lower_ in ("people", "humans", "strangers"):
        end += 1  # "3.4 million people."
    if end < len(doc) and not (doc[end].text in _SENTENCE_ENDS or doc[end].is_space):
        return None  # "2 million meals served": a count of something else
    return first, end


def _to_the_sentence_end(tokens: Iterable[Token]) -> Iterator[Token]:
    """The tokens up to a full stop, a question or exclamation mark or a new
    line, in the order given."""
    for token in tokens:
        if token.text in (".", "?", "!") or "\n" in token.text:
            return
        yield token


def _beside_a_bare_count(token: Token) -> bool:
    """Punctuation, a space, an emoji or a cheer's adverb ("now", "officially")."""
    if token.lower_ in _CHEER_BETWEEN:
        return True
    return token.is_punct or token.is_space or _emoji(token)


# Words that put pieces above a count: "three posts in a row over 100k".
_OVER = frozenset({"over", "past", "above"})


def _one_of(word: Token) -> bool:
    """Is ``word`` the "of" of "one of" ("one of my videos crossed seven
    digits"), which picks one of the pieces that follow?"""
    return word.lower_ == "of" and word.i > 0 and word.doc[word.i - 1].lower_ == "one"


class MilestoneReader(MoodReader):
    """Milestones, counts on a platform and chart ranks read as metric claims."""

    def _grown_from_to(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "we went from 900 to 90,000 in one month", "From 2k to 90k in eleven
        months.": an audience grown, its noun left out. Counts, not money; the
        second big and larger; no noun counted after it ("from 14 to 61
        people"); said of the writer, an account or nothing, with no other
        subject ("the town grew from 2,000 to 20,000" is a measure's)."""
        end = _from_one_amount_to_another(doc, index)
        if end is None or self.parser is None:
            return None
        counts = [t for t in doc[index + 1 : end] if number(t) is not None]
        if any(is_money(t) or t.text in _CURRENCY for t in doc[index:end]):
            return None
        if _YEAR.match(counts[0].text) or _bare_big_count_end(doc, counts[-1].i) != end:
            return None  # "from 2019 to 2024"; "from 14 to 61 people", "from 9 to 18"
        if (number(counts[-1]) or 0) <= (number(counts[0]) or 0):
            return None
        verb = doc[index].head
        if verb.i == index:
            return "change", (index, end)  # "From 2k to 90k in eleven months."
        if verb.pos_ not in ("VERB", "AUX"):
            return None  # hung on a noun: "a jump in visitors from 2,000 to…"
        # What grew is the subject or the object: the writer, an account, a
        # channel; a noun of its own ("our waitlist went from 300 to 14,000",
        # "grew visitors from…") is read by its own term.
        # (before the change: "…went from 200 to 2k in a month 😱 all thanks to
        # that video of Biscuit the shop cat" may make "cat" an object, round44)
        grown = [
            c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < index
        ]
        objects = [noun for noun in grown if noun.dep_ == "dobj"]
        if objects and all(self._holds_an_audience(noun) for noun in objects):
            # an account taken from one count to another, whoever took it: "our
            # last hire took our TikTok from 40k to 400k" (round49)
            return "change", (index, end)
        if any(not self._holds_an_audience(noun) for noun in grown):
            return None
        return "change", (index, end)

    def _holds_an_audience(self, noun: Token) -> bool:
        """Is this the writer, a name or an audience's holder (a channel, an
        account), whose growth is its audience's?"""
        if noun.pos_ in ("PRON", "PROPN"):
            return noun.lower_ not in ("it", "this", "that")  # "it went from…": whatever it is
        return noun.lower_ in self._holders or noun.lemma_ in self._holders

    def _content_reached(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "our pancake reel just hit 1.2M", "THE TOUR VIDEO DID 480K", "the
        new episode did 90k in a day": a piece of content right before a
        milestone verb (or "did"), and a big count with no noun after it, are
        the piece's views or plays. Read by word order, since the parse of such
        lines (lower case, shouted, clipped) often makes the noun a verb; not a
        count of something ("the ad did 40k in sales", "the post hit 3,000
        words"), not money."""
        at = index - 1
        while at >= 0 and doc[at].lower_ in _BEFORE_MILESTONE_VERB:
            at -= 1
        pieces = self._grammar["content_nouns"] | self._grammar["released_works"]
        if at < 0 or not ({doc[at].lower_, doc[at].lemma_} & pieces):
            subject = _subject_of_the_first_verb(doc[index])
            if subject is None and doc.has_annotation("DEP"):
                subject = _subject_of(doc[index])  # "the video you almost deleted is…"
            if subject is None:
                subject = _a_piece_before_its_clause(doc, index, pieces)
            if subject is not None and subject.lower_ == "one":
                # "one of my revision reels for gcse chemistry hit a million" (round44)
                subject = _what_it_is_of(subject) or subject
            # "mine is at 340k" after another's copy of the writer's piece (round46)
            standing_for_a_piece = (
                subject is not None
                and subject.lower_ in ("mine", "ours")
                and doc[index].lemma_ == "be"  # not "ours sat at 004,211", a counter
            )
            if subject is None or not (
                {subject.lower_, subject.lemma_} & pieces or standing_for_a_piece
            ):
                return None
            # "the clip got picked up … and is now sitting at seven digits",
            # "the video you almost deleted is sitting at 900k"
            at = subject.i
        # "one of my videos crossed seven digits": what stands before "one".
        head = next((t.i - 1 for t in doc[max(at - 3, 0) : at] if _one_of(t)), at)
        if any(t.pos_ == "ADP" for t in doc[max(head - 3, doc[at].sent.start) : head]):
            return None  # "pre-orders for the album passed 10k": the album is not what passed
        target = index + 1
        resting = doc[index].lemma_ in self._grammar["resting_verbs"] or doc[index].lemma_ == "be"
        if resting:
            into = _into_the_digits(doc, target)
            if into is not None:
                return "milestone", (index, into)  # "the ad is in the seven digits" (round38)
            if target >= len(doc) or doc[target].lower_ not in ("at", "on", "over", "past"):
                return None  # "the reel sat in drafts": no level
            # "is sitting at 9.4M", "the video is on 300k", "my story is over 900k now" (round40)
            target += 1
        if target >= len(doc) or is_money(doc[target]):
            return None
        if doc[target].lower_ == "the":
            # "The launch film crossed the million mark in 4 days" (round45)
            marks = (
                t
                for t in doc[target + 1 : target + 4]
                if t.lemma_ in self._grammar["milestone_marks"]
            )
            marked = next((self._count_of_a_mark(t) for t in marks), None)
            return None if marked is None else ("milestone", (index, marked))
        if _digits_long(doc, target):  # "the clip is sat at seven digits", "did six figures"
            return "milestone", (index, target + 2)
        scale = target + 1
        if scale < len(doc) and _a_scale_alone(doc[scale]) and not _counts_a_noun(doc, scale + 1):
            return "milestone", (index, scale + 1)  # "the trailer just crossed a million"
        after = _bare_big_count_end(doc, target)
        return None if after is None else ("milestone", (index, after))

    def _count_by_a_piece(self, doc: Doc, at: int) -> tuple[str, tuple[int, int]] | None:
        """A piece's bare count read at the "level" key's word when no verb
        says it: "400k on the dumpling reel" (``_count_on_a_piece``), "three
        posts in a row over 100k" (``_pieces_over_a_count``)."""
        return self._count_on_a_piece(doc, at) or self._pieces_over_a_count(doc, at)

    def _count_on_a_piece(self, doc: Doc, on: int) -> tuple[str, tuple[int, int]] | None:
        """ "400k on the dumpling reel", "1.7M on the latte art video": a big
        bare count right before "on" and a piece of content within the few
        words after it, the piece's views (round38). Not money ("$400k on the
        new ad") nor a count a verb spends ("we spent 400k on the reel")."""
        if on < 1 or doc[on].lower_ != "on":
            return None
        if on >= 2 and _digits_long(doc, on - 2):
            start = on - 2  # "Officially seven digits on the reel from Lisbon"
        else:
            start = _count_start(doc, on - 1)
            first = doc[start]
            if not (is_count(first) and is_big(first)) or _YEAR.match(first.text):
                return None
            if _bare_big_count_end(doc, start) != on:
                return None  # the count's own noun comes before "on": "400k views on the reel"
        if start > 0 and (doc[start - 1].pos_ == "VERB" or doc[start - 1].text in _CURRENCY):
            return None
        pieces = self._grammar["content_nouns"] | self._grammar["released_works"]
        for token in doc[on + 1 : min(len(doc), on + 6)]:
            modifier = token.tag_ == "VBG"  # "the dumpling reel": the tagger's gerund
            if token.is_punct or (token.pos_ in ("VERB", "AUX", "ADP") and not modifier):
                return None
            if token.lemma_ in pieces and _a_noun_here(token):
                return "count", (start, token.i + 1)
        return None

    def _pieces_over_a_count(self, doc: Doc, over: int) -> tuple[str, tuple[int, int]] | None:
        """ "Three posts in a row over 100k", "3 videos over 500k": pieces of
        content, counted, and "over" a big bare count a few words after them,
        their views (round38). Not a count of something ("two posts over 300
        words"), nor money."""
        if doc[over].lower_ not in _OVER or over + 1 >= len(doc):
            return None
        end = _bare_big_count_end(doc, over + 1)
        if end is None or is_money(doc[over + 1]):
            return None
        pieces = self._grammar["content_nouns"]
        for token in reversed(doc[max(doc[over].sent.start, over - 5) : over]):
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return None
            if token.lemma_ in pieces and token.tag_ == "NNS":
                counted = any(c.like_num for c in doc[max(0, token.i - 2) : token.i])
                return ("count", (token.i, end)) if counted else None
        return None

    def _bare_milestone(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "we just passed 50,000!", "moved beyond seven digits", "crossed 5K
        on Instagram": a big count with no noun, reached in the past."""
        verb = doc[index]
        if self.parser is None or verb.lemma_ == "do":
            return None  # "did" only after a piece of content (``_content_reached``)
        # Celebrated, the milestone is reached whatever the tense: "to
        # celebrate 100k, we're giving away 100 hoodies", "we celebrate 50K".
        reached = (
            verb.tag_ in ("VBD", "VBN", "VBG")
            or verb.lemma_ == "celebrate"
            or _reached_today(verb)
            or _about_to(verb)
            or _nth_to_reach(verb)
            or _a_cheered_headline(verb)
            # "Who knew a video of us icing gingerbread men would hit half a
            # million??": a surprise at what happened (round44)
            or _under_a_surprise(
                verb, self._grammar["expecting_verbs"], self._grammar["disbelief_verbs"]
            )
        )
        if not reached:
            return None
        holder = _audience_holder(
            verb, self._holders, self._grammar["money_holders"], self._grammar["counted_audiences"]
        ) and not self._outcome_counted(verb)
        for target in _milestone_targets(verb, self._grammar["resting_verbs"]):
            marked = self._count_of_a_mark(target)
            if marked is not None:
                if holder:
                    return "milestone", (index, marked)
                continue
            if _counted_by_length(target) is not None:
                if not holder:
                    continue  # "revenue crossed six figures": a measure's, not an audience's
                return "milestone", (index, target.i + 1)
            if _money_reached(target):
                continue  # "costs exceeding $3 million": a price or a sum, not an audience
            if _is_scale(target) and target.i > 0 and is_count(doc[target.i - 1]):
                target = doc[target.i - 1]  # "25K!", split "25" "K", the parse's object the "K"
            # "25k" is often tagged a noun: a count written with digits is one anyway,
            # and so is a scale word after "a" ("hit a mil", "crossed a lakh").
            part = _part_of_a_scale_end(target)
            if part is not None and holder:
                return "milestone", (index, part)  # "crossed a quarter of a million" (round38)
            numeral = target.pos_ == "NUM" or target.text[:1].isdigit() or _a_scale_alone(target)
            if not numeral or not holder:
                continue
            after = _bare_big_count_end(doc, target.i)
            if after is not None:
                return "milestone", (index, after)
        return None

    def _count_of_a_mark(self, target: Token) -> int | None:
        """Where "the 500k mark" ends when a milestone verb reached it ("passed
        the 1M mark", "broke the 10,000 barrier"): a big bare count that names
        a line passed (``milestone_marks``), or its length ("the seven-figure
        mark"). Not "the halfway mark", "hit the 2026 mark" (a year)."""
        if target.lemma_ not in self._grammar["milestone_marks"]:
            return None
        doc = target.doc
        for child in target.children:
            if child.dep_ in ("nummod", "compound", "amod") and child.i < target.i:
                start = _count_start(doc, child.i)  # "1" "M" of "the 1M mark"
                if _count_end(doc, start) == target.i and _a_round_count(doc[start]):
                    return target.i + 1
            long = any(g.lower_ in _LONG_COUNTS for g in child.children)
            if child.lower_ in ("figure", "digit") and long:
                return target.i + 1  # "crossed the seven-figure mark"
        return None

    def _best_period_on_channel(self, doc: Doc, period: int) -> tuple[str, tuple[int, int]] | None:
        """ "our best week on the channel", "biggest month on TikTok ever", "a
        record week for the blog": a best stretch of time on a channel is a
        record of its attention. Not a best stretch for sales ("best week of
        the year for sales", no channel), a time to post ("the best week to
        post", "the best day on Instagram is Tuesday"), or a shop's."""
        best = _superlative_before(doc, period, self._grammar["best_period_superlatives"])
        if best is None:
            return None
        channels = self._grammar["best_period_channels"]
        had = _had_by_our_channel(doc, period, channels)
        if had is not None:  # "the busiest week our TikTok has had"
            return "superlative", (best, had)
        after = period + 1
        if after < len(doc) and doc[after].lower_ == "ever":
            after += 1  # "best week ever on Instagram"
        if after >= len(doc) or doc[after].lower_ not in _PERIOD_PREPOSITIONS:
            return None
        end = _channel_end(doc, after, channels)
        if end is None or not _owned_or_ever(doc, best, end):
            return None
        if end < len(doc) and doc[end].lower_ == "ever":
            end += 1
        return "superlative", (best, end)

    def _cheered_count(
        self, doc: Doc, mark: int, near: frozenset[str]
    ) -> tuple[str, tuple[int, int]] | None:
        """ "1M!!! 🎉 Thank you all", "10K 🙌 thank you", "we're at 2K already 🔥":
        a big count with no noun, alone in its fragment and cheered, is an
        audience's milestone. ``mark`` is the first cheer after it. Not money
        ("$1M!!!"), a year ("2024!!!"), a count the words go on about ("50k 🚀
        is the prize", "10K 🎉 tickets"), or one in a paragraph of money, sales
        or a race ("2M!!! Our seed round closed")."""
        marks = self._grammar["cheering_marks"]
        if doc[mark].text == ".":
            return self._thanked_count_alone(doc, mark, near)
        last = mark - 1
        crowd = self._grammar["cheered_crowd_words"]
        while last > 0 and (doc[last].lower_ in _CHEER_BETWEEN or doc[last].lower_ in crowd):
            last -= 1  # "2K already 🔥", "10K FAMILY!!! 🎉" (round42)
        if last < 0 or _cheer_mark(doc[last], marks):
            return None  # a later mark of a run: the first one reads the count
        count = doc[_count_start(doc, last)]
        if not _a_big_bare_count(count):
            return None
        first = _spelled_lead(doc, count.i)  # "HALF A MILLION 🎉"
        if not _opens_a_fragment(doc, first):
            return None
        after = mark
        while after < len(doc) and (_cheer_mark(doc[after], marks) or _emoji(doc[after])):
            after += 1
        if after < len(doc) and _going_on(doc[after]):
            return None
        if near & self._grammar["cheered_count_contexts"]:
            return None
        return "milestone", (first, last + 1)

    def _thanked_count_alone(
        self, doc: Doc, stop: int, near: frozenset[str]
    ) -> tuple[str, tuple[int, int]] | None:
        """ "we did it. 25k. thank you", "HALF A MILLION. Thank you all.": a big
        bare count that is a whole sentence, in a paragraph that thanks, is an
        audience's milestone as a cheered one is. ``stop`` is its full stop.
        Not money, a year, a count in a paragraph of money or a race or that
        tells what the count was ("40,000. That's how many meals we served"),
        nor a count after a label ("Goal: 25k.")."""
        # thanks, or "we did it" (round43: "we did it. 100k. 🫶"; the parsed
        # copy may end at the stop, so the paragraph's words tell), and no
        # money, race or count explained in the paragraph
        # or "we did it" alone (round44: "we did it. 100k. crying in the club
        # rn", "we did it. 250k. … just long videos about zoning law")
        blocking = near & self._not_thanked_alone
        if blocking == {"many"} and near & self._many_people:
            blocking = frozenset()  # "this many people": the count's crowd, not what it was
        if not near & (_THANKS | _DONE_IT) or blocking:
            return None
        count = doc[_count_start(doc, stop - 1)]
        if not _a_big_bare_count(count):
            return None
        first = _spelled_lead(doc, count.i)
        if _now_at(doc, first):
            first -= 2  # "Started at 0. Now at 9,312. Thanks for following along" (round48)
        elif not _opens_a_fragment(doc, first):
            return None
        return "milestone", (first, stop)

    def _outcome_counted(self, verb: Token) -> bool:
        """Is the milestone verb's subject an outcome word ("our wishlists hit
        250,000", "preorders passed 40,000"), or what "in" or "of" after it or
        its mark names ("crossed the six-figure mark in sales")? What it
        reached counts that outcome, not an audience."""
        outcomes = self._outcome_nouns
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in outcomes for c in verb.children):
            return True
        marks = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return any(
            t.dep_ == "pobj" and t.lower_ in outcomes
            for mark in marks
            for prep in mark.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
            for t in prep.children
        )

    def _chart_rank(self, doc: Doc, index: int) -> int | None:
        """Where the rank begins that a chart of listens or streams gives: "cracked
        the top 10 on Apple Podcasts", "No. 4 on the viral chart", "#2 in the
        Business category on Spotify". A rank among what is bought (the App
        Store's, Amazon's, a bestseller list) counts downloads or sales, an
        outcome; a rank in a league or "in sales" names no chart."""
        start = _chart_name_start(doc, index, self._grammar["chart_words"])
        if start is None:
            return None  # "top 10 podcasts for marketers": a list of shows
        topped = _topped_a_viral_chart(doc, start, index, self._grammar["spreading_charts"])
        if topped is not None:
            return topped  # "topped the trending charts": first, said without a number
        sold = self._grammar["sales_charts"]
        openers = self._grammar["rank_openers"]
        crossed_preposition = False
        for before in range(start - 1, max(-1, start - 8), -1):
            token = doc[before]
            if token.lower_ in sold:
                return None
            rank = _rank_start(doc, before, openers)
            if rank is not None:
                listed = _ranks_a_list(doc, before)  # "the top 100 videos on YouTube trending"
                return rank if crossed_preposition and not listed else None  # "top 10 charts"
            if token.lower_ in ("on", "in", "of", "across", "atop"):
                crossed_preposition = True
            elif not (
                token.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART")
                or _numbered_name(doc, before)  # "#1 on the Viral 50 chart"
                or token.tag_ == "PRP$"  # "#1 in its category on Spotify"
                or token.text == "'s"
            ):
                return None
        return None

    def _rank_after_its_chart(self, doc: Doc, index: int) -> tuple[int, int] | None:
        """The chart's name and the rank a colon puts after it, the label of a
        stat line: "Apple Podcasts chart: #4 in Business, #1 in Careers"
        (round44); None when no rank follows, or the chart is of sales ("App
        Store chart: #3 in Games")."""
        start = _chart_name_start(doc, index, self._grammar["chart_words"])
        if start is None:
            return None
        colon = _chart_name_end(doc, index + 1)
        if colon < len(doc) and _top_after_a_chart(doc, colon):
            return start, colon + 2  # "we're in the Apple Podcasts top 10 for Comedy" (round49)
        if colon >= len(doc) or doc[colon].text != ":":
            return None
        sold = self._grammar["sales_charts"]
        if any(t.lower_ in sold for t in doc[max(0, start - 3) : colon]):
            return None
        openers = self._grammar["rank_openers"]
        for at in range(colon + 1, min(len(doc), colon + 4)):
            rank = _rank_start(doc, at, openers)
            if rank is not None and rank > colon:
                return start, at + 1
        return None

    def _counted_strong(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "the fam is officially 25K strong!!", "WE ARE 100K STRONG": a big
        count called strong, with no noun after it, is the size of a
        community (the idiom of a crowd online). Not a noun it sizes ("a
        40,000-strong workforce", "25K strong team"), nor a body of people a
        word before it names ("our team is now 1,200 strong", "a crowd 40,000
        strong": ``strength_bodies``). Read by word order."""
        following = doc[index + 1] if index + 1 < len(doc) else None
        if following is not None and following.lower_ == "on":
            return None  # "10K strong on IG": the platform's reading (``_counted_on_platform``)
        if following is not None and following.pos_ in ("NOUN", "PROPN") and not _emoji(following):
            return None
        last = index - 1
        if last < 0 or not (is_count(doc[last]) or _is_scale(doc[last])):
            return None
        first = _count_start(doc, last)
        if not _a_round_count(doc[first]):
            return None
        bodies = self._grammar["strength_bodies"]
        # ``doc`` is the sentence's copy: the words before the count are its own.
        if any(t.lemma_.lower() in bodies for t in doc[:first]):
            return None
        return "count", (first, index + 1)

    def an_own_channels_name(self, word: Token) -> bool:
        """Is the word what a writer calls their own account ("the main",
        "my channel"), read as a platform only after "on the" (round42)?"""
        return word.lower_ in self._grammar["own_channel_names"]

    def _platform_bigger_than(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "Our little bakery's TikTok is now bigger than the local
        newspaper's", "threads account is 3 weeks old and already bigger than
        my twitter was": an account on a platform said to be bigger than
        another, the platform named on either side, is its audience compared
        (round47). Only the writer's, by an "our" or "my" on either side:
        "Instagram is bigger than TikTok for B2B" compares platforms, no
        one's account."""
        if self.parser is None:
            return None
        platform = doc[index]
        if platform.dep_ == "pobj" and platform.head.lower_ == "than":
            bigger = platform.head.head  # "… bigger than my twitter was"
            subject = _subject_of_a_comparative(bigger)
            if subject is None or subject.lemma_ not in _PERSONAL_PLACES:
                return None
        else:
            subject = platform
            if subject.dep_ == "compound" and subject.head.lemma_ in _PERSONAL_PLACES:
                subject = subject.head  # "the threads account"
            if subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
                return None
            bigger = next(
                (c for c in subject.head.children if c.dep_ in ("acomp", "conj")), subject.head
            )
            if bigger.dep_ == "acomp":
                # "is 3 weeks old and already bigger than…": a comparative joined on
                bigger = next((c for c in bigger.children if c.dep_ == "conj"), bigger)
        if bigger.lemma_ not in self._grammar["size_comparatives"] or bigger.tag_ != "JJR":
            return None
        than = next((c for c in bigger.children if c.dep_ == "prep" and c.lower_ == "than"), None)
        if than is None or not any(
            t.lower_ in ("our", "my") for t in [*subject.subtree, *than.subtree]
        ):
            return None
        return "comparison", (subject.left_edge.i, than.right_edge.i + 1)

    def _labelled_by_platform(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "Instagram: 102k", "TikTok: 340k" (a line of a stats list): a big
        count with no noun after a platform's name as its label is the
        account's audience there. Not "Instagram: 12 posts" (a noun counted),
        "TikTok: $5k" (money: no count of its own), nor a small number."""
        colon = index + 1
        if colon + 1 >= len(doc) or doc[colon].text not in (":", "-", "\u2013", "\u2014"):
            return None
        count = doc[colon + 1]
        if not _a_round_count(count):
            return None
        end = _count_end(doc, count.i)  # "1.2 M": the scale word too
        following = doc[end] if end < len(doc) else None
        if following is not None and following.is_alpha and not following.is_space:
            return None  # "Instagram: 12,000 posts", "TikTok: 3,000 minutes watched"
        if following is not None and following.text in _ARROWS:
            # "LinkedIn: 3,410 → 9,872" grew; "Twitter: 4,210 → 6,075 followers":
            # the noun after counts it
            to = end + 1
            if to >= len(doc) or not _a_round_count(doc[to]):
                return None
            to = _count_end(doc, to)
            if to < len(doc) and doc[to].is_alpha:
                return None
            return "change", (index, to)
        return "count", (index, end)

    def _counted_on_platform(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "100K on TikTok!", "we're at 3.5k on LinkedIn", "10K strong on IG": a big count with no
        noun, on a platform, is the size of an account's audience there. Not
        money spent there ("spent 5,000 on Instagram"), a share ("40% on
        Instagram"), a year, or the platform naming a noun ("5,000 on TikTok ads")."""
        newcomers = _newcomers_here(doc, index, self._grammar["newcomer_nouns"])
        if newcomers is not None and self.parser is not None:
            return "count", (newcomers, index + 1)
        on = index - 1
        if self.an_own_channels_name(doc[index]):
            # "10k on the main!!!", "50k on my channel": the writer's account (round42)
            if not _on_the_channel(doc, index):
                return None
            on -= 1
        if on > 0 and doc[on].lower_ != "on":
            on = _on_a_named_account(doc, index)  # "10K on the youth group insta" (round46)
        if self.parser is None or on < 1 or doc[on].lower_ != "on":
            return None
        following = doc[index + 1] if index + 1 < len(doc) else None
        if (
            following is not None
            and following.pos_ in ("NOUN", "PROPN")
            and not _emoji(following)
            and following.lower_ not in _WHEN_SAID
        ):
            return None  # "TikTok ads", "Instagram Live"; not "10,000 on Instagram today"
        last = on - 1
        if doc[last].lower_ == "strong" and last > 0:
            last -= 1  # "10K strong on IG"
        if doc[last].lower_ == "digits" and _digits_long(doc, last - 1):
            # "seven digits on TikTok and counting"; not "six figures on Etsy",
            # which is as often a sum made there
            first = last - 1
        elif not (is_count(doc[last]) or _is_scale(doc[last])):
            return None
        else:
            first = _count_start(doc, last)
            if not _a_round_count(doc[first]):
                return None
        if any(token.lemma_ in self._grammar["spending_verbs"] for token in doc[:first]):
            return None  # "we spent 5,000 on Instagram": money, even without its sign
        return "count", (first, index + 1)
