"""Bounded rendering (issue 15, item 6): text too deep or too costly for Python-Markdown is shown
as escaped plain text, never a RecursionError and never seconds of work; exports name it in a
warning by date and carry on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.render import markdown as md
from innerchild_desktop.render.markdown import render, render_safely, too_costly
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import Selection, ShareOptions, share_journal
from innerchild_desktop.services.transfer.html_export import export_html

GOLDEN = Path(__file__).parent / "golden" / "markdown"
NESTED_LIST = "- " * 600 + "<b>deep</b>"  # 1.2 KB, 600 nested list markers
NESTED_INDENTED = "\n".join(" " * (4 * i) + "- x" for i in range(600))
NESTED_QUOTES = "> " * 600 + "x"
BRACKETS = "[" * 5000
TABLE = "| a | b |\n|---|---|\n" + "\n".join(f"| {i} | y |" for i in range(3000))
PATHOLOGICAL = [NESTED_LIST, NESTED_INDENTED, NESTED_QUOTES, BRACKETS, TABLE]


@pytest.fixture
def markdown_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts how often Python-Markdown is handed the text (the costly operation)."""
    calls: list[str] = []
    original = md.render_document

    def counting(text: str, **kwargs: object) -> md.RenderResult:
        calls.append(text)
        return original(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(md, "render_document", counting)
    return calls


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=["list", "indent", "quote", "[", "table"])
def test_pathological_text_falls_back_without_running_markdown(
    text: str, markdown_calls: list[str]
) -> None:
    result = render_safely(text)
    assert result.plain_fallback
    assert markdown_calls == []  # bounded: only the linear pre-check ran


def test_nested_list_markers_come_back_as_escaped_plain_text() -> None:
    result = render_safely(NESTED_LIST)
    assert result.plain_fallback
    assert "<b>" not in result.html and "&lt;b&gt;deep&lt;/b&gt;" in result.html
    assert result.html.startswith("<p>- - - ")


def test_a_recursion_error_is_caught_even_past_the_pre_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(md, "too_costly", lambda text: False)
    result = render_safely(NESTED_LIST)  # Python-Markdown itself exhausts the stack here
    assert result.plain_fallback and "&lt;b&gt;" in result.html
    assert not render_safely("**still fine**").plain_fallback  # and the renderer recovers


def test_plain_text_keeps_paragraphs_and_line_breaks() -> None:
    assert md.plain_html("a <i>\nb\n\n\nc & d") == "<p>a &lt;i&gt;<br />\nb</p>\n<p>c &amp; d</p>\n"


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.md")))
def test_golden_cases_are_rendered_unchanged(name: str) -> None:
    text = (GOLDEN / f"{name}.md").read_text(encoding="utf-8")
    result = render_safely(text)
    assert not result.plain_fallback
    assert result.html == render(text)


def test_ordinary_writing_still_renders_as_markdown() -> None:
    checklist = "\n".join(f"- [ ] item {i} [a link](https://example.org/{i})" for i in range(800))
    nested = "\n".join("    " * i + f"- level {i}" for i in range(10))
    quotes = "> > > a quote in a quote in a quote"
    table = "| a | b |\n|---|---|\n" + "\n".join(f"| {i} | y |" for i in range(500))
    for text in (checklist, nested, quotes, table, "[a] " * 3000):
        assert not too_costly(text)
    assert not render_safely(checklist).plain_fallback


def test_five_megabytes_of_prose_is_not_refused() -> None:
    paragraph = "I walked by the sea [and] felt <calm> | mostly.\n- a point\n    - a sub point\n\n"
    prose = paragraph * (5_000_000 // len(paragraph))
    assert len(prose) > 4_900_000 and not too_costly(prose)
    assert too_costly("x" * (md.MAX_LENGTH + 1))


def _add(journal, body: str, day: date) -> None:  # type: ignore[no-untyped-def]
    JournalService(journal).add_entry(NewEntry(title="Secret title", body=body, entry_date=day))


def test_html_export_carries_on_and_names_the_entry_by_date(journal, tmp_path: Path) -> None:
    _add(journal, NESTED_LIST, date(2024, 3, 2))
    _add(journal, "A **calm** day.", date(2024, 3, 3))
    out = tmp_path / "journal.html"
    summary = export_html(journal, out, today=date(2024, 5, 1))
    page = out.read_text(encoding="utf-8")
    assert summary.entries == 2
    assert "<strong>calm</strong>" in page and "&lt;b&gt;deep&lt;/b&gt;" in page
    assert summary.warnings == [
        "The entry of Saturday 2 March 2024 was too complex to lay out and is included as "
        "plain text."
    ]
    assert "Secret title" not in " ".join(summary.warnings)
    assert summary.as_dict()["warnings"] == summary.warnings


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_sharing_carries_on_and_names_the_entry(journal, tmp_path: Path, fmt: str) -> None:
    _add(journal, BRACKETS, date(2024, 3, 2))
    out = tmp_path / f"share.{fmt}"
    summary = share_journal(
        journal, Selection(), ShareOptions(fmt=fmt), out, today=date(2024, 5, 1)
    )
    assert out.stat().st_size > 0 and summary.entries == 1
    assert len(summary.warnings) == 1 and "2 March 2024" in summary.warnings[0]


def test_pdf_export_of_the_whole_journal_succeeds(journal, tmp_path: Path) -> None:
    from innerchild_desktop.services.transfer.pdf_export import export_pdf

    _add(journal, NESTED_LIST, date(2024, 3, 2))
    out = tmp_path / "journal.pdf"
    summary = export_pdf(journal, out, today=date(2024, 5, 1))
    assert out.read_bytes().startswith(b"%PDF") and len(summary.warnings) == 1
