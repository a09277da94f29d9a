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
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.transfer.common import (
    MAX_TEXT_FILE,
    Draft,
    DraftPhoto,
    SkippedItem,
    check_size,
    decode_text,
    is_regular_file,
    moment_in_range,
    nothing_imported,
    read_regular_bytes,
    utc_iso,
)
from innerchild_desktop.services.transfer.jrnl import parse_json_text
from innerchild_desktop.services.transfer.safe_zip import SafeZip
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
                if not is_regular_file(full):  # a FIFO or device would block or never end
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
        return read_regular_bytes(
            self._names[name], f"{self.label}: {name}", MAX_TEXT_FILE if limit is None else limit
        )

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
        return read_regular_bytes(self.path, self.label)

    def close(self) -> None:
        pass


def _open(path: Path) -> _Files:
    if not path.exists():
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                "{path} does not exist. {nothing}",
            ).format(path=path, nothing=nothing_imported())
        )
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
            translate(
                "services.transfer.dayone",
                "{label} has no Journal.json: is it a Day One JSON export? {nothing}",
            ).format(label=files.label, nothing=nothing_imported())
        )
    photo_index = _photo_index(files.names())
    drafts: list[Draft] = []
    skipped: list[SkippedItem] = []
    uuids: dict[str, int] = {}  # uuid -> how often seen in this export
    for name in journals:
        document = parse_json_text(decode_text(files.read(name), name), name)
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise InvalidInput(
                translate(
                    "services.transfer.dayone",
                    '{name} is not a Day One export: it has no list of "entries". {nothing}',
                ).format(name=name, nothing=nothing_imported())
            )
        folder = str(PurePosixPath(name).parent)
        for number, raw in enumerate(document["entries"], start=1):
            draft = _entry(files, photo_index, folder, f"{name}, entry {number}", raw, skipped)
            seen = uuids.get(draft.source_id, 0) + 1
            uuids[draft.source_id] = seen
            if seen > 1:  # Day One can export two entries with one uuid: keep both, stably
                draft.source_id = f"{draft.source_id}~{seen}"
            drafts.append(draft)
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
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                "{where} is not an entry object. {nothing}",
            ).format(where=where, nothing=nothing_imported())
        )
    ident = raw.get("uuid")
    if not isinstance(ident, str) or not re.fullmatch(r"[A-Za-z0-9-]{1,64}", ident):
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                '{where} has no "uuid". {nothing}',
            ).format(where=where, nothing=nothing_imported())
        )
    where = f"{where} (uuid {ident})"
    created, modified, zone = _moments(raw, where, skipped)
    text, tags, starred = _fields(raw, where)
    photos = _photos(files, photo_index, folder, where, raw, skipped)
    title, body = _title_and_body(_link_photos(text, photos, where, skipped))
    zone_name = raw.get("timeZone")
    return Draft(
        where=where,
        source=SOURCE,
        source_id=ident,
        entry_date=created.astimezone(zone or UTC).date(),
        title=title,
        body=body,
        created_at=utc_iso(created),
        updated_at=utc_iso(modified) if modified else None,
        tz=zone_name if zone is not None and isinstance(zone_name, str) else "UTC",
        tags=tuple(t for t in tags if t.strip()),
        starred=starred,
        photos=list(photos.values()),
    )


def _moments(
    raw: dict[str, Any], where: str, skipped: list[SkippedItem]
) -> tuple[datetime, datetime | None, ZoneInfo | None]:
    """Created and modified moments and the entry's zone (None: unknown, the day is UTC's)."""
    created = _timestamp(raw.get("creationDate"), "creationDate", where, required=True)
    assert created is not None
    modified = _timestamp(raw.get("modifiedDate"), "modifiedDate", where, required=False)
    zone_name = raw.get("timeZone")
    zone: ZoneInfo | None = None
    if isinstance(zone_name, str):
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            skipped.append(
                SkippedItem(
                    where,
                    translate(
                        "services.transfer.dayone",
                        "unknown time zone; the day is taken in UTC",
                    ),
                )
            )
    moment_in_range(created, where, zone)
    if modified is not None:
        moment_in_range(modified, where)
    return created, modified, zone


def _fields(raw: dict[str, Any], where: str) -> tuple[str, list[str], bool]:
    """The entry's text, tags and star, checked."""
    text = raw.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                '{where}: "text" is not text. {nothing}',
            ).format(where=where, nothing=nothing_imported())
        )
    check_size(text, where)
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                '{where}: "tags" must be a list of words. {nothing}',
            ).format(where=where, nothing=nothing_imported())
        )
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                '{where}: "starred" must be true or false. {nothing}',
            ).format(where=where, nothing=nothing_imported())
        )
    return text, tags, starred


