"""YAML for the importers (RedNotebook month files, Markdown front matter): PyYAML, kept strict.

PyYAML's parser reads the text (libyaml's when there: a 440,000-character RedNotebook month
in 0.02 s, against 0.21 s for the hand-written reader this replaced and 0.49 s for PyYAML's
pure-Python parser); a small composer and resolver on top decide what comes out, so the
importers see the same values whatever wrote the file:

- anchors, aliases and explicit tags (``&a``, ``*a``, ``!!str``) are refused, so nothing is
  expanded (no alias bombs) and nothing is built from a tag;
- only the YAML 1.2 core scalars are resolved: ``null``/``~``/empty, ``true``/``false`` and
  decimal integers. Everything else stays the text as written: ``2024-05-17`` and ``1.5`` are
  strings (the callers parse dates themselves), and YAML 1.1's ``yes``/``no``/``on``/``off``,
  ``0x1F`` and ``1:30`` keep their words instead of turning into booleans or numbers;
- a key written twice is an error, not a silent overwrite; nesting, size and integer length
  are bounded;
- one habit of hand-written front matter is forgiven: ``title: Dear me: a letter`` (a second
  ``: `` inside a plain value) reads as the whole text, as people mean it.

Every problem is a :class:`YamlError` with a 1-based line and a sentence of our own; PyYAML's
own message is never passed on, as it may quote the text being read. Mappings come back as
:class:`LineDict`, which remembers the line of each key, so callers can name a wrong value's line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, DocumentStartEvent, ScalarEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

MAX_CHARS = 64 * 1024 * 1024  # a month of RedNotebook at its busiest is a few megabytes
MAX_DEPTH = 64  # front matter nests two levels, RedNotebook three
MAX_INT_DIGITS = 4300  # Python's own limit for int(str) (sys.get_int_max_str_digits)
MAX_LENIENT_FIXES = 50  # "title: a: b" lines forgiven per document (each one parses it again)
MAX_LENIENT_CHARS = 256 * 1024  # ...and only in a document this small, as front matter is

_NULL, _BOOL, _INT = (f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int"))


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


class _CoreResolver(BaseResolver):
    """YAML 1.2's core schema without floats: what the old reader resolved and callers expect."""


_CoreResolver.add_implicit_resolver(
    _NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_CoreResolver.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_CoreResolver.add_implicit_resolver(
    _INT, re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789")
)


class _StrictComposer(Composer):
    """PyYAML's composer, refusing aliases, anchors and tags, bounding depth, one document."""

    _depth = 0

    if TYPE_CHECKING:  # the parser mixed in beside it (PyYAML's or libyaml's) provides these

        def check_event(self, *choices: Any) -> bool: ...
        def peek_event(self) -> Any: ...
        def get_event(self) -> Any: ...

    def get_single_node(self) -> Node | None:
        self.get_event()  # StreamStartEvent
        node = None
        if not self.check_event(StreamEndEvent):
            node = self.compose_document()
        while not self.check_event(StreamEndEvent):  # a trailing "---" with nothing is fine
            if self.check_event(DocumentStartEvent):
                self.get_event()
            event = self.peek_event()
            if isinstance(event, ScalarEvent) and event.value == "" and event.implicit[0]:
                self.get_event()
                self.get_event()  # DocumentEndEvent
                continue
            raise YamlError(
                event.start_mark.line + 1,
                "unexpected text after the end (a line with --- starts a second document)",
            )
        self.get_event()
        return node

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, AliasEvent) or event.anchor is not None:
            raise YamlError(line, "anchors, aliases and tags are not supported here (& or *)")
        if getattr(event, "tag", None) is not None:
            raise YamlError(line, "anchors, aliases and tags are not supported here (!)")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlError(line, f"this is nested more than {MAX_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _PyLoader(_StrictComposer, Reader, Scanner, Parser, _CoreResolver):
    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _CoreResolver.__init__(self)


_LOADER: Any = _PyLoader
try:  # libyaml's parser, when PyYAML was built with it, is many times faster
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - every PyYAML wheel we ship has it
    pass
else:

    class _CLoader(_StrictComposer, CParser, _CoreResolver):
        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            Composer.__init__(self)
            _CoreResolver.__init__(self)

    _LOADER = _CLoader


def loads(text: str) -> Any:
    """The one document in ``text`` as dicts (:class:`LineDict`), lists, str, int, bool, None."""
    if len(text) > MAX_CHARS:
        raise YamlError(1, f"this is longer than {MAX_CHARS:,} characters, too long to read")
    attempt, restore = _shelter(text)
    fixes = MAX_LENIENT_FIXES if len(text) <= MAX_LENIENT_CHARS else 0
    while True:
        try:
            return _value(_compose(attempt), restore)
        except yaml.YAMLError as exc:
            forgiven = _quote_colon_value(attempt, exc) if fixes else None
            if forgiven is None:
                raise _explain(attempt, exc) from None
            attempt, fixes = forgiven, fixes - 1


# What PyYAML refuses to read (C0/C1 controls but tab and newlines, DEL, lone surrogates,
# U+FFFE/U+FFFF) and what it would take for a line break (NEL, U+2028, U+2029).
_UNREADABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_PRIVATE_USE = range(0x10FFFD, 0xF0000, -1)  # plane 16 down to 15: printable, nobody's text
_PRIVATE_USE_CHARS = re.compile("[\U000f0000-\U0010fffd]")


def _shelter(text: str) -> tuple[str, dict[int, str]]:
    """``text`` with each character PyYAML refuses (or breaks a line at) swapped for an unused
    private-use one, and the table putting them back: such characters were read as text before
    (a DEL in an exported title, a U+2028 pasted from a web page) and still are, and line
    numbers keep counting only newlines."""
    found = set(_UNREADABLE.findall(text))
    if not found:
        return text, {}
    taken = set(_PRIVATE_USE_CHARS.findall(text))
    free = (chr(c) for c in _PRIVATE_USE if chr(c) not in taken)
    swap = dict(zip(sorted(found), free, strict=False))
    if len(swap) < len(found):  # only a made-up file holds 130,000 private-use characters
        raise YamlError(1, "this holds too many unusual characters to read")
    sheltered = _UNREADABLE.sub(lambda m: swap[m.group()], text)
    return sheltered, {ord(stand_in): char for char, stand_in in swap.items()}


def _compose(text: str) -> Node | None:
    loader = _LOADER(text)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    finally:
        loader.dispose()


def _value(node: Node | None, restore: dict[int, str]) -> Any:
    if node is None:
        return None
    line = node.start_mark.line + 1
    if isinstance(node, ScalarNode):
        text = node.value
        if node.tag == _NULL:
            return None
        if node.tag == _BOOL:
            return text.lower() == "true"
        if node.tag == _INT:
            digits = text.lstrip("+-").replace("_", "")
            if len(digits) > MAX_INT_DIGITS:
                raise YamlError(
                    line, f"this number has more than {MAX_INT_DIGITS:,} digits; quote it as text"
                )
            return int(text.replace("_", ""))
        return text.translate(restore) if restore else text
    if isinstance(node, SequenceNode):
        return [_value(item, restore) for item in node.value]
    assert isinstance(node, MappingNode)
    result = LineDict()
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, ScalarNode):
            raise YamlError(key_line, "a key should be a word or a number, not a list or mapping")
        key = _value(key_node, restore)
        if key in result:
            raise YamlError(key_line, "this key appears twice")
        result[key] = _value(value_node, restore)
        result.lines[key] = key_line
    return result


