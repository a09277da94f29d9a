"""Shared pieces of import and export: summaries, drafts, safe reading, private writing.

Messages follow domain/errors.py: one sentence, naming the *file and line or entry* that is wrong,
never quoting journal text, titles or tags.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from innerchild_desktop.domain.entries import MAX_ENTRY_CHARS, EntryKind, Mood
from innerchild_desktop.domain.errors import InnerChildError, InvalidInput
from innerchild_desktop.store.atomic import fsync_dir

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

NOTHING_IMPORTED = "Nothing was imported."
MAX_ZIP_TOTAL = 2 * 1024 * 1024 * 1024  # uncompressed bytes we are willing to read from a zip
MAX_ZIP_MEMBERS = 100_000
MAX_ZIP_RATIO = 200  # a real photo or JSON file never compresses 200:1; a zip bomb does
MAX_TEXT_FILE = 512 * 1024 * 1024


class TransferCancelled(InnerChildError):
    """The person pressed Cancel: an import rolled back, an export left nothing behind."""


@dataclass(frozen=True)
class SkippedItem:
    where: str  # "Journal.json, entry 4" — never journal text
    reason: str


@dataclass
class ImportSummary:
    fmt: str
    added: int = 0
    already_present: int = 0
    photos_added: int = 0
    memories_added: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "format": self.fmt,
            "added": self.added,
            "already_present": self.already_present,
            "photos_added": self.photos_added,
            "memories_added": self.memories_added,
            "skipped": [{"where": s.where, "reason": s.reason} for s in self.skipped],
        }


@dataclass
class ExportSummary:
    fmt: str
    path: Path
    entries: int = 0
    memories: int = 0
    attachments: int = 0
    sessions: int = 0
    # One sentence each, naming by date what went in as plain text (never its words).
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "format": self.fmt,
            "path": str(self.path),
            "entries": self.entries,
            "memories": self.memories,
            "attachments": self.attachments,
            "sessions": self.sessions,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class DraftPhoto:
    """A photo to store with its entry. ``key`` is the attachment id already written into the
    draft's body as ``attachment:<key>``; ``load`` returns the (already vetted) bytes."""

    key: str
    filename: str
    load: Callable[[], bytes]


@dataclass
class Draft:
    """One entry read from a foreign format, before it is written."""

    where: str
    source: str
    source_id: str
    entry_date: date
    title: str = ""
    body: str = ""
    created_at: str | None = None
    updated_at: str | None = None
    tz: str | None = None
    tags: tuple[str, ...] = ()
    starred: bool = False
    heavy: bool = False
    kind: EntryKind = EntryKind.FREE
    mood: Mood | None = None
    distress: int | None = None
    photos: list[DraftPhoto] = field(default_factory=list)


def utc_iso(moment: datetime) -> str:
    """Timestamps in the same shape store/entries.py writes."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def stable_id(*parts: str) -> str:
    """A short, stable source id from the parts that identify an item in its source."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:32]


def check_size(text: str, where: str) -> None:
    if len(text) > MAX_ENTRY_CHARS:
        raise InvalidInput(
            f"{where} is longer than {MAX_ENTRY_CHARS:,} characters, too long for one entry. "
            f"{NOTHING_IMPORTED}"
        )


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a mark; otherwise a clear error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "utf-8-sig"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            error = exc
            continue
        return text[1:] if text.startswith("\ufeff") else text
    line = data[: error.start].count(b"\n") + 1
    raise InvalidInput(
        f"{where} is not UTF-8 text (the first unreadable byte is on line {line}). "
        f"Save it as UTF-8 and try again. {NOTHING_IMPORTED}"
    )


def read_text_file(path: Path, where: str | None = None) -> str:
    """A regular file's text, at most :data:`MAX_TEXT_FILE` bytes.

    Opened without blocking and checked with ``fstat`` before reading, so a FIFO, a device or a
    socket (which could block forever or never end) is refused instead of read.
    """
    label = where or path.name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InvalidInput(f"{label} is not a regular file. {NOTHING_IMPORTED}")
            if info.st_size > MAX_TEXT_FILE:
                raise InvalidInput(
                    f"{label} is too large to import ({info.st_size:,} bytes). {NOTHING_IMPORTED}"
                )
            data = handle.read(MAX_TEXT_FILE + 1)
    except OSError as exc:
        raise InvalidInput(
            f"{label} could not be read ({exc.strerror}). {NOTHING_IMPORTED}"
        ) from exc
    if len(data) > MAX_TEXT_FILE:  # it grew while we read it
        raise InvalidInput(f"{label} is too large to import. {NOTHING_IMPORTED}")
    return decode_text(data, label)


