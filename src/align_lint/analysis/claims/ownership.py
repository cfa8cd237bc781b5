"""Whose a term is: ours ("we", "our", the brand by name beside us), a third
party's (a named company's or person's, a source that reported it, an aside
about a guest "who has 3M followers"), or the reader's.

An attention count is a vanity claim only when it is the writer's own; the
functions here answer "whose?" for the mood and metric readers above.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Mapping
from functools import cached_property
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from align_lint.analysis.claims.counts import (
    SCALE,
    _count_start,
    _emoji,
    _is_scale,
    is_big,
    is_count,
    is_money,
    is_multiple,
)
from align_lint.analysis.claims.layout import _THREAD_MARK, _opening, _openings
from align_lint.analysis.claims.names import (
    a_calendar_name,
    a_known_ing_form,
    a_name,
    an_unknown_word,
    opens_a_features_name,
    written_as_a_name,
)
from align_lint.analysis.claims.vocabulary import _MULTIPLES, Vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# Words a bracketed size may hold before its term, and a name before it: "(1.2M followers)".
_BRACKETED = 4
# Subjects whose counted attention is their own habit (``_doers_habit``).
_DOERS = frozenset({"i", "he", "she", "we", "you"})
# Having, not getting: what a named brand or person "has" is background to a
# story ("at the time, Nike had 80,000 followers"); what it gained is a result.
_HOLDING = frozenset({"have", "boast"})
# Where a person posts as themselves: "on her personal account" (round41).
_PERSONAL_PLACES = frozenset({"account", "page", "profile", "channel", "feed"})


def _a_story_that_moves_on(verb: Token, holder: Token, counting: frozenset[str]) -> bool:
    """Does the sentence go on, after a person's past count ("she had 200
    followers"), to what the same person does now, which is no count: "…;
    today she runs a bakery with 12 staff", "now he employs six people"?
    Then the count is background to her story. "…; today she has 40,000",
    "now he gets 5,000 views a day" (a verb of having, getting or growing:
    ``counting``) tell a story of growth, which claims it."""
    for subject in verb.sent:
        if subject.i <= verb.i or subject.dep_ != "nsubj" or subject.lower_ != holder.lower_:
            continue
        later = subject.head
        if later.lemma_ in counting or later.pos_ not in ("VERB", "AUX"):
            return False
        return not any(is_count(c) for c in later.children if c.dep_ in ("dobj", "attr"))
    return False


def _someone_the_writer_met(verb: Token, meeting: frozenset[str]) -> bool:
    """Does the sentence of a past count held by "she" or "he" name a person
    the writer met, interviewed or hired ("When I interviewed Dana, she had
    300,000 followers", "we hired Sam when he had 2k subscribers")? Then "she"
    is that person, not the writer's account, and the count is background to
    her story. The small model's parse names no people, so the verb decides."""
    for token in verb.sent:
        if token.lower_ not in ("i", "we") or token.dep_ != "nsubj":
            continue
        met = token.head
        if met == verb or met.lemma_.lower() not in meeting:
            continue
        objects = [c for c in met.children if c.dep_ == "dobj"]
        objects += [
            g for c in met.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        if any(o.pos_ == "PROPN" for o in objects):
            return True
    return False


_FIRST_PERSON = frozenset({"i", "we", "us", "me", "'s", "let", "our", "my"})
# What makes the subject of "went viral" any such thing, not the writer's own:
# "a single bad review could go viral", "anything can trend", "what makes a
# video go viral" (see ``_generic``).
_GENERIC_DETERMINERS = frozenset({"a", "an", "any", "every", "each", "another", "no"})
# Parts of a whole that a count follows: "a quarter of a million readers" is
# 250,000 readers, not "a quarter" said of any such thing.
_FRACTIONS = frozenset({"quarter", "third", "half", "fifth", "tenth"})
_GENERIC_PRONOUNS = frozenset(
    {"what", "whatever", "anything", "something", "nothing", "everything",
     "anyone", "anybody", "someone", "somebody", "nobody", "everyone", "everybody"}
)  # fmt: skip
_MINE = frozenset({"i", "we", "us", "me", "our", "ours", "my", "mine"})
# Object pronouns of someone not the writer: "drove sales for them".
_THIRD_PERSON = frozenset({"them", "him", "her"})
# Possessive pronouns standing for another's thing: "theirs drove $3M" (round32).
_THEIRS = frozenset({"theirs", "hers", "his"})
# The pronouns that open a relative clause as its subject: "…, which drew 3M views".
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
# The writer in a paragraph's words (``_ParagraphWords``, contractions kept whole).
_MINE_WORDS = _MINE | frozenset({"i'm", "i've", "we're", "we've", "let's"})
# The writer as a pronoun standing alone, not a determiner ("than me", not "than our…").
_THE_WRITER = frozenset({"i", "we", "us", "me", "ours", "mine", "myself", "ourselves"})
# What sets two clauses side by side: "X earned $12M while we…".
_SETTING_BESIDE = frozenset({"while", "whereas", ";", "but", "and"})
# The marks of a clause that tells what led to an outcome, not a contrast with
# it: "Acme's sales rose after our reel got 2M views" (an agency's tie).
_LEADING_MARKS = frozenset({"after", "since", "because", "when", "once", "as", "so"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_OTHER_CLAUSES = frozenset({"conj", "cc", "advcl", "ccomp", "parataxis", "relcl"})
# The words that head a clause of their own, under another word.
_CLAUSE_HEADS = frozenset({"conj", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "relcl", "acl"})
# The tags of a helping verb that asks after "why" or "how": "why did…", "how does…".
_ASKING_HELPERS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# What a sentence that speaks as the writer opens with: "We grew…", "Our followers…".
_WRITER_OPENINGS = frozenset({"we", "our"})
# Adverbs that add to the sentence before: "We also…", "…, too".
_ADDING = frozenset({"also", "too"})
# Vague amounts big enough to be an audience when people follow: "thousands of
# fans"; "dozens" and "tens" alone are a handful ("dozens of people asked").
_CROWDS = frozenset({"hundreds", "thousands", "millions", "billions"})


def _a_name_opening(sentence: Span, causing: frozenset[str]) -> Token | None:
    """The verb after a name that opens the sentence as its subject, after any
    lead-in label ("Globex earned $12M last year", "Quick update: Initech grew
    its Instagram…"), read from word order; None if the sentence opens
    otherwise, speaks as the writer anywhere ("Globex earned $12M for us"), or
    its name is a day or a month or only a cause ("Black Friday drove record
    sales", "Instagram brought…")."""
    if any(t.lower_ in _MINE for t in sentence):
        return None
    # A post typed in lower case keeps its names' tags, not their capitals.
    lowered = not any(ch.isupper() for ch in sentence.text)
    at = _opening(sentence).i
    # over a name's "'s" to what it owns by name: "Morrell's TikTok gained…" (round49)
    doc, first = sentence.doc, _opening(sentence).i
    while at < sentence.end and (
        written_as_a_name(doc[at], lowered)
        or (at > first and doc[at].tag_ == "POS")
        or (at > first and doc[at - 1].tag_ == "POS" and doc[at].text[:1].isupper())
    ):
        at += 1
    if at == _opening(sentence).i or at >= sentence.end:
        return None
    verb = sentence.doc[at]
    if verb.tag_ not in ("VBD", "VBZ") or verb.lemma_ in causing:
        return None
    return verb


def _opens_as_the_writer(sentence: Span, other: str) -> bool:
    """Does the sentence open with "We" or "Our" ("We grew our followers 40%"),
    or with a name that is not ``other`` (a case study's "Acme's reels
    passed…" after "Globex earned…"), and not add to what the sentence
    before said ("We also passed 1M followers" goes on with the same
    company's results, told by name)?"""
    first = _opening(sentence)
    while first.is_space and first.i + 1 < sentence.end:
        first = sentence.doc[first.i + 1]
    named = written_as_a_name(first) and first.lower_ != other
    if first.lower_ not in _WRITER_OPENINGS and not named:
        return False
    return not any(t.lower_ in _ADDING for t in sentence)


def _their_side(sentence: Span, nouns: frozenset[str]) -> bool:
    """Does the sentence name another's people or ways by "their" ("here is
    what their team did differently", "their playbook") and never the writer?"""
    words = [t for t in sentence if not t.is_space]
    if any(t.lower_ in _MINE for t in words):
        return False
    return any(
        word.lower_ == "their" and following.lemma_.lower() in nouns
        for word, following in pairwise(words)
    )


def _own_clause(verb: Token) -> Iterator[Token]:
    """The verb's subtree without the clauses joined to it: in "impressions
    doubled, and as a result 120 customers signed up" the 120 is not theirs."""
    yield verb
    for child in verb.children:
        if child.dep_ not in _OTHER_CLAUSES:
            yield from child.subtree


def _marked_to(verb: Token) -> bool:
    """Is the verb an infinitive with its "to" ("to sell", "to pass a million")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _stocked_by(head: Token, sellers: frozenset[str], stocking: frozenset[str]) -> bool:
    """Do sellers carry the writer's product: "stockists in three cities now
    carry our sauce", "two retailers list our range", or a named brand's in a
    case study ("…carry Acme's sauce"): retail distribution won?"""
    verb = head.head
    if head.dep_ != "nsubj" or head.lemma_ not in sellers or verb.lemma_ not in stocking:
        return False
    return any(c.dep_ == "dobj" and _ours_or_a_brands(c) for c in verb.children)


def _ours_or_a_brands(phrase: Token) -> bool:
    """Is the phrase the writer's, or a brand's by its name, however typed:
    "our sauce", "Acme's sauce", "vandelay's sauce"? A brand may write of
    itself by name, and a case study's brand is its subject."""
    return _says_us(phrase) or _a_names(phrase) or _a_possessors(phrase)


def _a_possessors(phrase: Token) -> bool:
    """A bare noun's possessive in front ("vandelay's salsa"): a brand's name as
    a writer may type it in lower case, which the tagger then reads as a common
    noun. A common noun would have its determiner ("the farm's salsa"); "their
    salsa" has no possessor of that kind."""
    return any(_a_bare_possessor(c) for c in phrase.children)


def _a_bare_possessor(word: Token) -> bool:
    if word.dep_ != "poss" or word.tag_ not in ("NN", "NNP"):
        return False
    children = list(word.children)
    return any(c.tag_ == "POS" for c in children) and not any(c.dep_ == "det" for c in children)


def _names_beside_us(sentence: Doc) -> bool:
    """A name, then a contrast, then the writer or another name, read from the
    words alone: "Globex earned $12M while we…", "Initech's sales rose 20%;
    our reel…", "…, and Acme's reel…" (a brand may write of itself by name)."""
    named = contrasted = sentence[0].lower_ in _SETTING_BESIDE
    first = ""
    opened = False  # "Quick update: while the market leader…, our…"
    for token in sentence:
        if not named:
            opened = opened or token.lower_ in ("while", "whereas")
            named = token.pos_ == "PROPN" or token.lower_ == "leader"
            first, contrasted = token.lower_, opened
        elif not contrasted:
            contrasted = token.lower_ in _SETTING_BESIDE
        elif token.lower_ in _MINE or (token.pos_ == "PROPN" and token.lower_ != first):
            return True
    return False


def _past_the_writers(head: Token) -> bool:
    """Is the outcome held by the writer's word on the way up to its clause
    ("Instagram is now our top source of new customers")?"""
    node = head
    for _ in range(4):
        if any(c.dep_ == "poss" and c.lower_ in _MINE for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ in _CLAUSE_HEADS:
            return False
        node = node.head
    return False


def _what_a_relative_stands_for(subject: Token) -> Token:
    """The noun a relative pronoun stands for, when it is a relative clause's
    subject ("the governor's video address, which drew 3 million views": the
    address); any other subject as it is (round48)."""
    clause = subject.head
    if subject.lower_ in _RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        return clause.head
    return subject


def _a_named_party(head: Token, subject: Token | None) -> bool:
    """Is the outcome a named party's: its clause's subject a name ("Globex
    earned…"), a name's ("Initech's sales rose…") or the market leader, or
    the term a name's?"""
    if _owned_by_a_name(head):
        return True
    if subject is None or _says_us(subject):
        return False
    if is_count(subject):
        return False  # "+6 pts consideration": a count the tagger made a name
    if subject.pos_ == "PROPN" or _owned_by_a_name(subject):
        return True
    if any(_a_name_before(c) for c in subject.children):
        return True
    return subject.lemma_ == "leader" and any(c.lower_ == "market" for c in subject.children)


def _a_name_before(word: Token) -> bool:
    """A capitalised name before a noun: "Brand X", "Competitor X" (the tagger
    may make the letter a noun after a lead-in); not a count the tagger made
    a name ("100k likes"). Typed in lower case, a word no dictionary knows
    ("the gucci teaser", ``names``). Not a day or a month ("the Saturday
    matinees are fully booked")."""
    if word.dep_ != "compound":
        return False
    if word.is_sent_start and a_known_ing_form(word):
        return False  # "Consulting enquiries went from 3 to 11" opening a line (round40)
    return (word.pos_ == "PROPN" and word.is_title and written_as_a_name(word)) or an_unknown_word(
        word
    )


def _writer_compared(sentence: Span) -> bool:
    """Is the writer what the sentence compares someone with ("…fewer Instagram
    followers than us", "…more than me")? Then the sentence is about them."""
    return any(t.lower_ in _MINE and t.head.lower_ == "than" for t in sentence)


def _writer_in_another_clause(verb: Token, platforms: Collection[str]) -> bool:
    """Does the writer, or another name, count its own in another clause of
    the sentence, set beside the outcome's ("…, while we hit 500k followers";
    "…, and our reel got 4 million views"; "Globex earned $12M while Acme hit
    500k followers")? Not in a clause that tells what led to it: "Acme's
    sales rose 20% after our reel went viral" is an agency's tie."""
    own = {token.i: token.lower_ for token in _own_clause(verb)}
    named = frozenset(own.values())
    for token in verb.sent:
        if token.i in own or not _counter_of_its_own(token, named, platforms):
            continue
        clause = token
        while clause.dep_ not in _CLAUSE_HEADS and clause.head.i != clause.i:
            clause = clause.head
        if verb.dep_ == "ccomp" and verb.head.i == clause.i:
            continue  # "Mirelle says [its sales…]": the name that reports this very outcome
        leading = clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _LEADING_MARKS for c in clause.children
        )
        # A figure of its own set beside theirs; not "…, and we are proud of our work".
        counted = any(is_count(t) for t in clause.subtree if t.i not in own)
        if counted and not leading:
            return True
    return False


def _counter_of_its_own(token: Token, named: Collection[str], platforms: Collection[str]) -> bool:
    """The writer ("we", "our"), or a name the outcome's clause does not hold
    as the one who owns or does something ("Acme reached…", "Acme's reel
    got…"); a platform is where, not who ("…while Instagram views rose")."""
    if token.lower_ in _MINE:
        return True
    if token.lower_ in named or token.lower_ in platforms:
        return False
    if token.pos_ != "PROPN":
        return _a_bare_name_gaining(token)
    return token.dep_ in ("nsubj", "poss") or (
        token.dep_ == "compound" and token.head.dep_ in ("nsubj", "poss")
    )


def _a_bare_name_gaining(token: Token) -> bool:
    """A name typed in lower case as the subject of a clause that counts what
    it got: "…while vandelay gained 90k followers" (the tagger makes it a
    noun). Only a bare singular noun (no article, owner or modifier) right
    before its past or present verb, which has an object: "while traffic grew
    40%" names what grew, not who."""
    if token.dep_ != "nsubj" or not token.is_alpha:
        return False
    verb = token.head
    if not _bare_noun_before(token, verb) or verb.tag_ not in ("VBD", "VBZ"):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _bare_noun_before(subject: Token, verb: Token) -> bool:
    """Is the subject what a name typed in lower case looks like to the tagger:
    a singular common noun with no article, owner or modifier, right before
    its verb ("vandelay gained", "bytedance reported")?"""
    return subject.tag_ == "NN" and subject.i + 1 == verb.i and not any(subject.children)


def _reported_by_another(
    sentence: Span,
    saying: frozenset[str],
    grammar: Mapping[str, frozenset[str]],
    cited: frozenset[str],
) -> bool:
    """Does someone else report it: a verb of saying with a subject that is not
    the writer ("Netflix said…", "…, the company said", "analysts noted"), a
    study cited by "according to" ("…, according to Acme's benchmark of
    2,000 brands") or one that "found" it? Market research and benchmark posts
    cite others' figures so."""
    if _labelled_from_a_source(sentence, grammar["population_sources"]):
        return True  # "Interesting stat from this year's Sport Social Index: …" (round47)
    return any(
        (
            token.lemma_ in saying
            and token.pos_ == "VERB"
            and any(
                c.dep_ == "nsubj"
                and _a_source(c, grammar)
                and not _the_company_closing(c, token, grammar["release_subjects"])
                and not _a_maker_reporting(c, grammar)
                and not _a_platforms_readout(c, token, grammar["stat_sources"])
                for c in token.children
            )
            and not _announced_today(token)
        )
        or _according_to_a_source(token, grammar["population_sources"], cited)
        or _found_by_a_study(token, cited)
        for token in sentence
    )


def _labelled_from_a_source(sentence: Span, sources: frozenset[str]) -> bool:
    """Does the sentence open with a label that names where its figures come
    from, a survey or an index of many ("Interesting stat from this year's
    Sport Social Index: the average club gained…", "From the 2024 creator
    survey: …")? ``sources`` are such studies (lemmas)."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or colon.i - sentence.start > 10:
        return False
    label = sentence.doc[sentence.start : colon.i]
    opening = next((t.i for t in label if t.lower_ == "from"), None)
    if opening is None:
        return False
    return any(t.lemma_.lower() in sources for t in sentence.doc[opening + 1 : colon.i])


def _found_by_a_study(verb: Token, cited: frozenset[str]) -> bool:
    """Is ``verb`` a study's or a survey's finding ("a study of 8,000 accounts
    found median views per video fell 18%", "new research shows…")? Its
    figures are the study's (the caller has checked the sentence holds no "we",
    "our" or "my")."""
    return verb.lemma_ in ("find", "show", "suggest") and any(
        c.dep_ == "nsubj" and c.lemma_ in cited for c in verb.children
    )


def _a_platforms_readout(subject: Token, verb: Token, sources: frozenset[str]) -> bool:
    """Is a platform, in the present, reading out the writer's own stats with
    no clause of its own ("Spotify says 48,107 monthly listeners", "YouTube
    Studio says 2 million views this month")? Not news it tells of someone
    ("Spotify says the song has 40 million streams", "TikTok said…")."""
    if verb.tag_ not in ("VBZ", "VBP") or not any(t.lower_ in sources for t in subject.subtree):
        return False
    children = list(verb.children)
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if clauses:
        # of the writer's own piece (round42): "Substack says this post has
        # been read 48,000 times", "YouTube says my video has 2M views"
        return all(_of_this_or_my_piece(clause) for clause in clauses)
    return any(c.dep_ == "dobj" for c in children)


def _of_this_or_my_piece(clause: Token) -> bool:
    """Is the clause's subject "this" piece or the writer's own ("this post",
    "my video", "our episode")?"""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(
            (d.dep_ == "det" and d.lower_ == "this") or (d.dep_ == "poss" and d.lower_ in _MINE)
            for d in c.children
        )
        for c in clause.children
    )


def _reported_by_a_name(
    sentence: Span, saying: frozenset[str], organisations: frozenset[str]
) -> bool:
    """Does a name report it ("…, Alphabet said", "Meta reported…")? Not "the
    company said" nor "she said", which a case study writes of its own subject."""
    return any(
        token.lemma_ in saying
        and token.pos_ == "VERB"
        and any(
            c.dep_ == "nsubj" and (_named(c) or _a_bare_name_reporting(c, token, organisations))
            for c in token.children
        )
        for token in sentence
    )


def _a_bare_name_reporting(subject: Token, verb: Token, organisations: frozenset[str]) -> bool:
    """A name typed in lower case as the reporter of a quote ("…, bytedance
    reported"): the tagger makes it a common noun, but a singular common noun
    with no determiner, right before the closing verb of saying, is a name:
    "the company said" has its article, "management said" its own word."""
    return (
        _bare_noun_before(subject, verb)
        and subject.i > 0
        and subject.doc[subject.i - 1].text == ","
        and subject.lemma_ not in organisations
    )


def _anothers_writing(word: Token, people: frozenset[str]) -> bool:
    """Is what is said to be widely read or shared someone else's writing:
    "her essay was widely read", "the paper by Lee and Park was widely
    shared", "the author's widely cited thread"? A blog cites others' work so,
    as background. Not a brand by name ("Acme's post was widely shared", a
    result as case studies tell it) nor anything with the writer in the
    sentence ("our post", "my essay")."""
    if any(token.lower_ in _MINE for token in word.sent):
        return False
    if word.dep_ == "amod":  # "her widely read essay"
        thing: Token | None = word.head
    else:  # "her essay was widely read"
        thing = next((c for c in word.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if thing is None:
        return False
    for child in thing.children:
        if child.dep_ == "poss" and (child.lower_ in _THEIR_OWN or child.lemma_ in people):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "by"
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
        ):
            return True  # an author named after it
    return False


def _they_of_a_lead_in(subject: Token) -> bool:
    """Is "they" someone a lead-in before a colon introduced ("Case study from
    a peer agency: they grew a client's Instagram by 80k followers")? The
    lead-in names another by an indefinite noun ("a peer agency", "another
    studio"); a lead-in of the writer's ("News from our team: they…") has
    the writer in it, and the caller keeps those sentences claims."""
    if subject.lower_ != "they":
        return False
    sentence = subject.sent
    # The last colon before "they": a label may come first ("Quick update:
    # Case study from a peer agency: they…").
    colons = [t.i for t in sentence if t.text == ":" and t.i < subject.i]
    if not colons:
        return False
    return any(
        token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)
        for token in sentence.doc[sentence.start : colons[-1]]
    )


def _past_a_label(subject: Token) -> Token:
    """The subject after a lead-in label the parse took for it: "quick note:
    rival x made $3m…" makes "note" the subject and "rival" its apposition."""
    after = subject.i + 1
    if after >= len(subject.doc) or subject.doc[after].text != ":":
        return subject
    named = [c for c in subject.children if c.dep_ == "appos" and c.i > after]
    return named[0] if named else subject


def _a_maker_reporting(subject: Token, grammar: Mapping[str, frozenset[str]]) -> bool:
    """Is the one who says it named with the role of the thing's maker, as the
    trade press writes of a company reporting its own results ("Publisher Wren
    Media says its unique visitors hit 18 million", "Snack brand Crumbhouse
    says its series was viewed 40 million times", "…, producer Marlo Audio
    said")? Its own claim, as a release's is (judge55). Not a platform telling
    its users' numbers ("Meta said…"), nor an analyst or a spokesperson."""
    if subject.lower_ in grammar["platforms"] or not _named(subject):
        return False
    roles = [t for t in subject.subtree if t.i < subject.i and t.dep_ == "compound"]
    if any(c.lemma_.lower() in grammar["source_roles"] for c in roles):
        return False  # "analyst firm Ovum said…": a source of others' figures
    return any(c.lower_ in grammar["release_roles"] for c in roles)


def _the_company_closing(subject: Token, verb: Token, release_subjects: frozenset[str]) -> bool:
    """Is it a press release's closing "…, the company said": "the company"
    (or "the brand", "the firm") after a comma, with nothing else said of it?
    A release and the trade press write so of the company the text is about,
    whose results the metrics are ("the series has passed 40 million views,
    the company said"), not of a source reporting another's. A named reporter
    ("…, Netflix said") and "a spokesperson said" stay another's."""
    doc = subject.doc
    article = subject.i - 1
    return (
        subject.lower_ in release_subjects
        and verb.i == subject.i + 1
        and article > 0
        and doc[article].lower_ == "the"
        and doc[article - 1].text == ","
    )


def _announced_today(verb: Token) -> bool:
    """Is it a press release's "<Company> today announced…", which the company
    writes about itself (its page's followers are its own claim), not the
    news reporting what another said ("Netflix said…")?"""
    return verb.lemma_ == "announce" and any(c.lower_ == "today" for c in verb.children)


def _according_to_a_source(
    token: Token, population_sources: frozenset[str], citable: frozenset[str]
) -> bool:
    """Is ``token`` the "according" of "according to <a study of a population>"
    ("a survey", "X's benchmark", "a study of 900 accounts")? Not "according
    to <a name>" or to a study that ranks one brand: trade press tells a
    brand's own results so ("the brand gained 350,000 followers, according to Acme")."""
    if token.lower_ != "according":
        return False
    cited = [o for c in token.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return any(
        source.lemma_.lower() in population_sources
        or (source.lemma_.lower() in citable and _of_a_sample(source))
        for source in cited
    )


def _of_a_sample(source: Token) -> bool:
    """Is the study one of a counted sample: "a study of 900 brand accounts"?"""
    return any(c.lower_ == "of" and any(is_count(t) for t in c.subtree) for c in source.children)


def _a_source(subject: Token, grammar: Mapping[str, frozenset[str]]) -> bool:
    """Who may report news: a name, a company, analysts, he or she; not a
    thing that "says" ("a subject line that says 'You have 3,723 new
    followers'")."""
    return (
        _named(subject)
        or subject.lower_ in ("he", "she", "they")
        or subject.lemma_ in grammar["organisations"]
        or subject.lemma_ in grammar["source_roles"]
    )


def _asked_of_a_name(subject: Token) -> bool:
    """A question about a named thing's result: "Why did the new Pepsi ad get
    5 million dislikes?" (a thread about another brand)."""
    sentence = subject.sent
    asking = next((w for w in _openings(sentence) if w.lower_ in ("why", "how")), None)
    if asking is None or not _asked(sentence, subject, asking):
        return False
    return (
        _named(subject)
        or _named_by_an_address(subject)
        or any(c.dep_ in ("compound", "poss") and _named(c) for c in subject.children)
    )


def _asked(sentence: Span, subject: Token, asking: Token) -> bool:
    """Is the sentence a question: a "?" after its subject (hashtags or emoji
    may follow it), or, typed without one, its ``asking`` "why" or "how" and
    then a helping verb ("why did the Hooli teaser get 2 million views")?"""
    if any(t.text == "?" for t in sentence if t.i > subject.i):
        return True
    return asking.i + 1 < sentence.end and _helps_to_ask(asking)


def _helps_to_ask(word: Token) -> bool:
    """Is the next word a helping verb that asks: "why did…", "how does…"?
    From its tag, so that the mood cue (no parse yet) reads it too."""
    helper = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return helper is not None and helper.tag_ in _ASKING_HELPERS and helper.pos_ == "AUX"


def _a_record(subject: Token) -> bool:
    """A record someone set, told of something indefinite in the past: "a
    selfie at the Oscars became the most retweeted post ever"."""
    past = subject.head.tag_ == "VBD"
    return past and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)


def _a_piece_by(subject: Token, people: frozenset[str], content: frozenset[str]) -> bool:
    """Is the subject a piece "by" a person named by a role ("a post by a
    backbench MP", "the thread by a junior doctor")? That person's piece."""
    maker = _maker_of_a_piece(subject, "by", content)
    return maker is not None and maker.lower_ in people and not _says_us(maker)


def _maker_of_a_piece(piece: Token, preposition: str, content: frozenset[str]) -> Token | None:
    """Who a piece of content is "by" or "from" ("a post by a backbench MP",
    "that sofa ad from the Danish furniture chain"), or None."""
    if piece.lemma_ not in content:
        return None
    return next(
        (
            t
            for p in piece.children
            if p.dep_ == "prep" and p.lower_ == preposition
            for t in p.children
            if t.dep_ == "pobj"
        ),
        None,
    )


def _ours(person: Token, rivals: frozenset[str]) -> bool:
    """ "our founder" speaks for the writer, and so do "our shelter's TikTok"
    and "our Facebook Live" (the writer's by its owner's or its name's "our");
    "our competitors" do not."""
    # "our shelter's TikTok", and "Our Facebook Live" (the parse hangs "our" on
    # the name before the holder)
    named = [c for c in person.children if c.dep_ in ("poss", "compound", "npadvmod")]
    owners = [c for c in named if c.dep_ == "poss"]
    owners += [c for owner in named for c in owner.children if c.dep_ == "poss"]
    mine = any(c.lower_ in ("our", "my") for c in owners)
    return mine and person.lemma_ not in rivals


def _a_rivals(owner: Token, rivals: frozenset[str]) -> bool:
    """An owner named as a rival by its modifier: "the rival league's final", "a
    competitor brand's reel" (the tagger makes "rival" an adjective or a
    compound); not "our rival league's", which the writer would not say of
    itself, nor "the league's"."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in owner.children):
        return False
    return any(
        c.dep_ in ("amod", "compound") and (c.lemma_ in rivals or c.lower_ in rivals)
        for c in owner.children
    )


def _a_rival_named(subject: Token, rivals: frozenset[str], saying: frozenset[str]) -> bool:
    """Is the subject a rival, by its noun or its modifier ("our biggest
    competitor", "a rival brand"), or a pronoun for one that a rival's own
    report speaks of ("the competitor says it passed 5M followers")?"""
    if subject.lemma_ in rivals or _a_rivals(subject, rivals):
        return True
    if subject.lower_ not in ("it", "they"):
        return False
    clause = subject.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in saying:
        return False
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return any(s.lemma_ in rivals or _a_rivals(s, rivals) for s in speakers)


# How many words a piece's quoted title may run to: "a competitor's 'we're
# shutting down' post".
_TITLE_REACH = 12
# Quotation marks, straight, curly and as the tokenizer writes them ("``", "''").
_QUOTE_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "`", "``", "''"})


def _owner_before_a_title(piece: Token) -> Token | None:
    """Whose a piece is when a quoted title stands between its owner and it
    ("a competitor's 'we're shutting down' post"): the word before the "'s"
    that opens the title, which the parse, taking the title for a clause,
    does not hang on the piece. None without such a title."""
    doc = piece.doc
    close = piece.i - 1
    if close < 3 or doc[close].text not in _QUOTE_MARKS:
        return None
    for opening in range(close - 1, max(piece.sent.start, close - _TITLE_REACH) - 1, -1):
        if doc[opening].text in _QUOTE_MARKS:
            owns = opening - 1
            if owns > 0 and doc[owns].lower_ in ("'s", "\u2019s"):
                return doc[owns - 1]
            return None
    return None


def _subjects_of_its_verb(head: Token) -> list[Token]:
    """The subjects of the verb the attention term is the object of, or is:
    "X passed 1M followers", "X was viewed 2M times"."""
    if head.dep_ in ("appos", "dobj", "pobj") and _a_multiple(head.head):
        head = head.head  # "the rival has 10x our followers": the multiple is the object
    verb = head if head.pos_ == "VERB" else head.head if head.dep_ == "dobj" else None
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _a_multiple(token: Token) -> bool:
    """ "10x", "3x", "double", "twice": a factor a baseline is taken by."""
    return token.lower_ in _MULTIPLES or is_multiple(token)


def _first_person(subject: Token, plans: frozenset[str]) -> bool:
    """ "we", "our goal", and a plan said of no one ("the plan is to…"), which is
    the writer's as an imperative is; "the banks' plan" is not."""
    if subject.lower_ in _FIRST_PERSON:
        return True
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if owners:
        return owners[0].lower_ in _FIRST_PERSON
    return subject.lemma_ in plans


def _subject_of_the_first_verb(verb: Token) -> Token | None:
    """The subject of the first of the verbs ``verb`` is joined to by "and"
    ("the clip got picked up by meme accounts and is now sitting at seven
    digits": "clip"), in a parsed sentence; else None."""
    if verb.dep_ != "conj" or not verb.doc.has_annotation("DEP"):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # the joined verb has a subject of its own
    return next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _a_names_piece_noticed(head: Token, noticing: frozenset[str]) -> bool:
    """Is the count a named owner's piece that the writer saw or noticed,
    told in a "that" clause ("Saw that the Lantern Hotel's reel hit 5M views
    this week. Fair play to them")? News of someone else's result; "saw
    that our reel hit 5M" is the writer's."""
    verb = head.head if head.dep_ == "dobj" else head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in noticing:
        return False
    noticer = verb.head
    if noticer.tag_ not in ("VBD", "VBG", "VBP", "VBN") or noticer.i > verb.i:
        return False  # "Ones to Watch: Fenwick's spot has racked up 9M views": a title's verb
    if any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in noticer.children):
        return False  # "…, the shelter's page has never seen anything like it": not the writer
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return any(o.pos_ == "PROPN" and o.lower_ not in _MINE for o in owners)


def _a_sentence_on_a_names_piece_seen(head: Token, noticing: frozenset[str]) -> bool:
    """Does the sentence open with the writer's "Saw" or "Spotted" and a
    name's piece before the term, nothing of the writer's in it ("Saw
    Ferncastle Council's bin-day meme went viral last week, 3M views
    apparently"; round48)? Every count of it is that piece's, a fragment
    after a comma too, however the parse hangs it."""
    sentence = head.sent
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not words or words[0].lemma_ not in noticing or words[0].tag_ != "VBD":
        return False
    if any(t.lower_ in _MINE for t in sentence):
        return False
    return any(t.tag_ == "POS" and t.i < head.i and t.head.pos_ == "PROPN" for t in sentence)


def _a_piece_called_false(head: Token, falsehoods: frozenset[str]) -> bool:
    """Is the term on a piece that its sentence calls wrong, false or fake
    ("The most-shared article about the flood last week was wrong about the
    dam"), one of ``falsehoods`` (lemmas), in a sentence with no word of the
    writer's? A debunking speaks of what spread, not of the writer's reach."""
    noun = head.head if head.dep_ in ("amod", "compound") else head
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return False
    if any(c.dep_ == "neg" for c in noun.head.children):
        return False  # "Over 3 million fans can't be wrong!" leans on the count
    judged = [c for c in noun.head.children if c.dep_ in ("acomp", "attr")]
    if not any(j.lemma_.lower() in falsehoods for j in judged):
        return False
    return not any(t.lower_ in _MINE for t in head.sent)


def _what_it_is_of(word: Token) -> Token | None:
    """The noun the word's "of" takes ("one of my reels": "reels", "40% of
    viewers": "viewers"), or None."""
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)


def _subject_of(token: Token) -> Token | None:
    """The subject of the clause ``token`` is in; for a relative clause, the
    noun it describes ("videos that go viral": "videos")."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and _emoji(subjects[0]):
        subjects = subjects[1:]  # "⚠️ A post claiming to be from us is going viral"
    subject = subjects[0] if subjects else None
    if len(subjects) > 1 and any(t.lower_ == "but" for t in subjects[0].subtree):
        # "Not a big deal, but the shop just paid my rent": the parse hangs the
        # aside on "paid" as a subject too (not the parts of "micro-creators").
        subject = subjects[-1]
    if len(subjects) > 1 and _labels_the_line(subjects[0]):
        # "Trade press roundup: a sneaker brand's ad passed 40M views": the
        # line's label, made a subject too; the clause's own comes after it
        subject = subjects[1]
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in _RELATIVE_TAGS):
        if subject is not None and _of_the_whole_clause(subject, verb.head):
            return _subject_of(_clause_verb(verb.head))
        return verb.head
    return subject


def _labels_the_line(subject: Token) -> bool:
    """Is the subject a label that a colon ends ("Trade press roundup:"), not
    the clause's own subject?"""
    last = subject.right_edge  # the parse may hang the colon on the label
    if last.text == ":":
        return True
    return last.i + 1 < len(subject.doc) and subject.doc[last.i + 1].text == ":"


def _of_the_whole_clause(relative: Token, antecedent: Token) -> bool:
    """Is ", which" said of the clause before it rather than of the noun the
    parse hangs it on, the object of a preposition ("our video reached 90,000
    engineers on LinkedIn, which meant 640 applications": the reach meant them,
    not LinkedIn)?"""
    doc = relative.doc
    return (
        relative.lower_ == "which"
        and relative.i > 0
        and doc[relative.i - 1].text == ","
        and antecedent.dep_ == "pobj"
    )


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``, or the token itself in a clause
    with none ("But 50,000 of you??")."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # up to the root, whose head is itself
    return head if head.pos_ in ("VERB", "AUX") else token


def _subject_cue(token: Token) -> bool:
    """A word that may make the subject of "went viral" not the writer's."""
    lower = token.lower_
    return (
        lower in _GENERIC_DETERMINERS
        or lower in _GENERIC_PRONOUNS
        or lower == "by"
        or token.tag_ in _RELATIVE_TAGS
        or token.tag_ == "NNS"
        # a craze named by a quotation: "The '12-3-30' workout went viral"
        or token.is_quote
    )


def _named_owner(token: Token) -> bool:
    """A name or a person that may hold an audience: "Nike has…", "she has…"."""
    if (token.pos_ != "PROPN" and token.lower_ not in ("he", "she")) or token.i + 1 >= len(
        token.doc
    ):
        return False
    return token.doc[token.i + 1].lemma_ in _HOLDING


def _names_a_receiver(token: Token, receiving: frozenset[str]) -> bool:
    """A name before a verb of receiving in the present, "Zento receives…",
    "Acme gets…": the mood cue of ``_a_names_standing_rate`` (tags only, no
    parse yet)."""
    after = token.i + 1
    if _named_by_an_address(token):
        after += 1  # "Ctrip.com receives…", masked to "Ctrip     receives…"
    elif not (token.pos_ == "PROPN" or an_unknown_word(token)):
        return False
    if after >= len(token.doc):
        return False
    verb = token.doc[after]
    return verb.tag_ == "VBZ" and verb.lemma_ in receiving


def _named_by_an_address(token: Token) -> bool:
    """Is ``token`` a company's name left of its masked domain ("Ctrip.com",
    "Booking.com" read as "Ctrip     ")? The masking keeps the capitalised
    name of a bare domain and blanks the rest, which the tokenizer makes a
    space token on the same line. The tagger may call an unknown name a
    common noun; the address says it is a name."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    # ".io" masked leaves "   ", the token's own space and a space token of two.
    return after.is_space and "\n" not in after.text and len(after.text) >= 2


def _a_names_standing_rate(
    head: Token, receiving: frozenset[str], rates: frozenset[str], rivals: frozenset[str]
) -> bool:
    """A named company's visits as a standing rate, in the present: "Ctrip
    receives over 1.6M daily visits", "Acme gets 40,000 visitors a day". A
    case study or a profile gives its subject's scale as background, as "Nike
    has 300M followers" is; what someone's work did is told in the past
    ("Acme received 2M visits after the relaunch") and stays a claim, and
    "our site receives…" is the writer's."""
    verb = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "over":
        verb = head.head.head  # "receives over 1.6M daily visits", parsed as a place
    elif head.dep_ != "dobj":
        return False
    if verb.tag_ != "VBZ" or verb.lemma_ not in receiving:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = any(_a_name_not_the_writers(s, rivals) for s in subjects)
    return named and _said_as_a_rate(head, rates)


def _a_name_not_the_writers(subject: Token, rivals: frozenset[str]) -> bool:
    """A subject that is a name ("Zento", "kelvo" typed in lower case), or a
    thing named ("the travel site Zento"), and not the writer's ("our site
    Zento"). Why: a company's scale is background only when the company is
    not the writer; this asks of one subject word, not whose an audience is
    (``_audience_of_a_third_party``)."""
    if _ours(subject, rivals) or any(c.lower_ in _MINE for c in subject.children):
        return False
    return (
        _named(subject)
        or _named_by_an_address(subject)
        or any(c.dep_ in ("appos", "compound") and _named(c) for c in subject.children)
    )


def _named(word: Token) -> bool:
    """A proper noun as tagged, or a name the tagger could not see (``names``)."""
    return word.pos_ == "PROPN" or a_name(word)


def _said_as_a_rate(head: Token, rates: frozenset[str]) -> bool:
    """Is the count a rate: "monthly visits", "visits a day", "visits per month"?"""
    if any(c.dep_ == "amod" and c.lower_ in rates for c in head.children):
        return True
    after = head.doc[head.i + 1 : head.i + 3]
    return (
        len(after) == 2
        and after[0].lower_ in ("a", "per", "every", "each")
        and (after[1].lower_ in rates)
    )


def _named_circumstance(subject: Token) -> bool:
    """A name going viral as the time of another event, told by no "we":
    "within a day of Glossier going viral, rivals copied the ad"."""
    clause = subject.head
    # A name, or a thing named: "the Glowify filter going viral".
    named = subject.pos_ == "PROPN" or (
        any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)
        and not any(c.dep_ == "poss" for c in subject.children)
    )
    if not named or clause.dep_ not in ("pcomp", "advcl"):
        return False
    main = clause.head
    while main.dep_ in ("prep", "pobj", "pcomp") and main.head.i != main.i:
        main = main.head
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _MINE for c in main.children)


def _holding_verb(term: Token) -> Token | None:
    """The "has" or "boasts" whose object the attention noun is ("who has 2M
    followers"), also when the parse took a lower-case scale letter for the
    object and the noun for its apposition ("who has 3m fans")."""
    if term.dep_ == "appos" and term.head.dep_ == "dobj" and term.head.lower_ in SCALE:
        term = term.head
    if term.dep_ == "dobj" and term.head.lemma_ in _HOLDING:
        return term.head
    return None


def _antecedent(relative: Token) -> Token | None:
    """The word a relative pronoun follows ("Marta, who…": "Marta"), read by
    position: the parse often hangs a clause after a masked @mention or a
    name on the verb before it."""
    for token in reversed(relative.doc[max(0, relative.i - 3) : relative.i]):
        if token.is_punct and not token.is_space:
            continue
        return token
    return None


def _says_us(phrase: Token) -> bool:
    """Does the phrase under ``phrase`` name the writer ("a reel we posted",
    "two of our reels", "by us")?"""
    return any(t.lower_ in _MINE for t in phrase.subtree)


def _for_us(verb: Token) -> bool:
    """ "went viral for us", "trended for our brand": whose result it was."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and _says_us(c) for c in verb.children)


def _for_them(verb: Token) -> bool:
    """ "drove sales for them": a result told as someone else's gain, which a
    company never says of itself (not "for us", "for our clients")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lower_ in _THIRD_PERSON for o in c.children)
        for c in verb.children
    )


