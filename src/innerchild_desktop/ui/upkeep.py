"""The search index tidy-up (services.upkeep) in the background, while the journal is open.

Quiet by design: nobody needs to watch housekeeping. A failure (a full disk, say) is not the
person's concern now: the next unlock tries again, and search works either way, only slower.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.ui.tasks import Job, TaskRunner


class IndexUpkeep(QObject):
    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.job: Job | None = None

    def start(self, journal: OpenJournal | None) -> None:
        """Tidy the index in a worker if the journal has grown enough since the last time."""
        from innerchild_desktop.services.upkeep import needs_tidy, tidy_search_index

        if journal is None or not journal.is_open or self.job is not None:
            return
        if not needs_tidy(journal):
            return

        def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
            with journal.worker_view(write=True) as view:
                return tidy_search_index(view, cancel=cancelled)

        self.job = self.tasks.start_job(work, self._progress, self._ended, self._ended)

    def stop(self) -> None:
        """Cancel and wait (a step is a few milliseconds): before locking or an import."""
        if self.job is not None:
            self.job.cancel()
            self.tasks.wait()
            self.job = None

    def _progress(self, done: int, total: int) -> None:
        pass

    def _ended(self, _: object) -> None:
        self.job = None
