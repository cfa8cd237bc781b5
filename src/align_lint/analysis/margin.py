"""How far a token's analysis reaches: the chunk margin of the prefilter.

A chunk of a document is tagged and parsed as its own Doc. Its tokens get the
analysis they get in the whole document when the chunk carries enough
neighbouring tokens on each side: this module reads that reach from the
pipeline's own architecture (see ``prefilter.py`` for why it is enough).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

# Architectures whose reach over neighbouring tokens context_margin knows: the
# window encoders see depth x window tokens each way; the others add nothing
# beyond the encoder they listen to, except the parser (see PARSER_LOOKAHEAD).
_WINDOW_ENCODERS = ("spacy.MaxoutWindowEncoder.", "spacy.MishWindowEncoder.")
_CONTEXT_FREE = (
    "spacy.Tok2Vec.", "spacy.MultiHashEmbed.", "spacy.HashEmbedCNN.", "spacy.CharacterEmbed.",
    "spacy.Tok2VecListener.", "spacy.Tagger.", "spacy.TransitionBasedParser.",
)  # fmt: skip
# The parser looks one token past the front of its buffer; one more for safety.
PARSER_LOOKAHEAD = 2


def context_margin(nlp: Language) -> int | None:
    """How many tokens each way can change a token's analysis in this pipeline,
    read from its components' model configs; None when an architecture's reach
    is not known (a transformer, an LSTM), so no chunk could be trusted."""
    reach = 0
    lookahead = 0
    for name in nlp.pipe_names:
        config = nlp.config["components"].get(name, {})
        for architecture, settings in _architectures(config.get("model", {})):
            if architecture.startswith(_WINDOW_ENCODERS):
                depth, window = settings.get("depth"), settings.get("window_size")
                if not isinstance(depth, int) or not isinstance(window, int):
                    return None
                reach = max(reach, depth * window)
            elif architecture.startswith("spacy.TransitionBasedParser."):
                lookahead = PARSER_LOOKAHEAD
            elif not architecture.startswith(_CONTEXT_FREE):
                return None
    # A multi-token attribute-ruler pattern sets a token's attributes from its
    # neighbours' ("gon na"), whose tags need their own reach.
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    patterns = getattr(ruler, "patterns", [])
    longest = max((len(p) for entry in patterns for p in entry["patterns"]), default=1)
    return reach + lookahead + longest - 1


def _architectures(model: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(model, dict):
        if isinstance(model.get("@architectures"), str):
            yield model["@architectures"], model
        for value in model.values():
            yield from _architectures(value)
