"""Caches keyed by a word, bounded.

The analysis caches what depends only on a word (its lemma for a POS, the
anchors and patterns it may start, its cue words). An archive or one long
draft holds hundreds of thousands of distinct words, and a cache that keeps
each grows with the input: about 0.9 MB per MB of draft before this bound
(bench/RESULTS.md, mem12). A full cache is emptied, not pruned: its values
depend only on their keys, so findings never change, and the words that recur
fill it again within a batch.
"""

from __future__ import annotations

from typing import Any

WORD_CACHE_LIMIT = 100_000


def make_room(cache: dict[Any, Any]) -> None:
    """Empty ``cache`` if it is full; call before adding a key."""
    if len(cache) >= WORD_CACHE_LIMIT:
        cache.clear()
