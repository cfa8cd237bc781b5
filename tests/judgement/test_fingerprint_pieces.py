"""A finding as long as its draft (platform-length's text is the whole body) is
fingerprinted in pieces of the document's stretch (issue 11 item 1; its own
text is then only an excerpt): the same fingerprint as normalising the whole
text at once, which took about 11 MB per MB of a draft."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align_lint.documents import document_from_text
from align_lint.judgement import fingerprint as fp
from align_lint.report.records import Finding, Severity

WORDS = st.text(
    st.sampled_from("aB\u00dfI\u0130 \n\t\r\u00a0\u2003\x1c.\u00c9"), min_size=0, max_size=60
)


def whole_text_fingerprint(finding: Finding, sentence: str) -> str:
    """The fingerprint as first written: the normalised text as one string."""
    joined = "\0".join((finding.rule, fp.normalised(finding.text), sentence))
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:32]


PREFIX = "Hello there.\n"


def finding_on(text: str) -> Finding:
    """A finding on ``text`` where it follows PREFIX in a document."""
    start = len(PREFIX)
    return Finding(
        start, start + len(text), "platform-length", "length", Severity.WARNING, "m", "",
        text, 2, 1, 2, 1,
    )  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(WORDS, st.integers(1, 12), st.text("ab ", max_size=5), st.text("ab ", max_size=5))
def test_pieces_normalise_as_the_whole(text: str, piece: int, before: str, after: str) -> None:
    whole = before + text + after
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fp, "_PIECE_CHARS", piece)
        pieces = fp._normalised_pieces(whole, len(before), len(before) + len(text))
        assert "".join(pieces) == fp.normalised(text)


@settings(max_examples=100, deadline=None)
@given(WORDS, st.integers(1, 12))
def test_a_long_finding_keeps_its_fingerprint(text: str, piece: int) -> None:
    document = document_from_text(PREFIX + text, "a.txt")  # plain text: no markup masked
    assert document.text == PREFIX + text
    finding = finding_on(text)
    start, end = fp.sentence_around(document, [0], finding.start)
    sentence = fp._digest(fp.normalised(document.analysis_text[start:end]))
    expected = whole_text_fingerprint(finding, sentence)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fp, "_PIECE_CHARS", piece)
        assert fp.fingerprint(document, [0], finding) == expected
