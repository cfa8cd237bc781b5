"""What makes an outcome term an outcome claim: named outright ("revenue",
"donors"), or, for words with other senses, with an amount, a change or a verb
("300 new customers", "customers lined up"); and outcome verbs with their
money ("sold out", "raised $2M", "booked $40k in sales").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from align_lint.analysis.claims.counts import (
    _CURRENCY,
    _ORDINAL,
    _YEAR,
    REACH,
    _a_cost,
    _change_noun_measured,
    _count_end,
    _count_start,
    _from_one_amount_to_another,
    _joins_a_compound,
    _money_amount,
    _or_more,
    _past,
    is_big,
    is_count,
    is_money,
    is_multiple,
    number,
    shorter_instead_span,
    shorter_stretch_end,
)
from align_lint.analysis.claims.layout import (
    _LABEL_ENDS,
    _TIME_NOUNS,
    _a_value_lead,
    _label_first,
    _labelled_count,
    _right_after,
    _signed_amount_end,
)
from align_lint.analysis.claims.metrics import (
    _NOUN_JOINERS,
    _PERIODS,
    _REACHED_OVER,
    MetricReader,
    _about_content,
    _attention_is_bought,
    _places_filled,
    _share_brought,
    _up_by,
)
from align_lint.analysis.claims.milestones import thanks_for_count_at
from align_lint.analysis.claims.model import Evidence
from align_lint.analysis.claims.moods import _FINITE_TAGS, _passive, _surveyed
from align_lint.analysis.claims.names import opens_a_features_name
from align_lint.analysis.claims.ownership import (
    _is_people,
    _marked_to,
    _own_clause,
    _stocked_by,
    _what_a_relative_stands_for,
)
from align_lint.rules.lexicons import Term

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# The words that join a list of verbs ("subscribed, commented or shared").
_JOINS = frozenset({"and", "or", "&"})
# Words that round an amount a thing is worth: "worth roughly £190k".
_ROUGHLY = frozenset(
    {"roughly", "about", "around", "nearly", "almost", "approximately", "approx", "some", "over",
     "an", "estimated", "well"}
)  # fmt: skip

_BY_ITSELF = frozenset({"themselves", "itself"})
# What pays the writer when their content does: "(…streams) which paid me $4,100".
_PAYING_PRONOUNS = frozenset({"which", "what", "that", "it", "this"})
# Who wrote or reads the post: "we upgraded", "upgrade now" are no one won over.
_WRITER_OR_READER = frozenset({"i", "you", "we"})
# What a free user converts to when a business gains a customer.
_PAID_TIERS = frozenset({"paid", "paying", "premium", "pro"})
_CLAUSE_REACH = 4  # tokens between an outcome term and its verb read by word order
_STAT_REACH = 6  # tokens between an outcome term and its "up 20%" on a stat line


def _reached_by_a_piece(noun: Token, content: frozenset[str]) -> bool:
    """Is the noun what a piece of content "reached" ("our TikTok series
    reached 4.8M students", "the campaign reached 2M customers")? Its reach,
    not people won; "we reached 1,000 paying customers" is a milestone."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ != "reach":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in content


def _a_handful_who_made_it(doc: Doc, amount: int) -> bool:
    """Is the count a handful of people "by" whom a thing was made, "by"
    right after the thing ("a lockdown project by two PhD students"; word
    order, as this is read before any parse)? Its makers; "used by 40,000
    students" counts adopters, and "chosen by three national accounts"
    clients (after a verb)."""
    if amount < 2 or doc[amount - 1].lower_ != "by" or doc[amount - 2].pos_ != "NOUN":
        return False
    value = number(doc[amount])
    return value is not None and value < 10


def _what_the_writer_is_made_of(doc: Doc, amount: int, groups: frozenset[str]) -> bool:
    """Is the count what a group "is" made of ("we are a cast of 22
    volunteers", "we're a team of 12 nurses", "we're 12 volunteers and a
    van"): a self-description with "be", by word order; not people recruited
    ("we recruited a team of 40")?"""
    if amount >= 2 and doc[amount - 1].lemma_ == "be" and doc[amount - 2].lower_ == "we":
        return True  # "we're 12 volunteers and a van" (round37): who the writer is
    of = amount - 1
    if of < 3 or doc[of].lower_ != "of" or doc[of - 1].lemma_ not in groups:
        return False
    return doc[of - 2].lower_ in ("a", "an") and doc[of - 3].lemma_ == "be"


def _sooner_by_a_time(verb: Token, speeding: frozenset[str], sooner: frozenset[str]) -> int | None:
    """Where "11 days faster" ends after the verb of an outcome's subject
    ("those deals close 11 days faster", "our sales cycle got 9 days
    shorter"): a stretch of time counted that the outcome gained; or None.
    Only after the verbs of a deal or a cycle (``speeding``): not people who
    "arrived 10 minutes faster"."""
    if verb.lemma_ not in speeding:
        return None
    for word in verb.children:
        if word.lower_ not in sooner:
            continue
        for time in word.children:
            counted = any(c.dep_ == "nummod" for c in time.children)
            if time.dep_ == "npadvmod" and time.lemma_ in _TIME_UNITS and counted:
                return word.i + 1
    return None


def _a_paid_tier(token: Token) -> bool:
    """ "paid" standing for the paid tier ("readers convert to paid"); "paid
    plans" is a noun of the outcome lexicon, claimed as such."""
    if token.lower_ not in _PAID_TIERS:
        return False
    following = token.doc[token.i + 1 : token.i + 2]
    return not (len(following) and following[0].pos_ in ("NOUN", "PROPN"))


def _held_as_room(doc: Doc, amount: int, noun: Token, seats: frozenset[str]) -> bool:
    """Are the seats, roles or places counted what the subject "has" right
    before the count, or what "there are" ("We have 28 seats", "the café has
    40 tables", "there are 40 seats in this bar"): room to fill, not places
    filled ("we have filled 1,100 seats")? Word order, as outcome nouns are
    read before any parse."""
    if noun.lower_ not in seats or amount < 2:
        return False
    verb, subject = doc[amount - 1], doc[amount - 2]
    if verb.lower_ in ("are", "'re") and subject.lower_ == "there":
        return True  # "there are 40 seats in this bar" (round39)
    return verb.lower_ in ("have", "has", "'ve") and subject.pos_ in ("PRON", "PROPN", "NOUN")


def _by_the_writer(verb: Token) -> bool:
    """Is the verb's subject the writer or the reader ("we commissioned…")?"""
    return any(s.lower_ in _WRITER_OR_READER for s in _subjects(verb))


def _converted_to_a_plan(verb: Token, plans: frozenset[str]) -> bool:
    """Did people convert "to" or "into" a plan, a subscription or a tier
    ("71% converted to annual plans", round39), customers won whatever the
    plan is called; not "converted the deck into a PDF"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "into")
        and any(g.dep_ == "pobj" and g.lemma_ in plans for g in c.children)
        for c in verb.children
    )


# Words before "to" that make the verb after them a call to act: "Link to
# donate in bio", "tap to order", "click here to book".
_CALLS_TO_ACT = frozenset({"link", "links", "click", "tap", "here", "button", "swipe"})


def _a_call_to_act(doc: Doc, index: int) -> bool:
    """Is the verb at ``index`` a call to act, "to" after a link or a tap
    ("Link to donate in bio", "Tap to order")?"""
    return (
        index >= 2
        and doc[index].tag_ == "VB"
        and doc[index - 1].lower_ == "to"
        and doc[index - 2].lower_ in _CALLS_TO_ACT
    )


def _counted_payers(verb: Token) -> bool:
    """A count of people paying for something or paying money: "4,500 of them
    pay for the pro tier", "1,200 readers now pay for the newsletter", "6,000
    of them now pay $5 a month" (customers, counted); not "we pay for our ads"
    nor "pay for your ticket at the door"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if _paying_share_of_an_audience(verb, subjects) or _paid_after_free(verb):
        return True  # "48k subscribers, 2,310 of them paid", "27,500 free, 1,120 paid"
    paying_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    if not paying_for and not any(is_money(c) for c in verb.children if c.dep_ == "dobj"):
        return False
    # any subject: a label before a colon may be made one too (round43): "The
    # number I care about: 190 local firms now pay for classified slots"
    return any(is_count(s) or any(is_count(c) for c in s.children) for s in subjects)


# The words that make a count of staff the business's growth: "we now employ 11".
_BY_NOW = frozenset({"now", "today", "already", "finally"})


def _paid_after_free(verb: Token) -> bool:
    """Is "paid" the paying part of a free audience, in word order: "11,200
    free subscribers, 1,340 paid", "27,500 free, 1,120 paid"? The twin of
    ``_paying_share_of_an_audience`` where the parse hangs "paid" elsewhere
    (round42)."""
    doc, at = verb.doc, verb.i
    if verb.tag_ not in ("VBD", "VBN") or at < 3 or not is_count(doc[at - 1]):
        return False
    if not number(doc[at - 1]):
        return False  # "14,800 free subscribers, 0 paid": none
    if doc[at - 2].text != ",":
        return False
    return any(t.lower_ == "free" for t in doc[max(0, at - 6) : at - 2])


def _paying_share_of_an_audience(verb: Token, subjects: list[Token]) -> bool:
    """Is "paid" (or "pay") said of a count set after an audience counted
    before it, as the part of it that pays: "48k subscribers, 2,310 of them
    paid", "27,500 free subscribers, 1,120 paid"? A clause on the audience
    noun, its subject a bare count (or a count "of them")."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBN", "VBP", "VBZ"):
        return False
    if any(c.dep_ in ("dobj", "prep") and c.lower_ != "of" for c in verb.children):
        return False  # "…, 300 paid for the upgrade" is read above; "paid us a visit" no share
    audience = verb.head
    counted = any(is_count(c) for c in audience.children) or (
        audience.i > 0 and is_count(audience.doc[audience.i - 1])
    )  # "31k subscribers", the count sometimes parsed as a noun of its own
    if audience.tag_ != "NNS" or not counted:
        return False
    return bool(subjects) and is_count(subjects[0])


def _counted_with_us(verb: Token, subjects: list[Token]) -> bool:
    """Did counted people do it with the writer's business: "2.3 million of
    you flew with us", "40,000 guests stayed with us this summer"? Not
    "thanks for flying with us" (no count) nor "we stayed with friends"."""
    with_us = any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.lower_ == "us" for o in c.children)
        for c in verb.children
    )
    # Every subject: an emoji before the count may be parsed as one ("✈️ 1.8 million of you").
    return with_us and any(is_count(t) for subject in subjects for t in subject.subtree)


def _sold_on(verb: Token, money: bool, subjects: list[Token]) -> bool:
    """ "(I'm) sold on Reels now", "we're sold on the idea": won over to
    something, not a sale: a past participle with "on", said of the writer or
    of no one, and no amount or money after it (not "our prints sold on Etsy
    within an hour", "sold 400 kits on launch day")."""
    if verb.tag_ not in ("VBN", "VBD") or money or verb.dep_ == "acl":
        return False  # "our prints sold on Etsy": the prints were sold
    if subjects and subjects[0].lower_ not in ("i", "we", "you", "they", "everyone"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return False
    return not any(is_count(t) for t in verb.subtree if t.i > verb.i)


def _up_or_down_after(doc: Doc, end: int) -> int | None:
    """The end of "up 64%" or "down 3x" a stat line writes after an outcome
    term, with no verb ("Customers up 20% this quarter", "Users: up 40%"), or
    after a phrase that tells where it came from ("pipeline sourced from
    LinkedIn up 64%"); not a verb's particle ("customers pick up 20% of
    orders") nor past the clause."""
    for index in range(end, min(len(doc) - 1, end + _STAT_REACH)):
        token = doc[index]
        if token.is_punct and token.text != ":":
            return None
        if token.lower_ not in ("up", "down"):
            continue
        # The term itself may be tagged a verb ("enrolments up 17%"): only a
        # verb between it and "up" makes a particle of it.
        # A particle of a verb after the term ("customers pick up 20% of
        # orders"); not of one before it the parse hung it on ("Same plays,
        # hosting bill down from $3,900 to $610", round42).
        particle = token.dep_ == "prt" and token.head.i >= end
        if particle or (index > end and doc[index - 1].pos_ in ("VERB", "AUX")):
            return None
        following = doc[index + 1]
        if is_multiple(following):
            return index + 2
        ranged = _from_one_amount_to_another(doc, index + 1, shares=True)
        if ranged is not None:  # "hosting bill down from $3,900 to $610/month" (round42)
            return ranged
        if following.text in _CURRENCY and index + 2 < len(doc) and is_money(doc[index + 2]):
            return index + 3  # "Costs down £7,800 this year": an amount of money
        if is_count(following):  # "up 64%", "up 400"
            last = index + 2
            percent = last < len(doc) and doc[last].lower_ in ("%", "percent")
            return last + 1 if percent else last
        return None
    return None


def _an_attention_value(words: list[Token], kinds: frozenset[str]) -> bool:
    """Is among the words a value that prices attention, not money made ("an
    earned media value of £410,000", "earned media worth an estimated £1.6M",
    "PR value", "EMV")?"""
    return any(
        t.lower_ == "emv"
        or (
            t.lemma_ in ("value", "equivalent", "worth", "medium", "media")
            and any(c.dep_ in ("compound", "amod") and c.lower_ in kinds for c in t.children)
        )
        for t in words
    )


def _a_reduced_passive(token: Token, end: int) -> bool:
    """Is the participle a reduced passive of the term: followed by "by" and
    its amount ("costs cut by €38,000"), or right after the term, ending its
    clause ("$2.7M in repair costs avoided.")?"""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ == "by":
        return True
    return token.i == end and (following is None or following.is_punct)


def _an_appearance_booked(verb: Token, appearances: frozenset[str]) -> bool:
    """Is what was booked the writer's own appearance, uncounted ("first
    conference talk booked", "a podcast guest spot booked for May"), not
    customers' bookings ("40 demos booked", "every table booked", "three
    councils have booked the workshop")?"""
    if verb.dep_ == "acl":
        booked = verb.head
    else:
        subjects = _subjects(verb)
        if subjects and any(is_count(c) for c in subjects[0].children):
            return False  # "three councils have booked the workshop": buyers counted (round40)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not (subjects or objects):
            return False
        booked = (objects or subjects)[0]
    words = list(booked.subtree) if verb.dep_ != "acl" else [*booked.lefts, booked]
    if any(is_count(t) for t in words):
        return False
    return any(t.lemma_ in appearances for t in words)


def _pays_the_writer(verb: Token, content: frozenset[str], payers: frozenset[str]) -> bool:
    """Does what the writer published pay them: "(the song did 1.2M streams)
    which paid me $4,100", "the video … is what paid for the deposit on our
    first shop", "the channel pays my rent"? Income, told of the content or of
    "which"/"it", money paid to the writer by anyone ("one brand deal paid
    me $2,500"), or money a payer pays ("AdSense paid $1,102", "the one
    sponsor I did this month paid $1,800": ``payers``, payout platforms
    too); not people paying for things ("my parents paid for my course", "we
    paid them $500": a cost)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    money = any(is_money(t) for t in verb.subtree if t.i > verb.i)
    to_us = any(c.dep_ in ("dative", "dobj") and c.lower_ in ("me", "us") for c in verb.children)
    if to_us and money:
        # "which paid me $4,100", "the sponsor paid us $9k"; not "we paid us"
        return subject.lower_ not in ("i", "we")
    if money and (subject.lemma_.lower() in payers or subject.lower_ in payers):
        return not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    if subject.lower_ not in _PAYING_PRONOUNS and subject.lemma_ not in content:
        return False
    # "paid for the deposit on our first shop", "pays my rent": something of ours
    bought = any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children
    )
    return bought and any(t.lower_ in ("my", "our") for t in verb.subtree if t.i > verb.i)


def _a_stretch_of_doing(doc: Doc, index: int) -> bool:
    """Is the verb an "-ing" after a stretch of time and "of" ("12 months of
    selling vintage denim", "two years of booking gigs")? How long the work
    has gone on, not what it sold; read by the words, parsed or not."""
    if doc[index].tag_ != "VBG" or index < 2 or doc[index - 1].lower_ != "of":
        return False
    stretch = doc[index - 2]
    return stretch.tag_ == "NNS" and stretch.lemma_.lower() in _TIME_NOUNS


def _sells_itself(verb: Token) -> bool:
    """ "the view sells itself", "it really does sell itself": in the present,
    a thing easy to like, no sale told ("the candles sold themselves: 400
    gone in a day" is one)."""
    if verb.lemma_ != "sell" or verb.tag_ not in ("VB", "VBZ", "VBP"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _BY_ITSELF for c in verb.children)


def _pays_for_itself(verb: Token) -> bool:
    """Does a relative clause's "pay" say the counted people pay the writer:
    "1,000 subscribers who pay", "readers who pay $8 a month", "members that
    pay for the bonus feed"? Its object, if any, is money, not attention paid
    ("fans who pay attention") nor a visit ("who pay us a visit"); not what
    the writer pays for ("6M impressions we didn't pay for")."""
    if verb.lemma_ != "pay" or verb.dep_ != "relcl":
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    # The counted people pay, through "who"/"that": not "impressions we didn't pay for".
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].tag_ not in ("WP", "WDT"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return all(is_money(o) or any(t.text in _CURRENCY for t in o.subtree) for o in objects)


def _counted_on_it(plan: Token) -> int | None:
    """Where the count begins of those said to be "on" or moved "to" the
    outcome ("41 companies were on paid plans", "300 teams moved to the paid
    plan"): the subject of "be" or a verb of moving, counted, or the noun
    "on" it hangs on ("37 teams on the paid tier"); or None."""
    on = plan.head
    verb = on.head
    if on.lower_ == "on" and verb.pos_ == "NOUN" and on.dep_ == "prep":
        # with no verb: "… and 37 teams on the paid tier by the end of the month" (round44)
        count = next((c for c in verb.children if c.dep_ == "nummod" and is_count(c)), None)
        return None if count is None else _count_start(plan.doc, count.i)
    if on.lower_ not in ("on", "to") or verb.lemma_ not in ("be", "move", "switch", "upgrade"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if is_count(subject):  # "2,900 of those people are now on the paid plan" (round38)
        return _count_start(plan.doc, subject.i)
    count = next((c for c in subject.children if c.dep_ == "nummod" and is_count(c)), None)
    return None if count is None else _count_start(plan.doc, count.i)


def _on_a_paid_tier(noun: Token, tiers: frozenset[str]) -> Token | None:
    """The tier (``tiers``: plan, tier…) a counted noun's people are on when
    it is a paid one: "900 subscribers on the paid plan", "members on our
    premium tier" (customers, not an audience); not "a click-through rate on
    paid social" (a channel)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
            continue
        for tier in prep.children:
            paid = any(c.lower_ in _PAID_TIERS for c in tier.children)
            if tier.dep_ == "pobj" and tier.lemma_ in tiers and paid:
                return tier
    return None


def _giving_money(noun: Token, donating: frozenset[str]) -> bool:
    """Do the people the noun counts give money: "1,400 supporters gave a
    total of $38,000", "900 fans pledged $20k"? Donors, by the conventions."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ not in donating:
        return False
    return any(is_money(t) for t in verb.subtree if t.i > verb.i)


def paying_people(noun: Token, tiers: frozenset[str], donating: frozenset[str]) -> bool:
    """Are the people a metric noun counts said to pay: "1,000 subscribers who
    pay", "900 subscribers on the paid plan", "1,400 supporters gave $38,000"?
    Paying subscribers are customers and donors an outcome (the conventions),
    so the noun is no audience."""
    return (
        any(_pays_for_itself(c) for c in noun.children)
        or _paying_money_after(noun)
        or _on_a_paid_tier(noun, tiers) is not None
        or _giving_money(noun, donating)
    )


def _paying_money_after(noun: Token) -> bool:
    """Does "paying" and an amount of money follow the counted people ("1,140
    members paying $4.99/mo", "2,000 readers paying £5 a month", round32)?
    Word order decides: the parse may make "paying" a clause of its own."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "paying":
        return False
    return any(t.text in _CURRENCY or _money_amount(t) for t in doc[noun.i + 2 : noun.i + 5])


def _an_nth_hire(word: Token, verb: Token) -> bool:
    """Is the word an ordinal of what "hire" took ("we've hired our 20th team
    member": one more hire counted)? Not a place hired ("our 2nd-floor studio")."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return (
        _ORDINAL.match(word.text) is not None
        and (following is None or following.text != "-")
        and word.head.dep_ == "dobj"
        and word.head.head.i == verb.i
    )


def _more_per_order(after: list[Token], units: frozenset[str]) -> bool:
    """Do buyers spend more per order ("spend 40% more per order", "spent 18%
    more per basket")? Order value, an outcome; not "40% more time per visit"."""
    words = [t.lower_ for t in after]
    if "more" not in words or "per" not in words:
        return False
    unit = words.index("per") + 1
    return unit < len(words) and words[unit] in units and "time" not in words


def _count_of(noun: Token) -> int | None:
    """Where the count of a counted noun begins: "1,000 subscribers", "2 K members"."""
    counts = [c for c in noun.children if c.i < noun.i and is_count(c)]
    return _count_start(noun.doc, counts[0].i) if counts else None


def _spent_on(verb: Token, ads: frozenset[str]) -> bool:
    """Is the money spent "on" advertising of some kind ("on a Super Bowl spot",
    "on influencers")?"""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_ in ads for g in c.children)
        for c in verb.children
    )


def _gave_as_donors(verb: Token) -> bool:
    """Did counted people give, with nothing given named ("212 people clicked
    through and gave for the first time")? Giving alone is donating; not "gave
    up", "gave away 50 tickets", "gave us feedback". The subject may be the
    first verb's, "gave" joined to it."""
    if any(c.dep_ in ("dobj", "dative", "prt") for c in verb.children):
        return False
    holder = verb.head if verb.dep_ == "conj" and not _subjects(verb) else verb
    return any(_counted_doers(s) for s in _subjects(holder))


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _money_as_its_value(doc: Doc, start: int, end: int) -> int | None:
    """Where the money ends that a stat line's label is given after a colon,
    a dash or an arrow, a short aside in brackets between: "AdSense →
    $14,870", "Sponsor (1 integration) → $8,000" (round40). Only for a label
    that opens its line ("our sponsor: $2k" in a sentence is no stat line)."""
    if not _label_first(doc, start):
        return None
    at = end
    if at < len(doc) and doc[at].text == "(":
        close = next((t.i for t in doc[at : at + 8] if t.text == ")"), None)
        if close is None:
            return None
        at = close + 1
    if at + 1 >= len(doc) or not (doc[at].text == ":" or _a_value_lead(doc, at)):
        return None
    return _signed_amount_end(doc, at + 1)


def _counted_payers_of(head: Token) -> int | None:
    """Where the count begins of those who pay the writer the term ("3 brands
    pay me a retainer", "two clients now pay us a monthly fee"; round48):
    each pays one, so the payers counted count the term. None if no payer
    is counted, or the term is not what "pay" gives."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_ != "pay":
        return None
    if not any(c.dep_ == "dative" and c.lower_ in ("me", "us") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    count = _count_of(subject)
    if count is None and is_count(subject):
        count = subject.i
    return count


def _counted_doers(subject: Token) -> bool:
    """Are those who did it counted: "12,000 teams", "40,000 of you", "40k"?"""
    return is_count(subject) or _count_of(subject) is not None


def _unit_of_a_metric_label(doc: Doc, count: int, attention: frozenset[str]) -> bool:
    """Is the counted noun the unit of an attention metric's stat line, its
    label right before the count ("reach: 48,900 accounts", "our reach this
    week: 48,900 accounts", "views — 3,100 users")? Those accounts and users
    are the audience reached, not clients. The label is the line's words
    before the colon or dash, a few at most ("Reach: 4.2 crore accounts" from
    the count's first word)."""
    count = _count_start(doc, count)
    if count == 0 or doc[count - 1].text not in _LABEL_ENDS:
        return False
    for token in reversed(doc[max(0, count - 6) : count - 1]):
        if token.is_space or token.is_punct:
            return False  # the line or the item before ends here
        if token.lower_ in attention:
            return True
    return False


def _givers_counted_or_ours(subject: Token) -> bool:
    """Are those who gave money counted or the writer's ("1,400 supporters",
    "212 people", "our donors"): donations the writer received, an outcome by
    the conventions; not a company's gift ("Acme gave $1M") nor the writer's."""
    if _counted_doers(subject) or any(is_count(c) for c in subject.children):
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children)


# Units a score moves in, said before it: "+6 pts consideration", "+3pp NPS".
_POINTS = frozenset({"pts", "pt", "points", "pp", "ppt", "ppts"})
# The participle that ends a term of messages counted: "74 emails asking".
_ASKING = frozenset({"asking", "enquiring", "inquiring"})
# Words after "took $N" that make the money moved, not taken in: "took $200
# out of savings", "took $300 off the price", "took $500 from the budget".
_MONEY_MOVED = frozenset({"from", "off", "out", "away", "of"})
# Subjects of "it took $5,000" (a cost), not of a seller's takings.
_DUMMY_SUBJECTS = frozenset({"it", "this", "that"})


def _to_do(clause: Token) -> bool:
    """Is a clause under a verb what its money is needed for: "(took $5,000) to build"?"""
    return clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and _marked_to(clause))


def _how_to(verb: Token) -> bool:
    """Is the verb the infinitive of "how to" ("how to buy a home", "here's
    how to order")? A way told, nothing done."""
    return _right_after(verb, ("how", "to"))


def _stocked_in_stores(verb: Token) -> bool:
    """Is the writer's range "stocked in" stores counted ("we're now stocked in
    12 of their stores", "stocked in 40 shops"; round49)? Sellers won, told in
    the passive: the count is the stores', after "in"."""
    if verb.tag_ != "VBN":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "by", "at")
        and any(is_count(t) for t in prep.subtree)
        for prep in verb.children
    )


def _takings(verb: Token, subjects: list[Token], content: frozenset[str]) -> bool:
    """Is "took"/"did" money a seller took in: "the shop took $2,300 on
    Saturday", "our stall did £4.5k that weekend" (sales, an outcome)? Its
    object is an amount of money and its subject a seller, not a cost ("it
    took $5,000 to build"), money moved ("took $200 out of savings") nor
    spend on content ("the ad took $500 of the budget")."""
    if verb.dep_ in ("aux", "auxpass"):
        return False  # "we did not make $5k"
    # (or an amount the parse hangs on the verb as a modifier: "closed $3.1M.")
    objects = [
        c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.i > verb.i)
    ]
    if not subjects or not objects or not any(_money_amount(t) for t in objects[0].subtree):
        return False
    subject = subjects[0]
    if subject.lower_ in _DUMMY_SUBJECTS or subject.lemma_ in content:
        return False
    if any(_to_do(c) and c.i > objects[0].i for c in verb.children):
        return False  # "took $5,000 to build the booth"
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    moved = [
        t
        for t in verb.subtree
        if t.i > verb.i
        and t.i not in joined
        and t.lower_ in _MONEY_MOVED
        # "closed £640k off the back of it": a cause, no money moved (round49)
        and "off the back of" not in t.doc[max(0, t.i - 3) : t.i + 4].text.lower()
    ]
    return not moved  # not a clause joined after it ("…and all of it is going into…")


def _stated_level(head: Token) -> int | None:
    """The end of the level an outcome is said to be at, the term the subject
    of "is" and a count or percentage the other side: "conversion from those
    viewers was 3.2 %", "our refund rate is 1%"."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for side in verb.children:
        if side.dep_ == "attr" and side.i > head.i and any(is_count(t) for t in side.subtree):
            return max(t.i for t in side.subtree) + 1
    return None


def _money_paid_by(head: Token, payers: frozenset[str]) -> int | None:
    """The end of the money those who pay the writer pay, the term their
    subject: "sponsors now cover my rent: $2,400 a month", "brand deals pay
    me $5,000 a month" (not "customers pay $10 a month", a price)."""
    verb = head.head
    if head.dep_ != "nsubj" or head.lemma_ not in payers:
        return None
    money = [t for t in _own_clause(verb) if t.i > verb.i and _money_amount(t)]
    return money[0].i + 1 if money else None


def _money_start(
    doc: Doc, verb: int, after: list[Token], money_words: frozenset[str], values: frozenset[str]
) -> int:
    """Where money a verb made begins: at the verb ("raised $2M"), or at the
    amount when it is the second thing of a list ("brought 14,000 clicks and
    $86,000 in revenue": the clicks are not money)."""
    first = next(t for t in after if t.text in _CURRENCY or t.lower_ in money_words)
    joined = any(t.lower_ in ("and", "&", ",") for t in doc[verb + 1 : first.i])
    if not joined:
        return verb
    start = first.i if first.text in _CURRENCY else _count_start(doc, first.i)
    return _valued_thing_start(doc, start, values)


def _at_a_rate(verb: Token) -> bool:
    """Is the verb said to happen at a percentage right after it ("converts at
    9%", "converted at 3.4 %")?"""
    doc = verb.doc
    at = verb.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "at" or not is_count(doc[at + 1]):
        return False
    return doc[at + 1].text.endswith("%") or doc[at + 2 : at + 3].text in ("%", "percent")


def _value_after(doc: Doc, end: int, values: frozenset[str]) -> int | None:
    """Where an amount of money that an outcome term is said to be worth ends,
    right after the term: "pipeline value of $1.2M", "pipeline worth £400k",
    or a line of figures without colons ("Spend $1.2M → Pipeline $14.8M"): a
    currency sign opens it; None if no such amount follows."""
    at = end
    if at < len(doc) and doc[at].lower_ in values:
        at += 1
        if at < len(doc) and doc[at].lower_ == "of":
            at += 1
        at = _past(doc, at, _ROUGHLY)  # "projects worth roughly £190k", "worth an estimated £2M"
    elif at < len(doc) and doc[at].lower_ == "of":
        at = _past(doc, at + 1, _ROUGHLY)  # "a saving of roughly £130k a year" (round43)
    if at + 1 >= len(doc) or doc[at].text not in _CURRENCY:
        return None
    if not is_count(doc[at + 1]) and not _money_amount(doc[at + 1]):
        return None
    return _count_end(doc, at + 1)


def _valued_thing_start(doc: Doc, start: int, values: frozenset[str]) -> int:
    """Where the thing an amount is the value of begins: "…and an earned-media
    value of £2.2M" starts at "an", so that the rule on prices put on
    attention (media-value) overlaps it; any other amount starts at itself."""
    of = start - 1
    if of < 1 or doc[of].lower_ != "of" or doc[of - 1].lower_ not in values:
        return start
    return doc[of - 1].left_edge.i


def _money_named_before(verb: Token) -> int | None:
    """Where money a participle tells of begins: "the £60 earned from YouTube",
    "the $40k raised at the gala" (the amount first, its verb after it), also
    tagged as a past ("Final total: £5,200 raised for the food bank", "£1.8M
    raised this year")."""
    amount = verb.head
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    if verb.dep_ != "acl":
        # "£1.8M raised this year", which the parse makes money raising
        # something with nothing raised: the amount is what was raised.
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ == "dobj" for c in verb.children):
            return None
        amount = verb.doc[_count_start(verb.doc, subject.i)]  # "1.8" of "£1.8M"
    if not is_money(amount):
        return None
    return _with_its_currency(verb.doc, amount.i)


def _times_counted(tokens: Sequence[Token]) -> bool:
    """ "3,000 times", "over 900 times": how often something was done."""
    return any(
        token.lower_ == "times" and token.i > 0 and is_count(token.doc[token.i - 1])
        for token in tokens
    )


def _with_its_currency(doc: Doc, start: int) -> int:
    """Where an amount starting at ``start`` begins with the currency sign the
    tokenizer split off before it ("£" of "£240k")."""
    return start - 1 if start > 0 and doc[start - 1].text in _CURRENCY else start


def _amount_start(doc: Doc, index: int) -> int:
    """Where the amount whose number or scale word is at ``index`` begins,
    back over the number a scale letter was split from and its currency sign
    ("£" "6.4" "m", "1.2" "M")."""
    return _with_its_currency(doc, _count_start(doc, index))


def _money_before_its_participle(verb: Token) -> int | None:
    """Where the amount a participle "saved" describes begins ("£240k saved in
    call handling", "$1.2M saved this year"): the money is the saving, said
    after it as a report is; None when "saved" follows no amount."""
    amount = verb.head
    if verb.lemma_ != "save" or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    if amount.i != verb.i - 1 or not _money_amount(amount):
        return None
    return _amount_start(verb.doc, amount.i)


def _money_saved(verb: Token, money: bool) -> bool:
    """Money said to be saved, in a report's tense: "saving an estimated £90k
    a year", "we saved $12,000 in postage", "they save us £640k a year"; not
    an offer to the reader ("save $10 on your first order", "you'll save
    $200")."""
    if not money or verb.lemma_ != "save":
        return False
    subjects = _subjects(verb)
    if subjects and subjects[0].lower_ == "you":
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        # "together they save us about £640,000 a year" (round32): the present
        # with the writer as the one saved for, not an offer ("save $10")
        saved_for = any(
            c.dep_ in ("dobj", "dative") and c.lower_ in ("us", "me") for c in verb.children
        )
        return bool(subjects) and (saved_for or _saved_each_period(verb, subjects))
    return verb.tag_ in ("VBG", "VBD", "VBN")


def _saved_each_period(verb: Token, subjects: list[Token]) -> bool:
    """Is the present "save" a rate the writer reports, by the writer or by
    one said to save "now": "we now save £410k a year", "the client now saves
    £30k a month" (round40)? Not a pitch to anyone ("households save £300 a
    year": no "we", no "now")."""
    now = any(c.lower_ == "now" for c in verb.children)
    if not (now or subjects[0].lower_ in ("we", "i")):
        return False
    return any(t.lower_ in _PERIODS for t in verb.subtree if t.i > verb.i)


def _become_read_as_a_gerunds_object(head: Token, verb: Token) -> bool:
    """Is ``head`` the object of a gerund right after "became" ("became
    consulting clients"), a modifier of the noun the tagger read as a verb?"""
    return (
        head.dep_ == "dobj"
        and verb.tag_ == "VBG"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ == "become"
        and verb.i == head.i - 1
    )


def _gone_from_to(verb: Token) -> int | None:
    """Where "from one amount to another" after the verb ends ("went from 52%
    to 61%", "grew from £2k to £9k"), or None."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return _from_one_amount_to_another(verb.doc, child.i, shares=True, averaged=True)
    return None


def _level_passed(verb: Token) -> int | None:
    """Where the count or sum that a verb of level passed ends, right after it
    ("enrolments have passed 180 — double our target", "donations crossed
    £40k"): None without one ("customers crossed the road"). Word order, as
    the parse may hang the count on a noun after it."""
    doc = verb.doc
    at = verb.i + 1
    if at < len(doc) and doc[at].text in _CURRENCY:
        at += 1
    if at >= len(doc) or not (is_count(doc[at]) or is_money(doc[at])):
        return None
    end = _count_end(doc, at)
    if end < len(doc) and doc[end].lower_ in ("%", "percent", "per"):
        return None  # "hit 250% of its goal": a share, read as the term's own change
    return end


def _signed_on(verb: Token, subjects: list[Token]) -> bool:
    """Did a bare count sign with no object ("22 became opportunities, 5 have
    signed"): customers counted down a funnel, not "2,000 signed the petition"?"""
    if not subjects or not is_count(subjects[0]):
        return False
    return not any(c.dep_ in ("dobj", "prep") for c in verb.children)


def _won_as_a_prize(noun: Token, people: frozenset[str]) -> bool:
    """Is the noun what one of the audience wins ("one lucky follower wins
    two tickets", "Win a £50 voucher!"), a prize given away, not business
    won by the writer or a company ("we won 3 new contracts", "the dairy won
    back the contract")?"""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ != "win":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return verb.tag_ == "VB"  # "Win two tickets!": the reader is bidden to
    winner = subjects[0]
    lucky = any(c.lower_ == "lucky" for c in winner.children)
    return lucky or _is_people(winner, people) or winner.lower_ in ("winner", "winners")


def _a_yardstick(noun: Token) -> bool:
    """Is the noun in the "than" clause of a comparison ("watched more times
    than we have customers"), what another count is measured against?"""
    return any(c.dep_ == "mark" and c.lower_ == "than" for c in noun.head.children)


def _goods_moved(verb: Token) -> list[Token]:
    """What a verb of delivering moved: its object ("shipped 3,000 units"),
    its passive subject ("8,000 orders were shipped", or with no "were", which
    the parse makes a subject: "30,000 boxes sent so far") or the noun its
    participle describes ("30,000 boxes, all sent by hand")."""
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    return [*moved, verb.head] if verb.dep_ == "acl" else moved


def _an_age(count: Token) -> bool:
    """Is the count someone's age ("we hired a 19-year-old to run our TikTok"),
    one person described, not people hired counted?"""
    unit = count.head
    return unit.lemma_ in ("year", "yr", "month") and unit.head.lower_ == "old"


def _counted_before_its_participle(verb: Token) -> bool:
    """Things or people counted before a passive or a participle: "12 nurses
    were hired", "four engineers hired in a month", "74 benches sponsored"
    (the count the active voice has after the verb: "we hired four engineers")."""
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return any(is_count(t) for t in verb.head.subtree if t.i < verb.i)
    return any(is_count(t) for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree)


# Verbs that put a post in front of people named after "to": "shown to 2
# million shoppers", "served to 400,000 users" (as the reach lexicon has them).
_SHOWING = ("show", "serve", "display")


def _opens_its_clause(doc: Doc, counted: tuple[int, int], end: int) -> bool:
    """Is the term before ``end`` the subject of a verb of its own, after a joiner
    that parts it from the count ("got 90K views and bookings jumped 25%"), or
    a new item after a plural noun and a comma ("412 firms, renewal rate 94%")?
    The count is the other noun's; the parser may join the two nouns as one."""
    if any(
        token.text == "," and token.i > 0 and doc[token.i - 1].tag_ == "NNS"
        for token in doc[counted[0] : end]
    ):
        return True  # "9,000 readers, renewal rate 90%": the count closes the item before
    if end >= len(doc) or doc[end].tag_ not in _FINITE_TAGS:
        return False
    return any(token.lower_ in _NOUN_JOINERS for token in doc[counted[0] : end])


# How far before an outcome term "by" of a passive may stand ("by two of the
# biggest accounts").
_AGENT_REACH = 6


def _reached_past_a_bound(people: Token) -> bool:
    """Are the people what a post reached, behind a bound the parse took for a
    preposition ("has reached over 210k accounts") or counted as a reach ("a
    reach of 380k accounts"): Instagram's accounts reached, not accounts won."""
    bound = people.head
    if people.dep_ != "pobj" or bound.i == people.i:
        return False
    if bound.lower_ in _REACHED_OVER:
        return bound.head.lemma_ == "reach" and bound.head.pos_ == "VERB"
    return bound.lower_ == "of" and bound.head.lower_ == "reach"


def _a_persons_eyes(verb: Token) -> bool:
    """Is "see" done by "I" or "you", who look at the people counted ("I can
    see the 40,000 accounts with egg avatars"), not a site or a campaign that
    saw them come ("the site saw 50,000 users in March")?"""
    return verb.lemma_ == "see" and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "you") for c in verb.children
    )


def _work_managed(doc: Doc, start: int) -> bool:
    """Is the outcome term what the writer manages or oversees ("Managed 14
    brand accounts", "we oversee 30 client accounts")? Work in hand, not won.
    Read in word order, back over the term's count and modifiers (the parse may
    make a line's opening "Managed" a modifier)."""
    counted = False
    for index in range(start - 1, max(-1, start - 5), -1):
        word = doc[index]
        if word.lemma_ in ("manage", "oversee"):
            return counted  # not "our managed services revenue grew 40%"
        counted = counted or is_count(word)
        if not (is_count(word) or word.pos_ in ("ADJ", "NOUN", "PROPN", "DET")):
            return False
    return False


def _names_a_kind(word: Token, money_words: frozenset[str]) -> bool:
    """Is the money word only a kind of the noun after it ("making money talk
    feel human", "money tips"), a compound on a word that is no money?"""
    return word.dep_ == "compound" and word.head.lower_ not in money_words


def _money_only_past_than(after: list[Token], money_words: frozenset[str]) -> bool:
    """Does every sum or word of money after the verb come past a "than" ("a
    post we made in 20 minutes than the $200k hero film got all year"): the
    cost of the thing set against it, no money the verb made?"""
    than = next((t.i for t in after if t.lower_ == "than"), None)
    if than is None:
        return False
    moneyed = [t for t in after if t.text in _CURRENCY or is_money(t) or t.lower_ in money_words]
    return all(t.i > than for t in moneyed)


def _count_of_them(doc: Doc, index: int) -> bool:
    """Is ``doc[index]`` the "them" of a count of a group told before ("41 of
    them", "300 of those")?"""
    if doc[index].lower_ not in ("them", "those", "these") or index < 2:
        return False
    return doc[index - 1].lower_ == "of" and is_count(doc[index - 2])


class OutcomeReader(MetricReader):
    """Outcome terms and verbs read as outcome claims."""

    def _outcome_noun(self, doc: Doc, start: int, end: int, term: Term) -> Evidence:
        if end < len(doc) and doc[end].tag_ == "POS":
            return None  # "recorded with 200 customers' children": owners, no amount of them
        if self._in_a_shows_name(doc, end):
            return None  # "The Revenue Room podcast passed one million downloads": a name
        if opens_a_features_name(doc, start, self._grammar["titled_feature_nouns"]):
            return None  # "the new Renew Your Licence page": a page's name (round42)
        if _work_managed(doc, start):
            return None  # "Managed 14 brand accounts across retail": workload (round43)
        attending = self._people_attending(doc, start, end)
        if attending is not None:
            return attending
        if self._by_attention_verb(doc, start):
            return None  # "retweeted by two of the biggest accounts": who shared, not clients
        head = doc[end - 1]
        messages = head.lower_ in _ASKING and doc[end - 2].pos_ in ("NOUN", "PROPN")
        if messages and not self._asks_to_buy(doc, end):
            # "200 DMs asking for the recipe": interest, no lead (not "£40k over asking")
            return None
        if self._profiles_passing_it_on(doc, end):
            return None  # "three local food accounts reposted the carousel"
        if self._a_pieces_topic(doc, start, end):
            return None  # "my earnings preview thread did 480k impressions": what it is about
        if _won_as_a_prize(doc[end - 1], self._grammar["people"]):
            return None  # "one lucky follower wins two tickets": a giveaway, nothing sold
        if term.needs == "money":
            return self._priced(doc, start, end)
        if term.needs != "evidence":
            before = self._count_before(doc, start, end, big=False)
            if before is None or before[0] != "count" or _opens_its_clause(doc, before[1], end):
                return "term", (start, end)
            return "term", before[1]
        amount = self._amount_before(doc, start)
        if amount is not None and term.big and not is_big(doc[amount]):
            return None  # "take two doses a day": a prescription, no campaign's doses
        audiences = self._grammar["thanked_audiences"]
        if (
            amount is not None
            and head.lower_ in audiences
            and thanks_for_count_at(doc, amount, audiences)
        ):
            return None  # "Thank you for 500,000 subscribers!!": an audience cheered
        if amount is not None and _unit_of_a_metric_label(
            doc, amount, self._grammar["listed_attention_nouns"]
        ):
            return None  # "reach: 48,900 accounts": the accounts reached, a unit
        if amount is not None and _held_as_room(doc, amount, head, self._grammar["seat_nouns"]):
            return None  # "We have 28 seats": a room's size, none filled (round39)
        if amount is not None and _surveyed(doc, amount, self._grammar["surveys"]):
            return None  # "a study of 8,000 accounts found…": the sample studied
        if amount is not None and _reached_by_a_piece(head, self._grammar["content_nouns"]):
            return None  # "our TikTok series reached 4.8M students": reach (round36)
        if amount is not None and _a_handful_who_made_it(doc, amount):
            return None  # "a lockdown project by two PhD students": its makers (round36)
        if amount is not None and _what_the_writer_is_made_of(
            doc, amount, self._grammar["group_nouns"]
        ):
            return None  # "we are a cast of 22 volunteers": who the writer is, not people won
        if amount is not None:
            # "1.2" of "1.2M new customers": the scale letter split off (round46)
            return "count", (_amount_start(doc, amount), end)
        if start > 0 and is_multiple(doc[start - 1]):
            return "count", (start - 1, end)  # "a 9.1x return on media spend" (round48)
        labelled = _labelled_count(doc, end, start)
        if labelled is not None:  # "Users: 418", a launch's numbers listed
            return "count", (start, labelled)
        valued = _value_after(doc, end, self._grammar["value_nouns"])
        if valued is not None:  # "a pipeline value of $1.2M", "pipeline worth £400k"
            return "count", (start, valued)
        if self.parser is None:
            return None
        if _a_yardstick(head):
            return None  # "watched more times than we have customers": no result
        payers = _counted_payers_of(head)
        if payers is not None:  # "3 brands pay me a retainer": three retainers (round48)
            return "count", (payers, end)
        level = _stated_level(head)
        if level is not None:  # "conversion from those followers was 4.1%"
            return "count", (start, level)
        paid = _money_paid_by(head, self._grammar["payers"])
        if paid is not None:  # "brand deals now pay me $5,000 a month"
            # From the verb when a count stands between: "the sponsorship on my
            # 400k-view video paid £3,500" leaves the video's views their own claim.
            between = any(is_count(t) for t in doc[end : head.head.i])
            return "money", (head.head.i if between else start, paid)
        if _stocked_by(
            head, self._grammar["sellers"], self._grammar["stocking_verbs"]
        ):  # "stockists in three new cities now carry our sauce"
            return "change", (start, head.head.i + 1)
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ == "of":
            holder = verb.head
            if holder.lower_ in self._grammar["vague_amounts"] or is_count(holder):
                return "amount", (holder.i, end)
            # ours, or a period's: "23% of last quarter's upgrades" (round39)
            dating = self._grammar["dating_possessives"]
            ours = any(
                c.dep_ == "poss" and (c.lower_ in ("our", "my") or c.lemma_ in dating)
                for c in head.children
            )
            share = (
                holder.lower_ in ("%", "percent") and holder.i > 0 and is_count(doc[holder.i - 1])
            )
            if share and ours:  # "38% of our pipeline" (round38); not "50% of TikTok users"
                return "amount", (holder.i - 1, end)
            credited = holder if holder.dep_ != "conj" else holder.head
            if (
                _share_brought(credited, self._grammar["crediting_verbs"])
                and holder.i > 0
                and is_count(doc[holder.i - 1])
            ):
                # "referrals drove 40% of new sales", not "50% of TikTok users say…"
                return "amount", (holder.i - 1, end)
        counted_on = _counted_on_it(head) if head.dep_ == "pobj" else None
        if counted_on is not None:  # "41 companies were on paid plans" (round36)
            return "count", (counted_on, end)
        if head.dep_ == "pobj" and verb.lower_ == "in" and _money_amount(verb.head):
            # "sourced $250k in pipeline", "$1.2M in sales"
            money = verb.head
            first = money.i - 1 if money.i > 0 and doc[money.i - 1].text in _CURRENCY else money.i
            return "count", (min(first, _count_start(doc, money.i)), end)
        if head.dep_ == "pobj" and verb.lower_ in ("in", "of"):
            change = verb.head  # "a 9% lift in trial starts", "a rise in refunds"
            if change.lemma_ in self._grammar["change_nouns"] and change.i < start:
                return "change", (change.i, end)
        if (
            head.dep_ in ("compound", "amod")
            and verb.i == end
            and verb.lemma_ in self._grammar["change_nouns"]
        ):
            measured = _change_noun_measured(doc, verb.i)
            if measured is not None:  # "a conversion rise from 11% to 18%", "a sales lift of 9%"
                return "change", (start, measured)
        first = start
        if head.dep_ == "pobj":  # "turned 300 readers into paying clients"
            # The claim begins at the preposition: between the verb and it
            # may stand an attention metric of its own ("brought 15k visits
            # and 380 accounts on the paid plan"), which it must not swallow.
            first = min(verb.i, start)
            verb = verb.head
        # "reviews cut returns": the term the agent; not "gifts totalled $41,000",
        # an amount as the object
        # nor a factor the parse made the object ("donations rose 4x")
        agent = any(
            c.dep_ == "dobj" and not (is_count(c) or is_money(c) or is_multiple(c))
            for c in verb.children
        )
        if (
            head.dep_ in ("nsubj", "nsubjpass")
            and verb.lemma_ in self._grammar["outcome_change_verbs"]
            and not agent
        ):
            return "change", (start, verb.i + 1)
        went = _gone_from_to(verb) if head.dep_ == "nsubj" else None
        if went is not None:  # "return rates went from 52% to 61%", "donations grew from…"
            return "change", (start, went)
        if head.dep_ == "nsubj" and verb.lemma_ in self._grammar["level_verbs"]:
            level = _level_passed(verb)
            if level is not None:  # "enrolments have passed 180", "donations crossed $40k"
                return "count", (start, level)
        moved = _up_by(verb) if head.dep_ == "nsubj" else None
        if moved is not None:  # "enrolments are up 18%", "donations were down 3x"
            return "change", (start, moved)
        grammar = self._grammar
        sooner = (
            _sooner_by_a_time(verb, grammar["speeding_verbs"], grammar["sooner_words"])
            if head.dep_ == "nsubj"
            else None
        )
        if (
            sooner is not None
        ):  # "those deals close 11 days faster", "the sales cycle got 9 days shorter"
            return "change", (start, sooner)
        if _become_read_as_a_gerunds_object(head, verb):
            # "Two listeners became consulting clients": the tagger made the
            # clients' modifier a gerund whose object they are (round45)
            verb = verb.head
            return "change", (min(verb.i, start), end)
        acquired = verb.lemma_ in self._grammar["acquiring_verbs"] or (
            head.dep_ == "attr" and verb.lemma_ == "become"
        )
        if head.dep_ in ("dobj", "attr") and acquired:
            # A second object ("brought 3,000 new followers — and 420 ticket
            # buyers") begins at its own count: the claim must not swallow the
            # metric the verb brought first.
            own_count = _count_of(head)
            if own_count is not None and any(
                c.dep_ == "dobj" and c.i < head.i for c in verb.children
            ):
                return "change", (min(own_count, start), end)
            return "change", (min(verb.i, start), end)
        if head.dep_ == "dobj" and verb.lemma_ in self._grammar["outcome_changing_verbs"]:
            amounts = [t for t in _own_clause(verb) if t.i > head.i and is_count(t)]
            if amounts:  # "improved our gross margin by 4 points"
                counted = amounts[-1]
                unit = counted.head if counted.dep_ == "nummod" else counted  # "points", "%"
                return "change", (min(verb.i, start), max(counted.i, unit.i) + 1)
        if head.dep_ == "pobj" and acquired:
            return "change", (first, end)
        put_in = _money_put_in(verb, head) if head.dep_ == "pobj" else None
        if put_in is not None:  # "put £1.8M of groceries into online baskets"
            return "money", (put_in, end)
        return self._changed_in_word_order(doc, start, end)

    def _changed_in_word_order(self, doc: Doc, start: int, end: int) -> Evidence:
        """What the small model's parse misses around a compound term, read from
        word order: the term's own clause then a change ("support tickets about
        onboarding fell", where "Support" parses as a verb), or a conversion
        into it ("converted to paid plans", where "paid" parses as a verb)."""
        for token in doc[end : min(len(doc), end + _CLAUSE_REACH)]:
            changing = token.lemma_ in self._grammar["outcome_change_verbs"]
            if changing and token.tag_ == "VBN" and _a_reduced_passive(token, end):
                return "change", (start, token.i + 1)  # "production costs cut by €38,000"
            if changing and token.tag_ in _FINITE_TAGS:
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if following is not None and following.pos_ in ("DET", "PRON", "NOUN", "PROPN"):
                    return None  # "customers cut their costs": the term acted, it did not change
                return "change", (start, token.i + 1)
            if token.pos_ in ("VERB", "AUX") or token.is_punct:
                break  # another verb or a clause boundary: the change is not the term's
        into = start - 1
        if into > 0 and doc[into].lower_ in ("to", "into") and doc[into - 1].lemma_ == "convert":
            return "change", (into - 1, end)
        moved = _up_or_down_after(doc, end)
        if moved is not None:  # "Q2: pipeline sourced from LinkedIn up 64%", "Customers up 20%"
            return "change", (start, moved)
        return None

    def _counted_people(self, subject: Token) -> bool:
        """Is the subject people counted (``_counted_doers``): a bare count
        ("400 of you", "1,200 applied") or people or roles with one ("1,200
        nurses"), not things ("3 conditions apply")?"""
        if not _counted_doers(subject):
            return False
        roles = self._grammar["audience_roles"]
        named = subject.lemma_ in roles or _is_people(subject, self._grammar["people"])
        return is_count(subject) or named

    def _people_attending(self, doc: Doc, start: int, end: int) -> Evidence:
        """A count of people attending: "6,249 users reading the post", "29,000
        people read it", "reached 50,000 users" (not "300 customers", who are
        acquired). Only counted people ("members reading this" claims nothing),
        with the verb within ``REACH`` of the count, where the prefilter looks."""
        head = doc[end - 1]
        if not (_is_people(head, self._grammar["people"]) or self._role_at_content(head)):
            return None
        counted = self._count_before(doc, start, end, big=False)
        # A multiple counts them too: "now reaches 3x more accounts".
        if counted is None or counted[0] not in ("count", "comparison"):
            return None
        first = counted[1][0]
        for child in head.children:
            if child.dep_ in ("acl", "relcl") and self._attends(child) and child.i - first <= REACH:
                return "attention", (first, child.i + 1)
        verb = head.head
        if abs(verb.i - first) > REACH:
            return None
        if head.dep_ == "nsubj" and self._attends(verb):
            return "attention", (first, verb.i + 1)
        if head.dep_ == "dobj" and verb.lemma_ in ("reach", "see") and not _a_persons_eyes(verb):
            return "reach", (min(verb.i, first), end)
        if _reached_past_a_bound(head):  # "reached over 210k accounts", "a reach of 380k accounts"
            return "reach", (min(verb.head.i, first), end)
        seer = self._people_who_saw(head)
        if seer is not None and abs(seer.i - first) <= REACH:
            return "reach", (min(seer.i, first), max(seer.i + 1, end))
        return None

    def _by_attention_verb(self, doc: Doc, start: int) -> bool:
        """Is the term among the agents of an attention verb in the passive
        ("shared by 40 accounts", "quote-tweeted by two of the biggest accounts
        in tech"), who passed the writer's post on, not customers won? Read by
        word order: "by" after the participle, no other verb before the term."""
        for index in range(start - 1, max(0, start - _AGENT_REACH) - 1, -1):
            token = doc[index]
            if token.lower_ == "by":
                verb = doc[index - 1] if index > 0 else None
                particle = ""
                if verb is not None and verb.tag_ == "RP" and index > 1:
                    particle, verb = f" {verb.lower_}", doc[index - 2]  # "picked up by"
                resharing = self._grammar["resharing_verbs"]
                return (
                    verb is not None
                    and verb.tag_ == "VBN"
                    and (
                        verb.lemma_ in self._attending
                        or verb.lower in self._superlatives  # the verbs' forms: "retweeted"
                        or f"{verb.lemma_}{particle}" in resharing
                    )
                )
            if token.pos_ in ("VERB", "AUX") or token.is_punct:
                return False
        return False

    def _asks_to_buy(self, doc: Doc, end: int) -> bool:
        """Do the messages counted before ``end`` ask for what a lead asks for
        ("asking for lessons", "enquiring about availability")? A few words on."""
        leads = self._grammar["lead_requests"]
        return any(t.lemma_ in leads or t.lower_ in leads for t in doc[end : end + 4])

    def _in_a_shows_name(self, doc: Doc, end: int) -> bool:
        """Is the outcome word part of a show's or a channel's capitalised name
        before the word for it ("The Revenue Room podcast", "the Sales Lab
        newsletter"; round37)? A title, no outcome: the term and the word after
        it capitalised, then a channel word within two."""
        term = doc[end - 1]
        if not term.text.istitle() or end >= len(doc) or not doc[end].text.istitle():
            return False
        if doc[end].lower_ in self._grammar["publication_titles"]:
            return True  # "The Revenue Brief hit 18,000 subscribers": a newsletter's name (round43)
        return any(t.lemma_.lower() in self._show_words for t in doc[end + 1 : end + 3])

    def _profiles_passing_it_on(self, doc: Doc, end: int) -> bool:
        """Are accounts or pages the doers of an attention verb right after them
        ("three local food accounts reposted the carousel", "40 pages shared
        it")? They passed the post on; they are no clients won. Word order
        decides, as the count before them lets the sentence go unparsed."""
        if end >= len(doc):
            return False
        noun = doc[end - 1]
        verb = doc[end]
        if noun.lemma_ in self._grammar["buyer_nouns"] and doc[end - 2].lower_ != "new":
            # customers who posted their own (round37): "1 in 4 customers posted
            # theirs", "customers shared it"; not "sales posted a 20% gain"
            posted = verb.tag_ == "VBD" and verb.lemma_ in ("post", "share", "repost", "tag")
            told = doc[end + 1 : end + 2]
            return posted and bool(told) and told[0].lower_ in ("theirs", "their", "it", "them")
        if noun.lemma_ not in self._grammar["profile_nouns"]:
            return False
        return verb.tag_ in ("VBD", "VBZ", "VBP") and (
            verb.lemma_ in self._attending
            or verb.lower in self._superlatives  # the verbs' forms: "reposted"
            or verb.lemma_ in self._grammar["resharing_verbs"]
            # and saw it (round42): "96,000 accounts saw our bin reminder"
            or verb.lemma_ in self._grammar["seeing_verbs"]
        )

    def _people_who_saw(self, head: Token) -> Token | None:
        """The verb by which counted users or accounts saw the writer's content:
        "seen by 4.1 million accounts", "read by 40,000 users" (the agent of a
        passive), "900k accounts saw our derby post" (the content seen). Users
        who "saw a 30% drop in load times" saw a result, not a post."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "agent":
            passive = verb.head
            return passive if passive.lemma_ in ("see", "reach") or self._attends(passive) else None
        if head.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_ in _SHOWING:
            return verb.head  # "shown to 2 million shoppers"
        if head.dep_ != "nsubj" or verb.lemma_ != "see":
            return None
        return verb if _about_content(verb, self._grammar["content_nouns"]) else None

    def _role_at_content(self, head: Token) -> bool:
        """Outcome words for people by role ("students", "shoppers", "patients")
        that saw or watched the writer's post, or that it reached: "300,000
        students watched our open day livestream"; "1,100 students enrolled"
        are acquired."""
        verb = head.head
        if head.dep_ == "pobj" and (verb.dep_ == "agent" or verb.lower_ == "to"):
            verb = verb.head  # "seen by 80,000 patients", "shown to 2 million shoppers"
        attended = verb.lemma_ in ("see", "reach", *_SHOWING) or self._attends(verb)
        return attended and self._audience_by_role(head, verb)

    def _a_pieces_topic(self, doc: Doc, start: int, end: int) -> bool:
        """Is the bare term the topic of a piece named right after it ("our
        sales webinar", "my revenue forecasting thread", "the customer
        retention post")? What the piece is about, not an amount of it; an
        amount before the term stays a claim ("$2M sales webinar" is rare, and
        "40 new customers post" no piece)."""
        if start > 0 and is_count(doc[start - 1]):
            return False
        for word in doc[end : end + 3]:
            if word.lemma_ in self._grammar["content_nouns"] and word.pos_ == "NOUN":
                return True
            if word.pos_ not in ("NOUN", "PROPN", "ADJ") and word.tag_ != "VBG":
                return False
        return False

    def _attends(self, verb: Token) -> bool:
        """Is the verb attention paid by the people counted: "29,000 people
        read it"? "join" only when what they joined is a community online
        ("3,000 developers joined our Discord"); people who join a council or
        join as editors take a seat, they are no audience."""
        if verb.lemma_ not in self._attending:
            return False
        return verb.lemma_ != "join" or self._joins_a_community(verb.doc[verb.i + 1 :])

    def _task_done_sooner(self, doc: Doc, at: int) -> tuple[int, int] | None:
        """The span of a task that takes less time, from its subject to the
        shorter stretch ("Invoice approvals went from 9 hours to under 1",
        "onboarding went from three weeks to four days"): time saved, an
        efficiency outcome (round46). Not a watched or read time ("average
        view duration went from 4 minutes to 2"), a metric's, and not a
        person ("I went from 60 hours a week to 40")."""
        if doc[at].lower_ == "instead":  # "jobs finish in 3 hours instead of 19"
            span = shorter_instead_span(doc, at)
            end = None if span is None else span[1]
            verb = doc[at - 1]  # the shorter stretch's unit, up to its verb
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
        else:
            end = shorter_stretch_end(doc, at)
            verb = doc[at].head
        if end is None or self.parser is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        watched = self._grammar["watched_time_words"]
        if any(word.lemma_.lower() in watched for word in subject.subtree):
            return None
        return subject.left_edge.i, end

    def _priced(self, doc: Doc, start: int, end: int) -> Evidence:
        """The price of one piece of work won: "a $14k brand identity project",
        "a retainer client worth €2,400 a month"; None without one."""
        amount = self._amount_before(doc, start)
        if amount is not None:
            # "£6.4m deal": the walk back stops at the scale letter split off
            amount = _amount_start(doc, amount)
        if amount is not None and (doc[amount].text in _CURRENCY or is_money(doc[amount])):
            return "money", (amount, end)
        valued = _value_after(doc, end, self._grammar["value_nouns"])
        if valued is None:
            valued = _money_as_its_value(doc, start, end)
        return None if valued is None else ("money", (start, valued))

    def _amount_before(self, doc: Doc, start: int) -> int | None:
        """Where an amount before an outcome term is: "300 new customers", "more
        paying members", "$2M sales"."""
        money_in = _money_in_before(doc, start)
        if money_in is not None:
            return money_in  # "$1.9M in pipeline", "£40k in new contracts"
        for index in range(start - 1, max(-1, start - 5), -1):
            token = doc[index]
            counted = is_count(token) and not _YEAR.match(token.text)
            if _or_more(doc, index):
                return None  # "one or more members": at least one, no amount gained
            # "first" of "first-time" is a modifier's word, not the amount's
            in_compound = index + 1 < start and _joins_a_compound(doc, index + 1)
            if counted or token.text in _CURRENCY:
                return index
            if is_money(token) and number(token) is not None:
                # "£4.3k through the till": the amount the currency sign opens
                return _with_its_currency(doc, index)
            if token.lower_ in self._grammar["outcome_amounts"] and not in_compound:
                return index
            if _joins_a_compound(doc, index):
                continue  # "120 first-time customers", "500 loyalty-card members"
            if token.lower_ in _POINTS and index == start - 1:
                continue  # "+6 pts consideration": a change in points, the tagger's verb
            if _a_participle_naming_its_kind(token, start):
                continue  # "41 consulting clients", "a £6.4m broadcast deal" (round46)
            if token.lower_ == "the" and index > 0 and is_multiple(doc[index - 1]):
                return index - 1  # "2x the pipeline": a factor, as "3x the clicks" is one
            if _count_of_them(doc, index):
                return index - 2  # "41 of them moved over from a competitor" (round47)
            if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
                return None
        return None

    def _a_programs_time(self, time: Token) -> bool:
        """Is the time a program's ("cold-start time", "build time"), which a
        release note cuts as a feature, not a business's time saved?"""
        if time.lemma_ != "time" or time.i == 0:
            return False
        return time.doc[time.i - 1].lower_ in self._grammar["machine_time_words"]

    def _money_end(self, verb: Token) -> int:
        """Where "earned $2M in earned media value" ends: the object holding the
        money and an "in"/"of"/"worth" after it, so that a price put on
        attention (media-value) can be told from money made."""
        end = verb.i + 1
        children = [c for c in verb.children if c.i > verb.i]
        for position, child in enumerate(children):
            if any(
                t.text in _CURRENCY or t.lower_ in self._grammar["money_words"]
                for t in child.subtree
            ):
                end = max(t.i for t in child.subtree) + 1
                following = children[position + 1 : position + 2]
                if following and following[0].lower_ in ("in", "of", "worth"):
                    end = max(t.i for t in following[0].subtree) + 1
                break
        # not past the line the money is on, which a stat list's parse may run
        # into the next ("Saved: €410k⏎Reach: 2.6M", round47)
        money = next((t.i for t in verb.doc[verb.i : end] if is_money(t)), verb.i)
        return next((t.i for t in verb.doc[money:end] if t.is_space and "\n" in t.text), end)

    def _outcome_verb(self, doc: Doc, index: int) -> Evidence:
        verb = doc[index]
        lemma = verb.lemma_
        if opens_a_features_name(doc, index, self._grammar["titled_feature_nouns"]):
            return None  # "the new Renew Your Licence page had 3.2M visitors": a name (round42)
        if verb.tag_ == "VBG" and index > 0 and doc[index - 1].lower_ == "zero":
            return None  # "1.4 million listens, zero funding": none had (round41)
        if lemma in ("buy", "purchase") and verb.dep_ == "amod":
            return None  # "No bought lists.": a thing bought, a way to grow, no sale (round43)
        if _a_call_to_act(doc, index):
            return None  # "Link to donate in bio.": an invitation, none given (round43)
        if _sells_itself(verb):
            return None  # "The view really does sell itself": easy to like, no sale (round44)
        if _a_stretch_of_doing(doc, index):
            return None  # "12 months of selling vintage denim": the work, no sale (round44)
        after = [t for t in verb.subtree if t.i > index]
        money_words = self._grammar["money_words"]
        money = any(
            t.text in _CURRENCY or (t.lower_ in money_words and not _names_a_kind(t, money_words))
            for t in after
        )
        if lemma in ("raise", "earn", "make", "generate", "bring", "award", "commission"):
            if lemma == "commission" and _by_the_writer(verb):
                return None  # "we commissioned a £40k study": the writer spends (round39)
            if lemma == "make" and _made_for_a_price(verb):
                return None  # "we made it for £4k with a borrowed camera": its cost
            if lemma == "make" and money and _money_only_past_than(after, money_words):
                # "more likes on a post we made in 20 mins than the $200k film
                # got": the money is the other side of a comparison (round37)
                money = False
            if lemma == "award" and not _passive(verb):
                return None  # "we awarded $5,000 in prizes": given, not won (round36)
            if _an_attention_value(after, self._grammar["attention_value_kinds"]):
                return (
                    None  # "…, with an earned media value estimated at £410,000": attention priced
                )
            if money:
                return "money", (
                    _money_start(doc, index, after, money_words, self._grammar["value_nouns"]),
                    self._money_end(verb),
                )
            named = _money_named_before(verb)
            if named is not None:
                return "money", (named, index + 1)
            more = _earned_more_than(verb) if lemma in ("earn", "make") else None
            if more is not None:  # "we earned more from Bandcamp than from 40M streams"
                return "change", (index, more.i + 1)
            brought = lemma == "bring" and any(c.lower_ == "in" for c in verb.children)
            if brought and any(t.lemma_ in self._grammar["buyer_nouns"] for t in after):
                return "action", (index, index + 1)
            return None
        action: Evidence = ("action", (index, index + 1))
        if lemma in ("save", "cut", "reduce", "lower", "slash"):
            counted = index > 0 and (doc[index - 1].text == "%" or is_count(doc[index - 1]))
            if verb.lower_ == "saves" and counted:
                # "+220% saves", "4,100 saves": a post's saves, counted (round45);
                # not "£1.1M saved in print and postage"
                return None
            if any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
                return None  # "who cut 40 minutes of debate into 12": edited, no saving (round38)
            if _times_counted(after):
                return None  # "the checklist was saved 3,000 times": kept by readers
            if _money_saved(verb, money):
                return "money", (index, self._money_end(verb))
            saved = _money_before_its_participle(verb)
            if saved is not None:  # "which finance puts at £240k saved in call handling"
                return "money", (saved, self._money_end(verb))
            costs = self._grammar["cost_nouns"]
            cut = [t for t in after if _a_cost(t, costs) and not self._a_programs_time(t)]
            return action if cut else None  # not "cuts cold-start time by 70%", a feature
        if lemma == "free":
            # "frees up roughly 9,000 caseworker hours a year": staff time saved
            up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
            costs = self._grammar["cost_nouns"]
            return action if up and any(_a_cost(t, costs) for t in after) else None
        if lemma == "pay":
            paid_back = any(t.lower_ in _BY_ITSELF for t in after)
            payers = _count_of(verb.head) if _pays_for_itself(verb) else None
            if payers is not None:  # "crossed 1,000 subscribers who pay": counted, paying
                return "count", (payers, verb.i + 1)
            who_pay = self._grammar["payers"] | self._grammar["payout_platforms"]
            if _pays_the_writer(verb, self._grammar["content_nouns"], who_pay):
                return "money", (index, self._money_end(verb))
            return action if paid_back or _counted_payers(verb) else None
        subjects = _subjects(verb)
        by_others = bool(subjects) and subjects[0].lower_ not in _WRITER_OR_READER
        # "…, and 48,000 developers signed up for the free tier": counted people
        # the parse made a noun with a clause, who did it all the same.
        # "…: 400 signed up from the link": the count itself, the verb hung on it.
        by_others = by_others or (verb.dep_ == "acl" and _counted_doers(verb.head))
        if lemma == "refer" and not (_passive(verb) and subjects and _counted_doers(subjects[0])):
            return None  # "62 of them were referred by a friend" (round40); not "we referred…"
        stockists = [_what_a_relative_stands_for(s) for s in subjects[:1]]
        if lemma == "stock" and _stocked_in_stores(verb):
            return action  # "we're now stocked in 12 of their stores" (round49)
        if lemma == "stock" and not (by_others and stockists and _counted_doers(stockists[0])):
            # "40 new shops now stock our candles", "the 63 shops that now stock
            # Ridley Socks" (round48): sellers counted carry it (round40); not
            # the writer's range ("we stock 40 brands of tea")
            return None
        if lemma in self._grammar["homing_verbs"]:
            # "37 dogs were adopted", "we rehomed 120 cats", "4,000 teams adopted
            # the planner"; not "we adopted a new CRM", "the council adopted the plan".
            placed = subjects + [c for c in verb.children if c.dep_ == "dobj"]
            # "23 of the 31 dogs featured have been adopted": the count is the subject
            counted = any(_count_of(noun) is not None for noun in placed)
            counted = counted or any(_a_count_of(noun) for noun in subjects)
            return action if counted else None
        if lemma in self._grammar["installing_verbs"]:
            # "40,000 of you installed it", "12,000 teams installed the plugin";
            # not "we installed 40 panels": only the doers counted.
            return action if any(_counted_doers(noun) for noun in subjects) else None
        if lemma == "reserve":
            # "118 of 140 apartments reserved", "2,000 readers reserved a copy":
            # counted, by others; not "we reserved a table for the team".
            counted = any(is_count(noun) or _count_of(noun) is not None for noun in subjects) or (
                verb.dep_ == "acl" and _count_of(verb.head) is not None
            )
            return action if counted and by_others else None
        if lemma == "place":
            # A recruiter's placements: "we placed 64 engineers with clients";
            # not "we placed 3 ads" or "placed an order" (no people counted).
            # A school's, in the passive (round46): "34 of 38 graduates placed
            # in developer roles", "40 apprentices were placed with employers".
            placed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                placed.append(verb.head)
            people = self._grammar["people"] | self._grammar["audience_roles"]
            counted = any(_count_of(n) is not None and _is_people(n, people) for n in placed)
            return action if counted else None
        if lemma in self._grammar["delivering_verbs"]:
            # "we delivered one million meals", "delivered 8,412 EVs", "30,000
            # boxes sent so far": big counts of goods; not "delivered 40
            # workshops", "3M impressions" or "we sent 40,000 emails"
            goods = self._grammar["delivered_goods"]
            delivered = [c for c in _goods_moved(verb) if c.lemma_ in goods]
            amounts = [_count_of(noun) for noun in delivered]
            return action if any(at is not None and is_big(doc[at]) for at in amounts) else None
        if lemma in ("upgrade", "redeem"):  # "6% upgraded to the paid tier"; not "upgrade now"
            return action if by_others else None
        if lemma == "renew":  # "the brand has already renewed for Q1"; not "we renewed",
            # nor "the lease has been renewed" (the writer's, in the passive)
            # and only what a customer renews ("renewed the sponsorship"), not
            # "our hosts renewed their vows"
            active = any(c.dep_ == "nsubj" for c in verb.children)
            # "1,140 members, and 88% renewed": people counted, the verb hung on them
            active = active or (verb.dep_ == "acl" and verb.head.lower_ in self._grammar["people"])
            agreed = self._grammar["signed_agreements"]
            renewed = [c for c in verb.children if c.dep_ == "dobj"]
            kept = all(c.lemma_ in agreed or c.lower_ in agreed for c in renewed)
            return action if by_others and active and kept else None
        if lemma == "give":  # "1,400 supporters gave $38,000"; not "we gave $500 to the shelter"
            givers = subjects[0] if subjects else None
            gifts = money and givers is not None and _givers_counted_or_ours(givers)
            if not money and _gave_as_donors(verb):
                return action  # "212 people clicked through and gave for the first time"
            return ("money", (index, self._money_end(verb))) if gifts else None
        if lemma in self._grammar["takings_verbs"]:  # "the shop took $2,300 on Saturday"
            takings = _takings(verb, subjects, self._grammar["content_nouns"])
            return ("money", (index, self._money_end(verb))) if takings else None
        if lemma == "spend":  # "the 30,000 viewers spent $18 each"; not "we spent $2M on ads"
            if by_others and _more_per_order(after, self._grammar["order_units"]):
                return action  # "shoppers from Pinterest spend 40% more per order"
            if _spent_on(verb, self._grammar["ad_spend_nouns"]):
                return None  # "they spent $3M on a Super Bowl spot": a cost of being seen
            # a spender before the verb: a recap's "Spend: £18,500" label has
            # none, whatever the parse hangs on it from the next line (round47)
            labelled = index + 1 < len(doc) and doc[index + 1].text == ":"
            # (or the counted doers an "-ing" hangs on: "2,000 visitors spending £15 each")
            spender = subjects[0] if subjects else verb.head
            spenders = by_others and not labelled and spender.i < verb.i
            return ("money", (index, self._money_end(verb))) if money and spenders else None
        if lemma in ("request", "enquire", "inquire"):  # "3,100 requested a quote"
            asked = any(t.lemma_ in self._grammar["lead_requests"] for t in after)
            return action if by_others and asked else None
        if lemma == "subscribe" and _listed_with(verb, self._always_attending):
            return None  # "everyone who subscribed, commented or shared": a channel's, attention
        if lemma in ("sign", "subscribe"):
            # "signed up"; and "signed on" with its particle (round42): "212 libraries signed on"
            upward = lemma == "subscribe" or any(
                c.lower_ == "up" or (c.lower_ == "on" and c.dep_ == "prt") for c in verb.children
            )
            # "we signed up 2,300 people": the writer signs up others, counted.
            signed = by_others or any(
                c.dep_ == "dobj" and any(is_count(t) for t in c.subtree) for c in verb.children
            )
            agreed = self._grammar["signed_agreements"]
            # "the biggest client I've ever signed": what was signed is the noun the clause is on
            signed_for = [verb.head] if verb.dep_ == "relcl" else []
            if (upward and signed) or any(
                t.lemma_ in agreed or t.lower_ in agreed for t in [*after, *signed_for]
            ):
                return "action", (index, index + 1)
            if by_others and _signed_on(verb, subjects):
                return "action", (index, index + 1)  # "22 became opportunities, 5 have signed"
            return None
        # "2,300 joined the loyalty program", "12 agencies applied to our partner
        # program"; not "joined the livestream", "I applied to the course"
        if lemma in self._grammar["joining_verbs"]:
            joined = any(t.lemma_ in self._grammar["joined_programs"] for t in after)
            # "400 of you applied through the link", "1,200 nurses applied":
            # applicants counted, whatever the post offered; not "terms apply"
            # (round39) "2,100 new junior members registered across our clubs"
            # the people the parse hung the verb on count too (round42):
            # "12,400 people registered to take part in the spring count"
            doers = subjects or ([verb.head] if verb.dep_ == "acl" else [])
            applied = lemma in self._grammar["signing_up_verbs"] and any(
                self._counted_people(s) for s in doers
            )
            return action if by_others and (joined or applied) else None
        if lemma == "switch":  # "250,000 families have switched to Nestly": customers won
            counted = by_others and any(
                is_count(t) and is_big(t) for t in subjects[0].subtree if t.i < index
            )
            moved = any(c.dep_ == "prep" and c.lower_ in ("to", "over") for c in verb.children)
            return action if counted and moved else None
        if lemma == "fill":  # "helped us fill 12 open roles", not "fill out the form"
            return action if _places_filled(verb, self._grammar["filled_nouns"]) else None
        buying = lemma in ("buy", "purchase", "order", "book")
        buyers = subjects or (_subjects(verb.head) if verb.dep_ == "xcomp" else [])
        if buying and buyers and buyers[0].lower_ in ("i", "you"):
            if lemma == "book" and _meetings_booked(verb, self._grammar["booked_for_sales"]):
                return action  # "I booked 63 meetings from DMs": a seller's pipeline
            return None  # "I bought…", "i would like to buy them a coffee": the writer spends
        if buying and _how_to(verb):
            return None  # "how to buy US stock shares": advice, no one bought
        if lemma == "donate" and subjects and subjects[0].lower_ in ("we", "i"):
            return None  # "we're donating 5 million meals": the writer gives, as with "give"
        if lemma in self._grammar["patronage_verbs"]:  # "2.3 million of you flew with us"
            return action if _counted_with_us(verb, subjects) else None
        if lemma == "sell" and _sold_on(verb, money, subjects):
            return None  # "Honestly sold on carousels now": convinced, nothing sold
        if lemma == "book" and _an_appearance_booked(verb, self._grammar["appearance_nouns"]):
            return None  # "first conference talk booked": the writer's slot, no one bought
        if lemma in ("buy", "purchase", "order") and subjects and subjects[0].lower_ in ("we", "i"):
            return None  # the writer spends: "the cheapest reach we've ever bought"
        if lemma == "buy" and any(c.dep_ == "dative" for c in verb.children):
            return None  # a treat bought for someone: "(we're) buying the office a cake"
        if buying and _attention_is_bought(verb, self._grammar["bought_attention"]):
            return None  # "Acme bought 4M impressions", "they bought half their followers"
        if (
            lemma == "convert"
            and not any(t.lemma_ in self._grammar["buyer_nouns"] or _a_paid_tier(t) for t in after)
            and not _at_a_rate(verb)
            and not _converted_to_a_plan(verb, self._grammar["priced_plan_nouns"])
        ):
            # "readers convert to paid", "the page converts at 9%"; not "convert
            # the file to PDF"
            return None
        if (
            lemma == "hire"
            and not any(
                (is_count(t) and not _an_age(t)) or _an_nth_hire(t, verb)
                for t in _own_clause_after(verb)
            )
            and not _counted_before_its_participle(verb)
            and not _the_writer_hired_by_others(verb)
        ):
            return None
        if lemma == "back":
            # "2,140 of you backed the Kickstarter" (round50): backers counted;
            # not "we backed the campaign" (the writer gives)
            return action if by_others and subjects and _counted_doers(subjects[0]) else None
        if lemma == "sponsor":
            # "74 benches sponsored", "40 local firms sponsored a mile" (round42);
            # not "we sponsored the under-10s": the writer pays
            counted_doers = by_others and bool(subjects) and _counted_doers(subjects[0])
            return action if counted_doers or _counted_before_its_participle(verb) else None
        if lemma == "recruit" and not _people_counted_after(verb):
            return None  # "we recruited 17 young people"; not "I've been recruiting 11 years"
        if lemma == "employ" and not _staff_counted_after(verb, self._grammar["staff_nouns"]):
            return None  # "we now employ 11 people"; not "we employ three tactics" (round42)
        return "action", (index, index + 1)


def _own_clause_after(verb: Token) -> list[Token]:
    """The words after the verb in its own clause, not in a clause joined to
    it ("you hired a UGC creator and your ad got 2.1M views": the count is the
    ad's, no hire counted)."""
    joined = ("conj", "cc", "advcl", "parataxis")
    return [t for c in verb.children if c.dep_ not in joined for t in c.subtree if t.i > verb.i]


def _a_count_of(noun: Token) -> bool:
    """Is ``noun`` a count with "of" and what it counts ("23 of the 31 dogs")?"""
    return is_count(noun) and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# Units of time a verb may be counted in ("recruiting 11 years"), no people.
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})


def _the_writer_hired_by_others(verb: Token) -> bool:
    """Did others counted hire the writer ("22 firms hired us this year",
    "37 of the 52 firms that hired us"), or from the writer ("9 employers
    hired from us")? Clients won, not staff taken on."""
    hired_us = any(c.dep_ == "dobj" and c.lower_ in ("us", "me") for c in verb.children)
    # "9 local employers have now hired from us twice": our graduates (round38)
    hired_us = hired_us or any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(o.lower_ in ("us", "me") for o in c.children)
        for c in verb.children
    )
    if not hired_us:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if doers and doers[0].lower_ in ("that", "who", "which") and verb.dep_ == "relcl":
        doers = [verb.head]
    return any(_count_of(d) is not None or is_count(d) for d in doers)


