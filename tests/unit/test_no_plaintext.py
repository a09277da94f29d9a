"""Nothing leaks: a unique marker written as entry text, title, tag and memory must not appear
in any file the app writes (data dir, backups, temp dir, config dir), before or after a backup
and a checkpoint."""

import os
import secrets
import tempfile
from pathlib import Path

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import backups
from innerchild_desktop.store.memories import MemoryRecord, insert_memory

# Made at run time, so no other file on the machine (not even this test's source) has it.
MARKER = "Canary" + secrets.token_hex(10)


def files_containing(root: Path, needle: bytes) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        try:
            if path.is_file() and needle in path.read_bytes():
                hits.append(path)
        except (PermissionError, FileNotFoundError, OSError):
            continue
    return hits


def test_marker_never_written_in_the_clear(paths, journal) -> None:
    service = JournalService(journal)
    for i in range(20):
        service.add_entry(
            NewEntry(
                title=f"{MARKER} title {i}", body=f"body {MARKER} " * 50, tags=(f"{MARKER}tag",)
            )
        )
    with journal.transaction() as conn:
        insert_memory(
            conn,
            MemoryRecord(
                f"{MARKER} memory",
                {"kind": "age", "age": 7},
                7.5,
                7.0,
                8.0,
                body=MARKER,
                people=[MARKER],
                place=MARKER,
            ),
        )
    assert service.search(MARKER)  # the index has it (encrypted)
    backups.backup_now(journal)
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    service.add_entry(NewEntry(title=MARKER, body=MARKER))  # leaves content in the WAL too
    needles = [MARKER.encode(), MARKER.encode("utf-16-le")]
    roots = [paths.root, Path(tempfile.gettempdir()), Path(os.environ["HOME"])]
    for root in roots:
        for needle in needles:
            assert files_containing(root, needle) == [], f"plaintext found under {root}"
