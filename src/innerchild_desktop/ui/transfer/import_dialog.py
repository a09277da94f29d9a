"""File → Import…: bring entries from Day One, jrnl, RedNotebook, Markdown or our own JSON.

The import runs in a worker on a connection of its own and in one transaction: Cancel, or any
problem, leaves the journal exactly as it was. Importing the same source again adds nothing
twice (the services keep each source's own ids).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.transfer import IMPORT_FORMATS, ImportSummary
from innerchild_desktop.services.transfer.service import TransferService
from innerchild_desktop.ui.transfer.progress import TransferDialog, and_list
from innerchild_desktop.ui.widgets import label


@dataclass(frozen=True)
class SourceFormat:
    id: str
    name: str
    hint: str
    folder: bool = False
    pattern: str = QT_TRANSLATE_NOOP("transfer.import_dialog", "All files (*)")


SOURCES = (
    SourceFormat(
        "dayone",
        QT_TRANSLATE_NOOP("transfer.import_dialog", "Day One"),
        QT_TRANSLATE_NOOP(
            "transfer.import_dialog",
            "The .zip file Day One makes with Export → JSON (with its photos folder).",
        ),
        pattern=QT_TRANSLATE_NOOP("transfer.import_dialog", "Day One export (*.zip)"),
    ),
    SourceFormat(
        "jrnl-json",
        QT_TRANSLATE_NOOP("transfer.import_dialog", "jrnl — JSON export"),
        QT_TRANSLATE_NOOP(
            "transfer.import_dialog", "A file made with “jrnl --format json > journal.json”."
        ),
        pattern=QT_TRANSLATE_NOOP("transfer.import_dialog", "JSON files (*.json)"),
    ),
    SourceFormat(
        "jrnl-text",
        QT_TRANSLATE_NOOP("transfer.import_dialog", "jrnl — plain-text journal"),
        QT_TRANSLATE_NOOP(
            "transfer.import_dialog",
            "jrnl's own journal file (jrnl.txt). An encrypted jrnl journal must be exported first.",
        ),
        pattern=QT_TRANSLATE_NOOP("transfer.import_dialog", "Text files (*.txt);;All files (*)"),
    ),
    SourceFormat(
        "rednotebook",
        QT_TRANSLATE_NOOP("transfer.import_dialog", "RedNotebook"),
        QT_TRANSLATE_NOOP(
            "transfer.import_dialog",
            "RedNotebook's data folder, the one with month files like 2024-05.txt.",
        ),
        folder=True,
    ),
    SourceFormat(
        "markdown-dir",
        QT_TRANSLATE_NOOP("transfer.import_dialog", "A folder of Markdown files"),
        QT_TRANSLATE_NOOP(
            "transfer.import_dialog",
            "For example Obsidian daily notes. Dates come from front matter or file names, titles "
            "from the first heading, tags from front matter and #tags.",
        ),
        folder=True,
    ),
    SourceFormat(
        "innerchild-json",
        QT_TRANSLATE_NOOP("transfer.import_dialog", "Inner Child — JSON export"),
        QT_TRANSLATE_NOOP(
            "transfer.import_dialog",
            "A complete copy made with File → Export… → JSON, for example from another computer.",
        ),
        pattern=QT_TRANSLATE_NOOP("transfer.import_dialog", "JSON files (*.json)"),
    ),
)
assert tuple(s.id for s in SOURCES) == IMPORT_FORMATS  # every format the services read


def describe_import(summary: ImportSummary) -> tuple[str, str]:
    """The done page: what came in, what was already here, what was skipped and why."""
    parts = []
    if summary.added:
        parts.append(translate("transfer.import_dialog", "%n entries", None, summary.added))
    if summary.photos_added:
        parts.append(translate("transfer.import_dialog", "%n photos", None, summary.photos_added))
    if summary.memories_added:
        parts.append(
            translate("transfer.import_dialog", "%n memories", None, summary.memories_added)
        )
    sentences = [
        translate("transfer.import_dialog", "Imported {what}.").format(what=and_list(parts))
        if parts
        else translate("transfer.import_dialog", "Nothing new was added.")
    ]
    if summary.already_present:
        sentences.append(
            translate(
                "transfer.import_dialog",
                "%n entries were already in your journal from an earlier import, so not added "
                "twice.",
                None,
                summary.already_present,
            )
        )
    details = ""
    if summary.skipped:
        sentences.append(
            translate(
                "transfer.import_dialog",
                "%n items were skipped (below).",
                None,
                len(summary.skipped),
            )
        )
        details = "\n".join(f"{s.where}: {s.reason}" for s in summary.skipped)
    return " ".join(sentences), details


class ImportDialog(TransferDialog):
    nothing_changed = QT_TRANSLATE_NOOP(
        "transfer.progress", "Nothing was imported; your journal is unchanged."
    )
    cancelled_text = QT_TRANSLATE_NOOP(
        "transfer.progress", "Stopped. Nothing was imported; your journal is unchanged."
    )
    done_heading = QT_TRANSLATE_NOOP("transfer.progress", "Your entries are in")

    def __init__(self, transfer: TransferService, parent: QWidget | None = None) -> None:
        super().__init__(translate("transfer.import_dialog", "Import into your journal"), parent)
        self.transfer = transfer
        self.form_layout.addWidget(
            label(
                translate("transfer.import_dialog", "Bring in entries from another journal"),
                "heading",
            )
        )
        self.form_layout.addWidget(
            label(
                translate(
                    "transfer.import_dialog",
                    "Everything you import is encrypted as it comes in. The original files are "
                    "only read, never changed. If anything goes wrong, nothing is imported.",
                ),
                "muted",
            )
        )
        self.source = QComboBox()
        self.source.setAccessibleName(translate("transfer.import_dialog", "Import from"))
        for fmt in SOURCES:
            self.source.addItem(translate("transfer.import_dialog", fmt.name), fmt.id)
        self.hint = label("", "muted")
        row = self.path_field(
            translate("transfer.import_dialog", "File or folder to import"),
            translate("transfer.import_dialog", "Choose a file or folder…"),
        )
        self.form_layout.addWidget(label(translate("transfer.import_dialog", "From"), "muted"))
        self.form_layout.addWidget(self.source)
        self.form_layout.addWidget(self.hint)
        self.form_layout.addLayout(row)
        self.go.setText(translate("transfer.import_dialog", "Import"))
        self.finish_form()
        self.source.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._update)
        self._format_changed()

    @property
    def chosen(self) -> SourceFormat:
        return SOURCES[max(self.source.currentIndex(), 0)]

    def _format_changed(self) -> None:
        self.hint.setText(translate("transfer.import_dialog", self.chosen.hint))
        self.path.setPlaceholderText(
            translate("transfer.import_dialog", "Choose a folder…")
            if self.chosen.folder
            else translate("transfer.import_dialog", "Choose a file…")
        )
        self._update()

    def _update(self) -> None:
        self.go.setEnabled(bool(self.path.text().strip()))

    def browse(self) -> None:
        fmt = self.chosen
        start = self.path.text().strip() or str(Path.home())
        name = translate("transfer.import_dialog", fmt.name)
        if fmt.folder:
            picked = QFileDialog.getExistingDirectory(
                self,
                translate("transfer.import_dialog", "Choose the {source} folder").format(
                    source=name
                ),
                start,
            )
        else:
            picked, _ = QFileDialog.getOpenFileName(
                self,
                translate("transfer.import_dialog", "Choose the {source} file").format(source=name),
                start,
                translate("transfer.import_dialog", fmt.pattern),
            )
        if picked:
            self.path.setText(picked)

    def start(self) -> None:
        source = Path(self.path.text().strip()).expanduser()
        if not source.exists():
            self.error.setText(
                translate(
                    "transfer.import_dialog", "{path} does not exist. Nothing was imported."
                ).format(path=source)
            )
            return
        if self.chosen.folder != source.is_dir():
            needs = (
                translate("transfer.import_dialog", "{source} needs a folder; {name} is not one.")
                if self.chosen.folder
                else translate(
                    "transfer.import_dialog", "{source} needs a file; {name} is not one."
                )
            )
            self.error.setText(
                needs.format(
                    source=translate("transfer.import_dialog", self.chosen.name), name=source.name
                )
            )
            return
        transfer, fmt = self.transfer, self.chosen.id

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            with transfer.worker(write=True) as worker:
                return worker.import_journal(fmt, source, progress=progress, cancel=cancelled)

        self.run(work, self.working_heading())

    def working_heading(self) -> str:
        """ "Importing from Day One…": the working page's heading for the chosen source."""
        return translate("transfer.import_dialog", "Importing from {source}…").format(
            source=translate("transfer.import_dialog", self.chosen.name)
        )

    def describe(self, result: ImportSummary) -> tuple[str, str]:
        return describe_import(result)
