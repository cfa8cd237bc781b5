"""The rule pack's quality on real posts: both development sets, each on its own.

Runs bench/eval.py's evaluation over ../shared/eval/dev.jsonl and dev2.jsonl
(read at run time; the posts are never copied into the repository). Skips,
saying why, when a labelled set is not beside the checkout.

Each metric must reach bench/eval.py's TARGETS, except where a set has not
reached one yet: there the test holds the value reached so far (FLOORS), so
that no change makes it worse unnoticed, and bench/eval.py reports the gap.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from tests.conftest import SHARED, load_bench_module

SETS = ("dev", "dev2")
METRICS = (
    "vanity_recall",
    "aligned_false_alarm",
    "neutral_false_alarm",
    "span_precision",
    "span_recall",
)
# Not yet at the target on dev2: the values reached, to hold until they are.
FLOORS: dict[tuple[str, str], float] = {}


def load_eval_module() -> ModuleType:
    return load_bench_module("eval")


@pytest.fixture(scope="module", params=SETS)
def evaluation(request: pytest.FixtureRequest) -> tuple[str, Any]:
    name = request.param
    path = SHARED / "eval" / f"{name}.jsonl"
    if not path.is_file():
        pytest.skip(f"labelled set not found at {path}; quality targets not checked")
    bench = load_eval_module()
    return name, bench.evaluate(bench.load_posts(path))


@pytest.mark.parametrize("metric", METRICS)
def test_quality_target(evaluation: tuple[str, Any], metric: str) -> None:
    name, result = evaluation
    bench = load_eval_module()
    op, bound = bench.TARGETS[metric]
    bound = FLOORS.get((name, metric), bound)
    value = result.metrics[metric]
    met = value >= bound if op == ">=" else value <= bound
    assert met, f"{name}: {metric} = {value:.3f}, must be {op} {bound}\n{bench.table(result)}"


def test_every_error_has_a_class(evaluation: tuple[str, Any]) -> None:
    _, result = evaluation
    wrong = [p.id for p in result.posts if (p.verdict == "vanity") != p.failed and not p.error]
    assert not wrong


def test_span_matching_helpers() -> None:
    bench = load_eval_module()
    text = "views and pageviews; my views"
    assert bench.occurrences(text, "views") == [(0, 5), (24, 29)]
    assert bench.overlaps((0, 5), (4, 9)) and not bench.overlaps((0, 5), (5, 9))


def test_eval_script_reports_missing_data_clearly(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = load_eval_module()
    assert bench.main(["--data", "/nonexistent/dev.jsonl"]) == 2
    assert "no labelled data at /nonexistent/dev.jsonl" in capsys.readouterr().err
