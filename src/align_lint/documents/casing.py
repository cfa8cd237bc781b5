"""Shouted text, read in lower case.

Brand tweets and ads shout ("WE JUST HIT 100K FOLLOWERS!!!"). The English
model reads a run of capitals as proper nouns: it tags "FOLLOWERS" PROPN with
the lemma "FOLLOWERS", so no lexicon term, count or claim is found, and the
same post in lower case is judged correctly. The analysis text therefore holds
a shouted run in lower case (its first letter, a letter after a sentence end
and a lone "I" kept as capitals), with every offset unchanged; findings quote
``Document.text``, so the writer still sees their own capitals.

A run is three or more words of two or more letters, all in capitals, on one
line with no lower-case letter between them: "ROI and CTR" or "a NASA grant"
stay as written, so acronyms in ordinary prose keep their tags.
"""

from __future__ import annotations

import re

# Cheap test first: most drafts have no three capitalised words in a row.
_MAYBE_SHOUTED = re.compile(r"[A-Z]{2}[^a-z\r\n]*?[A-Z]{2}[^a-z\r\n]*?[A-Z]{2}")
# A word: letters, with inner apostrophes ("WE'RE", and with U+2019).
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_LINE_BREAK = re.compile(r"[\r\n]")
_SENTENCE_END = re.compile(r"[.!?]")
_PRONOUN_I = re.compile(r"I(?![^\W\d_])")
_RUN_WORDS = 3  # words of two or more letters that make a run


def calm_shouting(text: str) -> str:
    """``text`` with its shouted runs in lower case, the same length."""
    if not _MAYBE_SHOUTED.search(text):
        return text
    runs = list(_shouted_runs(text))
    if not runs:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in runs:
        pieces.append(text[done:start])
        pieces.append(_calmed(text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _shouted_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of shouted words. A unit after a digit ("10k",
    "25K") neither breaks a run nor counts toward one."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    long_words = 0
    for word in _WORD.finditer(text):
        if word.start() and text[word.start() - 1].isdigit():
            continue
        shouted = word.group().isupper()
        if shouted and end >= 0 and not _LINE_BREAK.search(text, end, word.start()):
            end = word.end()
            long_words += len(word.group()) >= 2
            continue
        if long_words >= _RUN_WORDS:
            runs.append((start, end))
        if shouted:
            start, end, long_words = word.start(), word.end(), int(len(word.group()) >= 2)
        else:
            start, end, long_words = -1, -1, 0
    if long_words >= _RUN_WORDS:
        runs.append((start, end))
    return runs


def _calmed(run: str) -> str:
    """A run in lower case, but for its first letter, a letter after a
    sentence end and the pronoun "I" ("I'M" reads "I'm"); a character whose
    lower case is longer (the Turkish dotted I) is kept, so offsets stay exact."""
    chars = [c if len(c.lower()) != 1 else c.lower() for c in run]
    gap_start = 0
    for word in _WORD.finditer(run):
        first = word.start()
        sentence_start = first == 0 or _SENTENCE_END.search(run[gap_start:first])
        if sentence_start or _PRONOUN_I.match(word.group()):
            chars[first] = run[first]
        gap_start = word.end()
    return "".join(chars)
