"""Formatting operations of the Markdown editor as pure functions on (text, selection).

Each returns the new text and the new selection, so the editor applies them as one undoable
edit and tests need no widget.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    text: str
    start: int
    end: int


def toggle_wrap(text: str, start: int, end: int, marker: str) -> Edit:
    """Bold (``**``) or italic (``*``): wrap the selection, or unwrap it if already wrapped.

    With no selection, the word under the cursor is used; with no word, an empty pair is
    inserted and the cursor placed between the markers.
    """
    start, end = sorted((start, end))
    if start == end:
        start, end = _word_at(text, start)
    n = len(marker)
    inner_wrapped = (
        end - start >= 2 * n and text[start : start + n] == marker and text[end - n : end] == marker
    )
    outer_wrapped = (
        start >= n and text[start - n : start] == marker and text[end : end + n] == marker
    )
    if inner_wrapped and not _longer_marker_inside(text, start, end, marker):
        body = text[start + n : end - n]
        return Edit(text[:start] + body + text[end:], start, start + len(body))
    if outer_wrapped and not _longer_marker_around(text, start, end, marker):
        return Edit(text[: start - n] + text[start:end] + text[end + n :], start - n, end - n)
    return Edit(text[:start] + marker + text[start:end] + marker + text[end:], start + n, end + n)


def _longer_marker_inside(text: str, start: int, end: int, marker: str) -> bool:
    # "**bold**" selected with marker "*": the selection is bold, not italic.
    return (
        marker == "*"
        and text[start : start + 2] == "**"
        and text[end - 2 : end] == "**"
        and not text[start:end].startswith("***")
    )


def _longer_marker_around(text: str, start: int, end: int, marker: str) -> bool:
    return (
        marker == "*"
        and text[max(0, start - 2) : start] == "**"
        and text[end : end + 2] == "**"
        and text[max(0, start - 3) : start] != "***"
    )


def _word_at(text: str, pos: int) -> tuple[int, int]:
    left = pos
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "'’-"):
        left -= 1
    right = pos
    while right < len(text) and (text[right].isalnum() or text[right] in "'’-"):
        right += 1
    return left, right


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if end > start and end > 0 and text[end - 1] == "\n":
        line_end = end - 1
    return line_start, len(text) if line_end == -1 else line_end


_PREFIXES = {
    "bullet": "- ",
    "checklist": "- [ ] ",
    "quote": "> ",
    "numbered": "1. ",
}
_ALL_PREFIXES = ("- [ ] ", "- [x] ", "- ", "> ", "1. ", "# ", "## ", "### ")


def _strip_prefix(line: str) -> tuple[str, str]:
    """The list/quote/heading prefix of a line (any number counts as "1. ") and the rest."""
    digits = line.split(". ", 1)[0]
    if digits.isdigit() and line.startswith(digits + ". "):
        return "1. ", line[len(digits) + 2 :]
    for prefix in _ALL_PREFIXES:
        if line.startswith(prefix):
            return prefix, line[len(prefix) :]
    return "", line


def toggle_line_prefix(text: str, start: int, end: int, kind: str) -> Edit:
    """Bullet list, checklist, quote or numbered list on every selected line (toggles)."""
    wanted = _PREFIXES[kind]
    a, b = _line_span(text, *sorted((start, end)))
    lines = text[a:b].split("\n")
    all_have = all(_strip_prefix(line)[0] == wanted or not line.strip() for line in lines)
    out = []
    number = 1
    for line in lines:
        prefix, rest = _strip_prefix(line)
        if all_have:
            out.append(rest if prefix == wanted else line)
        elif not line.strip() and len(lines) > 1:
            out.append(line)
        else:
            if kind == "numbered":
                out.append(f"{number}. {rest}")
                number += 1
            else:
                out.append(wanted + rest)
    block = "\n".join(out)
    return Edit(text[:a] + block + text[b:], a, a + len(block))


def cycle_heading(text: str, start: int, end: int) -> Edit:
    """No heading → # → ## → ### → no heading, on the cursor's line."""
    a, b = _line_span(text, start, start)
    line = text[a:b]
    level = len(line) - len(line.lstrip("#"))
    rest = line.lstrip("#").lstrip(" ")
    new_line = rest if level >= 3 else "#" * (level + 1) + " " + rest
    return Edit(text[:a] + new_line + text[b:], a + len(new_line), a + len(new_line))


def toggle_checkbox(text: str, position: int) -> Edit:
    """Tick or untick the checklist item on the line at ``position``."""
    a, b = _line_span(text, position, position)
    line = text[a:b]
    stripped = line.lstrip()
    indent = line[: len(line) - len(stripped)]
    if stripped.startswith("- [ ] "):
        line = indent + "- [x] " + stripped[6:]
    elif stripped.lower().startswith("- [x] "):
        line = indent + "- [ ] " + stripped[6:]
    return Edit(text[:a] + line + text[b:], position, position)


def continue_list(text: str, position: int) -> Edit | None:
    """On Enter inside a list item: start the next item; on an empty item: end the list."""
    a, b = _line_span(text, position, position)
    line = text[a:position]
    stripped = line.lstrip()
    indent = line[: len(line) - len(stripped)]
    for prefix in ("- [ ] ", "- [x] ", "- ", "* ", "> "):
        if stripped.startswith(prefix):
            nxt = "- [ ] " if prefix == "- [x] " else prefix
            break
    else:
        digits = stripped.split(". ", 1)[0]
        if digits.isdigit() and stripped.startswith(digits + ". "):
            prefix, nxt = digits + ". ", f"{int(digits) + 1}. "
        else:
            return None
    if stripped == prefix and text[position:b].strip() == "":  # empty item: leave the list
        return Edit(text[:a] + text[position:], a, a)
    insert = "\n" + indent + nxt
    return Edit(
        text[:position] + insert + text[position:], position + len(insert), position + len(insert)
    )
