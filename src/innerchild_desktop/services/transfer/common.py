"""Shared pieces of import and export: summaries, drafts, safe reading, private writing.

Zip exports are read through safe_zip.py.

Messages follow domain/errors.py: one sentence, naming the *file and line or entry* that is wrong,
never quoting journal text, titles or tags.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

from innerchild_desktop.domain.entries import MAX_ENTRY_CHARS, EntryKind, Mood
from innerchild_desktop.domain.errors import (
    DiskFull,
    InnerChildError,
    InvalidInput,
    is_disk_full,
)
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.store.atomic import AtomicFile

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

NOTHING_IMPORTED = QT_TRANSLATE_NOOP("services.transfer.common", "Nothing was imported.")
MAX_TEXT_FILE = 512 * 1024 * 1024


def nothing_imported() -> str:
    """ "Nothing was imported.", in the current language: the end of every refused import."""
    return translate("services.transfer.common", NOTHING_IMPORTED)


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
    size: int = 0  # bytes, as far as known before loading (for the free-space check)


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


def moment_in_range(moment: datetime, where: str, zone: tzinfo | None = None) -> datetime:
    """``moment``, if it can be seen in UTC, in local time and in ``zone`` without leaving the
    years 1 to 9999 (a date at either end, with a zone, can fall outside them)."""
    try:
        for target in (UTC, None, zone or UTC):
            moment.astimezone(target)
    except (OverflowError, ValueError) as exc:
        raise InvalidInput(
            translate(
                "services.transfer.common",
                "{where}: the time {moment} is too close to the year 1 or 9999 for Inner "
                "Child to store. {nothing}",
            ).format(where=where, moment=moment.isoformat(), nothing=nothing_imported())
        ) from exc
    return moment


def stable_id(*parts: str) -> str:
    """A short, stable source id from the parts that identify an item in its source."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:32]


def check_size(text: str, where: str) -> None:
    if len(text) > MAX_ENTRY_CHARS:
        raise InvalidInput(
            translate(
                "services.transfer.common",
                "{where} is longer than {max_entry_chars} characters, too long for one "
                "entry. {nothing}",
            ).format(
                where=where, max_entry_chars=f"{MAX_ENTRY_CHARS:,}", nothing=nothing_imported()
            )
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
        translate(
            "services.transfer.common",
            "{where} is not UTF-8 text (the first unreadable byte is on line {line}). Save "
            "it as UTF-8 and try again. {nothing}",
        ).format(where=where, line=line, nothing=nothing_imported())
    )


def read_text_file(path: Path, where: str | None = None) -> str:
    """A regular file's text, at most :data:`MAX_TEXT_FILE` bytes.

    Opened without blocking and checked with ``fstat`` before reading, so a FIFO, a device or a
    socket (which could block forever or never end) is refused instead of read.
    """
    label = where or path.name
    return decode_text(read_regular_bytes(path, label), label)


def read_regular_bytes(path: Path, label: str, limit: int | None = None) -> bytes:
    """A regular file's bytes, at most ``limit`` (default :data:`MAX_TEXT_FILE`); a FIFO,
    device or socket is refused unread."""
    if limit is None:
        limit = MAX_TEXT_FILE
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InvalidInput(
                    translate(
                        "services.transfer.common",
                        "{label} is not a regular file. {nothing}",
                    ).format(label=label, nothing=nothing_imported())
                )
            if info.st_size > limit:
                raise InvalidInput(
                    translate(
                        "services.transfer.common",
                        "{label} is too large to import ({st_size} bytes). {nothing}",
                    ).format(label=label, st_size=f"{info.st_size:,}", nothing=nothing_imported())
                )
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.common",
                "{label} could not be read ({strerror}). {nothing}",
            ).format(label=label, strerror=exc.strerror, nothing=nothing_imported())
        ) from exc
    except ValueError as exc:  # a NUL in the path
        raise InvalidInput(
            translate(
                "services.transfer.common",
                "{label} could not be read. {nothing}",
            ).format(label=label, nothing=nothing_imported())
        ) from exc
    if len(data) > limit:  # it grew while we read it
        raise InvalidInput(
            translate(
                "services.transfer.common",
                "{label} is too large to import. {nothing}",
            ).format(label=label, nothing=nothing_imported())
        )
    return data


