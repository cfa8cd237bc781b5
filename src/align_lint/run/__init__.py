"""The run room: a lint from paths to a Report, as fast as the machine allows.

``linter.Linter`` is the Python API and what every command uses: it reads
sources, settles each document's settings, hands documents to the analysis
and matches to the judgement, and scores the result. Around it, and never
inside the rooms that decide findings: ``workers`` (batches in forked
processes, results in order), ``cache`` (results of unchanged documents),
``spool`` (large reports kept on disk), ``progress`` (a bar on a terminal),
and ``examples`` (every rule's examples checked through the same path).
"""
