"""Safety plan use cases: read and save the plan; what shows while locked."""

from __future__ import annotations

from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store import safety_plan_file
from innerchild_desktop.store.settings import get_setting, set_setting
from innerchild_desktop.store.vault import Journal

SETTING = "safety_plan"


def load_plan(journal: Journal) -> SafetyPlan:
    return SafetyPlan.from_json(get_setting(journal.conn, SETTING))


def save_plan(journal: Journal, plan: SafetyPlan) -> None:
    """Save encrypted; refresh the opt-in locked copy (only the sections chosen for it)."""
    with journal.transaction() as conn:
        set_setting(conn, SETTING, plan.to_json())
    safety_plan_file.write_locked_view(journal.paths.root, plan)


def plan_while_locked(paths: JournalPaths) -> SafetyPlan:
    return safety_plan_file.read_locked_view(paths.root)