def is_regular_file(path: Path) -> bool:
    """True for a regular file (following links), without opening it."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# --- writing exports -------------------------------------------------------------------------


_WHY_NOT_WRITTEN = {
    errno.EACCES: QT_TRANSLATE_NOOP(
        "services.transfer.common", "there is no permission to write there"
    ),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "services.transfer.common", "there is no permission to write there"
    ),
    errno.EROFS: QT_TRANSLATE_NOOP("services.transfer.common", "that drive or folder is read-only"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP(
        "services.transfer.common", "the name is too long for that drive"
    ),
    errno.EFBIG: QT_TRANSLATE_NOOP(
        "services.transfer.common", "the file would be too large for that drive"
    ),
    errno.ENOTDIR: QT_TRANSLATE_NOOP(
        "services.transfer.common", "part of the path is a file, not a folder"
    ),
    errno.EISDIR: QT_TRANSLATE_NOOP("services.transfer.common", "there is a folder with that name"),
}
FULL_DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def cannot_write(path: Path, err: OSError) -> InvalidInput:
    """An output that cannot be written, as a sentence naming the place and why (never a
    traceback, never "please report this"): exit code 1, nothing left behind."""
    reason = _WHY_NOT_WRITTEN.get(err.errno or 0)
    if reason:
        why = translate("services.transfer.common", reason)
    else:
        why = (err.strerror or translate("services.transfer.common", "the system refused")).lower()
    return InvalidInput(
        translate(
            "services.transfer.common",
            "Inner Child cannot write {path}: {why}. Nothing was written; choose another place.",
        ).format(path=path, why=why)
    )


@contextlib.contextmanager
def output_errors(path: Path, *, only: frozenset[int] | set[int] | None = None) -> Iterator[None]:
    """Turn an :class:`OSError` while opening, writing or closing an output into
    :func:`cannot_write` (only the given errno values if ``only`` is set); a full disk is
    :class:`DiskFull`, said the same way everywhere."""
    try:
        yield
    except OSError as err:
        if only is not None and err.errno not in only:
            raise
        if is_disk_full(err):
            raise DiskFull() from err
        raise cannot_write(path, err) from None


def private_dir(path: Path) -> Path:
    """Create (or tighten) an owner-only folder."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` owner-only and atomically (store/atomic.py), OS errors said in words.

    On any error (or a cancel) the .partial is removed, so no half-written plaintext is left.
    """
    with output_errors(path):  # even asking about a name too long for the drive can fail
        if path.is_dir():
            raise InvalidInput(
                translate(
                    "services.transfer.common",
                    "{path} is a folder; choose a file name to export to.",
                ).format(path=path)
            )
        if not path.parent.is_dir():
            private_dir(path.parent)
        pending = AtomicFile(path, 0o600)
    try:
        with output_errors(path, only=FULL_DISK_ERRNOS):
            yield pending.handle
        with output_errors(path):
            pending.commit()
    except BaseException:
        pending.discard()
        raise


def write_private_file(path: Path, data: bytes) -> None:
    with atomic_file(path) as handle:
        handle.write(data)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, limit: int = 50) -> str:
    """A file-name-safe slug ("Dear little me!" -> "dear-little-me")."""
    plain = (
        text
        if text.isascii()  # (most titles: nothing to fold)
        else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    )
    slug = _NOT_SLUG.sub("-", plain.lower()).strip("-")
    return slug[:limit].rstrip("-") or "entry"


def tick(progress: ProgressFn | None, cancel: CancelFn | None, done: int, total: int) -> None:
    """Report progress and honour Cancel between two items."""
    if cancel is not None and cancel():
        raise TransferCancelled(
            translate(
                "services.transfer.common",
                "Cancelled. Nothing was changed.",
            )
        )
    if progress is not None:
        progress(done, total)


class Steps:
    """Counts written records and reports progress every 200 (and at the end)."""

    def __init__(self, progress: ProgressFn | None, cancel: CancelFn | None, total: int) -> None:
        self.progress, self.cancel, self.total, self.done = progress, cancel, total, 0
        tick(progress, cancel, 0, total)

    def __call__(self) -> None:
        self.done += 1
        if self.done % 200 == 0 or self.done == self.total:
            tick(self.progress, self.cancel, self.done, self.total)
