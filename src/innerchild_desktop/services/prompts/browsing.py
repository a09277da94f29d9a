"""Browsing prompts on purpose and following programs: the browser's list, keeping and hiding
(and undoing either), forgetting prompt history, a program's progress and what a step offers."""

from __future__ import annotations

import functools
from datetime import date

from innerchild_desktop.domain.prompt_browse import BrowseFilter, Flags, browse
from innerchild_desktop.domain.prompt_programs import ProgramProgress
from innerchild_desktop.domain.prompts import ProgramStep, Prompt
from innerchild_desktop.services.library import shipped_exercises
from innerchild_desktop.services.prompts.offers import PromptOffers, now
from innerchild_desktop.store import program_progress, prompt_history

FORGET_WARNING = "This forgets which prompts were shown and answered. Your entries stay."


def step_exercises(step: ProgramStep) -> list[tuple[str, str]]:
    """(exercise id, name) for the step's exercises that ship with the app, in the step's order."""
    names = _exercise_names()
    return [(i, names[i]) for i in step.exercise_ids if i in names]


@functools.cache
def _exercise_names() -> dict[str, str]:
    return {e.id: e.name for e in shipped_exercises().exercises}


class PromptBrowsing(PromptOffers):
    """The browsing and program use cases of :class:`PromptService`."""

    def flags(self, today: date) -> Flags:
        """Which prompts are kept (☆) and which are hidden ("Never show this")."""
        chosen = self.state(today).settings
        return Flags(favourites=chosen.favourites, hidden=chosen.hidden)

    def browse(self, today: date, chosen: BrowseFilter) -> list[Prompt]:
        """The prompts the browser lists for ``chosen`` (see domain.prompt_browse.browse)."""
        return browse(self.library(), self.user_prompts(), self.flags(today), chosen)

    def keep(self, prompt_id: str) -> None:
        self.record(prompt_id, "favourite")

    def unkeep(self, prompt_id: str) -> None:
        """Undo "Keep": no longer a favourite (it can still be offered)."""
        self.record(prompt_id, "unfavourite")

    def hide(self, prompt_id: str) -> None:
        self.record(prompt_id, "hidden")

    def unhide(self, prompt_id: str) -> None:
        """Undo "Never show this": the prompt can be offered again."""
        self.record(prompt_id, "unhidden")

    def answered(self, prompt_id: str) -> None:
        self.record(prompt_id, "answered")

    def forget_history(self) -> int:
        """Forget which prompts were shown, answered or skipped. Favourites, hidden prompts and
        every entry stay. Returns how many history rows went (for tests; never shown as a count)."""
        with self.journal.transaction() as conn:
            return prompt_history.forget_history(conn)

    def history_count(self) -> int:
        return prompt_history.history_count(self.conn)

    def step_prompts(self, step: ProgramStep) -> list[Prompt]:
        """The step's prompts, in the step's order (ones no longer in the library are left out)."""
        lib = self.library()
        mine = {p.id: p for p in self.user_prompts()}
        found = (lib.prompt(i) or mine.get(i) for i in step.prompt_ids)
        return [p for p in found if p is not None]

    def program_progress(self, program_id: str) -> ProgramProgress | None:
        return program_progress.get_progress(self.conn, program_id)

    def save_program_progress(self, progress: ProgramProgress) -> None:
        with self.journal.transaction() as conn:
            program_progress.save_progress(conn, progress, now())
