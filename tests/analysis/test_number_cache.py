"""``number`` reads a word's own value once per word (``_written_value``); what
its neighbours say is still read at each occurrence."""

from __future__ import annotations

import spacy

from align_lint.analysis.claims import number


def test_a_word_read_before_keeps_its_neighbours_meaning() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("We fixed #14785 after 14785 views, then 1.2 million and 1.2 more.")
    values = {token.i: number(token) for token in doc}
    texts = [token.text for token in doc]
    plain = texts.index("14785", texts.index("#") + 2)
    assert values[plain] == 14785.0
    assert values[texts.index("#") + 1] is None  # an issue number, though the word was read
    first, second = (i for i, text in enumerate(texts) if text == "1.2")
    assert values[first] == 1.2e6  # its scale word after it
    assert values[second] == 1.2  # the same word, no scale word
    assert number(doc[texts.index("views")]) is None


def test_dots_that_group_thousands_and_a_version_number() -> None:
    """The count grammar's dotted thousands ("26.000.000") are one count; one
    group is thousands too ("1.500 likes", as much of Europe writes them), a
    decimal with a leading zero ("0.500"); a release ("4.3.1") is no count."""
    doc = spacy.blank("en").make_doc("26.000.000 views, 1.500 likes, 0.500 and version 4.3.1 today")
    values = {token.text: number(token) for token in doc}
    assert values["26.000.000"] == 26_000_000.0
    assert values["1.500"] == 1_500.0
    assert values["0.500"] == 0.5
    assert values["4.3.1"] is None
