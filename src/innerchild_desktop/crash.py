"""Bugs are reported by where they happened, never by what they said.

An exception's message may quote journal text (a title, a line of an imported file), so the
command line and the window both name only the type and the innermost file:line. Qt-free: the
CLI uses it without loading Qt.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)


def where(exc: BaseException, tb: TracebackType | None = None) -> str:
    """``"ValueError at vault.py:123"``: the type and the innermost frame, no message."""
    frames = traceback.extract_tb(tb if tb is not None else exc.__traceback__)
    name = type(exc).__name__
    if not frames:
        return name
    return f"{name} at {Path(frames[-1].filename).name}:{frames[-1].lineno}"


def log_bug(place: str) -> None:
    """The one log line for a bug: the place from :func:`where`, nothing else."""
    log.error("Something went wrong inside Inner Child (%s).", place)
