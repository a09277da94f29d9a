"""The ``--json`` views of domain objects (domain/json_views.py): plain values, named the same
way wherever the type is shown, and search hits bracketed instead of the private marks."""

import json
from datetime import date

from innerchild_desktop.domain.entries import EntryKind, EntrySummary
from innerchild_desktop.domain.exercises import Breathing, Exercise, ExerciseKind, Step
from innerchild_desktop.domain.json_views import (
    entry_summary_to_json,
    exercise_to_json,
    search_hit_to_json,
)
from innerchild_desktop.domain.pacer import BreathPattern
from innerchild_desktop.domain.search import HIT_END, HIT_START, SearchHit


def test_an_entry_row_is_plain_values_with_an_iso_date() -> None:
    row = EntrySummary(
        id="abc", entry_date=date(2024, 5, 17), title="Park", preview="swings",
        kind=EntryKind.FREE, mood="calm", tags=("play",), heavy=True,
    )  # fmt: skip
    view = entry_summary_to_json(row)
    assert view == {
        "id": "abc",
        "date": "2024-05-17",
        "title": "Park",
        "preview": "swings",
        "kind": "free",
        "mood": "calm",
        "tags": ["play"],
        "heavy": True,
    }
    assert json.loads(json.dumps(view)) == view


def test_a_search_hit_brackets_its_matched_words() -> None:
    hit = SearchHit(
        doc_kind="entry", id="x", title="t", when="2024-05-17",
        snippet=f"the {HIT_START}swing{HIT_END} squeaked", rank=-1.5,
    )  # fmt: skip
    view = search_hit_to_json(hit)
    assert view["snippet"] == "the [swing] squeaked"
    assert view["type"] == "entry" and view["heavy"] is False


def test_an_exercise_shows_its_pattern_or_its_steps() -> None:
    breathing = Exercise(
        id="box", name="Box", kind=ExerciseKind.BREATHING, description="",
        intro="", breathing=Breathing(BreathPattern(inhale=4, hold_in=4, exhale=4, hold_out=4)),
    )  # fmt: skip
    view = exercise_to_json(breathing)
    assert view["pattern"]["breaths_per_minute"] == 3.75 and "steps" not in view
    grounding = Exercise(
        id="5-4-3", name="Senses", kind=ExerciseKind.GROUNDING,
        description="", intro="", steps=(Step("Five things you see", 20.0), Step("Breathe")),
    )  # fmt: skip
    view = exercise_to_json(grounding)
    assert view["steps"] == [
        {"text": "Five things you see", "seconds": 20.0},
        {"text": "Breathe", "seconds": None},
    ]
    assert "pattern" not in view
