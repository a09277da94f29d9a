"""Sync between journals through a folder (issue 17): setup, join, send and receive, the merge
rules as the tables keep them, conflicts kept as revisions, the mass-delete guard, faults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import Mood, NewEntry
from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.domain.settings import ON_THIS_DAY
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.safety import SafetyService
from innerchild_desktop.services.sync import (
    SyncAlreadySetUp,
    SyncFolderMissing,
    SyncNotSetUp,
    SyncService,
)
from innerchild_desktop.store import sync_capture
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from innerchild_desktop.store.sync_vault import WrongSyncPassphrase
from tests.conftest import PASSPHRASE

SYNC_PASS = "our shared sync words"


class Computer:
    """One computer: its journal and its services."""

    def __init__(self, root: Path, name: str) -> None:
        self.journal, _ = create_journal(JournalPaths(root), PASSPHRASE, FAST_TEST_KDF)
        self.name = name

    @property
    def js(self) -> JournalService:
        return JournalService(self.journal)

    @property
    def sync(self) -> SyncService:
        return SyncService(self.journal)

    def titles(self) -> list[str]:
        return sorted(e.title for e in self.js.list_entries(limit=1000))

    def entry(self, entry_id: str):  # type: ignore[no-untyped-def]
        return self.js.get_entry(entry_id)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Shared"
    shared.mkdir()
    return shared


@pytest.fixture
def pair(tmp_path: Path, folder: Path) -> Iterator[tuple[Computer, Computer]]:
    a = Computer(tmp_path / "a", "Laptop")
    b = Computer(tmp_path / "b", "Desktop")
    yield a, b
    a.journal.close()
    b.journal.close()


def _set_up(a: Computer, b: Computer, folder: Path) -> None:
    a.sync.setup(folder, SYNC_PASS, a.name, FAST_TEST_KDF)
    b.sync.join(folder, SYNC_PASS, b.name)
    a.sync.sync()


def test_setup_and_join_merge_both_journals(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    first = a.js.add_entry(NewEntry(title="From the laptop", body="Quiet morning.", tags=("calm",)))
    b.js.add_entry(NewEntry(title="From the desktop", body="Rain.", mood=Mood("calm", 0.5, -0.5)))
    _set_up(a, b, folder)
    assert a.titles() == b.titles() == ["From the desktop", "From the laptop"]
    copy = b.entry(first)
    assert copy.body == "Quiet morning." and copy.tags == ("calm",)
    # search works on what arrived
    assert [h.id for h in b.js.search("morning")] == [first]
    # nothing is sent back and forth once both are in step
    again = a.sync.sync()
    assert again.received_batches == 0 and again.sent_ops == 0


def test_edits_trash_and_tags_travel(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Draft", body="One.", tags=("old",)))
    _set_up(a, b, folder)
    a.js.update_entry(entry, title="Final", body="Two.", tags=("new",))
    a.sync.sync()
    b.sync.sync()
    got = b.entry(entry)
    assert (got.title, got.body, got.tags) == ("Final", "Two.", ("new",))
    b.js.trash(entry)
    b.sync.sync()
    a.sync.sync()
    assert a.entry(entry).deleted_at is not None
    a.js.untrash(entry)
    a.sync.sync()
    b.sync.sync()
    assert b.entry(entry).deleted_at is None


def test_settings_and_safety_plan_sections_merge(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _set_up(a, b, folder)
    SafetyService(a.journal).save_plan(SafetyPlan().with_section("reasons", ["my cat"]))
    b.js.set_setting(ON_THIS_DAY, True)
    a.sync.sync()
    b.sync.sync()
    a.sync.sync()
    assert SafetyService(b.journal).load_plan().section("reasons") == ("my cat",)
    assert a.js.setting(ON_THIS_DAY) is True


def test_concurrent_edits_keep_both_texts(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Shared", body="Start."))
    _set_up(a, b, folder)
    b.sync.sync()
    a.js.update_entry(entry, body="Written on the laptop.")
    b.js.update_entry(entry, body="Written on the desktop.")
    for _ in range(2):
        a.sync.sync()
        b.sync.sync()
    assert a.entry(entry).body == b.entry(entry).body
    current = a.entry(entry).body
    other = ({"Written on the laptop.", "Written on the desktop."} - {current}).pop()
    # the text that lost is kept as a revision where it was replaced, and flagged
    bodies = {r.body for r in a.js.history(entry)} | {r.body for r in b.js.history(entry)}
    assert other in bodies
    flagged = [c for c in (a, b) if c.sync.edited_on_two_computers(entry)]
    assert flagged
    for c in flagged:
        c.sync.mark_conflict_seen("entry", entry)
        assert not c.sync.edited_on_two_computers(entry)


def test_sequential_edit_is_not_a_conflict(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Shared", body="Start."))
    _set_up(a, b, folder)
    b.sync.sync()
    b.js.update_entry(entry, body="Seen the start, wrote more.")
    b.sync.sync()
    a.sync.sync()
    assert a.entry(entry).body == "Seen the start, wrote more."
    assert not a.sync.edited_on_two_computers(entry)
    assert a.sync.status().conflicts == []


def test_delete_loses_to_a_later_edit(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Keep me", body="Start."))
    _set_up(a, b, folder)
    b.sync.sync()
    a.js.trash(entry)  # first the laptop throws it away ...
    b.js.update_entry(entry, body="... then the desktop writes more")  # later, unaware
    for _ in range(2):
        a.sync.sync()
        b.sync.sync()
    assert a.entry(entry).deleted_at is None and b.entry(entry).deleted_at is None
    assert a.entry(entry).body == "... then the desktop writes more"


def test_mass_delete_waits_for_the_person(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    ids = [a.js.add_entry(NewEntry(title=f"Entry {i}", body="x")) for i in range(30)]
    _set_up(a, b, folder)
    b.sync.sync()
    for entry in ids[:25]:
        a.js.trash(entry)
    a.sync.sync()
    report = b.sync.sync()
    assert report.held and report.held[0].deleting == 25
    assert len(b.titles()) == 30  # nothing applied yet
    report = b.sync.sync(allow_deletes=True)
    assert not report.held and len(b.titles()) == 5


def test_twice_is_once_and_a_retry_applies_nothing_twice(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Once", body="x"))
    _set_up(a, b, folder)
    b.sync.sync()
    revisions_before = len(b.js.history(entry))
    # forget that the batches were applied: applying them again changes nothing
    with b.journal.transaction() as conn:
        conn.execute("DELETE FROM sync_applied")
    report = b.sync.sync()
    assert report.received_batches >= 1 and report.applied.changed == 0
    assert len(b.js.history(entry)) == revisions_before
    assert b.titles() == ["Once"]


def test_wrong_passphrase_missing_folder_and_twice_set_up(
    pair, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    with pytest.raises(SyncNotSetUp):
        a.sync.sync()
    a.sync.setup(folder, SYNC_PASS, a.name, FAST_TEST_KDF)
    with pytest.raises(SyncAlreadySetUp):
        a.sync.setup(folder, SYNC_PASS, a.name, FAST_TEST_KDF)
    with pytest.raises(WrongSyncPassphrase):
        b.sync.join(folder, "not the words", b.name)
    assert not b.sync.is_on()  # a failed join changes nothing
    with pytest.raises(SyncFolderMissing):
        b.sync.join(tmp_path / "nowhere", SYNC_PASS, b.name)
    moved = folder.rename(tmp_path / "unplugged")
    with pytest.raises(SyncFolderMissing):
        a.sync.sync()
    moved.rename(folder)
    a.sync.sync()


def test_capture_is_back_after_applying(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    _set_up(a, b, folder)
    a.js.add_entry(NewEntry(title="Goes over", body="x"))
    a.sync.sync()
    b.sync.sync()
    assert sync_capture.installed(b.journal.conn)
    assert b.sync.pending_count() == 0  # what arrived is not sent back
    b.js.add_entry(NewEntry(title="Comes back", body="y"))
    assert b.sync.pending_count() > 0
    b.sync.sync()
    a.sync.sync()
    assert a.titles() == ["Comes back", "Goes over"]


def test_the_shared_folder_holds_no_plaintext(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    import secrets

    from innerchild_desktop.services.timeline import TimelineService
    from tests.e2e_support.plaintext import assert_no_plaintext

    a, b = pair
    words = {
        k: f"Canary{k}{secrets.token_hex(5)}"
        for k in ("title", "body", "tag", "memory", "plan", "name")
    }
    a.js.add_entry(
        NewEntry(title=words["title"], body=f"{words['body']} more", tags=(words["tag"],))
    )
    TimelineService(a.journal).add_memory(
        words["memory"], "around age 7", people=(words["name"] + "x",), tags=(words["tag"],)
    )
    SafetyService(a.journal).save_plan(SafetyPlan().with_section("reasons", [words["plan"]]))
    a.sync.setup(folder, SYNC_PASS, words["name"], FAST_TEST_KDF)
    b.sync.join(folder, SYNC_PASS, b.name)
    a.js.update_entry(a.js.list_entries(limit=1)[0].id, body=f"{words['body']} edited")
    a.sync.sync()
    assert words["memory"] in {m.title for m in TimelineService(b.journal).timeline()}
    assert_no_plaintext(folder, words.values())


def test_thinning_never_lets_the_side_of_a_conflict_go(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from innerchild_desktop.store import revisions

    a, b = pair
    entry = a.js.add_entry(NewEntry(title="Shared", body="Start."))
    a.js.update_entry(entry, body="Second start.", session_start=True)  # an older revision
    _set_up(a, b, folder)
    b.sync.sync()
    a.js.update_entry(entry, body="Laptop words.")
    b.js.update_entry(entry, body="Desktop words.")
    b.sync.sync()
    a.sync.sync()  # the desktop's later words win here; the laptop's are kept
    a.js.update_entry(entry, body="Written after.", session_start=True)  # a newer revision
    assert any(r.body == "Laptop words." for r in a.js.history(entry))
    with a.journal.transaction() as conn:
        revisions.thin(conn, entry, datetime(2040, 1, 1, tzinfo=UTC))
    kept = [r for r in a.js.history(entry) if r.body == "Laptop words."]
    assert kept and kept[0].origin == "Laptop"


def test_writes_after_a_set_up_in_a_worker_are_sent(pair, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The window sets up on a second connection (a worker thread); what is written next on
    its own connection must still be recorded and sent."""
    a, b = pair
    a.sync.start_in_worker(folder, SYNC_PASS, a.name, FAST_TEST_KDF, joining=False)
    a.sync.resume_capture()
    a.js.add_entry(NewEntry(title="Written right after", body="x"))
    assert a.sync.pending_count() > 0
    b.sync.join(folder, SYNC_PASS, b.name)
    a.sync.sync()
    b.sync.sync()
    assert "Written right after" in b.titles()
