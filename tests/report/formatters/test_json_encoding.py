"""The report's JSON encoder writes exactly what json.dumps(indent=2) writes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from align_lint.report.formatters.json_ import _dumps

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(values)
def test_same_bytes_as_json_dumps(value: Any) -> None:
    assert _dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_tuples_are_lists_and_text_is_not_escaped() -> None:
    value = {"a": (1, 'é \\ " \n'), "b": [], "c": {}}
    assert _dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)
