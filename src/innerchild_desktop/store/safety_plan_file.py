"""The small unencrypted file the lock screen reads: the safety-plan sections the user chose to
see while locked, and the country whose crisis lines come first.

Sections are written only when the user ticked "show while locked" (the encrypted journal keeps
the whole plan). The region is a preference, not journal content, and it must be readable
without the passphrase, so it lives here too (key ``region``). A file with neither is deleted.
Owner-only permissions, atomic writes.

Reading never fails: a missing, unreadable, oversized, damaged or absurdly nested file reads as
"nothing chosen" (so the crisis lines fall back to every region) instead of an exception.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.store.atomic import atomic_write_bytes, read_json_object

FILE_NAME = "safety-plan-visible-when-locked.json"
REGION_KEY = "region"
MAX_BYTES = 1024 * 1024  # a plan is a few kilobytes; anything this big is not ours


def path_in(root: Path) -> Path:
    return root / FILE_NAME


def _read_raw(root: Path) -> dict[str, Any]:
    return read_json_object(path_in(root), MAX_BYTES)


def _write(root: Path, plan: SafetyPlan, region: str | None) -> None:
    target = path_in(root)
    if plan.is_empty and not plan.hidden_lines and region is None:
        target.unlink(missing_ok=True)
        return
    data = plan.to_json()
    if region is not None:
        data[REGION_KEY] = region
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(target, json.dumps(data, indent=2).encode("utf-8"))


def write_locked_view(root: Path, plan: SafetyPlan) -> None:
    """Replace the locked copy of the plan with ``plan.locked_view()``; keeps the region."""
    _write(root, plan.locked_view(), read_region(root))


def read_locked_view(root: Path) -> SafetyPlan:
    return SafetyPlan.from_json(_read_raw(root))


def read_region(root: Path) -> str | None:
    """The stored region code as written (callers check it is one they know), or None."""
    value = _read_raw(root).get(REGION_KEY)
    return value if isinstance(value, str) and 0 < len(value) <= 64 else None


def write_region(root: Path, region: str | None) -> None:
    """Store the region (None forgets it); the locked copy of the plan stays as it was."""
    _write(root, read_locked_view(root), region)
