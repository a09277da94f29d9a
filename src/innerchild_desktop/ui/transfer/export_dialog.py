"""File → Export…: a Markdown folder, a complete JSON copy, one HTML page or a PDF book.

Exports are plaintext by nature, so the dialog says so before anything is written and asks
the person to acknowledge it; the services create every file owner-only and atomically (a
cancelled export leaves nothing behind).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QMessageBox, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.transfer import EXPORT_FORMATS, ExportSummary
from innerchild_desktop.services.transfer.service import TransferService
from innerchild_desktop.ui.question import ask
from innerchild_desktop.ui.transfer.progress import (
    TransferDialog,
    and_list,
    unused_path,
)
from innerchild_desktop.ui.widgets import card, label

PLAINTEXT_WARNING = QT_TRANSLATE_NOOP(
    "transfer.export_dialog",
    "An export is not encrypted: anyone who can open the file can read every word. Keep it "
    "somewhere private, and delete it when you no longer need it. For a copy that stays "
    "encrypted, use File → Back up to… instead.",
)


@dataclass(frozen=True)
class TargetFormat:
    id: str
    name: str
    hint: str
    suffix: str  # "" for a folder
    pattern: str = ""


TARGETS = (
    TargetFormat(
        "markdown",
        QT_TRANSLATE_NOOP("transfer.export_dialog", "Markdown folder"),
        QT_TRANSLATE_NOOP(
            "transfer.export_dialog",
            "One file per entry with its details at the top, photos beside them, and your "
            "memories. Readable in any text editor.",
        ),
        "",
    ),
    TargetFormat(
        "json",
        QT_TRANSLATE_NOOP("transfer.export_dialog", "JSON — complete copy"),
        QT_TRANSLATE_NOOP(
            "transfer.export_dialog",
            "Everything in one file (entries, memories, photos, exercises, settings). The most "
            "complete export; it can be imported into Inner Child again.",
        ),
        ".json",
        QT_TRANSLATE_NOOP("transfer.export_dialog", "JSON files (*.json)"),
    ),
    TargetFormat(
        "html",
        QT_TRANSLATE_NOOP("transfer.export_dialog", "HTML — one web page"),
        QT_TRANSLATE_NOOP(
            "transfer.export_dialog",
            "A single page with your photos inside it, to read offline in any browser.",
        ),
        ".html",
        QT_TRANSLATE_NOOP("transfer.export_dialog", "Web pages (*.html)"),
    ),
    TargetFormat(
        "pdf",
        QT_TRANSLATE_NOOP("transfer.export_dialog", "PDF — a book"),
        QT_TRANSLATE_NOOP(
            "transfer.export_dialog",
            "A title page, your entries by date and your memories by age, ready to read or print.",
        ),
        ".pdf",
        QT_TRANSLATE_NOOP("transfer.export_dialog", "PDF files (*.pdf)"),
    ),
)
assert tuple(t.id for t in TARGETS) == EXPORT_FORMATS


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_target(fmt: TargetFormat, folder: Path, today: date) -> Path:
    """A name that does not exist yet in ``folder``: 'Inner Child export 2026-12-02.pdf'."""
    return unused_path(folder, f"Inner Child export {today.isoformat()}", fmt.suffix)


class ExportDialog(TransferDialog):
    nothing_changed = QT_TRANSLATE_NOOP("transfer.progress", "Nothing was written.")
    cancelled_text = QT_TRANSLATE_NOOP("transfer.progress", "Stopped. Nothing was written.")
    done_heading = QT_TRANSLATE_NOOP("transfer.progress", "Your export is ready")

    def __init__(
        self,
        transfer: TransferService,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(translate("transfer.export_dialog", "Export your journal"), parent)
        self.transfer = transfer
        self.today = today or date.today()
        self.overwrite_box: QMessageBox | None = None  # open while asking to replace a file
        self._replace_confirmed: Path | None = None  # the file dialog asked already
        self.form_layout.addWidget(
            label(
                translate("transfer.export_dialog", "Take a copy of your journal with you"),
                "heading",
            )
        )
        self.target = QComboBox()
        self.target.setAccessibleName(translate("transfer.export_dialog", "Export as"))
        for fmt in TARGETS:
            self.target.addItem(translate("transfer.export_dialog", fmt.name), fmt.id)
        self.hint = label("", "muted")
        row = self.path_field(translate("transfer.export_dialog", "Where to save the export"))
        warning, inside = card()
        warning.setAccessibleName(translate("transfer.export_dialog", "This copy is not encrypted"))
        inside.setContentsMargins(16, 12, 16, 12)
        inside.addWidget(label(translate("transfer.export_dialog", PLAINTEXT_WARNING)))
        self.understood = QCheckBox(
            translate("transfer.export_dialog", "I understand this copy will not be encrypted")
        )
        self.understood.setAccessibleName(
            translate("transfer.export_dialog", "I understand this copy will not be encrypted")
        )
        inside.addWidget(self.understood)
        self.form_layout.addWidget(label(translate("transfer.export_dialog", "As"), "muted"))
        self.form_layout.addWidget(self.target)
        self.form_layout.addWidget(self.hint)
        self.form_layout.addWidget(label(translate("transfer.export_dialog", "Save to"), "muted"))
        self.form_layout.addLayout(row)
        self.form_layout.addWidget(warning)
        self.go.setText(translate("transfer.export_dialog", "Export"))
        self.finish_form()
        self.target.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self._format_changed()

    @property
    def chosen(self) -> TargetFormat:
        return TARGETS[max(self.target.currentIndex(), 0)]

    def _format_changed(self) -> None:
        fmt = self.chosen
        self.hint.setText(translate("transfer.export_dialog", fmt.hint))
        current = self.path.text().strip()
        folder = Path(current).expanduser().parent if current else documents_folder()
        self.path.setText(str(default_target(fmt, folder, self.today)))
        self._update()

    def _update(self) -> None:
        self.go.setEnabled(bool(self.path.text().strip()) and self.understood.isChecked())

    def browse(self) -> None:
        fmt = self.chosen
        current = Path(self.path.text().strip() or documents_folder())
        if not fmt.suffix:
            folder = QFileDialog.getExistingDirectory(
                self,
                translate("transfer.export_dialog", "Choose where the export folder goes"),
                str(current.parent),
            )
            if folder:
                self.path.setText(str(default_target(fmt, Path(folder), self.today)))
            return
        picked, _ = QFileDialog.getSaveFileName(
            self,
            translate("transfer.export_dialog", "Save the export as"),
            str(current),
            translate("transfer.export_dialog", fmt.pattern),
        )
        if picked:
            path = Path(picked)
            if path.suffix and path.exists():  # the file dialog asked before choosing it
                self._replace_confirmed = path
            self.path.setText(str(path if path.suffix else path.with_suffix(fmt.suffix)))

    def start(self) -> None:
        if not self.understood.isChecked():
            self.error.setText(
                translate(
                    "transfer.export_dialog",
                    "Please tick the box first: this copy will not be encrypted.",
                )
            )
            return
        out = Path(self.path.text().strip()).expanduser()
        if not out.parent.is_dir():
            self.error.setText(
                translate(
                    "transfer.export_dialog",
                    "The folder {folder} does not exist. Nothing was written.",
                ).format(folder=out.parent)
            )
            return
        replacing = out.is_file() and bool(self.chosen.suffix)  # a folder is never replaced
        if replacing and out != self._replace_confirmed:
            self.overwrite_box = ask(
                self,
                translate("transfer.export_dialog", "Replace the file?"),
                translate(
                    "transfer.export_dialog", "There is already a file called “{name}” there."
                ).format(name=out.name),
                translate(
                    "transfer.export_dialog",
                    "It is in {folder}. If you replace it, what it holds now is gone. "
                    "You can keep it and choose another name instead.",
                ).format(folder=out.parent),
                careful=translate("transfer.export_dialog", "Keep it"),
                other=translate("transfer.export_dialog", "Replace it"),
                on_other=lambda: self._export(out, overwrite=True),
                on_careful=self._keep_file,
            )
            return
        self._export(out, overwrite=replacing)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.overwrite_box is not None:  # closed, or the journal locked: no question left
            self.overwrite_box.done(0)
            self.overwrite_box = None
        super().hideEvent(event)

    def _keep_file(self) -> None:
        self.overwrite_box = None
        self.path.setFocus()
        self.path.selectAll()

    def _export(self, out: Path, *, overwrite: bool) -> None:
        self.overwrite_box = None
        transfer, fmt, today = self.transfer, self.chosen.id, self.today

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            with transfer.worker(write=False) as worker:
                return worker.export_journal(
                    fmt,
                    out,
                    progress=progress,
                    cancel=cancelled,
                    today=today,
                    overwrite=overwrite,
                )

        self.run(
            work,
            translate("transfer.export_dialog", "Exporting as {format}…").format(
                format=translate("transfer.export_dialog", self.chosen.name)
            ),
        )

    def describe(self, result: ExportSummary) -> tuple[str, str]:
        return describe_export(result), ""


def describe_export(summary: ExportSummary) -> str:
    parts = [translate("transfer.export_dialog", "%n entries", None, summary.entries)]
    if summary.memories:
        parts.append(translate("transfer.export_dialog", "%n memories", None, summary.memories))
    if summary.attachments:
        parts.append(translate("transfer.export_dialog", "%n photos", None, summary.attachments))
    if summary.sessions:
        parts.append(
            translate("transfer.export_dialog", "%n exercise sessions", None, summary.sessions)
        )
    saved = translate(
        "transfer.export_dialog",
        "Saved {what} to {path}. This copy is not encrypted: keep it somewhere private.",
    ).format(what=and_list(parts), path=summary.path)
    return " ".join([saved, *summary.warnings])
