"""A deterministic corpus of Markdown posts for benchmarks and equivalence tests.

    python bench/corpus.py OUT_DIR [-n 2000] [--seed 6]

Each post has 40-250 words of prose, YAML front matter, and a mix of links,
inline and fenced code, hashtags and @mentions; a third report vanity metrics,
a third tie results to business outcomes, a third are neutral (events, tips,
greetings). The text comes from templates written for this file (never from
the labelled posts), so the same seed always gives the same bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

PRODUCTS = ["Atlas", "Beacon", "Cobalt", "Drift", "Ember", "Fathom", "Grove", "Harbor", "Ion"]
CHANNELS = ["LinkedIn", "Instagram", "TikTok", "YouTube", "Facebook", "Twitter", "our newsletter"]
PLATFORMS = ["linkedin", "instagram", "twitter", "facebook", "blog"]
TEAMS = ["support", "sales", "design", "finance", "data", "marketing", "ops", "platform"]
MONTHS = ["January", "March", "May", "June", "August", "October", "November"]
METRICS = ["followers", "likes", "views", "impressions", "shares", "retweets", "subscribers"]
TAGS = ["#launch", "#b2b", "#saas", "#teamwork", "#growth", "#productdesign", "#events"]


def _num(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(2, 90)}k",
            f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million",
            f"{rng.randint(1, 99)},{rng.randint(100, 999)}",
            str(rng.randint(120, 9800)),
        ]
    )


def _pct(rng: random.Random) -> str:
    return f"{rng.randint(3, 60)}%"


VANITY = [
    "Our {product} teaser racked up {num} views in {n} days.",
    "We just crossed {num} followers on {channel}!",
    "The launch post got {num} likes and {n2} shares.",
    "Our hashtag was trending in {n} countries all weekend.",
    "The {product} reel went viral overnight.",
    "Engagement is up {pct} since {month}, and impressions doubled.",
    "The campaign reached more than {num} people across {channel}.",
    "This quarter we need more followers on {channel}.",
    "The {month} campaign was a huge success!!",
    "Our goal this year is better social media.",
    "Thank you to all our followers for {num} retweets.",
    "We published {n} posts and {n2} videos across four channels.",
    "Our {channel} page now has {num} fans.",
    "Like if you have been here since day one!",
    "It was a game-changing week for the {team} team.",
    "The video was seen by {num} people in a single day.",
]
ALIGNED = [
    "The {product} launch brought in {n2} qualified leads in {month}.",
    "Revenue from the {team} plan grew {pct} year over year.",
    "We cut support costs by {pct} after moving tickets to self-service.",
    "Churn fell from {n}% to {n3}% in Q{q}, which saved about ${n2},000.",
    "The webinar drove {n2} demo requests and {n3} new customers.",
    "Those {num} followers sent {n2} sign-ups to the trial.",
    "Average order value rose {pct} after the bundle change.",
    "Onboarding now takes {n3} days instead of {n}, so the {team} team closes more deals.",
    "Customer satisfaction reached {n3}.{n} out of 5 this quarter.",
    "The pilot saved the {team} team {n} hours a week.",
    "Retention improved by {pct} over six months, compared with last year.",
    "Conversion rate on the pricing page went from {n}% to {n3}%.",
]
NEUTRAL = [
    "Join us on Thursday at {n}pm for a walk through the {product} roadmap.",
    "Here are three things we learned while building {product}.",
    "Our {team} team is hiring in Lisbon and Berlin.",
    "Happy holidays from everyone at the studio.",
    "We moved the office to the third floor; the coffee machine came with us.",
    "Read the release notes before you upgrade.",
    "The meetup starts with short talks and ends with questions from the floor.",
    "Everyone likes a short demo, so we kept it to ten minutes.",
    "My views on pricing have changed since last spring.",
    "She shares her notes from the conference in the thread below.",
    "Bring a laptop and your hardest question about data models.",
    "The workshop covers naming, testing and writing clear release notes.",
    "We will reach new customers in Ohio with a local partner.",
    "Thanks to the {team} team for a calm and careful migration.",
    "Doors open at nine, and lunch is on us.",
    "The guide explains how to set up {product} in a small team.",
]
FILLER = [
    "It took a lot of careful work from many people.",
    "We wrote down what worked and what did not.",
    "Next month we will share the details in a longer write-up.",
    "Questions are welcome in the comments or by e-mail.",
    "The full story is longer than one post, so here is the short version.",
    "We tested three versions before we picked this one.",
    "Small changes added up over the quarter.",
    "The team kept the scope tight and shipped on time.",
]
HEADINGS = ["What we did", "Results", "Next steps", "Why it matters", "Details", "Notes"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        product=rng.choice(PRODUCTS),
        channel=rng.choice(CHANNELS),
        team=rng.choice(TEAMS),
        month=rng.choice(MONTHS),
        num=_num(rng),
        pct=_pct(rng),
        n=rng.randint(2, 9),
        n2=rng.randint(20, 900),
        n3=rng.randint(1, 9),
        q=rng.randint(1, 4),
    )


def _sentence(kind: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        pool = {"vanity": VANITY, "aligned": ALIGNED, "neutral": NEUTRAL}[kind]
    elif roll < 0.7:
        pool = FILLER
    elif roll < 0.85:
        pool = NEUTRAL
    else:
        pool = ALIGNED if kind == "aligned" else VANITY if kind == "vanity" else FILLER
    return _fill(rng.choice(pool), rng)


def _decorate(sentence: str, rng: random.Random) -> str:
    """Sprinkle Markdown and social markup that align masks."""
    roll = rng.random()
    if roll < 0.08:
        return sentence + f" See [the write-up](https://example.com/p/{rng.randint(1, 999)})."
    if roll < 0.14:
        return sentence + f" Config lives in `align.{rng.choice(['yaml', 'toml'])}`."
    if roll < 0.2:
        return sentence + " " + " ".join(rng.sample(TAGS, 2))
    if roll < 0.24:
        return f"@{rng.choice(['acme', 'teamlead', 'devrel'])} " + sentence
    if roll < 0.28:
        words = sentence.split()
        at = rng.randrange(len(words))
        words[at] = f"**{words[at]}**"
        return " ".join(words)
    return sentence


def post(index: int, seed: int = 6) -> str:
    """One post: front matter, optional heading, paragraphs, maybe a list and a code block."""
    rng = random.Random(f"{seed}:{index}")
    kind = ("vanity", "aligned", "neutral")[index % 3]
    target = rng.randint(40, 250)
    lines = [
        "---",
        f"title: Post {index}",
        f"platform: {rng.choice(PLATFORMS)}",
        f"date: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "---",
        "",
    ]
    if rng.random() < 0.5:
        lines += [f"# {rng.choice(PRODUCTS)} update", ""]
    words = 0
    while words < target:
        block = rng.random()
        if block < 0.15 and words > 20:
            lines += [f"## {rng.choice(HEADINGS)}", ""]
            continue
        if block < 0.27:
            items = [_decorate(_sentence(kind, rng), rng) for _ in range(rng.randint(2, 4))]
            items = [_trim(item, target - words) for item in items]
            lines += [f"- {item}" for item in items if item] + [""]
            words += sum(len(item.split()) for item in items)
            continue
        if block < 0.33:
            lines += ["```bash", f"align lint posts/{index}.md --format json", "```", ""]
            continue
        sentences = [_decorate(_sentence(kind, rng), rng) for _ in range(rng.randint(1, 4))]
        paragraph = _trim(" ".join(sentences), target - words)
        if paragraph:
            lines += [paragraph, ""]
            words += len(paragraph.split())
    return "\n".join(lines).rstrip() + "\n"


def _trim(text: str, room: int) -> str:
    """Cut a block to the words left, so every post stays within its length."""
    words = text.split()
    if len(words) <= room:
        return text
    return " ".join(words[: max(room, 0)]).rstrip(",;:") + ("." if room > 0 else "")


def posts(count: int, seed: int = 6) -> Iterator[tuple[str, str]]:
    """(file name, text) for ``count`` posts; names sort in generation order."""
    width = max(5, len(str(count - 1)))
    for index in range(count):
        yield f"post-{index:0{width}d}.md", post(index, seed)


def write_corpus(out: Path, count: int, seed: int = 6, *, per_dir: int = 1000) -> Path:
    """Write ``count`` posts under ``out`` (in subdirectories of ``per_dir`` files)."""
    out.mkdir(parents=True, exist_ok=True)
    for number, (name, text) in enumerate(posts(count, seed)):
        folder = out / f"batch-{number // per_dir:03d}"
        folder.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    write_corpus(args.out, args.count, args.seed)
    print(f"wrote {args.count} posts to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
