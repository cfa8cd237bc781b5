"""What the claim grammar takes for a name: a company, a product, a person.

Whose a count is turns on names ("Zento receives 2M monthly visits" is a
company's scale, "our site receives…" the writer's), and posts are typed in
every case. The tagger knows a name by its capital: "Zento" is a proper noun,
"zento" a pronoun, "kelvo" a common noun, "adidas" a plural. A shouted or Title
Case sentence is read in lower case (``documents/casing.py``), so it loses its
names' capitals too. The grammar of a name, one test for every reader:

- **written as a name** (``written_as_a_name``): tagged a proper noun (NNP,
  NNPS), letters only, with its capital as written unless its whole sentence is
  in lower case, and not a month or a weekday ("March", "Black Friday" are
  times, not parties);
- **a word no dictionary knows** (``an_unknown_word``), typed in lower case
  or with only the capital of a sentence's first word ("Zentas said…" calmed
  from capitals, tagged a plural): letters only, three or more, no stop word,
  and neither its form nor its lemma an entry of the lemmatizer's word index
  (WordNet's nouns, verbs, adjectives and adverbs, which the pipeline keeps
  with ``keep_dictionary``): "zento", "kelvo",
  "gucci". Marketing words the index lacks ("influencer", "collab",
  "webinar") pass this test too, so it is asked only where the place in the
  sentence wants a name: a bare subject, a word set beside a common noun ("the
  travel site zento"), a word before a noun after "the";
- ``a_name``: either of the two.

A name that is also a word ("acme", "zephyr", "kestrel") typed in lower case is
not told from the word: left to the writer's capitals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from align_lint.analysis.claims.layout import _MONTHS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

# The dictionary's words of each loaded pipeline, by its vocabulary
# (``analysis/pipeline.py`` fills it from the lemmatizer's index). A frozenset,
# not a table of ``vocab.lookups``: a table hashes each of its 83,000 words into
# spaCy's string store, which cost 0.4 s of every cold start. The vocabulary is
# kept with its words, so its id is never reused while the entry lives.
_DICTIONARIES: dict[int, tuple[Vocab, frozenset[str]]] = {}
# Days, which open a sentence as a name does but are times ("Monday brought
# 300 new customers"); months are layout's ``_MONTHS``.
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_SHORTEST_UNKNOWN = 3  # "xo", "ok": two letters are too often a word or a typo
# Prefixes that make new words of known ones, which the dictionary may not
# list ("retargeting", "preorder", "unboxing", "upsell", "multichannel"):
# English morphology, a closed class, not a lexicon a rule pack would change.
_PREFIXES = (
    "re", "pre", "un", "co", "de", "non", "over", "under", "out", "up", "mis", "sub",
    "multi", "micro", "mini", "inter", "cross", "self", "super", "hyper", "anti",
    "post", "semi", "mega", "omni", "e",
)  # fmt: skip
_SHORTEST_STEM = 4  # what a prefix leaves must be a word in its own right: "target", "board"


def keep_dictionary(vocab: Vocab, words: Iterable[str]) -> None:
    """Know ``words`` as the dictionary of the pipeline whose vocabulary is
    ``vocab``; a word typed in lower case that is not one of them may be a name."""
    _DICTIONARIES[id(vocab)] = (vocab, frozenset(words))


def _dictionary(vocab: Vocab) -> frozenset[str] | None:
    kept = _DICTIONARIES.get(id(vocab))
    return kept[1] if kept is not None and kept[0] is vocab else None


def a_name(word: Token, lowered: bool = False) -> bool:
    """Written as a name, or a word typed in lower case no dictionary knows."""
    return written_as_a_name(word, lowered) or an_unknown_word(word)


def written_as_a_name(word: Token, lowered: bool = False) -> bool:
    """A proper noun with its capital ("Zento", "Adidas"), or as tagged when
    its sentence is typed all in lower case (``lowered``, the caller's to say:
    a sentence is a span of its own Doc or of the draft's), and not a month
    or a weekday."""
    return (
        word.tag_ in ("NNP", "NNPS")
        and word.is_alpha
        and (lowered or word.text[0].isupper())
        and not a_calendar_name(word)
    )


def a_calendar_name(word: Token) -> bool:
    """A month, a weekday or a word of a day's name: a time where a name may
    stand ("Tuesday's pizza orders", "Monday brought 300 new customers", "our
    Mother's Day post": "Mother" and "Day"), no one's."""
    return word.lower_ in _MONTHS or word.lower_ in _WEEKDAYS or _in_a_days_name(word)


def _in_a_days_name(word: Token) -> bool:
    """Is the word the owner or the "Day" of a day's name ("Mother's Day",
    "Valentine's Day", "New Year's Eve")?"""
    doc, at = word.doc, word.i
    if word.lower_ in ("day", "eve"):
        return at > 1 and doc[at - 1].tag_ == "POS"
    return at + 2 < len(doc) and doc[at + 1].tag_ == "POS" and doc[at + 2].lower_ in ("day", "eve")


def an_unknown_word(word: Token) -> bool:
    """A word typed in lower case, or opening its sentence, that the model's
    dictionary does not know, however it was tagged: "zento" (a pronoun to the
    tagger), "kelvo" (a noun), "Zentas said…" (a plural)."""
    cased = word.is_lower or (word.is_sent_start and word.text[1:].islower())
    if not (word.is_alpha and cased and len(word) >= _SHORTEST_UNKNOWN) or word.is_stop:
        return False
    known = _dictionary(word.vocab)
    if known is None:
        return False  # a pipeline without the index: no word is unknown
    lower = word.lower_
    if lower in known or word.lemma_.lower() in known or _ing_of(lower, known):
        return False
    return not _prefixed_word(lower, known)


def _prefixed_word(lower: str, known: frozenset[str]) -> bool:
    """Is the word a known word behind a prefix the dictionary does not list
    with it ("retargeting", "rebranding", "preorders", "unboxing", "upsell";
    round48: "a retargeting funnel that generated $6.8M" is no name's
    funnel)? What is left must be a word of four letters or more, so an
    invented name ("rezento", "unilo") stays unknown."""
    for prefix in _PREFIXES:
        rest = lower[len(prefix) :]
        if not lower.startswith(prefix) or len(rest) < _SHORTEST_STEM:
            continue
        if rest in known or _ing_of(rest, known) or (rest.endswith("s") and rest[:-1] in known):
            return True
    return False


def a_known_ing_form(word: Token) -> bool:
    """Is the word an "-ing" form of a verb the dictionary knows, however it
    is cased or tagged ("Consulting" opening a line, which the tagger may take
    for a name; round40)?"""
    known = _dictionary(word.vocab)
    return known is not None and _ing_of(word.lower_, known)


def _ing_of(lower: str, known: frozenset[str]) -> bool:
    """Is the word an "-ing" form of a verb the dictionary knows, which the
    tagger left as its own noun ("Consulting enquiries", "baking", "running";
    round40)?"""
    if not lower.endswith("ing") or len(lower) < 6:
        return False
    stem = lower[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return stem in known or stem + "e" in known or doubled in known


def an_acronym(word: Token) -> bool:
    """All capitals, five letters or fewer: a field's term ("AI", "ESG") more
    often than a company."""
    return word.is_upper and len(word) <= 5


# Small words a Title Case name may keep in lower case: "Book a Table".
_NAME_FILLERS = frozenset({"a", "an", "the", "your", "my", "our", "of", "to", "for", "and", "&"})


def opens_a_features_name(doc: Doc, index: int, features: frozenset[str]) -> bool:
    """Is the capitalised word at ``index``, inside its sentence, the first of
    a Title Case name that a page, a button or a campaign word ends ("the new
    Renew Your Licence page", "our Book a Table button")? What the feature is
    called, no one renewing or booking (round42)."""
    word = doc[index]
    if index == 0 or word.is_sent_start or not word.text.istitle():
        return False
    at = index + 1
    while (
        at < len(doc)
        and at - index <= 4
        and (doc[at].text.istitle() or doc[at].lower_ in _NAME_FILLERS)
    ):
        at += 1
    titled = any(t.text.istitle() for t in doc[index + 1 : at])
    return titled and at < len(doc) and doc[at].lemma_.lower() in features
