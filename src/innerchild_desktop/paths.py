"""Where Inner Child keeps its files. The only caller of platformdirs.

Resolution order for the data directory: an explicit override (``--data-dir``), then the
``INNERCHILD_DATA_DIR`` environment variable, then the platform's user data directory
(``~/.local/share/InnerChild`` on Linux, ``~/Library/Application Support/InnerChild`` on macOS,
``%LOCALAPPDATA%\\InnerChild`` on Windows).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from innerchild_desktop import APP_NAME

ENV_DATA_DIR = "INNERCHILD_DATA_DIR"


class JournalPaths:
    """The files of one journal, all inside one directory (a value: equal by its root).

    A plain class, not a dataclass: every start imports this module first, and building the
    dataclass cost more than the class (platformdirs, too, loads only when it is asked)."""

    __slots__ = ("root",)
    root: Path

    def __init__(self, root: Path) -> None:
        object.__setattr__(self, "root", root)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"JournalPaths is read-only: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        return other.root == self.root if isinstance(other, JournalPaths) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.root)

    def __repr__(self) -> str:
        return f"JournalPaths(root={self.root!r})"

    def __reduce__(self) -> tuple[type[JournalPaths], tuple[Path]]:
        return JournalPaths, (self.root,)  # copy and pickle through __init__, not __setattr__

    @property
    def database(self) -> Path:
        return self.root / "journal.db"

    @property
    def key_slots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def lock(self) -> Path:
        return self.root / "journal.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def sidecars(self) -> tuple[Path, Path]:
        """SQLite's write-ahead log and shared-memory index beside the database."""
        return (
            self.database.with_name(self.database.name + "-wal"),
            self.database.with_name(self.database.name + "-shm"),
        )


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def autostart_file() -> Path:
    """Where a login autostart entry goes on an XDG desktop (``~/.config/autostart/``)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(appauthor=False)) / "autostart" / "innerchild.desktop"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def journal_paths(override: str | os.PathLike[str] | None = None) -> JournalPaths:
    return JournalPaths(resolve_data_dir(override))


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # e.g. a mount that ignores modes
        os.chmod(path, 0o700)
