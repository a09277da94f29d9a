"""Domain objects as plain JSON-ready dicts: what ``innerchild … --json`` prints.

Pure mappers (no I/O) kept beside the types they read, so the command line only prints and
a field is named the same way wherever a type is shown as JSON. Keys and their order are a
public format: scripts read them, so change them only with care.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import Entry, EntrySummary
from innerchild_desktop.domain.exercises import Exercise
from innerchild_desktop.domain.memories import MemoryRow, describe, lane_of
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.domain.search import HIT_END, HIT_START, SearchHit

JsonDict = dict[str, Any]


def entry_summary_to_json(row: EntrySummary) -> JsonDict:
    return {
        "id": row.id,
        "date": row.entry_date.isoformat(),
        "title": row.title,
        "preview": row.preview,
        "kind": row.kind.value,
        "mood": row.mood,
        "tags": list(row.tags),
        "heavy": row.heavy,
    }


def entry_to_json(entry: Entry) -> JsonDict:
    return {
        "id": entry.id,
        "date": entry.entry_date.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "kind": entry.kind.value,
        "tags": list(entry.tags),
        "mood": entry.mood.name if entry.mood else None,
        "distress": entry.distress,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
        "prompt": entry.prompt_text,
        "heavy": entry.heavy,
    }


def bracket_hits(snippet: str) -> str:
    """A search snippet with its matched words in [brackets] instead of the private marks."""
    return snippet.replace(HIT_START, "[").replace(HIT_END, "]")


def search_hit_to_json(hit: SearchHit) -> JsonDict:
    return {
        "type": hit.doc_kind,
        "id": hit.id,
        "title": hit.title,
        "when": hit.when,
        "snippet": bracket_hits(hit.snippet),
        "rank": hit.rank,
        "heavy": hit.heavy,
    }


def offer_to_json(offer: Offer) -> JsonDict:
    return {
        "id": offer.prompt_id,
        "text": offer.text,
        "theme": offer.theme,
        "depth": offer.depth.value,
        "why": offer.why,
        "content_note": offer.content_note,
        "suggest_soothing": offer.suggest_soothing,
    }


def exercise_to_json(exercise: Exercise) -> JsonDict:
    """An exercise with its breathing pattern (seconds per phase) or its steps."""
    row: JsonDict = {
        "id": exercise.id,
        "name": exercise.name,
        "kind": exercise.kind.value,
        "opt_in": exercise.opt_in,
        "description": exercise.description,
    }
    if exercise.breathing is not None:
        p = exercise.breathing.pattern
        row["pattern"] = {
            "inhale": p.inhale,
            "hold_in": p.hold_in,
            "exhale": p.exhale,
            "hold_out": p.hold_out,
            "top_up": p.top_up,
            "breaths_per_minute": round(p.bpm(), 2),
        }
        row["variants"] = [v.id for v in exercise.breathing.variants]
    else:
        row["steps"] = [{"text": s.text, "seconds": s.seconds} for s in exercise.steps]
    return row


def memory_to_json(row: MemoryRow, birth: date | None = None) -> JsonDict:
    """A memory on the timeline: its fuzzy time in words, lane (age or year) and span."""
    return {
        "id": row.id,
        "title": row.title,
        "when": describe(row),
        "lane": lane_of(row, birth),
        "span": [row.span_start, row.span_end],
        "sort_key": row.sort_key,
        "stage": row.stage,
        "heavy": row.heavy,
        "feelings": list(row.emotions),
        "needs": list(row.needs),
    }
