"""The one loader for shipped resources (prompts, exercises, icons, sounds, styles).

The design card puts ``resources/`` at the top of the repository. The wheel copies it into the
package as ``innerchild_desktop/resources`` (see pyproject's force-include) and the PyInstaller
spec does the same, so this module looks in the package first and falls back to the checkout.
It is the only place that knows about those layouts.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache
def resource_root() -> Path:
    """Directory holding prompts/, exercises/, icons/, sounds/ and styles/."""
    candidates = [_PACKAGE_DIR / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if frozen_root:
        candidates.append(Path(frozen_root) / "innerchild_desktop" / "resources")
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")  # editable install / checkout
    for candidate in candidates:
        if (candidate / "prompts").is_dir():
            return candidate
    raise FileNotFoundError(
        "Inner Child could not find its resources folder; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("exercises", "extended_exhale.toml")``."""
    return resource_root().joinpath(*parts)
