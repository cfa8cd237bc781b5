"""Claims: what a sentence says about attention and about the business.

A word list finds *terms* (``rules/lexicons/``); a claim is a term the
sentence makes into a statement. This module reads, per sentence that holds a
term, what makes it one:

* **metric claims** on attention terms: a count ("12k followers", "viewed
  3,000 times"), a change ("followers grew 35%", "an increase in traffic",
  "gone up by 25% in listeners"), a milestone ("hit 100 subscribers", "our
  1,000th fan", "we just passed 50,000!"), a comparison ("more people
  watched…"), a superlative ("the most-shared ad") or an amount ("thousands
  of views", "people kept sharing it");
* **outcome claims** on outcome terms: named outright ("revenue", "donors"),
  or, for words with other senses, with an amount, a change or a verb
  ("300 new customers", "customers lined up"), and outcome verbs ("sold
  out", "raised $2M").

Each metric claim has a *mood*: ``asserted``, a ``goal`` ("we want to hit
10k"), ``negated``, ``conditional`` ("if people kept sharing it"),
``speculative`` ("it could go viral"), ``background`` ("a creator with 1.2
million followers"), ``advice`` ("how to get more followers", "you can
increase engagement", "see which pages get the most views"), an ``offer``
("the first 100 fans who sign up") or a ``topic`` ("a webinar on follower
growth"). An outcome claim is ``asserted`` or a ``topic`` ("our CFO talked
about revenue").
Rules select claims by kind, lexicon, evidence and mood (``match.claims``).

The dependency parse decides where a count belongs, whatever sits between, so
each sentence that holds a term is parsed on its own, with the tensor the
pipeline already computed: the rest of a post is never parsed. Without a
parser (a pipeline that has none) only the word-order cues apply.

Claims are found in the terms' own sentence, so a chunk of a document (the
prefilter's) gives the same claims as the whole document.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from align_lint.analysis.lemmas import LemmaSurfaces
from align_lint.analysis.records import CharSpan
from align_lint.rules.lexicons import Lexicon, Term, expand_words
from align_lint.rules.schema import ClaimSelector

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token
    from thinc.types import Ints2d

# The count grammar, defined once: digits with separators and a scale suffix
# (10,000 · 10.000 · 1.2M · 10k · 26,000,000+), number words, scale words.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}\+?$")
_ORDINAL = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th)$", re.I)
_ORDINAL_WORDS = frozenset({"millionth", "thousandth", "hundredth", "billionth"})
_SUFFIXES = (("bn", 1e9), ("mn", 1e6), ("mm", 1e6), ("k", 1e3), ("m", 1e6), ("b", 1e9))
# A multiple: "up 3x", "grew 10x" (a change, counted as its factor).
_MULTIPLE = re.compile(r"^\d+(?:\.\d+)?x$")
# Lengths of a count said in digits that only an audience reaches: "six figures".
_LONG_COUNTS = frozenset({"six", "seven", "eight", "nine"})
# A thread's post number before a sentence: "3/", "4/12".
_THREAD_MARK = re.compile(r"^\d{1,2}/(?:\d{1,2})?$")
# What a change in a stat line is measured against: "+140% QoQ", "2.3x vs benchmark".
_VERSUS = frozenset({"vs", "vs.", "versus", "yoy", "qoq", "mom", "wow", "wo", "dod"})
# Signs a change written as a stat begins with: "+12k", "-19%", "−3%".
_SIGNS = frozenset({"+", "-", "\u2212"})
# What separates the cells of a one-line stat report: "impressions 6.1M | clicks 52,000";
# the tagger takes most of them for nouns or symbols, not punctuation.
_STAT_SEPARATORS = frozenset({"|", "¦", "•", "·", "/", "//", "||"})
SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6}
SCALE.update({"mn": 1e6, "bn": 1e9, "mm": 1e6})
_VAGUE_BIG = frozenset({"thousands", "millions", "billions", "hundreds", "tens", "dozens"})
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip
_NOT_COUNTS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "next", "one", "once", "zero"}
)
_CURRENCY = frozenset({"$", "£", "€", "¥"})
# Times a count may be reached "in": "crossed 25k in days".
_TIME_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "time", "total", "record",
     "weekend", "morning", "afternoon", "evening", "night", "today", "quarter", "q1", "q2", "q3",
     "q4"}
)  # fmt: skip
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip
# Bounds of a time something was reached in: "in under a day", "in less than 24 hours".
_WITHIN = frozenset({"under", "less", "than", "just", "only", "about", "around", "over"})
# Prices of attention bought: cost per mille (impressions) and per view.
_ATTENTION_PRICES = frozenset({"cpm", "cpms", "cpv", "cpvs"})
_PRICES = frozenset({"cost", "price"})
# A price that moved up, which no one brags about: "CPMs rose to $14".
_RISING = frozenset({"rise", "up", "increase", "climb", "jump", "high", "higher", "soar", "spike"})
_BUYING = frozenset({"buy", "purchase", "pay", "get"})
# Attention a brand may buy: "Acme bought 4 million impressions".
_BOUGHT_ATTENTION = frozenset(
    {"impression", "impressions", "view", "views", "click", "clicks", "follower", "followers",
     "like", "likes", "reach", "engagement", "fan", "fans", "traffic"}
)  # fmt: skip
# A price of attention compared: "the cheapest reach we've ever bought".
_CHEAP = frozenset({"cheapest", "cheaper"})
# Possessives between a verb and what it gained: "boosted our TikTok reach".
_OWNERS = frozenset({"our", "my", "the", "its", "their", "his", "her", "your"})
# An offer to people, which a milestone may be the occasion of.
_GIVEAWAYS = frozenset({"giveaway", "giveaways", "raffle", "raffles", "sweepstakes", "contest"})
# Thanks, and whom it goes to before "for": "thank you all for 10k".
_THANKS = frozenset({"thank", "thanks"})
_THANKED = frozenset(
    {"you", "u", "ya", "all", "y'", "y", "'", "'all", "everyone", "everybody", "so", "much", "guys",
     "fam", "yall"}
)  # fmt: skip
# Verbs of money laid out, which make "5,000 on Instagram" an amount spent there.
_SPENDING = frozenset({"spend", "invest", "pay", "waste", "budget", "blow", "put", "sink", "lose"})
# Symbols, modifiers (skin tones), variation selectors and joiners: what emoji are made of.
_EMOJI_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})
_MONEY_WORDS = frozenset(
    {"money", "dollars", "dollar", "pounds", "euros", "euro", "cent", "cents", "usd", "gbp", "eur",
     "funds", "donations", "revenue", "income", "profit", "cash", "grand"}
)  # fmt: skip
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
_SUPERLATIVES = frozenset({"most", "highest", "biggest", "largest", "record", "top", "best"})
_MORE = frozenset({"more", "fewer"})
_MANY = frozenset({"many", "countless", "numerous"})
# Verbs of a user's steps (in an interface, with a hashtag), whose small counts are
# not an audience: "clicked the button thirty times", "used the hashtag three times".
_STEPS = frozenset({"click", "tap", "use"})
# Verbs of what a product lets its user do: "allows you to grow engagement".
_ENABLING = frozenset({"allow", "let", "help", "enable", "empower"})
# Particles of trying a thing out: "play around", "click about".
_AIMLESS = frozenset({"around", "about"})
_SPECULATIVE = frozenset({"could", "might", "may", "would", "should", "will", "shall", "'ll"})
# What names a number an HTTP status (``_status_code``): "404 (not found)", "HTTP 503".
_STATUS_AFTER = frozenset({"error", "errors", "status", "response", "responses", "page"})
_STATUS_NAMES = frozenset(
    {"internal", "bad", "service", "forbidden", "unauthorized", "gateway", "gone"}
)
_STATUS_BEFORE = frozenset({"http", "status", "error"})
# What a writer found hard to get was not got: "I find it hard to gain engagement",
# "we struggled to get views" (``_found_hard``).
_HARD = frozenset({"hard", "difficult", "tough", "tricky", "impossible", "challenging"})
_STRUGGLING = frozenset({"struggle", "fail"})
# What opens a clause of time: "once your channel grows…", "when you have…".
_WHEN = frozenset({"when", "whenever", "once", "as", "after", "before", "until", "till"})
# Modals of ability: "social media can bring in traffic" says what a channel may do.
_ABLE = frozenset({"can", "could", "may", "might"})
# What makes a count a unit of a rate: "cost per 1,000 views" (``_per_unit``).
_PER = frozenset({"per", "every"})
# Where a trend heads, not what trended: "trending in the right direction".
_DIRECTIONS = frozenset({"direction", "directions", "way"})
# Channels named in general, without "our": "social media can bring traffic",
# "email can drive visits"; with "our" they are the writer's.
_CHANNELS_IN_GENERAL = frozenset(
    {"media", "email", "seo", "marketing", "advertising", "ads", "content", "blogging",
     "video", "podcasting", "newsletters", "influencers", "pr"}
)  # fmt: skip
_CONDITIONS = frozenset({"if", "unless", "whether", "until"})
# Verbs that make what they govern a supposition: "imagine 100 people click".
_SUPPOSING = frozenset({"imagine", "suppose", "pretend", "assume"})
_ADVICE = frozenset({"how", "tips", "ways", "way", "tricks", "hacks", "secrets", "guide"})
_OFFER = frozenset({"first", "next"})
_ASPECT = frozenset({"keep", "start", "begin", "continue"})
_HAVING = frozenset({"have", "boast", "amass", "gain", "count"})
# Places online: people welcomed to them are an audience, not a crowd.
# Places and events people come to in person: "the festival drew 80,000 visitors".
_VENUES = frozenset(
    {"festival", "fair", "exhibition", "museum", "concert", "parade", "expo", "zoo",
     "stadium", "arena", "tournament", "marathon", "carnival", "gallery", "conference",
     "summit", "convention"}
)  # fmt: skip
_DRAWING = frozenset({"draw", "attract", "bring", "pull"})
# Places a crowd stands in, besides the venues: "12,000 fans at the ground".
_GROUNDS = frozenset(
    {"ground", "game", "match", "gig", "venue", "hall", "theatre", "theater", "park",
     "square", "street", "ballpark", "pitch", "stands", "store", "shop"}
)  # fmt: skip
# Wholes a share of which a campaign reaches, besides people: "47% of residents".
_POPULATIONS = frozenset(
    {"residents", "voters", "shoppers", "americans", "population", "audience", "market",
     "country", "nation", "adults", "households", "consumers"}
)  # fmt: skip
# What a term names the rows of when it modifies them: "3 million follower rows" (not
# "records": "a new traffic record" is a milestone).
_DATA_NOUNS = frozenset({"row", "datum", "database", "table", "field", "column", "id", "entry"})
# Characters that start a list item where Markdown sees none (LinkedIn posts).
_BULLETS = frozenset("•◦▪▫‣●○■□◆◇►▶→➡➜➤✓✔☑✅👉🔹🔸")
# Subjects whose counted attention is their own habit (``_doers_habit``).
_DOERS = frozenset({"i", "he", "she", "we", "you"})
# Changes to a product, which reach users as a rollout, not as attention.
_RELEASES = frozenset(
    {"feature", "update", "release", "version", "rollout", "fix", "patch", "build", "upgrade",
     "beta", "firmware"}
)  # fmt: skip
_WEB_PLACES = frozenset(
    {"site", "website", "sites", "websites", "blog", "page", "pages", "channel", "app", "online"}
)
# What people join as customers or members, not as an audience.
_JOINED = frozenset(
    {"program", "programme", "waitlist", "membership", "club", "beta", "pilot", "plan", "tier",
     "course", "academy", "subscription", "scheme", "rewards", "trial", "cohort", "bootcamp"}
)  # fmt: skip
# A level a metric hit that is itself a record: "page views hit an all-time high".
_HIGHS = frozenset({"high", "highs", "peak", "record", "best"})
# Outdoing someone in a metric: "we beat our biggest rival in followers".
_RIVALLED = frozenset(
    {"beat", "outpace", "overtake", "outperform", "outdo", "outnumber", "outrank", "trail"}
)
# Verbs that change an outcome they take as object, said with the amount:
# "improved our gross margin by 4 points", "cut refunds to 2%".
_CHANGING = frozenset(
    {"improve", "increase", "boost", "raise", "lift", "expand", "widen", "cut", "reduce",
     "lower", "shrink", "halve", "decrease", "slash"}
)  # fmt: skip
# What a business fills that it sells or hires for: "filled 12 open roles".
_FILLED = frozenset(
    {"role", "position", "seat", "vacancy", "opening", "slot", "spot", "place", "class",
     "course", "cohort", "room", "table", "order", "pipeline", "calendar"}
)  # fmt: skip
# Another organisation, when named indefinitely: "a bank that made $3B in profit"
# (not "we are a startup that grew revenue 300%", where it is an attribute of us).
_ORGANISATIONS = frozenset(
    {"bank", "company", "firm", "startup", "brand", "business", "retailer", "agency",
     "competitor", "rival", "chain", "corporation", "conglomerate", "insurer", "publisher"}
)  # fmt: skip
# Nouns that hold an audience besides channels and platforms ("the account passed 50,000").
_HOLDER_NOUNS = frozenset(
    {"account", "page", "profile", "handle", "community", "audience", "following", "list",
     "server", "group", "site", "website", "brand"}
)  # fmt: skip
# Verbs of going after a thing, besides the intent words: "chasing likes".
_CHASING = frozenset({"chase", "pursue", "crave", "covet", "court"})
# Verbs whose negation tells a surprise: "we never expected 40k reactions".
_EXPECTING = frozenset({"expect", "imagine", "think", "dream", "anticipate", "predict", "believe"})
_AHEAD = frozenset({"ahead", "behind"})  # "ahead of our rival in followers"
# A sample asked, whose people are respondents: "a survey of 500 readers".
# The words a verb counted only in times or people needs: "saved 3,000 times".
_COUNTED_BY = frozenset({"times", "by"})
# Places an audience is counted in: "viewed in 87 countries".
# Time an audience spent with content: "watched for 3,000 hours", "12,000
# hours of watch time".
_DURATIONS = frozenset({"hour", "minute"})
_WATCHING = frozenset({"watch", "view", "listen", "stream"})
_PLACES = frozenset({"country", "city", "market", "state", "region", "continent", "territory"})
_SURVEYS = frozenset({"survey", "poll", "study", "sample", "panel", "questionnaire", "census"})
# Having, not getting: what a named brand or person "has" is background to a
# story ("at the time, Nike had 80,000 followers"); what it gained is a result.
_HOLDING = frozenset({"have", "boast"})
_RIVALS = frozenset({"competitor", "rival"})
# What a writer publishes: its attention is theirs ("the top post of Q2 with 88k
# impressions"), where a person's is background ("a creator with 1.2M followers").
_CONTENT = frozenset(
    {"post", "video", "reel", "carousel", "tweet", "thread", "clip", "ad", "article",
     "episode", "story", "campaign", "teaser", "trailer", "livestream", "stream", "short",
     "performer", "piece", "photo", "image", "upload"}
)  # fmt: skip
# Nouns that are an intention whoever holds it: "the plan is to hit 10k".
_PLANS = frozenset({"goal", "plan", "aim", "target", "objective", "mission", "ambition"})
# Quote marks that open a title ("Will It Blend?"): straight, curly and angle.
_QUOTES = frozenset({'"', "'", "\u201c", "\u2018", "\u00ab"})
# Adverbs of an amount of attention: "widely shared", "massively viewed".
_WIDELY = frozenset({"widely", "massively", "hugely", "heavily"})
# Words after an attention verb that say it spread: "shared all over Twitter",
# "reposted everywhere", "shared far and wide".
_SPREAD = frozenset({"everywhere", "wide", "over"})
_SPREADING = frozenset(
    {"share", "repost", "retweet", "reblog", "view", "watch", "stream", "reposted", "retweeted",
     "reblogged"}
)  # fmt: skip
# Words after a term that introduce its count: "followers: 12,000", "a reach of
# 3 billion", "play count flipped over to 20,000", "traffic as high as 17 million".
_COUNT_AFTER = frozenset({":", "(", "of", "at", "to", "reached", "hit", "as"})
_MULTIPLES = frozenset({"double", "twice", "triple", "half"})
# Prepositions that give examples of what they follow: "such as", "including".
_EXAMPLES = frozenset({"as", "including", "like"})
_BY_ITSELF = frozenset({"themselves", "itself"})
_COSTS = frozenset(
    {"cost", "time", "money", "hour", "spend", "expense", "churn", "overhead", "day", "minute",
     "week", "waste", "downtime", "ticket", "complaint", "refund", "backlog", "return"}
)  # fmt: skip
# Who wrote or reads the post: "we upgraded", "upgrade now" are no one won over.
_WRITER_OR_READER = frozenset({"i", "you", "we"})
# What people ask for when they are leads: "3,100 requested a quote".
_ASKED_FOR = frozenset(
    {"quote", "demo", "trial", "proposal", "callback", "consultation", "sample", "brochure",
     "estimate", "appointment", "meeting", "call", "price", "pricing"}
)  # fmt: skip
# What a free user converts to when a business gains a customer.
_PAID_TIERS = frozenset({"paid", "paying", "premium", "pro"})
_BUYERS = frozenset(
    {"customer", "client", "buyer", "sale", "lead", "subscriber", "member", "order"}
)
_ACQUIRE = frozenset(
    {"gain", "acquire", "add", "attract", "accumulate", "amass", "win", "sign", "onboard",
     "welcome", "have", "get", "grow", "double", "triple", "bring", "convert", "land", "hit",
     "surpass", "cross", "pass", "top", "exceed", "serve", "boast", "count", "register",
     "recruit", "make", "raise", "save", "generate", "drive", "close", "earn", "fill", "join",
     "secure"}
)  # fmt: skip
_CLAUSE_REACH = 4  # tokens between an outcome term and its verb read by word order
# What a talk or a guide is about: "talked about revenue", "a guide to cutting costs".
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "to", "around", "regarding", "concerning"})
# Verbs whose object is a subject of talk: "the panel discussed churn".
_DISCUSSING = frozenset({"discuss", "explore", "explain", "unpack", "debate"})
# Dependents that keep a term inside the phrase a talk is about: "lead generation",
# "pricing and revenue".
_IN_PHRASE = frozenset({"compound", "amod", "conj", "nmod"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_OUTCOME_CHANGES = frozenset(
    {"grow", "rise", "increase", "double", "triple", "jump", "soar", "climb", "improve", "fall",
     "drop", "decline", "shrink", "halve", "reduce", "cut", "surge", "spike", "skyrocket",
     "explode", "beat", "boost", "lift", "hit", "top", "line", "queue", "flock", "pour", "buy",
     "sign", "pay", "order", "come", "convert", "return"}
)  # fmt: skip
_OUTCOME_AMOUNTS = frozenset(
    {"new", "paying", "paid", "repeat", "more", "additional", "returning", "loyal", "active",
     "registered", "record", "biggest", "first"}
)  # fmt: skip
# The lexicons the grammar reads by name (rules/lexicons/grammar.yaml).
GRAMMAR = (
    "growth_verbs", "level_verbs", "gain_verbs", "milestone_verbs", "change_nouns",
    "vague_amounts", "people",
    "intent_words", "third_parties", "topic_words", "presence_verbs", "data_verbs",
    "code_words", "community_places", "acquaintances", "platforms", "celebrating_words",
    "chart_words", "sales_charts",
)  # fmt: skip


@dataclass(frozen=True)
class Claim:
    kind: str  # "metric" | "outcome"
    lexicon: str
    start: int  # character offsets of the claim in the document
    end: int
    evidence: str
    mood: str = "asserted"

    @property
    def span(self) -> CharSpan:
        return (self.start, self.end)

    def selected_by(self, selector: ClaimSelector) -> bool:
        return (
            self.kind == selector.kind
            and (not selector.lexicons or self.lexicon in selector.lexicons)
            and (not selector.evidence or self.evidence in selector.evidence)
            and self.mood in selector.moods
        )


# Words that join the nouns of one phrase: "Instagram and TikTok followers".
_NOUN_JOINERS = frozenset({"and", "&", "/", "or", ","})
# A level said without a number: "page views remained steady".
_LEVEL_WORDS = frozenset({"flat", "steady", "stable", "unchanged", "constant"})
# What a level reached may be said as: "fans topped the 5,000 mark".
# What makes "up to N pageviews" a plan's allowance (``_quota``).
_QUOTA_NOUNS = frozenset({"plan", "tier", "package", "quota", "limit", "allowance", "bundle"})
_PRICED = frozenset({"free", "price", "prices", "pricing", "cost", "costs", "/mo", "mo"})
_MARKS = frozenset({"mark", "milestone", "level", "record", "threshold", "figure", "number"})
# Verbs of getting that gain when what is got is new: "getting new followers daily".
_GETTING = frozenset({"get", "see", "receive", "win", "pick", "bring"})
# Nouns that stand for the count of what they hold: "the number of views".
_TALLIES = frozenset({"number", "count", "total", "tally"})


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
    value = _written_value(token.lower_, token.text)
    if value is None:
        return None
    doc = token.doc
    if _numbered_by_hash(token):
        return None  # "#14785" names an issue or a pull request
    following = token.i + 1
    while following < len(doc) and value < 1e12:
        scale = SCALE.get(doc[following].lower_.rstrip("+"))  # "1 million+ views"
        if scale is None:
            break
        value *= scale
        following += 1
    return value


def _numbered_by_hash(token: Token) -> bool:
    """ "#14785" names an issue or a pull request; a hashtag that glues its
    count to a word ("#100kFollowers", split by the tokenizer) counts."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "#" or doc[token.i - 1].whitespace_:
        return False
    glued = not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha
    return not glued


