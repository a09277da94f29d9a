"""Issue 16, "One way in": adding and updating share one check, a reflection and its memory
link share one transaction, an unwritable export is a sentence, and every caller offers prompts
through one service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import MAX_ENTRY_CHARS, EntryKind, NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.timeline import TimelineService

TOO_LONG = "x" * (MAX_ENTRY_CHARS + 1)


@pytest.fixture
def service(journal) -> JournalService:  # type: ignore[no-untyped-def]
    return JournalService(journal)


# --- 1. one check for adding and updating ------------------------------------------------------


def test_update_refuses_the_body_add_refuses(service) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as added:
        service.add_entry(NewEntry(body=TOO_LONG))
    entry_id = service.add_entry(NewEntry(title="short", body="a little"))
    with pytest.raises(InvalidInput) as updated:
        service.update_entry(entry_id, body=TOO_LONG)
    assert str(updated.value) == str(added.value)
    assert service.get_entry(entry_id).body == "a little"


@pytest.mark.parametrize("distress", [11, -1, True, "7"])
def test_a_bad_distress_on_update_is_a_sentence(service, distress) -> None:  # type: ignore[no-untyped-def]
    entry_id = service.add_entry(NewEntry(title="t", distress=3))
    with pytest.raises(InvalidInput, match="0 \\(calm\\) to 10"):
        service.update_entry(entry_id, distress=distress)
    with pytest.raises(InvalidInput, match="0 \\(calm\\) to 10"):
        service.add_entry(NewEntry(title="t", distress=distress))
    assert service.get_entry(entry_id).distress == 3


def test_update_checks_kind_and_date_like_add(service) -> None:  # type: ignore[no-untyped-def]
    entry_id = service.add_entry(NewEntry(title="t", entry_date=date(2026, 1, 2)))
    with pytest.raises(InvalidInput):
        service.update_entry(entry_id, kind="not a kind")
    with pytest.raises(InvalidInput):
        service.update_entry(entry_id, entry_date="yesterday")
    with pytest.raises(InvalidInput):
        service.add_entry(NewEntry(title="t", kind="not a kind"))  # type: ignore[arg-type]
    entry = service.get_entry(entry_id)
    assert entry.kind is EntryKind.FREE and entry.entry_date == date(2026, 1, 2)


def test_a_good_update_still_saves(service) -> None:  # type: ignore[no-untyped-def]
    entry_id = service.add_entry(NewEntry(title="t"))
    service.update_entry(
        entry_id, body="b" * 100, distress=0, kind=EntryKind.LETTER_TO, entry_date=date(2026, 3, 4)
    )
    entry = service.get_entry(entry_id)
    assert (entry.distress, entry.kind, entry.entry_date) == (
        0,
        EntryKind.LETTER_TO,
        date(2026, 3, 4),
    )


def test_memory_add_and_update_refuse_the_same_over_long_text(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as added:
        TimelineService(journal).add_memory("The den", "around 7", body=TOO_LONG)
    memory_id = TimelineService(journal).add_memory("The den", "around 7", body="short")
    with pytest.raises(InvalidInput) as updated:
        TimelineService(journal).update_memory(
            memory_id, title="The den", when="around 7", body=TOO_LONG, heavy=False
        )
    assert str(updated.value) == str(added.value)
    with pytest.raises(InvalidInput) as long_title:
        TimelineService(journal).add_memory("t" * 1001, "around 7")
    with pytest.raises(InvalidInput) as long_title_update:
        TimelineService(journal).update_memory(
            memory_id, title="t" * 1001, when="around 7", body="", heavy=False
        )
    assert str(long_title.value) == str(long_title_update.value)
    assert TimelineService(journal).memory(memory_id).body == "short"


# --- 2. a reflection and its link in one transaction ---------------------------------------------


def test_add_reflection_links_the_entry(journal) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.store.memories import linked_entries

    memory_id = TimelineService(journal).add_memory("The blue bicycle", "around 7")
    entry_id = TimelineService(journal).add_reflection(
        memory_id, NewEntry(title="About it", kind=EntryKind.MEMORY_REFLECTION)
    )
    assert linked_entries(journal.conn, memory_id) == [entry_id]


def test_a_failing_link_leaves_no_orphan_reflection(journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.store import memories as memory_store

    memory_id = TimelineService(journal).add_memory("The blue bicycle", "around 7")
    before = JournalService(journal).count()

    def broken_link(*_args: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(memory_store, "link_entry", broken_link)
    with pytest.raises(RuntimeError):
        TimelineService(journal).add_reflection(memory_id, NewEntry(title="About it"))
    assert JournalService(journal).count() == before


def test_a_reflection_on_a_missing_memory_is_refused(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput):
        TimelineService(journal).add_reflection("no-such-memory", NewEntry(title="About it"))
    assert JournalService(journal).count() == 0


# --- 3. an export to a place that cannot be written ----------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "html", "markdown"])
def test_export_to_an_unwritable_name_is_a_sentence(journal, tmp_path: Path, fmt) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.services.transfer import export_journal

    JournalService(journal).add_entry(NewEntry(title="t", body="b"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("n" * 300)  # longer than any file system allows, even for root
    with pytest.raises(InvalidInput, match="cannot write") as err:
        export_journal(journal, fmt, target)
    assert "Nothing was written" in str(err.value) and "too long" in str(err.value)
    assert list(out.iterdir()) == []


def test_export_that_fails_to_open_its_file_is_a_sentence(journal, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Whatever the format, the output is opened in one place (atomic_file/atomic_folder)."""
    import errno
    import os

    from innerchild_desktop.services.transfer import common, export_journal

    def read_only(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(common.os, "open", read_only)
    monkeypatch.setattr(common.os, "mkdir", read_only)
    for fmt, name in (("json", "a.json"), ("html", "a.html"), ("markdown", "md")):
        with pytest.raises(InvalidInput, match="read-only"):
            export_journal(journal, fmt, tmp_path / name)
    monkeypatch.undo()
    assert not [p for p in os.listdir(tmp_path) if p != "journal"]


def test_a_full_disk_while_exporting_is_said_as_disk_full(journal, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    from innerchild_desktop.domain.errors import DiskFull
    from innerchild_desktop.services.transfer import common, export_journal

    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(common.os, "fsync", full)
    with pytest.raises(DiskFull):
        export_journal(journal, "json", tmp_path / "a.json")
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]
