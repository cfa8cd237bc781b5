"""The judgement keeps each rule's spans as compact ``Spans`` (issue 11: a
50 MB draft's matches as lists of tuples took about 10 MB a MB of draft), and
its sweeps over them give what the plain definitions give."""

from __future__ import annotations

import random

import pytest

from align_lint.analysis.records import CharSpan, Spans
from align_lint.judgement.logic import (
    _CONTRAST,
    _Cancelling,
    _drop_overlapping,
    _merge_overlaps,
    _segment,
    _union,
)
from align_lint.run.linter import Linter


def plain_merge(spans: list[CharSpan]) -> list[CharSpan]:
    """The definition: sorted, each span once, overlapping ones united."""
    merged: list[CharSpan] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def plain_drop(spans: list[CharSpan], others: list[CharSpan]) -> list[CharSpan]:
    """The definition: a span goes when any other one overlaps it."""
    return [s for s in spans if not any(o[0] < s[1] and o[1] > s[0] for o in others)]


def random_spans(rng: random.Random, count: int) -> list[CharSpan]:
    spans = []
    for _ in range(count):
        start = rng.randrange(200)
        spans.append((start, start + rng.randrange(0, 12)))  # empty spans too
    return spans


def plain_cancelled(
    match: CharSpan, sentences: list[int], cancelling: list[CharSpan], text: str
) -> bool:
    """The definition, as the judgement first read it off every cancelling
    match's end in the sentence: cancelled by one ending after the match's
    start; else by those before it, unless a contrast follows the last of them."""
    ends = [e for s, e in cancelling if _segment(sentences, s) == _segment(sentences, match[0])]
    if not ends:
        return False
    before = [end for end in ends if end <= match[0]]
    if len(before) < len(ends):
        return True
    return _CONTRAST.search(text, max(before), match[0]) is None


@pytest.mark.parametrize("seed", range(40))
def test_cancelling_per_sentence_gives_the_definition(seed: int) -> None:
    """The furthest end per sentence (two arrays) decides as every end did:
    one or several ``unless`` rules, sorted or not, sentences before the first
    start included."""
    rng = random.Random(seed)
    text = "".join(rng.choice(["x", " ", " but "]) for _ in range(80))
    sentences = sorted(rng.sample(range(1, len(text)), rng.randrange(0, 12)))
    sources = [random_spans(rng, rng.randrange(0, 20)) for _ in range(rng.randrange(0, 4))]
    tables = [Spans(sorted(source)) if rng.random() < 0.7 else source for source in sources]
    cancelling = _Cancelling(sentences, tables)
    everything = [span for source in sources for span in source]
    assert bool(cancelling) == bool(everything)
    for match in random_spans(rng, 30):
        if everything:
            assert cancelling.cancels(match, text) == plain_cancelled(
                match, sentences, everything, text
            ), (match, sentences, sources)


def test_spans_read_as_a_sequence_of_tuples() -> None:
    spans = Spans([(3, 9), (12, 20)])
    assert list(spans) == [(3, 9), (12, 20)]
    assert spans == [(3, 9), (12, 20)]
    assert [(3, 9), (12, 20)] == spans  # noqa: SIM300 (a list asks Spans: reflected ==)
    assert spans != [(3, 9)] and spans[-1] == (12, 20) and len(spans) == 2
    assert not Spans() and spans[1:] == [(12, 20)]
    with pytest.raises(IndexError):
        spans[2]


@pytest.mark.parametrize("seed", range(40))
def test_merging_sources_gives_the_definition(seed: int) -> None:
    rng = random.Random(seed)
    sources = [random_spans(rng, rng.randrange(0, 30)) for _ in range(rng.randrange(1, 4))]
    everything = [span for source in sources for span in source]
    # Unsorted sources (the matchers' own lists may come in any order) and
    # sorted ones (the judgement's tables) merge alike.
    assert list(_merge_overlaps(sources)) == plain_merge(everything)
    ordered = [Spans(sorted(source)) for source in sources]
    assert list(_merge_overlaps(ordered)) == plain_merge(everything)
    # Ties keep duplicates, as sorted() of them all does.
    assert list(_union(ordered)) == sorted(everything)


@pytest.mark.parametrize("seed", range(40))
def test_dropping_overlapped_spans_gives_the_definition(seed: int) -> None:
    rng = random.Random(seed)
    spans = _merge_overlaps([random_spans(rng, rng.randrange(0, 30))])
    others = [_merge_overlaps([random_spans(rng, rng.randrange(0, 8))]) for _ in range(2)]
    expected = plain_drop(list(spans), [o for other in others for o in other])
    assert list(_drop_overlapping(spans, others)) == expected


def test_a_span_touching_another_is_kept_one_inside_is_dropped() -> None:
    spans = _merge_overlaps([[(10, 20), (30, 40)]])
    assert list(_drop_overlapping(spans, [Spans([(20, 30)])])) == [(10, 20), (30, 40)]
    assert list(_drop_overlapping(spans, [Spans([(0, 5), (19, 21)])])) == [(30, 40)]


def test_findings_of_one_phrase_share_their_strings(linter: Linter) -> None:
    """A long draft repeats its phrases: their findings hold one copy of the
    text, message and line, not one each; another phrase has its own."""
    line = "We passed 25,000 followers. Then 25,000 followers again. And 9,000 followers."
    result = linter.lint_text(f"{line}\n\n{line}\n")
    same = [f for f in result.findings if f.text == "25,000 followers"]
    other = [f for f in result.findings if f.text == "9,000 followers"]
    assert len(same) == 4 and len(other) == 2
    assert all(f.text is same[0].text and f.message is same[0].message for f in same)
    assert all(f.context is same[0].context for f in same + other)
    assert other[0].text is not same[0].text and other[0].message != same[0].message
