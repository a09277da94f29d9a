"""Memory timeline use cases on an open journal: add, edit, delete and restore memories with
fuzzy times, reflections on them, the birth date and one's own life stages, and the review walk.

Each mutating method is one transaction and says what changed (:class:`MemoryChanged`), except
the two that create something: they return its id, as ``JournalService.add_entry`` does. No SQL
here: the memories, life_stages and settings tables are read and written through store/.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import MAX_ENTRY_CHARS, NewEntry, heavy_entry_title
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.feelings import (
    LIFE_STAGES,
    UNMET_NEEDS,
    LifeStage,
    feeling,
    need_label,
)
from innerchild_desktop.domain.fuzzy_dates import FuzzyTime, parse_fuzzy
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.memories import MemoryRow, ReviewPlace
from innerchild_desktop.domain.settings import BIRTH_DATE, REVIEW_PROGRESS
from innerchild_desktop.services import memory_time, voice
from innerchild_desktop.services.attachments import forget_dangling
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store import entries as entry_store
from innerchild_desktop.store import life_stages as stage_store
from innerchild_desktop.store import memories as memory_store
from innerchild_desktop.store import settings as settings_store
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.vault import Journal

MAX_MEMORY_TITLE_CHARS = 1_000  # a few words name a memory; the rest goes in its text


@dataclass(frozen=True)
class MemoryChanged:
    """What a timeline call changed, so views refresh only that."""

    memory_ids: tuple[str, ...] = ()
    entry_ids: tuple[str, ...] = ()  # journal entries added (a reflection)
    placement: bool = False  # memories may sit elsewhere now (a new birth date)
    forgotten: int = 0  # memories deleted for good


@dataclass(frozen=True)
class Photo:
    """A photo the person chose, read into memory; it is kept encrypted inside the journal."""

    data: bytes
    filename: str = ""
    thumbnail: bytes | None = None  # made by the UI (it has QImage); the core stays Qt-free


def check_photo(photo: Photo) -> None:
    """Raises :class:`InvalidInput` in words if the file cannot be kept and shown as a photo."""
    attachment_store.check_image(photo.data, photo.filename)


class TimelineService:
    """The timeline's one door to an open journal (built by ``AppContext.timeline``)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    @property
    def _conn(self) -> Connection:
        conn: Connection = self.journal.conn
        return conn

    # --- reading --------------------------------------------------------------------------
    def timeline(self) -> list[MemoryRow]:
        """Every live memory in timeline order."""
        return memory_store.list_memories(self._conn)

    def memory(self, memory_id: str) -> MemoryRow | None:
        return memory_store.get_memory(self._conn, memory_id)

    def memory_tags(self, memory_ids: Iterable[str]) -> dict[str, list[str]]:
        """Each memory's tags, by memory id (for the filter)."""
        return {m: memory_store.memory_tags(self._conn, m) for m in memory_ids}

    def photo_ids(self, memory_id: str) -> list[str]:
        """The photos kept with a memory, oldest first (their bytes come from the journal)."""
        return [
            a.id
            for a in attachment_store.list_attachments(self._conn, memory_id=memory_id)
            if a.mime.startswith("image/")
        ]

    def voice_notes(self, memory_id: str) -> list[tuple[str, str]]:
        """(attachment id, length like "2:14") of the voice notes kept with a memory, oldest
        first; they play through services/voice.py."""
        return [
            (a.id, voice.length_of(a.filename))
            for a in attachment_store.list_attachments(self._conn, memory_id=memory_id)
            if a.mime.startswith("audio/")
        ]

    def linked_titles(self, memory_id: str) -> list[str]:
        """The titles of the journal entries linked to a memory (a heavy one stays veiled)."""
        titles = []
        for entry_id in memory_store.linked_entries(self._conn, memory_id):
            entry = entry_store.get_entry(self._conn, entry_id)
            if entry is not None:
                titles.append(heavy_entry_title() if entry.heavy else entry.display_title)
        return titles

    def birth_date(self) -> date | None:
        raw = settings_store.get_setting(self._conn, BIRTH_DATE)
        return date.fromisoformat(raw) if raw else None

    def user_stages(self) -> tuple[LifeStage, ...]:
        return stage_store.list_stages(self._conn)

    def all_stages(self) -> tuple[LifeStage, ...]:
        return LIFE_STAGES + self.user_stages()

    def stages_text(self) -> str:
        """One's own stages as the person writes them, one per line."""
        return stages_as_text(self.user_stages())

    def preview_time(self, when: str) -> str:
        """Where a typed time will sit, in words ("around age 7 → ages 6–8"), for a preview.

        Raises :class:`~innerchild_desktop.domain.fuzzy_dates.FuzzyDateError` (a gentle
        sentence with examples) when the time cannot be read."""
        return memory_time.preview(when, birth=self.birth_date(), stages=self.all_stages())

    def review_place(self) -> ReviewPlace:
        """Where the review walk was left (its order and memory), or nowhere yet."""
        saved = settings_store.get_setting(self._conn, REVIEW_PROGRESS)
        return ReviewPlace(saved.get("order"), saved.get("memory_id"))

    # --- writing --------------------------------------------------------------------------
    def add_memory(
        self,
        title: str,
        when: str,
        *,
        body: str = "",
        feelings: Sequence[str] = (),
        needs: Sequence[str] = (),
        people: Sequence[str] = (),
        place: str = "",
        intensity: int | None = None,
        heavy: bool = False,
        tags: Sequence[str] = (),
        linked_entries: Sequence[str] = (),
        photos: Sequence[Photo] = (),
        voices: Sequence[bytes] = (),
    ) -> str:
        """Keep a new memory, its tags, photos, voice notes (PCM, compressed here) and links to
        journal entries in one transaction; returns its id."""
        title = _checked_text(title, body)
        if intensity is not None and not 1 <= intensity <= 5:
            raise InvalidInput(
                translate(
                    "services.timeline", "Intensity is a number from 1 (gentle) to 5 (very strong)."
                )
            )
        names, need_names = _feeling_names(feelings), _need_names(needs)
        record = memory_store.MemoryRecord(
            title=title,
            **self._placed(when),
            body=body,
            emotions=names,
            needs=need_names,
            people=[p.strip() for p in people if p.strip()],
            place=place.strip(),
            intensity=intensity,
            heavy=heavy,
            linked_entries=tuple(linked_entries),
        )
        for photo in photos:
            check_photo(photo)
        with self.journal.transaction() as conn:
            memory_id = memory_store.insert_memory(conn, record)
            if tags:
                memory_store.set_memory_tags(conn, memory_id, tags)
            _keep_photos(conn, memory_id, photos)
            for pcm in voices:
                voice.keep_in(conn, pcm, memory_id=memory_id)
            return memory_id

    def update_memory(
        self,
        memory_id: str,
        *,
        title: str,
        when: str,
        body: str,
        heavy: bool,
        feelings: Sequence[str] | None = None,
        needs: Sequence[str] | None = None,
        people: Sequence[str] | None = None,
        place: str | None = None,
        photos: Sequence[Photo] = (),
        voices: Sequence[bytes] = (),
    ) -> MemoryChanged:
        """Edit a memory (None leaves a field as it is) and keep new photos and voice notes
        with it, in one transaction; its place on the timeline follows its time."""
        values: dict[str, Any] = {"title": _checked_text(title, body), "body": body}
        values["heavy"] = heavy
        if feelings is not None:
            values["emotions"] = _feeling_names(feelings)
        if needs is not None:
            values["needs"] = _need_names(needs)
        if people is not None:
            values["people"] = [p.strip() for p in people if p.strip()]
        if place is not None:
            values["place"] = place.strip()
        values |= self._placed(when)
        for photo in photos:
            check_photo(photo)
        with self.journal.transaction() as conn:
            memory_store.update_memory(conn, memory_id, values)
            _keep_photos(conn, memory_id, photos)
            for pcm in voices:
                voice.keep_in(conn, pcm, memory_id=memory_id)
        return MemoryChanged(memory_ids=(memory_id,))

    def add_reflection(self, memory_id: str, new: NewEntry) -> str:
        """Keep a new journal entry about a memory and its link to the memory in one
        transaction ("Write about this", the review walk): a reflection never loses its memory.
        Returns the entry's id."""
        with self.journal.transaction() as conn:
            if memory_store.get_memory(conn, memory_id) is None:
                raise InvalidInput(
                    translate("services.timeline", "That memory is no longer on the timeline.")
                )
            entry_id = entry_store.insert_entry(conn, new)
            memory_store.link_entry(conn, entry_id, memory_id)
            return entry_id

    def save_review(
        self, memory_id: str, reflections: dict[str, str], order: str | None
    ) -> MemoryChanged:
        """Keep the review walk's answers for one memory and the place in the walk, together."""
        with self.journal.transaction() as conn:
            memory_store.update_reflections(conn, memory_id, reflections)
            settings_store.set_setting(
                conn, REVIEW_PROGRESS, {"order": order, "memory_id": memory_id}
            )
        return MemoryChanged(memory_ids=(memory_id,))

    def delete_memory(self, memory_id: str) -> MemoryChanged:
        """Take a memory off the timeline; :meth:`restore_memory` brings it back until the
        journal locks, when :meth:`forget_deleted_memories` deletes it for good."""
        with self.journal.transaction() as conn:
            memory_store.soft_delete_memory(conn, memory_id)
        return MemoryChanged(memory_ids=(memory_id,))

    def restore_memory(self, memory_id: str) -> MemoryChanged:
        with self.journal.transaction() as conn:
            memory_store.restore_memory(conn, memory_id)
        return MemoryChanged(memory_ids=(memory_id,))

    def forget_deleted_memories(self) -> MemoryChanged:
        """Delete for good the memories taken off the timeline (at the end of a session)."""
        with self.journal.transaction() as conn:
            forgotten = memory_store.forget_deleted_memories(conn)
            if forgotten:
                forget_dangling(conn)  # their photos and voice notes went with them
            return MemoryChanged(forgotten=forgotten)

    def set_birth_date(self, birth: date | None) -> MemoryChanged:
        """Store the (optional, encrypted) birth date and re-place every memory with it, in one
        transaction. With a birth date ages and years convert both ways, so calendar memories
        join the age axis. ``memory_ids`` are the memories re-placed."""
        moved = []
        with self.journal.transaction() as conn:
            settings_store.set_setting(conn, BIRTH_DATE, birth.isoformat() if birth else None)
            for row in memory_store.list_memories(conn):
                try:
                    fuzzy = FuzzyTime.from_dict(row.fuzzy_time)
                except (KeyError, TypeError, ValueError):
                    continue
                where = fuzzy.placement(birth)
                stage = fuzzy.stage_of(birth=birth)
                memory_store.place_memory(
                    conn,
                    row.id,
                    sort_key=where.key,
                    span_start=where.start,
                    span_end=where.end,
                    stage=stage.name if stage else None,
                )
                moved.append(row.id)
        return MemoryChanged(memory_ids=tuple(moved), placement=True)

    def set_user_stages(self, text: str) -> tuple[LifeStage, ...]:
        """Stages of one's own, one per line: "when we lived on Elm Street: 4-9" (ages) or
        "secondary school in Leeds: 1998-2003" (years). Replaces the previous list and returns
        the new one (memories keep their place: a stage is only a name for a time)."""
        stages = parse_stages(text)
        with self.journal.transaction() as conn:
            stage_store.replace_stages(conn, stages)
        return stages

    # --- helpers --------------------------------------------------------------------------
    def _placed(self, when: str) -> dict[str, Any]:
        """The stored form of a typed time: the fuzzy time, its span and sort key, its stage."""
        stages = self.all_stages()
        fuzzy = parse_fuzzy(when, stages)
        birth = self.birth_date()
        where = fuzzy.placement(birth)
        stage = fuzzy.stage_of(stages, birth)
        return {
            "fuzzy_time": fuzzy.to_dict(),
            "sort_key": where.key,
            "span_start": where.start,
            "span_end": where.end,
            "stage": stage.name if stage else None,
        }


