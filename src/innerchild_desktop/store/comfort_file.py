"""The small unencrypted file the lock screen's comfort box reads: only the coping cards the
person ticked "show while locked" (off by default), their words only — never photos, voice
notes or passages. The encrypted journal keeps the whole box.

Written only when at least one card is ticked; with none, the file is deleted. Owner-only
permissions, atomic writes. Reading never fails: a missing, unreadable, oversized or damaged
file reads as "no cards" (the pattern of store/safety_plan_file.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from innerchild_desktop.domain.comfort import ComfortBox
from innerchild_desktop.store.atomic import atomic_write_bytes, read_json_object

FILE_NAME = "comfort-cards-visible-when-locked.json"
MAX_BYTES = 256 * 1024


def path_in(root: Path) -> Path:
    return root / FILE_NAME


def write_locked_view(root: Path, box: ComfortBox) -> None:
    """Replace the locked copy with ``box.locked_view()``; delete it when nothing is ticked."""
    target = path_in(root)
    view = box.locked_view()
    if view.is_empty:
        target.unlink(missing_ok=True)
        return
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = {"cards": view.to_json()}
    atomic_write_bytes(target, json.dumps(data, indent=2).encode("utf-8"))


def read_locked_view(root: Path) -> ComfortBox:
    return ComfortBox.from_json(
        read_json_object(path_in(root), MAX_BYTES).get("cards")
    ).locked_view()
