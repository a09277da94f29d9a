"""The Markdown export's front matter writes every value exactly as JSON would (JSON strings
and lists are YAML flow values, which the markdown-dir importer reads back); strings and lists
of strings take a faster way there (issue 20), which must give the same text."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from innerchild_desktop.services.transfer.markdown_export import _yaml, front_matter

AS_JSON = json.JSONEncoder(ensure_ascii=False).encode
VALUES = (
    st.text()
    | st.lists(st.text(), max_size=6)
    | st.lists(st.one_of(st.text(), st.integers()), max_size=4)
    | st.integers()
    | st.floats(allow_nan=False)
)


@given(VALUES)
def test_a_value_is_written_as_json_writes_it(value: object) -> None:
    assert _yaml(value) == AS_JSON(value)
    assert json.loads(_yaml(value)) == value


def test_the_other_values_are_yaml_words() -> None:
    assert [_yaml(v) for v in (None, True, False, date(2020, 1, 2))] == [
        "null",
        "true",
        "false",
        "2020-01-02",
    ]


def test_front_matter_is_one_line_per_field_between_rules() -> None:
    text = front_matter({"title": 'Line\nbreak "quoted"', "tags": ["a", "ü"], "n": None})
    assert text.splitlines() == [
        "---",
        'title: "Line\\nbreak \\"quoted\\""',
        'tags: ["a", "ü"]',
        "n: null",
        "---",
    ]
