"""The sync outbox (issue 17): with sync on, every write through every service records its
operations in its own transaction; with sync off nothing is recorded; replaying the outbox into
a fresh MergeState gives back the journal; the clock never goes backwards across a reopen; a
flush interrupted before the outbox forgets its operations sends them again, harmlessly."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry
from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.domain.sessions import SessionRecord
from innerchild_desktop.domain.settings import (
    EDITOR_FONT,
    ON_THIS_DAY,
    SEARCH_INDEX_TIDIED,
)
from innerchild_desktop.domain.sync_merge import MergeState
from innerchild_desktop.domain.sync_ops import CREATE, DELETE, Operation
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.safety import SafetyService
from innerchild_desktop.services.soothe import SootheService
from innerchild_desktop.services.sync import SyncService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.services.transfer.service import TransferService
from innerchild_desktop.store import entries as entry_store
from innerchild_desktop.store import outbox, schema, sync_capture, sync_folder, sync_vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal, open_journal
from tests.conftest import PASSPHRASE


def _ops(journal) -> list[Operation]:  # type: ignore[no-untyped-def]
    return [op for _, op in outbox.pending(journal.conn)]


def _fields(ops: list[Operation], entity: str, entity_id: str) -> list[str]:
    return [op.field for op in ops if op.entity == entity and op.entity_id == entity_id]


@pytest.fixture
def synced(journal):  # type: ignore[no-untyped-def]
    SyncService(journal).enable("Laptop")
    outbox.mark_sent(journal.conn, 10**9)  # start from an empty outbox (the snapshot is sent)
    return journal


def test_sync_off_records_nothing_and_installs_nothing(journal) -> None:  # type: ignore[no-untyped-def]
    js = JournalService(journal)
    entry = js.add_entry(NewEntry(title="Morning", body="Quiet.", tags=("calm",)))
    js.update_entry(entry, title="Evening")
    js.set_setting(ON_THIS_DAY, True)
    SafetyService(journal).save_plan(SafetyPlan().with_section("reasons", ["my cat"]))
    assert outbox.pending_count(journal.conn) == 0
    assert not sync_capture.installed(journal.conn)
    with journal.worker_view(write=True) as view:  # an import's connection: nothing either
        assert not sync_capture.installed(view.conn)
    with journal.transaction() as conn:
        assert outbox.record(conn, SyncService(journal).snapshot_ops()) == 0
    assert not SyncService(journal).is_on()
    assert SyncService(journal).pending_count() == 0


def test_enable_records_a_snapshot_and_gives_a_hex_device_id(journal) -> None:  # type: ignore[no-untyped-def]
    js = JournalService(journal)
    kept = js.add_entry(NewEntry(title="Before sync", body="Written alone.", tags=("old",)))
    gone = js.add_entry(NewEntry(title="In the trash"))
    js.trash(gone)
    service = SyncService(journal)
    device = service.enable("  Laptop ")
    assert re.fullmatch(r"[0-9a-f]{16}", device)
    assert service.is_on() and service.device_id() == device
    assert service.enable("again") == device  # already on: the same computer
    ops = service.pending_ops()
    assert _fields(ops, "entry", kept) == [CREATE, "tag:+old"]
    assert _fields(ops, "entry", gone) == [CREATE, DELETE]
    assert all(op.device == device for op in ops)
    assert service.pending_count() == len(ops)
    assert len(service.snapshot_ops()) == len(ops)  # fresh stamps, not recorded
    assert service.pending_count() == len(ops)


def test_every_kind_of_entry_write_records_its_operations(synced) -> None:  # type: ignore[no-untyped-def]
    js = JournalService(synced)
    entry = js.add_entry(NewEntry(title="Morning", body="Quiet.", tags=("calm", "walk")))
    js.update_entry(
        entry,
        title="Evening",
        body="Louder.",
        kind=EntryKind.LETTER_TO,
        mood=Mood("calm", 0.5, -0.2),
        distress=3,
        heavy=True,
        entry_date=date(2026, 1, 2),
        tags=("calm", "home"),
    )
    js.rename_tag("home", "house")
    js.trash(entry)
    js.untrash(entry)
    js.trash(entry)
    js.empty_trash()
    fields = _fields(_ops(synced), "entry", entry)
    assert fields[:3] == [CREATE, "tag:+calm", "tag:+walk"]
    changed = set(fields[3:12])
    assert {"title", "body", "kind", "mood", "distress", "heavy", "entry_date"} <= changed
    assert {"tag:-walk", "tag:+home"} <= changed
    assert fields[-6:] == ["tag:-home", "tag:+house", DELETE, CREATE, DELETE, DELETE]
    mood = next(op.value for op in _ops(synced) if op.field == "mood")
    assert mood == {"name": "calm", "valence": 0.5, "energy": -0.2}


def test_memories_sessions_safety_plan_and_settings_record_operations(synced) -> None:  # type: ignore[no-untyped-def]
    timeline = TimelineService(synced)
    bike = timeline.add_memory("The blue bicycle", "around 7", body="A bell.", tags=("joy",))
    timeline.update_memory(bike, title="The red bicycle", when="age 8", body="", heavy=False)
    timeline.delete_memory(bike)
    timeline.restore_memory(bike)
    timeline.delete_memory(bike)
    timeline.forget_deleted_memories()
    memory_fields = _fields(_ops(synced), "memory", bike)
    assert memory_fields[:2] == [CREATE, "tag:+joy"]
    assert {"title", "body", "fuzzy_time"} <= set(memory_fields)
    assert memory_fields[-4:] == [DELETE, CREATE, DELETE, DELETE]

    session = SootheService(synced).record_session(
        SessionRecord("box-breathing", "2026-12-03T10:00:00+00:00", None, True, 6, 3, "ok")
    )
    create = next(op for op in _ops(synced) if op.entity == "session")
    assert (create.entity_id, create.field) == (session, CREATE)
    assert isinstance(create.value, dict) and create.value["completed"] is True

    safety = SafetyService(synced)
    safety.save_plan(SafetyPlan().with_section("reasons", ["my cat"]))
    safety.save_plan(safety.load_plan().with_section("people", ["Sam"]))
    plan_ops = [op for op in _ops(synced) if op.entity == "safety_plan"]
    assert [(op.field, op.value) for op in plan_ops if op.value] == [
        ("reasons", ["my cat"]),
        ("people", ["Sam"]),
    ]

    js = JournalService(synced)
    js.set_setting(ON_THIS_DAY, True)
    js.set_setting(EDITOR_FONT, "Serif")  # this computer's font: not synced
    synced.set_internal_setting(SEARCH_INDEX_TIDIED, 7)  # the app's bookkeeping: not synced
    settings = [(op.entity_id, op.value) for op in _ops(synced) if op.entity == "setting"]
    assert settings == [("on_this_day", True)]


def test_a_write_that_fails_records_no_operation(synced, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*_args: object, **_kwargs: object) -> None:
        assert outbox.pending_count(synced.conn) > 0  # the operation is recorded by now ...
        raise RuntimeError("simulated failure after the row and its operation")

    monkeypatch.setattr(entry_store, "index_entry", broken)
    with pytest.raises(RuntimeError):
        JournalService(synced).add_entry(NewEntry(title="Lost", body="never kept"))
    assert outbox.pending_count(synced.conn) == 0  # ... and rolled back with the write
    assert entry_store.count_entries(synced.conn, include_deleted=True) == 0


def test_edits_carry_the_stamp_they_replace_as_base(synced) -> None:  # type: ignore[no-untyped-def]
    js = JournalService(synced)
    entry = js.add_entry(NewEntry(title="One"))
    js.update_entry(entry, title="Two")
    js.update_entry(entry, title="Three")
    create, two, three = (op for op in _ops(synced) if op.entity_id == entry)
    assert (two.base, three.base) == (create.hlc, two.hlc)
    assert create.hlc < two.hlc < three.hlc


def test_replaying_the_outbox_gives_back_the_journal(journal) -> None:  # type: ignore[no-untyped-def]
    js = JournalService(journal)
    early = js.add_entry(NewEntry(title="Before sync", body="alone", tags=("old",)))
    SyncService(journal).enable("Laptop")  # the snapshot, then every write after it
    js.update_entry(early, body="shared now", tags=("old", "new"))
    ids = [js.add_entry(NewEntry(title=f"E{i}", body=f"b{i}", tags=(f"t{i}",))) for i in range(5)]
    js.update_entry(ids[0], title="Renamed", tags=())
    js.trash(ids[1])
    js.trash(ids[2])
    js.untrash(ids[2])
    js.trash(ids[3])
    js.empty_trash()
    js.rename_tag("t4", "four")
    state = MergeState()
    state.apply(_ops(journal))
    for entry_id in [early, *ids]:
        view = state.view("entry", entry_id)
        entry = entry_store.get_entry(journal.conn, entry_id)
        assert view is not None
        if entry is None:  # forgotten for good: a tombstone elsewhere
            assert not view.alive
            continue
        assert view.alive == (entry.deleted_at is None)
        assert view.fields["title"] == entry.title
        assert view.fields["body"] == entry.body
        assert view.tags == frozenset(entry.tags)
        assert not view.edited_on_two_computers


def test_a_json_import_into_a_synced_journal_records_operations(synced, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other, _ = create_journal(JournalPaths(tmp_path / "other"), PASSPHRASE, FAST_TEST_KDF)
    try:
        source = JournalService(other)
        first = source.add_entry(NewEntry(title="Imported", body="from afar", tags=("far",)))
        with TransferService(other).worker(write=False) as worker:
            worker.export_journal("json", tmp_path / "all.json")
    finally:
        other.close()
    with TransferService(synced).worker(write=True) as worker:  # a connection of its own
        worker.import_journal("innerchild-json", tmp_path / "all.json")
    fields = _fields(_ops(synced), "entry", first)
    assert fields[:2] == [CREATE, "tag:+far"]


def test_the_clock_never_goes_backwards_across_reopen(paths, journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    now = [2_000_000_000_000]
    monkeypatch.setattr(sync_capture, "NOW_MS", lambda: now[0])
    SyncService(journal).enable("Laptop")
    js = JournalService(journal)
    entry = js.add_entry(NewEntry(title="Now"))
    before = max(op.hlc for op in _ops(journal))
    journal.close()
    now[0] -= 3_600_000  # the wall clock was set back an hour
    with open_journal(paths, PASSPHRASE) as reopened:
        assert sync_capture.installed(reopened.conn)  # capture comes back with the journal
        JournalService(reopened).update_entry(entry, title="Later")
        after = [op for op in _ops(reopened) if op.field == "title"]
        assert after and after[-1].hlc > before


def test_a_flush_writes_one_batch_and_a_repeat_after_a_crash_is_harmless(  # type: ignore[no-untyped-def]
    synced, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    vault = sync_vault.create_vault(folder, "a sync passphrase to share", FAST_TEST_KDF)
    service = SyncService(synced)
    js = JournalService(synced)
    js.add_entry(NewEntry(title="One", tags=("a",)))
    waiting = service.pending_ops()

    def crash(*_args: object) -> int:
        raise RuntimeError("killed between the batch and mark_sent")

    monkeypatch.setattr(outbox, "mark_sent", crash)
    with pytest.raises(RuntimeError):
        service.flush(folder, vault)
    monkeypatch.undo()
    assert service.pending_count() == len(waiting)  # nothing forgotten
    flushed = service.flush(folder, vault)
    assert flushed is not None and flushed.seq == 2 and flushed.ops == len(waiting)
    assert service.pending_count() == 0 and service.flush(folder, vault) is None
    state = MergeState()
    duplicates = 0
    device = service.device_id()
    assert device is not None
    for seq in (1, 2):
        path = sync_folder.sync_root(folder) / sync_folder.batch_name(device, seq)
        ops = sync_folder.open_batch(vault, device, seq, Path(path).read_bytes())
        assert isinstance(ops, list)
        duplicates += state.apply(Operation.from_dict(op) for op in ops).duplicates
    assert duplicates == len(waiting)
    assert state.live_count("entry") == 1


def test_turning_sync_off_stops_recording_and_on_again_keeps_the_computer(synced) -> None:  # type: ignore[no-untyped-def]
    service = SyncService(synced)
    device = service.device_id()
    service.disable()
    assert not service.is_on() and not sync_capture.installed(synced.conn)
    entry = JournalService(synced).add_entry(NewEntry(title="Alone"))
    assert service.pending_count() == 0
    assert service.enable("Laptop") == device  # the same computer, and a fresh snapshot
    assert _fields(service.pending_ops(), "entry", entry) == [CREATE]


def test_a_journal_from_before_sync_upgrades_with_sync_off(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mine = next(m for m in schema.MIGRATIONS if "sync_outbox" in m.sql)
    older = tuple(m for m in schema.MIGRATIONS if m.version < mine.version)
    monkeypatch.setattr(schema, "MIGRATIONS", older)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", older[-1].version)
    journal, _ = create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    with journal:
        entry = JournalService(journal).add_entry(NewEntry(title="Before"))
    monkeypatch.undo()
    monkeypatch.setenv("INNERCHILD_INSECURE_FAST_KDF", "1")
    with open_journal(paths, PASSPHRASE) as upgraded:
        assert not SyncService(upgraded).is_on()
        assert SyncService(upgraded).pending_count() == 0
        SyncService(upgraded).enable("Desktop")
        assert _fields(_ops(upgraded), "entry", entry) == [CREATE]
