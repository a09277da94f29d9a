"""One sentence for a failure shown in the window: never a traceback, never "damaged" for a
full disk, never "please report this"."""

from __future__ import annotations

from innerchild_desktop.domain.errors import DiskFull, InnerChildError, is_disk_full


def describe_failure(exc: BaseException) -> str:
    if is_disk_full(exc) and not isinstance(exc, DiskFull):  # never "damaged", never a bug
        return str(DiskFull())
    if isinstance(exc, InnerChildError):
        return str(exc)
    return (
        f"Something went wrong inside Inner Child ({type(exc).__name__}). "
        "Your journal was not changed."
    )
