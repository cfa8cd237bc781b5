"""The result cache and worker processes change nothing but speed: a warm run
and a run in several processes print the same report, byte for byte, as a cold
run in one; a broken cache is ignored, never fatal."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, RunCli, load_bench_module

from align_lint.documents import Source
from align_lint.report.formatters.json_ import report_to_dict
from align_lint.run.cache import ResultCache, default_cache_dir, environment_key
from align_lint.run.linter import Linter
from align_lint.run.progress import DelayedProgress
from align_lint.run.workers import PARALLEL_FROM
from align_lint.settings.config import Config


def write_corpus(folder: Path, count: int) -> Path:
    corpus = load_bench_module("corpus")
    return corpus.write_corpus(folder, count, seed=7, per_dir=25)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_corpus(tmp_path_factory.mktemp("corpus") / "posts", PARALLEL_FROM + 6)
    (folder / "batch-000" / "broken.md").write_bytes(b"\xff\xfe not utf-8")
    (folder / "batch-001" / "empty.md").write_text("  \n", encoding="utf-8")
    return folder


def lint(linter: Linter, path: Path, **options: object) -> tuple[dict[str, object], list[str]]:
    errors: list[str] = []
    report = linter.lint_paths([str(path)], on_error=lambda e: errors.append(e.message), **options)  # type: ignore[arg-type]
    return report_to_dict(report), errors


def test_jobs_give_the_same_report_in_the_same_order(linter: Linter, corpus: Path) -> None:
    one = lint(linter, corpus, jobs=1)
    two = lint(linter, corpus, jobs=2)
    assert one == two
    report, errors = one
    # The bad file is an error document in the report, in its place; the
    # empty one is skipped and counted, in worker processes too.
    assert len(report["documents"]) == PARALLEL_FROM + 7  # type: ignore[arg-type]
    assert [e.split(":")[0].rsplit("/", 1)[-1] for e in errors] == ["broken.md"]
    assert report["summary"]["skipped"] == 1  # type: ignore[index]


def test_a_warm_cache_gives_the_same_report(linter: Linter, corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"

    def cache() -> ResultCache:
        return ResultCache(cache_dir, environment_key(linter.config, linter.catalog))

    cold_cache, warm_cache = cache(), cache()
    cold = lint(linter, corpus, cache=cold_cache)
    warm = lint(Linter(linter.config), corpus, cache=warm_cache)
    assert cold == warm == lint(linter, corpus)
    # The two unreadable files are never cached: they are reported on every run.
    assert (cold_cache.hits, cold_cache.misses) == (0, PARALLEL_FROM + 8)
    assert (warm_cache.hits, warm_cache.misses) == (PARALLEL_FROM + 6, 2)


def test_corrupt_and_foreign_entries_are_ignored(linter: Linter, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    key = environment_key(linter.config, linter.catalog)
    cold = lint(linter, EXAMPLES, cache=ResultCache(cache_dir, key))
    entries = sorted((cache_dir / "v3").rglob("*.json"))
    assert entries
    garbage = [b"", b"{not json", b"[]", b'{"key": "someone-else", "result": {}}', b"\x00\xff"]
    for index, entry in enumerate(entries):
        if index % 2:
            data = json.loads(entry.read_bytes())
            data["result"] = {"path": 3} if index % 4 == 1 else {**data["result"], "score": None}
            entry.write_text(json.dumps(data), encoding="utf-8")
        else:
            entry.write_bytes(garbage[index % len(garbage)])
    cache = ResultCache(cache_dir, key)
    assert lint(Linter(linter.config), EXAMPLES, cache=cache) == cold
    assert cache.hits == 0
    # Repaired: the next run is answered from the cache.
    again = ResultCache(cache_dir, key)
    assert lint(Linter(linter.config), EXAMPLES, cache=again) == cold
    assert again.misses == 0


def test_an_unwritable_cache_only_costs_time(linter: Linter, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    cache = ResultCache(blocker, environment_key(linter.config, linter.catalog))
    assert lint(linter, EXAMPLES, cache=cache) == lint(linter, EXAMPLES)


def test_the_key_changes_with_settings_and_rules(linter: Linter) -> None:
    base = environment_key(linter.config, linter.catalog)
    assert base == environment_key(Config(), Linter(Config()).catalog)
    assert base != environment_key(linter.config.merged(fail_under=90), linter.catalog)
    catalog = linter.catalog
    fewer_rules = replace(
        catalog, rule_set=replace(catalog.rule_set, rules=catalog.rule_set.rules[1:])
    )
    assert base != environment_key(linter.config, fewer_rules)
    # An edited lexicon changes what the rules find, so it changes the key too.
    lexicons = dict(catalog.rule_set.lexicons)
    attention = lexicons["attention"]
    lexicons["attention"] = replace(attention, terms=attention.terms[1:])
    edited = replace(catalog, rule_set=replace(catalog.rule_set, lexicons=lexicons))
    assert base != environment_key(linter.config, edited)
    cache = ResultCache(Path("x"), base)
    assert cache.key(Source("a.md", b"text")) != cache.key(Source("b.md", b"text"))
    assert cache.key(Source("a.md", b"text")) != cache.key(Source("a.md", b"text!"))


def test_cache_lives_beside_the_config_file_or_in_the_working_directory(tmp_path: Path) -> None:
    assert default_cache_dir(Config(root=str(tmp_path))) == tmp_path / ".align_cache"
    assert default_cache_dir(Config()) == Path.cwd() / ".align_cache"


def test_cli_cold_and_warm_runs_print_the_same_json(run_cli: RunCli, tmp_path: Path) -> None:
    for example in EXAMPLES.iterdir():
        if example.is_file():
            (tmp_path / example.name).write_bytes(example.read_bytes())
    cold = run_cli("lint", "-f", "json", ".", cwd=tmp_path)
    assert (tmp_path / ".align_cache" / "v3").is_dir()
    warm = run_cli("lint", "-f", "json", ".", cwd=tmp_path)
    assert (cold.returncode, cold.stdout, cold.stderr) == (
        warm.returncode,
        warm.stdout,
        warm.stderr,
    )
    elsewhere = tmp_path / "elsewhere"
    bypass = run_cli("lint", "-f", "json", "--no-cache", "-j", "2", ".", cwd=tmp_path)
    moved = run_cli("lint", "-f", "json", "--cache-dir", str(elsewhere), ".", cwd=tmp_path)
    assert bypass.stdout == moved.stdout == cold.stdout
    assert (elsewhere / "v3").is_dir()


def test_a_warm_run_does_not_import_spacy(tmp_path: Path) -> None:
    import subprocess

    (tmp_path / "post.md").write_text("We crossed 10k followers!\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from align_lint.cli.app import app\n"
        "for _ in range(2):\n"
        "    try:\n        app(['lint', '-f', 'json', 'post.md'])\n"
        "    except SystemExit:\n        pass\n"
        "    if 'spacy' in sys.modules:\n"
        "        del sys.modules['spacy']\n"
        "        print('loaded', file=sys.stderr)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert completed.stderr.count("loaded") == 1, completed.stderr


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_waits_then_draws_on_its_stream_only() -> None:
    quick = FakeTerminal()
    bar = DelayedProgress(10, stream=quick, delay=60)
    for _ in range(10):
        bar.advance()
    bar.close()
    assert quick.getvalue() == ""
    slow = FakeTerminal()
    bar = DelayedProgress(10, stream=slow, delay=0)
    bar.advance(4)
    bar.close()
    assert "4/10" in slow.getvalue()
    assert DelayedProgress.wanted(slow) and not DelayedProgress.wanted(io.StringIO())


def test_streamed_formats_match_the_whole_report_byte_for_byte(
    linter: Linter, corpus: Path
) -> None:
    import json as json_module

    from align_lint.report.formatters import FormatOptions, get_writer
    from align_lint.report.formatters.json_ import report_to_dict
    from align_lint.report.formatters.text import format_text
    from align_lint.report.records import Report
    from align_lint.run.spool import ResultSpool

    report = linter.lint_paths([str(corpus)], on_error=lambda e: None)
    spooled = ResultSpool(report.results, keep=5)
    assert len(spooled) == len(report.results) and spooled[-1] == report.results[-1]
    big = replace(report, results=spooled)
    empty = Report((), report.pipeline, report.tool_version, report.fail_under, report.fail_on)
    options = FormatOptions()
    for each in (report, big, empty):
        chunks: list[str] = []
        get_writer("json")(each, options, chunks.append)
        expected = json_module.dumps(report_to_dict(each), indent=2, ensure_ascii=False) + "\n"
        assert "".join(chunks) == expected
        chunks = []
        get_writer("text")(each, options, chunks.append)
        assert "".join(chunks) == format_text(report if each is big else each, options)
    assert big.summary == report.summary


def test_the_entry_checks_know_every_field_of_the_records() -> None:
    """A field added to a record and not to the cache's checks would make every
    entry a miss (and a warm run silently cold)."""
    from dataclasses import fields

    from align_lint.run import cache

    for record, types in cache._FIELD_TYPES.items():
        stored = {f.name for f in fields(record)} - (
            cache._NOT_STORED if record is cache.DocumentResult else set()
        )
        assert stored == types.keys(), record.__name__
