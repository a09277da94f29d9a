"""The setup screen's "Try a sample journal": look around made-up entries before writing.

The sample is a separate, encrypted journal in a private temporary folder (services.demo). While
it is open the window works on it as on any journal; the person's own location is kept aside and
never touched. Closing the sample (its button, Lock, auto-lock, quitting) deletes the folder and
brings back the setup screen of the real, still empty location.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QWidget

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.demo import (
    SAMPLE_KDF,
    SampleJournal,
    open_sample_journal,
    tidy_abandoned_samples,
)
from innerchild_desktop.ui.widgets import button, label

if TYPE_CHECKING:
    from innerchild_desktop.ui.main_window import MainWindow

SAMPLE_NOTE = QT_TRANSLATE_NOOP("sample_journal", "A sample journal of made-up entries.")


class SampleSession(QObject):
    """Opens the sample for ``window``, and ends it after the window locks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.sample: SampleJournal | None = None
        self._own: AppContext | None = None  # the person's own location, while the sample is open
        self.banner = QWidget()
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        self.note = label(translate("sample_journal", SAMPLE_NOTE), "muted", wrap=False)
        self.close_button = button(
            translate("sample_journal", "Close the sample"),
            role="link",
            description=translate(
                "sample_journal", "Delete the sample journal and go back to setting up your own"
            ),
        )
        row.addWidget(self.note)
        row.addWidget(self.close_button)
        self.banner.setVisible(False)
        window.statusBar().addPermanentWidget(self.banner)
        self.close_button.clicked.connect(window.lock)
        window.setup.sample_requested.connect(self.open)
        tidy_abandoned_samples()  # a sample a crash left behind: deleted at the next start

    @property
    def active(self) -> bool:
        return self.sample is not None

    def open(self) -> None:
        if self.active or self.window.context.unlocked or self.window.tasks.busy:
            return
        self.window.setup.set_busy(True)
        self.window.tasks.start(open_sample_journal, self._opened, self._failed)

    def _opened(self, sample: SampleJournal) -> None:
        if self.active or not self.window.isVisible():  # closed meanwhile: nothing to show
            sample.close()
            return
        self.sample = sample
        self._own = self.window.context
        self.window.context = AppContext(sample.paths, kdf=SAMPLE_KDF)
        self.window.setup.set_busy(False)
        self.banner.setVisible(True)
        self.window._unlocked(sample.journal)

    def _failed(self, exc: BaseException) -> None:
        from innerchild_desktop.ui.failures import describe_failure

        self.window.setup.show_error(describe_failure(exc))

    def end(self) -> None:
        """Delete the sample (already locked by the window) and return to the own location."""
        if self.sample is None:
            return
        sample, self.sample = self.sample, None
        try:
            sample.close()
        finally:
            if self._own is not None:
                self.window.context, self._own = self._own, None
            self.banner.setVisible(False)