def _says_for_them(sentence: Doc | Span) -> bool:
    """Word order alone, before the parse: does "for them" (him, her) follow
    in the sentence, so that whose gain an outcome is needs the parse?"""
    return any(
        token.lower_ == "for"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ in _THIRD_PERSON
        for token in sentence
    )


def _generic(subject: Token, typical: frozenset[str]) -> bool:
    """Any such thing, not one the writer points at: "a post", "any video",
    "anything", "what", or a bare plural said in the present ("videos that go
    viral", "posts go viral when…"; not "reels went viral")."""
    if subject.lower_ in _GENERIC_PRONOUNS:
        return True
    if _said_as_typical(subject, typical):
        return True  # "the average post gets a 1.2% engagement rate": a statistic
    if _fraction_of_a_count(subject):
        return False  # "a quarter of a million readers now get…": a count
    if _the_most_of_a_kind_now(subject):
        return True  # "the angriest posts get the most replies": a rule of thumb (round40)
    determiners = [
        c.lower_
        for c in subject.children
        if c.dep_ in ("det", "poss", "nummod") and not _THREAD_MARK.match(c.text)
    ]  # a thread's "3/" the parse hangs on the subject is no determiner
    # "some posts go viral" is said of any such posts, as a bare plural is;
    # "some posts went viral" may tell of the writer's.
    if determiners and not (determiners[0] == "some" and subject.tag_ == "NNS"):
        return determiners[0] in _GENERIC_DETERMINERS
    verb = next((c for c in subject.children if c.dep_ == "relcl"), subject.head)
    if (
        subject.lower_ == "one"
        and verb.tag_ == "VBZ"
        and not any(c.dep_ == "prep" for c in subject.children)
    ):
        return True  # "…while one seen by 200 people raises thousands": any such post (round38)
    if subject.tag_ != "NNS":
        return False
    # An object agrees with nothing: "the algorithm boosts posts with more replies".
    present = ("VB", "VBP", "VBZ") if subject.dep_ == "dobj" else ("VB", "VBP")
    return verb.tag_ in present


