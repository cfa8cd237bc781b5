"""Claims of the classes issue 10 left open (judge29), on sentences written for
these tests: attention changed with a bare verb however the parse reads the
phrase, a record measured "by" a metric, a plain-text table's metric column,
another company's result told by name in the sentence before ours, and people
counted as they work."""

from __future__ import annotations

from tests.analysis.claim_reading import asserted_metric_texts as metric_texts

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


def _outcome_moods(linter: Linter, extractor: ClaimExtractor, text: str) -> list[str]:
    doc = linter.analyzer.pipeline.nlp(text)
    return [c.mood for c in extractor.claims(doc) if c.kind == "outcome"]


def test_a_compound_the_parse_made_an_apposition_still_changes(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    """ "Our website traffic grew": the parse makes "website" the subject and
    "traffic" its apposition; a comma keeps two names of one thing apart."""
    assert metric_texts(linter, extractor, "Our website traffic grew 40%.") == ["traffic grew 40"]
    assert metric_texts(linter, extractor, "Our agency, Brightside, grew 40%.") == []


def test_reach_tagged_a_verb_after_its_noun_is_the_noun(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "Post reach doubled.") == ["reach doubled"]
    assert metric_texts(linter, extractor, "Story reach tripled over the holidays.") == [
        "reach tripled"
    ]
    assert metric_texts(linter, extractor, "We reach doubled audiences in May.") == []


def test_a_possessive_before_impressions_that_change_is_no_opinion(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "Our impressions dropped 40%.") == [
        "impressions dropped 40"
    ]
    assert metric_texts(linter, extractor, "Our impressions of the show were mixed.") == []
    assert metric_texts(linter, extractor, "Our first impressions grew more positive.") == []


def test_a_record_measured_by_a_metric(linter: Linter, extractor: ClaimExtractor) -> None:
    assert metric_texts(linter, extractor, "This was our biggest campaign ever by reach.") == [
        "biggest campaign ever by reach"
    ]
    assert metric_texts(linter, extractor, "We ranked the top ten posts by reach.") == []


def test_a_table_header_over_figures_counts_its_metric(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    table = "| Week | Clicks | Orders |\n| --- | --- | --- |\n| 1 | 400 | 12 |\n| 2 | 900 | 30 |"
    assert metric_texts(linter, extractor, table) == ["Clicks"]
    # A row label with its value reads as a stat line does ("Clicks: 40,000").
    labels = "| Metric | Value |\n| --- | --- |\n| Clicks | 40,000 |"
    assert metric_texts(linter, extractor, labels) == ["Clicks | 40,000"]
    words = "| Platform | Followers |\n| --- | --- |\n| Instagram | daily posts |"
    assert metric_texts(linter, extractor, words) == []


def test_another_companys_outcome_before_our_result_is_theirs(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    theirs = "Initrode earned $3M in profit last year. We grew our followers 30%."
    assert set(_outcome_moods(linter, extractor, theirs)) == {"background"}
    # "We also…" goes on with the same company's results, told by name.
    ours = "Initrode earned $3M in profit last year. We also grew our followers 30%."
    assert set(_outcome_moods(linter, extractor, ours)) == {"asserted"}
    # A day opens a sentence as a name does but owns nothing.
    day = "Monday brought 300 new customers. We hit 10k followers."
    assert set(_outcome_moods(linter, extractor, day)) == {"asserted"}


def test_people_counted_as_they_work_are_no_audience(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "300 community members volunteered.") == []
    assert metric_texts(linter, extractor, "Our community passed 300 members.") != []


def test_a_count_before_a_comma_closes_the_item_before(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    """A stat line's count after its label ends that item: "followers +22K,
    website sessions +35%" gives the sessions their own figure, not the 22K."""
    line = "Highlights: followers +22K, website sessions +35%, demo requests +18%."
    assert metric_texts(linter, extractor, line) == ["followers +22K", "website sessions +35%"]
    assert metric_texts(linter, extractor, "We gained 12k Instagram and TikTok followers.") == [
        "12k Instagram and TikTok followers"
    ]
