"""Claims: what a sentence says about attention and about the business.

A word list finds *terms* (``rules/lexicons/``); a claim is a term the
sentence makes into a statement. This module reads, per sentence that holds a
term, what makes it one:

* **metric claims** on attention terms: a count ("12k followers", "viewed
  3,000 times"), a change ("followers grew 35%", "an increase in traffic",
  "gone up by 25% in listeners"), a milestone ("hit 100 subscribers", "our
  1,000th fan", "we just passed 50,000!"), a comparison ("more people
  watched…"), a superlative ("the most-shared ad") or an amount ("thousands
  of views", "people kept sharing it");
* **outcome claims** on outcome terms: named outright ("revenue", "donors"),
  or, for words with other senses, with an amount, a change or a verb
  ("300 new customers", "customers lined up"), and outcome verbs ("sold
  out", "raised $2M").

Each metric claim has a *mood*: ``asserted``, a ``goal`` ("we want to hit
10k"), ``negated``, ``conditional`` ("if people kept sharing it"),
``speculative`` ("it could go viral"), ``background`` ("a creator with 1.2
million followers"), ``advice`` ("how to get more followers", "you can
increase engagement", "see which pages get the most views"), an ``offer``
("the first 100 fans who sign up"), a ``topic`` ("a webinar on follower
growth") or ``echoed`` (named again, bare, in a text that asserts a count:
"2M views… the engagement on it was unreal") or ``mentioned`` (named bare as a
topic, no count anywhere near: "impressions are a cost", "likes, saves and
replies"). An outcome claim is
``asserted`` or a ``topic`` ("our CFO talked about revenue").
Rules select claims by kind, lexicon, evidence and mood (``match.claims``).

The dependency parse decides where a count belongs, whatever sits between, so
each sentence that holds a term is parsed on its own, with the tensor the
pipeline already computed: the rest of a post is never parsed. Without a
parser (a pipeline that has none) only the word-order cues apply.

Claims are found in the terms' own sentence, so a chunk of a document (the
prefilter's) gives the same claims as the whole document.

The package follows how a sentence is read, lowest first; a module imports only
the ones before it (the import contract "claims-readers" in pyproject.toml):

* ``model``: ``Claim``, the record rules select, and the evidence a reading returns;
* ``counts``: the count grammar, defined once (digits, 10k, 1.2M, ordinals,
  number words, "six figures"), money and the numbers that are not counts;
* ``layout``: where words sit: a sentence's opening after a lead-in label,
  line breaks, table cells and one-line stat reports, phrase bounds, and the
  sentence copies the parser reads;
* ``vocabulary``: ``Vocabulary``, the lexicons and closed word classes
  compiled once into the sets every reader looks words up in;
* ``ownership``: whose a term is: we, a brand by name, a third party, the reader;
* ``moods``: how the sentence holds a claim: asserted, a goal, negated,
  conditional, speculative, background, advice, an offer, a topic, echoed,
  mentioned;
* ``milestones``: milestones and ranks said without a metric word ("we just
  passed 50,000!", "100K on TikTok", "cracked the top 10 on Apple Podcasts");
* ``metrics``: what makes an attention term a metric claim: a count, a
  change, a milestone, a comparison, a superlative or an amount;
* ``outcomes``: what makes an outcome term or verb an outcome claim;
* ``extractor``: ``ClaimExtractor``: which sentences to read, the parse only
  where it decides, one ``Claim`` per reading; and ``select``.

The readers are one extractor kept in layers (``Vocabulary`` ←
``OwnershipReader`` ← ``MoodReader`` ← ``MilestoneReader`` ← ``MetricReader``
← ``OutcomeReader`` ← ``ClaimExtractor``): each layer's methods call only the
layers below it, so a question about moods is answered in ``moods.py``
whoever asks it.
"""

from align_lint.analysis.claims.counts import REACH, number
from align_lint.analysis.claims.extractor import ClaimExtractor, select
from align_lint.analysis.claims.model import Claim

__all__ = ["REACH", "Claim", "ClaimExtractor", "number", "select"]
