"""Why a prompt was offered, and the veil before it, are said in the person's language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest

from innerchild_desktop.domain import i18n
from innerchild_desktop.domain.prompt_browse import offer_for, veil
from innerchild_desktop.domain.prompt_selection import (
    Answered,
    SelectionState,
    todays_prompt,
)
from innerchild_desktop.domain.prompts import Depth, PromptLibrary
from innerchild_desktop.services.library import load_library

DAY = date(2025, 3, 10)
GERMAN = {
    "A follow-up to something you answered on {date}.": "Eine Fortsetzung von etwas vom {date}.",
    "A follow-up to something you answered yesterday.": "Eine Fortsetzung von gestern.",
    "{day} {month}": "{day}. {month}",
    "March": "März",
    "From a theme you haven't visited yet: {theme}.": "Aus einem neuen Thema: {theme}.",
    "A note before this one: {note}": "Ein Hinweis vorab: {note}",
    "You chose this one.": "Diesen hast du ausgewählt.",
}


def german(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return GERMAN.get(source, source)


@pytest.fixture(autouse=True)
def in_german() -> Iterator[None]:
    i18n.install(german, "de")
    yield
    i18n.reset()


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return load_library()


def test_a_follow_up_says_its_day_as_a_whole_translated_sentence(library: PromptLibrary) -> None:
    source = next(p for p in library.prompts if p.follow_ups and p.depth is Depth.GENTLE)
    state = SelectionState(today=DAY, answered=(Answered(source.id, date(2025, 3, 3)),))
    result = todays_prompt(library, state)
    assert result is not None and result.why == "Eine Fortsetzung von etwas vom 3. März."
    yesterday = replace(state, answered=(Answered(source.id, DAY - timedelta(days=1)),))
    again = todays_prompt(library, yesterday)
    assert again is not None and again.why == "Eine Fortsetzung von gestern."


def test_a_new_theme_is_named_in_a_translated_sentence(library: PromptLibrary) -> None:
    result = todays_prompt(library, SelectionState(today=DAY))
    assert result is not None
    assert result.why == f"Aus einem neuen Thema: {library.theme_name(result.theme)}."


def test_the_veil_and_a_chosen_prompt_are_translated(library: PromptLibrary) -> None:
    noted = next(p for p in library.prompts if p.content_note)
    assert veil(noted) == f"Ein Hinweis vorab: {noted.content_note}"
    assert offer_for(noted).why == "Diesen hast du ausgewählt."
