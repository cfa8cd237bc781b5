"""The judgement room: Matches → findings → score. No spaCy here.

``logic.Judge`` applies the rule logic (``match.rules``, ``unless``,
``downgrade``, ``when``, ``require``) to the analysis's matches, reading the
references from ``rules.graph``;
``findings`` builds every Finding; ``suppression`` applies the inline
``<!-- align-disable … -->`` comments and reports unused ones; ``scoring``
turns findings into a score and a verdict.
"""
