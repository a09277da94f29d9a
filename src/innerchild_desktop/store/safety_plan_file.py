"""The opt-in, unencrypted copy of the safety-plan sections shown while the journal is locked.

Written only with the sections the user ticked "show while locked" (the encrypted journal keeps
the whole plan). An empty choice deletes the file. Owner-only permissions, atomic writes.
"""

from __future__ import annotations

import json
from pathlib import Path

from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.store.atomic import atomic_write_bytes

FILE_NAME = "safety-plan-visible-when-locked.json"


def path_in(root: Path) -> Path:
    return root / FILE_NAME


def write_locked_view(root: Path, plan: SafetyPlan) -> None:
    target = path_in(root)
    view = plan.locked_view()
    if view.is_empty and not view.hidden_lines:
        target.unlink(missing_ok=True)
        return
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(target, json.dumps(view.to_json(), indent=2).encode("utf-8"))


def read_locked_view(root: Path) -> SafetyPlan:
    try:
        return SafetyPlan.from_json(json.loads(path_in(root).read_text("utf-8")))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return SafetyPlan()
