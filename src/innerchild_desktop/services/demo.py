"""A realistic sample journal so a new user (and the benchmarks) can look around.

Deterministic for a given seed. Entry lengths follow a log-normal shape (median about 300 words,
clipped to 50–2,000) like real journals; a few are letters to and from the younger self.

Sample content only ever goes into a new, empty journal: :func:`fill_demo` refuses a journal with
entries or memories (trashed ones too) and changes nothing. What it makes is tagged ``sample``,
so it is plain to see in the entry list, and no title repeats ("Grandma's kitchen (2)").
"Try a sample journal" opens one in a private temporary folder (:func:`open_sample_journal`).
"""

from __future__ import annotations

import math
import os
import random
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry
from innerchild_desktop.domain.errors import InnerChildError, InvalidInput
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services import demo_text as text
from innerchild_desktop.store.entries import has_writing, insert_entry
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.lockfile import JournalLock
from innerchild_desktop.store.memories import MemoryRecord, insert_memory, set_memory_tags
from innerchild_desktop.store.opening import create_journal
from innerchild_desktop.store.sessions import SessionRecord, insert_session
from innerchild_desktop.store.vault import Journal

SAMPLE_TAG = "sample"
NEWEST_NEVER_HEAVY = 5
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "services.demo",
    "This journal already has entries or memories, so no sample content was added: sample "
    "content only goes into a new, empty journal. Nothing was changed.",
)

MOODS = (
    ("calm", 0.5, -0.5),
    ("content", 0.6, -0.2),
    ("hopeful", 0.6, 0.3),
    ("joyful", 0.9, 0.7),
    ("tender", 0.3, -0.3),
    ("sad", -0.6, -0.5),
    ("anxious", -0.5, 0.6),
    ("lonely", -0.6, -0.4),
    ("angry", -0.7, 0.8),
    ("tired", -0.2, -0.8),
    ("relieved", 0.5, -0.4),
    ("proud", 0.7, 0.4),
)

SAMPLE_TAG = "sample"

EXERCISES = (
    "extended-exhale",
    "coherent-breathing",
    "grounding-54321",
    "physiological-sigh",
    "self-compassion-break",
    "butterfly-hug",
)


def word_target(rng: random.Random) -> int:
    return int(min(2000, max(50, rng.lognormvariate(math.log(300), 0.6))))


def make_body(rng: random.Random, words: int) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            sentence = f"{rng.choice(text.OPENERS)} {rng.choice(text.PHRASES)}."
            if rng.random() < 0.02:
                sentence = sentence[:-1] + f", like a {rng.choice(text.RARE_WORDS)}."
            sentences.append(sentence)
            sentences.append(rng.choice(text.FEELINGS_LINES))
        if rng.random() < 0.3:
            sentences.append(rng.choice(text.REPARENTING))
        para = " ".join(sentences)
        if rng.random() < 0.1:
            para = f"**{para.split('.')[0]}.**" + para[len(para.split(".")[0]) + 1 :]
        paragraphs.append(para)
        count += len(para.split())
        if rng.random() < 0.08:
            paragraphs.append("- " + "\n- ".join(rng.sample(text.PHRASES, 3)))
    return "\n\n".join(paragraphs)


def make_entry(rng: random.Random, day: date, title: str = "", *, sample: bool = True) -> NewEntry:
    roll = rng.random()
    kind = (
        EntryKind.LETTER_TO
        if roll < 0.06
        else EntryKind.LETTER_FROM
        if roll < 0.09
        else EntryKind.PROMPT
        if roll < 0.25
        else EntryKind.FREE
    )
    body = make_body(rng, word_target(rng))
    if kind is EntryKind.LETTER_TO:
        body = "Dear little me,\n\n" + body + "\n\nWith love, from the grown-up you became."
    elif kind is EntryKind.LETTER_FROM:
        body = "Dear grown-up me,\n\n" + body + "\n\nLove, little me"
    name, valence, energy = rng.choice(MOODS)
    # At most two tags besides "sample": the list shows three, so the sample tag always shows.
    tags = tuple(rng.sample(text.TAGS, rng.randint(0, 2)))
    return NewEntry(
        title=title,
        body=body,
        entry_date=day,
        kind=kind,
        tags=(SAMPLE_TAG, *tags) if sample else tags,
        mood=Mood(name, valence, energy) if rng.random() < 0.8 else None,
        distress=rng.randint(0, 8) if rng.random() < 0.5 else None,
        prompt_id="home-001" if kind is EntryKind.PROMPT else None,
        prompt_text="What did home sound like when you were small?"
        if kind is EntryKind.PROMPT
        else None,
        heavy=rng.random() < 0.03,
    )


