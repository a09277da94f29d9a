"""A folder of Markdown files (Obsidian daily notes, our own Markdown export, any notes).

Per file (``*.md``/``*.markdown``, nested folders, hidden folders such as ``.obsidian`` skipped):
the date comes from front matter ``date:`` or from ``YYYY-MM-DD`` in the file name (a file
with neither is skipped, with the reason); the title from front matter ``title:``, else the first
heading; tags from front matter (``tags: [a, b]``, a ``- a`` list, or ``a, b``) and inline
``#tags``. Our own export's front matter (kind, mood, distress, starred, heavy, created,
updated) is read back too. Images next to the notes (``![](pics/a.png)``, ``![[a.png]]``) are
stored as encrypted attachments; nothing outside the chosen folder is ever read.
"""

from __future__ import annotations

import os
import re
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from innerchild_desktop.domain.entries import EntryKind, Mood
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.transfer.common import (
    Draft,
    DraftPhoto,
    SkippedItem,
    check_size,
    is_regular_file,
    moment_in_range,
    nothing_imported,
    read_text_file,
    utc_iso,
)
from innerchild_desktop.services.transfer.yaml_reader import LineDict, YamlError, loads
from innerchild_desktop.store.attachments import MAX_ATTACHMENT_BYTES, sniff_mime

SOURCE = "markdown"
SUFFIXES = (".md", ".markdown")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_INLINE_TAG = re.compile(r"(?<![\w#&/(\[])#([^\W\d_][\w/-]*)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\)")
_WIKI_IMAGE = re.compile(r"!\[\[([^\]|\n]+?)(?:\|[^\]\n]*)?\]\]")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic")


def parse_markdown_dir(root: Path) -> tuple[list[Draft], list[SkippedItem]]:
    if not root.is_dir():
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{root} is not a folder of Markdown files. {nothing}",
            ).format(root=root, nothing=nothing_imported())
        )
    base = root.resolve()
    notes: list[Path] = []
    by_name: dict[str, Path] = {}
    for folder, dirs, files in os.walk(base, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = Path(folder) / name
            if full.is_symlink() and not full.resolve().is_relative_to(base):
                continue
            if full.suffix.lower() in SUFFIXES:
                notes.append(full)  # not a regular file (a FIFO, a device): skipped below
            elif full.suffix.lower() in _IMAGE_SUFFIXES and is_regular_file(full):
                by_name.setdefault(name.lower(), full)
    if not notes:
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{name} holds no Markdown (.md) files. {nothing}",
            ).format(name=root.name, nothing=nothing_imported())
        )
    drafts: list[Draft] = []
    skipped: list[SkippedItem] = []
    for path in notes:
        rel = path.relative_to(base).as_posix()
        if not is_regular_file(path):
            skipped.append(
                SkippedItem(
                    rel,
                    translate(
                        "services.transfer.markdown_dir",
                        "not a regular file, so it was not read",
                    ),
                )
            )
            continue
        draft = _note(base, by_name, path, rel, skipped)
        if draft is not None:
            drafts.append(draft)
    return drafts, skipped


def split_front_matter(text: str, where: str) -> tuple[LineDict, str, int]:
    """(front matter, body, number of lines the front matter took)."""
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        return LineDict(), text, 0
    lines = text.replace("\r\n", "\n").split("\n")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            block = "\n".join(lines[1:index])
            try:
                meta = loads(block) if block.strip() else LineDict()
            except YamlError as exc:
                raise InvalidInput(
                    translate(
                        "services.transfer.markdown_dir",
                        "{where}, line {line}: the front matter is not readable "
                        "({message}). {nothing}",
                    ).format(
                        where=where,
                        line=exc.line + 1,
                        message=exc.message,
                        nothing=nothing_imported(),
                    )
                ) from exc
            if meta is None:
                meta = LineDict()
            if not isinstance(meta, LineDict):
                raise InvalidInput(
                    translate(
                        "services.transfer.markdown_dir",
                        "{where}, line 2: the front matter should be 'key: value' lines. {nothing}",
                    ).format(where=where, nothing=nothing_imported())
                )
            return meta, "\n".join(lines[index + 1 :]), index + 1
    raise InvalidInput(
        translate(
            "services.transfer.markdown_dir",
            "{where}, line 1: the front matter starts with --- but never ends with ---. {nothing}",
        ).format(where=where, nothing=nothing_imported())
    )


