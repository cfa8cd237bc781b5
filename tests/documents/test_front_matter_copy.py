"""The copy in front matter (issue 12 item 2): the values of ``front_matter_copy``
keys are linted as prose where they stand, every other value stays blank, and
a value whose characters cannot be mapped back exactly is skipped."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align_lint.datafiles.lines import LineMapping
from align_lint.documents import Document, document_from_text
from align_lint.documents.frontmatter import DEFAULT_COPY_KEYS, with_front_matter_copy
from align_lint.errors import InputError
from align_lint.run.linter import Linter
from align_lint.settings.config import Config


def copied(text: str, keys: tuple[str, ...] = DEFAULT_COPY_KEYS) -> Document:
    document = with_front_matter_copy(document_from_text(text, "post.md"), keys)
    assert len(document.analysis_text) == len(text)
    return document


def kept(text: str, keys: tuple[str, ...] = DEFAULT_COPY_KEYS) -> str:
    """The front matter's characters the analysis sees, each one the file's own."""
    analysis = copied(text, keys).analysis_text
    for offset, char in enumerate(analysis):
        assert char in " \n" or char == text[offset], f"offset {offset}: {char!r}"
    end = text.index("\n---", 3) if text.startswith("---") else text.index("\n+++", 3)
    return " ".join(analysis[:end].split())


def test_plain_and_quoted_values_are_prose_and_other_keys_stay_blank() -> None:
    text = (
        "---\n"
        "title: Spring launch recap\n"
        'description: "Signups doubled after the pricing change"\n'
        "summary: 'Support costs fell by a third'\n"
        "date: 2024-05-01\n"
        "author: Dana\n"
        "---\n"
        "Body.\n"
    )
    assert kept(text) == (
        "Spring launch recap Signups doubled after the pricing change Support costs fell by a third"
    )


def test_each_value_starts_a_block_so_no_sentence_runs_from_one_into_the_next() -> None:
    text = "---\ntitle: Launch day\ndescription: Our new plan\n---\nBody text.\n"
    starts = copied(text).block_starts
    assert text.index("Launch day") in starts
    assert text.index("Our new plan") in starts
    assert text.index("Body text.") in starts


def test_block_scalars_keep_their_text_and_blank_header_and_indentation() -> None:
    text = (
        "---\n"
        "description: >-  # folded\n"
        "  Renewals rose\n"
        "  by 12% this quarter.\n"
        "\n"
        "  A second paragraph.\n"
        "linkedin: |\n"
        "  First line.\n"
        "  Second line.\n"
        "---\n"
        "Body.\n"
    )
    document = copied(text)
    analysis = document.analysis_text
    renewals = text.index("Renewals")
    # A folded value is read as the one line it renders as; a literal one keeps its breaks.
    assert analysis[renewals : text.index("this quarter")] == "Renewals rose   by 12% "
    assert analysis[text.index("First line.") :].startswith("First line.\n  Second line.")
    assert "folded" not in analysis and ">-" not in analysis and "|" not in analysis
    assert text.index("A second paragraph.") in document.block_starts
    assert renewals in document.block_starts


def test_a_social_mapping_and_lists_of_strings_are_copy() -> None:
    text = (
        "---\n"
        "social:\n"
        "  linkedin: Churn fell to 2%\n"
        "  x: 'Churn is down'\n"
        "tweet:\n"
        "  - First tweet\n"
        "  - Second tweet\n"
        "tags: [pricing, churn]\n"
        "---\n"
        "Body.\n"
    )
    assert kept(text) == "Churn fell to 2% Churn is down First tweet Second tweet"


def test_escaped_quotes_are_blanked_and_the_rest_of_the_value_kept() -> None:
    text = '---\ntitle: "Meet \\"Atlas\\": faster invoicing"\n---\nBody.\n'
    assert kept(text) == "Meet Atlas : faster invoicing"


def test_doubled_single_quotes_stay_as_written() -> None:
    text = "---\ntitle: 'It''s live'\n---\nBody.\n"
    assert kept(text) == "It''s live"


@pytest.mark.parametrize(
    "value",
    [
        '"Line one\\nLine two"',  # an escape that changes length: columns would drift
        '"caf\\u00e9 menu"',
        "*intro",  # an alias: its text stands under another key
    ],
)
def test_values_that_cannot_be_mapped_back_exactly_are_skipped(value: str) -> None:
    text = f"---\nintro: &intro We doubled revenue\ndescription: {value}\n---\nBody.\n"
    assert kept(text) == ""
    assert copied(text).meta["description"]  # still read as front matter


def test_a_value_with_a_comment_inside_its_span_is_skipped() -> None:
    # A block scalar ends where the comment begins; if a loader ever put the
    # comment inside the value's span, the words would differ and it is skipped.
    text = "---\ndescription: |\n  Revenue grew.\n# a note\ntitle: Recap\n---\nBody.\n"
    assert "a note" not in copied(text).analysis_text
    assert kept(text) == "Revenue grew. Recap"


def test_the_key_list_chooses_and_an_empty_list_turns_it_off() -> None:
    text = "---\ntitle: Recap\nblurb: Faster invoices\n---\nBody.\n"
    assert kept(text) == "Recap"
    assert kept(text, ("blurb",)) == "Faster invoices"
    assert kept(text, ()) == ""


def test_crlf_front_matter_keeps_columns() -> None:
    text = "---\r\ntitle: Recap\r\ndescription: >\r\n  Two\r\n  lines\r\n---\r\nBody.\r\n"
    analysis = copied(text).analysis_text
    assert analysis[text.index("Recap") :].startswith("Recap")
    assert analysis[text.index("Two") :].startswith("Two    lines")  # break and indent: spaces


def test_toml_front_matter_strings_are_copy() -> None:
    text = (
        "+++\n"
        'title = "Announcing \\"Atlas\\" 2.0"\n'
        "description = '''\n"
        "Invoices go out\n"
        "a day sooner'''\n"
        'authors = ["Dana"]\n'
        'summary = "Tab\\tescape"\n'
        "[social]\n"
        "linkedin = 'Billing is faster'\n"
        "[extra]\n"
        'note = "not copy"\n'
        "+++\n"
        "Body.\n"
    )
    assert kept(text) == "Announcing Atlas 2.0 Invoices go out a day sooner Billing is faster"


def test_an_assignment_quoted_inside_a_toml_multi_line_string_is_not_read_as_one() -> None:
    text = '+++\nnote = """\\t\ntitle = "Recap"\n"""\ntitle = "Recap"\n+++\nBody.\n'
    document = copied(text)
    assert document.analysis_text[text.index('title = "Recap"') :].startswith(" " * 15)
    assert kept(text) == "Recap"


def test_values_are_kept_on_the_front_matter_whatever_the_keys() -> None:
    document = document_from_text("---\ntitle: Recap\nother: Text\n---\nBody.\n", "post.md")
    assert isinstance(document.meta, LineMapping)
    assert [(value.key, value.text) for value in document.meta.texts] == [
        ("title", "Recap"),
        ("other", "Text"),
    ]
    assert "Recap" not in document.analysis_text  # until the run chooses the keys


def test_findings_in_front_matter_point_at_the_value_in_the_file(linter: Linter) -> None:
    text = (
        "---\n"
        "date: 2024-05-01\n"
        'title: "We passed 10,000 followers"\n'
        "description: >-\n"
        "  The launch got\n"
        "  2 million views.\n"
        "---\n"
        "We shipped the billing page; invoices are paid a day sooner.\n"
    )
    result = linter.lint_text(text, path="post.md")
    lines = text.splitlines()
    spots = {(f.line, f.column, f.text) for f in result.findings if f.rule == "vanity-metric"}
    for line, column, matched in spots:
        assert lines[line - 1][column - 1 :].startswith(matched)
    assert {(line, matched) for line, _, matched in spots} >= {
        (3, "10,000 followers"),
        (6, "2 million views"),
    }


def test_with_front_matter_copy_off_nothing_in_front_matter_is_reported() -> None:
    text = '---\ntitle: "We passed 10,000 followers"\n---\nInvoices are paid sooner.\n'
    quiet = Linter(Config(front_matter_copy=()))
    assert not [f for f in quiet.lint_text(text, path="post.md").findings if f.line == 2]


def test_front_matter_cannot_set_the_run_wide_key(linter: Linter) -> None:
    text = "---\nalign:\n  front_matter_copy: []\n---\nBody text.\n"
    with pytest.raises(InputError, match=r"front_matter_copy.*whole run"):
        linter.lint_text(text, path="post.md")


_WORDS = st.sampled_from(
    ["we", "grew", "10k", "followers", "revenue", "12%", "café", "😀", "it's", "a:b", "#tag", "x"]
)
_VALUE = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)
_YAML_VALUE = st.one_of(
    _VALUE.map(lambda v: json.dumps(v, ensure_ascii=False)),  # double-quoted, escapes and all
    _VALUE.map(lambda v: "'" + v.replace("'", "''") + "'"),
    st.lists(_VALUE, min_size=1, max_size=3).map(lambda lines: ">\n  " + "\n  ".join(lines)),
    st.lists(_VALUE, min_size=1, max_size=3).map(lambda lines: "|-\n  " + "\n  ".join(lines)),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_YAML_VALUE, min_size=1, max_size=3), st.booleans())
def test_every_value_is_kept_at_its_own_offsets_and_reads_as_parsed(
    values: list[str], crlf: bool
) -> None:
    keys = tuple(f"k{index}" for index in range(len(values)))
    pairs = (f"{key}: {value}" for key, value in zip(keys, values, strict=True))
    text = "\n".join(["---", *pairs, "---", "Body.", ""])
    if crlf:
        text = text.replace("\n", "\r\n")
    document = copied(text, keys)
    for offset, char in enumerate(document.analysis_text):
        assert char in " \n" or char == text[offset]
    meta = document.meta
    assert isinstance(meta, LineMapping)
    assert [value.key for value in meta.texts] == list(keys)  # no escapes here: all kept
    for value in meta.texts:
        assert text[value.start : value.start + len(value.text)].strip()  # in place
        assert value.text.replace("''", "'").split() == meta[value.key].split()


def test_a_long_draft_is_not_copied_character_by_character() -> None:
    """Issue 11: putting the title back made a list of every character of the
    draft (8 bytes each: 400 MB for 50 MB, the peak of the whole run)."""
    import tracemalloc

    body = "Plain words about the weather today.\n\n" * 50_000  # 1.9 MB
    text = "---\ntitle: Our new followers\r\n---\n" + body
    document = document_from_text(text, "post.md")
    tracemalloc.start()
    try:
        copy = with_front_matter_copy(document, DEFAULT_COPY_KEYS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "Our new followers" in copy.analysis_text
    assert (
        copy.analysis_text[text.index("Plain") :] == document.analysis_text[text.index("Plain") :]
    )
    # The new string and the slice it is joined from, not 8 bytes a character.
    assert peak < 4 * len(text)
