"""End to end through two real Syncthing instances on loopback (issue 17): two journals on two
"computers" converge through a folder that Syncthing carries, both ways, and a text edited on
both while they were apart is kept (current on both, the other side in its history).

Syncthing runs as two processes with their own homes under tmp_path, listening on 127.0.0.1
only, discovery, relays and NAT off (tests/e2e_support/syncthing.py). Without `syncthing` on PATH
these tests are skipped with that reason (shown by -ra), never silently.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e_support.plaintext import assert_no_plaintext
from tests.e2e_support.syncthing import (
    SKIP_REASON,
    SYNCTHING,
    SyncthingPair,
    running_pair,
    tree_digest,
    wait_until,
)
from tests.integration.test_cli import PASS, run

pytestmark = [
    pytest.mark.skipif(SYNCTHING is None, reason=SKIP_REASON),
    pytest.mark.slow,
]

PASS_B = "the other computer's own passphrase"
BASE = ("--passphrase-stdin",)


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SyncthingPair]:
    with running_pair(tmp_path / "syncthing", monkeypatch) as started:
        yield started


def test_harness_carries_files_both_ways(pair: SyncthingPair) -> None:
    """The harness itself: a write-once file in either folder shows up, byte for byte, in the
    other; a file written while both are paused arrives after they resume."""
    payload = secrets.token_bytes(70_000)
    (pair.a.folder / "ops").mkdir()
    (pair.a.folder / "ops" / "one").write_bytes(payload)
    pair.wait_mirrored()
    assert (pair.b.folder / "ops" / "one").read_bytes() == payload

    (pair.b.folder / "ops" / "two").write_bytes(b"from b")
    pair.wait_mirrored()
    assert (pair.a.folder / "ops" / "two").read_bytes() == b"from b"

    pair.pause()
    (pair.a.folder / "ops" / "three").write_bytes(b"written while apart")
    pair.resume()
    pair.wait_mirrored()
    assert sorted(tree_digest(pair.b.folder)) == ["ops/one", "ops/three", "ops/two"]


# -- the journal through the folder ---------------------------------------------------------


def listed(home: Path, passphrase: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """id -> (title, tags) of every entry in a journal."""
    out = run(home, "list", *BASE, "--json", stdin=passphrase).stdout
    return {e["id"]: (e["title"], tuple(sorted(e["tags"]))) for e in json.loads(out)}


def body_of(home: Path, passphrase: str, entry: str) -> str:
    out = run(home, "show", entry, *BASE, "--json", stdin=passphrase).stdout
    return str(json.loads(out)["body"])


def history_bodies(home: Path, passphrase: str, entry: str) -> list[str]:
    out = run(home, "history", entry, *BASE, "--json", stdin=passphrase).stdout
    return [str(r["body"]) for r in json.loads(out)]


def sync(home: Path, passphrase: str) -> None:
    run(home, "sync", *BASE, stdin=passphrase)


def add_as(home: Path, passphrase: str, title: str, body: str, *extra: str) -> str:
    out = run(home, "add", "--title", title, *extra, *BASE, "--json", stdin=f"{passphrase}\n{body}")
    return str(json.loads(out.stdout)["id"])


def test_two_journals_converge_through_syncthing(tmp_path: Path, pair: SyncthingPair) -> None:
    # Words made at run time: no other file can hold them, so a hit in the folder is a leak.
    mark = secrets.token_hex(5)
    title_a1, title_a2, title_a3 = (f"Garden{mark}", f"Letter{mark}", f"Kitchen{mark}")
    tag, body_word, title_b = f"Tagword{mark}", f"Bodyword{mark}", f"Desktop{mark}"
    words = [title_a1, title_a2, title_a3, tag, body_word, title_b]

    home_a, home_b = tmp_path / "computer-a", tmp_path / "computer-b"
    run(home_a, "init", *BASE, "--json", stdin=PASS + "\n")
    run(home_b, "init", *BASE, "--json", stdin=PASS_B + "\n")
    shared = add_as(home_a, PASS, title_a1, f"the {body_word} under the tree", "--tag", tag)
    add_as(home_a, PASS, title_a2, f"dear little one, {body_word}")
    add_as(home_a, PASS, title_a3, "warm bread")
    add_as(home_b, PASS_B, title_b, f"written at work {body_word}", "--tag", tag)

    # Computer A sets the folder up; Syncthing carries it to B, which joins with its own journal.
    run(home_a, "sync", "setup", str(pair.a.folder), *BASE, stdin=PASS + "\n")
    pair.wait_mirrored()
    run(home_b, "sync", "join", str(pair.b.folder), *BASE, stdin=f"{PASS_B}\n{PASS}\n")

    def converged() -> bool:
        sync(home_a, PASS)
        sync(home_b, PASS_B)
        pair.scan()
        a, b = listed(home_a, PASS), listed(home_b, PASS_B)
        return len(a) == 4 and a == b

    wait_until(converged, interval=2.0, describe=lambda: _state(home_a, home_b, pair))
    both = listed(home_a, PASS)
    assert sorted(title for title, _ in both.values()) == sorted(
        [title_a1, title_a2, title_a3, title_b]
    )
    assert both[shared] == (title_a1, (tag,))
    assert body_of(home_b, PASS_B, shared) == f"the {body_word} under the tree"

    # A move to the trash on B reaches A.
    gone = next(i for i, (title, _) in both.items() if title == title_a3)
    run(home_b, "delete", gone, *BASE, stdin=PASS_B)

    def trashed_on_both() -> bool:
        sync(home_b, PASS_B)
        sync(home_a, PASS)
        pair.scan()
        a, b = listed(home_a, PASS), listed(home_b, PASS_B)
        return len(a) == 3 and gone not in a and a == b

    wait_until(trashed_on_both, interval=2.0, describe=lambda: _state(home_a, home_b, pair))

    # Both edit the same entry while Syncthing has them apart; both texts must survive.
    pair.pause()
    text_a, text_b = f"edited at home {mark}", f"edited at work {mark}"
    run(home_a, "edit", shared, "--body", text_a, *BASE, stdin=PASS)
    run(home_b, "edit", shared, "--body", text_b, *BASE, stdin=PASS_B)
    sync(home_a, PASS)
    sync(home_b, PASS_B)
    pair.resume()

    def same_text() -> str | None:
        sync(home_a, PASS)
        sync(home_b, PASS_B)
        pair.scan()
        a, b = body_of(home_a, PASS, shared), body_of(home_b, PASS_B, shared)
        return a if a == b and a in (text_a, text_b) else None

    winner = wait_until(same_text, interval=2.0, describe=lambda: _state(home_a, home_b, pair))
    loser = text_b if winner == text_a else text_a

    def kept_on_both() -> bool:
        # The same text can show on both before the other computer's change file has arrived
        # where the winner was written: keep syncing until both have had each other's edit.
        sync(home_a, PASS)
        sync(home_b, PASS_B)
        pair.scan()
        return all(
            loser in history_bodies(home, passphrase, shared)
            for home, passphrase in ((home_a, PASS), (home_b, PASS_B))
        )

    wait_until(kept_on_both, interval=2.0, describe=lambda: _state(home_a, home_b, pair))
    for home, passphrase in ((home_a, PASS), (home_b, PASS_B)):
        kept = history_bodies(home, passphrase, shared)
        assert loser in kept, f"the losing text is not in {home.name}'s history: {kept}"
        status = json.loads(run(home, "sync", "status", "--json", *BASE, stdin=passphrase).stdout)
        flagged = {(c["kind"], c["id"]) for c in status["conflicts"]}
        assert ("entry", shared) in flagged, f"{home.name} does not say it was edited on both"
    assert listed(home_a, PASS) == listed(home_b, PASS_B)

    for folder in (pair.a.folder, pair.b.folder):
        assert not (folder / "journal.db").exists()
        assert_no_plaintext(folder, words)


def _state(home_a: Path, home_b: Path, pair: SyncthingPair) -> str:
    parts = []
    for home, passphrase in ((home_a, PASS), (home_b, PASS_B)):
        status = run(home, "sync", "status", "--json", *BASE, stdin=passphrase, check=False)
        titles = sorted(t for t, _ in listed(home, passphrase).values())
        parts.append(
            f"{home.name}: entries {titles}\n  sync status: {status.stdout}{status.stderr}"
        )
    return "\n".join(parts) + "\n" + pair.describe()
