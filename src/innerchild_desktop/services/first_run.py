"""The choices a new journal's welcome offers: prompt depth, On this day, crisis-line region.

Depth and On this day are kept inside the encrypted journal; the region is kept where the safety
plan keeps it (readable while locked, so the crisis lines show before unlocking). Nothing here
goes to QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass

from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services import safety
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.prompts import PromptService


@dataclass(frozen=True)
class WelcomeChoices:
    depth: Depth
    on_this_day: bool
    region: str | None  # None: not chosen yet (the safety plan asks)


def current_choices(service: JournalService) -> WelcomeChoices:
    """What is chosen now: for a new journal, gentle prompts, On this day off, no region."""
    journal = service.journal
    return WelcomeChoices(
        depth=Depth(PromptService(journal).settings()["max_depth"]),
        on_this_day=service.on_this_day_enabled(),
        region=safety.crisis_region(journal.paths),
    )


def choose_depth(service: JournalService, depth: Depth) -> None:
    """The deepest prompts to offer; themes set aside in Prompts stay as they were."""
    prompts = PromptService(service.journal)
    avoid = list(prompts.settings().get("avoid_themes", []))
    prompts.save_settings(avoid, depth)


def choose_on_this_day(service: JournalService, enabled: bool) -> None:
    service.set_on_this_day(enabled)


def choose_region(service: JournalService, region: str) -> None:
    """Raises OSError if the folder cannot be written (the safety plan asks again later)."""
    safety.choose_crisis_region(service.journal.paths, region)
