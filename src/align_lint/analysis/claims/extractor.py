"""``ClaimExtractor``: which sentences to read and in which order.

Per Doc it plans the sentences that hold a term (``_plan``), decides by word
order where it can, parses only the copies whose claims the parse decides
(``_needs_parse``, ``_parse``) and reads each term with the readers below
(``_claim``). ``select`` turns the claims a rule's selectors pick into spans.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from align_lint.analysis.caches import make_room
from align_lint.analysis.claims.counts import (
    _CURRENCY,
    _ORDINAL,
    _ORDINAL_WORDS,
    _SUPERLATIVES,
    _TALLIES,
    REACH,
    _count_start,
    _emoji,
    _from_one_amount_to_another,
    _written_value,
    carry_money_words,
    is_count,
    is_money,
    is_multiple,
    number,
    shorter_instead_span,
    shorter_stretch_end,
)
from align_lint.analysis.claims.layout import (
    _ARROWS,
    _WIDELY,
    _copies,
    _figure_cell,
    _labelled_count,
    _opening,
    _ParagraphWords,
    _reach_as_stat,
    _sentence_bounds,
    _table_lead_in,
    doc_text,
)
from align_lint.analysis.claims.metrics import (
    _driven_away,
    _followed_by_one_of,
    _grown_to_a_count,
    _most_as_majority,
)
from align_lint.analysis.claims.milestones import (
    _DONE_IT,
    _OVER,
    _THANKS,
    _and_counting,
    _best_piece,
    _big_milestone,
    _chart_name_end,
    _count_after_a_piece_and_a_time,
    _count_in_a_time,
    _digits_alone,
    _grown_by_an_arrow,
    _into_the_digits,
    _thanked_for_count,
    _top_share_of_creators,
)
from align_lint.analysis.claims.model import Claim, Way
from align_lint.analysis.claims.moods import (
    _FUTURE,
    _PENDING,
    _TOPIC_PREPOSITIONS,
    _done_by_a_fault,
    _list_heading,
    _of_intent,
    _point_of_view,
    _requested_by_others,
    _trend_with_object,
    _trending_in_a_field,
    _verb_of_phrase,
    _wanting,
)
from align_lint.analysis.claims.outcomes import OutcomeReader, _subjects, paying_people
from align_lint.analysis.claims.ownership import (
    _MINE,
    _a_name_opening,
    _a_person_called,
    _anothers_writing,
    _clause_verb,
    _count_of_you_by_order,
    _is_people,
    _names_beside_us,
    _of_the_readers,
    _opens_as_the_writer,
    _quoted_for_another,
    _says_for_them,
    _subject_cue,
    _their_side,
)
from align_lint.analysis.claims.vocabulary import chart_heads
from align_lint.analysis.records import CharSpan
from align_lint.rules.schema import ClaimSelector

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# Thanks, and whom it goes to before "for": "thank you all for 10k".
# Where a trend heads, not what trended: "trending in the right direction".
_DIRECTIONS = frozenset({"direction", "directions", "way"})
# What joins the items of a list of metrics ("likes, saves and replies").
_LIST_JOINS = frozenset({",", "and", "or", "&", "/", "+", "plus", "nor", "vs", "vs.", "versus"})
# Before a list of verbs the tagger may take for nouns: "everyone who reads,
# comments and shares", "to like, comment and subscribe".
_CLAUSE_OPENERS = frozenset({"who", "that", "which", "to"})
# A sample asked, whose people are respondents: "a survey of 500 readers".
# The words a verb counted only in times or people needs: "saved 3,000 times".
_COUNTED_BY = frozenset({"times", "by"})
# Prepositions that give examples of what they follow: "such as", "including".
_EXAMPLES = frozenset({"as", "including", "like"})
# A count, as a cue (analysis/prefilter.py looks for the same words).
_COUNT_CUE = frozenset({"<count>"})
# How far after a named outcome its verb may be ("revenue targets for next year will…").
_AFTER_OUTCOME = 8
# The rank words that are cue words (``_SUPERLATIVES``, the noun cues), for a
# rank written without a count ("number one", "the top of the charts").
_RANK_CUES = frozenset({"top", "number"})
# Where ``ClaimExtractor.prepare`` leaves a Doc's claims: (the extractor, its claims).
_PREPARED = "align_lint.claims"


# Words that may make an outcome named here no result (``_outcome_mood``): a
# denial, a question of whether, a zero, a period still ahead.
_DENIED_OR_DOUBTED = frozenset({"not", "n't", "never", "if", "whether", "0", "zero", "next"})

_WRITERS = frozenset({"our", "my"})
# The words that open a sentence giving a count as now: "Today: 27,900." (round48)
_NOW_OPENERS = frozenset({"today", "now", "currently", "as"})
_NOW_WORDS_AT_MOST = 8  # "Today, eighteen months later, we average 140,000"
_BIG_NOW = 1000  # an audience, not "Now 12" (a score) or "Today: 300" (a headcount)
# Words that deny what follows them in a clause: "but no one bought", "but
# I can't see any sales" (``_set_against_no_outcome``).
_DENIALS = frozenset({"no", "not", "n't", "never", "zero", "nobody", "none", "nothing"})
# A count called strong, the size of a community ("the fam is 25K strong").
_STRONG = frozenset({"strong"})
# Keys of the extractor's own cues, which need no cue word near them.
_CUED_BY_ITSELF = frozenset(
    {
        "milestone", "platform", "thanks", "of_you", "grown", "strong", "digits", "counting",
        "level", "arrowed", "speed", "top_share",
    }
)  # fmt: skip
# Words that set a metric named bare against another: "better than likes", "reach vs revenue".
_SETTING_AGAINST = frozenset({"than", "vs", "vs.", "versus"})
# What may stand before a bare metric that opens its clause, or before its "not".
_CONTRAST_BREAKS = frozenset({",", ";", ":", "but", "and", "\u2014", "\u2013"})
# The forms of "be" by which a clause judges a bare metric ("views are fun").
_JUDGING_BE = frozenset({"is", "are", "was", "were", "'re"})
# What after "is" says a level or an owner, not a judgement ("likes are down",
# "views are mine").
_NOT_A_JUDGEMENT = frozenset({"up", "down", "at", "mine", "own", "ours", "over", "under"})
# Words that may stand beside an outcome asked on its own: "And revenue?", "What about sales?"
_BESIDE_A_BARE_QUESTION = frozenset(
    {"and", "so", "but", "the", "our", "my", "what", "about", "ok", "okay", "itself", "themselves"}
)


def _plural_noun(token: Token, titled: bool) -> bool:
    """A plural noun, also one a title-cased name tags as a name ("the Most
    Downloaded Packages list", ``titled``; not "the most watched Christmas ad")."""
    if token.tag_ in ("NNS", "NNPS"):
        return True
    lower = token.lower_
    return titled and token.tag_ == "NNP" and lower.endswith("s") and not lower.endswith("ss")


def _ranks_items(participle: Token) -> bool:
    """Is "most <verb>ed" a ranking of several things, a list the post walks
    through ("the most visited documentation pages", "the Most Downloaded
    Packages list"), not one thing's record ("our most viewed video ever")?
    A ranking says which items drew attention, not how much the writer won."""
    if participle.dep_ != "amod":
        return False
    noun = participle.head
    if any(child.dep_ == "poss" and child.lower_ in _WRITERS for child in noun.children):
        return False  # "our most liked posts": the writer's own results, kept a claim
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        return False  # "one of the most shared videos": one thing's record
    titled = participle.is_title
    if _plural_noun(noun, titled):
        # "the most followed logistics startup", "news site": the plural is
        # the modifier of one thing the parse split off
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return following is None or following.tag_ != "NN"
    # "the Most Downloaded Packages list", a list's name: the plural says what
    # it holds (not "the most watched sports event", one event).
    return titled and any(
        child.dep_ == "compound" and _plural_noun(child, titled) for child in noun.children
    )


# Participles of attention verbs with no "-ed", which the tagger makes
# adjectives after "most": "the most read thing on the site".
_UNMARKED_PARTICIPLES = frozenset({"read"})


def _graded_or_done(word: Token) -> bool:
    """Is the word after "most" a verb in the present ("most reads never touch
    the store", "most follow the same pattern": a majority doing something) or a
    plain adjective ("your feedback is most welcome": very welcome), not a
    participle ranked by attention ("the most viewed clip", "our most-read
    posts")?"""
    if word.tag_ in ("VBZ", "VBP"):
        return True
    participle = word.lower_.endswith(("ed", "ing")) or word.lower_ in _UNMARKED_PARTICIPLES
    return word.tag_ == "JJ" and not participle


def _code_shared(verb: Token, code: frozenset[str]) -> bool:
    """Is "shared" what a program's parts are ("the business logic is heavily
    shared", "a widely shared component"), reused across apps or teams, not
    content an audience passed on?"""
    if verb.lemma_.lower() != "share":
        return False
    if verb.dep_ == "amod":
        return verb.head.lemma_.lower() in code
    # "is heavily shared" is parsed a passive or an adjective after "be".
    clause = verb.head if verb.dep_ == "acomp" else verb
    subjects = [c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(s.lemma_.lower() in code for s in subjects)


def _people_at_their_most(doc: Doc, most: int, people: frozenset[str]) -> bool:
    """Is "most" a degree of the people's state after "be", not a ranking of
    content: "request reviews when users are most engaged", "fans are most
    active at night"? A moment to pick, advice; "our post was most shared on
    LinkedIn" ranks content and stays a claim."""
    if most < 2 or doc[most].lower_ != "most" or doc[most - 1].lemma_ != "be":
        return False
    return doc[most - 2].lower_ in people or doc[most - 2].lower_ == "they"


def _code_commented(verb: Token, code: frozenset[str]) -> bool:
    """Is "commented" what a program's source is ("the code is heavily
    commented", "a well commented example"), notes for readers of the code,
    not comments an audience wrote?"""
    if verb.lemma_.lower() != "comment" and verb.lower_ != "commented":
        return False
    if verb.dep_ == "amod":
        return verb.head.lemma_.lower() in code
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(s.lemma_.lower() in code for s in subjects)


def _people_at_work(noun: Token, work_verbs: frozenset[str], work_nouns: frozenset[str]) -> bool:
    """Are the people the noun counts credited with work ("thanks to the dozens
    of members who reported bugs", "contributions from 40 community members"):
    contributors to a project, not an audience the writer gathered?"""
    if any(c.dep_ == "relcl" and c.lemma_.lower() in work_verbs for c in noun.children):
        return True
    holder = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    counted = holder.head if holder is not None else noun  # "dozens of members"
    source = counted.head
    if (
        counted.dep_ == "pobj"
        and source.lower_ == "from"
        and source.head.lemma_.lower() in work_nouns
    ):
        return True
    # The parse may hang "from" on the verb ("received 7,000 commits from 239
    # users"): the noun of work before it says whose work it was.
    return _from_after_work(counted, work_nouns)


def _from_after_work(noun: Token, work_nouns: frozenset[str]) -> bool:
    """Does "from" and a noun of work come before the counted people, read by
    word order ("7,000 commits from 239 unique users", unparsed when nothing
    in the sentence could change a count's mood)?"""
    doc = noun.doc
    index = noun.i - 1
    # Back over the count and the people's modifiers: "from more than _239_ unique".
    while index > 0 and (
        doc[index].like_num
        or doc[index].pos_ == "ADJ"
        or not doc[index].is_alpha
        or doc[index].lower_ in ("more", "than", "over", "nearly", "almost")
    ):
        index -= 1
    return index > 0 and doc[index].lower_ == "from" and doc[index - 1].lemma_.lower() in work_nouns


def _doing_the_work(doc: Doc, end: int, work_verbs: frozenset[str]) -> bool:
    """Are the people the term counts the subject of a verb of work right after
    it ("300 community members volunteered", "40 members translated the
    docs", "more members contributing posts than last year")? Contributors
    credited, as "members who volunteered" are; read from word order, so a
    sentence read without a parse says it too."""
    if end >= len(doc):
        return False
    verb = doc[end]
    return verb.tag_ in ("VBD", "VBZ", "VBP", "VBG") and verb.lemma_.lower() in work_verbs


def _drives_an_outcome(
    term: Token, made: Mapping[int, tuple[str, str, str, str]], verbs: frozenset[str]
) -> bool:
    """Is an uncounted metric the subject of a verb that drives an asserted
    outcome of the writer's ("our reach brought in 300 bookings", "engagement
    drove 27% of revenue")? Not one that drives more attention ("engagement
    drove more engagement"): no outcome is made after the verb."""
    verb = term.head
    if term.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in verbs:
        return False
    after = {token.i for token in verb.subtree if token.i > verb.i}
    return any(
        at in after and kind == "outcome" and mood == "asserted"
        for at, (kind, _, _, mood) in made.items()
    )


def _next_sentence(sentence: Span) -> Span | None:
    """The sentence right after this one, or None at the end of the Doc."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return None
    end = sentence.end + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[sentence.end : end]


def _previous_sentence(sentence: Span) -> Span | None:
    """The sentence right before this one, or None at the start of the Doc."""
    doc = sentence.doc
    if sentence.start == 0:
        return None
    start = sentence.start - 1
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    return doc[start : sentence.start]


def _a_person_met(sentence: Span, meeting: frozenset[str]) -> bool:
    """Does the sentence tell of the writer meeting a person by name: a verb
    of ``meeting`` (lemmas) that opens it, its "I" dropped ("Met Dara at a
    conference", "Interviewed Sam Okafor last week"), or after "I" or "we"
    ("I hired Priya in 2019"), and a name after it?"""
    words = list(sentence)
    for at, word in enumerate(words[:-1]):
        if word.lemma_.lower() not in meeting and word.lower_ not in meeting:
            continue
        if at > 0 and words[at - 1].lower_ not in ("i", "we"):
            continue
        return any(t.pos_ == "PROPN" and not t.is_lower for t in words[at + 1 : at + 4])
    return False


def _up_to_a_semicolon_after(sentence: Span, claims: list[Claim]) -> Span:
    """The sentence up to the first semicolon after its claims ("It has been
    shared widely; please check our website": the clause of the claim)."""
    last = max(c.end for c in claims)
    end = next(
        (t.i for t in sentence if t.idx >= last and t.text == ";"),
        sentence.end,
    )
    return sentence.doc[sentence.start : end]


def _the_piece_again(sentence: Span, content_nouns: frozenset[str]) -> bool:
    """Does the sentence open on what the sentence before told of, as its
    subject: "It has…", "This got…", "The video has been viewed…", "That clip
    is now…" (round38)? Not "This week she crossed 1.3M" (a time)."""
    opening = _opening(sentence)
    words = list(sentence.doc[opening.i : min(opening.i + 3, sentence.end)])
    if opening.lower_ == "it":
        return True
    if opening.lower_ in ("this", "that") and len(words) > 1 and words[1].pos_ in ("VERB", "AUX"):
        return True
    return (
        opening.lower_ in ("the", "that", "this")
        and len(words) == 3
        and words[1].lemma_ in content_nouns
        and words[2].pos_ in ("VERB", "AUX")
    )


def _a_bare_count_line(sentence: Span) -> bool:
    """Is the sentence a count with no verb ("11 million views.", "2.3M
    plays!"), which goes on about whatever the sentence before told, up to
    its first comma ("14 million views, and almost nobody watched to the
    end", round39)?"""
    first = next((t.i for t in sentence if t.text in (",", ";")), sentence.end)
    words = [t for t in sentence.doc[sentence.start : first] if not (t.is_punct or t.is_space)]
    return (
        0 < len(words) <= 5
        and any(t.like_num for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _counted_after_anothers_colon(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """The claims of a sentence whose opening names someone brought in with
    "a" by their "'s" ("Watched a rival's reel go viral this week: 5 million
    views"), as background after its colon: the counts there go on about
    that piece. Not with a word of the writer's anywhere in the sentence
    ("a client's reel we made went viral: 5M views"). Word order alone, so
    the reading holds whether or not the sentence was parsed (round40)."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or any(t.lower_ in _MINE for t in sentence):
        return claims
    doc = sentence.doc
    anothers = any(
        t.tag_ == "POS"
        and t.i - 2 >= sentence.start
        and (doc[t.i - 2].lower_ in ("a", "an") or doc[t.i - 1].lower_ in ("someone", "somebody"))
        for t in doc[sentence.start : colon.i]
    )
    if not anothers:
        return claims
    return [_as_background(c, "metric", colon.idx + 1) for c in claims]


def _bracketed_after_anothers(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """The claims of a sentence, a count in brackets as background when the
    bracket opens after a claim of someone else's ("Someone else's clip of
    my set went viral on Reddit (4M views apparently)": the size of that
    clip, round40), with no asserted claim between."""
    doc = sentence.doc
    theirs = [c for c in claims if c.kind == "metric" and c.mood == "background"]
    if not theirs:
        return claims
    read: list[Claim] = []
    for claim in claims:
        opened = next(
            (
                t
                for t in reversed(doc[sentence.start : sentence.end])
                if t.idx < claim.start and t.text in "()"
            ),
            None,
        )
        after = (
            opened is not None
            and opened.text == "("
            and any(
                c.end <= opened.idx
                and not any(o.mood == "asserted" and c.end <= o.start < opened.idx for o in claims)
                for c in theirs
            )
        )
        read.append(_as_background(claim, "metric", 0) if after else claim)
    return read


def _a_piece_brought_in(sentence: Span, content_nouns: frozenset[str]) -> bool:
    """Does the sentence open (after a label: "Statement: …") with a piece
    brought in with "a" ("a photo circulating online…", "A video doing the
    rounds…"), with no "we" or "I" in it: nobody's the writer names?"""
    opening = _opening(sentence)
    if opening.lower_ not in ("a", "an") or any(t.lower_ in ("we", "i") for t in sentence):
        return False
    return any(
        t.lemma_ in content_nouns and t.pos_ == "NOUN"
        for t in sentence.doc[opening.i + 1 : min(opening.i + 4, sentence.end)]
    )


def _a_placeholder_letter(text: str) -> bool:
    """A single capital letter that stands for a made-up case ("Post A",
    "Brand X"); not "I"."""
    return len(text) == 1 and "A" <= text <= "Z" and text != "I"


def _after_a_plea_not_to_pass_it_on(
    sentence: Span, claims: list[Claim], passing_on: frozenset[str]
) -> list[Claim]:
    """The claims of a sentence that opens "It" or "This" right after the
    writer asks people not to pass something on ("Please don't share the video
    of this morning's incident. It is being widely shared but it may identify
    a witness", round50): what spreads is the thing the plea names, someone
    else's, so its attention is background. Not when either sentence has a
    word of the writer's ("Please don't share our video yet. It has 40k
    views"). Read by word order."""
    if not claims or sentence.start == 0:
        return claims
    words = [t for t in sentence if not t.is_space]
    if not words or words[0].lower_ not in ("it", "this", "that"):
        return claims
    if any(t.lower_ in _MINE for t in words):
        return claims
    previous = sentence.doc[sentence.start - 1].sent
    denied = ("n't", "not", "never", "\u2019t", "stop")
    plea = any(
        t.lemma_ in passing_on
        and t.pos_ == "VERB"  # not "Not every post has to sell": a noun
        and any(d.lower_ in denied for d in previous.doc[max(previous.start, t.i - 3) : t.i])
        for t in previous
    )
    if not plea or any(t.lower_ in _MINE for t in previous):
        return claims  # "Please don't share our video yet. It has 40k views": the writer's
    return [_as_background(c, "metric", 0) for c in claims]


def _disowned_next(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """The claims of a sentence the next one disowns, opening "Not ours" or
    "Not our …" ("That capybara video going viral this week? Not ours — it's
    from a zoo in Japan", round50): someone else's piece, so its attention is
    background. Not when the sentence itself has a word of the writer's."""
    if not claims or sentence.end >= len(sentence.doc):
        return claims
    if any(t.lower_ in _MINE for t in sentence):
        return claims
    following = [t for t in sentence.doc[sentence.end : sentence.end + 4] if not t.is_space]
    if len(following) < 2 or following[0].lower_ != "not":
        return claims
    if following[1].lower_ not in ("ours", "our", "mine", "my"):
        return claims
    return [_as_background(c, "metric", 0) for c in claims]


def _but_or_and_none(token: Token) -> bool:
    """ "but", or "and" right before a denial ("…and not one extra borrower",
    "…and no new customers"), where a sentence sets what came against what did
    not."""
    if token.lower_ == "but":
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # (not "zero": "40k views and zero churn" tells an outcome, none lost)
    return token.lower_ == "and" and after is not None and after.lower_ in ("not", "no")


def _asked_bare(
    sentence: Span, claims: list[Claim], words_of: Mapping[str, frozenset[str]], counted: set[int]
) -> list[Claim]:
    """The claims of a sentence, with an outcome named alone as a question
    ("Revenue? Ask me next quarter 😅", "And sales??", "Revenue impact?") as
    a topic, unless the next sentence answers it with an amount or a direction
    ("Sales? Up 14%.", "Revenue? $12k."): asked, it reports nothing. An answer
    that is an attention count (one of the ``counted`` starts: "The ROI? 11.2M
    impressions") answers with no outcome. Read from word order."""
    named = [
        c for c in claims if c.kind == "outcome" and c.evidence == "term" and c.mood == "asserted"
    ]
    if len(named) != 1:
        return claims  # most sentences: read no further
    asked = named[0]
    mark = next((t for t in sentence if t.idx >= asked.end and t.text.startswith("?")), None)
    if mark is None:
        return claims
    # An emoji before the question ends what came before it, as a full stop
    # would: "…got 22k likes 🐈 wishlists? don't ask".
    breaks = [t.i for t in sentence if t.idx < asked.start and _emoji(t)]
    opened = breaks[-1] + 1 if breaks else sentence.start
    beside = (
        t
        for t in sentence.doc[opened : mark.i]
        if not (t.is_space or t.is_punct or asked.start <= t.idx < asked.end)
    )
    labels = words_of["asked_label_words"]
    if any(t.lower_ not in _BESIDE_A_BARE_QUESTION and t.lower_ not in labels for t in beside):
        return claims
    # The answer: what follows the mark on in its sentence ("The ROI? 8.4M
    # impressions" read as one), else the next sentence.
    after = [t for t in sentence.doc[mark.i + 1 : sentence.end] if not (t.is_space or t.is_punct)]
    opening = (
        after[0]
        if after
        else next((t for t in _next_sentence(sentence) or [] if not t.is_space), None)
    )
    if (
        opening is not None
        and opening.idx not in counted
        and (
            opening.like_num
            or opening.is_currency
            or opening.text[0].isdigit()
            or opening.lower_ in words_of["answer_openings"]
        )
    ):
        return claims
    return [replace(c, mood="topic") if c is asked else c for c in claims]


def _as_background(claim: Claim, kind: str, opening_end: int) -> Claim:
    """The claim as another's (``background``) if it is of this kind, asserted,
    and after the name that opens its sentence."""
    if claim.kind != kind or claim.mood != "asserted" or claim.start < opening_end:
        return claim
    return replace(claim, mood="background")


def _next_word_is(token: Token, word: str) -> bool:
    """Is the token right after ``token`` the word ``word`` (lowercase)?"""
    following = token.i + 1
    return following < len(token.doc) and token.doc[following].lower_ == word


def _an_opinion(doc: Doc, start: int, end: int) -> bool:
    """Is a noun someone's opinion or sight: "my views on pricing", "their
    views about AI", "our impressions of the city" (a possessive before,
    "on"/"about" after, or "of" after impressions)?"""
    owned = start > 0 and doc[start - 1].tag_ == "PRP$"
    if doc[end - 1].lower_ == "impressions":
        return owned and end < len(doc) and doc[end].lower_ in ("on", "about", "of")
    return owned and end < len(doc) and doc[end].lower_ in ("on", "about")


def _modifies_a_noun(doc: Doc, end: int) -> bool:
    """Is the noun the first of a compound, another thing's kind: "the traffic
    report", "a views counter"?"""
    return end < len(doc) and doc[end].pos_ == "NOUN"


def _after_a_clause_opener(doc: Doc, first: int) -> bool:
    """Does the list whose item starts at ``first`` open right after "who",
    "to" or the like, items before it included ("who reads, comments…")?"""
    at = first - 1
    while at > 0 and doc[at].lower_ in _LIST_JOINS:
        at -= 2  # past a join and the item before it
    return at >= 0 and doc[at].lower_ in _CLAUSE_OPENERS


def _listed_with(doc: Doc, start: int, end: int, nouns: list[tuple[int, int, str]]) -> bool:
    """Is the noun at ``start:end`` listed with another of ``nouns``, only
    commas, "and", "or" and the like (or a counter of the first: "follower
    growth and reach") between them: "likes, saves and replies", "reach or
    impressions"?"""
    for other_start, other_end, _ in nouns:
        if other_start >= end:
            first, between = start, doc[end:other_start]
        elif other_end <= start:
            first, between = other_start, doc[other_end:start]
        else:
            continue
        if not 0 < len(between) <= 3 or any(t.lower_ not in _LIST_JOINS for t in between):
            continue
        if _after_a_clause_opener(doc, first):
            continue  # "everyone who reads, comments and shares": verbs, whatever their tags
        pair = {doc[start:end].text.lower(), doc[other_start:other_end].text.lower()}
        if pair == {"likes", "dislikes"}:
            continue  # "their likes and dislikes": what someone prefers
        return True
    return False


def _inside_a_claim(begin: int, claims: list[Claim]) -> bool:
    """Is the character ``begin`` inside one of ``claims`` ("our community is
    80,000 strong", read from "community" before "strong" is)?"""
    return any(c.start <= begin < c.end for c in claims)


def _the_number_of(doc: Doc, start: int) -> bool:
    """Is the bare noun what a tally counts, "the number of" or "the count
    of" right before it ("the number of likes on their posts predicted
    mood")? A metric measured, in no other sense (round48)."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _TALLIES


def _a_clients_outcome_tied(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """An outcome told as a name's ("Crumbwell's market share hit 11%") is the
    writer's tie when the post's own attention claim is of that name's piece,
    with nothing of the writer's in its sentence ("The Crumbwell 'Unsliced'
    ad went viral in week one"): an agency telling its client's case, both
    halves in the client's name (round48). Not "Globex earned $12M while we
    hit 500k followers", where the writer's own count is set beside theirs."""
    named_pieces: set[str] = set()
    for claim in claims:
        if claim.kind != "metric" or claim.mood != "asserted":
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or any(t.lower_ in _MINE for t in span.sent):
            continue
        named_pieces.update(t.lower_ for t in span.sent if t.tag_ in ("NNP", "NNPS"))
    if not named_pieces:
        return claims
    return [
        replace(claim, mood="asserted")
        if claim.kind == "outcome"
        and claim.mood == "background"
        and _owner_named(doc, claim) in named_pieces
        else claim
        for claim in claims
    ]


def _owner_named(doc: Doc, claim: Claim) -> str | None:
    """The name whose "'s" stands before the claim in its sentence
    ("Crumbwell's sliced-loaf market share"), lower case; None if none."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return None
    # read by word order: the document's own Doc is tagged, not parsed
    for token in reversed(doc[span.sent.start + 1 : span.start]):
        if token.tag_ == "POS" and doc[token.i - 1].tag_ in ("NNP", "NNPS"):
            return doc[token.i - 1].lower_
    return None


def _set_against(doc: Doc, start: int) -> bool:
    """Is the bare noun at ``start`` set against something else, a measure
    named and not a count: "comments predict purchases better than likes",
    "articles people forward to their boss, not views", "revenue vs reach"?
    Only "not" after a break: "did not reach" is a verb."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ in _SETTING_AGAINST:
        return True
    return before.lower_ == "not" and start >= 2 and doc[start - 2].lower_ in _CONTRAST_BREAKS


# What may stand between a verb of chasing a metric and the metric: "optimise
# for likes", "measured in likes", "obsessing over views".
_CHASED_THROUGH = frozenset({"for", "in", "over", "about", "after"})


def _chasing_verb(doc: Doc, start: int, chasing: frozenset[str]) -> Token | None:
    """The verb of chasing or counting a metric that takes the bare noun at
    ``start`` ("newsrooms that chase clicks", "buying views does nothing",
    "stop optimising for likes", "your worth isn't measured in likes"), or
    None: the metric named as a thing pursued, not counted (round42).
    ``chasing`` holds every form of the verbs."""
    at = start - 1
    if at > 0 and doc[at].lower_ in _CHASED_THROUGH:
        at -= 1
    if at < 0 or doc[at].lower_ not in chasing:
        return None
    verb = doc[at]
    if verb.pos_ == "VERB":
        return verb
    # the tagger makes a verb a noun before its object ("buying views does
    # nothing", "newsrooms that chase clicks"); not a noun with its determiner
    # ("the chase", "a count")
    if verb.pos_ == "NOUN" and (at == 0 or doc[at - 1].tag_ not in ("DT", "PRP$")):
        return verb
    return None


def _judged_bare(doc: Doc, start: int, end: int) -> bool:
    """Is the bare noun what its clause, which it opens, judges: "views are fun
    but…", "monthly listeners are a mood", "reach was the means, not the goal"?
    Not a level ("likes are down 20%", "reach is at 40k": claims), nor the
    writer's opinions ("views are my own"), nor a comparison ("engagement
    was never higher"); nouns whose judgement is of another sense ("traffic
    was awful") the caller leaves out."""
    opens = start == 0 or doc[start - 1].is_sent_end or doc[start - 1].lower_ in _CONTRAST_BREAKS
    if not opens:
        return False
    if end + 1 >= len(doc) or doc[end].lower_ not in _JUDGING_BE:
        return False
    at = end + 1
    while at + 1 < len(doc) and doc[at].tag_ == "RB":
        at += 1  # "followers aren't everything", "engagement was actually higher"
    judged = doc[at]
    return not (
        judged.like_num
        or judged.lower_ in _NOT_A_JUDGEMENT
        or judged.tag_ in ("PRP$", "JJR", "RBR", "VBG")  # "my own", "higher", "reaching out"
    )


def _done_by_them(doc: Doc, them: int) -> bool:
    """Does "N of them" at ``them`` do something, or is it asked ("9,000 of them
    now pay $7", "1,200 of them opened it", "… of them?"): a verb before the
    clause ends says what is counted, not the term before?"""
    for token in doc[them + 1 : them + 4]:
        if token.text == "?" or token.pos_ in ("VERB", "AUX"):
            return True
        if token.is_punct:
            return False
    return False


def _supposed_before(doc: Doc, start: int) -> bool:
    """Is the count supposed, not had: a modal or "if" earlier in its sentence
    ("I'd trade 10k of them for ten good bug reports", "if 5,000 of them…")?"""
    sentence = doc[start].sent
    return any(
        t.tag_ == "MD" or t.lower_ in ("if", "'d", "\u2019d") for t in doc[sentence.start : start]
    )


def _had_by_yours(doc: Doc, start: int) -> bool:
    """Is the count had by the reader's thing, a few words before it ("nobody
    bought because your post had 40k of them"): any reader's, no result of the
    writer's?"""
    return any(t.lower_ == "your" for t in doc[max(doc[start].sent.start, start - 4) : start])


def _a_count_given_as_now(sentence: Span) -> tuple[int, int] | None:
    """The characters of a big bare count that closes a short sentence opened
    by a word of now ("Today: 27,900.", "As of this morning: 148,000.", "Now
    148k 🙏"); None if the sentence is not one."""
    words = [t for t in sentence if not (t.is_punct or t.is_space or _emoji(t))]
    if not words or len(words) > _NOW_WORDS_AT_MOST or words[0].lower_ not in _NOW_OPENERS:
        return None
    last = words[-1]
    first = sentence.doc[_count_start(sentence.doc, last.i)]
    if not (is_count(first) and (number(first) or 0) >= _BIG_NOW):
        return None
    if is_money(first) or (first.i > 0 and sentence.doc[first.i - 1].text in _CURRENCY):
        return None
    return first.idx, last.idx + len(last)


def _overlaps_any(begin: int, finish: int, taken: list[tuple[int, int]]) -> bool:
    """Do the characters ``begin``..``finish`` overlap any span already taken
    by a claim? A second reading of the same words adds nothing."""
    return any(a < finish and begin < b for a, b in taken)


def _sentences_near(
    doc: Doc, paragraphs: _ParagraphWords, counted: list[int]
) -> Callable[[int], bool]:
    """Is a character of ``doc`` in the sentence of one of the ``counted``
    characters or in the sentence after it, in the same paragraph? An echo is
    read beside its count, not pages away: a long draft is analysed in windows
    and the prefilter parses only the sections that may hold a finding, so a
    reading that reached past the paragraph would differ between those passes
    and the whole draft."""
    starts = [sentence.start_char for sentence in doc.sents]
    near = {(bisect_right(starts, at) - 1, paragraphs.paragraph_at(at)) for at in counted}
    near |= {(index + 1, paragraph) for index, paragraph in near}
    return lambda at: (bisect_right(starts, at) - 1, paragraphs.paragraph_at(at)) in near


def _names_data(doc: Doc, end: int, data_items: frozenset[str]) -> bool:
    """Is the term the kind of data items the next word counts ("3 million
    follower records were migrated", "subscriber rows")? Word order says it,
    so a sentence read without a parse says it too. A singular "record" is a
    high mark ("a new follower record"), not data."""
    return end < len(doc) and doc[end].lower_ in data_items


def _in_a_direction(doc: Doc, end: int) -> bool:
    """Is a trend word followed by where it heads: "trending in the right
    direction", "trends the wrong way"? Word order says it, so no parse."""
    return any(token.lower_ in _DIRECTIONS for token in doc[end : end + 5])


def _opens_its_sentence(verb: Token) -> bool:
    """Does the verb open its sentence, with at most adverbs and marks before it
    ("Crossed 5,000…", "Just passed 2,000…"): a subject left out?"""
    return all(t.pos_ in ("ADV", "PUNCT", "SPACE") for t in verb.sent if t.i < verb.i)


def _verb_tagged_preposition(head: Token) -> bool:
    """Is a term the tagger made a preposition the parse's predicate, with a
    subject of its own: "250,000 people now like our page" (the "like" a
    verb), not "people like us" inside a noun phrase?"""
    return head.pos_ == "ADP" and any(c.dep_ == "nsubj" for c in head.children)


def _doer_earlier(sentence: Doc, start: int, doers: tuple[str, ...]) -> bool:
    """Does a word a verb term wants before it (its ``after``) stand earlier
    in the sentence, though not right before it: its subject, maybe, past a
    clause word order cannot skip ("That carousel I posted on Tuesday
    absolutely blew up"), which only the parse tells (round42)?"""
    verb = sentence[start]
    if not doers or verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG":
        return False
    return any(t.lower_ in doers for t in sentence[:start])


def _holding_a_thing(doc: Doc, you: int) -> bool:
    """Does "have" right after "N of you" take a thing ("1,480 of you have a
    stamp card", "900 of you have the app"), a main verb of holding, not the
    "have" of "have followed"? Read by word order."""
    at = you + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("have", "hold", "own"):
        return False
    return doc[at + 1].tag_ == "DT"


def _words_and_pairs(tokens: Span) -> set[str]:
    """The lower-case words of ``tokens`` and each two of them side by side
    ("away end"), as the paragraph's sense words are read."""
    words = [t.lower_ for t in tokens if not t.is_space]
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


def _a_worth(sentence: Span | Doc, start: int) -> bool:
    """Is the count before the term at ``start`` what something is "worth"
    ("a save is worth ten likes")? A value set on a thing, said in general or
    of the writer's, which only the parse tells apart."""
    return any(t.lower_ == "worth" for t in sentence[max(0, start - 4) : start])


def _counted_after(tokens: Iterable[Token]) -> bool:
    """Could a verb before these words be counted: "saved 3,000 times", "pinned
    by 900 people", "used in 48,000 videos"?"""
    words = list(tokens)
    return any(
        token.lower_ in _COUNTED_BY
        or (token.lower_ == "in" and at + 1 < len(words) and is_count(words[at + 1]))
        for at, token in enumerate(words)
    )


@dataclass
class _SentencePlan:
    """What ``ClaimExtractor._plan`` found in one Doc: the sentences that may hold
    claims with their terms, their copies, and the copies that need the parse."""

    wanted: list[tuple[Span, list[tuple[int, int, str]]]]
    copies: list[Doc]
    to_parse: list[Doc]
    paragraphs: _ParagraphWords
    doc: Doc
    found: list[tuple[int, int, str]]  # every term occurrence, kept or not


def select(claims: Iterable[Claim], selectors: Iterable[ClaimSelector]) -> list[CharSpan]:
    """The spans of the claims any of these selections picks."""
    chosen = tuple(selectors)
    return sorted({c.span for c in claims if any(c.selected_by(s) for s in chosen)})


class ClaimExtractor(OutcomeReader):
    """Finds the claims of Docs: plans, parses where it decides, reads each term."""

    def anchors(self, selector: ClaimSelector) -> list[Way]:
        """For the prefilter: the ways a claim of this selection can be made, each
        as the needs that must all be met (one of some words or lemmas, or, for
        None, a count) and how many tokens apart they may be. An attention term
        needs a count or a cue word ("grew", "most", "thousands") within
        ``REACH`` tokens; a milestone verb, a count ("we just passed 50,000!");
        a term that is a claim on its own ("went viral") and an outcome term
        need nothing more."""
        alone: set[str] = set()
        nouns: set[str] = set()
        verbs: set[str] = set()
        counted: set[str] = set()  # verbs counted only in times or by people ("saved")
        for lexicon in self.lexicons.values():
            if lexicon.kind != selector.kind:
                continue
            if selector.lexicons and lexicon.name not in selector.lexicons:
                continue
            for term in lexicon.terms:
                # A phrase ("open rate") is anchored by its last word, a token.
                words = set(self._last_words(term.words)) | set(term.lemmas)
                if selector.kind == "outcome" or term.needs == "nothing":
                    alone.update(words)
                elif "VERB" in term.pos and term.needs == "count":
                    counted.update(words)
                else:
                    (verbs if "VERB" in term.pos else nouns).update(words)
        ways: list[Way] = []
        if alone:
            ways.append(((frozenset(alone),), math.inf))
        for terms, cues in ((nouns, self._noun_cues), (verbs, self._verb_cues)):
            if terms:
                ways += [((frozenset(terms), None), REACH), ((frozenset(terms), cues), REACH)]
        if counted:  # "saved 3,000 times", "pinned by 900 people"
            ways.append(((frozenset(counted), None, _COUNTED_BY), REACH))
            # "1.4 million people saved our carousel" (``_content_kept_by_people``).
            ways.append(((frozenset(counted), None, self._grammar["people"]), REACH))
            # "used in 48,000 videos" (``_pieces_counted``)
            ways.append(((frozenset(counted), None, self._grammar["content_nouns"]), REACH))
        if selector.kind == "outcome":
            # "approvals went from 9 hours to under 1", "jobs finish in 3 hours
            # instead of 19" (``_task_done_sooner``)
            ways.append(((frozenset({"from"}), None), 1))
            ways.append(((frozenset({"instead"}), None), 2))
        if selector.kind == "metric":
            # "the most-tagged spot", "most talked-about": a verb counted alone
            # ranked by "most" (``superlative_verbs``, ``_lemma_occurrences``)
            ways.append(((self._ranked_verbs, frozenset({"most"})), 2))
        if selector.kind == "metric" and "mentioned" in selector.moods:
            # A metric named bare ("impressions are a cost"), or as a counter
            # ("follower growth") (``_mentions``).
            last_words = self._last_words
            ways.append(((last_words(self._grammar["topic_attention_nouns"]),), math.inf))
            ways.append(((frozenset(nouns), self._grammar["metric_counters"]), 1))
            listed = last_words(self._grammar["listed_attention_nouns"])
            ways.append(((listed, _LIST_JOINS, frozenset(nouns)), 4))
            # "better than likes", ", not views" (``_set_against``); "views are
            # fun" (``_judged_bare``).
            ways.append(((listed, _SETTING_AGAINST | {"not"}), 1))
            # "chase clicks", "optimising for likes" (``_chased_metric``).
            ways.append(((listed, self._chasing_forms), 2))
            ways.append(((listed, _JUDGING_BE), 1))
        if selector.kind == "metric":
            ways.append(((self._grammar["milestone_verbs"], None), REACH))
            # "100K on TikTok", "10k on here": a platform and a count
            # (``_counted_on_platform``).
            # And "10k on the main": the writer's account (round42).
            ways.append(((self._platform_anchors, None), REACH))
            # "the fam is 25K strong": a count called strong (``_counted_strong``).
            ways.append(((_STRONG, None), 1))
            # "thank you for 10k!": thanks and a count (``_thanked_for_count``).
            ways.append(((_THANKS, None), REACH))
            # "100,000 of you putting up with me" (``_crowd_of_you``): a count
            # right before "of" ("you" cannot anchor: the attribute ruler's
            # patterns for its lemma name no word, so it would match anywhere).
            ways.append(((frozenset({"of"}), None), 1))
            # "we went from 900 to 90,000" (``_grown_from_to``).
            ways.append(((frozenset({"from"}), None), 1))
            # "cracked the top 10 on Apple Podcasts": a rank and a chart (``_chart_rank``).
            charts = chart_heads(self._grammar["chart_words"])
            ways += [((charts, None), REACH), ((charts, _RANK_CUES), REACH)]
            # "our best week on the channel": a superlative, "ever" between at most
            # (``_best_period_on_channel``).
            ranks = (
                frozenset(_SUPERLATIVES - {"most", "top"})
                | self._grammar["best_period_superlatives"]
            )
            ways.append(((self._grammar["best_periods"], ranks), 2))
            # "our biggest tweet ever", "my most popular post" (``_best_piece``).
            piece_ranks = ranks | self._grammar["best_piece_words"]
            ways.append(((self._grammar["best_pieces"], piece_ranks), 3))
            # "1M!!! 🎉": a count cheered (``_cheered_count``).
            cheers = frozenset({"!", *self._grammar["cheering_marks"]})
            ways.append(((cheers, None), 4))
            # "we did it. 25k. thank you": a count alone, thanked for nearby.
            ways.append(((frozenset({"."}), None, _THANKS), 8))
            # "Seven digits." alone (``_digits_alone``); "0 → 100k" (``_grown_by_an_arrow``).
            ways.append(((frozenset({"digits"}), None), 1))
            # "2.7 million and still climbing" (``_and_counting``): the count
            # within four tokens before.
            ways.append(((self._grammar["still_going_words"], None), 4))
            # "2.3M in 14 hours" (``_count_in_a_time``): the count within four tokens before.
            ways.append(((self._grammar["speed_units"], None), 4))
            # "Top 1% of creators" (``_top_share_of_creators``): "top" two tokens before.
            ways.append(((frozenset({"%"}), frozenset({"top"})), 2))
            ways.append(((frozenset(_ARROWS), None), 1))
            # "the haircut video is on 300k": content, "on" or "at", a count
            # (``_content_reached``, the "level" key), also past a participle's
            # clause ("my video explaining fractions with pizza is at 4.7M", round38)
            pieces = self._grammar["content_nouns"] | self._grammar["released_works"]
            ways.append(((pieces, frozenset({"on", "at"}), None), 9))
            # "three posts in a row over 100k" (``_pieces_over_a_count``, round38)
            ways.append(((self._grammar["content_nouns"], frozenset(_OVER), None), 6))
        return ways

    def _last_words(self, phrases: Iterable[str]) -> frozenset[str]:
        """The last token of each phrase: what the prefilter anchors a phrase by."""
        return frozenset(self._make_doc(phrase)[-1].lower_ for phrase in phrases)

    def claims(self, doc: Doc) -> list[Claim]:
        """Every claim in ``doc`` (a Doc or a chunk of one), in document order:
        what ``prepare`` found for it, else found now."""
        prepared = doc.user_data.get(_PREPARED)
        if prepared is not None and prepared[0] is self:
            return list(prepared[1])
        return self.claims_of([doc])[0]

    def prepare(self, docs: Sequence[Doc]) -> None:
        """Find the claims of these Docs now, together, for ``claims`` to return:
        a batch of Docs (the prefiltered pass's chunks) needs one parse of all
        their candidate sentences, where a parse per Doc cost three times as
        much (the parser's every call costs about as much as a dozen sentences)."""
        for doc, found in zip(docs, self.claims_of(docs), strict=True):
            doc.user_data[_PREPARED] = (self, tuple(found))

    def claims_of(self, docs: Sequence[Doc]) -> list[list[Claim]]:
        """The claims of each Doc, the sentences that need a parse parsed in one batch."""
        plans = [self._plan(doc) for doc in docs]
        self._parse([copy for plan in plans if plan is not None for copy in plan.to_parse])
        return [[] if plan is None else self._finish(plan) for plan in plans]

    def _plan(self, doc: Doc) -> _SentencePlan | None:
        """The sentences of ``doc`` that may hold claims, copied, and which of the
        copies need the parse; None if no term is in ``doc``."""
        # The count grammar reads money by the words each Doc carries: the
        # pack's ``money_words``, on the Doc and on each sentence copied from it.
        money = self._grammar["money_words"]
        carry_money_words(doc, money)
        found = self._occurrences(doc)
        if not found:
            return None
        paragraphs = _ParagraphWords(doc, self._title_senses)
        bounds = _sentence_bounds(doc)
        by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, key in found:
            at = bisect_right(bounds, start) - 1
            # A term the segmenter cut in two ("Pre" | "-orders" after a full
            # stop) is no sentence's: reading it would run past its copy.
            if end <= bounds[at + 1]:
                by_sentence.setdefault(at, []).append((start, end, key))
        sentences = [doc[bounds[at] : bounds[at + 1]] for at in sorted(by_sentence)]
        by_sentence = {bounds[at]: terms for at, terms in by_sentence.items()}
        # Only sentences where a term could become a claim are copied and parsed,
        # and only with those terms: most posts mention "like" or "share" somewhere.
        wanted = [
            (sentence, kept)
            for sentence in sentences
            for kept in [self._may_claim(sentence, by_sentence[sentence.start])]
            if kept
        ]
        # A sentence whose claims word order decides ("12k followers", "revenue")
        # and which holds no word that could change their mood is read as it is.
        copies = _copies(doc, [sentence for sentence, _ in wanted])
        for copy in copies:
            carry_money_words(copy, money)
        to_parse = [
            copy
            for (sentence, terms), copy in zip(wanted, copies, strict=True)
            if self._needs_parse(copy, terms, sentence.start, paragraphs, sentence.start_char)
        ]
        return _SentencePlan(wanted, copies, to_parse, paragraphs, doc, found)

    def _finish(self, plan: _SentencePlan) -> list[Claim]:
        """The claims of a planned Doc, its copies parsed where they needed it."""
        read = [
            self._sentence_claims(sentence, copy, terms, plan.paragraphs)
            for (sentence, terms), copy in zip(plan.wanted, plan.copies, strict=True)
        ]
        sentences = [sentence for sentence, _ in plan.wanted]
        # Where attention is counted: an answer that opens there is no outcome's.
        counted = {c.start for found in read for c in found if c.kind == "metric"}
        claims = [
            claim
            for at in range(len(read))
            for claim in self._read_beside_its_neighbours(sentences, read, at, counted)
        ]
        claims = _a_clients_outcome_tied(plan.doc, claims)
        text = plan.doc.text  # built from the tokens on every call: once per Doc
        claims = [self._weighed_in_its_text(plan, text, claim) for claim in claims]
        echoes = self._echoes(plan, claims)
        referred = self._counts_of_them(plan, [*claims, *echoes])
        referred += self._counts_now(plan, [*claims, *echoes, *referred])
        referred += self._counts_paced(plan, [*claims, *echoes, *referred])
        mentions = self._mentions(plan, [*claims, *echoes, *referred])
        extra = [*echoes, *referred, *mentions]
        return sorted([*claims, *extra], key=lambda c: c.start) if extra else claims

    def _read_beside_its_neighbours(
        self, sentences: list[Span], read: list[list[Claim]], at: int, counted: set[int]
    ) -> list[Claim]:
        """The claims of sentence ``at`` as the words around them weigh them, in
        this order: counts after another's colon or in brackets after another's
        clip, a sentence that only goes on about another's piece, one the next
        sentence shows another company's, one after a plea not to share a
        thing, one the next sentence disowns, and a question asked bare."""
        sentence = sentences[at]
        claims = _counted_after_anothers_colon(sentence, read[at])
        claims = _bracketed_after_anothers(sentence, claims)
        claims = self._going_on_about_another(sentences, read, at, claims)
        claims = self._told_of_another(sentences, read, at, claims)
        claims = self._held_by_someone_met(sentences[at], claims)
        passing_on = self._grammar["passing_on_verbs"]
        claims = _after_a_plea_not_to_pass_it_on(sentence, claims, passing_on)
        claims = _disowned_next(sentence, claims)
        return _asked_bare(sentence, claims, self._grammar, counted)

    def _weighed_in_its_text(self, plan: _SentencePlan, text: str, claim: Claim) -> Claim:
        """An asserted metric claim as the words around it weigh it: someone
        else's when a quotation holding it is given to another after it
        (background), and no result when the sentence sets it against an
        outcome that did not come ("got us to 9,000 followers but hasn't
        brought a single order": topic)."""
        if claim.kind != "metric" or claim.mood != "asserted":
            return claim
        if _quoted_for_another(
            text, claim.start, claim.end, self._grammar["telling_words"], self._speakers
        ):
            return replace(claim, mood="background")
        if self._set_against_no_outcome(plan, claim):
            return replace(claim, mood="topic")
        if self._of_a_placeholder(plan, claim):
            return replace(claim, mood="conditional")
        return claim

    def _of_a_placeholder(self, plan: _SentencePlan, claim: Claim) -> bool:
        """Is the claim told in a sentence about a placeholder ("Post A gets 1M
        views and sells nothing", "Creator B has 2M followers"): a noun named by
        a single capital letter, a case made up to compare, not a result?"""
        span = plan.doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None:
            return False
        heads = self._grammar["placeholder_heads"]
        return any(
            _a_placeholder_letter(word.text)
            and word.i > 0
            and word.doc[word.i - 1].is_title
            and word.doc[word.i - 1].lower_ in heads
            for word in span.sent
        )

    def _set_against_no_outcome(self, plan: _SentencePlan, claim: Claim) -> bool:
        """Does the claim's sentence go on with "but" (or "and" and a denial)
        and an outcome denied ("… thousands of impressions but I can't tell if
        anyone buys", "2M views but I can't see any sales from it", "got lots
        of likes and not one extra customer")? The writer sets the attention
        against what it did not bring: a confession, not a brag; so does one
        set against a handful reached ("1,200 followers but posts reach maybe
        40 people"). Not the writer's own spending denied ("but we never paid
        for ads")."""
        doc = plan.doc
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None:
            return False
        sentence = span.sent
        but = next((t for t in doc[span.end : sentence.end] if _but_or_and_none(t)), None)
        if but is None:
            return False
        rest = doc[but.i + 1 : sentence.end]
        if but.lower_ == "but" and self._a_handful_reached(rest):
            return True  # "my page has 1,200 followers but posts reach maybe 40 people" (round50)
        if not any(t.lower_ in _DENIALS for t in rest) or any(t.lower_ == "yet" for t in rest):
            return False  # "…but there's nothing to sell yet": the attention is the result so far
        # An outcome term found, or a word whose lemma is an outcome verb's
        # whatever the tagger made of it ("…and buys" tagged a noun).
        found = {start for start, _, key in plan.found if self._is_outcome_key(key)}
        # after "and", an outcome noun only: "…and not a single paid ad" spent
        # nothing the writer won, and "and not a pound spent" is a boast
        nouns_only = but.lower_ == "and"
        for word in rest:
            outcome = (
                (word.i in found and not (nouns_only and word.pos_ == "VERB"))
                or (
                    not nouns_only
                    and any(
                        self._is_outcome_key(key) for key, _ in self._by_lemma.get(word.lemma, ())
                    )
                )
                # one of them denied: "not one extra customer" (round50)
                or (word.tag_ == "NN" and f"{word.lower_}s" in self._outcome_nouns)
            )
            if not outcome:
                continue
            mine = any(t.lower_ in _MINE for t in doc[max(rest.start, word.i - 3) : word.i])
            if not mine:  # not "but we never paid for ads"
                return True
        return False

    def _a_handful_reached(self, rest: Span) -> bool:
        """Do the words after "but" tell a handful of attention, under 100 ("but
        posts reach maybe 40 people", "but each post gets about 12 likes"): an
        attention word, and a small count of people or of attention, nothing
        bigger (not "the 36 countries we managed to reach": places)?"""
        counts = [t for t in rest if is_count(t)]
        if not counts or max(number(t) or 0 for t in counts) >= 100:
            return False
        attention = self._attention_words | self._attention_lemmas()
        people = self._grammar["people"]
        doc = rest.doc
        counted = any(
            t.i + 1 < len(doc)
            and (doc[t.i + 1].lower_ in attention or doc[t.i + 1].lemma_ in people)
            for t in counts
        )
        return counted and any(t.lower_ in attention or t.lemma_ in attention for t in rest)

    def _mentions(self, plan: _SentencePlan, claims: list[Claim]) -> list[Claim]:
        """Attention metrics named bare, talked about rather than counted:
        "impressions are a cost, not a result", "check the engagement rate
        before you compare", "the app hides view counts", "sort by reach or
        by link clicks". Three ways a bare noun is the metric and no other
        sense: a word that is one whatever surrounds it
        (``topic_attention_nouns``: no people, no word with a common other
        sense); any attention noun with a counter after it ("follower
        growth", "like counts"; the counter is part of the mention); and a
        word with other senses bare ("views", "likes", "engagement",
        ``listed_attention_nouns``) listed with another attention noun
        ("likes, saves and replies", "reach or impressions"). Each in its
        sense, not inside another claim, not an opinion ("my views on").
        Mood ``mentioned``: context, reported as info, never a result."""
        doc = plan.doc
        alone = self._grammar["topic_attention_nouns"]
        listed = self._grammar["listed_attention_nouns"]
        nouns = [
            (start, end, key)
            for start, end, key in plan.found
            if key in self._terms
            and self._terms[key][0] == "metric"
            and self._terms[key][1] in ("attention", "reach")
            and self._bare_noun_in_sense(plan, start, end, key)
        ]
        # What a listed noun may be listed with: another of these words ("likes,
        # saves and replies") or a counter ("views and follower growth"), not
        # any attention noun ("clicks and taps" on a tablet are a user's).
        # A list before a noun names that noun's kind ("likes and comments
        # merch").
        bare = alone | listed
        items = [
            (start, end, key)
            for start, end, key in nouns
            if self._counter_after(doc, end, key)
            or (doc[start:end].text.lower() in bare and not _modifies_a_noun(doc, end))
        ]
        taken = [c.span for c in claims]
        mentions: list[Claim] = []
        for start, end, key in nouns:
            counted = self._counter_after(doc, end, key)
            if not counted and not self._named_as_a_metric(doc, start, end, items):
                continue
            last = doc[end] if counted else doc[end - 1]
            begin, finish = doc[start].idx, last.idx + len(last)
            if _overlaps_any(begin, finish, taken):
                continue
            taken.append((begin, finish))
            kind, lexicon, _ = self._terms[key]
            mentions.append(Claim(kind, lexicon, begin, finish, "term", "mentioned"))
        return mentions

    def _named_as_a_metric(
        self, doc: Doc, start: int, end: int, items: list[tuple[int, int, str]]
    ) -> bool:
        """Is this bare attention noun the metric: a word that is one whatever
        surrounds it, before a noun too ("the impressions column"), or a word
        with other senses listed with other metrics, not naming a noun's kind
        ("the engagement team" is a team)?"""
        text = doc[start:end].text.lower()
        if text in self._grammar["topic_attention_nouns"]:
            return True
        return (
            text in self._grammar["listed_attention_nouns"]
            and not _modifies_a_noun(doc, end)
            and (
                _listed_with(doc, start, end, items)
                or _set_against(doc, start)
                or self._chased_metric(doc, start, end)
                or self._on_a_platform_named(doc, start)
                or (text in self._grammar["tallied_attention_nouns"] and _the_number_of(doc, start))
                or (
                    text not in self._grammar["judged_other_senses"]
                    and _judged_bare(doc, start, end)
                )
            )
        )

    def _on_a_platform_named(self, doc: Doc, start: int) -> bool:
        """Is the bare noun named with its platform right before it
        ("don't chase Instagram followers", "TikTok views helped", "LinkedIn
        engagement")? A platform's followers or likes are its metric, in no
        other sense (round48)."""
        return start > 0 and doc[start - 1].lower_ in self._platforms

    def _chased_metric(self, doc: Doc, start: int, end: int) -> bool:
        """A bare metric after a verb that chases or measures it (``_chasing_verb``);
        people ("followers", "fans") only when bought or faked: "buying
        followers does nothing", not "great leaders don't chase followers"."""
        verb = _chasing_verb(doc, start, self._chasing_forms)
        if verb is None:
            return False
        if not _is_people(doc[end - 1], self._grammar["people"]):
            return True
        return verb.lower_ in self._buying_forms

    def _names_a_threshold(self, doc: Doc, start: int, end: int) -> bool:
        """Is the counted term the name of a platform's threshold, "the" before
        its count and a noun of ``threshold_nouns`` after it ("the 200 views
        jail", "the 10k follower rule")? A rule talked about, not a count
        reached; unless a milestone verb just before reaches it ("we hit the
        1,000-subscriber threshold"). Word order says it, so no parse."""
        if end >= len(doc) or doc[end].lower_ not in self._grammar["threshold_nouns"]:
            return False
        before = [t for t in doc[max(0, start - 4) : start] if not (t.like_num or t.tag_ == "CD")]
        if not before or before[-1].lower_ != "the":
            return False
        reaching = self._grammar["milestone_verbs"] | self._grammar["level_verbs"]
        return not any(t.lemma_ in reaching for t in before)

    def _crowd_of_you(self, doc: Doc, you: int) -> tuple[int, int] | None:
        """ "100,000 of you putting up with me", "one million of you smashed the
        follow button", "But 50,000 of you??": a big count of the writer's
        readers, whatever they did, is the audience counted (the attention
        verbs read "50K of you follow…" on their own). Not when the sentence
        says what they gave or bought ("1,400 of you donated", "8,300 of you
        are on the paid plan": any outcome word there), nor when they were
        there in person ("12,000 of you packed the square", a crowd) or
        answered a survey ("2,400 of you have filled in the staff survey")."""
        first = _count_of_you_by_order(doc[you])
        if first is None:
            return None
        presence = self._grammar["presence_verbs"]
        if any(token.lemma_ in presence for token in doc[you + 1 :]):
            return None
        if _holding_a_thing(doc, you):
            return None  # "1,480 of you have a stamp card": customers holding one (round44)
        if any(self._arrived(token) for token in doc[:first]):
            return None  # "everyone who came down for the open session — over 3,000 of you!"
        if any(self._arrived(t) and first <= t.head.i <= you for t in doc[you + 1 :]):
            return None  # "the 900 of you who came to the open day", "… who registered"
        polling = self._grammar["polling_verbs"]
        if any(t.lemma_ in polling for t in doc[max(0, first - 3) : first]):
            return None  # "we asked 300 of you for your views": respondents (round39)
        asked_by_us = any(
            t.lemma_ in polling and t.i > 0 and doc[t.i - 1].lower_ in ("we", "i")
            for t in doc[:first]
        )
        if asked_by_us and any(
            t.lemma_ in self._grammar["replying_verbs"] for t in doc[you + 1 : you + 4]
        ):
            return None  # "We asked for your views … and 600 of you replied" (round42)
        said = _words_and_pairs(doc[you + 1 :])
        if said & self._grammar["match_day_words"]:
            return None  # "1,1k of you in the away end": a crowd at a match
        if said & self._grammar["survey_nouns"]:
            return None  # "1,200 of you have answered the staff survey": respondents
        if said & self._grammar["opinions_given"]:
            return None  # "3,000 of you shared your views": respondents (round49)
        # ``doc`` is the sentence's copy: its outcome words are the sentence's,
        # up to a verb of saying: what "40K of you said" is their words ("bring
        # back the '96 kit"), no outcome.
        saying = self._grammar["saying_verbs"]
        said_at = next((t.i for t in doc[you + 1 :] if t.lemma_ in saying), len(doc))
        if any(
            self._is_outcome_key(key)
            and end <= said_at
            and self._outcome_word_as_written(doc, start, end, key)
            and not self._takings_without_money(doc, end)
            and not self._joins_nothing(doc, end, "outcome")
            for start, end, key in self._occurrences(doc)
        ):
            # "we did it, 100,000 of you…": a "did" with no money sells nothing;
            # "1 million of you joined our challenge": joined no program
            return None
        return first, you + 1

    def _outcome_word_as_written(self, doc: Doc, start: int, end: int, key: str) -> bool:
        """Is the outcome word found in the sense its entry gives it, as far as
        the words after it and its part of speech say? Not a noun of the list
        used as a verb ("212k of you show up for a girl who reviews
        sandwiches") nor a verb its entry rules out by the next word ("9,400 of
        you stayed up until 4am with us": awake, no guests), round50."""
        term = self._terms[key][2]
        last = doc[end - 1]
        if _followed_by_one_of(doc, end, term.not_followed_by):
            return False
        noun_listed = bool(term.words) and not term.lemmas and end - start == 1
        return not (noun_listed and last.tag_ in ("VBZ", "VBP") and last.lower_ in term.words)

    def _arrived(self, verb: Token) -> bool:
        """Is ``verb`` a relative clause of people there in person ("everyone
        who came", "fans who turned up", "all who packed the square")?"""
        if verb.dep_ != "relcl":
            return False
        if verb.lemma_ in self._grammar["presence_verbs"]:
            return True
        arriving = self._grammar["arriving_verbs"]
        return verb.lemma_ in arriving or any(
            c.dep_ == "prt" and f"{verb.lemma_} {c.lower_}" in arriving for c in verb.children
        )

    def _joins_nothing(self, doc: Doc, end: int, kind: str) -> bool:
        """Is the term ending at ``end`` a "join" or "apply" that joins nothing
        a term of this kind counts ("join us on Thursday", "terms apply",
        "joined our dance challenge")? See ``_joins_something``."""
        joining = self._grammar["joining_verbs"]
        verb = doc[end - 1]
        signing_up = self._grammar["signing_up_verbs"]
        if verb.lemma_ in signing_up and any(map(is_count, doc[max(0, end - 5) : end - 1])):
            # "212 people applied": applicants counted, read by the parse (round38);
            # "12,400 people registered to take part" (round42)
            return False
        return verb.lemma_ in joining and not self._joins_something(kind, doc[end:])

    def _is_outcome_key(self, key: str) -> bool:
        return key in self._terms and self._terms[key][0] == "outcome"

    def _counter_after(self, doc: Doc, end: int, key: str) -> bool:
        """Is the attention noun ending at ``end`` named as a counter, a noun of
        ``metric_counters`` after it ("follower growth", "like counts")? Not a
        channel's ("newsletter numbers": a channel is counted only as it grows)."""
        return (
            end < len(doc)
            and doc[end].lower_ in self._grammar["metric_counters"]
            and doc[end].pos_ == "NOUN"
            and self._terms[key][2].needs != "change"
        )

    def _bare_noun_in_sense(self, plan: _SentencePlan, start: int, end: int, key: str) -> bool:
        """Is this attention term a noun in its sense, and not an opinion
        ("my views on pricing")?"""
        doc = plan.doc
        head = doc[end - 1]
        counter = self._counter_after(doc, end, key)
        inflected = head.tag_ in ("VBZ", "VBD", "VBG", "VBN") or head.pos_ == "AUX"
        if head.pos_ not in ("NOUN", "PROPN") and (not counter or inflected):
            return False  # "she likes long walks", "it shows totals"; but "retweet counts"
        if head.lower_ in ("views", "impressions") and _an_opinion(doc, start, end):
            return False  # "my views on pricing", "our impressions of the city"
        near = plan.paragraphs.words_at(doc[start].idx)
        return self._in_sense(doc, start, end, self._terms[key][2], key, near)

    def _echoes(self, plan: _SentencePlan, claims: list[Claim]) -> list[Claim]:
        """The attention nouns of a text that already asserts an attention
        count, named again with no count of their own: "We hit 40k followers.
        Thanks to every one of our followers", "The reel got 2M views. The
        engagement on it was unreal." In a text that brags, the metric named
        again is the same metric, so it is reported (mood ``echoed``: as
        context, info, no cost) where a text with no such claim ("thank you to all our
        followers") is read as it is. Only the nouns of ``echo_attention_nouns``
        (no people, no word with a common other sense bare), in their sense
        (``_in_sense``), not inside another claim, not an opinion ("my views
        on pricing"), and only in the sentence of an asserted count or the one
        after it in its paragraph (``_sentences_near``)."""
        counted = [c.start for c in claims if c.kind == "metric" and c.mood == "asserted"]
        if not counted:
            return []
        doc = plan.doc
        near_a_count = _sentences_near(doc, plan.paragraphs, counted)
        echoed = self._grammar["echo_attention_nouns"]
        taken = [c.span for c in claims]
        echoes: list[Claim] = []
        for start, end, key in plan.found:
            if key not in self._terms or doc[start:end].text.lower() not in echoed:
                continue
            kind, lexicon, term = self._terms[key]
            head = doc[end - 1]
            if kind != "metric" or head.pos_ not in ("NOUN", "PROPN"):
                continue
            if _an_opinion(doc, start, end) or _modifies_a_noun(doc, end):
                continue
            begin, finish = doc[start].idx, head.idx + len(head)
            if not near_a_count(begin):
                continue
            if _overlaps_any(begin, finish, taken):
                continue
            near = plan.paragraphs.words_at(begin)
            if not self._in_sense(doc, start, end, term, key, near):
                continue
            taken.append((begin, finish))
            echoes.append(Claim(kind, lexicon, begin, finish, "term", "echoed"))
        return echoes

    def _counts_of_them(self, plan: _SentencePlan, claims: list[Claim]) -> list[Claim]:
        """A count that stands for a term named just before it, "of them":
        "They bought half their followers. Ours are real, all 640,000 of them",
        "Nobody asked about the orders: £184k of them in ten days". The count
        claims what the term is (attention or an outcome), in the term's
        sentence or the one after in its paragraph (``_sentences_near``). Not
        a count that does something ("1,200 of them opened it": what they did
        says what is counted), small counts ("two of them"), a question, a
        crowd at a match (round50), and not inside another claim. Read from
        word order."""
        doc = plan.doc
        # Cheap first: most drafts hold no "of them" at all.
        thems = [t for t in doc if t.lower_ == "them" and t.i >= 2 and doc[t.i - 1].lower_ == "of"]
        if not thems:
            return []
        terms = [
            (start, key)
            for start, end, key in plan.found
            if key in self._terms
            and self._terms[key][0] in ("metric", "outcome")
            and doc[end - 1].pos_ in ("NOUN", "PROPN")  # "of them" stands for a noun
        ]
        if not terms:
            return []
        near_a_term = _sentences_near(doc, plan.paragraphs, [doc[at].idx for at, _ in terms])
        taken = [c.span for c in claims]
        found: list[Claim] = []
        for them in thems:
            count = doc[them.i - 2]
            start = _count_start(doc, count.i)
            money = is_money(count) or (start > 0 and doc[start - 1].text in _CURRENCY)
            big = is_count(count) and (number(count) or 0) >= 1000
            if not (money or big):
                continue
            if start > 0 and doc[start - 1].text in _CURRENCY:
                start -= 1  # "£184k of them": the amount opens at its sign
            if _done_by_them(doc, them.i) or _supposed_before(doc, start):
                continue  # "1,200 of them opened it", "I'd trade 10k of them for…"
            if _had_by_yours(doc, start):
                continue  # "…because your post had 40k of them": any reader's (round40)
            if start > 0 and doc[start - 1].lower_ in self._chasing_forms:
                continue  # "before you spend a year chasing 10k of them": pursued (round43)
            begin, finish = doc[start].idx, them.idx + len(them)
            if not near_a_term(begin) or _overlaps_any(begin, finish, taken):
                continue
            named = [(at, key) for at, key in terms if at < start]
            if not named:
                continue
            kind, lexicon, _ = self._terms[named[-1][1]]
            if kind == "metric" and money:
                continue  # money "of them" after followers counts no audience
            around = _words_and_pairs(doc[them.sent.start : them.sent.end])
            if kind == "metric" and around & self._grammar["match_day_words"]:
                continue  # "the away fans were unreal, 4,000 of them in the rain": a crowd
            if lexicon == "viral":
                lexicon = "attention"  # "It did numbers. 2.7 million of them.": counted
            evidence = "money" if money else "count"
            found.append(Claim(kind, lexicon, begin, finish, evidence, "asserted"))
            taken.append((begin, finish))
        return found

    def _counts_now(self, plan: _SentencePlan, claims: list[Claim]) -> list[Claim]:
        """A big bare count that a sentence of its own gives as now ("Today:
        27,900.", "As of this morning: 148,000."), right after a sentence that
        counts an attention metric ("When I joined Hollis & Pine the brand had
        2,100 followers."): the same metric now, where the story got to (round48).
        Read from word order; the count ends its sentence, no noun after it.
        Only when no attention claim of the writer's is told already: a bare
        count is no labelled mention, so it is read only where it decides."""
        if any(c.kind == "metric" and c.mood == "asserted" for c in claims):
            return []
        doc = plan.doc
        metrics = [
            doc[start].idx
            for start, _, key in plan.found
            if key in self._terms and self._terms[key][:2] == ("metric", "attention")
        ]
        if not metrics:
            return []
        near_a_metric = _sentences_near(doc, plan.paragraphs, metrics)
        taken = [c.span for c in claims]
        found: list[Claim] = []
        for sentence in doc.sents:
            count = _a_count_given_as_now(sentence)
            if count is None:
                continue
            begin, finish = sentence[0].idx, count[1]
            if not near_a_metric(begin) or _overlaps_any(begin, finish, taken):
                continue
            found.append(Claim("metric", "attention", count[0], finish, "count", "asserted"))
        return found

    def _counts_paced(self, plan: _SentencePlan, claims: list[Claim]) -> list[Claim]:
        """A big bare count told in three fragments, a piece, a short time and
        the count ("One reel. Two days. 3.4 million people."; round49): the
        piece's attention, told by its speed, as "2.3M in 14 hours" is. The
        fragments are sentences of their own, so this reads the whole draft,
        by word order."""
        doc = plan.doc
        units, pieces = self._grammar["speed_units"], self._grammar["content_nouns"]
        taken = [c.span for c in claims]
        found: list[Claim] = []
        for token in doc:
            if token.lower_ not in units:
                continue
            counted = _count_after_a_piece_and_a_time(doc, token.i, units, pieces)
            if counted is None:
                continue
            first, last = doc[counted[0]], doc[counted[1] - 1]
            begin, finish = first.idx, last.idx + len(last)
            if not _overlaps_any(begin, finish, taken):
                found.append(Claim("metric", "attention", begin, finish, "milestone", "asserted"))
        return found

    def _told_of_another(
        self, sentences: list[Span], read: list[list[Claim]], at: int, claims: list[Claim]
    ) -> list[Claim]:
        """The claims of sentence ``at``, as background when the sentence after
        it shows them another company's, with no cue in their own: "Globex
        earned $12M last year. We grew our followers 40%." (their outcome set
        beside our result ties nothing), "Initech grew its Instagram to 2M
        followers. Here is what their team did." (their audience, in a story
        about them). Only a name that opens the sentence as its subject, and the
        next sentence in the same paragraph; read from word order."""
        asserted = [c for c in claims if c.mood == "asserted"]
        if not asserted:
            return claims
        sentence = sentences[at]
        causing = self._grammar["crediting_verbs"] | self._grammar["enabling_verbs"]
        verb = _a_name_opening(sentence, causing)
        if verb is None or "\n" in sentence.text:
            return claims
        opening_end = sentence.doc[verb.i].idx  # a claim on the name itself is no one else's
        theirs = self._grammar["their_side_nouns"]
        if _their_side(sentence.doc[verb.i : sentence.end], theirs):
            # "Morrell's TikTok gained 3M followers, and their head of social
            # says sales haven't moved": told of them in the same sentence (round49)
            return [_as_background(c, "metric", opening_end) for c in claims]
        following = _next_sentence(sentence)
        if following is None:
            return claims
        name = _opening(sentence).lower_
        if any(c.kind == "outcome" for c in asserted) and _opens_as_the_writer(following, name):
            after = read[at + 1] if at + 1 < len(read) and sentences[at + 1] == following else []
            if any(c.kind == "metric" and c.mood == "asserted" for c in after):
                return [_as_background(c, "outcome", opening_end) for c in claims]
        if _their_side(following, theirs):
            return [_as_background(c, "metric", opening_end) for c in claims]
        return claims

    def _held_by_someone_met(self, sentence: Span, claims: list[Claim]) -> list[Claim]:
        """The claims of a sentence that opens with "She had" or "He had", as
        background when the sentence before tells of a person the writer met,
        interviewed or hired ("Met Dara Kessel at a conference in 2017. She
        had maybe 300 followers then."): her count then is her story's, not
        the writer's (round47; in one sentence, ownership.py
        ``_someone_the_writer_met`` reads the parse)."""
        if not any(c.kind == "metric" and c.mood == "asserted" for c in claims):
            return claims
        if len(sentence) < 3 or sentence[0].lower_ not in ("she", "he"):
            return claims
        if sentence[1].lemma_ != "have" or sentence[1].tag_ != "VBD":
            return claims
        before = _previous_sentence(sentence)
        if before is None or not _a_person_met(before, self._grammar["meeting_verbs"]):
            return claims
        return [_as_background(c, "metric", sentence.start_char) for c in claims]

    def _going_on_about_another(
        self, sentences: list[Span], read: list[list[Claim]], at: int, claims: list[Claim]
    ) -> list[Claim]:
        """The claims of sentence ``at``, as background when it only goes on
        about the sentence before and that sentence told of someone else's
        piece: a bare count after another's clip gone viral ("A farmer in Cork
        went viral for a clip of his dog. 11 million views."), or "it" after a
        piece brought in with "a" ("a photo circulating online … is from 2019.
        It has been shared widely"). Only after a sentence that opens with
        "a", with no word of the writer's in the claims' clause, on the same
        line (round38)."""
        if not any(c.kind == "metric" and c.mood == "asserted" for c in claims):
            return claims
        sentence = sentences[at]
        before = _previous_sentence(sentence)
        if before is None or "\n" in sentence.doc[before.start : sentence.end].text:
            return claims
        if any(t.lower_ in _MINE for t in _up_to_a_semicolon_after(sentence, claims)):
            return claims  # "It's now the most-read thing I've ever published": the writer's
        it = _the_piece_again(sentence, self._grammar["content_nouns"])
        if not (it or _a_bare_count_line(sentence)):
            return claims
        prior = read[at - 1] if at > 0 and sentences[at - 1] == before else []
        metrics = [c.mood for c in prior if c.kind == "metric"]
        theirs = "background" in metrics and "asserted" not in metrics
        if _opening(before).lower_ not in ("a", "an"):
            # "That video of the senator stumbling went viral. 14 million views."
            # (round39): pointed at, read as another's, with no word of the
            # writer's; not "that video of my grandma went viral": hers?
            pointed = _opening(before).lower_ == "that" and theirs
            if not pointed or any(t.lower_ in _MINE for t in before):
                return claims
        if theirs or (it and _a_piece_brought_in(before, self._grammar["content_nouns"])):
            return [_as_background(c, "metric", sentence.start_char) for c in claims]
        return claims

    def _needs_parse(
        self,
        sentence: Doc,
        terms: list[tuple[int, int, str]],
        base: int,
        paragraphs: _ParagraphWords,
        origin: int,
    ) -> bool:
        """Does reading these terms' claims need the sentence's parse? Not when
        word order decides each: an outcome term named outright or with its
        amount before it ("revenue", "300 new customers"), a metric noun with
        its count before it ("12k new followers"), a term that is a claim on
        its own ("went viral"), a term out of its sense; and, for a claim with
        a mood, when no word of the sentence could make it anything but
        asserted (see ``_mood``: "not", "if", "could", "with", "your", "want",
        "to" before a verb…)."""
        if self.parser is None:
            return False
        with_mood = standalone = False
        outcomes: list[tuple[int, int]] = []
        for start, end, key in terms:
            if self._unpriced(sentence, key):
                continue  # "Client said…": a piece of work with no price names no outcome
            near = paragraphs.words_at(sentence[start - base].idx + origin)
            decided = self._decided_unparsed(sentence, start - base, end - base, key, near)
            if decided is None:
                return True
            with_mood = with_mood or decided
            standalone = standalone or (decided and self._terms[key][2].needs == "nothing")
            # An outcome named outright has moods the parse may change: "topic"…
            if not decided and self._is_outcome_key(key):
                outcomes.append((start - base, end - base))
        topical = bool(outcomes)
        if (with_mood or topical) and self._may_be_topic(sentence):
            return True
        if topical and any(self._names_another(token) for token in sentence):
            return True  # whose outcome: "competitor X grew revenue 20%" (``_outcome_mood``)
        if topical and self._both_kinds(terms) and _names_beside_us(sentence):
            return True  # "Globex earned $12M while we hit 500k followers" (``_others_outcome``)
        counted = any(self._is_outcome_key(key) for _, _, key in terms)
        if counted and _says_for_them(sentence):
            # "Initech's app drove record sales for them", "a competitor says
            # theirs drove $3M in pipeline for them" (``_others_outcome``)
            return True
        if topical and self._may_be_no_result(sentence, outcomes):
            return True  # "sales will follow", "revenue is what matters" (``_outcome_mood``)
        if standalone and any(_subject_cue(token) for token in sentence):
            return True  # whose post went viral (``_standalone_mood``)
        return with_mood and any(self._mood_cue(token) for token in sentence)

    def _both_kinds(self, terms: list[tuple[int, int, str]]) -> bool:
        """Do these terms hold an outcome and a metric, which another party's
        outcome may be set beside?"""
        kinds = {self._terms[key][0] for _, _, key in terms if key in self._terms}
        return len(kinds) == 2

    def _may_be_no_result(self, sentence: Doc, outcomes: list[tuple[int, int]]) -> bool:
        """Could an outcome named outright here be no result (see
        ``_outcome_mood``)? Read from word order, so that only such sentences
        are parsed: "matters"/"counts" anywhere; a future, pending or starting
        verb soon after the outcome ("sales, we hope, will follow"); a word of
        intent before it ("we want to grow revenue")."""
        intent = self._grammar["intent_words"]
        first = min(start for start, _ in outcomes)
        if len(sentence) and sentence[-1].text == "?":
            return True  # "What is the ROI of a follower?" (``_asked_about``)
        for token in sentence:
            lemma, lower = token.lemma_, token.lower_
            if lemma in self._grammar["valuing_verbs"] and token.tag_ in ("VBZ", "VBP"):
                return True
            if lower in _DENIED_OR_DOUBTED:
                return True  # "it didn't move sales", "asked if…", "revenue is $0", "next month"
            beside = first - 3 <= token.i < first or any(
                end <= token.i < end + 2 for _, end in outcomes
            )
            if lemma in self._grammar["asking_verbs"] or (lower in ("is", "are") and beside):
                # "people ask what the ROI is", "engagement is the new revenue";
                # after it: "sales are sales", "donations are welcome" (``_a_truism``)
                return True
            if lemma in self._grammar["regard_words"]:
                return True  # "everyone's obsessed with conversion rates" (``_a_truism``)
            if lemma in self._grammar["capacity_nouns"] and _next_word_is(token, "for"):
                return True  # "room for two new clients in Q3" (``_room_for``)
            told = token.i == first + 1 and lower in self._grammar["telling_words"]
            if told or (lower in self._grammar["departments"] and first - 4 <= token.i < first):
                return True  # "Sales told me…", "product, brand and sales" (``_a_team_named``)
            if (
                token.i == first - 1
                and lower == "in"
                and _reckoned_before(token, self._grammar["reckoning_verbs"])
            ):
                return True  # "measure growth in revenue" (``_a_unit_measured_in``)
            if token.i < first:
                # a goal before the outcome: "Acme hopes to sign…"
                if _of_intent(token, intent) and token.pos_ in ("VERB", "AUX", "NOUN"):
                    return True
                if lemma in self._grammar["supposing_verbs"]:
                    return True
                if lower == "so":
                    return True  # "…so we can start getting leads" (``_for_a_purpose``)
                continue
            soon_after = any(end <= token.i < end + _AFTER_OUTCOME for _, end in outcomes)
            coming = lemma in self._grammar["coming_verbs"] and token.tag_ in ("VBZ", "VBP", "VB")
            put_off = lemma in self._grammar["deferring_verbs"]  # "revenue can wait" (``_put_off``)
            if soon_after and (lower in _FUTURE or lower in _PENDING or coming or put_off):
                return True
        return False

    def _may_be_topic(self, sentence: Doc) -> bool:
        """Could a term of this sentence be what a talk is about (see
        ``_topic``)? Only after a word of talk and then one of its prepositions
        ("a webinar on…"), or a verb of discussing."""
        words = self._grammar["topic_words"]
        talk = False
        for token in sentence:
            if token.lemma_ in self._grammar["discussing_verbs"]:
                return True
            if talk and token.lower_ in _TOPIC_PREPOSITIONS:
                return True
            talk = talk or token.lower_ in words or token.lemma_ in words
        return False

    def _unpriced(self, sentence: Doc, key: str) -> bool:
        """Is this an outcome term that only a price makes a claim (``needs:
        money``: "a $14k project") in a sentence with no money at all?"""
        if key not in self._terms or self._terms[key][2].needs != "money":
            return False
        return not any(t.text in _CURRENCY or is_money(t) for t in sentence)

    def _counting_money(self, near: frozenset[str]) -> bool:
        """Does the paragraph count money, sales or a race, so that a bare count
        in it is theirs ("Raised so far: 250k and counting"), as for a cheered
        count?"""
        return bool(near & self._grammar["cheered_count_contexts"])

    def _decided_unparsed(
        self, sentence: Doc, start: int, end: int, key: str, near: frozenset[str]
    ) -> bool | None:
        """Is this term's claim (or its lack of one) the same without a parse?
        None if not; else whether the claim has a mood (which the parse may
        still change)."""
        if key == "best_period":  # word order decides whether there is one
            return None if self._best_period_on_channel(sentence, start) is not None else False
        if key == "best_piece":
            ranking = self._grammar["best_piece_words"]
            return None if _best_piece(sentence, start, ranking) is not None else False
        if key == "cheered":
            return None if self._cheered_count(sentence, start, near) is not None else False
        if key == "of_you":  # word order decides whether there is one; the parse, its mood
            return None if self._crowd_of_you(sentence, start) is not None else False
        if key == "digits":  # "Seven digits." as a sentence of its own
            return None if _digits_alone(sentence, start, self._holders) is not None else False
        if key == "counting":  # "250k and counting": word order decides
            going = self._grammar["still_going_words"]
            counted = _and_counting(sentence, start, going) is not None
            return None if counted and not self._counting_money(near) else False
        if key == "top_share":  # "Top 1% of creators": word order decides
            ranked = _top_share_of_creators(sentence, start, *self._ranked_creators)
            return None if ranked is not None else False
        if key == "speed":  # "2.3M in 14 hours": word order decides
            units = self._grammar["speed_units"]
            timed = _count_in_a_time(sentence, start, units) is not None
            return None if timed and not self._counting_money(near) else False
        if key == "shortened":  # "went from 9 hours to under 1": the parse says what did
            return None
        if key == "arrowed":  # "0 → 100k in 9 weeks": word order decides
            return None if _grown_by_an_arrow(sentence, start) is not None else False
        if key == "level":  # "the video is on 300k": word order first, so "is at" costs no parse
            reached = self._content_reached(sentence, start) or self._count_by_a_piece(
                sentence, start
            )
            return None if reached is not None else False
        if key == "platform" and self.an_own_channels_name(sentence[start]):
            # "new record for the channel": only "on the channel" after a count (round42)
            return None if self._counted_on_platform(sentence, start) is not None else False
        if key not in self._terms:
            return None  # milestones and superlatives read the parse
        kind, _, term = self._terms[key]
        head = sentence[end - 1]
        if head.tag_ == "VBG":
            return None  # "the trending hashtags": the parse says whose
        if not self._in_sense(sentence, start, end, term, key, near):
            if _doer_earlier(sentence, start, term.after):
                return None  # "That carousel I posted on Tuesday blew up": the parse finds it
            return False  # no claim either way
        if head.lemma_ in self._grammar["takings_verbs"]:  # "the shop took $2,300"
            money = any(is_money(t) for t in sentence[end : end + 4])
            return None if money else False  # not "it took 3 weeks", "did 50 push-ups"
        if head.pos_ == "VERB" and "VERB" in term.pos:
            if self._joins_nothing(sentence, end, kind):
                return False  # "join us on Thursday", "terms apply": nothing a customer joins
            if head.lemma_ == "fill" and not any(
                t.lemma_ in self._grammar["filled_nouns"] for t in sentence[end:]
            ):
                return False  # "fill out the form": nothing a business sells or hires for
            counted_before = head.lemma_ == "use" and any(
                is_count(t) for t in sentence[max(0, start - 4) : start]
            )  # "90,000 videos now use our sound" (``_pieces_counted``)
            if (
                term.needs == "count"
                and not counted_before
                and not _counted_after(sentence[end : end + 10])
            ):
                return False  # "save the date": no times, no people it was saved by
            return None  # verbs find what they take in the parse
        if term.needs == "nothing":
            return True
        if term.needs == "change":
            return None  # only the parse finds the verb
        if term.needs == "milestone":  # an ordinal before it or no claim, read from words
            milestone = self._count_before(sentence, start, end, term.big)
            return milestone is not None and _big_milestone(sentence, milestone)
        if kind == "outcome":
            if _is_people(head, self._grammar["people"]):
                return None  # "6,249 users reading the post" are attention
            if term.needs == "money":
                return None  # a price the parse finds ("a client worth €2,400 a month")
            if term.needs != "evidence" or self._amount_before(sentence, start) is not None:
                return False
            if _labelled_count(sentence, end, start) is not None:
                return False
            return None
        before = self._count_before(sentence, start, end, term.big)
        if before is not None and _a_worth(sentence, start):
            return None  # "a save is worth ten likes": the parse says whether it is a rule of thumb
        return True if before is not None and before[0] in ("count", "milestone") else None

    def _may_claim(
        self, sentence: Span, terms: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The terms that could be claims here. An attention noun needs a count
        or a cue word ("grew", "most", "thousands of") within ``REACH`` tokens,
        an attention verb a count or its own cues ("the most shared", "people
        kept watching"), a milestone verb a count; an outcome term and a term
        that is a claim on its own ("went viral") need nothing. The prefilter
        looks for the same (``anchors``), so it knows where claims can be."""
        kept = []
        cues: list[tuple[int, frozenset[str]]] | None = None
        for start, end, key in terms:
            needed = self._needed_cues(key)
            if needed is None:
                if not self._takings_without_money(sentence.doc, end):
                    kept.append((start, end, key))
                continue
            if cues is None:
                cues = self._cues(sentence)
            at = end - 1  # the prefilter anchors a phrase by its last word
            if any(
                abs(index - at) <= REACH and (word is _COUNT_CUE or word & needed)
                for index, word in cues
            ):
                kept.append((start, end, key))
            elif self._cell_over_figures(sentence, sentence.doc, start, end, 0):
                # A Markdown table's header cell is a sentence of its own; its
                # counts are in the rows under it.
                kept.append((start, end, key))
        return kept

    def _subscribers_as_audience(self, head: Token, near: frozenset[str]) -> bool:
        """Are bare "subscribers" (no channel word near, so read as customers)
        an audience's milestone: reached by the writer ("we hit 500K
        subscribers"), celebrated ("to celebrate 50,000 subscribers") or joined
        ("Join the 250,000 subscribers who…"), with no word of a paid product
        in the paragraph? "Game Pass subscribers grew to 34 million" and "over
        10 million subscribers strong" stay customers."""
        if head.lower_ not in ("subscribers", "subscriber"):
            return False
        if head.i > 0 and head.doc[head.i - 1].lower_ in self._grammar["paid_product_words"]:
            return False  # "3,000 paying subscribers on Pro": customers, said so
        if (
            near & self._grammar["paid_product_words"]
            and not near & self._grammar["unpaid_markers"]
        ):
            return False
        # A fragment of its own, or one the parse made the subject of the thanks after it.
        alone = head.dep_ == "ROOT" or (head.dep_ == "nsubj" and head.head.lemma_ == "thank")
        if alone and self._cheered_fragment(head, near):
            return True  # "We did it. 100K subscribers. 🎉", "Half a million subscribers 🎉 Thanks"
        verb = head.head if head.dep_ == "dobj" else None
        if verb is None:
            return False
        if verb.lemma_ == "join" or verb.lemma_ == "celebrate":
            return True
        if verb.lemma_ not in self._grammar["milestone_verbs"]:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            # A diary's dropped "I" (round43): "Crossed 5,000 subscribers this morning."
            past = verb.tag_ in ("VBD", "VBN")  # "Passed 4,000…" may be tagged a participle
            return verb.dep_ == "ROOT" and past and _opens_its_sentence(verb)
        return subject.lower_ in ("we", "i")

    def _cheered_fragment(self, head: Token, near: frozenset[str]) -> bool:
        """Is the phrase a sentence of its own, counted and cheered: "100K
        subscribers! 🎉", "We did it. 100K subscribers. 🎉🎉🎉"? The marks may
        follow its full stop, in a sentence the parsed copy does not hold: then
        the paragraph's words show them."""
        sentence = head.sent
        if not any(t.like_num or t.text[:1].isdigit() for t in sentence if t.i < head.i):
            return False
        marks = self._grammar["cheering_marks"]
        after = [t for t in sentence if t.i > head.i and not t.is_space]
        if any(t.text == "!" or t.text in marks for t in after):
            return True
        # or after "we did it" (round43): "WE DID IT. 500,000 SUBSCRIBERS."
        return all(t.is_punct for t in after) and bool(near & marks or near & _DONE_IT)

    def _takings_without_money(self, doc: Doc, end: int) -> bool:
        """Is this "took"/"did" without money after it ("it took 3 weeks"), so
        no outcome, which an outcome verb otherwise may be?"""
        verb = doc[end - 1]
        if verb.lemma_ not in self._grammar["takings_verbs"]:
            return False
        return not any(is_money(t) for t in doc[end : end + 4])

    def _needed_cues(self, key: str) -> frozenset[str] | None:
        """The cue words a term needs near it (besides a count); None: none."""
        if key in ("superlative", "widely", "best_period", "best_piece", "cheered", "shortened"):
            return None
        if key == "platform":
            # a count, or an account called bigger (round47): "our TikTok is
            # now bigger than the paper's"
            return self._grammar["size_comparatives"]
        if key in _CUED_BY_ITSELF:
            return frozenset()
        if key == "chart":
            return _RANK_CUES  # or a count: "top 10", "number one", "the top of the charts"
        kind, _, term = self._terms[key]
        if kind == "outcome" or term.needs == "nothing":
            return None
        return self._verb_cues if "VERB" in term.pos else self._noun_cues

    def _cues(self, sentence: Span) -> list[tuple[int, frozenset[str]]]:
        """The counts and cue words of a sentence: (token index, the cue words it
        is, as written and as its lemma, or ``_COUNT_CUE`` for a count)."""
        found = []
        cache = self._cue_cache
        for token in sentence:
            cue = cache.get(token.orth)
            if cue is None:
                make_room(cache)
                cue = cache[token.orth] = self._written_cue(token)
            if token.lemma_ in self._cue_words and cue is not _COUNT_CUE:
                cue = cue | {token.lemma_}
            if cue:
                found.append((token.i, cue))
        return found

    def _written_cue(self, token: Token) -> frozenset[str]:
        """What a word is as written (the same for every occurrence): a count
        (``_COUNT_CUE``), a cue word, or nothing (empty)."""
        if (
            # As written, not in context ("#14785" is no count, "14785" is):
            # the cache keeps this per word.
            _written_value(token.lower_, token.text) is not None
            or is_multiple(token)
            or token.lower_ in _ORDINAL_WORDS
            or _ORDINAL.match(token.text) is not None
        ):
            return _COUNT_CUE
        return frozenset({token.lower_}) & self._cue_words

    def _parse(self, docs: list[Doc]) -> None:
        """Parse these Docs in place, in batches."""
        if self.parser is None or not docs:
            return
        pipe = getattr(self.parser, "pipe", None)
        if pipe is None:
            for doc in docs:
                self.parser(doc)
            return
        for _ in pipe(docs, batch_size=64):  # spaCy annotates the Docs it is given
            pass

    def _occurrences(self, doc: Doc) -> list[tuple[int, int, str]]:
        strings = doc.vocab.strings
        matches = [(s, e, strings[k]) for k, s, e in self._words(doc)]
        matches += self._lemma_occurrences(doc)
        # Longest first at each start: "page views" before "views".
        matches.sort(key=lambda m: (m[0], -(m[1] - m[0]), m[2]))
        return matches

    def _lemma_occurrences(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Terms found by lemma (and part of speech), milestone verbs, and
        superlatives of attention verbs ("the most shared", "most-watched")."""
        from spacy.attrs import LEMMA, LOWER

        lemma_hashes, lower_hashes = self._lemma_hashes, self._lower_hashes
        found: list[tuple[int, int, str]] = []
        for index, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
            if lemma not in lemma_hashes and lower not in lower_hashes:
                continue
            token = doc[index]
            for key, pos in self._by_lemma.get(lemma, ()):
                if not pos or token.pos_ in pos:
                    found.append((index, index + 1, key))
            if lemma in self._milestone_lemmas:
                found.append((index, index + 1, "milestone"))
            if lower in self._platform_words:
                found.append((index, index + 1, "platform"))
            if lemma == self._thank:
                found.append((index, index + 1, "thanks"))
            if lower in self._chart_hashes:
                found.append((index, index + 1, "chart"))
            if lower in self._period_hashes and token.pos_ == "NOUN":
                found.append((index, index + 1, "best_period"))
            if lower in self._piece_hashes and token.pos_ == "NOUN" and index > 0:
                found.append((index, index + 1, "best_piece"))  # "our biggest tweet ever"
            if lower in self._cheer_hashes:
                found.append((index, index + 1, "cheered"))
            elif lower == self._full_stop_hash and index > 0 and is_count(doc[index - 1]):
                found.append((index, index + 1, "cheered"))  # "25k. thank you"
            if lower == self._strong_hash:
                found.append((index, index + 1, "strong"))
            if lower == self._digits_hash:
                found.append((index, index + 1, "digits"))
            if lower in self._counting_hashes and (
                _and_counting(doc, index, *self._still_going) is not None
            ):
                found.append((index, index + 1, "counting"))  # "250k and counting"
            if lower == self._share_hash and (
                _top_share_of_creators(doc, index, *self._ranked_creators) is not None
            ):
                found.append((index, index + 1, "top_share"))  # "Top 1% of creators"
            if lower in self._speed_hashes and (
                _count_in_a_time(doc, index, self._grammar["speed_units"]) is not None
            ):
                found.append((index, index + 1, "speed"))  # "2.3M in 14 hours"
            if lower in self._arrow_hashes and _grown_by_an_arrow(doc, index) is not None:
                found.append((index, index + 1, "arrowed"))  # "0 → 100k in 9 weeks"
            if lower in self._level_hashes and index > 0 and doc[index - 1].lemma_ == "be":
                found.append((index - 1, index, "level"))  # "is on 300k", "is at 2M"
            elif (
                lower in self._into_hashes
                and index > 0
                and doc[index - 1].lemma_ == "be"
                and _into_the_digits(doc, index) is not None
            ):
                found.append((index - 1, index, "level"))  # "is in the seven digits"
            elif (
                lower in self._level_hashes
                and index > 0
                and (is_count(doc[index - 1]) or doc[index - 1].lower_ == "digits")
            ):
                found.append((index, index + 1, "level"))  # "400k on the dumpling reel"
            elif lower in self._over_hashes and index + 1 < len(doc) and is_count(doc[index + 1]):
                found.append((index, index + 1, "level"))  # "three posts in a row over 100k"
            if lower in self._you_hashes and _count_of_you_by_order(token) is not None:
                found.append((index, index + 1, "of_you"))
            if lower == self._from_hash and _from_one_amount_to_another(doc, index) is not None:
                found.append((index, index + 1, "grown"))
            elif lower == self._from_hash and shorter_stretch_end(doc, index) is not None:
                found.append((index, index + 1, "shortened"))  # "from 9 hours to under 1"
            if lower == self._instead_hash and shorter_instead_span(doc, index) is not None:
                found.append((index, index + 1, "shortened"))  # "in 3 hours instead of 19"
            if lemma in self._superlatives or lower in self._superlatives:
                before = index - 1
                # "most-watched", and "most⏎shared" in a hard-wrapped line
                while before > 0 and (doc[before].text == "-" or doc[before].is_space):
                    before -= 1
                # "most-seen" ranks only hyphened, and "widely seen as" regards
                only_hyphened = lemma in self._hyphened_ranked
                hyphened = not only_hyphened or doc[index - 1].text == "-"
                if before >= 0 and doc[before].lower_ == "most" and hyphened:
                    if self._ranked_phrase_follows(doc, index, lemma):
                        found.append((before, index + 1, "superlative"))
                elif before >= 0 and doc[before].lower_ in _WIDELY and not only_hyphened:
                    found.append((before, index + 1, "widely"))
        return found

    def _ranked_phrase_follows(self, doc: Doc, index: int, lemma: int) -> bool:
        """Are the words a verb ranked by "most" needs after it there ("most
        talked-about": "about"; not "the most talked" alone)?"""
        at = index + 1
        for word in self._ranked_phrases.get(lemma, ()):
            while at < len(doc) and doc[at].text == "-":
                at += 1
            if at >= len(doc) or doc[at].lower_ != word:
                return False
            at += 1
        return True

    def _wished_by_others(self, term: Token) -> bool:
        """Is the term's clause what someone else asked for ("POV: a client
        asks for 'a cake that'll go viral'")? Read only where a meme's opening
        would make a background claim the writer's."""
        if self.parser is None:
            return False
        grammar = self._grammar
        verb = _verb_of_phrase(term)
        return _requested_by_others(verb, grammar["requesting_verbs"], grammar["discourse_markers"])

    def _sentence_claims(
        self,
        sentence: Span,
        doc: Doc,
        found: list[tuple[int, int, str]],
        paragraphs: _ParagraphWords,
    ) -> list[Claim]:
        """The claims of one sentence, ``doc`` its parsed copy."""
        base = sentence.start
        origin = sentence.start_char  # of the copy, in the Doc
        taken: set[int] = set()
        made: dict[int, tuple[str, str, str, str]] = {}  # term head -> its claim
        waiting: list[tuple[int, int, str]] = []  # attention terms with no evidence yet
        claims: list[Claim] = []
        pov = _point_of_view(doc, self._meme_openings)

        def add(claim: tuple[str, str, str, tuple[int, int], str], start: int, end: int) -> None:
            kind, lexicon, evidence, (first, last), mood = claim
            # "POV: your cat video has 3.4M views…", "that moment when a clip
            # gets…": the writer's, the meme's "when" no condition; not another's
            # wish ("POV: a client asks for 'a cake that'll go viral'")
            meme = pov and kind == "metric" and mood in ("advice", "background", "conditional")
            if meme and not (mood == "background" and self._wished_by_others(doc[end - 1])):
                mood = "asserted"
            if last <= first:  # evidence read backwards: the claim is at least its term
                first, last = min(first, start), max(last, end)
            while last - 1 > first and doc[last - 1].is_space:
                last -= 1  # a subtree may end on the line break the parse hung on it
            taken.update(range(start, end))
            made[end - 1] = (kind, lexicon, evidence, mood)
            begin = doc[first].idx + origin
            finish = doc[last - 1].idx + len(doc[last - 1]) + origin
            claims.append(Claim(kind, lexicon, begin, finish, evidence, mood))

        channels: list[tuple[Claim, int]] = []  # channel growth claims, with their term's end
        for start, end, key in found:
            start, end = start - base, end - base
            if any(i in taken for i in range(start, end)):
                continue
            # The term's own paragraph: a sentence the model did not end at a
            # blank line ("Sunday stats⏎⏎31,400 subscribers⏎57% open rate…").
            near = paragraphs.words_at(doc[start].idx + origin)
            claim = self._claim(doc, start, end, key, near)
            read_already = (
                key == "strong"
                and claim is not None
                and _inside_a_claim(doc[claim[3][0]].idx + origin, claims)
            )
            if read_already:
                continue  # "our community is 80,000 strong": the community's noun read it
            if claim is not None:
                add(self._in_whose_voice(claim, doc[end - 1], near), start, end)
                if key in self._terms and self._terms[key][2].needs == "change":
                    channels.append((claims[-1], doc[end - 1].idx + origin))
            elif self._is_metric_term(key) and (
                self._in_sense(doc, start, end, self._terms[key][2], key, near)
                or self._header_in_sense(sentence, doc, (start, end), key, near)
            ):
                waiting.append((start, end, key))
        # A list shares its evidence: "2M views, likes and shares". Not with a
        # channel, an audience only when it changes: "40,000 followers and a new
        # podcast" counts no podcast.
        for start, end, key in waiting:
            if self._terms[key][2].needs == "change":
                continue
            if (
                self.parser is not None
                and _drives_an_outcome(doc[end - 1], made, self._grammar["driving_metric_verbs"])
                and not _driven_away(doc[end - 1].head, self._grammar["repelling_particles"])
            ):
                # "engagement drove 27% of revenue": the metric is claimed, and
                # tied to the outcome in its own clause. Not "slow replies drive
                # away new members": people driven away are lost.
                mood = self._mood(doc, end - 1)
                add(("metric", self._terms[key][1], "driver", (start, end), mood), start, end)
                continue
            listed = self._listed_with(doc[end - 1], made)
            if listed is not None and not any(i in taken for i in range(start, end)):
                kind, _, _, mood = listed
                add((kind, self._terms[key][1], "count", (start, end), mood), start, end)
            elif listed is None and (cell := self._header_cell(sentence, doc, start, end, origin)):
                # "| Week | Clicks |" over a column of numbers: the column counts it
                mine = not self._anothers_table(sentence, doc, start, origin)
                mood = "asserted" if mine else "background"
                add(("metric", self._terms[key][1], "count", cell, mood), start, end)
        for channel, at in channels:
            if _grown_to_a_count(channel, at, claims):
                claims.remove(channel)
        return sorted(claims, key=lambda c: (c.start, c.end))

    def _header_in_sense(
        self, sentence: Span, copy: Doc, span: tuple[int, int], key: str, near: frozenset[str]
    ) -> bool:
        """Is a noun term the tagger made a name ("Clicks" capitalised alone in
        a table's header row) in its sense as the noun, being a header cell
        over a column of figures (``_cell_over_figures``)? The term's other
        conditions (words near it) still hold."""
        start, end = span
        term = self._terms[key][2]
        if copy[end - 1].pos_ != "PROPN" or "NOUN" not in term.pos:
            return False
        if not self._cell_over_figures(sentence, copy, start, end, sentence.start_char):
            return False
        as_name = replace(term, pos=(*term.pos, "PROPN"))
        return self._in_sense(copy, start, end, as_name, key, near)

    def _anothers_table(self, sentence: Span, copy: Doc, start: int, origin: int) -> bool:
        """Does the line leading in to the table of a header cell name whose
        the figures are, someone not the writer ("A rival's launch, week by
        week:", "My friend's channel by month:")? Then they are background, as
        "our competitor's 40k followers" is in a sentence."""
        lead_in = _table_lead_in(sentence.doc, copy[start].idx + origin)
        if lead_in is None:
            return False
        others = self._grammar["rivals"] | self._grammar["acquaintances"]
        return any(
            token.lemma_.lower() in others and token.nbor().tag_ == "POS"
            for token in lead_in
            if token.i + 1 < len(token.doc)
        )

    def _cell_over_figures(
        self, sentence: Span, copy: Doc, start: int, end: int, origin: int
    ) -> bool:
        """Is the term from ``start`` to ``end`` of the sentence's copy a table
        cell over (or before) figures (``_header_cell``)?"""
        return self._header_cell(sentence, copy, start, end, origin) is not None

    def _header_cell(
        self, sentence: Span, copy: Doc, start: int, end: int, origin: int
    ) -> tuple[int, int] | None:
        """The tokens of the table cell over (or before) figures that the term
        from ``start`` to ``end`` of the sentence's copy names
        (``layout._figure_cell``), alone or with words of change ("Clicks",
        "Followers gained", "Follower growth"); None for any other cell
        ("Views supported", "Follower count goal"). The table's rows are
        other sentences, read in the Doc's text."""
        first = copy[start].idx + origin
        last = copy[end - 1].idx + len(copy[end - 1]) + origin
        found = _figure_cell(doc_text(sentence.doc), first, last)
        if found is None:
            return None
        cell = copy.char_span(found[0] - origin, found[1] - origin, alignment_mode="expand")
        if cell is None or cell.start > start or cell.end < end:
            return None
        change = (
            self._grammar["gain_verbs"]
            | self._grammar["change_nouns"]
            | self._grammar["tally_words"]  # "New followers", "Total views"
        )
        rest = [*copy[cell.start : start], *copy[end : cell.end]]
        if any(token.lemma_.lower() not in change for token in rest):
            return None
        return cell.start, cell.end

    @staticmethod
    def _listed_with(
        head: Token, made: Mapping[int, tuple[str, str, str, str]]
    ) -> tuple[str, str, str, str] | None:
        """The claim of a metric term this one is listed with (conjunction), or
        given as an example of ("2,000 interactions such as likes and shares",
        "4,000 reactions, including comments")."""
        # A clause joined with a subject of its own is no item of a list: "…played
        # 63 times and i would like to thank them".
        related = [head.head] if head.dep_ == "conj" and not _subjects(head) else []
        related += [c for c in head.children if c.dep_ == "conj" and not _subjects(c)]
        preposition = head.head
        if head.dep_ == "pobj" and preposition.lower_ in _EXAMPLES:
            related.append(preposition.head)
        for other in related:
            claim = made.get(other.i)
            if claim is not None and claim[0] == "metric":
                return claim
        return None

    def _claim(
        self, doc: Doc, start: int, end: int, key: str, near: frozenset[str]
    ) -> tuple[str, str, str, tuple[int, int], str] | None:
        if key == "milestone":
            found = self._bare_milestone(doc, start)
            if found is not None:
                # another's, congratulated: "Congrats to @danni.bakes on hitting 500k" (round42)
                mood = "background" if self.congratulated_on(doc[start]) else "asserted"
                return "metric", "attention", *found, mood
        if key in ("milestone", "level"):
            # "the video did 2M" (a milestone verb), "the haircut video is on
            # 300k" (a piece of content's level)
            found = self._content_reached(doc, start)
            if found is None and key == "level":
                found = self._count_by_a_piece(doc, start)
                if found is not None:
                    # A phrase with no verb of its own: the parse hangs it on the
                    # next clause ("400k on the reel and my phone won't stop"),
                    # whose tense says nothing of it; only a denial, a condition
                    # or another's voice does.
                    mood = self._mood(doc, found[1][1] - 1)
                    kept = mood in ("negated", "conditional", "speculative", "background")
                    return "metric", "attention", *found, mood if kept else "asserted"
            if found is None:
                return None
            general = None
            if key == "milestone" and self.parser is not None:
                # "a video can do 2 million and change nothing": any such video;
                # the count is what the verb governs, as a term's count is
                general = self._general_statement(doc[found[1][1] - 1])
            return "metric", "attention", *found, general or self._mood(doc, start)
        if key == "best_period":
            found = self._best_period_on_channel(doc, start)
            if found is None:
                return None
            return "metric", "attention", *found, self._mood(doc, start)
        if key == "best_piece":
            found = _best_piece(doc, start, self._grammar["best_piece_words"])
            if found is None:
                return None
            return "metric", "attention", *found, self._mood(doc, start)
        if key == "cheered":
            found = self._cheered_count(doc, start, near)
            return None if found is None else ("metric", "attention", *found, "asserted")
        if key == "shortened":
            sooner = self._task_done_sooner(doc, start)
            if sooner is None:
                return None
            return "outcome", "outcome", "change", sooner, self._outcome_mood(doc[start].head)
        if key == "grown":
            grown = self._grown_from_to(doc, start)
            if grown is None:
                return None
            return "metric", "attention", *grown, self._mood(doc, start)
        if key == "of_you":
            crowd = self._crowd_of_you(doc, start)
            if crowd is None:
                return None
            mood = self._mood(doc, _clause_verb(doc[start]).i)
            return "metric", "attention", "count", crowd, mood
        if key == "thanks":
            found = _thanked_for_count(doc, start, self._grammar["thanked_audiences"])
            return None if found is None else ("metric", "attention", *found, "asserted")
        if key == "chart":
            rank = self._chart_rank(doc, start)
            if rank is None:
                labelled = self._rank_after_its_chart(doc, end - 1)
                if labelled is None:
                    return None
                return "metric", "viral", "rank", labelled, self._ranked_mood(doc, labelled[1] - 1)
            span = (rank, _chart_name_end(doc, end))
            return "metric", "viral", "rank", span, self._ranked_mood(doc, rank)
        if key == "arrowed":
            arrowed = _grown_by_an_arrow(doc, start)
            if arrowed is None:
                return None
            return "metric", "attention", "change", arrowed, self._mood(doc, start)
        if key == "digits":
            first = _digits_alone(doc, start, self._holders)
            if first is None:
                return None
            return "metric", "attention", "milestone", (first, end), self._mood(doc, start)
        if key == "top_share":
            ranked = _top_share_of_creators(doc, start, *self._ranked_creators)
            if ranked is None:
                return None
            return "metric", "viral", "rank", ranked, self._ranked_mood(doc, ranked[1] - 1)
        if key == "speed":
            first = _count_in_a_time(doc, start, self._grammar["speed_units"])
            if first is None or self._counting_money(near):
                return None  # "Raised so far: 2M in 48 hours": a paragraph of money
            return "metric", "attention", "milestone", (first, end), self._mood(doc, first)
        if key == "counting":
            first = _and_counting(doc, start, *self._still_going)
            if first is None or self._counting_money(near):
                return None  # "Donations: 250k and counting": a paragraph of money
            return "metric", "attention", "milestone", (first, end), self._mood(doc, first)
        if key == "strong":
            found = self._counted_strong(doc, start)
            if found is None:
                return None
            return "metric", "attention", *found, self._mood(doc, start - 1)
        if key == "platform":
            found = self._counted_on_platform(doc, start)
            if found is not None:
                # The mood is the count's, before "on": "we hope to hit 10k on
                # TikTok"; before "on the" for the writer's channel.
                count = found[1][0] if self.an_own_channels_name(doc[start]) else start - 2
                return "metric", "attention", *found, self._mood(doc, count)
            if self.an_own_channels_name(doc[start]):
                return None  # "Channel: 4" labels no platform
            bigger = self._platform_bigger_than(doc, start)
            if bigger is not None:  # "our TikTok is now bigger than the paper's" (round47)
                return "metric", "attention", *bigger, self._mood(doc, start)
            found = self._labelled_by_platform(doc, start)
            if found is None:
                return None
            return "metric", "attention", *found, self._mood(doc, start + 2)
        if key == "superlative":
            if not self._superlative_in_sense(doc[end - 1], near) or _wanting(doc[end - 1]):
                return None
            code = self._grammar["commented_code"]
            if _ranks_items(doc[end - 1]) or _code_commented(doc[end - 1], code):
                return None
            if _most_as_majority(doc, start, end) or _graded_or_done(doc[end - 1]):
                return None  # "for most subscribers, nothing changes": a share of them
            if _people_at_their_most(doc, start, self._grammar["people"]):
                return None  # "ask when users are most engaged": a moment, no ranking
            if self.parser is not None and _of_the_readers(doc[end - 1]):
                return "metric", "attention", "superlative", (start, end), "advice"
            return "metric", "attention", "superlative", (start, end), self._mood(doc, end - 1)
        if key == "widely" and _code_commented(doc[end - 1], self._grammar["commented_code"]):
            return None  # "the code is heavily commented": notes in a source, no audience
        if key == "widely" and _code_shared(doc[end - 1], self._grammar["shared_code"]):
            return None  # "the business logic is heavily shared": reused code, no audience
        if key == "widely":  # "a widely shared post", "the video was widely viewed"
            mood = self._mood(doc, end - 1)
            people = self._grammar["third_parties"] | self._grammar["acquaintances"]
            if self.parser is not None and _anothers_writing(doc[end - 1], people):
                mood = "background"  # "her essay was widely read": cited, not the writer's
            return "metric", "attention", "amount", (start, end), mood
        kind, lexicon, term = self._terms[key]
        if not self._in_sense(doc, start, end, term, key, near):
            return None
        if kind == "metric" and _names_data(doc, end, self._grammar["data_items"]):
            return None  # "3 million follower records": rows of a table, no audience
        if kind == "metric" and self._names_a_threshold(doc, start, end):
            return kind, lexicon, "term", (start, end), "topic"  # "the 200 views jail"
        if kind == "metric" and _people_at_work(
            doc[end - 1], self._grammar["work_verbs"], self._grammar["work_nouns"]
        ):
            return None  # "members who fixed bugs": contributors credited, no audience
        if kind == "metric" and paying_people(
            doc[end - 1], self._grammar["quota_nouns"], self._grammar["donating_verbs"]
        ):
            return None  # "1,000 subscribers who pay": customers (the conventions), no audience
        if kind == "metric" and _doing_the_work(doc, end, self._grammar["work_verbs"]):
            return None  # "300 community members volunteered": contributors, no audience
        head = doc[end - 1]
        if head.tag_ == "VBG" and (head.dep_ == "amod" or _trend_with_object(head)):
            return None  # attributive: "the trending hashtags" are someone else's
        if head.tag_ == "VBG" and head.dep_ == "acl" and head.head.lemma_ in ("thing", "stuff"):
            # "the thing trending on here right now is…": what others post, talked of
            return kind, lexicon, "term", (start, end), "topic"
        if head.tag_ == "VBG" and _list_heading(head):
            # "Trending on TikTok today: a dog on a skateboard": others', talked of
            return kind, lexicon, "term", (start, end), "topic"
        if term.needs == "nothing":
            if _in_a_direction(doc, end):
                return None  # "costs are trending in the wrong direction": where, not what trended
            if self.parser is not None and _trending_in_a_field(
                head, self._grammar["counted_places"], self._trending_own
            ):
                return None  # "what's trending in home design": a fashion, not posts
            if _a_person_called(head):
                return None  # "our viral sensation Lily, who now runs the studio": who she is
            return kind, lexicon, "term", (start, end), self._standalone_mood(doc, end - 1)
        is_verb = (head.pos_ == "VERB" and "VERB" in term.pos) or (
            # A term declared only as a preposition is a verb the tagger mistakes
            # ("people now like our page"); read as one where the parse agrees.
            term.pos == ("ADP",) and self.parser is not None and _verb_tagged_preposition(head)
        )
        # A phrasal verb of the list, read by its verb ("show up for", round50)
        phrasal = (
            kind == "metric"
            and not term.pos
            and end - start in (2, 3)
            and doc[start + 1].tag_ == "RP"
            and doc[start].pos_ == "VERB"
        )
        is_verb = is_verb or phrasal
        if kind == "metric":
            evidence = (
                self._metric_verb(
                    doc,
                    start if phrasal else end - 1,
                    reach=lexicon == "reach",
                    counted_only=term.needs == "count",
                )
                if is_verb
                else self._metric_noun(doc, start, end, term)
            )
            if phrasal and evidence is not None and evidence[1][1] == start + 1:
                evidence = evidence[0], (evidence[1][0], end)  # the particle with its verb
        elif is_verb or head.lemma_ in self._grammar["takings_verbs"]:
            # "did" is tagged AUX; only its object of money decides: "our stall did £4.5k"
            evidence = self._outcome_verb(doc, end - 1)
        elif _people_at_work(head, self._grammar["work_verbs"], self._grammar["work_nouns"]):
            return None  # "7,000 commits from 239 users": contributors credited, not won
        else:
            evidence = self._outcome_noun(doc, start, end, term)
            if evidence is not None and evidence[0] in ("attention", "reach"):
                # "6,249 users reading the post", "reached 50,000 users": people
                # attending, not acquired.
                mood = self._mood(doc, end - 1)
                return "metric", evidence[0], "count", evidence[1], mood
            if evidence is not None and self._subscribers_as_audience(head, near):
                # "we hit 500K subscribers", "to celebrate 50,000 subscribers",
                # "Join the 250,000 subscribers who…": an audience's milestone
                first, last = evidence[1]  # "500" of "500K", split from its "K"
                span = (_count_start(doc, first), last)
                return "metric", "attention", "count", span, self._mood(doc, end - 1)
        if evidence is None:
            return None
        if kind == "metric":
            if self.parser is not None and (
                self._in_person(head)
                or self._handled_as_data(head)
                or self._at_code(head)
                or _done_by_a_fault(head, self._grammar["fault_nouns"])
            ):
                return None
            mood = self._mood(doc, end - 1)
            if mood == "topic" and is_verb and _reach_as_stat(doc, end - 1, parsed=True):
                mood = "asserted"  # "45% more reach": a noun, not a verb said in general
        else:
            mood = self._outcome_mood(head, named=evidence[0] == "term")
        return kind, lexicon, evidence[0], evidence[1], mood


def _reckoned_before(preposition: Token, reckoning: frozenset[str]) -> bool:
    """Is a verb of reckoning among the four words before "in" ("measure
    growth in revenue", "we count success in donors")?"""
    start = max(preposition.sent.start, preposition.i - 4)
    return any(t.lemma_ in reckoning for t in preposition.doc[start : preposition.i])