def _people_counted_after(verb: Token) -> bool:
    """Does a count of people follow the verb as its object ("recruited 17
    young people", "recruited 3,000 volunteers"), not a span of time ("been
    recruiting 11 years") or a year ("recruiting in 2024")?"""
    for child in verb.children:
        if child.dep_ != "dobj" or child.pos_ != "NOUN":
            continue
        counted = any(is_count(c) and not _YEAR.match(c.text) for c in child.children)
        if counted and child.lemma_ not in _TIME_UNITS:
            return True
    return False


def _staff_counted_after(verb: Token, staff: frozenset[str]) -> bool:
    """Does the writer now employ a count of staff ("we now employ 11 people",
    "today we employ 40 full-time staff")? Jobs the business has grown to
    give; not a company's size in its boilerplate ("Kestrel & Co was founded
    in 2012 and employs 60 people"), which tells no result."""
    if not _people_counted_after(verb) or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in staff for c in verb.children
    ):
        return False
    before = verb.doc[verb.sent.start : verb.i]
    by_us = any(t.lower_ in ("we", "i") and t.dep_ == "nsubj" for t in verb.children)
    return by_us and any(t.lower_ in _BY_NOW for t in before)


def _a_participle_naming_its_kind(token: Token, start: int) -> bool:
    """Is ``token`` a gerund or participle the tagger made of a word that
    names the kind of the term at ``start`` ("consulting clients",
    "broadcast deal"), a modifier to walk past to the amount before it?"""
    return (
        token.tag_ in ("VBG", "VBN")
        and token.dep_ in ("amod", "compound")
        and token.head.i >= start
    )


