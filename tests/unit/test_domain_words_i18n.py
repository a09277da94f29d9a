"""Words the domain says to a person follow the current language at the moment they are said
(never fixed at import time); what is stored, and what third parties wrote, stays as it is."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from innerchild_desktop.domain import i18n
from innerchild_desktop.domain.entries import EntryKind, EntrySummary
from innerchild_desktop.domain.errors import DiskFull
from innerchild_desktop.domain.feelings import feeling, need_label
from innerchild_desktop.domain.reminders import days_in_words, neutral_words
from innerchild_desktop.domain.safety_plan import sections
from innerchild_desktop.domain.search import found_words
from innerchild_desktop.services.library import load_crisis_lines
from innerchild_desktop.services.translations import Catalogue

DISK_FULL = (
    "The disk is full, so Inner Child could not write. Nothing was changed: "
    "free some space (empty the bin, move large files elsewhere), then try again."
)
SPANISH = {
    ("domain.safety_plan", "My reasons to stay safe"): ["Mis razones para cuidarme"],
    ("domain.safety_plan", "United Kingdom"): ["Reino Unido"],
    ("domain.safety_plan", "Any country"): ["Cualquier país"],
    ("domain.reminders", "Mondays"): ["los lunes"],
    ("domain.reminders", "Thursdays"): ["los jueves"],
    ("domain.reminders", "{days} and {last}"): ["{days} y {last}"],
    ("domain.reminders", "on {days}"): ["{days}"],
    ("domain.reminders", "A gentle moment for yourself, if you like."): [
        "Un momento tranquilo para ti, si te apetece."
    ],
    ("domain.errors", DISK_FULL): ["El disco está lleno."],
    ("domain.entries", "A heavy entry"): ["Una entrada difícil"],
    ("domain.entries", "open it when you choose"): ["ábrela cuando tú decidas"],
    ("domain.entries", "Letter to my younger self"): ["Carta a mi yo pequeño"],
    ("domain.feelings", "proud"): ["orgulloso/a"],
    ("domain.feelings", "being seen"): ["que me vieran"],
    ("domain.search", "%n entries"): ["%n entrada", "%n entradas"],
    ("domain.search", "%n memories"): ["%n recuerdo", "%n recuerdos"],
    ("domain.search", "{entries} and {memories}"): ["{entries} y {memories}"],
}


@pytest.fixture
def spanish() -> Iterator[None]:
    catalogue = Catalogue("es")
    for (context, source), forms in SPANISH.items():
        catalogue.messages[(context, source, "")] = forms
    i18n.install(catalogue.translate, "es")
    yield
    i18n.reset()


def test_safety_plan_titles_and_region_names_follow_the_language(spanish: None) -> None:
    assert dict((key, title) for key, title, _ in sections())["reasons"] == (
        "Mis razones para cuidarme"
    )
    lines = load_crisis_lines()
    assert dict(lines.regions)["uk"] == "Reino Unido"
    assert lines.region_name("any") == "Cualquier país"
    assert lines.choice("uk") == "uk"  # the stored code is the same in every language
    names = {line.name for line in lines.lines}
    assert "Samaritans" in " ".join(names)  # the lines' own names are never translated


def test_reminder_words_and_days_follow_the_language(spanish: None) -> None:
    assert days_in_words(frozenset({0, 3})) == "los lunes y los jueves"
    assert neutral_words() == "Un momento tranquilo para ti, si te apetece."


def test_errors_are_said_when_raised_not_when_imported(spanish: None) -> None:
    assert str(DiskFull()) == "El disco está lleno."
    i18n.reset()
    assert str(DiskFull()).startswith("The disk is full")


def test_entry_words_and_counts_follow_the_language(spanish: None) -> None:
    summary = EntrySummary("e1", date(2026, 1, 2), "a title", "", EntryKind.FREE, None)
    heavy = replace(summary, heavy=True)
    assert heavy.veiled_title == "Una entrada difícil — ábrela cuando tú decidas"
    assert EntryKind.LETTER_TO.label == "Carta a mi yo pequeño"
    assert EntryKind.LETTER_TO.value == "letter_to"

    class Hit:
        def __init__(self, kind: str) -> None:
            self.doc_kind = kind

    hits = [Hit("entry"), Hit("entry"), Hit("memory")]
    assert found_words(hits, "x") == "2 entradas y 1 recuerdo"  # type: ignore[arg-type]


def test_feelings_and_needs_are_found_by_their_words_in_the_language(spanish: None) -> None:
    for typed in ("orgulloso/a", "Orgullosa", "orgulloso", "proud"):
        found = feeling(typed)
        assert found is not None and found.name == "proud", typed
    assert need_label("being seen") == "que me vieran"
