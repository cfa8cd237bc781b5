"""``align audit``: every row of a table linted as ``align lint`` lints a file
holding its text, whatever the input format and the partitioning; one results
file per input file; bad input is one line naming the file, the other files
still audited; ``--resume`` skips finished partitions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import RunCli, load_bench_module
from tests.run.audit_corpus import make_posts, write_partitions, write_table

from align_lint.report.records import DocumentResult
from align_lint.run.audit import AuditPlan, Tally, audit_local, find_partitions, rule_categories
from align_lint.run.linter import Linter

pq = pytest.importorskip("pyarrow.parquet")

POSTS = make_posts(90)
LAYOUTS = {
    "one parquet": [("all.parquet", 90)],
    "parquet, csv and jsonl": [("a.parquet", 31), ("b.csv", 29), ("c.jsonl", 30)],
    "hive folders": [("year=2023/part-0.parquet", 45), ("year=2024/part-0.parquet", 45)],
}


def expected_row(result: DocumentResult) -> dict[str, Any]:
    """What audit must say of a post, from ``align lint``'s result on a file."""
    return {
        "score": result.score.value,
        "passed": result.passed,
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity.label,
                "start": f.start,
                "end": f.end,
                "text": f.text,
            }
            for f in result.findings
        ],
    }


@pytest.fixture(scope="module")
def linted_as_files(tmp_path_factory: pytest.TempPathFactory, linter: Linter) -> list[Any]:
    """Each post in its own .txt file, through the linter as ``align lint`` runs it."""
    folder = tmp_path_factory.mktemp("files")
    paths = []
    for number, text in enumerate(POSTS):
        path = folder / f"post-{number:03}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    report = linter.lint_paths(paths)
    assert len(report.results) == len(POSTS)
    return [expected_row(result) for result in report.results]


def read_results(output: Path, fmt: str = "parquet") -> dict[str, list[dict[str, Any]]]:
    """Every results file under ``output``, by its path below it."""
    found = {}
    for path in sorted(output.rglob(f"*.{fmt}")):
        name = path.relative_to(output).as_posix()
        if fmt == "parquet":
            found[name] = pq.read_table(path).to_pylist()
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            found[name] = [json.loads(line) for line in lines]
    return found


def audit(linter: Linter, inputs: list[str], output: Path, **plan: Any) -> Tally:
    partitions = find_partitions(inputs)
    defaults: dict[str, Any] = {"text_column": "body", "id_column": "post_id"}
    full = AuditPlan(partitions, output, categories=rule_categories(linter), **{**defaults, **plan})
    return audit_local(linter, full, partitions, jobs=1, on_partition=lambda done: None)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_audit_finds_what_lint_finds_whatever_the_partitioning(
    layout: str, tmp_path: Path, linter: Linter, linted_as_files: list[Any]
) -> None:
    inputs = write_partitions(tmp_path / "in", POSTS, LAYOUTS[layout])
    tally = audit(linter, [str(inputs)], tmp_path / "out")

    results = read_results(tmp_path / "out")
    assert list(results) == sorted(
        str(Path(name).with_suffix(".parquet").as_posix()) for name, _ in LAYOUTS[layout]
    )
    rows = [
        row
        for name, _ in LAYOUTS[layout]
        for row in results[str(Path(name).with_suffix(".parquet"))]
    ]
    assert [row["id"] if isinstance(row["id"], int) else int(row["id"]) for row in rows] == list(
        range(len(POSTS))
    )
    got = [{key: row[key] for key in ("score", "passed", "findings")} for row in rows]
    assert got == linted_as_files
    assert tally.posts == len(POSTS) and tally.errors == 0
    assert tally.failed == sum(not row["passed"] for row in linted_as_files)


