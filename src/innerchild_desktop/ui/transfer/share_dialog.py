""" "Share with my therapist": choose what goes, see exactly that, make one PDF or HTML file.

Left: what to share (entries by tag, dates and ticks; memories; exercise history) and what to
leave out (moods, distress ratings, personal names). Right: the preview, the very HTML the
file is made from, rebuilt in a worker a moment after each change. Heavy entries are listed
but not ticked, and heavy memories need their own tick: nothing heavy goes unless chosen.
The names to leave out are kept (encrypted) in the journal's settings for next time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.entries import HEAVY_ENTRY_TITLE
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.domain.settings import SHARE_NAMES
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import ExportSummary, Selection, ShareOptions
from innerchild_desktop.services.transfer.collect import EntryChoice
from innerchild_desktop.services.transfer.service import TransferService
from innerchild_desktop.ui import theme
from innerchild_desktop.ui.journal.preview import SafePreview
from innerchild_desktop.ui.transfer.export_dialog import describe_export, documents_folder
from innerchild_desktop.ui.transfer.progress import TransferDialog, describe_error, number
from innerchild_desktop.ui.widgets import button, label

ModelIndex = QModelIndex | QPersistentModelIndex
PREVIEW_LIMIT = 150  # entries laid out in the preview; the file always holds all of them
NAMES_SETTING = SHARE_NAMES


class EntryChoiceModel(QAbstractListModel):
    """Entries to tick: date and title; heavy ones are veiled (no title) and start unticked."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[EntryChoice] = []
        self.unticked: set[str] = set()

    def set_rows(self, rows: list[EntryChoice]) -> None:
        known = {r.id for r in self.rows}
        self.beginResetModel()
        # Keep the person's own ticks for entries still listed; new heavy ones start unticked.
        self.unticked = {
            r.id for r in rows if r.id in self.unticked or (r.heavy and r.id not in known)
        }
        self.rows = rows
        self.endResetModel()

    def ticked(self) -> list[str]:
        return [r.id for r in self.rows if r.id not in self.unticked]

    def tick_all(self, on: bool) -> None:
        self.beginResetModel()
        self.unticked = set() if on else {r.id for r in self.rows}
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            day = QLocale(current_language()).toString(
                QDate(row.entry_date.year, row.entry_date.month, row.entry_date.day),
                "dd MMM yyyy",
            )
            if row.heavy:  # veiled as everywhere else: ticking it is the choice to share it
                return translate(
                    "transfer.share_dialog", "{date}  {title}, left out unless ticked"
                ).format(date=day, title=translate("domain.entries", HEAVY_ENTRY_TITLE))
            title = row.title or translate("transfer.share_dialog", "Untitled")
            return f"{day}  {title}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked if row.id in self.unticked else Qt.CheckState.Checked
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.heavy:
            return translate("transfer.share_dialog", "heavy entry")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self.unticked.discard(row.id)
        else:
            self.unticked.add(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class _Column(QScrollArea):
    """Scrolls up and down only, and is never narrower than its contents' least width (the
    rows of check boxes, longer in German), so nothing hides past its right edge."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        wide = inner.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), wide), hint.height())


def parse_names(text: str) -> tuple[str, ...]:
    """One name per line (commas also separate); blanks and repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for part in text.replace(",", "\n").splitlines():
        name = part.strip()
        if name and name.casefold() not in {n.casefold() for n in seen}:
            seen[name] = None
    return tuple(seen)


class ShareDialog(TransferDialog):
    nothing_changed = QT_TRANSLATE_NOOP("transfer.progress", "Nothing was written.")
    cancelled_text = QT_TRANSLATE_NOOP("transfer.progress", "Stopped. Nothing was written.")
    done_heading = QT_TRANSLATE_NOOP("transfer.progress", "Your file to share is ready")

    def __init__(
        self,
        transfer: TransferService,
        service: JournalService,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(translate("transfer.share_dialog", "Share with my therapist"), parent)
        self.transfer = transfer
        self.service = service
        self.today = today or date.today()
        self.setMinimumSize(1040, 680)
        self._generation = 0
        self.preview_html = ""
        self._choices_stale = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(350)
        self.timer.timeout.connect(self.refresh)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        form = QVBoxLayout(left)
        form.setContentsMargins(0, 0, 12, 0)
        form.addWidget(
            label(translate("transfer.share_dialog", "Share part of your journal"), "heading")
        )
        form.addWidget(
            label(
                translate(
                    "transfer.share_dialog",
                    "Choose what to share and see on the right exactly what it will hold. Only "
                    "this one file leaves the journal, and it is not encrypted.",
                ),
                "muted",
            )
        )
        self.include_entries = QCheckBox(translate("transfer.share_dialog", "Entries"))
        self.include_entries.setChecked(True)
        self.tag = QComboBox()
        self.tag.setAccessibleName(translate("transfer.share_dialog", "Only entries with this tag"))
        self.tag.addItem(translate("transfer.share_dialog", "Any tag"), None)
        for name in service.tag_names():
            self.tag.addItem(f"#{name}", name)
        self.dated = QCheckBox(translate("transfer.share_dialog", "Only from"))
        self.dated.setAccessibleName(
            translate("transfer.share_dialog", "Only entries between two dates")
        )
        self.since = QDateEdit(QDate(self.today.year, self.today.month, 1).addMonths(-1))
        self.since.setAccessibleName(translate("transfer.share_dialog", "From date"))
        self.until = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.until.setAccessibleName(translate("transfer.share_dialog", "Until date"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.since)
        dates.addWidget(label(translate("transfer.share_dialog", "to"), "muted", wrap=False))
        dates.addWidget(self.until)
        dates.addStretch(1)
        self.model = EntryChoiceModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("transfer.share_dialog", "Entries to share"))
        self.list.setMinimumHeight(150)
        self.all_button = button(translate("transfer.share_dialog", "Tick all"), role="link")
        self.none_button = button(translate("transfer.share_dialog", "Untick all"), role="link")
        self.count = label("", "muted")
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.count)
        form.addWidget(self.include_entries)
        form.addWidget(self.tag)
        form.addLayout(dates)
        form.addWidget(self.list, 1)
        form.addLayout(ticks)

        self.include_memories = QCheckBox(
            translate("transfer.share_dialog", "Memories from my timeline")
        )
        self.include_heavy = QCheckBox(translate("transfer.share_dialog", "Heavy memories too"))
        self.include_heavy.setEnabled(False)
        self.include_sessions = QCheckBox(translate("transfer.share_dialog", "My exercise history"))
        form.addWidget(label(translate("transfer.share_dialog", "Also"), "muted"))
        grid = QGridLayout()
        grid.addWidget(self.include_memories, 0, 0)
        grid.addWidget(self.include_heavy, 0, 1)
        grid.addWidget(self.include_sessions, 1, 0)
        form.addLayout(grid)

        form.addWidget(label(translate("transfer.share_dialog", "Leave out"), "muted"))
        self.no_moods = QCheckBox(translate("transfer.share_dialog", "Moods and feelings"))
        self.no_distress = QCheckBox(translate("transfer.share_dialog", "How heavy it felt"))
        self.no_distress.setToolTip(
            translate(
                "transfer.share_dialog",
                "The 0 to 10 ratings of how heavy a day or an exercise felt",
            )
        )
        leave = QHBoxLayout()
        leave.addWidget(self.no_moods)
        leave.addWidget(self.no_distress)
        leave.addStretch(1)
        form.addLayout(leave)
        self.names = QPlainTextEdit()
        self.names.setAccessibleName(translate("transfer.share_dialog", "Names to leave out"))
        self.names.setPlaceholderText(
            translate("transfer.share_dialog", "Names to replace with [name], one per line")
        )
        self.names.setFixedHeight(64)
        self.names.setPlainText("\n".join(service.setting(NAMES_SETTING)))
        form.addWidget(self.names)

        self.title_edit = QLineEdit(ShareOptions().title)
        self.title_edit.setAccessibleName(translate("transfer.share_dialog", "Title"))
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("transfer.share_dialog", "A note to the reader"))
        self.note.setPlaceholderText(
            translate("transfer.share_dialog", "A few words to the reader (optional)")
        )
        form.addWidget(self.title_edit)
        form.addWidget(self.note)
        self.as_pdf = QRadioButton(translate("transfer.share_dialog", "PDF"))
        self.as_pdf.setChecked(True)
        self.as_html = QRadioButton(translate("transfer.share_dialog", "HTML page"))
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.as_pdf)
        self.formats.addButton(self.as_html)
        fmt = QHBoxLayout()
        fmt.addWidget(label(translate("transfer.share_dialog", "Make a"), "muted", wrap=False))
        fmt.addWidget(self.as_pdf)
        fmt.addWidget(self.as_html)
        fmt.addStretch(1)
        form.addLayout(fmt)
        scroll = _Column()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter.addWidget(scroll)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(12, 0, 0, 0)
        side.addWidget(
            label(translate("transfer.share_dialog", "What your therapist will see"), "subtitle")
        )
        self.preview_note = label("", "muted")
        self.preview_note.setAccessibleName(translate("transfer.share_dialog", "About the preview"))
        self.preview = SafePreview()
        self.preview.setAccessibleName(
            translate("transfer.share_dialog", "Preview of what will be shared")
        )
        self.preview.photo_source = self._photo
        self.preview.css = theme.document_css  # the words as in the file, the colours the app's
        side.addWidget(self.preview_note)
        side.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setSizes([440, 600])
        self.form_layout.addWidget(splitter, 1)
        self.go.setText(translate("transfer.share_dialog", "Make the file…"))
        self.finish_form()
        self.form_layout.takeAt(self.form_layout.count() - 2)  # no stretch: the splitter fills

        for box in (
            self.include_entries,
            self.include_memories,
            self.include_heavy,
            self.include_sessions,
            self.no_moods,
            self.no_distress,
            self.as_pdf,
        ):
            box.toggled.connect(self.schedule)
        self.include_memories.toggled.connect(self.include_heavy.setEnabled)
        self.include_entries.toggled.connect(self._entries_toggled)
        self.dated.toggled.connect(self.since.setEnabled)
        self.dated.toggled.connect(self.until.setEnabled)
        for signal in (
            self.tag.currentIndexChanged,
            self.dated.toggled,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(self._filters_changed)
        for line in (self.title_edit, self.note):
            line.textChanged.connect(self.schedule)
        self.names.textChanged.connect(self.schedule)
        self.model.dataChanged.connect(self.schedule)
        self.model.modelReset.connect(self.schedule)
        self.all_button.clicked.connect(lambda: self.model.tick_all(True))
        self.none_button.clicked.connect(lambda: self.model.tick_all(False))
        self.go.setEnabled(False)  # until the first preview is shown
        self.refresh()

    # --- what is chosen -------------------------------------------------------------------------
    def filters(self) -> Selection:
        return Selection(
            tag=self.tag.currentData(),
            since=self.since.date().toPython() if self.dated.isChecked() else None,  # type: ignore[arg-type]
            until=self.until.date().toPython() if self.dated.isChecked() else None,  # type: ignore[arg-type]
        )

    def selection(self) -> Selection:
        return replace(
            self.filters(),
            entry_ids=frozenset(self.model.ticked()),
            include_entries=self.include_entries.isChecked(),
            include_memories=self.include_memories.isChecked(),
            include_heavy=self.include_memories.isChecked() and self.include_heavy.isChecked(),
            include_sessions=self.include_sessions.isChecked(),
        )

    def options(self) -> ShareOptions:
        return ShareOptions(
            fmt="html" if self.as_html.isChecked() else "pdf",
            leave_out_moods=self.no_moods.isChecked(),
            leave_out_distress=self.no_distress.isChecked(),
            names=parse_names(self.names.toPlainText()),
            title=self.title_edit.text().strip() or ShareOptions().title,
            note=self.note.text().strip(),
        )

    def _entries_toggled(self, on: bool) -> None:
        for widget in (self.tag, self.dated, self.list, self.all_button, self.none_button):
            widget.setEnabled(on)
        self.since.setEnabled(on and self.dated.isChecked())
        self.until.setEnabled(on and self.dated.isChecked())

    def _filters_changed(self) -> None:
        self._choices_stale = True
        self.schedule()

    # --- the preview, built in a worker ---------------------------------------------------------
    def schedule(self, *_: object) -> None:
        self.timer.start()

    def refresh(self) -> None:
        """Rebuild the list (if its filters changed) or the preview, off the GUI thread."""
        self._generation += 1
        generation, transfer = self._generation, self.transfer
        if self._choices_stale:
            filters = self.filters()

            def choose() -> Any:
                with transfer.worker(write=False) as worker:
                    return generation, worker.entry_choices(filters)

            self._choices_stale = False
            self.tasks.start(choose, self._choices_ready, self._preview_failed)
            return
        selection, options, ticked = self.selection(), self.options(), self.model.ticked()
        shown = selection
        if selection.include_entries and len(ticked) > PREVIEW_LIMIT:
            shown = replace(selection, entry_ids=frozenset(ticked[:PREVIEW_LIMIT]))
        today = self.today

        def build() -> Any:
            with transfer.worker(write=False) as worker:
                return generation, worker.preview_share(shown, options, today=today)

        self.preview_note.setText(translate("transfer.share_dialog", "Preparing the preview…"))
        self.tasks.start(build, self._preview_ready, self._preview_failed)

    def _choices_ready(self, result: tuple[int, list[EntryChoice]]) -> None:
        self.model.set_rows(result[1])  # its reset schedules the preview

    def _preview_ready(self, result: tuple[int, str]) -> None:
        generation, html = result
        if generation != self._generation:
            return  # something changed meanwhile; a newer preview is on its way
        self.preview_html = html
        self.preview.setHtml(html)
        self._describe_counts()

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_note.setText(
            describe_error(exc, translate("transfer.share_dialog", "Nothing was written."))
        )

    def _describe_counts(self) -> None:
        ticked = len(self.model.ticked()) if self.include_entries.isChecked() else 0
        parts = [translate("transfer.share_dialog", "%n entries", None, ticked)]
        if self.include_memories.isChecked():
            parts.append(
                translate("transfer.share_dialog", "memories (heavy ones too)")
                if self.include_heavy.isChecked()
                else translate("transfer.share_dialog", "memories")
            )
        if self.include_sessions.isChecked():
            parts.append(translate("transfer.share_dialog", "exercise history"))
        text = translate(
            "transfer.share_dialog", "Will be shared: {what}. Nothing else leaves the journal."
        ).format(what=", ".join(parts))
        if ticked > PREVIEW_LIMIT:
            text += " " + translate(
                "transfer.share_dialog",
                "The preview shows the first {shown} entries; the file will hold all {count}, "
                "laid out the same way.",
            ).format(shown=PREVIEW_LIMIT, count=number(ticked))
        self.preview_note.setText(text)
        self.count.setText(
            translate("transfer.share_dialog", "{ticked} of {total} ticked").format(
                ticked=number(ticked), total=number(self.model.rowCount())
            )
        )
        nothing = ticked == 0 and not (
            self.include_memories.isChecked() or self.include_sessions.isChecked()
        )
        self.go.setEnabled(not nothing)

    def _photo(self, attachment_id: str) -> tuple[str, bytes] | None:
        return self.service.photo(attachment_id)

    def done(self, result: int) -> None:
        """Closing forgets the preview and the list (journal text) and ignores late previews."""
        self.model.set_rows([])  # titles are journal text too
        self.timer.stop()  # (after the reset above, which schedules a preview)
        self._generation += 1
        self.preview_html = ""
        self.preview.clear()
        super().done(result)

    # --- making the file ------------------------------------------------------------------------
    def start(self) -> None:
        options = self.options()
        suffix = ".html" if options.fmt == "html" else ".pdf"
        default = documents_folder() / f"For my therapist {self.today.isoformat()}{suffix}"
        picked, _ = QFileDialog.getSaveFileName(
            self,
            translate("transfer.share_dialog", "Save the file to share"),
            str(default),
            translate("transfer.share_dialog", "Web pages (*.html)")
            if options.fmt == "html"
            else translate("transfer.share_dialog", "PDF files (*.pdf)"),
        )
        if picked:
            self.make(Path(picked))

    def make(self, out: Path) -> None:
        options, selection = self.options(), self.selection()
        if out.suffix.lower() != f".{options.fmt}":
            out = out.with_name(out.name + f".{options.fmt}")
        if list(options.names) != self.service.setting(NAMES_SETTING):
            self.service.set_setting(NAMES_SETTING, list(options.names))
        transfer, today = self.transfer, self.today

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            with transfer.worker(write=False) as worker:
                return worker.share(
                    selection,
                    options,
                    out,
                    progress=progress,
                    cancel=cancelled,
                    today=today,
                )

        self.run(work, translate("transfer.share_dialog", "Making the file to share…"))

    def describe(self, result: ExportSummary) -> tuple[str, str]:
        return describe_export(result), ""
