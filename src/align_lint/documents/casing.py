"""Shouted and Title Case text, read in lower case.

Brand tweets and ads shout ("WE JUST HIT 100K FOLLOWERS!!!"). The English
model reads a run of capitals as proper nouns: it tags "FOLLOWERS" PROPN with
the lemma "FOLLOWERS", so no lexicon term, count or claim is found, and the
same post in lower case is judged correctly. The analysis text therefore holds
a shouted run in lower case (its first letter, a letter after a sentence end,
a lone "I" and a lone letter that names something, "BRAND X", kept as
capitals), with every offset unchanged; findings quote ``Document.text``, so
the writer still sees their own capitals.

A run is three or more words of two or more letters, all in capitals, on one
line with no lower-case letter between them, or two such words of four or more
letters ("1 MILLION STREAMS", "WE'RE TRENDING!!!", which the model reads as
badly): "ROI and CTR", "a NASA grant" or "HTML CSS" stay as written, so
acronyms in ordinary prose keep their tags.

Ads and headlines write Title Case ("Our Launch Video Got 2M Views"), which
the model reads as a string of names just as badly. A sentence whose words of
three or more letters (its first word aside) are nine in ten capitalised, and
at least three, is read with those words in lower case; words in capitals or
with an inner capital ("IG", "YouTube") keep theirs. A sentence that only
names people or places ("Meet Dana from New York") has too few.

Platforms spelt with an inner capital ("LinkedIn", "TikTok", "YouTube") are
names to the tagger only as so spelt: typed or calmed in lower case, "linkedin"
is read as a verb or an adjective ("tripled linkedin reach" loses its reach),
so the analysis text holds them in their own spelling, again the same length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from align_lint.documents.plaintext import SEGMENT_CHARS, line_segments

# Cheap test first: most drafts have no three capitalised words in a row.
# Or two and a count's unit: "WE HIT 10K".
_MAYBE_SHOUTED = re.compile(r"[A-Z]{2}[^a-z\r\n]*?[A-Z]{2}[^a-z\r\n]*?(?:[A-Z]{2}|\d[A-Z])")
# A word: letters, with inner apostrophes ("WE'RE", and with U+2019).
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_LINE_BREAK = re.compile(r"[\r\n]")
_SENTENCE_END = re.compile(r"[.!?]")
_PRONOUN_I = re.compile(r"I(?![^\W\d_])")
_RUN_WORDS = 3  # words of two or more letters that make a run
_RUN_LONG_WORDS = 2  # or words of four or more letters (acronyms are mostly shorter)
# Cheap test first: three capitalised words on one line, no lower-case word between.
_MAYBE_TITLED = re.compile(r"\b[A-Z][a-z]+\b[^a-z\r\n]*?\b[A-Z][a-z]+\b[^a-z\r\n]*?\b[A-Z][a-z]+\b")
_LINE = re.compile(r"[^\r\n]*")
# A sentence ends at ".", "!" or "?" before a space: "1.2M" is one word.
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?]+(?!\s|$))+[.!?]*|[.!?]+")
_TITLED_WORDS = 3  # capitalised words of three or more letters that make a title
_TITLED_SHARE = 0.9
# Platforms whose own spelling has an inner capital, which no calming restores.
_SPELT_NAMES = {name.lower(): name for name in ("LinkedIn", "TikTok", "YouTube")}
# One of them as a word: not in a handle, a hashtag or a web address
# ("youtube.com"); the start is checked after a match (``_starts_a_word``).
_SPELT_NAME = re.compile(r"(?:" + "|".join(_SPELT_NAMES) + r")(?![\w@]|\.\w)", re.IGNORECASE)


def calm_capitals(text: str, segment_chars: int = SEGMENT_CHARS) -> str:
    """``text`` with its shouted runs and Title Case sentences in lower case,
    the same length (the module docstring); ``text`` itself when nothing is.

    Both work within a line, so a long draft is read in pieces of whole lines:
    what one piece needs (its runs, its offsets) never grows with the draft."""
    if len(text) <= segment_chars:
        return _calm_piece(text)
    calmed: list[tuple[int, int, str | None]] = []
    for start, end in line_segments(text, segment_chars):
        piece = text[start:end]
        read = _calm_piece(piece)
        calmed.append((start, end, None if read is piece else read))
    if all(read is None for _start, _end, read in calmed):
        return text
    return "".join(text[start:end] if read is None else read for start, end, read in calmed)


def _calm_piece(text: str) -> str:
    """One piece of text calmed: shouting, then title case, then the platforms'
    own spelling (which the first two lose); ``text`` itself when unchanged."""
    return spell_names(calm_title_case(calm_shouting(text)))


def spell_names(text: str) -> str:
    """``text`` with the platforms of ``_SPELT_NAMES`` in their own spelling
    ("linkedin", "LINKEDIN" read "LinkedIn"), the same length; ``text`` itself
    when all are so spelt already."""
    # Most drafts name none: substring tests on one lower-case copy are cheaper
    # than the case-blind search (33 ms CPU a 2,000 bench posts in all, not 45).
    lower = text.lower()
    if not any(name in lower for name in _SPELT_NAMES):
        return text
    found = [
        (m.start(), m.end())
        for m in _SPELT_NAME.finditer(text)
        if m.group() != _SPELT_NAMES[m.group().lower()] and _starts_a_word(text, m.start())
    ]
    return _replaced(text, found, lambda name: _SPELT_NAMES[name.lower()]) if found else text


def _starts_a_word(text: str, start: int) -> bool:
    """Not inside a word, a handle, a hashtag or a web address ("@tiktok", "www.youtube")."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_@#./")


