"""The report room: result records and the formats that print them.

``records`` are the immutable values every other room produces or reads
(Severity, Finding, Score, DocumentResult, Report); they import nothing else
of align. ``formatters`` turn a Report into text, JSON, SARIF, GitHub
workflow commands or JUnit XML, knowing nothing but those records.
"""
