"""Day One's JSON export: a .zip with ``Journal.json`` (or ``<Journal name>.json``) and
``photos/<md5>.<type>``.

Each entry has ``uuid``, ``creationDate`` (UTC, ``2024-05-17T19:03:13Z``), ``modifiedDate``,
``timeZone`` (an IANA name: the local day is the creation time seen in that zone), ``text``
(Markdown; photos appear as ``![](dayone-moment://<identifier>)``), ``tags``, ``starred`` and
``photos`` ``[{identifier, md5, type}]``. Photos become encrypted attachments and their
references ``![](attachment:<id>)``. The export may also be given unzipped (a folder) or as the
bare ``Journal.json`` (then photos are listed as skipped).
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.transfer.common import (
    NOTHING_IMPORTED,
    Draft,
    DraftPhoto,
    SafeZip,
    SkippedItem,
    check_size,
    decode_text,
    utc_iso,
)
from innerchild_desktop.services.transfer.jrnl import parse_json_text
from innerchild_desktop.store.attachments import MAX_ATTACHMENT_BYTES, sniff_mime

SOURCE = "dayone"
_MOMENT = re.compile(r"!\[([^\]\n]*)\]\(dayone-moment:/{1,2}(?:([a-z]+)/)?([A-Za-z0-9-]+)\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


class _Files(Protocol):
    label: str

    def names(self) -> list[str]: ...
    def size(self, name: str) -> int: ...
    def head(self, name: str, count: int = 32) -> bytes: ...
    def read(self, name: str, limit: int | None = None) -> bytes: ...
    def close(self) -> None: ...


class _FolderFiles:
    """An unzipped export, read with the same rules as a zip (nothing outside the folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.label = root.name
        self._names: dict[str, Path] = {}
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                full = Path(folder) / name
                if full.is_symlink() and not full.resolve().is_relative_to(self.root):
                    continue
                self._names[full.relative_to(self.root).as_posix()] = full

    def names(self) -> list[str]:
        return list(self._names)

    def size(self, name: str) -> int:
        return self._names[name].stat().st_size

    def head(self, name: str, count: int = 32) -> bytes:
        with open(self._names[name], "rb") as handle:
            return handle.read(count)

    def read(self, name: str, limit: int | None = None) -> bytes:
        data = self._names[name].read_bytes()
        if limit is not None and len(data) > limit:
            raise InvalidInput(f"{self.label}: {name} is too large. {NOTHING_IMPORTED}")
        return data

    def close(self) -> None:
        pass


class _SingleJson:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = path.name

    def names(self) -> list[str]:
        return [self.path.name]

    def size(self, name: str) -> int:
        return self.path.stat().st_size

    def head(self, name: str, count: int = 32) -> bytes:
        return b""

    def read(self, name: str, limit: int | None = None) -> bytes:
        return self.path.read_bytes()

    def close(self) -> None:
        pass


def _open(path: Path) -> _Files:
    if not path.exists():
        raise InvalidInput(f"{path} does not exist. {NOTHING_IMPORTED}")
    if path.is_dir():
        return _FolderFiles(path)
    if path.suffix.lower() == ".json":
        return _SingleJson(path)
    return SafeZip(path)


def _journal_files(names: list[str]) -> list[str]:
    chosen = []
    for name in names:
        parts = PurePosixPath(name).parts
        if not name.lower().endswith(".json") or any(
            p.startswith((".", "__MACOSX")) for p in parts
        ):
            continue
        if len(parts) <= 2 and "photos" not in (p.lower() for p in parts[:-1]):
            chosen.append(name)
    return sorted(chosen)


@contextlib.contextmanager
def dayone_drafts(path: Path) -> Iterator[tuple[list[Draft], list[SkippedItem]]]:
    """The export's entries as drafts; the zip stays open (photos are read while writing)."""
    files = _open(path)
    try:
        yield _parse(files)
    finally:
        files.close()


def _parse(files: _Files) -> tuple[list[Draft], list[SkippedItem]]:
    journals = _journal_files(files.names())
    if not journals:
        raise InvalidInput(
            f"{files.label} has no Journal.json: is it a Day One JSON export? {NOTHING_IMPORTED}"
        )
    photo_index = _photo_index(files.names())
    drafts: list[Draft] = []
    skipped: list[SkippedItem] = []
    for name in journals:
        document = parse_json_text(decode_text(files.read(name), name), name)
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise InvalidInput(
                f'{name} is not a Day One export: it has no list of "entries". {NOTHING_IMPORTED}'
            )
        folder = str(PurePosixPath(name).parent)
        for number, raw in enumerate(document["entries"], start=1):
            drafts.append(
                _entry(files, photo_index, folder, f"{name}, entry {number}", raw, skipped)
            )
    return drafts, skipped


def _photo_index(names: list[str]) -> dict[tuple[str, str], str]:
    """(folder, md5) -> member name, for every file under a photos/ folder."""
    index = {}
    for name in names:
        path = PurePosixPath(name)
        if path.parent.name.lower() == "photos":
            folder = str(path.parent.parent)
            index[(folder, path.stem.lower())] = name
    return index


def _entry(
    files: _Files,
    photo_index: dict[tuple[str, str], str],
    folder: str,
    where: str,
    raw: Any,
    skipped: list[SkippedItem],
) -> Draft:
    if not isinstance(raw, dict):
        raise InvalidInput(f"{where} is not an entry object. {NOTHING_IMPORTED}")
    ident = raw.get("uuid")
    if not isinstance(ident, str) or not re.fullmatch(r"[A-Za-z0-9-]{1,64}", ident):
        raise InvalidInput(f'{where} has no "uuid". {NOTHING_IMPORTED}')
    where = f"{where} (uuid {ident})"
    created = _timestamp(raw.get("creationDate"), "creationDate", where, required=True)
    assert created is not None
    modified = _timestamp(raw.get("modifiedDate"), "modifiedDate", where, required=False)
    zone_name = raw.get("timeZone")
    zone: ZoneInfo | None = None
    if isinstance(zone_name, str):
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            skipped.append(SkippedItem(where, "unknown time zone; the day is taken in UTC"))
    local = created.astimezone(zone or UTC)
    text = raw.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InvalidInput(f'{where}: "text" is not text. {NOTHING_IMPORTED}')
    check_size(text, where)
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput(f'{where}: "tags" must be a list of words. {NOTHING_IMPORTED}')
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise InvalidInput(f'{where}: "starred" must be true or false. {NOTHING_IMPORTED}')
    photos_raw = raw.get("photos", [])
    if not isinstance(photos_raw, list):
        raise InvalidInput(f'{where}: "photos" must be a list. {NOTHING_IMPORTED}')

    photos: dict[str, DraftPhoto] = {}  # Day One identifier -> our photo
    refused: dict[str, str] = {}
    for index, photo in enumerate(photos_raw, start=1):
        if not isinstance(photo, dict) or not isinstance(photo.get("identifier"), str):
            raise InvalidInput(f'{where}: photo {index} has no "identifier". {NOTHING_IMPORTED}')
        identifier = photo["identifier"]
        md5 = photo.get("md5")
        kind = photo.get("type", "jpeg")
        if not isinstance(md5, str) or not re.fullmatch(r"[0-9a-fA-F]{32}", md5):
            refused[identifier] = "its file name (md5) is missing"
            continue
        member = photo_index.get((folder, md5.lower()))
        label = f"{md5}.{kind}" if isinstance(kind, str) else md5
        if member is None:
            refused[identifier] = f"{label} is not in the export"
            continue
        if files.size(member) > MAX_ATTACHMENT_BYTES:
            refused[identifier] = f"{label} is larger than 50 MB"
            continue
        if sniff_mime(files.head(member)) is None:
            refused[identifier] = f"{label} is not a photo (JPEG, PNG, GIF, WebP or HEIC)"
            continue
        photos[identifier] = DraftPhoto(
            key=str(uuid.uuid4()),
            filename=PurePosixPath(member).name,
            load=_loader(files, member),
        )
    for reason in refused.values():
        skipped.append(SkippedItem(where, f"photo not imported: {reason}"))

    used: set[str] = set()

    def moment(m: re.Match[str]) -> str:
        alt, kind, identifier = m.group(1), m.group(2), m.group(3)
        if identifier in photos:
            used.add(identifier)
            return f"![{alt}](attachment:{photos[identifier].key})"
        if kind and kind != "photo":
            skipped.append(SkippedItem(where, f"a {kind} attachment is not imported"))
            return f"*({kind} not imported)*"
        return "*(photo not imported)*"

    body = _MOMENT.sub(moment, text.replace("\r\n", "\n"))
    unused = [p for i, p in photos.items() if i not in used]
    if unused:
        body = body.rstrip() + "\n\n" + "\n".join(f"![](attachment:{p.key})" for p in unused)
    title, body = _title_and_body(body)
    return Draft(
        where=where,
        source=SOURCE,
        source_id=ident,
        entry_date=local.date(),
        title=title,
        body=body,
        created_at=utc_iso(created),
        updated_at=utc_iso(modified) if modified else None,
        tz=zone_name if zone is not None else "UTC",
        tags=tuple(t for t in tags if t.strip()),
        starred=starred,
        photos=list(photos.values()),
    )


def _loader(files: _Files, member: str) -> Callable[[], bytes]:
    return lambda: files.read(member, MAX_ATTACHMENT_BYTES)


def _timestamp(value: object, field: str, where: str, *, required: bool) -> datetime | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f'{where} has no "{field}". {NOTHING_IMPORTED}')
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(
            f'{where}: "{field}" is not a date and time like 2024-05-17T19:03:13Z. '
            f"{NOTHING_IMPORTED}"
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _title_and_body(text: str) -> tuple[str, str]:
    """Day One has no title field: a first line that is a heading becomes the title."""
    stripped = text.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    heading = _HEADING.match(first)
    if heading and heading.group(1).strip():
        return _ESCAPED.sub(r"\1", heading.group(1).strip()), rest.strip("\n")
    return "", text.strip("\n")