def _money_in_before(doc: Doc, start: int) -> int | None:
    """Where an amount of money begins that "in" or "of" puts into the outcome
    term right after it ("$1.9M in pipeline", "£40k in new contracts", round32;
    "sourced $610k of pipeline"): the term's amount, told as money. Adjectives
    may stand between ("in new contracts"); a count of something else may not
    ("3 hours in meetings")."""
    index = start - 1
    # and a participle the tagger makes of one ("$2.3M in influenced pipeline", round46)
    while index > 0 and (
        doc[index].pos_ == "ADJ" or _a_participle_naming_its_kind(doc[index], start)
    ):
        index -= 1
    if index < 1 or doc[index].lower_ not in ("in", "of"):
        return None
    amount = _count_start(doc, index - 1)  # "1.9" "M": the scale letter split off
    if not _money_amount(doc[amount]):
        return None
    return _with_its_currency(doc, amount)


def _listed_with(verb: Token, lemmas: frozenset[str]) -> bool:
    """Is the verb listed with one of these verbs, next to it across a comma,
    "and" or "or" ("subscribed, commented, or sent it to a friend", "liked,
    subscribed and shared")? Word order decides: the parse hangs such lists
    in many ways ("conj", "dep", a second clause on the noun)."""
    doc = verb.doc
    for step in (1, -1):
        index = verb.i + step
        while 0 <= index < len(doc) and (doc[index].text == "," or doc[index].lower_ in _JOINS):
            index += step
        if index == verb.i + step or not 0 <= index < len(doc):
            continue  # no join between: not a list
        if doc[index].pos_ == "VERB" and doc[index].lemma_ in lemmas:
            return True
    return False


