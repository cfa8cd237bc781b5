"""``--text-column`` and ``--platform-column``: which columns of a content
calendar hold the post and its network (docs/calendars.md). They beat the
config's ``text_column`` and ``platform_column``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from align_lint.documents.calendar import Columns

TextColumnOption = Annotated[
    str | None,
    typer.Option(
        "--text-column",
        metavar="HEADER",
        help="The column of a calendar (.csv, .tsv, .xlsx) that holds the post "
        "[default: text, message, post, copy, caption, body or content].",
    ),
]
PlatformColumnOption = Annotated[
    str | None,
    typer.Option(
        "--platform-column",
        metavar="HEADER",
        help="The column of a calendar that names each row's network(s) "
        "[default: platform, network, channel or profile].",
    ),
]


def columns_from_options(text: str | None, platform: str | None) -> Columns | None:
    """The flags as Columns, or None when neither was given (the configs decide)."""
    from align_lint.documents.calendar import Columns

    if text is None and platform is None:
        return None
    return Columns(
        text=_header(text, "--text-column"), platform=_header(platform, "--platform-column")
    )


def _header(value: str | None, flag: str) -> str | None:
    if value is not None and not value.strip():
        raise typer.BadParameter("must name a column header, not be empty", param_hint=flag)
    return value
