"""The JSON Schemas in schemas/ describe what the loaders accept: every bundled pack and
example config validates, and invalid documents are rejected by both schema and loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from tests.conftest import EXAMPLES, ROOT

from align_lint.errors import AlignError
from align_lint.rules.loader import bundled_pack_dir, load_rule_set
from align_lint.settings.configfile import STARTER_CONFIG, load_config
from align_lint.settings.selection import load_catalog

SCHEMAS = ROOT / "schemas"
PACK_SCHEMA = json.loads((SCHEMAS / "rulepack.schema.json").read_text(encoding="utf-8"))
CONFIG_SCHEMA = json.loads((SCHEMAS / "config.schema.json").read_text(encoding="utf-8"))
PACKS = sorted(bundled_pack_dir().glob("*.yaml")) + sorted(
    (EXAMPLES / "custom" / "rules").glob("*.yaml")
)
CONFIGS = [EXAMPLES / "custom" / ".align.yaml"]


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schemas_are_valid_json_schema() -> None:
    validator(PACK_SCHEMA)
    validator(CONFIG_SCHEMA)


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.name)
def test_every_pack_validates(path: Path) -> None:
    validator(PACK_SCHEMA).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_example_packs_point_editors_at_the_schema() -> None:
    for path in (EXAMPLES / "custom" / "rules").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../../schemas/rulepack.schema.json"
        )


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_example_configs_validate(path: Path) -> None:
    validator(CONFIG_SCHEMA).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_the_starter_config_validates() -> None:
    validator(CONFIG_SCHEMA).validate(yaml.safe_load(STARTER_CONFIG))


RULE = {
    "id": "acme-x",
    "category": "tone",
    "severity": "warning",
    "message": "m",
    "match": {"phrases": ["acme x"]},
}

INVALID_PACKS = [
    ("unknown rule key", {"rules": [{**RULE, "colour": "red"}]}),
    ("bad severity", {"rules": [{**RULE, "severity": "warn"}]}),
    ("bad category", {"rules": [{**RULE, "category": "style"}]}),
    ("weight out of range", {"rules": [{**RULE, "weight": 101}]}),
    ("id not kebab-case", {"rules": [{**RULE, "id": "Acme_X"}]}),
    ("no match", {"rules": [{k: v for k, v in RULE.items() if k != "match"}]}),
    ("empty match", {"rules": [{**RULE, "match": {}}]}),
    ("reported rule without message", {"rules": [{k: v for k, v in RULE.items() if k != "message"}]}),
    ("unknown pack key", {"rules": [RULE], "extends": "x"}),
    ("unknown match key", {"rules": [{**RULE, "match": {"phrasez": ["x"]}}]}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "document"), INVALID_PACKS, ids=[n for n, _ in INVALID_PACKS])
def test_invalid_packs_are_rejected_by_schema_and_loader(
    tmp_path: Path, name: str, document: dict[str, Any]
) -> None:
    assert not validator(PACK_SCHEMA).is_valid(document), name
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    with pytest.raises(AlignError):
        load_rule_set([str(path)], default_rules=False)


VALID_PACKS = [
    ("a context rule needs no severity or message", {"rules": [{"id": "ctx", "category": "tone", "report": False, "match": {"phrases": ["x"]}}]}),
    ("a pack may only turn rules off", {"disable": ["jargon"]}),
    ("override", {"rules": [{**RULE, "id": "jargon", "override": True}]}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "document"), VALID_PACKS, ids=[n for n, _ in VALID_PACKS])
def test_valid_packs_are_accepted_by_schema_and_loader(
    tmp_path: Path, name: str, document: dict[str, Any]
) -> None:
    validator(PACK_SCHEMA).validate(document)
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    load_rule_set([str(path)])


INVALID_CONFIGS = [
    ("unknown key", {"fail_undr": 50}),
    ("fail_under out of range", {"fail_under": 101}),
    ("fail_under not a number", {"fail_under": "high"}),
    ("fail_on not a level", {"fail_on": "sometimes"}),
    ("empty select", {"select": []}),
    ("severity not a level", {"severity": {"jargon": "loud"}}),
    ("run-level key in per_file", {"per_file": {"drafts/**": {"model": "blank"}}}),
    ("per_file entry not a mapping", {"per_file": {"drafts/**": 50}}),
    ("default_rules not a boolean", {"default_rules": "no"}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "document"), INVALID_CONFIGS, ids=[n for n, _ in INVALID_CONFIGS])
def test_invalid_configs_are_rejected_by_schema_and_loader(
    tmp_path: Path, name: str, document: dict[str, Any]
) -> None:
    assert not validator(CONFIG_SCHEMA).is_valid(document), name
    (tmp_path / ".align.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    with pytest.raises(AlignError):
        load_catalog(load_config(cwd=tmp_path))