@lru_cache(maxsize=65_536)
def _written_value(lower: str, written: str) -> float | None:
    """What ``number`` reads of the word itself (its lowercase and written
    forms): the value before any scale words after it, or None. The same for
    every occurrence of a word, so worked out once per word: most words are
    no count, and finding that out (a float that fails) was 1.5 % of a run."""
    text = lower.replace(",", "")
    if _DOTTED_THOUSANDS.match(text):  # "26.000.000", as written in much of Europe
        text = text.replace(".", "")
    if written in _CURRENCY or text in _NOT_COUNTS:
        return None
    digits = text.lstrip("~+").rstrip("+")
    scale = 1.0
    for suffix, factor in _SUFFIXES:
        stem = digits[: -len(suffix)]
        if digits.endswith(suffix) and stem.replace(".", "", 1).isdigit():
            digits, scale = stem, factor
            break
    try:
        value = float(digits) * scale
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


_CUE_CACHE_SIZE = 100_000
# How many tokens an attention term may be from the count or cue word that can
# make it a claim ("followers grew 35%", "12k new followers"): the prefilter
# looks for both within this reach, so it is part of the grammar.
REACH = 16
# A count, as a cue (analysis/prefilter.py looks for the same words).
_COUNT_CUE = frozenset({"<count>"})
# Words that may give a claim another mood than asserted, besides the
# speculative, conditional, advice and intent words (see ``_mood``).
_MOOD_WORDS = frozenset(
    {"not", "n't", "never", "no", "nor", "neither", "with", "your", "you", "first", "next"}
    | {"none", "nothing", "nobody"}  # a denying subject (``_denied_by_subject``)
    | {"which", "where", "how", "?"}  # a question asks, it does not report (``_asked``)
)
_FIRST_PERSON = frozenset({"i", "we", "us", "me", "'s", "let", "our", "my"})
# What makes the subject of "went viral" any such thing, not the writer's own:
# "a single bad review could go viral", "anything can trend", "what makes a
# video go viral" (see ``_generic``).
_GENERIC_DETERMINERS = frozenset({"a", "an", "any", "every", "each", "another", "no"})
_GENERIC_PRONOUNS = frozenset(
    {"what", "whatever", "anything", "something", "nothing", "everything",
     "anyone", "anybody", "someone", "somebody", "nobody", "everyone", "everybody"}
)  # fmt: skip
_MINE = frozenset({"i", "we", "us", "me", "our", "ours", "my", "mine"})
# The writer in a paragraph's words (``_ParagraphWords``, contractions kept whole).
_MINE_WORDS = _MINE | frozenset({"i'm", "i've", "we're", "we've", "let's"})
# What a campaign was when the count after "with" is its result: "a success
# with a reach of 40 million".
_RESULT_NOUNS = frozenset({"success", "hit", "win", "triumph", "sensation", "smash", "record"})
# What sets two clauses side by side: "X earned $12M while we…".
_AUDIENCE_BODIES = frozenset(
    {"audience", "community", "crowd", "fanbase", "viewership", "readership", "everyone"}
)
# A lead-in label before a sentence's clause: "Quick update:", "PSA —".
_LEAD_IN_WORDS = 4
_LABEL_ENDS = frozenset({":", "\u2014", "\u2013"})  # a colon, an em or en dash
_SETTING_BESIDE = frozenset({"while", "whereas", ";", "but", "and"})
# Who pays a creator or a brand, so that their money is income: sponsors, deals.
_PAYERS = frozenset({"sponsor", "sponsorship", "patron", "backer", "donor", "advertiser", "deal"})
# Sellers that carry a product, and what they do with it: retail distribution.
_SELLERS = frozenset(
    {"stockist", "retailer", "distributor", "retail partner", "wholesaler", "grocer"}
)
_STOCKING = frozenset({"carry", "stock", "sell", "list", "order"})
# Verbs by which someone else reports a claim: "Netflix said the series was
# watched…", "…, the company said", "analysts noted".
_SAYING = frozenset(
    {"say", "report", "announce", "note", "claim", "estimate", "reveal", "confirm", "state"}
)
# People whose job is to report a figure: "analysts noted", "a spokesperson said".
_SOURCES = frozenset(
    {"analyst", "spokesperson", "spokesman", "spokeswoman", "official", "executive", "researcher"}
)
# The marks of a clause that tells what led to an outcome, not a contrast with
# it: "Acme's sales rose after our reel got 2M views" (an agency's tie).
_LEADING_MARKS = frozenset({"after", "since", "because", "when", "once", "as", "so"})
# A whole set, in a brag most often the writer's own: "every reel gets 50k views".
_EVERY = frozenset({"every", "each"})
_TYPICAL = frozenset({"average", "typical", "median", "normal", "ordinary"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Whose post it was is the subject of "had": "we had a post go viral".
_HAD = frozenset({"have", "get", "see"})


_OTHER_CLAUSES = frozenset({"conj", "cc", "advcl", "ccomp", "parataxis", "relcl"})
# The words that head a clause of their own, under another word.
_CLAUSE_HEADS = frozenset({"conj", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "relcl", "acl"})


def _own_clause(verb: Token) -> Iterator[Token]:
    """The verb's subtree without the clauses joined to it: in "impressions
    doubled, and as a result 120 customers signed up" the 120 is not theirs."""
    yield verb
    for child in verb.children:
        if child.dep_ not in _OTHER_CLAUSES:
            yield from child.subtree


# "good at driving traffic", "effective in attracting visitors", "in terms of…".
_ABILITY_PREPOSITIONS = frozenset({"at", "in", "of", "for"})

# What an outcome is said to be when it is praised, not reported: "revenue is
# what matters", "what counts is pipeline", "ROI matters more than likes".
_VALUING = frozenset({"matter", "count"})
# What an outcome still to come does: "sales start next month", "revenue will follow".
_COMING = frozenset({"start", "begin", "follow", "come", "open", "resume"})
# An outcome's figures or targets, named before they are known: "sales figures
# are still being collected", "revenue targets will be announced in January".
_FIGURES = frozenset(
    {"figure", "number", "result", "data", "report", "target", "goal", "forecast", "projection",
     "estimate", "plan", "objective"}
)  # fmt: skip
_FUTURE = frozenset({"will", "'ll", "shall", "wo", "would", "could", "might", "may"})
_PENDING = frozenset({"still", "yet", "soon"})
# How many clauses up a verb of intent may govern an outcome ("need to figure out
# how to make money").
_INTENT_REACH = 3
# How far after a named outcome its verb may be ("revenue targets for next year will…").
_AFTER_OUTCOME = 8
# The other side of "is" that may say what matters.
_VALUED_SIDES = frozenset({"ccomp", "csubj", "attr", "nsubj", "acomp"})


def _outcome_phrase(head: Token) -> Token:
    """The noun the outcome term names as a whole: "revenue" in "revenue
    targets" is the targets' ("compound"), and so on up the phrase."""
    phrase = head
    while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase


def _said_to_matter(head: Token) -> bool:
    """Is the outcome what someone says matters, in the present: its phrase the
    subject of "matter"/"count", or one side of "is" whose other side is a
    clause of "matter"/"count" ("revenue is what matters", "what counts is
    revenue")?"""
    phrase = _outcome_phrase(head)
    if phrase.dep_ not in ("nsubj", "attr"):
        return False
    verb = phrase.head
    if verb.lemma_ in _VALUING and verb.tag_ in ("VBZ", "VBP"):
        return not any(c.dep_ in ("dobj", "prep") and c.lower_ != "more" for c in verb.children)
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    others = (c for c in verb.children if c.i != phrase.i and c.dep_ in _VALUED_SIDES)
    return any(_valuing_clause(other) for other in others)


def _valuing_clause(side: Token) -> bool:
    """A side of "is" that says what matters: "what matters", "all that counts"."""
    return any(t.lemma_ in _VALUING and t.tag_ in ("VBZ", "VBP") for t in side.subtree)


# Verbs that ask what an outcome is: "people ask what the ROI of a channel is".
_ASKING = frozenset({"ask", "wonder", "question", "debate"})
_QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "which"})


def _asked_about(head: Token) -> bool:
    """Is the outcome, named, what a question asks, directly ("What is the ROI
    of a follower?") or under a verb of asking ("everyone wonders how much
    revenue TikTok drives")? A question names an outcome; it reports none.
    "I checked what revenue it brought: $12,000" answers, and stays."""
    verb = head.head if head.pos_ not in ("VERB", "AUX") else head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    asked = head.sent[-1].text == "?" or (
        verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in _ASKING
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


# Software faults, which do things to counts in release notes: "fixed a bug
# that doubled story views", "a glitch where likes showed as zero".
_FAULTS = frozenset({"bug", "glitch", "regression", "defect"})


def _done_by_a_fault(head: Token) -> bool:
    """Is the counted term what a software fault did or showed, not an
    audience's attention: its clause's subject a fault ("a bug that doubled
    story views"), or its clause one that tells of a fault ("the glitch where
    likes showed as zero")? "The bug fix video got 40k views" is a result."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = _subject_of(verb)
    if subject is not None and subject.lemma_.lower() in _FAULTS:
        return True
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _FAULTS


# Verbs by which a channel is credited with a share of the attention: "drove
# 40% of our traffic", "assisted 27% of site visits", "accounts for a third".
_CREDITED = frozenset(
    {"drive", "generate", "bring", "deliver", "send", "contribute", "assist", "produce",
     "refer", "account"}
)  # fmt: skip
_PERCENT = frozenset({"%", "percent", "pct"})


def _share_brought(holder: Token) -> bool:
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
    return verb.pos_ == "VERB" and verb.lemma_ in _CREDITED


def _a_share_of(before: Span) -> bool:
    """Is the "of" before a term that of a percentage ("40% of our sales"), a
    share of it and not its office ("head of sales", "a bill of sale")?"""
    of = next(t for t in before if t.lower_ == "of")
    share = of.i - 1
    return share > 0 and of.doc[share].lower_ in _PERCENT and is_count(of.doc[share - 1])


def _a_paid_tier(token: Token) -> bool:
    """ "paid" standing for the paid tier ("readers convert to paid"); "paid
    plans" is a noun of the outcome lexicon, claimed as such."""
    if token.lower_ not in _PAID_TIERS:
        return False
    following = token.doc[token.i + 1 : token.i + 2]
    return not (len(following) and following[0].pos_ in ("NOUN", "PROPN"))


def _a_cost(token: Token) -> bool:
    """What a business is glad to cut: costs, time, tickets, and calls counted
    as a load ("cut calls to our support line by 22%"; not "cut the call short")."""
    return token.lemma_ in _COSTS or (token.lemma_ == "call" and token.tag_ == "NNS")


def _amount(token: Token) -> bool:
    return is_count(token) or token.text in _CURRENCY or token.text == "%"


def _still_to_come(head: Token) -> bool:
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
    figures = phrase.i != head.i and phrase.lemma_ in _FIGURES
    if figures and any(t.lower_ in _PENDING for t in verb.subtree if t.i > phrase.i):
        return True  # "sales figures are still being collected", "revenue numbers are not in yet"
    return verb.lemma_ in _COMING and verb.tag_ in ("VBZ", "VBP", "VB")


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


def _speculative(aux: Token) -> bool:
    """A modal that makes a claim a possibility: "it could go viral", and a
    question that opens with one ("Could this be the post that goes viral?").
    A capitalised modal elsewhere is a quoted title ("Will it Blend?"), and
    "could not" says what happened ("fans could not stop watching")."""
    if aux.lower_ == "could" and any(c.dep_ == "neg" for c in aux.head.children):
        return False
    if aux.text in _SPECULATIVE:
        return True
    if not (aux.lower_ in _SPECULATIVE and _opens_sentence(aux)):
        return False
    return aux.sent[-1].text == "?" and not _after_quote(aux)


def _after_quote(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text in _QUOTES


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


def _money_paid_by(head: Token) -> int | None:
    """The end of the money those who pay the writer pay, the term their
    subject: "sponsors now cover my rent: $2,400 a month", "brand deals pay
    me $5,000 a month" (not "customers pay $10 a month", a price)."""
    verb = head.head
    if head.dep_ != "nsubj" or head.lemma_ not in _PAYERS:
        return None
    money = [t for t in _own_clause(verb) if t.i > verb.i and _money_amount(t)]
    return money[0].i + 1 if money else None


def _stocked_by(head: Token) -> bool:
    """Do sellers carry the writer's product: "stockists in three cities now
    carry our sauce", "two retailers list our range", or a named brand's in a
    case study ("…carry Acme's sauce"): retail distribution won?"""
    verb = head.head
    if head.dep_ != "nsubj" or head.lemma_ not in _SELLERS or verb.lemma_ not in _STOCKING:
        return False
    return any(c.dep_ == "dobj" and (_says_us(c) or _a_names(c)) for c in verb.children)


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


def _a_named_party(head: Token, subject: Token | None) -> bool:
    """Is the outcome a named party's: its clause's subject a name ("Globex
    earned…"), a name's ("Initech's sales rose…") or the market leader, or
    the term a name's?"""
    if _owned_by_a_name(head):
        return True
    if subject is None or _says_us(subject):
        return False
    if subject.pos_ == "PROPN" or _owned_by_a_name(subject):
        return True
    if any(_a_name_before(c) for c in subject.children):
        return True
    return subject.lemma_ == "leader" and any(c.lower_ == "market" for c in subject.children)


def _a_name_before(word: Token) -> bool:
    """A capitalised name before a noun: "Brand X", "Competitor X" (the tagger
    may make the letter a noun after a lead-in); not a count the tagger made
    a name ("100k likes")."""
    return word.dep_ == "compound" and word.pos_ == "PROPN" and word.is_alpha and word.is_title


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
    if token.pos_ != "PROPN" or token.lower_ in named or token.lower_ in platforms:
        return False
    return token.dep_ in ("nsubj", "poss") or (
        token.dep_ == "compound" and token.head.dep_ in ("nsubj", "poss")
    )


def _reported_by_another(sentence: Span) -> bool:
    """Does someone else report it: a verb of saying with a subject that is not
    the writer ("Netflix said…", "…, the company said", "analysts noted"), or
    a study cited by "according to" ("…, according to Acme's benchmark of
    2,000 brands")? Market research and benchmark posts cite others' figures so."""
    return any(
        (
            token.lemma_ in _SAYING
            and token.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and _a_source(c) for c in token.children)
        )
        or _according_to_a_source(token)
        for token in sentence
    )


# What "according to" may cite besides a name: "according to a 2025 survey".
_CITED = _SURVEYS | frozenset({"benchmark", "research", "index"})
# What describes a population whatever it cites: a study may rank one brand
# ("…, according to the latest Mobile Study"), a benchmark or a poll does not.
_POPULATION_SOURCES = frozenset({"benchmark", "survey", "poll", "census"})


def _according_to_a_source(token: Token) -> bool:
    """Is ``token`` the "according" of "according to <a study of a population>"
    ("a survey", "X's benchmark", "a study of 900 accounts")? Not "according
    to <a name>" or to a study that ranks one brand: trade press tells a
    brand's own results so ("the brand gained 350,000 followers, according to Acme")."""
    if token.lower_ != "according":
        return False
    cited = [o for c in token.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return any(
        source.lemma_.lower() in _POPULATION_SOURCES
        or (source.lemma_.lower() in _CITED and _of_a_sample(source))
        for source in cited
    )


def _of_a_sample(source: Token) -> bool:
    """Is the study one of a counted sample: "a study of 900 brand accounts"?"""
    return any(c.lower_ == "of" and any(is_count(t) for t in c.subtree) for c in source.children)


def _a_source(subject: Token) -> bool:
    """Who may report news: a name, a company, analysts, he or she; not a
    thing that "says" ("a subject line that says 'You have 3,723 new
    followers'")."""
    return (
        subject.pos_ == "PROPN"
        or subject.lower_ in ("he", "she", "they")
        or subject.lemma_ in _ORGANISATIONS
        or subject.lemma_ in _SOURCES
    )


def _opening(sentence: Span | Doc) -> Token:
    """The sentence's first word, after a short label that ends in a colon
    ("Quick update: Why did…", "PSA: want more followers?"): a lead-in is no
    part of the clause, so the words that open a question or a general
    statement come after it."""
    for k in range(1, min(len(sentence) - 1, _LEAD_IN_WORDS + 1)):
        token = sentence[k]
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.text in _LABEL_ENDS:
            following = k + 1
            while following < len(sentence) - 1 and sentence[following].is_space:
                following += 1
            return sentence[following]
    return sentence[0]


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


def _asked_of_a_name(subject: Token) -> bool:
    """A question about a named thing's result: "Why did the new Pepsi ad get
    5 million dislikes?" (a thread about another brand)."""
    sentence = subject.sent
    if sentence[-1].text != "?" or _opening(sentence).lower_ not in ("why", "how"):
        return False
    return subject.pos_ == "PROPN" or any(
        c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in subject.children
    )


def _a_record(subject: Token) -> bool:
    """A record someone set, told of something indefinite in the past: "a
    selfie at the Oscars became the most retweeted post ever"."""
    past = subject.head.tag_ == "VBD"
    return past and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)


def _ours(person: Token) -> bool:
    """ "our founder" speaks for the writer; "our competitors" do not."""
    mine = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in person.children)
    return mine and person.lemma_ not in _RIVALS


def _first_person(subject: Token) -> bool:
    """ "we", "our goal", and a plan said of no one ("the plan is to…"), which is
    the writer's as an imperative is; "the banks' plan" is not."""
    if subject.lower_ in _FIRST_PERSON:
        return True
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if owners:
        return owners[0].lower_ in _FIRST_PERSON
    return subject.lemma_ in _PLANS


