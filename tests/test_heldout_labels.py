"""The own held-out sets' labels are well formed (bench/heldout/own-*.jsonl).

bench/eval.py scores a labelled mention only where it occurs in the text as
whole words, in the case it was labelled in, and counts a repeated string once
per occurrence. A mention that is not in the text, or a string listed more
often than it occurs, would silently cost recall or never be found, so every
mention list is checked here with eval's own matcher.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tests.conftest import load_bench_module

HELDOUT = Path(__file__).resolve().parent.parent / "bench" / "heldout"
SET_FILES = sorted(HELDOUT.glob("own-*.jsonl"))
MENTION_KEYS = ("metric_mentions", "metric_mentions_extra", "outcome_mentions")
VERDICTS = {"vanity", "aligned", "neutral"}


def load_eval_module() -> ModuleType:
    return load_bench_module("eval")


def label_problems(post: dict[str, Any], occurrences: Any) -> list[str]:
    """What is wrong with one post's labels, in words (empty when nothing is)."""
    problems = []
    if post.get("verdict") not in VERDICTS:
        problems.append(f"verdict {post.get('verdict')!r}")
    text = post["text"]
    for key in MENTION_KEYS:
        counts = Counter(post.get(key, []))
        for mention, listed in counts.items():
            found = len(occurrences(text, mention))
            if found == 0:
                problems.append(f"{key}: {mention!r} is not in the text as whole words")
            elif listed > found:
                problems.append(f"{key}: {mention!r} listed {listed} times, occurs {found}")
    return problems


def test_the_sets_are_there() -> None:
    assert len(SET_FILES) >= 21


@pytest.mark.parametrize("path", SET_FILES, ids=lambda p: p.stem)
def test_every_mention_occurs_as_often_as_it_is_listed(path: Path) -> None:
    occurrences = load_eval_module().occurrences
    problems = []
    ids: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        post = json.loads(line)
        ids[post["id"]] += 1
        problems += [f"{post['id']}: {p}" for p in label_problems(post, occurrences)]
    problems += [f"{id_}: id used {n} times" for id_, n in ids.items() if n > 1]
    assert problems == []


def test_the_checker_finds_each_kind_of_error() -> None:
    occurrences = load_eval_module().occurrences
    post = {
        "id": "x",
        "text": "Our reel got 9k views; views are not sales, and Viewers liked it.",
        "verdict": "vanity",
        "metric_mentions": ["views", "views", "views", "viewers", "view"],
        "metric_mentions_extra": ["liked"],
        "outcome_mentions": ["sales"],
    }
    assert label_problems(post, occurrences) == [
        "metric_mentions: 'views' listed 3 times, occurs 2",
        "metric_mentions: 'viewers' is not in the text as whole words",
        "metric_mentions: 'view' is not in the text as whole words",
    ]
    post["metric_mentions"] = ["views", "views", "Viewers"]
    assert label_problems(post, occurrences) == []
    post["verdict"] = "clean"
    assert label_problems(post, occurrences) == ["verdict 'clean'"]
