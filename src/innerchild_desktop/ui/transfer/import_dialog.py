"""File → Import…: bring entries from Day One, jrnl, RedNotebook, Markdown or our own JSON.

The import runs in a worker on a connection of its own and in one transaction: Cancel, or any
problem, leaves the journal exactly as it was. Importing the same source again adds nothing
twice (the services keep each source's own ids).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from innerchild_desktop.services.transfer import IMPORT_FORMATS, ImportSummary
from innerchild_desktop.services.transfer.service import TransferService
from innerchild_desktop.ui.transfer.progress import (
    TransferDialog,
    and_list,
    counted,
)
from innerchild_desktop.ui.widgets import label


@dataclass(frozen=True)
class SourceFormat:
    id: str
    name: str
    hint: str
    folder: bool = False
    pattern: str = "All files (*)"


SOURCES = (
    SourceFormat(
        "dayone",
        "Day One",
        "The .zip file Day One makes with Export → JSON (with its photos folder).",
        pattern="Day One export (*.zip)",
    ),
    SourceFormat(
        "jrnl-json",
        "jrnl — JSON export",
        "A file made with “jrnl --format json > journal.json”.",
        pattern="JSON files (*.json)",
    ),
    SourceFormat(
        "jrnl-text",
        "jrnl — plain-text journal",
        "jrnl's own journal file (jrnl.txt). An encrypted jrnl journal must be exported first.",
        pattern="Text files (*.txt);;All files (*)",
    ),
    SourceFormat(
        "rednotebook",
        "RedNotebook",
        "RedNotebook's data folder, the one with month files like 2024-05.txt.",
        folder=True,
    ),
    SourceFormat(
        "markdown-dir",
        "A folder of Markdown files",
        "For example Obsidian daily notes. Dates come from front matter or file names, titles "
        "from the first heading, tags from front matter and #tags.",
        folder=True,
    ),
    SourceFormat(
        "innerchild-json",
        "Inner Child — JSON export",
        "A complete copy made with File → Export… → JSON, for example from another computer.",
        pattern="JSON files (*.json)",
    ),
)
assert tuple(s.id for s in SOURCES) == IMPORT_FORMATS  # every format the services read


def describe_import(summary: ImportSummary) -> tuple[str, str]:
    """The done page: what came in, what was already here, what was skipped and why."""
    parts = [
        counted(n, one, many)
        for n, one, many in (
            (summary.added, "entry", "entries"),
            (summary.photos_added, "photo", "photos"),
            (summary.memories_added, "memory", "memories"),
        )
        if n
    ]
    text = f"Imported {and_list(parts)}." if parts else "Nothing new was added."
    if summary.already_present:
        text += (
            f" {counted(summary.already_present, 'entry was', 'entries were')} already in your"
            " journal from an earlier import, so not added twice."
        )
    details = ""
    if summary.skipped:
        text += f" {counted(len(summary.skipped), 'item was', 'items were')} skipped (below)."
        details = "\n".join(f"{s.where}: {s.reason}" for s in summary.skipped)
    return text, details


class ImportDialog(TransferDialog):
    nothing_changed = "Nothing was imported; your journal is unchanged."
    cancelled_text = "Stopped. Nothing was imported; your journal is unchanged."
    done_heading = "Your entries are in"

    def __init__(self, transfer: TransferService, parent: QWidget | None = None) -> None:
        super().__init__("Import into your journal", parent)
        self.transfer = transfer
        self.form_layout.addWidget(label("Bring in entries from another journal", "heading"))
        self.form_layout.addWidget(
            label(
                "Everything you import is encrypted as it comes in. The original files are "
                "only read, never changed. If anything goes wrong, nothing is imported.",
                "muted",
            )
        )
        self.source = QComboBox()
        self.source.setAccessibleName("Import from")
        for fmt in SOURCES:
            self.source.addItem(fmt.name, fmt.id)
        self.hint = label("", "muted")
        row = self.path_field("File or folder to import", "Choose a file or folder…")
        self.form_layout.addWidget(label("From", "muted"))
        self.form_layout.addWidget(self.source)
        self.form_layout.addWidget(self.hint)
        self.form_layout.addLayout(row)
        self.go.setText("Import")
        self.finish_form()
        self.source.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._update)
        self._format_changed()

    @property
    def chosen(self) -> SourceFormat:
        return SOURCES[max(self.source.currentIndex(), 0)]

    def _format_changed(self) -> None:
        self.hint.setText(self.chosen.hint)
        self.path.setPlaceholderText("Choose a folder…" if self.chosen.folder else "Choose a file…")
        self._update()

    def _update(self) -> None:
        self.go.setEnabled(bool(self.path.text().strip()))

    def browse(self) -> None:
        fmt = self.chosen
        start = self.path.text().strip() or str(Path.home())
        if fmt.folder:
            picked = QFileDialog.getExistingDirectory(self, f"Choose the {fmt.name} folder", start)
        else:
            picked, _ = QFileDialog.getOpenFileName(
                self, f"Choose the {fmt.name} file", start, fmt.pattern
            )
        if picked:
            self.path.setText(picked)

    def start(self) -> None:
        source = Path(self.path.text().strip()).expanduser()
        if not source.exists():
            self.error.setText(f"{source} does not exist. Nothing was imported.")
            return
        if self.chosen.folder != source.is_dir():
            wanted = "a folder" if self.chosen.folder else "a file"
            self.error.setText(f"{self.chosen.name} needs {wanted}; {source.name} is not one.")
            return
        transfer, fmt = self.transfer, self.chosen.id

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            with transfer.worker(write=True) as worker:
                return worker.import_journal(fmt, source, progress=progress, cancel=cancelled)

        self.run(work, f"Importing from {self.chosen.name}…")

    def describe(self, result: ImportSummary) -> tuple[str, str]:
        return describe_import(result)