def _subject_of(token: Token) -> Token | None:
    """The subject of the clause ``token`` is in; for a relative clause, the
    noun it describes ("videos that go viral": "videos")."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in _RELATIVE_TAGS):
        return verb.head
    return subject


def _subject_cue(token: Token) -> bool:
    """A word that may make the subject of "went viral" not the writer's."""
    lower = token.lower_
    return (
        lower in _GENERIC_DETERMINERS
        or lower in _GENERIC_PRONOUNS
        or lower == "by"
        or token.tag_ in _RELATIVE_TAGS
        or token.tag_ == "NNS"
    )


def _named_owner(token: Token) -> bool:
    """A name or a person that may hold an audience: "Nike has…", "she has…"."""
    if (token.pos_ != "PROPN" and token.lower_ not in ("he", "she")) or token.i + 1 >= len(
        token.doc
    ):
        return False
    return token.doc[token.i + 1].lemma_ in _HOLDING


def _of_content(doc: Doc, index: int) -> bool:
    """ "shares of the carousel", "views of our launch video": the attention a
    piece of content got, where "shares of the company" are stock."""
    if doc[index].lower_ != "of":
        return False
    for token in doc[index + 1 : index + 5]:
        if token.lemma_ in _CONTENT:
            return True
        if token.pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN"):
            return False
    return False


def _brand_buys_attention(verb: Token, subjects: list[Token]) -> bool:
    """Is a brand (a name, or "the brand", "the company") buying attention:
    "Acme bought 4 million impressions", "the brand purchased 2M views"? A case
    study's voice for "we bought": spending, no sale. Shoppers buying units
    still sell ("shoppers bought 4,000 units")."""
    if not subjects:
        return False
    subject = subjects[0]
    if subject.pos_ != "PROPN" and subject.lemma_ not in ("brand", "company", "team", "client"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in _BOUGHT_ATTENTION for o in objects for t in o.subtree)


def _attention_bought(doc: Doc, start: int, end: int) -> Evidence:
    """Attention bought cheaply, told as the result: "a cost per view of
    $0.008", "CPMs down to $2.10", "cost per 1,000 impressions fell to $3", "the
    cheapest reach we've ever bought". What was won is the views at a price, no
    outcome (the RUBRIC's vanity). A price that rose is no brag ("CPMs rose to
    $14"), nor a price with no amount ("what is a good cost per view?")."""
    cheap = _cheap_attention_bought(doc, start, end)
    if cheap is not None:
        return "superlative", cheap
    priced = _priced_from(doc, start, end)
    if priced is None:
        return None
    for token in doc[end : end + 7]:
        if token.text in _CURRENCY and token.i + 1 < len(doc) and number(doc[token.i + 1]):
            last = token.i + 2
            while last < len(doc) and _is_scale(doc[last]) and not doc[last - 1].whitespace_:
                last += 1
            return "amount", (priced, last)
        if token.lemma_.lower() in _RISING or token.text in (".", ";", "?", "!"):
            return None
    return None


def _priced_from(doc: Doc, start: int, end: int) -> int | None:
    """Where a price of attention begins: "CPMs", "cost per view", "price per
    1,000 impressions"; None for a term that is no such price."""
    if end - start == 1 and doc[start].lower_ in _ATTENTION_PRICES:
        return start
    position = start - 1
    if position > 0 and is_count(doc[position]) and doc[position - 1].lower_ in _PER:
        position -= 1  # "cost per 1,000 views"
    if position > 0 and doc[position].lower_ in _PER and doc[position - 1].lemma_ in _PRICES:
        return position - 1
    return None


def _cheap_attention_bought(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "the cheapest reach we've ever bought", "cheaper views than we ever
    paid for": a comparison of prices paid for attention, with a verb of
    buying it after; not "cheap followers are worthless" (an opinion)."""
    if start == 0 or doc[start - 1].lower_ not in _CHEAP:
        return None
    for token in doc[end : end + 8]:
        if token.is_sent_start or token.text in (".", ";", "?", "!"):
            return None
        if token.lemma_ in _BUYING and token.tag_ in ("VBD", "VBN"):
            return start - 1, end
    return None


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
        )
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].tag_ in ("NNS", "NN")


def _puts_a_thing(verb: Token) -> bool:
    """Does a verb of change move something of its own into the place the term
    names: "drop it in the comments", "drop your link in the replies"? Then the
    term is a place, not a number that dropped ("we jumped 40% in followers",
    "we hit a record in views" keep theirs)."""
    return any(
        child.dep_ == "dobj"
        and not is_count(child)
        and child.lemma_ not in _MARKS
        and child.lower_ not in _HIGHS
        for child in verb.children
    )


def _noun_tagged_verb(token: Token, wanted: Collection[str]) -> bool:
    """A plural noun the tagger made a verb because a verb follows it: "and
    leads doubled", "orders were up", or a count comes before it: "2.3M
    likes" ("she leads the team" is a verb)."""
    if "NOUN" not in wanted or token.tag_ != "VBZ":
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and _counted_word(before):
        return True
    if token.i + 1 >= len(doc):
        return False
    if _label_first(doc, token.i) and _cell_value(doc, token.i + 1) is not None:
        return True  # a report's cell: "impressions 6.1M | clicks 52,000"
    following = doc[token.i + 1]
    if following.lower_ in ("up", "down") and token.i + 2 < len(doc):
        return _a_change_of(doc, token.i + 2)  # a report's line: "story views up 22%"
    return following.tag_ in _FINITE_TAGS or following.pos_ == "AUX"


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


def _surprise(verb: Token) -> bool:
    """ "I never expected…", "we did not imagine…": what happened was not
    foreseen, so it did happen (not "we don't expect to hit 10k")."""
    if verb.lemma_ not in _EXPECTING or not _past(verb):
        return False
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _past(verb: Token) -> bool:
    """ "expected", "did not expect", "had never imagined"."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


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
    while main.dep_ in ("prep", "pobj", "pcomp") and main.head is not main:
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


def _generic(subject: Token) -> bool:
    """Any such thing, not one the writer points at: "a post", "any video",
    "anything", "what", or a bare plural said in the present ("videos that go
    viral", "posts go viral when…"; not "reels went viral")."""
    if subject.lower_ in _GENERIC_PRONOUNS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in _TYPICAL for c in subject.children):
        return True  # "the average post gets a 1.2% engagement rate": a statistic
    determiners = [
        c.lower_
        for c in subject.children
        if c.dep_ in ("det", "poss", "nummod") and not _THREAD_MARK.match(c.text)
    ]  # a thread's "3/" the parse hangs on the subject is no determiner
    if determiners:
        return determiners[0] in _GENERIC_DETERMINERS
    verb = next((c for c in subject.children if c.dep_ == "relcl"), subject.head)
    if subject.tag_ != "NNS":
        return False
    # An object agrees with nothing: "the algorithm boosts posts with more replies".
    present = ("VB", "VBP", "VBZ") if subject.dep_ == "dobj" else ("VB", "VBP")
    return verb.tag_ in present


# Verbs by which the writer notices what others post: "seeing X trending on my feed".
_NOTICING = frozenset({"see", "notice", "spot"})


def _noticed_elsewhere(verb: Token) -> bool:
    """Is the phrase's verb something the writer noticed going on, not a result
    ("seeing 'quiet quitting' trending again on my feed", "noticed the challenge
    trending this morning", "I keep seeing brands go viral with…")? It trends
    ongoing (-ing) under a verb of noticing, or the noticing is ongoing; and
    what trends is not the writer's ("we saw our hashtag trending all day",
    "we saw it trending") nor a past event of the writer's ("we saw a post go
    viral", see ``_HAD``)."""
    thing: Token | None
    if verb.dep_ == "acl":  # "noticed the challenge trending"
        thing, noticer = verb.head, verb.head.head
        if thing.dep_ != "dobj":
            return False
    elif verb.dep_ in ("ccomp", "xcomp"):  # "seeing 'quiet quitting' trending"
        thing, noticer = _subject_of(verb), verb.head
    else:
        return False
    if noticer.lemma_ not in _NOTICING or "VBG" not in (verb.tag_, noticer.tag_):
        return False
    if thing is None or thing.pos_ == "PRON":
        return False
    if any(c.dep_ == "nsubj" and c.lower_ == "we" for c in noticer.children):
        return False  # "we saw the hashtag trending all day": a team watching its own campaign
    # The thing's own words, without the clause that trends when it hangs under the thing.
    words = [c for c in thing.children if c is not verb]
    return not any(t.lower_ in _MINE for c in words for t in c.subtree)


def _verb_of_phrase(term: Token) -> Token:
    """The verb a phrase's last word completes ("going" of "going viral"),
    which is what a preposition governs; the word itself otherwise."""
    if term.dep_ in ("acomp", "oprd") and term.head.pos_ in ("VERB", "AUX"):
        return term.head
    return term


# What the first N people are promised: "the first 100 fans through the gate get a scarf".
_PROMISED = frozenset({"get", "win", "receive", "score", "grab", "take", "earn", "unlock"})


def _promised_something(term: Token) -> bool:
    """Are the people counted the subject of what they will get, however long
    the phrase between ("the first 100 fans through the gate get a scarf",
    "the first 50 subscribers in line will receive a poster")? Said in the
    present or the future: the past ("got") may tell of what happened."""
    verb = term.head
    return (
        term.dep_ == "nsubj"
        and verb.lemma_ in _PROMISED
        and verb.tag_ in ("VB", "VBP", "VBZ")
        and verb.i > term.i
    )


# Marks that set a phrase apart from the clause before it.
_BREAKS = frozenset({"\u2014", "\u2013", ":", "--"})  # em and en dashes


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


# How far after a channel's name the count it grew to may start: "grew our
# LinkedIn page from 2k to 90k followers".
_GROWN_TO_CHARS = 40


def _grown_to_a_count(channel: Claim, at: int, claims: list[Claim]) -> bool:
    """Does a counted audience claim follow the channel's name closely ("grew
    our page from 2k to 90k followers", "took the channel to 40,000
    subscribers")? That count is the claim, and the mention a reader would
    mark; the channel's growth would repeat it as a second finding. So with
    an outcome's count that holds the channel's number ("our newsletter now
    reaches 40,000 customers"): the channel counts customers, no audience."""
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
                other.kind == "outcome"
                and other.evidence == "count"
                and channel.start < other.start < channel.end < other.end
            )
        )
        for other in claims
    )


def _phrase_head(doc: Doc, start: int, end: int) -> Token:
    """The word a term's phrase hangs on: its last word ("page views"), or,
    for a phrase with a preposition inside, the first ("share of voice",
    "stars on GitHub"), which the verb or the count governs when parsed."""
    last = doc[end - 1]
    first = doc[start]
    if end - start > 2 and any(t.dep_ == "prep" for t in doc[start + 1 : end - 1]):
        return first if first.head.i not in range(start, end) else last
    return last


def _a_person_called(noun: Token) -> bool:
    """Is "sensation" what a person is called ("our viral sensation Lily",
    "Max, the internet sensation behind our ads, who now leads design"), not
    what a post or a product became ("the ad became a viral sensation")?"""
    if noun.lemma_ != "sensation":
        return False
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.tag_ == "NNP":
        return True  # a name right after it, however the parse hung the two
    if noun.dep_ not in ("compound", "appos"):
        return False
    person = noun.head
    if person.pos_ != "PROPN":
        return False
    return noun.dep_ == "compound" or any(t.tag_ == "WP" for t in person.subtree)


# Items of stored data a metric noun may name the kind of: "follower records".
_DATA_ITEMS = frozenset({"records", "rows", "entries", "ids", "fields", "columns", "tables"})


def _names_data(doc: Doc, end: int) -> bool:
    """Is the term the kind of data items the next word counts ("3 million
    follower records were migrated", "subscriber rows")? Word order says it,
    so a sentence read without a parse says it too. A singular "record" is a
    high mark ("a new follower record"), not data."""
    return end < len(doc) and doc[end].lower_ in _DATA_ITEMS


def _names_a_thing(term: Token) -> bool:
    """Is the term a modifier in the name of something else: "the trending
    topics panel", "the viral videos tab" (not a tally: "the trending
    topics count")?"""
    holder = term.head
    return (
        term.dep_ == "compound"
        and holder.pos_ in ("NOUN", "PROPN")
        and holder.lemma_ not in _TALLIES
        and holder.lemma_ not in _MARKS
    )


def _made_by_someone(subject: Token) -> bool:
    """ "the meme that went viral was made by a teenager": the subject, or
    the clause it is the subject of, names another maker."""
    clauses = [c for c in subject.children if c.dep_ == "acl"]
    if subject.dep_ == "nsubjpass":
        clauses.append(subject.head)
    return any(c.dep_ == "agent" and not _says_us(c) for clause in clauses for c in clause.children)


def _own(verb: Token) -> bool:
    """Is this the writer's own intention ("we want", "let's", "our goal"), not a
    third party's ("banks plan to…", "clients mentioned wanting to…")? The
    subject is looked for up the clauses; none at all (an imperative) is own."""
    node = verb
    for _ in range(3):
        if node.lower_ == "let":
            return True
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        if subjects:
            return _first_person(subjects[0])
        if node.dep_ == "acl":  # "influencers chasing a million followers": theirs
            return _first_person(node.head)
        if node.dep_ not in ("xcomp", "ccomp", "advcl") or node.head.i == node.i:
            return True
        node = node.head
    return True


def _quota(head: Token) -> bool:
    """Is the counted term what a plan allows, not an audience won: "free for
    up to 1,000 visits a month", "up to 10k pageviews: $6/mo", "a customer on
    the 2m monthly pageviews plan"? Pricing pages and SaaS posts list them. "Up
    to" is a limit only where the sentence prices something: "our clips get up
    to 50k views" is a range reached."""
    if head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_ in _QUOTA_NOUNS:
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
    if first == head.i or first < 2 or not is_count(doc[first]):
        return False
    if (doc[first - 2].lower_, doc[first - 1].lower_) != ("up", "to"):
        return False
    return any(is_money(t) or t.lower_ in _PRICED or t.lemma_ in _QUOTA_NOUNS for t in head.sent)


def _has_superlative(token: Token) -> bool:
    return any(child.lower_ in _SUPERLATIVES for child in token.children)


def _compared(verb: Token, people: frozenset[str]) -> int | None:
    """Where "more than" after an attention verb ends: "the reel was shared
    more than any post in our history", "fans watched it more than…". Only a
    thing attended to or people attending: "I like tea more than coffee" is a
    preference."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not passive and not any(c.dep_ == "nsubj" and _is_people(c, people) for c in verb.children):
        return None
    for child in verb.children:
        than = any(c.lower_ == "than" for c in child.children)
        if child.dep_ == "advmod" and child.lower_ in _MORE and than:
            return child.i + 1
    return None


def _money_start(doc: Doc, verb: int, after: list[Token]) -> int:
    """Where money a verb made begins: at the verb ("raised $2M"), or at the
    amount when it is the second thing of a list ("brought 14,000 clicks and
    $86,000 in revenue": the clicks are not money)."""
    first = next(t for t in after if t.text in _CURRENCY or t.lower_ in _MONEY_WORDS)
    joined = any(t.lower_ in ("and", "&", ",") for t in doc[verb + 1 : first.i])
    if not joined:
        return verb
    return first.i if first.text in _CURRENCY else _count_start(doc, first.i)


def _money_named_before(verb: Token) -> int | None:
    """Where money a participle tells of begins: "the £60 earned from YouTube",
    "the $40k raised at the gala" (the amount first, its verb after it)."""
    amount = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not is_money(amount):
        return None
    doc = verb.doc
    return amount.i - 1 if amount.i > 0 and doc[amount.i - 1].text in _CURRENCY else amount.i


def _kept_at(verb: Token) -> bool:
    """ "people kept sharing it", and "people could not stop sharing it"."""
    if verb.lemma_ == "stop":
        return any(child.dep_ == "neg" for child in verb.children)
    return verb.lemma_ in _ASPECT


def _never_higher(verb: Token) -> Token | None:
    """The comparative of "has never been higher": a record said by denying
    anything above it (not "was never higher than in 2019")."""
    if verb.lemma_ != "be" or not any(c.lower_ == "never" for c in verb.children):
        return None  # "was not higher than last year" compares, and denies
    higher = next((c for c in verb.children if c.dep_ == "acomp" and c.tag_ == "JJR"), None)
    if higher is None or any(t.lower_ == "than" for t in verb.subtree):
        return None
    return higher


def _or_more(doc: Doc, index: int) -> bool:
    """ "one or more", "ten or fewer": a bound, not an amount or a comparison."""
    return doc[index].lower_ in _MORE and index > 0 and doc[index - 1].lower_ == "or"


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


def _labelled_count(doc: Doc, end: int) -> int | None:
    """Where a count given as a label's value ends: "Users: 418", "Sign-ups:
    1,200" (a term ending at ``end``, then a colon and the count)."""
    if end + 1 < len(doc) and doc[end].text == ":" and is_count(doc[end + 1]):
        return None if _YEAR.match(doc[end + 1].text) else end + 2
    return None


# Prepositions that say what a stat label measures: "open rate on the launch email".
_LABEL_PREPOSITIONS = frozenset({"on", "for", "across", "from"})


def _value_after_qualified_label(doc: Doc, end: int) -> int | None:
    """Where the value of a stat label with its own short phrase ends: "Open
    rate on our spring newsletter: 52%", "Views across all channels: 1.2M".
    The phrase holds no verb and no other punctuation before the colon, and
    the value must read as a stat (a rate, a change, a big count with no noun
    after it: not "followers for the giveaway: 500 stickers")."""
    if end >= len(doc) or doc[end].lower_ not in _LABEL_PREPOSITIONS:
        return None
    for index in range(end + 1, min(len(doc), end + 7)):
        token = doc[index]
        if token.text == ":":
            return _stat_value(doc, index + 1)
        if token.is_punct or token.is_space or token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _counted_times(doc: Doc, start: int, times: int) -> bool:
    """Is there a count before "times" (from ``start``) of an audience: "viewed
    3,000 times", "commented on 94 times"? Clicks count as an audience's from
    100 up, as the noun does: "clicked the same button thirty times" are a
    user's steps."""
    counts = [t for t in doc[start:times] if is_count(t)]
    if doc[start - 1].lemma_ in _STEPS:
        return any(is_big(t) for t in counts)
    return bool(counts)


def _spread_after(doc: Doc, index: int) -> int | None:
    """Where "shared widely", "reposted everywhere", "shared far and wide",
    "shared all over Twitter" ends: an attention verb said to have spread, with
    no count; "played over the weekend" is when, "I read everywhere that…"
    hearsay: only what is passed on or watched spreads."""
    verb = doc[index]
    if verb.lemma_ not in _SPREADING and verb.lower_ not in _SPREADING:
        return None
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


_PERIOD_WORDS = frozenset(
    {"year", "month", "week", "quarter", "season", "summer", "spring", "autumn", "winter"}
)


def _past_a_period(doc: Doc, end: int) -> int:
    """Where a period named between a stat's label and its colon ends ("watch
    time this year: 2.3M hours", "followers last month: 12,000"), so the count
    after the colon is read as the label's; else ``end``. Only before a colon:
    "followers this year grew" is a clause, read by the parse."""
    named = end + 2 < len(doc) and doc[end].lower_ in ("this", "last", "that")
    if named and doc[end + 1].lower_ in _PERIOD_WORDS and doc[end + 2].text == ":":
        return end + 2
    return end


def _money_amount(token: Token) -> bool:
    """ "$250k", "1.2 million dollars": a count of money."""
    return number(token) is not None and is_money(token)


def _rolled_out(verb: Token) -> bool:
    """Is what reaches the people a change to a product, rolled out to them
    ("the update reaches 30% of users first", "the fix has reached all
    accounts"), not a post or a campaign seen by them?"""
    subject = _subject_of(verb)
    return subject is not None and subject.lemma_ in _RELEASES


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
        if token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("%", "percent", "of"):
            return True
        if token.lower_ == "in" and _in_a_thing(token):
            return True
        if token.pos_ not in ("ADJ", "VERB") or token.tag_ not in ("JJ", "VBG", "VBN"):
            return False
    return False


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


def _giveaway_word(token: Token) -> bool:
    """ "giveaway", "raffle", "giving away": an offer to people."""
    if token.lower_ in _GIVEAWAYS:
        return True
    doc = token.doc
    return token.lemma_ == "give" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "away"


# Outcomes whose absence is the result: "zero churn", "no downtime", "no returns".
_GOOD_WHEN_ABSENT = frozenset(
    {"churn", "downtime", "cost", "costs", "complaint", "complaints", "ticket", "tickets",
     "refund", "refunds", "return", "returns", "outage", "outages", "incident", "incidents",
     "defect", "defects", "error", "errors", "bug", "bugs", "abandonment", "attrition",
     "turnover", "fee", "fees", "overtime", "waste", "delay", "delays", "escalation",
     "escalations", "chargeback", "chargebacks", "cancellation", "cancellations"}
)  # fmt: skip
_NONE = frozenset({"no", "zero", "nil", "0"})
# Money made, which a company can be "pre-": "pre-revenue", "pre-profit".
_MONEY_MADE = frozenset({"revenue", "profit", "profitability", "earnings", "income"})
# What may stand between "no" and its outcome: "no paying customers yet", "not a single new lead".
_BETWEEN_NONE = frozenset({"JJ", "JJR", "JJS", "DT", "CD", "RB", "VBG", "VBN"})


def _not_there_yet(head: Token) -> bool:
    """Is the outcome said not to be there yet: "still pre-revenue", "no
    revenue yet", "not a single paying customer yet"? Then it is no result and
    ties nothing. Only with "yet" (or "pre-"): "12,000 impressions but zero
    leads, so we are changing our approach" is criticism, which the metric
    rules read; an outcome whose absence is the result ("zero churn", "no
    downtime") stays one. Read from the words: "pre-revenue" holds no cue for
    the parse."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ == "pre":
        return head.lemma_ in _MONEY_MADE  # "pre-revenue"; not "900 pre-orders"
    if head.lower_ in _GOOD_WHEN_ABSENT or head.lemma_ in _GOOD_WHEN_ABSENT:
        return False
    if not any(t.lower_ == "yet" for t in doc[head.i + 1 : head.i + 3]):
        return False
    index = head.i - 1
    while index >= 0 and head.i - index <= 4:
        word = doc[index]
        if word.lower_ in _NONE:
            return True
        if word.lower_ in ("single", "one") and doc[max(0, index - 2) : index].text.lower() in (
            "not a",
            "not even",
        ):
            return True  # "not a single customer yet"
        if word.tag_ not in _BETWEEN_NONE and word.lower_ not in ("single", "a"):
            return False
        index -= 1
    return False


# The company's own people, whose posts a company's case study reports as its results.
_COMPANY_ROLES = frozenset({"ceo", "founder", "cofounder", "co-founder", "cmo", "cto"})


def _a_companys_own(person: Token) -> bool:
    """Is the person the company's own, named by its name: "Acme's CEO's post
    reached 1.2M people" is Acme's result, as "our CEO's post" is ours (a
    brand may be the writer, and case studies name it). "The senator's post",
    "a rival's founder" stay someone else's."""
    return person.lower_ in _COMPANY_ROLES and _owned_by_a_name(person)


