"""The preview renderer: golden files, and a property test that no input gets anything unsafe
through. Regenerate goldens after an intended change with UPDATE_GOLDEN=1."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innerchild_desktop.render.markdown import (
    REFUSED_IMAGE,
    render,
    render_document,
    url_scheme,
)

GOLDEN = Path(__file__).parent / "golden" / "markdown"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))


@pytest.mark.parametrize("name", CASES)
def test_golden(name: str) -> None:
    produced = render((GOLDEN / f"{name}.md").read_text(encoding="utf-8"))
    expected_file = GOLDEN / f"{name}.html"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected_file.write_text(produced + "\n", encoding="utf-8")
    assert produced + "\n" == expected_file.read_text(encoding="utf-8")


def test_there_are_enough_golden_cases() -> None:
    assert len(CASES) >= 15


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]


def inspect(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    collector.close()
    return collector


def assert_safe(html: str) -> None:
    found = inspect(html)
    assert "script" not in found.tags and "iframe" not in found.tags
    assert "style" not in found.tags and "svg" not in found.tags
    for tag, name, value in found.attrs:
        assert not name.startswith("on"), (tag, name)
        assert name not in ("style", "srcset")
        if name == "src":
            assert url_scheme(value) == "attachment", value
        if name == "href":
            assert url_scheme(value) in ("http", "https", "mailto", "attachment"), value


def test_raw_html_is_text_not_markup() -> None:
    out = render('<b onclick="x">hi</b>')
    assert "&lt;b onclick" in out and "<b" not in out


def test_images_only_from_the_journal() -> None:
    result = render_document(
        "![a](attachment:p1) ![b](attachment:p2) ![c](http://x/y.png)", attachment_ids={"p1"}
    )
    assert result.attachments == ["p1"]
    assert 'src="attachment:p1"' in result.html
    assert "photo not found" in result.html and REFUSED_IMAGE in result.html


def test_external_links_are_marked_for_confirmation() -> None:
    result = render_document("[x](https://example.org)")
    assert result.external_links == ["https://example.org"]
    assert 'class="external"' in result.html


DANGEROUS = st.sampled_from(
    [
        "<script>",
        "</script>",
        "javascript:",
        "JaVaScRiPt:",
        "jav&#x61;script:",
        "onerror=",
        "onload=",
        "![x](http://",
        "![x](",
        "](",
        "[a](",
        "<img src=",
        "<svg onload=alert(1)>",
        "<a href=",
        "data:text/html,",
        "&#x6a;avascript:",
        "<iframe src=",
        "<style>",
        '"',
        "'",
        ")",
        "\n",
        "\n\n",
        "<",
        ">",
        "&",
        "attachment:",
        "//evil.example",
        "file:///",
        "`",
        "```",
        "<!--",
        "-->",
        '<div style="background:url(http://x)">',
        "<object data=",
        "vbscript:",
        "&#0000106;avascript:",
        "java\tscript:",
        "\x00",
        "<http://x>",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(DANGEROUS, st.text(max_size=8)), max_size=30).map("".join))
def test_no_input_produces_anything_unsafe(text: str) -> None:
    assert_safe(render(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_is_safe(text: str) -> None:
    assert_safe(render(text))
