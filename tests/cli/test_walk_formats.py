"""Which files a directory walk lints (issue 12 item 1): ``.mdx`` with the
Markdown and text files, the suffixes ``extensions:`` maps, and one notice
naming what it left out by extension."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli

VANITY = "We just crossed 10k followers and 2M views!\n"
MDX_VANITY = (
    "import { Callout } from './callout'\n"
    "\n"
    "<Callout>\n"
    "    We just crossed 10k followers and 2M views!\n"
    "</Callout>\n"
)
FIXED = "The March webinar brought 40 qualified demo requests and $120k in new pipeline.\n"


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_mdx_posts_in_a_folder_are_linted_not_a_false_pass(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path, {"posts/a.mdx": MDX_VANITY, "posts/b.mdx": MDX_VANITY, "posts/c.md": FIXED})
    result = run_cli("lint", "-f", "json", "posts", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == ["posts/a.mdx", "posts/b.mdx", "posts/c.md"]
    assert report["summary"]["failed"] == 2 and result.returncode == 1
    assert result.stderr == ""


def test_a_folder_of_mdx_alone_is_linted(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path, {"posts/a.mdx": MDX_VANITY})
    result = run_cli("lint", "posts", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "posts/a.mdx:4:" in result.stdout


def test_one_notice_names_what_the_walk_skipped_by_extension(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(
        tmp_path,
        {
            "posts/a.md": FIXED,
            "posts/1.tweet": VANITY,
            "posts/2.tweet": VANITY,
            "posts/more/3.tweet": VANITY,
            "posts/data.json": "{}",  # site data, never a draft: not counted
            "posts/LICENSE": "text",
            "posts/.draft.tweet": VANITY,  # hidden: not counted
            "posts/.cache/x.json": "{}",  # in a hidden directory: not counted
            "posts/old/4.tweet": VANITY,  # excluded: not counted
            "posts/cover.png": "",  # an image is never a draft: not counted
            "posts/fonts/a.woff2": "",
            ".align.yaml": "exclude: [posts/old/]\n",
        },
    )
    result = run_cli("lint", "-f", "json", "posts", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["summary"]["documents"] == 1  # stdout is the report alone
    assert result.stderr == (
        "align: notice: skipped 4 files by extension (.tweet 3, no extension 1); "
        "add them with extensions: in .align.yaml\n"
    )


def test_the_notice_is_one_line_for_several_directories(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path, {"a/x.md": FIXED, "a/x.rst": "Hi.", "b/y.md": FIXED, "b/y.rst": "Hi."})
    result = run_cli("lint", "a", "b", cwd=tmp_path)
    assert result.stderr.splitlines() == [
        "align: notice: skipped 2 files by extension (.rst 2); "
        "add them with extensions: in .align.yaml"
    ]


def test_no_notice_when_nothing_was_skipped(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path, {"posts/a.md": FIXED, "posts/b.txt": FIXED})
    assert run_cli("lint", "posts", cwd=tmp_path).stderr == ""


def test_a_folder_with_only_other_extensions_says_what_it_found(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path, {"tweets/1.tweet": VANITY})
    result = run_cli("lint", "tweets", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "align: error: tweets: no Markdown, MDX or text files found in this directory "
        "(skipped 1 file by extension (.tweet 1); add them with extensions: in .align.yaml)\n"
    )


def test_extensions_in_the_config_are_walked_and_read_in_their_format(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(
        tmp_path,
        {
            ".align.yaml": "extensions:\n  .tweet: text\n  .MDOC: markdown\n",
            "tweets/1.tweet": VANITY,
            "tweets/2.mdoc": "# Launch\n\n" + VANITY,
        },
    )
    result = run_cli("lint", "-f", "json", "tweets", cwd=tmp_path)
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == ["tweets/1.tweet", "tweets/2.mdoc"]
    assert all(not d["passed"] for d in report["documents"])


def test_a_file_named_explicitly_uses_the_configured_format(
    run_cli: RunCli, tmp_path: Path
) -> None:
    # In Markdown backticks make code, which is never linted; in text they are text.
    write(tmp_path, {"a.tweet": "We crossed `10k followers` this week.\n"})
    as_markdown = run_cli("lint", "-f", "json", "a.tweet", cwd=tmp_path)
    (tmp_path / ".align.yaml").write_text("extensions: {.tweet: text}\n", encoding="utf-8")
    as_text = run_cli("lint", "-f", "json", "a.tweet", cwd=tmp_path)

    def vanity(output: str) -> list[int]:
        (document,) = json.loads(output)["documents"]
        return [f["column"] for f in document["findings"] if f["rule"] == "vanity-metric"]

    assert vanity(as_markdown.stdout) == []
    assert vanity(as_text.stdout) == [13]
    assert as_text.stderr == as_markdown.stderr == ""


def test_bad_extensions_are_one_line_errors(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path, {"a.md": FIXED})
    cases = {
        "extensions:\n  .tweet: txt\n": (
            '.align.yaml:2: extensions.".tweet" must be one of markdown, mdx, text (got "txt"; did you mean \'text\'?)'
        ),
        "extensions:\n  tweet: text\n": (
            ".align.yaml:2: extensions: 'tweet' must start with a dot ('.tweet')"
        ),
        "extensions:\n  .tar.gz: text\n": (
            ".align.yaml:2: extensions: '.tar.gz' is not one file extension: "
            "align matches a file's last suffix ('.gz')"
        ),
        "extensions: [.tweet]\n": ".align.yaml:1: extensions must be a mapping",
    }
    for config, message in cases.items():
        (tmp_path / ".align.yaml").write_text(config, encoding="utf-8")
        result = run_cli("lint", "a.md", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.startswith(f"align: error: {message}"), result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_the_notice_names_six_extensions_at_most() -> None:
    from collections import Counter

    from align_lint.documents.sources import skipped_by_extension

    counts = Counter({".a": 1, ".b": 1, ".c": 2, ".d": 1, ".e": 1, ".f": 1, ".g": 1, "": 3})
    assert skipped_by_extension(counts) == (
        "skipped 11 files by extension (no extension 3, .c 2, .a 1, .b 1, .d 1, "
        "3 more extensions); add them with extensions: in .align.yaml"
    )