def _the_most_of_a_kind_now(subject: Token) -> bool:
    """A superlative plural said in the present ("the angriest posts get the
    most replies", "the best reels earn more saves"): any such ones, not the
    writer's ("our best reels get…" has its "our"; "the biggest posts this
    week got 20k views" is past)."""
    if subject.tag_ != "NNS" or subject.dep_ != "nsubj" or subject.head.tag_ != "VBP":
        return False
    children = list(subject.children)
    # "angriest", "funniest": superlatives the tagger may take for nouns
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and any(
        c.tag_ == "JJS" or c.lower_.endswith("iest") for c in children
    )


def _said_as_typical(noun: Token, typical: frozenset[str]) -> bool:
    """Is the noun an average or typical one of its kind ("the average post",
    "a typical reel", "the median creator")? Before a modifying noun too,
    which the parse may take for the word it modifies ("the median government
    account": "median" hung on "government", round46)."""
    before = noun.doc[noun.left_edge.i : noun.i]
    return any(c.dep_ == "amod" and c.lower_ in typical for c in before)


def _fraction_of_a_count(noun: Token) -> bool:
    """Is ``noun`` a part of a counted whole ("a quarter of a million", "a
    third of our 90k subscribers")?"""
    if noun.lower_ not in _FRACTIONS:
        return False
    return any(is_count(t) for c in noun.children if c.lower_ == "of" for t in c.subtree)


def _a_person_called(noun: Token) -> bool:
    """Is "sensation" what a person is called ("our viral sensation Lily",
    "Max, the internet sensation behind our ads, who now leads design"), not
    what a post or a product became ("the ad became a viral sensation")?"""
    if noun.lemma_ != "sensation":
        return False
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.tag_ == "NNP":
        return True  # a name right after it, however the parse hung the two
    if following is not None and _a_name_in_lower_case(following):
        return True  # "our viral sensation marco turns 25": the name as typed (or calmed)
    if noun.dep_ not in ("compound", "appos"):
        return False
    person = noun.head
    if person.pos_ != "PROPN":
        return False
    return noun.dep_ == "compound" or any(t.tag_ == "WP" for t in person.subtree)


def _a_name_in_lower_case(word: Token) -> bool:
    """A singular noun right before a finite verb, after "sensation": a name
    the tagger could not see in lower case ("sensation marco turns 25")."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.tag_ == "NN" and after is not None and after.tag_ in ("VBZ", "VBD")


def _named_by_a_letter(subject: Token, organisations: frozenset[str]) -> bool:
    """An organisation with a letter for its name ("brand x", "company y"),
    typed in lower case, where the tagger reads the letter as a number, a
    symbol or a second subject, not as the name it is in "Company Y"."""
    if _a_letter(subject) and subject.i > 0:
        return subject.doc[subject.i - 1].lemma_ in organisations  # the letter made the subject
    if subject.lemma_ not in organisations or subject.i + 1 >= len(subject.doc):
        return False
    return _a_letter(subject.doc[subject.i + 1])


def _a_letter(token: Token) -> bool:
    """A one-letter name ("x", "Y"), not the words "a" and "I"."""
    return len(token.text) == 1 and token.is_alpha and token.lower_ not in ("a", "i")


def _posted_by_someone_brought_in(subject: Token) -> bool:
    """Is the subject a piece a participle says someone brought in with "a" or
    "someone" made or posted ("The video, first posted by a Leeds teenager,
    was viewed more than 30 million times")? Theirs; "posted by our intern"
    is the writer's."""
    for clause in subject.children:
        if clause.dep_ != "acl":
            continue
        for agent in clause.children:
            if agent.dep_ != "agent":
                continue
            for maker in agent.children:
                if maker.lower_ in ("someone", "somebody") or _introduced_indefinitely(maker):
                    return True
    return False


def _made_by_someone(subject: Token) -> bool:
    """ "the meme that went viral was made by a teenager": the subject, or
    the clause it is the subject of, names another maker."""
    clauses = [c for c in subject.children if c.dep_ == "acl"]
    if subject.dep_ == "nsubjpass":
        clauses.append(subject.head)
    return any(c.dep_ == "agent" and not _says_us(c) for clause in clauses for c in clause.children)


def _own(verb: Token, plans: frozenset[str]) -> bool:
    """Is this the writer's own intention ("we want", "let's", "our goal"), not a
    third party's ("banks plan to…", "clients mentioned wanting to…")? The
    subject is looked for up the clauses; none at all (an imperative) is own."""
    node = verb
    for _ in range(3):
        if node.lower_ == "let":
            return True
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        if subjects:
            return _first_person(subjects[0], plans) or _a_brand_by_name(subjects[0], plans)
        if node.dep_ == "acl":  # "influencers chasing a million followers": theirs
            return _first_person(node.head, plans)
        if node.dep_ not in ("xcomp", "ccomp", "advcl") or node.head.i == node.i:
            return True
        node = node.head
    return True


def _a_brand_by_name(subject: Token, plans: frozenset[str]) -> bool:
    """Is the one who intends a single name ("Acme plans to trend", "Acme's goal
    is…", "Acme wants to grow its following")? Case studies and press releases
    name the brand whose plan it is, as its results are its own ("Acme's reel
    hit 1M views"). A plural or a common noun ("banks plan to…", "clients
    want…") stays a third party's intention, as does a common noun's plan
    ("the bank's plan")."""
    if subject.lemma_ in plans:  # "Acme's goal is to trend"
        subject = next((c for c in subject.children if c.dep_ == "poss"), subject)
    # A capitalised subject tagged a bare verb is a name the tagger did not
    # know ("Acme hopes to…" after another sentence: "Acme" tagged VB).
    named = subject.tag_ == "NNP" or (subject.tag_ == "VB" and subject.dep_ == "nsubj")
    return named and subject.is_alpha and subject.is_title


def _rolled_out(verb: Token, releases: frozenset[str]) -> bool:
    """Is what reaches the people a change to a product, rolled out to them
    ("the update reaches 30% of users first", "the fix has reached all
    accounts"), or a network's coverage ("5G standalone now reaches 87% of
    the population"), not a post or a campaign seen by them?"""
    subject = _subject_of(verb)
    if subject is None:
        return False
    if subject.lemma_.lower() in releases:
        return True
    # "5G" is split into its number and its letter
    glued = subject.doc[subject.left_edge.i : subject.i + 1].text.replace(" ", "").lower()
    return glued in releases


def _a_verb_after_the_aside(head: Token) -> bool:
    """Does a verb open what follows the comma after the count, by word order:
    the main verb the parse hung on the count ("The mayor's account, which
    has 1.1M followers, posted and then deleted…": "posted" made a clause of
    "followers"; round40)?"""
    doc, end = head.doc, head.sent.end
    comma = next((t.i for t in doc[head.i : end] if t.text == ","), None)
    return comma is not None and comma + 1 < end and doc[comma + 1].pos_ in ("VERB", "AUX")


# Verbs by which the writer has a thing of their own to run: "we run an account".
_RUNNING = frozenset({"run", "own", "manage", "start", "build", "grow", "launch"})


def _run_by_the_writer(thing: Token) -> bool:
    """Is ``thing`` what the writer runs, owns or started ("We run a travel
    account that has 900k followers", "I started a newsletter that now has
    12k readers")? The writer's, whatever clause describes it."""
    verb = thing.head
    return (
        thing.dep_ == "dobj"
        and verb.lemma_ in _RUNNING
        and any(c.dep_ == "nsubj" and c.lower_ in _MINE for c in verb.children)
    )


def _a_companys_own(person: Token, roles: frozenset[str]) -> bool:
    """Is the person the company's own, named by its name: "Acme's CEO's post
    reached 1.2M people" is Acme's result, as "our CEO's post" is ours (a
    brand may be the writer, and case studies name it), and "the CEO's post
    did 900k views" in the company's own channel is its CEO's (round44; not
    "the CEO of Acme's post"). "The senator's post", "a rival's founder" stay
    someone else's."""
    if person.lower_ not in roles:
        return False
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in person.children)
    of_whom = any(c.dep_ == "prep" for c in person.children)
    return _owned_by_a_name(person) or (the and not of_whom)


