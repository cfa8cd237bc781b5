"""Names in every letter case (judge36), on sentences written for these tests:
the one name test of the claim grammar (``claims/names.py``), and whose a count
is when a name is typed in lower case, so the tagger reads it as a noun, an
adjective or a pronoun: a named company's standing rate of visits, a question
about a named thing's count, a name that reports a count; and lead-in labels
one after another."""

from __future__ import annotations

from tests.analysis.claim_reading import asserted_metric_texts as metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.analysis.claims.names import a_name, an_unknown_word, written_as_a_name
from align_lint.run.linter import Linter


def _word(linter: Linter, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = linter.analyzer.pipeline.nlp(text)
    return next(t for t in doc if t.text == word)


def test_a_word_no_dictionary_knows_is_a_name(linter: Linter) -> None:
    assert an_unknown_word(_word(linter, "kelvo receives 900k daily visits.", "kelvo"))
    assert an_unknown_word(_word(linter, "the travel site zento runs here.", "zento"))
    # A dictionary word, a stop word, a capitalised word: not this test's.
    assert not an_unknown_word(_word(linter, "the travel site receives visits.", "site"))
    assert not an_unknown_word(_word(linter, "they receive visits.", "they"))
    # Capitalised only as the sentence's first word: the capital says nothing.
    assert an_unknown_word(_word(linter, "Zentas said it grew.", "Zentas"))
    assert not an_unknown_word(_word(linter, "Then Kelvo receives visits.", "Kelvo"))


def test_a_name_written_with_its_capital_and_not_a_time(linter: Linter) -> None:
    assert written_as_a_name(_word(linter, "Then Zento grew fast.", "Zento"))
    assert a_name(_word(linter, "Then Zento grew fast.", "Zento"))
    assert not written_as_a_name(_word(linter, "Then March brought snow.", "March"))
    assert not written_as_a_name(_word(linter, "Then Monday brought snow.", "Monday"))


def test_a_standing_rate_of_a_name_typed_in_lower_case(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "kelvo receives 900k daily visits.") == []
    assert (
        metric_texts(
            linter, extractor, "the travel site zento receives over 2 million monthly visits."
        )
        == []
    )
    # The writer's own site, in lower case too, stays a claim.
    assert metric_texts(linter, extractor, "our shop gets 40,000 visitors a day now.") == [
        "40,000 visitors"
    ]


def test_a_question_about_a_named_things_count_in_lower_case(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "why did the hooli teaser get 2 million views?") == []
    assert metric_texts(linter, extractor, "why did our teaser get 2 million views?") == [
        "2 million views"
    ]


def test_a_name_in_lower_case_reports_the_count(linter: Linter, extractor: ClaimExtractor) -> None:
    said = "zentas said its new campaign video was viewed 80 million times in a week."
    assert metric_texts(linter, extractor, said) == []
    ours = "our new campaign video was viewed 80 million times in a week."
    assert metric_texts(linter, extractor, ours) == ["viewed 80 million times"]


def test_labels_one_after_another_open_the_sentence(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    asked = "Big news: Real talk: why did the Zento teaser get 2 million views?"
    assert metric_texts(linter, extractor, asked) == []
    ours = "Big news: Real talk: why did our teaser get 2 million views?"
    assert metric_texts(linter, extractor, ours) == ["2 million views"]


def test_a_question_about_a_name_with_tags_after_or_no_question_mark(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    tagged = "Why did the Fennix reel get 2 million views? #marketing #growth"
    assert metric_texts(linter, extractor, tagged) == []
    assert metric_texts(linter, extractor, "Why did the Fennix reel get 2 million views") == []
    ours = "Why did our reel get 2 million views? #marketing #growth"
    assert metric_texts(linter, extractor, ours) == ["2 million views"]
    # No helping verb after "why", no "?": a statement of what the reel got.
    told = "Why the Fennix reel got 2 million views is simple."
    assert metric_texts(linter, extractor, told) == ["2 million views"]
