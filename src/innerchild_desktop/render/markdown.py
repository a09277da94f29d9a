"""Markdown → safe HTML for the preview, exports and sharing. A pure function; no Qt, no I/O.

Safe by construction, in two walls:

1. Python-Markdown runs with its raw-HTML handling removed (the ``html_block`` preprocessor and
   the ``html`` inline pattern), so ``<script>`` in an entry is *text*, escaped on output. A tree
   processor then checks every link and image: links only to http(s) and mailto (web links are
   marked so the UI asks before opening them), images only from ``attachment:<id>``.
2. The produced HTML is parsed again and rebuilt from an allow-list of tags and attributes, with
   URL schemes checked once more after entity decoding. Whatever slipped past wall 1 stops here.

Diary-friendly: one newline is a line break (``nl2br``); tables, fenced code and sane lists work;
``- [ ]`` / ``- [x]`` become ☐ / ☑.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from collections.abc import Collection
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
from markdown.treeprocessors import Treeprocessor

ATTACHMENT_SCHEME = "attachment"
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
REFUSED_IMAGE = "[image not shown: only photos stored in your journal are displayed]"
MISSING_PHOTO = "[photo not found in this journal]"
EXTERNAL_TITLE = "Opens in your web browser, after you confirm"
# What an attachment id may look like: the one definition, used by imports and exports too.
ATTACHMENT_ID = r"[A-Za-z0-9_\-]{1,64}"
_ATTACHMENT_ID = re.compile(ATTACHMENT_ID)

_ALLOWED: dict[str, frozenset[str]] = {
    **{
        tag: frozenset()
        for tag in (
            "p",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "strong",
            "em",
            "b",
            "i",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "table",
            "thead",
            "tbody",
            "tr",
            "hr",
            "del",
            "s",
            "sup",
            "sub",
            "dl",
            "dt",
            "dd",
        )
    },
    "code": frozenset({"class"}),
    "th": frozenset({"align"}),
    "td": frozenset({"align"}),
    "a": frozenset({"href", "title", "class"}),
    "img": frozenset({"src", "alt", "title"}),
    "span": frozenset({"class"}),
}
_VOID = frozenset({"br", "hr", "img"})
_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "template",
        "noscript",
        "svg",
        "math",
        "textarea",
        "select",
        "title",
    }
)
_CLASS_OK = re.compile(r"^(external|checkbox|refused|language-[\w+-]{1,30})$")
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]+")


def url_scheme(url: str) -> str | None:
    """The scheme of ``url`` as a browser would see it (lower case), or None if relative."""
    cleaned = _CONTROL.sub("", html.unescape(url))
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):", cleaned)
    if match:
        return match.group(1).lower()
    return None


def attachment_id(url: str) -> str | None:
    if url_scheme(url) != ATTACHMENT_SCHEME:
        return None
    ident = _CONTROL.sub("", html.unescape(url)).split(":", 1)[1]
    return ident if is_attachment_id(ident) else None


def is_attachment_id(ident: object) -> bool:
    """True for an id the renderer accepts (and that is safe wherever an id is used)."""
    return isinstance(ident, str) and _ATTACHMENT_ID.fullmatch(ident) is not None


@dataclass
class RenderResult:
    html: str
    attachments: list[str] = field(default_factory=list)
    external_links: list[str] = field(default_factory=list)
    plain_fallback: bool = False  # True when the text was too costly to render as Markdown


class _SafetyTree(Treeprocessor):
    """Wall 1: vet links and images in Markdown's element tree; render checklists."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.allowed_attachments: Collection[str] | None = None
        self.result = RenderResult("")

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "a":
                    self._link(child)
                elif child.tag == "img":
                    parent[index] = self._image(child)
                elif child.tag == "li":
                    self._checkbox(child)

    def _link(self, element: etree.Element) -> None:
        href = element.get("href", "")
        scheme = url_scheme(href)
        if scheme in LINK_SCHEMES:
            if scheme in ("http", "https"):
                element.set("class", "external")
                element.set("title", EXTERNAL_TITLE)
                self.result.external_links.append(href)
            return
        ident = attachment_id(href)
        if ident is not None:
            return
        # Anything else (javascript:, data:, file:, relative paths): keep the words, drop the link.
        element.tag = "span"
        element.attrib.clear()

    def _image(self, element: etree.Element) -> etree.Element:
        ident = attachment_id(element.get("src", ""))
        if ident is not None and (
            self.allowed_attachments is None or ident in self.allowed_attachments
        ):
            self.result.attachments.append(ident)
            clean = etree.Element(
                "img", {"src": f"{ATTACHMENT_SCHEME}:{ident}", "alt": element.get("alt", "")}
            )
            clean.tail = element.tail
            return clean
        note = etree.Element("span", {"class": "refused"})
        note.text = MISSING_PHOTO if ident is not None else REFUSED_IMAGE
        note.tail = element.tail
        return note

    @staticmethod
    def _checkbox(item: etree.Element) -> None:
        target = (
            item[0] if len(item) and item[0].tag == "p" and not (item.text or "").strip() else item
        )
        text = target.text or ""
        for marker, symbol in (("[ ] ", "☐ "), ("[x] ", "☑ "), ("[X] ", "☑ ")):
            if text.startswith(marker):
                target.text = symbol + text[len(marker) :]
                return


