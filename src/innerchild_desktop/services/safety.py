"""Safety plan use cases: read and save the plan; what shows while locked; the crisis-line
region; writing the printed plan the person chose to save."""

from __future__ import annotations

from pathlib import Path

from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.domain.settings import SAFETY_PLAN
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.library import load_crisis_lines
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import safety_plan_file
from innerchild_desktop.store.settings import get_setting, set_setting

SETTING = SAFETY_PLAN


class SafetyService:
    """The person's own plan inside one open journal. What shows while locked, the crisis-line
    region and the printed plan need no journal: they are the functions below."""

    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal

    def load_plan(self) -> SafetyPlan:
        return SafetyPlan.from_json(get_setting(self.journal.conn, SETTING))

    def save_plan(self, plan: SafetyPlan) -> None:
        """Save encrypted; refresh the opt-in locked copy (only the sections chosen for it)."""
        with self.journal.transaction() as conn:
            set_setting(conn, SETTING, plan.to_json())
        safety_plan_file.write_locked_view(self.journal.paths.root, plan)


def plan_while_locked(paths: JournalPaths) -> SafetyPlan:
    return safety_plan_file.read_locked_view(paths.root)


def crisis_region(paths: JournalPaths) -> str | None:
    """The country whose lines come first, ALL_REGIONS, or None if not chosen yet (or if the
    stored value is damaged or unknown: then every region shows, and the question is asked)."""
    return load_crisis_lines().choice(safety_plan_file.read_region(paths.root))


def choose_crisis_region(paths: JournalPaths, region: str) -> None:
    """Remember the region, readable while locked (it is a preference, not journal content).

    Raises OSError if the folder cannot be written; the choice then holds for this window only.
    """
    chosen = load_crisis_lines().choice(region)
    if chosen is None:
        raise ValueError(f"Unknown region: {region!r}")
    safety_plan_file.write_region(paths.root, chosen)


def save_printed_plan(path: Path, pdf: bytes) -> None:
    """Write the PDF of the plan where the person chose: owner-only, atomically (not encrypted,
    which the screen says before they choose)."""
    # Here, not at the top: the transfer package is big, and the context imports this module.
    from innerchild_desktop.services.transfer.common import write_private_file

    write_private_file(path, pdf)