def _aside_about_another(
    head: Token, rivals: frozenset[str], roles: frozenset[str], meeting: frozenset[str]
) -> bool:
    """Is the count a description of someone else set in a clause of its own,
    background to what the sentence tells ("The singer, who has 3 million
    followers, said…", "The zoo's account, followed by 200,000 people,
    shared…")? Only an audience held now ("who has", present) or a following
    ("followed by"), of a noun that is not the writer's and plays a part in the
    sentence's main clause; "our account, followed by 200,000 people, turned
    five" and "the bakery, which had 300 followers in March, …" (a story of
    growth) stay claims. A "who" clause is also read by word order, as the
    parse often hangs it wrongly after a masked @mention or a lower-case
    name (``_introduced_by_audience``)."""
    holding = _holding_verb(head)
    if holding is not None and _introduced_by_audience(holding, rivals, roles):
        return True  # "welcome @chef, who has 2M followers, to our lineup"
    if _whose_audience(head) or _held_by_whose_subject(head) or _in_a_whose_aside(head):
        return True  # "the influencer whose 4 million followers made her a target"
    clause = head
    for _ in range(4):
        if clause.dep_ in ("relcl", "acl") or clause.head.i == clause.i:
            break
        clause = clause.head
    introduced = False
    if clause.dep_ == "relcl":
        relative = any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
        aside = relative and clause.lemma_ in _HOLDING and clause.tag_ in ("VBZ", "VBP")
        aside = aside or _where_someone_is_followed(clause)
        # A named person's role and story: "Interviewed Priya Okafor, the potter
        # who went from a garden shed to 1.4 million followers" (judge55).
        who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        aside = aside or (who and _a_named_persons_role(clause.head, meeting))
        # A person introduced by full name: "On the pod: Mara Lindqvist, who
        # grew a knitting channel to 1.3M subscribers" (a guest's story).
        introduced = who and _a_full_name(clause.head)
        aside = aside or introduced
    elif clause.dep_ == "acl":
        aside = (
            clause.lemma_ == "follow"
            and clause.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in clause.children)
        )
    else:
        return False
    described = clause.head
    if not aside or described.lower_ in _MINE or _ours(described, rivals):
        return False
    if _owned_by_a_name(described):
        return False  # "Acme's bakery, which has…": a brand may write of itself by name
    if _run_by_the_writer(described):
        return False  # "We run a travel account that has 900k followers": the writer's (round40)
    # The noun does something else in the sentence; the parse may hang the
    # main verb on it as a clause of its own ("The footballer, who has…, signed…").
    tells_more = (
        described.dep_ != "ROOT"
        or any(c.dep_ in ("acl", "relcl") and c.i != clause.i for c in described.children)
        or introduced
        or _a_verb_after_the_aside(head)
    )
    return tells_more and not any(c.dep_ == "poss" and c.lower_ in _MINE for c in described.subtree)


def _a_guests_own_audience(head: Token, guests: frozenset[str]) -> bool:
    """Is the count held by someone the writer hosts ("our keynote speaker has
    2.3 million followers", "this week's guest has 400k subscribers"), or on
    a person's own account ("our Head of Design has 300k followers on her
    personal account")? Their audience, not the writer's (round41)."""
    holding = _holding_verb(head)
    if holding is None:
        return False
    subject = next((c for c in holding.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in guests:
        return True
    after = head.doc[head.i + 1 : head.sent.end]
    return any(t.lower_ == "personal" and t.head.lemma_ in _PERSONAL_PLACES for t in after)


def _a_person_named_before(head: Token) -> bool:
    """Is someone named by first and last name earlier in the term's sentence,
    or as "him" or "her" ("most of you know him from his streams"), whom a
    "her" or "his" before the term then stands for?"""
    return any(
        _a_full_name(token)
        or token.lower_ == "him"
        or (token.lower_ == "her" and token.dep_ in ("dobj", "pobj"))
        for token in head.doc[head.sent.start : head.i]
    )


def _a_full_name(noun: Token) -> bool:
    """A person's first and last name, both capitalised ("Mara Lindqvist")."""
    return (
        noun.tag_ == "NNP"
        and noun.text[:1].isupper()
        and any(
            c.dep_ == "compound" and c.tag_ == "NNP" and c.text[:1].isupper() and c.i == noun.i - 1
            for c in noun.children
        )
    )


def _a_named_persons_role(noun: Token, meeting: frozenset[str]) -> bool:
    """Is the noun a role set beside a name ("Priya Okafor, the potter who…"),
    which the parse may make a second object of the verb that met the person
    ("Interviewed Priya Okafor this week, the potter who…")?"""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return False  # "our social lead who grew the account" is ours
    if noun.dep_ == "appos":
        return noun.head.pos_ == "PROPN"
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "npadvmod")
        and verb.lemma_.lower() in meeting
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
    )


def _whose_audience(term: Token) -> bool:
    """Is the term counted after a "whose" that describes someone ("the
    influencer whose 4 million followers made her a target testified…"), the
    audience that introduces them, as "who has 4 million followers" does?
    Read by word order (the parse often takes the clause's verb for the
    sentence's), and only where no word before it names the writer: "we are
    the brand whose 2 million followers…" is ours."""
    doc = term.doc
    index = term.i - 1
    while index > term.sent.start and (is_count(doc[index]) or doc[index].pos_ in ("NUM", "ADJ")):
        index -= 1  # "whose 4 million loyal followers"
    if index <= term.sent.start or doc[index].lower_ != "whose" or index == term.i - 1:
        return False
    antecedent = _antecedent(doc[index])
    if antecedent is None or antecedent.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(t.lower_ in _MINE for t in doc[term.sent.start : index])


# What closes an aside before the term it may hold.
_ASIDE_ENDS = frozenset({",", ";", ".", ":", "!", "?", "\u2014", "\u2013"})


def _more_than_the_writer(head: Token, fitting: frozenset[str]) -> bool:
    """Is the term compared with the writer, who has less ("my cat's account
    has more followers than me", "the dog gets more likes than we do")? The
    count is someone else's and the writer is the measure; not when the
    subject is the writer ("we have more followers than them", "I have more
    readers than my boss"), nor when what the writer could fit is the
    measure, a room's (``fitting`` verbs: "1,800 viewers — more than we could
    ever fit in the building", round47)."""
    doc = head.doc
    after = doc[head.i + 1 : min(len(doc), head.i + 4)]
    if _a_multiple_of_ours(head):
        subject = _subject_of(head)  # "their posts got 40x the impressions of ours" (round50)
        return subject is None or not any(t.lower_ in _MINE for t in subject.subtree)
    than = next((t for t in after if t.lower_ == "than"), None)
    # The writer alone, not a thing of theirs: "than our whole launch campaign" sets
    # two of the writer's results side by side.
    if than is None or than.i + 1 >= len(doc) or doc[than.i + 1].lower_ not in _THE_WRITER:
        return False
    then = than.i + 2
    if then < len(doc) and doc[then].tag_ == "VBD":
        return False  # "already at 30k followers, more than i had after 8 years": then and now
    if any(t.lemma_ in fitting for t in doc[then : then + 3]):
        return False  # "more than we could ever fit in the building": a room's size
    subject = _subject_of(head)
    return subject is None or not any(t.lower_ in _MINE for t in subject.subtree)


def _a_multiple_of_ours(head: Token) -> bool:
    """Is the term a multiple "of ours" ("the oil company's sponsored posts
    got 40x the impressions of ours", "three times the views of mine")? The
    writer's is the measure, as in "more … than ours". Word order."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return False
    if doc[head.i + 2].lower_ not in ("ours", "mine"):
        return False
    before = doc[max(0, head.i - 4) : head.i]
    return any(
        t.lower_ in ("times", "twice", "double", "triple", "x", "\u00d7")
        or (t.lower_[-1:] in ("x", "\u00d7") and t.lower_[:-1].replace(".", "", 1).isdigit())
        for t in before
    )


def _in_a_whose_aside(term: Token) -> bool:
    """Is the term inside an aside set off by ", whose" (or after someone
    introduced with "a": ``_introduced_indefinitely``) that describes
    someone ("Ngozi, whose poetry account is followed by 300,000 people,
    writes…", "Congrats to @reader, whose BookTok account (1.8M followers)
    just launched a prize")? Read by word order: nothing closes the aside
    before the term, nothing in it is told in the past ("…, whose page had
    300 fans when we met" is a story), and no word before "whose" names the
    writer ("our founder, whose videos…" is ours)."""
    doc, start = term.doc, term.sent.start
    index = term.i - 1
    past = False
    while index > start and doc[index].lower_ != "whose":
        if doc[index].text in _ASIDE_ENDS:
            return False
        past = past or doc[index].tag_ == "VBD"
        index -= 1
    if index <= start + 1 or doc[index].lower_ != "whose":
        return False
    if doc[index - 1].text != "," and not _introduced_indefinitely(doc[index - 1]):
        return False
    if past and not _a_names_aside_before_news(doc, index, term):
        return False
    return not any(t.lower_ in _MINE for t in doc[start:index])


def _a_names_aside_before_news(doc: Doc, whose: int, term: Token) -> bool:
    """Is the ", whose …," aside about a name, closed by a comma before that
    name's own verb ("Professor Lena Ortiz, whose lecture went viral last
    spring, has been named chair")? Its past is the name's background to the
    news, not a story of growth the writer tells ("the bakery, whose page had
    300 fans when we met, …")."""
    named = doc[whose - 2] if whose >= 2 else None
    if named is None or named.pos_ != "PROPN" or not named.text[:1].isupper():
        return False
    closing = next((t for t in doc[term.i + 1 : term.sent.end] if t.text in _ASIDE_ENDS), None)
    if closing is None or closing.text != "," or closing.i + 1 >= term.sent.end:
        return False
    return doc[closing.i + 1].tag_ in ("VBZ", "VBD", "VBP", "MD")


def _a_kind_of_organisation(owner: Token, organisations: frozenset[str]) -> bool:
    """Is the owner a bare plural of organisations ("hotel brands'", "banks'"),
    a whole kind of business whose numbers a study reports, with no "our" or
    "the" that would make them ones the writer means? Or those of a body
    named by a common noun ("the league's clubs", "the city's restaurants"):
    a body's members, not the writer (who says "our clubs")."""
    if owner.tag_ != "NNS" or owner.lemma_ not in organisations:
        return False
    return not any(
        c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ != "NOUN") for c in owner.children
    )


def _a_platforms_own(owner: Token, platforms: frozenset[str]) -> bool:
    """Is the owner a platform by its name with a possessive ("Threads'",
    "TikTok's"), none of its own before it: the platform's numbers, as news
    tells them ("our TikTok's reach" is the writer's account, and so is
    "TikTok's engagement rate for our brand": the caller asks)?"""
    if owner.lower_ not in platforms or not any(c.tag_ == "POS" for c in owner.children):
        return False
    return not any(c.dep_ in ("det", "poss") for c in owner.children)


def _quote_read_as_possessive(owner: Token) -> bool:
    """Is the owner's possessive mark the closing mark of a quotation its
    sentence opened ("my 'we're hiring a designer' post": the tagger made
    "designer'" an owner)? The owner is the quotation's last word, no one's."""
    if not any(c.tag_ == "POS" and c.text in ("'", "\u2019") for c in owner.children):
        return False
    doc = owner.doc
    return any(
        t.text in ("'", "\u2018") and not t.whitespace_ and (t.i == 0 or doc[t.i - 1].whitespace_)
        for t in doc[owner.sent.start : owner.i]
    )


def _quotation_in_sentence(head: Token) -> tuple[Token, Token] | None:
    """The opening and closing marks of a quotation holding the term inside
    its sentence, the opening not the sentence's first token; None if none."""
    doc = head.doc
    sentence = head.sent
    opening = next((t for t in reversed(doc[sentence.start : head.i]) if t.is_quote), None)
    if opening is None or opening.i == sentence.start:
        return None
    closing = next((t for t in doc[head.i + 1 : sentence.end] if t.is_quote), None)
    return None if closing is None else (opening, closing)


def _quoted_title_opening(head: Token, content: frozenset[str]) -> Token | None:
    """The opening mark of a quotation holding the term that names a piece
    right after it ("my 'we're hiring' post", "her 'we passed 100k followers'
    video"): what the piece is called. None if the term is in no such title."""
    doc = head.doc
    quotation = _quotation_in_sentence(head)
    if quotation is None:
        return None
    opening, closing = quotation
    if closing.i + 1 >= len(doc):
        return None
    piece = next((t for t in doc[closing.i + 1 : closing.i + 3] if not t.is_punct), None)
    if piece is None or piece.lemma_ not in content or piece.pos_ != "NOUN":
        return None
    return opening


def _in_anothers_quoted_title(head: Token, content: frozenset[str]) -> bool:
    """Is the term inside a quotation that names someone else's piece, between
    its owner and the piece: "a creator's 'I hit 1M!' post", "her 'we passed
    100k followers' video"? The "I" or "we" inside is the owner's, not the
    writer's. Not the writer's own ("our 'we hit 1M' reel")."""
    opening = _quoted_title_opening(head, content)
    if opening is None:
        return False
    doc = head.doc
    owner = doc[opening.i - 1]
    if owner.tag_ == "POS":
        return owner.i > 0 and doc[owner.i - 1].lower_ not in _MINE
    return owner.lower_ in ("his", "her", "their")


def _someone_known_by_a_clause(subject: Token, grammar: Mapping[str, frozenset[str]]) -> bool:
    """Is the subject a person the writer knows told by a relative clause of
    the writer's ("The best head I ever worked for had 212 followers", "a
    founder I follow has 300k"): their audience, not the writer's? Not a piece
    or a channel of the writer's ("the video I made", "the page we run")."""
    if subject.pos_ != "NOUN" or subject.lemma_ in grammar["content_nouns"]:
        return False
    if subject.lemma_ in grammar["profile_nouns"]:
        return False
    # The parse may hang the clause on the verb after the subject instead ("The
    # most effective housing advocate I know has 900 followers": "know" made
    # the parataxis of "has"), still right behind the subject.
    verb = subject.head
    misplaced = [c for c in verb.children if c.dep_ == "parataxis" and subject.i < c.i < verb.i]
    return any(
        clause.dep_ in ("relcl", "parataxis")
        and clause.lemma_ in grammar["acquainting_verbs"]
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in clause.children)
        for clause in [*subject.children, *misplaced]
    )


def _my_favourite(owner: Token) -> bool:
    """Is the owner someone the writer calls a favourite ("my favourite
    baker's clip"): a person the writer admires, not the writer?"""
    return any(c.dep_ == "amod" and c.lower_ in ("favourite", "favorite") for c in owner.children)


def _someone_i_know(
    subject: Token, acquaintances: frozenset[str], profiles: frozenset[str]
) -> bool:
    """Is the subject of a present "has" someone the writer knows, "my dad
    has 14 followers", "our neighbour has 2k subscribers", "a colleague has
    120k"? Their audience as
    it stands is theirs (``_anothers_metric``); a milestone the writer tells
    of them ("my son hit 100 subscribers") is the writer's proud news."""
    verb = subject.head
    if verb.lemma_ != "have" or verb.tag_ not in ("VBZ", "VBP") or subject.dep_ != "nsubj":
        return False
    if subject.lower_ == "one":
        # "One of my former pupils now has 2 million subscribers" (round45)
        subject = _what_it_is_of(subject) or subject
    if _my_former(subject, profiles):
        return True  # "my former pupil has 2M subscribers": no longer the writer's side
    # "A colleague on our brand team has 120k followers" (round32): one of
    # them, brought in with "a", as "my colleague" is
    return subject.lemma_ in acquaintances and any(
        (c.dep_ == "poss" and c.lower_ in ("my", "our"))
        or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in subject.children
    )


def _a_because_clause(verb: Token) -> bool:
    """Is ``verb`` the verb of a "because" clause on the one above it?"""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "because" for c in verb.children
    )


def _a_reason_someone_i_know_acted_on(head: Token, acquaintances: frozenset[str]) -> bool:
    """Is the term in a "because" clause of what someone the writer knows
    did, told in the past ("My old boss once fired an agency because reach
    dropped 20%")? The reason was theirs, at their company: a story of them,
    not the writer's result (round46). Not the writer's own, owned ("my boss
    was thrilled because our reach grew")."""
    if any(c.dep_ == "poss" for c in head.children):
        return False
    clause = head.head
    while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if not _a_because_clause(clause):
        return False
    if clause.head.tag_ != "VBD":
        return False  # "my mom can't keep up because there are now 50,000 of you": ours now
    doer = _subject_of(clause.head)
    return (
        doer is not None
        and doer.lemma_ in acquaintances
        and any(c.dep_ == "poss" and c.lower_ == "my" for c in doer.children)
    )


def _my_former(person: Token, profiles: frozenset[str]) -> bool:
    """Is ``person`` someone the writer names as former, "my former pupils",
    "our former intern" (round45)? Whoever they were to the writer, what they
    have now is theirs; not a page one posts from (``profiles``: "my former
    account" is a page of mine)."""
    if person.pos_ != "NOUN" or person.lemma_ in profiles:
        return False
    children = list(person.children)
    return any(c.dep_ == "amod" and c.lower_ == "former" for c in children) and any(
        c.dep_ == "poss" and c.lower_ in ("my", "our") for c in children
    )


