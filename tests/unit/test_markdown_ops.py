import pytest

from innerchild_desktop.domain.markdown_ops import (
    continue_list,
    cycle_heading,
    toggle_checkbox,
    toggle_line_prefix,
    toggle_wrap,
)


def test_bold_wraps_selection_and_unwraps_it_again() -> None:
    edit = toggle_wrap("I was brave today", 6, 11, "**")
    assert edit.text == "I was **brave** today" and (edit.start, edit.end) == (8, 13)
    again = toggle_wrap(edit.text, edit.start, edit.end, "**")
    assert again.text == "I was brave today" and (again.start, again.end) == (6, 11)


def test_bold_with_no_selection_uses_the_word_under_the_cursor() -> None:
    assert toggle_wrap("so tired", 4, 4, "**").text == "so **tired**"
    empty = toggle_wrap("a  b", 2, 2, "*")
    assert empty.text == "a ** b" and empty.start == empty.end == 3


def test_italic_inside_bold_is_not_confused_with_unbolding() -> None:
    assert toggle_wrap("**x**", 0, 5, "*").text == "***x***"
    assert toggle_wrap("***x***", 3, 4, "*").text == "**x**"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("bullet", "- one\n- two"),
        ("checklist", "- [ ] one\n- [ ] two"),
        ("quote", "> one\n> two"),
        ("numbered", "1. one\n2. two"),
    ],
)
def test_line_prefixes_toggle_on_every_selected_line(kind: str, expected: str) -> None:
    edit = toggle_line_prefix("one\ntwo", 0, 7, kind)
    assert edit.text == expected
    assert toggle_line_prefix(edit.text, 0, len(edit.text), kind).text == "one\ntwo"


def test_switching_list_kind_replaces_the_old_prefix() -> None:
    assert toggle_line_prefix("- one", 0, 5, "checklist").text == "- [ ] one"


def test_heading_cycles() -> None:
    text = "Dear me"
    seen = []
    for _ in range(4):
        text = cycle_heading(text, 0, 0).text
        seen.append(text)
    assert seen == ["# Dear me", "## Dear me", "### Dear me", "Dear me"]


def test_checkbox_ticks_and_unticks() -> None:
    text = "- [ ] rest\n- [ ] call Sam"
    ticked = toggle_checkbox(text, 15).text
    assert ticked == "- [ ] rest\n- [x] call Sam"
    assert toggle_checkbox(ticked, 15).text == text


def test_enter_continues_and_ends_lists() -> None:
    edit = continue_list("- apples", 8)
    assert edit is not None and edit.text == "- apples\n- " and edit.start == 11
    done = continue_list(edit.text, edit.start)
    assert done is not None and done.text == "- apples\n"
    numbered = continue_list("3. three", 8)
    assert numbered is not None and numbered.text == "3. three\n4. "
    checked = continue_list("- [x] done", 10)
    assert checked is not None and checked.text.endswith("\n- [ ] ")
    assert continue_list("plain line", 10) is None