def entry_titles(rng: random.Random, count: int) -> list[str]:
    """``count`` different titles: the written ones first, then a moment with a topic ("Before
    bed: the swing set"); entries past those go untitled, as many real ones do."""
    singles = list(text.TITLES)
    pairs = [f"{moment}: {topic}" for moment in text.MOMENTS for topic in text.TOPICS]
    rng.shuffle(singles)
    rng.shuffle(pairs)
    pool = (singles + pairs)[:count]
    return pool + [""] * (count - len(pool))


MemoryPlan = tuple[str, tuple[str, str, list[str], list[str], bool]]


def _memory_tiers() -> list[list[MemoryPlan]]:
    subjects = list(text.MEMORY_TITLES)
    return [
        [(s[0], s) for s in subjects],
        [(f"{s[0]}, {look}", s) for s in subjects for look in text.LOOKING_BACK],
        [
            (f"{s[0]}, {look}, at {place}", s)
            for s in subjects
            for look in text.LOOKING_BACK
            for place in text.PLACES
        ],
    ]


MAX_MEMORIES = sum(len(tier) for tier in _memory_tiers())


def check_sizes(entries: int, memories: int) -> None:
    """Refuse sizes the sample cannot make, before anything is written."""
    if entries < 0 or memories < 0:
        raise InvalidInput(
            translate(
                "services.demo", "The number of sample entries and memories cannot be negative."
            )
        )
    if memories > MAX_MEMORIES:
        raise InvalidInput(
            translate(
                "services.demo",
                "A sample journal holds at most {count} memories. Nothing was changed.",
            ).format(count=f"{MAX_MEMORIES:,}")
        )


def memory_plans(rng: random.Random, count: int) -> list[MemoryPlan]:
    """``count`` memories with different titles: the written ones first, then each looked back on
    another way ("Snow day, the morning after"), then in a place (at most MAX_MEMORIES)."""
    check_sizes(0, count)
    pool: list[MemoryPlan] = []
    for tier in _memory_tiers():
        if len(pool) >= count:
            break
        rng.shuffle(tier)
        pool += tier
    return pool[:count]


def require_new_journal(journal: Journal) -> None:
    """Raise (a sentence for the person) unless the journal has no entries or memories at all."""
    if has_writing(journal.conn):
        raise InvalidInput(translate("services.demo", NOT_EMPTY))


def fill_demo(
    journal: Journal,
    *,
    entries: int = 60,
    memories: int = 24,
    sessions: int = 30,
    seed: int = 7,
    today: date | None = None,
    progress: Callable[[int], None] | None = None,
    sample: bool = True,
) -> dict[str, int]:
    """Add sample content to a new, empty journal, in batches of one transaction each; returns
    what was added. ``sample=False`` leaves out the "sample" tag (the benchmark corpus)."""
    check_sizes(entries, memories)
    require_new_journal(journal)
    rng = random.Random(seed)
    plans = memory_plans(rng, memories)
    titles = entry_titles(rng, entries)
    today = today or date.today()
    span_days = max(entries * 2, 30)
    batch = 2000
    done = 0
    while done < entries:
        with journal.transaction() as conn:
            for _ in range(min(batch, entries - done)):
                day = today - timedelta(days=int(span_days * (1 - (done / max(entries, 1)))))
                # The newest entries, the first seen, get the written titles; and the journal
                # opens on writing, not on a veiled heavy entry.
                new = make_entry(rng, day, titles[entries - 1 - done], sample=sample)
                if done >= entries - NEWEST_NEVER_HEAVY:
                    new = replace(new, heavy=False)
                insert_entry(conn, new)
                done += 1
        if progress:
            progress(done)
    with journal.transaction() as conn:
        for title, subject in plans:
            memory_id = insert_memory(conn, _make_memory(rng, title, subject))
            if sample:
                set_memory_tags(conn, memory_id, [SAMPLE_TAG])
        start = datetime.now(UTC) - timedelta(days=60)
        for i in range(sessions):
            began = start + timedelta(days=i * 2, hours=rng.randint(0, 12))
            before = rng.randint(3, 9)
            insert_session(
                conn,
                SessionRecord(
                    exercise_id=rng.choice(EXERCISES),
                    started_at=began.isoformat(),
                    ended_at=(began + timedelta(minutes=rng.choice((1, 3, 5)))).isoformat(),
                    completed=rng.random() < 0.85,
                    distress_before=before,
                    distress_after=max(0, before - rng.randint(0, 4)),
                ),
            )
    return {"entries": entries, "memories": len(plans), "sessions": sessions}