def _invited_to_join(doc: Doc, index: int) -> bool:
    """Is the count an invitation's social proof: "Join 5,000+ marketers who
    read our newsletter", "Come and join 20k readers"? The sentence opens
    with "join" and the count follows it. Read from the words, not the tags:
    the tagger calls an opening "Join" before "5,000+" a name."""
    sentence = doc[index].sent
    words = [t for t in sentence if not (t.is_punct or t.is_space or _emoji(t))]
    opening = [t.lower_ for t in words[:3]]
    if opening[:1] == ["join"]:
        join = words[0]
    elif opening[:3] == ["come", "and", "join"] or opening[:2] == ["come", "join"]:
        join = words[opening.index("join")]
    else:
        return False
    return join.i < index and any(is_count(t) for t in doc[join.i + 1 : index + 1])


def _occasion_of_a_giveaway(head: Token) -> bool:
    """Is the metric what a giveaway celebrates ("to celebrate 1M fans, we're
    giving away 100 hoodies", "a raffle to celebrate 10k followers")? The post
    offers something to people; the count is its occasion, not its report.
    Celebrated without a giveaway ("we celebrated 1M fans") it stays a claim."""
    verb = head.head
    if verb.lemma_ != "celebrate" or head.dep_ != "dobj":
        return False
    return any(_giveaway_word(token) for token in head.sent)


_NO_ONE = frozenset({"none", "nothing", "nobody", "neither", "no", "not"})


def _denied_by_subject(children: Iterable[Token]) -> bool:
    """Is a verb's subject a denial: "none of this went viral", "nothing we
    posted got 1,000 views", "no post of ours", "not one reel took off"? The
    verb has no "not" of its own, but the claim is denied all the same. Read
    from the subject's first word ("not only our fans but…" adds, not denies)."""
    for child in children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        first = child.left_edge
        if first.lower_ not in _NO_ONE or not first.whitespace_:
            continue  # "no-code builders" name a trade
        if first.doc[first.i + 1 : first.i + 2].text.lower() != "only":
            return True
    return False


# A change said by an idiom, with no number: "engagement went through the roof",
# "views are off the charts". The nouns are cue words (the prefilter looks for them).
_SOARING_IDIOMS = (("through", "the", "roof"), ("off", "the", "charts"), ("off", "the", "chart"))
_SOARING_NOUNS = frozenset(idiom[-1] for idiom in _SOARING_IDIOMS)
# What may stand between the term and the idiom: a verb ("went", "has gone",
# "is"), an adverb ("absolutely") or a colon or dash of a stat line.
_TO_IDIOM = frozenset({"VERB", "AUX", "ADV", "PART"})


def _soared(doc: Doc, start: int, end: int) -> Evidence:
    """ "engagement went through the roof", "our reach: off the charts": a
    metric said to have soared, by an idiom; read from word order, because the
    parse hangs the idiom on the verb, or on nothing in a verbless line."""
    index = end
    while index < len(doc) and index - end < 4:
        words = tuple(t.lower_ for t in doc[index : index + 3])
        if words in _SOARING_IDIOMS:
            return "change", (start, index + 3)
        token = doc[index]
        if token.pos_ not in _TO_IDIOM and token.text not in (":", "-", "\u2014", "\u2013"):
            return None
        index += 1
    return None


_RANK_WORDS = frozenset({"top", "#", "no", "no.", "number", "nr", "nr."})
# The rank words that are cue words (``_SUPERLATIVES``, the noun cues), for a
# rank written without a count ("number one", "the top of the charts").
_RANK_CUES = frozenset({"top", "number"})


def _rank_start(doc: Doc, index: int) -> int | None:
    """The start of a rank that ends at ``index``: "top 10", "#3", "No. 4",
    "number one", "the top"; or None. A rank is a small count after a rank
    word, or "top" alone ("the top of the charts")."""
    token = doc[index]
    if token.lower_ == "top":
        return index  # "the top of the charts", "top spot on Spotify"
    if index == 0:
        return None
    if token.lower_ == "one" and doc[index - 1].lower_ == "number":
        return index - 1  # "number one", which is no count to ``number``
    if token.text.isdigit() and len(token.text) <= 3 and doc[index - 1].text == "#":
        return index - 1  # "#2", which ``number`` reads as an issue's number
    if not is_count(token) or (number(token) or 0) > 200:
        return None
    word = index - 1
    if doc[word].text == "." and word > 0:
        word -= 1  # "No. 4", split "No" "."
    return word if doc[word].lower_ in _RANK_WORDS else None


def _emoji(token: Token) -> bool:
    """A pictograph, a flag or a run of them ("😍", "🔥🔥", "🇬🇧"): short posts put
    one after a count or between it and its noun. It says nothing, but the
    tagger makes it a noun or a verb and the parse hangs the count on it."""
    return not token.is_alpha and all(
        unicodedata.category(char) in _EMOJI_CATEGORIES for char in token.text
    )


def _milestone_targets(verb: Token) -> Iterator[Token]:
    """What a milestone verb may have reached: its object, the object of
    "beyond", "past", "over" or "into", and, where an emoji broke the parse
    ("crossed 25k 😍 love you all"), the word right after it."""
    for child in verb.children:
        if child.dep_ == "dobj":
            yield child
        elif child.dep_ == "prep" and child.lower_ in ("beyond", "past", "over", "into"):
            yield from (t for t in child.children if t.dep_ == "pobj")
    doc = verb.doc
    following = verb.i + 1
    if following < len(doc) and doc[following].lower_ in ("beyond", "past", "over", "into"):
        following += 1
    if following < len(doc) and any(_emoji(t) for t in doc[following : following + 4]):
        yield doc[following]


def _thanked_for_count(doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
    """ "thank you for 10k!", "thanks for 100,000 🎉": thanks for a big count
    with no noun is for a milestone the audience made. Not thanks for money
    ("$10k"), a year ("2023"), or a counted noun ("10k donations", "5,000
    meals", which another rule or none judges)."""
    at = index + 1
    while at < len(doc) and doc[at].lower_ in _THANKED and at <= index + 3:
        at += 1  # "thank you all", "thanks y'all", "thank u"
    if at + 1 >= len(doc) or doc[at].lower_ != "for":
        return None
    count = doc[at + 1]
    if not is_count(count) or _YEAR.match(count.text) or (number(count) or 0) < 1000:
        return None
    after = count.i + 1
    while after < len(doc) and _is_scale(doc[after]):
        after += 1
    if _counts_a_noun(doc, after):
        return None
    return "milestone", (count.i, after)  # the count is the claim; the thanks address people


def _phrase_end(token: Token) -> int:
    """Where the noun phrase of ``token`` ends, without the phrases that tell
    where or when: "by 900,000 people" of "used by 900,000 people at launch";
    "of" stays ("by 5,000 of our followers")."""
    return _last_in_phrase(token) + 1


def _last_in_phrase(token: Token) -> int:
    last = token.i
    for child in token.children:
        if child.i < token.i or child.dep_ in ("punct", "relcl", "acl", "advcl"):
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
        percent = last < len(doc) and doc[last].lower_ in ("%", "percent")
        last += percent
        signed = value.text[:1] in _SIGNS and len(value.text) > 1
        relative = percent or signed
        if not (relative or is_big(value)):
            return None
    after = doc[last] if last < len(doc) else None
    if after is None or after.is_space or after.is_punct or after.text in _STAT_SEPARATORS:
        return last
    if _emoji(after):
        return last  # "Open rate 41% 🔥": short posts end a stat with one
    if relative and after.lower_ in _VERSUS:
        return last  # "+140% QoQ", "2.3x vs benchmark"
    if relative and after.pos_ not in ("NOUN", "PROPN", "NUM") and after.lower_ != "of":
        return last
    return None


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
        last = _cell_value(doc, value)
        if last is not None:
            return index, last  # "Reach 1.2M, ER 4.1%", "| reach 380k |"
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


def _counted_by_length(figures: Token) -> Token | None:
    """The length of a count said by its digits, an audience's size ("six
    figures of followers", "moved beyond seven digits"), or None; "two digits"
    and "five figures" of salary talk are smaller than any audience brag."""
    if figures.lower_ not in ("digits", "figures"):
        return None
    return next((c for c in figures.children if c.lower_ in _LONG_COUNTS), None)


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
    return (
        following is not None
        and following.dep_ == "dobj"
        and following.head == verb
        and following.pos_ == "NOUN"
    )


def _list_heading(verb: Token) -> bool:
    """Is "trending" the heading of a list of others' things: first in its
    sentence with no subject, a colon after it and the list after the colon
    ("Trending on TikTok today: a dance, a recipe and a lost dog")? Not when
    the list is the writer's ("Trending this morning: our new ad!")."""
    if verb.lemma_ != "trend" or verb.tag_ != "VBG" or not _opens_sentence(verb):
        return False
    if any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        return False
    sentence = verb.sent
    colons = [t.i for t in sentence if t.text == ":" and t.i > verb.i]
    if not colons or colons[0] - verb.i > 6:
        return False
    listed = verb.doc[colons[0] + 1 : sentence.end]
    return len(listed) > 0 and not any(t.lower_ in _MINE for t in listed)


def _aside_about_another(head: Token) -> bool:
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
    if holding is not None and _introduced_by_audience(holding):
        return True  # "welcome @chef, who has 2M followers, to our lineup"
    clause = head
    for _ in range(4):
        if clause.dep_ in ("relcl", "acl") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ == "relcl":
        relative = any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
        aside = relative and clause.lemma_ in _HOLDING and clause.tag_ in ("VBZ", "VBP")
    elif clause.dep_ == "acl":
        aside = (
            clause.lemma_ == "follow"
            and clause.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in clause.children)
        )
    else:
        return False
    described = clause.head
    if not aside or described.lower_ in _MINE or _ours(described):
        return False
    if _owned_by_a_name(described):
        return False  # "Acme's bakery, which has…": a brand may write of itself by name
    # The noun does something else in the sentence; the parse may hang the
    # main verb on it as a clause of its own ("The footballer, who has…, signed…").
    tells_more = described.dep_ != "ROOT" or any(
        c.dep_ in ("acl", "relcl") and c.i != clause.i for c in described.children
    )
    return tells_more and not any(c.dep_ == "poss" and c.lower_ in _MINE for c in described.subtree)


def _introduced_by_audience(verb: Token) -> bool:
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
    return not _ours(named) and not _a_companys_own(named)


def _at_a_ground(people: Token) -> bool:
    """Are the people said to be at or in a place one goes to in person ("12,000
    fans at the ground tonight", "a sell-out crowd of 40k fans in the
    stadium")? A crowd there, not an audience online ("1M fans on Instagram")."""
    for preposition in people.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("at", "in", "inside"):
            continue
        places = [c for c in preposition.children if c.dep_ == "pobj"]
        if places and (places[0].lemma_ in _GROUNDS or places[0].lemma_ in _VENUES):
            return True
    return False


def _up_by(verb: Token) -> int | None:
    """Where "are up 18%", "were down 3x", "is up 2,000 on last year" ends: a
    form of "be" with "up" or "down" and an amount after it, said of its
    subject; not "we are up early" or "the forms are up on the site"."""
    if verb.lemma_ != "be":
        return None
    doc = verb.doc
    for token in doc[verb.i + 1 : verb.i + 3]:
        if token.lower_ not in ("up", "down"):
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.lower_ == "by" and token.i + 2 < len(doc):
            following = doc[token.i + 2]  # "up by 18%"
        if following is None or not (is_count(following) or is_multiple(following)):
            return None
        last = following.i + 1
        if last < len(doc) and doc[last].lower_ in ("%", "percent"):
            last += 1
        return last
    return None


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
    if first == of or not is_count(doc[first]) or not is_big(doc[first]):
        return None
    return first


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
    million times"), they are an audience."""
    return any(c.dep_ == "nsubj" and c.lower_ in _DOERS for c in verb.children)


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


def _big_duration(token: Token) -> Token | None:
    """The big count of hours or minutes this token is ("3,000 hours"), if it
    is. A count with a scale letter ("3k hours") is often tagged a name and
    attached as a compound, not a number."""
    if token.lemma_ not in _DURATIONS:
        return None
    counts = (c for c in token.children if c.dep_ in ("nummod", "compound") and is_big(c))
    return next(counts, None)


def _imperative(verb: Token) -> bool:
    """A bare verb opening its sentence with no subject: "Watch it on YouTube",
    a call to action."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and verb.i == verb.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _time_watched(verb: Token) -> tuple[int, int] | None:
    """Where watch time told with a verb ends: "watched for 3,000 hours",
    "viewers streamed 12 million minutes of the album", "40 million minutes
    watched", "people spent 900 hours watching our reels". An audience's time,
    so a big count and not the writer's own ("we spent 300 hours watching game
    film" is work); "I watched it for two hours" is one viewer's evening."""
    if verb.lemma_ not in _WATCHING or _imperative(verb):
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
    if doer is not None and doer.dep_ == "nsubj" and _first_person(doer):
        return None
    if spent is not None and doer is not None and not _an_audience(doer):
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


def _an_audience(doer: Token) -> bool:
    """Who may be an audience spending time with content: people in the plural
    ("viewers", "fans", "people") or a body of them ("the audience"); not one
    name or one team doing its own work."""
    return doer.tag_ in ("NNS", "NNPS") or doer.lemma_ in _AUDIENCE_BODIES


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


def _enables_reader(verb: Token, done: Token) -> bool:
    """ "it allows you to…", "our scheduler helps you…": what a product lets
    the reader do (``done``), not what anyone did. The parse hangs "you" on
    either verb."""
    if verb.lemma_ not in _ENABLING:
        return False
    children = [*verb.children, *done.children]
    return any(c.lower_ == "you" and c.dep_ in ("dobj", "nsubj", "dative") for c in children)


def _tinkering(verb: Token) -> bool:
    """ "play around with it", "click about": trying something out, not an
    audience's attention."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in _AIMLESS for c in verb.children)


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
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lower_ == "you" or any(c.lower_ == "your" for c in subject.children):
            return True
    return False


def _found_hard(verb: Token) -> bool:
    """Was getting it hard, so it was not got: "I find it hard to gain
    engagement", "we struggled to get views", "it is difficult to reach new
    readers"? "It was easy to get 10,000 views" got them."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.lemma_ in _HARD or verb.head.lemma_ in _STRUGGLING


def _how_to(verb: Token) -> bool:
    """Is the verb the one "how to", "ways to" or "tips to" asks for ("how to
    grow a small product blog to 2M readers"), whatever its object's length?
    "how we grew…" has no "to" before its verb."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ == "to" and child.i > 0:
            before = verb.doc[child.i - 1]
            owned = before.i > 0 and verb.doc[before.i - 1].tag_ == "PRP$"  # "its way to…"
            return before.lower_ in _ADVICE and not owned
    return False


def _of_the_readers(word: Token) -> bool:
    """Is what is "the most visited" the reader's: "the most visited page on
    your site", "the most viewed part of your homepage"? A rule of thumb for
    the reader, not the writer's result ("our most visited page")."""
    thing = word.head if word.dep_ == "amod" else word
    return any(token.lower_ == "your" for token in thing.subtree)


def _per_unit(doc: Doc, index: int) -> bool:
    """Is the count at ``index`` a unit of a rate, not an amount: "cost per
    1,000 views", "$12 for every 1,000 impressions", "3 sign-ups per 100
    visitors"?"""
    return index > 0 and doc[index - 1].lower_ in _PER


def _in_a_direction(doc: Doc, end: int) -> bool:
    """Is a trend word followed by where it heads: "trending in the right
    direction", "trends the wrong way"? Word order says it, so no parse."""
    return any(token.lower_ in _DIRECTIONS for token in doc[end : end + 5])


