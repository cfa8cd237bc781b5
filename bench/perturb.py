"""Verdict stability of the probe lines under surface changes (issue 10).

    python bench/perturb.py            # flips per change
    python bench/perturb.py --show 20  # and the first 20 flipped lines of each

Every line of ``bench/probes/`` is linted as written and again after one
surface change that should not change its verdict: all capitals, all lower
case, no final punctuation, hashtags or emoji appended, "12,000" written
"12k", a lead-in ("Quick update: "), an @mention or "RT @acme:" in front,
counts in Markdown bold or with a plus ("12,000+"), the brand by name for "we"
and "our" (a case study's voice). A flip is a verdict
that changed; it shows a construction the rules read from the surface, not the
language (all capitals flipped 67 of 785 lines before shouted runs were read
in lower case). A benchmark, not a test: a few flips are known.
"""

from __future__ import annotations

import os

# As the align command does (cli.main): one BLAS thread. In process, numpy's
# OpenBLAS otherwise starts a thread per core, and on a loaded machine each
# small product of the model waits and spins for them: 2,000 posts in process
# took 86 s of CPU with two threads, 55 s with one (speed41). Set before
# anything imports numpy; a user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import re
from collections.abc import Callable

from align_lint.documents import document_from_text
from align_lint.run.linter import Linter
from align_lint.settings.config import Config
from probes import PROBES, sections

_GROUPED = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
# A count of 1,000 or more as written: "12,000", "12k", "1.2M".
_COUNT = re.compile(r"\b\d{1,3}(?:,\d{3})+\b(?!\+)|\b\d+(?:\.\d+)?[kKmMbB]\b(?!\+)")


_FIRST_PERSON = re.compile(r"\b(?:We|we|Our|our)\b(?!['\u2019])")


# The verb after "we" agrees with a name ("Acme hopes", "Acme has"): without
# it the change tests bad grammar, which the tagger reads in its own way.
_AGREEING = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't"}
_PLURAL_VERB = re.compile(
    r"\b(Acme (?:just |now |also |still |really |all |only )?)"
    r"(are|were|have|do|don't|want|hope|need|plan|love|think|know|get|make|see|believe"
    r"|use|help|try|expect|aim|post|share|run|grow|sell|ship|build|keep|launch)\b"
)


def _brand(match: re.Match[str]) -> str:
    return "Acme" if match.group().lower() == "we" else "Acme's"


def _agreeing(match: re.Match[str]) -> str:
    verb = match.group(2)
    return match.group(1) + _AGREEING.get(verb, verb + ("es" if verb.endswith("sh") else "s"))


def _by_name(text: str) -> str:
    return _PLURAL_VERB.sub(_agreeing, _FIRST_PERSON.sub(_brand, text))


def _scaled(match: re.Match[str]) -> str:
    """12,000 as "12k", 3,000,000 as "3M"; other counts as written."""
    number = int(match.group().replace(",", ""))
    if number >= 1_000_000 and number % 100_000 == 0:
        return f"{number / 1_000_000:g}M"
    if number % 100 == 0:
        return f"{number / 1000:g}k"
    return match.group()


CHANGES: dict[str, Callable[[str], str]] = {
    "all capitals": str.upper,
    "title case": lambda text: re.sub(r"(?<![\w'\u2019])[a-z]", lambda m: m.group().upper(), text),
    "a line a sentence": lambda text: re.sub(r"(?<=[.!?]) (?=\S)", "\n", text),
    "lower case": str.lower,
    "no final punctuation": lambda text: re.sub(r"[.!?]+$", "", text.strip()),
    "hashtags appended": lambda text: text + " #marketing #growth",
    "emoji appended": lambda text: text + " 🙌🎉",
    "counts as 12k": lambda text: _GROUPED.sub(_scaled, text),
    "a lead-in": lambda text: "Quick update: " + text,
    "an @mention in front": lambda text: "@acme " + text,
    "a retweet": lambda text: "RT @acme: " + text,
    "counts in bold": lambda text: _COUNT.sub(r"**\g<0>**", text),
    "counts with a plus": lambda text: _COUNT.sub(r"\g<0>+", text),
    # Case studies, award entries and press releases name the brand: its own
    # results are still its achievement (RUBRIC: campaign recaps are judged so).
    "the brand by name": _by_name,
}


def verdicts(linter: Linter, texts: list[str]) -> list[bool]:
    documents = [document_from_text(text, f"probe{i}.md") for i, text in enumerate(texts)]
    return [result.passed for result in linter.lint_documents(documents)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many flips per change")
    args = parser.parse_args(argv)
    lines = [
        (path.name, line)
        for path in sorted(PROBES.glob("*.md"))
        for found in sections(path).values()
        for line in found
    ]
    texts = [line for _name, line in lines]
    linter = Linter(Config())
    before = verdicts(linter, texts)
    total = 0
    for name, change in CHANGES.items():
        changed = [change(text) for text in texts]
        after = verdicts(linter, changed)
        flips = [i for i in range(len(texts)) if after[i] != before[i] and changed[i] != texts[i]]
        total += len(flips)
        print(f"{name}: {len(flips)} flips")
        for i in flips[: args.show]:
            how = "pass -> fail" if before[i] else "fail -> pass"
            print(f"    {lines[i][0]} {how}: {changed[i]}")
    print(f"all: {total} flips over {len(texts)} lines and {len(CHANGES)} changes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
