"""Property (issue 17): random edits on three computers, synced through one folder in any order
and any number of times, converge to the same journal, and no text is lost: every text ever
written is current, kept (a revision or a conflict), or was replaced on purpose by someone who
had it in front of them.

``INNERCHILD_SYNC_EXAMPLES`` raises the number of examples (default 8 in ``make test``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from tests.unit.test_sync_apply import SYNC_PASS, Computer

EXAMPLES = int(os.environ.get("INNERCHILD_SYNC_EXAMPLES", "8"))

step = st.tuples(
    st.integers(0, 2),  # which computer
    st.sampled_from(
        ["add", "body", "body", "title", "trash", "untrash", "tag", "untag", "sync", "sync"]
    ),
    st.integers(0, 1),  # which entry (of those that computer has: the first two, mostly)
    st.sampled_from(["calm", "play", "Anger"]),
)


def _state(c: Computer) -> dict[str, tuple[object, ...]]:
    found = {}
    for e in c.js.list_entries(limit=1000):
        full = c.entry(e.id)
        found[e.id] = (full.title, full.body, full.tags, False)
    for e in c.js.trashed():
        full = c.entry(e.id)
        found[e.id] = (full.title, full.body, full.tags, True)
    return found


def _kept(c: Computer) -> set[str]:
    texts = set()
    for entry_id in _state(c):
        for r in c.js.history(entry_id):
            texts |= {r.title, r.body}
    rows = c.journal.conn.execute("SELECT value FROM sync_conflicts").fetchall()
    return texts | {r[0] for r in rows}


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(steps=st.lists(step, min_size=4, max_size=28))
def test_three_computers_converge_and_lose_no_text(steps) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "Shared").mkdir()
        computers = [Computer(root / name, name) for name in ("one", "two", "three")]
        try:
            first, *others = computers
            # one entry all three have, so that edits meet often
            first.js.add_entry(NewEntry(title="shared title", body="shared body"))
            first.sync.setup(root / "Shared", SYNC_PASS, "one", FAST_TEST_KDF)
            for c in others:
                c.sync.join(root / "Shared", SYNC_PASS, c.name)
            first.sync.sync()
            written: set[str] = {"shared title", "shared body"}
            replaced: set[str] = set()  # replaced by a person who had it in front of them
            for counter, (who, action, pick, tag) in enumerate(steps, start=1):
                c = computers[who]
                state = _state(c)
                ids = sorted(state)
                entry = ids[pick % len(ids)] if ids else None
                if action == "add" or entry is None:
                    title, body = f"title {counter}", f"body {counter}"
                    c.js.add_entry(NewEntry(title=title, body=body))
                    written |= {title, body}
                elif action in ("body", "title"):
                    text = f"{action} {counter} by {c.name}"
                    current = state[entry][0 if action == "title" else 1]
                    c.js.update_entry(entry, **{action: text})
                    written.add(text)
                    replaced.add(str(current))
                elif action == "trash":
                    c.js.trash(entry)
                elif action == "untrash":
                    c.js.untrash(entry)
                elif action in ("tag", "untag"):
                    tags = set(state[entry][2])
                    tags = tags | {tag} if action == "tag" else tags - {tag}
                    c.js.update_entry(entry, tags=tuple(sorted(tags)))
                else:
                    c.sync.sync(allow_deletes=True)
            for _ in range(2):
                for c in computers:
                    c.sync.sync(allow_deletes=True)
            states = [_state(c) for c in computers]
            assert states[0] == states[1] == states[2]
            current = {t for v in states[0].values() for t in (v[0], v[1])}
            kept = set().union(*(_kept(c) for c in computers))
            lost = written - current - kept - replaced
            assert not lost, f"texts lost: {sorted(lost)}"
        finally:
            for c in computers:
                c.journal.close()
