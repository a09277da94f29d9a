"""Deterministic jrnl JSON exports of any size, for tests and the import benchmark."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from innerchild_desktop.services import demo_text as text
from innerchild_desktop.services.demo import make_body, word_target


def make_jrnl_json(count: int, seed: int = 7, *, start: date = date(2015, 1, 1)) -> dict[str, Any]:
    """A document shaped like ``jrnl --format json`` output with ``count`` entries."""
    rng = random.Random(seed)
    entries = []
    tags_count: dict[str, int] = {}
    day = start
    for _ in range(count):
        day += timedelta(days=rng.choice((0, 1, 1, 1, 2)))
        tags = [f"@{t}" for t in rng.sample(text.TAGS, rng.randint(0, 2))]
        for tag in tags:
            tags_count[tag] = tags_count.get(tag, 0) + 1
        body = make_body(rng, word_target(rng))
        if tags:
            body += "\n\n" + " ".join(tags)
        entries.append(
            {
                "title": rng.choice(text.TITLES) + ".",
                "body": body,
                "date": day.isoformat(),
                "time": f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}",
                "tags": tags,
                "starred": rng.random() < 0.05,
            }
        )
    return {"tags": tags_count, "entries": entries}


def write_jrnl_json(path: Path, count: int, seed: int = 7) -> Path:
    path.write_text(json.dumps(make_jrnl_json(count, seed), indent=2), encoding="utf-8")
    return path
