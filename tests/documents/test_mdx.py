"""MDX drafts (issue 12 item 1): ESM, expressions, JSX tags and comments are
masked; the prose inside components is linted as Markdown; offsets stay exact."""

from __future__ import annotations

import pytest

from align_lint.documents import Document, document_from_text
from align_lint.documents.mdx import mask_mdx
from align_lint.documents.sources import format_for
from align_lint.run.linter import Linter


def mdx(text: str) -> Document:
    return document_from_text(text, "post.mdx")


def prose(document: Document) -> str:
    """The analysis text with runs of whitespace as one space (what is left to lint)."""
    return " ".join(document.analysis_text.split())


def blanked(document: Document, part: str) -> bool:
    """Whether every character of ``part`` (found in the text) is masked."""
    start = document.text.index(part)
    return not document.analysis_text[start : start + len(part)].strip()


def test_import_and_export_lines_are_javascript_not_prose() -> None:
    document = mdx(
        "import { Callout } from '@/components/callout'\n"
        'import Chart from "./chart"\n'
        "\n"
        "export const meta = {\n"
        '  title: "We crossed 10k followers",\n'
        "\n"
        "  tags: ['launch', `growth ${year}`],\n"
        "}\n"
        "\n"
        "Revenue grew 12% in Q3.\n"
    )
    assert prose(document) == "Revenue grew 12% in Q3."
    assert len(document.analysis_text) == len(document.text)


def test_import_inside_a_paragraph_is_prose() -> None:
    # ESM starts a block after a blank line: mid-paragraph it is a word.
    document = mdx("Our customers asked us to\nimport their CRM data in one click.\n")
    assert prose(document) == "Our customers asked us to import their CRM data in one click."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '<Callout type="info">We crossed **10k followers**.</Callout>\n',
            "We crossed 10k followers .",
        ),
        ("<Callout>\n    Revenue grew 12% in Q3.\n</Callout>\n", "Revenue grew 12% in Q3."),
        (
            '<Tabs>\n  <Tab label="One">\n\n        - The campaign was a huge success.\n'
            "  </Tab>\n</Tabs>\n",
            "The campaign was a huge success.",
        ),
        ("Sales rose. <Chart data={[1, 2, 3]} height={300} />\n", "Sales rose."),
        ("<>\n  Churn fell by half.\n</>\n", "Churn fell by half."),
        ("Press <kbd>Ctrl</kbd> to <Foo.Bar {...props}>save</Foo.Bar>.\n", "Press Ctrl to save ."),
    ],
    ids=["one-line", "indented-children", "nested", "self-closing", "fragment", "inline"],
)
def test_prose_inside_components_is_linted_and_the_tags_are_not(text: str, expected: str) -> None:
    # In CommonMark "<Callout>" opens an HTML block that swallows its children,
    # and children indented four spaces are code: MDX reads both as Markdown.
    assert prose(mdx(text)) == expected


def test_attributes_across_lines_with_strings_and_expressions_are_part_of_the_tag() -> None:
    document = mdx(
        "<Card\n"
        '  title="We hit 1M views > goal"\n'
        "  onClick={() => track({ event: 'click' })}\n"
        "  featured\n"
        ">\n"
        "Pipeline grew by $120k.\n"
        "</Card>\n"
    )
    assert prose(document) == "Pipeline grew by $120k."


@pytest.mark.parametrize(
    "expression",
    [
        "{props.followers}",
        '{"a } in a string"}',
        "{`template ${`nested ${x}`} }`}",
        "{/* a } comment */ value}",
        "{items.map((item) => ({ id: item }))}",
    ],
)
def test_expressions_are_masked_up_to_their_matching_brace(expression: str) -> None:
    document = mdx(f"We shipped {expression} to 40 customers.\n")
    assert blanked(document, expression)
    assert prose(document) == "We shipped to 40 customers."


def test_a_jsx_comment_is_masked_and_is_a_comment_range() -> None:
    text = "{/* TODO: say 10k followers */}\nLeads doubled.\n"
    document = mdx(text)
    assert prose(document) == "Leads doubled."
    assert [text[start:end] for start, end in document.comments] == [
        "{/* TODO: say 10k followers */}"
    ]


def test_code_keeps_its_braces_and_angle_brackets_as_code() -> None:
    document = mdx(
        "Use `{` to open and `<Tag` to start; revenue grew 12%.\n"
        "\n"
        "```jsx\n"
        "<Callout>{count}</Callout>\n"
        "```\n"
        "\n"
        "  ~~~\n"
        "  {unclosed\n"
        "  ~~~\n"
        "After the code, churn fell.\n"
    )
    assert (
        prose(document) == "Use to open and to start; revenue grew 12%. After the code, churn fell."
    )


def test_what_is_not_syntax_stays_prose() -> None:
    document = mdx("Costs fell 3 < 5 and \\{braces\\} stay, <3 for <https://example.com>.\n")
    assert prose(document) == "Costs fell 3 < 5 and {braces } stay, <3 for ."


def test_an_unclosed_brace_leaves_the_rest_as_prose() -> None:
    document = mdx("We grew {revenue by 12%.\n\nThen {a} and {b} stay prose.\n")
    assert "revenue by 12%" in prose(document)
    assert len(document.analysis_text) == len(document.text)


