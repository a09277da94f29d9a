"""Importing from Day One, jrnl, RedNotebook and Markdown folders: what arrives, exactly once."""

import zipfile
from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import EntryKind, NewEntry
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import TransferCancelled, import_journal
from innerchild_desktop.store.attachments import attachment_bytes, list_attachments
from innerchild_desktop.store.entries import count_entries
from tests.conftest import snapshot_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transfer"


def zip_folder(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return out


def entries_by_title(journal):  # type: ignore[no-untyped-def]
    service = JournalService(journal)
    found = {}
    for summary in service.list_entries(limit=1000):
        entry = service.get_entry(summary.id)
        found[entry.title or entry.body[:30]] = entry
    return found


def data_files(root: Path) -> dict[str, bytes]:
    """The journal's files, minus SQLite's shared-memory index (-shm), which any read or a
    rolled-back write transaction rewrites and which holds no journal data."""
    return {k: v for k, v in snapshot_dir(root).items() if not k.endswith("-shm")}


def test_day_one_zip_with_photos_time_zones_and_tags(journal, tmp_path) -> None:
    export = zip_folder(FIXTURES / "dayone" / "export", tmp_path / "Day One Export.zip")
    summary = import_journal(journal, "dayone", export)
    assert (summary.added, summary.already_present, summary.photos_added) == (3, 0, 1)
    reasons = " | ".join(s.reason for s in summary.skipped)
    assert "is not a photo" in reasons  # the text file pretending to be a JPEG
    assert "video attachment" in reasons
    assert "unknown time zone" in reasons

    entries = entries_by_title(journal)
    group = entries["After group."]  # a first-line heading becomes the title, \. unescaped
    # 23:30 UTC on 1 May is 01:30 on 2 May in Berlin: the local day counts
    assert group.entry_date == date(2024, 5, 2)
    assert group.tz == "Europe/Berlin"
    assert group.created_at.startswith("2024-05-01T23:30:00")
    assert group.updated_at.startswith("2024-05-02T07:10:42")
    assert group.starred and group.tags == ("group", "inner-child")
    assert "dayone-moment" not in group.body
    [photo] = list_attachments(journal.conn, entry_id=group.id)
    assert f"![](attachment:{photo.id})" in group.body
    mime, data = attachment_bytes(journal.conn, photo.id)
    assert mime == "image/png"
    assert data == next((FIXTURES / "dayone" / "export" / "photos").glob("*.png")).read_bytes()

    evening = entries["A quiet evening. I made tea fo"]
    # 06:15 UTC on 3 May is 23:15 on 2 May in Los Angeles
    assert evening.entry_date == date(2024, 5, 2)
    assert "(photo not imported)" in evening.body
    assert list_attachments(journal.conn, entry_id=evening.id) == []

    far = entries["Short note from somewhere far "]
    assert far.entry_date == date(2024, 5, 4) and far.tz == "UTC"


def test_day_one_unzipped_folder_and_bare_json(journal) -> None:
    assert import_journal(journal, "dayone", FIXTURES / "dayone" / "export").added == 3
    again = import_journal(journal, "dayone", FIXTURES / "dayone" / "export" / "Journal.json")
    assert (again.added, again.already_present) == (0, 3)


def test_jrnl_json_export(journal) -> None:
    summary = import_journal(journal, "jrnl-json", FIXTURES / "jrnl" / "export.json")
    assert (summary.added, summary.already_present) == (3, 0)
    entries = entries_by_title(journal)
    swing = entries["The swing in grandma's garden."]
    assert swing.entry_date == date(2023, 7, 14)
    assert swing.starred and swing.tags == ("play",)
    assert swing.body == "I remember pushing off with both feet and flying. @play"
    call = entries["Phone call with my sister."]
    assert call.tags == ("family", "play")
    assert "\n\nI needed someone" in call.body
    assert entries["Just a title, no body."].body == ""


def test_jrnl_text_journal_and_shared_ids_with_json(journal) -> None:
    summary = import_journal(journal, "jrnl-text", FIXTURES / "jrnl" / "journal.txt")
    assert summary.added == 4
    entries = entries_by_title(journal)
    swing = entries["The swing in grandma's garden."]
    assert swing.starred  # " *" after the title line
    assert swing.tags == ("play",)
    newer = entries["Written with jrnl's newer time format. The rest of the first line"]
    assert newer.entry_date == date(2023, 7, 19)
    assert newer.created_at.startswith("2023-07-19T21:15")  # 09:15 PM, in a UTC test zone
    assert newer.body == "is body, as jrnl splits the title at the first sentence."
    # The JSON export of the same journal adds nothing: same date, time, title and body.
    again = import_journal(journal, "jrnl-json", FIXTURES / "jrnl" / "export.json")
    assert (again.added, again.already_present) == (0, 3)


def test_rednotebook_block_and_flow_month_files(journal) -> None:
    summary = import_journal(journal, "rednotebook", FIXTURES / "rednotebook" / "data")
    assert summary.added == 5  # day 12 of June is empty; README.txt is not a month
    assert [s.reason for s in summary.skipped] == [
        "a picture linked from disk (beach.jpg) was not copied in"
    ]
    service = JournalService(journal)
    by_day = {}
    for s in service.list_entries():
        by_day[s.entry_date] = service.get_entry(s.id)
    park = by_day[date(2024, 5, 1)]
    assert park.body.startswith(
        "Today I went to the park with my sister. It was the first sunny day in weeks and I"
    )
    assert "### A small win" in park.body
    assert "*good*" in park.body and "~~Guilt~~" in park.body and "//" not in park.body
    assert park.tags == ("boundaries", "selfcare")
    assert by_day[date(2024, 5, 3)].tags == ("therapy",)  # the old "Tags" category
    kitchen = by_day[date(2024, 5, 17)]
    assert kitchen.body == (
        "Grandma's kitchen smelled of cinnamon. She said: \"You're safe here.\"\n"
        "  - crumbs on the table\n  - the radio"
    )
    letter = by_day[date(2024, 6, 2)]
    assert (
        letter.body
        == "A letter to little me.\nDear little one, you were never too much. #innerchild"
    )
    notes = by_day[date(2024, 6, 9)]
    assert "[my notes](https://example.org/notes)" in notes.body
    assert "- Work: Meeting with the team" in notes.body and notes.tags == ("Work",)


def test_markdown_folder_like_obsidian(journal) -> None:
    summary = import_journal(journal, "markdown-dir", FIXTURES / "markdown" / "vault")
    assert summary.added == 4
    assert summary.photos_added == 2  # tree.png, once per entry that shows it
    skipped = {s.where: s.reason for s in summary.skipped}
    assert skipped["notes/ideas.md"] == "no date in its front matter or file name"
    assert "not a photo" in skipped["2024-05-04.md"]
    entries = entries_by_title(journal)
    morning = entries["A soft morning"]  # first heading, taken out of the body
    assert morning.entry_date == date(2024, 5, 1)
    assert morning.body.startswith("Woke up early")
    assert morning.tags == ("gratitude", "morning")  # not the #tag inside the code block
    assert "![](attachment:" in morning.body and "![[" not in morning.body
    group = entries["After group"]
    assert group.tags == ("group", "inner-child")
    assert "![the old tree](attachment:" in group.body
    letter = entries["letters"]
    assert letter.kind is EntryKind.LETTER_TO
    assert letter.tags == ("innerchild", "letters")
    assert not any(e.body.startswith("hidden folders") for e in entries.values())


@pytest.mark.parametrize(
    ("fmt", "source"),
    [
        ("dayone", "dayone/export"),
        ("jrnl-json", "jrnl/export.json"),
        ("jrnl-text", "jrnl/journal.txt"),
        ("rednotebook", "rednotebook/data"),
        ("markdown-dir", "markdown/vault"),
    ],
)
def test_importing_the_same_source_twice_adds_nothing(journal, fmt, source) -> None:
    first = import_journal(journal, fmt, FIXTURES / source)
    count = count_entries(journal.conn)
    photos = len(list_attachments(journal.conn))
    second = import_journal(journal, fmt, FIXTURES / source)
    assert second.added == 0 and second.photos_added == 0
    assert second.already_present == first.added
    assert count_entries(journal.conn) == count
    assert len(list_attachments(journal.conn)) == photos


def test_cancel_rolls_back_everything_written_so_far(paths, journal, tmp_path) -> None:
    from innerchild_desktop.services.transfer.sample import write_jrnl_json

    JournalService(journal).add_entry(NewEntry(title="mine", body="already here"))
    source = write_jrnl_json(tmp_path / "big.json", 260, seed=3)
    before = data_files(paths.root)
    calls: list[tuple[int, int]] = []

    def cancel() -> bool:
        return len(calls) >= 3  # after 100 entries were written inside the transaction

    with pytest.raises(TransferCancelled):
        import_journal(
            journal, "jrnl-json", source, progress=lambda d, t: calls.append((d, t)), cancel=cancel
        )
    assert calls[:3] == [(0, 260), (50, 260), (100, 260)]
    assert count_entries(journal.conn) == 1
    assert data_files(paths.root) == before
    assert JournalService(journal).search("kitchen") == []  # nothing left in the index either
    # and the same import, not cancelled, then works
    assert import_journal(journal, "jrnl-json", source).added == 260


def test_a_failure_while_writing_rolls_back(paths, journal, tmp_path, monkeypatch) -> None:
    """An error deep inside the transaction (here: reading a photo fails) leaves no trace."""
    from innerchild_desktop.services.transfer import writer

    export = zip_folder(FIXTURES / "dayone" / "export", tmp_path / "export.zip")
    import_journal(journal, "jrnl-json", FIXTURES / "jrnl" / "export.json")
    before = data_files(paths.root)
    real = writer.attachment_store.add_attachment

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        real(*args, **kwargs)
        raise writer.InvalidInput("That photo could not be stored.")

    monkeypatch.setattr(writer.attachment_store, "add_attachment", failing)
    with pytest.raises(writer.InvalidInput, match=r"Journal\.json, entry 1 \(uuid 5C1B8E9A"):
        import_journal(journal, "dayone", export)
    assert count_entries(journal.conn) == 3
    assert list_attachments(journal.conn) == []
    assert data_files(paths.root) == before


def test_progress_reports_done_and_total(journal) -> None:
    seen: list[tuple[int, int]] = []
    import_journal(
        journal,
        "jrnl-json",
        FIXTURES / "jrnl" / "export.json",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_generated_jrnl_json_is_deterministic_and_importable(journal, tmp_path) -> None:
    from innerchild_desktop.services.transfer.sample import make_jrnl_json, write_jrnl_json

    assert make_jrnl_json(50, seed=11) == make_jrnl_json(50, seed=11)
    assert make_jrnl_json(50, seed=11) != make_jrnl_json(50, seed=12)
    path = write_jrnl_json(tmp_path / "sample.json", 120, seed=5)
    summary = import_journal(journal, "jrnl-json", path)
    assert summary.added == 120
    assert JournalService(journal).search("kitchen") or JournalService(journal).search("child")


def test_day_one_zip_with_a_top_folder(journal, tmp_path) -> None:
    folder = FIXTURES / "dayone" / "export"
    export = tmp_path / "nested.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, "Day One Export/" + path.relative_to(folder).as_posix())
        zf.writestr("__MACOSX/Day One Export/._Journal.json", b"\x00\x05\x16\x07")
    summary = import_journal(journal, "dayone", export)
    assert (summary.added, summary.photos_added) == (3, 1)