def _keep_photos(conn: Connection, memory_id: str, photos: Sequence[Photo]) -> None:
    for photo in photos:
        attachment_store.add_attachment(
            conn,
            photo.data,
            filename=photo.filename,
            memory_id=memory_id,
            thumbnail=photo.thumbnail,
        )


def _feeling_names(feelings: Sequence[str]) -> list[str]:
    names = []
    for name in feelings:
        known = feeling(name)
        if known is None:
            raise InvalidInput(
                translate(
                    "services.timeline",
                    "“{name}” is not one of the feelings on the wheel; "
                    "'innerchild memory add --help' lists a few.",
                ).format(name=name)
            )
        names.append(known.name)
    return names


def _need_names(needs: Sequence[str]) -> list[str]:
    names = [_need_name(n) for n in needs]
    unknown = [typed for typed, name in zip(needs, names, strict=True) if name is None]
    if unknown:
        raise InvalidInput(
            translate("services.timeline", "“{name}” is not one of the needs: {needs}.").format(
                name=unknown[0], needs=", ".join(need_label(n) for n in UNMET_NEEDS)
            )
        )
    return [name for name in names if name is not None]


def _need_name(typed: str) -> str | None:
    """A need as stored (English), typed in English or in the current language."""
    key = " ".join(typed.split()).lower()
    if key in UNMET_NEEDS:
        return key
    return next((n for n in UNMET_NEEDS if need_label(n).lower() == key), None)


