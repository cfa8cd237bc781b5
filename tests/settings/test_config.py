"""Configuration: discovery, validation, merging and precedence (table-driven).

Precedence, highest first: command-line flags > front matter > per_file >
the config file > defaults. These tests fold layers with the real loaders but
without spaCy; tests/test_config_cli.py runs the same rules through `align`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from align_lint.documents import document_from_text
from align_lint.errors import AlignError, ConfigError, InputError
from align_lint.report.records import Finding, Severity
from align_lint.rules.catalog import Catalog
from align_lint.settings.config import COMMAND_LINE, Config, Layer
from align_lint.settings.configfile import STARTER_CONFIG, front_matter_layer, load_config
from align_lint.settings.selection import check_layer, load_catalog, resolve

PACK = """\
rules:
  - {id: brag, category: vanity, severity: warning, weight: 10, message: brag, match: {phrases: [big numbers]}}
  - {id: boast, category: vanity, severity: warning, weight: 10, message: boast, match: {phrases: [huge numbers]}}
  - {id: fluff, category: tone, severity: warning, weight: 5, message: fluff, match: {phrases: [synergy]}}
  - {id: money, category: outcome, report: false, match: {phrases: [revenue]}}
"""


def write_tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# ---- discovery ----

DISCOVERY = [
    # (files, working directory, --config, --isolated, config file used or None, fail_under)
    ({".align.yaml": "fail_under: 61\n"}, ".", None, False, ".align.yaml", 61),
    ({".align.yaml": "fail_under: 61\n"}, "a/b", None, False, ".align.yaml", 61),
    ({".align.yml": "fail_under: 62\n"}, "a", None, False, ".align.yml", 62),
    ({"pyproject.toml": "[tool.align]\nfail_under = 63\n"}, "a", None, False, "pyproject.toml", 63),
    # The closest directory wins, whatever the kind of file.
    (
        {".align.yaml": "fail_under: 61\n", "a/pyproject.toml": "[tool.align]\nfail_under = 63\n"},
        "a",
        None,
        False,
        "a/pyproject.toml",
        63,
    ),
    # A pyproject.toml without [tool.align] is not a config file: keep looking up.
    (
        {".align.yaml": "fail_under: 61\n", "a/pyproject.toml": "[project]\nname = 'x'\n"},
        "a",
        None,
        False,
        ".align.yaml",
        61,
    ),
    # In one directory, .align.yaml wins over pyproject.toml.
    (
        {".align.yaml": "fail_under: 61\n", "pyproject.toml": "[tool.align]\nfail_under = 63\n"},
        ".",
        None,
        False,
        ".align.yaml",
        61,
    ),
    (
        {".align.yaml": "fail_under: 61\n", "elsewhere/custom.yaml": "fail_under: 64\n"},
        ".",
        "elsewhere/custom.yaml",
        False,
        "elsewhere/custom.yaml",
        64,
    ),
    ({".align.yaml": "fail_under: 61\n"}, ".", None, True, None, 70),
    ({}, ".", None, False, None, 70),
    # An empty file is a config with every default.
    ({".align.yaml": "# nothing yet\n"}, ".", None, False, ".align.yaml", 70),
]


@pytest.mark.parametrize(
    ("files", "cwd", "config_file", "isolated", "used", "fail_under"), DISCOVERY
)
def test_discovery(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    cwd: str,
    config_file: str | None,
    isolated: bool,
    used: str | None,
    fail_under: int,
) -> None:
    write_tree(tmp_path, files)
    (tmp_path / cwd).mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(tmp_path / cwd)
    explicit = str(tmp_path / config_file) if config_file else None
    config = load_config(explicit, isolated=isolated)
    assert config.fail_under == fail_under
    if used is None:
        assert config.sources == () and config.root is None
    else:
        assert Path(config.sources[0]).resolve() == (tmp_path / used).resolve()
        assert Path(config.root or "") == (tmp_path / used).parent.resolve()


def test_config_and_isolated_together_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--config and --isolated cannot be used together"):
        load_config(str(tmp_path / "x.yaml"), isolated=True)


def test_a_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.yaml: no such config file"):
        load_config(str(tmp_path / "nope.yaml"))


def test_relative_paths_resolve_against_the_config_files_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(
        tmp_path,
        {
            ".align.yaml": "rules: [packs/company.yaml]\nexclude: [archive/]\n",
            "packs/company.yaml": PACK,
        },
    )
    (tmp_path / "posts").mkdir()
    monkeypatch.chdir(tmp_path / "posts")
    config = load_config()
    assert config.rules == (str((tmp_path / "packs/company.yaml").resolve()),)
    assert config.exclude == ("archive/",)
    assert config.root == str(tmp_path.resolve())
    assert load_catalog(config).get("brag") is not None


# ---- validation: every mistake names the file, the line and the key ----

YAML_ERRORS = [
    (
        "fail_undr: 50\n",
        r"\.align\.yaml:1: unknown config key 'fail_undr' \(did you mean 'fail_under'\?\)",
    ),
    (
        "model: auto\nfail_under: high\n",
        r'\.align\.yaml:2: fail_under must be a whole number from 0 to 100 \(got "high"\)',
    ),
    (
        "fail_under: 101\n",
        r"\.align\.yaml:1: fail_under must be a whole number from 0 to 100 \(got 101\)",
    ),
    ("fail_under: true\n", r"\.align\.yaml:1: fail_under must be a whole number"),
    (
        "fail_on: warn\n",
        r"\.align\.yaml:1: fail_on must be one of error, warning, info, never \(got \"warn\"; did you mean 'warning'\?\)",
    ),
    ("default_rules: 'no'\n", r'\.align\.yaml:1: default_rules must be true or false \(got "no"\)'),
    ("\n\nrules: {a: 1}\n", r'\.align\.yaml:3: rules must be a list of paths \(got \{"a": 1\}\)'),
    (
        "ignore: [1, 2]\n",
        r"\.align\.yaml:1: ignore must be a list of rule ids or categories \(got \[1, 2\]\)",
    ),
    (
        "select: []\n",
        r"\.align\.yaml:1: select must be a non-empty list of rule ids or categories \(got \[\]\)",
    ),
    (
        "severity: [vanity-metric]\n",
        r'\.align\.yaml:1: severity must be a mapping from rule id or category to severity \(got \["vanity-metric"\]\)',
    ),
    (
        "severity:\n  brag: fatal\n",
        r'\.align\.yaml:2: severity\.brag must be one of error, warning, info \(got "fatal"\)',
    ),
    ("model: ''\n", r'\.align\.yaml:1: model must be a non-empty string \(got ""\)'),
    (
        "per_file: [a]\n",
        r'\.align\.yaml:1: per_file must be a mapping from glob to settings \(got \["a"\]\)',
    ),
    (
        "per_file:\n  'drafts/**': 50\n",
        r'\.align\.yaml:2: per_file\."drafts/\*\*" must be a mapping of select, ignore, severity, fail_under, fail_on or platform \(got 50\)',
    ),
    (
        "per_file:\n  'drafts/**':\n    model: blank\n",
        r"""\.align\.yaml:3: unknown config key 'per_file\."drafts/\*\*"\.model' \(model applies to the whole run; set it at the top level of the config file\)""",
    ),
    (
        "per_file:\n  'drafts/**':\n    fail_under: -1\n",
        r'\.align\.yaml:3: per_file\."drafts/\*\*"\.fail_under must be a whole number from 0 to 100 \(got -1\)',
    ),
    ("- fail_under\n", r"\.align\.yaml:1: a config file is a mapping of settings"),
    ("fail_under: [50\n", r"\.align\.yaml:2: invalid YAML"),
    (
        "fail_under: 50\nfail_under: 60\n",
        r"\.align\.yaml:2: invalid YAML: duplicate key 'fail_under'",
    ),
]


@pytest.mark.parametrize(("text", "expected"), YAML_ERRORS)
def test_yaml_config_errors(tmp_path: Path, text: str, expected: str) -> None:
    (tmp_path / ".align.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected) as error:
        load_config(cwd=tmp_path)
    assert "\n" not in str(error.value)


TOML_ERRORS = [
    (
        '[project]\nname = "x"\n\n[tool.align]\nmodel = "auto"\nfail_undr = 50\n',
        r"pyproject\.toml:6: unknown config key 'fail_undr'",
    ),
    (
        '[tool.align]\nignore = "tone"\nfail_on = "sometimes"\n',
        r'pyproject\.toml:3: fail_on must be one of error, warning, info, never \(got "sometimes"\)',
    ),
    (
        '[tool.align]\n\n[tool.align.severity]\nbrag = "loud"\n',
        r'pyproject\.toml:4: severity\.brag must be one of error, warning, info \(got "loud"\)',
    ),
    (
        '[tool.align]\n[tool.align.per_file."drafts/**"]\nfail_under = 40\nexclude = ["x"]\n',
        r"""pyproject\.toml:4: unknown config key 'per_file\."drafts/\*\*"\.exclude' \(exclude applies to the whole run""",
    ),
    (
        '[tool]\nalign.fail_under = "x"\n',
        r'pyproject\.toml:2: fail_under must be a whole number from 0 to 100 \(got "x"\)',
    ),
    ("[tool.align\nfail_under = 1\n", r"pyproject\.toml:1: invalid TOML"),
]


@pytest.mark.parametrize(("text", "expected"), TOML_ERRORS)
def test_pyproject_config_errors_name_the_line(tmp_path: Path, text: str, expected: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected):
        load_config(str(tmp_path / "pyproject.toml"))


def test_pyproject_without_tool_align_given_explicitly(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: no \[tool\.align\] table"):
        load_config(str(tmp_path / "pyproject.toml"))


@pytest.fixture()
def pack(tmp_path: Path) -> Path:
    path = tmp_path / "pack.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ignore: [brg]\n", r"\.align\.yaml:1: ignore: unknown rule or category 'brg' \(did you mean 'brag'\?\)"),
        ("model: blank\nselect: [vanity, tones]\n", r"\.align\.yaml:2: select: unknown rule or category 'tones' \(did you mean 'tone'\?\)"),
        ("severity:\n  fluf: info\n", r"\.align\.yaml:1: severity: unknown rule or category 'fluf' \(did you mean 'fluff'\?\)"),
        ("per_file:\n  '*.md':\n    ignore: [boats]\n", r"\.align\.yaml:3: ignore: unknown rule or category 'boats' \(did you mean 'boast'\?\)"),
        ("select: [money]\n", r"\.align\.yaml:1: select: rule 'money' is a context rule \(report: false\)"),
    ],
)  # fmt: skip
def test_unknown_rule_names_are_errors_with_the_closest_name(
    tmp_path: Path, pack: Path, text: str, expected: str
) -> None:
    (tmp_path / ".align.yaml").write_text(
        text + f"rules: [{pack.name}]\ndefault_rules: false\n", encoding="utf-8"
    )
    config = load_config(cwd=tmp_path)
    with pytest.raises(ConfigError, match=expected):
        load_catalog(config)


def test_command_line_names_are_checked_too(pack: Path) -> None:
    config = Config(rules=(str(pack),), default_rules=False).with_command_line(
        Layer(source=COMMAND_LINE, ignore=("fluffy",))
    )
    with pytest.raises(
        ConfigError,
        match=r"^--ignore: unknown rule or category 'fluffy' \(did you mean 'fluff'\?\)$",
    ):
        load_catalog(config)


# ---- precedence: CLI > front matter > per_file > config file > defaults ----


def front_matter(text: str) -> Layer | None:
    return front_matter_layer(document_from_text(text, "posts/p.md").meta, "posts/p.md")


PRECEDENCE = [
    # (config file, front matter, command line (fail_under, fail_on), expected (fail_under, fail_on))
    ("", "", (None, None), (70, "error")),
    ("fail_under: 60\n", "", (None, None), (60, "error")),
    (
        "fail_under: 60\nper_file:\n  'posts/**': {fail_under: 50}\n",
        "",
        (None, None),
        (50, "error"),
    ),
    (
        "fail_under: 60\nper_file:\n  'other/**': {fail_under: 50}\n",
        "",
        (None, None),
        (60, "error"),
    ),
    # Later per_file entries win over earlier ones.
    (
        "per_file:\n  '*.md': {fail_under: 55}\n  'posts/': {fail_under: 45}\n",
        "",
        (None, None),
        (45, "error"),
    ),
    (
        "fail_under: 60\nper_file:\n  'posts/**': {fail_under: 50}\n",
        "align: {fail_under: 40}\n",
        (None, None),
        (40, "error"),
    ),
    ("fail_under: 60\n", "align: {fail_under: 40}\n", (30, None), (30, "error")),
    ("fail_on: never\n", "align: {fail_on: warning}\n", (None, None), (70, "warning")),
    ("fail_on: never\n", "align: {fail_on: warning}\n", (None, "info"), (70, "info")),
    # A flag that is not given does not reset what front matter set.
    ("", "align: {fail_under: 40}\n", (None, "warning"), (40, "warning")),
]


@pytest.mark.parametrize(("config_text", "matter", "cli", "expected"), PRECEDENCE)
def test_threshold_precedence(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pack: Path,
    config_text: str,
    matter: str,
    cli: tuple[int | None, str | None],
    expected: tuple[int, str],
) -> None:
    (tmp_path / ".align.yaml").write_text(config_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config().merged(rules=(str(pack),), default_rules=False)
    if cli != (None, None):
        config = config.with_command_line(
            Layer(source=COMMAND_LINE, fail_under=cli[0], fail_on=cli[1])
        )
    layer = front_matter(f"---\ntitle: x\n{matter}---\nBody.\n")
    settings = resolve(config.layers_for("posts/p.md", layer), load_catalog(config))
    assert (settings.fail_under, settings.fail_on) == expected


# ---- select / ignore, ruff style ----


@pytest.fixture()
def catalog(pack: Path) -> Catalog:
    return load_catalog(Config(rules=(str(pack),), default_rules=False))


# The built-in rules of the platform category, found by align's own code.
BUILTIN = {
    "unused-suppression",
    "platform-length",
    "outcome-after-fold",
    "hashtag-limit",
    "mention-limit",
    "unknown-platform",
}

SELECTION = [
    # ([(select, ignore) per layer, lowest first], rules enabled)
    ([], {"brag", "boast", "fluff", *BUILTIN}),
    ([(None, ("tone",))], {"brag", "boast", *BUILTIN}),
    ([(("vanity",), ())], {"brag", "boast"}),
    # An id is more specific than a category, whichever side it is on.
    ([(("vanity",), ("brag",))], {"boast"}),
    ([(("brag",), ("vanity",))], {"brag"}),
    # At the same specificity ignore wins.
    ([(("brag",), ("brag",))], set()),
    ([(("vanity", "tone"), ("vanity",))], {"fluff"}),
    # A later select starts again; a later ignore only removes.
    ([(("vanity",), ()), (("tone",), ())], {"fluff"}),
    ([(("vanity",), ()), (None, ("boast",))], {"brag"}),
    ([(None, ("brag",)), (("vanity",), ())], {"brag", "boast"}),
    ([(None, ("platform",))], {"brag", "boast", "fluff"}),
    ([(("unused-suppression",), ())], {"unused-suppression"}),
]


@pytest.mark.parametrize(("layers", "enabled"), SELECTION)
def test_select_and_ignore(
    catalog: Catalog,
    layers: list[tuple[tuple[str, ...] | None, tuple[str, ...]]],
    enabled: set[str],
) -> None:
    folded = [Layer(source="t", select=s, ignore=i) for s, i in layers]
    assert resolve(folded, catalog).selected == enabled


def test_front_matter_ignore_and_cli_select_layer_like_ruff(catalog: Catalog, pack: Path) -> None:
    config = Config(rules=(str(pack),), default_rules=False, ignore=("fluff",))
    matter = front_matter("---\nalign:\n  ignore: [brag]\n---\nx\n")
    assert resolve(config.layers_for("p.md", matter), catalog).selected == {"boast", *BUILTIN}
    # --select on the command line is the highest layer: it starts again.
    cli = config.with_command_line(Layer(source=COMMAND_LINE, select=("vanity",)))
    assert resolve(cli.layers_for("p.md", matter), catalog).selected == {"brag", "boast"}


def test_severity_overrides_make_new_findings_and_keep_downgrades(catalog: Catalog) -> None:
    layers = [Layer(source="t", severity=(("vanity", "error"), ("boast", "info")))]
    settings = resolve(layers, catalog)
    assert settings.severity == {"brag": Severity.ERROR, "boast": Severity.INFO}
    rules = {r.id: r for r in catalog.rules}
    plain = Finding(0, 3, "brag", "vanity", Severity.WARNING, "m", "", "big", 1, 1, 1, 4)
    tied = Finding(9, 12, "brag", "vanity", Severity.INFO, "m (tied)", "", "big", 1, 10, 1, 13)
    result = settings.apply([plain, tied], rules)
    assert [f.severity for f in result] == [Severity.ERROR, Severity.INFO]
    assert plain.severity is Severity.WARNING  # the original is untouched
    assert result[0] == Finding(0, 3, "brag", "vanity", Severity.ERROR, "m", "", "big", 1, 1, 1, 4)


# ---- front matter ----


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("---\ntitle: x\nalign:\n  fail_under: lots\n---\nx\n", r'^posts/p\.md:4: align\.fail_under must be a whole number from 0 to 100 \(got "lots"\)$'),
        ("---\nalign: {ignore: [brag], colour: red}\n---\nx\n", r"^posts/p\.md:2: unknown front matter key 'align\.colour' \(expected one of select, ignore, severity, fail_under, fail_on, platform\)$"),
        ("---\nalign:\n  fail_undr: 50\n---\nx\n", r"^posts/p\.md:3: unknown front matter key 'align\.fail_undr' \(did you mean 'fail_under'\?\)$"),
        ("---\nalign:\n  model: blank\n---\nx\n", r"^posts/p\.md:3: unknown front matter key 'align\.model' \(model applies to the whole run"),
        ("---\nalign: strict\n---\nx\n", r'^posts/p\.md:2: align must be a mapping of select, ignore, severity, fail_under, fail_on or platform \(got "strict"\)$'),
        ("---\ntitle: x\nalign:\n  severity: {brag: loud}\n---\nx\n", r'^posts/p\.md:4: align\.severity\.brag must be one of error, warning, info \(got "loud"\)$'),
        ("---\nseo:\n  align: center\nalign: strict\n---\nx\n", r'^posts/p\.md:4: align must be a mapping of'),
        ("+++\ntitle = 'x'\n\n[align]\nfail_on = 'sometimes'\n+++\nx\n", r'^posts/p\.md:5: align\.fail_on must be one of error, warning, info, never \(got "sometimes"\)$'),
    ],
)  # fmt: skip
def test_front_matter_mistakes_are_input_errors_naming_the_line(text: str, error: str) -> None:
    with pytest.raises(InputError, match=error):
        front_matter(text)


def test_front_matter_platform_and_align_block() -> None:
    layer = front_matter("---\nplatform: linkedin\nalign:\n  ignore: tone\n---\nx\n")
    assert layer is not None
    assert (layer.platform, layer.ignore, layer.label("ignore")) == (
        "linkedin",
        ("tone",),
        "posts/p.md:4: align.ignore",
    )
    assert front_matter("---\ntitle: x\n---\nx\n") is None


def test_front_matter_keeps_its_lines_and_stays_read_only() -> None:
    document = document_from_text("---\ntitle: x\nalign:\n  ignore: [brag]\n---\nx\n", "p.md")
    with pytest.raises(TypeError):
        document.meta["align"] = {}  # type: ignore[index]
    layer = front_matter_layer(document.meta, "p.md")
    assert layer is not None and layer.where("ignore") == "p.md:4"
    toml = document_from_text("+++\ntitle = 'x'\n[align]\nignore = ['brag']\n+++\nx\n", "p.md")
    layer = front_matter_layer(toml.meta, "p.md")
    assert layer is not None and layer.where("ignore") == "p.md:4"


def test_front_matter_without_lines_still_reads() -> None:
    layer = front_matter_layer({"align": {"fail_under": 40}, "platform": "x"}, "p.md")
    assert layer is not None and (layer.fail_under, layer.platform) == (40, "x")
    with pytest.raises(InputError, match=r"^p\.md: align\.fail_under must be a whole number"):
        front_matter_layer({"align": {"fail_under": 400}}, "p.md")


def test_unknown_names_in_front_matter_are_input_errors(catalog: Catalog) -> None:
    layer = front_matter("---\nalign:\n  ignore: [brga]\n---\nx\n")
    assert layer is not None
    with pytest.raises(
        InputError,
        match=r"posts/p\.md:3: align\.ignore: unknown rule or category 'brga' \(did you mean 'brag'\?\)",
    ):
        check_layer(catalog, layer, InputError)


# ---- the Config object ----


def test_config_stays_hashable_and_layers_never_mutate() -> None:
    base = Config(per_file=(), severity=(("tone", "info"),))
    cli = base.with_command_line(Layer(source=COMMAND_LINE, fail_under=20))
    assert hash(base) != hash(cli) and {base: 1, cli: 2}
    assert base.command_line is None and base.fail_under == 70
    assert cli.fail_under == 20


def test_starter_config_loads_to_the_defaults(tmp_path: Path) -> None:
    (tmp_path / ".align.yaml").write_text(STARTER_CONFIG, encoding="utf-8")
    loaded = load_config(cwd=tmp_path)
    assert replace(loaded, root=None) == Config()


@pytest.mark.parametrize(
    "kwargs",
    [{"fail_under": 120}, {"fail_on": "sometimes"}, {"select": ()}, {"severity": (("x", "loud"),)}],
)
def test_config_built_in_python_is_validated_too(kwargs: dict[str, object]) -> None:
    with pytest.raises(AlignError):
        Config(**kwargs)  # type: ignore[arg-type]


# ---- values from files are shown bounded ----

# Nine levels of nine: 9**9 strings when expanded. A message that showed the
# value in full would never be printed.
ALIAS_BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_an_alias_bomb_in_front_matter_gives_a_short_message() -> None:
    draft = f"---\n{ALIAS_BOMB}align: {{ignore: *i}}\n---\nBody.\n"
    assert len(draft.encode()) < 500
    with pytest.raises(InputError) as error:
        front_matter(draft)
    message = str(error.value)
    # Refused when loaded (issue 11, item 5), before anything walks the expansion.
    assert message == (
        "posts/p.md:2: front matter is not valid YAML: aliases expand to more than 100,000 nodes"
    )


def test_an_alias_bomb_in_a_config_file_gives_a_short_message(tmp_path: Path) -> None:
    # Anchors may only be written under known keys, so the bomb is one list of its layers.
    layers = ", ".join(f"&{line.split(': &')[1]}" for line in ALIAS_BOMB.splitlines())
    (tmp_path / ".align.yaml").write_text(f"exclude: [{layers}]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(cwd=tmp_path)
    message = str(error.value)
    assert message == str(
        tmp_path / ".align.yaml:1: invalid YAML: aliases expand to more than 100,000 nodes"
    )


def test_every_declared_key_has_a_setting_and_every_run_key_a_hint() -> None:
    from dataclasses import fields

    from align_lint.settings.keys import CONFIG_KEYS, LAYER, LAYER_KEYS, RUN_KEYS

    assert set(CONFIG_KEYS) <= {f.name for f in fields(Config)}
    assert set(LAYER_KEYS) <= {f.name for f in fields(Layer)}
    assert set(LAYER.misplaced) == set(RUN_KEYS)