def test_worker_processes_write_the_same_results(
    tmp_path: Path, linter: Linter, linted_as_files: list[Any]
) -> None:
    inputs = write_partitions(tmp_path / "in", POSTS, [("a.parquet", 40), ("b.parquet", 50)])
    partitions = find_partitions([str(inputs)])
    plan = AuditPlan(
        partitions, tmp_path / "out", "body", "post_id", categories=rule_categories(linter)
    )
    audit_local(linter, plan, partitions, jobs=2, on_partition=lambda done: None)

    results = read_results(tmp_path / "out")
    rows = results["a.parquet"] + results["b.parquet"]
    assert [{k: r[k] for k in ("score", "passed", "findings")} for r in rows] == linted_as_files


def test_markdown_posts_are_read_as_lint_reads_md_files(tmp_path: Path, linter: Linter) -> None:
    corpus = load_bench_module("corpus")
    named = list(corpus.posts(12, seed=3))  # Markdown with front matter, links and code
    files = []
    for name, text in named:
        path = tmp_path / "files" / Path(name).name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    expected = [expected_row(result) for result in linter.lint_paths(files).results]
    table = write_table(tmp_path / "in" / "posts.parquet", range(12), [t for _, t in named])

    audit(linter, [str(table)], tmp_path / "out", markup="markdown")

    rows = read_results(tmp_path / "out")["posts.parquet"]
    assert [{k: r[k] for k in ("score", "passed", "findings")} for r in rows] == expected


def test_each_row_has_a_count_per_category_and_empty_rows_an_error(
    tmp_path: Path, linter: Linter
) -> None:
    texts = ["We just crossed 40k followers on TikTok!", "", None, "   "]
    table = write_table(tmp_path / "in.parquet", ["a", "b", "c", "d"], texts)

    tally = audit(linter, [str(table)], tmp_path / "out")

    first, *empty = read_results(tmp_path / "out")["in.parquet"]
    assert first["id"] == "a" and first["count_vanity"] == 1 and first["error"] is None
    assert {f"count_{c}" for c in rule_categories(linter)} <= set(first)
    assert [(row["id"], row["score"], row["error"]) for row in empty] == [
        ("b", None, "empty"),
        ("c", None, "empty"),
        ("d", None, "empty"),
    ]
    assert (tally.posts, tally.errors, tally.failed) == (4, 3, 1)


def test_without_an_id_column_the_id_is_the_row_number_in_its_file(
    tmp_path: Path, linter: Linter
) -> None:
    inputs = write_partitions(tmp_path / "in", POSTS[:10], [("a.csv", 4), ("b.csv", 6)])
    audit(linter, [str(inputs)], tmp_path / "out", id_column=None)
    results = read_results(tmp_path / "out")
    assert [row["id"] for row in results["b.parquet"]] == list(range(6))


def test_csv_ids_are_read_as_text_whatever_the_first_rows_look_like(
    tmp_path: Path, linter: Linter
) -> None:
    ids = [str(n) for n in range(300)] + ["A-12"]  # numbers in the first block, then not
    table = write_table(tmp_path / "in.csv", ids, ["Thanks for coming!"] * 301)
    audit(linter, [str(table)], tmp_path / "out")
    assert read_results(tmp_path / "out")["in.parquet"][-1]["id"] == "A-12"


# -- the command -------------------------------------------------------------------------


@pytest.fixture()
def tables(tmp_path: Path) -> Path:
    return write_partitions(tmp_path / "in", POSTS[:20], [("a.parquet", 8), ("b.jsonl", 12)])


