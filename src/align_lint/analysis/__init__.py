"""The analysis room: Documents → Matches. The only room that uses spaCy.

``analyzer.Analyzer.analyze`` is its one interface: every document through
one ``nlp.pipe``, each rule's own matches out as character offsets
(``records.Matches``). Inside:

* ``pipeline``: which spaCy pipeline runs (auto, a package, blank), loaded
  once per process, with only the components the rules need;
* ``matchers``: rules compiled to spaCy's Phrase-, token and dependency
  matchers;
* ``prefilter``: tag only the sections where a rule could match (anchors
  derived from the rules), with ``margin``, ``lemmas`` and ``sentences``;
* ``fastruler``, ``fastlemmatizer``: spaCy's attribute ruler and lemmatizer,
  faster, with the same output.
* ``verblemmas``: the lemmatizer's verbs of a silent "e" ("hopes" is "hope",
  not "hop").

Nothing here decides what is a finding: that is the judgement's room.
"""
