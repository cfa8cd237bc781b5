"""Verbs of a silent "e" get their "e" lemma ("hopes" is "hope", not "hop"),
where spaCy's rule lemmatizer preferred the shorter verb; a stem's own forms
("hopped", "fixes", "singing") keep theirs."""

from __future__ import annotations

import pytest
from tests.analysis.test_claims import metric_moods

from align_lint.analysis.claims import ClaimExtractor
from align_lint.analysis.verblemmas import silent_e_forms, without_a_silent_e
from align_lint.run.linter import Linter


def test_the_spelling_decides_which_verb_a_form_is() -> None:
    verbs = {"hop", "hope", "fix", "fixe", "sing", "singe", "rout", "route", "plan", "plane"}
    forms = silent_e_forms(verbs, exceptions={"planed": ["plan"]})
    # "-es" after a consonant other than s, x, z, ch, sh: the "e" verb's "-s".
    assert forms["hopes"] == "hope"
    assert forms["singes"] == "singe"
    # A consonant-vowel-consonant stem doubles its own ("hopped", "hopping").
    assert forms["hoped"] == forms["hoping"] == "hope"
    assert forms["planing"] == "plane"
    # The stem's own forms and spaCy's exceptions are left alone.
    assert "fixes" not in forms  # "fix" takes "-es" itself
    assert "singing" not in forms and "singed" not in forms  # "sing" does not double
    assert "routed" not in forms  # "rout" and "route" both say "routed"
    assert "planed" not in forms  # an exception spaCy lists keeps its answer
    assert "hopped" not in forms and "hops" not in forms


def _lemmas(linter: Linter, text: str) -> dict[str, str]:
    return {token.lower_: token.lemma_ for token in linter.analyzer.pipeline.nlp(text)}


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Acme hopes to reach new markets this year.", "hopes", "hope"),
        ("We hoped for a quieter launch.", "hoped", "hope"),
        ("She is hoping to ship in March.", "hoping", "hope"),
        ("The team coded the whole checkout in a week.", "coded", "code"),
        ("Our studio stages a show every spring.", "stages", "stage"),
        ("Reviewers rated the app highly.", "rated", "rate"),
        # Near misses: the shorter verb's own forms stay its own.
        ("The rabbit hopped over the fence.", "hopped", "hop"),
        ("She fixes the bugs herself.", "fixes", "fix"),
        ("The choir was singing in the hall.", "singing", "sing"),
        # A verb no index knows: after "-eau" no silent "e" (code39).
        ("Our reach plateaued in May.", "plateaued", "plateau"),
        ("Views are plateauing this quarter.", "plateauing", "plateau"),
        # Near misses: a "-ue" verb keeps its "e".
        ("We queued for the doors at dawn.", "queued", "queue"),
        ("The team argued about the roadmap.", "argued", "argue"),
    ],
)
def test_pipeline_lemmas_of_silent_e_verbs(
    linter: Linter, text: str, word: str, lemma: str
) -> None:
    assert _lemmas(linter, text)[word] == lemma


def test_a_name_that_hopes_for_followers_states_a_goal(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    """With "hopes" read as "hope", a brand's plan is a goal by its lemma
    (the intent words' "-s" forms had been mood cues by hand)."""
    assert metric_moods(linter, extractor, "Acme hopes to hit 50,000 followers by June.") == [
        "goal"
    ]
    assert metric_moods(linter, extractor, "Acme hit 50,000 followers by June.") == ["asserted"]


def test_an_e_after_eau_is_dropped_and_others_kept() -> None:
    assert without_a_silent_e(["plateaue", "plateau"]) == ["plateau"]
    assert without_a_silent_e(["plateaue"]) == ["plateau"]
    assert without_a_silent_e(["queue", "queu"]) == ["queue", "queu"]
    assert without_a_silent_e(["vibecode", "vibecod"]) == ["vibecode", "vibecod"]


def test_a_metric_that_plateaued_is_a_level_reported(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    """The past of the levelling verb is read ("plateaued" was "plateaue", no
    verb the grammar knows): a level kept is a result, as a rise is."""
    assert metric_moods(linter, extractor, "Our followers plateaued in May.") == ["asserted"]
    # Near miss: the same verb with no metric before it claims nothing.
    assert metric_moods(linter, extractor, "Our sales plateaued in May.") == []
