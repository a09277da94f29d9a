"""Child process for test_crash_durability: saves entries as fast as it can until killed.

Before each commit it prints ``begin <id> <hash>``; after the commit returns it prints
``saved <id> <hash>``. The parent kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store.opening import open_journal


def digest(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\0{body}".encode()).hexdigest()[:16]


def main() -> None:
    data_dir, passphrase, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    journal = open_journal(JournalPaths(Path(data_dir)), passphrase)
    service = JournalService(journal)
    ids = [s.id for s in service.list_entries(limit=1000)]
    out = sys.stdout
    counter = 0
    while True:
        counter += 1
        title = f"entry {seed}-{counter}"
        body = " ".join(
            rng.choice(("calm", "tender", "brave", "tired", "play"))
            for _ in range(rng.randint(20, 3000))
        )
        if ids and rng.random() < 0.5:
            entry_id = rng.choice(ids)
            out.write(f"begin {entry_id} {digest(title, body)}\n")
            out.flush()
            service.update_entry(entry_id, title=title, body=body)
        else:
            import uuid

            entry_id = str(uuid.uuid4())
            out.write(f"begin {entry_id} {digest(title, body)}\n")
            out.flush()
            with journal.transaction() as conn:
                from innerchild_desktop.store.entries import insert_entry

                insert_entry(conn, NewEntry(title=title, body=body), entry_id=entry_id)
            ids.append(entry_id)
        out.write(f"saved {entry_id} {digest(title, body)}\n")
        out.flush()


if __name__ == "__main__":
    main()
