"""Prompt use cases for browsing on purpose: the browser's list, undoing "Keep" and "Never show
this", forgetting prompt history, and what a program step offers.

Beside services/prompts.py (today's prompt, packs, programs), which it builds on; kept apart so
neither module grows past a screenful of use cases.
"""

from __future__ import annotations

import functools
from datetime import date

from innerchild_desktop.domain.prompt_browse import BrowseFilter, Flags, browse
from innerchild_desktop.domain.prompts import ProgramStep, Prompt
from innerchild_desktop.services import prompts as prompt_service
from innerchild_desktop.store import prompt_history
from innerchild_desktop.store.vault import Journal

FORGET_WARNING = "This forgets which prompts were shown and answered. Your entries stay."


def flags(journal: Journal, today: date) -> Flags:
    """Which prompts are kept (☆) and which are hidden ("Never show this")."""
    chosen = prompt_service.state(journal, today).settings
    return Flags(favourites=chosen.favourites, hidden=chosen.hidden)


def browse_prompts(journal: Journal, today: date, chosen: BrowseFilter) -> list[Prompt]:
    """The prompts the browser lists for ``chosen`` (see domain.prompt_browse.browse)."""
    lib = prompt_service.library(journal)
    return browse(lib, prompt_service.user_prompts(journal), flags(journal, today), chosen)


def keep(journal: Journal, prompt_id: str) -> None:
    prompt_service.record(journal, prompt_id, "favourite")


def unkeep(journal: Journal, prompt_id: str) -> None:
    """Undo "Keep": no longer a favourite (it can still be offered)."""
    prompt_service.record(journal, prompt_id, "unfavourite")


def hide(journal: Journal, prompt_id: str) -> None:
    prompt_service.record(journal, prompt_id, "hidden")


def unhide(journal: Journal, prompt_id: str) -> None:
    """Undo "Never show this": the prompt can be offered again."""
    prompt_service.record(journal, prompt_id, "unhidden")


def answered(journal: Journal, prompt_id: str) -> None:
    prompt_service.record(journal, prompt_id, "answered")


def forget_history(journal: Journal) -> int:
    """Forget which prompts were shown, answered or skipped. Favourites, hidden prompts and every
    entry stay. Returns how many history rows went (for tests; never shown as a count)."""
    with journal.transaction() as conn:
        return prompt_history.forget_history(conn)


def history_count(journal: Journal) -> int:
    return prompt_history.history_count(journal.conn)


def pack_names(journal: Journal) -> list[tuple[str, str]]:
    """(pack id, name) of every imported pack, by name."""
    return [(pack_id, name) for pack_id, name, _ in prompt_service.packs(journal)]


def step_prompts(journal: Journal, step: ProgramStep) -> list[Prompt]:
    """The step's prompts, in the step's order (ones no longer in the library are left out)."""
    lib = prompt_service.library(journal)
    mine = {p.id: p for p in prompt_service.user_prompts(journal)}
    found = (lib.prompt(i) or mine.get(i) for i in step.prompt_ids)
    return [p for p in found if p is not None]


def step_exercises(step: ProgramStep) -> list[tuple[str, str]]:
    """(exercise id, name) for the step's exercises that ship with the app, in the step's order."""
    names = _exercise_names()
    return [(i, names[i]) for i in step.exercise_ids if i in names]


@functools.cache
def _exercise_names() -> dict[str, str]:
    from innerchild_desktop.domain.exercises import load_library

    return {e.id: e.name for e in load_library().exercises}