def test_the_command_writes_results_and_a_summary_on_stderr_only(
    run_cli: RunCli, tables: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.parquet"
    result = run_cli(
        "audit", str(tables), "--text-column", "body", "--id-column", "post_id", "-o", str(out)
    )

    assert result.stdout == ""
    assert result.returncode == 1  # some posts fail, as align lint exits 1
    assert result.stderr.startswith("audit: 20 posts in 2 partitions: ")
    assert sorted(read_results(out)) == ["a.parquet", "b.parquet"]
    assert not list(out.rglob("*.part")), "no half-written file is left"

    again = run_cli(
        "audit", str(tables), "--text-column", "body", "-o", str(tmp_path / "r2"), "--exit-zero"
    )
    assert again.returncode == 0


def test_jsonl_results_hold_the_same_rows(run_cli: RunCli, tables: Path, tmp_path: Path) -> None:
    args = ["audit", str(tables), "--text-column", "body", "--id-column", "post_id"]
    run_cli(*args, "-o", str(tmp_path / "p"))
    run_cli(*args, "-o", str(tmp_path / "j"), "--format", "jsonl")
    as_parquet = read_results(tmp_path / "p")
    as_jsonl = read_results(tmp_path / "j", "jsonl")
    assert as_jsonl == {
        name.replace(".parquet", ".jsonl"): rows for name, rows in as_parquet.items()
    }


def test_a_bad_file_is_one_line_and_the_others_are_still_audited(
    run_cli: RunCli, tables: Path, tmp_path: Path
) -> None:
    write_table(tables / "c.parquet", [1], ["hello"])
    (tables / "d.csv").write_text('post_id,title\n1,"no body column"\n', encoding="utf-8")
    (tables / "e.jsonl").write_text('{"post_id": 1, "body": "fine"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "out"

    result = run_cli("audit", str(tables), "--text-column", "body", "-o", str(out))

    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("align: error:")]
    assert (
        errors[0] == f"align: error: {tables / 'd.csv'}: no column 'body' (columns: post_id, title)"
    )
    assert errors[1].startswith(f"align: error: {tables / 'e.jsonl'}: cannot read as jsonl: ")
    assert len(errors) == 2 and "Traceback" not in result.stderr
    assert sorted(read_results(out)) == ["a.parquet", "b.parquet", "c.parquet"]


def test_a_text_column_of_numbers_is_an_error_naming_the_file(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write_table(tmp_path / "in" / "n.jsonl", [1, 2], [None, None])
    (tmp_path / "in" / "n.jsonl").write_text('{"post_id": 1, "body": 5}\n', encoding="utf-8")
    result = run_cli(
        "audit", str(tmp_path / "in"), "--text-column", "body", "-o", str(tmp_path / "o")
    )
    assert result.returncode == 2
    assert f"{tmp_path / 'in' / 'n.jsonl'}: column 'body' holds int64, not text" in result.stderr


def test_resume_skips_the_partitions_already_written(
    run_cli: RunCli, tables: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["audit", str(tables), "--text-column", "body", "-o", str(out)]
    run_cli(*args)
    (out / "b.parquet").unlink()  # as if the run had stopped before b
    (out / "a.parquet").write_bytes(b"left alone")

    refused = run_cli(*args)
    assert refused.returncode == 2
    assert "already holds results; --resume skips its finished partitions" in refused.stderr

    resumed = run_cli(*args, "--resume")
    assert resumed.returncode in (0, 1)
    assert (out / "a.parquet").read_bytes() == b"left alone"
    assert len(pq.read_table(out / "b.parquet")) == 12
    assert "(1 already done, skipped)" in resumed.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.parquet"], "missing.parquet: no such file or directory"),
        (["notes.txt"], "notes.txt: not a table align audit reads"),
        (["in", "-o", "in/out"], "inside the input in; write the results elsewhere"),
        (["in", "--scheduler", "tcp://localhost:1"], "--scheduler needs --engine dask"),
    ],
)
def test_usage_mistakes_are_one_line_and_exit_2(
    run_cli: RunCli, tables: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "notes.txt").write_text("hi", encoding="utf-8")
    output = [] if "-o" in args else ["-o", str(tmp_path / "out")]
    result = run_cli("audit", *args, "--text-column", "body", *output, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_two_inputs_writing_the_same_output_are_refused(run_cli: RunCli, tmp_path: Path) -> None:
    write_table(tmp_path / "x" / "posts.parquet", [1], ["hi"])
    write_table(tmp_path / "x" / "posts.csv", [1], ["hi"])
    result = run_cli(
        "audit", str(tmp_path / "x"), "--text-column", "body", "-o", str(tmp_path / "o")
    )
    assert result.returncode == 2 and "would write the same output (posts)" in result.stderr