# "key: value with: a colon" on one line, the value plain (not quoted, not a list or mapping)
_COLON_IN_VALUE = re.compile(
    r"^(\s*(?:-\s+)?[^\s'\"#\[\]{}&*!|>%@`-][^:#]*?:\s+)([^'\"\[{|>&*!#].*)$"
)


def _quote_colon_value(text: str, exc: yaml.YAMLError) -> str | None:
    """``text`` with the plain value holding ``: `` (where ``exc`` points) in single quotes."""
    if not isinstance(exc, yaml.MarkedYAMLError) or exc.problem_mark is None:
        return None
    if "mapping values are not allowed" not in (exc.problem or ""):
        return None
    lines = text.split("\n")
    number, column = exc.problem_mark.line, exc.problem_mark.column
    if number >= len(lines):
        return None
    match = _COLON_IN_VALUE.match(lines[number].rstrip("\r"))
    if match is None or column <= match.start(2):  # the colon is the key's, not the value's
        return None
    value, hash_mark, comment = match.group(2).partition(" #")
    quoted = "'" + value.rstrip().replace("'", "''") + "'"
    lines[number] = match.group(1) + quoted + (" #" + comment if hash_mark else "")
    return "\n".join(lines)


def _explain(text: str, exc: yaml.YAMLError | None) -> YamlError:
    """Our own sentence for PyYAML's (or libyaml's) error, at the line it concerns."""
    if isinstance(exc, YamlError):
        return exc
    if isinstance(exc, yaml.reader.ReaderError):
        at = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        return YamlError(line, "this line holds a control character YAML does not allow")
    if not isinstance(exc, yaml.MarkedYAMLError) or exc.problem_mark is None:
        return YamlError(1, "this is not readable YAML")
    lines = text.split("\n")
    problem = exc.problem or ""
    context = exc.context or ""
    line = exc.problem_mark.line + 1
    opener = _char_at(lines, exc.context_mark)
    if exc.context_mark is not None and (
        ("flow" in context and ("stream end" in problem or "did not find" in problem))
        or "end of stream" in problem
    ):
        closed_by = {"[": "[", "{": "{", "'": "'quoted text'", '"': '"quoted text"'}
        what = closed_by.get(opener, "bracket or quote")
        return YamlError(exc.context_mark.line + 1, f"this {what} is never closed")
    if "nesting depth" in problem:  # libyaml stops at 1,000 levels, before our composer does
        return YamlError(line, f"this is nested more than {MAX_DEPTH} levels deep")
    if _char_at(lines, exc.problem_mark) == "\t" or "'\\t'" in problem:
        return YamlError(line, "tabs cannot indent YAML; use spaces")
    if "unknown escape" in problem:
        return YamlError(line, "unknown escape in double-quoted text")
    if "hex" in problem:
        return YamlError(line, "a \\x, \\u or \\U escape needs hex digits")
    if "mapping values are not allowed" in problem:
        return YamlError(
            line,
            "this line is indented more than the lines before it "
            "(or a value holding ': ' needs quotes)",
        )
    if "unhashable" in problem:
        return YamlError(line, "a key should be a word or a number, not a list or mapping")
    if "block" in context or "expected key" in problem or "block end" in problem:
        return YamlError(line, "unexpected text (check the indentation)")
    return YamlError(line, "this line is not readable YAML (check its quotes, colons and dashes)")


def _char_at(lines: list[str], mark: Any) -> str:
    if mark is None or not 0 <= mark.line < len(lines):
        return ""
    text = lines[mark.line]
    return text[mark.column] if 0 <= mark.column < len(text) else ""