def _note(
    base: Path, by_name: dict[str, Path], path: Path, rel: str, skipped: list[SkippedItem]
) -> Draft | None:
    text = read_text_file(path, rel)
    check_size(text, rel)
    meta, body, _ = split_front_matter(text, rel)

    def where_of(key: str) -> str:
        return f"{rel}, line {meta.lines.get(key, 0) + 1}"

    if "fuzzy_time" in meta:
        skipped.append(
            SkippedItem(
                rel,
                translate(
                    "services.transfer.markdown_dir",
                    "a memory; memories come back with the JSON export",
                ),
            )
        )
        return None
    day, created = _date_of(meta, path, where_of)
    if day is None:
        skipped.append(
            SkippedItem(
                rel,
                translate(
                    "services.transfer.markdown_dir",
                    "no date in its front matter or file name",
                ),
            )
        )
        return None
    title = meta.get("title")
    if title is not None and not isinstance(title, str | int):
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{where}: the title should be text. {nothing}",
            ).format(where=where_of("title"), nothing=nothing_imported())
        )
    body = body.strip("\n")
    if title is None:
        title, body = _title_from_heading(body, path, day)
    else:
        first, _, rest = body.partition("\n")
        heading = _HEADING.match(first)
        if heading and heading.group(2).strip() == str(title).strip():  # our own export
            body = rest.strip("\n")
    tags = _front_matter_tags(meta, where_of) + inline_tags(body)
    kind = _choice(meta, "kind", [k.value for k in EntryKind], where_of) or EntryKind.FREE.value
    mood_name = meta.get("mood")
    if mood_name is not None and not isinstance(mood_name, str):
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{where}: the mood should be a word. {nothing}",
            ).format(where=where_of("mood"), nothing=nothing_imported())
        )
    distress = meta.get("distress")
    if distress is not None and (
        not isinstance(distress, int) or isinstance(distress, bool) or not 0 <= distress <= 10
    ):
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{where}: distress should be a number from 0 to 10. {nothing}",
            ).format(where=where_of("distress"), nothing=nothing_imported())
        )
    updated = _timestamp(meta, "updated", where_of)
    body, photos = _images(base, by_name, path, rel, body, skipped)
    return Draft(
        where=rel,
        source=SOURCE,
        source_id=f"{base.name}/{rel}",
        entry_date=day,
        title=str(title).strip(),
        body=body,
        created_at=created,
        updated_at=updated,
        tz=str(meta["tz"]) if isinstance(meta.get("tz"), str) else None,
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        starred=_flag(meta, "starred", where_of),
        heavy=_flag(meta, "heavy", where_of),
        kind=EntryKind(kind),
        mood=Mood(mood_name) if mood_name else None,
        distress=distress,
        photos=photos,
    )


def _date_of(meta: LineDict, path: Path, where_of: Any) -> tuple[date | None, str | None]:
    raw = meta.get("date")
    created = _timestamp(meta, "created", where_of)
    if raw is not None:
        text = str(raw).strip()
        try:
            if len(text) > 10:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
                moment_in_range(moment, where_of("date"))
                return moment.date(), created or (
                    utc_iso(moment if moment.tzinfo else moment.astimezone())
                )
            return date.fromisoformat(text), created
        except ValueError as exc:
            raise InvalidInput(
                translate(
                    "services.transfer.markdown_dir",
                    "{where}: the date should look like 2024-05-17. {nothing}",
                ).format(where=where_of("date"), nothing=nothing_imported())
            ) from exc
    match = _DATE_IN_NAME.search(path.stem)
    if match:
        try:
            return date(*(int(g) for g in match.groups())), created
        except ValueError:
            return None, created
    return None, created


def _timestamp(meta: LineDict, key: str, where_of: Any) -> str | None:
    raw = meta.get(key)
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{where}: {key} should be a date and time like 2024-05-17T09:30:00Z. {nothing}",
            ).format(where=where_of(key), key=key, nothing=nothing_imported())
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment_in_range(moment, where_of(key))
    return str(raw) if isinstance(raw, str) and "+" in raw[10:] else utc_iso(moment)


def _flag(meta: LineDict, key: str, where_of: Any) -> bool:
    value = meta.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{where}: {key} should be true or false. {nothing}",
            ).format(where=where_of(key), key=key, nothing=nothing_imported())
        )
    return value


def _choice(meta: LineDict, key: str, allowed: list[str], where_of: Any) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if value not in allowed:
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{where}: {key} should be one of {allowed}. {nothing}",
            ).format(
                where=where_of(key), key=key, allowed=", ".join(allowed), nothing=nothing_imported()
            )
        )
    return str(value)


