"""Hostile input, issue 11: paths, walks, encodings, file names, the cache, stdin.

Most cases call the code that meets the input directly (the walk, the reader,
the cache, a formatter), so the default run stays fast; the same cases as CI
would meet them (a separate process with a time and memory limit, through
``harness.run_align``) carry the ``slow`` marker.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.conftest import RunCli
from tests.hostile.harness import assert_one_line_error, run_align

from align_lint.documents import paths
from align_lint.documents.sources import expand_paths, read_sources
from align_lint.errors import InputError

GOOD_POST = "# Launch\n\nThe new checkout cut support tickets by 30% and lifted revenue.\n"


class Blocked(Exception):
    """Not an OSError, so no ``except OSError`` in the code under test hides it."""


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: a blocked open or read is interrupted by SIGALRM."""

    def interrupt(signum: int, frame: object) -> None:
        raise Blocked(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def hostile_tree(root: Path) -> Path:
    """A content directory as a pull request can commit it: one real post, a
    FIFO, a link to /dev/zero and a link to a file outside the directory."""
    content = root / "content"
    content.mkdir()
    (content / "post.md").write_text(GOOD_POST, encoding="utf-8")
    os.mkfifo(content / "pipe.md")
    (content / "zero.md").symlink_to("/dev/zero")
    secret = root / "secret.txt"
    secret.write_text("not a draft\n", encoding="utf-8")
    (content / "outside.md").symlink_to(secret)
    (content / "inside.md").symlink_to("post.md")
    return content


def walk(path: Path) -> tuple[list[str | Path | InputError], list[str]]:
    notices: list[str] = []
    return list(expand_paths([str(path)], on_skip=notices.append)), notices


# ---- item 4: a walk touches only regular files -------------------------------------


def test_a_walk_skips_fifos_devices_and_links_out_of_the_tree_with_a_notice(
    tmp_path: Path,
) -> None:
    content = hostile_tree(tmp_path)
    items, notices = walk(content)
    assert items == [content / "inside.md", content / "post.md"]
    assert any("pipe.md: skipped, a FIFO, not a regular file" in n for n in notices), notices
    assert any("zero.md: skipped, a link to a character device" in n for n in notices), notices
    assert any("outside.md: skipped, a link to a file outside" in n for n in notices), notices
    assert len(notices) == 3


def test_a_walk_skips_sockets(tmp_path: Path) -> None:
    import socket

    content = tmp_path / "content"
    content.mkdir()
    (content / "post.md").write_text(GOOD_POST, encoding="utf-8")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(content / "socket.md"))
        items, notices = walk(content)
    finally:
        server.close()
    assert items == [content / "post.md"]
    assert len(notices) == 1 and "socket.md: skipped, a socket" in notices[0]


