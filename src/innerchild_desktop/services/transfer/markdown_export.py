"""A folder of Markdown files: ``YYYY-MM-DD-slug.md`` per entry with YAML front matter,
``attachments/<slug of the photo's name>.<ext>`` beside them (links rewritten),
``memories/<slug>.md``. File names are always derived (slugs, made unique), never taken from an
id or a stored name, so nothing in the journal can place a file outside the chosen folder.

The folder is built beside the chosen one and renamed into place when complete, so a failed
or cancelled export leaves nothing half-written. Every file is owner-only (0600, folders 0700).
The markdown-dir importer reads this layout back (dates, titles, tags, kinds, moods, photos).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from innerchild_desktop.domain.entries import Entry
from innerchild_desktop.domain.memories import MemoryRow, describe
from innerchild_desktop.render.markdown import ATTACHMENT_ID
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer.collect import (
    EXTENSIONS,
    AttachmentRef,
    Collected,
    Selection,
    collect,
)
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ExportSummary,
    ProgressFn,
    private_dir,
    slugify,
    tick,
)
from innerchild_desktop.services.transfer.export_words import reflections
from innerchild_desktop.services.transfer.folder_output import atomic_folder
from innerchild_desktop.store.attachments import attachment_bytes
from innerchild_desktop.store.memories import linked_entries

# One encoder for every value: json.dumps with an argument builds a new one per call, which was
# a third of rendering 10,000 entries (146,000 values). Strings, most of the values, go straight
# to the C function that encoder calls for them (the same text, without its Python layers).
_JSON = json.JSONEncoder(ensure_ascii=False).encode
_JSON_STRING: Callable[[str], str] = json.encoder.encode_basestring


def _yaml(value: Any) -> str:
    """A YAML flow value; JSON strings and lists are valid YAML."""
    if type(value) is str:
        return _JSON_STRING(value)
    if type(value) is list and all(type(v) is str for v in value):  # tags, feelings, people
        return "[" + ", ".join(map(_JSON_STRING, value)) + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return _JSON(value)


def front_matter(fields: dict[str, Any]) -> str:
    lines = ["---"] + [f"{key}: {_yaml(value)}" for key, value in fields.items()] + ["---", ""]
    return "\n".join(lines)


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 2
    while candidate.lower() in used:
        candidate = f"{stem}-{n}{dot}{ext}"
        n += 1
    used.add(candidate.lower())
    return candidate


_ATTACHMENT_LINK = re.compile(rf"attachment:({ATTACHMENT_ID})")


def attachment_file_names(refs: list[AttachmentRef], used: set[str]) -> dict[str, str]:
    """A safe, unique file name per attachment id: a slug of its name, never the id itself."""
    names: dict[str, str] = {}
    for ref in refs:
        if ref.id not in names:
            stem = PurePosixPath(ref.filename.replace("\\", "/")).stem
            slug = slugify(stem, 40) if stem else "photo"
            names[ref.id] = _unique(f"{slug}.{EXTENSIONS.get(ref.mime, 'bin')}", used)
    return names


def _link_attachments(
    text: str, refs: list[AttachmentRef], prefix: str, names: dict[str, str] | None = None
) -> str:
    if "attachment:" not in text:
        return text
    known = names if names is not None else attachment_file_names(refs, set())
    mine = {ref.id for ref in refs}

    def one(m: re.Match[str]) -> str:
        ident = m.group(1)
        if ident in mine and ident in known:
            return f"{prefix}attachments/{known[ident]}"
        return m.group(0)

    return _ATTACHMENT_LINK.sub(one, text)


def entry_markdown(
    entry: Entry, refs: list[AttachmentRef], names: dict[str, str] | None = None
) -> str:
    fields = {
        "id": entry.id,
        "date": entry.entry_date,
        "title": entry.title,
        "kind": entry.kind.value,
        "mood": entry.mood.name if entry.mood else None,
        "distress": entry.distress,
        "tags": list(entry.tags),
        "prompt": entry.prompt_text,
        "prompt_id": entry.prompt_id,
        "starred": entry.starred,
        "heavy": entry.heavy,
        "created": entry.created_at,
        "updated": entry.updated_at,
        "tz": entry.tz,
    }
    body = _link_attachments(entry.body, refs, "", names)
    heading = f"# {entry.title}\n\n" if entry.title.strip() else ""
    # The title is in the front matter; a heading too makes the file read well anywhere.
    return front_matter(fields) + "\n" + heading + body.rstrip("\n") + "\n"


def memory_markdown(
    memory: MemoryRow,
    refs: list[AttachmentRef],
    tags: tuple[str, ...],
    links: list[str],
    names: dict[str, str] | None = None,
) -> str:
    fields = {
        "id": memory.id,
        "title": memory.title,
        "when": describe(memory),
        "fuzzy_time": memory.fuzzy_time,
        "stage": memory.stage,
        "feelings": list(memory.emotions),
        "needs": list(memory.needs),
        "people": list(memory.people),
        "place": memory.place,
        "intensity": memory.intensity,
        "heavy": memory.heavy,
        "tags": list(tags),
        "entries": links,
    }
    sections = [f"# {memory.title}", ""]
    if memory.body.strip():
        sections += [_link_attachments(memory.body, refs, "../", names).rstrip("\n"), ""]
    for key, label in reflections():
        value = getattr(memory, key)
        if value.strip():
            linked = _link_attachments(value, refs, "../", names)
            sections += [f"## {label}", "", linked.rstrip("\n"), ""]
    return front_matter(fields) + "\n" + "\n".join(sections).rstrip("\n") + "\n"


def export_markdown(
    journal: OpenJournal | JournalView,
    out: Path,
    *,
    selection: Selection | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportSummary:
    data: Collected = collect(journal, selection or Selection.everything())
    total = len(data.entries) + len(data.memories)
    done = 0
    written_attachments = 0
    tick(progress, cancel, 0, total)
    with atomic_folder(out) as writer:
        folder = writer.root
        used: set[str] = set()
        file_names = attachment_file_names(
            [ref for refs in data.attachments.values() for ref in refs], set()
        )
        entry_files: dict[str, str] = {}
        attachments_dir: Path | None = None
        saved: set[str] = set()  # attachment ids written (the writer may not have yet)

        def save_attachments(refs: list[AttachmentRef]) -> None:
            nonlocal attachments_dir, written_attachments
            for ref in refs:
                if attachments_dir is None:
                    attachments_dir = private_dir(folder / "attachments")
                if ref.id in saved:
                    continue
                found = attachment_bytes(journal.conn, ref.id)
                if found is not None:
                    saved.add(ref.id)
                    writer.write(attachments_dir / file_names[ref.id], found[1])
                    written_attachments += 1

        where = os.fspath(folder)  # (names are slugs: joined as strings, no Path per file)
        for entry in data.entries:
            refs = data.attachments.get(entry.id, [])
            name = _unique(
                f"{entry.entry_date.isoformat()}-{slugify(entry.display_title)}.md", used
            )
            entry_files[entry.id] = name
            text = entry_markdown(entry, refs, file_names)
            writer.write(os.path.join(where, name), text.encode("utf-8"))
            save_attachments(refs)
            done += 1
            if done % 100 == 0:
                tick(progress, cancel, done, total)
        if data.memories:
            memories_dir = private_dir(folder / "memories")
            used_memories: set[str] = set()
            for memory in data.memories:
                refs = data.attachments.get(memory.id, [])
                links = [
                    entry_files[e]
                    for e in linked_entries(journal.conn, memory.id)
                    if e in entry_files
                ]
                name = _unique(f"{slugify(memory.title, 60)}.md", used_memories)
                tags = data.memory_tags.get(memory.id, ())
                text = memory_markdown(memory, refs, tags, links, file_names)
                writer.write(memories_dir / name, text.encode("utf-8"))
                save_attachments(refs)
                done += 1
                if done % 100 == 0:
                    tick(progress, cancel, done, total)
        tick(progress, cancel, total, total)
    return ExportSummary(
        "markdown",
        out,
        entries=len(data.entries),
        memories=len(data.memories),
        attachments=written_attachments,
        sessions=0,
    )
