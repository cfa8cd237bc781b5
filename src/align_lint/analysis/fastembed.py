"""The models' word embeddings, worked out once per distinct word.

The tok2vec layer of spaCy's CNN pipelines (and the senter's own copy of
one) starts with an *embedding* stage: each token's lexical features (NORM,
PREFIX, SUFFIX, SHAPE, SPACY, IS_SPACE) are hashed into embedding tables,
concatenated and mixed by a maxout layer and a layer norm. Every step works
on one token's row alone, so a token's embedding depends on its feature values
and nothing else; only the CNN layers after it read the neighbours. Over a run
of posts the same few thousand words recur, yet the stage recomputed them for
every token: 30 % of tok2vec's time and two thirds of the senter's.

``cache_embeddings`` puts a cache in front of each such stage: a batch's
feature rows are looked up, the rows not seen before go through the original
layers together (the same layers, so the same values up to float rounding, as
when a row is computed in another batch), and the batch's output is gathered
from the cache. Training never runs here (``is_train`` falls back to the
original). The cache is bounded (``LIMIT`` rows, then it starts again), so a
long run's memory stays flat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.api import Model

# Rows kept at most per stage: 20,000 rows of tok2vec's 96 floats are 7.7 MB
# (the senter's rows have 16), their keys about as much again. The 2,000 bench
# posts hold 5,286 distinct feature rows.
LIMIT = 20_000
# The layers of the embedding stage, by name, in order (spaCy's
# MultiHashEmbed: features, ragged, hashed tables, mixing, back to a list).
_STAGE = ("extract_features", "list2ragged", None, None, "ragged2list")


def cache_embeddings(nlp: Language) -> int:
    """Cache the embedding stages of ``nlp``'s models; how many were found."""
    from thinc.api import Model

    done = 0
    seen: set[int] = set()
    for _, component in nlp.components:  # the disabled parser too (it has none)
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            for index, layer in enumerate(node.layers):
                if id(layer) not in seen and _is_embedding_stage(layer):
                    seen.add(id(layer))
                    node.layers[index] = _cached(layer)
                    done += 1
    return done


def _is_embedding_stage(layer: Model[Any, Any]) -> bool:
    names = [sub.name for sub in layer.layers]
    if len(names) != len(_STAGE):
        return False
    if not all(want is None or want == name for want, name in zip(_STAGE, names, strict=True)):
        return False
    return names[2].startswith("with_array(") and names[3].startswith("with_array(maxout")


def _cached(stage: Model[Any, Any]) -> Model[Any, Any]:
    """``stage`` behind a cache of its output rows, by feature row."""
    from thinc.api import Model

    dims: dict[str, int | None] = {"nO": stage.get_dim("nO") if stage.has_dim("nO") else None}
    return Model(
        f"cached({stage.name})", _forward, layers=[stage], dims=dims, attrs={"cache": _RowCache()}
    )


class _RowCache:
    """Output rows by feature row (its bytes), in one growing array."""

    def __init__(self) -> None:
        import numpy

        self.index: dict[bytes, int] = {}
        self.rows: Any = numpy.zeros((0, 0), dtype="float32")

    def clear(self) -> None:
        self.index.clear()

    def add(self, computed: Any) -> None:
        """Append rows for the keys just indexed (the last ``len(computed)``)."""
        import numpy

        used = len(self.index) - len(computed)
        if self.rows.shape[1] != computed.shape[1] or len(self.rows) < len(self.index):
            size = max(len(self.index), min(2 * len(self.index), LIMIT), 1024)
            grown = numpy.zeros((size, computed.shape[1]), "float32")
            if used:
                grown[:used] = self.rows[:used]
            self.rows = grown
        self.rows[used : len(self.index)] = computed


def _forward(model: Model[Any, Any], docs: list[Doc], is_train: bool) -> tuple[Any, Any]:
    stage = model.layers[0]
    if is_train:
        return stage(docs, is_train)
    import numpy

    extract, _, embed, mix, _ = stage.layers
    features = extract.predict(docs)
    lengths = [len(array) for array in features]
    if not sum(lengths):
        return stage(docs, is_train)
    cache: _RowCache = model.attrs["cache"]
    rows = numpy.ascontiguousarray(numpy.concatenate(features))
    # Each feature row as one opaque value, so numpy finds the batch's distinct
    # rows and Python looks up only those (a lookup per token cost more than
    # the senter's own embedding).
    distinct, inverse = numpy.unique(
        rows.view(f"V{rows.dtype.itemsize * rows.shape[1]}").ravel(), return_inverse=True
    )
    keys = distinct.tolist()
    missing = [key for key in keys if key not in cache.index]
    if len(cache.index) + len(missing) > LIMIT:
        cache.clear()
        missing = keys
    if missing:
        new_rows = numpy.frombuffer(b"".join(missing), dtype=rows.dtype).reshape(len(missing), -1)
        computed = mix.predict(embed.predict(new_rows))
        for key in missing:
            cache.index[key] = len(cache.index)
        cache.add(computed)
    index = cache.index
    at = numpy.fromiter((index[key] for key in keys), dtype="int64", count=len(keys))
    gathered = cache.rows[at[inverse.ravel()]]
    bounds = numpy.cumsum(lengths)[:-1]
    return numpy.split(gathered, bounds), _no_backprop


def _no_backprop(gradient: Any) -> Any:
    raise NotImplementedError("cached embeddings are for prediction only")
