"""A realistic sample journal so a new user (and the benchmarks) can look around.

Deterministic for a given seed. Entry lengths follow a log-normal shape (median about 300 words,
clipped to 50–2,000) like real journals; a few are letters to and from the younger self.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry
from innerchild_desktop.services import demo_text as text
from innerchild_desktop.store.entries import insert_entry
from innerchild_desktop.store.memories import MemoryRecord, insert_memory
from innerchild_desktop.store.sessions import SessionRecord, insert_session
from innerchild_desktop.store.vault import Journal

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


def make_entry(rng: random.Random, day: date) -> NewEntry:
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
    return NewEntry(
        title=rng.choice(text.TITLES),
        body=body,
        entry_date=day,
        kind=kind,
        tags=tuple(rng.sample(text.TAGS, rng.randint(0, 3))),
        mood=Mood(name, valence, energy) if rng.random() < 0.8 else None,
        distress=rng.randint(0, 8) if rng.random() < 0.5 else None,
        prompt_id="home-001" if kind is EntryKind.PROMPT else None,
        prompt_text="What did home sound like when you were small?"
        if kind is EntryKind.PROMPT
        else None,
        heavy=rng.random() < 0.03,
    )


def fill_demo(
    journal: Journal,
    *,
    entries: int = 60,
    memories: int = 24,
    sessions: int = 30,
    seed: int = 7,
    today: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Add sample content in batches of one transaction each; returns what was added."""
    rng = random.Random(seed)
    today = today or date.today()
    span_days = max(entries * 2, 30)
    batch = 2000
    done = 0
    while done < entries:
        with journal.transaction() as conn:
            for _ in range(min(batch, entries - done)):
                day = today - timedelta(days=int(span_days * (1 - (done / max(entries, 1)))))
                insert_entry(conn, make_entry(rng, day))
                done += 1
        if progress:
            progress(done)
    with journal.transaction() as conn:
        for i in range(memories):
            insert_memory(conn, _make_memory(rng, i))
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
    return {"entries": entries, "memories": memories, "sessions": sessions}


def _make_memory(rng: random.Random, index: int) -> MemoryRecord:
    title, when, emotions, needs = text.MEMORY_TITLES[index % len(text.MEMORY_TITLES)]
    if index >= len(text.MEMORY_TITLES):
        title = f"{title} ({index // len(text.MEMORY_TITLES) + 1})"
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
        heavy=title.startswith("Dinner-table"),
        what_happened="I remember it in pieces, and that's okay.",
        what_i_felt=f"Mostly {emotions[0]}.",
        what_i_needed=f"I needed {needs[0]}.",
        what_i_would_say="You did the best you could, and you weren't alone in the end.",
    )
