from datetime import date

import pytest

from innerchild_desktop.domain.entries import EntryKind, NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.journal import JournalService

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35"
    b"\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def service(journal) -> JournalService:
    return JournalService(journal)


def test_rename_and_merge_tags(service) -> None:
    a = service.add_entry(NewEntry(title="a", tags=("Family",)))
    b = service.add_entry(NewEntry(title="b", tags=("famly", "family")))
    service.rename_tag("famly", "family")  # merge into the existing tag
    assert dict(service.tags()) == {"Family": 2}
    assert service.get_entry(b).tags == ("Family",)
    service.rename_tag("family", "home and family")
    assert service.get_entry(a).tags == ("home-and-family",)
    assert {h.title for h in service.search("tag:home-and-family")} == {"a", "b"}
    with pytest.raises(InvalidInput):
        service.rename_tag("nope", "x")
    with pytest.raises(InvalidInput):
        service.rename_tag("home-and-family", "  ")


def test_trash_and_empty_trash(service) -> None:
    keep = service.add_entry(NewEntry(title="keep"))
    gone = service.add_entry(NewEntry(title="gone"))
    service.trash(gone)
    assert [s.id for s in service.list_entries()] == [keep]
    assert [s.id for s in service.trashed()] == [gone]
    service.untrash(gone)
    assert len(service.list_entries()) == 2
    service.trash(gone)
    assert service.empty_trash() == 1
    assert service.get_entry(gone) is None and service.get_entry(keep) is not None


def test_on_this_day_skips_heavy_entries_and_can_be_turned_off(service) -> None:
    today = date(2026, 11, 24)
    service.set_on_this_day(True)
    service.add_entry(NewEntry(title="last year", entry_date=date(2025, 11, 24)))
    service.add_entry(NewEntry(title="heavy", entry_date=date(2024, 11, 24), heavy=True))
    service.add_entry(NewEntry(title="today", entry_date=today))
    service.add_entry(NewEntry(title="other day", entry_date=date(2025, 11, 23)))
    assert [s.title for s in service.on_this_day(today)] == ["last year"]
    service.set_on_this_day(False)
    assert service.on_this_day(today) == []


def test_letter_thread(service) -> None:
    letter = service.add_entry(NewEntry(title="Dear little me", kind=EntryKind.LETTER_TO))
    reply = service.add_entry(
        NewEntry(title="Dear grown-up me", kind=EntryKind.LETTER_FROM, reply_to=letter)
    )
    assert [s.id for s in service.replies_to(letter)] == [reply]
    assert service.get_entry(reply).reply_to == letter


def test_days_and_entries_on_a_day(service) -> None:
    service.add_entry(NewEntry(title="one", entry_date=date(2026, 1, 5)))
    service.add_entry(NewEntry(title="two", entry_date=date(2026, 1, 5)))
    service.add_entry(NewEntry(title="three", entry_date=date(2026, 2, 1)))
    assert service.entry_days(date(2026, 1, 1), date(2026, 1, 31)) == {"2026-01-05": 2}
    assert [s.title for s in service.entries_on(date(2026, 1, 5))] == ["two", "one"]


def test_photos_are_stored_inside_and_checked(service) -> None:
    entry = service.add_entry(NewEntry(title="with photo"))
    photo = service.add_photo(PNG, filename="a.png", entry_id=entry)
    assert service.add_photo(PNG, filename="again.png", entry_id=entry) == photo  # no duplicate
    assert service.photo(photo) == ("image/png", PNG)
    with pytest.raises(InvalidInput, match="not a photo"):
        service.add_photo(b"#!/bin/sh\necho hi", filename="x.png", entry_id=entry)


def test_distress_out_of_range_is_refused(service) -> None:
    with pytest.raises(InvalidInput):
        service.add_entry(NewEntry(title="x", distress=11))


def test_on_this_day_newest_first_never_heavy_or_trashed_and_only_earlier_years(journal):
    from datetime import date

    from innerchild_desktop.domain.entries import NewEntry

    service = JournalService(journal)
    service.set_on_this_day(True)
    today = date(2026, 12, 2)
    for year in range(1990, 2027):
        service.add_entry(NewEntry(title=f"dec 2 {year}", body="x", entry_date=date(year, 12, 2)))
    service.add_entry(NewEntry(title="heavy", body="x", heavy=True, entry_date=date(2025, 12, 2)))
    gone = service.add_entry(NewEntry(title="gone", body="x", entry_date=date(2024, 12, 2)))
    service.trash(gone)
    service.add_entry(NewEntry(title="other day", body="x", entry_date=date(2025, 12, 3)))
    found = [s.title for s in service.on_this_day(today)]
    assert found == [f"dec 2 {year}" for year in range(2025, 2005, -1)]  # 20, newest first
    assert [s.title for s in service.on_this_day(date(2026, 12, 3))] == ["other day"]
    assert service.on_this_day(date(1990, 12, 2)) == []  # nothing earlier than the first year


def test_on_this_day_leaves_out_distress_of_seven_or_more(service) -> None:
    today = date(2026, 11, 24)
    service.set_on_this_day(True)
    for title, distress in (("calm", 2), ("six", 6), ("seven", 7), ("ten", 10), ("unrated", None)):
        service.add_entry(NewEntry(title=title, entry_date=date(2024, 11, 24), distress=distress))
    service.add_entry(NewEntry(title="heavy", entry_date=date(2025, 11, 24), heavy=True))
    assert sorted(s.title for s in service.on_this_day(today)) == ["calm", "six", "unrated"]


def test_on_this_day_is_off_in_a_new_journal_until_chosen(service) -> None:
    service.add_entry(NewEntry(title="last year", entry_date=date(2025, 11, 24)))
    assert not service.on_this_day_enabled()
    assert service.on_this_day(date(2026, 11, 24)) == []
    service.set_on_this_day(True)
    assert service.on_this_day_enabled()
    assert [s.title for s in service.on_this_day(date(2026, 11, 24))] == ["last year"]


def test_a_journal_from_before_the_choice_keeps_on_this_day_on(service, journal) -> None:
    # Journals created before the first-run question never stored the key: nothing changes.
    with journal.transaction() as conn:
        conn.execute("DELETE FROM settings WHERE key = 'on_this_day'")
    assert service.on_this_day_enabled()


def test_marking_an_entry_heavy_veils_it_and_keeps_it_out_of_on_this_day(service) -> None:
    service.set_on_this_day(True)
    entry = service.add_entry(
        NewEntry(title="The night", body="words about it", entry_date=date(2025, 11, 24))
    )
    service.set_heavy(entry, True)
    (row,) = service.list_entries()
    assert row.heavy and row.veiled_title == "A heavy entry — open it when you choose"
    assert service.get_entry(entry).title == "The night"  # the words are all still there
    assert service.on_this_day(date(2026, 11, 24)) == []
    (hit,) = service.search("words")
    assert hit.heavy and hit.snippet == ""  # found when asked, never previewed
    service.set_heavy(entry, False)
    assert [s.id for s in service.on_this_day(date(2026, 11, 24))] == [entry]
    assert "words" in service.search("words")[0].snippet