def _front_matter_tags(meta: LineDict, where_of: Any) -> list[str]:
    raw = meta.get("tags", meta.get("tag"))
    if raw is None:
        return []
    if isinstance(raw, str):
        items = [t for t in re.split(r"[,\s]+", raw) if t]
    elif isinstance(raw, list) and all(isinstance(t, str | int) for t in raw):
        items = [str(t) for t in raw]
    else:
        raise InvalidInput(
            translate(
                "services.transfer.markdown_dir",
                "{where}: tags should be a list of words. {nothing}",
            ).format(
                where=where_of("tags" if "tags" in meta else "tag"), nothing=nothing_imported()
            )
        )
    return [t.lstrip("#").strip().lower() for t in items]


def inline_tags(body: str) -> list[str]:
    found: list[str] = []
    fenced = False
    for line in body.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or line.startswith(("    ", "\t")):
            continue
        line = _CODE_SPAN.sub("", line)
        found += [m.group(1).rstrip("/-").lower() for m in _INLINE_TAG.finditer(line)]
    return found


def _title_from_heading(body: str, path: Path, day: date) -> tuple[str, str]:
    lines = body.split("\n")
    first_content = next((i for i, line in enumerate(lines) if line.strip()), None)
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        heading = None if fenced else _HEADING.match(line)
        if heading:
            title = heading.group(2).strip()
            if index == first_content:
                return title, "\n".join(lines[index + 1 :]).strip("\n")
            return title, body
    stem = _DATE_IN_NAME.sub("", path.stem).strip(" -_")
    return re.sub(r"[-_]+", " ", stem).strip(), body


def _images(
    base: Path,
    by_name: dict[str, Path],
    note: Path,
    rel: str,
    body: str,
    skipped: list[SkippedItem],
) -> tuple[str, list[DraftPhoto]]:
    photos: dict[Path, DraftPhoto] = {}

    def attach(target: Path | None, label: str) -> str | None:
        if target is None:
            skipped.append(
                SkippedItem(
                    rel,
                    translate(
                        "services.transfer.markdown_dir",
                        "image {label} was not found in the folder",
                    ).format(label=label),
                )
            )
            return None
        try:
            real = target.resolve()
        except (OSError, ValueError):  # ValueError: a NUL in the name (``%00`` decoded)
            skipped.append(
                SkippedItem(
                    rel,
                    translate(
                        "services.transfer.markdown_dir",
                        "image {label} was not found in the folder",
                    ).format(label=repr(label)),
                )
            )
            return None
        if not real.is_relative_to(base):
            skipped.append(
                SkippedItem(
                    rel,
                    translate(
                        "services.transfer.markdown_dir",
                        "image {label} is outside the chosen folder",
                    ).format(label=label),
                )
            )
            return None
        if not is_regular_file(real):
            skipped.append(
                SkippedItem(
                    rel,
                    translate(
                        "services.transfer.markdown_dir",
                        "image {label} was not found in the folder",
                    ).format(label=label),
                )
            )
            return None
        try:
            size = real.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                skipped.append(
                    SkippedItem(
                        rel,
                        translate(
                            "services.transfer.markdown_dir",
                            "image {label} is larger than 50 MB",
                        ).format(label=label),
                    )
                )
                return None
            with open(real, "rb") as handle:
                if sniff_mime(handle.read(32)) is None:
                    skipped.append(
                        SkippedItem(
                            rel,
                            translate(
                                "services.transfer.markdown_dir",
                                "{label} is not a photo Inner Child can show",
                            ).format(label=label),
                        )
                    )
                    return None
        except OSError as exc:  # no permission, gone meanwhile
            skipped.append(
                SkippedItem(
                    rel,
                    translate(
                        "services.transfer.markdown_dir",
                        "image {label} could not be read ({strerror})",
                    ).format(label=label, strerror=exc.strerror),
                )
            )
            return None
        if real not in photos:
            photos[real] = DraftPhoto(str(uuid.uuid4()), real.name, real.read_bytes, size=size)
        return photos[real].key

    def markdown_image(m: re.Match[str]) -> str:
        alt, target = m.group(1), unquote(m.group(2))
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):  # http:, attachment:, data: ...
            return m.group(0)
        key = attach(note.parent / target, Path(target).name)
        return f"![{alt}](attachment:{key})" if key else m.group(0)

    def wiki_image(m: re.Match[str]) -> str:
        name = m.group(1).strip()
        candidate = note.parent / name
        target = candidate if candidate.exists() else by_name.get(Path(name).name.lower())
        if Path(name).suffix.lower() not in _IMAGE_SUFFIXES:
            return m.group(0)
        key = attach(target, Path(name).name)
        return f"![]({'attachment:' + key})" if key else m.group(0)

    body = _MD_IMAGE.sub(markdown_image, body)
    body = _WIKI_IMAGE.sub(wiki_image, body)
    return body, list(photos.values())