def _in_a_clause_on_someone_i_know(head: Token, acquaintances: frozenset[str]) -> bool:
    """Is the term in a relative clause on someone the writer knows ("my
    friend Kaya who streams pixel art to about 40 viewers", round32): what
    they do and reach is theirs?"""
    for clause in head.ancestors:
        if clause.dep_ != "relcl":
            continue
        person = clause.head
        if person.dep_ == "appos":
            person = person.head  # "my friend Kaya who…": the friend named
        return person.lemma_.lower() in acquaintances
    return False


def _ranked_across_a_platform(subject: Token, platforms: frozenset[str]) -> bool:
    """Is the subject a platform's ranked set of accounts or pieces ("the
    five biggest meme pages on Instagram gained 3 million followers", "the
    top 10 creators on YouTube")? A ranking over a platform is of everyone
    on it; the writer's would be "our top posts" (the caller has ruled out
    the writer's words)."""
    if subject.tag_ != "NNS" or any(c.dep_ == "poss" for c in subject.children):
        return False
    ranked = any(c.tag_ == "JJS" or c.lower_ == "top" for c in subject.children)
    return ranked and any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "across")
        and any(o.dep_ == "pobj" and o.lower_ in platforms for o in c.children)
        for c in subject.children
    )


def _long_ago(sentence: Span) -> bool:
    """Is the sentence history, before social media: a year of the last
    millennium said as a date ("in 1938", "of 1935") or a span of decades
    or centuries back ("went viral decades before anyone used the word")?
    The writer's own are kept by the caller ("in 1998 we had 10k visitors")."""
    words = list(sentence)
    for word, following in pairwise(words):
        if word.lower_ in ("decades", "centuries") and following.lower_ in (
            "ago",
            "before",
            "earlier",
        ):
            return True
    return any(
        word.i > 0
        and word.doc[word.i - 1].lower_ in ("in", "of", "since")
        and len(word.text) == 4
        and word.text.isdigit()
        and word.text.startswith("1")
        for word in words
    )


_DASHES = ("\u2014", "\u2013", "-")


def _quoted_for_another(
    text: str, start: int, end: int, telling: frozenset[str], outsiders: frozenset[str]
) -> bool:
    """Is ``text[start:end]`` inside a quotation that the words after it give
    to someone else: a line opening with a dash ('"…200,000 new followers…"⏎—
    keeper Hana Lund, talking to us this week'), or a sentence saying who told
    it ('"…a viral moment…" Something my first investor told me.')? An
    interview's or a mentor's words, not the writer's results. The writer's own
    stay theirs: "— me, 2019", "— Jane, our head of social", "I told the team"."""
    paragraph = text.rfind("\n\n", 0, start) + 1
    before = text[paragraph:start]
    if before.count('"') % 2 == 0 and before.rfind("\u201c") <= before.rfind("\u201d"):
        return False
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    closing = min(
        (at for mark in ('"', "\u201d") if (at := text.find(mark, end, paragraph_end)) >= 0),
        default=-1,
    )
    if closing < 0:
        return False  # no closing mark in the paragraph
    after = text[closing + 1 : closing + 240].lstrip(" \t\n")
    line = after.split("\n", 1)[0]
    if line.startswith(_DASHES):
        parts = [p.split() for p in line.lstrip("".join(_DASHES) + " ").lower().split(",")]
        named = bool(parts and parts[0])
        return (
            named
            and not any(words and words[0] in _MINE for words in parts)
            and not (_MINE & set(parts[0]))
        )
    sentence = line.split(".", 1)[0].lower().split()
    told = next((at for at, word in enumerate(sentence) if word in telling), 0)
    if told == 0 or sentence[told - 1] in _MINE:
        return False
    # "our social lead told the team": the writer's own people, unless one
    # from outside ("my first investor told me")
    owned = any(word in ("our", "my") for word in sentence[:told])
    return not owned or sentence[told - 1] in outsiders


def _pitched_in_quotes(head: Token, pitching: frozenset[str]) -> bool:
    """Is the term inside a quotation that someone other than the writer
    offers, pitches or promises ("a 'brand' offering 'exposure to our 2M
    followers' instead of payment", "an agency pitched us "access to our 3M
    followers""), its marks in the sentence? The pitch's "our" is the
    pitcher's. "We offered partners 'access to our 40k readers'" stays ours."""
    doc, start, end = head.doc, head.sent.start, head.sent.end
    opening = next((t.i for t in reversed(doc[start : head.i]) if t.text in _QUOTE_MARKS), None)
    if opening is None or not any(t.text in _QUOTE_MARKS for t in doc[head.i + 1 : end]):
        return False
    before = opening - 1
    while before > start and doc[before].lower_ in ("us", "me", "them", "him", "her"):
        before -= 1  # "pitched us '…'"
    if before < start:
        return False  # the quotation opens the sentence: no one pitches it
    verb = doc[before]
    if not _a_form_of(verb, pitching):
        return False
    # "a brand offering '…'": the participle's noun is the one offering
    pitcher = verb.head if verb.dep_ == "acl" else _subject_of(verb)
    return pitcher is None or pitcher.lower_ not in ("i", "we")


def _a_form_of(word: Token, lemmas: frozenset[str]) -> bool:
    """Is the word one of ``lemmas``, or an -ing, -ed or -s form of one that the
    tagger took for a noun ("a 'brand' offering '…'": lemma "offering")?"""
    if word.lemma_ in lemmas:
        return True
    lower = word.lower_
    return any(
        lower in (lemma + "ing", lemma + "ed", lemma + "s", lemma + "es", lemma[:-1] + "ing")
        for lemma in lemmas
    )


def _a_falsehood(subject: Token, falsehoods: frozenset[str]) -> bool:
    """Is what spreads a falsehood the writer warns against ("a video claiming
    our water is unsafe", "a fake screenshot of our menu", "a rumour that we
    are closing")? Its views and shares are not the writer's attention, even
    when it names "our" (it is about the writer, not by them). Not an owned
    piece, the writer's or a brand's ("our video busting fake reviews",
    "Acme's 'Fake or Real?' series"): content about falsehoods."""
    # An owner before the subject, on it or on a title before it ("our
    # 'Claims, Explained' series"); "claiming our water…" after it is the lie's.
    if any(_an_owner(t) for left in subject.lefts for t in left.subtree):
        return False
    if any(_an_owner(c) for c in subject.children):
        return False
    return any(token.lower_ in falsehoods for token in subject.subtree)


def _an_owner(word: Token) -> bool:
    """Is the word a possessive, not a quoted title's last word whose closing
    quote the parse took for a possessive ("The fake 'council memo'
    screenshot": a singular noun's "'s" is never a bare "'"; round40)?"""
    if word.dep_ != "poss":
        return False
    quoted = any(c.tag_ == "POS" and c.text in ("'", "\u2019") for c in word.children)
    return not (quoted and word.tag_ in ("NN", "NNP"))


def _introduced_indefinitely(noun: Token) -> bool:
    """Is the noun before "whose" someone introduced with "a"/"an" ("she
    joined from a beauty brand whose account is followed by 3 million
    people"), a description as an aside is?"""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        t.lower_ in ("a", "an") and t.dep_ == "det" for t in noun.children
    )


# Relative pronouns that open a clause on a noun.
_RELATIVES = frozenset({"who", "whom", "which", "that"})


def _pointed_at_over_there(term: Token, others: frozenset[str], places: frozenset[str]) -> bool:
    """Does the term's sentence open on a business or a person pointed at with
    "that" ("That burger place two towns over has like 300k followers", "that
    influencer with 2M subscribers"), or with "the" and its place from the
    writer's door ("the bakery two doors down went viral")? A writer says "our" or "this" of its
    own; a piece of the writer's is "that" too ("that skeet about octopus
    sleep has 18k likes"), so only others' kinds. Word order, as the parse of
    such an opening ("That taco truck downtown has…") is rarely whole; no
    word of the writer's before the term."""
    sentence = term.sent
    words = [t for t in sentence if not t.is_space]
    if not words or words[0].lower_ not in ("that", "the") or words[0].i >= term.i:
        return False
    opening = [t for t in words[1:5] if t.i < term.i]
    pointed = next((t for t in opening if t.lower_ in others or t.lemma_ in others), None)
    if pointed is None:
        return False
    if words[0].lower_ == "the" and not _by_the_writers_door(
        list(term.doc[pointed.i + 1 : min(term.i, pointed.i + 5)]), places
    ):
        return False  # "the" points only with a place: "the bakery two doors down" (round41)
    if any(t.pos_ == "ADP" and t.lower_ != "of" for t in term.doc[words[0].i : pointed.i]):
        # "That reply to the guy who asked…": the reply is pointed at, not the
        # guy (round39); "that clip of the grandmother" is hers
        return False
    # The writer's word in a relative clause on it is what they did ("that guy
    # who filmed himself building our desk"), not whose it is.
    before = term.doc[words[0].i : term.i]
    relative = next((t.i for t in before if t.i > pointed.i and t.lower_ in _RELATIVES), term.i)
    return not any(t.lower_ in _MINE for t in term.doc[words[0].i : relative])


def _said_of_the_writer_or_nothing(copula: Token) -> bool:
    """Is the copula's subject the writer's ("we're a team that…", "our founder
    is someone who…") or missing?"""
    subject = _subject_of(copula)
    return subject is None or _says_us(subject)


def _done_by_someone_brought_in(
    term: Token, people: frozenset[str], others: frozenset[str]
) -> bool:
    """Is the term in a relative clause that tells what a person brought in
    with "a" or "someone" did ("a post from someone who grew a newsletter to
    300k subscribers", "I met a founder who grew her channel to 90k
    subscribers"): theirs, whoever tells it? Not a thing brought in ("a
    series that drew 22 million views": the writer's entry), nor what the
    writer is said to be ("we're a small team that grew our list to 20k"),
    nor with the writer's words in the clause."""
    node = term
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ != "relcl":
            continue
        who = node.head
        relative = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in node.children)
        if not relative or any(t.lower_ in _MINE for t in node.subtree):
            return False
        if who.dep_ == "attr" and _said_of_the_writer_or_nothing(who.head):
            return False  # "we're a small team that grew our list", not "every such
            # video is just someone who already had 100k followers" (round44)
        if who.lower_ in ("someone", "somebody"):
            return True
        if who.lemma_ in others and not any(c.dep_ == "poss" for c in who.children):
            return True  # "the finfluencer who told 1.2 million followers to…"
        return _introduced_indefinitely(who) and _is_people(who, people)
    return False


def _then_he_or_she(term: Token) -> bool:
    """Does "he" or "she" do something later in the term's sentence ("Emily's
    podcast has 400k subscribers and she still answers every email"), so the
    name that owns the term is a person's, not a brand's (a brand is "it",
    "they" or "we")?"""
    later = term.doc[term.i + 1 : term.sent.end]
    return any(t.dep_ == "nsubj" and t.lower_ in ("he", "she") for t in later)


def _held_by_whose_subject(term: Token) -> bool:
    """Is the term the object of a "whose" clause's verb of having, which
    describes someone ("Mara Lin, whose sketch account has 2 million
    followers, on…"): in the present, or in the past of someone introduced
    indefinitely ("a soda company whose page had 3,000 fans"). Whatever the
    verb: "a brand whose 2019 stunt got 11 million views", "the comedian
    whose sketches pull 600k views a day". Not of the writer: "we are the
    brand whose page has 2 million fans", "our chef, whose reel got 2M views"."""
    verb = term.head
    if term.dep_ != "dobj" or verb.dep_ != "relcl":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.lower_ == "whose" for c in subject.children):
        return False
    antecedent = verb.head
    if antecedent.lower_ in _MINE or any(
        c.dep_ == "poss" and c.lower_ in _MINE for c in antecedent.children
    ):
        return False
    if antecedent.dep_ == "attr":  # "we are the brand whose…"
        owner = _subject_of(antecedent.head)
        if owner is not None and owner.lower_ in _MINE:
            return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    # A name, which the tagger may make a noun at the head of a sentence ("Reyes, whose…").
    named = _named(antecedent) or (
        antecedent.i == antecedent.sent.start
        and antecedent.tag_ in ("NN", "NNS")
        and antecedent.text[:1].isupper()
    )
    if named and not any(t.lower_ in ("now", "today") for t in verb.sent):
        # "Reyes, whose radio show had 2.1 million listeners, joins…" (no growth story).
        return True
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in antecedent.children)


# Another person's, in a third person's possessive: "her channel", "his videos".
_THEIR_OWN = frozenset({"her", "his", "their"})


def _where_someone_is_followed(clause: Token) -> bool:
    """Is ``clause`` a present "where" clause about a third person's place
    ("…from her YouTube channel, where 300k developers follow her tutorials")?
    Where an audience gathers now is background to a story about its owner;
    "our channel, where 300k developers follow…" is the writer's."""
    if clause.tag_ not in ("VBZ", "VBP"):
        return False  # "her blog, where 2,000 people signed up last week": what happened
    if not any(c.lower_ == "where" and c.tag_ == "WRB" for c in clause.children):
        return False
    return any(c.dep_ == "poss" and c.lower_ in _THEIR_OWN for c in clause.head.children)


def _introduced_by_audience(verb: Token, rivals: frozenset[str], roles: frozenset[str]) -> bool:
    """Is ``verb`` ("has") in a "who" clause that introduces a person by the
    audience they hold now: "welcome @chef, who has 2M
    followers", "a singer who boasts 40M fans"? The count is background to
    the story (a guest, a partner, a hire), not the writer's result. "Who"
    is a person, never the brand's account ("our page, which has…"), and
    "our head chef, who has 90k followers" speaks for the writer."""
    if verb.tag_ != "VBZ":
        return False  # "who had 300 followers then" starts a story of growth
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    if who is None:
        return False
    named = _antecedent(who)
    if named is None:
        return False
    if named.is_space or named.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        # "Welcome @chef, who…", "Shoutout to @chef who…": the @mention is
        # masked, so "who" follows its blank, a greeting or a preposition.
        return True
    # "Who" says a person whatever the tagger made of the name ("priya shah"
    # in lower case is two nouns); only the writer's own speaks for it.
    return not _ours(named, rivals) and not _a_companys_own(named, roles)


def _listed_beside(item: Token, first: Token) -> bool:
    """Is ``item`` a later item of the list ``first`` opens, through conjuncts
    and appositions only ("12 creators, 2.4M reach and 80 bookings"), not
    something an item holds ("3 competitors with 400 customers each")?"""
    node = item
    while node.i != first.i:
        if node.dep_ not in ("conj", "appos") or node.head.i == node.i:
            return False
        node = node.head
    return item.i != first.i


def _at_a_ground(people: Token, venues: frozenset[str], grounds: frozenset[str]) -> bool:
    """Are the people said to be at or in a place one goes to in person ("12,000
    fans at the ground tonight", "a sell-out crowd of 40k fans in the
    stadium")? A crowd there, not an audience online ("1M fans on Instagram")."""
    for preposition in people.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("at", "in", "inside"):
            continue
        places = [c for c in preposition.children if c.dep_ == "pobj"]
        if places and (places[0].lemma_ in grounds or places[0].lemma_ in venues):
            return True
    return False


def _count_of_you_by_order(subject: Token) -> int | None:
    """Where "40K Of you follow…" begins when the parse makes "you" (or "Of")
    the subject and hangs the count beside it, as it does once capitals are
    read in lower case: word order alone, a big count right before "of you"."""
    doc = subject.doc
    if subject.lower_ in ("you", "us") and subject.i > 0:
        of = subject.i - 1
    elif subject.lower_ == "of" and subject.i + 1 < len(doc):
        of = subject.i
    else:
        return None
    if doc[of].lower_ != "of" or doc[of + 1].lower_ not in ("you", "us"):
        return None
    first = of
    while first > 0 and (is_count(doc[first - 1]) or _is_scale(doc[first - 1])):
        first -= 1
    # "Ten thousand of you": the scale word after a small number makes it big.
    if first == of or not is_count(doc[first]) or not any(map(is_big, doc[first:of])):
        return None
    return first


def _count_of_you(subject: Token) -> int | None:
    """Where "50K of you (lovely people)" begins when it is the subject of an
    attention verb, however the parse hangs its words ("50K of you beautiful
    humans follow this shop"): a big count, then "of you" or "of us"."""
    doc = subject.doc
    by_order = _count_of_you_by_order(subject)
    if by_order is not None:
        return by_order
    first = subject.left_edge.i
    while first < subject.i and (doc[first].is_space or _emoji(doc[first])):
        first += 1  # "🎉🎉🎉⏎50K of you…": the parse hangs the line before on it
    index = first
    # The count may be the subject itself: "40k of you follow…", where a lower-case
    # scale letter stays glued to its digits and the parse hangs "of you" on it.
    while index <= subject.i and (is_count(doc[index]) or _is_scale(doc[index])):
        index += 1
    if index == first or not is_count(doc[first]) or not is_big(doc[first]):
        return None
    if index + 1 < len(doc) and doc[index].lower_ == "of":
        return first if doc[index + 1].lower_ in ("you", "us") else None
    return None


