"""A small, tolerant reader for the subset of YAML that RedNotebook and front matter use.

PyYAML is not one of the app's dependencies, so this reads what ``yaml.safe_dump`` writes for
RedNotebook's month files (block and flow mappings, int keys, plain / single-quoted /
double-quoted scalars folded over several lines, ``|`` and ``>`` block scalars) and what
people write in Markdown front matter (``key: value``, ``tags: [a, b]`` or a ``- item`` list).
Anchors, aliases, tags (``!!str``), complex keys and multi-document streams are refused with a
line number rather than guessed at.

Mappings come back as :class:`LineDict`, which remembers the line of each key, so callers can
name the line of a wrong value.
"""

from __future__ import annotations

import re
from typing import Any


class YamlError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


class LineDict(dict[Any, Any]):
    """A dict that also knows the 1-based line each key was written on."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Any, int] = {}


_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_HEX = {"x": 2, "u": 4, "U": 8}


def resolve_plain(text: str) -> Any:
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    if _INT.match(text):
        return int(text.replace("_", ""))
    return text


def loads(text: str) -> Any:
    return _Parser(text).document()


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text.replace("\r\n", "\n").replace("\r", "\n")
        if self.s.startswith("\ufeff"):
            self.s = self.s[1:]
        if "\t" in self._indentation_chars():
            raise YamlError(self._first_tab_line(), "tabs cannot indent YAML; use spaces")
        self.i = 0

    # -- helpers -----------------------------------------------------------------------------

    def _indentation_chars(self) -> set[str]:
        return {c for line in self.s.split("\n") for c in line[: len(line) - len(line.lstrip())]}

    def _first_tab_line(self) -> int:
        for number, line in enumerate(self.s.split("\n"), start=1):
            if "\t" in line[: len(line) - len(line.lstrip())]:
                return number
        return 1

    def line(self, at: int | None = None) -> int:
        return self.s.count("\n", 0, self.i if at is None else at) + 1

    def error(self, message: str, at: int | None = None) -> YamlError:
        return YamlError(self.line(at), message)

    def eof(self) -> bool:
        return self.i >= len(self.s)

    def peek(self, offset: int = 0) -> str:
        j = self.i + offset
        return self.s[j] if j < len(self.s) else ""

    def line_start(self, at: int | None = None) -> int:
        pos = self.i if at is None else at
        return self.s.rfind("\n", 0, pos) + 1

    def column(self) -> int:
        return self.i - self.line_start()

    def skip_spaces(self) -> None:
        while self.peek() == " ":
            self.i += 1

    def skip_blank_lines(self) -> None:
        """Move to the first character of the next line holding content (not a comment)."""
        while not self.eof():
            end = self.s.find("\n", self.i)
            end = len(self.s) if end < 0 else end
            content = self.s[self.i : end].strip()
            if content and not content.startswith("#"):
                start = self.i
                self.i = start + (len(self.s[start:end]) - len(self.s[start:end].lstrip(" ")))
                return
            self.i = end + 1
        self.i = min(self.i, len(self.s))

    def at_line_end(self) -> bool:
        """True at end of line, or before a comment."""
        j = self.i
        while j < len(self.s) and self.s[j] == " ":
            j += 1
        return j >= len(self.s) or self.s[j] == "\n" or self.s[j] == "#"

    def at_document_marker(self) -> bool:
        return (
            self.column() == 0
            and self.s.startswith(("---", "..."), self.i)
            and self.s[self.i + 3 : self.i + 4] in ("", "\n", " ")
        )

    def skip_to_next_line(self) -> None:
        end = self.s.find("\n", self.i)
        self.i = len(self.s) if end < 0 else end + 1

    # -- document and block nodes ------------------------------------------------------------

    def document(self) -> Any:
        self.skip_blank_lines()
        if self.s.startswith("---", self.i) and self.s[self.i + 3 : self.i + 4] in ("", "\n", " "):
            self.skip_to_next_line()
            self.skip_blank_lines()
        if self.eof():
            return None
        value = self.block_node(-1)
        self.skip_blank_lines()
        if not self.eof() and self.s.startswith(("...", "---"), self.i):
            self.skip_to_next_line()
            self.skip_blank_lines()
        if not self.eof():
            raise self.error("unexpected text (check the indentation)")
        return value

    def block_node(self, parent_indent: int) -> Any:
        self.skip_blank_lines()
        if self.eof():
            return None
        indent = self.column()
        if indent <= parent_indent:
            return None
        c = self.peek()
        if c in "&*!%@`":
            raise self.error("anchors, aliases and tags are not supported here")
        if c == "-" and self.peek(1) in (" ", "\n", ""):
            return self.block_sequence(indent)
        if self._looks_like_key():
            return self.block_mapping(indent)
        return self.flow_node(parent_indent, in_flow=False)

    def _looks_like_key(self) -> bool:
        c = self.peek()
        if c in "'\"":
            save = self.i
            try:
                self.quoted()
                self.skip_spaces()
                return self.peek() == ":"
            except YamlError:
                return False
            finally:
                self.i = save
        if c in "[{":
            return False
        end = self.s.find("\n", self.i)
        end = len(self.s) if end < 0 else end
        rest = self.s[self.i : end]
        return re.search(r":(\s|$)", rest) is not None and not rest.startswith("#")

    def block_mapping(self, indent: int) -> LineDict:
        result = LineDict()
        while True:
            self.skip_blank_lines()
            if self.eof():
                return result
            column = self.column()
            if column < indent or self.at_document_marker():
                return result
            if column > indent:
                raise self.error("this line is indented more than the lines before it")
            key_line = self.line()
            key = self.mapping_key()
            if key in result:
                raise self.error("this key appears twice")
            self.i += 1  # the colon
            self.skip_spaces()
            if self.at_line_end():
                self.skip_to_next_line()
                save = self.i
                self.skip_blank_lines()
                is_sequence = (
                    not self.eof()
                    and self.column() == indent
                    and self.peek() == "-"
                    and self.peek(1) in (" ", "\n", "")
                )
                self.i = save
                value = self.block_sequence_at(indent) if is_sequence else self.block_node(indent)
            elif self.peek() in "|>":
                value = self.block_scalar(indent)
            else:
                value = self.flow_node(indent, in_flow=False)
                self.end_of_value_line()
            result[key] = value
            result.lines[key] = key_line

    def block_sequence_at(self, indent: int) -> list[Any]:
        self.skip_blank_lines()
        return self.block_sequence(indent)

    def mapping_key(self) -> Any:
        if self.peek() in "'\"":
            key: Any = self.quoted()
            self.skip_spaces()
        else:
            start = self.i
            end = self.s.find("\n", start)
            end = len(self.s) if end < 0 else end
            match = re.search(r":(\s|$)", self.s[start:end])
            if match is None:
                raise self.error("expected a key followed by a colon")
            self.i = start + match.start()
            key = resolve_plain(self.s[start : self.i].strip())
        if self.peek() != ":":
            raise self.error("expected a colon after the key")
        return key

    def block_sequence(self, indent: int) -> list[Any]:
        items: list[Any] = []
        while True:
            self.skip_blank_lines()
            if self.eof() or self.column() < indent or self.at_document_marker():
                return items
            if self.column() > indent:
                raise self.error("this line is indented more than the lines before it")
            if not (self.peek() == "-" and self.peek(1) in (" ", "\n", "")):
                return items
            self.i += 1
            self.skip_spaces()
            if self.at_line_end():
                self.skip_to_next_line()
                items.append(self.block_node(indent))
            elif self.peek() in "|>":
                items.append(self.block_scalar(indent))
            else:
                if self._looks_like_key():
                    raise self.error("mappings inside a list are not supported here")
                items.append(self.flow_node(indent, in_flow=False))
                self.end_of_value_line()

    def end_of_value_line(self) -> None:
        self.skip_spaces()
        if self.peek() == "#":
            self.skip_to_next_line()
        elif self.peek() == "\n":
            self.i += 1
        elif not self.eof():
            raise self.error("unexpected text after a value")

    def block_scalar(self, indent: int) -> str:
        style = self.peek()
        self.i += 1
        chomp, explicit = "clip", 0
        while self.peek() in "+-123456789" and self.peek():
            c = self.peek()
            if c == "+":
                chomp = "keep"
            elif c == "-":
                chomp = "strip"
            else:
                explicit = int(c)
            self.i += 1
        if not self.at_line_end():
            raise self.error("unexpected text after a block scalar indicator")
        self.skip_to_next_line()
        lines: list[str] = []
        block_indent = indent + explicit if explicit else None
        while not self.eof():
            end = self.s.find("\n", self.i)
            end = len(self.s) if end < 0 else end
            raw = self.s[self.i : end]
            stripped = raw.lstrip(" ")
            lead = len(raw) - len(stripped)
            if not stripped:
                lines.append("")
                self.i = end + 1
                continue
            if block_indent is None:
                if lead <= indent:
                    break
                block_indent = lead
            if lead < block_indent:
                break
            lines.append(raw[block_indent:])
            self.i = end + 1
        self.i = min(self.i, len(self.s))
        # trailing empty lines belong to chomping, and the position goes back to them
        trailing = 0
        while lines and lines[-1] == "":
            lines.pop()
            trailing += 1
        body = "\n".join(lines) if style == "|" else _fold_block(lines)
        if not lines:
            return "\n" * trailing if chomp == "keep" else ""
        if chomp == "strip":
            return body
        if chomp == "keep":
            return body + "\n" * (trailing + 1)
        return body + "\n"

    # -- flow nodes ---------------------------------------------------------------------------

    def flow_node(self, parent_indent: int, *, in_flow: bool) -> Any:
        c = self.peek()
        if c == "{":
            return self.flow_mapping()
        if c == "[":
            return self.flow_sequence()
        if c in "'\"":
            return self.quoted()
        if c in "&*!%@`":
            raise self.error("anchors, aliases and tags are not supported here")
        return resolve_plain(self.plain(parent_indent, in_flow=in_flow))

    def skip_flow_space(self) -> None:
        while not self.eof():
            c = self.peek()
            if c in " \n":
                self.i += 1
            elif c == "#" and (self.i == 0 or self.s[self.i - 1] in " \n"):
                self.skip_to_next_line()
            else:
                return

    def flow_mapping(self) -> LineDict:
        start = self.i
        self.i += 1
        result = LineDict()
        while True:
            self.skip_flow_space()
            if self.eof():
                raise self.error("this { is never closed", start)
            if self.peek() == "}":
                self.i += 1
                return result
            key_line = self.line()
            if self.peek() in "'\"":
                key = self.quoted()
            else:
                key = resolve_plain(self.plain(-1, in_flow=True, key=True))
            self.skip_flow_space()
            value: Any = None
            if self.peek() == ":":
                self.i += 1
                self.skip_flow_space()
                if self.peek() not in ",}":
                    value = self.flow_node(-1, in_flow=True)
                    self.skip_flow_space()
            if self.eof():
                raise self.error("this { is never closed", start)
            if key in result:
                raise self.error("this key appears twice", start)
            result[key] = value
            result.lines[key] = key_line
            if self.peek() == ",":
                self.i += 1
            elif self.peek() != "}":
                raise self.error("expected , or } in a { … } mapping")

    def flow_sequence(self) -> list[Any]:
        start = self.i
        self.i += 1
        items: list[Any] = []
        while True:
            self.skip_flow_space()
            if self.eof():
                raise self.error("this [ is never closed", start)
            if self.peek() == "]":
                self.i += 1
                return items
            items.append(self.flow_node(-1, in_flow=True))
            self.skip_flow_space()
            if self.eof():
                raise self.error("this [ is never closed", start)
            if self.peek() == ",":
                self.i += 1
            elif self.peek() != "]":
                raise self.error("expected , or ] in a [ … ] list")

    def plain(self, parent_indent: int, *, in_flow: bool, key: bool = False) -> str:
        """A plain scalar, possibly continued on more-indented lines (folded)."""
        stops = ",[]{}" if in_flow else ""
        pieces: list[str] = []
        blank_lines = 0
        while True:
            start = self.i
            while not self.eof():
                c = self.peek()
                if c == "\n":
                    break
                # (tolerant: "title: Hello: world" keeps its second colon, as people mean it)
                if (
                    in_flow
                    and c == ":"
                    and (self.peek(1) in (" ", "\n", "") or self.peek(1) in stops)
                ):
                    break
                if key and c == ":":
                    break
                if c == "#" and self.i > start and self.s[self.i - 1] == " ":
                    break
                if c in stops:
                    break
                self.i += 1
            piece = self.s[start : self.i].strip()
            if piece:
                if pieces:
                    pieces.append("\n" * blank_lines if blank_lines else " ")
                pieces.append(piece)
                blank_lines = 0
            if self.peek() != "\n" or key:
                break
            # continuation: the next content line must be indented more than the parent
            save = self.i
            self.i += 1
            blanks = 0
            while not self.eof():
                end = self.s.find("\n", self.i)
                end = len(self.s) if end < 0 else end
                if self.s[self.i : end].strip():
                    break
                blanks += 1
                self.i = end + 1
            if self.eof():
                self.i = save
                break
            lead = len(self.s[self.i :]) - len(self.s[self.i :].lstrip(" "))
            self.i += lead
            nxt = self.peek()
            if (
                (lead <= parent_indent and not in_flow)
                or nxt == "#"
                or (not in_flow and self._looks_like_key())
                or (not in_flow and nxt == "-" and self.peek(1) in (" ", "\n", ""))
                or (in_flow and nxt in stops)
            ):
                self.i = save
                break
            blank_lines = blanks
        return "".join(pieces)

    def quoted(self) -> str:
        quote = self.peek()
        start = self.i
        self.i += 1
        out: list[str] = []
        while True:
            if self.eof():
                raise self.error(f"this {quote}quoted text{quote} is never closed", start)
            c = self.peek()
            if quote == "'" and c == "'":
                if self.peek(1) == "'":
                    out.append("'")
                    self.i += 2
                    continue
                self.i += 1
                return "".join(out)
            if quote == '"' and c == '"':
                self.i += 1
                return "".join(out)
            if quote == '"' and c == "\\":
                nxt = self.peek(1)
                if nxt == "\n":  # escaped line break: join without a space
                    self.i += 2
                    while self.peek() == " ":
                        self.i += 1
                    continue
                if nxt in _ESCAPES:
                    out.append(_ESCAPES[nxt])
                    self.i += 2
                    continue
                if nxt in _HEX:
                    digits = self.s[self.i + 2 : self.i + 2 + _HEX[nxt]]
                    try:
                        out.append(chr(int(digits, 16)))
                    except ValueError as exc:
                        raise self.error("a \\x, \\u or \\U escape needs hex digits") from exc
                    self.i += 2 + _HEX[nxt]
                    continue
                raise self.error("unknown escape in double-quoted text")
            if c == "\n":
                # fold: trailing spaces go, one break is a space, each blank line a newline
                while out and out[-1] in (" ", "\t"):
                    out.pop()
                self.i += 1
                blanks = 0
                while True:
                    while self.peek() in (" ", "\t") and self.peek():
                        self.i += 1
                    if self.peek() == "\n":
                        blanks += 1
                        self.i += 1
                        continue
                    break
                out.append("\n" * blanks if blanks else " ")
                continue
            out.append(c)
            self.i += 1


def _fold_block(lines: list[str]) -> str:
    """Folded (``>``) block scalar: a single break between plain lines becomes a space, each
    blank line a newline; more-indented lines keep their breaks."""
    out = ""
    previous: str | None = None
    blanks = 0
    for line in lines:
        if line == "":
            blanks += 1
            continue
        if previous is None:
            out = "\n" * blanks + line
        elif line.startswith((" ", "\t")) or previous.startswith((" ", "\t")):
            out += "\n" * (blanks + 1) + line
        else:
            out += ("\n" * blanks if blanks else " ") + line
        previous = line
        blanks = 0
    return out
