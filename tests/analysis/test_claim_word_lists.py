"""The claim grammar keeps its content words in lexicons, not in Python.

"A new rule or word needs no Python": the nouns, verbs and adjectives a user
might extend (places, trades, platforms, cue words) are lexicons of
``rules/lexicons/grammar.yaml`` the ``Vocabulary`` reads by name. A module of
``analysis/claims/`` keeps only closed word classes in Python. This test fails
when a module gains a module-level ``frozenset`` not named below: put a list
of content words in a lexicon instead, or add a closed class to ``CLOSED``
with why it stays.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from tests.conftest import ROOT

from align_lint.analysis.claims import ClaimExtractor
from align_lint.analysis.claims.vocabulary import GRAMMAR
from align_lint.errors import RuleError
from align_lint.rules.lexicons import Lexicon, PackLexicons, Term, combine_lexicons
from align_lint.rules.loader import load_rule_set

CLAIMS = ROOT / "src" / "align_lint" / "analysis" / "claims"

# Closed classes, which stay in Python: tags and dependency labels, determiners,
# pronouns, modals, prepositions and conjunctions, number and month words,
# punctuation and symbols, and function words a construction is made of.
CLOSED = {
    "counts": {
        "_TENS",  # round40: the tens of a number spelt with a hyphen ("twenty-five")
        "_ORDINAL_WORDS", "_LONG_COUNTS", "_VAGUE_BIG", "_NOT_COUNTS", "_CURRENCY",
        "_SUPERLATIVES", "_MORE", "_STATUS_AFTER", "_STATUS_NAMES",
        "_STATUS_BEFORE", "_PER", "_DURATIONS", "_TALLIES", "_PERCENT",
        "_NOT_NAMES", "_MONTHS",
        "_FURTHER",  # the comparatives of distance beside "more": further, farther, wider
        "_SMALL_NUMBER_WORDS",  # the number words two..ten, a closed class of numerals
        # the determiner-noun-preposition frames of a first amount ("an average of") (round35)
        "_FIRST_AMOUNT_KINDS",
        # round46: the calendar's periods of a rate ("from 18 a month to 71")
        "_RATE_PERIODS",
    },
    "extractor": {
        # round48: the words of now that open "Today: 27,900." (time adverbs)
        "_NOW_OPENERS",
        # round42: the prepositions between a verb and the metric it chases ("optimise for likes")
        "_CHASED_THROUGH",
        "_DIRECTIONS", "_COUNTED_BY", "_EXAMPLES", "_COUNT_CUE", "_RANK_CUES",
        "_WRITERS", "_DENIED_OR_DOUBTED", "_LIST_JOINS", "_CLAUSE_OPENERS",
        # conjunctions, determiners and question words beside a bare "Revenue?" (lead21)
        "_BESIDE_A_BARE_QUESTION",
        # the negators of a clause that denies an outcome after "but" (round26)
        "_DENIALS",
        # conjunctions, punctuation and forms of "be" around a metric named bare,
        # and the prepositions and pronouns after "is" that say a level or an owner (lead21)
        "_SETTING_AGAINST", "_CONTRAST_BREAKS", "_JUDGING_BE", "_NOT_A_JUDGEMENT",
        # the "strong" of a count called strong (lead21)
        "_STRONG",
        # participles of the attention verbs spelt like their base form, English
        # morphology, not vocabulary (round31)
        "_UNMARKED_PARTICIPLES",
        # the extractor's own keys (names of its cues, not words) (round31)
        "_CUED_BY_ITSELF",
    },
    "layout": {
        "_VERSUS", "_SIGNS", "_STAT_SEPARATORS", "_ARROWS", "_TIME_NOUNS", "_MONTHS",
        "_WITHIN", "_BULLETS", "_QUOTES", "_WIDELY", "_SCALE_WORDS", "_LABEL_ENDS",
        "_LABEL_OPENERS", "_PERIOD_WORDS", "_VALUE_LEADS",
        "_STILL_RISING",  # round43: "and counting" after a stat's value
    },
    "metrics": {
        "_LEVEL_STOPS",  # round50: punctuation that ends a level's phrase after "be"
        "_PRICE_ENDS",  # round47: punctuation that ends a price's amount (a sentence's end, a comma)
        "_POINTERS",  # round43: words that point at a piece opening its sentence ("that video of me …")
        "_NOT_A_DEGREE",  # round42: the negations between "is" and "up" ("is not up")
        # round39: prepositions that make "up to" a limit ("for up to 20 accounts")
        "_BOUND_OPENERS",
        # round39: the calendar's periods a count can fill ("a 100k pageview month")
        "_PERIODS",
        # round38: the tags beside a naming phrase's parts of speech (an owner, a gerund),
        # and the ordinal words of a place in a ranking ("ranked second by followers")
        "_PHRASE_TAGS", "_PLACE_WORDS",
        # the marks of an hour, "6pm", "6 a.m." (round31): abbreviations of time
        "_CLOCK_MARKS",
        # the dependency labels that make up a noun phrase's name (round30): parser labels
        "_NAMING_DEPS",
        "_REACHED_OVER",  # lead24: bounds before a count of people ("reached over 210k")
        "_ADDED_WORDS",  # lead25: quantity words between a count and its noun ("800 new follows")
        "_MULTIPLYING", "_OWNERS", "_COUNT_AFTER", "_NOUN_JOINERS",
        "_TO_IDIOM", "_BIG_UNITS", "_PRICES", "_RANKING_DETERMINERS", "_NOUN_PREPOSITIONS",
        "_LEVEL_PREPOSITIONS", "_MOVED", "_LEVEL_DEPS", "_THE_POST", "_UP_OR_DOWN",
        # ordinal and rank words of a first place (judge53)
        "_FIRST_PLACES",
        # round37: prepositions that hang a client's name or a topic on a piece
        # ("for", "from", "of", "on", "about"), and the parts of speech of the
        # short noun phrase after them (tags)
        "_NAMING_PREPOSITIONS", "_PHRASE_POS",
    },
    "milestones": {
        "_ARRIVED",  # round48: the adverbs of "Officially 20K!!!", "Finally 10k"
        "_DONE_IT",  # round43: "we did it" before a bare cheered count
        "_SPANS_OF_TIME",  # round43: a time the parse took for a milestone's subject ("Six months into…")
        "_OVER",  # round38: prepositions that put pieces above a count ("three posts over 100k")
        "_THANKED", "_PERIOD_PREPOSITIONS", "_CHANNEL_DETERMINERS", "_CHEER_BETWEEN",
        "_AT_FORMS", "_GOING_ON_TAGS", "_SENTENCE_ENDS", "_WHEN_SAID", "_BEFORE_MILESTONE_VERB",
        "_ORDINAL_NAMES",
        # the words of thanks (the extractor's prefilter reads them from here);
        # and the parts of a count spelled out, "half", "quarter" (round36)
        "_THANKS", "_PARTS",
    },
    "moods": {
        "_INTRODUCING_SOMEONE",  # round48: prepositions before a maker's or a guest's name
        "_READY_FOR",  # round48: the verbs of being ready, beside expecting_verbs
        "_CAUSING",  # round48: the causative verbs ("what makes a reel go viral")
        "_POINTING_BACK",  # round48: the pronouns of "that's how many…", pointing at a count
        "_JUDGED_LEVELS",  # round43: what a question asks a level to be ("is 2% … good?")
        "_NOUNS_TAGGED_VERBS",  # round43: metric nouns tagged a verb before "up" ("reach up 500%")
        # round42: pronouns and determiners of any text ("anything that says…"), and
        # the question words peers are asked to explain ("anyone know why…")
        "_ANY_TEXT", "_ANY_DETERMINERS", "_EXPLAINED",
        # round41: tags of a verb in a tense (shared with metrics.py and outcomes.py)
        "_FINITE_TAGS",
        # round40: plural places a tag trends across ("trending in 40 countries")
        "_TRENDING_PLACES",
        "_WH_TAGS",  # round38: the tags of question words, which front an object
        "_BE_FORMS",  # forms of "be" ("'X' is trending", "views are up"; round32)
        "_FROM_ZERO_TO",  # round33: arrows and "to" that carry a zero on to an amount
        "_SHARES_OF_A_KIND",  # round33: quantifiers of a share of a kind ("half the songs")
        # round36: quantifiers of a share of holders ("some of the founders"; with
        # "other", "these", "those", of others: "many brands", "other charities")
        "_SHARES_OF_HOLDERS",
        # round36: adjectives that put a place in the past ("my last", "our old")
        "_FORMER",
        # round37: "of" and the plural scale words of an amount in words ("tens of millions of")
        "_SCALES_OF_SCALES",
        # round37: verbs and nouns of knowing before "how many" ("no idea", "not sure",
        # "unclear"): a closed set of the words a negation makes not knowing
        "_KNOWING", "_NOT_KNOWING",
        "_CLAUSE_OPENERS",  # round34: punctuation that opens a clause a fronted "of" starts
        "_STOPPING",  # round34: negators and "stop" verbs before words named to drop
        "_SPEAKER_ALONE",  # round34: first-person-singular pronouns inside a quotation
        "_SPEAKERS_TEAM",  # round34: first-person-plural pronouns inside a quotation
        "_CLAUSE_TAGS",  # round27: tags that make quoted words a clause (a title), not a modifier
        "_SOMEONE",  # round27: indefinite pronouns for a person ("someone with 2M followers")
        "_SOME_THING",  # lead24: pronouns of a thing to do ("nothing to sell yet")
        "_DEADLINE_VERBS",  # lead25: present forms of open/close of a notice ("orders close Friday")
        "_PRESENT_IS",  # lead24: forms of a present "be" after a defined phrase
        "_MORE_SOLD",  # lead24: comparatives and "out" that make a present "sell" a result
        "_SECOND_OBJECTS", "_ASKING_MODALS", "_NOUN_PHRASE_WORDS", "_APPROXIMATELY",
        "_AIMLESS", "_WHEN", "_ABLE", "_OFFER", "_TOPIC_PREPOSITIONS", "_IN_PHRASE", "_EVERY",
        "_HAD", "_ABILITY_PREPOSITIONS", "_FUTURE", "_PENDING", "_VALUED_SIDES",
        "_QUESTION_WORDS", "_BREAKS", "_NONE", "_BETWEEN_NONE", "_NO_ONE", "_ARGUMENTS",
        "_QUESTION_AUX", "_WHATEVER", "_PAST_ONLY",
        # pronouns and conjunctions of a reply to a trend (lead20)
        "_EVERYONES", "_REPLY_JOINS", "_SECOND_PERSON",
        # possessive pronouns of others, a quoted line's (lead23)
        "_OTHERS_POSSESSIVES", "_LABEL_OPENERS_AFTER",
        # punctuation, pronouns and forms of "be" a construction is made of (judge52/53)
        "_POINTERS", "_PEERS", "_TAG_TO_TREND", "_PRESENT_BE", "_CLAUSE_ENDS",
        # the prepositions of a fixed regard, "obsessed with" (lead21)
        "_REGARD_PREPOSITIONS",
        # the conjunctions that open the news a tag trends after (lead21)
        "_CAUSES",
        # the prepositions that put someone else beside the writer, "opened for a band" (lead22)
        "_BESIDE_ANOTHER", "_BESIDE_ONE_BROUGHT_IN",
        # the prepositions of a way gone on foot, "fans walking past the shop" (round49)
        "_WAYS",
    },
    "outcomes": {
        "_CALLS_TO_ACT",  # round43: words before "to" of a call to act ("Link to donate in bio")
        "_BY_NOW",  # round42: adverbs of time reached ("we now employ 11 people")
        # round39: adverbs and determiners that round an amount ("worth roughly £190k")
        "_ROUGHLY",
        "_TIME_UNITS",  # round33: units of time a verb is counted in ("recruiting 11 years")
        # the conjunctions of a list of verbs, "subscribed, commented or shared" (round32)
        "_JOINS",
        # the participles that end a term of messages counted, "74 emails asking" (lead22)
        "_ASKING",
        "_BY_ITSELF", "_WRITER_OR_READER", "_PAID_TIERS", "_MONEY_MOVED", "_DUMMY_SUBJECTS",
        "_PAYING_PRONOUNS",
        # the units a score moves in, "+6 pts consideration" (round30): a closed set of
        # abbreviations of "points" and "percentage points"
        "_POINTS",
    },
    "ownership": {
        "_RELATIVE_PRONOUNS",  # round48: the subjects that open a relative clause
        "_QUOTE_MARKS",  # round47: quotation marks, moved here from moods (punctuation)
        "_BOASTING",  # round43: verbs of boasting "about" a metric ("is boasting about record engagement")
        "_THEIRS",  # possessive pronouns of another ("theirs drove $3M"; round32)
        # round40: verbs by which the writer runs a thing ("we run an account that has…")
        "_RUNNING",
        # round41: where a person posts as themselves ("on her personal account")
        "_PERSONAL_PLACES",
        "_LOCAL_PREPOSITIONS",  # round37: prepositions of place ("a bakery in my town", "near me")
        "_RELATIVES",  # round33: relative pronouns that open a clause on a noun
        "_DOERS", "_HOLDING", "_FIRST_PERSON", "_GENERIC_DETERMINERS", "_GENERIC_PRONOUNS",
        "_MINE", "_MINE_WORDS", "_SETTING_BESIDE", "_LEADING_MARKS", "_RELATIVE_TAGS",
        "_OTHER_CLAUSES", "_CLAUSE_HEADS", "_CROWDS", "_THEIR_OWN", "_THIRD_PERSON",
        "_WRITER_OPENINGS", "_ADDING", "_ASKING_HELPERS", "_FRACTIONS", "_ASIDE_ENDS",
        # the writer's pronouns standing alone, "more followers than me" (lead21)
        "_THE_WRITER",
    },
    # Days, which open a sentence as a name does but own nothing ("Monday
    # brought 300 new customers"): a closed class of the calendar.
    # round42: the small words a Title Case name keeps low ("Book a Table")
    "names": {"_WEEKDAYS", "_NAME_FILLERS"},
    "vocabulary": {
        "_CHEAP", "_MANY", "_SPECULATIVE", "_CONDITIONS", "_ASPECT", "_AHEAD", "_SPREAD",
        "_MULTIPLES", "_MOOD_WORDS", "_BARELY",
        # the adverb of "on here", the platform the post is on (lead21)
        "ON_HERE",
    },
}  # fmt: skip

# Lists of content words still in Python, to move into lexicons like the
# others: this set may only shrink (code38 moved the last, ``_MONEY_WORDS``, to
# the ``money_words`` lexicon).
NOT_YET_MOVED: dict[str, set[str]] = {}


def _word_sets(path: Path) -> set[str]:
    """The module-level names whose value builds a ``frozenset``."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target = node.target
        if not isinstance(target, ast.Name):
            continue
        value = node.value
        assert value is not None
        if any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "frozenset"
            for n in ast.walk(value)
        ):
            found.add(target.id)
    return found