def _doers_habit(verb: Token) -> bool:
    """Is an active attention verb done by one person, the writer or the one
    spoken of, so its times are a habit, not an audience: "I watched it 40
    times", "she listens 3 times a day", "we shared the post 12 times"? Done
    to a post ("was viewed 94 times") or by people ("fans streamed it 2
    million times"), they are an audience. One thing seen by one onlooker
    a few times is a habit too: "the staffroom has seen the ring about 40
    times", "my mum has watched the clip 12 times" (fewer than a hundred)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _DOERS:
        return True
    return (
        subject.tag_ == "NN"
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(is_big(t) for t in verb.subtree)
    )


def _an_audience(doer: Token, bodies: frozenset[str]) -> bool:
    """Who may be an audience spending time with content: people in the plural
    ("viewers", "fans", "people") or a body of them ("the audience"); not one
    name or one team doing its own work."""
    return doer.tag_ in ("NNS", "NNPS") or doer.lemma_ in bodies


def _of_the_readers(word: Token) -> bool:
    """Is what is "the most visited" the reader's: "the most visited page on
    your site", "the most viewed part of your homepage"? A rule of thumb for
    the reader, not the writer's result ("our most visited page")."""
    thing = word.head if word.dep_ == "amod" else word
    return any(token.lower_ == "your" for token in thing.subtree)


def _owned_by_many_others(owner: Token) -> bool:
    """Is the owner a plural with its apostrophe, none of it the writer's
    ("the engineers' report", "the parents' petition"; not "our
    customers' videos")? A group's piece, not the writer's."""
    doc = owner.doc
    apostrophe = owner.i + 1 < len(doc) and doc[owner.i + 1].text in ("'", "\u2019")
    # A common noun in lower case: not a name ("Caldera Outdoors' launch", a
    # brand's own) nor an emoji the tagger made a plural ("Certified 🔥 'Paper…").
    if owner.tag_ != "NNS" or not owner.is_alpha or not owner.text.islower() or not apostrophe:
        return False
    # Not the end of a quotation ("his 'zoomies' video", "our 'I got 50k likes'
    # post"), whose closing mark the tagger reads as a possessive's.
    opened = doc[max(owner.sent.start, owner.i - 6) : owner.i]
    if any(t.text in ("'", "\u2018", "\u2019") for t in opened):
        return False
    # Nor the writer's: "our Year 6 leavers' video", "the brands' engagement
    # rate rose after we took over" (the writer anywhere in the sentence).
    if any(is_count(t) for t in owner.subtree):
        return False
    return not any(t.lower_ in _MINE for t in owner.sent)


def _is_people(token: Token, people: frozenset[str]) -> bool:
    """People by their noun, or any noun of "fellow" ones ("50,000 fellow
    foragers now follow along", round50)."""
    if token.lower_ in people or token.lemma_ in people:
        return True
    return token.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.lower_ == "fellow" for c in token.children
    )


def _crowd_of_people(subject: Token, people: frozenset[str]) -> bool:
    """Is a subject a vague big crowd of people: "thousands of people watched",
    "hundreds of thousands of fans streamed it"? The parse heads the phrase on
    the amount, the people hang from its "of", so the people-noun test misses it."""
    if subject.lower_ not in _CROWDS:
        return False
    for of in subject.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            return any(t.dep_ == "pobj" and _is_people(t, people) for t in of.children)
    return False


def _crowd_at_ours(verb: Token, subject: Token, people: frozenset[str]) -> bool:
    """A crowd of people at something of the writer's, in the present: "thousands
    of people read our newsletter every week" is the writer's audience, and so
    is "…Acme's newsletter" (a brand may write of itself by name, and a case
    study's brand is its subject); "millions of people watch videos every day"
    is the world's."""
    if not _crowd_of_people(subject, people):
        return False
    return any(_ours_or_a_brands(c) for c in verb.children if c.i != subject.i)


def _a_names_size_in_brackets(head: Token) -> bool:
    """Is the count a bracketed aside right after a name or a handle (masked
    to spaces in Markdown) that gives its audience's size ("partnering with
    Maya Jones (1.2M followers) on a series", "with @runwithmaya (1.2M
    followers)")? A description of whom the writer works with; not "our
    founder Maya (40k followers)", which the writer's word claims."""
    doc = head.doc
    opening = next(
        (t for t in reversed(doc[max(0, head.i - _BRACKETED) : head.i]) if t.text == "("), None
    )
    if opening is None or opening.i == 0:
        return False
    before = doc[opening.i - 1]
    # "his streams (320k followers on Twitch)": a person's thing, sized
    his = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in before.children)
    # A name's size may run on in its bracket: "Dana Kowalski (300k followers,
    # zero patience for bad CLIs)".
    # and a masked handle's (round38): "@chefmarisol (1.2M followers and the best knife skills)"
    long = his or _a_full_name(before) or before.is_space
    after = doc[head.i + 1 : head.i + 1 + _BRACKETED * 2] if long else doc[head.i + 1 : head.i + 2]
    closing = next((t.text for t in after if t.text in "()"), None) == ")"
    named = before.pos_ == "PROPN" or before.is_space or his
    mine = any(t.lower_ in _MINE for t in doc[max(0, opening.i - _BRACKETED) : opening.i])
    return closing and named and not mine


def _opens_someone_has(head: Token, people: frozenset[str]) -> bool:
    """Does the sentence open "She has", "He has" or "The <person> has" (a
    role of the people lexicon, a few words in: "The WR holder has like 200k
    followers"), before the term, with no "we", "our" or "my" in it? The
    word-order twin of the having verb read in ``_audience_of_a_third_party``,
    for where the parse loses the subject ("She has 212k followers on
    Instagram" may make the count the root; "…has 200k followers and still
    trains" may make the count the subject of "trains", round50). Not "she
    had…", a story of growth told as a result."""
    words = [t for t in head.sent if not t.is_space]
    having = next(
        (
            at
            for at, t in enumerate(words[:5])
            if t.lower_ in ("has", "'s", "\u2019s") and t.tag_ != "POS"  # not "the CEO's post"
        ),
        None,
    )
    if having is None or having == 0 or words[having].i >= head.i:
        return False
    if any(t.lower_ in _MINE for t in words):
        return False
    if having == 1:
        return words[0].lower_ in ("she", "he")
    holder = words[having - 1]
    return words[0].lower_ in ("the", "this", "that") and (
        holder.lower_ in people or holder.lemma_.lower() in people
    )


def _credited_to_a_source(sentence: Span, sources: frozenset[str]) -> bool:
    """Is the sentence credited "per" a source or "according to" one ("…, per a
    spokesperson", "according to the organisers")? Then its words are that
    source's, a "we" quoted in them too. Read by word order: the source within
    three words of its "per". (``_according_to_a_source`` reads a study of a
    population cited so, once the writer's own words are ruled out; a speaker
    credited here rules them out itself.)"""
    words = [t for t in sentence if not t.is_space]
    for at, token in enumerate(words):
        opens = token.lower_ == "per" or (
            token.lower_ == "according" and at + 1 < len(words) and words[at + 1].lower_ == "to"
        )
        cited = words[at + 1 : at + 5]
        if not opens or any(t.lower_ in ("our", "my") for t in cited):
            continue  # "…, per our media kit": the writer's own source
        pairs = (f"{a.lower_} {b.lower_}" for a, b in pairwise(cited))  # "media kit"
        if any(t.lower_ in sources for t in cited) or any(p in sources for p in pairs):
            return True
    return False


def _bought_from_the_writer(verb: Token, patrons: frozenset[str]) -> bool:
    """Is the verb (of ``patrons``) a buying or hiring from the writer: "from
    us"/"with us", or "the"/"our" thing ("booked the paid audit"), as its
    object says?"""
    if verb.lemma_ not in patrons:
        return False
    for child in verb.children:
        from_us = child.dep_ == "prep" and child.lower_ in ("from", "with", "through")
        if from_us and any(c.lower_ in ("us", "me") for c in child.children):
            return True
        if child.dep_ == "dobj" and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "our", "my") for c in child.children
        ):
            return True
    return False


def _where_another_worked(head: Token) -> bool:
    """Is the term in a "where" clause on a name someone else worked "at"
    ("Ruiz previously led audience at The Daily Ledger, where the newsletter
    grew to 2 million subscribers", round38)? A hire's past employer's
    numbers, told in the announcement; not the writer's ("we", "I")."""
    clause = next((t for t in head.ancestors if t.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ == "where" for c in clause.children):
        return False
    place = clause.head
    if place.pos_ != "PROPN" or place.dep_ != "pobj" or place.head.lower_ != "at":
        return False
    worker = _subject_of(place.head.head)
    return (
        worker is not None
        and worker.lower_ not in _MINE
        and (worker.pos_ == "PROPN" or worker.lower_ in ("she", "he", "they"))
    )


def _subject_of_the_clause_with_it(head: Token) -> Token | None:
    """The subject of the clause that a "with" clause holding the term hangs
    on ("A ball boy's catch went viral, with the clip racking up 9 million
    views": "catch"), whose owner the "with" clause goes on about (round38);
    None when the term is in no such clause."""
    verb = head.head if head.dep_ in ("dobj", "nsubj", "attr") else head
    if verb.dep_ not in ("pcomp", "advcl") or verb.head.lower_ != "with":
        return None
    main = verb.head.head
    if main.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _held_by_someone_unnamed(holder: Token) -> bool:
    """Is the word owned by someone brought in with "a" or "an" ("a Leeds
    bakery's clip", "an influencer's reel") or by "someone": news of someone the reader does
    not know yet? A writer names its own page as "our" or by its name, never
    as "a bakery's". The parse hangs the possessor as "poss", or as "nmod"
    with the article on the word it owns (a curly apostrophe). A quote mark after a
    title is no possessive ("our 'how to braai a snoek' reel"). The owner may
    own the owner in turn: "a Leeds school's leavers' song"."""
    owners = [*holder.children]
    owners += [g for o in owners if o.dep_ == "poss" and o.i < holder.i for g in o.children]
    for owner in owners:
        if owner.dep_ not in ("poss", "nmod") or owner.i > holder.i:
            continue
        if not any(c.tag_ == "POS" and c.lower_ in ("'s", "\u2019s") for c in owner.children):
            continue
        if owner.lower_ in ("someone", "somebody"):
            return True  # "someone's speedrun of our game went viral"
        articles = [*owner.children, *(c for c in holder.children if c.i < owner.i)]
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in articles):
            return True
        if any(c.dep_ == "nummod" and c.lower_ == "one" for c in articles):
            return True  # "one bank's owl mascot picked up 300k followers" (round37)
    return False


# Prepositions that place a business near the writer: "a bakery in my town",
# "a gym near me", "a cafe down my road".
_LOCAL_PREPOSITIONS = frozenset({"in", "near", "on", "down", "across", "round", "around", "up"})


def _a_business_near_me(subject: Token, home_places: frozenset[str]) -> bool:
    """Is the subject brought in with "a" and placed near the writer ("a
    bakery in my town", "a gym near me", "a cafe down my street")? A
    neighbour the writer tells of, never the writer, who says "we"."""
    if not _introduced_indefinitely(subject):
        return False
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LOCAL_PREPOSITIONS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            if place.lower_ == "me":
                return True
            if place.lemma_.lower() in home_places and any(
                c.dep_ == "poss" and c.lower_ in ("my", "our") for c in place.children
            ):
                return True
    return False


def _by_the_writers_door(words: list[Token], places: frozenset[str]) -> bool:
    """Do the words place something from the writer's door: "two doors down",
    "next door", "across the road", "round the corner"? Read by word order."""
    lowered = [t.lower_ for t in words]
    pairs = list(itertools.pairwise(lowered))
    if ("next", "door") in pairs or ("doors", "down") in pairs or ("doors", "up") in pairs:
        return True
    return any(
        first in _LOCAL_PREPOSITIONS and second == "the" and third in places
        for first, second, third in zip(lowered, lowered[1:], lowered[2:], strict=False)
    )


def _after_someone_named_by_role(head: Token, subject: Token | None, roles: frozenset[str]) -> bool:
    """Is the clause's subject, whom a "her" or "his" before the term stands
    for, someone named by a role and none of the writer's ("the minister
    announced it to her 2.1M followers", "a chef I follow posted it to his
    800k fans")? "our founder … her followers" stays the writer's side."""
    if subject is None or subject.i > head.i or subject.lemma_.lower() not in roles:
        return False
    return not any(c.dep_ == "poss" and c.lower_ in _MINE for c in subject.children)


def _how_a_business_did_it(subject: Token, organisations: frozenset[str]) -> bool:
    """Is the subject a business brought in with "a" in a clause "how" opens
    ("a breakdown of how a 9-person skincare brand built 2M TikTok
    followers")? A story about another business (round37); "how we built
    it" is the writer's."""
    if subject.lemma_.lower() not in organisations or not _introduced_indefinitely(subject):
        return False
    verb = subject.head
    return any(c.lower_ == "how" for c in verb.children) or (
        subject.i > 0
        and any(t.lower_ == "how" for t in subject.doc[subject.left_edge.i - 1 : subject.i])
    )


def _how_a_name_did_it(subject: Token, reads: frozenset[str]) -> bool:
    """Is the subject a name in a "how" clause a piece is on or of ("a read
    on how Lumen Sparkling grew to 2M followers", "a breakdown of how Oatly
    built…"), or that a read names ("Worth reading: how the Dunmore Post
    went from 40k to 1.2M")? A story about another (round46); "here's how we
    did it" and a "how" the writer opens are the writer's."""
    verb = subject.head
    if subject.pos_ != "PROPN" or subject.dep_ != "nsubj":
        return False
    if not any(c.lower_ == "how" and c.dep_ == "advmod" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        # "Worth reading: how…"; not "Case study: how Loop Fitness grew…", the writer's work
        return verb.head.lemma_.lower() in reads
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("on", "of", "about"):
        return False
    talker = _subject_of(verb.head.head)
    return talker is None or talker.tag_ != "PRP"  # not "can we talk about how ep 8 got…"


def _an_account_told_by_its_deed(subject: Token, head: Token, profiles: frozenset[str]) -> bool:
    """Is the subject "the" account or page told by what it did, a clause on
    it ("the account that started the rumour", "the page spreading the fake
    photo"), in a sentence with nothing of the writer's (round37)? News of
    someone else's account; "the account we started in 2019" is the writer's,
    and a clause that holds the term is the claim itself ("the first channel
    in the category to pass one million")."""
    if subject.lemma_ not in profiles:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    deeds = [c for c in subject.children if c.dep_ in ("relcl", "acl")]
    if not deeds or any(d.left_edge.i <= head.i <= d.right_edge.i for d in deeds):
        return False
    return not any(t.lower_ in _MINE for t in subject.sent)


def _she_after_someone_brought_in(
    subject: Token, roles: frozenset[str], meeting: frozenset[str]
) -> bool:
    """Is the subject "she" or "he" after someone brought in earlier in the
    sentence by a role and "a" ("we hosted a travel creator last week (she has
    about 900k followers)"), or after a name that is the sentence's subject
    ("Okafor led audience at The Ledger, where she oversaw 9 million
    readers")? The guest's audience, the writer's "we" beside it
    notwithstanding; not a role the writer's own is said to be ("our founder
    is a creator too; she has 90k followers")."""
    if subject.lower_ not in ("she", "he"):
        return False
    ours = any(t.lower_ in ("our", "my") for t in subject.sent)
    for token in subject.doc[subject.sent.start : subject.i]:
        if token.pos_ == "PROPN" and token.dep_ == "nsubj" and subject.head.dep_ == "relcl":
            # a person named as the sentence's subject, "she" in a clause on a
            # place of theirs (round37): "Okafor led audience at The Ledger,
            # where she oversaw 9 million readers"; not "When Maya started, she
            # had 200 followers; today she has 40,000" (her story, told)
            return not ours
        if _met_indefinitely(token, meeting) and not ours:
            # anyone the writer talks to or hosts, brought in with "a" (round42):
            # "we talk to a Norfolk farmer about why she quit Instagram at 90k followers"
            return True
        if token.lemma_.lower() not in roles or token.dep_ in ("attr", "appos"):
            continue
        if _introduced_indefinitely(token):
            return True
    return False


def _met_indefinitely(person: Token, meeting: frozenset[str]) -> bool:
    """Is the noun someone brought in with "a" as whom the writer meets, talks
    to or hosts ("we talk to a Norfolk farmer", "I interviewed a beekeeper")?"""
    if person.pos_ != "NOUN" or not _introduced_indefinitely(person):
        return False
    verb = person.head.head if person.dep_ == "pobj" else person.head
    return person.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in meeting


def _dated(holder: Token, periods: frozenset[str]) -> bool:
    """Is the holder dated by a possessive of time ("last week's live Q&A",
    "Saturday's stream", "tonight's show"): an event of the writer's, no name?"""
    return any(
        c.dep_ == "poss" and (c.lemma_ in periods or c.lower_ in periods or a_calendar_name(c))
        for c in holder.children
    )


def _owned_by_a_name(word: Token) -> bool:
    """Is the word a name's: "Acme's newsletter", "Initech's sales"? Not a
    day's or a month's ("Tuesday's orders", "Mother's Day orders"), a time."""
    return any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and not a_calendar_name(c) for c in word.children
    )


def _a_names(phrase: Token) -> bool:
    """Is the phrase something a name owns: "Acme's newsletter", "into Acme's
    Discord server"?"""
    return any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in phrase.subtree)


def _watched_a_names(head: Token) -> bool:
    """Does the writer watch or see a named party's piece do it, earlier in
    the sentence ("Fascinating to watch Brindle's rebrand rack up 20M views",
    "seeing Oatly's ad get 4M views")? An onlooker's, with no "we", "our" or
    "my" in the sentence: the named party's count (round42)."""
    sentence = head.sent
    if any(t.lower_ in _MINE for t in sentence):
        return False
    doing = head.head if head.dep_ == "dobj" else head
    if doing.tag_ not in ("VB", "VBP") or doing.lemma_ == "be":
        # a bare infinitive after "watch", not news the writer saw ("just saw
        # Leo's reveal is the most liked post", "Ones to Watch: X's spot has racked up")
        return False
    for word in head.doc[sentence.start : head.i]:
        if word.lemma_ not in ("watch", "see") or word.pos_ != "VERB":
            continue
        after = head.doc[word.i + 1 : min(head.i, word.i + 4)]
        if any(t.tag_ == "POS" and t.i > 0 and _named(t.doc[t.i - 1]) for t in after):
            return True
    return False


