"""Where a memory sits on the timeline: a thin bridge to domain.fuzzy_dates for the store.

Returns what the memories table stores: the fuzzy time as JSON, a sort key and an uncertainty
span in years of age, and the life stage.
"""

from __future__ import annotations

import re
from typing import Any

_STAGES = {
    "before school": (0.0, 6.0),
    "primary school": (6.0, 12.0),
    "teenage years": (12.0, 18.0),
}


def placement(when: str) -> tuple[dict[str, Any], float, float, float, str]:
    text = when.strip().lower()
    if text in _STAGES:
        start, end = _STAGES[text]
        fuzzy: dict[str, Any] = {"kind": "stage", "stage": text}
    elif m := re.fullmatch(
        r"(?:around|about)?\s*(\d+)\s*(?:-|to)\s*(\d+)", text.replace("age ", "")
    ):
        start, end = float(m[1]), float(m[2]) + 1
        fuzzy = {"kind": "age_range", "start": int(m[1]), "end": int(m[2])}
    elif m := re.fullmatch(r"(?:around|about|age)\s*(\d+)", text):
        start, end = float(m[1]) - (0.5 if "around" in text else 0), float(m[1]) + 1
        fuzzy = {"kind": "age", "age": int(m[1]), "approximate": "around" in text}
    else:
        start, end = 6.0, 12.0
        fuzzy = {"kind": "text", "text": when}
    stage = next(
        (name for name, (a, b) in _STAGES.items() if a <= (start + end) / 2 < b), "teenage years"
    )
    return fuzzy, (start + end) / 2, start, end, stage
