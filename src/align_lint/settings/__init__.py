"""The settings room: what the user asked for, validated, per document.

``config`` holds the immutable Config and its per-document Layers;
``configfile`` finds and reads ``.align.yaml`` or ``[tool.align]`` and the
``align:`` block of a draft's front matter; ``selection`` folds the layers
(config file → per_file → front matter → command line) into one document's
Settings and checks that every rule or category they name exists.
"""
