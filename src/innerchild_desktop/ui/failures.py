"""One sentence for a failure shown in the window: never a traceback, never "damaged" for a
full disk, never "please report this"."""

from __future__ import annotations

from innerchild_desktop.domain.errors import DiskFull, InnerChildError, is_disk_full
from innerchild_desktop.domain.i18n import translate


def describe_failure(exc: BaseException) -> str:
    if is_disk_full(exc) and not isinstance(exc, DiskFull):  # never "damaged", never a bug
        return str(DiskFull())
    if isinstance(exc, InnerChildError):
        return str(exc)
    return translate(
        "failures",
        "Something went wrong inside Inner Child ({kind}). Your journal was not changed.",
    ).format(kind=type(exc).__name__)
