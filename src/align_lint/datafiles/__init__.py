"""The data files align reads settings from: YAML and TOML that remember lines.

Config files, rule packs and a draft's front matter are all mappings a user
writes by hand, and every mistake in them should be reported as
``file:line: key must be … (got …)``. Two modules make that one thing:

* ``lines``: YAML and TOML loaded into ``LineDict``/``LineList``, which know
  the line of each key and item (``LineMapping`` is the read-only form a
  Document keeps as its front matter);
* ``declare``: the keys of a file declared once (``Table``, ``Key`` and the
  kinds of value), from which come reading and validation, the JSON Schemas,
  the docs' key tables and the ``align init`` template.

Which keys exist is declared elsewhere: ``settings/keys.py`` for the config,
``rules/keys.py`` for rule packs. Nothing here imports spaCy.
"""