def _meetings_booked(verb: Token, booked_for_sales: frozenset[str]) -> bool:
    """Is the object of "book" meetings or calls counted ("booked 63 meetings",
    "booked 40 discovery calls"): a seller's pipeline, not the writer's
    purchase ("I booked 2 flights", "I booked a demo of their tool", no count)?"""
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        counted = any(is_count(c) for c in thing.children if c.dep_ == "nummod")
        if counted and thing.lemma_ in booked_for_sales:
            return True
    return False


def _money_put_in(verb: Token, term: Token) -> int | None:
    """Where the amount of money begins that a verb put "into" or "to" the
    outcome ``term`` ("put £1.8M of groceries into online baskets", "added
    $40k to the pipeline"), or None."""
    if term.head.lower_ not in ("into", "to"):
        return None
    for amount in (c for c in verb.children if c.dep_ == "dobj" and c.i < term.i):
        if any(_money_amount(t) for t in amount.subtree if t.i <= amount.i):
            return amount.left_edge.i
    return None


def _earned_more_than(verb: Token) -> Token | None:
    """The "more" or "less" a verb of earning took as its object, set against
    something after "than" ("we earned more from Bandcamp than from 40 million
    streams"): money compared, though no amount is named; not "made more
    videos than" (a noun after "more")."""
    return next(
        (
            more
            for more in verb.children
            if more.dep_ == "dobj"
            and more.lower_ in ("more", "less")
            and any(c.lower_ == "than" for c in more.children)
        ),
        None,
    )


def _made_for_a_price(verb: Token) -> bool:
    """Is the money after "made" what the making cost ("we made it for £4k
    with a borrowed camera", "made on an iPhone and a £600 budget"), an
    amount after "for", or "on" a budget, not takings?"""
    return any(
        c.dep_ == "prep"
        and (
            (c.lower_ == "for" and any(t.text in _CURRENCY or _money_amount(t) for t in c.subtree))
            or (c.lower_ == "on" and any(t.lemma_ == "budget" for t in c.subtree))
        )
        for c in verb.children
    )