def test_front_matter_is_read_as_yaml_not_scanned_as_mdx() -> None:
    document = mdx(
        "---\n"
        "title: Launch\n"
        "tags: {kind: launch}\n"
        "nested:\n"
        "  key: value\n"
        "---\n"
        "\n"
        "<Note>Revenue grew.</Note>\n"
    )
    assert document.meta == {
        "title": "Launch",
        "tags": {"kind": "launch"},
        "nested": {"key": "value"},
    }
    assert prose(document) == "Revenue grew."


def test_line_breaks_and_length_are_kept() -> None:
    text = "import A from 'a'\r\n\r\n<A>\r\n    We grew.\r\n</A>\r\n"
    document = mdx(text)
    assert len(document.analysis_text) == len(text)
    assert [i for i, c in enumerate(text) if c in "\r\n"] == [
        i for i, c in enumerate(document.analysis_text) if c in "\r\n"
    ]


def test_findings_in_components_point_at_the_text_in_the_file(linter: Linter) -> None:
    text = (
        "import { Callout } from './callout'\n"
        "\n"
        '<Callout type="info">\n'
        "    This week we crossed **10k followers** on LinkedIn.\n"
        "</Callout>\n"
    )
    result = linter.lint_text(text, path="post.mdx")
    (vanity,) = [f for f in result.findings if f.rule == "vanity-metric"]
    assert (vanity.line, vanity.column, vanity.text) == (4, 28, "10k followers")
    assert text.splitlines()[3][vanity.column - 1 :].startswith("10k followers")


def test_markdown_read_of_the_same_draft_misses_the_component_prose(linter: Linter) -> None:
    # The false pass of issue 12: as .md the HTML block hides the claim.
    text = "<Callout>\nThis week we crossed 10k followers on LinkedIn.\n</Callout>\n"
    as_markdown = linter.lint_text(text, path="post.md")
    as_mdx = linter.lint_text(text, path="post.mdx")
    assert not any(f.rule == "vanity-metric" for f in as_markdown.findings)
    assert any(f.rule == "vanity-metric" for f in as_mdx.findings)


def test_jsx_comments_suppress_like_html_comments_in_markdown(linter: Linter) -> None:
    text = (
        "Leads doubled after the webinar.\n"
        "\n"
        "{/* align-disable-next-line vanity-metric */}\n"
        "We also crossed 10k followers.\n"
        "\n"
        "We crossed 20k followers later.\n"
    )
    result = linter.lint_text(text, path="post.mdx")
    vanity = [f.line for f in result.findings if f.rule == "vanity-metric"]
    assert vanity == [6]
    assert not any(f.rule == "unused-suppression" for f in result.findings)


def test_a_jsx_comment_that_suppresses_nothing_is_reported(linter: Linter) -> None:
    text = "{/* align-disable-next-line hype-word */}\nLeads doubled after the webinar.\n"
    result = linter.lint_text(text, path="post.mdx")
    assert [(f.rule, f.line) for f in result.findings if f.rule == "unused-suppression"] == [
        ("unused-suppression", 1)
    ]


@pytest.mark.parametrize(
    ("name", "extensions", "expected"),
    [
        ("post.mdx", None, "mdx"),
        ("POST.MDX", None, "mdx"),
        ("post.md", None, "markdown"),
        ("notes.txt", None, "text"),
        ("post.unknown", None, "markdown"),
        ("a.tweet", {".tweet": "text"}, "text"),
        ("a.mdoc", {".mdoc": "markdown"}, "markdown"),
        ("a.md", {".md": "mdx"}, "mdx"),
    ],
)
def test_format_follows_the_suffix_and_the_configured_extensions(
    name: str, extensions: dict[str, str] | None, expected: str
) -> None:
    assert format_for(name, extensions) == expected


def test_a_mapped_extension_is_read_in_its_format() -> None:
    text = "• Spike in sales • <b>200% growth</b>\n"
    as_text = document_from_text(text, "a.tweet", extensions={".tweet": "text"})
    as_markdown = document_from_text(text, "a.tweet")
    assert "<b>" in as_text.analysis_text and "<b>" not in as_markdown.analysis_text


def test_a_long_mdx_draft_is_masked_in_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11: a long MDX draft is masked as Markdown in segments, as a long
    Markdown draft is (bounded memory), with the masking of the whole."""
    from align_lint.documents import segments

    post = (
        "import Chart from './chart'\n\n# Spring launch\n\n"
        'Say hello to our <Badge kind="new" /> followers {props.count} from the fair.\n\n'
        "<Chart data={[1, 2, 3]}>\n  We crossed 10k followers.\n</Chart>\n\n"
        "- one item with `code` here\n- another item\n\n"
    )
    seen: list[int] = []
    whole = segments.mask_markdown

    def spy(text: str, *args: object, **kwargs: object) -> object:
        seen.append(len(text))
        return whole(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(segments, "mask_markdown", spy)
    count = 2 * segments.SEGMENT_CHARS // len(post)  # dedented and blanked: over one segment
    masked = mask_mdx(post * count, "post.mdx")
    assert len(seen) > 1 and max(seen) < len(post) * count  # pieces, never the whole
    assert masked.analysis_text == mask_mdx(post, "post.mdx").analysis_text * count