MODULES = sorted(path for path in CLAIMS.glob("*.py") if path.name != "__init__.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.stem)
def test_no_new_word_list_in_python(path: Path) -> None:
    found = _word_sets(path)
    allowed = CLOSED.get(path.stem, set()) | NOT_YET_MOVED.get(path.stem, set())
    new = sorted(found - allowed)
    assert not new, (
        f"{path.name} defines word sets {new}: content words go into a lexicon of "
        "rules/lexicons/grammar.yaml (read through Vocabulary by name); a closed class "
        "(tags, labels, determiners, pronouns, punctuation) goes into CLOSED with why it stays"
    )


def test_allowlists_name_only_existing_sets() -> None:
    """A list moved out (or renamed) leaves the allowlists too, so they only shrink."""
    for path in MODULES:
        found = _word_sets(path)
        stale = (CLOSED.get(path.stem, set()) | NOT_YET_MOVED.get(path.stem, set())) - found
        assert not stale, f"{path.name}: {sorted(stale)} are gone; drop them from the test"


def test_grammar_lexicons_are_declared_words_with_a_description() -> None:
    """Every list the grammar reads by name (``GRAMMAR``, the moved lists
    among them) is a bundled words lexicon that says what its words decide."""
    lexicons = load_rule_set().lexicons
    for name in GRAMMAR:
        assert lexicons[name].kind == "words", name
        assert lexicons[name].words, name
        assert lexicons[name].description, name


def test_a_platform_is_listed_once(extractor: ClaimExtractor) -> None:
    """``best_period_channels`` names the platforms by ``$platforms``: a new
    platform needs its one entry in ``platforms``, not a copy in each list."""
    lexicons = load_rule_set().lexicons
    listed = lexicons["best_period_channels"].words
    assert "$platforms" in listed
    assert listed & lexicons["platforms"].words == frozenset()
    channels = extractor._grammar["best_period_channels"]
    assert lexicons["platforms"].words <= channels
    assert {"page", "blog", "channel", "reels"} <= channels
    assert "$platforms" not in channels


def test_a_reference_in_a_words_lexicon_names_a_declared_lexicon() -> None:
    channels = Lexicon("channels", "words", (Term(words=("blog", "$platfroms")),))
    with pytest.raises(RuleError, match=r"lexicon channels: unknown lexicon '\$platfroms'"):
        combine_lexicons([PackLexicons((channels,))])


def test_sense_words_are_words_or_pairs(extractor: ClaimExtractor) -> None:
    """A term's ``near`` and ``not_near`` words are looked up among the
    paragraph's words and each two side by side ("away end"): a phrase of
    three ("on their feet") would never be found, and the sense it guards
    would silently not hold. Write its telling pair instead ("their feet")."""
    longer = {
        phrase
        for wanted, unwanted in extractor._near.values()
        for phrase in wanted | unwanted
        if len(phrase.split()) > 2
    }
    assert longer == set()
    assert all(len(p.split()) <= 2 for p in extractor._grammar["match_day_words"])
