"""TransferService: the transfer area's one door, on the journal or on a worker's view."""

import json
from pathlib import Path

import pytest

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.transfer import Selection, ShareOptions
from innerchild_desktop.services.transfer.service import TransferService
from tests.fixtures.transfer.rich_journal import fill_rich_journal


def _jrnl_file(tmp_path: Path) -> Path:
    path = tmp_path / "jrnl.json"
    entries = [
        {"date": "2024-05-0" + str(i), "time": "09:00", "title": f"Day {i}", "body": "calm"}
        for i in range(1, 4)
    ]
    path.write_text(json.dumps({"tags": [], "entries": entries}), "utf-8")
    return path


def test_the_context_offers_transfer_only_while_unlocked(journal, tmp_path) -> None:
    context = AppContext(journal.paths)
    with pytest.raises(RuntimeError):
        _ = context.transfer
    context.attach(journal)
    assert isinstance(context.transfer, TransferService)
    assert context.transfer.journal is journal


def test_import_in_a_worker_is_seen_by_the_journal_and_not_twice(journal, tmp_path) -> None:
    source = _jrnl_file(tmp_path)
    transfer = TransferService(journal)
    with transfer.worker(write=True) as worker:
        assert worker is not transfer  # a connection of its own
        first = worker.import_journal("jrnl-json", source)
        with worker.worker(write=True) as same:  # already on a view: no third connection
            assert same is worker
    again = transfer.import_journal("jrnl-json", source)
    assert (first.added, again.added, again.already_present) == (3, 0, 3)
    assert journal.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 3


def test_export_share_and_choices_through_the_service(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    transfer = TransferService(journal)
    with transfer.worker(write=False) as worker:
        summary = worker.export_journal("json", tmp_path / "all.json")
        choices = worker.entry_choices(Selection())
        html = worker.preview_share(Selection(), ShareOptions(fmt="html"))
        shared = worker.share(Selection(), ShareOptions(fmt="html"), tmp_path / "share.html")
    live = journal.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[
        0
    ]
    assert summary.entries == journal.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert len(choices) == live  # heavy ones listed too: the person decides
    assert html and (tmp_path / "share.html").read_text("utf-8") == html
    assert shared.entries == live - sum(c.heavy for c in choices)


def test_a_format_the_service_does_not_know_is_a_sentence(journal, tmp_path) -> None:
    with pytest.raises(InvalidInput, match="cannot import 'evernote'"):
        TransferService(journal).import_journal("evernote", tmp_path)