def _photos(
    files: _Files,
    photo_index: dict[tuple[str, str], str],
    folder: str,
    where: str,
    raw: dict[str, Any],
    skipped: list[SkippedItem],
) -> dict[str, DraftPhoto]:
    """Day One identifier -> our photo, for every photo that can be kept; the rest are
    listed in ``skipped`` with the reason."""
    photos_raw = raw.get("photos", [])
    if not isinstance(photos_raw, list):
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                '{where}: "photos" must be a list. {nothing}',
            ).format(where=where, nothing=nothing_imported())
        )
    photos: dict[str, DraftPhoto] = {}
    refused: dict[str, str] = {}
    for index, photo in enumerate(photos_raw, start=1):
        if not isinstance(photo, dict) or not isinstance(photo.get("identifier"), str):
            raise InvalidInput(
                translate(
                    "services.transfer.dayone",
                    '{where}: photo {index} has no "identifier". {nothing}',
                ).format(where=where, index=index, nothing=nothing_imported())
            )
        member, problem = _photo_member(files, photo_index, folder, photo)
        if member is None:
            refused[photo["identifier"]] = problem
            continue
        photos[photo["identifier"]] = DraftPhoto(
            key=str(uuid.uuid4()),
            filename=PurePosixPath(member).name,
            load=_loader(files, member),
            size=files.size(member),
        )
    for reason in refused.values():
        skipped.append(
            SkippedItem(
                where,
                translate(
                    "services.transfer.dayone",
                    "photo not imported: {reason}",
                ).format(reason=reason),
            )
        )
    return photos


def _photo_member(
    files: _Files, photo_index: dict[tuple[str, str], str], folder: str, photo: dict[str, Any]
) -> tuple[str | None, str]:
    """The export's file of one photo record, or None and why it cannot be imported."""
    md5 = photo.get("md5")
    kind = photo.get("type", "jpeg")
    if not isinstance(md5, str) or not re.fullmatch(r"[0-9a-fA-F]{32}", md5):
        return None, translate("services.transfer.dayone", "its file name (md5) is missing")
    member = photo_index.get((folder, md5.lower()))
    label = f"{md5}.{kind}" if isinstance(kind, str) else md5
    if member is None:
        return None, translate("services.transfer.dayone", "{file} is not in the export").format(
            file=label
        )
    if files.size(member) > MAX_ATTACHMENT_BYTES:
        return None, translate("services.transfer.dayone", "{file} is larger than 50 MB").format(
            file=label
        )
    if sniff_mime(files.head(member)) is None:
        return None, translate(
            "services.transfer.dayone", "{file} is not a photo (JPEG, PNG, GIF, WebP or HEIC)"
        ).format(file=label)
    return member, ""


def _link_photos(
    text: str, photos: dict[str, DraftPhoto], where: str, skipped: list[SkippedItem]
) -> str:
    """Day One's ``dayone-moment://`` links turned into ``attachment:`` ones; photos the text
    never shows are added at the end, so none is lost."""
    used: set[str] = set()

    def moment(m: re.Match[str]) -> str:
        alt, kind, identifier = m.group(1), m.group(2), m.group(3)
        if identifier in photos:
            used.add(identifier)
            return f"![{alt}](attachment:{photos[identifier].key})"
        if kind and kind != "photo":
            skipped.append(
                SkippedItem(
                    where,
                    translate(
                        "services.transfer.dayone",
                        "a {kind} attachment is not imported",
                    ).format(kind=kind),
                )
            )
            return f"*({kind} not imported)*"
        return "*(photo not imported)*"

    body = _MOMENT.sub(moment, text.replace("\r\n", "\n"))
    unused = [p for i, p in photos.items() if i not in used]
    if unused:
        body = body.rstrip() + "\n\n" + "\n".join(f"![](attachment:{p.key})" for p in unused)
    return body


def _loader(files: _Files, member: str) -> Callable[[], bytes]:
    return lambda: files.read(member, MAX_ATTACHMENT_BYTES)


def _timestamp(value: object, field: str, where: str, *, required: bool) -> datetime | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                '{where} has no "{field}". {nothing}',
            ).format(where=where, field=field, nothing=nothing_imported())
        )
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.dayone",
                '{where}: "{field}" is not a date and time like 2024-05-17T19:03:13Z. {nothing}',
            ).format(where=where, field=field, nothing=nothing_imported())
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
