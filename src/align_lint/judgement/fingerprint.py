"""What makes a finding "the same" finding after the file around it is edited.

A finding's fingerprint hashes its rule id, its matched text and its sentence,
each normalised (whitespace collapsed, casefolded), and never its path, line
or column: a line inserted above a known finding, or a paragraph re-wrapped,
keeps it known; the same words in another sentence are another finding. A
document-level finding (``no-business-outcome``) fingerprints as its rule id
alone, so it stays known while the document still has it.

The sentence is the one holding the finding's start, as the analysis split
it, bounded also by the document's block starts and blank lines: the
prefiltered analysis may leave out sentence starts in sections no rule could
match, and those bounds keep the sentence the same whatever was analysed
elsewhere. The baseline (``run/baseline.py``) and SARIF's
``partialFingerprints`` both read ``Finding.fingerprint``.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

from align_lint.documents import Document
from align_lint.judgement.findings import MAX_TEXT_CHARS
from align_lint.report.records import Finding

# A line holding nothing but spaces (masked markup is spaces too) ends a sentence.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*(?:\r\n?|\n)")
# 128 bits of sha256: plenty to tell apart the findings of one file, and short
# enough to read in a baseline file under review.
_DIGEST_CHARACTERS = 32
# A finding longer than this is normalised and hashed in pieces, read from the
# document: never more than findings.MAX_TEXT_CHARS, past which a finding's
# text is only an excerpt of its stretch.
_PIECE_CHARS = MAX_TEXT_CHARS
_SPACE = re.compile(r"\s")  # what str.split splits at


def normalised(text: str) -> str:
    """Whitespace collapsed to single spaces, casefolded: re-wrapping a
    paragraph or capitalising a word does not make a finding new."""
    return " ".join(text.split()).casefold()


def fingerprint_in_place(
    document: Document, sentence_starts: Sequence[int], findings: list[Finding]
) -> None:
    """Replace each finding of ``findings`` by itself with its ``fingerprint``
    set, one at a time: a finding the list held alone is freed as soon as its
    fingerprinted copy takes its place, so a huge draft's findings (about
    200,000 of a 50 MB one, some 150 bytes each) are never held twice."""
    for index, finding in enumerate(findings):
        findings[index] = replace(
            finding, fingerprint=fingerprint(document, sentence_starts, finding)
        )


def fingerprint(document: Document, sentence_starts: Sequence[int], finding: Finding) -> str:
    if finding.scope == "document":
        return _digest(finding.rule)
    start, end = sentence_around(document, sentence_starts, finding.start)
    sentence = _digest(normalised(document.analysis_text[start:end]))
    if finding.end - finding.start <= _PIECE_CHARS:
        return _digest("\0".join((finding.rule, normalised(finding.text), sentence)))
    # A finding as long as its draft (platform-length's is the whole body): its
    # text is only an excerpt (findings.excerpt), so the stretch is hashed from
    # the document, a piece at a time (its normalised text, a word list and a
    # copy of it, took 11 MB per MB).
    digest = hashlib.sha256(f"{finding.rule}\0".encode("utf-8", "surrogatepass"))
    for piece in _normalised_pieces(document.text, finding.start, finding.end):
        digest.update(piece.encode("utf-8", "surrogatepass"))
    digest.update(f"\0{sentence}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:_DIGEST_CHARACTERS]


def _normalised_pieces(text: str, start: int, end: int) -> Iterator[str]:
    """``normalised(text[start:end])`` in pieces of about _PIECE_CHARS, cut after
    whitespace (casefolding maps each character on its own, so the pieces join up)."""
    at, first = start, True
    while at < end:
        cut = end if end - at <= _PIECE_CHARS else _after_space(text, at, end)
        words = text[at:cut].split()
        if words:
            yield ("" if first else " ") + " ".join(words).casefold()
            first = False
        at = cut


def _after_space(text: str, at: int, stop: int) -> int:
    """Just after a whitespace character near the end of ``text[at : at +
    _PIECE_CHARS]`` (else after the first one beyond it before ``stop``, else
    ``stop``): never inside a word, so the pieces split into the words of the whole."""
    end = at + _PIECE_CHARS
    cut = max(text.rfind(" ", at, end), text.rfind("\n", at, end))
    if cut >= at:
        return cut + 1
    match = _SPACE.search(text, end, stop)
    return match.end() if match is not None else stop


def sentence_around(
    document: Document, sentence_starts: Sequence[int], offset: int
) -> tuple[int, int]:
    """``[start, end)`` of the sentence holding ``offset``: from the last
    sentence start, block start or blank line at or before it to the next one
    after it."""
    start = max(
        _last_at_or_before(sentence_starts, offset),
        _last_at_or_before(document.block_starts, offset),
    )
    end = min(
        _first_after(sentence_starts, offset, len(document.text)),
        _first_after(document.block_starts, offset, len(document.text)),
    )
    text = document.analysis_text
    for blank_before in _BLANK_LINE.finditer(text, start, offset):
        start = blank_before.end()
    blank_after = _BLANK_LINE.search(text, offset, end)
    if blank_after is not None:
        end = blank_after.start()
    return start, end


def _last_at_or_before(starts: Sequence[int], offset: int) -> int:
    index = bisect_right(starts, offset)
    return starts[index - 1] if index else 0


def _first_after(starts: Sequence[int], offset: int, default: int) -> int:
    index = bisect_left(starts, offset + 1)
    return starts[index] if index < len(starts) else default


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST_CHARACTERS]
