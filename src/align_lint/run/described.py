"""What a document says about itself that reports group by: its date, author
and platform, from its front matter or its calendar row (``Document.meta``).

They ride on the DocumentResult (and so in the cache) because a report such as
the scorecard sees only result records, never a Document. A value align cannot
read as one of these is left out (""), never an error: the draft is still
linted, the scorecard just cannot place it on the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, NamedTuple

# Long enough for any real name; a front matter value beyond it is not one.
_LONGEST = 200
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])")


class Described(NamedTuple):
    date: str  # YYYY-MM-DD
    author: str
    platform: str


def described_by(meta: Mapping[str, Any]) -> Described:
    """The date, author and platform a document's meta names ("" for none)."""
    return Described(
        date=iso_day(meta.get("date")),
        author=_names(meta.get("author", meta.get("authors"))),
        platform=_name(meta.get("platform")),
    )


def iso_day(value: Any) -> str:
    """The day a date-like value names: YAML and TOML dates and datetimes, and
    strings that start with an ISO date (``2025-03-04``, ``2025-03-04T09:30Z``)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return ""
    found = _ISO_DAY.match(value.strip())
    if found is None:
        return ""
    try:
        return date.fromisoformat(found[1]).isoformat()
    except ValueError:  # 2025-02-30
        return ""


def _name(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    name = " ".join(value.split())  # one line, whatever the YAML folded
    return name if len(name) <= _LONGEST else ""


def _names(value: Any) -> str:
    """An author, or Hugo's list of authors joined as one name."""
    if isinstance(value, (list, tuple)):
        return _name(", ".join(item for item in value if isinstance(item, str)))
    return _name(value)