def test_a_file_swapped_for_a_fifo_after_the_walk_is_refused_not_waited_on(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "late.md"
    os.mkfifo(fifo)
    with deadline(10):
        (outcome,) = read_sources([fifo])
    assert isinstance(outcome, InputError)
    assert outcome.message.endswith("late.md: not a regular file (a FIFO)")
    with deadline(10), pytest.raises(OSError):
        paths.read_regular_file(tmp_path / "missing.md")


def test_named_explicitly_special_files_are_still_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    for name in ("pipe.md", "zero.md"):
        with pytest.raises(InputError, match="not a regular file"):
            list(expand_paths([str(tmp_path / name)]))


@pytest.mark.slow
def test_cli_walk_over_a_fifo_and_dev_zero_neither_hangs_nor_blows_up(tmp_path: Path) -> None:
    content = hostile_tree(tmp_path)
    outcome = run_align(
        "lint", "--no-cache", "--format", "json", str(content), cwd=tmp_path, timeout=120
    )
    assert not outcome.has_traceback, outcome.stderr
    assert outcome.exit == 0, outcome.stderr
    assert '"path": "content/post.md"' in outcome.stdout
    assert outcome.stderr.splitlines() == [
        "align: notice: content/outside.md: skipped, a link to a file outside content",
        "align: notice: content/pipe.md: skipped, a FIFO, not a regular file",
        "align: notice: content/zero.md: skipped, a link to a character device, not a regular file",
    ]
    assert outcome.stdout.lstrip().startswith("{")  # notices never on stdout


def test_a_rules_directory_with_a_fifo_or_a_device_link_is_an_error_not_a_hang(
    tmp_path: Path,
) -> None:
    from align_lint.errors import RuleError
    from align_lint.rules.loader import pack_files

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text("rules: []\n", encoding="utf-8")
    (rules / "b.yaml").symlink_to(rules / "a.yaml")  # a link to a regular file is a pack
    assert list(pack_files([rules])) == [rules / "a.yaml", rules / "b.yaml"]
    os.mkfifo(rules / "pipe.yaml")
    with pytest.raises(RuleError, match=r"pipe\.yaml: not a regular file"):
        list(pack_files([rules]))
    (rules / "pipe.yaml").unlink()
    (rules / "zero.yaml").symlink_to("/dev/zero")
    with pytest.raises(RuleError, match=r"zero\.yaml: not a regular file"):
        list(pack_files([rules]))
    with pytest.raises(RuleError, match=r"zero\.yaml: not a regular file"):
        list(pack_files([rules / "zero.yaml"]))


@pytest.mark.slow
def test_cli_rules_directory_with_a_fifo_is_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(GOOD_POST, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    os.mkfifo(rules / "pipe.yaml")
    outcome = run_align("lint", "--rules", "rules", "post.md", cwd=tmp_path, timeout=60)
    assert_one_line_error(outcome, mentions="rules/pipe.yaml: not a regular file")


# ---- item 4 and 7: cache entries -----------------------------------------------------


def cached_entry(tmp_path: Path) -> tuple[object, str, Path]:
    """A cache with one good entry: (cache, key, the entry's file)."""
    from align_lint.documents import Source
    from align_lint.report.records import DocumentResult, Finding, Score, ScoreLine, Severity
    from align_lint.run.cache import ResultCache

    cache = ResultCache(tmp_path / "cache", "environment")
    key = cache.key(Source("post.md", GOOD_POST.encode()))
    finding = Finding(0, 6, "hype", "tone", Severity.WARNING, "m", "s", "Launch", 1, 1, 1, 7)
    score = Score(90, (ScoreLine("hype", "tone", 1, 10),))
    result = DocumentResult("post.md", None, (finding,), score, True)
    cache.put(key, result)
    assert cache.get(key) == result
    return cache, key, next((tmp_path / "cache").rglob(f"{key}.json"))


def test_cache_entries_that_are_fifos_or_links_are_misses(tmp_path: Path) -> None:
    from align_lint.run.cache import ResultCache

    cache, key, entry = cached_entry(tmp_path)
    assert isinstance(cache, ResultCache)
    elsewhere = tmp_path / "elsewhere.json"
    entry.rename(elsewhere)
    os.mkfifo(entry)
    with deadline(10):
        assert cache.get(key) is None
    entry.unlink()
    # O_NOFOLLOW: a link is never followed, even to a good entry (it could as
    # well point to /dev/zero, which the slow test below tries).
    entry.symlink_to(elsewhere)
    assert cache.get(key) is None


def test_cache_entries_nested_deeply_or_with_wrong_types_are_misses(tmp_path: Path) -> None:
    import json

    from align_lint.run.cache import ResultCache

    cache, key, entry = cached_entry(tmp_path)
    assert isinstance(cache, ResultCache)
    good = json.loads(entry.read_text(encoding="utf-8"))
    result = good["result"]
    finding = result["findings"][0]
    damaged: list[object] = [
        {"key": key, "result": {**result, "findings": [{**finding, "line": "1"}]}},
        {"key": key, "result": {**result, "findings": [{**finding, "severity": 7}]}},
        {"key": key, "result": {**result, "findings": [{**finding, "rule": None}]}},
        {"key": key, "result": {**result, "findings": {"a": finding}}},
        {"key": key, "result": {**result, "findings": ["x"]}},
        {"key": key, "result": {**result, "score": {"value": "90", "lines": []}}},
        {"key": key, "result": {**result, "score": {"value": 90, "lines": [[1, 2]]}}},
        {"key": key, "result": {**result, "fail_reasons": [1]}},
        {"key": key, "result": {**result, "record": "3"}},
        {"key": key, "result": {**result, "passed": 1}},
        {"key": key, "result": {**result, "extra": 1}},
        {"key": key, "result": "text"},
    ]
    for data in damaged:
        entry.write_text(json.dumps(data), encoding="utf-8")
        assert cache.get(key) is None, data
    # Nested 100,000 deep: json.loads raises RecursionError, not ValueError.
    entry.write_text(f'{{"key": "{key}", "result": {"[" * 100_000}{"]" * 100_000}}}', "utf-8")
    assert cache.get(key) is None


@pytest.mark.slow
def test_cli_cache_entries_swapped_for_dev_zero_and_fifos_are_misses(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(GOOD_POST, encoding="utf-8")
    args = ("lint", "--format", "json", "--cache-dir", "cache", "post.md")
    cold = run_align(*args, cwd=tmp_path, timeout=120)
    assert cold.exit == 0, cold.stderr
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert entries
    for index, entry in enumerate(entries):
        entry.unlink()
        if index % 2:
            os.mkfifo(entry)
        else:
            entry.symlink_to("/dev/zero")
    warm = run_align(*args, cwd=tmp_path, timeout=120, memory_mb=2048)
    assert not warm.has_traceback, warm.stderr
    assert (warm.exit, warm.stdout) == (0, cold.stdout)


# ---- item 7: a glob or .gitignore line that is a lone backslash ----------------------


@pytest.mark.parametrize(
    ("config", "where"),
    [
        ('exclude: "\\\\"\n', ".align.yaml:1: exclude: '\\\\'"),
        ('exclude:\n  - "*.tmp.md"\n  - "drafts\\\\"\n', ".align.yaml:3: exclude: 'drafts\\\\'"),
        ('per_file:\n  "\\\\":\n    fail_under: 10\n', ".align.yaml:2: per_file: '\\\\'"),
    ],
)
def test_a_config_glob_ending_in_a_lone_backslash_is_one_line_exit_2(
    run_cli: RunCli, tmp_path: Path, config: str, where: str
) -> None:
    (tmp_path / ".align.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "post.md").write_text(GOOD_POST, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "post.md", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"align: error: {where} is not a valid glob: it ends in a lone backslash, "
        "which escapes nothing"
    ]


def test_a_gitignore_line_that_is_a_lone_backslash_is_ignored_as_git_does(
    tmp_path: Path,
) -> None:
    from align_lint.documents.pathfilter import PathFilter

    content = tmp_path / "content"
    content.mkdir()
    (content / "post.md").write_text(GOOD_POST, encoding="utf-8")
    (content / "draft.md").write_text(GOOD_POST, encoding="utf-8")
    (content / ".gitignore").write_text("draft.md\n\\\n", encoding="utf-8")
    found = list(expand_paths([str(content)], PathFilter(tmp_path)))
    assert found == [content / "post.md"]  # the valid line above it still applies


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_gitignore_that_is_a_fifo_or_a_device_link_is_not_read(tmp_path: Path, kind: str) -> None:
    from align_lint.documents.pathfilter import PathFilter

    content = tmp_path / "content"
    content.mkdir()
    (content / "post.md").write_text(GOOD_POST, encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(content / ".gitignore")
    else:
        (content / ".gitignore").symlink_to("/dev/zero")
    with deadline(10):
        found = list(expand_paths([str(content)], PathFilter(tmp_path)))
    assert found == [content / "post.md"]


def test_a_gitignore_over_its_cap_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A link to a /proc file without an end stands for it: past the cap the
    # .gitignore is not read (as a FIFO is not), instead of up to 512 MB.
    from align_lint.documents import pathfilter

    monkeypatch.setattr(pathfilter, "MAX_GITIGNORE_BYTES", 1000)
    pathfilter._gitignore.cache_clear()
    content = tmp_path / "content"
    content.mkdir()
    (content / "post.md").write_text(GOOD_POST, encoding="utf-8")
    (content / ".gitignore").write_text("# pad\n" * 200 + "post.md\n", encoding="utf-8")
    assert list(expand_paths([str(content)], pathfilter.PathFilter(tmp_path))) == [
        content / "post.md"
    ]
    pathfilter._gitignore.cache_clear()


# ---- a size cap on what is read --------------------------------------------------------


def test_a_file_too_large_to_lint_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A sparse file claims far more than it holds on disk: it must be refused
    from its size, never read into memory."""
    huge = tmp_path / "huge.md"
    with huge.open("wb") as stream:
        stream.truncate(paths.MAX_DRAFT_BYTES + 1)
    small = tmp_path / "post.md"
    small.write_text(GOOD_POST, encoding="utf-8")
    with deadline(10):
        outcomes = list(read_sources([huge, small]))
    assert isinstance(outcomes[0], InputError)
    assert "huge.md: too large to lint: " in outcomes[0].message
    assert "more than align reads (512 MB)" in outcomes[0].message
    assert not isinstance(outcomes[1], InputError)  # the next file is still read


def test_stdin_beyond_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import types

    from align_lint.documents import sources

    monkeypatch.setattr(sources, "MAX_DRAFT_BYTES", 10)
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(b"x" * 11)))
    (outcome,) = read_sources(["-"], stdin_filename="draft.md")
    assert isinstance(outcome, InputError)
    assert outcome.message.startswith("draft.md: too large to lint: more than")


# ---- item 7: stdin closed, stdin twice -----------------------------------------------


def test_a_closed_stdin_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", None)  # what Python makes of `align lint - <&-`
    (outcome,) = read_sources(["-"], stdin_filename="draft.md")
    assert isinstance(outcome, InputError)
    assert outcome.message == "draft.md: stdin is closed, there is nothing to read"


def test_stdin_given_twice_is_read_once_and_the_second_is_an_error(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "post.md").write_text(GOOD_POST, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--format", "json", "-", "-", stdin=GOOD_POST)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "align: error: -: stdin was already read ('-' given more than once)"
    ]
    # Read once and linted; the second is reported as a document not linted.
    documents = [d for d in json.loads(result.stdout)["documents"] if d["path"] == "-"]
    assert [("error" in d) for d in documents] == [False, True], documents
    assert "already read" in documents[1]["error"]


@pytest.mark.slow
def test_cli_lint_stdin_closed_is_one_line_exit_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    completed = subprocess.run(
        [sys.executable, "-m", "align_lint", "lint", "--no-cache", "--format", "json", "-"],
        stdin=None,
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
        preexec_fn=lambda: os.close(0),  # the shell's <&-
    )
    stderr = completed.stderr.decode()
    assert "Traceback" not in stderr, stderr
    assert completed.returncode == 2, stderr
    assert stderr.splitlines()[0] == "align: error: -: stdin is closed, there is nothing to read"


# ---- items 7 and 9: file names that are not UTF-8 or hold control characters ---------

# A name that forges a report line and colours the terminal, and one whose
# bytes are not UTF-8 (Python holds the 0xff byte as the surrogate \udcff).
FORGING = "posts/x\nposts/ok.md: score 100/100 pass\n\x1b[31mred.md"
NOT_UTF8 = os.fsdecode(b"posts/caf\xe9.md")


def named_report(*names: str) -> object:
    from align_lint.report.records import (
        DocumentResult,
        FailOn,
        Finding,
        Report,
        Score,
        Severity,
    )

    finding = Finding(
        9, 22, "vanity-metric", "vanity", Severity.WARNING, "m", "s", "t", 3, 1, 3, 14
    )
    results = tuple(
        DocumentResult(name, None, (finding,), Score(60), False, ("score 60 is below 70",))
        for name in names
    )
    return Report(results, "test pipeline", "0", 70, FailOn.ERROR)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "rich"])
def test_every_format_writes_names_that_are_not_utf8_as_valid_utf8(fmt: str) -> None:
    from align_lint.report.formatters import FormatOptions, get_formatter

    output = get_formatter(fmt)(named_report(NOT_UTF8), FormatOptions())  # type: ignore[arg-type]
    output.encode("utf-8")  # strict: a lone surrogate would raise here, as on stdout
    if fmt == "sarif":
        assert '"uri": "posts/caf%E9.md"' in output  # the file's own bytes, percent-encoded
    elif fmt not in ("junit",):
        assert "caf\\xe9.md" in output.replace("\\\\", "\\")


@pytest.mark.parametrize("fmt", ["text", "github", "rich"])
def test_control_characters_in_names_cannot_forge_report_lines(fmt: str) -> None:
    from align_lint.report.formatters import FormatOptions, get_formatter

    output = get_formatter(fmt)(named_report(FORGING), FormatOptions())  # type: ignore[arg-type]
    assert "\x1b" not in output
    assert "\nposts/ok.md" not in output and "ok.md: score 100/100 pass\n" not in output
    assert "posts/x\\nposts/ok.md: score 100/100 pass\\n\\x1b[31mred.md" in output


def test_github_annotations_name_the_file_without_control_characters() -> None:
    from align_lint.report.formatters import FormatOptions, get_formatter

    output = get_formatter("github")(named_report(FORGING), FormatOptions())  # type: ignore[arg-type]
    assert "file=posts/x\\nposts/ok.md%3A score 100/100 pass\\n\\x1b[31mred.md," in output
    assert all(line.startswith(("::", "align:")) for line in output.splitlines())


def test_an_error_about_a_file_with_a_newline_in_its_name_is_one_line(
    run_cli: RunCli, tmp_path: Path
) -> None:
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "fine.md").write_text(GOOD_POST, encoding="utf-8")
    (posts / "a\nalign: error: forged.md").write_bytes(b"\xff")
    result = run_cli("lint", "--no-cache", "--format", "json", "posts", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "align: error: posts/a\\nalign: error: forged.md:1: not valid UTF-8 (byte 0xff at offset 0)"
    ]
    assert '"path": "posts/fine.md"' in result.stdout


# ---- item 9: NUL bytes late in a file, UTF-16 and UTF-32 -------------------------------


def read_error(data: bytes, name: str = "post.md") -> str:
    from align_lint.documents.sources import document_from_bytes

    with pytest.raises(InputError) as caught:
        document_from_bytes(data, name)
    return caught.value.message


def test_a_nul_byte_after_the_first_8_kb_is_still_binary() -> None:
    data = (GOOD_POST * 200).encode() + b"\x00\x01\x02"
    assert len(data) > 8192
    lines = data.count(b"\n") + 1
    assert read_error(data) == (
        f"post.md: binary file, not text (a NUL byte on line {lines}, at offset {len(data) - 3})"
    )


RUSSIAN = "# Запуск\n\nМы увеличили выручку на 10 % за квартал.\n"  # noqa: RUF001 (Cyrillic on purpose)


@pytest.mark.parametrize(
    ("text", "codec", "named"),
    [
        (GOOD_POST, "utf-16", "UTF-16"),  # with a byte-order mark, as Windows writes it
        (GOOD_POST, "utf-16-le", "UTF-16LE"),
        (GOOD_POST, "utf-16-be", "UTF-16BE"),
        (RUSSIAN * 50, "utf-16-le", "UTF-16LE"),
        ("# 😀 emoji\n" * 2000, "utf-16-le", "UTF-16LE"),  # the sample ends inside a pair
        (GOOD_POST, "utf-32", "UTF-32"),
        (GOOD_POST, "utf-32-le", "UTF-32LE"),
        (RUSSIAN, "utf-32-be", "UTF-32BE"),
    ],
)
def test_utf16_and_utf32_files_are_named_with_the_way_to_convert_them(
    text: str, codec: str, named: str
) -> None:
    assert read_error(text.encode(codec)) == (
        f"post.md: {named} text, not UTF-8: convert it to UTF-8 "
        f"(for example: iconv -f {named} -t UTF-8)"
    )


def test_binary_data_is_not_mistaken_for_utf16() -> None:
    import random

    noise = random.Random(11).randbytes(20_000)
    for data in (noise, bytes(64), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise):
        assert "binary file, not text" in read_error(data)


@pytest.mark.slow
def test_cli_utf16_file_among_good_ones_is_one_line_and_the_rest_is_reported(
    tmp_path: Path,
) -> None:
    (tmp_path / "good.md").write_text(GOOD_POST, encoding="utf-8")
    (tmp_path / "windows.md").write_bytes(GOOD_POST.encode("utf-16"))
    outcome = run_align("lint", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert_one_line_error(outcome, mentions="windows.md: UTF-16 text, not UTF-8")
    assert '"path": "good.md"' in outcome.stdout


# ---- item 9: an unreadable subdirectory -------------------------------------------------


def locked_tree(root: Path) -> Path:
    content = root / "content"
    (content / "locked").mkdir(parents=True)
    (content / "post.md").write_text(GOOD_POST, encoding="utf-8")
    (content / "locked" / "hidden.md").write_text(GOOD_POST, encoding="utf-8")
    return content


def refuse_to_list(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """``chmod 000`` as root still lists; refuse the listing the way the kernel would."""
    scandir = os.scandir

    def guarded(path: object) -> object:
        if Path(str(path)).resolve() == locked.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", guarded)


def test_an_unreadable_subdirectory_is_an_error_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = locked_tree(tmp_path)
    refuse_to_list(monkeypatch, content / "locked")
    items, notices = walk(content)
    assert items[1:] == [content / "post.md"] and not notices
    assert isinstance(items[0], InputError)
    assert items[0].message.endswith("content/locked: cannot read directory (Permission denied)")


def test_cli_an_unreadable_subdirectory_reports_the_rest_and_exits_2(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = locked_tree(tmp_path)
    refuse_to_list(monkeypatch, content / "locked")
    result = run_cli("lint", "--no-cache", "--format", "json", "content", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "align: error: content/locked: cannot read directory (Permission denied)"
    ]
    assert '"path": "content/post.md"' in result.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any directory")
def test_a_directory_without_read_permission_is_reported(tmp_path: Path) -> None:
    content = locked_tree(tmp_path)
    (content / "locked").chmod(0)
    try:
        items, _ = walk(content)
    finally:
        (content / "locked").chmod(0o755)
    assert isinstance(items[0], InputError) and "cannot read directory" in items[0].message


def test_a_baseline_that_links_to_dev_zero_is_one_line_not_a_memory_blow_up(
    tmp_path: Path,
) -> None:
    # A config (a pull request can edit it) names the baseline; a committed link
    # to /dev/zero was read until memory ran out ("internal error (MemoryError)"
    # after 2.6 GB). Before the model loads, so the process is cheap.
    (tmp_path / ".git").mkdir()
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / ".align.yaml").write_text("baseline: zero.json\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("We crossed 10k followers.\n", encoding="utf-8")
    outcome = run_align("lint", "--no-cache", "post.md", cwd=tmp_path, timeout=30, memory_mb=1500)
    assert_one_line_error(outcome, mentions="cannot read the baseline (not a regular file")
    assert outcome.stderr.count("\n") == 1
