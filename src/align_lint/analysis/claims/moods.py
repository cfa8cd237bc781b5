"""How a sentence holds a claim: asserted, a ``goal`` ("we want to hit 10k"),
``negated``, ``conditional``, ``speculative`` ("it could go viral"),
``background``, ``advice`` ("how to get more followers"), an ``offer`` ("the
first 100 fans who sign up") or a ``topic`` ("a webinar on follower growth").

``MoodReader._mood`` decides a metric claim's mood from the parse,
``_standalone_mood`` from word order where there is none; outcome claims have
their own, smaller reading (``_outcome_mood``).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from align_lint.analysis.claims.counts import (
    _CURRENCY,
    _MORE,
    _RATE_PERIODS,
    _TALLIES,
    _YEAR,
    _amount,
    _emoji,
    _is_scale,
    is_big,
    is_count,
    is_money,
    number,
)
from align_lint.analysis.claims.layout import (
    _TIME_NOUNS,
    _after_quote,
    _opening,
    _opens_sentence,
    _outcome_phrase,
    _stat_line_label,
)
from align_lint.analysis.claims.names import an_acronym, an_unknown_word, written_as_a_name
from align_lint.analysis.claims.ownership import (
    _CLAUSE_HEADS,
    _GENERIC_DETERMINERS,
    _MINE,
    _QUOTE_MARKS,
    _THEIR_OWN,
    _THIRD_PERSON,
    OwnershipReader,
    _a_because_clause,
    _a_falsehood,
    _a_guests_own_audience,
    _a_person_by_age,
    _aside_about_another,
    _at_a_ground,
    _brought_in_as_one_of_many,
    _clause_verb,
    _count_of_you,
    _crowd_at_ours,
    _for_us,
    _generic,
    _helps_to_ask,
    _introduced_indefinitely,
    _is_people,
    _made_by_someone,
    _maker_of_a_piece,
    _marked_to,
    _more_than_the_writer,
    _named_circumstance,
    _named_owner,
    _names_a_receiver,
    _own,
    _own_clause,
    _owner_before_a_title,
    _quotation_in_sentence,
    _quoted_title_opening,
    _said_as_typical,
    _says_us,
    _subject_of,
    _what_it_is_of,
)
from align_lint.analysis.claims.vocabulary import (
    _ASPECT,
    _CONDITIONS,
    _SPECULATIVE,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# What the parser makes of a gift after the people given it (``_given_something``).
_SECOND_OBJECTS = frozenset({"npadvmod", "dobj", "appos"})
# Modals that open a question asking for something: "Can we get 1,000 retweets?"
_ASKING_MODALS = frozenset({"can", "could"})
# Words a count may be separated from its noun by: "12k new followers".
_NOUN_PHRASE_WORDS = frozenset(
    {"new", "more", "additional", "extra", "unique", "monthly", "daily", "weekly", "total",
     "organic", "average", "active", "earned", "owned", "paid", "combined", "cumulative",
     "potential", "estimated"}
)  # fmt: skip
_APPROXIMATELY = frozenset(
    {"over", "nearly", "almost", "about", "around", "some", "roughly", "than", "more", "least",
     "at", "close", "to", "just", "under", "~", "up", "well", "an", "estimated"}
)  # fmt: skip
# Particles of trying a thing out: "play around", "click about".
_AIMLESS = frozenset({"around", "about"})
# What opens a clause of time: "once your channel grows…", "when you have…".
_WHEN = frozenset({"when", "whenever", "once", "as", "after", "before", "until", "till"})
# Modals of ability: "social media can bring in traffic" says what a channel may do.
_ABLE = frozenset({"can", "could", "may", "might"})
_OFFER = frozenset({"first", "next"})
# What a talk or a guide is about: "talked about revenue", "a guide to cutting costs".
_TOPIC_PREPOSITIONS = frozenset(
    {"about", "on", "to", "around", "regarding", "concerning", "through"}
)  # "walk you through revenue"
# Dependents that keep a term inside the phrase a talk is about: "lead generation",
# "pricing and revenue".
_IN_PHRASE = frozenset({"compound", "amod", "conj", "nmod"})
# A whole set, in a brag most often the writer's own: "every reel gets 50k views".
_EVERY = frozenset({"every", "each"})
# Whose post it was is the subject of "had": "we had a post go viral".
_HAD = frozenset({"have", "get", "see"})
# "good at driving traffic", "effective in attracting visitors", "in terms of…".
_ABILITY_PREPOSITIONS = frozenset({"at", "in", "of", "for"})
_FUTURE = frozenset({"will", "'ll", "shall", "wo", "would", "could", "might", "may"})
_PENDING = frozenset({"still", "yet", "soon"})
# How many clauses up a verb of intent may govern an outcome ("need to figure out
# how to make money").
_INTENT_REACH = 3
# The other side of "is" that may say what matters.
_VALUED_SIDES = frozenset({"ccomp", "csubj", "attr", "nsubj", "acomp"})
_QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "which", "where"})
# The prepositions that bring in someone else's name as a piece's maker or
# guest: "a talk by Jess Ortega (1M subscribers)", "a chat with Priya (400k)".
_INTRODUCING_SOMEONE = frozenset({"by", "with", "featuring", "feat", "ft"})
# The verbs that cause a piece to do something: "what makes a reel go viral".
_CAUSING = frozenset({"make", "help", "get", "let"})
# Being ready for a thing, as expecting it is: "not something I was prepared for".
_READY_FOR = frozenset({"prepare", "prepared", "ready", "plan"})
# Words that point back at a count told before "is how many": "that's how many…".
_POINTING_BACK = frozenset({"that", "this", "it"})
# Whatever text holds a quotation (round42): "anything that says 'viral'",
# "every draft that says 'record engagement'".
_ANY_TEXT = frozenset({"anything", "everything", "whatever"})
_ANY_DETERMINERS = frozenset({"any", "every", "each", "no"})
# What peers are asked to explain: "anyone know why…", "…know if…".
_EXPLAINED = frozenset({"why", "how", "if", "whether", "what"})
# Marks that set a phrase apart from the clause before it.
_BREAKS = frozenset({"\u2014", "\u2013", ":", "--"})  # em and en dashes
_NONE = frozenset({"no", "zero", "nil", "0"})
# Marks after which a clause points at what it spoke of: "something views never
# do: 52,000 installs" (the denial is the views', not the installs').
_POINTERS = frozenset({":", "\u2014", "\u2013"})  # a colon, an em or en dash
# What may stand between "no" and its outcome: "no paying customers yet", "not a single new lead".
_BETWEEN_NONE = frozenset({"JJ", "JJR", "JJS", "DT", "CD", "RB", "VBG", "VBN"})
_NO_ONE = frozenset({"none", "nothing", "nobody", "neither", "no", "not"})
# Present forms that say when something can be done: "orders close Friday".
_DEADLINE_VERBS = frozenset(
    {"close", "closes", "open", "opens", "reopen", "reopens", "shut", "shuts"}
)
# The prepositions of a fixed regard: "obsessed with", "worries about", "fuss over".
_REGARD_PREPOSITIONS = frozenset({"with", "about", "over", "on"})


def _present_be(verb: Token) -> bool:
    """Is the verb "is" or "are", the present of a statement that holds now
    ("revenue is what matters", "sales are sales")?"""
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP")


def _said_to_matter(head: Token, valuing: frozenset[str]) -> bool:
    """Is the outcome what someone says matters, in the present: its phrase the
    subject of "matter"/"count", or one side of "is" whose other side is a
    clause of "matter"/"count" ("revenue is what matters", "what counts is
    revenue")?"""
    phrase = _outcome_phrase(head)
    if phrase.dep_ not in ("nsubj", "attr"):
        return False
    if any(c.dep_ == "nummod" for c in head.children):
        return False  # "here's what matters: 1,840 new monthly donors": counted, a result
    verb = phrase.head
    if verb.lemma_ in valuing and verb.tag_ in ("VBZ", "VBP"):
        return not any(c.dep_ in ("dobj", "prep") and c.lower_ != "more" for c in verb.children)
    if not _present_be(verb):
        return False
    others = (c for c in verb.children if c.i != phrase.i and c.dep_ in _VALUED_SIDES)
    return any(_valuing_clause(other, valuing) for other in others)


def _a_truism(head: Token, regard: frozenset[str], highs: frozenset[str]) -> bool:
    """Is the outcome, named, what a truism is about: said to be
    itself ("sales are sales"), defined by a noun ("donor retention is the
    hardest problem in our sector", "profit is a lagging indicator"), or what
    people are fixed on ("everyone's obsessed with conversion rates", "every
    founder worries about churn", "we were fixated on ROI")? A truism names an
    outcome; it reports none.
    Not a noun of a high ("revenue is a record"), nor a counted side ("sales
    are 40% of the mix")."""
    phrase = _outcome_phrase(head)
    if any(t.like_num for t in phrase.subtree):
        return False  # "the one they cared about — 1.2 million wishlists" answers
    verb = phrase.head
    if phrase.dep_ == "pobj" and verb.lower_ in _REGARD_PREPOSITIONS:
        return verb.head.lemma_.lower() in regard
    if not _present_be(verb):
        return False
    if phrase.dep_ == "attr":  # the other side of "sales are sales"
        return any(c.dep_ == "nsubj" and c.lemma_ == phrase.lemma_ for c in verb.children)
    if phrase.dep_ != "nsubj":
        return False
    sides = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    if not sides or any(t.like_num or t.text in ("%", "$") for t in sides[0].subtree):
        return False
    side = sides[0]
    return side.lemma_ == phrase.lemma_ or side.lemma_ not in highs


def _what_an_action_is_for(verbs: list[Token]) -> bool:
    """Is an outcome, only named, in an infinitive of purpose (its governing
    ``verbs``, nearest first), right away or through verbs it completes
    ("we're hiring an ops lead to help connect campaign data to revenue")?
    What an action is for is wanted; a count or a change would tell what it did ("we
    used the reel to drive 300 bookings")."""
    for verb in verbs[:_INTENT_REACH]:
        if verb.dep_ == "advcl" and _marked_to(verb):
            return True
        if verb.dep_ != "xcomp":
            return False
    return False


def _for_a_purpose(verb: Token) -> bool:
    """Is the verb's clause a purpose, "so (that) we can…", "so they could…"?
    What it would bring is wanted, not reported."""
    if verb.dep_ != "advcl":
        return False
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "so" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could") for c in children
    )


def _what_a_business_sells(verb: Token, news_adverbs: frozenset[str]) -> bool:
    """Is the outcome verb "sell" in the present simple, describing what a
    business sells rather than a sale made ("we sell handmade candles", "a
    bloke who sells cheese out of a van", "the brand is sold in 1,200 stores")?
    Not news of it ("we now sell in 40 stores") nor an amount or a change of
    what is sold ("we sell 400 candles a week", "we sell more every month").
    Or the trade named by "selling" (round41): "from a little van selling
    coffee at the beach", "we started selling candles in 2019"."""
    if verb.lemma_ != "sell" or verb.pos_ != "VERB":
        return False
    if not (_in_the_present(verb) or _selling_as_a_trade(verb)):
        return False
    if any(c.lower_ in news_adverbs for c in verb.children):
        return False
    sold = [
        c for c in verb.children if c.dep_ in ("dobj", "advmod", "npadvmod", "nsubjpass", "prt")
    ]
    return not any(t.like_num or t.lower_ in _MORE_SOLD for c in sold for t in c.subtree)


def _selling_as_a_trade(verb: Token) -> bool:
    """Is "selling" a noun's modifier or what someone started doing ("a van
    selling coffee", "started selling candles"), not selling out?"""
    if verb.tag_ != "VBG" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if verb.dep_ in ("acl", "compound"):  # the parse makes "van selling coffee" a compound
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("start", "begin")


def _where_to_write(head: Token) -> bool:
    """Is the outcome, named, where to write about it: an email address or a
    link after it in its sentence, and no count ("Partnerships and sales:
    partners@acme.example", "Sales enquiries: sales@acme.example")? A contact
    line invites business; it reports none."""
    after = head.doc[head.i + 1 : head.sent.end]
    if any(t.like_num for t in head.sent):
        return False
    return any(t.like_email or t.like_url for t in after)


def _welcomed(head: Token, welcoming: frozenset[str]) -> bool:
    """Is the outcome, named, the subject of a present "are welcome" ("donations
    are always welcome at the link in bio", "pre-orders are open")? An
    invitation asks for it; it reports none."""
    phrase = _outcome_phrase(head)
    verb = phrase.head
    if phrase.dep_ != "nsubj" or not _present_be(verb):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in welcoming for c in verb.children)


def _valuing_clause(side: Token, valuing: frozenset[str]) -> bool:
    """A side of "is" that says what matters: "what matters", "all that counts"."""
    return any(t.lemma_ in valuing and t.tag_ in ("VBZ", "VBP") for t in side.subtree)


def _asked_about(head: Token, asking: frozenset[str]) -> bool:
    """Is the outcome, named, what a question asks, directly ("What is the ROI
    of a follower?") or under a verb of asking ("everyone wonders how much
    revenue TikTok drives")? A question names an outcome; it reports none.
    "I checked what revenue it brought: $12,000" answers, and stays."""
    verb = head.head if head.pos_ not in ("VERB", "AUX") else head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    asked = head.sent[-1].text == "?" or (
        verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in asking
    )
    if not asked:
        return False
    for token in verb.subtree:
        if token.lower_ not in _QUESTION_WORDS:
            continue
        node = token  # the question word must be of this clause, not of one inside it
        while node.i != verb.i and node.dep_ not in _CLAUSE_HEADS and node.head.i != node.i:
            node = node.head
        if node.i == verb.i:
            return True
    return False


def _shown_in_a_piece(head: Token, content: frozenset[str]) -> bool:
    """Is the outcome, named, what a piece of content shows or is about ("the
    video of me packing orders", "a reel about our sales team"), through "of"
    or "about" or a participle after the piece, with no finite verb between?"""
    node = head
    told = False  # through a clause of its own: only "about" a piece holds it
    for _ in range(_SHOWN_REACH):
        parent = node.head
        if parent.i == node.i:
            return False
        told = told or parent.tag_ in _TENSED
        if parent.lemma_ in content and parent.pos_ == "NOUN":
            if node.dep_ == "prep" and node.lower_ == "about":
                return True  # "my post about how our team runs pipeline reviews"
            shown = node.dep_ == "acl" and node.tag_ == "VBG"
            return not told and (shown or (node.dep_ == "prep" and node.lower_ == "of"))
        node = parent
    return False


def _put_off(head: Token, deferring: frozenset[str]) -> bool:
    """Is the outcome, named, the subject of a verb that puts it off ("revenue
    can wait", "sales will have to wait until spring")? For later; none now.
    Counted people who waited ("customers waited 3 weeks") are another matter."""
    verb = head.head
    if head.dep_ != "nsubj":
        return False
    if verb.lemma_ == "have" and any(c.dep_ == "xcomp" for c in verb.children):
        verb = next(c for c in verb.children if c.dep_ == "xcomp")  # "will have to wait"
    return verb.lemma_ in deferring


def _denied_of_everyone(verb: Token, clause: Token, children: list[Token]) -> bool:
    """Is ``clause`` the reason of a verb whose subject is "nobody" ("Nobody
    ever got a raise because reach went up")? A maxim denied of everyone,
    told of no one's count."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return False
    # "No one buys a sofa because we have 20k followers" (round38); "Nobody at
    # your company has ever been promoted because…", passive (round44)
    return any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in children)


def _judged_worthless(verb: Token, children: list[Token]) -> bool:
    """Does the verb over a count say it is worth nothing or not what it seems:
    "… means nothing", "… is not the same as …"? A view of the count."""
    if verb.lemma_ == "mean":
        return any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in children)
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "attr" and c.lower_ == "same" for c in children)
    )


def _an_obligation(verb: Token) -> bool:
    """Is the outcome verb what someone has to do, in the present ("every
    campaign has to sell", "you have to make money")? A duty, none done; "we
    had to hire three more people" tells of hires made."""
    holder = verb.head
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "xcomp"
        and holder.lemma_ == "have"
        and holder.tag_ in ("VBZ", "VBP", "VB")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _called_a_problem(head: Token, problems: frozenset[str]) -> bool:
    """Is the outcome, named, the subject of "is a … problem" ("revenue is a
    2025 problem", "sales are next year's worry")? Put off or feared, none
    reported."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(
        c.dep_ == "attr"
        and c.lemma_ in problems
        and not any(g.dep_ == "relcl" for g in c.children)  # "a problem we fixed: down 2%"
        for c in verb.children
    )


def _an_infinitive(verb: Token) -> bool:
    """Is the word a verb in its "to" form ("where to buy", "how to order")?"""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _done_by_a_fault(head: Token, faults: frozenset[str]) -> bool:
    """Is the counted term what a software fault did or showed, not an
    audience's attention: its clause's subject a fault ("a bug that doubled
    story views"), or its clause one that tells of a fault ("the glitch where
    likes showed as zero")? "The bug fix video got 40k views" is a result."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = _subject_of(verb)
    if subject is not None and subject.lemma_.lower() in faults:
        return True
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in faults


def _still_to_come(head: Token, figure_nouns: frozenset[str], coming: frozenset[str]) -> bool:
    """Is the outcome, named without an amount, the subject of a clause that
    has not happened: future or hoped for ("sales will follow", "revenue
    targets will be announced"), still pending ("sales figures are still
    being collected") or starting later ("sales start next month")? Not its
    object: "this campaign will drive sales" promises the outcome."""
    phrase = _outcome_phrase(head)
    if phrase.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = phrase.head
    children = list(verb.children)
    if any(_amount(t) for t in verb.subtree):
        return False  # "sales will be 30% higher next year" forecasts an amount
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in children):
        return True
    if verb.tag_ in ("VBD",) or any(
        c.tag_ == "VBD" for c in children if c.dep_ in ("aux", "auxpass")
    ):
        return False
    figures = phrase.i != head.i and phrase.lemma_ in figure_nouns
    if figures and any(t.lower_ in _PENDING for t in verb.subtree if t.i > phrase.i):
        return True  # "sales figures are still being collected", "revenue numbers are not in yet"
    return verb.lemma_ in coming and verb.tag_ in ("VBZ", "VBP", "VB")


def _to_be_reported(head: Token, reporting: frozenset[str]) -> bool:
    """Is the outcome, named without an amount, what a future verb of telling
    or checking takes ("revenue we'll report once the migration is done",
    "the impact will be reviewed with sales in Q1", "we'll share sales next
    month")? A report still to come, not a result; "this will drive sales"
    promises the outcome (not a verb of telling)."""
    phrase = _outcome_phrase(head)
    verb = phrase.head
    if phrase.dep_ == "pobj":
        verb = verb.head  # "reviewed with sales"
    elif phrase.dep_ not in ("dobj", "nsubjpass", "npadvmod"):
        return False  # "npadvmod": a fronted object, "Revenue we'll report once…"
    if verb.lemma_ not in reporting or any(_amount(t) for t in verb.subtree):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in verb.children)


def _describing(verb: Token) -> bool:
    """Is a gain said as what something does in general, a participle or a
    gerund with no count: "the tweets driving traffic", "effective at driving
    engagement", "in attracting visitors"? Analytics posts describe channels so.
    "We are driving more traffic" (with its auxiliary) and "the ads driving
    20,000 visits" report."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "pcomp", "csubj", "advcl", "ccomp"):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    # "by gaining all their views from Facebook" is how it happened.
    if verb.dep_ == "pcomp" and verb.head.lower_ not in _ABILITY_PREPOSITIONS:
        return False
    return not any(is_count(t) for t in _own_clause(verb))


def _bidding(children: list[Token]) -> bool:
    """Is a verb with these children said to the reader, with no subject of its
    own: "imagine…", "now suppose…"; not "I can't imagine how we got 2M views"."""
    return not any(c.dep_ in ("nsubj", "neg", "aux") for c in children)


def _worked_example(verb: Token) -> bool:
    """Is the verb the present-tense answer of a supposed case with counts of
    its own: "If 1,000 people view a post and 20 click, the rate is 2%",
    "When 1,000 people see an ad and 10 click, the CTR is 1%"? A rate worked
    out for the reader, not the writer's result; "when we hit 10k followers,
    we celebrated" (past) and "if you're wondering, reach is 40k" (no count
    supposed) stay claims."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.tag_ not in ("VBZ", "VBP"):
            continue
        opener = [c for c in clause.children if c.i < clause.i and c.dep_ in ("mark", "advmod")]
        supposed = any(c.lower_ in ("if", "when") for c in opener)
        if supposed and any(is_count(t) for t in _own_clause(clause)):
            return True
    return False


def _recalled(verb: Token) -> bool:
    """Is the verb a past moment a supposing verb asks the reader to picture:
    "Imagine our surprise when the post hit 50,000 impressions" (it happened),
    not "imagine your post gets 50,000 impressions"."""
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "advcl"
        and any(c.lower_ == "when" and c.i < verb.i for c in verb.children)
    )


def _bidden_supposition(verb: Token, supposed: Token, bidding_words: frozenset[str]) -> bool:
    """Is the verb a bare bidding word that opens the sentence and governs a
    present-tense case: "Say your reel gets 10k views…", "Let's say a post
    gets 5,000 likes"? Not "say thanks to our 10k followers" (no clause) nor
    "we say the post got 10k views" (a subject)."""
    if verb.lemma_ not in bidding_words or verb.tag_ != "VB" or not _bidding(list(verb.children)):
        return False
    if supposed.dep_ != "ccomp" or supposed.tag_ not in ("VBZ", "VBP"):
        return False
    doc = verb.doc
    return _opens_sentence(verb) or (verb.i > 0 and doc[verb.i - 1].lower_ in ("'s", "us"))


def _preferred(verb: Token) -> bool:
    """Is the verb a preference between things not had: "we'd rather have 40
    regulars than 40,000 likes", "I'd rather sell 200 tickets than…"? A modal
    right before its "rather" ("'d" parses as the subject's when curly, so it
    is read by word order); "got 40k views rather than 4k" has none. The
    parse may hang "rather" on the subject: "I'd rather 100 of the right
    people read this than…" (round39)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        word.lower_ == "rather" and word.i > 0 and verb.doc[word.i - 1].tag_ == "MD"
        for word in [*verb.children, *(w for s in subjects for w in s.children)]
    )


def _speculative(aux: Token) -> bool:
    """A modal that makes a claim a possibility: "it could go viral", and a
    question that opens with one ("Could this be the post that goes viral?").
    A capitalised modal elsewhere is a quoted title ("Will it Blend?"), and
    "could not" says what happened ("fans could not stop watching")."""
    if aux.lower_ == "could" and any(c.dep_ == "neg" for c in aux.head.children):
        return False
    if aux.lower_ in ("'d", "\u2019d"):  # "we'd like it to go viral"; not "we'd hit 10k by May"
        # "we'd have killed for 1,000 fans": "would have", a wish never had (round38)
        perfect = any(
            c.dep_ == "aux" and c.lower_ == "have" and c.i > aux.i for c in aux.head.children
        )
        return aux.head.tag_ == "VB" or perfect
    if aux.text in _SPECULATIVE:
        return True
    if not (aux.lower_ in _SPECULATIVE and _opens_sentence(aux)):
        return False
    return aux.sent[-1].text == "?" and not _after_quote(aux)


def _past_an_emoji(head: Token, modal: Token) -> bool:
    """Does an emoji stand between the term and a modal after it ("our
    most-liked post EVER 🥹 who knew a croissant would do this")? An emoji
    ends a sentence in a post, so the modal is the next one's (round39)."""
    return modal.i > head.i and any(_emoji(t) for t in head.doc[head.i + 1 : modal.i])


def _a_second_object_past_an_emoji(verb: Token, head: Token) -> bool:
    """Is the claim a verbless line after an emoji that the parse hung on the
    verb before it as a second object ("we'll definitely take it 😂 3,000 new
    followers since Monday")? An emoji ends a sentence in a post, so the verb's
    modal does not reach the count."""
    if head.dep_ != "dobj" or head.head.i != verb.i:
        return False
    objects = [c.i for c in verb.children if c.dep_ == "dobj" and c.i < head.i]
    return bool(objects) and any(_emoji(t) for t in verb.doc[objects[-1] + 1 : head.i])


def _yet_to_happen(verb: Token) -> bool:
    """Is the verb "have" or "be" with "yet to" ("I've yet to see a deal
    where…", "we are yet to hit 1,000"): not happened, whatever it governs
    (round39)?"""
    if verb.lemma_ not in ("have", "be"):
        return False
    children = list(verb.children)
    return any(c.lower_ == "yet" and c.dep_ == "advmod" for c in children) and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in children
    )


def _owed_to_others(verb: Token) -> bool:
    """Is ``verb`` the thanks that says a result happened thanks to others: a
    modal perfect, negated, with "without" ("couldn't have done it without you",
    "wouldn't have happened without this community")? It affirms what came
    before it ("10k followers 🎉 couldnt have done it without u"), where the
    parse, with no comma, may hang the count under it."""
    children = list(verb.children)
    modal = any(c.dep_ == "aux" and c.lower_ in ("could", "would") for c in children)
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in children)
    denied = any(c.dep_ == "neg" for c in children)
    helped = any(c.dep_ == "prep" and c.lower_ == "without" for c in children)
    return modal and perfect and denied and helped


def _conceded_worth(verb: Token) -> bool:
    """Is ``verb`` a concession that a metric is not all that counts ("followers
    are not everything", "likes aren't everything")? It denies the metric's
    worth, not its count: "…but 30k in 6 months feels good" still brags. Nor
    does the boast "2 million fans can't be wrong" deny its count: it leans on it
    (the word may hang as a modifier of an emoji the parse took for the predicate:
    "can't be wrong 😉")."""
    if verb.lemma_ != "be":
        return False
    predicates = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    words = predicates + [m for c in predicates for m in c.children if m.dep_ == "amod"]
    return any(w.lower_ in ("everything", "wrong") for w in words)


def _surprise(verb: Token, expecting: frozenset[str], disbelieving: frozenset[str]) -> bool:
    """ "I never expected…", "we did not imagine…", "who knew…": what happened
    was not foreseen, so it did happen (not "we don't expect to hit 10k"); and
    the writer's "I can't believe it" (not "I can't expect 10k overnight")."""
    if not (
        (verb.lemma_ in expecting and _past(verb))
        or (verb.lemma_ in disbelieving and _cannot_of_my_own(verb))
    ):
        return False
    # "Who knew a phone case would get 2 million likes?": no one did, and it
    # did; "Nobody expected our reel to hit 2M views" (round44).
    return any(
        c.dep_ == "neg"
        or c.lower_ == "never"
        or (c.dep_ == "nsubj" and (c.lower_ == "who" or _nobody(c)))
        for c in verb.children
    )


def _nobody(subject: Token) -> bool:
    """ "nobody", "no one"."""
    no = any(c.lower_ == "no" for c in subject.children)
    return subject.lower_ in ("nobody", "noone") or (subject.lower_ == "one" and no)


def _under_a_surprise(verb: Token, expecting: frozenset[str], disbelieving: frozenset[str]) -> bool:
    """Is the verb's clause what a surprise says happened: its complement
    ("we never expected the reel to reach…"), or, as the parse may hang it,
    the clause with the surprise as its subject ("Who knew a sock puppet
    would get 3 million likes?")?"""
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and _surprise(verb.head, expecting, disbelieving):
        return True
    return any(c.dep_ == "csubj" and _surprise(c, expecting, disbelieving) for c in verb.children)


def _cannot_of_my_own(verb: Token) -> bool:
    """ "I can't believe it", "we still cannot believe…": the writer's own
    disbelief at what happened; not the reader's ("you can't believe every
    follower count you see")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("ca", "can", "could") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return all(s.lower_ in ("i", "we") for s in subjects)


def _past(verb: Token) -> bool:
    """ "expected", "did not expect", "had never imagined"."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


def _heard_of(verb: Token) -> bool:
    """Is the clause hearsay, what the writer heard of someone else ("Heard
    the pasta place on Dean St has gone viral again")? Not the writer's own
    ("we heard our reel went viral in Brazil")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ != "hear":
        return False
    subject = _subject_of(verb)
    return subject is not None and not _says_us(subject)


def _opening_aux_tagged_noticing(verb: Token) -> Token | None:
    """The verb opening the clause that the parse made an auxiliary of the
    verb ("Seeing" in "Seeing 'exam results' trending", "Saw" in "Saw
    'referee' trending"), or None."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "aux"
            and c.tag_ in ("VBG", "VBD")
            and c.i == verb.left_edge.i
            and c.i < verb.i
        ),
        None,
    )


def _object_the_clause_is_of(noun: Token) -> Token:
    """The object a participle's noun belongs to when the parse hangs the
    participle on a noun of a phrase after it ("we've seen the video of the
    goat on the hot tub going viral": "tub", in a phrase of "seen"; round50):
    up through the prepositions to the verb's object, or the noun itself."""
    for _ in range(4):
        if noun.dep_ != "pobj":
            return noun
        above = noun.head.head  # the word the preposition hangs on
        if above.pos_ in ("VERB", "AUX"):
            return next((c for c in above.children if c.dep_ == "dobj"), noun)
        noun = above
    return noun


def _noticed_elsewhere(verb: Token, noticing: frozenset[str], forms: frozenset[str]) -> bool:
    """Is the phrase's verb something the writer noticed going on, not a result
    ("seeing 'quiet quitting' trending again on my feed", "noticed the challenge
    trending this morning", "I keep seeing brands go viral with…")? It trends
    ongoing (-ing) under a verb of noticing, or the noticing is ongoing, or it
    is a finite clause the writer saw reported ("Saw a rival's ad went
    viral"); and what trends is not the writer's ("we saw our hashtag
    trending all day", "we saw it trending") nor a past event of the
    writer's ("we saw a post go viral", see ``_HAD``)."""
    thing: Token | None
    if verb.dep_ == "acl":  # "noticed the challenge trending"
        thing = _object_the_clause_is_of(verb.head)
        noticer = thing.head
        if thing.dep_ != "dobj":
            return False
    elif verb.dep_ in ("ccomp", "xcomp", "dep") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        # "seeing 'quiet quitting' trending" (quotes may make it an adverbial clause)
        noticer = verb.head
        thing = _subject_of(verb) if verb.dep_ != "dep" else None
        if thing is None:  # "Seeing 'cozy cardio' trending again": the object trends
            thing = next((c for c in noticer.children if c.dep_ == "dobj"), None)
    elif (opening := _opening_aux_tagged_noticing(verb)) is not None:
        # "Seeing 'exam results' trending this morning": the quotes made the
        # noticing an auxiliary of "trending", the thing its object (round44)
        noticer = opening
        thing = next((c for c in noticer.children if c.dep_ == "dobj"), None)
        thing = thing or _subject_of(verb)  # "Saw 'referee' trending": made its subject
    else:
        # "Watching a rival's clip go viral made me jealous": the parse makes
        # the noticing the subject of the verb and the thing its object.
        noticing_subject = next((c for c in verb.children if c.dep_ == "csubj"), None)
        if noticing_subject is None:
            return False
        noticer = noticing_subject
        # "Interesting to see the Hadley Museum's 'Gallery Cat' is trending":
        # the subject made of the word before the seeing (round44)
        noticer = next(
            (
                c
                for c in noticer.children
                if c.dep_ in ("advcl", "xcomp") and c.lemma_ in noticing and c.i < verb.i
            ),
            noticer,
        )
        thing = next((c for c in noticer.children if c.dep_ == "dobj"), None)
    ongoing = "VBG" in (verb.tag_, noticer.tag_)
    # "Saw Pawprint Rescue's ad went viral": a finite clause, news the writer
    # read ("saw that…"), where "we saw a post go viral" is an event watched;
    # and "Interesting to see the video go viral again": a seeing in general
    reported = verb.dep_ == "ccomp" and verb.tag_ == "VBD"
    reported = reported or (
        noticer.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in noticer.children)
    )
    # "I've seen stores go viral and close within a year": things of a kind the
    # writer has watched happen, a lesson, not a result (round32)
    seen_often = (
        noticer.tag_ == "VBN"
        and thing is not None
        and thing.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in thing.children)
    )
    # (made an auxiliary, its lemma is its form: ``forms`` holds every one)
    noticed = noticer.lower_ in forms if noticer.dep_ == "aux" else noticer.lemma_ in noticing
    if not noticed or not (ongoing or reported or seen_often):
        return False
    if thing is None or thing.pos_ == "PRON":
        return False
    we = any(c.dep_ == "nsubj" and c.lower_ == "we" for c in noticer.children)
    # "We've seen the video going viral of the fox": the present perfect of a
    # statement, as "we're aware of" is (round38)
    have = any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in noticer.children)
    # "we're seeing lots of videos going viral of people jumping off the pier":
    # the present, going on (round50)
    now = noticer.tag_ == "VBP" or (noticer.tag_ == "VBG" and have)
    if we and not now and not (noticer.tag_ == "VBN" and have):
        # "we saw the hashtag trending all day": a team watching its own
        # campaign; "we see the pickle pie videos trending" (the present) is
        # what goes on around it
        return False
    # The thing's own words, without the clause that trends when it hangs under
    # the thing, nor a quoted title's ("the 'grandma reviews our burger' video",
    # round38)
    words = [c for c in thing.children if c.i != verb.i]
    quoted = _inside_quotes(thing.sent)
    return not any(t.lower_ in _MINE and t.i not in quoted for c in words for t in c.subtree)


def _inside_quotes(sentence: Span) -> set[int]:
    """The indices of the words between a pair of quote marks in the sentence."""
    inside: set[int] = set()
    opened: int | None = None
    for token in sentence:
        if token.text in _QUOTE_MARKS or token.tag_ in ("``", "''"):
            if opened is None:
                opened = token.i
            else:
                inside.update(range(opened + 1, token.i))
                opened = None
    return inside


def _a_size_pictured(head: Token, places: frozenset[str]) -> bool:
    """Is the outcome word what describes a place the sentence pictures a
    count as ("That's a sold-out arena every single month": the size of an
    audience, no tickets sold)? "That", "this" or "it" is the place."""
    place = head.head
    while place.dep_ == "amod" and place.head.i != place.i:
        place = place.head  # "sold" of "sold-out" hangs on the place
    if head.dep_ not in ("amod", "prt") or place.lemma_.lower() not in places:
        return False
    if place.dep_ != "attr":
        return False
    subject = next((c for c in place.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("that", "this", "it")


# The tags of question words, which front an object before its verb.
_WH_TAGS = frozenset({"WRB", "WDT", "WP"})


def _wanted_by_someone_i_know(verb: Token, acquaintances: frozenset[str]) -> bool:
    """Is the subject of the clause ``verb`` is in, up to three clauses up
    (or of the verb it is joined to with "and"), someone the writer knows
    ("my boss wants us to…", "my Year 9 students tried to get…")?"""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in ("us", "me"):  # "wants us to…"
            # not a title's words: "our 'Dad tries oat milk' ad"
            known = subject.lemma_.lower() in acquaintances
            return known and subject.i not in _inside_quotes(verb.sent)
        # up a clause, or to the verb a "… and tried to" shares its subject with
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _seen_ongoing_or_lately(verb: Token) -> bool:
    """Is this verb of noticing in the present, ongoing or the present perfect
    ("we see", "seeing", "we've seen"), the tenses ``_noticed_elsewhere``
    reads as news of elsewhere (round38)? Asked of unparsed words: the
    perfect is told by "have" right before."""
    if verb.tag_ in ("VBP", "VBG"):
        return True
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV":
        before -= 1  # "You've probably seen…"
    return verb.tag_ == "VBN" and before >= 0 and verb.doc[before].lemma_ == "have"


def _trending_thing_talked_of(verb: Token) -> bool:
    """Is "trending" a participle describing a thing the sentence talks of, not
    the writer's ("talking about the sound trending on TikTok", "my feed is full
    of the dance trending on Reels")? The thing is an object, none of its words
    the writer's, its governor no verb of having or getting ("we had the clip
    trending all day" is a result), and no rank before it ("the #1 trending")."""
    if verb.lemma_ != "trend" or verb.tag_ != "VBG" or verb.dep_ != "acl":
        return False
    thing = verb.head
    if thing.pos_ not in ("NOUN", "PROPN") or thing.dep_ not in ("dobj", "pobj"):
        return False
    governor = thing.head.head if thing.dep_ == "pobj" else thing.head
    if governor.lemma_ in _HAD or governor.lemma_ in ("keep", "make", "have"):
        return False
    doc = verb.doc
    if any(t.lower_ in ("#", "no", "no.", "number") for t in doc[max(0, verb.i - 3) : verb.i]):
        return False
    words = [c for c in thing.children if c.i != verb.i]
    return not any(t.lower_ in _MINE for c in words for t in c.subtree)


def _told_after_a_colon(phrase: Token) -> bool:
    """Does an amount follow the phrase right after a colon ("revenue: up 18%",
    "sales: $40,000")?"""
    doc = phrase.doc
    after = max(t.i for t in phrase.subtree) + 1
    if after >= len(doc) or doc[after].text != ":":
        return False
    return any(t.like_num or t.text in ("%", "$") for t in doc[after + 1 : after + 4])


# Who a question to peers asks: "Anyone else seeing reach drop?", "Is anybody else…?"
_PEERS = frozenset({"anyone", "anybody", "everyone", "everybody"})


def _peers_asked(sentence: Span) -> bool:
    """Is the sentence a question to peers whether they see it too ("Anyone
    else seeing reach fall off a cliff this week?", "Is anybody else getting
    fewer views?", "is it just me or did reach tank?")? It asks whether a
    change is everyone's: a topic, not a result (labels14: "why reach fell
    this week")."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 3 or words[-1].text != "?":
        return False
    colon = next((i for i, t in enumerate(words[:-1]) if t.text == ":"), None)
    if colon is not None:
        words = words[colon + 1 :]  # "Genuine question for other YouTubers: has anyone else's…"
    opening = " ".join(t.lower_ for t in words[:5])
    if opening in ("is it just me or", "is it only me or"):
        # "is it just me or did everyone's reach fall off a cliff??"; not "…or
        # did our reel just hit 1M??", the writer's own
        return not any(t.lower_ in _MINE for t in words[5:])
    # "Did anyone else see that grandma go viral this week?" (round38)
    if words[0].lower_ in ("is", "are", "has", "have", "did", "do", "does"):
        words = words[1:]
    if _peers_asked_to_explain(words):
        return True
    if len(words) < 4 or words[0].lower_ not in _PEERS or words[1].lower_ != "else":
        return False
    if words[2].tag_ == "POS":
        return True  # "anyone else's views tanked this week??": theirs too?
    # Seeing it happen, not doing it: "Anyone else hit 10k this week? We did!" brags;
    # nor seeing the writer's own ("did anyone else see our reel go viral?")
    seeing = words[2].tag_ == "VBG" or words[2].lemma_ in ("see", "notice")
    return seeing and not any(t.lower_ in _MINE for t in words[3:])


_JUDGED_LEVELS = frozenset({"good", "bad", "normal", "decent", "healthy", "ok", "okay"})


def _asked_if_good(sentence: Span) -> bool:
    """Does the sentence ask whether a level is good ("Is 2% engagement rate
    on a 5k account good or bad?", "are 300 views normal for a new page?"),
    with nothing of the writer's in it? A benchmark asked for, no result."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 4 or words[-1].text != "?" or words[0].lower_ not in ("is", "are"):
        return False
    if any(t.lower_ in _MINE for t in words):
        return False  # "is our 40% open rate good or what?!" shows it off
    return any(t.lower_ in _JUDGED_LEVELS for t in words[1:])


def _a_kind_sized_in_a_question(head: Token) -> bool:
    """Is the count the size of a kind of channel a question asks about ("…the
    thing to fix first for a cooking channel at 2k subs?", "what works for an
    account with 10k followers?"), with nothing of the writer's in it? A
    stage named, no result (round44)."""
    sentence = head.sent
    if sentence[-1].text != "?" or any(t.lower_ in _MINE for t in sentence):
        return False
    at = head.head
    if head.dep_ != "pobj" or at.lower_ not in ("at", "with", "on"):
        return False
    kind = at.head
    return kind.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in kind.children
    )


def _peers_asked_to_explain(words: list[Token]) -> bool:
    """Does the question ask peers to explain ("Anyone know why my reach tanked
    after I changed my handle?", "does anybody know how the new feed ranks
    reels?")? Help asked for, the writer's numbers the trouble: a topic, not
    a result (round42). Not with a count, which a humblebrag asks with
    ("anyone know why my reel hit 2M??")."""
    if len(words) < 4 or words[0].lower_ not in _PEERS:
        return False
    at = 2 if words[1].lower_ == "else" else 1
    if words[at].lemma_ != "know" or words[at + 1].lower_ not in _EXPLAINED:
        return False
    return not any(is_count(t) for t in words[at + 2 :])


def _so_did_everyone(head: Token) -> bool:
    """Is the metric's change said to be everyone's too: "my reach dropped by
    half overnight and so did everyone in my niche"? The platform's, news
    about it, as "reach fell for everyone" is (``_moved_for_everyone``)."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for joined in head.head.children:
        if joined.dep_ != "conj" or joined.lemma_ != "do":
            continue
        so = any(c.dep_ == "advmod" and c.lower_ == "so" for c in joined.children)
        everyone = any(
            c.dep_ == "nsubj" and c.lower_ in ("everyone", "everybody") for c in joined.children
        )
        if so and everyone:
            return True
    return False


# Words between a masked tag and its "trending": "#X is now trending", "#X still trending".
# Only the present: "#OurTownMarathon was trending all afternoon" reports a result.
_TAG_TO_TREND = frozenset({"is", "are", "'s", "now", "still", "currently"})
_PRESENT_BE = frozenset({"is", "are", "'s"})
# Tags of a verb in a tense (shared with metrics.py and outcomes.py), and those
# with a modal: "…has 30M views and everyone's asking" (round41).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_TENSED = _FINITE_TAGS | {"MD"}
_CLAUSE_ENDS = frozenset({",", ";", ":", "!", "?", "\u2014", "\u2013"})  # not ".": "No. 1"


def _masked_tag(token: Token) -> bool:
    """Is ``token`` a hashtag masked to a run of spaces (documents/masking.py)?"""
    return token.is_space and "\n" not in token.text


def _named_by_a_tag(subject: Token, verb: Token, content: frozenset[str]) -> bool:
    """Is ``subject`` (the word before "is trending") a thing named by a hashtag
    before it, an event's ("The #Worlds2024 final is trending"), not a piece of
    content ("the #SpringDrop video is trending" is the writer's)?"""
    if subject.dep_ != "nsubj" or subject.head != verb or subject.lemma_ in content:
        return False
    return any(_masked_tag(t) for t in subject.subtree if t.i < subject.i)


def _a_tag_trending(verb: Token, owning: frozenset[str], content: frozenset[str]) -> bool:
    """Is what trends a hashtag (masked to a run of spaces: documents/masking.py)
    with nothing of the writer's in its clause ("#StormOlwen is trending for a
    reason", "Seeing #NationalPicnicDay trending this morning, so…")? Trending
    elsewhere, talked of (eval README: neutral), in the present: "#OurTownMarathon
    was trending all afternoon" reports a result. "Our #SpringDrop is trending",
    "we got #SpringDrop trending" and one ranked or thanked for ("… at No. 1
    thanks to you") stay the writer's. A thing the tag names is as the tag: "The
    #Worlds2024 final is trending"."""
    if verb.lemma_ != "trend" or verb.tag_ != "VBG":
        return False
    doc, start = verb.doc, verb.sent.start
    index = verb.i - 1
    while index >= start and doc[index].lower_ in _TAG_TO_TREND:
        index -= 1
    if index < start:
        # A parsed copy of the sentence starts after the masked tag: "is trending…"
        # in lower case with no subject at all (not "Trending on TikTok!", "Now
        # trending", "Is trending on TikTok now!").
        if index == verb.i - 1 or doc[start].text not in _PRESENT_BE:
            return False
    elif not _masked_tag(doc[index]) and not _named_by_a_tag(doc[index], verb, content):
        return False
    end = verb.i + 1
    while (
        end < verb.sent.end
        and doc[end].text not in _CLAUSE_ENDS
        and not _a_reply_begins(doc, end, verb.sent.end, owning)
    ):
        end += 1
    clause = doc[start:end]
    # A tag the writer thanks for or ranks is the writer's campaign: "#SpringDrop is
    # trending at No. 1 thanks to you" (``owning``: the rank openers, "thanks").
    # The numbers of the news that made it trend rank nothing: "#PowerCut is
    # trending after a fire left 18,000 homes without power".
    cause = next((t.i for t in clause if t.lower_ in _CAUSES), end)
    # The audience credited ("You made #SnackDay trend in 6 countries") is the
    # writer's campaign whatever the places counted; not "You'll have seen #X
    # trending", the reader noticing.
    return not any(
        t.lower_ in _MINE
        or t.lower_ in owning
        or _credited_to_you(t)
        or (t.like_num and t.i < cause and not _places(t))
        for t in clause
    )


def _credited_to_you(word: Token) -> bool:
    """Is ``word`` the audience addressed as the one who made it happen ("you
    made", "you got", "you helped", "y'all pushed")?"""
    following = word.i + 1
    return (
        word.lower_ in _SECOND_PERSON
        and following < len(word.doc)
        and word.doc[following].lemma_ in ("make", "get", "help", "push")
    )


def _places(count: Token) -> bool:
    """Does the count number places a tag trends in ("#WorldBeeDay is
    trending in 40 countries": where, no rank of the writer's; round40)?"""
    following = count.i + 1
    return following < len(count.doc) and count.doc[following].lower_ in _TRENDING_PLACES


# Places a tag trends across: "trending in 40 countries".
_TRENDING_PLACES = frozenset({"countries", "cities", "states", "regions", "markets", "nations"})


# What opens the news a tag trends after: "…is trending after a fire left…".
_CAUSES = frozenset({"after", "because", "following", "since"})
# Joins after which the writer answers what trends with a clause of their own.
_REPLY_JOINS = frozenset({"and", "but", "so"})
# The audience addressed: a tag trending "and we're not crying, you're crying"
# (or "thanks to you") is a campaign's result the writer credits them with.
_SECOND_PERSON = frozenset({"you", "y'all", "yall", "u", "ya"})


def _a_reply_begins(doc: Doc, at: int, end: int, owning: frozenset[str]) -> bool:
    """Does the writer's own clause begin at ``at``, after what trends ("#X
    is trending and we get it", "…and I'm here for it", "…so here's our
    take")? Its "we" agrees with a trend, and owns nothing, unless the rest
    of the sentence credits the audience or is moved by a result (``owning``:
    "…and we're not crying, you're crying", "…and we're so proud")."""
    if doc[at].lower_ not in _REPLY_JOINS or at + 1 >= end:
        return False
    following = doc[at + 1]
    if following.tag_ in ("RB", "UH", ",") and at + 2 < end:
        following = doc[at + 2]  # "…and honestly we've been preparing for this"
    if following.tag_ != "PRP" and following.lower_ not in ("here", "there"):
        return False
    return not any(t.lower_ in _SECOND_PERSON or t.lower_ in owning for t in doc[at:end])


def _viral_thing_talked_about(verb: Token, talk: frozenset[str], noticing: frozenset[str]) -> bool:
    """Is what went viral or trended a thing people talk about or have seen,
    told in a relative clause ("Everyone's talking about the goose that went
    viral at the marathon", "a chat about the ad that trended last week",
    "everyone's seen the sketch that went viral")? Not the writer's: none of
    the thing's words is ("talking about our video that went viral" is a
    result)."""
    if verb.dep_ != "relcl":
        return False
    thing = verb.head
    preposition = thing.head
    seen = thing.dep_ in ("dobj", "oprd") and preposition.lemma_ in noticing
    watched = None if seen else _seen_further_up(thing, noticing)
    if watched is not None:
        # "We saw the video of the toddler helping the gate agent that's going
        # viral": the parse hung the clause on a noun inside what was seen
        return not any(
            t.lower_ in _MINE for c in watched.children if c.dep_ == "dobj" for t in c.subtree
        )
    if not seen and (thing.dep_ != "pobj" or preposition.lower_ not in ("about", "of", "on")):
        return False
    talker = preposition if seen else preposition.head
    if not seen and talker.lemma_.lower() not in talk and talker.lower_ not in talk:
        return False
    words = [c for c in thing.children if c.i != verb.i]
    return not any(t.lower_ in _MINE for c in words for t in c.subtree)


def _for_the_wrong_reasons(verb: Token) -> bool:
    """Did it go viral "for (all) the wrong reasons": attention the writer
    regrets, no result claimed?"""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(
            r.lemma_ == "reason" and any(a.lower_ == "wrong" for a in r.children)
            for r in c.children
        )
        for c in verb.children
    )


def _seen_further_up(thing: Token, noticing: frozenset[str]) -> Token | None:
    """The verb of noticing ("saw", "watched") whose object holds ``thing``
    a few words down ("saw [the video of the toddler helping the gate
    agent]"), through objects, prepositions and their nouns only; else None."""
    node = thing
    for _ in range(5):
        if node.dep_ not in ("dobj", "pobj", "prep", "nmod", "pcomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_ in noticing:
            return node
    return None


# Pronouns that stand for whatever does a thing: "what is trending", "whoever went viral".
_WHATEVER = frozenset({"what", "whatever", "who", "whoever"})


def _whatever_trends(verb: Token) -> bool:
    """Is the subject of a trend or going viral a "what" that names whatever
    it is, in a clause another verb takes as its object ("did you see what is
    trending on Twitter today", "I never know what will go viral")? The writer
    has no result there. Not a clause that is itself a subject ("what went
    viral was our reel" names it), one said "for us", nor a teaser ("guess
    who's trending?")."""
    if verb.dep_ not in ("ccomp", "dobj", "pcomp", "pobj") or _for_us(verb):
        return False
    if verb.head.lemma_ == "guess":
        return False
    # The parse may make a "what" before its verb the object: "👀 What's trending
    # on TikTok this week: our team picked…"
    return any(
        (c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "dobj" and c.i < verb.i))
        and c.lower_ in _WHATEVER
        and c.tag_ == "WP"
        for c in verb.children
    )


def _not_every_day(sentence: Span) -> bool:
    """Does the sentence open "(It's) not every day…", which tells of a day
    that did come ("Not every day a post about spreadsheets gets 3,4k
    reposts")?"""
    words = [t.lower_ for t in sentence if not t.is_space and not t.is_punct][:5]
    text = " ".join(words)
    return text.startswith(("not every day", "it 's not every day", "it's not every day"))


def _whenever_told_you(verb: Token) -> bool:
    """Is the clause a case put to the reader: "when" with the present and
    "you" ("when an agency tells you their engagement rate is 9%, ask…"), or
    any one of a kind telling it ("when a club tells sponsors its reach is 40
    million", round39)? Not the writer's past ("when we hit 10k, we celebrated")."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
        and any(
            (c.lower_ == "you" and c.dep_ in ("dative", "dobj", "nsubj"))
            or (c.dep_ == "nsubj" and _any_one_of_a_kind(c))
            for c in verb.children
        )
    )


def _any_one_of_a_kind(noun: Token) -> bool:
    """Is the noun any one of its kind, brought in with "a", "an", "any" or
    "every" ("when a club tells…", "a reel counts as a hit when…")?"""
    return any(d.dep_ == "det" and d.lower_ in ("a", "an", "any", "every") for d in noun.children)


def _a_case_of_anything(verb: Token, children: list[Token]) -> bool:
    """Is the clause a case of any post, in the present with "when" ("calling
    every post viral when it has 300 reactions", "a reel counts as a hit when
    it gets 10k views")? Its subject is "it" or "they", which stand for what
    the sentence generalises, or a noun with "a", "any" or "every". The
    writer's own ("when our reel hit 1M") is past or owned."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lower_ in ("it", "they") or _any_one_of_a_kind(s) for s in subjects
    )


def _told_by_a_case_put(verb: Token, children: list[Token]) -> bool:
    """Is the clause what a case put to the reader tells, where the parse hung
    the telling on it: "When an agency tells you its campaign reached 40M
    people, ask…"? Not the writer's own ("…that our campaign reached…")."""
    if _said_of_the_writer(verb):
        return False
    return any(c.dep_ == "advcl" and c.i < verb.i and _whenever_told_you(c) for c in children)


def _said_of_the_writer(verb: Token) -> bool:
    """Does the clause's subject hold the writer ("our campaign reached…")?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _says_us(c) for c in verb.children)


def _a_piece_of_another(verb: Token, others: frozenset[str]) -> bool:
    """Is what went viral someone else's, its subject owned by a person named
    by no more than a kind (``others``: "Someone's fly agaric 'recipe' has gone
    viral on TikTok", "some guy's video of our bus went viral")? Not a named
    role, which may be the writer's own ("Mayor's Q&A … trending #2" from the
    mayor's office).
    Read by the parse, or by word order where the sentence opens on the
    owner's "'s" (the parse of "Someone's fly agaric 'recipe'" goes astray)."""
    before = verb.doc[verb.sent.start : verb.i]
    if any(t.lower_ in _MINE for t in before):
        return False
    if len(before) > 1 and before[1].tag_ == "POS" and before[0].lower_ in others:
        return True
    subject = _subject_of(verb)
    owners = [c for c in subject.children if c.dep_ == "poss"] if subject is not None else []
    return any(o.lower_ in others or o.lemma_.lower() in others for o in owners)


def _wondered_why_it_trends(verb: Token) -> bool:
    """Is the trend a thing the writer wonders about, in a "why" clause
    another word takes ("not sure why 'pizza at 3am' is trending", "no idea
    why this dance is trending"), or asks it ("no because why is #DeskSetup
    trending when my desk looks like this", round50)? Not the writer's own
    ("not sure why our hashtag is trending, but thank you")."""
    if verb.lemma_ != "trend" or verb.dep_ not in ("ccomp", "dobj", "pcomp", "pobj", "acl", "ROOT"):
        return False
    why = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "why"), None)
    if why is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:  # a hashtag, blanked in the claims' copy of the sentence
        return any(t.is_space for t in verb.doc[why.i : verb.i])
    return not any(t.lower_ in _MINE for subject in subjects for t in subject.subtree)


# Metric nouns the tagger takes for a present verb before "up"/"down".
_NOUNS_TAGGED_VERBS = frozenset({"reach", "views", "likes", "shares", "saves", "plays"})


def _up_or_down_by_an_amount(verb: Token) -> bool:
    """Is the clause a form of "be" with "up" or "down" and an amount right
    after it: "likes are up 300%", "impressions are down by 12,000"? A change
    measured is one result, the writer's, not a rule of thumb ("posts with
    faces get more likes"), though its bare plural subject says no owner. A
    metric noun the tagger made the verb counts as "be" (round43): "Result:
    48,000 followers, average reel reach up 500%"."""
    if verb.lemma_ != "be" and verb.lower_ not in _NOUNS_TAGGED_VERBS:
        return False
    doc = verb.doc
    for way in verb.children:
        if way.lower_ not in ("up", "down") or way.i < verb.i:
            continue
        following = way.i + 1
        if following < len(doc) and doc[following].lower_ == "by":
            following += 1
        if following < len(doc) and doc[following].lower_ in ("since", "after"):
            # since a change of the writer's (round42): "saves are up since we
            # started replying to every comment"
            return any(t.lower_ in ("we", "i") for t in doc[following : following + 4])
        return following < len(doc) and is_count(doc[following])
    return False


def _a_platforms_level(head: Token, platforms: Collection[str]) -> bool:
    """Is the metric, on a platform, said to be at a level now, of no one in
    particular: "Organic reach on Facebook is roughly 3% now", "average
    engagement on LinkedIn is about 2%"? The platform's, news about it. Not
    the writer's ("our organic reach on Facebook is 12%", "Reach on Facebook
    is 12% for us") nor a past period's ("was 12% in May")."""
    verb = head.head
    if head.dep_ != "nsubj" or not _present_be(verb):
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return False
    on_a_platform = any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "across")
        and any(o.dep_ == "pobj" and o.lower_ in platforms for o in c.children)
        for c in head.children
    )
    return on_a_platform and not any(t.lower_ in _MINE for t in head.sent)


def _a_group(noun: Token, content: frozenset[str]) -> bool:
    """Is a bare plural a kind of account or people ("publishers", "small
    brands"), not a stretch of time ("for months", "for three weeks") nor the
    writer's kind of content ("engagement dropped for carousels")?"""
    if noun.tag_ != "NNS" or noun.lemma_ in _TIME_NOUNS or noun.lemma_ in content:
        return False
    return not any(c.dep_ == "nummod" or is_count(c) for c in noun.children)


# Every account's at once: "everybody's reach fell" (the parse splits off the "'s").
_EVERYONES = frozenset({"everyone", "everybody"})


def _moved_for_everyone(head: Token, content: frozenset[str]) -> bool:
    """Is the metric the subject of a verb said of every account at once:
    "reach fell for everyone this month", "views dropped across all
    accounts", "engagement is down for most creators", "reach fell for
    publishers", or explained with no owner ("Why organic reach fell this
    week")? A change the whole platform saw is news about it, not the
    writer's result; "our reach fell for a month", "reach fell across our
    pages" and "reach fell for the brand" stay ours."""
    # "aux": "Why did organic reach fall…" parses "reach" as a verb before "fall".
    if head.dep_ not in ("nsubj", "nsubjpass", "aux") or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children
    ):
        return False
    if head.head.lemma_ == "thank":
        # "Half a million subscribers 🎉 Thank you for every comment": misparsed thanks.
        return False
    if any(c.dep_ == "poss" and c.lower_ in _EVERYONES for c in head.children):
        return True  # "the platform changed and everybody's reach fell"
    asking = itertools.chain(head.head.children, head.children)
    if any(c.dep_ == "advmod" and c.lower_ in ("why", "how") for c in asking):
        return True  # "Why organic reach fell this week": a piece explaining it, no owner
    if any(c.lower_ == "everywhere" for c in head.head.children):
        return True  # "organic reach is dropping everywhere" (round49)
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "across"):
            continue
        for whole in prep.children:
            if prep.lower_ == "across" and whole.lower_ == "board" and whole.dep_ == "pobj":
                # "views fell across the board" (round49); not "… for our channels"
                return not any(t.lower_ in ("our", "my") for t in head.head.subtree)
            if whole.dep_ != "pobj" or any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("all", "every", "most"))
                for c in whole.children
            ):
                continue  # "for our clients", "for the brand"
            if whole.lower_ in _EVERYONES or _a_group(whole, content):
                return True  # "for everyone", "for publishers", "across brands"
            # "for every page", and "for almost every B2B page", whose "every"
            # the parse may hang on the compound before the noun (round49).
            if any(t.lower_ in ("all", "every", "most") for t in whole.subtree if t.i < whole.i):
                return True
    return False


def _one_of_others(holder: Token, content: frozenset[str]) -> bool:
    """Is ``holder`` a "one" picked out of people or accounts named before it
    ("three national accounts, including one with…", "among them one with…"),
    not out of the writer's content ("ten reels, including one with…")?"""
    if holder.lower_ != "one" or holder.dep_ != "pobj":
        return False
    picking = holder.head
    if picking.lower_ not in ("including", "among"):
        return False
    named = picking.head
    return named.pos_ == "NOUN" and named.lemma_ not in content


# Prepositions that put someone else beside the writer: "opened for a band",
# "talked to a creator", "played after a DJ" (not "grew from a page", the
# writer's own start).
_BESIDE_ANOTHER = frozenset({"for", "to", "alongside", "beside", "behind", "after", "against"})
# And with one brought in with "a" only: "passed on a brand", "partnered with
# a creator" (round39); not "hit #1 on r/gifs with 45k upvotes".
_BESIDE_ONE_BROUGHT_IN = frozenset({"on", "with"})


def _said_of_every(head: Token) -> bool:
    """Is the counted term what every (or each, or any) such thing gets, in the
    present ("every doom thread on here gets 10k likes")? Said of any of them,
    no one's count; not where the writer speaks outside quotation marks
    ("every post we make gets 10k likes" is theirs)."""
    verb = head.head
    if head.dep_ != "dobj" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    sentence = head.sent
    opening = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    if opening is None or opening.lower_ not in ("every", "each", "any"):
        return False
    # A kind of thing ("every layoffs thread on here", "every 'I made $0'
    # thread"), not a bare "every reel", which may be the writer's own.
    between = head.doc[opening.i + 1 : verb.i]
    if not any(t.is_quote or t.dep_ in ("compound", "amod", "prep") for t in between):
        return False
    quoted = False
    for token in sentence:
        if token.is_quote:
            quoted = not quoted
        elif not quoted and token.lower_ in _MINE:
            return False
    return True


def _before_a_count(doc: Doc, index: int, start: int) -> int:
    """The first index at or before ``index`` (not before ``start``) that is
    no count or scale word: the word before a count that ends at ``index``."""
    while index > start and (is_count(doc[index]) or _is_scale(doc[index])):
        index -= 1
    return index


def _stalled_at(head: Token, failing: frozenset[str]) -> bool:
    """Is the counted term where a piece failed or stalled, read by word order
    as the parse may make "flop" a noun ("a video flop at 300 views", "the
    reel stalled at 900 plays", "stuck at 40 followers")?"""
    doc = head.doc
    index = _before_a_count(doc, head.i - 1, head.sent.start)
    if index == head.i - 1 or index < 1 or doc[index].lower_ != "at":
        return False
    before = doc[index - 1]
    return before.lower_ in failing or before.lemma_ in failing


def _of_any_amount(head: Token) -> bool:
    """Is the term "of" an amount of any size, "no" or "any" before it ("no
    amount of likes changes that", "any number of followers"), or itself any
    one ("more to me than any follower milestone", round44)?"""
    noun = head.head if head.dep_ in ("compound", "amod") else head
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return True
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    holder = head.head.head
    return holder.lower_ in ("amount", "number", "level") and any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in holder.children
    )


def _a_threshold(head: Token) -> bool:
    """Is the counted term a bound that sorts things, right after a plural
    noun ("tracks under 1,000 streams", "accounts with fewer than 10k
    followers", "every page with more than 2,000 followers", "smaller
    accounts (under 10k followers)", "creators around 50k followers",
    "creators, each with between 5k and 40k followers")? A rule's or a
    policy's threshold, no one's count; "we're just under 50k followers" has
    no noun before the bound."""
    doc = head.doc
    index = _before_a_count(doc, head.i - 1, head.sent.start)
    if index == head.i - 1 or index <= head.sent.start:
        return False
    bound = doc[index]
    if bound.lower_ == "and":  # "creators with between 5k and 40k followers": a range
        index = _before_a_count(doc, index - 1, head.sent.start)
        bound = doc[index]
        if bound.lower_ != "between" or index <= head.sent.start:
            return False
    elif bound.lower_ == "than" and doc[index - 1].lower_ in ("fewer", "less", "more"):
        index -= 1
    elif bound.lower_ not in ("under", "below", "over", "above", "around"):
        return False
    before = doc[index - 1]
    if (before.lower_ == "with" or before.text in ("(", "[")) and index >= 2:
        # "accounts with fewer than 10k followers", "accounts (under 10k followers)"
        before = doc[index - 2]
    if before.lower_ == "each" and before.i - 2 >= head.sent.start:
        # "30 micro-creators, each with between 5k and 40k followers"
        before = doc[before.i - 2] if doc[before.i - 1].text == "," else doc[before.i - 1]
    # not the writer's own sorted ("our posts over 10k views all had faces"),
    # read by word order, as this may be read before any parse; nor things
    # counted above a bound ("4 posts over 1M impressions": four did it)
    ahead = doc[max(before.i - 2, head.sent.start) : before.i]
    mine = any(t.lower_ in _MINE for t in ahead)
    counted = doc[index].lower_ in ("over", "above", "around", "more") and any(
        is_count(t) for t in ahead
    )
    # or one of any such ("every account with more than 1,000 followers gets
    # access": a feature's bar)
    each = before.tag_ == "NN" and any(c.lower_ in _EVERY for c in before.children)
    return (before.tag_ == "NNS" or each) and not mine and not counted


# Words of an amount in words around its scale: "tens of millions of".
_SCALES_OF_SCALES = frozenset({"of", "tens", "hundreds", "dozens"})


def _holders_of_a_size(head: Token) -> bool:
    """Is the counted term the size of a kind of holder, "with" after a plural
    noun no count sits before ("a few accounts with millions of followers set
    the agenda", "creators with 10k followers earn less than you think")? A
    kind of account, no one's count, in a sentence where the writer is not:
    "we're one of the few bakeries with 100k followers" is the writer's, and
    "4 posts with 1M views" were counted."""
    doc = head.doc
    index = head.i - 1
    while index > head.sent.start and (
        doc[index].lower_ in _SCALES_OF_SCALES or is_count(doc[index]) or _is_scale(doc[index])
    ):
        index -= 1  # "with tens of millions of followers": an amount in words too
    if index == head.i - 1 or index < head.sent.start + 1 or doc[index].lower_ != "with":
        return False
    holders = doc[index - 1]
    if holders.tag_ != "NNS" or any(is_count(t) for t in doc[max(holders.i - 2, 0) : holders.i]):
        return False
    # The writer before the count or just after it; not in a clause further on
    # ("Not the big ones with millions of listeners, I want the niche ones", round42).
    after = []
    for token in doc[head.i + 1 : min(head.sent.end, head.i + 4)]:
        if token.is_punct:
            break
        after.append(token)
    return not any(t.lower_ in _MINE for t in [*doc[head.sent.start : head.i], *after])


def _someone_of_a_size(head: Token, people: frozenset[str]) -> bool:
    """Is the counted term the size of someone brought in with "a" by a role
    ("When a celebrity with 9M followers posts about your charity", "a
    creator with 2 million subscribers")? Theirs, whoever the writer is."""
    doc = head.doc
    index = head.i - 1
    while index > head.sent.start and (is_count(doc[index]) or _is_scale(doc[index])):
        index -= 1
    if index == head.i - 1 or index < head.sent.start + 2 or doc[index].lower_ != "with":
        return False
    holder = doc[index - 1]
    if holder.lemma_.lower() not in people:
        return False
    return any(t.lower_ in ("a", "an") for t in doc[max(head.sent.start, holder.i - 3) : holder.i])


def _the_readers_object(verb: Token) -> bool:
    """Is what the verb's people see or watch the reader's ("200 people see
    your post", "2,000 people watch your reels")?"""
    return any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "your" for p in c.children)
        for c in verb.children
    )


def _a_gerund_asked(verb: Token) -> bool:
    """Is the verb a gerund with no subject that opens a question of its own
    ("Going viral on purpose?", a talk's title: "'Trending for the wrong
    reasons?'"), a question posed about it, no one's result?"""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and not (before.is_punct or before.is_quote):
        return False
    for token in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]:
        if token.text in (".", "!", "\n") or token.is_quote:
            return False
        if token.text == "?":
            return True
    return False


def _purpose_denied(verb: Token) -> bool:
    """Is ``verb`` a purpose ("to go viral") of a clause the writer denies:
    "we don't post to go viral", "we never write a headline to go viral"
    (the parse hangs the purpose on the object)?"""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    done = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if verb.dep_ not in ("advcl", "xcomp", "acl") or done.pos_ not in ("VERB", "AUX"):
        return False
    return _denied(done)


def _a_reason_others_never_had(verb: Token) -> bool:
    """Is ``verb`` a "because" clause of what others are said never to do
    ("The ministers who mattered never read anything because it was
    trending")? A reason denied of them, nothing that happened (round45); the
    writer's own ("we didn't sell out because it went viral") is left to the
    rest of the sentence."""
    if not _a_because_clause(verb):
        return False
    done = verb.head
    if not _denied(done):
        return False
    subject = next((c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in _MINE


def _denied(verb: Token) -> bool:
    """Does ``verb`` carry its own "not" or "never"?"""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _a_reason_to_come_denied(verb: Token) -> bool:
    """Is ``verb`` a "because" clause of what is still to come ("they'll go
    viral", "it might trend") under a clause the writer denies: "we don't
    make videos because they'll go viral"? A reason refused, no result; a
    reason that happened ("we didn't sell out because it went viral") is left
    to the rest of the sentence (round46)."""
    if not _a_because_clause(verb):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return _denied(verb.head)


def _posting_denied_for(verb: Token, publishing: frozenset[str]) -> bool:
    """Is ``verb`` the purpose of posting the writer denies ("I don't post
    more to grow my followers", "we never post to grow followers"): a reason
    refused, no result (round45)? Not a means denied, which says the result
    came without it ("we didn't spend a penny to reach 10k followers")."""
    return _purpose_denied(verb) and verb.head.lemma_ in publishing


def _if_you_had_told_me(verb: Token) -> bool:
    """Is ``verb`` the "if you'd told me" of a surprise ("If you'd told me in
    January that a post about my dad's shop would get 900,000 views, I'd have
    laughed")? What would have been told is what happened."""
    children = list(verb.children)
    return (
        verb.lemma_ in ("tell", "say")
        and verb.tag_ in ("VBD", "VBN")  # a past unreal: not "if you tell me it will…"
        and any(c.dep_ == "mark" and c.lower_ == "if" for c in children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("you", "someone", "anyone") for c in children)
        and any(c.lower_ in ("me", "us") for c in children)
    )


def _an_intent_denied(verb: Token) -> bool:
    """Is ``verb`` the purpose of an intent the writer denies: "we're not
    trying to go viral", "we never aimed to hit 10k followers", "I'm not going
    to try to 'go viral'" (up a chain of "to" clauses)? Refused, no goal."""
    for _ in range(3):
        # or an infinitive with its own subject (round49): "I don't want our posts to go viral"
        to_clause = verb.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        )
        if verb.dep_ != "xcomp" and not to_clause:
            return False
        verb = verb.head
        if _denied(verb):
            return True
    return False


def _a_pieces_subject(word: Token, content: frozenset[str]) -> bool:
    """Is the word the start of what a piece is about ("my thread on how to get
    more followers did 2M impressions"): the piece's subject, no advice to
    the reader about the counts that follow?"""
    doc = word.doc
    return (
        word.i >= 2
        and doc[word.i - 1].lower_ in ("about", "on")
        and doc[word.i - 2].lemma_ in content
    )


def _inside_the_subject(word: Token, term: Token) -> bool:
    """Is the term inside the clause that ``word`` ("how", "why") opens, before
    the verb of the sentence it is the subject of ("my thread on how to get
    more followers did 2M impressions": "more followers" is inside; "2M
    impressions" is what the thread did)? Read by word order, no verb that
    tells a tense between them: the parse often hangs both on the main verb."""
    between = word.doc[word.i + 1 : term.i]
    return word.i < term.i and not any(t.tag_ in _TENSED for t in between)


def _across_a_whole_field(sentence: Span, fields: frozenset[str]) -> bool:
    """Does the sentence say what it tells of a whole industry or platform
    ("downloads per episode fell 11% industry-wide", "reach is down 30%
    across the sector", "views dropped platform-wide"), with nothing of the
    writer's in it: a trend reported, not the writer's result?"""
    if any(t.lower_ in _MINE for t in sentence):
        return False
    return any(t.lower_ in fields and _said_field_wide(t) for t in sentence)


def _said_field_wide(field: Token) -> bool:
    """Is the field said with "-wide" ("industry-wide", "sectorwide") or after
    "across the" ("across the sector")?"""
    doc = field.doc
    after = [t.lower_ for t in doc[field.i + 1 : field.i + 3]]
    before = [t.lower_ for t in doc[max(field.i - 2, 0) : field.i]]
    return after == ["-", "wide"] or field.lower_.endswith("wide") or before == ["across", "the"]


def _withheld(head: Token, withholding: frozenset[str]) -> bool:
    """Is the outcome what someone refused to tell, the object (or in the
    object) of a verb that hangs on "declined to" or "refused to": "the brand
    declined to share sales figures", "refused to disclose revenue"?"""
    for ancestor in [head, *list(head.ancestors)[:3]]:
        if ancestor.dep_ == "xcomp" and ancestor.head.lemma_ in withholding:
            return True
    return False


def _point_of_view(sentence: Doc | Span, openings: frozenset[tuple[str, ...]]) -> bool:
    """Does the sentence open with a meme's label ("POV: your 11-second cat
    video has 3.4M views and your actual art has 212", "that moment when your
    hold music gets more streams than…")? Its "you" is the writer, telling
    their own lot, not advice to the reader."""
    words = tuple(t.lower_ for t in sentence[:6] if not t.is_space)
    return any(words[: len(opening)] == opening for opening in openings)


def _another_verbs_not(neg: Token, verb: Token) -> bool:
    """Is the "n't" the parse hung on ``verb`` the contraction of a verb before
    it that is not the verb's own auxiliary: "our video on why the sky isn't
    actually blue hit 8 million views" ("is" + "n't", in the video's title)?"""
    if neg.i == 0 or not neg.text.lower().startswith("n"):
        return False
    before = neg.doc[neg.i - 1]
    return before.pos_ in ("AUX", "VERB") and before.i != verb.i and before.head.i != verb.i


def _spend_then_get(head: Token) -> bool:
    """Is the metric what a second bare verb gets after a first that spends
    ("Spend £450, get 150,000 impressions → CPM = £3.00"): a worked example
    in the imperative, no result?"""
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if _imperative(verb):  # "→ CPM = £3.00" hung on "Spend" itself, after the "get"
        got = [c for c in verb.children if c.dep_ in ("conj", "dep") and c.i < head.i]
        verb = got[0] if got and got[0].pos_ == "VERB" else verb
    if verb.dep_ not in ("conj", "dep") or not _imperative(verb.head):
        return False
    spent = [t for t in verb.head.subtree if t.i < verb.i]
    return any(t.text in _CURRENCY or is_money(t) for t in spent)


def _on_any(head: Token) -> bool:
    """Is the metric said of any such thing ("half the streams on any playlist
    are bots", "the views in any feed"): "any" on the noun of its
    preposition, which names no thing of the writer's ("on any post we share"
    is each of theirs; "more views than any post" a comparison)?"""
    for preposition in head.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("on", "in", "across", "from"):
            continue
        for noun in preposition.children:
            any_one = any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
            if any_one and not any(t.lower_ in _MINE for t in noun.subtree):
                return True
    return False


def _second_subject(one: Token) -> bool:
    """Is "one" a second subject of its verb after a name, an apposition the
    parse split off between dashes: "Chef Marco Rinaldi — yes, the one with 2
    million followers — popped in"?"""
    return one.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < one.i for c in one.head.children
    )


def _done_by_no_one(head: Token) -> bool:
    """Is the outcome verb (or the verb of the outcome's clause) done by no
    one: "Nobody has bought anything yet", "no one has signed up"? None was
    done; "no one expected it to sell out" is not the outcome's own verb."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in verb.children)


def _a_share_of_a_kind(noun: Token) -> bool:
    """Is the noun a share of a kind of things, none of them the writer's
    ("half the songs that hit 50 million views last year never charted",
    "most of the videos that got 1M views")? A statement about many, in any
    tense; "half our videos" are the writer's."""
    if noun.tag_ != "NNS":
        return False
    doc = noun.doc
    before = doc[max(noun.sent.start, noun.i - 4) : noun.i]
    if any(t.lower_ in _MINE or is_count(t) for t in before):
        return False  # nor a group counted: "all 2,400 hunters who upvoted us"
    return any(t.lower_ in _SHARES_OF_A_KIND for t in before)


def _a_share_of_a_sample(verb: Token) -> bool:
    """Is the verb said of a share of a sample fronted with "of" ("Of 500
    trending sounds, 61% stopped trending", "of 2,000 posts, a third went
    viral")? A study's finding about things of a kind; "of the 40 videos we
    posted, 3 went viral" are the writer's, and so are "our" ones. Word order:
    the parse of a fronted "of" after a colon goes astray."""
    doc = verb.doc
    opened = verb.sent.start
    for of in doc[opened : verb.i]:
        if of.lower_ != "of" or (of.i > opened and doc[of.i - 1].text not in _CLAUSE_OPENERS):
            continue
        comma = next((t.i for t in doc[of.i + 1 : verb.i] if t.text == ","), None)
        if comma is None or comma - of.i > _SAMPLE_WORDS:
            return False
        sample = doc[of.i + 1 : comma]
        counted = any(is_count(t) for t in sample)
        bare = not any(t.tag_ in ("DT", "PRP$") or t.lower_ in _MINE for t in sample)
        return counted and bare and sample[-1].tag_ == "NNS"
    return False


def _said_by_a_share_of_people(verb: Token, saying: frozenset[str]) -> bool:
    """Is the verb in what a share of people surveyed say ("64% of
    13-17-year-olds say they feel pressure to post content that will go
    viral", round50)? A survey's finding, their words. Not a share of the
    writer's people ("40% of our followers say…"), left to the other readers."""
    for ancestor in verb.ancestors:
        if ancestor.lemma_ not in saying:
            continue
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.text != "%":
            return False
        return not any(t.lower_ in _MINE for t in subject.subtree)
    return False


def _a_share_of_what_was_studied(verb: Token, studying: frozenset[str]) -> bool:
    """Is the verb's subject a share "of" things someone studied ("only 0.3%
    of the 9,000 videos we analysed went viral", "a third of the posts they
    tracked")? A study's finding about its sample, not a result."""
    subject = _subject_of(verb)
    if subject is None:
        return False
    for of in subject.children:
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for sample in of.children:
            if sample.dep_ == "pobj" and any(
                c.dep_ == "relcl" and c.lemma_ in studying for c in sample.children
            ):
                return True
    return False


# What may open the clause a fronted "of" starts: "…TikTok: of 500 sounds, 61%…".
_CLAUSE_OPENERS = frozenset({":", ";", "\u2014", "\u2013", "-"})
# How many words a sample fronted with "of" may take: "of 500 'trending' sounds".
_SAMPLE_WORDS = 7


def _ranked_subject(head: Token) -> Token | None:
    """The subject a superlative before a noun ranks when the noun is what the
    subject is or became ("X has become one of the most followed streamers",
    "X is the most-watched creator"), or None."""
    if head.dep_ != "amod":
        return None
    noun = head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "one of the most followed streamers"
    if noun.dep_ != "attr":
        return None
    return _subject_of(noun.head)


def _someone_unnamed(holder: Token) -> bool:
    """An indefinite pronoun for a person ("someone with 2M followers",
    "anyone with 10k subscribers"): someone, not the writer's content."""
    return holder.pos_ == "PRON" and holder.lower_ in _SOMEONE


def _held_with_misparsed(head: Token) -> Token | None:
    """The holder of a metric after "with" that the parse made the subject of
    the verb after it: in "a typical influencer with 50,000 followers charges
    $500 a post" (lower case, or a line that opens without a capital), "with"
    takes the clause "[50,000 followers] charges…" as its object. The holder
    is what "with" hangs on ("influencer"), as in the right parse."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ not in ("pobj", "pcomp") or verb.head.lower_ != "with":
        return None
    with_ = verb.head
    if head.left_edge.i != with_.i + 1:
        return None  # "with" must open the metric's own phrase
    before = head.doc[with_.i - 1]
    if with_.head.pos_ == "VERB" and before.pos_ == "NOUN":
        # "Watching creators with 10 million subscribers burn out…": "with"
        # hung on the verb, the holder is the noun right before it
        return before
    return with_.head


def _people_with_by_order(head: Token, persons: frozenset[str]) -> Token | None:
    """People right before the "with" that opens the metric's phrase, by word
    order, when the parse hung the phrase elsewhere: "I know creators with 4k
    followers out-earning people with 400k" made "followers" a modifier of
    "people" (round40). Only people: "the year with 40k followers" is no
    holder."""
    if head.dep_ in ("pobj", "pcomp"):
        return None  # the parse read the "with" itself
    at = head.i - 1
    while at > 0 and (is_count(head.doc[at]) or head.doc[at].pos_ == "ADJ"):
        at -= 1
    if at == head.i - 1 or at < 1 or head.doc[at].lower_ != "with":
        return None
    before = head.doc[at - 1]
    return before if before.tag_ == "NNS" and before.lemma_ in persons else None


def _what_makes_any_piece(verb: Token, pieces: frozenset[str]) -> bool:
    """Is the verb a present "make", "help", "get" or "let" whose piece, right after it, is
    any one, brought in with "a" ("3 things that make a reel go viral", "what
    helps a video blow up"; round48)? A recipe for any piece, not one piece's
    result; "the hook that made our reel go viral" is the writer's. Read by
    word order: the parse may make "reel go" one noun."""
    if verb.lemma_ not in _CAUSING:
        return False
    doc = verb.doc
    after = doc[verb.i + 1 : min(verb.sent.end - 1, verb.i + 3)]
    return any(
        t.lower_ in ("a", "an", "any") and doc[t.i + 1].lemma_.lower() in pieces for t in after
    )


def _the_writer_described(holder: Token) -> bool:
    """Is the noun a "with" hangs on the writer described ("We're a charity
    with 1.2M followers", "As a brand with 2M followers, we…", "our charity
    with 1.2M followers"; round48)? The writer's audience, not someone's."""
    if _owner_says_us(holder):
        return True
    clause = None
    if holder.dep_ == "attr":
        clause = holder.head  # "We're a charity with…"
    elif holder.dep_ == "pobj" and holder.head.lower_ == "as":
        clause = holder.head.head  # "As a brand with 2M followers, we…"
    return clause is not None and any(
        c.dep_ == "nsubj" and c.lower_ in _MINE for c in clause.children
    )


def _an_organisation_with_by_order(head: Token, organisations: frozenset[str]) -> Token | None:
    """An organisation brought in with "a" or "one" right before the "with"
    that opens the metric's phrase, by word order, when the parse made the
    metric the subject of the verb after it: "A charity with 1.2M Instagram
    followers raised less last year than my local hospice" (round48)."""
    if head.dep_ in ("pobj", "pcomp"):
        return None  # the parse read the "with" itself
    doc, at = head.doc, head.i - 1
    while at > 0 and (
        is_count(doc[at])
        or _is_scale(doc[at])
        or (doc[at].dep_ == "compound" and doc[at].head.i == head.i)
    ):
        at -= 1
    if at == head.i - 1 or at < 1 or doc[at].lower_ != "with":
        return None
    before = doc[at - 1]
    if before.lemma_ not in organisations or not _brought_in_as_one_of_many(before):
        return None
    return before


def _the_one_filmed_before_with(head: Token, persons: frozenset[str]) -> bool:
    """Is the "with" that holds the count hung on a piece whose "of" names a
    person right before it ("that clip of the guy with 2 million followers"):
    the person's audience, though the parse gave it to the clip?"""
    with_ = head.head
    if with_.i == 0:
        return False
    before = head.doc[with_.i - 1]
    return (
        before.lower_ in persons
        and before.dep_ == "pobj"
        and before.head.lower_ == "of"
        and before.head.head.i == with_.head.i
    )


def _met_with_an_audience(
    head: Token, content: frozenset[str], people: frozenset[str]
) -> Token | None:
    """Someone introduced with an audience, whose "with" the parse hung on the
    verb (or on the piece, after someone it came from: "the thread from the
    ex-retail CFO with 700k followers"): "Interviewed a chef with 3.2 million
    followers today" ("with" on
    "Interviewed"), "opened for a band with 2 million monthly listeners". The
    holder is the object (or the preposition's) right before "with",
    introduced by "a"; not "ended the year with 40k followers" (the writer's
    year), nor a piece of content ("we launched a reel with 2M views")."""
    with_ = head.head
    if head.dep_ != "pobj" or with_.lower_ != "with":
        return None
    before = head.doc[with_.i - 1] if with_.i > 0 else None
    if before is not None and _a_person_a_piece_came_from(before, people):
        return before  # "saw the thread from the ex-bank PM with 900k followers" (round36)
    if with_.head.pos_ not in ("VERB", "AUX"):
        return None
    if before is not None and before.dep_ == "npadvmod" and before.left_edge.i > 0:
        # "Booked a headliner this week with 9 million monthly listeners": past
        # the time phrase the parse hung on the verb too (round32)
        before = head.doc[before.left_edge.i - 1]
    if before is None:
        return None
    # "The dress is from a tiny brand with 800 followers": where a thing comes
    # from, after "be" (round32); not "we grew from a page with 200 followers"
    origin = before.dep_ == "pobj" and before.head.lower_ == "from" and with_.head.pos_ == "AUX"
    beside = before.head.lower_ in _BESIDE_ANOTHER or (
        before.head.lower_ in _BESIDE_ONE_BROUGHT_IN and _introduced_indefinitely(before)
    )
    if before.dep_ == "pobj" and not beside and not origin:
        return None  # "we grew from a page with 200 followers": the writer's own start
    object_of = before.head.head if before.dep_ == "pobj" else before.head
    if before.dep_ not in ("dobj", "pobj") or object_of.i != with_.head.i:
        return None
    # "she deleted her account with 90,000 followers", "I've seen a colleague's
    # paper with 40,000 views praised": a third person's (round32)
    theirs = any(
        c.dep_ == "poss" and (c.lower_ in ("her", "his", "their") or _introduced_indefinitely(c))
        for c in before.children
    )
    indefinite = _introduced_indefinitely(before) or _a_bare_plural(before) or theirs
    # a piece of content only when another's ("a competitor's reel with 4M views")
    if not indefinite or before.pos_ != "NOUN" or (before.lemma_ in content and not theirs):
        return None
    return before


def _the_leading_ones(noun: Token, leading: frozenset[str]) -> bool:
    """Is the noun "the" plural of a kind's leading ones ("the big maths
    channels", "the top creators"), or "the" one ranked first ("the biggest
    cooking channel on YouTube"): others of a kind, as a bare plural is, not
    the writer's ("our big channels")? Or one of them (round37): "one of the
    big London hotels now has 600k followers"."""
    if noun.lower_ == "one":
        kind = _what_it_is_of(noun)
        return kind is not None and _the_leading_ones(kind, leading)
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if determiners != ["the"]:
        return False
    if noun.tag_ == "NN":  # "the biggest cooking channel on YouTube has 40M subscribers"
        return any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children)
    return noun.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.lower_ in leading for c in noun.children
    )


def _a_bare_plural(noun: Token) -> bool:
    """Is the noun a plural with no determiner or owner, people of a kind ("I
    have booked bands with 300,000 monthly listeners"), as "a" introduces one?"""
    return noun.tag_ == "NNS" and _undetermined(noun)


def _undetermined(noun: Token) -> bool:
    """Has the noun no determiner and no owner ("bands", "2,000 real readers";
    not "the bands", "our 2,000 readers")?"""
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


def _ranked_first_as_its_subject(holder: Token) -> bool:
    """Is ``holder`` the rank its sentence's subject is said to hold, with a
    "#" ("Morning Drive is now the #1 show in town with 400,000 weekly
    listeners")? The audience "with" it is the ranked subject's, a brag,
    not someone's met in passing."""
    if holder.dep_ != "attr":
        return False
    doc = holder.doc
    return any(t.text == "#" for t in doc[max(holder.left_edge.i, holder.i - 4) : holder.i])


def _chart_ranked_on(holder: Token, rank_openers: frozenset[str]) -> bool:
    """Is ``holder`` a chart something is ranked on ("debuted at No. 3 on the Hot
    100 with 31 million streams")? The parser may hang "with" on the chart's
    name, but a chart has no streams of its own: they are the ranked thing's."""
    preposition = holder.head
    if holder.dep_ != "pobj" or preposition.lower_ not in ("on", "in", "atop"):
        return False
    before = holder.doc[max(0, preposition.i - 4) : preposition.i]
    return any(
        t.lower_ in rank_openers and any(is_count(n) for n in before[k + 1 : k + 3])
        for k, t in enumerate(before)
    )


def _hoped_in_its_sentence(head: Token, markers: frozenset[str]) -> bool:
    """Does the outcome's sentence say it is only hoped for, by a marker of
    hope before it ("fingers crossed", "hopefully", "🤞") rather than a verb
    of intent (``_wanted_outcome``)? Not a marker after a result ("sales rose
    12% in May, fingers crossed for June"). Word order decides, so an
    unparsed sentence reads the same."""
    if not head.doc.has_annotation("SENT_START"):
        return False
    sentence = head.sent
    before = head.doc.text[sentence.start_char : head.idx].lower()
    return any(marker in before for marker in markers)


# The present "is" that defines a phrase before it: "'going viral' is the worst thing".
_PRESENT_IS = frozenset({"is", "are", "'s", "isn't", "aren't"})
# What defines a quoted phrase after it besides "is": "'going viral' means I'm
# sick" (round32).
_DEFINING = _PRESENT_IS | {"means", "meant"}


def _quoted_then_is(verb: Token) -> bool:
    """Is the gerund the first word of a quoted phrase that "is", "are" or
    "means" then defines: "'going viral' is the worst thing", "\u201ctrending\u201d
    isn't a plan", "my mum thinks 'going viral' means I'm sick"?"""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _QUOTE_MARKS:
        return False
    close = verb.i + 1
    while close < len(doc) and close - verb.i <= 3 and doc[close].text not in _QUOTE_MARKS:
        close += 1
    after = close + 1
    return after < len(doc) and doc[close].text in _QUOTE_MARKS and doc[after].lower_ in _DEFINING


def _labelled_then_is(verb: Token) -> bool:
    """Is the gerund the first word after a label's colon, its phrase's next
    word a present "is" or "are" ("Hot take for this week's episode: going
    viral is overrated")? The parse hangs such a phrase on the label."""
    doc = verb.doc
    # The phrase's verb, or its last word ("viral") when the parse gives that.
    if verb.tag_ != "VBG" and verb.i > 0 and doc[verb.i - 1].tag_ == "VBG":
        verb = doc[verb.i - 1]
    if verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != ":":
        return False
    after = verb.i + 2
    return after < len(doc) and doc[after].lower_ in _PRESENT_IS


# Indefinite pronouns for a person, who may hold an audience "with" it.
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
# Tags that make quoted words a clause, not a modifier: a person, a finite
# verb or a question word ("we're hiring", "how we hit 10k followers").
_CLAUSE_TAGS = frozenset({"PRP", "VBD", "VBZ", "VBP", "MD", "WRB", "WP"})
# How far up from an outcome the piece that shows it may stand: "the video
# (of) me packing orders" is three steps, "my post about how our team runs
# pipeline reviews" six.
_SHOWN_REACH = 7
# How many words a quoted line that is then judged may hold: "'we grew their
# followers 10x' is the least impressive sentence in a case study".
_QUOTED_LINE = 12
# Words a quoted control's name may run to on either side of the term.
_CONTROL_NAME = 4
_OTHERS_POSSESSIVES = frozenset({"their", "your", "his", "her"})


def _short_quotation_around(head: Token) -> tuple[Token, Token | None] | None:
    """The marks of a short quotation holding the term (at most
    ``_CONTROL_NAME`` tokens each side): the opening mark, and the word right
    after the closing one (None at the end of the Doc); None if no such marks."""
    doc = head.doc
    opening = next(
        (
            t
            for t in reversed(doc[max(0, head.i - _CONTROL_NAME) : head.i + 1])
            if t.text in _QUOTE_MARKS
        ),
        None,
    )
    if opening is None:
        return None
    for token in doc[head.i + 1 : min(len(doc), head.i + _CONTROL_NAME + 1)]:
        if token.text in _QUOTE_MARKS:
            return opening, doc[token.i + 1] if token.i + 1 < len(doc) else None
    return None


def _words_told_not_to_use(head: Token, wording: frozenset[str]) -> bool:
    """Is the term inside a quotation that a verb of writing or saying takes,
    after a word that says to stop ("stop writing 'our post went viral' in
    recaps", "never say 'went viral' to a client")? The words are named, to
    be dropped; no one's attention is claimed. A long quotation too ("we
    can't say 'the UK's most-followed bank'", round44)."""
    quoted = _short_quotation_around(head) or _quotation_in_sentence(head)
    if quoted is None or quoted[0].i < 2:
        return False
    doc = head.doc
    verb = doc[quoted[0].i - 1]
    if verb.lemma_ not in wording:
        return False
    before = doc[max(head.sent.start, verb.i - 2) : verb.i]
    return any(t.lemma_ in _STOPPING for t in before)


def _words_put_in_a_document(
    head: Token, wording: frozenset[str], documents: frozenset[str]
) -> bool:
    """Is the term inside a quotation a verb of writing puts "in" or "into" a
    planning document ("agency life is writing 'engagement up 4%' in a deck at
    1am", "typing 'record reach' into a slide"; round48)? The words a deck is
    given, named; not the writer's own deck ("we put 'reach up 40%' in our
    board deck" tells what the writer reported)."""
    quoted = _short_quotation_around(head)
    if quoted is None or quoted[0].i < 1 or quoted[1] is None:
        return False
    doc = head.doc
    verb = doc[quoted[0].i - 1]
    if verb.lemma_ not in wording or verb.pos_ != "VERB":
        return False
    after = doc[quoted[1].i : min(head.sent.end, quoted[1].i + 4)]
    if not after or after[0].lower_ not in ("in", "into", "on"):
        return False
    document = next((t for t in after if t.lemma_.lower() in documents), None)
    return document is not None and not any(t.lower_ in _MINE for t in after)


def _words_cut_from_a_draft(head: Token, cutting: frozenset[str]) -> bool:
    """Is the term inside a quotation that an edit takes out of a draft, the
    verb of cutting at most five words before its opening mark ("please cut
    the line about 'record engagement'", "delete 'went viral' from the
    caption")? The words are named, to be dropped (round45)."""
    quoted = _short_quotation_around(head) or _quotation_in_sentence(head)
    if quoted is None:
        return False
    doc = head.doc
    opening = quoted[0]
    for word in reversed(doc[max(head.sent.start, opening.i - 5) : opening.i]):
        if word.lemma_.lower() in cutting and (word.pos_ == "VERB" or word.i == head.sent.start):
            return True  # "Delete 'record engagement'…": an opening verb may be tagged a name
        if word.pos_ not in ("DET", "NOUN", "ADP", "ADJ", "PRON"):
            return False  # "we cut costs, and 'record engagement' followed": another clause
    return False


# Words that tell someone to stop doing what follows: "stop writing", "never say".
_STOPPING = frozenset({"stop", "quit", "avoid", "never", "not", "n't", "ban"})


def _a_controls_name(head: Token, controls: frozenset[str]) -> bool:
    """Is the term inside a short quotation that names an interface's control
    right after it ("the 'most viewed' sort on the shop page", "the “Likes”
    tab")? A label of the screen, not a count of anyone's attention."""
    quoted = _short_quotation_around(head)
    return quoted is not None and quoted[1] is not None and quoted[1].lower_ in controls


def _a_quoted_modifier(head: Token) -> bool:
    """Is the term inside a short quotation set between a determiner (or a
    count) and a noun ("the 'went viral' part of this story", "that "go
    viral" mindset")? The
    quoted words name a kind of thing, no one's attention."""
    quoted = _short_quotation_around(head)
    if quoted is None or quoted[1] is None or quoted[1].pos_ != "NOUN":
        return False
    opening = quoted[0]
    # or a count: "of 500 'trending' sounds", things counted under a label;
    # or another's possessive (round42): "the Daily Pulse's 'record 200
    # million views' claim", a claim of theirs named; or a possessive with an
    # adjective between (round48): "your next 'let's go viral' brainstorm"
    before = opening.i - 1
    if before < 0:
        return False  # the quotation opens the draft: nothing before it
    while before > head.sent.start and head.doc[before].tag_ == "JJ":
        before -= 1
    word = head.doc[before]
    if word.tag_ == "PRP$":
        return word.lower_ not in _MINE  # not "our 'most viewed' reel": the writer's (lead24)
    return word.tag_ in ("DT", "CD", "POS")


def _a_pieces_title(head: Token, content_nouns: frozenset[str]) -> bool:
    """Is the term inside the quoted title of the writer's or anyone's piece,
    after a determiner ("my 'we're hiring a data analyst' post", "the “how we
    hit 10k followers” video")? What the piece is called, not a claim of the
    sentence (another's by name: ``_in_anothers_quoted_title``)."""
    opening = _quoted_title_opening(head, content_nouns)
    if opening is None:
        return False
    doc = head.doc
    before = doc[opening.i - 1]
    if before.pos_ != "DET" and before.tag_ != "PRP$":
        return False
    # A title says something ("we're hiring", "how we hit 10k"); a quoted
    # modifier only labels the writer's piece ("our 'most viewed' reel").
    words = doc[opening.i + 1 : head.sent.end]
    said = itertools.takewhile(lambda t: not t.is_quote, words)
    return any(t.tag_ in _CLAUSE_TAGS for t in said)


def _quoted_name(head: Token, naming: frozenset[str]) -> bool:
    """Is the term inside a quotation right after a word that names ("a slide
    called 'Going Viral'", "a talk titled “1M followers in a year”")? What
    something is called, not a claim of the sentence."""
    quotation = _quotation_in_sentence(head)
    if quotation is None:
        return False
    before = _word_before_quotations(quotation[0])
    if before.lower_ in ("that", ":") and before.i > 0:
        before = before.doc[before.i - 1]  # "the stat that 'posts with images get 2x…'"
    return before.lower_ in naming


def _quoted_from_a_document(
    head: Token, documents: frozenset[str], holding: frozenset[str]
) -> bool:
    """Is the term inside a quotation that a planning document holds ("Every
    pitch deck has a slide that says 'go viral on TikTok'", "every brief we've
    had has 'make it go viral' somewhere in it")? The words the document uses,
    named, not a claim (round38); not the writer's own deck's line."""
    quotation = _quotation_in_sentence(head)
    if quotation is None:
        return False
    verb = _word_before_quotations(quotation[0])
    if verb.lemma_ not in holding or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "relcl":
        holder: Token | None = verb.head
    else:  # "has" the parse made the auxiliary of the quoted verb: that verb's subject
        holder = _subject_of(verb.head if verb.dep_ == "aux" else verb)
    if holder is None:
        return False
    # or any text at all (round42): "anything in the queue that says 'viral'
    # goes back", "every caption that says 'record engagement'"
    if not _any_text(holder) and holder.lemma_.lower() not in documents:
        return False
    return not any(c.lower_ in _MINE for c in holder.children)  # "our slide says 'we hit 1M'"


def _any_text(holder: Token) -> bool:
    """Is the holder of a quotation any text at all ("anything", "every
    draft"), or in a phrase on one ("anything in the lint queue that says…",
    where the parse hangs the clause on "queue")?"""
    for word in [holder, *list(holder.ancestors)[:2]]:
        if word.lower_ in _ANY_TEXT or any(
            c.dep_ == "det" and c.lower_ in _ANY_DETERMINERS for c in word.children
        ):
            return True
    return False


def _quoted_and_defined(head: Token) -> bool:
    """Is the term inside a quotation whose meaning is asked or told, "what
    'reached 40,000 people' meant" (round38)? The words, named."""
    quotation = _quotation_in_sentence(head)
    if quotation is None:
        return False
    closing = quotation[1]
    after = head.doc[closing.i + 1 : closing.i + 2]
    return len(after) == 1 and after[0].lemma_ == "mean"


def _word_before_quotations(opening: Token) -> Token:
    """The word before a quotation, or before the first of a list of them
    ("the phrases 'went viral' and 'broke the internet'": "phrases" for the
    second as for the first)."""
    doc = opening.doc
    before = doc[opening.i - 1]
    while (
        before.lower_ in ("and", "or", ",")
        and before.i >= 2
        and doc[before.i - 1].is_quote
        and doc[before.i - 1].i > opening.sent.start
    ):
        closing = doc[before.i - 1]
        earlier = next(
            (t for t in reversed(doc[opening.sent.start : closing.i]) if t.is_quote), None
        )
        if earlier is None or earlier.i == opening.sent.start:
            break
        before = doc[earlier.i - 1]
    return before


# Words of knowing that a negation before "how many" denies: "no idea", "not
# sure", "don't know", "no clue"; and words that do not know by themselves.
_KNOWING = frozenset({"idea", "clue", "sure", "know", "knows"})
_NOT_KNOWING = frozenset({"unclear", "unsure", "wonder", "wondering"})


def _tense_of_the_subjects_verb(participle: Token) -> bool:
    """Does the verb of the subject ``participle`` describes tell the clause's
    tense: always after "seen by", after "doing" or "getting" unless the
    clause names the writer ("a clip doing 3M views in a day is a great start
    for us" is the writer's clip)?"""
    if participle.tag_ == "VBN":
        return True
    return participle.tag_ == "VBG" and not _says_us(participle.head.head)


def _as_phrase_made_a_clause(verb: Token, subject: Token) -> bool:
    """Has the parse made "as a joke" the subject of the verb after it, a
    clause on the relative clause before ("the reel we posted at 11pm as a
    joke is at 2.3M views")? The verb's subject is the noun the relative
    clause describes, not any joke (round44)."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "relcl":
        return False
    start = subject.left_edge.i
    return start > 0 and subject.doc[start - 1].lower_ == "as" and subject.i < verb.i


def _who_does_it_asked(head: Token) -> bool:
    """Is the outcome verb asked of "who" opening its sentence ("Who's
    booking?", "who wants to order?")? An invitation to do it, none done
    (round44); not "Guess who booked 40 tables?" (done) nor a question
    within ("whether that changes who books")."""
    if head.pos_ != "VERB" or head.tag_ == "VBD" or head.sent[-1].text != "?":
        return False
    doc = head.doc
    before = doc[max(head.sent.start, head.i - 3) : head.i]
    return any(t.lower_ == "who" and _opens_sentence(t) for t in before)


def _where_it_started(head: Token) -> bool:
    """Is the term where a journey began, "from" it "to" this ("From 12
    volunteers and a borrowed van in 2015 to THIS")? The start, no result; the
    result is what "this" points at (round44). Read by the words, as the
    sentence may not be parsed."""
    doc, sentence = head.doc, head.sent
    before = doc[max(sentence.start, head.i - 3) : head.i]
    if not any(t.lower_ == "from" for t in before):
        return False
    after = list(doc[head.i + 1 : sentence.end])
    for at, word in enumerate(after[:-1]):
        if word.lower_ == "to":
            end = after[at + 1]
            closed = at + 2 >= len(after) or after[at + 2].is_punct or _emoji(after[at + 2])
            return end.lower_ in ("this", "that", "here", "now", "today") and closed
    return False


def _had_when_they_came_to_us(head: Token, joining: frozenset[str]) -> bool:
    """Is the term what a client had when it came to the writer ("When Tollan
    Outdoor came to us in 2020 they had 1.2M Instagram followers and a
    warehouse full of unsold tents")? The client's state before the work, the
    start of a case study, not a result of the writer's (round44)."""
    verb = head.head
    if verb.lemma_ != "have" or verb.tag_ != "VBD" or head.dep_ != "dobj":
        return False
    subject = _subject_of(verb)
    if subject is None or subject.lower_ in _MINE or _owner_says_us(subject):
        return False  # "When I joined, our page had 2,100 followers": the writer's own
    return any(
        clause.dep_ == "advcl"
        and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in clause.children)
        and (_came_to_us(clause) or _the_writer_joined(clause, joining))
        for clause in verb.children
    )


def _came_to_us(clause: Token) -> bool:
    """ "when Tollan came to us", nothing of the writer's doing in it."""
    return any(t.lower_ == "us" and t.dep_ in ("pobj", "dobj") for t in clause.subtree) and not any(
        t.lower_ in ("we", "i") for t in clause.subtree
    )


def _the_writer_joined(clause: Token, joining: frozenset[str]) -> bool:
    """ "when I joined Hollis & Pine in 2017", "when we started there" (round48):
    the writer arriving, the count then where the story starts;
    ``joining`` are grammar.yaml's joining_work_verbs."""
    return clause.lemma_ in joining and any(
        c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in clause.children
    )


def _thanked_for_on_the_way(head: Token, verb: Token) -> bool:
    """Does the term hang on the verb through a "thanks" before it ("Thanks
    for the 3,200 retweets, we'll be framing this one")? Thanks are for what
    came; the verb's "will" is the writer's plan after them (round44)."""
    node = head
    for _ in range(4):
        if node.head.i == node.i or node.head.i == verb.i:
            return False
        node = node.head
        if node.lower_ in ("thanks", "thank") and node.i < verb.i:
            return True
    return False


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two before it, the nearer, as a phrase fronted
    with a comma may be parsed a second subject ("Across 2 million tweets,
    posts with video get 3x more retweets": "posts")."""
    before = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(before) < 2:
        return _subject_of(verb)
    nearest = before[-1]
    after_a_comma = nearest.left_edge.i > 0 and verb.doc[nearest.left_edge.i - 1].text == ","
    return nearest if after_a_comma else _subject_of(verb)


def _how_many_unknown(head: Token) -> bool:
    """Is the outcome counted by "how many" or "how much" after words of not
    knowing ("no idea how many signups yet", "not sure how much revenue it
    drove")? The writer says the number is not known: no result told."""
    doc = head.doc
    at = head.i - 1
    while at > head.sent.start and (
        (doc[at].pos_ in ("ADJ", "NOUN") and doc[at].dep_ == "compound") or not doc[at].whitespace_
    ):
        at -= 1  # "how many trial signups", "how many sign-ups" (a word split at its hyphen)
    if at < head.sent.start + 1 or doc[at].lower_ not in ("many", "much"):
        return False
    if doc[at - 1].lower_ != "how":
        return False
    before = doc[max(head.sent.start, at - 5) : at - 1]
    if any(t.lower_ in _NOT_KNOWING for t in before):
        return True
    denied = any(t.lower_ in ("no", "not", "n't", "never") for t in before)
    return denied and any(t.lower_ in _KNOWING for t in before)


def _its_size_asked(head: Token) -> bool:
    """Does "how many" or "how much" stand on the term itself ("someone asked
    me how many followers a B2B brand needs", "how many LinkedIn followers did
    your page have?"), however the parse hangs the clause it opens (round48)?
    It asks the size; not "that's how many followers we have", which points
    back at a count told."""
    many = next(
        (
            c
            for c in head.children
            if c.lower_ in ("many", "much") and any(g.lower_ == "how" for g in c.children)
        ),
        None,
    )
    if many is None:
        return False
    doc, how = head.doc, many.i - 1
    pointed = how >= 2 and doc[how - 1].lemma_ == "be" and doc[how - 2].lower_ in _POINTING_BACK
    return not pointed


def _in_a_quoted_question(term: Token) -> bool:
    """Is the term inside quote marks whose quotation ends with "?" ("Panel
    talk: 'Is going viral good for local artists?' with three illustrators")?
    A question posed as a title (round37)."""
    return _a_quoted_question_around(term) is not None


def _a_quoted_question_around(term: Token) -> Span | None:
    """The words of the quotation holding the term in its sentence, marks
    left out, when it ends with "?" (``_in_a_quoted_question``); None if
    there is no such quotation."""
    doc = term.doc
    start, end = term.sent.start, term.sent.end
    opening = next((t.i for t in reversed(doc[start : term.i]) if t.text in _QUOTE_MARKS), None)
    closing = next((t.i for t in doc[term.i + 1 : end] if t.text in _QUOTE_MARKS), None)
    if opening is None or closing is None or doc[closing - 1].text != "?":
        return None
    return doc[opening + 1 : closing]


def _the_ones_that(verb: Token) -> bool:
    """Is the verb's subject "that" or "which" on "the ones", in a sentence
    with nothing of the writer's ("The ones that went viral mostly came from
    small accounts")? Some of a kind a study counted (round37)."""
    if verb.dep_ != "relcl" or verb.head.lower_ != "ones":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in verb.head.children):
        return False
    return not any(t.lower_ in _MINE for t in verb.sent)


def _told_by_a_clause(noun: Token) -> bool:
    """Is the noun "the" one with a relative pronoun or an -ing verb after it
    ("the account that started…", "the page spreading…"), by word order
    before any parse?"""
    if noun.i == 0 or noun.doc[noun.i - 1].lower_ != "the":
        return False
    after = noun.doc[noun.i + 1 : noun.i + 2]
    return bool(after) and (after[0].lower_ in ("that", "who", "which") or after[0].tag_ == "VBG")


def _passive(verb: Token) -> bool:
    """Is the verb in the passive ("were referred", "was awarded")?"""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _expected_then_joined(verb: Token, inner: Token) -> bool:
    """Is the supposing verb a passive expectation ("this was supposed to be a
    boring video") with the term's clause joined to it by "and" ("and now 3
    million strangers have watched")? What happened instead, told."""
    return _passive(verb) and inner.dep_ == "conj" and inner.head.i == verb.i


def _question_quoted_from_the_start(head: Token, judging: frozenset[str]) -> bool:
    """Is the word in a question that opens its sentence and closes with a
    quote mark a verb then judges ("'How many views did we get?' is rarely the
    question"), its opening mark left at the end of the sentence before by
    the sentence splitter? A question named, not a claim."""
    doc = head.doc
    end = min(head.sent.end, head.i + _QUOTED_LINE)
    closing = next((t.i for t in doc[head.i + 1 : end] if t.text in _QUOTE_MARKS), None)
    if closing is None or doc[closing - 1].text != "?" or closing + 1 >= len(doc):
        return False
    return doc[closing + 1].lower_ in judging


def _quoted_line_judged(head: Token, judging: frozenset[str]) -> bool:
    """Is the word inside a quoted line that opens its sentence (or follows a
    colon) and that a verb after the closing mark then judges: '"we doubled
    their followers" is the weakest line in any case study'? The line is
    named, not said by the writer."""
    doc = head.doc
    sentence_start = head.sent.start
    opening = next(
        (
            t.i
            for t in reversed(doc[max(sentence_start, head.i - _QUOTED_LINE) : head.i])
            if t.text in _QUOTE_MARKS
        ),
        None,
    )
    if opening is None:
        return _question_quoted_from_the_start(head, judging)
    # "Reminder that "we went viral" is not a business model": after "that" too,
    # and after a conjunction that opens the sentence (round37): "But 'go
    # viral' isn't a strategy"
    after_that = opening > sentence_start and doc[opening - 1].lower_ == "that"
    after_but = opening == sentence_start + 1 and doc[sentence_start].pos_ == "CCONJ"
    if not (
        opening == sentence_start
        or doc[opening - 1].text in (":", "-", "\u2014")
        or after_that
        or after_but
    ):
        return False
    end = min(len(doc), head.i + _QUOTED_LINE)
    closing = next((t.i for t in doc[head.i + 1 : end] if t.text in _QUOTE_MARKS), None)
    if closing is None or closing + 1 >= len(doc) or doc[closing + 1].lower_ not in judging:
        return False
    # "'We hit 10k followers' is a sentence I never thought I'd write" is the
    # writer's own news: a line of ours stays ours unless its numbers are
    # someone else's ("we doubled their followers"), or the line is denied
    # what it would claim ("'we went viral' is not a business model").
    if doc[closing - 1].text == "?":
        return True  # "'How many views did we get?' is the wrong question": a question named
    words = {t.lower_ for t in doc[opening + 1 : closing]}
    denied = closing + 2 < len(doc) and doc[closing + 2].lower_ in ("not", "n't", "never")
    denied = denied or doc[closing + 1].lower_ in ("isn't", "aren't", "doesn't")
    return bool(words & _OTHERS_POSSESSIVES) or not words & _MINE or denied


# How far after an outcome's label its answer is read: "Revenue impact? Too
# early to say, honestly."
_ANSWER_REACH = 10


def _label_unanswered(head: Token, unanswered: frozenset[str], undecided: frozenset[str]) -> bool:
    """Is the outcome a label or a question ("MRR:", "Revenue impact?") that
    what follows on its line answers with no result ("still figuring that part
    out", "too early to say", "$0"; with no mark only a word of a thing undecided:
    "Revenue impact TBD", not "zero churn yet"), no amount or change in it?"""
    doc = head.doc
    mark = head.i + 1
    while (
        mark < len(doc)
        and mark - head.i <= 2
        and doc[mark].pos_ in ("NOUN", "PROPN")
        and doc[mark].lower_ not in undecided
    ):
        mark += 1  # "Revenue impact?"
    if mark >= len(doc):
        return False
    if doc[mark].text in (":", "?", "\u2014", "-"):
        mark += 1
    elif doc[mark].lower_ not in undecided:
        return False  # a label's answer straight after it: "Revenue impact TBD"
    answer = []
    for token in doc[mark : mark + _ANSWER_REACH]:
        if "\n" in token.text:
            break
        answer.append(token)
    words = [t for t in answer if t.text not in _CURRENCY and not t.is_space]
    if words and number(words[0]) == 0:
        # "Revenue: $0", "Brand deals: 0"; not "Revenue: $0 → $11k", a change from zero
        return not (len(words) > 1 and words[1].text in _FROM_ZERO_TO)
    if any(is_count(t) or t.text in _CURRENCY or t.lower_ in ("up", "down") for t in answer):
        return False  # "Sales? Up 40%.", "MRR: $4,100"
    return any(t.lower_ in unanswered for t in answer)


# How many words a plan's label may hold before its colon: "Goal for next year:".
_PLAN_LABEL = 5
# What ends the clause before a label: a sentence's end or a line's.
_LABEL_OPENERS_AFTER = frozenset({".", "!", "?", "\n"})


def _after_a_plan_label(head: Token, plan_labels: frozenset[str]) -> bool:
    """Does the outcome follow a short label of a plan that opens its clause
    ("Next step: turning those views into bookings", "Goal for next year:
    turn readers into revenue") or an infinitive of what is still to do ("Now
    to figure out how to make money")? What comes after is wanted, not won."""
    doc = head.doc
    start = head.i
    while start > 0 and not (
        doc[start - 1].text in _LABEL_OPENERS_AFTER or "\n" in doc[start - 1].text
    ):
        start -= 1
    opening = [t for t in doc[start : head.i] if not t.is_space and not _emoji(t)]
    if len(opening) >= 2 and opening[1].lower_ == "to" and opening[0].lower_ in plan_labels:
        return True  # "Now to…", "Time to…"
    colon = next((t.i for t in opening if t.text == ":"), None)
    if colon is None or colon - start > _PLAN_LABEL:
        return False
    if any(is_count(t) for t in doc[colon : head.i]):
        return False  # "Goal for autumn: turn our 12k followers into revenue" ties its own count
    return any(t.lower_ in plan_labels or t.lemma_ in plan_labels for t in doc[start:colon])


def _in_the_present(verb: Token) -> bool:
    """A verb in the present, active ("brings") or passive ("is overrated")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _with_a_present_or_modal_aux(verb: Token) -> bool:
    """A bare verb after "does"/"do" or a modal ("doesn't pay the rent",
    "won't fix your cash flow", "can happen to anyone"): said of any time."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children
    )


def _defined_in_general(verb: Token) -> bool:
    """Is the phrase's verb a gerund that is the subject of a present verb, with
    no subject of its own ("Going viral is not a plan", "trending isn't
    selling", "going viral brings strangers")?
    What going viral is or does, said in the present, is a view of it, not a result;
    the past ("going viral was the best thing that happened to us") tells of
    one, and "our reel going viral is why…" has its own subject. A clause for
    what it is ("going viral is what happened to our reel") tells of an event."""
    if _labelled_then_is(verb) or (verb.tag_ == "VBG" and _quoted_then_is(verb)):
        return True  # "Hot take: 'going viral' is the worst thing…" (the label misleads the parse)
    if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "csubjpass"):
        return False
    copula = verb.head  # or any verb in the present: "going viral brings strangers"
    if not (_in_the_present(copula) or _with_a_present_or_modal_aux(copula)):
        return False  # "going viral is overrated", "…doesn't pay the rent", "…won't fix it"
    if _a_subject_of_its_own(copula, verb):
        return False  # a run-on the parse joined: "trending #3 on tiktok lol my nan is so proud"
    # "going viral is what happens to a good idea" (a present "what" clause)
    # says what it is; "…is what happened to our reel" tells of an event.
    clauses = [c for c in copula.children if c.dep_ in ("ccomp", "advcl")]
    if any(not _what_happens(clause) for clause in clauses):
        return False
    return not any(c.dep_ in ("nsubj", "poss") for c in verb.children)


def _made_a_lesson(verb: Token, lessons: frozenset[str]) -> bool:
    """Is the verb's clause, said of a thing pointed at ("that", "this"), the
    subject of a present "is" that calls it a lesson ("That Pemberley Tea ad
    going viral this week is a great reminder that nobody remembers the
    brand")? Commentary on someone's post; the writer's own ("our reel
    going viral is proof…") stays a claim (round44)."""
    if verb.dep_ == "csubj":
        copula, subject = verb.head, _subject_of(verb)
    elif verb.dep_ == "acl" and verb.head.dep_ == "nsubj":
        copula, subject = verb.head.head, verb.head  # the parse hangs "going" on its noun
    else:
        return False
    # (or was, round49: "that account going viral was the result of years of brand building")
    if copula.lemma_ != "be" or copula.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if not any(c.dep_ == "attr" and c.lemma_ in lessons for c in copula.children):
        return False
    if subject is None or _says_us(subject):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in subject.children):
        return True
    # "Quick reminder: that account going viral…": the parse takes "that" for a mark
    return subject.i > 0 and subject.doc[subject.i - 1].lower_ in ("that", "this")


def _a_finding_labelled(head: Token, research: frozenset[str]) -> bool:
    """Is the term after a label that names a study ("New study from the Okafor
    Lab: across 800,000 posts, posts with faces received 24% more shares";
    round49), nothing of the writer's after it? A finding about posts in
    general; "Our report: our reels got 2M views" stays the writer's."""
    sentence = head.sent
    first = _after_a_label(sentence)
    if first is None or first.i > head.i:
        return False
    label = [t.lower_ for t in sentence.doc[sentence.start : first.i]]
    # a study by others ("New study from…", "New research:"), not a case study
    # or the writer's own report ("Case study:", "Q2 social report:")
    if not any(word in research for word in label) or "case" in label:
        return False
    return not any(t.lower_ in _MINE for t in sentence.doc[first.i : sentence.end])


def _one_in_brackets_of(one: Token, content: frozenset[str]) -> bool:
    """Is "one" the first word in brackets after people or accounts named in
    the plural ("we asked two influencers this month (one with 80k followers)
    to leave"): one of them, not the writer's content ("two reels (one with
    900k views)")? Word order: the nearest plural within five words before
    the bracket."""
    doc = one.doc
    if one.i < 2 or doc[one.i - 1].text != "(":
        return False
    for word in reversed(doc[max(0, one.i - 6) : one.i - 1]):
        if word.tag_ == "NNS" and word.lemma_ not in _TIME_NOUNS:
            return word.lemma_ not in content
    return False


def _told_nothing(head: Token, telling: frozenset[str]) -> bool:
    """Is the counted metric the subject of a verb of telling or meaning whose
    object is "nothing" ("Because 12,000 followers told us nothing about
    whether a single teacher changed…", "40,000 views meant nothing for
    sales"; round49)? Its worth denied, no result."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in telling:
        return False
    return any(
        c.dep_ in ("dobj", "attr", "npadvmod") and c.lower_ == "nothing" for c in verb.children
    )


def _put_down_to_a_glitch(sentence: Span, glitches: frozenset[str]) -> bool:
    """Does the sentence put what it counts down to a fault in the counting
    ("our link clicks doubled overnight, so I'm assuming it's a reporting bug",
    "9,000 new followers overnight has to be a glitch"; round49)? No result,
    a number doubted. A fault fixed is no doubt ("we fixed a tracking bug and
    our views doubled"). Word order: no parse needed."""
    doc = sentence.doc
    faults = [
        t
        for t in sentence
        # one fault, not faults counted: "0 bugs in prod", "fixed 40 bugs"
        if t.lemma_.lower() in glitches
        and t.tag_ == "NN"
        # the fault itself, not a word it names: "our bug-hunting series", "bug bounty"
        and not (t.i + 1 < len(doc) and (doc[t.i + 1].text == "-" or doc[t.i + 1].pos_ == "NOUN"))
        and not any(is_count(w) or w.lower_ in _NONE for w in doc[max(0, t.i - 2) : t.i])
    ]
    return bool(faults) and not {t.lemma_.lower() for t in sentence} & {"fix", "repair", "solve"}


def _the_one_of_a_kind(verb: Token) -> bool:
    """Is the verb a clause on "the one", in a sentence with nothing of the
    writer's ("the one going viral right now with the flatbread was genuinely
    bad")? One of a kind named before, someone's, judged (round49); "the one
    that went viral was our carrot cake" stays ours."""
    # on "the one", or "the one" its subject ("the one going viral … was bad")
    one = verb.head if verb.dep_ in ("relcl", "acl") else _subject_of(verb)
    if one is None or one.lower_ != "one":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in one.children):
        return False
    return not any(t.lower_ in _MINE for t in verb.sent)


def _the_one_set_aside(verb: Token) -> bool:
    """Is the verb a present relative clause on "the one" that "not" sets
    aside ("Write the story the town needs, not the one that trends")? A kind
    of story turned down, no one's post (round44)."""
    one = verb.head
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or one.lower_ not in ("one", "ones"):
        return False
    start = one.left_edge.i
    return start > 0 and one.doc[start - 1].lower_ == "not"


def _set_unequal(word: Token) -> bool:
    """Is the word on the left of a "≠" in its sentence, with no count and
    no "our" there ("Trending audio ≠ strategy")? An equation denied defines
    a thing; it tells of no one's result (round44)."""
    sentence = word.sent
    sign = next((t for t in word.doc[word.i + 1 : sentence.end] if t.text in ("≠", "!=")), None)
    if sign is None:
        return False
    left = word.doc[sentence.start : sign.i]
    return not any(t.lower_ in _MINE or t.like_num for t in left)


def _a_subject_of_its_own(verb: Token, clause: Token) -> bool:
    """Has the verb a subject of its own between the clause made its subject
    and itself, on it or on its auxiliary ("trending #4 … lol my dad is
    thrilled": "dad" hung on "is")? Not a noun the parse made a subject
    after the verb ("Going viral is a lottery ticket") or before the clause
    ("A post going viral is not a strategy")."""
    heads = (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and clause.right_edge.i < c.i < verb.i
        for h in heads
        for c in h.children
    )


def _what_happens(clause: Token) -> bool:
    """Is the clause a present one whose subject is "what" ("what happens to a
    good idea", "what gets you noticed")?"""
    return clause.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.lower_ == "what" for c in clause.children
    )


def _said_not_to_mean(verb: Token) -> bool:
    """Is the phrase's verb what a subject, said not to mean something,
    describes ("a recipe going viral doesn't mean it was tested", "a post
    trending doesn't mean people bought", "4,000 people favoriting your listing
    means nothing")? A definition, as with a count."""
    if verb.dep_ != "acl" or verb.head.dep_ != "nsubj":
        return False
    meaning = verb.head.head
    if meaning.lemma_ != "mean":
        return False
    children = list(meaning.children)
    return any(c.dep_ == "neg" for c in children) or _judged_worthless(meaning, children)


def _meaning_denied(verb: Token, clause: Token) -> bool:
    """Is ``clause`` what ``verb`` says something does not mean ("that doesn't
    mean 1M people saw it", "views don't mean 40,000 people read it")? What a
    count does not mean is a definition, not a result; "that means 1M people
    saw it" still reports one."""
    if verb.lemma_ != "mean" or clause.dep_ != "ccomp" or clause.head.i != verb.i:
        return False
    return any(c.dep_ == "neg" for c in verb.children)


def _bracketed_after_an_acquaintance(head: Token, acquaintances: frozenset[str]) -> bool:
    """Is the count in brackets right after the name of someone the writer
    knows ("My old colleague Deniz (50k subscribers, bookbinding channel) is
    teaching a workshop") or of someone whose piece or company it is ("a talk
    by Jess Ortega (the baking channel, 1M subscribers)", "a chat with Priya
    Nair (400k followers)"; round48)? Who they are, not the writer's result
    (judge55)."""
    doc, start = head.doc, head.sent.start
    index = head.i - 1
    while index > start and doc[index].text not in ("(", ")"):
        index -= 1
    if index <= start or doc[index].text != "(" or doc[index - 1].pos_ != "PROPN":
        return False
    name = index - 1
    while name > start and doc[name - 1].pos_ == "PROPN":
        name -= 1
    if name > start and doc[name - 1].lower_ in _INTRODUCING_SOMEONE:
        return True
    return any(t.lower_ in acquaintances for t in doc[max(start, name - 4) : name])


def _notice_addressed(head: Token, notices: frozenset[str]) -> bool:
    """Is the count the people a notice is addressed to, the sentence opening
    with it and the notice after a colon ("A quick note to our 10k followers:
    our customer line moves on Monday", "Reminder to our 2,000 members — the
    AGM is on Friday")? The count is who is told, not a result (judge53).
    "A huge thank-you to our 50,000 followers!" has no notice: a milestone."""
    words = [t for t in head.sent if not (t.is_punct or t.is_space or _emoji(t))]
    opening = [t for t in words if t.i < head.i]
    notice = next((t for t in opening[:4] if t.lemma_.lower() in notices), None)
    if notice is None or notice.i + 1 >= len(head.doc) or head.doc[notice.i + 1].lower_ != "to":
        return False
    after = head.doc[head.i + 1 : head.sent.end]
    told = next((t for t in after if t.text in _POINTERS), None)
    return told is not None and told.i < head.sent.end - 2


def _addressed_before_news(head: Token, thanking: frozenset[str]) -> bool:
    """Is the count the people a sentence opens by addressing ("To the 30,000 of
    you who follow this page for memes: we're hiring a planner"), with news
    and no thanks after the colon? Who is told, not a result; "To the 30,000
    of you who follow us: thank you!" thanks them for a milestone."""
    sentence = head.sent
    words = [t for t in sentence if not (t.is_punct or t.is_space or _emoji(t))]
    if not words or words[0].lower_ != "to" or words[0].i >= head.i:
        return False
    colon = next((t for t in head.doc[head.i + 1 : sentence.end] if t.text == ":"), None)
    if colon is None:
        return False
    told = [t for t in head.doc[colon.i + 1 : sentence.end] if t.is_alpha]
    if len(told) < 2:
        return False
    return not any(t.lemma_.lower() in thanking or t.lower_ in thanking for t in sentence)


def _the_first_ones_addressed(head: Token, thanking: frozenset[str]) -> bool:
    """Is the outcome what "the first" people a sentence opens by addressing
    did ("To the first 37 people who signed up when it was a Google Doc: you
    were right")? Early ones greeted, no result told; "To the 400 customers
    who ordered after it: your boxes ship Monday" still counts the orders."""
    if not _addressed_before_news(head, thanking):
        return False
    before = head.doc[head.sent.start : head.i]
    return any(t.lower_ == "first" and t.i > 0 and t.doc[t.i - 1].lower_ == "the" for t in before)


def _congratulated(
    head: Token, congratulating: frozenset[str], acquaintances: frozenset[str]
) -> bool:
    """Is the count what the writer congratulates someone else on, the
    sentence opening with congratulations ("Congrats to @ChefMarla on 1
    million followers!", "Kudos to Sam on 50k subscribers", "Huge
    congratulations to our friends at Bright Steps on…", round42)? Their
    milestone, not the writer's; "congrats to us on 1M followers" and "to the
    team" are ours."""
    sentence = head.sent
    words = [t for t in sentence if not (t.is_punct or t.is_space or _emoji(t))]
    if len(words) > 1 and words[0].tag_ == "JJ":
        words = words[1:]  # "Huge congratulations", "Big congrats"
    if not words or words[0].i >= head.i:
        return False
    # "Shout-out to @KitchenTableLeeds: 90k followers and…" (a hyphened opener
    # the tokenizer splits, the count after a colon)
    opener = "".join(t.lower_ for t in sentence[: words[0].i - sentence.start + 3])
    if words[0].lower_ not in congratulating and not any(
        opener.startswith(word) for word in congratulating if "-" in word
    ):
        return False
    between = head.doc[words[0].i + 1 : head.i]
    # "on 1M followers", ": 90k followers", or, after congratulations, a
    # clause on them (round42): "Congrats to my old colleague Priya, whose
    # bakery account just passed 500k"; a shout-out's "whose" is as often
    # the writer's team's ("Shoutout to my colleague Priya, whose post…")
    linked = ("on", "whose") if words[0].lower_.startswith("congrat") else ("on",)
    if not any(t.lower_ in linked or t.text == ":" or _a_handles_who(t) for t in between):
        return False
    return not any(
        (t.lower_ in _MINE and not _an_acquaintance_after(t, acquaintances))
        or t.lower_ in ("team", "everyone")
        for t in between
    )


def _a_handles_who(word: Token) -> bool:
    """Is the word a "who" or "whose" right after an @handle ("Shoutout to
    @oakmill who just hit 30k followers")? An account out there, not the
    writer's team (round43)."""
    doc = word.doc
    if word.lower_ not in ("who", "whose") or word.i == 0:
        return False
    at = word.i - 1
    if doc[at].text == "," and at > 0:
        at -= 1  # "Shoutout to @oriana.draws, who just crossed 100k followers" (round44)
    before = doc[at]
    return before.text.startswith("@") or (
        before.is_space and at > 0 and doc[at - 1].lower_ == "to"
    )


def _an_acquaintance_after(mine: Token, acquaintances: frozenset[str]) -> bool:
    """Does "our" or "my" name someone the writer knows, not the writer
    ("our friends at Bright Steps", "my old colleague", "our neighbours at
    Orchard Lane": the plural by its lemma, round45)? Two words on."""
    return any(
        t.lower_ in acquaintances or t.lemma_.lower() in acquaintances
        for t in mine.doc[mine.i + 1 : mine.i + 3]
    )


def _news_of_the_writers(clause: Token) -> bool:
    """Is the clause told news of the writer's own piece, in a tense and with
    no modal ("my thread is trending", "our reel went viral")? Not a request
    ("to make it go viral", "our shop should 'go viral'") nor news of
    another's ("a candle shop in Leeds went viral")."""
    if any(c.tag_ == "MD" for c in clause.children):
        return False
    tensed = clause.tag_ in _FINITE_TAGS or any(
        c.dep_ == "aux" and c.tag_ in _FINITE_TAGS for c in clause.children
    )
    subject = _subject_of(clause)
    return (
        tensed
        and subject is not None
        and any(c.dep_ == "poss" and c.lower_ in _MINE for c in subject.children)
    )


def _requested_by_others(verb: Token, requesting: frozenset[str], markers: frozenset[str]) -> bool:
    """Is the clause of ``verb`` what someone else asked for or wanted ("a
    client asked us to 'make it go viral'", "the client wanted the ad to go
    viral"), up to two clauses up? Another's request reports nothing; the
    writer's own wish ("we wanted it to go viral") is a goal, read elsewhere.
    Also what describes the thing asked "for" ("Client asked for 'the haircut
    that's trending on TikTok'", round32)."""
    clause = verb
    thing = verb.head
    if verb.dep_ == "relcl" and thing.dep_ == "pobj" and thing.head.lower_ == "for":
        clause = thing.head.head
        if clause.lemma_ in requesting:
            # "A customer asked for…" the parse may hang on "customer" as its clause
            subject = _subject_of(clause) or (clause.head if clause.dep_ == "acl" else None)
            return subject is not None and subject.lower_ not in _MINE | markers
        return False
    for _ in range(2):
        if clause.dep_ not in ("xcomp", "ccomp") or clause.head.i == clause.i:
            return False
        told = clause
        clause = clause.head
        if clause.lemma_ == "tell" and _news_of_the_writers(told):
            return False  # "someone just told me my thread is trending": news, no request
        if _expected_by_nobody(clause):
            return False  # "Nobody expected our reel to hit 2M views": a surprise (round44)
        if clause.lemma_ in requesting:
            # "An agency offered to 'grow our followers'": the parse may hang the
            # request on its asker as a clause (round40), as above
            subject = _subject_of(clause) or (clause.head if clause.dep_ == "acl" else None)
            # Not the writer asking ("we asked for it to go viral"); "every brief
            # I got asked us to go viral" is the briefs' request, "I" only got them.
            # A chat marker the parse made the subject is the writer's aside:
            # "ngl did not expect to hit 250k subs".
            return subject is not None and subject.lower_ not in _MINE | markers
    return False


def _asked_by_anothers(verb: Token) -> bool:
    """Is the asking done by something another owns ("the client's brief
    asked for…", "their agency asked for…"), or by someone named by a role
    with no owner ("Client asked for 'more impressions'")? Their wish, no
    result."""
    subject = _subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ in _MINE or subject.lower_ == "you":
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if not owners:
        # a role with no owner (round47): "Client asked for 'more impressions' today"
        return subject.pos_ in ("NOUN", "PROPN") and subject.tag_ in ("NN", "NNP")
    return any(c.lower_ not in _MINE and c.lower_ != "your" for c in owners)


def _expected_by_nobody(verb: Token) -> bool:
    """Is ``verb`` "expect" said of nobody ("Nobody expected…", "no one
    expected…")? What happened was no one's wish but the writer's surprise."""
    if verb.lemma_ != "expect":
        return False
    subject = _subject_of(verb)
    return subject is not None and _nobody(subject)


def _the_asking_for(head: Token, requesting: frozenset[str]) -> Token | None:
    """The verb of asking the term is asked "for" by ("asking your agency
    for more followers"), or None; also where the parse hangs the "for" on
    the one asked (round41: "stop asking comms teams for more followers")."""
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ != "for":
        return None
    verb = preposition.head
    if verb.dep_ == "dobj" and verb.head.lemma_ in requesting:
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_ in requesting else None


def _stopped_or_denied(verb: Token) -> bool:
    """Is the verb denied ("don't ask for…", "never ask for…") or what
    "stop" or "quit" takes ("stop asking for…")?"""
    if _denied(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("stop", "quit", "cease")


def _request_refused(verb: Token, requesting: frozenset[str]) -> bool:
    """Is the clause of ``verb`` a request the writer refuses, up to two clauses
    up: an asking verb denied or stopped ("please don't ask your comms team to
    'make it go viral'", "stop asking us to make it go viral")?"""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "ccomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.lemma_ not in requesting:
            continue
        return _stopped_or_denied(clause)
    return False


def _bidden_to_stop(verb: Token) -> bool:
    """Is the clause of ``verb``, up to two clauses up, the purpose of what
    the reader is bidden to stop ("Stop briefing agencies to 'make it go
    viral'", "stop trying to go viral"): a wish refused, however the parse
    hangs the words between (round46)?"""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "ccomp", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.lemma_ == "stop":
            bidden = clause.tag_ == "VB" and clause.i == clause.sent.start
            return bidden and _subject_of(clause) is None
    return False


def _counts_weighed(head: Token, outdoing: frozenset[str]) -> bool:
    """Is the term one side of a maxim that weighs two counts, its subject a
    bare counted noun ("2,000 real readers beat 20,000 dead addresses", "100
    engaged followers are worth more than 10,000 bots")? No one's audience:
    not "our 2,000 readers beat…", nor "the reel beat 1M views" (a record)."""
    verb = head.head
    if head.dep_ == "nsubj":
        subject: Token | None = head
    elif head.dep_ == "dobj" or (head.dep_ == "npadvmod" and verb.lower_ == "worth"):
        verb = verb.head if verb.lower_ == "worth" else verb
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return False
    if subject is None or not _a_bare_count_of(subject):
        return False
    # The other side is counted too: not "5,000 followers beat our old record".
    other_side = [t for t in verb.subtree if t.i > verb.i and is_count(t)]
    if not other_side:
        return False
    if verb.lemma_ in outdoing:
        return True
    weighed = any(c.dep_ == "acomp" and c.lower_ in ("worth", "better") for c in verb.children)
    return verb.lemma_ == "be" and weighed


def _not_what_was_expected(verb: Token, expecting: frozenset[str]) -> bool:
    """Is the denied verb "be" whose other side is "something" or "what" a
    clause of expecting describes ("…is not something I was prepared for",
    "isn't what we expected"; round48)? The "not" is of the expecting."""
    if verb.lemma_ != "be":
        return False
    sides = [c for c in verb.children if c.dep_ in ("attr", "ccomp")]
    for side in sides:
        clause = side if side.pos_ in ("VERB", "AUX") else None
        clause = clause or next((c for c in side.children if c.dep_ == "relcl"), None)
        if clause is None:
            continue
        # "I was prepared for": the adjective of a "be" says it
        words = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
        if any(w.lemma_ in expecting or w.lower_ in expecting for w in words):
            return True
    return False


def _a_bare_count_of(noun: Token) -> bool:
    """Is the noun counted with nobody's determiner: "2,000 real readers",
    "10k followers" (the parse may make the count a compound; not "our 2,000
    readers", "the 2,000 readers")?"""
    # and one of a kind (round48): "One reader who writes back is worth more
    # than a hundred opens"
    counted = any(
        c.dep_ in ("nummod", "compound") and (is_count(c) or c.lower_ == "one")
        for c in noun.children
    )
    return counted and _undetermined(noun)


def _hung_inside_a_bracket(term: Token) -> bool:
    """Did the parse hang a term that follows a bracketed aside on a word
    inside it ("(… because nobody believes me) tweet impressions: 4.4M",
    "impressions" made the object of "believes")?"""
    holder = term.head
    if holder.i >= term.i:
        return False
    between = term.doc[holder.i : term.i]
    return any(t.text == ")" for t in between) and not any(t.text == "(" for t in between)


def _what_more_is_than(head: Token) -> bool:
    """Is the outcome, named, what a count is said to be more than ("viewed
    11,000 times, more than our whole customer base")? A measure, not a result."""
    phrase = _outcome_phrase(head)
    than = phrase.head
    return phrase.dep_ == "pobj" and than.lower_ == "than" and than.head.lower_ in _MORE


def _more_than_did(verb: Token) -> bool:
    """Is the verb the measure a count is set against, "more than" and no
    subject of its own ("followed by 61,000 people, more than bought the print
    edition")? Not "41,000 appointments were booked, 18% more than last
    winter": a change of what was done."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in verb.children):
        # an outcome counted, set against a past one (round37): "150 pattern
        # sales in three days, more than all of last spring"
        return False
    return any(
        c.lower_ in _MORE
        and any(g.lower_ == "than" for g in c.children)
        and not any(is_count(g) for g in c.subtree)
        for c in verb.children
    )


# What makes a present "sell" a change or an amount: "we sell more every month".
_MORE_SOLD = frozenset({"more", "out", "fewer", "less", "twice", "double"})
# Pronouns of a thing there is (or is not) to do: "nothing to sell yet",
# "something to sell at last".
_SOME_THING = frozenset({"nothing", "something", "anything"})


def _a_thing_to_do(verb: Token) -> bool:
    """Is the verb an infinitive that says what a noun is for ("a course to
    sell", "300 tickets to sell", "no product to sell")? Not a measure of how
    long it took ("time to hire fell from 40 to 26 days", "days to close")."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("relcl", "acl")
        and (verb.head.pos_ == "NOUN" or verb.head.lower_ in _SOME_THING)
        and verb.head.lemma_ not in _TIME_NOUNS
        and _marked_to(verb)
    )


def _none_of_a_call_to(verb: Token) -> bool:
    """Is the verb what there is no call to do: "no pressure to go viral",
    "zero need to trend"? Read by word order ("no"/"zero", a noun, "to"), as
    the parse often hangs the infinitive on an earlier noun."""
    doc, at = verb.doc, verb.i
    if at >= 2 and doc[at - 1].lower_ == "to" and doc[at - 2].lower_ == "nothing":
        return True  # "there's nothing to sell yet"
    if at < 3 or doc[at - 1].lower_ != "to" or doc[at - 2].pos_ != "NOUN":
        return False
    return doc[at - 3].lower_ in _NONE


def _verb_of_phrase(term: Token) -> Token:
    """The verb a phrase's last word completes ("going" of "going viral"),
    which is what a preposition governs; the word itself otherwise."""
    if term.dep_ in ("acomp", "oprd") and term.head.pos_ in ("VERB", "AUX"):
        return term.head
    before = term.doc[term.i - 1] if term.i > 0 else term
    if term.dep_ == "advmod" and term.head.i == before.i and before.lemma_ == "go":
        return before  # "go viral this week": the tagger made "viral" an adverb of "go"
    if term.dep_ == "amod" and before.lemma_ == "go" and before.pos_ == "VERB":
        # "a course on going viral opens…" with no final stop: the parser hangs
        # "viral" on the next word, yet the phrase is still "going viral".
        return before
    return term


def _promised_something(term: Token, promised: frozenset[str]) -> bool:
    """Are the people counted the subject of what they will get, however long
    the phrase between ("the first 100 fans through the gate get a scarf",
    "the first 50 subscribers in line will receive a poster")? Said in the
    present or the future: the past ("got") may tell of what happened."""
    verb = term.head
    return (
        term.dep_ == "nsubj"
        and verb.lemma_ in promised
        and verb.tag_ in ("VB", "VBP", "VBZ")
        and verb.i > term.i
    )


def _set_apart(term: Token, verb: Token) -> bool:
    """Is the term an appositive on the way to the verb, a phrase of its own
    after a colon or a dash ("couldn't have done it without you: 75,000
    followers and growing")? The verb's "not" does not reach it."""
    node = term
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "appos":
            return True
        node = node.head
    # A dash or a colon between them, however the parse hung the term: "it
    # never felt like work — 20k followers later, here we are".
    doc = term.doc
    return verb.i < term.i and any(t.text in _BREAKS for t in doc[verb.i + 1 : term.i])


def _names_a_thing(term: Token, marks: frozenset[str], asides: frozenset[str]) -> bool:
    """Is the term a modifier in the name of something else: "the trending
    topics panel", "the viral videos tab" (not a tally: "the trending
    topics count"; nor a chat aside the tagger made a noun: "our tiktok is
    doing numbers lmao", round38)?"""
    holder = term.head
    return (
        term.dep_ == "compound"
        and holder.pos_ in ("NOUN", "PROPN")
        and not _emoji(holder)  # "gone round the world 🌍": the tagger's noun (round36)
        and holder.lemma_ not in _TALLIES
        and holder.lemma_ not in marks
        and holder.lower_ not in asides
    )


# How far after "you have" the term it has may stand ("you have over 1.8 million followers").
_HELD_REACH = 5


def _held_by_you(head: Token, having: frozenset[str]) -> bool:
    """Is the term what "you" have ("you have 2.4 million followers and not one
    of them can answer me", said to a brand whose handle opens the reply)? The
    one addressed holds it, not the writer. Not the meme's "POV: you have…"
    (the writer's lot) nor words quoted ('a subject line that says "You have
    3,723 new followers"')."""
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_ in having:
        # a statement, not a time or a condition put to the reader ("when you
        # have 5k followers, pin your best post": advice)
        you = verb.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children
        )
    else:  # the parse may hang the count on a clause after it: "…and not one of them can…"
        before = [t for t in head.doc[head.sent.start : head.i] if not t.is_space]
        you = len(before) >= 2 and before[0].lower_ == "you" and before[1].lemma_ in having
        you = you and head.i - before[1].i <= _HELD_REACH
    if not you:
        return False
    opening = [t.lower_ for t in head.sent if not t.is_space][:2]
    quoted = any(t.text in _QUOTE_MARKS for t in head.doc[head.sent.start : head.i])
    return opening != ["pov", ":"] and not quoted


def _a_roles_task(head: Token, hiring: frozenset[str], means: frozenset[str]) -> bool:
    """Is the term the object of a "to" clause that names the task of someone
    sought ("looking for a social media manager to grow our reach", "we're
    hiring a community lead to grow our followers")? A job ad's duty, as its
    "you'll grow our Instagram" is, not a result; the writer's own aim says
    "we want to grow" with no one sought."""
    verb = head.head
    if head.dep_ != "dobj" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    for above in list(verb.ancestors)[:3]:
        if above.tag_ in ("VBD", "VBN"):
            return False  # "we hired an agency to grow our followers": what followed counts
        if above.lemma_ not in hiring:
            continue
        objects = [c for c in above.children if c.dep_ == "dobj"] + [
            g for c in above.children if c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
        ]
        # "looking for ways to grow our followers": the writer's own aim
        return any(o.pos_ in ("NOUN", "PROPN") and o.lemma_ not in means for o in objects)
    return False


def _quota(
    head: Token, quota_nouns: frozenset[str], priced: frozenset[str], periods: frozenset[str]
) -> bool:
    """Is the counted term what a plan allows, not an audience won: "free for
    up to 1,000 visits a month", "up to 10k pageviews: $6/mo", "a customer on
    the 2m monthly pageviews plan", "$9/month for 10,000 pageviews"? Pricing
    pages and SaaS posts list them. "Up to" is a limit only where the sentence
    prices something: "our clips get up to 50k views" is a range reached; "for"
    only where it prices by the month or the year (a plan's rate): "we paid $900
    for 10,000 views" bought them once."""
    if head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_ in quota_nouns:
        return True
    doc = head.doc
    # Back over the count and its phrase ("1 m", "100,000 monthly page"), by word
    # order: the parse often leaves a split count outside the noun's subtree.
    first = head.i
    while first > 0 and (
        is_count(doc[first - 1])
        or _is_scale(doc[first - 1])
        or doc[first - 1].lower_ in _NOUN_PHRASE_WORDS
        or doc[first - 1].dep_ == "compound"  # "1,000 page views"
    ):
        first -= 1
    if first == head.i or first < 1 or not is_count(doc[first]):
        return False
    if doc[first - 1].lower_ == "for":
        # "$9/month for 10,000 pageviews": the count is what the rate buys.
        return _priced_at_a_rate(head.sent, periods)
    if _right_after_a_rate(doc, first, periods):
        return True  # a pricing table's row: "| From €23/month | 50k hits, email support |"
    if first < 2 or (doc[first - 2].lower_, doc[first - 1].lower_) != ("up", "to"):
        return False
    return any(is_money(t) or t.lower_ in priced or t.lemma_ in quota_nouns for t in head.sent)


def _rate_buys_a_count(opener: Token, periods: frozenset[str]) -> bool:
    """Is a count after "for", or right after a rate (a pricing table's row, its
    pipes blanked: "From €23/month   50k hits"), in a sentence priced by the
    month or the year, so that a plan's allowance may follow?"""
    doc = opener.doc
    after = _next_word(doc, opener.i)
    if after is None or not is_count(after):
        return False
    if opener.lower_ == "for":
        return _priced_at_a_rate(opener.sent, periods)
    return _right_after_a_rate(doc, after.i, periods)


def _next_word(doc: Doc, index: int) -> Token | None:
    """The first token after ``index`` that is not white space."""
    return next((t for t in doc[index + 1 : index + 4] if not t.is_space), None)


def _right_after_a_rate(doc: Doc, index: int, periods: frozenset[str]) -> bool:
    """Does a rate end right before ``index``, white space apart: "€23/month
    50k hits" (a table row's cells), "$9 a month 10k pageviews"?"""
    before = index - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    if doc[before].lower_.lstrip("/") not in periods:
        return False
    return any(is_money(t) for t in doc[max(0, before - 3) : before])


def _priced_at_a_rate(sentence: Span, periods: frozenset[str]) -> bool:
    """Does the sentence price something by a period, as a plan is priced: "$9
    a month", "€23/month", "$290 per year"? A sum alone ("we paid $900") is
    no plan's rate."""
    for token in sentence:
        if not is_money(token):
            continue
        doc = sentence.doc
        after = [t.lower_.lstrip("/") for t in doc[token.i + 1 : token.i + 5]]
        if any(word in periods for word in after):
            return True
        # "a monthly cost starting at $9": the period said before the sum.
        before = doc[max(sentence.start, token.i - 4) : token.i]
        if any(t.lower_ in periods and t.lower_.endswith("ly") for t in before):
            return True
    return False


def _grows_in_proportion(verb: Token, growth: frozenset[str]) -> bool:
    """Is the verb a growth in the present under "as", which says what goes with
    any such growth, not that it happened: "costs rise linearly as traffic
    grows", "tiers get costly as pageviews increase"? "As our traffic grew, we
    hit a problem" tells of a growth that did happen."""
    return (
        verb.lemma_ in growth
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _as_a_growth_goes(token: Token, growth: frozenset[str]) -> bool:
    """Is this "as" before a growth in the present ("as traffic grows"), which
    ``_grows_in_proportion`` reads from the parse?"""
    return token.lower_ == "as" and any(
        t.tag_ in ("VBZ", "VBP") and t.lemma_ in growth
        for t in token.doc[token.i + 1 : token.i + 6]
    )


def _kept_at(verb: Token) -> bool:
    """ "people kept sharing it", and "people could not stop sharing it"."""
    if verb.lemma_ == "stop":
        return any(child.dep_ == "neg" for child in verb.children)
    return verb.lemma_ in _ASPECT


def _floor_kept(verb: Token) -> bool:
    """Is a fall denied down to a floor ("has never dropped below 55%", "never
    fell under 40,000 a week")? A level the writer kept, reported as a record."""
    if not any(c.lower_ == "never" or c.dep_ == "neg" for c in verb.children):
        return False  # "has never dropped below 55%", "hasn't dropped below 50%"
    return any(
        preposition.dep_ == "prep"
        and preposition.lower_ in ("below", "under")
        and any(t.like_num for t in preposition.subtree)
        for preposition in verb.children
    )


def _never_higher(verb: Token) -> Token | None:
    """The comparative of "has never been higher": a record said by denying
    anything above it (not "was never higher than in 2019")."""
    if verb.lemma_ != "be" or not any(c.lower_ == "never" for c in verb.children):
        return None  # "was not higher than last year" compares, and denies
    higher = next((c for c in verb.children if c.dep_ == "acomp" and c.tag_ == "JJR"), None)
    if higher is None or any(t.lower_ == "than" for t in verb.subtree):
        return None
    return higher


def _would_be(head: Token) -> bool:
    """Is the outcome (a verb, or the object or subject of one) only what would
    or might happen ("a number that would fill our hall every night", "we might
    sell 900")? Not a perfect ("we could not have sold a thing without you").
    Read for "would", "might" and "may" alone: "could" also tells what was
    done ("we could finally hire")."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.i != head.i and head.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    helpers = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lemma_ == "have" for c in helpers):
        return False
    # "'d" is "would" only before a bare verb: "we'd sell out", not "we'd sold 900"
    return any(
        c.lower_ in ("would", "might", "may")
        or (c.lower_ in ("'d", "\u2019d") and verb.tag_ == "VB")
        for c in helpers
    )


def _wearied_of(verb: Token, weary: frozenset[str]) -> bool:
    """Is going viral what the writer is done with, tired or sick of, or over
    ("I'm done with 'going viral' as a goal", "we're so over going viral")?
    Given up, it is no result."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("with", "of", "over"):
        return False
    preposition = verb.head
    if preposition.lower_ == "over":
        return preposition.head.lemma_ == "be"
    return preposition.head.lower_ in weary


def _room_for(head: Token, capacity: frozenset[str]) -> bool:
    """Is the term what there is room for ("room for two new clients in Q3",
    "three spots left for new members", "enough Guinness for 600 thirsty rugby
    fans")? Capacity offered, none won and no audience had."""
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ != "for":
        return False
    if preposition.head.lemma_ in capacity:
        return True
    before = head.doc[max(head.sent.start, preposition.i - 4) : preposition.i]
    return any(t.lower_ == "enough" for t in before)


def _set_aside_by_not(head: Token) -> bool:
    """Is the outcome set aside by a "not" right before it that hangs on a noun,
    not on a verb ("No, not revenue — views.", "we celebrate reach, not
    revenue")? A correction names what the result is not. A denied verb ("it
    was not revenue that grew") is read by ``_denied_outcome``."""
    if head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return before.lower_ == "not" and before.dep_ == "neg" and before.head.pos_ in ("NOUN", "PROPN")


# Prepositions of a way gone on foot: "fans walking past the shop" (``_on_their_way``).
_WAYS = frozenset({"past", "into", "through", "along", "down", "by", "around", "outside", "across"})


def _on_their_way(verb: Token) -> bool:
    """Is the participle a way gone, with nothing done to anyone ("walking past
    the shop", "marching into the ground"), not "walking us through recipes"?"""
    children = list(verb.children)
    return not any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ == "prep" and c.lower_ in _WAYS for c in children
    )


def _not_there_yet(
    head: Token, good_when_absent: frozenset[str], money_made: frozenset[str]
) -> bool:
    """Is the outcome said not to be there yet: "still pre-revenue", "no
    revenue yet", "not a single paying customer yet"? Then it is no result and
    ties nothing. Only with "yet", "still" (or "pre-"): "12,000 impressions but zero
    leads, so we are changing our approach" is criticism, which the metric
    rules read; an outcome whose absence is the result ("zero churn", "no
    downtime") stays one. Read from the words: "pre-revenue" holds no cue for
    the parse."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ == "pre":
        return head.lemma_ in money_made  # "pre-revenue"; not "900 pre-orders"
    if head.lower_ in good_when_absent or head.lemma_ in good_when_absent:
        return False
    none = _none_before(head)
    if none is None:
        return False
    first = doc[none.i - 1] if none.i > 0 and doc[none.i - 1].is_currency else none
    if _only_words_of(head.sent, first, head) or _still(doc, first):
        return True  # "still no paying users", "still $0 revenue", a stat line's "Zero revenue."
    # "no revenue yet", "$0 revenue, still pre-launch", "zero orders so far" (round49)
    after = doc[head.i + 1 : head.i + 4]
    return any(t.lower_ in ("yet", "still") for t in after) or "so far" in after.text.lower()


def _never_had_one_do(verb: Token, done: Token) -> bool:
    """Is ``done`` what "have" says a thing never or not did ("have never had
    a post do more than 2k impressions", "we didn't have a single video get
    10k views")? Nothing was reached."""
    return verb.lemma_ == "have" and done.head.i == verb.i and _denied(verb)


def _after_a_label(sentence: Span) -> Token | None:
    """The first word after a label that opens the sentence and ends at a
    colon, with no verb in it ("Genuine question for other writers: is…"), or
    None."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or colon.i + 1 >= sentence.end:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in sentence.doc[sentence.start : colon.i]):
        return None
    return sentence.doc[colon.i + 1]


def _never_like_this(sentence: Span) -> bool:
    """Does the sentence deny only that anything was ever "like this" ("just
    passed 2M impressions 😳 never had a tweet do numbers like this")? A
    record, told by what never happened before (round41)."""
    words = [t.lower_ for t in sentence]
    return any(
        first == "like" and second in ("this", "that")
        for first, second in itertools.pairwise(words)
    )


def _reached_by_then(head: Token) -> bool:
    """Is the count a measure of time passed, "N views later" ("1.8 million
    watch hours later, I'd like a word", "3 years and 40k followers later,
    …")? The count was reached; the clause after it, a wish or a joke, is not
    its mood."""
    later = head.head
    return head.dep_ == "npadvmod" and later.lower_ == "later" and later.i > head.i


def _none_before(head: Token) -> Token | None:
    """The "no" or "zero" before an outcome, with only modifiers between ("no
    paying users", "zero recurring revenue"), or the "single" of "not a
    single customer"."""
    doc = head.doc
    index = head.i - 1
    while index >= 0 and head.i - index <= 4:
        word = doc[index]
        if word.lower_ in _NONE:
            return word
        if word.lower_ in ("single", "one") and doc[max(0, index - 2) : index].text.lower() in (
            "not a",
            "not even",
        ):
            return word  # "not a single customer yet"
        if word.lower_ == "not" and doc[index + 1].lower_ in ("a", "an", "one"):
            return word  # "Not a sale yet", "not one booking so far" (round49)
        if word.tag_ not in _BETWEEN_NONE and word.lower_ not in ("single", "a"):
            return None
        index -= 1
    return None


def _only_words_of(sentence: Span, first: Token, last: Token) -> bool:
    """Is the sentence nothing but ``first``…``last`` and punctuation: a stat
    line's "Zero revenue."?"""
    return all(first.i <= t.i <= last.i or t.is_punct or t.is_space for t in sentence)


def _still(doc: Doc, none: Token) -> bool:
    """Is "still" right before the "no" or the zero's currency sign ("still no
    paying users", "still $0 revenue")?"""
    return none.i > 0 and doc[none.i - 1].lower_ == "still"


# How an outcome phrase hangs from the verb that says it happened.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "prt", "attr", "dative"})
# Auxiliaries that open a yes/no question: "Did it bring clients?"
_QUESTION_AUX = frozenset(
    {"did", "does", "do", "will", "would", "can", "could", "has", "have", "is", "are", "was",
     "were", "should"}
)  # fmt: skip


def _outcome_clause_verb(head: Token) -> Token | None:
    """The verb whose clause says what became of the outcome: the term itself
    when it is a verb ("never sold"), else the verb its phrase is an argument of
    ("it didn't move sales", "sales didn't budge", "the sales data wasn't
    shared"). None when the phrase hangs from something else."""
    if head.pos_ in ("VERB", "AUX"):
        return head
    node = _outcome_phrase(head)
    for _ in range(4):
        if node.dep_ not in _ARGUMENTS or node.head.i == node.i:
            return None
        node = node.head
        # A verb in title case may be tagged a name ("Sales Didn't Budge"): its
        # auxiliary or its "not" still shows it a verb.
        if node.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "neg") for c in node.children):
            return node
    return None


def _denied_outcome(head: Token, good_when_absent: frozenset[str], losing: frozenset[str]) -> bool:
    """Is the outcome denied by its own clause: "it didn't move sales", "sales
    didn't budge", "sales data wasn't shared with us", "we never made a sale"?
    A denied outcome is no result and ties nothing (a fake tie beside a count).
    Not an outcome whose absence is the result ("no churn"), not a loss denied
    ("we didn't lose a customer"), not "not only grew revenue"."""
    if head.lower_ in good_when_absent or head.lemma_ in good_when_absent:
        return False
    if _kept_from(head):
        return True  # "you saved me from buying trash": a purchase prevented
    if _refused_after(head):
        return True  # "Brand deals turned down: 11": offers the writer refused
    verb = _outcome_clause_verb(head)
    if verb is None or verb.lemma_ in losing:
        return False
    doc = head.doc
    if head.i > verb.i and any(t.text in _POINTERS for t in doc[verb.i + 1 : head.i]):
        return False  # "something views never do: 52,000 installs": what it points at
    if _denied_then_moved(verb):
        return False  # "Donations were not, up 31%": the sentence before denied
    for child in verb.children:
        if child.dep_ != "neg" and child.lower_ != "never":
            continue
        following = doc[child.i + 1] if child.i + 1 < len(doc) else None
        if following is None or following.lower_ not in ("only", "just"):
            return True
    return False


def _a_proposition_named(head: Token, propositions: frozenset[str]) -> bool:
    """Is the term in a "that" clause that spells out a claim, an idea or a
    myth named before it ("a good citation for the claim that engagement
    rate on academic posts falls after the first hour", "I don't buy the
    idea that reach drops 40% when you post links")? The clause is what is
    held or doubted, not the writer's result; ``propositions`` are its
    nouns (lemmas)."""
    verb = _complement_above(head, ("acl", "ccomp", "relcl"))
    if verb is None or verb.head.lemma_.lower() not in propositions:
        return False
    if _says_us(verb):
        return False  # "we proved the theory that our reels get 40% more reach": ours
    that = [c for c in verb.children if c.lower_ == "that" and c.dep_ in ("mark", "nsubj")]
    if verb.dep_ != "relcl":
        return bool(that)
    # a "that" the parse took for a relative pronoun beside a subject of the
    # clause's own ("the idea that reach drops 40%"); "the claim that got 2M
    # views" is the claim's own attention
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ != "that"]
    return bool(that) and bool(subjects)


def _signed_count(word: Token) -> bool:
    """Is the word a count written with a sign: "+390", "+1.2k", "-40"?"""
    return word.text[:1] in ("+", "-", "\u2212") and word.text[1:2].isdigit()


def _what_an_equation_gives(head: Token, pieces: frozenset[str]) -> bool:
    """Is the term the result side of an equation, "=" before its count ("one
    person scrolling past twice = 2 impressions", "1,000 views = 1 sale"), or
    the side a formula defines ("engagement rate = (likes + …) ÷ reach")? A
    worked definition counts no one's audience."""
    doc = head.doc
    start = max(head.sent.start, head.i - 4)
    if any(t.lower_ in _MINE for t in head.sent):
        return False  # "our reel = 2M views": the writer's, said with a sign
    if head.lower_ == "you" and head.i > 0 and doc[head.i - 1].lower_ == "of":
        return False  # "a year of posting = 47k of you": the writer's readers, counted
    sign = next((t for t in doc[start : head.i] if t.text in ("=", "==")), None)
    if sign is not None and _a_spell_of_time_equals(sign):
        return False  # "1 year of this account = 1.1M likes": a tally of a time (round48)
    if sign is not None:
        # "highlight reel = 1.8M views": one piece's count, said with a sign (round47)
        return not _a_piece_equals(sign, pieces)
    if _a_later_item_of_an_equation(head):
        return True  # "three times = 1 reach, 3 impressions" (round39)
    if head.i + 1 < len(doc) and doc[head.i + 1].text in ("=", "=="):
        return True  # "engagement rate = (likes + comments) ÷ reach": the side defined
    return _an_operand(head)


def _a_spell_of_time_equals(sign: Token) -> bool:
    """Does the side before an "=" open with a spell of time, a count of days,
    weeks, months or years "of" something ("1 year of this account = 1.1M
    likes", "two years of posting daily = 47k followers"; round48)? What a
    time added up to is a tally, not a worked definition ("1 post = 3
    impressions")."""
    doc, start = sign.doc, sign.sent.start
    if sign.i - start < 3:
        return False
    count, period, of = doc[start], doc[start + 1], doc[start + 2]
    return (
        (is_count(count) or count.lower_ in ("a", "one"))
        and period.lemma_ in _RATE_PERIODS
        and of.lower_ == "of"
    )


def _a_piece_equals(sign: Token, pieces: frozenset[str]) -> bool:
    """Is the side before an "=" one piece of content, named with no count
    ("Riverside U12s highlight reel = 1.8M views", "Tuesday's reel = 400k"),
    not a worked example ("1 post = 3 impressions", "one person scrolling
    past twice = 2 impressions")? ``pieces`` are content nouns (lemmas)."""
    doc = sign.doc
    if sign.i == sign.sent.start:
        return False
    last = doc[sign.i - 1]
    if last.lemma_.lower() not in pieces and last.lower_ not in pieces:
        return False
    side = doc[sign.sent.start : sign.i]
    return not any(
        t.like_num or t.text[:1].isdigit() or t.lower_ in ("a", "an", "one", "each", "every")
        for t in side
    )


def _a_later_item_of_an_equation(head: Token) -> bool:
    """Is the term a later item of a list after "=" ("= 1 reach, 3
    impressions"), only counts, nouns and commas between (an item's last word
    before its comma whatever the tagger made it: "reach" a verb)?"""
    doc = head.doc
    for token in reversed(doc[max(head.sent.start, head.i - 8) : head.i]):
        if token.text in ("=", "=="):
            return not _a_spell_of_time_equals(token)  # "1 year of it = 1.1M likes, 3,400 comments"
        item_end = token.i + 1 < len(doc) and doc[token.i + 1].text == ","
        listed = token.like_num or token.pos_ in ("NOUN", "PROPN") or item_end
        if not (token.text in (",", "and") or listed):
            return False
    return False


# The signs of a sum worked out in a post.
_OPERATORS = ("+", "\u00d7", "\u00f7")


def _an_operand(head: Token) -> bool:
    """Is the term's count added or divided on the way to an "=" after it
    ("120 likes + 30 comments + 10 shares = 160 interactions")? A worked
    example's operand, as its result is."""
    after = [t.text for t in head.sent if t.i > head.i]
    if "=" not in after:
        return False
    before = [t.text for t in head.doc[max(head.sent.start, head.i - 3) : head.i]]
    return any(sign in [*before, *after[: after.index("=")]] for sign in _OPERATORS)


def _left_to_the_reader(verbs: list[Token]) -> bool:
    """Is the outcome something the reader may do, "you" with a modal: "you
    can donate at the link below", "you'll finally be able to wishlist it"?
    An invitation reports nothing done. Only the outcome's own clause and the
    clauses it completes ("be able to"), not one it is joined to."""
    if not verbs:
        return False
    verb = verbs[0]
    for _ in range(3):
        children = list(verb.children)
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in children):
            return _you_may(children)
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _you_may(children: list[Token]) -> bool:
    """Is the clause (by its verb's ``children``) "you" with a modal, what the
    reader can or will do: "you can donate", "you'll get more views"?"""
    addressed = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in children)
    return addressed and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)


def _a_deadline_of(head: Token) -> bool:
    """Is the outcome, named, what a present or future "close" or "open" is
    said of, a notice of when it can be done ("Kit orders for winter close on
    10 October", "applications open Monday", "registrations will close at
    midnight")? Read from the words: the tagger takes "close" for an
    adjective as often as not. "Pre-orders opened and 4,000 came in" tells."""
    doc = head.doc
    at = head.i + 1
    if at < len(doc) and doc[at].lower_ == "for":
        at += 2  # "orders for winter close"
    if at < len(doc) and doc[at].lower_ in ("will", "'ll"):
        at += 1
    return at < len(doc) and doc[at].lower_ in _DEADLINE_VERBS


def _refused_after(head: Token) -> bool:
    """Is the outcome noun followed by a participle of refusing: "deals turned
    down: 11", "offers declined", "sponsorships we said no to" aside?"""
    doc = head.doc
    following = [t.lower_ for t in doc[head.i + 1 : head.i + 3]]
    if not following:
        return False
    return following[0] in ("declined", "rejected", "refused") or following == ["turned", "down"]


def _kept_from(head: Token) -> bool:
    """Is the outcome verb an act someone was kept from: "saved me from buying
    trash", "stopped us from hiring", "put people off buying"?"""
    if head.tag_ != "VBG" or head.dep_ != "pcomp" or head.head.lower_ not in ("from", "off"):
        return False
    return head.head.head.lemma_ in ("save", "stop", "prevent", "keep", "spare", "deter", "put")


# Words that take a share of a kind of things: "half the songs", "most of the videos".
_SHARES_OF_A_KIND = frozenset({"half", "most", "many", "few", "all"})

# What leads from a zero to the amount it became: "$0 → $11k", "0 -> 40", "0 to 120".
_FROM_ZERO_TO = frozenset({"\u2192", "->", "-->", "\u27f6", "\u27a1", "to"})


def _zero_after(doc: Doc, index: int) -> bool:
    """Is the value from ``index`` a zero, past an adverb of how it stands and
    a currency sign ("0", "still $0", "basically zero")?"""
    while index < len(doc) and doc[index].tag_ == "RB" and doc[index].lower_ not in _NONE:
        index += 1
    if index < len(doc) and doc[index].tag_ == "$":
        index += 1
    if not (index < len(doc) and doc[index].lower_ in _NONE):
        return False
    # "Revenue: $0 → $11k in 90 days": the zero a change started from
    return not (index + 1 < len(doc) and doc[index + 1].text in _FROM_ZERO_TO)


def _stated_as_zero(head: Token) -> bool:
    """Is the outcome said to be nothing: "revenue is still $0", "sales were
    zero", a stat line's "waitlist: 0"? The phrase is the subject of "be"
    whose other side is only a zero, or a label with a zero after its colon."""
    doc = head.doc
    if head.i + 2 < len(doc) and doc[head.i + 1].text == ":" and _zero_after(doc, head.i + 2):
        return True  # a stat line's "waitlist: 0 (haven't made one yet)", "MRR: still $0"
    phrase = _outcome_phrase(head)
    verb = phrase.head
    if phrase.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    sides = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if not sides:
        return False
    counts = [t for side in sides for t in side.subtree if t.like_num or t.lower_ in _NONE]
    return bool(counts) and all(t.lower_ in _NONE for t in counts)


def _asked_whether(head: Token, asking: frozenset[str]) -> bool:
    """Is what became of the outcome a yes/no question ("Did it bring
    clients?") or what someone asks ("people asked if it brought clients")?
    A question reports no outcome, whatever it names."""
    verb = _outcome_clause_verb(head)
    if verb is None:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children):
        return verb.head.lemma_ in asking
    if not _ends_as_a_question(verb):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    opening = head.sent.start
    # A yes/no question: "when does revenue cross $500?" asks when, and
    # expects the outcome.
    return any(
        c.dep_ in ("aux", "auxpass")
        and c.lower_ in _QUESTION_AUX
        and c.i < subjects[0]
        and not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in head.doc[opening : c.i])
        for c in verb.children
    )


def _ends_as_a_question(verb: Token) -> bool:
    """Does the clause of ``verb`` end with a question mark: the sentence's,
    or a quoted question's that the sentence goes on after ('"Did it bring in
    revenue?" Honestly, I haven't tried')?"""
    sentence = verb.sent
    for token in verb.doc[verb.i + 1 : sentence.end]:
        if token.text in ("?", "?!", "??"):
            return True
        if token.text in (".", "!", "…", "..."):
            return False
    return sentence[-1].text == "?"


def _dated_ahead(head: Token, periods: frozenset[str]) -> bool:
    """Is the outcome, named, dated to a period still ahead with no verb of its
    own between: "conversions next month, fingers crossed", "donations open
    next month"? Not a past one ("sales grew next to…" has no period)."""
    doc = head.doc
    for token in doc[head.i + 1 : min(len(doc), head.i + 4)]:
        if token.tag_ in ("VBD", "VBN") or token.is_punct:
            return False
        if token.lower_ == "next" and token.i + 1 < len(doc):
            return doc[token.i + 1].lemma_.lower() in periods
    return False


def _a_days_name(word: Token) -> bool:
    """Is ``word`` a capitalised gerund that opens a name with a name after it
    ("Giving Tuesday", "Boxing Day")? A day's name, not a verb."""
    doc = word.doc
    following = word.i + 1
    return (
        word.tag_ == "VBG"
        and word.text[:1].isupper()
        and following < len(doc)
        and doc[following].pos_ == "PROPN"
    )


def _a_guaranteed_amount(head: Token, guarantees: frozenset[str]) -> bool:
    """Is the count a floor someone promises ("'minimum 5M views'", "a
    guaranteed 10k followers", "min. 200k impressions"): a package's terms,
    not a result (round41)? Read by word order: the word right before the
    count, up to three words before the term ("a minimum of 5M views" is at
    least that many)."""
    doc = head.doc
    for index in range(head.i - 1, max(head.sent.start, head.i - 4), -1):
        if is_count(doc[index]) and doc[index - 1].lower_ in guarantees:
            return True
    return False


def _given_something(people: Token, giving: frozenset[str]) -> bool:
    """Are the people counted handed something, an offer to them and not an
    audience reached: "we're giving 100 fans a year of free coffee", "we gave
    a discount to 500 followers"? Content sent to people ("sent the newsletter
    to 40,000 subscribers") reaches them."""
    if _a_days_name(people.head):
        return False  # "Giving Tuesday recap: 📈 Reach: 3.9M": a day's name, no gift
    if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.i < people.i:
        counted = people.head.head  # "giving away a year's supply to 10 of our followers"
        if counted.dep_ == "pobj" and counted.head.lower_ == "to" and is_count(counted):
            return _given_something(counted, giving)
    if people.dep_ == "dative":
        verb = people.head
        return verb.pos_ == "VERB" and verb.lemma_ in giving
    if people.dep_ == "dobj" and people.head.lemma_ in giving:
        # The parser often takes the people for the object and hangs the gift
        # on them: "giving 250 fans a month of free smoothies".
        verb = people.head
        gifts = [*people.children, *verb.children]
        return any(g.i > people.i and g.dep_ in _SECOND_OBJECTS for g in gifts)
    if people.dep_ == "pobj" and people.head.lower_ == "to":
        verb = people.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            # the parse may hang "to" on the thing offered: "influencers offering
            # a post to their 80k followers"
            verb = verb.head
        return verb.pos_ == "VERB" and verb.lemma_ in giving
    return False


def _asked_for(verb: Token, capacity: frozenset[str]) -> bool:
    """A question that asks for the attention ("Can we get 1,000 retweets?",
    "could Acme hit 5k likes on this one?"): the modal before its subject, the
    sentence ending in a question mark. "We can get you 1,000 views" is no
    question, and "could the page cope with 50,000 visitors?" asks about a
    load, not for an audience."""
    if verb.lemma_ in capacity:
        return False
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _ASKING_MODALS), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if aux is None or subject is None or aux.i > subject.i:
        return False
    if subject.lower_ == "you" or any(c.lower_ == "your" for c in subject.children):
        return False  # "could your next tweet go viral?" asks the reader about theirs
    return any(t.text == "?" for t in verb.doc[verb.i : verb.sent.end])


def _level_by_denial(head: Token, verb: Token, moving: frozenset[str]) -> bool:
    """Is the denial that the metric changed at all, which reports it level:
    "reach didn't budge", "followers never moved" (``MoveReader.held_level``)?
    The metric is the verb's subject; "the post didn't move followers" denies
    an effect, "followers didn't move up" a rise."""
    return (
        verb.lemma_ in moving
        and head.dep_ == "nsubj"
        and head.head == verb
        and not any(c.dep_ == "prt" for c in verb.children)
    )


def _in_a_title(word: Token) -> bool:
    """Is the word part of a name in title case inside its sentence, as a
    campaign's or a show's ("the 'Leave No Trace' PSA", "the No Limits tour"):
    capitalised, not the sentence's first word, a capitalised word after it?"""
    doc = word.doc
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        word.i > word.sent.start
        and word.text[:1].isupper()
        and following is not None
        and following.text[:1].isupper()
    )


def _denied_by_subject(children: Iterable[Token]) -> bool:
    """Is a verb's subject a denial: "none of this went viral", "nothing we
    posted got 1,000 views", "no post of ours", "not one reel took off"? The
    verb has no "not" of its own, but the claim is denied all the same. Read
    from the subject's first word ("not only our fans but…" adds, not denies)."""
    for child in children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        first = child.left_edge
        # "Nobody's CFO ever got excited about…" (round36): owned by no one
        owned = first.i + 1 < len(first.doc) and first.doc[first.i + 1].lower_ in ("'s", "\u2019s")
        if first.lower_ not in _NO_ONE or not (first.whitespace_ or owned):
            continue  # "no-code builders" name a trade
        if _in_a_title(first):
            continue  # "the 'Leave No Trace' PSA reached 4.1 million people": a name
        if any(t.lower_ == "but" for t in first.doc[first.i : child.right_edge.i + 1]):
            continue  # "Not a big deal, but the shop just paid my rent": an aside before it
        if first.doc[first.i + 1 : first.i + 2].text.lower() != "only":
            return True
    return False


def _trend_with_object(verb: Token) -> bool:
    """Is "trending", with no "be" before it, right before a noun the parse
    made its object ("10 trending sounds on TikTok", "top 5 trending recipes
    this week")? Nothing trends something: it is an adjective of a list's
    items, someone else's content; "we're trending number one", "we were
    trending all day" are the writer's."""
    if verb.lemma_ != "trend" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    doc = verb.doc
    if any(t.lower_ in ("#", "no", "no.", "number") for t in doc[max(0, verb.i - 3) : verb.i]):
        return False  # a rank: "the #1 trending video on YouTube" is the writer's
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if following is not None and _top_one(verb, following):
        return False  # "the top trending video on YouTube": first, not a list
    return (
        following is not None
        and following.dep_ == "dobj"
        and following.head == verb
        and following.pos_ == "NOUN"
    )


def _top_one(verb: Token, thing: Token) -> bool:
    """Is "trending" ranked "top" of one thing ("the top trending video"), a rank
    like "#1 trending", where "the top trending sounds" lists many?"""
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ == "top" and thing.tag_ == "NN"


def _would_like(verb: Token) -> bool:
    """ "we'd love to hit 5,000", "we would like it to go viral": the polite
    wish, "would" (or "'d") with "like" or "love"; not "we love seeing…"."""
    return verb.lemma_ in ("like", "love") and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d", "\u2019d") for c in verb.children
    )


def _of_intent(verb: Token, intent: Collection[str]) -> bool:
    """Is ``verb`` one of intent ("Acme hopes to…": analysis/verblemmas.py makes
    "hopes" "hope", where spaCy's rule lemmatizer made it "hop")?"""
    return verb.lemma_ in intent


def _a_name(word: Token) -> bool:
    """A name in a phrase (as tagged, ``names``), not a field's acronym ("AI
    agents", "ESG funds"): what is in fashion is often a field's."""
    return written_as_a_name(word, lowered=True) and not an_acronym(word)


def _a_fashion_trending(term: Token, subject: Token, own: frozenset[str]) -> bool:
    """Is what trends a thing in fashion, not the writer's ("pumpkin spice is
    trending again", "AI agents are trending on every feed": news of
    elsewhere)? A bare
    common noun: no determiner, no owner, no count, no hashtag, no name, and not
    a piece of content or a thing the writer might clip the "our" from
    ("hashtag is trending!"). A name ("Acme is trending") stays a claim: a
    brand may write of itself by name."""
    if term.lemma_ != "trend" or subject.lemma_ in own:
        return False
    if subject.pos_ == "PROPN" and _back_in_fashion(term, subject):
        return True  # "Sourdough is trending again": a word the tagger made a name
    if subject.pos_ != "NOUN":
        return False
    # "the 'girl dinner' thing is trending again", "the 'cereal before milk'
    # debate is trending": a thing named by a quotation, no piece of the writer's;
    # nor is a "thing", quoted or not ("the purple milkshake thing is trending")
    quoted_thing = subject.lemma_ not in own and any(
        t.text in _QUOTE_MARKS for t in subject.doc[subject.left_edge.i : subject.i]
    )
    if (
        subject.lemma_ in ("trend", "fad", "craze", "meme", "thing") or quoted_thing
    ) and subject.i != term.i:
        # "the 'silent review' trend is trending again": a trend is everyone's
        # unless a pronoun owns it ("our dance trend"); a quote's closing mark
        # may be parsed as a possessive ("'silent review' trend")
        return not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children)
    if any(c.dep_ in ("det", "poss", "nummod", "appos") for c in subject.children):
        return False
    words = list(subject.subtree)
    if any(
        t.lower_ in _MINE or t.text.startswith("#") or (_a_name(t) and not _a_kind_of(t, subject))
        for t in words
    ):
        return False
    first = words[0].i
    if first > 0 and subject.doc[first - 1].text == "#":
        return False  # "#" then the word: a hashtag
    # A lone singular word may be a name in lower case ("acme is trending on x");
    # a kind of thing is plural or qualified ("AI agents", "pumpkin spice"), or
    # back in fashion ("sourdough is trending again").
    return (
        subject.tag_ == "NNS"
        or any(c.dep_ in ("amod", "compound") for c in subject.children)
        or any(c.lower_ == "again" for c in term.children)
    )


# Forms of "be" between a thing and its "trending" ("'X' is trending") or a
# metric and its bare "up" ("views are up again", metrics.py).
_BE_FORMS = frozenset({"is", "are", "was", "were", "'s", "\u2019s"})


def _the_word_before_trending(term: Token) -> Token | None:
    """The word before "trending", past a "be" ("'X' is trending", "X
    trending"), inside the term's sentence; None at its start."""
    index = term.i - 1
    sentence_start = term.sent.start
    if index >= sentence_start and term.doc[index].lower_ in _BE_FORMS:
        index -= 1
    return term.doc[index] if index >= sentence_start else None


def _a_quoted_phrase_trending(term: Token) -> bool:
    """Is what trends a phrase in quotation marks, no word of the writer's in
    the sentence before it ("Saw 'brunch is cancelled' trending this
    morning", "'fries in milkshake' is trending again"): a saying people type
    on a platform, not the writer's post ("our slogan 'Bean There' is
    trending" keeps "our"; a tag is ``_a_tag_trending``'s)?"""
    if term.lemma_ != "trend" or term.tag_ != "VBG":
        return False
    closing = _the_word_before_trending(term)
    if closing is None or closing.text not in _QUOTE_MARKS:
        return False
    before = term.doc[term.sent.start : closing.i]
    opening = next((t for t in reversed(before) if t.text in _QUOTE_MARKS), None)
    if opening is None or opening.i + 1 == closing.i:
        return False
    # A saying, with a verb or a preposition of its own ('brunch is
    # cancelled', 'fries in milkshake'); a noun phrase may be the writer's
    # title ("'Driftwood' is trending at #3 in Brazil", a song of theirs).
    said = term.doc[opening.i + 1 : closing.i]
    if not any(t.pos_ in ("VERB", "AUX", "ADP") for t in said):
        return False
    return not any(t.lower_ in _MINE for t in term.doc[term.sent.start : opening.i])


def _a_taste_trending(term: Token) -> bool:
    """Is what trends "X everything", a taste in fashion ("Pistachio
    everything is trending this spring", "burgundy everything"): the idiom
    names a flavour or a colour on every menu or rail, nobody's post?"""
    if term.lemma_ != "trend":
        return False
    everything = _the_word_before_trending(term)
    if everything is None or everything.lower_ != "everything" or everything.i == 0:
        return False
    taste = term.doc[everything.i - 1]
    return taste.is_alpha and taste.pos_ not in ("DET", "PRON") and taste.lower_ not in _MINE


def _a_craze_everywhere(verb: Token, content: frozenset[str]) -> bool:
    """Is a thing said to trend "everywhere" ("Oat milk espresso tonic is
    trending everywhere this summer, so we've added it"): a craze, no one's
    post? Not a piece of content ("our reel is trending everywhere") nor
    anything of the writer's."""
    if verb.lemma_ != "trend" or not any(c.lower_ == "everywhere" for c in verb.children):
        return False
    subject = _subject_of(verb)
    if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in content:
        return False
    return not _says_us(subject)


def _owner_says_us(piece: Token) -> bool:
    """Does the possessor in front of ``piece`` name the writer ("our CEO's
    clip", "my sister's video")? Not a "my" further on, in what the piece is
    of: "someone's clip of my dog" is theirs."""
    return any(c.dep_ == "poss" and _says_us(c) for c in piece.children)


def _ends_our_quoted_title(word: Token) -> bool:
    """Is ``word`` the last word of the writer's quoted title whose closing
    mark the parse took for a possessive ("Our 'how to bleed a radiator'
    post": "a radiator'" is no owner of the post)? A plural's own apostrophe
    ("my parents' video") has no opening mark before it, and a title brought
    in with "a" ("a 'pet cures' video is trending") is still nobody's of ours."""
    if not any(c.dep_ == "case" and c.text in _QUOTE_MARKS for c in word.children):
        return False
    quotation = _quotation_in_sentence(word)
    if quotation is None:
        return False
    return any(t.lower_ in _MINE for t in word.doc[word.sent.start : quotation[0].i])


def _results_are_in(verb: Token, tallies: frozenset[str]) -> bool:
    """Is the clause "the results are in" ("RESULTS ARE IN: 22M views", "the
    numbers are in!"), or one that opens its sentence by calling counts its
    results ("Results are 1.2M impressions and 9,400 new followers")? A plural
    subject in the present reads like a rule of thumb, but this one announces
    the writer's own figures."""
    if verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in tallies:
        return False
    named = subject.i == subject.sent.start and any(
        c.dep_ == "attr" and c.tag_ in ("NN", "NNS") and any(is_count(t) for t in c.children)
        for c in verb.children
    )
    # not set against them: "Results are what matter, not 900k impressions"
    if named and not any(t.lower_ in ("not", "what", "n't") for t in verb.subtree):
        return True  # "Results are 1.2M impressions and 9,400 new followers." (round49)
    # "in" with nothing after it but an emoji; not "results are in line with…"
    return any(
        c.lower_ == "in"
        and c.i > subject.i
        and all(_emoji(o) for o in c.children if o.dep_ == "pobj")
        for c in verb.children
    )


def _a_quoted_kind_spreading(subject: Token, content_nouns: frozenset[str]) -> bool:
    """Is what went viral or trends a kind of thing named by a quotation ("The
    '12-3-30' treadmill workout went viral in 2020", "the 'girl dinner' diet
    went viral"), no piece of content and nobody's: a craze everyone tried,
    not the writer's post ("our 'Rep Challenge' went viral" is owned, "the
    'Slow Down' video" is content)?"""
    # The tagger may make a lower-case noun after a quotation a name ("workout").
    a_noun = subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and subject.is_lower)
    if not a_noun or subject.lemma_.lower() in content_nouns:
        return False
    before = subject.doc[subject.left_edge.i : subject.i]
    if not any(t.text in _QUOTE_MARKS for t in before):
        return False
    if _ours_before_the_quotation(subject):
        return False  # "Our 'Gran tries energy drinks' TikTok", the parse's "Our" elsewhere
    return not any(t.lower_ in _MINE for t in subject.subtree)


def _ours_before_the_quotation(subject: Token) -> bool:
    """Does "our" or "my" stand right before the quotation that names the
    subject ("Our 'Gran tries energy drinks' TikTok went viral"), read by word
    order, within eight words (round45)?"""
    doc = subject.doc
    start = max(subject.sent.start, subject.i - 8)
    marks = [t.i for t in doc[start : subject.i] if t.text in _QUOTE_MARKS]
    return bool(marks) and marks[0] > 0 and doc[marks[0] - 1].lower_ in _MINE


def _made_by_another_not_us(sentence: Span) -> bool:
    """Does the sentence deny the writer made its piece, "by" someone and then
    "not us" ("it was posted by a journalist, not us", "filmed by a passer-by,
    not by us")? A clip of the writer's people that someone else posted is
    news the writer answers, not its result."""
    words = [t.lower_ for t in sentence]
    for index, word in enumerate(words):
        if word != "not" or "by" not in words[:index]:
            continue
        after = words[index + 1 : index + 3]
        if after[:1] in (["us"], ["ours"], ["me"], ["mine"]) or after in (
            ["by", "us"],
            ["by", "me"],
        ):
            return True
    return False


def _how_another_told_it(head: Token, recounting: frozenset[str], pieces: frozenset[str]) -> bool:
    """Is the term in a "how" clause that someone else recounts ("She walked
    through how Parcelbird went from 2k to 180k followers", "the speaker
    explained how Brightside grew to 90k")? The story they told, not the
    writer's result; a teller who is the writer ("I showed how we…") or a
    clause of ours ("she explained how our page grew") keeps it ours (round45)."""
    clause = head if head.pos_ in ("VERB", "AUX") else head.head
    for _ in range(4):
        if any(c.lower_ == "how" and c.i < clause.i for c in clause.children):
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    if clause.dep_ not in ("ccomp", "pcomp"):
        return False
    teller = clause.head.head if clause.dep_ == "pcomp" else clause.head
    if teller.lemma_ not in recounting:
        return False
    subject = _subject_of(teller)
    if subject is None or subject.lower_ in _MINE or subject.lower_ in ("you", "it", "this"):
        return False
    if subject.lemma_ in pieces:
        return False  # "this thread breaks down how the launch got 2M views": the writer's piece
    if any(c.dep_ == "poss" and c.lower_ in _MINE for c in subject.children):
        return False  # "our CMO explained how…": the writer's side telling
    return not any(t.lower_ in _MINE for t in clause.subtree)


def _asked_whether_worth_it(sentence: Span) -> bool:
    """Does the sentence ask whether something is worth it, "Is it worth
    having 10k followers?", "Is it really worth being in the top 5% of
    creators?" (round45)? A question of value; nobody has the count."""
    words = [t.lower_ for t in sentence if not t.is_space]
    if len(words) < 4 or words[-1] != "?" or words[0] not in ("is", "was", "are", "were"):
        return False
    at = 2 if words[1] in ("it", "this", "that") else 1
    if words[at] in ("really", "even", "still", "actually", "ever"):
        at += 1
    return words[at] == "worth"


def _trending_where_we_see_it(doc: Doc, index: int) -> bool:
    """Is what trends "on our timeline" or "in my feed" ("trending on our
    timeline today: someone's cat chairing a Zoom meeting")? What the writer
    sees trend among others' posts, not the writer's own (round45)."""
    words = [t.lower_ for t in doc[index + 1 : index + 4]]
    return (
        len(words) == 3
        and words[0] in ("on", "in")
        and words[1] in ("our", "my")
        and words[2] in ("timeline", "timelines", "feed", "feeds", "fyp", "tl")
    )


def _a_piece_there_is(doc: Doc, index: int) -> bool:
    """Is what spreads brought in by "there's a" ("There's a video trending on
    TikTok claiming…", "there is a clip going viral that says…"; round49)?
    Someone's piece the writer points at: the writer's own is "our video".
    Word order: the sentence opens so, two words at most between "a" and the
    term."""
    start = doc[index].sent.start
    words = [t.lower_ for t in doc[start:index]]
    if len(words) < 4 or words[0] != "there" or words[1] not in ("'s", "\u2019s", "is", "was"):
        return False
    return words[2] in ("a", "an") and len(words) <= 5 and not _MINE & set(words)


def _a_trend_followed(doc: Doc, index: int, content: frozenset[str]) -> bool:
    """Is what trends a reason the writer acts on, "so" and "we", "I" or the
    writer's own after it ("this sound is trending so obviously I made my cat do it", "It's
    trending on BookTok again, so we ordered 40 more copies"; round49)? A
    trend joined, not the writer's piece trending: nothing of the writer's
    before the term ("Our reel is trending, so we're…" stays a claim), nor a
    piece of content that may be the writer's ("This clip is trending so…")."""
    sentence = doc[index].sent
    before = doc[sentence.start : index]
    if _MINE & {t.lower_ for t in before} or any(t.lemma_.lower() in content for t in before):
        return False
    after = [
        t
        for t in doc[index + 1 : sentence.end]
        if t.lower_ == "so" or not (t.is_punct or t.tag_ == "RB")  # "so obviously I…"
    ]
    # "so we…", "so I…", or one of the writer's: "so obviously our intern made us use it"
    return any(
        word.lower_ == "so" and following.lower_ in ("we", "i", "our", "my")
        for word, following in itertools.pairwise(after)
    )


def _fewer_of(head: Token) -> bool:
    """Is the metric wanted less of ("fewer impressions", "less reach")? A
    wish against it, a judgement of the metric, no goal (round45)."""
    doc = head.doc
    return head.i > 0 and doc[head.i - 1].lower_ in ("fewer", "less")


def _rather_than(head: Token) -> bool:
    """Is the term set after "than" in a preference a modal makes ("I'd
    rather 5,000 residents read our routes than 500,000 strangers liked
    them")? What the writer would not choose, nothing had (round37); read by
    word order, as the parse hangs the second clause anywhere."""
    doc = head.doc
    words = doc[head.sent.start : head.i]
    rather = next((t for t in words if t.lower_ == "rather"), None)
    if rather is None or rather.i == 0 or doc[rather.i - 1].tag_ != "MD":
        return False
    return any(t.lower_ == "than" and t.i > rather.i for t in words)


def _a_tests_sample(head: Token) -> bool:
    """Is the count a test's sample, after "sample size" or counted "per
    arm" ("sample size 6,200 visitors per arm", "n = 4,000 users per
    variant")? How the test is built, no audience won (round45)."""
    doc = head.doc
    before = [t.lower_ for t in doc[max(head.sent.start, head.i - 5) : head.i]]
    if any(a == "sample" and b in ("size", "sizes") for a, b in itertools.pairwise(before)):
        return True
    after = [t.lower_ for t in doc[head.i + 1 : head.i + 3]]
    return after[:1] == ["per"] and after[1:] in (["arm"], ["variant"], ["cell"], ["group"])


def _in_the_sample(sentence: Span, samples: frozenset[str]) -> bool:
    """Does the sentence count what is "in our sample" or "in the dataset"
    ("the most-followed account in our sample had 48M followers")? A study's
    rows, not the writer's audience (round37)."""
    words = [t for t in sentence if not t.is_space]
    for index, word in enumerate(words[2:], start=2):
        if word.lemma_.lower() not in samples:
            continue
        if index + 1 < len(words) and words[index + 1].pos_ in ("NOUN", "PROPN"):
            continue  # "loops in my sample pack": a product, not a study's rows
        if words[index - 1].lower_ in ("our", "the", "this", "my") and words[index - 2].lower_ in (
            "in",
            "from",
            "across",
        ):
            return True
    return False


def _aware_of_a_piece(sentence: Span, content: frozenset[str], telling_of: frozenset[str]) -> bool:
    """Does the sentence say the writer is "aware of" a piece brought in with
    "a" ("We're aware of a video that went viral overnight, viewed more than
    2 million times, claiming to show…")? Someone else's content a notice
    answers, none of "our" or "my" pieces in it (round37). Or "aware that"
    something spreads ("We're aware that a short clip from our exhibition has
    been trending on X"): a notice answering it, whoever's clip (round45)."""
    words = [t for t in sentence if not t.is_space]
    if any(
        word.lower_ == "aware" and words[index + 1].lower_ == "that"
        for index, word in enumerate(words[:-1])
    ):
        return True
    # the writer's words before what the piece tells: "a post … claiming our
    # crews won't attend" is still someone else's post (round49)
    told = next((i for i, t in enumerate(words) if t.lower_ in telling_of), len(words))
    if any(t.lower_ in ("our", "my") for t in words[:told]):
        return False
    for index, word in enumerate(words[:-2]):
        if word.lower_ != "aware" or words[index + 1].lower_ != "of":
            continue
        if words[index + 2].lower_ == "the" and index + 4 < len(words):
            # "aware of the post about the Mill Lane potholes going viral": the
            # piece told by what it shows (round49)
            piece, after = words[index + 3], words[index + 4]
            return piece.lemma_.lower() in content and after.lower_ in telling_of
        if words[index + 2].lower_ not in ("a", "an"):
            return False
        return any(t.lemma_.lower() in content for t in words[index + 3 : index + 6])
    return False


def _denied_as_ours(sentence: Span) -> bool:
    """Does the sentence deny that what it tells of is the writer's, "that's
    not our studio", "it wasn't us" (round37)? Someone else's piece the writer
    is asked about. Not "it's not our first viral video" (an ordinal after
    "our" denies the count, not the owner)."""
    words = [t for t in sentence if not t.is_space]
    for index, word in enumerate(words[:-1]):
        if word.lower_ not in ("not", "n't") or index < 2:
            continue
        if words[index - 1].lemma_ != "be" or words[index - 2].lower_ not in ("that", "it"):
            continue
        owner = words[index + 1]
        rest = words[index + 2 : index + 4]
        if owner.lower_ in ("us", "me", "ours", "mine"):
            return not rest or rest[0].is_punct
        if owner.lower_ in ("our", "my") and len(rest) == 2:
            return rest[0].pos_ == "NOUN" and rest[1].is_punct
    return False


# The words of a share of a kind of holders: "some of the founders I know".
_SHARES_OF_HOLDERS = frozenset({"some", "many", "most", "few", "several"})


def _a_names_by_whose(subject: Token, people: frozenset[str]) -> bool:
    """Is ``subject`` owned by "whose" right after a name or a handle ("Shoutout
    to @woodkid whose birdhouse video went viral", "Maya Reyes, whose reel…"),
    or after a person named by a role ("the guy whose soup video went viral")?
    Word order, as the parse may not make the clause relative: the named one's."""
    whose = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    return whose is not None and _someone_named_before(whose, people)


def _some_of_a_kind(subject: Token, content: frozenset[str]) -> bool:
    """Is the subject a share of holders of a kind, none the writer's ("some of
    the sharpest operators I know", "many of the founders we meet")? Said in
    the present with "have", what they hold is theirs; a share of pieces ("some
    of the videos have 40k views") may be the writer's own."""
    if subject.lower_ not in _SHARES_OF_HOLDERS:
        return False
    kind = _what_it_is_of(subject)
    if kind is not None and kind.lower_ == "them":
        # others told of before (round37): "40 imitators, and most of them have
        # fewer than 10k followers"; not in a sentence of the writer's
        return not any(t.lower_ in _MINE for t in subject.sent)
    if kind is None or kind.tag_ != "NNS" or kind.lemma_.lower() in content:
        return False
    return not any(t.lower_ in _MINE for t in kind.children)


def _a_piece_told_by_whose(verb: Token, people: frozenset[str], content: frozenset[str]) -> bool:
    """Does a piece of content end right before the verb (its auxiliaries
    aside), with "whose" after someone not the writer earlier in the clause
    ("the guy whose 'rating every gas station sandwich' clip went viral")?
    Word order, as a quoted title breaks the parse of the relative clause."""
    doc = verb.doc
    piece = verb.i - 1
    while piece > verb.sent.start and doc[piece].pos_ == "AUX":
        piece -= 1
    if doc[piece].lemma_.lower() not in content:
        return False
    for index in range(piece - 1, max(verb.sent.start, piece - 12), -1):
        if doc[index].lower_ == "whose":
            return _someone_named_before(doc[index], people)
    return False


def _someone_named_before(whose: Token, people: frozenset[str]) -> bool:
    """Is the one "whose" names, the word before it (a comma aside), a name, a
    handle or a person named by a role, not the writer?"""
    if whose.i == 0:
        return False
    doc = whose.doc
    named = doc[whose.i - 1]
    if named.text == "," and whose.i > 1:
        named = doc[whose.i - 2]
    # A handle is blanked in the analysis text (documents/masking.py): spaces;
    # a thing named by a name before it: "the Wexford knitting group whose…"
    named_noun = named.pos_ == "NOUN" and any(t.pos_ == "PROPN" for t in named.lefts)
    # or set beside a name: "Harrow Lane Primary, the school whose video…" (round36)
    named_noun = named_noun or (named.dep_ == "appos" and named.head.pos_ == "PROPN")
    if named.is_space or named_noun:
        return True
    if named.lower_ in people:  # "the guy whose…", not "our head chef, whose…"
        return not any(t.lower_ in _MINE for t in named.lefts)
    if named.tag_ == "NNS" and any(c.dep_ == "nummod" and is_count(c) for c in named.children):
        # things counted, a study's sample (round37): "data on 18,000 papers
        # whose press releases went viral"; not "our 3 shops whose…"
        return not any(t.lower_ in _MINE for t in named.lefts)
    return named.pos_ == "PROPN" and named.lower_ not in _MINE


def _everyones_own(head: Token) -> bool:
    """Is the term owned by "their" that points back at everyone, the subject
    before it ("everyone in my feed is panicking that their reach has
    dropped")? Everyone's numbers, the writer's perhaps among them, as news."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children):
        return False
    earlier = head.doc[head.sent.start : head.i]
    return any(t.lower_ in _EVERYONES and t.dep_ == "nsubj" for t in earlier)


def _a_person_a_piece_came_from(person: Token, people: frozenset[str]) -> bool:
    """Is the word someone named by a role or a title that a piece came
    "from" ("the thread from the ex-bank PM"), not the writer's own ("from
    our CEO")? Whatever the parse hung "with" on after it."""
    if person.dep_ != "pobj" or person.head.lower_ != "from" or person.lower_ not in people:
        return False
    return not any(t.lower_ in _MINE for t in person.lefts)


def _theirs_of_others_counted(head: Token, platforms: frozenset[str]) -> bool:
    """Is the term owned by "their" that points back at others counted or
    quantified, the subject before it ("Three small charities tried it; their
    shares barely moved", "many brands tested it, and their reach dropped"),
    or at someone named whom a read came from ("a read from Kyle at Stackwise:
    their founder posts average 40k views")? Those others' numbers."""
    owner = head.head if head.dep_ == "conj" else head  # "their shares and comments"
    holders = [owner]
    if owner.dep_ == "dobj":  # "their founder posts average 30k views"
        holders += [c for c in owner.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(c.dep_ == "poss" and c.lower_ == "their" for h in holders for c in h.children):
        return False
    earlier = head.doc[head.sent.start : min(h.left_edge.i for h in holders)]
    named = not any(t.lower_ in _MINE for t in earlier) and any(
        t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in ("from", "at")
        and t.lower_ not in platforms
        for t in earlier
    )  # fmt: skip
    return named or any(
        t.dep_ == "nsubj" and t.tag_ == "NNS" and _others_counted(t) for t in earlier
    )


def _others_counted(noun: Token) -> bool:
    """Is the plural noun counted or quantified, and not the writer's ("three
    small charities", "many brands"; not "our three shops")?"""
    if any(c.lower_ in _MINE for c in noun.children):
        return False
    return any(
        (c.dep_ == "nummod" and is_count(c)) or (c.dep_ in ("det", "amod") and c.lower_ in _OTHERS)
        for c in noun.children
    )


# Words that quantify others: "many brands", "other charities".
_OTHERS = _SHARES_OF_HOLDERS | {"other", "these", "those"}


def _the_same_count(head: Token) -> bool:
    """Is the term's count "the same" one ("we've had the same 900 followers
    for three years")? A count that did not move is no result."""
    doc = head.doc
    before = doc[max(head.sent.start, head.i - 3) : head.i + 1]
    return any(t.lower_ == "same" and t.i + 1 < len(doc) and is_count(doc[t.i + 1]) for t in before)


def _a_piece_from_another(verb: Token, content: frozenset[str]) -> bool:
    """Is the relative clause of ``verb`` said of a piece "from" someone not
    the writer, the parse hanging it on the piece or on its maker ("that sofa
    ad from the Danish furniture chain that went viral", "the ad from Acme
    that went viral")? Not "the ad from our team"."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    maker: Token | None = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.lemma_ in content:
        maker = noun  # the clause hung on the maker
    else:
        maker = _maker_of_a_piece(noun, "from", content)
    return maker is not None and not _says_us(maker)


def _a_thing_seen_in_that_piece(verb: Token, content: frozenset[str]) -> bool:
    """Is the relative clause of ``verb`` said of a piece pointed at with
    "that", which a thing is "from" or "in" ("we stock the lamp from that
    video that went viral")? The piece names the thing, known from elsewhere;
    the writer's would be "our video"."""
    if verb.dep_ != "relcl":
        return False
    piece = verb.head
    if piece.lemma_ not in content or not any(c.lower_ == "that" for c in piece.lefts):
        return False
    holder = piece.head
    if piece.dep_ != "pobj" or holder.lower_ not in ("from", "in") or holder.i == 0:
        return False
    # the thing the parse hung it on, or the noun right before it ("we stock
    # the jacket from that video": the parse may hang "from" on "stock")
    thing = holder.head if holder.head.pos_ == "NOUN" else piece.doc[holder.i - 1]
    return thing.pos_ == "NOUN" and thing.lemma_ not in content


def _a_shoutouts_piece(head: Token, congratulating: frozenset[str]) -> bool:
    """Does the sentence open with a shout-out or congratulations to someone,
    and is the term's piece "their", "his" or "her" ("Shoutout to Pip's Pet
    Bakery two doors down — their pupcake video went viral"; round48)? The
    one shouted out's piece, nothing of the writer's in the sentence."""
    sentence = head.sent
    if any(t.lower_ in _MINE for t in sentence):
        return False
    opening = [t for t in sentence if not (t.is_punct or t.is_space or _emoji(t))][:3]
    if not any(t.lower_ in congratulating for t in opening):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    pieces = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [head]
    return any(
        c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for p in pieces for c in p.children
    )


def _a_whose_sentence(sentence: Span, people: frozenset[str]) -> bool:
    """Does the sentence tell of a named one's piece by "whose" ("Shoutout to
    @mira whose sourdough video went viral last week, 8M views!!"), nothing of
    the writer's in it? Its counts are that piece's."""
    if any(t.lower_ in _MINE for t in sentence):
        return False
    return any(t.dep_ == "nsubj" and _a_names_by_whose(t, people) for t in sentence)


def _a_lower_case_quotation_before(verb: Token) -> bool:
    """Does a short quotation in lower case end right before the verb (its
    auxiliaries aside), opening its clause ("Trend report: 'de-influencing' is
    trending on TikTok")? A craze named, as the parse of such a subject is
    rarely whole; a title ("'Bake Off Fridays' went viral") is capitalised,
    and "our" inside makes it the writer's."""
    doc = verb.doc
    closing = verb.i - 1
    while closing > verb.sent.start and doc[closing].pos_ == "AUX":
        closing -= 1
    if doc[closing].text not in _QUOTE_MARKS:
        return False
    opening = next(
        (
            t
            for t in doc[max(verb.sent.start, closing - _CONTROL_NAME - 2) : closing]
            if t.text in _QUOTE_MARKS
        ),
        None,
    )
    if opening is None or opening.i + 1 >= closing:
        return False
    quoted = doc[opening.i + 1 : closing]
    opens = opening.i == verb.sent.start or doc[opening.i - 1].text in (":", "\u2014", "-")
    words = [t for t in quoted if t.is_alpha]
    return (
        opens
        and bool(words)
        and all(t.is_lower for t in words)
        and not any(t.lower_ in _MINE for t in quoted)
    )


def _what_a_piece_is_about(head: Token, content_nouns: frozenset[str]) -> bool:
    """Is the outcome what a piece of content is "about" ("Tuesday's post about
    how we cut our database bill in half hit #1"): the piece's subject, told to
    say which piece, not a result the post reports? The clause hangs on
    "about" after a content noun, or describes what does ("our post about
    the wedding dress donated to the shop has been shared 4,000 times")."""
    node = head
    for _ in range(3):
        about = node.head
        if node.dep_ in ("pcomp", "pobj") and about.lower_ == "about":
            piece = about.head
            if piece.dep_ == "relcl" and piece.tag_ in ("VBD", "VBN"):
                # "the meme our designer made about support tickets" (round48)
                piece = piece.head
            return piece.lemma_.lower() in content_nouns
        if node.dep_ not in ("acl", "relcl", "pcomp", "pobj", "dobj") or about.i == node.i:
            return False
        node = about
    return False


def _let_by_something_done(verb: Token) -> bool:
    """Is "let" what something done allowed, with a subject of its own ("we
    passed 1M downloads, which finally let us sign two sponsors", "the grant
    let us hire"), not the writer's "let's" or a bidding ("let us know")?"""
    if verb.lemma_ != "let" or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("you", "'s") for c in verb.children)


def _bidden_so_you(verb: Token) -> bool:
    """Is the outcome verb bidden, with the reader's reason after "so"
    ("subscribe so you don't miss part 2", "book now so you get a table"): a
    call to action, nothing done? The verb in the present or the imperative."""
    if verb.tag_ not in ("VB", "VBP"):
        return False
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        marked = any(c.dep_ in ("mark", "advmod") and c.lower_ == "so" for c in clause.children)
        if marked and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children):
            return True
    return False


def _trending_in_our_shop(term: Token, shop_places: frozenset[str]) -> bool:
    """Is it "trending" in the writer's own shop ("Trending on our site this
    week: the retro runner", "what's trending in our store"): what sells
    best, no platform's attention? Word order: "on" or "in", "our" or "my",
    then the place, an adjective between at most."""
    doc = term.doc
    if term.lemma_ != "trend" or term.i + 3 > len(doc):
        return False
    if _now_stocked_here(term, shop_places):
        return True  # "Trending on TikTok and now in our store: the cloud slide" (round46)
    if doc[term.i + 1].lower_ not in ("on", "in") or doc[term.i + 2].lower_ not in ("our", "my"):
        return False
    words = doc[term.i + 3 : term.i + 5]
    return any(t.lower_ in shop_places for t in words)


def _now_stocked_here(term: Token, shop_places: frozenset[str]) -> bool:
    """Does a label that says a thing trends elsewhere go on to say it is now
    in the writer's shop ("Trending on TikTok and now in our store: the cloud
    slide")? A product sold, named after the colon. Word order, from a label
    that opens its sentence ("Our reel is trending and our store is busy:" is
    the writer's reel)."""
    doc = term.doc
    if term.i != term.sent.start:
        return False
    label = doc[term.i + 1 : min(len(doc), term.i + 12)]
    colon = next((t.i for t in label if t.text == ":"), None)
    if colon is None:
        return False
    words = doc[term.i + 1 : colon]
    return any(
        t.lower_ in ("our", "my") and t.i + 1 < colon and doc[t.i + 1].lower_ in shop_places
        for t in words
    )


def _someone_brought_in(subject: Token, content_nouns: frozenset[str]) -> bool:
    """Is the subject someone brought in with "a" ("An AI account copied my
    style, went viral with it", "a bakery in Leeds went viral"): a writer
    never calls itself "a"? Not a piece of content ("a video of ours went
    viral", "a reel went viral for us"), nor anything with the writer's words
    in it ("a TikTok of our bakery")."""
    whose = any(c.lower_ == "whose" for c in subject.children)
    if whose and subject.head.dep_ == "relcl":
        # "A Cheltenham barber whose haircut video went viral": the one "whose" it is
        return _introduced_indefinitely(subject.head.head)
    if not _introduced_indefinitely(subject) or subject.lemma_.lower() in content_nouns:
        return False
    return not any(t.lower_ in _MINE for t in subject.subtree)


def _a_team_named(head: Token, telling: frozenset[str], departments: frozenset[str]) -> bool:
    """Is the outcome word a team ("Sales told me LinkedIn doesn't work", "when
    product, brand and sales row together"): the subject of telling someone,
    or one of a company's teams listed with it; not sales that tell a story
    ("sales told a different story": figures, no one told)?"""
    told = head.head
    if head.dep_ == "nsubj" and told.lower_ in telling:
        return any(c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" for c in told.children)
    return any(t.lower_ in departments for t in head.conjuncts)


def _a_unit_measured_in(head: Token, reckoning: frozenset[str]) -> bool:
    """Is the outcome the unit something is measured in ("Some people measure
    growth in revenue. I measure it in conversations."): a yardstick named, no
    result told ("measured in revenue, the campaign returned $2M" tells its
    amount elsewhere)?"""
    if head.dep_ != "pobj" or head.head.lower_ != "in":
        return False
    return head.head.head.lemma_ in reckoning


def _a_kind_of(word: Token, noun: Token) -> bool:
    """Is ``word``, tagged a name, a dictionary word in lower case (or opening
    the sentence) before a plural noun, which it sorts ("espresso martinis are
    trending": the tagger guesses names in a sentence typed in lower case;
    "Sourdough starters are trending")?"""
    cased = word.is_lower or (bool(word.is_sent_start) and word.text[1:].islower())
    return word.i < noun.i and noun.tag_ == "NNS" and cased and not an_unknown_word(word)


def _back_in_fashion(term: Token, subject: Token) -> bool:
    """Is a lone subject the tagger made a name a dictionary word opening the
    sentence that trends "again" ("Sourdough is trending again"): a thing
    back in fashion, not a brand, whose name no dictionary knows ("Zentora is
    trending again")?"""
    alone = subject.n_lefts + subject.n_rights == 0
    opening = bool(subject.is_sent_start) and subject.text[1:].islower() and subject.is_alpha
    again = any(c.lower_ == "again" for c in term.children)
    # A word too short to be judged unknown ("Zo") is not known either.
    known = len(subject) >= 4 and not an_unknown_word(subject)
    return alone and opening and again and known


def _trending_in_a_field(term: Token, places: frozenset[str], own: frozenset[str]) -> bool:
    """Is a trend "in" a field of taste or trade, and not the writer's: "the
    colours trending in kitchens", "what's trending in home design" (a
    fashion, no posts counted)? Not where it trends ("in the US", "in 12
    countries", "in India"), nor ours, a hashtag or a name trending in a field
    ("our hashtag is trending in food")."""
    if term.lemma_ != "trend":
        return False
    fields = [
        noun
        for child in term.children
        if child.dep_ in ("prep", "prt") and child.lower_ == "in"
        for noun in child.children
        if noun.dep_ == "pobj"
    ]
    if any(c.dep_ == "prt" and c.lower_ == "in" for c in term.children):
        # "in" made a particle, the field its object: "trending in bathrooms" in lower case
        fields += [c for c in term.children if c.dep_ == "dobj"]
    if not fields:
        return False
    field = fields[0]
    if field.pos_ != "NOUN" or field.lemma_ in places:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in field.children):
        return False  # "in the US", "in our category", "in 12 markets": where, not what
    subject = next((c for c in term.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and term.dep_ == "acl":
        subject = term.head  # "the fabrics trending in bedrooms": the noun it describes
    if subject is None:
        # "What's trending in spring interiors?", "what" parsed as the object
        subject = next((c for c in term.children if c.lower_ == "what"), None)
    if subject is None or subject.lemma_ in own:
        return False
    # The subject's words before the trend: not the list after it, nor an emoji the
    # tagger made a name ("The fabrics trending in bedrooms: linen and wool. 🎉").
    words = [t for t in subject.subtree if t.i < term.i and not _emoji(t)]
    return not any(t.lower_ in _MINE or t.text.startswith("#") or _a_name(t) for t in words)


_HEADING_REACH = 20  # words from "Trending" to the colon of its list
# "What's trending" as a heading asks what is: the words before the verb.
_WHATS = (["what", "'s"], ["what", "\u2019s"], ["what", "is"])


def _told_of_what_talk_is_about(head: Token) -> bool:
    """Is the term's verb a relative clause (or one joined to it) of what
    talk is "about", none of it the writer's ("everyone's talking about the
    airline that posted a clip and picked up 30 million views")? The one
    talked about holds it."""
    verb = head.head
    if verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children):
        # the parse may hang the relative clause on the talk (round43):
        # "Everyone's talking about the mayor's selfie that went viral"
        about = _object_of_about(verb.head)
    elif verb.dep_ == "relcl":
        about = verb.head
    else:
        return False
    if about is None or about.dep_ != "pobj" or about.head.lower_ != "about":
        return False
    return not _says_us(about) and about.lower_ not in _MINE


def _object_of_about(verb: Token) -> Token | None:
    """What ``verb`` is "about" ("talking about the mayor's selfie"), or None."""
    about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    return next((c for c in about.children if c.dep_ == "pobj"), None) if about else None


def _on_someone_elses(head: Token, places: frozenset[str]) -> bool:
    """Is the count said to be "on" someone else's account or platform right
    after it, someone brought in ("1.8M views on someone's TikTok", "900k
    views on a pundit's account"), or a person's "own" ("80k followers on his
    own page"; not "on our TikTok", "on the shop's youtube")? Theirs,
    whoever is in the piece."""
    doc = head.doc
    at = head.i + 1
    if at + 3 > len(doc) or doc[at].lower_ != "on":
        return False
    if doc[at + 1].lower_ in ("his", "her") and doc[at + 2].lower_ == "own":
        # "Our head chef Marco has 80k followers on his own page" (round44)
        return at + 3 < len(doc) and doc[at + 3].lower_ in places
    words = doc[at + 1 : min(len(doc), at + 6)]
    owned = next((t for t in words if t.text in ("'s", "\u2019s")), None)
    if owned is None or owned.i + 1 >= len(doc) or doc[owned.i + 1].lower_ not in places:
        return False
    # someone brought in, not one the writer points at ("on the shop's youtube"
    # may be the writer's own shop)
    owner = doc[at + 1 : owned.i]
    return len(owner) > 0 and owner[0].lower_ in ("a", "an", "someone", "somebody", "some")


def _at_a_former_workplace(sentence: Span, workplaces: frozenset[str]) -> bool:
    """Does the sentence tell of a workplace the writer has left ("at my last
    organisation", "in my previous job", "at our old agency")? What happened
    there is a story from before, not this writer's result. Not one the
    writer's result is measured against ("more traffic than my old
    employer's site", round46)."""
    words = [t.lower_ for t in sentence]
    return any(
        words[i] in ("my", "our")
        and words[i + 1] in _FORMER
        and words[i + 2] in workplaces
        and (i == 0 or words[i - 1] not in ("than", "vs", "versus"))
        for i in range(len(words) - 2)
    )


# Words that place a workplace in the writer's past: "my last organisation".
_FORMER = frozenset({"last", "previous", "old", "former"})


def _a_quoted_boast_naming_pieces(head: Token, content: frozenset[str]) -> bool:
    """Does the term end a quotation that names a kind of post after it ("a lot
    of 'I got 10k likes' carousels", "those 'we hit 1M views' threads")? The
    boast is quoted as what such posts say, no one's count."""
    doc = head.doc
    close = head.i + 1
    if close + 1 >= len(doc) or doc[close].text not in _QUOTE_MARKS:
        return False
    kind = doc[close + 1]
    if kind.tag_ != "NNS" or kind.lemma_.lower() not in content:
        return False
    return any(t.text in _QUOTE_MARKS for t in doc[max(head.sent.start, head.i - 6) : head.i])


def _listed_under_a_trend_heading(head: Token) -> bool:
    """Is the term in the list after a heading of others' trends ("What's
    trending on TikTok this week: 'quiet luxury' is out, and the #deinfluencing
    hashtag has passed 1 billion views")? Counts of that list are the trends'."""
    sentence = head.sent
    for token in sentence:
        if token.i >= head.i:
            return False
        if token.lemma_ == "trend" and _list_heading(token):
            return any(t.text == ":" for t in head.doc[token.i : head.i])
    return False


def _list_heading(verb: Token) -> bool:
    """Is "trending" the heading of a list of others' things: first in its
    sentence with no subject, a colon after it and the list after the colon
    ("Trending on TikTok today: a dance, a recipe and a lost dog", "Now
    trending on X: #StormEowyn")? Not when the list is the writer's
    ("Trending this morning: our new ad!")."""
    if verb.lemma_ != "trend" or verb.tag_ != "VBG":
        return False
    # "Now trending on X: #StormEowyn" (round32): an adverb of time may lead
    now = verb.i > verb.sent.start and verb.doc[verb.i - 1].lower_ in ("now", "currently")
    # "What's trending on TikTok this week: …" (round36): asked, then answered
    asked = [t.lower_ for t in verb.doc[verb.sent.start : verb.i]] in _WHATS and (
        verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "on"
    )  # on a platform; "what's trending in kitchen design" is a fashion
    opening = _opens_sentence(verb) or (now and _opens_sentence(verb.doc[verb.i - 1]))
    if not (asked or opening):
        return False
    if not asked and any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        return False
    sentence = verb.sent
    colons = [t.i for t in sentence if t.text == ":" and t.i > verb.i]
    # An aside may come before the colon ("Trending on BookTok this week, in
    # case you're wondering what to read next: …"), none of it the writer's.
    if not colons or colons[0] - verb.i > _HEADING_REACH:
        return False
    listed = verb.doc[verb.i + 1 : sentence.end]
    return colons[0] + 1 < sentence.end and not any(t.lower_ in _MINE for t in listed)


def _imperative(verb: Token) -> bool:
    """A bare verb opening its sentence with no subject: "Watch it on YouTube",
    a call to action."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and verb.i == verb.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


# Past forms of the verbs a diary line opens with that are never a base form
# (the tagger reads "Got 3x more views this month!" as an imperative); a
# regular past ends in "-ed". Morphology, a closed class.
_PAST_ONLY = frozenset(
    {"got", "saw", "had", "made", "grew", "won", "drew", "took", "did", "went", "brought",
     "gave", "sold", "became"}
)  # fmt: skip


def _an_average_ones(verb: Token, term: Token, typical: frozenset[str]) -> bool:
    """Is the verb's subject (or the subject of the verb it is joined to) an
    average or typical one of its kind, no one's ("the average brand account
    posted 4 times a week and saw…", "the median creator gained…"): a
    statistic in the past as in the present? Not "our average post", nor in
    a sentence of the writer's ("the average reel got 40k views on our page"),
    nor the term itself said as an average ("average watch time reached 11
    minutes": someone's)."""
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "conj":
        subject = _subject_of(verb.head)
    if subject is None or subject.i == term.i:
        return False
    if any(c.dep_ == "poss" for c in subject.children):
        return False
    if any(t.lower_ in _MINE for t in verb.sent):
        return False
    return _said_as_typical(subject, typical)


def _a_populations_typical(verb: Token, term: Token, typical: frozenset[str]) -> bool:
    """Is the term a median or an average that a bare plural of a kind saw
    ("company pages with under 5k followers saw median engagement rates of
    3.1%"): a benchmark of many, no one's result? Not the writer's pages, nor
    a sentence of the writer's ("our reels saw average views of 40k")."""
    if not any(c.dep_ == "amod" and c.lower_ in typical for c in term.children):
        return False
    subject = _subject_of(verb)
    if subject is not None and subject.tag_ != "NNS":
        # "Study doing the rounds: company pages … saw": the colon's misparse
        subject = next((c for c in subject.children if c.dep_ == "appos"), None)
    if subject is None or subject.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
        return False
    return not any(t.lower_ in _MINE for t in verb.sent)


def _a_clip_of_someone(sentence: Span, content: frozenset[str], people: frozenset[str]) -> bool:
    """Does the sentence tell of a clip someone filmed of a person doing
    something ("That clip of the Leeds postman dancing in the rain went
    viral", "the video going viral of one of our drivers helping a family"),
    not the writer's ("our clip of the new livery")? Word order, as the parse
    of such a subject is rarely whole: "the"/"that"/"a" (or "a customer's")
    and a content noun, then "of" and, within six words, someone "-ing"."""
    doc = sentence.doc
    for token in sentence:
        if token.i == sentence.start or token.i + 1 >= sentence.end:
            continue
        # "a TikTok of a shop owner singing": a platform's name for a clip
        clip = token.text[:1].isupper() and doc[token.i + 1].lower_ == "of"
        if token.lemma_ not in content and not clip:
            continue
        opener = doc[token.i - 1]
        if opener.pos_ == "ADJ" and token.i - 2 >= sentence.start:
            opener = doc[token.i - 2]  # "the viral clip of the mayor's hot-mic moment" (round36)
        if opener.tag_ == "POS" and token.i - 3 >= sentence.start:
            opener = doc[token.i - 3]  # "a customer's video of our manager singing"
        elif opener.pos_ in ("NOUN", "PROPN") and token.i - 2 >= sentence.start:
            opener = doc[token.i - 2]  # "the council video of the bin man doing the worm"
        if opener.lower_ not in ("the", "that", "this", "a"):
            continue
        after = doc[token.i + 1 : min(sentence.end, token.i + 10)]
        of = next((t for t in after if t.lower_ == "of"), None)
        if of is None:
            continue
        if _of_a_persons_moment(doc, of.i, people):
            return True  # "a video of the councillor's outburst at Tuesday's meeting"
        doing = doc[of.i + 1 : min(sentence.end, of.i + 7)]
        if any(
            (t.tag_ == "VBG" or (t.pos_ == "NOUN" and t.lower_.endswith("ing")))
            and t.i > of.i + 1
            and _someone_doing_it(_doer_before(doc, t))
            for t in doing
        ):
            # "…of the postman dancing", "…of him dancing at half-time", "…of
            # Cllr Ray Benn falling in"
            return True
    return False


def _someone_doing_it(doer: Token) -> bool:
    """Can the word before an "-ing" word be who does it: a noun or a name, a
    third-person pronoun, or a role the tagger made an adjective?"""
    return (
        doer.pos_ in ("NOUN", "PROPN")
        or doer.lower_ in _THIRD_PERSON
        or _a_role_tagged_adjective(doer)
    )


def _doer_before(doc: Doc, doing: Token) -> Token:
    """The word before an "-ing" word, past a quote mark ("of a spaniel
    'helping' a lollipop lady": "spaniel", round38)."""
    before = doc[doing.i - 1]
    if before.text in _QUOTE_MARKS and doing.i >= 2:
        return doc[doing.i - 2]
    return before


def _of_a_persons_moment(doc: Doc, of: int, people: frozenset[str]) -> bool:
    """Does "of" take a person named by a role, or their moment ("of the
    councillor's outburst", "the clip of the minister that went viral")? Not
    a thing the role names ("a video of the singer tour bus")."""
    words = doc[of + 1 : min(len(doc), of + 5)]
    if len(words) < 3 or words[0].lower_ not in ("the", "a"):
        return False
    if words[1].lower_ in people:
        return words[2].tag_ == "POS" or words[2].pos_ not in ("NOUN", "PROPN")
    # a role of two words, owning the moment: "of the ball boy's catch" (round40)
    return len(words) == 4 and words[2].lower_ in people and words[3].tag_ == "POS"


def _a_role_tagged_adjective(word: Token) -> bool:
    """Is ``word`` a person's role the tagger made an adjective after "a" or
    "the" ("a video of a paramedic singing")?"""
    return word.pos_ == "ADJ" and word.i > 0 and word.doc[word.i - 1].lower_ in ("a", "an", "the")


# How far before "is" a plan noun the parse left unattached may be: "their goal
# for this year is…".
_PLAN_BEFORE_BE = 5


def _asked_why(head: Token, asking: frozenset[str]) -> bool:
    """Is the term's clause what someone asks "why" of, under a verb of asking
    ("my boss keeps asking why our posts get fewer views", "someone asked why
    our CEO's posts get 10x the engagement")? A question about the numbers,
    not a report of them ("how" may brag: "people ask how I got 100k"; with
    no count, "how" asks too: "someone asked how I grew my subscribers")."""
    clause = _complement_above(head, ("ccomp", "xcomp"))
    if clause is None or clause.head.lemma_ not in asking:
        return False
    if any(c.lower_ == "why" for c in clause.children):
        return True
    how = any(c.lower_ == "how" for c in clause.children)
    return how and not any(is_count(t) for t in clause.subtree)


# How many steps up from a term the clause it is said in may stand.
_CLAUSE_STEPS = 4


def _complement_above(head: Token, kinds: tuple[str, ...]) -> Token | None:
    """The clause of one of these ``kinds`` ("ccomp": what is found, said or
    asked) that holds the term, at most ``_CLAUSE_STEPS`` up, or None."""
    node = head
    for _ in range(_CLAUSE_STEPS):
        if node.dep_ in kinds or node.head.i == node.i:
            break
        node = node.head
    return node if node.dep_ in kinds else None


def _whose_plan_names_it(head: Token, plans: frozenset[str]) -> str | None:
    """The mood of a metric a plan is said to be, "be" after a plan noun
    ("their goal for this year is 'more engagement'", "our target is 10k
    followers"): the writer's goal, or someone else's (background); None if
    the metric is no plan's, or the plan is no one's."""
    node = head
    for _ in range(3):
        if node.dep_ in ("attr", "acomp") and node.head.lemma_ == "be":
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    be = node.head
    subject = _subject_of(be)
    if subject is None:  # "…telling me their goal for this year is…": the parse lost it
        before = be.doc[max(be.sent.start, be.i - _PLAN_BEFORE_BE) : be.i]
        subject = next((t for t in reversed(before) if t.lemma_ in plans), None)
    if subject is None or subject.lemma_ not in plans:
        return None
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if not owners:
        return None
    return "goal" if any(o.lower_ in _MINE for o in owners) else "background"


# A speaker's words of themselves alone, and of a team: "I didn't know…" is a
# person's story, "we hit 10k" a case study's result (``_a_quotation_said_after``).
_SPEAKER_ALONE = frozenset({"i", "me", "my", "i'm", "i've"})
_SPEAKERS_TEAM = frozenset({"we", "our", "us", "we're", "we've"})


def _a_quotation_said_after(head: Token, saying: frozenset[str]) -> bool:
    """Is the term inside a quotation that opens its sentence and that a verb
    of saying after it gives to someone else ("'I didn't even know it had gone
    viral until my mum rang me,' said the keeper")? The speaker's words of
    themselves; "I said" or "we said" after it keeps them the writer's."""
    sentence = head.sent
    words = [t for t in sentence if not t.is_space]
    if not words or words[0].text not in _QUOTE_MARKS or words[0].i >= head.i:
        return False
    doc = head.doc
    closing = next((t for t in doc[head.i + 1 : sentence.end] if t.text in _QUOTE_MARKS), None)
    if closing is None:
        return False
    after = [t for t in doc[closing.i + 1 : min(sentence.end, closing.i + 5)] if not t.is_punct]
    said = next((i for i, t in enumerate(after) if t.lemma_ in saying), None)
    if said is None or said > 2 or any(t.lower_ in _MINE for t in after[: said + 2]):
        return False
    # A person speaking of themselves ("I didn't know…"); a client's "we hit
    # 10k," says the owner, in a case study, is the campaign's result.
    quoted = {t.lower_ for t in doc[words[0].i + 1 : closing.i]}
    return bool(quoted & _SPEAKER_ALONE) and not quoted & _SPEAKERS_TEAM


def _told_as_hearsay(head: Token, hearsay: frozenset[str]) -> bool:
    """Is the term's verb said "reportedly" or "allegedly" ("Ramp's launch
    tweet reportedly passed 1M views"): what others report, with nothing of
    the writer's in the sentence? ``hearsay`` is grammar.yaml's hearsay_adverbs."""
    verb = _clause_verb(head)
    if not any(c.dep_ == "advmod" and c.lower_ in hearsay for c in verb.children):
        return False
    return not any(t.lower_ in _MINE for t in head.sent)


def _a_clip_in_the_news(head: Token, content: frozenset[str], people: frozenset[str]) -> bool:
    """Does the sentence count the views of a clip of someone doing something
    as news does ("A video of a councillor falling into the canal has been
    viewed 3 million times"): not "this" clip (the writer points at theirs),
    nothing of the writer's in the sentence, and no record made by it
    ("…, making it the university's most popular post")? A "this" of a time
    ("went viral this week") points at nothing. A clause joined on after the
    count of a clip pointed at with "that", known from elsewhere, tells
    something else (round41: "That viral video of the teacher dancing has 30M
    views and everyone's asking me if it's good pedagogy"); not "the clip of
    ayo crying has 7M views and i keep getting texts", which may be ours."""
    sentence = head.sent
    if sentence[0].lower_ == "that":
        sentence = _up_to_a_joined_clause(head)
    if any(
        t.lower_ in _MINE
        or t.tag_ == "JJS"
        or (t.lower_ == "this" and _points_at_a_piece(t, content))
        for t in sentence
    ):
        return False
    if any(t.lower_ == "most" and t.head.pos_ == "ADJ" for t in sentence):
        return False
    return _a_clip_of_someone(sentence, content, people) or _a_clip_showing_someone(
        sentence, content, people
    )


def _said_as_likelier(subject: Token) -> bool:
    """Is the subject said to be more or less likely to do something ("posts
    with more retweets were less likely to contain accurate information"): a
    finding about such pieces in general, in the past tense too?"""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    doc = subject.doc
    return any(
        c.dep_ == "acomp"
        and c.lemma_ == "likely"
        # by word order, past emphasis marks: "were *less* likely"
        and any(t.lower_ in ("more", "less") for t in doc[max(verb.i, c.i - 3) : c.i])
        for c in verb.children
    )


def _a_named_others_remarked_on(
    head: Token, remarking: frozenset[str], facts: frozenset[str]
) -> bool:
    """Is the count a remark on a named other's piece, in a "that" clause
    after an opening word of surprise or after a fact passed round ("wild that
    Dorrit Bakes' roll video has 40M views", "interesting that the Falcons'
    new signing has more followers than the club", "everyone's sharing the
    stat that the Trust's video got 40M views")? The piece's owner is named
    by a possessive; the writer's ("wild that our reel has 40M views") stays
    a claim, and so does pride ("Proud that Hope Harbour's page crossed 5,000
    followers": a brand may write of itself by name) (round41). A verb term
    is its own clause's verb ("interesting that the Pemberton Foundation's
    video trended", round46)."""
    verb = head if head.pos_ == "VERB" and head.dep_ in ("ccomp", "advcl") else head.head
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    remarked = verb.head
    opening = (
        verb.dep_ in ("ccomp", "advcl")
        and remarked.i == head.sent.start
        and remarked.lower_ in remarking
    )
    if not (opening or (verb.dep_ in ("relcl", "acl") and remarked.lemma_ in facts)):
        return False
    subject = _subject_of(verb)
    return subject is not None and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.lower_ not in _MINE for c in subject.children
    )


def _a_handle_remarked_on(head: Token, remarking: frozenset[str]) -> bool:
    """Does the sentence open with a remark on an account named by its handle
    ("Wild that @gretabakes has 2M followers and still replies", round46)?
    The handle is masked to spaces (documents/masking.py), so word order
    reads it: a word of surprise, "that", the masked handle, and nothing of
    the writer's."""
    doc, start = head.doc, head.sent.start
    if head.i < start + 3 or doc[start].lower_ not in remarking:
        return False
    if doc[start + 1].lower_ != "that" or not _masked_tag(doc[start + 2]):
        return False
    return not any(t.lower_ in _MINE for t in head.sent)


def _after_a_remark_on_anothers(head: Token, remarking: frozenset[str]) -> bool:
    """Is the count told after a colon that ends a remark on a named other's
    thing ("Fascinating thread on Lumo Dairy's cow-cam: 40 million views and
    nobody I know can name the brand")? The remark opens with a word of
    surprise and names the owner by a possessive; none of it is the writer's
    (round45). Read by word order."""
    doc = head.doc
    start = head.sent.start
    if doc[start].lower_ not in remarking:
        return False
    colon = next((t.i for t in doc[start : head.i] if t.text == ":"), None)
    if colon is None:
        return False
    remark = doc[start:colon]
    if any(t.lower_ in _MINE for t in remark):
        return False
    return any(t.tag_ == "POS" and t.i > start and doc[t.i - 1].pos_ == "PROPN" for t in remark)


def _the_readers_piece_got_it(head: Token, content: frozenset[str]) -> bool:
    """Is the count what the reader's piece got ("why did your video get 200
    views and then stop?", "your reel got 300 views: normal")? The reader's
    lot, as "your followers" is; not on the writer's page ("your photos got
    more likes than anything we've posted")."""
    if head.dep_ != "dobj" or any(t.lower_ in _MINE for t in head.sent):
        return False
    subject = _subject_of(head.head)
    return (
        subject is not None
        and subject.lemma_ in content
        and any(c.dep_ == "poss" and c.lower_ == "your" for c in subject.children)
    )


def _up_to_a_joined_clause(head: Token) -> Span:
    """The term's sentence up to an "and" or "but" after the term that opens a
    clause with a subject of its own ("…has 30M views and everyone's asking
    me…", "…and my mum sent it to me"): by word order, a noun or a pronoun
    and then a verb in a tense within four words (the parse often hangs
    such a subject on the count)."""
    sentence = head.sent
    doc = head.doc
    for token in doc[head.i + 1 : sentence.end - 1]:
        if token.lower_ not in ("and", "but"):
            continue
        after = doc[token.i + 1 : min(sentence.end, token.i + 5)]
        verb = next((t for t in after if t.tag_ in _TENSED), None)
        if verb is not None and any(
            t.pos_ in ("NOUN", "PRON", "PROPN") for t in after if t.i < verb.i
        ):
            return doc[sentence.start : token.i]
    return sentence


def _a_clip_showing_someone(
    sentence: Span, content: frozenset[str], people: frozenset[str]
) -> bool:
    """Does the sentence's clip "show" someone named or named by a role, or
    "appear to" ("The video, which has been viewed 8 million times, appears to
    show the councillor arguing with a driver")? News of what a clip shows,
    not the writer's ("the clip shows the team packing orders")."""
    for verb in sentence:
        if verb.lemma_ != "show" or verb.pos_ != "VERB":
            continue
        clause = verb.head if verb.dep_ == "xcomp" else verb
        subject = _subject_of(clause)
        # who is shown: the object, or the subject of what they are shown
        # doing ("show the mayor shouting at a cyclist")
        shown = next((c for c in verb.children if c.dep_ == "dobj"), None)
        doing = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if shown is None and doing is not None:
            shown = _subject_of(doing)
        if subject is None or shown is None or subject.lemma_ not in content:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("the", "a") for c in subject.children):
            return shown.pos_ == "PROPN" or shown.lower_ in people
    return False


def _points_at_a_piece(this: Token, content: frozenset[str]) -> bool:
    """Does "this" point at a piece ("this clip", "this has 3M views"), not
    at a time ("this week", "this morning")?"""
    return this.dep_ != "det" or this.head.lemma_ in content


def _in_an_opening_if(term: Token) -> bool:
    """Is the term inside the "if" clause that opens its sentence, read by
    word order where the parse lost the clause: "If our new flavour gets to
    #1 trending we'll give everyone a free cone"? The clause ends at the
    first comma, dash or modal ("we'll", "would"), or at a second subject
    ("If I'm honest we hit 40k": the term is the next clause's)."""
    sentence = term.sent
    opening = _opening(sentence)
    if opening.lower_ != "if" or opening.i > term.i:
        return False
    between = sentence.doc[opening.i + 1 : term.i]
    if sum(t.dep_ in ("nsubj", "nsubjpass") for t in between) > 1:
        return False
    return not any(
        t.text in (",", ";", ":", "-", "\u2014", "\u2013") or t.tag_ == "MD" for t in between
    )


def _in_a_question_checked(term: Token, checking: frozenset[str]) -> bool:
    """Is the term inside an "if" or "whether" clause that something is checked
    for, read by word order where the parse lost the clause ("checking the post
    every minute to see if it got more than 4 likes", whose count it hung on
    the sentence's first word)? The clause ends at punctuation, a conjunction
    or a modal ("…to see if it worked, and it got 20k views": told)."""
    doc = term.doc
    start = max(term.sent.start, term.i - 8)
    for index in range(term.i - 1, start, -1):
        token = doc[index]
        if token.is_punct or token.dep_ == "cc" or token.tag_ == "MD":
            return False
        if token.lower_ in ("if", "whether"):
            return doc[index - 1].lemma_ in checking
    return False


def _told_as_done(clause: Token) -> bool:
    """Is a clause under another told as done, in the past with its own
    subject ("Our Instagram just passed 40k followers, so we'll celebrate…":
    the parse hangs it under "celebrate"), or a relative clause in the past
    ("You'll be joining a page that went from 4k to 190k followers", round50)?
    What the upper clause may do later does not make it so. Not a clause of
    supposing, which its "if" or "when"
    has already made conditional."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    # a relative clause only on its relative pronoun, on what the upper verb
    # takes ("joining a page that went…"); not "her newsletter, where 80,000
    # designers read her essays", nor an aside on its subject ("Kallio, who
    # built a 2.3-million-subscriber channel, will run…")
    relative = (
        clause.dep_ == "relcl"
        and clause.head.dep_ in ("dobj", "pobj", "attr")
        and any(s.tag_ in ("WDT", "WP") for s in subjects)
    )
    return (
        clause.tag_ == "VBD"
        and (clause.dep_ == "ccomp" or relative)
        and bool(subjects)
        and not any(c.dep_ == "mark" for c in clause.children)
    )


def _denied_then_moved(verb: Token) -> bool:
    """ "Engagement was flat. Donations were not, up 31% to $2.4M": a copula
    (or "did", "has" standing for the verb before: "Reach flatlined. Revenue
    didn't: up 18%") whose "not" denies the sentence before and hands over to
    a move ("up", "down") after a comma or a colon, which the clause then
    asserts."""
    if verb.lemma_ not in ("be", "do", "have"):
        return False
    doc = verb.doc
    for child in verb.children:
        at = child.i + 1
        if (
            child.dep_ != "neg"
            or at + 1 >= len(doc)
            or doc[at].text not in (",", "\u2014", "\u2013", ";", ":")
        ):
            continue
        return doc[at + 1].lower_ in ("up", "down")
    return False


def _not_that_aside(verb: Token, head: Token) -> bool:
    """ "12% engagement, not that we care": a wink that denies caring, not the
    result before it. The "not" stands right before the "that" marking the
    verb's clause, after the term ("not that I want 10k followers" denies)."""
    doc = verb.doc
    return any(
        c.dep_ == "neg"
        and head.i < c.i
        and c.i + 1 < len(doc)
        and doc[c.i + 1].lower_ == "that"
        and doc[c.i + 1].dep_ == "mark"
        for c in verb.children
    )


def _not_me(verb: Token) -> bool:
    """ "not me crying over 20,000 followers": the internet's way to own up to
    something, an admission, not a denial. "not" and "me" (or "us": "not us
    trending next to the royal wedding") open the sentence before an "-ing" verb."""
    if verb.tag_ != "VBG":
        return False
    sentence = verb.sent
    words = [t for t in sentence if not t.is_space][:2]
    lowered = [t.lower_ for t in words]
    return lowered in (["not", "me"], ["not", "us"]) and words[1].i < verb.i


def _bidden_more(verb: Token, head: Token) -> bool:
    """Is the term more or fewer of something the reader is bidden to get or
    to accept: "Get more views by posting at 7am", "put the link in the first
    comment, or accept fewer views"? The verb is bare, with no subject, and
    opens its sentence or is joined to a verb that does: advice, whatever
    the reader then gets. A count is no bidding ("Celebrate 10k followers
    with us"), nor more of what the writer thanks for ("Thank you for 2,000
    more followers": the term is no object there)."""
    if head.dep_ != "dobj" or head.head != verb:
        return False
    if not any(t.lower_ in _MORE or t.tag_ in ("JJR", "RBR") for t in head.lefts):
        return False
    bidding = verb.head if verb.dep_ == "conj" else verb
    opening = _opening(bidding.sent).i
    if bidding.i != opening or verb.tag_ != "VB" or not _bare(verb, opening):
        return False
    # The verb a joined clause follows may be tagged a noun: "Post before
    # 8am, or accept fewer impressions".
    return bidding.i == verb.i or (
        bidding.tag_ in ("VB", "NN")
        and _bare(bidding, opening)
        and not any(c.dep_ in ("det", "poss") for c in bidding.children)
    )


def _bare(verb: Token, opening: int) -> bool:
    """Is a verb that opens its clause bare: a base form with no subject of
    its own (a lead-in label the parse made one is not: "Short version: put
    the link in the first comment…")? A diary's "Got 3x more views this
    month!" is tagged VB but told in the past."""
    return (
        verb.lower_ not in _PAST_ONLY
        and not verb.lower_.endswith("ed")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and c.i > opening
            for c in verb.children
        )
    )


def _reader_asked(verb: Token) -> bool:
    """A wish put to the reader as a question with no subject: "Want more
    followers?", "Need more views on your reels?" (an elided "do you")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    sentence = verb.sent
    asked = any(t.text == "?" for t in sentence[verb.i - sentence.start :])
    opening = _opening(sentence).i
    words = [t for t in sentence if t.i >= opening and not (t.is_punct or t.is_space)]
    return asked and bool(words) and words[0].i == verb.i


def _no_more(doc: Doc, index: int) -> bool:
    """ "no more saves", "no more likes than before": none, or the same, not
    more than."""
    return doc[index].lower_ in _MORE and index > 0 and doc[index - 1].lower_ == "no"


def _enables_reader(verb: Token, done: Token, enabling: frozenset[str]) -> bool:
    """ "it allows you to…", "our scheduler helps you…": what a product lets
    the reader do (``done``), not what anyone did. The parse hangs "you" on
    either verb. Not the readers thanked for what the writer did ("you
    helped us reach 1,000,000 fans"): "us" or "me" does it."""
    if verb.lemma_ not in enabling:
        return False
    if any(c.dep_ in ("nsubj", "dobj") and c.lower_ in ("us", "me") for c in done.children):
        return False
    children = [*verb.children, *done.children]
    return any(c.lower_ == "you" and c.dep_ in ("dobj", "nsubj", "dative") for c in children)


def _tinkering(verb: Token) -> bool:
    """ "play around with it", "click about": trying something out, not an
    audience's attention."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in _AIMLESS for c in verb.children)


def _a_time_in_the_present(verb: Token) -> bool:
    """Is the verb a time clause in the simple present ("what happens the day
    after it goes viral", "once it trends, we post the link"): any time it
    may happen, not one that did ("the day after it went viral")?"""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ in _WHEN and c.lower_ != "as" for c in verb.children)
    )


def _readers_clause(verb: Token) -> bool:
    """Is the verb's clause a time or a condition of the reader's, advice and
    not a result: "when you have a following of 5k, pin…", "once your channel
    grows past 1,000 subscribers, you can…"? "When we crossed 20,000 followers,
    the team celebrated" tells of the writer. The parse may make the clause a
    complement or even the root ("once your podcast passes 500 listeners, ask
    for reviews"); its "once" or "when" says what it is."""
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in verb.children)
    if not (verb.dep_ == "advcl" or marked):
        return False
    if not marked and any(c.dep_ == "mark" for c in verb.children):
        return False  # a reason, not a time: "Numbers, because you asked: subscribers 18,420"
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lower_ == "you" or any(c.lower_ == "your" for c in subject.children):
            return True
    return False


def _found_hard(verb: Token, hard: frozenset[str], struggling: frozenset[str]) -> bool:
    """Was getting it hard, so it was not got: "I find it hard to gain
    engagement", "we struggled to get views", "it is difficult to reach new
    readers"? "It was easy to get 10,000 views" got them."""
    if not _marked_to(verb):
        return False
    return verb.head.lemma_ in hard or verb.head.lemma_ in struggling


def _a_quoted_title(word: Token, end: int) -> bool:
    """Does the word open a quotation that closes before ``end`` ("our 'how to
    braai a snoek' reel hit 400k views")? A quoted title names the post; its
    "how to" gives no advice."""
    doc = word.doc
    if word.i == 0 or doc[word.i - 1].text not in _QUOTE_MARKS:
        return False
    return any(t.text in _QUOTE_MARKS for t in doc[word.i + 1 : end])


def _how_to(verb: Token, advice: frozenset[str], head: Token) -> bool:
    """Is the verb the one "how to", "ways to" or "tips to" asks for ("how to
    grow a small product blog to 2M readers"), whatever its object's length?
    "how we grew…" has no "to" before its verb, and a quoted title that closes
    before the claim's ``head`` gives no advice."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ == "to" and child.i > 0:
            before = verb.doc[child.i - 1]
            owned = before.i > 0 and verb.doc[before.i - 1].tag_ == "PRP$"  # "its way to…"
            titled = _a_quoted_title(before, head.i)
            return before.lower_ in advice and not owned and not titled
    return False


def _wanting(verb: Token) -> bool:
    """ "what would you most like to change", "the feature we'd most love to
    see": liking followed by an infinitive is wanting, not an audience's like."""
    if verb.lemma_ not in ("like", "love") or verb.i + 1 >= len(verb.doc):
        return False
    return verb.doc[verb.i + 1].lower_ == "to"


def _advice_link(token: Token) -> bool:
    """ "to" before a verb ("how to get", "ways to grow") or "for"/"on" before a
    gerund ("tips for growing"), not a preposition ("how we grew to 100k")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    if token.lower_ == "to":
        return following.tag_ == "VB"
    return token.lower_ in ("for", "on") and following.tag_ == "VBG"


def _how_do_you(sentence: Span) -> bool:
    """A question of method, asked with or without its question mark: "How do
    you get…", "Quick one: how can we grow…"; the auxiliary before its subject
    makes it a question ("how we grew to 100k" tells)."""
    words = list(sentence)
    return any(
        word.lower_ == "how" and following.pos_ == "AUX" and subject.pos_ == "PRON"
        for word, following, subject in zip(words, words[1:], words[2:], strict=False)
    )


def _selected(doc: Doc, count: int, end: int) -> bool:
    """ "the first 100 followers of an account": a selection of any account's
    audience, not a milestone ("our first 1,000 followers")."""
    if count < 2 or doc[count - 1].lower_ not in _OFFER or doc[count - 2].lower_ != "the":
        return False
    following = [t.lower_ for t in doc[end : end + 2]]
    return following[:1] == ["of"] and following[1:] != ["our"] and following[1:] != ["my"]


def _prize_for_the_first(doc: Doc, count: int, prizes: frozenset[str]) -> bool:
    """Is the count the takers of something given away "for the first N" ("free
    iPhones for the first 1,000 followers", "20% off for the first 200
    subscribers")? Not a thank-you for a milestone ("thanks for the first
    1,000 followers!"): a prize word must come before."""
    if count < 3 or doc[count - 1].lower_ not in _OFFER or doc[count - 2].lower_ != "the":
        return False
    if doc[count - 3].lower_ != "for":
        return False
    return any(token.lower_ in prizes for token in doc[: count - 3])


def _surveyed(doc: Doc, first: int, surveys: frozenset[str]) -> bool:
    """Are the people counted from ``first`` a sample asked: "a survey of 500
    readers", "a poll of over 2,000 fans"?"""
    index = first - 1
    while index > 0 and doc[index].lower_ in _APPROXIMATELY:
        index -= 1
    return index > 0 and doc[index].lower_ == "of" and doc[index - 1].lemma_ in surveys


def _bidden_to_go_viral(verb: Token) -> bool:
    """Is going viral bidden, not told: a bare "go" under a causative verb said
    as a bidding, with no subject of its own ("make it go viral", "help us make
    it go viral!", a brief's "'make it trend'")? Not "we made it go viral"."""
    causing = verb.head
    if verb.tag_ != "VB" or verb.dep_ not in ("ccomp", "xcomp") or causing.i == verb.i:
        return False
    if causing.lemma_ not in ("make", "help", "let", "get") or causing.tag_ != "VB":
        return False
    doc = causing.doc
    if causing.i > 0 and doc[causing.i - 1].tag_ == "``":
        return True  # "the line 'make it go viral'": quoted, whatever the parse hangs on it
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in causing.children)


class MoodReader(OwnershipReader):
    """How a sentence holds a metric or outcome claim."""

    def _mood_cue(self, token: Token) -> bool:
        """Could this word give a claim of its sentence a mood (see ``_mood``)?
        Asked of every word of a sentence with such a claim: the words and
        lemmas that are cues by themselves are one set lookup each
        (``_mood_cue_words``, ``_mood_cue_lemmas``), and the spans that the
        cues read in context are built only for the words they concern."""
        lower = token.lower_
        if lower in self._mood_cue_words or token.lemma_ in self._mood_cue_lemmas:
            return True
        if token.lemma_ in self._grammar["giving_verbs"] and any(
            map(is_count, token.doc[token.i + 1 : token.i + 8])
        ):
            return True  # people counted after it may be given something (``_given_something``)
        if lower in _ASKING_MODALS and _opens_sentence(token):
            return True  # a question asking for it: "Can we get 1,000 retweets?"
        if lower == "when" and _opens_sentence(token):
            return True  # a supposed case before a worked-out rate (``_worked_example``)
        if lower in ("why", "how") and _opens_sentence(token) and _helps_to_ask(token):
            return True  # a question typed without its "?" (``_asked_of_a_name``)
        if lower == "up" and token.doc[token.i + 1 : token.i + 2].text.lower() == "to":
            return True  # a plan's allowance (``_quota``)
        if _as_a_growth_goes(token, self._grammar["growth_verbs"]):
            return True  # "costs rise as traffic grows" (``_grows_in_proportion``)
        periods = self._grammar["billing_periods"]
        if (lower == "for" or lower.lstrip("/") in periods) and _rate_buys_a_count(token, periods):
            return True  # "$9/month for 10,000 pageviews": what a plan's rate buys (``_quota``)
        if _named_owner(token):
            return True  # "the singer has 40 million followers": whose they are
        if (
            token.lemma_ in self._grammar["acquainting_verbs"]
            and token.i > 0
            and token.doc[token.i - 1].lower_ in ("i", "we")
        ):
            return True  # "The sharpest organiser I know has 700 followers" (``_anothers_metric``)
        if _names_a_receiver(token, self._grammar["receiving_verbs"]):
            # "Zento receives 2M monthly visits": its scale (``_audience_of_a_third_party``)
            return True
        if lower == "whose":
            return True  # "the chef, whose 2M followers…": an aside (``_aside_about_another``)
        if lower == "that" and token.i > 0 and token.i - 1 == token.sent.start:
            return True  # "wild that Dorrit Bakes' video…" (``_a_named_others_remarked_on``)
        if token.lemma_ in self._grammar["noticing_verbs"] and _seen_ongoing_or_lately(token):
            return True  # "We've seen the video going viral of…" (``_noticed_elsewhere``)
        if lower == "one" and any(t.tag_ == "POS" for t in token.doc[token.i + 2 : token.i + 4]):
            return True  # "one bank's mascot got 300k followers" (``_held_by_someone_unnamed``)
        if token.lemma_ in self._bodies and any(
            t.lower_ in ("a", "an", "one") for t in token.doc[max(0, token.i - 3) : token.i]
        ):
            # "A charity with 1.2M followers raised less", "One brand profiled had
            # 2M followers" (``_some_organisation``, ``_an_organisation_doing_it``)
            return True
        if lower == "how" and token.doc[token.i + 1 : token.i + 2].text.lower() in ("a", "an"):
            return True  # "how a small brand built 2M followers" (``_how_a_business_did_it``)
        if token.lemma_ in self._grammar["profile_nouns"] and _told_by_a_clause(token):
            return True  # "the account that started the rumour" (``_an_account_told_by_its_deed``)
        if token.lemma_ in self._grammar["outdoing_verbs"] or lower == "worth":
            return True  # "2,000 real readers beat 20,000 dead addresses" (``_counts_weighed``)
        if lower == "who" and token.doc[token.i + 1 : token.i + 2].text.lower() in (
            "has",
            "boasts",
        ):
            return True  # "@chef who has 2M followers": a guest (``_introduced_by_audience``)
        if lower in self._grammar["grounds"] and any(
            t.lower_ in ("at", "in") for t in token.doc[token.i - 2 : token.i]
        ):
            return True  # "12,000 fans at the ground": a crowd (``_at_a_ground``)
        if (lower in _GENERIC_DETERMINERS or token.tag_ == "NNS") and _opens_sentence(token):
            return True  # a general statement: "backlinks get you more traffic"
        # "to" before a verb: a purpose ("in order to grow…") or advice ("how to…").
        return lower == "to" and any(t.tag_ == "VB" for t in token.doc[token.i + 1 :])

    def _outcome_mood(self, head: Token, *, named: bool = False) -> str:
        """An outcome is the writer's ("asserted"), what a talk is about
        ("topic"), or another's ("background": "competitor X grew revenue 20%",
        "a bank that made $3B in profit"), which ties nothing of the writer's.

        An outcome only ``named`` (no amount, no change, no verb of its own)
        is no result either when it is said to matter ("revenue is what
        matters": a topic), when it is still to come ("sales will follow",
        "revenue targets will be announced": speculative). Nor is any outcome
        wanted ("next year we want to grow revenue": a goal) or supposed
        ("imagine what that could do for sales": conditional). A results post that names one
        that way has reported none (issue 10, "no-business-outcome")."""
        if _a_pieces_title(head, self._grammar["content_nouns"]):
            return "topic"  # "my 'we're hiring a data analyst' post": its title, whatever else
        if _not_there_yet(head, self._grammar["good_when_absent"], self._grammar["money_made"]):
            return "negated"  # "still pre-revenue", "no sales yet", "not a single customer"
        if _set_aside_by_not(head):
            return "negated"  # "No, not revenue — views.", "we celebrate reach, not revenue"
        if _done_by_no_one(head):
            return "negated"  # "Nobody has bought anything yet"
        if head.pos_ == "VERB" and head.dep_ == "pcomp" and head.head.lower_ == "without":
            return "negated"  # "grew to 12k without buying a single one" (round38)
        places = self._grammar["venues"] | self._grammar["grounds"]
        if _a_size_pictured(head, places):
            return "topic"  # "Ten thousand listeners a week. That's a sold-out arena" (round38)
        if _would_be(head):
            return "speculative"  # "a number that would fill our 900-seat hall every night"
        if _where_it_started(head):
            return "background"  # "From 12 volunteers and a borrowed van in 2015 to THIS"
        if _who_does_it_asked(head):
            return "topic"  # "…reached 12 million people 😱 Who's booking?": an invitation
        grammar = self._grammar
        if named and _label_unanswered(
            head, grammar["unanswered_words"], grammar["undecided_words"]
        ):
            return "negated"  # "MRR: still figuring that part out", "Revenue impact? Too early"
        if named and _after_a_plan_label(head, grammar["plan_labels"]):
            return "goal"  # "Next step: turning those views into bookings", "Now to make money"
        stopped = head.head
        if (
            head.dep_ in ("xcomp", "ccomp")
            and stopped.lemma_ in ("stop", "quit", "cease")
            and not _denied(stopped)
        ):
            return "negated"  # "We stopped selling.": no longer done; not "never stopped"
        if named and _withheld(head, grammar["withholding_verbs"]):
            return "negated"  # "the brand declined to share sales figures": none told
        if named and _how_many_unknown(head):
            return "negated"  # "no idea how many signups yet (haven't checked)": none told
        if _the_first_ones_addressed(head, grammar["thanking_words"]):
            return "background"  # "To the first 40 people who signed up: you were right"
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in head.children) or (
            _more_than_did(head) or (named and _what_more_is_than(head))
        ):
            # "more people than have ever bought all my novels", "followed by
            # 61,000 people, more than bought the print edition": the measure a
            # count is set against, no sale told
            return "topic"
        if named and _hoped_in_its_sentence(head, self._grammar["hope_markers"]):
            return "speculative"  # "Fingers crossed it shows up in Q1 sales 🤞"
        if self.parser is None:
            return "asserted"
        if named and _shown_in_a_piece(head, self._grammar["content_nouns"]):
            return "topic"  # "the video of me packing orders hit 3.4M views": what it shows
        if _an_obligation(head):
            return "goal"  # "not every campaign has to sell": a duty, nothing sold
        if named and _put_off(head, self._grammar["deferring_verbs"]):
            return "speculative"  # "revenue can wait": for later, none now
        if named and _called_a_problem(head, self._grammar["problem_nouns"]):
            return "topic"  # "revenue is a 2025 problem", "sales are next year's worry"
        if _what_a_piece_is_about(head, grammar["content_nouns"]):
            return "topic"  # "our post about how we cut our database bill": the piece's subject
        if named and _a_team_named(head, grammar["telling_words"], grammar["departments"]):
            return "background"  # "Sales told me LinkedIn doesn't work": the sales team
        if named and _a_unit_measured_in(head, self._grammar["reckoning_verbs"]):
            return "topic"  # "some people measure growth in revenue": a yardstick named
        if _denied_outcome(
            head, self._grammar["good_when_absent"], self._grammar["losing_verbs"]
        ) or _stated_as_zero(head):
            return "negated"  # "it didn't move sales", "revenue is still $0"
        if _asked_whether(head, self._grammar["asking_verbs"]):
            return "topic"  # "Did it bring clients?"
        if _a_thing_to_do(head):
            # "no course to sell", "a new course to sell": what there is (or is
            # not) to do, nothing done yet
            return "negated" if _none_of_a_call_to(head) else "goal"
        if self._topic(head) or (
            named
            and (
                _said_to_matter(head, self._grammar["valuing_verbs"])
                or _a_truism(head, self._grammar["regard_words"], self._grammar["high_words"])
                or self._equated(head)
                or _asked_about(head, self._grammar["asking_verbs"])
            )
        ):
            return "topic"
        if _an_infinitive(head) and _asked_about(head, self._grammar["asking_verbs"]):
            return "topic"  # "people asking where to buy the blazer": interest, no purchase
        if named and _welcomed(head, self._grammar["welcoming_words"]):
            return "offer"  # "donations are always welcome"
        if named and _where_to_write(head):
            return "offer"  # "Partnerships and sales: partners@acme.example"
        if _bidden_so_you(head):
            return "offer"  # "subscribe so you don't miss it": the reader is bidden
        governing = self._governing_verbs(head)
        if _left_to_the_reader(governing):
            return "offer"  # "you can donate at the link below", "you'll be able to wishlist it"
        if named and _a_deadline_of(head):
            return "offer"  # "Kit orders close on 10 October": a notice
        if _room_for(head, self._grammar["capacity_nouns"]):
            return "offer"  # "We've got room for two new clients in Q3": capacity offered
        if self._others_outcome(head) or _what_a_business_sells(head, grammar["news_adverbs"]):
            return "background"  # "a bank that made $3B", "a bloke who sells cheese"
        purpose = named and _what_an_action_is_for(governing)
        if purpose or self._wanted_outcome(head):
            return "goal"  # "we're hiring a lead to help connect campaign data to revenue"
        if any(verb.lemma_ in self._grammar["supposing_verbs"] for verb in governing[1:3]):
            return "conditional"  # "imagine what that could do for sales!"
        coming = self._grammar["coming_verbs"]
        # Named ("sales will follow") or a change of a coming verb ("the money
        # will come"): still to come.
        to_come = named or _outcome_phrase(head).head.lemma_ in coming
        if (
            (to_come and _still_to_come(head, self._grammar["figure_nouns"], coming))
            or (named and _dated_ahead(head, self._grammar["periods_ahead"]))
            or (named and _to_be_reported(head, self._grammar["reporting_later_verbs"]))
        ):
            return "speculative"
        return "asserted"

    def _equated(self, head: Token) -> bool:
        """Is the outcome, named, what something else is said to be: "engagement
        is revenue", "attention is the new sales"? A slogan that equates
        attention with money reports neither (a fake tie): the other side of
        the present "is" is an attention term, or the outcome is "the new"
        one. "The result is more revenue" keeps its outcome."""
        phrase = _outcome_phrase(head)
        verb = phrase.head
        if phrase.dep_ != "attr" or not _present_be(verb):
            return False
        counted = any(t.like_num for t in phrase.subtree)
        if not counted and any(c.dep_ == "amod" and c.lower_ == "new" for c in phrase.children):
            return True  # not "it's the 9,100 new donors that…": new ones counted
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lemma_.lower() in self._attention_words

    def _wanted_outcome(self, head: Token) -> bool:
        """Is the outcome what the writer wants, plans or hopes for: an outcome
        verb, or the object or subject of a clause, governed by a verb of
        intent or a plan ("we hope to sign our first sponsors", "we want to
        grow revenue", "our goal is to raise $50,000"), right away or through
        clauses with no subject of their own ("we need to figure out how to
        make money")? Not through a clause that tells ("I want to share how we
        grew revenue 40%"). Wanted, it is not reported, whatever its amount."""
        verbs = self._governing_verbs(head)
        if not verbs:
            return False
        clause = verbs[0]
        if clause.i != head.i and self._intends(clause):
            return True  # "we aimed for 500 sign-ups", "we need more leads"
        for _ in range(_INTENT_REACH):
            if _for_a_purpose(clause):
                return True  # "grow the page to 50k so we can start getting leads"
            parent = clause.head
            if clause.dep_ not in ("xcomp", "ccomp", "advcl") or parent.i == clause.i:
                return False
            if any(t.text == ":" for t in clause.doc[parent.i : clause.i]):
                return False  # "I want to be transparent: … my brand deals paid $8k": told
            if self._intends(parent):
                return True
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return False  # "…share how we grew revenue": a clause that tells
            clause = parent
        return False

    def congratulated_on(self, head: Token) -> bool:
        """Is the count or milestone at ``head`` what the writer congratulates
        someone else on ("Congrats to @ChefMarla on 1 million followers!",
        "congrats to @danni.bakes on hitting 500k")? Read from word order."""
        congratulating = self._grammar["congratulating_words"]
        return _congratulated(head, congratulating, self._grammar["acquaintances"])

    def _material_to_convert(self, head: Token) -> bool:
        """Is the attention what the writer asks or plans to turn into buyers or
        money ("how do I turn 40k followers into customers?", "we need to
        convert these views into sales")? The outcome is the aim and the count
        its material, not a result. A conversion told in the past ("we turned
        40k followers into 300 customers") stays a claim, which the outcome ties."""
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_ not in self._grammar["converting_verbs"]:
            return False
        if verb.tag_ in ("VBD", "VBN"):
            return False
        aims = (
            self._grammar["buyer_nouns"] | self._grammar["money_made"] | {"sales", "money", "cash"}
        )
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("into", "to")
            and any(t.dep_ == "pobj" and (t.lemma_ in aims or t.lower_ in aims) for t in c.children)
            for c in verb.children
        )

    def _intends(self, verb: Token) -> bool:
        """The writer's verb of intent ("we want", "we hope") or plan ("our goal is")."""
        if verb.lemma_ == "be":  # "our goal is to raise $50,000"
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            plans = self._grammar["plan_nouns"]
            return bool(subjects) and subjects[0].lemma_ in plans and _own(subjects[0], plans)
        if _let_by_something_done(verb):
            return False  # "…, which finally let us sign two sponsors": enabled, done
        return _of_intent(verb, self._grammar["intent_words"]) and _own(
            verb, self._grammar["plan_nouns"]
        )

    def _mood(self, doc: Doc, index: int) -> str:
        """Whose voice and what force the claim on ``doc[index]`` has."""
        head = doc[index]
        if self.parser is None:
            return "asserted"
        if _hung_inside_a_bracket(head):
            # "(attaching the screenshot because nobody believes me) tweet
            # impressions: 4,417,209": the aside's verb governs nothing after it
            return "asserted"
        if self._topic(head):
            return "topic"  # "a webinar on follower growth"
        if _quoted_line_judged(head, self._grammar["quote_judging_words"]):
            return "topic"  # '"we doubled their followers" is the weakest line': named
        if _words_told_not_to_use(head, self._grammar["wording_verbs"]):
            return "topic"  # "stop writing 'our post went viral' in recaps": the words named
        if _words_put_in_a_document(
            head, self._grammar["wording_verbs"], self._grammar["document_nouns"]
        ):
            return "topic"  # "writing 'engagement up 4%' in a deck at 1am" (round48)
        if _words_cut_from_a_draft(head, self._grammar["cutting_verbs"]):
            return "topic"  # "please cut the line about 'record engagement'": the words named
        if _a_controls_name(head, self._grammar["interface_nouns"]) or _a_quoted_modifier(head):
            return "topic"  # "the 'most viewed' sort on the shop page": a label
        if _a_pieces_title(head, self._grammar["content_nouns"]):
            return "topic"  # "my 'how we hit 10k followers' video": its title
        documents = self._grammar["document_nouns"], self._grammar["document_verbs"]
        if _quoted_from_a_document(head, *documents) or _quoted_and_defined(head):
            return "topic"  # "every brief has 'make it go viral' in it", "what 'reached 40k' meant"
        if _a_proposition_named(head, self._grammar["proposition_nouns"]):
            return "topic"  # "a citation for the claim that engagement rate falls…" (round47)
        if _put_down_to_a_glitch(head.sent, self._grammar["glitch_words"]):
            return "negated"  # "clicks doubled overnight, so I'm assuming it's a reporting bug"
        if _a_finding_labelled(head, self._grammar["research_labels"]):
            return "topic"  # "New study from the X Lab: … posts with faces got 24% more shares"
        if _told_nothing(head, self._grammar["worth_telling_verbs"]):
            return "negated"  # "12,000 followers told us nothing about…": worth denied (round49)
        if _quoted_name(head, self._grammar["naming_words"]):
            return "topic"  # "a slide called 'Going Viral'": what a thing is called
        question = _a_quoted_question_around(head)
        # not one that asks the writer: "'Do you realise your thread has been read
        # by more people than our print run?'" tells the writer's result
        if question is not None and not any(t.lower_ in ("you", "your") for t in question):
            return "topic"  # "Reader question: 'Should I … to grow subscribers?'" (round48)
        if self._material_to_convert(head):
            return "topic"  # "how do I turn 40k followers into customers?": the means
        if _what_an_equation_gives(head, self._grammar["content_nouns"]):
            return "topic"  # "one person scrolling past twice = 2 impressions": a definition
        if _said_of_every(head):
            return "topic"  # "every doom thread on here gets 10k likes": of any such thread
        if _of_any_amount(head):
            return "topic"  # "no amount of likes changes that": of any size, no one's
        if _stalled_at(head, self._grammar["failing_words"]):
            return "negated"  # "I had a video flop at 300 views": a failure, no result
        if _a_threshold(head):
            return "topic"  # "tracks under 1,000 streams a year": a rule's bound, no one's count
        if _asked_whether_worth_it(head.sent):
            return "topic"  # "Is it worth having 10k followers?": a question of value
        if _holders_of_a_size(head):
            return "topic"  # "a few accounts with millions of followers set the agenda": a kind
        if _someone_of_a_size(head, self._grammar["third_parties"]):
            return "background"  # "When a celebrity with 9M followers posts about you" (round42)
        if _across_a_whole_field(head.sent, self._grammar["whole_fields"]):
            return "topic"  # "podcast downloads fell 11% industry-wide": everyone's, no one's
        if (
            head.dep_ == "dobj"
            and _marked_to(head.head)
            and _requested_by_others(
                head.head, self._grammar["requesting_verbs"], self._grammar["discourse_markers"]
            )
        ):
            return "background"  # "HR asked me to 'boost engagement'": their wish, no result
        asked = _the_asking_for(head, self._grammar["requesting_verbs"])
        if asked is not None and _stopped_or_denied(asked):
            return "negated"  # "stop asking your agency for more followers": refused
        if asked is not None and _asked_by_anothers(asked):
            return "background"  # "the client's brief asked for 'more followers'" (round44)
        if _peers_asked(head.sent):
            return "topic"  # "Anyone else seeing reach fall this week?": for everyone?
        if _asked_if_good(head.sent) or _a_kind_sized_in_a_question(head):
            return "topic"  # "Is 2% engagement rate on a 5k account good or bad?" (round43)
        if _asked_why(head, self._grammar["asking_verbs"]):
            return "topic"  # "my boss keeps asking why our posts get fewer views": a question
        if _counts_weighed(head, self._grammar["outdoing_verbs"]):
            return "topic"  # "2,000 real readers beat 20,000 dead addresses": a maxim
        if _on_any(head):
            return "topic"  # "half the streams on any playlist are people asleep"
        if _spend_then_get(head):
            return "conditional"  # "Spend £450, get 150,000 impressions": a worked example
        # "with 2.3 million followers tuning in": the verb of the people held
        with_ = head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "with"
        holder = head.head.head
        misread = (
            _held_with_misparsed(head)
            or _met_with_an_audience(head, self._grammar["content_nouns"], self._pieces_people)
            or _people_with_by_order(head, self._persons)
            or _an_organisation_with_by_order(head, self._bodies)
        )
        if misread is not None:  # "a typical influencer with 50,000 followers charges $500"
            with_, holder = True, misread
            if holder.lemma_ in self._grammar["content_nouns"]:
                return "background"  # "sending me a competitor's reel with 4M views": theirs
        if with_ and _the_one_filmed_before_with(head, self._persons):
            return "background"  # "that clip of the guy with 2 million followers" (round39)
        if with_ and holder.pos_ in ("VERB", "AUX"):
            # "A 14-year-old from Leeds has become a top streamer, with 410,000
            # followers": "with" hung on the verb, a person brought in holds them;
            # "a creator I follow with 1.8M subscribers": on a relative clause's verb
            subject = holder.head if holder.dep_ == "relcl" else _subject_of(holder)
            if subject is not None and self._someone_brought_in_to_hold(subject):
                holder = subject
            elif _a_clip_of_someone(head.sent, self._grammar["content_nouns"], self._filmed_others):
                # "A video of a Labrador helping a crossing guard has gone viral,
                # with 3 million views": the clip someone filmed (round38)
                return "background"
        if self._it_of_someone_brought_in(head):
            return "background"  # "a guy posted a video of his PC fans and it has 2M views"
        # "a creator with 1.2 million followers"; not "a post with 88k views",
        # nor "a success with a reach of 40 million" (the result itself)
        # "(that Nia Rowe,) the one with a billion streams": "one" stands for a
        # name before it; not "our new single, the one with a million streams"
        one = holder.lower_ == "one" and (
            (holder.dep_ == "appos" and holder.head.pos_ == "PROPN")
            or _second_subject(holder)
            # "two influencers this month (one with 80k followers)" (round49)
            or _one_in_brackets_of(holder, self._grammar["content_nouns"])
        )
        # "featured by three accounts, including one with 2.3 million
        # followers": one of the others named before; not "ten reels, including
        # one with 2M views", the writer's content
        one = one or _one_of_others(holder, self._grammar["content_nouns"])
        if (
            with_
            and (
                holder.pos_ in ("NOUN", "PROPN")
                or one
                or _someone_unnamed(holder)
                or _a_person_by_age(holder)
            )
            and not _the_writer_described(holder)
            and holder.lemma_ not in self._grammar["content_nouns"]
            and holder.lemma_ not in self._grammar["result_nouns"]
            and not _chart_ranked_on(holder, self._grammar["rank_openers"])
            and not _ranked_first_as_its_subject(holder)
            # "coverage in 41 outlets with a combined reach of 212 million": the
            # writer's sum of them, the result reported (round49)
            and not any(c.lower_ in self._grammar["summed_words"] for c in head.children)
        ):
            return "background"
        content = self._grammar["content_nouns"]
        if with_ and holder.lemma_ in content and _generic(holder, self._grammar["typical_words"]):
            return "background"  # "a cat video with 40 million views", someone's
        if with_ and holder.lemma_ in content and _said_as_likelier(holder):
            return "background"  # "posts with more retweets were less likely to be true" (round46)
        if any(c.lower_ == "your" for c in head.children):
            return "advice"  # the reader's followers: "grow your followers"
        if _the_readers_piece_got_it(head, content):
            return "advice"  # "why did your video get 200 views and then stop?" (round41)
        if _a_roles_task(head, self._grammar["hiring_verbs"], self._grammar["sought_means"]):
            return "advice"  # "looking for a social media manager to grow our reach"
        if _held_by_you(head, self._grammar["having_verbs"]):
            return "background"  # "(@SwiftMobile) you have 2.4 million followers and…"
        if _quota(
            head,
            self._grammar["quota_nouns"],
            self._grammar["priced_words"],
            self._grammar["billing_periods"],
        ):
            return "offer"  # a plan's allowance: "free for up to 10k pageviews a month"
        # An invitation's social proof ("Join 40,000 readers who…") and a
        # milestone a giveaway celebrates ("to celebrate 100,000 fans, we're
        # giving away…") present the count as what the writer has achieved:
        # claims, as three blind sets (own-10, own-22, own-25) label them.
        if _room_for(head, self._grammar["capacity_nouns"]):
            return "offer"  # "enough Guinness for 600 thirsty rugby fans": a capacity (round37)
        if _given_something(head, self._grammar["giving_verbs"]):
            return "offer"  # "we're giving 100 fans a year of free coffee"
        if head.dep_ == "dobj" and head.head.lemma_ in self._grammar["pledging_verbs"]:
            return "offer"  # "a growth agency DMs us promising 10k followers": a sales pitch
        if _a_guaranteed_amount(head, self._grammar["guarantee_words"]):
            return "offer"  # "£18k, 'minimum 5M views'": a package's terms (round41)
        if self.congratulated_on(head):
            return "background"  # "Congrats to @ChefMarla on 1 million followers!"
        if _bracketed_after_an_acquaintance(head, self._grammar["acquaintances"]):
            return "background"  # "My old colleague Deniz (50k subscribers, …) is teaching…"
        if _notice_addressed(head, self._grammar["notice_nouns"]):
            return "background"  # "A quick note to our 10k followers: our line moves…"
        if _addressed_before_news(head, self._grammar["thanking_words"]):
            return "background"  # "To the 30,000 of you who follow this page: we're hiring"
        fitting = self._grammar["fitting_verbs"]
        if self._audience_of_a_third_party(head) or _more_than_the_writer(head, fitting):
            return "background"  # "the singer has 40 million followers", "…more than me"
        remarks = self._grammar["remarking_words"], self._grammar["remarked_facts"]
        if _a_named_others_remarked_on(head, *remarks):
            return "background"  # "wild that Dorrit Bakes' video has 40M views"
        if _a_handle_remarked_on(head, self._grammar["remarking_words"]):
            return "background"  # "Wild that @gretabakes has 2M followers" (round46)
        if _after_a_remark_on_anothers(head, self._grammar["remarking_words"]):
            return "background"  # "Fascinating thread on Lumo Dairy's cow-cam: 40M views…"
        if _a_clip_in_the_news(head, self._grammar["content_nouns"], self._filmed_others):
            return "background"  # "a video of a councillor falling in has 3M views": news
        if self._a_finding_reported(head):
            return "background"  # "researchers found that politicians with… received 4.5x…"
        recounting = self._grammar["recounting_verbs"], self._grammar["content_nouns"]
        if _how_another_told_it(head, *recounting):
            return "background"  # "She walked through how Parcelbird went from 2k to 180k…"
        planned = _whose_plan_names_it(head, self._grammar["plan_nouns"])
        if planned is not None:
            return planned  # "their goal for this year is 'more engagement'"
        if _a_quotation_said_after(head, self._grammar["saying_verbs"]):
            return "background"  # "'I didn't know it had gone viral,' said the keeper"
        if _everyones_own(head) or _theirs_of_others_counted(head, self._platforms):
            return "background"  # "everyone in my feed is panicking that their reach has dropped"
        if _the_same_count(head):
            return "negated"  # "we've had the same 900 followers for three years": no change
        if _a_whose_sentence(head.sent, self._grammar["third_parties"]):
            return "background"  # "Shoutout to @mira whose video went viral, 8M views!!"
        if _a_shoutouts_piece(head, self._grammar["congratulating_words"]):
            return "background"  # "Shoutout to Pip's Bakery — their video went viral" (round48)
        if _on_someone_elses(head, self._accounts_and_platforms):
            return "background"  # "1.8M views on someone's TikTok", "on a pundit's account"
        if _listed_under_a_trend_heading(head):
            return "background"  # "What's trending: … the #x hashtag has passed 1B views"
        if _at_a_former_workplace(head.sent, self._grammar["workplaces"]):
            return "background"  # "when our appeal got 2M views at my last charity"
        if _had_when_they_came_to_us(head, self._grammar["joining_work_verbs"]):
            return "background"  # "When Tollan came to us they had 1.2M followers": the start
        if _told_of_what_talk_is_about(head):
            return "topic"  # "everyone's talking about the airline that picked up 30M views"
        if _a_quoted_boast_naming_pieces(head, self._grammar["content_nouns"]):
            return "topic"  # "a lot of 'I got 10k likes' carousels": a kind of post
        if _made_by_another_not_us(head.sent) or _denied_as_ours(head.sent):
            return "background"  # "…has 8M views; it was posted by a journalist, not us"
        grammar = self._grammar
        if _aware_of_a_piece(head.sent, grammar["content_nouns"], grammar["piece_telling_words"]):
            return "background"  # "We're aware of a video, viewed 2M times, claiming…"
        if _rather_than(head):
            # "I'd rather 5,000 residents read it than 500,000 liked it", "we'd
            # rather bake than chase whatever's trending": turned down, no wish (round45)
            return "negated"
        if _a_tests_sample(head):
            return "topic"  # "sample size 6,200 visitors per arm": a test's design (round45)
        if _in_the_sample(head.sent, self._grammar["sample_nouns"]):
            return "topic"  # "the most-followed account in our sample had 48M followers"
        if _told_as_hearsay(head, self._grammar["hearsay_adverbs"]):
            return "background"  # "Ramp's launch tweet reportedly passed 1M views"
        if _aside_about_another(
            head, grammar["rivals"], grammar["company_roles"], grammar["meeting_verbs"]
        ):
            return "background"  # "the singer, who has 40 million followers, said…"
        if _a_guests_own_audience(head, grammar["guest_roles"]):
            return "background"  # "our keynote speaker has 2.3M followers": the speaker's
        if _moved_for_everyone(head, self._grammar["content_nouns"]) or _so_did_everyone(head):
            return "topic"  # "why reach fell for everyone this month": the platform's
        if _a_platforms_level(head, self._platforms):
            return "topic"  # "Organic reach on Facebook is roughly 3% now": anyone's
        if _reached_by_then(head):
            return "asserted"  # "2 million views later, I'd like a word": reached, whatever follows
        general = self._general_statement(head)
        if general is not None:
            return general
        window = doc[max(0, index - 8) : index]
        for token in window:
            owned = token.i > 0 and doc[token.i - 1].tag_ == "PRP$"  # "its way to 33M views"
            if (
                token.lower_ in self._grammar["advice_words"]
                and not owned
                and not _a_quoted_title(token, index)
                and any(_advice_link(t) for t in doc[token.i : index])
            ):
                if not _a_pieces_subject(token, self._grammar["content_nouns"]):
                    return "advice"  # "how to get more followers", not "how we grew to 100k"
                if _inside_the_subject(token, head):
                    return "topic"  # "my thread on how to get more followers": what it is about

        verbs = self._governing_verbs(head)
        if any(_how_to(verb, self._grammar["advice_words"], head) for verb in verbs[:2]):
            return "advice"  # "how to grow a developer blog to 3M annual visitors", however long
        if self._asked(head, verbs[0] if verbs else head):
            return "advice"  # "see which channels drive the most traffic"
        if verbs and _bidden_more(verbs[0], head):
            return "advice"  # "Get more views by posting at 7am", "or accept fewer views"
        intent = self._grammar["intent_words"]
        # A participle that modifies a noun said of the subject ("we're not the
        # most-liked page") is no clause of its own: the "not" of the clause that
        # says it denies it; not "our most-shared post didn't sell a thing".
        denying = int(len(verbs) > 1 and verbs[0].dep_ == "amod" and verbs[0].head.dep_ == "attr")
        if any(_yet_to_happen(verb) for verb in verbs):
            return "negated"  # "I've yet to meet a buyer who chose a vendor because it had 40k…"
        if any(_if_you_had_told_me(verb) for verb in verbs[1:3]):
            return "asserted"  # "If you'd told me a post would get 900,000 views…": it did
        for depth, verb in enumerate(verbs[:3]):
            if verb.lemma_ == "stop" and _kept_at(verb):
                continue  # "people can't stop talking about it": they kept on
            if depth == 0 and _posting_denied_for(verb, self._grammar["publishing_verbs"]):
                return "negated"  # "we don't post to grow our followers" (round45)
            if depth == 0 and _a_reason_others_never_had(verb):
                return "negated"  # "the ministers never read anything because it was trending"
            if depth == 0 and _a_reason_to_come_denied(verb):
                return "negated"  # "we don't make videos because they'll go viral" (round46)
            expecting = self._grammar["expecting_verbs"], self._grammar["disbelief_verbs"]
            if _surprise(verb, *expecting) or _under_a_surprise(verb, *expecting):
                return "asserted"  # "we never expected the reel to reach 2 million people"
            children = list(verb.children)
            if depth == denying:
                if _you_may(children):
                    return "advice"  # "you can grow engagement", "you'll get more views"
                negated = any(
                    (c.dep_ == "neg" and not _another_verbs_not(c, verb)) or c.lower_ == "never"
                    for c in children
                )
                negated = negated and not _not_me(verb) and not _not_that_aside(verb, head)
                negated = negated and not _denied_then_moved(verb)
                # "Not us trending at number 4": the parse may hang the "not" on "us"
                negated = negated or (_denied_by_subject(children) and not _not_me(verb))
                if negated and (_owed_to_others(verb) or _conceded_worth(verb)):
                    negated = False  # "couldn't have done it without you", "not everything"
                if negated and _level_by_denial(head, verb, self._grammar["move_denied_verbs"]):
                    negated = False  # "reach didn't budge": a level reported (MoveReader)
                if negated and _floor_kept(verb):
                    negated = False  # "the open rate has never dropped below 55%": a level kept
                if negated and _not_what_was_expected(
                    verb, self._grammar["expecting_verbs"] | _READY_FOR
                ):
                    # "47k new followers in a day is not something I was
                    # prepared for": a surprise at it, it came (round48)
                    negated = False
                if negated and verb.lemma_ in self._grammar["disbelief_verbs"]:
                    # disbelief, not denial (round42): "Top post on #wildswimming
                    # this week 🖤 still can't believe it", a run-on misparsed
                    negated = False
                if (
                    negated
                    and _never_higher(verb) is None
                    and not _set_apart(head, verb)
                    and not _never_like_this(head.sent)
                ):
                    return "negated"
            elif _meaning_denied(verb, verbs[depth - 1]):
                return "negated"  # "1M views doesn't mean 1M people saw it": a definition
            elif _denied_of_everyone(verb, verbs[depth - 1], children):
                return "topic"  # "Nobody ever got a budget increase because reach went up"
            elif _judged_worthless(verb, children):
                # "4,000 people favoriting your listing means nothing", "3,000
                # people watching your Reel is not the same as 3,000 buying"
                return "topic"
            elif _never_had_one_do(verb, verbs[depth - 1]) and not _never_like_this(head.sent):
                return "negated"  # "never had a post do more than 2k impressions"
            joined = depth > 0 and verbs[depth - 1].dep_ == "conj"
            if depth > 0 and _whenever_told_you(verb) and not _said_of_the_writer(verbs[depth - 1]):
                return "conditional"  # "when an agency tells you their engagement rate is 9%"
            if _told_by_a_case_put(verb, children):
                return "conditional"  # the same, the telling parsed as a clause of what is told
            if not joined and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
                # Not over a clause joined by "and": "Two weeks until the campaign
                # goes live, and our teaser already has 210,000 views" (the parse
                # hangs "until" on the first clause).
                return "conditional"
            if _grows_in_proportion(verb, self._grammar["growth_verbs"]):
                return "conditional"  # "costs rise as traffic grows": whenever it does
            if _a_case_of_anything(verb, children):
                return "conditional"  # "stop calling a post viral when it has 300 likes"
            if depth == 0 and _asked_for(verb, self._grammar["capacity_verbs"]):
                return "goal"  # "Can we get 1,000 retweets?": the attention is what is wanted
            if _readers_clause(verb):
                return "advice"  # "once your channel grows past 1,000 subscribers, …"
            if _found_hard(verb, self._grammar["hard_words"], self._grammar["struggling_verbs"]):
                return "negated"  # "I find it hard to gain engagement": not gained
            if depth == 0 and (
                _worked_example(verb) or (verb.dep_ == "advcl" and _worked_example(verb.head))
            ):
                return "conditional"  # "If 1,000 people view it and 20 click, the CTR is 2%"
            if (
                depth > 0
                and verb.lemma_ in self._grammar["supposing_verbs"]
                and _bidding(children)
                and not _recalled(verbs[depth - 1])
                and not _expected_then_joined(verb, verbs[depth - 1])
            ):
                return "conditional"  # "imagine your post sends 10,000 visitors"
            if depth > 0 and _bidden_supposition(
                verb, verbs[depth - 1], self._grammar["supposing_bids"]
            ):
                return "conditional"  # "Say your reel gets 10k views and 200 click"
            if depth > 0 and _enables_reader(
                verb, verbs[depth - 1], self._grammar["enabling_verbs"]
            ):
                return "advice"  # "the tool lets you grow engagement": a promise, no result
            speculative = any(
                c.dep_ == "aux" and _speculative(c) and not _past_an_emoji(head, c)
                for c in children
            )
            if depth == 0 and _a_second_object_past_an_emoji(verb, head):
                speculative = False  # "we'll take it 😂 3,000 new followers": a new sentence
            if depth == 0 and _thanked_for_on_the_way(head, verb):
                speculative = False  # "Thanks for the 3,200 retweets, we'll be framing this one"
            if depth > 0 and _told_as_done(verbs[depth - 1]):
                speculative = False  # "Our IG passed 40k, so we'll celebrate…": it did
            # (the wished clause after its verb: not a result before "...you
            # really want that glow", which the parse made its complement)
            # (not a clause joined to it: "We tried £50, got lots of likes and
            # not one extra customer" got them, round50)
            wish = (
                depth > 0
                and verbs[depth - 1].i > verb.i
                and verbs[depth - 1].dep_ != "conj"
                and (_of_intent(verb, intent) or _would_like(verb))
            )
            if wish:
                speculative = False  # "we'd love to hit 5,000 followers": a wish, a goal
            if (speculative and not _owed_to_others(verb)) or _preferred(verb):
                return "speculative"  # not "wouldn't have happened without you"
            # the object of a wanting verb comes after it: "4.8M views and 30k
            # saves... you really want that glow" hangs the counts on "want"
            # across an ellipsis the senter did not end (round38)
            wanted_object = (
                depth == 0
                and head.dep_ == "dobj"
                and verb.lemma_ in self._wanting
                # or fronted by a question word: "how many subscribers you need"
                and (head.i > verb.i or any(t.tag_ in _WH_TAGS for t in head.subtree))
            )
            wanted = wish or wanted_object
            if wanted and _fewer_of(head):
                return "topic"  # "I want to see fewer impressions and more covers" (round45)
            if wanted and _reader_asked(verb):
                return "advice"  # "Want more followers? Try this.": the reader's wish
            if wish:
                return "goal" if self._own_goal(verb) else "background"
            if wanted_object:
                # "we want 10k followers", "influencers chasing a million followers"
                return "goal" if self._own_goal(verb) else "background"
            if depth == 0 and self._purpose(verb):
                if _fewer_of(head):
                    return "topic"  # "I want to see fewer impressions": against it
                if _reader_asked(verb.head):
                    return "advice"  # "Want to go viral? Don't."
                if _an_intent_denied(verb):
                    return "negated"  # "we're not trying to go viral", "we never aimed to hit 10k"
                # "we want to go viral" is a goal; "clients mention wanting to go
                # viral" is someone else's.
                return "goal" if self._own_goal(verb) else "background"
        if _in_an_opening_if(head):
            return "conditional"  # "If our flavour gets to #1 trending we'll give…", misparsed
        if _in_a_question_checked(head, self._grammar["checking_verbs"]):
            return "conditional"  # "refreshing to see if it got more than 4 likes", misparsed
        ranked = _ranked_subject(head)
        if ranked is not None and self._someone_brought_in_to_hold(ranked):
            return "background"  # "a 14-year-old has become one of the most followed streamers"
        return "asserted"

    def _own_goal(self, verb: Token) -> bool:
        """Is the wish or purpose of ``verb`` the writer's own (``_own``), and
        not of someone the writer knows named with "my" ("my boss wants us to
        go viral", "my students tried to get 500 followers", round38)?"""
        if not _own(verb, self._grammar["plan_nouns"]):
            return False
        return not _wanted_by_someone_i_know(verb, self._grammar["acquaintances"])

    def _standalone_mood(self, doc: Doc, index: int) -> str:
        """The mood of a claim its words make alone ("went viral"), which says
        nothing of whose post it was: that is read from its subject. Going
        viral in general is a topic, not a result ("a bad review could go
        viral", "what makes a video go viral", "videos that go viral"); the
        reader's post is advice ("could your next tweet go viral?"); something
        made by someone else is background ("the meme that went viral was made
        by a teenager")."""
        mood = self._mood(doc, index)
        if index + 1 < len(doc) and doc[index + 1].lower_ == "elsewhere":
            return "topic"  # "trending elsewhere: everyone on my feed is…", others' (round43)
        if _trending_where_we_see_it(doc, index):
            return "topic"  # "trending on our timeline today: someone's cat…" (round45)
        if _a_piece_there_is(doc, index):
            return "background"  # "There's a video trending on TikTok claiming…" (round49)
        if _a_trend_followed(doc, index, self._grammar["content_nouns"]):
            return "topic"  # "this sound is trending so obviously I made my cat do it" (round49)
        if self.parser is None or mood not in ("asserted", "speculative"):
            return mood
        verb = _verb_of_phrase(doc[index])
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            return "negated"  # "you can build a business without going viral"
        if _wearied_of(verb, self._grammar["weary_words"]):
            return "negated"  # "why I'm done with 'going viral' as a goal"
        if _none_of_a_call_to(verb):
            return "negated"  # "zero pressure to go viral", "no need to go viral"
        if _purpose_denied(verb):
            return "negated"  # "we never write a headline to go viral", "we don't post to go viral"
        if _a_gerund_asked(verb) or _in_a_quoted_question(doc[index]):
            return "topic"  # "'Going viral on purpose?' with three creators": a question posed
        if _the_ones_that(verb):
            return "topic"  # "We tracked 1.8M videos. The ones that went viral…": of a sample
        if self._topic(verb):
            return "topic"  # "a guide to going viral", "tips on trending": what a piece is about
        if _defined_in_general(verb) or _set_unequal(verb):
            return "topic"  # "going viral is not a strategy", "Trending audio ≠ strategy"
        if _made_a_lesson(verb, self._grammar["lesson_nouns"]):
            return "topic"  # "That Pemberley Tea ad going viral is a great reminder that…"
        if _the_one_set_aside(verb):
            return "topic"  # "Write the story the town needs, not the one that trends"
        if _the_one_of_a_kind(verb):
            return "topic"  # "every viral recipe … the one going viral right now was bad" (round49)
        if _said_not_to_mean(verb):
            return "topic"  # "a recipe going viral doesn't mean it was tested"
        if _names_a_thing(
            doc[index], self._grammar["mark_nouns"], self._grammar["discourse_markers"]
        ):
            return "topic"  # "the trending topics panel was removed": a feature
        if _a_share_of_a_sample(verb):
            return "topic"  # "of 500 trending sounds, 61% stopped trending": a study's
        if _a_share_of_what_was_studied(verb, self._grammar["studying_verbs"]):
            return "topic"  # "only 0.3% of the 9,000 videos we analysed went viral"
        if _said_by_a_share_of_people(verb, self._grammar["saying_verbs"]):
            return "topic"  # "64% of 13-17-year-olds say they feel pressure to post … viral"
        if _noticed_elsewhere(verb, self._grammar["noticing_verbs"], self._noticing_forms):
            return "background"  # "seeing 'quiet quitting' trending on my feed": others' posts
        if _heard_of(verb):
            return "background"  # "Heard the pasta place on Dean St has gone viral again"
        if _a_piece_of_another(verb, self._grammar["indefinite_people"]):
            return "background"  # "Someone's fly agaric 'recipe' has gone viral" (round50)
        if _requested_by_others(
            verb, self._grammar["requesting_verbs"], self._grammar["discourse_markers"]
        ):
            return "background"  # "a client asked us to make it go viral": their wish
        if _request_refused(verb, self._grammar["requesting_verbs"]):
            return "negated"  # "please don't ask your team to 'make it go viral'"
        if _bidden_to_stop(verb):
            return "negated"  # "Stop briefing agencies to 'make it go viral'" (round46)
        if _bidden_to_go_viral(verb):
            return "goal"  # "make it go viral", "help us make it go viral!": a wish
        if _a_time_in_the_present(verb):
            return "conditional"  # "what happens the day after it goes viral?" (round40)
        if _trending_thing_talked_of(verb):
            return "background"  # "everyone talks about the dance trending on TikTok"
        if _viral_thing_talked_about(
            verb, self._grammar["topic_words"], self._grammar["noticing_verbs"]
        ):
            return "background"  # "everyone's talking about the goose that went viral"
        if _whatever_trends(verb):
            return "background"  # "did you see what is trending on Twitter today": whatever it is
        if _wondered_why_it_trends(verb):
            return "background"  # "not sure why 'pizza at 3am' is trending": elsewhere
        if _a_quoted_phrase_trending(doc[index]):
            return "background"  # "Saw 'brunch is cancelled' trending": a phrase people type
        if _a_taste_trending(doc[index]):
            return "topic"  # "Pistachio everything is trending this spring": a taste
        if _a_craze_everywhere(verb, self._grammar["content_nouns"]):
            return "topic"  # "Oat milk tonic is trending everywhere this summer" (round46)
        if _trending_in_our_shop(doc[index], self._grammar["shop_places"]):
            return "topic"  # "Trending on our site this week: the retro runner": a best seller
        remarks = self._grammar["remarking_words"], self._grammar["remarked_facts"]
        if _a_named_others_remarked_on(doc[index], *remarks):
            return "background"  # "Interesting that the Pemberton Foundation's video trended"
        owning = self._grammar["rank_openers"] | self._grammar["owned_tag_words"]
        if _a_tag_trending(verb, owning, self._trending_own):
            return "background"  # "#StormOlwen is trending for a reason": a tag, not ours
        if _a_clip_of_someone(doc[index].sent, self._grammar["content_nouns"], self._filmed_others):
            return "background"  # "That clip of a postman dancing in the rain went viral"
        if _for_the_wrong_reasons(verb):
            return "negated"  # "it went viral for all the wrong reasons": no success
        subject = _subject_of(doc[index])
        clausal = next((c for c in verb.children if c.dep_ == "csubj"), None)
        if subject is None and clausal is not None:
            # "My friend's clip of her cat falling … went viral": the parse makes
            # "falling" the subject, and the clip its own
            subject = _subject_of(clausal)
        if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            subject = verb.head  # "the 'glass hair' trend going viral right now": the trend
        falsehoods = self._grammar["falsehood_words"]
        if subject is not None and _a_falsehood(subject, falsehoods):
            return "background"  # "a video claiming our water is unsafe is going viral"
        if any(c.dep_ == "advcl" and c.lower_ in falsehoods for c in verb.children):
            return "background"  # "the hack going viral this week claiming you can…"
        doer = subject if subject is not None or verb.dep_ != "conj" else _subject_of(verb.head)
        if doer is not None and _someone_brought_in(doer, self._grammar["content_nouns"]):
            return "background"  # "An AI account copied my style, went viral with it"
        acquaintances = self._grammar["acquaintances"]
        if subject is not None and subject.lemma_ in acquaintances:
            return "background"  # "My friend Dee's video … went viral", "my sister went viral"
        if subject is not None and any(
            c.dep_ == "poss" and c.lemma_.lower() in acquaintances for c in subject.children
        ):
            return "background"  # "my friend's clip went viral": "my" names the friend
        # what the trend is said of: "posts about X were the top trending topic"
        said_of = subject
        if verb.dep_ == "acl" and verb.head.dep_ == "attr":
            said_of = _subject_of(verb.head.head)
        if said_of is not None and self._posts_about_a_subject(said_of):
            return "background"  # "posts about the new parking rules were the top trending topic"
        if _a_piece_from_another(verb, self._grammar["content_nouns"]):
            return "background"  # "that sofa ad from the Danish furniture chain that went viral"
        if _a_thing_seen_in_that_piece(verb, self._grammar["content_nouns"]):
            return "background"  # "we stock the lamp from that video that went viral" (round40)
        people = self._grammar["third_parties"]
        if any(_a_names_by_whose(c, people) for c in verb.children if c.dep_ == "nsubj"):
            return "background"  # "Shoutout to @woodkid whose birdhouse video went viral"
        if _a_piece_told_by_whose(verb, people, self._grammar["content_nouns"]):
            return "background"  # "the guy whose 'rating every sandwich' clip went viral"
        if _at_a_former_workplace(verb.sent, self._grammar["workplaces"]):
            return "background"  # "When the puppy appeal went viral at my last organisation"
        if _made_by_another_not_us(verb.sent):
            return "background"  # "…has gone viral, posted by a journalist, not us"
        if subject is not None and self._someone_elses_by_pronoun(subject):
            return "background"  # "someone stitched my tutorial and their version went viral"
        if subject is not None and self._what_someone_brought_in_made(subject, verb):
            return "background"  # "Somebody filmed us busking and that clip went viral"
        if subject is not None and self._a_persons(subject) and not _owner_says_us(subject):
            return (
                "background"  # "Someone's clip of my dog went viral": "my" is the dog's (round40)
            )
        if subject is None or _says_us(subject):
            return mood
        if _for_us(subject.head) or subject.head.head.lemma_ in _HAD:
            return mood  # "a post went viral for us", "we had a post go viral"
        if any(c.lower_ == "your" for c in subject.children):
            return "advice"
        if self._wished_for(subject):
            return mood  # not in general: "every marketer's dream: a video that goes viral"
        if any(c.lower_ in _SECOND_PERSON for c in subject.children):
            return mood  # "you guys made our clip trend for 3 days": the audience, addressed
        if _generic(subject, self._grammar["typical_words"]) or _a_fashion_trending(
            doc[index], subject, self._trending_own
        ):
            return "topic"
        if _a_quoted_kind_spreading(subject, self._grammar["content_nouns"]):
            return "background"  # "The '12-3-30' treadmill workout went viral": a craze
        if _a_lower_case_quotation_before(verb):
            return "background"  # "'de-influencing' is trending on TikTok": a craze named
        if verb.dep_ == "pcomp" and verb.head.lower_ == "about":
            return "topic"  # "a post about 'quiet hiring' going viral": what it is about
        if _made_by_someone(subject) or _named_circumstance(subject):
            return "background"
        if self._a_persons(subject):
            return "background"  # "the singer's video went viral": the singer's
        if self._people_who(subject, verb):
            return "background"  # "two founders who went viral in 2021"
        return mood

    def _ranked_mood(self, doc: Doc, rank: int) -> str:
        """The mood of a rank on a chart, whose subject is the clause's: "#" hangs
        on the count, not on "hit" ("the singer's new track hit #1 on Spotify")."""
        mood = self._standalone_mood(doc, rank)
        if self.parser is None or mood != "asserted":
            return mood
        subject = self._clause_subject(doc[rank])
        return "background" if subject is not None and self._a_persons(subject) else mood

    def _people_who(self, subject: Token, verb: Token) -> bool:
        """Is the subject people named by a role whose relative clause the
        phrase is ("two founders who went viral"), not the writer's ("our
        founder, who went viral")?"""
        if verb.dep_ != "relcl" or verb.head.i != subject.i:
            return False
        owned = any(c.dep_ == "poss" and c.lower_ in _MINE for c in subject.children)
        return subject.lemma_ in self._grammar["third_parties"] and not owned

    def _posts_about_a_subject(self, subject: Token) -> bool:
        """Is ``subject`` a bare plural of pieces "about" something ("posts
        about the new parking rules", "videos about the storm"): everyone's
        posts on a subject, not the writer's ("our posts about…")?"""
        if subject.tag_ != "NNS" or subject.lemma_ not in self._grammar["content_nouns"]:
            return False
        if any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "about" for c in subject.children)

    def _a_finding_reported(self, head: Token) -> bool:
        """Is the term in the clause research reports it found ("Researchers
        found that politicians with more than 500,000 followers received 4.5
        times more abusive replies", "our analysis of 1,400 accounts found that
        follower growth slowed", "we analysed 2.3M tweets and found that…")?
        The study's finding; a finding of "our posts" stays the writer's."""
        clause = _complement_above(head, ("ccomp",))
        if clause is None:
            return False
        finding = clause.head
        finder = _subject_of(finding)
        researched = (
            finder is not None and finder.lemma_.lower() in self._grammar["research_subjects"]
        )
        # not "Our paper says its WhatsApp channel now has 31,000 followers"
        theirs = finder is not None and not any(
            c.dep_ == "poss" and c.lower_ in _MINE for c in finder.children
        )
        # "a report from the Digital Brand Institute says average organic
        # reach … fell to 2.2%": a report's words are its finding (round47)
        reported = finding.lemma_ in self._grammar["saying_verbs"] and researched and theirs
        # "we analysed 2.3M tweets and found that posts with more likes…": the
        # writer's study, whose finding is of the sample (round38)
        studied = finding.dep_ == "conj" and finding.head.lemma_ in self._grammar["studying_verbs"]
        found = finding.lemma_ in self._grammar["finding_verbs"] and (researched or studied)
        if not (reported or found):
            return False
        # The finding's own words say whose it is: "our analysis of 1,400 brand
        # accounts found that … page followers grew 2.1%" is the brands' (round36)
        return not _says_us(clause)

    def _what_someone_brought_in_made(self, subject: Token, verb: Token) -> bool:
        """Is ``subject`` "it" or a piece pointed at ("that clip", "the video")
        in a clause joined with "and" to one whose subject is someone brought
        in ("Somebody filmed us busking and that clip went viral")? What they
        made, even of the writer."""
        if not self._joined_after_someone_brought_in(verb):
            return False
        # "that" right before: the parse may make it a conjunction's mark
        before = subject.doc[subject.i - 1] if subject.i > 0 else subject
        pointed = subject.lemma_ in self._grammar["content_nouns"] and before.lower_ in (
            "that",
            "the",
            "this",
        )
        return subject.lower_ == "it" or pointed

    def _joined_after_someone_brought_in(self, verb: Token) -> bool:
        """Is ``verb`` joined with "and" to a verb whose subject is someone
        brought in ("Somebody filmed us busking and …", "A guy posted a video
        and …")? What the joined clause says "it" of is what they made."""
        if verb.dep_ != "conj":
            return False
        first = _subject_of(verb.head)
        return first is not None and self._someone_brought_in_to_hold(first)

    def _someone_elses_by_pronoun(self, subject: Token) -> bool:
        """Is ``subject`` owned by "their", "his" or "her" that points back at
        someone the sentence brought in before it ("someone stitched my
        tutorial and their version went viral", "a creator dueted us and her
        clip blew up")? Not a client a case study names ("their reel went
        viral" alone may be the client's result the writer made)."""
        if not any(c.dep_ == "poss" and c.lower_ in _THEIR_OWN for c in subject.children):
            return False
        earlier = subject.doc[subject.sent.start : subject.i]
        people = self._grammar["third_parties"]
        return any(t.lower_ in people and t.dep_ in ("nsubj", "nsubjpass") for t in earlier)

    def _a_persons(self, subject: Token) -> bool:
        """Is ``subject`` owned by a person named by a role or known to the
        writer ("the singer's track", "The Senator's video", "my friend's
        video"), or by someone brought in with "a" ("a customer's video of our
        manager", "a fan's edit": a writer never calls itself "a")? A name or
        "their" may be the writer's client, whose results a case study tells
        as its own."""
        people = self._grammar["third_parties"] | self._grammar["acquaintances"]
        titled = _owner_before_a_title(subject)
        if any(c.dep_ == "case" and c.lower_ in ("'s", "\u2019s") for c in subject.children):
            # the possessor made the subject, a quoted title breaking the parse
            # of what it owns: "a rival's 'we're closing' post went viral"
            titled = subject
        if titled is not None and (
            titled.lemma_.lower() in people or _introduced_indefinitely(titled)
        ):
            return True  # "a competitor's 'we're shutting down' post" (round47)
        return any(
            c.dep_ == "poss"
            and (c.lemma_.lower() in people or _introduced_indefinitely(c))
            and not _ends_our_quoted_title(c)
            for c in subject.children
        )

    def _any_such_content(self, clause: Token) -> bool:
        """Is the relative ``clause`` said of pieces of content of any kind: a
        bare plural ("posts that get 3 likes"), or one brought in with "a" and
        counted ("a post that reaches 2 million people and changes nothing is
        worth less…"); not the writer's ("our posts that get 10k likes", "we
        post reels that get 200k views")?"""
        noun = clause.head
        if noun.lemma_ not in self._grammar["content_nouns"]:
            return False
        poster = _subject_of(noun.head) if noun.dep_ == "dobj" else None
        if poster is not None and _says_us(poster):
            return False
        if _a_bare_plural(noun):
            return True
        counted = any(is_count(t) for t in clause.subtree)
        return counted and _generic(noun, self._grammar["typical_words"])

    def _it_of_someone_brought_in(self, head: Token) -> bool:
        """Is the term's clause said of "it", joined with "and" to a clause whose
        subject is someone brought in and whose object is a piece ("A guy down
        the road posted a video of his fans and it has 2M views")? "It" is what
        that person posted."""
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        subject = _subject_of(head)
        if subject is None or subject.lower_ != "it":
            return False
        if not self._joined_after_someone_brought_in(verb):
            return False
        # what they posted is a piece, none of it the writer's ("someone put
        # our song under a cat video and now it's been used 210,000 times")
        posted = [c for c in verb.head.children if c.dep_ == "dobj"]
        content = self._grammar["content_nouns"]
        return any(
            piece.lemma_ in content and not any(t.lower_ in _MINE for t in piece.subtree)
            for piece in posted
        )

    def _someone_brought_in_to_hold(self, subject: Token) -> bool:
        """Is the subject a person brought into the story, by an age ("a
        14-year-old"), as "someone", as "a" person of a role ("a teenager", "a
        streamer") or as "a" someone from a named place ("a maths teacher from
        Leeds")? Not "we" nor a business, who may be the writer."""
        if _a_person_by_age(subject) or _someone_unnamed(subject):
            return True
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
        if not indefinite or subject.lemma_ in self._grammar["organisations"]:
            return False
        # "a maths teacher from Leeds": a person the news brings in by a place
        from_a_place = any(
            c.dep_ == "prep" and c.lower_ == "from" and any(o.pos_ == "PROPN" for o in c.children)
            for c in subject.children
        )
        return from_a_place or subject.lower_ in self._grammar["third_parties"]

    def _general_statement(self, head: Token) -> str | None:
        """A rule of thumb, not a result: said in the present of any such thing
        ("posts with images get more engagement", "a good backlink can drive
        thousands of visits"; a topic) or of what it gets the reader
        ("backlinks get you more traffic"; advice). Ours or in the past stays a
        claim ("our reels get 50,000 views", "a single tweet brought…")."""
        # Nor the term as a participle before the object it describes: "a
        # 22-year-old from Cork has the most-watched short of the month" is
        # said by "has" ("a dish can be the most-shared thing in town": by "can be").
        if head.i > 0 and _signed_count(head.doc[head.i - 1]):
            # "yt +390 subs": a stat line's gain, whatever verb the parse found (round47)
            return None
        before_an_object = head.dep_ == "amod" and head.head.dep_ in ("dobj", "attr")
        verbs = [
            v
            for v in self._governing_verbs(head)
            if not self._term_tagged_verb(v) and not (v.i == head.i and before_an_object)
        ]
        if not verbs:
            return None
        verb = verbs[0]
        described = verb.head.dep_ == "nsubj" or (
            verb.head.dep_ == "dobj" and verb.head.lower_ in ("one", "ones")
        )
        if verb.dep_ == "acl" and described and _tense_of_the_subjects_verb(verb):
            # "…while one seen by 200 people raises thousands", "a story doing
            # 5 million views tells you nothing": the participle describes a
            # subject, whose verb tells the tense (round38, round44); or the
            # "one" a comparison sets against it: "A post seen by 200 of the right
            # people beats one seen by 200,000 of the wrong ones" (round49)
            verb = verb.head.head
        if verb.lemma_ == "thank":
            return (
                None  # "A quarter of a million subscribers 🎮 Thank you…": a thank-you, misparsed
            )
        if _stat_line_label(head.doc, head.i):
            return None  # "Monthly stats:⏎reach 120k⏎profile visits 8k": a report's lines
        if _point_of_view(head.sent, self._meme_openings):
            return None  # "that moment when a 14-second clip gets 3.6M views": the writer's lot
        if _not_every_day(head.sent):
            return None  # "Not every day a post about spreadsheets gets 3,4k reposts": it did
        if _results_are_in(verb, self._grammar["tally_nouns"]):
            return (
                None  # "RESULTS ARE IN 🔥 Our film: 22M views": announced, the writer's (round38)
            )
        expecting = self._grammar["expecting_verbs"], self._grammar["disbelief_verbs"]
        if _under_a_surprise(verb, *expecting):
            return None  # "Who knew a phone case would get 2 million likes?": it did
        if _an_average_ones(verb, head, self._grammar["typical_words"]):
            return "topic"  # "the average brand account saw a 2.9% engagement rate" (any tense)
        if _a_populations_typical(verb, head, self._grammar["typical_words"]):
            return "topic"  # "pages under 5k followers saw median engagement rates of 3.1%"
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        # A bare "get" is the present only as the main verb ("Videos get/VB the
        # most views"); "we had a post go viral" is a past event.
        present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and verb.dep_ == "ROOT")
        if present and verb.dep_ == "relcl" and self._any_such_content(verb):
            return "topic"  # "stop deleting posts that get 3 likes": any such posts
        if present and _what_makes_any_piece(verb, self._grammar["content_nouns"]):
            return "topic"  # "3 things that make a reel go viral: a hook…" (round48)
        if verb.dep_ == "relcl" and _a_share_of_a_kind(verb.head):
            return "topic"  # "half the songs that hit 50 million views never charted"
        # (not a supposition's clause: "suppose 500 people click your ad" is read below)
        if present and not modal and verb.dep_ != "ccomp" and _the_readers_object(verb):
            return "advice"  # "on a day when 200 people see your post": the reader's lot
        if not (present or modal) or verb.dep_ == "relcl":
            return None  # "…, which equates to 350,000 new followers" tells of one
        if self._judged_as_a_period(verb):
            return None  # "a reach of 70 million is a pretty good spring": the writer's
        if _up_or_down_by_an_amount(verb):
            return None  # "impressions are up 40% this quarter": a change measured, a result
        subject = _nearest_subject(verb)
        if subject is not None and _as_phrase_made_a_clause(verb, subject):
            return None  # "the reel we posted as a joke is at 2.3M views": the reel's
        holding = verb.lemma_ in self._grammar["having_verbs"]
        content = self._grammar["content_nouns"]
        if subject is not None and holding and _some_of_a_kind(subject, content):
            return "topic"  # "some of the founders I admire have 300 followers"
        if subject is None or _says_us(subject) or _count_of_you(subject) is not None:
            return None  # "40k of you follow this shop": the writer's audience, counted
        able = any(c.dep_ == "aux" and c.lower_ in _ABLE for c in verb.children)
        if able and verb.lemma_ == "be" and _a_bare_count_of(subject):
            return "topic"  # "300 views from the right people can be a full-time living"
        if _the_leading_ones(subject, self._grammar["leading_words"]):
            return "topic"  # "the big maths channels get tens of millions of views": others'
        in_general = _generic(subject, self._grammar["typical_words"]) or (
            able and self._channel_in_general(subject)
        )
        if not in_general or self._wished_for(subject):
            return None  # "the paper can put you in front of 46,000 readers" sells reach
        if any(c.lower_ in _EVERY for c in subject.children):
            return None  # "every reel gets 50k views now": each of the writer's own
        if subject.tag_ == "NNS" and _is_people(subject, self._grammar["people"]) and not holding:
            # "people can't stop talking about our ad": the writer's audience
            # (not "some founders I admire have 200k followers": holders)
            return None
        if _crowd_at_ours(verb, subject, self._grammar["people"]):
            return None  # "thousands of people read our newsletter every week"
        if any(c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in verb.children):
            return "advice"
        return "topic"

    def _judged_as_a_period(self, verb: Token) -> bool:
        """Is the clause a result judged as a stretch of time ("a reach of 70
        million is a pretty good spring", "2,000 new followers is a solid
        week")? The writer's own spring or week, not a rule of thumb."""
        if verb.lemma_ != "be":
            return False
        periods = self._grammar["judged_periods"]
        return any(c.dep_ == "attr" and c.lemma_ in periods for c in verb.children)

    def _wished_for(self, thing: Token) -> bool:
        """Is ``thing`` what a dream or a goal is ("our dream is a video that goes
        viral", "the goal: a post that trends")?"""
        intent = self._grammar["intent_words"]
        holder = thing.head
        # Not a clause joined on: "the 'X' trend is trending again and I need
        # you to know…" wishes nothing of the trend.
        return holder.lemma_ in intent or any(
            c.lemma_ in intent for c in holder.children if c.i != thing.i and c.dep_ != "conj"
        )

    @staticmethod
    def _asked(head: Token, verb: Token) -> bool:
        """Is the claim what a question asks, not what the writer reports: "see
        which channels drive the most traffic", "How many visitors land on the
        page?", "where visitors drop off", "Did the page get more visits?". How-to
        and analytics posts are full of them. A relative clause tells ("the post,
        which got the most views…"), a big number answers ("I checked how many
        streams I had: nearly 43,000") and an exclamation brags ("look how many
        people came!")."""
        sentence = head.sent
        if sentence[-1].text == "!" or any(is_count(t) and is_big(t) for t in sentence):
            return False
        if _its_size_asked(head):
            return True  # "Someone asked me how many followers a brand needs" (round48)
        # "this is where the spike came from" tells as a relative clause does.
        if verb.dep_ == "relcl" or (verb.head.lemma_ == "be" and verb.head.i != verb.i):
            return False
        for token in verb.subtree:
            if not (
                (token.lower_ in ("which", "where") and token.tag_ in ("WDT", "WRB"))
                or (token.lower_ == "how" and token.head.lower_ in ("many", "much"))
            ):
                continue
            if token.i > 0 and sentence.doc[token.i - 1].text in (",", ";", "(", "\u2014"):
                continue  # relative all the same: "…, which was double the traffic"
            # The question word must be of this clause, not of one inside it
            # ("records fewer pageviews than logs, which count every request").
            node = token.head
            while node.i != verb.i and node.dep_ not in _CLAUSE_HEADS and node.head.i != node.i:
                node = node.head
            if node.i == verb.i:
                return True
        # A yes/no question opens with its auxiliary: "Did the page get more visits?",
        # also past a label (round41): "Genuine question for other writers: is a
        # 40% open rate good?"
        first = _after_a_label(sentence) or _opening(sentence)
        if _how_do_you(sentence):
            return True  # "How do you get engagement to go through the roof?"
        return (
            sentence[-1].text == "?"
            and first.lemma_ in ("do", "be", "have")
            and first.pos_ == "AUX"
            and first.head.i == verb.i
        )

    def _in_person(self, head: Token) -> bool:
        """Are these people there in person, a crowd and not an audience:
        "thousands of fans lined the streets", "5,000 fans packed the arena",
        "the museum welcomed 1.2 million visitors", "played to 20,000 fans"?"""
        if _at_a_ground(head, self._grammar["venues"], self._grammar["grounds"]) and _is_people(
            head, self._grammar["people"]
        ):
            return True  # "12,000 fans at the ground tonight", "40k fans in the stadium"
        if _is_people(head, self._grammar["people"]) and any(
            (c.dep_ == "relcl" or (c.dep_ == "acl" and _on_their_way(c)))
            and c.lemma_ in self._grammar["presence_verbs"]
            for c in head.children
        ):
            # "thanks to the 41,000 fans who packed the stadium", "400 United fans
            # walking past the shop" (round49)
            return True
        if _is_people(head, self._grammar["people"]) and any(
            c.dep_ == "relcl" and self._clause_at_a_ground(c) for c in head.children
        ):
            return True  # "the 31,000 fans who made Kestrel Park rock on Saturday"
        if _is_people(head, self._grammar["people"]) and self._a_crowd(head):
            return True  # "a record crowd of 38,000 fans", "2,000 travelling fans"
        if _is_people(head, self._grammar["people"]) and self._with_them_there(head):
            return True  # "Spent Saturday at the match with 40,000 Rovers fans" (round50)
        holder = head
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            holder = head.head.head  # "thousands of fans"
        if holder.dep_ == "pobj" and holder.head.lower_ in ("to", "for", "before"):
            holder = holder.head  # "the band played to 20,000 fans"
        elif holder.dep_ not in ("nsubj", "dobj"):
            return False  # "fans packed the arena", "the museum welcomed 1.2 million visitors"
        if not _is_people(head, self._grammar["people"]):
            return False
        verb = holder.head
        if verb.lemma_ in self._grammar["drawing_verbs"] and holder.dep_ == "dobj":
            # "the festival drew 80,000 visitors", "the Riverside Market expects…"
            subject = _subject_of(verb)
            return subject is not None and subject.lemma_.lower() in self._grammar["venues"]
        if verb.lemma_ not in self._grammar["presence_verbs"]:
            return False
        # "our site welcomed 40% more visitors" is an audience online.
        return not any(t.lower_ in self._grammar["web_places"] for t in verb.subtree)

    def _with_them_there(self, people: Token) -> bool:
        """Was the writer "with" these people at a place one goes to in person
        ("Spent Saturday at the match with 40,000 Rovers fans", "at the stadium
        with 60,000 others")? The place hangs on the verb beside "with", or on
        the noun "with" hangs on; either way they were a crowd there."""
        if people.dep_ != "pobj" or people.head.lower_ != "with":
            return False
        holder = people.head.head
        places = self._grammar["venues"] | self._grammar["grounds"]
        if holder.lemma_ in places and holder.dep_ == "pobj" and holder.head.lower_ in ("at", "in"):
            return True  # "at the match with 40,000 fans": "with" on the place
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("at", "in", "inside")
            and any(p.dep_ == "pobj" and p.lemma_ in places for p in c.children)
            for c in holder.children
        )

    def _a_crowd(self, people: Token) -> bool:
        """Are the people counted as a crowd ("a record crowd of 38,000 fans",
        "an attendance of 12,400 supporters") or as a match's ("2,000
        travelling fans", "30,000 home supporters"): there in person, not an
        audience online? Not "our home page fans" (a compound noun names it)."""
        crowds = self._grammar["crowd_words"]
        if any(c.dep_ == "amod" and c.lower_ in crowds for c in people.children):
            return True
        if any(
            c.dep_ == "compound" and c.lower_ in crowds and c.i == people.i - 1
            for c in people.children
        ):
            return True
        of = people.head
        return (
            people.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lemma_.lower() in crowds
            and of.head.pos_ == "NOUN"
        )

    def _clause_at_a_ground(self, clause: Token) -> bool:
        """Does a clause about people name a ground or a venue they were at, as
        a place, not a kind of content ("who made Kestrel Park rock", "who
        filled the arena", not "who shared our match video"), and no place
        online?"""
        places = self._grammar["grounds"] | self._grammar["venues"]
        words = list(clause.subtree)
        if any(t.lower_ in self._grammar["web_places"] for t in words):
            return False
        # "Kestrel Park" names a ground, "match video" a kind of video.
        return any(
            t.lemma_.lower() in places and (t.dep_ != "compound" or t.pos_ == "PROPN")
            for t in words
        )

    def _handled_as_data(self, head: Token) -> bool:
        """Is the counted term what software reads or stores, not an audience:
        "the bot reads up to 100 replies", "the API returns 50 likes per page",
        "we imported 4,000 subscribers", "the editor renders a lot of views"?"""
        if head.dep_ == "compound" and head.head.lemma_ in self._grammar["data_nouns"]:
            return True  # "moved 3 million follower rows": data, not an audience
        holder = head
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            holder = head.head.head  # "a lot of views", "hundreds of likes"
        verbs = self._grammar["data_verbs"]
        if holder.dep_ == "pobj" and holder.head.lower_ == "to":
            holder = holder.head  # "the bot replies to 500 comments", "scales to 100k users"
            return holder.head.lemma_ in verbs
        return holder.dep_ == "dobj" and holder.head.lemma_ in verbs

    def _at_code(self, head: Token) -> bool:
        """Are these eyes on code under review, not an audience: "more eyeballs
        on the code", "more people see and fix the source"? Open-source posts
        say it of every project; "more eyeballs on our landing page" is reach."""
        code = self._grammar["code_words"]
        if head.pos_ == "VERB":
            verbs = [head, *(c for c in head.children if c.dep_ == "conj")]
            if head.dep_ == "conj":
                verbs.append(head.head)
            return any(c.dep_ == "dobj" and c.lower_ in code for v in verbs for c in v.children)
        return any(
            child.dep_ == "prep"
            and child.lower_ in ("on", "at")
            and any(o.dep_ == "pobj" and o.lower_ in code for o in child.children)
            for child in head.children
        )

    def _joins_a_community(self, after: Iterable[Token]) -> bool:
        """Is what people joined a place a community gathers ("joined our
        Discord server", "joined the subreddit"), so they are an audience?"""
        places = self._grammar["community_places"]
        return any(token.lower_ in places for token in after)

    def _joins_something(self, kind: str, after: Iterable[Token]) -> bool:
        """Does a "join" join what its term counts: a program or a waitlist for
        an outcome ("2,300 joined the loyalty program"), a community online for
        attention ("380 of you joined our Discord")? "Join us on Thursday" joins
        neither, and needs no parse."""
        if kind == "metric":
            return self._joins_a_community(after)
        return any(token.lemma_ in self._grammar["joined_programs"] for token in after)

    def _channel_in_general(self, subject: Token) -> bool:
        """Is the subject a channel in general, no one's in particular: "social
        media can bring in traffic", "LinkedIn can drive visits"? Not "our
        newsletter", nor "the paper" a writer sells."""
        if any(c.dep_ in ("det", "poss") for c in subject.children):
            return False
        lower = subject.lower_
        return lower in self._grammar["channels_in_general"] or lower in self._word_list(
            "platforms"
        )

    def _topic(self, head: Token) -> bool:
        """Is the term what a talk, a post or a guide is about, not a result:
        "our CFO talked about revenue", "a webinar on lead generation", "our
        guide to cutting costs", "the panel discussed churn"? Not when the
        phrase holds its number: "a thread on our 30% revenue growth" reports."""
        phrase = head
        while phrase.dep_ in _IN_PHRASE and phrase.head.i != phrase.i:
            phrase = phrase.head
        if any(
            (is_count(token) and not _YEAR.match(token.text)) or token.text in ("%", "$")
            for token in phrase.subtree
        ):
            # "stats for the studio: reach 120k", however the count is written;
            # not a year ("a documentary about going viral in 2021", round46)
            return False
        if _told_after_a_colon(phrase):
            return False  # "finance walked us through revenue: up 18%" reports it
        if phrase.dep_ == "dobj":
            doing = phrase.head
            if doing.lemma_ in self._grammar["discussing_verbs"]:
                return True
            if doing.tag_ != "VBG" or doing.dep_ != "pcomp":
                return False
            phrase = doing  # "the trick to getting more views", "tips for growing your followers"
        if phrase.dep_ == "pcomp" and phrase.tag_ != "VBG":
            return False  # "a thread on how we cut costs" reports the cut
        if phrase.dep_ not in ("pobj", "pcomp") or phrase.head.lower_ not in _TOPIC_PREPOSITIONS:
            return False
        talk = phrase.head.head
        if phrase.head.lower_ == "about" and talk.lemma_ == "be":
            return True  # "this is not about going viral, it's about viruses": what it is about
        if talk.dep_ == "nsubj" and talk.head.lemma_ in self._grammar["finding_verbs"]:
            return False  # "The report on sales shows a 12% rise": what it found is told
        words = self._grammar["topic_words"]
        return talk.lemma_.lower() in words or talk.lower_ in words

    def _purpose(self, verb: Token) -> bool:
        """ "in order to grow our following", "the goal: to hit 10k", "a plan to
        reach…". A bare infinitive after a past action is a result, not a goal:
        "went on to receive 2.3 million views"."""
        if not _marked_to(verb):
            return False
        before = verb.doc[max(0, verb.i - 4) : verb.i]
        if any(t.lower_ in ("order", "as") for t in before) and any(
            t.lower_ == "to" for t in before
        ):
            return True
        intent = self._grammar["intent_words"]
        if verb.head.lemma_ == "have" and verb.head.i == verb.i - 2:
            # an obligation to get a metric: "we have to get more followers"; not
            # "we have to thank our 40k followers"
            gaining = self._grammar["growth_verbs"] | self._grammar["level_verbs"]
            return verb.lemma_ in gaining or verb.lemma_ in ("get", "gain", "grow", "boost")
        if verb.head.lemma_ == "be":  # "our goal is to trend nationally"
            # or a duty, whoever's: "her job is to grow our following"
            aims = intent | self._grammar["duty_nouns"]
            return any(c.dep_ == "nsubj" and c.lemma_ in aims for c in verb.head.children)
        return verb.head.lemma_ in intent
