"""Sync through a folder (issue 17), measured beside a baseline in the same run:

- **first sync**: ``sync setup`` of the whole journal (snapshot, sealing, writing) and ``sync
  join`` of a new, empty journal (reading, opening, applying), against a JSON export of the same
  journal (which also reads and writes everything once);
- **save → applied**: one new entry saved on one computer, sent, and applied on the other
  (through the folder, without the sync tool), against the local save alone;
- **folder size**: the shared folder's bytes against the journal file's.

In the smoke run (inside ``make test``) the counts are checked, never the times.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import measure

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.sync import SyncService
from innerchild_desktop.services.transfer import export_journal
from innerchild_desktop.store.keyslots import FAST_TEST_KDF, KdfParams
from innerchild_desktop.store.opening import create_journal, open_journal

SYNC_WORDS = "benchmark sync passphrase, not a secret"


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def bench_sync(paths: JournalPaths, passphrase: str, repeat: int, kdf: KdfParams | None) -> dict:
    scratch = Path(tempfile.mkdtemp(prefix="ic-sync-bench-", dir=paths.root.parent))
    try:
        root_a = scratch / "a"
        shutil.copytree(paths.root, root_a)
        shared = scratch / "Shared"
        shared.mkdir()
        with open_journal(JournalPaths(root_a), passphrase) as a:
            entries = JournalService(a).count()
            start = time.perf_counter()
            export_journal(a, "json", scratch / "baseline.json")
            export_s = time.perf_counter() - start
            start = time.perf_counter()
            SyncService(a).setup(shared, SYNC_WORDS, "Laptop", FAST_TEST_KDF)
            setup_s = time.perf_counter() - start
            b, _ = create_journal(JournalPaths(scratch / "b"), passphrase, kdf or FAST_TEST_KDF)
            with b:
                start = time.perf_counter()
                SyncService(b).join(shared, SYNC_WORDS, "Desktop")
                join_s = time.perf_counter() - start
                arrived = JournalService(b).count()
                SyncService(a).sync()
                saves, latencies = [], []
                for i in range(max(repeat, 3)):
                    start = time.perf_counter()
                    JournalService(a).add_entry(NewEntry(title=f"Local {i}", body="a few words"))
                    saves.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    JournalService(a).add_entry(NewEntry(title=f"Travels {i}", body="a few words"))
                    SyncService(a).sync()
                    SyncService(b).sync()
                    latencies.append(time.perf_counter() - start)
                travelled = JournalService(b).count() - arrived
        save = measure.summary(saves)
        latency = measure.summary(latencies)
        folder = _folder_bytes(shared)
        return {
            "sync_entries": entries,
            "sync_arrived": arrived,
            "sync_travelled": travelled,
            "sync_rounds": len(latencies),
            "sync_setup_s": setup_s,
            "sync_join_s": join_s,
            "sync_baseline_export_json_s": export_s,
            "sync_setup_over_export": setup_s / export_s,
            "sync_join_over_export": join_s / export_s,
            "sync_save_to_applied_ms": {k: v * 1000 for k, v in latency.items() if k != "n"},
            "sync_local_save_ms": {k: v * 1000 for k, v in save.items() if k != "n"},
            "sync_applied_over_save": latency["median"] / save["median"],
            "sync_folder_mb": folder / 1e6,
            "sync_folder_over_db": folder / paths.database.stat().st_size,
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
