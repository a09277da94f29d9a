"""Every item model passes Qt's model tester (pytest-qt's qtmodeltester)."""

from __future__ import annotations

from datetime import date

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.list_model import EntryListModel
from innerchild_desktop.ui.journal.search_model import SearchResultsModel
from innerchild_desktop.ui.journal.tags_dialog import TagListModel


def fill(journal, count: int) -> JournalService:
    service = JournalService(journal)
    for i in range(count):
        service.add_entry(
            NewEntry(
                title=f"entry {i}",
                body=f"words {i}",
                tags=("t",),
                entry_date=date(2024, 1 + i % 12, 1 + i % 28),
            )
        )
    return service


def test_entry_list_model_pages_lazily(qtmodeltester, journal) -> None:
    service = fill(journal, 450)
    model = EntryListModel()
    model.set_service(service)
    assert model.rowCount() == EntryListModel.PAGE  # only the first page is read
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, 0)):
        model.fetchMore(model.index(-1, 0))
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    first = model.index(0, 0).data(EntryListModel.IdRole)
    model.remove_entry(first)
    assert model.rowCount() == 449
    model.set_service(None)
    assert model.rowCount() == 0


def test_search_and_tag_models(qtmodeltester, journal) -> None:
    service = fill(journal, 30)
    results = SearchResultsModel()
    results.set_hits(service.search("words", limit=50))
    assert results.rowCount() == 30
    qtmodeltester.check(results)
    tags = TagListModel()
    tags.set_tags(service.tags())
    qtmodeltester.check(tags)
    assert tags.rowCount() == 1