def _an_aside_on_an_account(head: Token) -> bool:
    """Is the count what a clause set off by commas says an account had
    ("Councillor Brennan's TikTok account, which has around 340k followers,
    was suspended", "its previous account, which had about 88,000 followers,
    was deactivated")? A description in news, with no "we", "our" or "my"
    in the sentence: background (round42)."""
    verb = head.head if head.dep_ == "dobj" else None
    if verb is None or verb.dep_ != "relcl" or verb.lemma_ != "have":
        return False
    relative = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if relative is None or relative.lower_ not in ("which", "who") or relative.i == 0:
        return False
    if head.doc[relative.i - 1].text != ",":
        return False
    return not any(t.lower_ in _MINE for t in head.sent)


def _a_named_persons_own(head: Token, getting: frozenset[str]) -> bool:
    """Is the count got by a person named right before the verb, on something
    "his" or "her" after it ("how Ollie Brandt got 20 million views on his
    cabin build")? A person's, with no "we", "our" or "my" in the sentence
    (round42); a brand says "its" or "our". Word order decides, as the parse
    of such a sentence often makes its last noun a verb."""
    sentence = head.sent
    if any(t.lower_ in _MINE for t in sentence):
        return False
    doc = head.doc
    verb = next(
        (t for t in doc[max(sentence.start, head.i - 5) : head.i] if t.lemma_ in getting), None
    )
    if verb is None or verb.i == 0 or doc[verb.i - 1].pos_ != "PROPN":
        return False
    return any(t.lower_ in ("his", "her") for t in doc[head.i + 1 : min(sentence.end, head.i + 5)])


def _a_person_by_age(holder: Token) -> bool:
    """A person named by an age ("a 19-year-old with 3 million followers",
    "the 19-year-old has 11M followers"), which the tagger ends on the
    adjective "old"."""
    return holder.lower_ == "old" and any(c.lemma_ == "year" for c in holder.children)


def _on_their_page(head: Token, profiles: frozenset[str]) -> bool:
    """Is the count held "on their page", "on his account": a copy's
    attention, the other account's, though the writer's piece it copied is
    "my drawing" (round46)? On our page it stays ours."""
    for holder in (head, head.head):
        for place in holder.children:
            if place.dep_ != "prep" or place.lower_ != "on":
                continue
            for page in place.children:
                if page.dep_ != "pobj" or page.lemma_ not in profiles:
                    continue
                if any(c.lower_ in _THEIR_OWN for c in page.children if c.dep_ == "poss"):
                    return True
    return False


def _theirs_as_they_told_it(
    head: Token, owners: list[Token], telling: frozenset[str], roles: frozenset[str]
) -> bool:
    """Is the attention owned by "their", "his" or "her" in what someone else
    told ("a founder told me their launch video had a million views", "the
    host told the room his reel had 2M views")? The teller's, not the
    writer's, though "me" is in the sentence. The company's own people
    ("our founder told me her post…") may tell the company's results."""
    pronouns = {o.lower_ for o in owners if o.tag_ == "PRP$"}
    if not pronouns & {"their", "his", "her", "its"}:
        return False
    node = head
    for _ in range(6):
        if node.dep_ == "ccomp" and node.head.lower_ in telling:
            # or the first verb's: "The mayor's office spent £38k on an agency
            # and now boasts that her account has 60k followers" (round44)
            teller = _subject_of(node.head) or _subject_of_the_first_verb(node.head)
            if teller is None or teller.pos_ not in ("NOUN", "PROPN"):
                return False
            if pronouns == {"its"}:
                # a business's "its", only one brought in with "a": "a regional
                # paper says its WhatsApp channel has 31,000 followers" (round39)
                return _introduced_indefinitely(teller)
            return _introduced_indefinitely(teller) or teller.lower_ not in roles
        if node.head.i == node.i:
            return False
        node = node.head
    return False


class OwnershipReader(Vocabulary):
    """Whose a term is, where the answer needs the lexicons."""

    def _in_whose_voice(
        self, claim: tuple[str, str, str, tuple[int, int], str], head: Token, near: frozenset[str]
    ) -> tuple[str, str, str, tuple[int, int], str]:
        """The claim as background when its metric is a named third party's
        (``_anothers_metric``), else as it is."""
        kind, lexicon, evidence, span, mood = claim
        if kind != "metric" or mood != "asserted" or self.parser is None:
            return claim
        if self._anothers_metric(head, evidence, near):
            return kind, lexicon, evidence, span, "background"
        return claim

    def _anothers_metric(self, head: Token, evidence: str, near: frozenset[str]) -> bool:
        """Is the attention someone else's, as news tells it: owned by someone the
        writer knows ("my friend's podcast just hit 10,000 downloads"), reported
        by another ("Netflix said the series was watched…", "…, the company
        said"), asked about ("Why did the Pepsi ad get 5 million
        dislikes?") or a record of someone's ("a selfie became the most
        retweeted post ever")? The writer's own words stay claims: "we", "our",
        "my" in the sentence, and a record with the writer in its paragraph. A
        brand's metrics told by the trade press stay claims too ("the chain's
        page reached a million fans"): case studies report them as results."""
        owners = self._possessors(head)
        acquaintances = self._grammar["acquaintances"]
        if any(owner.lemma_ in acquaintances or _my_favourite(owner) for owner in owners):
            return True  # "my friend's podcast", "my favourite baker's clip" (round39)
        if _watched_a_names(head):
            return True  # "Fascinating to watch Brindle's rebrand rack up 20M views" (round42)
        if evidence != "superlative" and _on_their_page(head, self._grammar["profile_nouns"]):
            # "someone reposted my drawing and it has 400k likes on their page";
            # not "my talk is the most-viewed video on their channel", mine ranked
            return True
        if _an_aside_on_an_account(head):
            return True  # "Cllr Brennan's TikTok account, which has 340k followers, was suspended"
        if _a_named_persons_own(head, self._grammar["getting_verbs"]):
            return True  # "Everyone talking about how Ollie Brandt got 20M views on his build"
        subject = self._clause_subject(head)
        profiles = self._grammar["profile_nouns"]
        if subject is not None and _someone_i_know(subject, acquaintances, profiles):
            return True  # "my dad has 14 followers on facebook": his, as it stands
        if _a_reason_someone_i_know_acted_on(head, acquaintances):
            return True  # "My old boss once fired an agency because reach dropped 20%" (round46)
        if subject is not None and _someone_known_by_a_clause(subject, self._grammar):
            return True  # "The best head I ever worked for had 212 followers" (round38)
        if _in_a_clause_on_someone_i_know(head, acquaintances):
            return True  # "my friend Kaya who streams to about 40 viewers": hers
        if subject is not None and _a_falsehood(subject, self._grammar["falsehood_words"]):
            return True  # "a fake screenshot of our menu has been shared 20,000 times"
        if _a_names_size_in_brackets(head):
            return True  # "we're partnering with Maya Jones (1.2M followers)": her size
        if _in_anothers_quoted_title(head, self._grammar["content_nouns"]):
            return True  # "a creator's 'I hit 1M!' post": her words, quoted as a title
        if self._a_speakers_line(head):
            return True  # "client: why did the cat video get 40k views": their line
        if _pitched_in_quotes(head, self._grammar["pitching_verbs"]):
            return True  # "a 'brand' offering 'exposure to our 2M followers'" (round49)
        if _theirs_as_they_told_it(
            head, owners, self._grammar["telling_words"], self._grammar["company_roles"]
        ):
            return True  # "a founder told me their launch video had a million views"
        if subject is not None and _posted_by_someone_brought_in(subject):
            return True  # "The video, first posted by a Leeds teenager, was viewed 30M times"
        if _pointed_at_over_there(
            head, self._pointed_at_others, self._grammar["neighbouring_places"]
        ):
            return True  # "That burger place two towns over has like 300k followers"
        if _done_by_someone_brought_in(head, self._persons, self._grammar["third_parties"]):
            return True  # "a post from someone who grew a newsletter to 300k subscribers"
        if any(_held_by_someone_unnamed(holder) for holder in (head, subject) if holder):
            # "a Leeds bakery's clip has gone viral", "a customer's video went
            # viral before our team saw it": theirs, whoever else the sentence names
            return True
        if _where_another_worked(head):
            return (
                True  # "She previously ran audience at The Post, where the newsletter grew to 2M"
            )
        main_subject = _subject_of_the_clause_with_it(head)
        if main_subject is not None and _held_by_someone_unnamed(main_subject):
            return True  # "A ball boy's catch went viral, with the clip racking up 9M views"
        if _credited_to_a_source(head.sent, self._grammar["attributed_sources"]):
            return True  # '"the most-watched thing we've ever made", per a spokesperson'
        if subject is not None and subject.lower_ in _THEIRS:
            return True  # "someone stitched my video and theirs went viral instead"
        if subject is not None and _a_business_near_me(subject, self._grammar["home_places"]):
            return True  # "a bakery in my town bought 10k followers": a neighbour's
        roles = self._grammar["third_parties"]
        if any(owner.lower_ in ("her", "his") for owner in owners) and _after_someone_named_by_role(
            head, subject, roles
        ):
            return True  # "the minister told her 2.1M followers first": the minister's
        meeting = self._grammar["meeting_verbs"]
        if subject is not None and _she_after_someone_brought_in(subject, roles, meeting):
            return True  # "we hosted a travel creator (she has 900k followers)": hers
        if subject is not None and _how_a_business_did_it(subject, self._grammar["organisations"]):
            return True  # "a breakdown of how a 9-person skincare brand built 2M followers"
        if subject is not None and _how_a_name_did_it(subject, self._grammar["recommended_reads"]):
            return True  # "Interesting read on how Lumen Sparkling grew to 2M followers"
        if subject is not None and _an_account_told_by_its_deed(
            subject, head, self._grammar["profile_nouns"]
        ):
            return True  # "the account that started the rumour has 2.3M followers"
        if any(token.lower_ in _MINE or token.lower_ == "let" for token in head.sent):
            return False
        if any(owner.lower_ in ("her", "his") for owner in owners) and _a_person_named_before(head):
            return True  # "Dana Whitfield's breakdown of how her letter got to 500k subscribers"
        if any(owner.pos_ == "PROPN" for owner in owners) and _then_he_or_she(head):
            return True  # "Emily's podcast has 400k subscribers and she still answers…"
        if _long_ago(head.sent):
            return True  # "On this day in 1938, the broadcast reached six million listeners"
        if subject is not None and _ranked_across_a_platform(subject, self._grammar["platforms"]):
            return True  # "the five biggest meme pages on Instagram gained 3M followers" (round40)
        saying = self._grammar["saying_verbs"]
        if _reported_by_another(head.sent, saying, self._grammar, self._cited) or (
            subject is not None and (_asked_of_a_name(subject) or _they_of_a_lead_in(subject))
        ):
            return True
        if near & _MINE_WORDS:
            return False
        return evidence == "superlative" and subject is not None and _a_record(subject)

    def _a_speakers_line(self, head: Token) -> bool:
        """Is the term in a dialogue's line that a label gives to someone else
        ("client: ok but why did the cat video get 40k views", "my boss: we
        need 10k followers", "Client question of the week: 'why did our reach
        drop?'")? A line labelled "me:" stays the writer's, and a
        count right after the colon is a stat's, whoever's ("Our CEO: 3.4k
        followers")."""
        words = [t for t in head.sent if not t.is_space][:7]
        colon = next((t for t in words if t.text == ":"), None)
        if colon is None or colon.i >= head.i or colon.i == words[0].i:
            return False
        if any("\n" in t.text_with_ws for t in head.doc[colon.i : head.i]):
            return False  # "Client: Fernhill⏎Result: 27M views": a label's line, then another
        if colon.i + 1 < len(head.doc) and is_count(head.doc[colon.i + 1]):
            return False  # a stat labelled by whose it is: "Our CEO: 3.4k followers"
        label = [t for t in words if t.i < colon.i]
        speaker = label[-1]
        if speaker.lower_ == "nobody":
            return False  # the meme's "Nobody: … me: …" sets up the writer's own line
        if len(label) >= 2 and label[1].lemma_.lower() in self._grammar["speech_labels"]:
            # "Client question of the week: 'Why did our reach drop 40%?'"
            return label[0].lemma_.lower() in self._speakers
        if len(label) > 2 or (len(label) == 2 and label[0].lower_ not in ("my", "our", "the")):
            return False
        return speaker.lemma_ in self._speakers or speaker.lower_ in self._speakers

    @cached_property
    def _speakers(self) -> frozenset[str]:
        """Who a dialogue's label may give a line to besides the writer: the
        labelled speakers, acquaintances and third parties (one set, made once)."""
        grammar = self._grammar
        return grammar["labelled_speakers"] | grammar["acquaintances"] | grammar["third_parties"]

    def _possessors(self, head: Token) -> list[Token]:
        """Who owns the term or its clause's subject, with their owners in turn:
        "Lego's announcement", "my friend's podcast" (friend, my)."""
        holders = [head]
        subject = self._clause_subject(head)
        if subject is not None:
            holders.append(subject)
        return [
            owner
            for holder in holders
            for child in holder.children
            if child.dep_ == "poss"
            for owner in child.subtree
            if owner.dep_ == "poss" and not a_calendar_name(owner)  # "Mother's Day"
        ]

    def _clause_subject(self, head: Token) -> Token | None:
        """The subject of the nearest clause up from ``head`` that has one."""
        for verb in [head, *self._governing_verbs(head)]:
            subject = _subject_of(verb)
            if subject is not None:
                return subject
        return None

    def _names_another(self, token: Token) -> bool:
        organisations = self._grammar["organisations"]
        return token.lower_ in self._grammar["third_parties"] or token.lemma_ in organisations

    def _paid_out_by_a_platform(self, head: Token, subject: Token | None) -> bool:
        """Is the name before the outcome a platform that pays the writer, so
        where the money comes from and not whose it is: "our views grew 20% and
        Patreon income hit $14,800 a month", "Etsy sales doubled"? Not a
        possessive ("Etsy's revenue rose 10%": the company's own)."""
        payout = self._grammar["payout_platforms"]
        words = [head] if subject is None else [head, subject]
        if any(_owned_by_a_name(word) for word in words):
            return False
        if subject is not None and subject.lower_ in payout:
            return True  # "Patreon paid out $14,800 this month"
        return any(
            c.dep_ == "compound" and c.lower_ in payout for word in words for c in word.children
        )

    def _others_outcome(self, head: Token) -> bool:
        if self._a_platforms_reported(head):
            return True  # "YouTube revenue rose 10%, Alphabet said"
        verbs = self._governing_verbs(head)
        verb = verbs[0] if verbs else head
        if any(c.dep_ == "dative" and c.lower_ in ("us", "me") for c in verb.children):
            return False  # "the Kestrel Trust has awarded us a £90k grant": given to the writer
        if verb.i < head.i and any(t.text == ":" for t in head.doc[verb.i : head.i]):
            # "Each creator had a unique code: 8,700 redemptions and £410k in
            # sales": a list of results after a colon, not what the verb's
            # subject made
            return False
        subject = _subject_of(verb)
        if (
            subject is not None
            and _listed_beside(head, subject)
            and any(c.dep_ == "nummod" for c in subject.children)
        ):
            # "14 creators, 3.2M reach and 96 bookings traced to their codes": a
            # stat list the parse made one subject, not the creators' bookings.
            subject = None
        if subject is not None:
            subject = _past_a_label(subject)
        if subject is not None and subject.lower_ in _THEIRS:
            return True  # "a competitor says theirs drove $3M in pipeline": their podcast's
        if subject is not None and is_money(subject.doc[_count_start(subject.doc, subject.i)]):
            subject = None  # "£1.8M raised this year": the sum, which the parse made a subject
        if _listed_after_our_label(head) and (subject is None or subject.pos_ != "PROPN"):
            # "Our 'Refill' push in 2022: the pouches are now 31% of T&T's
            # sales"; not "Our roundup: Globex earned $12M", a name that did it
            return False
        platforms = self._platforms
        if subject is not None and subject.lower_ in platforms and _past_the_writers(head):
            subject = None  # "…, but Instagram is now our top source of new customers": a channel
        if (
            _a_named_party(head, subject)
            and not self._paid_out_by_a_platform(head, subject)
            and _writer_in_another_clause(verb, platforms)
        ):
            return True  # "Globex earned $12M in profit while we hit 500k followers"
        if _a_named_party(head, subject) and _for_them(verb):
            return True  # "Initech's community work drove real sales for them"
        if _a_named_party(head, subject) and _writer_compared(verb.sent):
            return True  # "Hallow & Pine does £40m a year and has fewer followers than us"
        parties = self._grammar["third_parties"]
        if subject is not None and not _ours(subject, self._grammar["rivals"]):
            # "Competitor X": a name with its role as a title; not "the creator partnership".
            titled = subject.pos_ == "PROPN"
            # "Rival X", "the rival brand": the tagger makes "rival" an adjective.
            roles = [
                c
                for c in subject.children
                if (c.dep_ == "compound" and (titled or c.pos_ == "PROPN"))
                or (c.dep_ == "amod" and c.lower_ in parties)
            ]
            named = [subject, *roles]
            # not people of a kind counted big, who did it for the writer: "318
            # teenagers have signed up for a library card"
            crowd = any(c.dep_ == "nummod" and is_big(c) for c in subject.children)
            # nor people counted who bought or hired from the writer (round38):
            # "19 founders booked the paid audit", "9 employers hired from us"
            counted = any(c.dep_ == "nummod" and is_count(c) for c in subject.children)
            crowd = crowd or (
                counted and _bought_from_the_writer(verb, self._grammar["patron_verbs"])
            )
            if not crowd and any(
                word.lemma_ in parties or word.lower_ in parties for word in named
            ):
                return True  # "competitor X grew revenue 20%"
            if _named_by_a_letter(subject, self._grammar["organisations"]):
                return True  # "company y tripled its sales": "Company Y" typed in lower case
        clause = next((v for v in verbs if v.dep_ == "relcl"), None)
        if clause is None or any(c.dep_ == "poss" and c.lower_ in _MINE for c in head.children):
            # "…a reply from a buyer at a big firm, which turned into our biggest
            # contract": the clause may hang on the firm, the outcome is "our"
            return False
        holder = clause.head  # "a bank that made $3B in profit"
        indefinite = any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in holder.children
        )
        organisations = self._grammar["organisations"]
        return indefinite and holder.lemma_ in organisations and holder.dep_ != "attr"

    def _a_platforms_reported(self, head: Token) -> bool:
        """Is the outcome a platform's own, as its owner reports it: "YouTube
        revenue rose 10%, Alphabet said", "TikTok ad revenue doubled, ByteDance
        reported"? The news of a platform's business, not the writer's; "our
        YouTube revenue rose 10%" stays the writer's, and so does "sales rose
        30%, the company said" (a brand's own result told by the press)."""
        if head.lemma_ not in self._grammar["platform_results"]:
            return False  # "Instagram sales rose 30%, Acme said" are a shop's, there
        platforms = self._platforms
        named = [t for t in head.lefts if t.dep_ in ("compound", "nmod")]
        named += [t for word in named for t in word.lefts if t.dep_ in ("compound", "nmod")]
        if not any(word.lower_ in platforms for word in named):
            return False
        if any(c.dep_ == "poss" for c in head.children):
            return False  # "our YouTube revenue", "Acme's YouTube revenue"
        grammar = self._grammar
        return _reported_by_a_name(head.sent, grammar["saying_verbs"], grammar["organisations"])

    def _a_names_channel(self, holder: Token) -> bool:
        """Is the holder a platform or a channel word owned by a name, not the
        writer's ("the Daily Sentinel's TikTok", "Acme's account"; not "our
        shelter's TikTok")?"""
        if holder.lower_ not in self._platforms and holder.lemma_ not in _PERSONAL_PLACES:
            return False
        if _ours(holder, self._grammar["rivals"]):
            return False
        return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in holder.children)

    def _audience_of_a_third_party(self, head: Token) -> bool:
        """An audience a person has, not the writer: "the singer's 40 million
        followers", "the chef has 900k followers". Only people named by a role:
        a brand may be the writer, and "she" may be the account the story is
        about ("she gained 600 followers"). Why: a count that a third party
        holds is background to the post, not a result the writer claims."""
        people = self._grammar["third_parties"]
        owners = [c for c in head.children if c.dep_ == "poss"]
        if not owners and _a_populations_statistic(head):
            return True  # "the median Instagram following is 2,300" of charities surveyed (round43)
        if _across_many(head, self._grammar["organisations"], self._grammar["studying_verbs"]):
            return True  # "across 1,400 B2B brands, video views per post rose 40%" (round43)
        if _boasted_of_by_another(head):
            return True  # "The Harlow Trust is boasting about 'record engagement'" (round43)
        if _how_someone_did_it(head):
            return True  # "a thread by @maya about how she grew to 150k followers" (round43)
        if head.pos_ == "VERB":  # "the senator's post was viewed 2 million times"
            subjects = [
                _what_a_relative_stands_for(c)
                for c in head.children
                if c.dep_ in ("nsubj", "nsubjpass")
            ]
            owners += [c for s in subjects for c in s.children if c.dep_ == "poss"]
        # a count joined to the object stands where it does (round36): "the
        # mayor's post has 40k shares and 9,000 comments"
        role = head.head if head.dep_ == "conj" and head.head.dep_ == "dobj" else head
        if role.dep_ == "dobj":  # "the band's video passed 100 million views"
            subjects = [
                _what_a_relative_stands_for(c) for c in role.head.children if c.dep_ == "nsubj"
            ]
            owners += [c for s in subjects for c in s.children if c.dep_ == "poss"]
        level = head.dep_ == "pobj" and head.head.lower_ == "at" and head.head.dep_ == "prep"
        verb = head.head.head if level else None
        if verb is not None and verb.pos_ == "VERB":  # "the mayor's post sat at 40k likes"
            subjects = [_what_a_relative_stands_for(c) for c in verb.children if c.dep_ == "nsubj"]
            owners += [c for s in subjects for c in s.children if c.dep_ == "poss"]
        if head.dep_ == "dobj" and head.head.lemma_ in self._grammar["having_verbs"]:
            holders = [c for c in head.head.children if c.dep_ == "nsubj"]
            if not holders and head.head.dep_ == "conj":
                # "the chef started her channel in 2020 and now has 800k
                # subscribers": the subject of the first verb (round36)
                holders = [c for c in head.head.head.children if c.dep_ == "nsubj"]
            counting = _HOLDING.union(
                *(self._grammar[name] for name in ("getting_verbs", "gain_verbs", "growth_verbs"))
            )
            owners += holders
            dating = self._grammar["dating_possessives"]
            features = self._grammar["titled_feature_nouns"]
            # the parse may give a named pet two subjects (round41): "our goat
            # Pancake has more followers than our farm"
            told_as_ours = any(_says_us(h) for h in holders)
            if (
                head.head.lemma_ in _HOLDING
                and not told_as_ours
                and any(
                    (
                        h.pos_ == "PROPN"
                        and not _ours(h, self._grammar["rivals"])
                        and not _dated(h, dating)
                        # not the first word of a page's name the parse took
                        # for it: "The new Renew Your Permit page had 2M visitors"
                        and not opens_a_features_name(h.doc, h.i, features)
                        # nor a piece the tagger took for a name (round43):
                        # "and the results tweet has 2.1M impressions"
                        and not (h.is_lower and h.lemma_ in self._grammar["content_nouns"])
                    )
                    or (h.lower_ in ("he", "she") and head.head.tag_ == "VBZ")
                    # a name's channel, as the name's audience (round47): "the
                    # Daily Sentinel's TikTok has 3 million followers"
                    or (head.head.tag_ == "VBZ" and self._a_names_channel(h))
                    # and people, as they stand (round43): "clients who want a
                    # discount because they 'have 40k followers'"
                    or (h.lower_ == "they" and head.head.tag_ == "VBP")
                    for h in holders
                )
            ):
                # a name's or a person's audience as it stands: "Nike has 300M
                # followers", "she has 2M followers and still answers every DM";
                # "that morning she had 325 followers" starts a story of growth
                return True
            if head.head.tag_ == "VBD" and any(
                h.lower_ in ("he", "she")
                and (
                    _a_story_that_moves_on(head.head, h, counting)
                    or _someone_the_writer_met(head.head, self._grammar["meeting_verbs"])
                )
                for h in holders
            ):
                # "when Maya started, she had 200 followers; today she runs a
                # bakery": the count was where her story began, not its result
                return True
        if _opens_someone_has(head, people):
            return True  # "(Interviewed a bookbinder.) She has 212k followers on Instagram"
        rivals, roles = self._grammar["rivals"], self._grammar["company_roles"]
        if _a_names_standing_rate(
            head, self._grammar["receiving_verbs"], self._grammar["rate_words"], rivals
        ):
            return True  # "Zento receives 2M monthly visits": its scale, as it stands
        if any(_a_rivals(owner, rivals) for owner in owners):
            return True  # "the rival league's final drew 3 million viewers"
        saying = self._grammar["saying_verbs"]
        verb_subjects = _subjects_of_its_verb(head)
        if any(_a_rival_named(s, rivals, saying) for s in verb_subjects):
            return True  # "our biggest competitor just passed 1M followers"
        if any(_some_organisation(s, self._bodies) for s in verb_subjects):
            return True  # "a Danish furniture brand gained 2 million followers" (round43)
        if _an_organisation_doing_it(head, self._bodies):
            return True  # "Spotted a council celebrating 200k followers" (round48)
        content = self._grammar["content_nouns"]
        if any(_a_piece_by(s, people, content) for s in verb_subjects):
            return True  # "A post by a backbench MP got 40k retweets this morning"
        if _a_names_piece_noticed(head, self._grammar["noticing_verbs"]):
            return True  # "Saw that the Lantern Hotel's reel hit 5M views" (round47)
        if _a_sentence_on_a_names_piece_seen(head, self._grammar["noticing_verbs"]):
            return True  # "Saw Ferncastle Council's meme went viral, 3M views apparently" (round48)
        if _a_piece_called_false(head, self._grammar["calling_false_words"]):
            return True  # "The most-shared article about the flood was wrong" (round47)
        if any(_a_kind_of_organisation(owner, self._grammar["organisations"]) for owner in owners):
            return True  # "hotel brands' average engagement rate fell": a trade's, no one's
        if any(_owned_by_many_others(owner) for owner in owners):
            return True  # "the engineers' report it misquotes has 312 downloads" (round36)
        platforms = self._platforms
        ours = any(t.lower_ in _MINE for t in head.sent)
        hearsay = self._grammar["hearsay_openers"]
        if (
            not ours
            and any(o.pos_ == "PROPN" for o in owners)
            and _told_by_a_source(head.sent, hearsay)
        ):
            return True  # "Per a leaked memo, Brightline's account pulled 40M views" (round43)
        if not ours and any(_a_platforms_own(owner, platforms) for owner in owners):
            return True  # "Threads' daily engagement has fallen by half": the platform's
        return any(
            (owner.lower_ in people or _a_person_by_age(owner))
            and not _ours(owner, rivals)
            and not _a_companys_own(owner, roles)
            and not _quote_read_as_possessive(owner)
            for owner in owners
        )

    @staticmethod
    def _governing_verbs(token: Token) -> list[Token]:
        verbs = [token] if token.pos_ == "VERB" else []
        node = token
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            # A bar or an arrow the tagger made a verb ("| Impressions | 2.2M |",
            # "followers → 12k") governs nothing: it stands between cells.
            if node.pos_ in ("VERB", "AUX") and any(ch.isalpha() for ch in node.text):
                if _quoted_before(node, token):
                    break  # "Our 'Grandma tries oat milk' clip went viral": a title's verb
                verbs.append(node)
        return verbs


