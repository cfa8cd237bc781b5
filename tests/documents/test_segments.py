"""Long drafts masked in segments (issue 11 item 1): the masked text, block
starts, comments and front matter are those of masking the whole draft.

Segments of a few characters stand for the 256,000 of a real run, so every
blank line of a small draft is a place a segment may end."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.documents.test_commonmark_properties import BLOCK, ENDING, PARAGRAPH

from align_lint.documents import document_from_text
from align_lint.documents.markdown import mask_markdown
from align_lint.documents.plaintext import mask_plaintext
from align_lint.documents.segments import SEGMENT_CHARS, mask_long_markdown
from align_lint.errors import InputError

# Blocks that a blank line does not end, or that make a segment's first line
# special: the places a segment must not end, or must end with care.
SPANNING = st.one_of(
    PARAGRAPH.map(lambda p: f"```\n{p}\n\nnot prose\n\n```"),
    PARAGRAPH.map(lambda p: f"~~~~\n{p}\n\n```\n\nstill code\n~~~~"),
    PARAGRAPH.map(lambda p: f"<pre>\n{p}\n\ncode\n\n</pre>"),
    PARAGRAPH.map(lambda p: f"<!--\n{p}\n\nhidden\n\n-->"),
    PARAGRAPH.map(lambda p: f"<script>\n\nx = 1\n\n</script> {p}"),
    st.just("```\nnever closed\n\ncode to the end"),
    st.just("---"),
    st.just("+++"),
    st.just("[later]: /defined/after/use"),
    st.just("See [it][later] and [that][ref]."),
    PARAGRAPH.map(lambda p: f"- {p}\n\n  {p}\n\n- {p}"),
    PARAGRAPH.map(lambda p: f"> {p}\n\n> {p}"),
)
FRONT = st.sampled_from(
    [
        "",
        "---\ntitle: t\n---\n",
        "---\ntitle: t\n\nsummary: s\n\nauthor: a\n---\n",
        "----\ntitle: |\n  a\n\n  ---\n\n  b\n----\n",
        "---\ntitle: t\n\n...\n",
        '+++\ntitle = "t"\n\nsummary = "s"\n+++\n',
        "---\nnot closed\n\nprose\n",
    ]
)


@st.composite
def long_drafts(draw: st.DrawFn) -> str:
    """Blocks between blank lines (any of the three line breaks)."""
    blocks = draw(st.lists(st.one_of(BLOCK, SPANNING), min_size=1, max_size=8))
    text = draw(FRONT) + "\n\n".join(blocks) + "\n"
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "".join(line + draw(ENDING) for line in lines[:-1]) + lines[-1]


def assert_segments_mask_as_whole(text: str, segment_chars: int) -> None:
    try:
        whole = mask_markdown(text, "post.md")
    except InputError as error:  # invalid front matter: the same one line
        with pytest.raises(InputError, match=re.escape(str(error))):
            mask_long_markdown(text, "post.md", segment_chars=segment_chars)
        return
    pieces = mask_long_markdown(text, "post.md", segment_chars=segment_chars)
    assert pieces.analysis_text == whole.analysis_text
    assert pieces.block_starts == whole.block_starts
    assert pieces.comments == whole.comments
    assert dict(pieces.meta) == dict(whole.meta)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_drafts(), st.integers(1, 120))
def test_segments_mask_as_the_whole_draft(text: str, segment_chars: int) -> None:
    assert_segments_mask_as_whole(text, segment_chars)


@pytest.mark.parametrize(
    "text",
    [
        "```\ncode\n\nmore code\n\n```\n\nWe grew revenue.\n",
        "<pre>\n\ncode\n\n</pre>\n\nWe grew revenue.\n",
        "<!--\n\nhidden\n\n-->\n\nWe grew revenue.\n",
        "---\ntitle: t\n\nsummary: s\n---\n\nWe grew revenue.\n\n---\n\ntitle: not meta\n---\n",
        "Use [the docs][d] now.\n\nMore prose.\n\n[d]: /docs\n",
        "First paragraph.\r\n\r\n```\r\ncode\r\n\r\nx\r\n```\r\n\r\nLast.\r\n",
        "First.\r\rSecond.\r\r---\r\rThird.\r",
    ],
    ids=["fence", "pre", "comment", "front-matter", "reference", "crlf", "cr"],
)
def test_segments_at_every_blank_line(text: str) -> None:
    for segment_chars in range(1, len(text) + 1):
        assert_segments_mask_as_whole(text, segment_chars)


def test_a_definition_under_toml_front_matter_holds_in_every_segment() -> None:
    """Found by the property above: the references pass read the closing "+++"
    into the paragraph of the definition under it, so "[we][ref]" stayed text."""
    text = '+++\ntitle = "t"\n\nsummary = "s"\n+++\n[ref]: /dest/ref\n\n[we][ref]\n'
    assert mask_markdown(text, "post.md").analysis_text.endswith(" we      \n")
    assert_segments_mask_as_whole(text, 1)


def test_a_short_draft_is_one_segment() -> None:
    text = "We grew revenue.\n\n" * 10
    assert len(text) < SEGMENT_CHARS
    assert mask_long_markdown(text, "post.md") == mask_markdown(text, "post.md")


def test_a_long_draft_reads_as_the_whole() -> None:
    paragraph = "We passed 25,000 followers and grew revenue by 12% in `Q3`.\n\n"
    text = "---\ntitle: t\n---\n\n" + paragraph * (2 * SEGMENT_CHARS // len(paragraph))
    document = document_from_text(text, "post.md")
    assert document.analysis_text == mask_markdown(text, "post.md").analysis_text
    assert document.meta["title"] == "t"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc for VmHWM")
def test_reading_a_20_mb_draft_stays_bounded() -> None:
    """Decoding and masking 20 MB of Markdown: its bytes, text and masked copy
    (20 MB each), a segment's masking on top (50 MB: 1.7 GB before, 244 MB
    now; 20 MB here to keep CI short)."""
    script = textwrap.dedent(
        """
        from align_lint.documents.sources import document_from_bytes

        def high_water_mb():
            # VmHWM belongs to this process's own memory map; ru_maxrss also
            # counts the parent's resident set inherited across fork and exec,
            # so under a pytest worker it reads the worker's size.
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) // 1024
            raise SystemExit("no VmHWM")

        paragraph = b"We passed 25,000 followers and grew revenue by 12% in `Q3`.\\n"
        block = paragraph * 3 + b"\\n- a *list* item with a [link](https://e.com)\\n\\n"
        data = b"---\\ntitle: t\\n---\\n\\n" + block * (20_000_000 // len(block))
        before = high_water_mb()
        document = document_from_bytes(data, "big.md")
        assert len(document.analysis_text) == len(document.text)
        print(before, high_water_mb())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=600
    )
    before, peak = map(int, done.stdout.split())
    assert peak < 200, f"peak RSS {peak} MB (before masking {before} MB)"


PLAIN_LINE = st.lists(
    st.sampled_from(
        ["we", "grew", "10k", "followers", "•", "-", "*", "a@b.co", "@acme", "#launch",
         "https://e.com/a", "x.io", "&amp;", "&#35;", "1.", "", " "]
    ),
    max_size=8,
).map(" ".join)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(PLAIN_LINE, ENDING), min_size=1, max_size=10), st.integers(1, 40))
def test_plain_text_masks_in_pieces_as_whole(lines: list[tuple[str, str]], size: int) -> None:
    text = "".join(line + ending for line, ending in lines)
    assert mask_plaintext(text, segment_chars=size) == mask_plaintext(text, len(text) + 1)
