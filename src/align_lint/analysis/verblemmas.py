"""Verb lemmas of a silent "e" that spaCy's English rule lemmatizer cuts off.

The rule lemmatizer strips each suffix rule in turn and, of the forms its verb
index knows, puts the last one first: for "hopes" it finds "hope" (by "-s" and
"-es" → "e") and then "hop" (by "-es"), and "hop" wins; "hoped" and "hoping"
likewise become "hop", "coded" "cod", "rates" "rat", "stages" "stag", "rides"
"rid". A goal then lost its verb ("Acme hopes to reach…") and a reader that
asks for a verb by lemma missed it. Only a verb whose stem is a verb too is
hit (hop/hope, rat/rate, cod/code, stag/stage: about 80 pairs in
en_core_web_sm's tables), and for those the spelling decides:

* "-es": a stem's own third person adds "-es" only after s, x, z, ch, sh and
  o ("fixes", "goes"); otherwise "-es" is the "e" verb's "-s" ("hopes");
* "-ed", "-ing": a stem that ends consonant-vowel-consonant doubles its last
  letter ("hopped", "hopping"), so the single letter is the "e" verb's
  ("hoped", "hoping"); other stems are left as spaCy reads them ("routed",
  "singing": "sing" does not double).

``prefer_silent_e_verbs`` puts the "e" verb first in what the pipeline's
lemmatizer answers for these forms, once at load, so every way a lemma is
made, spaCy's own and ``fastlemmatizer``'s, gives the same one. (Not as an
exception in its tables: spaCy moves an exception to the front only when no
rule found it, and the "-s" rule finds "hope".) A form spaCy lists an
exception for keeps spaCy's answer.

A verb no index knows is cut by the first rule that fits, which for "-ed" and
"-ing" adds an "e": right for "vibecoded", wrong after "-eau", which takes its
endings with no "e" between ("plateaued", "plateauing" are "plateau"; no
English verb ends "-eaue"). ``without_a_silent_e`` drops that "e".
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

# After these a verb's own third person takes "-es": "fixes", "passes", "goes".
_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")
_VOWELS = frozenset("aeiou")
# Final letters that never double before "-ed" or "-ing": "snowed", "boxing", "played".
_NEVER_DOUBLED = frozenset("wxy")
# A stem that takes "-ed" and "-ing" with no silent "e": "plateau", "plateaued".
_NO_E_AFTER = "eau"


def prefer_silent_e_verbs(nlp: Language) -> int:
    """Have the pipeline's rule lemmatizer give a silent "e" verb's forms
    their "e" lemma; the number of forms (0 without an English rule lemmatizer)."""
    if "lemmatizer" not in nlp.pipe_names:
        return 0
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if getattr(lemmatizer, "mode", None) != "rule" or lookups is None:
        return 0
    if not lookups.has_table("lemma_index") or not lookups.has_table("lemma_exc"):
        return 0
    index = lookups.get_table("lemma_index").get("verb")
    if not index:
        return 0
    forms = silent_e_forms(index, lookups.get_table("lemma_exc").get("verb") or {})
    lemmatize = lemmatizer.lemmatize

    def lemmatize_silent_e(token: Token) -> list[str]:
        found: list[str] = lemmatize(token)
        if token.pos_ == "VERB" and found:
            found = without_a_silent_e(found)
        lemma = forms.get(token.lower_) if token.pos_ == "VERB" else None
        if lemma is None or not found or found[0] == lemma:
            return found
        return [lemma, *(form for form in found if form != lemma)]

    lemmatizer.lemmatize = lemmatize_silent_e
    return len(forms)


def without_a_silent_e(lemmas: list[str]) -> list[str]:
    """The lemmatizer's answer for a verb, with an "e" it added after "-eau"
    dropped ("plateaue" is "plateau"): so a growth verb's past is read as it."""
    first = lemmas[0]
    if not first.endswith(_NO_E_AFTER + "e"):
        return lemmas
    lemma = first[:-1]
    return [lemma, *(form for form in lemmas[1:] if form != lemma)]


def silent_e_forms(verbs: Collection[str], exceptions: Mapping[str, Any]) -> dict[str, str]:
    """Each inflected form of an "e" verb whose stem is also a verb, that the
    spelling gives to the "e" verb, mapped to it; forms with an exception kept."""
    found: dict[str, str] = {}
    verbs = set(verbs)  # spaCy's index is a list: a stem looked up in it is a scan
    for lemma in verbs:
        stem = lemma[:-1]
        if not lemma.endswith("e") or not stem.isalpha() or stem not in verbs:
            continue
        forms = [] if stem.endswith(_ES_AFTER) else [stem + "es"]
        if _doubles_last_letter(stem):
            forms += [stem + "ed", stem + "ing"]
        for form in forms:
            if form not in exceptions:
                found[form] = lemma
    return found


def _doubles_last_letter(stem: str) -> bool:
    """Does the stem end consonant-vowel-consonant ("hop", "star", "cod"), so
    that its own "-ed" and "-ing" double the last letter ("hopped")?"""
    if len(stem) < 3:
        return False
    before, vowel, last = stem[-3], stem[-2], stem[-1]
    return (
        before not in _VOWELS
        and vowel in _VOWELS
        and last not in _VOWELS
        and last not in _NEVER_DOUBLED
    )