def calm_shouting(text: str) -> str:
    """``text`` with its shouted runs in lower case, the same length."""
    if not _MAYBE_SHOUTED.search(text):
        return text
    runs = _shouted_runs(text)
    return _replaced(text, runs, _calmed) if runs else text


def _shouted_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of shouted words. A unit after a digit ("10k",
    "25K") never breaks a run; after shouted words it counts toward one, as a
    short word: "WE HIT 10K" is shouted, "ROI 10X" is not."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    words = longer = 0  # of two or more letters, of four or more
    for word in _WORD.finditer(text):
        if _after_digit(text, word.start()):
            if (
                end >= 0
                and word.group().isupper()
                and not _LINE_BREAK.search(text, end, word.start())
            ):
                end, words = word.end(), words + 1
            continue
        shouted = word.group().isupper()
        letters = sum(c.isalpha() for c in word.group())
        if shouted and end >= 0 and not _LINE_BREAK.search(text, end, word.start()):
            end = word.end()
            words, longer = words + (letters >= 2), longer + (letters >= 4)
            continue
        if words >= _RUN_WORDS or longer >= _RUN_LONG_WORDS:
            runs.append((start, end))
        if shouted:
            start, end = word.start(), word.end()
            words, longer = int(letters >= 2), int(letters >= 4)
        else:
            start, end, words, longer = -1, -1, 0, 0
    if words >= _RUN_WORDS or longer >= _RUN_LONG_WORDS:
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
        letter_name = _letter_name(word.group()) and not _after_digit(run, first)  # not "30K"
        if sentence_start or _PRONOUN_I.match(word.group()) or letter_name:
            chars[first] = run[first]
        gap_start = word.end()
    return "".join(chars)


def calm_title_case(text: str) -> str:
    """``text`` with its Title Case sentences in lower case, the same length."""
    if not _MAYBE_TITLED.search(text):
        return text
    lowered: list[int] = []  # offsets of the capitals to lower
    done = 0  # lines before this offset are judged (each line once: a long one has many hits)
    for found in _MAYBE_TITLED.finditer(text):
        if found.start() < done:
            continue
        line = _LINE.match(text, max(done, text.rfind("\n", done, found.start()) + 1))
        if line is None:
            continue
        done = line.end() + 1
        for sentence in _SENTENCE.finditer(text, line.start(), line.end()):
            lowered.extend(sentence.start() + at for at in _titled_words(sentence.group()))
    capitals = [(at, at + 1) for at in lowered]
    return _replaced(text, capitals, str.lower) if capitals else text


def _replaced(text: str, spans: list[tuple[int, int]], change: Callable[[str], str]) -> str:
    """``text`` with each of its sorted, disjoint ``spans`` changed, built from
    pieces, not a list of every character: a long draft stays one copy."""
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        pieces += (text[done:start], change(text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _titled_words(sentence: str) -> list[int]:
    """Where the capitalised words of a Title Case sentence start (its first
    word and "I" left out), or nothing if the sentence is not Title Case."""
    words = [w for w in _WORD.finditer(sentence) if not _after_digit(sentence, w.start())]
    capitalised: list[int] = []
    long_capitalised = long_lower = 0
    for word in words[1:]:
        written = word.group()
        if written[0].isupper() and (len(written) == 1 or _lower_rest(written)):
            if not _PRONOUN_I.match(written) and not _letter_name(written):
                capitalised.append(word.start())
            long_capitalised += len(written) >= 3
        elif written.islower():
            long_lower += len(written) >= 3
    titled = long_capitalised >= _TITLED_WORDS and long_capitalised >= _TITLED_SHARE * (
        long_capitalised + long_lower
    )
    return capitalised if titled else []


def _letter_name(word: str) -> bool:
    """A lone capital other than the article "A": a name ("Brand X", "Plan B",
    "Company Y"), which the tagger reads as a verb or a symbol in lower case."""
    return len(word) == 1 and word.isupper() and word != "A"


def _lower_rest(word: str) -> bool:
    """Whether all but the first letter are lower case ("Don't", "Views")."""
    rest = word[1:]
    return rest.islower() or not any(c.isalpha() for c in rest)


def _after_digit(text: str, start: int) -> bool:
    return start > 0 and text[start - 1].isdigit()
