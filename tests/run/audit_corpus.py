"""Short social posts made from sentences written for these tests, and ways to
store them as the tables ``align audit`` reads (Parquet, CSV, JSON Lines),
split into partitions in several ways."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

# Sentences of the kinds the rules judge: attention counts, outcomes tied to
# them or not, the channel as the goal, hype, and plain news.
SENTENCES = [
    "Our spring giveaway pulled in {n} new followers on {channel}.",
    "The tutorial video passed {n} views this week!",
    "We want more likes on {channel} before the summer.",
    "The pricing page rewrite lifted paid sign-ups by {p}% in {month}.",
    "Self-serve refunds cut support tickets by {p}% and saved the team {n} hours.",
    "Those {n} followers sent {k} demo requests, which became {k2} new contracts.",
    "Our aim for next year is a stronger social media presence.",
    "This is a revolutionary, game-changing release!!",
    "The {team} team meets in Lisbon on {month} 12.",
    "Thanks to everyone who came to the meetup.",
    "Churn fell from {p}% to {p2}% after the onboarding emails in {month}.",
    "The webinar reached {n} people across three time zones.",
    "Invoices now go out in one click, so finance closes the month two days sooner.",
    "Share this post if you agree!",
]
CHANNELS = ["LinkedIn", "Instagram", "TikTok", "our blog"]
TEAMS = ["support", "design", "data", "sales"]
MONTHS = ["March", "June", "October"]


def make_posts(count: int, seed: int = 17) -> list[str]:
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        sentences = [
            rng.choice(SENTENCES).format(
                n=f"{rng.randint(2, 90)},{rng.randint(100, 999)}",
                k=rng.randint(10, 90),
                k2=rng.randint(2, 9),
                p=rng.randint(11, 40),
                p2=rng.randint(2, 10),
                channel=rng.choice(CHANNELS),
                team=rng.choice(TEAMS),
                month=rng.choice(MONTHS),
            )
            for _ in range(rng.randint(1, 4))
        ]
        posts.append(" ".join(sentences) if rng.random() < 0.7 else "\n\n".join(sentences))
    return posts


def write_table(path: Path, ids: Sequence[object], texts: Sequence[str | None]) -> Path:
    """``ids`` and ``texts`` as a table in the format of ``path``'s suffix."""
    import pyarrow as pa
    import pyarrow.csv as csv
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".parquet":
        pq.write_table(pa.table({"post_id": list(ids), "body": list(texts)}), path)
    elif path.suffix == ".csv":
        csv.write_csv(pa.table({"post_id": [str(i) for i in ids], "body": list(texts)}), path)
    else:
        lines = (json.dumps({"post_id": i, "body": t}) for i, t in zip(ids, texts, strict=True))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_partitions(folder: Path, texts: Sequence[str], layout: Sequence[tuple[str, int]]) -> Path:
    """The posts split in order into files: ``layout`` is (relative name, rows)."""
    start = 0
    for name, rows in layout:
        ids = list(range(start, start + rows))
        write_table(folder / name, ids, texts[start : start + rows])
        start += rows
    assert start == len(texts), "the layout holds every post"
    return folder
