"""Share with my therapist: the preview is the document, and what is left out is really gone."""

import re
import stat
from datetime import date

import pytest

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.transfer import (
    Selection,
    ShareOptions,
    preview_share,
    share_journal,
)
from innerchild_desktop.services.transfer.html_export import Redactor
from tests.fixtures.transfer.rich_journal import PERSON, fill_rich_journal

TODAY = date(2024, 5, 1)
EVERYTHING_GENTLE = Selection(include_memories=True, include_sessions=True)


def test_preview_is_exactly_the_html_written(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    options = ShareOptions(fmt="html", names=(PERSON,), leave_out_distress=True)
    preview = preview_share(journal, EVERYTHING_GENTLE, options, today=TODAY)
    out = tmp_path / "for my therapist.html"
    summary = share_journal(journal, EVERYTHING_GENTLE, options, out, today=TODAY)
    assert out.read_text(encoding="utf-8") == preview
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert (summary.entries, summary.memories, summary.sessions) == (3, 1, 2)
    assert "<script" not in preview.lower() and "default-src 'none'" in preview


def test_nothing_is_left_out_unless_asked(journal) -> None:
    fill_rich_journal(journal)
    page = preview_share(journal, EVERYTHING_GENTLE, ShareOptions(fmt="html"), today=TODAY)
    for present in (
        "feeling hopeful",
        "feeling tender",
        "distress 7/10",
        "felt joyful",
        "intensity 3/5",
        "8 → 5",
        PERSON,
    ):
        assert present in page


def test_leaving_out_moods(journal) -> None:
    fill_rich_journal(journal)
    page = preview_share(
        journal, EVERYTHING_GENTLE, ShareOptions(fmt="html", leave_out_moods=True), today=TODAY
    )
    for mood in ("hopeful", "tender", "wistful", "joyful", "feeling ", "felt "):
        assert mood not in page
    assert "distress 7/10" in page  # only what was asked is removed


def test_leaving_out_distress_ratings(journal) -> None:
    fill_rich_journal(journal)
    page = preview_share(
        journal, EVERYTHING_GENTLE, ShareOptions(fmt="html", leave_out_distress=True), today=TODAY
    )
    assert "distress" not in page.lower() and "intensity" not in page.lower()
    assert "→" not in page  # the exercise table's before → after column is gone
    assert "Exercise history" in page and "extended-exhale" in page
    assert "feeling hopeful" in page


def test_leaving_out_personal_names(journal) -> None:
    fill_rich_journal(journal)
    page = preview_share(
        journal,
        EVERYTHING_GENTLE,
        ShareOptions(fmt="html", names=(PERSON, "Elm Street", "  ")),
        today=TODAY,
    )
    assert PERSON.lower() not in page.lower()  # body, possessive, memory people, note, reflection
    assert "elm street" not in page.lower()  # a place name the person listed
    assert page.count("[name]") >= 6
    assert "[name]&#x27;s laugh" in page or "[name]'s laugh" in page
    assert "with [name]" in page  # the memory's people
    assert "after talking to [name]" in page  # the exercise note
    assert '<img alt="the garden" src="data:image/png;base64,' in page  # photos untouched


def test_names_are_whole_words_in_any_case() -> None:
    redact = Redactor(["Ann", "Aunt May"])
    assert redact.text("ann and ANN, Anna, annual, Ann's, aunt may") == (
        "[name] and [name], Anna, annual, [name]'s, [name]"
    )
    assert redact.markdown("Ann(ie) ![Ann](attachment:ann-1)") == (
        "\\[name\\](ie) ![\\[name\\]](attachment:ann-1)"
    )
    assert Redactor([]).text("Ann") == "Ann"


def test_heavy_memories_only_when_chosen(journal) -> None:
    fill_rich_journal(journal)
    gentle = preview_share(journal, EVERYTHING_GENTLE, ShareOptions(fmt="html"), today=TODAY)
    assert "The blue bicycle" in gentle and "Dinner-table silence" not in gentle
    assert "The hard night" not in gentle  # a heavy entry, not named
    chosen = preview_share(
        journal,
        Selection(include_memories=True, include_heavy=True),
        ShareOptions(fmt="html"),
        today=TODAY,
    )
    assert "Dinner-table silence" in chosen and "The hard night" in chosen


def test_default_selection_is_entries_only(journal) -> None:
    rich = fill_rich_journal(journal)
    page = preview_share(journal, Selection(), ShareOptions(fmt="html"), today=TODAY)
    assert "Memories" not in page and "Exercise history" not in page
    assert len(re.findall(r'class="entry"', page)) == 3
    one = preview_share(
        journal, Selection(entry_ids=frozenset({rich.reply})), ShareOptions(fmt="html"), today=TODAY
    )
    assert len(re.findall(r'class="entry"', one)) == 1 and "Dear grown-up me" in one


def test_pdf_preview_keeps_journal_image_references(journal) -> None:
    rich = fill_rich_journal(journal)
    page = preview_share(journal, Selection(), ShareOptions(fmt="pdf"), today=TODAY)
    assert f'src="attachment:{rich.photo}"' in page and "base64," not in page


def test_share_only_makes_pdf_or_html(journal, tmp_path) -> None:
    with pytest.raises(InvalidInput, match="PDF or an HTML"):
        share_journal(journal, Selection(), ShareOptions(fmt="docx"), tmp_path / "x.docx")