def _quoted_before(verb: Token, token: Token) -> bool:
    """Is ``verb`` inside a quotation that closes before ``token`` in its
    sentence ("Our 'Grandma tries oat milk' clip went viral")? The words of a
    title govern nothing outside it, whatever the parse hung on them (round45)."""
    if verb.i > token.i:
        return False
    doc = verb.doc
    start = verb.sent.start
    if not any(t.is_quote for t in doc[start : verb.i]):
        return False
    return any(t.is_quote for t in doc[verb.i + 1 : token.i])


def _listed_after_our_label(head: Token) -> bool:
    """Is the outcome told after a colon whose label is the writer's ("Our
    'Refill, Don't Landfill' push in 2022: the refill pouches are now 31% of
    Tallow & Thyme's soap sales")? The label's results are the writer's,
    whoever the brand named in them (a brand writes of itself by name; an
    agency of its client) (round45)."""
    doc = head.doc
    start = head.sent.start
    colon = next((t.i for t in doc[start : head.i] if t.text == ":"), None)
    if colon is None:
        return False
    label = doc[start:colon]
    # a heading, no clause: not "Our burger vote broke the internet: …, and
    # Burgerco's burger orders doubled", a sentence that tells of another
    verbs = [t for t in label if t.pos_ in ("VERB", "AUX") and not _quoted_before(t, doc[colon])]
    return not verbs and any(t.lower_ in _MINE for t in label)


def _told_by_a_source(sentence: Span, openers: frozenset[str]) -> bool:
    """Does the sentence open by naming its source ("According to a leaked
    deck, …", "Per the filing, …", "Reportedly, …")? What it then counts of a
    named party is news of them, not a brand speaking of itself by name."""
    words = list(islice((t.lower_ for t in sentence if not (t.is_punct or t.is_space)), 2))
    return bool(words) and (words[0] in openers or " ".join(words) in openers)


def _a_populations_statistic(head: Token) -> bool:
    """Is the term a statistic of many accounts, "the median Instagram
    following", "a typical engagement rate", "the average follower count"? Not
    the writer's own average ("Average views per Reel up 4x", no "the"). Read
    back over the words of its phrase (the parse may make "following" a verb)."""
    doc = head.doc
    for at in range(head.i - 1, max(-1, head.i - 5), -1):
        word = doc[at]
        if word.lower_ in ("median", "typical"):
            return True
        if word.lower_ == "average":
            # or of many named after it (round47): "average organic reach for
            # brand pages on Facebook fell to 2.2%"
            return (at > 0 and doc[at - 1].lower_ in ("the", "an")) or _for_many(head)
        if word.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


def _for_many(head: Token) -> bool:
    """Is the term said "for", "across" or "among" a bare plural right after it
    ("reach for brand pages", "engagement across charities"): of many
    accounts, not one?"""
    doc = head.doc
    at = head.i + 1
    if at >= len(doc) or doc[at].lower_ not in ("for", "across", "among"):
        return False
    for word in doc[at + 1 : at + 4]:
        if word.tag_ == "NNS":
            return True
        if word.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


_BOASTING = frozenset({"boast", "brag", "crow", "gloat"})


def _boasted_of_by_another(head: Token) -> bool:
    """Is the term what someone other than the writer boasts or brags
    "about" ("The Harlow Trust is boasting about 'record engagement'")? The
    writer reports another's boast; "we're bragging about our record reach"
    stays a claim. So is what they boast "that" ("The minister boasting that
    the department's TikTok has 300k followers tells you everything", round45)."""
    about = head.dep_ == "pobj" and head.head.lower_ == "about"
    verb = head.head.head if about else _boast_over_the_clause(head)
    if verb is None or verb.lemma_ not in _BOASTING:
        return False
    if verb.dep_ == "xcomp":
        verb = verb.head  # "The Trust keeps boasting about…": the subject is the keeping's
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "A broadcaster boasting that its show 'reached…'" (round48)
    return subject is not None and not _says_us(subject) and subject.lower_ not in _MINE


def _boast_over_the_clause(head: Token) -> Token | None:
    """The verb of boasting whose "that" clause holds the term, at most four
    steps up ("boasted that the TikTok has 300k followers"); None if none."""
    node = head
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.lemma_ in _BOASTING:
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _some_organisation(subject: Token, organisations: frozenset[str]) -> bool:
    """Is the subject an organisation brought in with "a" or "one" ("a Danish
    furniture brand gained 2 million followers", "One brand profiled had 2M
    followers": round48)? A writer says "we" or names itself."""
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.lemma_ in organisations
        and _brought_in_as_one_of_many(subject)
    )


def _brought_in_as_one_of_many(noun: Token) -> bool:
    """Is the noun brought in with "a", "an" or "one" ("a charity", "one
    brand")?"""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in noun.children
    )


def _an_organisation_doing_it(head: Token, organisations: frozenset[str]) -> bool:
    """Is the term the object of a participle said of an organisation brought
    in with "a" or "one" ("Spotted a council celebrating 200k followers this
    morning"; round48)? Theirs, whoever the writer is."""
    verb = head.head
    if head.dep_ != "dobj" or verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN"):
        return False
    holder = verb.head
    return holder.lemma_ in organisations and _brought_in_as_one_of_many(holder)


def _how_someone_did_it(head: Token) -> bool:
    """Is the term in a story "about how" someone else did it ("Read a great
    thread by @maya about how she grew to 150k followers")? What a piece
    tells of her, not the writer's result."""
    verb = head
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "pcomp" or verb.head.lower_ != "about":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("she", "he", "they")


def _across_many(head: Token, kinds: frozenset[str], studying: frozenset[str]) -> bool:
    """Does the sentence measure "across" a counted crowd of organisations
    (``kinds``) before the term ("across 1,400 B2B brands, video views per post
    rose 40%"), or across counted things someone studied ("Across 1.9 million
    political posts we analysed, outrage drew 2.4x the engagement", round50)?
    A benchmark's or a study's statistic, no one's result; "across six
    episodes" counts the writer's pieces."""
    sentence = head.sent
    for token in sentence:
        if token.i >= head.i:
            return False
        if token.lower_ != "across":
            continue
        crowd = list(sentence[token.i - sentence.start + 1 : token.i - sentence.start + 5])
        if any(t.lower_ in _MINE for t in crowd[:2]):
            continue  # "across our 12 accounts": the writer's own
        counted = any(is_count(t) for t in crowd[:2])
        if counted and any(t.tag_ == "NNS" and t.lemma_ in kinds for t in crowd):
            return True
        clause = sentence[token.i - sentence.start + 1 : head.i - sentence.start]
        studied = next((t for t in clause if t.lemma_ in studying), None)
        before = clause[: studied.i - clause.start] if studied is not None else clause
        if counted and studied is not None and not any(t.is_punct for t in before):
            return True
    return False