def _inside_with(verb: Token, token: Token) -> bool:
    """Is ``token`` in a "with" phrase of ``verb``: "the starter comes with four
    posts" holds them, it does not reach them?"""
    return any(
        child.dep_ == "prep" and child.lower_ == "with" and token in child.subtree
        for child in verb.children
    )


def _is_people(token: Token, people: frozenset[str]) -> bool:
    return token.lower_ in people or token.lemma_ in people


# Vague amounts big enough to be an audience when people follow: "thousands of
# fans"; "dozens" and "tens" alone are a handful ("dozens of people asked").
_CROWDS = frozenset({"hundreds", "thousands", "millions", "billions"})


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


def _wanting(verb: Token) -> bool:
    """ "what would you most like to change", "the feature we'd most love to
    see": liking followed by an infinitive is wanting, not an audience's like."""
    if verb.lemma_ not in ("like", "love") or verb.i + 1 >= len(verb.doc):
        return False
    return verb.doc[verb.i + 1].lower_ == "to"


def _crowd_at_ours(verb: Token, subject: Token, people: frozenset[str]) -> bool:
    """A crowd of people at something of the writer's, in the present: "thousands
    of people read our newsletter every week" is the writer's audience, and so
    is "…Acme's newsletter" (a brand may write of itself by name, and a case
    study's brand is its subject); "millions of people watch videos every day"
    is the world's."""
    if not _crowd_of_people(subject, people):
        return False
    return any(_says_us(c) or _a_names(c) for c in verb.children if c is not subject)


def _owned_by_a_name(word: Token) -> bool:
    """Is the word a name's: "Acme's newsletter", "Initech's sales"?"""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in word.children)


def _a_names(phrase: Token) -> bool:
    """Is the phrase something a name owns: "Acme's newsletter", "into Acme's
    Discord server"?"""
    return any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in phrase.subtree)


def is_count(token: Token) -> bool:
    return (
        number(token) is not None
        and not is_money(token)
        and not _status_code(token)
        and not _millimetres(token)
    )


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
    return _MULTIPLE.match(token.lower_) is not None


def _strength(doc: Doc, start: int, end: int) -> Evidence:
    """A group's size said with "strong": "our community is now 80,000 strong",
    "an 80,000-strong fan club" (a big count: "a 12-strong crew" is a team)."""
    after = end
    while after < len(doc) and (doc[after].pos_ in ("AUX", "ADV") or doc[after].lower_ == "now"):
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


def _places_filled(verb: Token) -> bool:
    """ "filled 12 open roles", "filled every seat": places sold or hired for
    as the verb's object, not "fill the gap" or "filled out a form"."""
    return any(
        child.dep_ == "dobj"
        and child.lemma_ in _FILLED
        and not any(c.lower_ in ("a", "an", "any") for c in child.children)
        for child in verb.children
    )


def _audience_holder(verb: Token, channels: frozenset[str]) -> bool:
    """Could the subject of a bare milestone ("…crossed 25k!") be an audience's
    holder: we, it, a name, ours ("our IG"), a channel ("the podcast"), or none
    ("Just passed 50,000!"); not a measure ("the price crossed 25,000")?"""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    subject = subjects[0]
    if subject.pos_ in ("PRON", "PROPN") or subject.lower_ in channels:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _MINE for c in subject.children)


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


def _changed_of(term: Token) -> bool:
    """Is the term what a change noun is "of" ("the rise of the community"),
    not what it is "in" ("a rise in comments")?"""
    return term.dep_ == "pobj" and term.head.lower_ == "of"


def _selected(doc: Doc, count: int, end: int) -> bool:
    """ "the first 100 followers of an account": a selection of any account's
    audience, not a milestone ("our first 1,000 followers")."""
    if count < 2 or doc[count - 1].lower_ not in _OFFER or doc[count - 2].lower_ != "the":
        return False
    following = [t.lower_ for t in doc[end : end + 2]]
    return following[:1] == ["of"] and following[1:] != ["our"] and following[1:] != ["my"]


def _counted_after(tokens: Iterable[Token]) -> bool:
    """Could a verb before these words be counted: "saved 3,000 times", "pinned
    by 900 people"?"""
    return any(token.lower_ in _COUNTED_BY for token in tokens)


def _times_counted(tokens: Sequence[Token]) -> bool:
    """ "3,000 times", "over 900 times": how often something was done."""
    return any(
        token.lower_ == "times" and token.i > 0 and is_count(token.doc[token.i - 1])
        for token in tokens
    )


def is_big(token: Token) -> bool:
    """A count big enough to be an audience: 100 or more, in digits or a scale
    word ("ten lucky fans" are people, "430 fans" an audience)."""
    if token.is_alpha and token.lower_ not in _VAGUE_BIG and token.lower_ not in SCALE:
        return False
    return (number(token) or 0) >= 100


def is_money(token: Token) -> bool:
    doc = token.doc
    if token.text in _CURRENCY:
        return True
    if token.i > 0 and doc[token.i - 1].text in _CURRENCY:
        return True
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _MONEY_WORDS


def _surveyed(doc: Doc, first: int) -> bool:
    """Are the people counted from ``first`` a sample asked: "a survey of 500
    readers", "a poll of over 2,000 fans"?"""
    index = first - 1
    while index > 0 and doc[index].lower_ in _APPROXIMATELY:
        index -= 1
    return index > 0 and doc[index].lower_ == "of" and doc[index - 1].lemma_ in _SURVEYS


def _is_scale(token: Token) -> bool:
    """A scale word after a number, with or without a "+": "1.2 million", "10 K+"."""
    return token.lower_.rstrip("+") in SCALE


def _count_start(doc: Doc, index: int) -> int:
    """Where a count begins: over the number a scale word belongs to ("10 K")."""
    while index > 0 and _is_scale(doc[index]) and number(doc[index - 1]) is not None:
        index -= 1
    return index


@dataclass(frozen=True)
class _Found:
    """A term occurrence in a sentence Doc: token range and what it is."""

    start: int
    end: int
    kind: str
    lexicon: str
    term: Term
    verb: bool


Evidence = tuple[str, tuple[int, int]] | None
# A way a claim can be made, for the prefilter: what must all be found (some
# words or lemmas, or None for a count) and how many tokens apart at most.
Way = tuple[tuple[frozenset[str] | None, ...], float]


# Where ``ClaimExtractor.prepare`` leaves a Doc's claims: (the extractor, its claims).
_PREPARED = "align_lint.claims"


@dataclass
class _SentencePlan:
    """What ``ClaimExtractor._plan`` found in one Doc: the sentences that may hold
    claims with their terms, their copies, and the copies that need the parse."""

    wanted: list[tuple[Span, list[tuple[int, int, str]]]]
    copies: list[Doc]
    to_parse: list[Doc]
    paragraphs: _ParagraphWords


