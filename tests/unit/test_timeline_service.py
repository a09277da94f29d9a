"""TimelineService: the timeline's one door to the journal. Each change is one transaction and
says what changed; the review walk's answers and its place are kept together."""

from __future__ import annotations

from datetime import date

import pytest

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.memories import ReviewPlace, describe, lane_of
from innerchild_desktop.services.timeline import MemoryChanged, TimelineService
from innerchild_desktop.store import memories as memory_store
from innerchild_desktop.store import settings as settings_store


@pytest.fixture
def timeline(journal) -> TimelineService:  # type: ignore[no-untyped-def]
    return TimelineService(journal)


def test_the_context_builds_the_service_only_while_unlocked(paths, journal) -> None:  # type: ignore[no-untyped-def]
    context = AppContext(paths)
    with pytest.raises(RuntimeError, match="locked"):
        _ = context.timeline
    context.attach(journal)
    assert isinstance(context.timeline, TimelineService)
    assert context.timeline.journal is journal


def test_changes_say_which_memory_changed(timeline) -> None:  # type: ignore[no-untyped-def]
    bike = timeline.add_memory("The blue bicycle", "around 7", body="It had a bell.")
    changed = timeline.update_memory(
        bike, title="The red bicycle", when="age 8", body="", heavy=False
    )
    assert changed == MemoryChanged(memory_ids=(bike,))
    assert timeline.memory(bike).title == "The red bicycle"
    assert timeline.delete_memory(bike) == MemoryChanged(memory_ids=(bike,))
    assert timeline.timeline() == []
    assert timeline.restore_memory(bike) == MemoryChanged(memory_ids=(bike,))
    assert [r.id for r in timeline.timeline()] == [bike]
    timeline.delete_memory(bike)
    assert timeline.forget_deleted_memories() == MemoryChanged(forgotten=1)
    assert timeline.memory(bike) is None


def test_the_review_walk_keeps_answers_and_place_together(timeline) -> None:  # type: ignore[no-untyped-def]
    assert timeline.review_place() == ReviewPlace()
    den = timeline.add_memory("The den", "age 6-8")
    changed = timeline.save_review(den, {"what_i_needed": "Someone nearby."}, "stage")
    assert changed.memory_ids == (den,)
    assert timeline.memory(den).what_i_needed == "Someone nearby."
    assert timeline.review_place() == ReviewPlace("stage", den)


def test_a_failing_review_save_keeps_neither_answers_nor_place(timeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    den = timeline.add_memory("The den", "age 6-8")

    def broken(*_args: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(settings_store, "set_setting", broken)
    with pytest.raises(RuntimeError):
        timeline.save_review(den, {"what_i_felt": "Safe."}, "theme")
    assert timeline.memory(den).what_i_felt == ""
    assert timeline.review_place() == ReviewPlace()


def test_a_birth_date_moves_every_memory_in_one_step(timeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    coast = timeline.add_memory("Summer at the coast", "summer 1994")
    bike = timeline.add_memory("The blue bicycle", "around 7")
    assert lane_of(timeline.memory(coast)) == "calendar"
    changed = timeline.set_birth_date(date(1987, 3, 1))
    assert set(changed.memory_ids) == {coast, bike} and changed.placement
    assert timeline.birth_date() == date(1987, 3, 1)
    assert timeline.memory(coast).stage == "primary school"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(memory_store, "place_memory", broken)
    with pytest.raises(RuntimeError):
        timeline.set_birth_date(None)
    assert timeline.birth_date() == date(1987, 3, 1)  # nothing half-done


def test_own_stages_round_trip_and_name_a_time(timeline) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="Line 2"):
        timeline.set_user_stages("Elm Street: 4-9\nnonsense")
    assert timeline.stages_text() == ""
    saved = timeline.set_user_stages("when we lived on Elm Street: 4-9\nLeeds: 1998-2003")
    assert [s.name for s in saved] == ["when we lived on Elm Street", "Leeds"]
    assert timeline.stages_text() == "when we lived on Elm Street: 4-9\nLeeds: 1998-2003"
    attic = timeline.add_memory("The attic", "when we lived on Elm Street")
    row = timeline.memory(attic)
    assert (row.span_start, row.span_end) == (4.0, 10.0) and describe(row)
    assert "Elm Street" in timeline.preview_time("when we lived on Elm Street")


def test_tags_and_linked_titles_come_through_the_service(timeline) -> None:  # type: ignore[no-untyped-def]
    from innerchild_desktop.domain.entries import NewEntry
    from innerchild_desktop.services.journal import JournalService

    entry = JournalService(timeline.journal).add_entry(NewEntry(title="That summer"))
    kite = timeline.add_memory("Kite day", "age 8", tags=["outdoors"], linked_entries=[entry])
    assert timeline.memory_tags([kite]) == {kite: ["outdoors"]}
    assert timeline.linked_titles(kite) == ["That summer"]
    assert timeline.photo_ids(kite) == []
