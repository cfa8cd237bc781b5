"""The command as a user runs it: exit codes, formats, stdin, bad input. Most
run in this process (``run_cli``); the JSON contract runs the real entry point
in a subprocess, where anything printed on import would show up on stdout."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from tests.conftest import EXAMPLES, ROOT, RunCli

REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
VANITY = "We just crossed 10k followers and 2M views!\n"


def test_json_output_follows_the_contract_and_nothing_else_is_on_stdout(
    run_process: RunCli,
) -> None:
    result = run_process("lint", "--format", "json", "examples/")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["tool"] == {"name": "align", "version": "0.1.0"}
    assert report["pipeline"].startswith("en_core_web_sm")
    paths = [d["path"] for d in report["documents"]]
    assert paths == sorted(paths) and "examples/case-study.md" in paths
    assert report["summary"]["documents"] == len(paths)
    assert report["summary"]["failed"] == sum(not d["passed"] for d in report["documents"])


def test_findings_text_and_positions_match_the_file(run_cli: RunCli) -> None:
    report = json.loads(run_cli("lint", "-f", "json", "examples/launch-recap.md").stdout)
    source = (EXAMPLES / "launch-recap.md").read_text(encoding="utf-8").split("\n")
    findings = report["documents"][0]["findings"]
    span_starts = {(f["line"], f["column"]) for f in findings if f["scope"] == "span"}
    for finding in findings:
        if finding["scope"] == "document":
            # It points at what made it apply (the first results claim), or at 1:1.
            where = (finding["line"], finding["column"])
            assert where in span_starts | {(1, 1)} and finding["text"] == ""
            continue
        line = source[finding["line"] - 1]
        assert line[finding["column"] - 1 :].startswith(finding["text"])
        if finding["end_line"] == finding["line"]:
            assert line[finding["column"] - 1 : finding["end_column"] - 1] == finding["text"]


def test_text_format_is_one_finding_per_line_then_verdicts(run_cli: RunCli) -> None:
    result = run_cli("lint", "--format", "text", "examples/launch-recap.md")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("examples/launch-recap.md:")
    # The document-level finding points at the first results claim it names.
    assert "examples/launch-recap.md:8:19: error no-business-outcome " in result.stdout
    assert '("went viral" (line 8)' in result.stdout
    assert "examples/launch-recap.md:8:60: warning vanity-metric " in result.stdout
    assert lines[-2].startswith("examples/launch-recap.md: score ") and "FAIL" in lines[-2]
    assert lines[-1].startswith("1 document, 1 failed, ")
    assert "(pipeline: en_core_web_sm" in lines[-1]


def test_rich_format_shows_score_arithmetic_and_context(run_cli: RunCli) -> None:
    result = run_cli("lint", "--format", "rich", "--no-color", "examples/tweet.txt")
    assert "examples/tweet.txt  score 47/100  FAIL" in result.stdout
    assert (
        "score 100 − no-business-outcome 35 − vanity-metric 10 − engagement-bait 8 = 47"
        in result.stdout
    )
    assert "│ We just crossed 100k followers!!" in result.stdout
    assert "^^^^^^^^^^^^^^" in result.stdout


def test_clean_document_exits_0(run_cli: RunCli) -> None:
    result = run_cli("lint", "--verbose", "examples/holiday-greeting.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "score 100/100 pass" in result.stdout


def test_stdin_with_a_name(run_cli: RunCli) -> None:
    result = run_cli("lint", "-f", "json", "--stdin-filename", "draft.txt", "-", stdin=VANITY)
    assert result.returncode == 1
    document = json.loads(result.stdout)["documents"][0]
    assert document["path"] == "draft.txt"
    assert {f["rule"] for f in document["findings"]} >= {"vanity-metric", "no-business-outcome"}


def test_thresholds_from_flags(run_cli: RunCli) -> None:
    post = "Meet our game-changing planner. Revenue grew 12% in Q3.\n"
    assert run_cli("lint", "-", stdin=post).returncode == 0
    assert run_cli("lint", "--fail-on", "warning", "-", stdin=post).returncode == 1
    assert run_cli("lint", "--fail-under", "100", "-", stdin=post).returncode == 1


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (
            b"caf\xe9 followers\n",
            "latin1.md",
            r"latin1.md:1: not valid UTF-8 \(byte 0xe9 at offset 3\)",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image.md", r"image.md: binary file, not text"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    run_cli: RunCli, tmp_path: Path, content: bytes, name: str, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    result = run_cli("lint", name, cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    import re

    assert re.search(message, result.stderr), result.stderr


@pytest.mark.parametrize("content", [b"", b"  \n\n", b"\xef\xbb\xbf\n", "\u3000\n".encode()])
def test_an_empty_draft_is_skipped_with_a_notice_and_counted(
    run_cli: RunCli, tmp_path: Path, content: bytes
) -> None:
    """``touch drafts/new.md`` must not stop a run: the empty draft is named in
    a notice, counted in the summary, and the others are judged as usual."""
    (tmp_path / "new.md").write_bytes(content)
    (tmp_path / "brag.md").write_text("We passed 50,000 followers!\n", encoding="utf-8")
    result = run_cli("lint", "--format", "text", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == "align: notice: new.md: empty, skipped"
    assert "new.md" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 document, 1 failed, ")
    assert ", 1 empty skipped (pipeline: " in result.stdout
    report = json.loads(run_cli("lint", "--format", "json", ".", cwd=tmp_path).stdout)
    assert [d["path"] for d in report["documents"]] == ["brag.md"]
    assert report["summary"]["skipped"] == 1
    jsonschema.validate(report, REPORT_SCHEMA)


def test_only_empty_drafts_pass(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "new.md").write_text("\n", encoding="utf-8")
    result = run_cli("lint", "--format", "text", "new.md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("0 documents, 0 failed, 0 findings, 1 empty skipped")


def test_missing_path_fails_before_loading_anything(run_cli: RunCli) -> None:
    result = run_cli("lint", "no/such/post.md")
    assert result.returncode == 2
    assert result.stderr.strip() == "align: error: no/such/post.md: no such file or directory"


def test_one_bad_file_among_good_ones_still_reports_the_good_ones(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "a.md").write_text(VANITY, encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"\xff\xfe")
    result = run_cli("lint", "-f", "json", ".", cwd=tmp_path)
    assert result.returncode == 2
    documents = json.loads(result.stdout)["documents"]
    # The bad file is in the report as an error document (issue 11), the good one linted.
    assert [d["path"] for d in documents] == ["a.md", "b.md"]
    assert documents[0]["findings"] and "error" not in documents[0]
    assert documents[1]["error"].startswith("b.md:1: not valid UTF-8")
    assert "b.md:1: not valid UTF-8" in result.stderr


def test_malformed_rule_pack_is_exit_2_with_file_and_line(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text("rules:\n  - id: x\n    category: nope\n", encoding="utf-8")
    (tmp_path / "post.md").write_text(VANITY, encoding="utf-8")
    result = run_cli("lint", "--rules", "pack.yaml", "post.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("align: error: pack.yaml:3: rule x: category must be one of")
    assert "Traceback" not in result.stderr


def test_unknown_model_is_exit_2(run_cli: RunCli) -> None:
    result = run_cli("lint", "--model", "xx_no_such_model", "examples/tweet.txt")
    assert result.returncode == 2
    assert "spaCy pipeline 'xx_no_such_model' is not installed" in result.stderr


def test_blank_model_says_which_rules_it_skipped(run_cli: RunCli) -> None:
    result = run_cli("lint", "--model", "blank", "-f", "json", "examples/tweet.txt")
    assert json.loads(result.stdout)["pipeline"].startswith("blank en")
    assert "align: notice: rule vanity-metric skipped: it needs" in result.stderr


def test_usage_errors_exit_2(run_cli: RunCli) -> None:
    assert run_cli("lint").returncode == 2
    assert run_cli("lint", "--format", "yaml", "x.md").returncode == 2
    assert run_cli("lint", "--fail-under", "101", "x.md").returncode == 2


def test_version_and_help_do_not_import_spacy(run_cli: RunCli) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from align_lint.cli.app import app\n"
        "try:\n    app(['--version'])\nexcept SystemExit:\n    pass\n"
        "try:\n    app(['lint', '--help'])\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
        "assert 'markdown_it' not in sys.modules, 'markdown_it imported'\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("align 0.1.0 (spaCy 3.8.")


def test_linting_never_writes_to_the_linted_files(run_cli: RunCli, tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(VANITY, encoding="utf-8")
    before = (post.read_bytes(), post.stat().st_mtime_ns)
    run_cli("lint", str(post))
    assert (post.read_bytes(), post.stat().st_mtime_ns) == before