class _Sanitiser(HTMLParser):
    """Wall 2: rebuild HTML from an allow-list; anything unknown is dropped or escaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skip_depth += 1
            return
        if self._skip_depth or tag not in _ALLOWED:
            return
        kept = []
        for name, value in attrs:
            if name not in _ALLOWED[tag] or value is None:
                continue
            if name == "href" and not (
                url_scheme(value) in LINK_SCHEMES or attachment_id(value) is not None
            ):
                continue
            if name == "src" and attachment_id(value) is None:
                continue
            if name == "class" and not _CLASS_OK.match(value):
                continue
            if name == "align" and value not in ("left", "right", "center"):
                continue
            kept.append(f' {name}="{html.escape(value, quote=True)}"')
        if tag == "img" and not any(k.startswith(" src=") for k in kept):
            self.out.append(html.escape(REFUSED_IMAGE))
            return
        self.out.append(f"<{tag}{''.join(kept)}{' /' if tag in _VOID else ''}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _DROP_WITH_CONTENT and self._skip_depth:
            self._skip_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if not self._skip_depth and tag in _ALLOWED and tag not in _VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.out.append(html.escape(data, quote=False))

    def handle_comment(self, data: str) -> None:
        pass  # comments never reach the preview


def sanitise(fragment: str) -> str:
    parser = _Sanitiser()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.out)


_local = threading.local()


def _markdown() -> tuple[markdown.Markdown, _SafetyTree]:
    """One configured Markdown instance per thread (Python-Markdown is not thread-safe)."""
    cached = getattr(_local, "md", None)
    if cached is None:
        md = markdown.Markdown(
            extensions=["tables", "fenced_code", "sane_lists", "nl2br"],
            extension_configs={"tables": {"use_align_attribute": True}},
            output_format="html",
        )
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        safety = _SafetyTree(md)
        md.treeprocessors.register(safety, "innerchild_safety", 1)
        cached = (md, safety)
        _local.md = cached
    return cached


def render_document(md_text: str, *, attachment_ids: Collection[str] | None = None) -> RenderResult:
    md, safety = _markdown()
    md.reset()
    safety.allowed_attachments = attachment_ids
    safety.result = RenderResult("")
    produced = md.convert(md_text)
    result = safety.result
    result.html = sanitise(produced)
    return result


def render(md_text: str, *, attachment_ids: Collection[str] | None = None) -> str:
    """Safe HTML for ``md_text``. Images only from ``attachment:<id>`` (optionally only ids in
    ``attachment_ids``); links only http(s)/mailto, marked ``class="external"``."""
    return render_document(md_text, attachment_ids=attachment_ids).html


# --- Bounded rendering -------------------------------------------------------------------------
# Python-Markdown recurses once per nesting level and backtracks over nested brackets, so a short
# crafted entry can exhaust the stack or keep the GUI thread busy for seconds. A linear pre-check
# refuses such text before Python-Markdown sees it; the limits sit far above what prose, lists,
# checklists and tables written by hand ever reach (a 5 MB diary of ordinary prose renders).
PLAIN_FALLBACK_NOTE = "This entry is shown as plain text"
MAX_LENGTH = 6_000_000  # characters; above the 5 MB body limit
MAX_NESTING = 20  # list / blockquote levels
MAX_BRACKET_DEPTH = 50  # "[" opened and not yet closed, within one block
MAX_UNCLOSED_BRACKETS = 400  # "[" never closed, within one block
MAX_BLOCK_BRACKETS = 5_000  # "[" within one block
MAX_BLOCK_ANGLES = 5_000  # "<" within one block
MAX_TABLE_ROWS = 1_000  # consecutive lines holding "|"
_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$)")


def _line_depth(line: str) -> int:
    """List/blockquote levels a line opens: markers in a row, or indentation before a marker."""
    expanded = line.expandtabs(4)
    stripped = expanded.lstrip(" ")
    depth = 0
    position = 0
    while depth <= MAX_NESTING:
        match = _MARKER.match(stripped, position)
        if match is None:
            break
        depth += 1
        position = match.end()
    if depth:
        depth += (len(expanded) - len(stripped)) // 4
    return depth


def _block_too_costly(block: list[str]) -> bool:
    brackets = angles = depth = deepest = unclosed = rows = 0
    for line in block:
        if _line_depth(line) > MAX_NESTING:
            return True
        rows = rows + 1 if "|" in line else 0
        if rows > MAX_TABLE_ROWS:
            return True
        angles += line.count("<")
        opened = line.count("[")
        if not opened and not depth:
            continue
        brackets += opened
        for char in line:
            if char == "[":
                depth += 1
                deepest = max(deepest, depth)
            elif char == "]" and depth:
                depth -= 1
        unclosed = depth
    return (
        deepest > MAX_BRACKET_DEPTH
        or unclosed > MAX_UNCLOSED_BRACKETS
        or brackets > MAX_BLOCK_BRACKETS
        or angles > MAX_BLOCK_ANGLES
    )


def too_costly(md_text: str) -> bool:
    """True if ``md_text`` should not be given to Python-Markdown. Linear in its length."""
    if len(md_text) > MAX_LENGTH:
        return True
    block: list[str] = []
    for line in md_text.splitlines():
        if line.strip():
            block.append(line)
            continue
        if block and _block_too_costly(block):
            return True
        block = []
    return bool(block) and _block_too_costly(block)


def plain_html(md_text: str) -> str:
    """``md_text`` as escaped plain text: paragraphs and line breaks kept, nothing interpreted."""
    paragraphs = re.split(r"\n(?:[ \t]*\n)+", md_text.replace("\r\n", "\n").strip())
    return "".join(
        "<p>" + "<br />\n".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>\n"
        for p in paragraphs
        if p.strip()
    )


def render_safely(md_text: str, *, attachment_ids: Collection[str] | None = None) -> RenderResult:
    """Like :func:`render_document`, but bounded: text too deep or too costly to render (or
    that exhausts the stack anyway) comes back as escaped plain text, ``plain_fallback`` set."""
    if not too_costly(md_text):
        try:
            return render_document(md_text, attachment_ids=attachment_ids)
        except RecursionError:
            _local.md = None  # the instance may be half-way through; build a fresh one
    return RenderResult(plain_html(md_text), plain_fallback=True)
