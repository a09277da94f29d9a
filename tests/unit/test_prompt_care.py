"""Depth as a safety net: gentle prompts never re-immerse, new journals start gentle, hard days.

"Gentle" is everything a person sees on a hard day and everything a new journal offers, so a
gentle prompt must never walk someone back into a scene that may have been frightening. These
tests hold the shipped files in ``resources/prompts`` to that, with the phrase list kept in
:mod:`innerchild_desktop.domain.prompt_care`.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from innerchild_desktop.domain.prompt_care import (
    INVITE_AFTER_ANSWERS,
    NEW_JOURNAL_DEPTH,
    invite_deeper,
    reimmersion_phrases,
    starting_depth,
)
from innerchild_desktop.domain.prompts import Depth, PromptLibrary
from innerchild_desktop.services.library import load_library
from innerchild_desktop.services.prompts import PromptService


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return load_library()


# The wording these prompts and this template had when issue 13 was raised: the list must keep
# catching every one of them, so the same kind of phrasing cannot slip back in as "gentle".
ORIGINAL_WORDING = {
    "home-001": "If you like, walk through the home you grew up in with words. Start at the "
    "front door and describe what you see, one room at a time.",
    "first-002": "Where were you in that early memory? You might describe the place as if you "
    "were standing in it again: the light, the floor, whatever was at your eye level.",
    "body-010": "What did being tucked into bed feel like, or what would you have liked it to "
    "feel like?",
    "boundaries-001": "As a child, could you say no? Think of one small thing, like a food, a "
    "hug or a game, and write what happened when you didn't want it.",
    "needs-016": "What did you need when you woke from a bad dream as a small child? What would "
    "you give that child now?",
    "home-003": "What did an ordinary evening at home sound like when you were a child? Voices, "
    "television, dishes, quiet?",
    "home-004": "Describe a meal you remember from childhood: who was at the table, what was "
    "eaten, what the mood was like.",
    "memory-002": "Think of “{title}” ({when}). If you could step into that scene as the "
    "grown-up you are now, where would you stand, and what would you bring?",
    # found on reading every gentle prompt
    "first-003": "Think of a smell that takes you straight back to being very small. What does "
    "it bring with it?",
    "home-013": "What did home smell like? Choose one smell and follow where it takes you.",
    "school-001": "Picture your first classroom. What was on the walls? Where did you sit?",
    "school-003": "What did you bring in your lunchbox, or what did school dinners taste like? "
    "Follow the memory wherever it goes.",
    "reparenting-007": "Write a bedtime message for your inner child: what you'd say while "
    "tucking them in.",
    "boundaries-006": "If you could go back to that moment, what is a kind, simple sentence you "
    "could have said instead? You might practise it here.",
    "memory-006": "As you remember “{title}”, notice your feet on the floor. What does your body "
    "tell you about that time?",
}
NAMED_IN_THE_ISSUE = (
    "home-001",
    "first-002",
    "body-010",
    "boundaries-001",
    "needs-016",
    "home-003",
    "home-004",
    "memory-002",
)
ONE_LINE_NOTES = (
    "needs-004",
    "boundaries-004",
    "home-006",
    "feelings-004",
    "feelings-005",
    "feelings-015",
)
STOP_PERMISSION = re.compile(r"\b(stop|door|threshold)\b", re.I)


def _items(library: PromptLibrary):  # type: ignore[no-untyped-def]
    return [*library.prompts, *library.templates]


def test_the_phrase_list_catches_every_wording_that_was_regraded() -> None:
    for prompt_id, text in ORIGINAL_WORDING.items():
        assert reimmersion_phrases(text), prompt_id
    for calm in (
        "Pause and notice your feet on the floor. What do they feel?",
        "What was your favourite food as a child? Describe its taste as if you were eating it now.",
        "Write a very short letter to yourself as you are today.",
        "Look around the room you're in. Name three things that tell you you're here, now.",
    ):
        assert reimmersion_phrases(calm) == (), calm


def test_no_gentle_prompt_reimmerses_without_a_content_note(library: PromptLibrary) -> None:
    offending = [
        (item.id, reimmersion_phrases(item.text))
        for item in _items(library)
        if item.depth is Depth.GENTLE and not item.content_note and reimmersion_phrases(item.text)
    ]
    assert offending == []


def test_regraded_prompts_leave_gentle_with_a_note_and_leave_to_stop(
    library: PromptLibrary,
) -> None:
    items = {item.id: item for item in _items(library)}
    for prompt_id in NAMED_IN_THE_ISSUE:
        item = items[prompt_id]
        assert item.depth is not Depth.GENTLE, prompt_id
        assert item.content_note and STOP_PERMISSION.search(item.content_note), prompt_id
        assert not reimmersion_phrases(item.text), prompt_id
    for prompt_id in ONE_LINE_NOTES:
        note = items[prompt_id].content_note
        assert note and "\n" not in note and len(note) <= 160, prompt_id


def test_no_shipped_gentle_prompt_needs_a_note(library: PromptLibrary) -> None:
    """Gentle is the hard-day pool: anything that needs a note first is not gentle."""
    noted = [i.id for i in _items(library) if i.depth is Depth.GENTLE and i.content_note]
    assert noted == []


def test_names_and_safety_are_worded_kindly(library: PromptLibrary) -> None:
    letter = library.prompt("letters-001")
    safe_place = library.prompt("safety-001")
    assert letter is not None and safe_place is not None
    assert "a name that feels right to you" in letter.text
    assert "people called you" not in letter.text
    assert "safe enough" in safe_place.text and "completely" not in safe_place.text


def test_new_journals_start_gentle_and_earlier_ones_keep_reflective() -> None:
    assert NEW_JOURNAL_DEPTH is Depth.GENTLE
    assert starting_depth(has_prompt_history=False) is Depth.GENTLE
    assert starting_depth(has_prompt_history=True) is Depth.REFLECTIVE


def test_the_invitation_to_go_deeper_is_quiet_and_kind() -> None:
    ready = {"answered": INVITE_AFTER_ANSWERS, "dismissed": False, "heavy_day": False}
    assert invite_deeper(Depth.GENTLE, **ready)
    assert not invite_deeper(Depth.GENTLE, **{**ready, "answered": INVITE_AFTER_ANSWERS - 1})
    assert not invite_deeper(Depth.GENTLE, **{**ready, "dismissed": True})
    assert not invite_deeper(Depth.GENTLE, **{**ready, "heavy_day": True})  # never on a hard day
    assert not invite_deeper(Depth.REFLECTIVE, **ready)  # they already found it


# -- the journal's own setting -------------------------------------------------------------------


def test_a_new_journal_is_gentle_only_and_stays_so(journal) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 11, 24)
    assert PromptService(journal).state(today).settings.max_depth is Depth.GENTLE
    offer = PromptService(journal).offer(today)
    assert offer is not None and offer.depth is Depth.GENTLE
    # having been offered prompts does not turn the new journal into an "earlier" one
    assert PromptService(journal).state(today).settings.max_depth is Depth.GENTLE
    assert PromptService(journal).settings()["max_depth"] == "gentle"


def test_an_earlier_journal_keeps_what_it_had(journal) -> None:  # type: ignore[no-untyped-def]
    PromptService(journal).record("play-001", "shown")  # used before depth had a default
    assert PromptService(journal).state(date(2026, 11, 24)).settings.max_depth is Depth.REFLECTIVE
    PromptService(journal).save_settings([], Depth.DEEP)
    assert PromptService(journal).state(date(2026, 11, 24)).settings.max_depth is Depth.DEEP


def test_the_invitation_appears_after_a_few_answers_until_dismissed(journal) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 11, 24)
    assert PromptService(journal).settings()["max_depth"] == "gentle"  # a new journal
    answers = ("play-001", "joy-001", "safety-001")[:INVITE_AFTER_ANSWERS]
    for prompt_id in answers[:-1]:
        PromptService(journal).record(prompt_id, "answered")
    assert not PromptService(journal).invite_deeper(today)
    PromptService(journal).record(answers[-1], "answered")
    assert PromptService(journal).invite_deeper(today)
    PromptService(journal).mark_overwhelmed(today)
    assert not PromptService(journal).invite_deeper(today)  # never on a hard day
    tomorrow = date(2026, 11, 25)
    assert PromptService(journal).invite_deeper(tomorrow)
    PromptService(journal).dismiss_invitation()
    assert not PromptService(journal).invite_deeper(tomorrow)


def test_choosing_deeper_counts_as_having_found_it(journal) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 11, 24)
    PromptService(journal).settings()  # a new journal: gentle
    for prompt_id in ("play-001", "joy-001", "safety-001"):
        PromptService(journal).record(prompt_id, "answered")
    assert PromptService(journal).invite_deeper(today)
    PromptService(journal).save_settings([], Depth.REFLECTIVE)
    PromptService(journal).save_settings([], Depth.GENTLE)
    assert not PromptService(journal).invite_deeper(today)