def is_regular_file(path: Path) -> bool:
    """True for a regular file (following links), without opening it."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


class SafeZip:
    """A zip file opened for reading without trusting it.

    Every member name is checked before anything is read: absolute names, drive letters and
    ``..`` are refused, so nothing can land (or be looked up) outside the export. Sizes are
    capped in total and by compression ratio (zip bombs), and reads never go past the size the
    zip declares. Nothing is ever extracted to disk.
    """

    def __init__(self, path: Path, *, max_total: int = MAX_ZIP_TOTAL) -> None:
        self.label = path.name
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise InvalidInput(
                f"{self.label} is not a readable zip file. {NOTHING_IMPORTED}"
            ) from exc
        infos = self._zip.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            self.close()
            raise InvalidInput(f"{self.label} holds too many files. {NOTHING_IMPORTED}")
        total = 0
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if not _safe_member_name(name):
                self.close()
                raise InvalidInput(
                    f"{self.label} contains a file whose name points outside the export "
                    f"({_short(name)}), so it was not opened. {NOTHING_IMPORTED}"
                )
            if info.flag_bits & 0x1:
                self.close()
                raise InvalidInput(
                    f"{self.label} is password-protected ({_short(name)}). {NOTHING_IMPORTED}"
                )
            total += info.file_size
            if info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(
                info.compress_size, 1
            ):
                self.close()
                raise InvalidInput(
                    f"{self.label} looks like a zip bomb ({_short(name)} would unpack to "
                    f"{info.file_size:,} bytes). {NOTHING_IMPORTED}"
                )
            if not info.is_dir():
                self.members[name] = info
        if total > max_total:
            self.close()
            raise InvalidInput(
                f"{self.label} would unpack to {total:,} bytes, more than the "
                f"{max_total:,} an import may use. {NOTHING_IMPORTED}"
            )

    def names(self) -> list[str]:
        return list(self.members)

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def read(self, name: str, limit: int | None = None) -> bytes:
        """The member's bytes (at most ``limit``; more is an error, never silently cut)."""
        info = self.members[name]
        cap = info.file_size if limit is None else min(limit, info.file_size)
        try:
            with self._zip.open(info) as handle:
                data = handle.read(cap + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise InvalidInput(
                f"{self.label}: {_short(name)} is damaged and cannot be read. {NOTHING_IMPORTED}"
            ) from exc
        if len(data) > cap:
            raise InvalidInput(
                f"{self.label}: {_short(name)} is larger than it should be. {NOTHING_IMPORTED}"
            )
        return data

    def head(self, name: str, count: int = 32) -> bytes:
        try:
            with self._zip.open(self.members[name]) as handle:
                return handle.read(count)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise InvalidInput(
                f"{self.label}: {_short(name)} is damaged and cannot be read. {NOTHING_IMPORTED}"
            ) from exc

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _short(name: str, limit: int = 60) -> str:
    shown = name if len(name) <= limit else name[: limit - 1] + "…"
    return repr(shown)


def _safe_member_name(name: str) -> bool:
    if not name or "\x00" in name:
        return False
    normal = name.replace("\\", "/")
    if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal):
        return False
    return ".." not in PurePosixPath(normal).parts


# --- writing exports -------------------------------------------------------------------------


def private_dir(path: Path) -> Path:
    """Create (or tighten) an owner-only folder."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def _partial_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` owner-only and atomically: a .partial beside it, fsync, rename.

    On any error (or a cancel) the .partial is removed, so no half-written plaintext is left.
    """
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; choose a file name to export to.")
    if not path.parent.is_dir():
        private_dir(path.parent)
    scratch = _partial_name(path)
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(scratch, 0o600)
        os.replace(scratch, path)
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_private_file(path: Path, data: bytes) -> None:
    with atomic_file(path) as handle:
        handle.write(data)


def write_new_file(path: Path, data: bytes) -> None:
    """A new owner-only file inside a folder we are building (the folder is renamed at the end)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """Build a folder export beside ``path`` and rename it into place when complete.

    ``path`` must not exist or be an empty folder (mixing two exports would be confusing).
    """
    if path.exists():
        if not path.is_dir():
            raise InvalidInput(f"{path} is a file; choose a new or empty folder to export to.")
        if any(path.iterdir()):
            raise InvalidInput(f"{path} is not empty; choose a new or empty folder to export to.")
    if not path.parent.is_dir():
        private_dir(path.parent)
    scratch = _partial_name(path)
    os.mkdir(scratch, 0o700)
    try:
        yield scratch
        if path.exists():
            path.rmdir()
        os.replace(scratch, path)
        os.chmod(path, 0o700)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    fsync_dir(path.parent)


def slugify(text: str, limit: int = 50) -> str:
    """A file-name-safe slug ("Dear little me!" -> "dear-little-me")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:limit].rstrip("-") or "entry"


def tick(progress: ProgressFn | None, cancel: CancelFn | None, done: int, total: int) -> None:
    """Report progress and honour Cancel between two items."""
    if cancel is not None and cancel():
        raise TransferCancelled("Cancelled. Nothing was changed.")
    if progress is not None:
        progress(done, total)
