"""The transfer area's one door: import, export and share on the journal it was made with.

The shells (ui/transfer dialogs, the CLI) hold a :class:`TransferService` from AppContext and
call it; they never open connections themselves. Slow work runs in a worker thread on a second
connection: ``with service.worker(write=...) as worker:`` gives a service over that connection
(a :class:`JournalView`), and its methods are the same. Each import is one transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer import (
    export_journal,
    import_journal,
    preview_share,
    share_journal,
)
from innerchild_desktop.services.transfer.collect import EntryChoice, Selection, entry_choices
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ExportSummary,
    ImportSummary,
    ProgressFn,
)
from innerchild_desktop.services.transfer.html_export import ShareOptions


class TransferService:
    def __init__(self, journal: OpenJournal | JournalView) -> None:
        self.journal = journal

    @contextlib.contextmanager
    def worker(self, *, write: bool) -> Iterator[TransferService]:
        """This service on a connection of its own, for a worker thread (``write=False``: a
        read-only one). A service already on a worker's view is handed back as it is."""
        if isinstance(self.journal, JournalView):
            yield self
            return
        with self.journal.worker_view(write=write) as view:
            yield TransferService(view)

    def import_journal(
        self,
        fmt: str,
        path: Path | str,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> ImportSummary:
        """Import ``path`` (format ``fmt``) in one transaction; what was added is in the
        summary (views reload the journal after an import)."""
        return import_journal(self.journal, fmt, path, progress=progress, cancel=cancel)

    def export_journal(
        self,
        fmt: str,
        out: Path | str,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        selection: Selection | None = None,
        today: date | None = None,
        overwrite: bool = False,
    ) -> ExportSummary:
        return export_journal(
            self.journal,
            fmt,
            out,
            progress=progress,
            cancel=cancel,
            selection=selection,
            today=today,
            overwrite=overwrite,
        )

    def entry_choices(self, selection: Selection) -> list[EntryChoice]:
        """The entries a share dialog lists to tick (no bodies)."""
        return entry_choices(self.journal.conn, selection)

    def preview_share(
        self, selection: Selection, options: ShareOptions, *, today: date | None = None
    ) -> str:
        return preview_share(self.journal, selection, options, today=today)

    def share(
        self,
        selection: Selection,
        options: ShareOptions,
        out: Path,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        today: date | None = None,
    ) -> ExportSummary:
        return share_journal(
            self.journal,
            selection,
            options,
            out,
            progress=progress,
            cancel=cancel,
            today=today,
        )