def _make_memory(
    rng: random.Random, title: str, subject: tuple[str, str, list[str], list[str], bool]
) -> MemoryRecord:
    _name, when, emotions, needs, heavy = subject
    from innerchild_desktop.services.memory_time import placement

    fuzzy, sort_key, start, end, stage = placement(when)
    return MemoryRecord(
        title=title,
        fuzzy_time=fuzzy,
        sort_key=sort_key,
        span_start=start,
        span_end=end,
        stage=stage,
        body=make_body(rng, rng.randint(40, 160)),
        emotions=emotions,
        needs=needs,
        people=rng.sample(text.PEOPLE, rng.randint(0, 2)),
        place=rng.choice(text.PLACES),
        intensity=rng.randint(1, 5),
        heavy=heavy,
        what_happened="I remember it in pieces, and that's okay.",
        what_i_felt=f"Mostly {emotions[0]}.",
        what_i_needed=f"I needed {needs[0]}.",
        what_i_would_say="You did the best you could, and you weren't alone in the end.",
    )


# The sample journal's passphrase is 256 random bits that nobody ever types and that are thrown
# away at once: key stretching adds nothing to that, so the cheapest parameters are used.
SAMPLE_KDF = FAST_TEST_KDF
SAMPLE_PREFIX = "innerchild-sample-"
# A sample folder younger than this may be one another window is setting up (not locked yet).
_BEING_MADE_SECONDS = 120


def tidy_abandoned_samples(temp_root: Path | None = None) -> list[Path]:
    """Delete sample folders a crash left in the temporary folder; returns what was deleted.

    Only folders of our own prefix, owned by this user, directly in ``temp_root`` (the folder
    :func:`open_sample_journal` uses), and only when no running window holds the sample open
    (its journal lock is free). Made-up content, encrypted, but still not ours to leave lying.
    """
    parent = temp_root or Path(tempfile.gettempdir())
    try:
        candidates = sorted(parent.glob(SAMPLE_PREFIX + "*"))
    except OSError:
        return []
    removed = []
    for root in candidates:
        try:
            info = root.lstat()
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != getattr(os, "getuid", int)():
                continue
            if time.time() - info.st_mtime < _BEING_MADE_SECONDS:  # perhaps being set up now
                continue
            if (root / "journal").is_dir():
                lock = JournalLock(JournalPaths(root / "journal").lock)
                lock.acquire()  # JournalInUse: another window has this sample open
                lock.release()
        except (OSError, InnerChildError):
            continue
        shutil.rmtree(root, ignore_errors=True)
        if not root.exists():
            removed.append(root)
    return removed


@dataclass
class SampleJournal:
    """A throwaway, encrypted sample journal in a private temporary folder. ``close()`` closes it
    and deletes the folder; the person's own journal folder is never touched."""

    root: Path
    journal: Journal

    @property
    def paths(self) -> JournalPaths:
        return self.journal.paths

    def close(self) -> None:
        try:
            self.journal.close()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def open_sample_journal(*, today: date | None = None) -> SampleJournal:
    """Create and fill a sample journal in a new private temporary folder, encrypted with a random
    passphrase nobody is told (it is fake data, and still never written in the clear)."""
    root = Path(tempfile.mkdtemp(prefix=SAMPLE_PREFIX))  # owner-only (0700)
    try:
        journal, _recovery = create_journal(
            JournalPaths(root / "journal"), secrets.token_urlsafe(32), SAMPLE_KDF
        )
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    sample = SampleJournal(root, journal)
    try:
        fill_demo(journal, today=today)
    except BaseException:
        sample.close()
        raise
    return sample
