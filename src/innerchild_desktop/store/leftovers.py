"""What an interrupted run leaves behind, and tidying it at the next open.

A Markdown export is built in a hidden folder beside the folder the person chose
(``.<name>.<8 hex>.partial``, store/atomic.py), and file exports in a hidden file of
the same pattern: if the app is killed meanwhile, that *plaintext* stays. A killed backup leaves
``.innerchild-….icbackup[.db].partial`` in the backups folder, which rotation never looks at.

The export target is recorded in the encrypted journal settings (paths may be personal, so not
in QSettings) before the export starts and forgotten when it ends; the next open removes what
still matches the app's own naming pattern next to a recorded target, and nothing else.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from innerchild_desktop.domain.settings import Setting
from innerchild_desktop.store import settings

_BACKUP_PARTIAL = re.compile(r"^\.innerchild-\d{8}-\d{6}\.icbackup(\.db)?\.partial$")


class _Exporting(Protocol):
    conn: Any
    read_only: bool

    def set_internal_setting[T](self, key: Setting[T], value: T) -> None: ...


def staging_pattern(target: Path) -> re.Pattern[str]:
    """The names store/atomic.py ``scratch_name`` gives a staged export of ``target``."""
    return re.compile(rf"^\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.partial$")


def staged_leftovers(target: Path) -> list[Path]:
    pattern = staging_pattern(target)
    try:
        return sorted(p for p in target.parent.iterdir() if pattern.match(p.name))
    except OSError:  # the drive is not plugged in, or the folder is gone: nothing to do now
        return []


def _pending(conn: Any) -> list[str]:
    return settings.get_setting(conn, settings.PENDING_EXPORTS)


@contextlib.contextmanager
def export_recorded(journal: _Exporting, target: Path) -> Iterator[None]:
    """Record ``target`` while an export to it runs, so a killed export is tidied next time."""
    if journal.read_only:  # nothing can be recorded; the export itself goes elsewhere
        yield
        return
    where = str(target.absolute())
    journal.set_internal_setting(settings.PENDING_EXPORTS, [*_pending(journal.conn), where])
    try:
        yield
    finally:
        left = [p for p in _pending(journal.conn) if p != where]
        journal.set_internal_setting(settings.PENDING_EXPORTS, left)


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return False
    return True


def backup_leftovers(backups: Path) -> list[Path]:
    try:
        return sorted(p for p in backups.iterdir() if _BACKUP_PARTIAL.match(p.name))
    except OSError:
        return []


def tidy(journal: _Exporting, backups: Path) -> list[Path]:
    """Remove leftovers of killed exports and backups; returns what was removed.

    A target whose folder is not there now (a drive not plugged in) stays recorded for another
    time; the others are forgotten once tidied.
    """
    removed: list[Path] = []
    pending = _pending(journal.conn)
    still_pending = [where for where in pending if not Path(where).parent.is_dir()]
    for where in pending:
        if where not in still_pending:
            removed += [p for p in staged_leftovers(Path(where)) if _remove(p)]
    if pending != still_pending:
        journal.set_internal_setting(settings.PENDING_EXPORTS, still_pending)
    removed += [p for p in backup_leftovers(backups) if p.is_file() and _remove(p)]
    return removed


def still_there(journal: _Exporting, backups: Path) -> list[Path]:
    """Leftovers seen but not removed (a read-only folder, or one that could not be deleted)."""
    found = [p for where in _pending(journal.conn) for p in staged_leftovers(Path(where))]
    return found + backup_leftovers(backups)
