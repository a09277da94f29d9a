"""Deterministic benchmark journals, built once and cached in bench/.cache/.

Entries follow services.demo (50–2,000 words, median ~300, Markdown, tags, moods, a few letters
and heavy entries); every 200th entry gets a small photo; memories with mixed fuzzy times and
exercise sessions are added too. The key slot uses a KDF calibrated on this machine, so unlock
timings are the real ones.
"""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.demo import fill_demo
from innerchild_desktop.store.attachments import add_attachment
from innerchild_desktop.store.keyslots import KdfParams
from innerchild_desktop.store.opening import create_journal
from innerchild_desktop.store.schema import SCHEMA_VERSION

PASSPHRASE = "benchmark passphrase, not a secret"
CACHE = Path(__file__).parent / ".cache"
TODAY = date(2026, 11, 24)
CORPUS_VERSION = "c4"  # bump when the generator or the table layout changes

# A tiny valid PNG (1x1) for the photo sprinkle; thumbnails are not needed for timing.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201e2d6b6b30000000049454e44ae426082"
)


def journal_for(size: int, kdf: KdfParams | None, seed: int = 42) -> JournalPaths:
    root = CACHE / f"journal-{size}-s{seed}-v{SCHEMA_VERSION}-{CORPUS_VERSION}"
    paths = JournalPaths(root)
    if (root / "complete").exists():
        return paths
    shutil.rmtree(root, ignore_errors=True)
    journal, _ = create_journal(paths, PASSPHRASE, kdf)
    with journal:
        fill_demo(
            journal,
            entries=size,
            memories=min(size // 20, 5000),
            sessions=200,
            seed=seed,
            today=TODAY,
            sample=False,  # a real journal's shape: no "sample" tag on every row
        )
        rng = random.Random(seed)
        ids = [r[0] for r in journal.conn.execute("SELECT id FROM entries ORDER BY seq")]
        with journal.transaction() as conn:
            for entry_id in ids[::200]:
                add_attachment(
                    conn, PNG + rng.randbytes(8), filename="photo.png", entry_id=entry_id
                )
        journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root / "complete").write_text("ok\n")
    return paths


def big_entry_text(words: int = 17_000) -> str:
    """About 100 KB of Markdown, for the typing-latency test."""
    from innerchild_desktop.services.demo import make_body

    return make_body(random.Random(7), words)