def _checked_text(title: str, body: str) -> str:
    """The one check of a memory's title and text, for adding and editing alike; returns the
    title as kept."""
    if not title.strip():
        raise InvalidInput(
            translate("services.timeline", "A memory needs a title, even a word or two.")
        )
    if len(title.strip()) > MAX_MEMORY_TITLE_CHARS:
        raise InvalidInput(
            translate(
                "services.timeline",
                "A memory's title can be up to {count} characters; "
                "the rest can go in what you remember about it.",
            ).format(count=f"{MAX_MEMORY_TITLE_CHARS:,}")
        )
    if len(body) > MAX_ENTRY_CHARS:
        raise InvalidInput(
            translate(
                "services.timeline",
                "That memory is too long to save in one piece (more than {count} characters).",
            ).format(count=f"{MAX_ENTRY_CHARS:,}")
        )
    return title.strip()


def stages_as_text(stages: Iterable[LifeStage]) -> str:
    lines = []
    for stage in stages:
        if stage.start_year is not None:
            lines.append(f"{stage.name}: {stage.start_year}-{stage.end_year}")
        else:
            lines.append(f"{stage.name}: {stage.start_age:g}-{(stage.end_age or 0) - 1:g}")
    return "\n".join(lines)


def parse_stages(text: str) -> tuple[LifeStage, ...]:
    """Read one's own stages, one per line; a line that can't be read is a sentence."""
    stages = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        name, sep, span = raw.rpartition(":")
        parts = span.replace("–", "-").split("-")
        try:
            low, high = (int(p.strip()) for p in parts)
        except ValueError:
            low = high = -1
        if not sep or not name.strip() or len(parts) != 2 or low < 0 or high < low:
            raise InvalidInput(
                translate(
                    "services.timeline",
                    "Line {number}: write a stage like “when we lived on Elm Street: "
                    "4-9” (ages) or “in Leeds: 1998-2003” (years).",
                ).format(number=number)
            )
        try:
            if low > 1900:
                stages.append(LifeStage(name.strip(), start_year=low, end_year=high))
            else:
                stages.append(LifeStage(name.strip(), start_age=low, end_age=high + 1))
        except ValueError as err:  # a gentle sentence from domain.feelings
            raise InvalidInput(str(err)) from None
    return tuple(stages)