class ClaimExtractor:
    def __init__(
        self,
        lexicons: Mapping[str, Lexicon],
        nlp: Language,
        parser: Callable[[Doc], Doc] | None,
    ) -> None:
        from spacy.matcher import PhraseMatcher

        self.lexicons = lexicons
        self.parser = parser
        self._make_doc = nlp.make_doc
        self._words = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Terms by lemma, looked up from the Doc's lemma array: one hash lookup per
        # word instead of a Matcher pattern per term (the Matcher was most of the
        # time claims took).
        strings = nlp.vocab.strings
        self._by_lemma: dict[int, list[tuple[str, frozenset[str]]]] = {}
        self._terms: dict[str, tuple[str, str, Term]] = {}  # key -> (kind, lexicon, term)
        for lexicon in lexicons.values():
            if lexicon.kind == "words":
                continue
            for index, term in enumerate(lexicon.terms):
                key = f"{lexicon.name}#{index}"
                self._terms[key] = (lexicon.kind, lexicon.name, term)
                if term.words:
                    self._words.add(key, [nlp.make_doc(word) for word in term.words])
                for lemma in term.lemmas:
                    found = self._by_lemma.setdefault(strings.add(lemma), [])
                    found.append((key, frozenset(term.pos)))
        self._grammar = {name: self._word_list(name) for name in GRAMMAR}
        # Words (and lemmas) without which an attention term makes no claim but
        # by a number: every cue the grammar reads, for a noun ("grew", "most",
        # "thousands of") and for a verb ("the most shared", "people kept
        # watching", "more people read").
        self._noun_cues = frozenset().union(
            self._grammar["growth_verbs"], self._grammar["gain_verbs"],
            self._grammar["change_nouns"], self._grammar["vague_amounts"],
            _SUPERLATIVES, _MORE, _MANY, _VAGUE_BIG,
            {"milestone", "record", "records", "new", "number"}, _MULTIPLES, _LEVEL_WORDS,
            _HIGHS, _RIVALLED, _AHEAD, _SOARING_NOUNS, _CHEAP,
        )  # fmt: skip
        self._verb_cues = frozenset({"most", "stop", *_MORE, *_ASPECT, *_WIDELY, *_SPREAD})
        self._cue_words = self._noun_cues | self._verb_cues
        # Whether a word as written is a cue, by its orth id: posts repeat words.
        self._cue_cache: dict[int, frozenset[str]] = {}
        # What may hold an audience that a bare milestone counts: "the podcast passed 50,000".
        self._holders = (
            self._word_list("channel_words") | self._word_list("platforms") | _HOLDER_NOUNS
        )
        # Verbs whose object is wanted, not had: "we want 10k followers".
        self._wanting = self._grammar["intent_words"] | _CHASING
        self._mood_cue_words, self._mood_cue_lemmas = self._mood_cues()
        # Wholes a share of which is reached: "47% of residents" (``_share_reached``).
        self._populations = self._grammar["people"] | _POPULATIONS
        self._milestone_lemmas = frozenset(
            strings.add(verb) for verb in self._grammar["milestone_verbs"]
        )
        # Superlatives of verbs: "the most shared ad", "the most-watched video",
        # also where the tagger made the participle an adjective (lemma "shared").
        verbs = self._attending = self._attention_lemmas()
        self._attention_words = self._attention_nouns()
        forms = LemmaSurfaces(nlp).forms(verbs) or frozenset()
        self._superlatives = frozenset(strings.add(word) for word in verbs | forms)
        # Sets, not arrays for numpy.isin: for a post's few hundred tokens a set
        # lookup per token costs a twentieth of isin's sorting (2 % of a run).
        self._thank = strings.add("thank")
        self._lemma_hashes = frozenset(
            {*self._by_lemma, *self._milestone_lemmas, *self._superlatives, self._thank}
        )
        self._platform_words = frozenset(
            strings.add(word) for word in self._word_list("platforms") if " " not in word
        )
        self._chart_hashes = frozenset(
            strings.add(word) for word in self._grammar["chart_words"] if " " not in word
        )
        self._lower_hashes = self._superlatives | self._platform_words | self._chart_hashes
        self._near = {
            key: (
                expand_words(term.near, lexicons),
                expand_words(term.not_near, lexicons),
            )
            for key, (_, _, term) in self._terms.items()
        }

    def _word_list(self, name: str) -> frozenset[str]:
        lexicon = self.lexicons.get(name)
        return lexicon.words if lexicon is not None else frozenset()

    def _attention_nouns(self) -> frozenset[str]:
        """The one-word attention and reach nouns ("engagement", "reach"), and
        the attention a brand speaks of without a count ("awareness")."""
        words = {"attention", "awareness", "visibility", "exposure"}
        for name in ("attention", "reach"):
            lexicon = self.lexicons.get(name)
            if lexicon is not None:
                words.update(w for term in lexicon.terms for w in term.words if " " not in w)
        return frozenset(words)

    def _attention_lemmas(self) -> frozenset[str]:
        """Verbs of attending (watch, read, share…), not of reaching, nor the
        ones attention only when counted in times ("3,000 users saved two
        hours" is an outcome)."""
        lexicon = self.lexicons.get("attention_verbs")
        if lexicon is None:
            return frozenset()
        return frozenset(
            lemma for term in lexicon.terms if term.needs != "count" for lemma in term.lemmas
        )

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
                words = {self._make_doc(word)[-1].lower_ for word in term.words}
                words |= set(term.lemmas)
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
        if selector.kind == "metric":
            ways.append(((self._grammar["milestone_verbs"], None), REACH))
            # "100K on TikTok": a platform and a count (``_counted_on_platform``).
            ways.append(((self._word_list("platforms"), None), REACH))
            # "thank you for 10k!": thanks and a count (``_thanked_for_count``).
            ways.append(((_THANKS, None), REACH))
            # "cracked the top 10 on Apple Podcasts": a rank and a chart (``_chart_rank``).
            charts = self._grammar["chart_words"]
            ways += [((charts, None), REACH), ((charts, _RANK_CUES), REACH)]
        return ways

    # -- the claims of a Doc -----------------------------------------------------------

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
        found = self._occurrences(doc)
        if not found:
            return None
        paragraphs = _ParagraphWords(doc)
        bounds = _sentence_bounds(doc)
        by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, key in found:
            by_sentence.setdefault(bisect_right(bounds, start) - 1, []).append((start, end, key))
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
        to_parse = [
            copy
            for (sentence, terms), copy in zip(wanted, copies, strict=True)
            if self._needs_parse(
                copy, terms, sentence.start, paragraphs.words_at(sentence.start_char)
            )
        ]
        return _SentencePlan(wanted, copies, to_parse, paragraphs)

    def _finish(self, plan: _SentencePlan) -> list[Claim]:
        """The claims of a planned Doc, its copies parsed where they needed it."""
        claims: list[Claim] = []
        for (sentence, terms), copy in zip(plan.wanted, plan.copies, strict=True):
            claims.extend(self._sentence_claims(sentence, copy, terms, plan.paragraphs))
        return claims

    def _needs_parse(
        self, sentence: Doc, terms: list[tuple[int, int, str]], base: int, near: frozenset[str]
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
            decided = self._decided_unparsed(sentence, start - base, end - base, key, near)
            if decided is None:
                return True
            with_mood = with_mood or decided
            standalone = standalone or (decided and self._terms[key][2].needs == "nothing")
            # An outcome named outright has moods the parse may change: "topic"…
            if not decided and self._terms[key][0] == "outcome":
                outcomes.append((start - base, end - base))
        topical = bool(outcomes)
        if (with_mood or topical) and self._may_be_topic(sentence):
            return True
        if topical and any(self._names_another(token) for token in sentence):
            return True  # whose outcome: "competitor X grew revenue 20%" (``_outcome_mood``)
        if topical and self._both_kinds(terms) and _names_beside_us(sentence):
            return True  # "Globex earned $12M while we hit 500k followers" (``_others_outcome``)
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
            if lemma in _VALUING and token.tag_ in ("VBZ", "VBP"):
                return True
            if lemma in _ASKING or (lower in ("is", "are") and first - 3 <= token.i < first):
                return True  # "people ask what the ROI is", "engagement is the new revenue"
            if token.i < first:
                if lemma in intent and token.pos_ in ("VERB", "AUX", "NOUN"):
                    return True
                if lemma in _SUPPOSING:
                    return True
                continue
            soon_after = any(end <= token.i < end + _AFTER_OUTCOME for _, end in outcomes)
            coming = lemma in _COMING and token.tag_ in ("VBZ", "VBP", "VB")
            if soon_after and (lower in _FUTURE or lower in _PENDING or coming):
                return True
        return False

    def _mood_cue(self, token: Token) -> bool:
        """Could this word give a claim of its sentence a mood (see ``_mood``)?
        Asked of every word of a sentence with such a claim: the words and
        lemmas that are cues by themselves are one set lookup each
        (``_mood_cue_words``, ``_mood_cue_lemmas``), and the spans that the
        cues read in context are built only for the words they concern."""
        lower = token.lower_
        if lower in self._mood_cue_words or token.lemma_ in self._mood_cue_lemmas:
            return True
        if lower == "up" and token.doc[token.i + 1 : token.i + 2].text.lower() == "to":
            return True  # a plan's allowance (``_quota``)
        if _named_owner(token):
            return True  # "the singer has 40 million followers": whose they are
        if lower == "who" and token.doc[token.i + 1 : token.i + 2].text.lower() in (
            "has",
            "boasts",
        ):
            return True  # "@chef who has 2M followers": a guest (``_introduced_by_audience``)
        if lower in _GROUNDS and any(
            t.lower_ in ("at", "in") for t in token.doc[token.i - 2 : token.i]
        ):
            return True  # "12,000 fans at the ground": a crowd (``_at_a_ground``)
        if (lower in _GENERIC_DETERMINERS or token.tag_ == "NNS") and _opens_sentence(token):
            return True  # a general statement: "backlinks get you more traffic"
        # "to" before a verb: a purpose ("in order to grow…") or advice ("how to…").
        return lower == "to" and any(t.tag_ == "VB" for t in token.doc[token.i + 1 :])

    def _mood_cues(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words (lowercased) and lemmas that are mood cues wherever they
        stand, for ``_mood_cue``: what ``_mood``'s readers look for."""
        grammar = self._grammar
        words = frozenset().union(
            _MOOD_WORDS, _SPECULATIVE, _CONDITIONS,
            _QUOTA_NOUNS,  # a plan's allowance (``_quota``)
            _ADVICE,
            grammar["third_parties"],  # whose the audience is
            {"ever"},  # someone else's: "the best ever" (``_anothers_metric``)
            _VENUES,  # a crowd: "the fair drew 9,000 visitors"
            _TYPICAL,  # a statistic: "the average post gets…"
        )  # fmt: skip
        lemmas = frozenset().union(
            _SUPPOSING, self._wanting,
            _SAYING,  # "…, the company said" (``_anothers_metric``)
            grammar["acquaintances"],  # "my friend's podcast"
            grammar["presence_verbs"],  # "5,000 fans packed the arena"
            {"celebrate"},  # the occasion of a giveaway (``_occasion_of_a_giveaway``)
            grammar["data_verbs"], _DATA_NOUNS,  # data (``_handled_as_data``)
        )  # fmt: skip
        return words, lemmas

    def _may_be_topic(self, sentence: Doc) -> bool:
        """Could a term of this sentence be what a talk is about (see
        ``_topic``)? Only after a word of talk and then one of its prepositions
        ("a webinar on…"), or a verb of discussing."""
        words = self._grammar["topic_words"]
        talk = False
        for token in sentence:
            if token.lemma_ in _DISCUSSING:
                return True
            if talk and token.lower_ in _TOPIC_PREPOSITIONS:
                return True
            talk = talk or token.lower_ in words or token.lemma_ in words
        return False

    def _decided_unparsed(
        self, sentence: Doc, start: int, end: int, key: str, near: frozenset[str]
    ) -> bool | None:
        """Is this term's claim (or its lack of one) the same without a parse?
        None if not; else whether the claim has a mood (which the parse may
        still change)."""
        if key not in self._terms:
            return None  # milestones and superlatives read the parse
        kind, _, term = self._terms[key]
        head = sentence[end - 1]
        if head.tag_ == "VBG":
            return None  # "the trending hashtags": the parse says whose
        if not self._in_sense(sentence, start, end, term, key, near):
            return False  # no claim either way
        if head.pos_ == "VERB" and "VERB" in term.pos:
            if head.lemma_ == "join" and not self._joins_something(kind, sentence[end:]):
                return False  # "join us on Thursday": nothing a customer or a member joins
            if head.lemma_ == "fill" and not any(t.lemma_ in _FILLED for t in sentence[end:]):
                return False  # "fill out the form": nothing a business sells or hires for
            if term.needs == "count" and not _counted_after(sentence[end : end + 10]):
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
            if term.needs != "evidence" or self._amount_before(sentence, start) is not None:
                return False
            if _labelled_count(sentence, end) is not None:
                return False
            return None
        before = self._count_before(sentence, start, end, term.big)
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
        return kept

    def _needed_cues(self, key: str) -> frozenset[str] | None:
        """The cue words a term needs near it (besides a count); None: none."""
        if key in ("superlative", "widely"):
            return None
        if key in ("milestone", "platform", "thanks"):
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
                if len(cache) > _CUE_CACHE_SIZE:  # bounded: an archive has many words
                    cache.clear()
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
            if lemma in self._superlatives or lower in self._superlatives:
                before = index - 1
                # "most-watched", and "most⏎shared" in a hard-wrapped line
                while before > 0 and (doc[before].text == "-" or doc[before].is_space):
                    before -= 1
                if before >= 0 and doc[before].lower_ == "most":
                    found.append((before, index + 1, "superlative"))
                elif before >= 0 and doc[before].lower_ in _WIDELY:
                    found.append((before, index + 1, "widely"))
        return found

    def _sentence_claims(
        self,
        sentence: Span,
        doc: Doc,
        found: list[tuple[int, int, str]],
        paragraphs: _ParagraphWords,
    ) -> list[Claim]:
        """The claims of one sentence, ``doc`` its parsed copy."""
        base = sentence.start
        near = paragraphs.words_at(sentence.start_char)
        origin = sentence.start_char  # of the copy, in the Doc
        taken: set[int] = set()
        made: dict[int, tuple[str, str, str, str]] = {}  # term head -> its claim
        waiting: list[tuple[int, int, str]] = []  # attention terms with no evidence yet
        claims: list[Claim] = []

        def add(claim: tuple[str, str, str, tuple[int, int], str], start: int, end: int) -> None:
            kind, lexicon, evidence, (first, last), mood = claim
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
            claim = self._claim(doc, start, end, key, near)
            if claim is not None:
                add(self._in_whose_voice(claim, doc[end - 1], near), start, end)
                if key in self._terms and self._terms[key][2].needs == "change":
                    channels.append((claims[-1], doc[end - 1].idx + origin))
            elif self._is_metric_term(key) and self._in_sense(
                doc, start, end, self._terms[key][2], key, near
            ):
                waiting.append((start, end, key))
        # A list shares its evidence: "2M views, likes and shares". Not with a
        # channel, an audience only when it changes: "40,000 followers and a new
        # podcast" counts no podcast.
        for start, end, key in waiting:
            if self._terms[key][2].needs == "change":
                continue
            listed = self._listed_with(doc[end - 1], made)
            if listed is not None and not any(i in taken for i in range(start, end)):
                kind, _, _, mood = listed
                add((kind, self._terms[key][1], "count", (start, end), mood), start, end)
        for channel, at in channels:
            if _grown_to_a_count(channel, at, claims):
                claims.remove(channel)
        return sorted(claims, key=lambda c: (c.start, c.end))

    def _is_metric_term(self, key: str) -> bool:
        return key in self._terms and self._terms[key][0] == "metric"

    @staticmethod
    def _listed_with(
        head: Token, made: Mapping[int, tuple[str, str, str, str]]
    ) -> tuple[str, str, str, str] | None:
        """The claim of a metric term this one is listed with (conjunction), or
        given as an example of ("2,000 interactions such as likes and shares",
        "4,000 reactions, including comments")."""
        related = [head.head] if head.dep_ == "conj" else []
        related += [child for child in head.children if child.dep_ == "conj"]
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
            return None if found is None else ("metric", "attention", *found, "asserted")
        if key == "thanks":
            found = _thanked_for_count(doc, start)
            return None if found is None else ("metric", "attention", *found, "asserted")
        if key == "chart":
            rank = self._chart_rank(doc, start)
            if rank is None:
                return None
            return "metric", "viral", "rank", (rank, end), self._standalone_mood(doc, rank)
        if key == "platform":
            found = self._counted_on_platform(doc, start)
            if found is None:
                return None
            # The mood is the count's, before "on": "we hope to hit 10k on TikTok".
            return "metric", "attention", *found, self._mood(doc, start - 2)
        if key == "superlative":
            if not self._superlative_in_sense(doc[end - 1], near) or _wanting(doc[end - 1]):
                return None
            if self.parser is not None and _of_the_readers(doc[end - 1]):
                return "metric", "attention", "superlative", (start, end), "advice"
            return "metric", "attention", "superlative", (start, end), self._mood(doc, end - 1)
        if key == "widely":  # "a widely shared post", "the video was widely viewed"
            return "metric", "attention", "amount", (start, end), self._mood(doc, end - 1)
        kind, lexicon, term = self._terms[key]
        if not self._in_sense(doc, start, end, term, key, near):
            return None
        if kind == "metric" and _names_data(doc, end):
            return None  # "3 million follower records": rows of a table, no audience
        head = doc[end - 1]
        if head.tag_ == "VBG" and (
            head.dep_ == "amod" or _trend_with_object(head) or _list_heading(head)
        ):
            return None  # attributive: "the trending hashtags" are someone else's
        if term.needs == "nothing":
            if _in_a_direction(doc, end):
                return None  # "costs are trending in the wrong direction": where, not what trended
            if _a_person_called(head):
                return None  # "our viral sensation Lily, who now runs the studio": who she is
            return kind, lexicon, "term", (start, end), self._standalone_mood(doc, end - 1)
        is_verb = head.pos_ == "VERB" and "VERB" in term.pos
        if kind == "metric":
            evidence = (
                self._metric_verb(
                    doc, end - 1, reach=lexicon == "reach", counted_only=term.needs == "count"
                )
                if is_verb
                else self._metric_noun(doc, start, end, term)
            )
        elif is_verb:
            evidence = self._outcome_verb(doc, end - 1)
        else:
            evidence = self._outcome_noun(doc, start, end, term)
            if evidence is not None and evidence[0] in ("attention", "reach"):
                # "6,249 users reading the post", "reached 50,000 users": people
                # attending, not acquired.
                mood = self._mood(doc, end - 1)
                return "metric", evidence[0], "count", evidence[1], mood
        if evidence is None:
            return None
        if kind == "metric":
            if self.parser is not None and (
                self._in_person(head)
                or self._handled_as_data(head)
                or self._at_code(head)
                or _done_by_a_fault(head)
            ):
                return None
            mood = self._mood(doc, end - 1)
            if mood == "topic" and is_verb and _reach_as_stat(doc, end - 1, parsed=True):
                mood = "asserted"  # "45% more reach": a noun, not a verb said in general
        else:
            mood = self._outcome_mood(head, named=evidence[0] == "term")
        return kind, lexicon, evidence[0], evidence[1], mood

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
        if any(owner.lemma_ in acquaintances for owner in owners):
            return True
        if any(token.lower_ in _MINE or token.lower_ == "let" for token in head.sent):
            return False
        subject = self._clause_subject(head)
        if _reported_by_another(head.sent) or (subject is not None and _asked_of_a_name(subject)):
            return True
        if near & _MINE_WORDS:
            return False
        return evidence == "superlative" and subject is not None and _a_record(subject)

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
            if owner.dep_ == "poss"
        ]

    def _clause_subject(self, head: Token) -> Token | None:
        """The subject of the nearest clause up from ``head`` that has one."""
        for verb in [head, *self._governing_verbs(head)]:
            subject = _subject_of(verb)
            if subject is not None:
                return subject
        return None

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
        if _not_there_yet(head):
            return "negated"  # "still pre-revenue", "no sales yet", "not a single customer"
        if self.parser is None:
            return "asserted"
        if self._topic(head) or (
            named and (_said_to_matter(head) or self._equated(head) or _asked_about(head))
        ):
            return "topic"
        if self._others_outcome(head):
            return "background"
        if self._wanted_outcome(head):
            return "goal"
        if any(verb.lemma_ in _SUPPOSING for verb in self._governing_verbs(head)[1:3]):
            return "conditional"  # "imagine what that could do for sales!"
        if named and _still_to_come(head):
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
        if phrase.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
            return False
        if any(c.dep_ == "amod" and c.lower_ == "new" for c in phrase.children):
            return True
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
        for _ in range(_INTENT_REACH):
            parent = clause.head
            if clause.dep_ not in ("xcomp", "ccomp", "advcl") or parent.i == clause.i:
                return False
            if self._intends(parent):
                return True
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return False  # "…share how we grew revenue": a clause that tells
            clause = parent
        return False

    def _intends(self, verb: Token) -> bool:
        """The writer's verb of intent ("we want", "we hope") or plan ("our goal is")."""
        if verb.lemma_ == "be":  # "our goal is to raise $50,000"
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            return bool(subjects) and subjects[0].lemma_ in _PLANS and _own(subjects[0])
        return verb.lemma_ in self._grammar["intent_words"] and _own(verb)

    def _names_another(self, token: Token) -> bool:
        return token.lower_ in self._grammar["third_parties"] or token.lemma_ in _ORGANISATIONS

    def _others_outcome(self, head: Token) -> bool:
        verbs = self._governing_verbs(head)
        verb = verbs[0] if verbs else head
        subject = _subject_of(verb)
        platforms = self._word_list("platforms")
        if _a_named_party(head, subject) and _writer_in_another_clause(verb, platforms):
            return True  # "Globex earned $12M in profit while we hit 500k followers"
        parties = self._grammar["third_parties"]
        if subject is not None and not _ours(subject):
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
            if any(word.lemma_ in parties or word.lower_ in parties for word in named):
                return True  # "competitor X grew revenue 20%"
        clause = next((v for v in verbs if v.dep_ == "relcl"), None)
        if clause is None:
            return False
        holder = clause.head  # "a bank that made $3B in profit"
        indefinite = any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in holder.children
        )
        return indefinite and holder.lemma_ in _ORGANISATIONS and holder.dep_ != "attr"

    def _superlative_in_sense(self, verb: Token, near: frozenset[str]) -> bool:
        """Is "the most <verb>ed" in the verb's attention sense by its paragraph's
        words: "the 10,000 most-downloaded crates" are packages adopted, as a
        crate downloaded is (the terms' ``not_near``)."""
        for key, _ in self._by_lemma.get(verb.lemma, ()):
            unwanted = self._near[key][1]
            if unwanted and near & unwanted:
                return False
        return True

    def _in_sense(
        self, doc: Doc, start: int, end: int, term: Term, key: str, near: frozenset[str]
    ) -> bool:
        head = doc[end - 1]
        if term.pos and head.pos_ not in term.pos and not _noun_tagged_verb(head, term.pos):
            return False
        if term.after and not (start > 0 and doc[start - 1].lower_ in term.after):
            return False
        if term.not_after:
            before = doc[max(0, start - 2) : start]
            excluded = {t.lower_ for t in before} & set(term.not_after)
            if excluded and not (excluded == {"of"} and _a_share_of(before)):
                return False
        if (
            term.not_before
            and end < len(doc)
            and doc[end].lower_ in term.not_before
            and not _of_content(doc, end)
            and not _in_a_time_span(doc, end)
        ):
            return False
        if term.not_followed_by and {t.lower_ for t in doc[end : end + 3]} & set(
            term.not_followed_by
        ):
            return False
        wanted, unwanted = self._near[key]
        if wanted and not near & wanted and not self._celebrated_count(doc, start):
            return False
        return not (unwanted and near & unwanted)

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

    # -- metric terms ------------------------------------------------------------------

    def _metric_noun(self, doc: Doc, start: int, end: int, term: Term) -> Evidence:
        head = _phrase_head(doc, start, end)
        if self._platform_following(head):
            # "our Twitter following doubled": the parse makes "following" a verb
            # and gives its role to the platform, which stands for the phrase.
            head, start = doc[start - 1], start - 1
        if term.needs == "change":  # "the podcast grew 40%", not "our 3 podcasts"
            return self._changed(doc, head, start, end)
        if term.needs == "count" and end - start == 1 and _qualifies_next_noun(doc, head, end):
            return None  # "350 community blog posts": the posts are counted
        bought = _attention_bought(doc, start, end)
        if bought is not None:
            return bought
        if head.lower_ in _ATTENTION_PRICES:
            return None  # "CPMs vary by season": a price named, none paid
        left = self._count_before(doc, start, end, term.big)
        if term.needs == "milestone":  # "its 100,000th like", not "100 stores like ours"
            return left if left is not None and _big_milestone(doc, left) else None
        if left is not None:
            return None if left[0] in ("offer", "sample") else left
        attached = self._attached_count(doc, head, start, end, term.big)
        if attached is not None:
            return attached
        strength = _strength(doc, start, end)
        if strength is not None:
            return strength
        if term.needs == "count":  # a number or a numerous amount, nothing else
            amount = self._of_amount(doc, head, end, term.big)
            if amount is not None and amount[0] == "change" and _changed_of(head):
                amount = None  # "the rise of the Node.js community": its story, not a count
            return amount or self._people_of(doc, head, start)
        return (
            self._modified(doc, head, start, end, term.big)
            or self._of_amount(doc, head, end, term.big)
            or self._changed(doc, head, start, end)
            or self._tally_changed(doc, head, start, end)
            or self._after(doc, start, end)
            or self._change_named_after(doc, head, start)
            or _soared(doc, start, end)
        )

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
            return None
        return "change", measured[1]

    def _people_of(self, doc: Doc, head: Token, start: int) -> Evidence:
        """A big count of people the term is of: "put our brand in front of 12
        million people", "a community of 80,000 people"; not a crowd there in
        person ("the band played in front of 60,000 fans", "stood in front of
        2,000 people")."""
        of = next((t for t in head.children if t.dep_ == "prep" and t.lower_ == "of"), None)
        people = [] if of is None else [t for t in of.children if t.dep_ == "pobj"]
        if not people or not _is_people(people[0], self._grammar["people"]):
            return None
        counts = [t for t in people[0].subtree if is_count(t) and (number(t) or 0) >= 1000]
        if not counts:
            return None
        verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_ in self._grammar["presence_verbs"]:
            return None
        if head.dep_ == "pobj" and head.head.i == start - 1:
            start -= 1  # "in front of": the claim begins at the preposition
        return "count", (start, people[0].i + 1)

    def _tally_changed(self, doc: Doc, head: Token, start: int, end: int) -> Evidence:
        """ "the total number of impressions was 2.4 million", "the number of
        people following us doubled": the tally holds the count or the change."""
        tally = _tally(head)
        return None if tally is None else self._changed(doc, tally, start, end)

    def _count_before(self, doc: Doc, start: int, end: int, big: bool) -> Evidence:
        """A count (or an ordinal) before the term inside its noun phrase:
        "12k new followers", "our 1,000th follower", "the 5,000 th fan"."""
        for index in range(start - 1, max(-1, start - 6), -1):
            token = doc[index]
            if _line_break(token):
                return None  # a list item's or a table row's count is not the next line's
            if token.text in _STAT_SEPARATORS:
                return None  # "impressions 6.1M | clicks": the count is the cell before's
            year_between = _YEAR.match(token.text) and index < start - 1
            if is_count(token) and _per_unit(doc, index):
                return None  # "cost per 1,000 views": a unit, no amount
            if is_count(token) and not year_between:
                if index > 0 and doc[index - 1].lower_ in _OFFER and self._offered(doc, end):
                    return "offer", (index, end)  # "the first 100 fans who sign up"
                if _selected(doc, index, end):
                    return "offer", (index, end)  # "returns the first 100 followers of any account"
                if _surveyed(doc, _count_start(doc, index)):
                    return "sample", (index, end)  # "a survey of 500 readers": respondents
                if big and not is_big(token):
                    return None
                return "count", (_count_start(doc, index), end)
            if _ORDINAL.match(token.text) or token.lower_ in _ORDINAL_WORDS:
                return "milestone", (index, end)
            if is_multiple(token):
                return "comparison", (index, end)  # "2.3x CTR vs benchmark", "3x engagement"
            if token.lower_ in ("th", "st", "nd", "rd") and index > 0 and is_count(doc[index - 1]):
                return "milestone", (index - 1, end)
            if token.pos_ in ("ADJ", "NOUN", "PROPN") or token.lower_ in _NOUN_PHRASE_WORDS:
                continue
            if _emoji(token):
                continue  # "20k 🚀 followers": tagged punctuation, it says nothing
            if token.text == "+" and index > 0 and not doc[index - 1].whitespace_:
                continue  # "100+ comments", whatever the tagger made of the "+"
            if token.lower_ in _NOUN_JOINERS and _between_nouns(doc, index):
                if doc[index - 1].lower_ == "times":
                    return None  # "shared 9,000 times and donations": how often, then a thing
                continue  # "12k Instagram and TikTok followers"
            return None
        return None

    @staticmethod
    def _offered(doc: Doc, end: int) -> bool:
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
        return _promised_something(doc[end - 1])

    def _attached_count(self, doc: Doc, head: Token, start: int, end: int, big: bool) -> Evidence:
        """A count the parse attaches to the term, wherever it sits."""
        for child in head.children:
            if child.dep_ in ("nummod", "quantmod") and is_count(child):
                if (big and not is_big(child)) or _per_unit(doc, child.i):
                    continue
                if child.i > head.i and _YEAR.match(child.text):
                    continue  # "our followers 2019 survey": a year after the term
                if _across_lines(doc, child.i, head.i):
                    continue  # the count of the row or list item before
                last = end
                if child.i == end + 1 and _cell_break(doc[end]):
                    last = child.i + 1  # the next cell's count ends the span: "visitors | 3.2k"
                return "count", (_count_start(doc, min(child.i, start)), last)
        return None

    def _modified(self, doc: Doc, head: Token, start: int, end: int, big: bool) -> Evidence:
        """ "the most followers", "more shares than", "so many readers" (for
        terms that need a big count, "so many fans" is a crowd, not a brag)."""
        for child in head.children:
            if child.dep_ != "amod":
                continue
            if child.lower_ in _SUPERLATIVES:
                return "superlative", (child.i, end)
            if child.lower_ in _MORE:
                if _or_more(doc, child.i) or _no_more(doc, child.i):
                    continue  # "one or more members", "no more saves": not more than
                return "comparison", (child.i, end)
            if child.lower_ in _MANY and not big:
                return "amount", (child.i, end)
        if head.i > 0 and doc[head.i - 1].lower_ in ("most", "highest", "record"):
            return "superlative", (head.i - 1, end)
        # "double the traffic", "twice the views of last year"; read from the
        # words too, where the parse did not make "double" a predeterminer.
        for child in head.children:
            if child.dep_ == "predet" and child.lower_ in _MULTIPLES:
                return "comparison", (child.i, end)
        before = start - 1
        if before > 0 and doc[before].lower_ == "the":
            multiple = doc[before - 1]
            if multiple.lower_ in _MULTIPLES or is_multiple(multiple):  # "3x the engagement"
                return "comparison", (before - 1, end)
        return None

    def _of_amount(self, doc: Doc, head: Token, end: int, big: bool) -> Evidence:
        """ "thousands of views", "a flood of followers", "an increase in traffic"."""
        changed = self._change_before(doc, head.i)
        if changed is not None:
            return "change", (changed, end)
        if head.dep_ != "pobj":
            return None
        preposition = head.head
        holder = preposition.head
        if preposition.lower_ == "in":  # "we beat our rival in followers"
            rivalled = holder
            if holder.dep_ == "dobj" or (holder.dep_ == "pobj" and holder.head.lower_ == "of"):
                rivalled = holder.head if holder.dep_ == "dobj" else holder.head.head
            if rivalled.lemma_ in _RIVALLED or rivalled.lower_ in _AHEAD:
                return "comparison", (rivalled.i, end)  # "ahead of our rival in followers"
            # The parse may hang "in reach" on a clause of the rival: "outperformed
            # everything else we posted in reach".
            beaten = next((t for t in holder.ancestors if t.lemma_ in _RIVALLED), None)
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
                or _a_number(holder)
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
            if _share_brought(holder):  # "Instagram drove 40% of our web traffic"
                share = holder.i - 1 if holder.i > 0 and is_count(doc[holder.i - 1]) else holder.i
                return "amount", (share, end)
        into_place = preposition.lower_ == "in" and _puts_a_thing(holder)
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
        if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _ASPECT:
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        if _across_cells(doc, head.i, verb.i):
            return None  # "followers 12,400 | reach 380k": the parse joined two cells
        if self._people_acting(head, verb):
            return self._growing_clause(head, start)
        # "saw its fan base double": the tagger often makes such a verb an adjective.
        moved = self._grows(verb)
        seen_moving = verb.dep_ in ("ccomp", "xcomp") and moved
        if head.dep_ in ("nsubj", "nsubjpass") and (verb.pos_ in ("VERB", "AUX") or seen_moving):
            if verb.lemma_ in self._grammar["level_verbs"] or verb.lemma_ == "set":
                high = next(
                    (c for c in verb.children if c.dep_ in ("dobj", "attr") and c.lower_ in _HIGHS),
                    None,
                )
                if high is not None:  # "page views hit an all-time high"
                    return "superlative", (start, high.i + 1)
            if moved or verb.lemma_ in self._grammar["level_verbs"]:
                counted = [
                    t
                    for t in _own_clause(verb)
                    if t.i > verb.i
                    and (is_count(t) or is_multiple(t))
                    and not _inside_with(verb, t)
                ]
                if counted:  # the count may come before the term: "went 1.5 million… views"
                    return "change", (min(start, counted[0].i), max(end, counted[0].i + 1))
                if moved:  # "followers grew"; "followers topped" says nothing without a number
                    return "change", (start, verb.i + 1)
            record = _never_higher(verb)
            if record is not None:  # "engagement has never been higher"
                return "superlative", (start, record.i + 1)
            if verb.lemma_ in ("be", "remain", "stay", "stand"):
                for child in verb.children:
                    if child.i < verb.i or child.dep_ not in (
                        "attr", "acomp", "advmod", "prep", "npadvmod",
                    ):  # fmt: skip
                        continue
                    counts = [t for t in child.subtree if is_count(t) and not _YEAR.match(t.text)]
                    percent = any(t.lower_ in ("%", "percent") for t in child.subtree)
                    if counts and (
                        child.lower_ == "up" or percent or (number(counts[0]) or 0) >= 100
                    ):
                        return "count", (start, max(t.i for t in child.subtree) + 1)
                    if child.lower_ in ("up", "down") and any(map(is_multiple, child.subtree)):
                        return "change", (start, max(t.i for t in child.subtree) + 1)
            if verb.lemma_ in ("be", "remain", "stay") and any(
                child.dep_ == "acomp" and child.lower_ in _LEVEL_WORDS for child in verb.children
            ):  # "page views remained steady", "followers stayed flat"
                return "change", (start, verb.i + 1)
        gained = verb.lemma_ in self._grammar["gain_verbs"] or (
            verb.lemma_ in _GETTING and any(c.lower_ == "new" for c in head.children)
        )
        if (
            head.dep_ in ("dobj", "attr")
            and verb.pos_ in ("VERB", "AUX")
            and gained
            and not _describing(verb)
        ):
            return "change", (min(verb.i, start), end)
        return self._growing_clause(head, start)

    def _people_acting(self, head: Token, verb: Token) -> bool:
        """People who do something to a thing, not a number that moves: "many
        visitors decline the consent banner", "readers hit a 404 page". A count
        or a mark as the object is a level reached: "followers hit 10k", "fans
        topped the 5,000 mark"."""
        if head.dep_ != "nsubj" or not _is_people(head, self._grammar["people"]):
            return False
        for child in verb.children:
            if child.dep_ == "dobj" and not is_count(child) and child.lemma_ not in _MARKS:
                return True
        return False

    def _growing_clause(self, head: Token, start: int) -> Evidence:
        """ "impressions, which continue to increase daily", "views that doubled"."""
        for clause in head.children:
            if clause.dep_ != "relcl":
                continue
            verb = clause
            if verb.lemma_ in _ASPECT:
                verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
            if self._grows(verb):
                return "change", (start, verb.i + 1)
        return None

    def _grows(self, verb: Token) -> bool:
        """A verb of growth, but not "grew up" (with us)."""
        if verb.lemma_ not in self._grammar["growth_verbs"]:
            return False
        return not (verb.lemma_ == "grow" and any(c.lower_ == "up" for c in verb.children))

    def _after(self, doc: Doc, start: int, end: int) -> Evidence:
        """A count after the term: "engagement up 300%", "reach of 3 billion",
        "play count flipped over to 20,000", "followers: 12,000"."""
        stat = _stat_value(doc, end)
        if stat is not None:
            return "count", (start, stat)
        labelled = _value_after_qualified_label(doc, end)
        if labelled is not None:  # "Open rate on our spring newsletter: 52%"
            return "count", (start, labelled)
        moved = False  # "traffic down by over 45,000", "engagement up 300%"
        end = _past_a_period(doc, end)  # "watch time this year: 2.3 million hours"
        for index in range(end, min(len(doc), end + 4)):
            token = doc[index]
            moved = moved or token.lower_ in ("up", "+", "down")
            following = doc[index + 1] if index + 1 < len(doc) else None
            if moved and following is not None and is_multiple(following):
                return "change", (start, index + 2)  # "engagement up 3x"
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
                if (counted or percent) and (token.lower_ in _COUNT_AFTER or next_cell):
                    return "count", (start, last)
            high = token.lower_ in ("high", "low")  # "traffic as high as 17 million"
            if not (high or token.is_punct or token.pos_ in ("AUX", "ADV", "ADP", "VERB", "PART")):
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
        if self.parser is not None and reach and _rolled_out(verb):
            return None  # "the feature reaches 30% of our users first": a rollout
        if verb.lemma_ == "see" and any(
            c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children
        ):
            return None  # "see you next week": a farewell
        grown = self._platform_reach_grown(doc, index) if reach else None
        if grown is not None:
            return "change", grown
        stat = _reach_as_stat(doc, index, parsed=self.parser is not None) if reach else None
        if stat is not None:
            return "count", stat
        # "retweeted over 269,000 times", "watched our holiday ad more than 3 million times";
        # not "clicked the same button thirty times", a user's steps.
        for token in doc[index + 1 : index + 10]:
            if token.lower_ == "times" and _counted_times(doc, index + 1, token.i):
                if _doers_habit(verb):
                    return None  # "I watched it 40 times", "she listens 3 times a day"
                return "count", (index, token.i + 1)
            if (token.is_punct and token.text != ",") or token.pos_ == "VERB":
                break  # "the chart shows revenue grew 3 times" counts the revenue
        spread = _spread_after(doc, index)
        if spread is not None:
            return "amount", (index, spread)
        if self.parser is None:
            return None
        people = self._grammar["people"]
        for child in verb.children:
            if child.dep_ == "agent":
                counts = [t for t in child.subtree if is_count(t) and (number(t) or 0) >= 100]
                if counts:
                    return "count", (index, _phrase_end(child))
                more = [t for t in child.subtree if t.lower_ in _MORE and t.head.lower_ in people]
                if more:  # "watched by more people than live in our city"
                    return "comparison", (index, more[0].head.i + 1)
        if counted_only:
            return None
        oftener = _oftener(verb)
        if oftener is not None:
            return "comparison", (index, oftener + 1)
        watched = _time_watched(verb)
        if watched is not None:
            return "count", watched
        places = self._places_counted(verb)
        if places is not None:
            return "amount", (index, places + 1)
        subjects = list(verb.children)
        if verb.dep_ == "xcomp":  # "49,500 members have chosen to follow"
            subjects += list(verb.head.children)
        for child in subjects:
            if child.dep_ == "nsubj" and _crowd_of_people(child, people):
                return "count", (child.left_edge.i, index + 1)
            # A count's scale letter split off and made the subject ("50K of you
            # follow us", "50" "K") stands for the count, as a numeral does.
            numeral = child.pos_ == "NUM" or _is_scale(child)
            of_you = _count_of_you(child) if child.dep_ == "nsubj" else None
            if of_you is not None:
                return "count", (of_you, index + 1)
            if child.dep_ != "nsubj" or not (_is_people(child, people) or numeral):
                continue
            for modifier in child.children:
                if (is_count(modifier) and is_big(modifier)) or modifier.lower_ in _VAGUE_BIG:
                    return "count", (_count_start(doc, modifier.i), index + 1)
                if modifier.lower_ in _MORE:
                    return "comparison", (modifier.i, index + 1)
            if is_count(child) and is_big(child):
                return "count", (_count_start(doc, child.i), index + 1)
        for child in verb.children:  # "over 12,000 of you have read it", parsed as a phrase
            if child.dep_ == "prep" and child.i < index and child.lower_ in _APPROXIMATELY:
                counted = [t for t in child.children if t.dep_ == "pobj" and is_big(t)]
                if counted and is_count(counted[0]):
                    return "count", (child.i, index + 1)
        if verb.dep_ in ("acl", "relcl") and is_count(verb.head) and is_big(verb.head):
            # "the 25,000 of you who follow along"
            return "count", (_count_start(doc, verb.head.i), index + 1)
        compared = _compared(verb, people)
        if compared is not None:
            return "comparison", (index, compared + 1)
        if verb.dep_ in ("acl", "relcl") and _is_people(verb.head, people):
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
            counts = [t for t in target.subtree if is_count(t) and (number(t) or 0) >= 1000]
            if counts:
                return "count", (index, _phrase_end(target))
        share = self._share_reached(verb) if reach else None
        if share is not None:
            return "count", (index, share)
        return None

    @staticmethod
    def _places_counted(verb: Token) -> int | None:
        """Where "viewed in 87 countries", "streamed in over 40 markets" ends: an
        audience spread over places it counts (not "available in 87 countries",
        which no attention verb says)."""
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in ("in", "across"):
                continue
            for place in child.children:
                counted = any(is_count(t) for t in place.children if t.dep_ == "nummod")
                if place.dep_ == "pobj" and place.lemma_ in _PLACES and counted:
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
            elif child.dep_ in ("dative", "prep") and child.lower_ == "to":
                targets = [t for t in child.children if t.dep_ == "pobj"]
            else:
                continue
            yield from (t for t in targets if _is_people(t, people))

    def _share_reached(self, verb: Token) -> int | None:
        """Where "reached 47% of residents", "reached 60 percent of the
        country's adults" ends: a share of a population; "disk usage reached
        100% of capacity" is no one. Only "reach" takes the share as its object:
        "the results show that 73% of people want it" is a finding, not reach."""
        if verb.lemma_ != "reach":
            return None
        population = self._populations
        for share in verb.children:
            if share.dep_ != "dobj" or share.lower_ not in ("%", "percent"):
                continue
            of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            whole = [] if of is None else [c for c in of.children if c.dep_ == "pobj"]
            if whole and (whole[0].lower_ in population or whole[0].lemma_ in population):
                return whole[0].i + 1
        return None

    def _bare_milestone(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "we just passed 50,000!", "moved beyond seven digits", "crossed 5K
        on Instagram": a big count with no noun, reached in the past."""
        verb = doc[index]
        if self.parser is None or verb.tag_ not in ("VBD", "VBN", "VBG"):
            return None
        for target in _milestone_targets(verb):
            if _counted_by_length(target) is not None:
                return "milestone", (index, target.i + 1)
            if _is_scale(target) and target.i > 0 and is_count(doc[target.i - 1]):
                target = doc[target.i - 1]  # "25K!", split "25" "K", the parse's object the "K"
            # "25k" is often tagged a noun: a count written with digits is one anyway.
            numeral = target.pos_ == "NUM" or target.text[:1].isdigit()
            if not numeral or not is_count(target) or _YEAR.match(target.text):
                continue
            if (number(target) or 0) < 1000 or not _audience_holder(verb, self._holders):
                continue
            after = target.i + 1
            while after < len(doc) and _is_scale(doc[after]):
                after += 1
            if _counts_a_noun(doc, after):
                continue  # "passed 25,000 users", "crossed 25k of debt": a count of something
            return "milestone", (index, after)
        return None

    def _chart_rank(self, doc: Doc, index: int) -> int | None:
        """Where the rank begins that a chart of listens or streams gives: "cracked
        the top 10 on Apple Podcasts", "No. 4 on the viral chart", "#2 in the
        Business category on Spotify". A rank among what is bought (the App
        Store's, Amazon's, a bestseller list) counts downloads or sales, an
        outcome; a rank in a league or "in sales" names no chart."""
        place = doc[index]
        if place.lower_ == "podcasts" and (index == 0 or doc[index - 1].lower_ != "apple"):
            return None  # "top 10 podcasts for marketers": a list of shows
        sold = self._grammar["sales_charts"]
        crossed_preposition = False
        for before in range(index - 1, max(-1, index - 8), -1):
            token = doc[before]
            if token.lower_ in sold:
                return None
            rank = _rank_start(doc, before)
            if rank is not None:
                return rank if crossed_preposition else None  # "top 10 charts" is a listicle
            if token.lower_ in ("on", "in", "of", "across", "atop"):
                crossed_preposition = True
            elif not (
                token.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART")
                or token.tag_ == "PRP$"  # "#1 in its category on Spotify"
                or token.text == "'s"
            ):
                return None
        return None

    def _counted_on_platform(self, doc: Doc, index: int) -> tuple[str, tuple[int, int]] | None:
        """ "100K on TikTok!", "we're at 3.5k on LinkedIn", "10K strong on IG": a big count with no
        noun, on a platform, is the size of an account's audience there. Not
        money spent there ("spent 5,000 on Instagram"), a share ("40% on
        Instagram"), a year, or the platform naming a noun ("5,000 on TikTok ads")."""
        if self.parser is None or index < 2 or doc[index - 1].lower_ != "on":
            return None
        following = doc[index + 1] if index + 1 < len(doc) else None
        if following is not None and following.pos_ in ("NOUN", "PROPN") and not _emoji(following):
            return None  # "TikTok ads", "Instagram Live"
        last = index - 2
        if doc[last].lower_ == "strong" and last > 0:
            last -= 1  # "10K strong on IG"
        if not (is_count(doc[last]) or _is_scale(doc[last])):
            return None
        first = _count_start(doc, last)
        count = doc[first]
        if not is_count(count) or _YEAR.match(count.text) or (number(count) or 0) < 1000:
            return None
        if any(token.lemma_ in _SPENDING for token in doc[:first]):
            return None  # "we spent 5,000 on Instagram": money, even without its sign
        return "count", (first, index + 1)

    # -- outcome terms -----------------------------------------------------------------

    def _outcome_noun(self, doc: Doc, start: int, end: int, term: Term) -> Evidence:
        attending = self._people_attending(doc, start, end)
        if attending is not None:
            return attending
        head = doc[end - 1]
        if term.needs != "evidence":
            before = self._count_before(doc, start, end, big=False)
            return "term", before[1] if before and before[0] == "count" else (start, end)
        amount = self._amount_before(doc, start)
        if amount is not None:
            return "count", (amount, end)
        labelled = _labelled_count(doc, end)
        if labelled is not None:  # "Users: 418", a launch's numbers listed
            return "count", (start, labelled)
        if self.parser is None:
            return None
        level = _stated_level(head)
        if level is not None:  # "conversion from those followers was 4.1%"
            return "count", (start, level)
        paid = _money_paid_by(head)
        if paid is not None:  # "brand deals now pay me $5,000 a month"
            return "money", (start, paid)
        if _stocked_by(head):  # "stockists in three new cities now carry our sauce"
            return "change", (start, head.head.i + 1)
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ == "of":
            holder = verb.head
            if holder.lower_ in self._grammar["vague_amounts"] or is_count(holder):
                return "amount", (holder.i, end)
            credited = holder if holder.dep_ != "conj" else holder.head
            if _share_brought(credited) and holder.i > 0 and is_count(doc[holder.i - 1]):
                # "referrals drove 40% of new sales", not "50% of TikTok users say…"
                return "amount", (holder.i - 1, end)
        if head.dep_ == "pobj" and verb.lower_ == "in" and _money_amount(verb.head):
            # "sourced $250k in pipeline", "$1.2M in sales"
            money = verb.head
            first = money.i - 1 if money.i > 0 and doc[money.i - 1].text in _CURRENCY else money.i
            return "count", (min(first, _count_start(doc, money.i)), end)
        if head.dep_ == "pobj" and verb.lower_ in ("in", "of"):
            change = verb.head  # "a 9% lift in branded search", "a rise in refunds"
            if change.lemma_ in self._grammar["change_nouns"] and change.i < start:
                return "change", (change.i, end)
        first = start
        if head.dep_ == "pobj":  # "turned 300 readers into paying clients"
            # The claim begins at the preposition: between the verb and it
            # may stand an attention metric of its own ("brought 15k visits
            # and 380 accounts on the paid plan"), which it must not swallow.
            first = min(verb.i, start)
            verb = verb.head
        agent = any(c.dep_ == "dobj" for c in verb.children)  # "reviews cut returns"
        if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _OUTCOME_CHANGES and not agent:
            return "change", (start, verb.i + 1)
        moved = _up_by(verb) if head.dep_ == "nsubj" else None
        if moved is not None:  # "enrolments are up 18%", "donations were down 3x"
            return "change", (start, moved)
        acquired = verb.lemma_ in _ACQUIRE or (head.dep_ == "attr" and verb.lemma_ == "become")
        if head.dep_ in ("dobj", "attr") and acquired:
            return "change", (min(verb.i, start), end)
        if head.dep_ == "dobj" and verb.lemma_ in _CHANGING:
            amounts = [t for t in _own_clause(verb) if t.i > head.i and is_count(t)]
            if amounts:  # "improved our gross margin by 4 points"
                counted = amounts[-1]
                unit = counted.head if counted.dep_ == "nummod" else counted  # "points", "%"
                return "change", (min(verb.i, start), max(counted.i, unit.i) + 1)
        if head.dep_ == "pobj" and acquired:
            return "change", (first, end)
        return self._changed_in_word_order(doc, start, end)

    def _changed_in_word_order(self, doc: Doc, start: int, end: int) -> Evidence:
        """What the small model's parse misses around a compound term, read from
        word order: the term's own clause then a change ("support tickets about
        onboarding fell", where "Support" parses as a verb), or a conversion
        into it ("converted to paid plans", where "paid" parses as a verb)."""
        for token in doc[end : min(len(doc), end + _CLAUSE_REACH)]:
            if token.lemma_ in _OUTCOME_CHANGES and token.tag_ in _FINITE_TAGS:
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if following is not None and following.pos_ in ("DET", "PRON", "NOUN", "PROPN"):
                    return None  # "customers cut their costs": the term acted, it did not change
                return "change", (start, token.i + 1)
            if token.pos_ in ("VERB", "AUX") or token.is_punct:
                break  # another verb or a clause boundary: the change is not the term's
        into = start - 1
        if into > 0 and doc[into].lower_ in ("to", "into") and doc[into - 1].lemma_ == "convert":
            return "change", (into - 1, end)
        return None

    def _people_attending(self, doc: Doc, start: int, end: int) -> Evidence:
        """A count of people attending: "6,249 users reading the post", "29,000
        people read it", "reached 50,000 users" (not "300 customers", who are
        acquired). Only counted people ("members reading this" claims nothing),
        with the verb within ``REACH`` of the count, where the prefilter looks."""
        head = doc[end - 1]
        if not _is_people(head, self._grammar["people"]):
            return None
        counted = self._count_before(doc, start, end, big=False)
        if counted is None or counted[0] != "count":
            return None
        first = counted[1][0]
        attending = self._attending
        for child in head.children:
            if (
                child.dep_ in ("acl", "relcl")
                and child.lemma_ in attending
                and child.i - first <= REACH
            ):
                return "attention", (first, child.i + 1)
        verb = head.head
        if abs(verb.i - first) > REACH:
            return None
        if head.dep_ == "nsubj" and verb.lemma_ in attending:
            return "attention", (first, verb.i + 1)
        if head.dep_ == "dobj" and verb.lemma_ in ("reach", "see"):
            return "reach", (min(verb.i, first), end)
        return None

    @staticmethod
    def _amount_before(doc: Doc, start: int) -> int | None:
        """Where an amount before an outcome term is: "300 new customers", "more
        paying members", "$2M sales"."""
        for index in range(start - 1, max(-1, start - 5), -1):
            token = doc[index]
            counted = is_count(token) and not _YEAR.match(token.text)
            if _or_more(doc, index):
                return None  # "one or more members": at least one, no amount gained
            if counted or token.text in _CURRENCY or token.lower_ in _OUTCOME_AMOUNTS:
                return index
            if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
                return None
        return None

    @staticmethod
    def _money_end(verb: Token) -> int:
        """Where "earned $2M in earned media value" ends: the object holding the
        money and an "in"/"of"/"worth" after it, so that a price put on
        attention (media-value) can be told from money made."""
        end = verb.i + 1
        children = [c for c in verb.children if c.i > verb.i]
        for position, child in enumerate(children):
            if any(t.text in _CURRENCY or t.lower_ in _MONEY_WORDS for t in child.subtree):
                end = max(t.i for t in child.subtree) + 1
                following = children[position + 1 : position + 2]
                if following and following[0].lower_ in ("in", "of", "worth"):
                    end = max(t.i for t in following[0].subtree) + 1
                break
        return end

    def _outcome_verb(self, doc: Doc, index: int) -> Evidence:
        verb = doc[index]
        lemma = verb.lemma_
        after = [t for t in verb.subtree if t.i > index]
        money = any(t.text in _CURRENCY or t.lower_ in _MONEY_WORDS for t in after)
        if lemma in ("raise", "earn", "make", "generate", "bring"):
            if money:
                return "money", (_money_start(doc, index, after), self._money_end(verb))
            named = _money_named_before(verb)
            if named is not None:
                return "money", (named, index + 1)
            brought = lemma == "bring" and any(c.lower_ == "in" for c in verb.children)
            if brought and any(t.lemma_ in _BUYERS for t in after):
                return "action", (index, index + 1)
            return None
        action: Evidence = ("action", (index, index + 1))
        if lemma in ("save", "cut", "reduce", "lower", "slash"):
            if _times_counted(after):
                return None  # "the checklist was saved 3,000 times": kept by readers
            return action if any(_a_cost(t) for t in after) else None
        if lemma == "pay":
            return action if any(t.lower_ in _BY_ITSELF for t in after) else None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        by_others = bool(subjects) and subjects[0].lower_ not in _WRITER_OR_READER
        if lemma in ("upgrade", "redeem"):  # "6% upgraded to the paid tier"; not "upgrade now"
            return action if by_others else None
        if lemma == "spend":  # "the 30,000 viewers spent $18 each"; not "we spent $2M on ads"
            return ("money", (index, self._money_end(verb))) if money and by_others else None
        if lemma in ("request", "enquire", "inquire"):  # "3,100 requested a quote"
            asked = any(t.lemma_ in _ASKED_FOR for t in after)
            return action if by_others and asked else None
        if lemma in ("sign", "subscribe"):
            upward = any(c.lower_ == "up" for c in verb.children) or lemma == "subscribe"
            # "we signed up 2,300 people": the writer signs up others, counted.
            signed = by_others or any(
                c.dep_ == "dobj" and any(is_count(t) for t in c.subtree) for c in verb.children
            )
            if (upward and signed) or any(t.lemma_ in ("deal", "contract") for t in after):
                return "action", (index, index + 1)
            return None
        if lemma == "join":  # "2,300 joined the loyalty program", not "joined the livestream"
            return action if by_others and any(t.lemma_ in _JOINED for t in after) else None
        if lemma == "fill":  # "helped us fill 12 open roles", not "fill out the form"
            return action if _places_filled(verb) else None
        buying = lemma in ("buy", "purchase", "order", "book")
        if buying and subjects and subjects[0].lower_ in ("i", "you"):
            return None
        if lemma in ("buy", "purchase", "order") and subjects and subjects[0].lower_ == "we":
            return None  # the writer spends: "the cheapest reach we've ever bought"
        if buying and _brand_buys_attention(verb, subjects):
            return None  # "Acme bought 4 million impressions": the writer by name spends
        if lemma == "convert" and not any(t.lemma_ in _BUYERS or _a_paid_tier(t) for t in after):
            return None  # "readers convert to paid", not "convert the file to PDF"
        if lemma == "hire" and not any(is_count(t) for t in after):
            return None
        return "action", (index, index + 1)

    # -- mood ----------------------------------------------------------------------------

    def _mood(self, doc: Doc, index: int) -> str:
        """Whose voice and what force the claim on ``doc[index]`` has."""
        head = doc[index]
        if self.parser is None:
            return "asserted"
        if self._topic(head):
            return "topic"  # "a webinar on follower growth"
        with_ = head.dep_ == "pobj" and head.head.lower_ == "with"
        holder = head.head.head
        # "a creator with 1.2 million followers"; not "a post with 88k views",
        # nor "a success with a reach of 40 million" (the result itself)
        if (
            with_
            and holder.pos_ in ("NOUN", "PROPN")
            and holder.lemma_ not in _CONTENT
            and holder.lemma_ not in _RESULT_NOUNS
        ):
            return "background"
        if with_ and holder.lemma_ in _CONTENT and _generic(holder):
            return "background"  # "a cat video with 40 million views", someone's
        if any(c.lower_ == "your" for c in head.children):
            return "advice"  # the reader's followers: "grow your followers"
        if _quota(head):
            return "offer"  # a plan's allowance: "free for up to 10k pageviews a month"
        if _invited_to_join(doc, index):
            return "offer"  # "Join 5,000+ marketers who read our newsletter"
        if _occasion_of_a_giveaway(head):
            return "offer"  # "we're giving away 100 hoodies to celebrate 1M fans"
        if self._someone_elses(head):
            return "background"  # "the singer has 40 million followers"
        if _aside_about_another(head):
            return "background"  # "the singer, who has 40 million followers, said…"
        general = self._general_statement(head)
        if general is not None:
            return general
        window = doc[max(0, index - 8) : index]
        for token in window:
            owned = token.i > 0 and doc[token.i - 1].tag_ == "PRP$"  # "its way to 33M views"
            if (
                token.lower_ in _ADVICE
                and not owned
                and any(_advice_link(t) for t in doc[token.i : index])
            ):
                return "advice"  # "how to get more followers", not "how we grew to 100k"
        verbs = self._governing_verbs(head)
        if any(_how_to(verb) for verb in verbs[:2]):
            return "advice"  # "how to grow a developer blog to 3M annual visitors", however long
        if self._asked(head, verbs[0] if verbs else head):
            return "advice"  # "see which channels drive the most traffic"
        intent = self._grammar["intent_words"]
        for depth, verb in enumerate(verbs[:3]):
            if verb.lemma_ == "stop" and _kept_at(verb):
                continue  # "people can't stop talking about it": they kept on
            if _surprise(verb) or (
                verb.dep_ in ("xcomp", "ccomp", "advcl") and _surprise(verb.head)
            ):
                return "asserted"  # "we never expected the reel to reach 2 million people"
            children = list(verb.children)
            if depth == 0:
                addressed = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children)
                if addressed and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
                    return "advice"  # "you can grow engagement", "you'll get more views"
                negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in children)
                negated = negated or _denied_by_subject(children)
                if negated and _never_higher(verb) is None and not _set_apart(head, verb):
                    return "negated"
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
                return "conditional"
            if _readers_clause(verb):
                return "advice"  # "once your channel grows past 1,000 subscribers, …"
            if _found_hard(verb):
                return "negated"  # "I find it hard to gain engagement": not gained
            if depth > 0 and verb.lemma_ in _SUPPOSING and _bidding(children):
                return "conditional"  # "imagine your post sends 10,000 visitors"
            if depth > 0 and _enables_reader(verb, verbs[depth - 1]):
                return "advice"  # "the tool lets you grow engagement": a promise, no result
            if any(c.dep_ == "aux" and _speculative(c) for c in children):
                return "speculative"
            wanted = (depth > 0 and verb.lemma_ in intent) or (
                depth == 0 and head.dep_ == "dobj" and verb.lemma_ in self._wanting
            )
            if wanted and _reader_asked(verb):
                return "advice"  # "Want more followers? Try this.": the reader's wish
            if depth > 0 and verb.lemma_ in intent:
                return "goal" if _own(verb) else "background"
            if depth == 0 and head.dep_ == "dobj" and verb.lemma_ in self._wanting:
                # "we want 10k followers", "influencers chasing a million followers"
                return "goal" if _own(verb) else "background"
            if depth == 0 and self._purpose(verb):
                if _reader_asked(verb.head):
                    return "advice"  # "Want to go viral? Don't."
                # "we want to go viral" is a goal; "clients mention wanting to go
                # viral" is someone else's.
                return "goal" if _own(verb) else "background"
        return "asserted"

    def _standalone_mood(self, doc: Doc, index: int) -> str:
        """The mood of a claim its words make alone ("went viral"), which says
        nothing of whose post it was: that is read from its subject. Going
        viral in general is a topic, not a result ("a bad review could go
        viral", "what makes a video go viral", "videos that go viral"); the
        reader's post is advice ("could your next tweet go viral?"); something
        made by someone else is background ("the meme that went viral was made
        by a teenager")."""
        mood = self._mood(doc, index)
        if self.parser is None or mood not in ("asserted", "speculative"):
            return mood
        if self._topic(_verb_of_phrase(doc[index])):
            return "topic"  # "a guide to going viral", "tips on trending": what a piece is about
        if _names_a_thing(doc[index]):
            return "topic"  # "the trending topics panel was removed": a feature
        if _noticed_elsewhere(_verb_of_phrase(doc[index])):
            return "background"  # "seeing 'quiet quitting' trending on my feed": others' posts
        subject = _subject_of(doc[index])
        if subject is None or _says_us(subject):
            return mood
        if _for_us(subject.head) or subject.head.head.lemma_ in _HAD:
            return mood  # "a post went viral for us", "we had a post go viral"
        if any(c.lower_ == "your" for c in subject.children):
            return "advice"
        if self._wished_for(subject):
            return mood  # not in general: "every marketer's dream: a video that goes viral"
        if _generic(subject):
            return "topic"
        if _made_by_someone(subject) or _named_circumstance(subject):
            return "background"
        return mood

    def _general_statement(self, head: Token) -> str | None:
        """A rule of thumb, not a result: said in the present of any such thing
        ("posts with images get more engagement", "a good backlink can drive
        thousands of visits"; a topic) or of what it gets the reader
        ("backlinks get you more traffic"; advice). Ours or in the past stays a
        claim ("our reels get 50,000 views", "a single tweet brought…")."""
        verbs = self._governing_verbs(head)
        if not verbs:
            return None
        verb = verbs[0]
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        # A bare "get" is the present only as the main verb ("Videos get/VB the
        # most views"); "we had a post go viral" is a past event.
        present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and verb.dep_ == "ROOT")
        if not (present or modal) or verb.dep_ == "relcl":
            return None  # "…, which equates to 350,000 new followers" tells of one
        subject = _subject_of(verb)
        if subject is None or _says_us(subject) or _count_of_you(subject) is not None:
            return None  # "40k of you follow this shop": the writer's audience, counted
        able = any(c.dep_ == "aux" and c.lower_ in _ABLE for c in verb.children)
        in_general = _generic(subject) or (able and self._channel_in_general(subject))
        if not in_general or self._wished_for(subject):
            return None  # "the paper can put you in front of 46,000 readers" sells reach
        if any(c.lower_ in _EVERY for c in subject.children):
            return None  # "every reel gets 50k views now": each of the writer's own
        if subject.tag_ == "NNS" and _is_people(subject, self._grammar["people"]):
            return None  # "people can't stop talking about our ad": the writer's audience
        if _crowd_at_ours(verb, subject, self._grammar["people"]):
            return None  # "thousands of people read our newsletter every week"
        if any(c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in verb.children):
            return "advice"
        return "topic"

    def _wished_for(self, thing: Token) -> bool:
        """Is ``thing`` what a dream or a goal is ("our dream is a video that goes
        viral", "the goal: a post that trends")?"""
        intent = self._grammar["intent_words"]
        holder = thing.head
        return holder.lemma_ in intent or any(
            c.lemma_ in intent for c in holder.children if c is not thing
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
        # A yes/no question opens with its auxiliary: "Did the page get more visits?"
        first = _opening(sentence)
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
        if _at_a_ground(head) and _is_people(head, self._grammar["people"]):
            return True  # "12,000 fans at the ground tonight", "40k fans in the stadium"
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
        if verb.lemma_ in _DRAWING and holder.dep_ == "dobj":
            subject = _subject_of(verb)  # "the festival drew 80,000 visitors"
            return subject is not None and subject.lemma_ in _VENUES
        if verb.lemma_ not in self._grammar["presence_verbs"]:
            return False
        # "our site welcomed 40% more visitors" is an audience online.
        return not any(t.lower_ in _WEB_PLACES for t in verb.subtree)

    def _handled_as_data(self, head: Token) -> bool:
        """Is the counted term what software reads or stores, not an audience:
        "the bot reads up to 100 replies", "the API returns 50 likes per page",
        "we imported 4,000 subscribers", "the editor renders a lot of views"?"""
        if head.dep_ == "compound" and head.head.lemma_ in _DATA_NOUNS:
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
        return any(token.lemma_ in _JOINED for token in after)

    def _channel_in_general(self, subject: Token) -> bool:
        """Is the subject a channel in general, no one's in particular: "social
        media can bring in traffic", "LinkedIn can drive visits"? Not "our
        newsletter", nor "the paper" a writer sells."""
        if any(c.dep_ in ("det", "poss") for c in subject.children):
            return False
        lower = subject.lower_
        return lower in _CHANNELS_IN_GENERAL or lower in self._word_list("platforms")

    def _topic(self, head: Token) -> bool:
        """Is the term what a talk, a post or a guide is about, not a result:
        "our CFO talked about revenue", "a webinar on lead generation", "our
        guide to cutting costs", "the panel discussed churn"? Not when the
        phrase holds its number: "a thread on our 30% revenue growth" reports."""
        phrase = head
        while phrase.dep_ in _IN_PHRASE and phrase.head is not phrase:
            phrase = phrase.head
        if any(token.like_num or token.text in ("%", "$") for token in phrase.subtree):
            return False
        if phrase.dep_ == "dobj":
            return phrase.head.lemma_ in _DISCUSSING
        if phrase.dep_ == "pcomp" and phrase.tag_ != "VBG":
            return False  # "a thread on how we cut costs" reports the cut
        if phrase.dep_ not in ("pobj", "pcomp") or phrase.head.lower_ not in _TOPIC_PREPOSITIONS:
            return False
        talk = phrase.head.head
        words = self._grammar["topic_words"]
        return talk.lemma_.lower() in words or talk.lower_ in words

    def _someone_elses(self, head: Token) -> bool:
        """An audience a person has, not the writer: "the singer's 40 million
        followers", "the chef has 900k followers". Only people named by a role:
        a brand may be the writer, and "she" may be the account the story is
        about ("she gained 600 followers")."""
        people = self._grammar["third_parties"]
        owners = [c for c in head.children if c.dep_ == "poss"]
        if head.pos_ == "VERB":  # "the senator's post was viewed 2 million times"
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            owners += [c for s in subjects for c in s.children if c.dep_ == "poss"]
        if head.dep_ == "dobj":  # "the band's video passed 100 million views"
            subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
            owners += [c for s in subjects for c in s.children if c.dep_ == "poss"]
        if head.dep_ == "dobj" and head.head.lemma_ in _HAVING:
            holders = [c for c in head.head.children if c.dep_ == "nsubj"]
            owners += holders
            if head.head.lemma_ in _HOLDING and any(
                (h.pos_ == "PROPN" and not _ours(h))
                or (h.lower_ in ("he", "she") and head.head.tag_ == "VBZ")
                for h in holders
            ):
                # a name's or a person's audience as it stands: "Nike has 300M
                # followers", "she has 2M followers and still answers every DM";
                # "that morning she had 325 followers" starts a story of growth
                return True
        return any(
            owner.lower_ in people and not _ours(owner) and not _a_companys_own(owner)
            for owner in owners
        )

    def _purpose(self, verb: Token) -> bool:
        """ "in order to grow our following", "the goal: to hit 10k", "a plan to
        reach…". A bare infinitive after a past action is a result, not a goal:
        "went on to receive 2.3 million views"."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
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
            return any(c.dep_ == "nsubj" and c.lemma_ in intent for c in verb.head.children)
        return verb.head.lemma_ in intent

    @staticmethod
    def _governing_verbs(token: Token) -> list[Token]:
        verbs = [token] if token.pos_ == "VERB" else []
        node = token
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                verbs.append(node)
        return verbs


# What a sentence's copy keeps of the pipeline's annotation (besides the words,
# their spacing and the token vectors the parser reads).
_COPIED = ("TAG", "POS", "MORPH", "LEMMA", "NORM", "SENT_START")


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
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    if not sentences:
        return []
    columns = cast("Ints2d", doc.to_array(list(_COPIED)))
    texts: list[list[int]] = doc.to_array([ORTH, SPACY]).tolist()
    strings = doc.vocab.strings
    copies = []
    for sentence in sentences:
        rows = texts[sentence.start : sentence.end]
        words = [strings[orth] for orth, _ in rows]
        spaces = [bool(space) for _, space in rows]
        copy = Doc(doc.vocab, words=words, spaces=spaces)
        copy.from_array(list(_COPIED), columns[sentence.start : sentence.end])
        if doc.tensor is not None and len(doc.tensor):
            copy.tensor = doc.tensor[sentence.start : sentence.end]
        copies.append(copy)
    return copies


class _ParagraphWords:
    """The lowercase words of each paragraph of a Doc (blank-line separated),
    for the terms whose sense depends on what else the paragraph says."""

    _WORD = re.compile(r"[a-z][a-z'-]*")
    _BLANK = re.compile(r"\n[ \t\r]*\n")

    def __init__(self, doc: Doc) -> None:
        text = self._text = doc.text
        self._offset = doc[0].idx if len(doc) else 0
        self._bounds = [0, *(m.end() for m in self._BLANK.finditer(text)), len(text) + 1]
        # Each paragraph's words, read when first asked for: most paragraphs
        # hold no sentence that may claim.
        self._words: dict[int, frozenset[str]] = {}

    def words_at(self, offset: int) -> frozenset[str]:
        at = bisect_right(self._bounds, offset - self._offset) - 1
        if not 0 <= at < len(self._bounds) - 1:
            return frozenset()
        words = self._words.get(at)
        if words is None:
            paragraph = self._text[self._bounds[at] : self._bounds[at + 1]]
            words = self._words[at] = frozenset(self._WORD.findall(paragraph.lower()))
        return words


def select(claims: Iterable[Claim], selectors: Iterable[ClaimSelector]) -> list[CharSpan]:
    """The spans of the claims any of these selections picks."""
    chosen = tuple(selectors)
    return sorted({c.span for c in claims if any(c.selected_by(s) for s in chosen)})
