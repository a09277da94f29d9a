"""Settings → "Use on more than one computer": choose a folder a sync tool already carries, then
see how syncing is, in plain words: the folder, the computers, what waits, what to look at.

Everything goes through services/sync.py; the background work is ui/sync_runner.py's, which
the main window owns and hands to this section (:meth:`SyncSection.attach`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.sync import SyncService, SyncStatus
from innerchild_desktop.ui.question import ask
from innerchild_desktop.ui.sync_runner import held_words
from innerchild_desktop.ui.widgets import button, label

if TYPE_CHECKING:
    from innerchild_desktop.ui.sync_dialogs import SyncStartDialog
    from innerchild_desktop.ui.sync_runner import SyncRunner

ABOUT = QT_TRANSLATE_NOOP(
    "sync_settings",
    "If you like, this journal can be kept in step with your other computers through a folder "
    "you already sync: Syncthing, Dropbox, or a USB stick you carry. The journal itself never "
    "goes there, only encrypted change files. Whoever can see that folder can learn when you "
    "made changes and how big they were, never what they say.",
)
FIELDS = {
    "body": QT_TRANSLATE_NOOP("sync_settings", "text"),
    "title": QT_TRANSLATE_NOOP("sync_settings", "title"),
    "tags": QT_TRANSLATE_NOOP("sync_settings", "tags"),
    "mood": QT_TRANSLATE_NOOP("sync_settings", "feeling"),
}
THINGS = {  # what changed, when it has no title to show
    "entry": QT_TRANSLATE_NOOP("sync_settings", "An entry"),
    "memory": QT_TRANSLATE_NOOP("sync_settings", "A memory"),
    "session": QT_TRANSLATE_NOOP("sync_settings", "A session"),
    "setting": QT_TRANSLATE_NOOP("sync_settings", "A setting"),
    "safety_plan": QT_TRANSLATE_NOOP("sync_settings", "A safety plan"),
}

ModelIndex = QModelIndex | QPersistentModelIndex


def when_in_words(iso: str | None, now: datetime | None = None) -> str:
    """A moment in plain words: "a moment ago", "12 minutes ago", "today at 14:05"…"""
    if not iso:
        return translate("sync_settings", "not yet")
    try:
        then = datetime.fromisoformat(iso)
    except ValueError:
        return translate("sync_settings", "some time ago")
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    seconds = (now - then).total_seconds()
    if seconds < 90:
        return translate("sync_settings", "a moment ago")
    if seconds < 3600:
        return translate("sync_settings", "%n minutes ago", None, round(seconds / 60))
    local, today = then.astimezone(), now.astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return translate("sync_settings", "today at {time}").format(time=clock)
    if (today - local.date()).days == 1:
        return translate("sync_settings", "yesterday at {time}").format(time=clock)
    month = QLocale(current_language()).monthName(local.month, QLocale.FormatType.ShortFormat)
    if local.year == today.year:
        return translate("sync_settings", "on {day} {month}").format(day=local.day, month=month)
    return translate("sync_settings", "on {day} {month} {year}").format(
        day=local.day, month=month, year=local.year
    )


class ConflictModel(QAbstractListModel):
    """What changed on two computers at once, one row each: (entity, id, words)."""

    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entity, entity_id, words = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return words
        if role == self.KeyRole:
            return (entity, entity_id)
        return None


class SyncSection(QWidget):
    """The Settings section; enabled only while the journal is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("sync_settings", "Use on more than one computer"))
        self.runner: SyncRunner | None = None
        self.kdf: Any = None  # the window's (tests and screenshots: a fast one)
        self._journal: Any = None
        self.dialog: SyncStartDialog | None = None
        self.stop_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(
            label(translate("sync_settings", "Use on more than one computer"), "subtitle")
        )
        self.about = label(translate("sync_settings", ABOUT), "muted")
        self.about.setAccessibleName(translate("sync_settings", "About syncing"))
        self.where = label("")
        self.where.setAccessibleName(translate("sync_settings", "Sync folder"))
        self.computers = label("", "muted")
        self.computers.setAccessibleName(translate("sync_settings", "Computers"))
        self.waiting = label("", "muted")
        self.waiting.setAccessibleName(translate("sync_settings", "Waiting to be sent"))
        self.conflicts_title = label(
            translate(
                "sync_settings",
                "Changed on two computers at once (both versions are kept; the entry's History has "
                "the other one). Choose one to look at it:",
            ),
            "muted",
        )
        self.conflicts = ConflictModel(self)
        self.conflict_list = QListView()
        self.conflict_list.setModel(self.conflicts)
        self.conflict_list.setAccessibleName(translate("sync_settings", "Changed on two computers"))
        self.conflict_list.setMaximumHeight(84)
        self.conflict_list.activated.connect(self.open_conflict)  # Enter, or a double-click
        self.conflict_list.clicked.connect(self.open_conflict)  # they read as links: one click
        self.held = label("", "muted")
        self.held.setAccessibleName(translate("sync_settings", "A change that waits"))
        self.decide = button(
            translate("sync_settings", "Decide about it…"),
            description=translate("sync_settings", "Apply the change, or not now"),
        )
        for widget in (self.about, self.where, self.computers, self.waiting):
            layout.addWidget(widget)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflict_list)
        held_row = QHBoxLayout()
        held_row.addWidget(self.held, 1)
        held_row.addWidget(self.decide)
        layout.addLayout(held_row)
        row = QHBoxLayout()
        self.choose = button(
            translate("sync_settings", "Choose a fol&der…"),
            description=translate(
                "sync_settings", "A folder Syncthing, Dropbox or a USB stick keeps in step"
            ),
        )
        self.sync_now = button(
            translate("sync_settings", "S&ync now"),
            description=translate("sync_settings", "Send and receive changes now"),
        )
        self.stop = button(
            translate("sync_settings", "Stop syncing on this computer…"),
            description=translate(
                "sync_settings", "This computer stops syncing; the folder and other computers stay"
            ),
        )
        for action in (self.choose, self.sync_now, self.stop):
            row.addWidget(action)
        row.addStretch(1)
        layout.addLayout(row)
        self.note = label("", "muted")
        self.note.setAccessibleName(translate("sync_settings", "Sync news"))
        layout.addWidget(self.note)
        self.choose.clicked.connect(self.choose_folder)
        self.sync_now.clicked.connect(self.sync_now_clicked)
        self.stop.clicked.connect(self.ask_stop)
        self.decide.clicked.connect(self._decide)
        self.set_journal(None)

    # --- life -----------------------------------------------------------------------------------
    def attach(self, runner: SyncRunner) -> None:
        self.runner = runner
        runner.synced.connect(lambda _report: self.refresh())

    def _service(self) -> SyncService | None:
        if self._journal is None or not self._journal.is_open:
            return None
        return SyncService(self._journal)

    def set_journal(self, journal: Any) -> None:
        self._journal = journal
        self.refresh()

    def wait(self) -> None:
        """Locking: a set up or join still running finishes first (it uses the journal)."""
        if self.dialog is not None:
            self.dialog.tasks.wait()

    def clear(self) -> None:
        """On lock: close the dialogs and forget the journal (and the titles shown)."""
        if self.dialog is not None:
            self.dialog.done(0)
            self.dialog = None
        if self.stop_box is not None:
            self.stop_box.done(0)
            self.stop_box = None
        self.note.clear()
        self.set_journal(None)

    # --- how it is ------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self._service()
        status = service.status() if service is not None else None
        on = status is not None and status.on
        self.choose.setVisible(not on)
        self.choose.setEnabled(service is not None)
        self.about.setVisible(not on)
        for widget in (self.where, self.computers, self.waiting, self.sync_now, self.stop):
            widget.setVisible(on)
        if status is None or not on:
            self.conflicts.set_rows([])
            self._show_conflicts(False)
            self._show_held()
            return
        self._show_status(status)

    def _show_status(self, status: SyncStatus) -> None:
        if status.folder_present:
            where = translate("sync_settings", "Syncing through {folder}")
        else:
            where = translate(
                "sync_settings",
                "Syncing through {folder}. The folder isn't there right now (a USB stick not "
                "plugged in?): your writing waits here and goes out next time.",
            )
        self.where.setText(where.format(folder=status.folder))
        lines = []
        for computer in status.computers:
            name = (
                translate("sync_settings", "{name} (this computer)").format(name=computer.name)
                if computer.this_one
                else computer.name
            )
            line = (
                translate(
                    "sync_settings", "{name}: last synced {when}, with changes still to bring in"
                )
                if computer.waiting_from
                else translate("sync_settings", "{name}: last synced {when}")
            )
            lines.append(line.format(name=name, when=when_in_words(computer.last_seen)))
        self.computers.setText("\n".join(lines))
        count = status.waiting_to_send
        self.waiting.setText(
            translate(
                "sync_settings",
                "%n of your changes wait to be sent; they go out at the next sync.",
                None,
                count,
            )
            if count
            else translate("sync_settings", "Everything written here has been sent.")
        )
        names = {c.device: c.name for c in status.computers}
        rows = [self._conflict_row(c, names) for c in status.conflicts]
        self.conflicts.set_rows(rows)
        self._show_conflicts(bool(rows))
        self._show_held()

    def _conflict_row(self, conflict: Any, names: dict[str, str]) -> tuple[str, str, str]:
        where = (
            names[conflict.device]
            if conflict.device in names
            else translate("sync_settings", "another computer")
        )
        field = FIELDS.get(conflict.field)
        what = translate("sync_settings", field) if field is not None else conflict.field
        title = ""
        if conflict.entity == "entry" and self._journal is not None:
            entry = JournalService(self._journal).get_entry(conflict.entity_id)
            if entry is not None:
                title = entry.title or translate("sync_settings", "Untitled entry")
        kind = THINGS.get(conflict.entity)
        if title:
            thing = translate("sync_settings", "“{title}”").format(title=title)
        elif kind is not None:
            thing = translate("sync_settings", kind)
        else:
            thing = translate("sync_settings", "A {kind}").format(
                kind=conflict.entity.replace("_", " ")
            )
        words = translate("sync_settings", "{thing}: its {field}, also on {computer}")
        return (
            conflict.entity,
            conflict.entity_id,
            words.format(thing=thing, field=what, computer=where),
        )

    def _show_conflicts(self, shown: bool) -> None:
        self.conflicts_title.setVisible(shown)
        self.conflict_list.setVisible(shown)

    def _show_held(self) -> None:
        held = self.runner.held if self.runner is not None and self._journal is not None else []
        self.held.setText(
            translate("sync_settings", "{change} It waits for you.").format(
                change=held_words(held[0])
            )
            if held
            else ""
        )
        self.held.setVisible(bool(held))
        self.decide.setVisible(bool(held))

    # --- actions --------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("sync_settings", "Choose the folder to sync through"), str(Path.home())
        )
        if folder:
            self.start_with(Path(folder))

    def start_with(self, folder: Path) -> None:
        """Join if the folder holds a sync vault already; otherwise set one up there."""
        from innerchild_desktop.ui.sync_dialogs import SyncStartDialog

        service = self._service()
        if service is None:
            return
        window: Any = self.window()
        context = getattr(window, "context", None)  # the main window's: its key derivation
        kdf = self.kdf if self.kdf is not None else getattr(context, "kdf", None)
        self.note.clear()
        self.dialog = SyncStartDialog(
            service, folder, joining=service.holds_sync_vault(folder), kdf=kdf, parent=window
        )
        if self.runner is not None:
            self.dialog.working.connect(self.runner.set_busy)
        self.dialog.started.connect(self._started)
        self.dialog.open()

    def _started(self, report: Any) -> None:
        if self._service() is None:  # locked meanwhile: the next unlock syncs
            return
        joined = self.dialog is not None and self.dialog.joining
        self.note.setText(
            translate("sync_settings", "This computer has joined: both journals are merged.")
            if joined
            else translate(
                "sync_settings",
                "Syncing is set up. On your other computer, choose the same folder here.",
            )
        )
        if self.runner is not None:
            self.runner.held = list(report.held)
            self.runner.show_changes(report)  # joining brought the other journal in
            self.runner.start()
            if report.held:
                self.runner.ask_again()
        self.refresh()

    def sync_now_clicked(self) -> None:
        if self.runner is None:
            return
        report = self.runner.sync_once(asked=True)
        self.note.setText(
            translate("sync_settings", "In step with your other computers.")
            if report is not None
            else self.runner.problem
        )

    def ask_stop(self) -> None:
        self.stop_box = ask(
            self.window(),
            translate("sync_settings", "Stop syncing on this computer?"),
            translate("sync_settings", "Stop syncing on this computer?"),
            translate(
                "sync_settings",
                "Your journal here stays as it is, and so do the sync folder and your other "
                "computers. You can choose the folder again at any time.",
            ),
            careful=translate("sync_settings", "Keep syncing"),
            other=translate("sync_settings", "Stop syncing"),
            on_other=self.leave,
        )

    def leave(self) -> None:
        self.stop_box = None
        service = self._service()
        if service is None:
            return
        if self.runner is not None:
            self.runner.sync_once(ask_held=False)  # what waits goes out first, if it can
            self.runner.stop()
            self.runner.held = []
        service.leave()
        self.note.setText(
            translate(
                "sync_settings", "This computer no longer syncs. Your journal here is untouched."
            )
        )
        self.refresh()

    def open_conflict(self, index: QModelIndex) -> None:
        """Show the entry in the Journal; it is no longer listed here once looked at."""
        key = index.data(ConflictModel.KeyRole)
        service = self._service()
        if key is None or service is None:
            return
        entity, entity_id = key
        window: Any = self.window()
        workspace = getattr(window, "workspace", None)
        if workspace is not None:
            if entity == "entry":
                workspace.show_page("Journal")
                workspace.journal_page.open_entry(entity_id)
            elif entity == "memory":
                workspace.show_page("Timeline")
        service.mark_conflict_seen(entity, entity_id)
        self.refresh()

    def _decide(self) -> None:
        if self.runner is not None:
            self.runner.ask_again()
