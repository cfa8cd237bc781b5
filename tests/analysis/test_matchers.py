"""Lexical tests as lexeme flags (matchers.LexicalTests): the Matcher finds
exactly what it finds with spaCy's own IN and REGEX predicates."""

from __future__ import annotations

from typing import Any

from align_lint.analysis.matchers import CompiledRules, LexicalTests, _lexical_tests
from align_lint.analysis.pipeline import load_pipeline
from align_lint.rules.loader import load_rule_set

# Our own sentences, by construction: counts of attention, outcomes, word
# lists in capitals and in lower case, a hashtag and a number for the regexes.
SENTENCES = [
    "We hit 12k FOLLOWERS and 3,400 likes on the launch thread last week.",
    "Our webinar drove 85 demo requests and two signed contracts.",
    "Impressions doubled, engagement is up 40%, and #growth is trending!",
    "Revenue grew 18% after the pricing page went live; churn fell to 2%.",
    "Nobody asked for more views. They asked whether the tool saves them time.",
    "We need a bigger presence on Instagram and TikTok this year.",
    "Our goal for Q3: more followers and maximum engagement.",
    "Like and share if this helped you!",
    "The team shipped 30 carousels and 12 blogs in March.",
    "Better conversions, fewer leads lost, huge results.",
]
# The same in capitals and title case: LOWER lists match any case, ORTH ones not.
TEXTS = SENTENCES + [s.upper() for s in SENTENCES] + [s.title() for s in SENTENCES]


def _spacy_own_matches(nlp: Any, rules: CompiledRules, texts: list[str]) -> list[set[Any]]:
    """What a Matcher with the patterns as written (spaCy's own predicates) finds."""
    from spacy.matcher import Matcher

    plain = Matcher(nlp.vocab, validate=True)
    for rule in rules.rules:
        for index, pattern in enumerate(rule.match.patterns):
            written = [{k: v for k, v in token.items() if k != "CONTEXT"} for token in pattern]
            plain.add(f"{rule.id}#{index}", [written])
    return [set(plain(doc)) for doc in nlp.pipe(texts)]


def _flagged_matches(nlp: Any, rules: CompiledRules, texts: list[str]) -> list[set[Any]]:
    from spacy.matcher import Matcher

    flagged = Matcher(nlp.vocab, validate=False)
    for rule in rules.rules:
        for index, pattern in enumerate(rule.match.patterns):
            written = [{k: v for k, v in token.items() if k != "CONTEXT"} for token in pattern]
            flagged.add(f"{rule.id}#{index}", [rules._lexical.of(written)])
    return [set(flagged(doc)) for doc in nlp.pipe(texts)]


def test_flags_match_what_spacys_predicates_match() -> None:
    pipeline = load_pipeline("auto", frozenset())
    rules = CompiledRules(load_rule_set(), pipeline.nlp, pipeline.capabilities, pipeline.parser)
    flagged = _flagged_matches(pipeline.nlp, rules, TEXTS)
    assert flagged == _spacy_own_matches(pipeline.nlp, rules, TEXTS)
    assert any(flagged), "the sentences exercise some patterns"
    # The bundled patterns' word lists did become flags.
    assert any(isinstance(key, int) for p in _flag_patterns(rules) for t in p for key in t)


def _flag_patterns(rules: CompiledRules) -> list[list[dict[Any, Any]]]:
    return [rules._lexical.of(list(p)) for rule in rules.rules for p in rule.match.patterns]


def test_a_second_rule_set_on_the_same_vocab_reuses_the_flags() -> None:
    pipeline = load_pipeline("auto", frozenset())
    rule_set = load_rule_set()
    CompiledRules(rule_set, pipeline.nlp, pipeline.capabilities, pipeline.parser)
    taken = dict(pipeline.nlp.vocab.lex_attr_getters)
    CompiledRules(rule_set, pipeline.nlp, pipeline.capabilities, pipeline.parser)
    assert pipeline.nlp.vocab.lex_attr_getters == taken


def test_without_a_free_flag_bit_a_test_stays_spacys_predicate() -> None:
    import spacy

    nlp = spacy.blank("en")
    word_lists = [[f"word{n}", f"other{n}"] for n in range(70)]  # more lists than flag bits
    tests = _lexical_tests(_rules_with(word_lists))
    lexical = LexicalTests(nlp.vocab, tests)
    patterns = [lexical.of([{"LOWER": {"IN": words}}]) for words in word_lists]
    assert isinstance(next(iter(patterns[0][0])), int)  # the first lists got a flag
    assert patterns[-1] == [{"LOWER": {"IN": word_lists[-1]}}]  # the last did not
    # Either way the same words match, in any case for LOWER.
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab, validate=False)
    matcher.add("first", [patterns[0]])
    matcher.add("last", [patterns[-1]])
    doc = nlp("WORD0 then other69 but not word1")
    found = {(nlp.vocab.strings[key], doc[start:end].text) for key, start, end in matcher(doc)}
    assert found == {("first", "WORD0"), ("last", "other69")}


def _rules_with(word_lists: list[list[str]]) -> list[Any]:
    """Stand-ins for rules: just what ``_lexical_tests`` reads of one."""

    class _Match:
        def __init__(self, patterns: list[list[dict[str, Any]]]) -> None:
            self.patterns = patterns

    class _Rule:
        def __init__(self, patterns: list[list[dict[str, Any]]]) -> None:
            self.match = _Match(patterns)

    return [_Rule([[{"LOWER": {"IN": words}}]]) for words in word_lists]


def test_flags_are_set_and_cleared_on_the_words_already_known() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.vocab["Growth"]  # a word known before the flags are made
    nlp.vocab["revenue"].flags = nlp.vocab["revenue"].flags | (1 << 40)  # a stale bit
    tests = _lexical_tests(_rules_with([["growth"], ["other"]] + [[f"w{n}"] for n in range(60)]))
    lexical = LexicalTests(nlp.vocab, tests)
    growth = next(iter(lexical.of([{"LOWER": {"IN": ["growth"]}}])[0]))
    assert nlp.vocab["Growth"].check_flag(growth)  # set on a known word, by its lower form
    assert not nlp.vocab["GROWTHS"].check_flag(growth)  # a new word gets it from the getter
    assert nlp.vocab["growth"].check_flag(growth)
    assert not any(nlp.vocab["revenue"].check_flag(bit) for bit in range(19, 64))
