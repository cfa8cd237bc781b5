"""A finding as long as its draft (platform-length's text is the whole body) is
fingerprinted in pieces (issue 11 item 1): the same fingerprint as normalising
the whole text at once, which took about 11 MB per MB of a draft."""

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


def finding_on(text: str) -> Finding:
    return Finding(
        0, len(text), "platform-length", "length", Severity.WARNING, "m", "", text, 1, 1, 1, 1
    )


@settings(max_examples=300, deadline=None)
@given(WORDS, st.integers(1, 12))
def test_pieces_normalise_as_the_whole(text: str, piece: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fp, "_PIECE_CHARS", piece)
        assert "".join(fp._normalised_pieces(text)) == fp.normalised(text)


@settings(max_examples=100, deadline=None)
@given(WORDS, st.integers(1, 12))
def test_a_long_finding_keeps_its_fingerprint(text: str, piece: int) -> None:
    document = document_from_text("Hello there.\n", "a.md")
    finding = finding_on(text)
    sentence = fp._digest(fp.normalised(document.analysis_text[0:12]))
    expected = whole_text_fingerprint(finding, sentence)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fp, "_PIECE_CHARS", piece)
        assert fp.fingerprint(document, [0], finding) == expected
