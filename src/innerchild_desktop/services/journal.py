"""Journal use cases on top of an open vault: write, read, list and search entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from innerchild_desktop.domain.entries import Entry, EntrySummary, NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.letters import Letter, LetterThread, group_threads
from innerchild_desktop.domain.revisions import Revision
from innerchild_desktop.domain.search import SearchHit
from innerchild_desktop.domain.search_query import parse_query
from innerchild_desktop.domain.settings import ON_THIS_DAY, Setting
from innerchild_desktop.services.attachments import forget_dangling
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store import entries as entry_store
from innerchild_desktop.store import revisions as revision_store
from innerchild_desktop.store import search as search_store
from innerchild_desktop.store import settings as settings_store
from innerchild_desktop.store import sync_apply
from innerchild_desktop.store.connection import Connection


@dataclass(frozen=True)
class Changed:
    """What a mutating call changed, so views refresh only that (Anki's OpChanges idea)."""

    entry_ids: tuple[str, ...] = ()
    tags: bool = False


class JournalService:
    def __init__(self, journal: OpenJournal) -> None:
        self.journal = journal

    @property
    def _conn(self) -> Connection:
        return self.journal.conn

    def add_entry(self, new: NewEntry) -> str:
        """Keep a new entry; the store checks it with domain.entries.check_new_entry, the same
        check every update gets (check_entry_fields)."""
        with self.journal.transaction() as conn:
            return entry_store.insert_entry(conn, new)

    def update_entry(self, entry_id: str, *, session_start: bool = False, **fields: Any) -> Changed:
        """Save changed fields. A change of title or body may keep the text it replaces as a
        revision, in the same transaction (domain/revisions.py says when); ``session_start``:
        this is the first save since the entry was opened (or a command-line edit)."""
        with self.journal.transaction() as conn:
            revision_store.keep_before_update(conn, entry_id, fields, session_start=session_start)
            entry_store.update_entry(conn, entry_id, **fields)
        return Changed(entry_ids=(entry_id,), tags="tags" in fields)

    def history(self, entry_id: str) -> list[Revision]:
        """The entry's earlier versions, newest first (History…, ``innerchild history``)."""
        return revision_store.revisions(self._conn, entry_id)

    def edited_on_two_computers(self, entry_id: str) -> bool:
        """Its text was changed on two computers at once (sync) and the person has not looked
        yet: the other version is in its history."""
        return sync_apply.edited_on_two_computers(self._conn, "entry", entry_id)

    def seen_on_two_computers(self, entry_id: str) -> None:
        """The person has looked: the notice goes here and, through sync, on the others."""
        from innerchild_desktop.services.sync import SyncService

        SyncService(self.journal).mark_conflict_seen("entry", entry_id)

    def restore_revision(self, entry_id: str, number: int) -> Changed:
        """Bring version ``number`` back. Restoring is a save like any other, so the text it
        replaces is kept as a revision too: nothing is lost."""
        revision = revision_store.get_revision(self._conn, entry_id, number)
        if revision is None:
            raise InvalidInput(
                translate(
                    "services.journal",
                    "This entry has no version {number}. 'innerchild history' lists its versions.",
                ).format(number=number)
            )
        return self.update_entry(
            entry_id, session_start=True, title=revision.title, body=revision.body
        )

    def get_entry(self, entry_id: str) -> Entry | None:
        return entry_store.find_entry(self._conn, entry_id)

    def list_entries(
        self, limit: int = 200, after: EntrySummary | None = None
    ) -> list[EntrySummary]:
        cursor = (after.entry_date.isoformat(), after.seq) if after else None
        return entry_store.list_summaries(self._conn, limit=limit, after=cursor)

    def count(self) -> int:
        return entry_store.count_entries(self._conn)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        query = parse_query(text)
        if query.is_empty:
            return []
        return search_store.search(
            self._conn, query, limit=limit, rank_conn=self.journal.search_conn
        )

    def trash(self, entry_id: str) -> Changed:
        with self.journal.transaction() as conn:
            entry_store.soft_delete(conn, entry_id)
        return Changed(entry_ids=(entry_id,))

    def untrash(self, entry_id: str) -> Changed:
        with self.journal.transaction() as conn:
            entry_store.restore(conn, entry_id)
        return Changed(entry_ids=(entry_id,))

    def empty_trash(self) -> int:
        """Delete the trashed entries for good, their attachments of every kind with them (the
        schema cascades) and what pointed at those (services/attachments.forget_dangling)."""
        with self.journal.transaction() as conn:
            count = entry_store.empty_trash(conn)
            if count:
                forget_dangling(conn)
            return count

    def trashed(self) -> list[EntrySummary]:
        return entry_store.trashed(self._conn)

    def tag_names(self) -> list[str]:
        return entry_store.tag_names(self._conn)

    def tags(self) -> list[tuple[str, int]]:
        return entry_store.all_tags(self._conn)

    def rename_tag(self, old: str, new: str) -> Changed:
        with self.journal.transaction() as conn:
            entry_store.rename_tag(conn, old, new)
        return Changed(tags=True)

    def set_heavy(self, entry_id: str, heavy: bool) -> Changed:
        """Mark an entry heavy (veiled in every list, never in On this day) or not."""
        return self.update_entry(entry_id, heavy=bool(heavy))

    def on_this_day(self, today: date) -> list[EntrySummary]:
        """Entries from this day in earlier years, if the person chose to see them: never heavy
        ones, nor ones rated 7 or more for distress."""
        if not self.on_this_day_enabled():
            return []
        return entry_store.on_this_day(self._conn, today)

    def on_this_day_enabled(self) -> bool:
        return self.setting(ON_THIS_DAY)

    def set_on_this_day(self, enabled: bool) -> None:
        """The person's choice about On this day (first run, Settings)."""
        self.set_setting(ON_THIS_DAY, bool(enabled))

    def entries_on(self, day: date) -> list[EntrySummary]:
        return entry_store.entries_on(self._conn, day)

    def entry_days(self, first: date, last: date) -> dict[str, int]:
        return search_store.entry_days(self._conn, first, last)

    def replies_to(self, entry_id: str) -> list[EntrySummary]:
        return entry_store.replies_to(self._conn, entry_id)

    def letter_threads(self) -> list[LetterThread]:
        """Letters to and from the younger self as threads (domain.letters.group_threads)."""
        return group_threads(
            Letter(row, reply_to) for row, reply_to in entry_store.letters(self._conn)
        )

    def add_photo(
        self, data: bytes, *, filename: str, entry_id: str, thumbnail: bytes | None = None
    ) -> str:
        with self.journal.transaction() as conn:
            return attachment_store.add_attachment(
                conn, data, filename=filename, entry_id=entry_id, thumbnail=thumbnail
            )

    def photo(self, attachment_id: str, *, thumbnail: bool = False) -> tuple[str, bytes] | None:
        return attachment_store.attachment_bytes(self._conn, attachment_id, thumbnail=thumbnail)

    def setting[T](self, key: Setting[T] | str) -> T:
        """A journal setting (domain.settings): its default when none is kept or it is not
        readable; an unregistered key raises KeyError."""
        return settings_store.get_setting(self._conn, key)

    def set_setting[T](self, key: Setting[T] | str, value: T) -> None:
        """Keep a journal setting; a value of the wrong type raises TypeError."""
        with self.journal.transaction() as conn:
            settings_store.set_setting(conn, key, value)
