"""A dialog that runs one import, export, share or backup in a worker, with progress and Cancel.

Three pages: the form (built by the subclass), *working* (a progress bar, what is happening, a
time estimate, Cancel and "I feel overwhelmed"), and *done* (a summary). A failure goes back to
the form with the service's own sentence; Cancel goes back to it with a kind word. Escape or
closing the window while working means Cancel: the work stops at its next item and, for an
import, rolls back, so nothing half-done is left.

The dialog is window-modal over the main window: while an import holds the write lock nobody
can type into the editor (whose saves would otherwise wait), but the breathing guide, a window
of its own, stays one click away.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import DiskFull, InnerChildError, is_disk_full
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.services.transfer import TransferCancelled
from innerchild_desktop.ui.tasks import Job, TaskRunner
from innerchild_desktop.ui.widgets import button, label

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def describe_error(exc: BaseException, nothing_changed: str) -> str:
    """A sentence for the person: ours as they are, anything else without its details."""
    if is_disk_full(exc) and not isinstance(exc, DiskFull):  # met anywhere: said one way
        return str(DiskFull())
    if isinstance(exc, InnerChildError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        if exc.filename:
            text = translate(
                "transfer.progress",
                "The file could not be written or read: {reason} ({file}). {nothing_changed}",
            )
        else:
            text = translate(
                "transfer.progress",
                "The file could not be written or read: {reason}. {nothing_changed}",
            )
        return text.format(
            reason=exc.strerror.lower(), file=exc.filename, nothing_changed=nothing_changed
        )
    return translate(
        "transfer.progress", "Something went wrong inside Inner Child ({kind}). {nothing_changed}"
    ).format(kind=type(exc).__name__, nothing_changed=nothing_changed)


def number(n: float, decimals: int = 0) -> str:
    """``n`` as the language writes it ("1,234" in English, "1.234" in German)."""
    locale = QLocale(current_language())
    return locale.toString(int(n)) if decimals == 0 else locale.toString(float(n), "f", decimals)


def and_list(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) < 2:
        return "".join(parts)
    return translate("transfer.progress", "{items} and {last}").format(
        items=", ".join(parts[:-1]), last=parts[-1]
    )


def unused_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem (2)+suffix`` and so on: never an existing name."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def estimate(elapsed: float, done: int, total: int) -> str:
    """'About 2 minutes left', once there is enough to go on; '' before that."""
    if done <= 0 or total <= done or elapsed < 2.0:
        return ""
    left = elapsed * (total - done) / done
    if left < 10:
        return translate("transfer.progress", "Almost done.")
    if left < 60:
        return translate("transfer.progress", "Less than a minute left.")
    return translate("transfer.progress", "About %n minutes left.", None, round(left / 60))


class TransferDialog(QDialog):
    """Subclasses build ``self.form_layout`` and call :meth:`run`."""

    breathe_requested = Signal()
    completed = Signal(object)  # the service's summary, after success
    work_started = Signal()
    work_stopped = Signal()  # finished, failed or cancelled

    # Marked in the context "transfer.progress" (here and in every subclass), translated where
    # this class shows them.
    nothing_changed = QT_TRANSLATE_NOOP("transfer.progress", "Nothing was changed.")
    cancelled_text = QT_TRANSLATE_NOOP("transfer.progress", "Stopped. Nothing was changed.")
    done_heading = QT_TRANSLATE_NOOP("transfer.progress", "All done")
    reassurance = QT_TRANSLATE_NOOP(
        "transfer.progress",
        "This keeps going by itself. Cancel stops it, and nothing half-done stays.",
    )

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(620)
        self.tasks = TaskRunner(self)
        self.job: Job | None = None
        self._started = 0.0
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        self.form = QWidget()
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(8, 8, 8, 8)
        self.form_layout.setSpacing(10)
        self.error = label("", "error")
        self.error.setAccessibleName(translate("transfer.progress", "Problem"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go = button(translate("transfer.progress", "Start"), role="primary")
        self.go.setDefault(True)
        self.close_form = button(translate("transfer.progress", "Close"))
        self.close_form.clicked.connect(self.reject)
        self.go.clicked.connect(self.start)
        self.pages.addWidget(self.form)

        working = QWidget()
        w = QVBoxLayout(working)
        w.setContentsMargins(8, 24, 8, 8)
        self.heading = label("", "subtitle")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("transfer.progress", "Progress"))
        self.bar.setTextVisible(False)  # the line below says it in words
        self.detail = label("", "muted")
        self.detail.setAccessibleName(translate("transfer.progress", "Progress detail"))
        self.reassure = label(translate("transfer.progress", self.reassurance), "muted")
        self.cancel_button = button(
            translate("transfer.progress", "Cancel"),
            description=translate("transfer.progress", "Stop now (Esc); nothing half-done stays"),
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.breathe = button(
            translate("transfer.progress", "I feel overwhelmed"),
            role="soothe",
            description=translate(
                "transfer.progress", "Open a calm breathing exercise; this keeps going meanwhile"
            ),
        )
        self.breathe.clicked.connect(self.breathe_requested)
        row = QHBoxLayout()
        row.addWidget(self.breathe)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        for widget in (self.heading, self.bar, self.detail, self.reassure):
            w.addWidget(widget)
        w.addStretch(1)
        w.addLayout(row)
        self.pages.addWidget(working)
        self.working = working

        done = QWidget()
        d = QVBoxLayout(done)
        d.setContentsMargins(8, 24, 8, 8)
        self.done_title = label(translate("transfer.progress", self.done_heading), "heading")
        self.summary = label("", "subtitle")
        self.summary.setAccessibleName(translate("transfer.progress", "Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("transfer.progress", "Details"))
        self.details.setVisible(False)
        self.done_button = button(translate("transfer.progress", "Done"), role="primary")
        self.done_button.clicked.connect(self.accept)
        d.addWidget(self.done_title)
        d.addWidget(self.summary)
        d.addWidget(self.details, 1)
        d.addStretch(0)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.done_button)
        d.addLayout(end)
        self.pages.addWidget(done)
        self.done_page = done

    def finish_form(self) -> None:
        """Subclasses call this after adding their fields: the error line and the buttons."""
        self.form_layout.addWidget(self.error)
        self.form_layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_form)
        row.addWidget(self.go)
        self.form_layout.addLayout(row)

    def path_field(self, accessible: str, placeholder: str = "", text: str = "") -> QHBoxLayout:
        """``self.path`` with a Choose… button beside it (which calls ``self.browse``)."""
        self.path = QLineEdit(text)
        self.path.setAccessibleName(accessible)
        self.path.setPlaceholderText(placeholder)
        self.choose = button(
            translate("transfer.progress", "Choose…"),
            description=translate("transfer.progress", "Pick the file or folder"),
        )
        self.choose.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        return row

    def browse(self) -> None:
        """The Choose… button (subclasses with a path field)."""

    # --- the work -------------------------------------------------------------------------------
    def start(self) -> None:
        """The primary button: subclasses check the form and call :meth:`run`."""
        raise NotImplementedError

    def run(self, work: Work, heading: str) -> None:
        self.error.setText("")
        self.heading.setText(heading)
        self.bar.setRange(0, 0)  # busy until the first report
        self.detail.setText(translate("transfer.progress", "Getting ready…"))
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentWidget(self.working)
        self._started = time.monotonic()
        self.job = self.tasks.start_job(work, self._progress, self._done, self._failed)
        self.work_started.emit()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.detail.setText(translate("transfer.progress", "Stopping…"))

    def cancel_and_wait(self, msecs: int = 30_000) -> None:
        """Cancel, and block until this dialog's workers have stopped (before locking or
        quitting): none may still be reading the journal when its key is wiped."""
        if self.job is not None:
            self.cancel()
        if self.tasks.busy:
            self.tasks.wait(msecs)

    def _progress(self, done: int, total: int) -> None:
        if self.job is None or self.job.cancelled:
            return
        self.show_progress(done, total, time.monotonic() - self._started)

    def show_progress(self, done: int, total: int, elapsed: float) -> None:
        """The bar and the line under it: "1,130 of 2,480. Less than a minute left." """
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            hint = estimate(elapsed, done, total)
            self.detail.setText(
                translate("transfer.progress", "{done} of {total}. {estimate}")
                .format(done=number(done), total=number(total), estimate=hint)
                .strip()
            )

    def _done(self, result: Any) -> None:
        self.job = None
        text, details = self.describe(result)
        self.summary.setText(text)
        self.details.setPlainText(details)
        self.details.setVisible(bool(details))
        self.pages.setCurrentWidget(self.done_page)
        self.done_button.setFocus()
        self.work_stopped.emit()
        self.completed.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.pages.setCurrentWidget(self.form)
        if isinstance(exc, TransferCancelled):
            self.error.setText(translate("transfer.progress", self.cancelled_text))
        else:
            self.error.setText(
                describe_error(exc, translate("transfer.progress", self.nothing_changed))
            )
        self.work_stopped.emit()

    def describe(self, result: Any) -> tuple[str, str]:
        """The done page's sentence and optional details (subclasses)."""
        return translate("transfer.progress", "Done."), ""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Qt caps a new window at 2/3 of the screen and keeps no minimum for wrapped text: grow
        # to fit the wrapped lines (longer in German) at this width, so none is cut off.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    # --- closing --------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:  # Esc or the window's close button while working: Cancel, stay open
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
