"""File → Back up to… and File → Restore from a backup….

A backup file is encrypted (the journal as it is on disk, plus its key slots), so it can go on a
USB stick or a synced folder. Restoring checks the backup completely with its passphrase or
recovery key *before* anything is replaced; the current journal is moved aside into
``backups/before-restore-…`` and stays there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from innerchild_desktop.domain.errors import (
    InnerChildError,
    JournalDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services import backup as backups
from innerchild_desktop.services.backup import BackupService
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.ui.transfer.export_dialog import documents_folder
from innerchild_desktop.ui.transfer.progress import TransferDialog, number, unused_path
from innerchild_desktop.ui.widgets import label


def default_backup_path(folder: Path, today: date) -> Path:
    return unused_path(folder, f"Inner Child backup {today.isoformat()}", backups.BACKUP_SUFFIX)


class BackupDialog(TransferDialog):
    nothing_changed = QT_TRANSLATE_NOOP(
        "transfer.progress", "No backup was written; your journal is unchanged."
    )
    cancelled_text = QT_TRANSLATE_NOOP("transfer.progress", "Stopped. No backup was written.")
    done_heading = QT_TRANSLATE_NOOP("transfer.progress", "Your backup is saved")
    reassurance = QT_TRANSLATE_NOOP(
        "transfer.progress", "This takes a few seconds. Your journal stays just as it is."
    )

    def __init__(
        self, journal: OpenJournal, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(translate("transfer.backup_dialogs", "Back up your journal"), parent)
        self.journal = journal
        self.backups = BackupService(journal.paths, journal)
        self.form_layout.addWidget(
            label(
                translate("transfer.backup_dialogs", "An encrypted copy, wherever you choose"),
                "heading",
            )
        )
        self.form_layout.addWidget(
            label(
                translate(
                    "transfer.backup_dialogs",
                    "The backup stays encrypted: it opens only with your passphrase (as it is "
                    "today) or your recovery key. A USB stick or a synced folder is a good place. "
                    "Keep your recovery key somewhere else.",
                ),
                "muted",
            )
        )
        row = self.path_field(
            translate("transfer.backup_dialogs", "Where to save the backup"),
            text=str(default_backup_path(documents_folder(), today or date.today())),
        )
        self.form_layout.addWidget(label(translate("transfer.backup_dialogs", "Save to"), "muted"))
        self.form_layout.addLayout(row)
        self.go.setText(translate("transfer.backup_dialogs", "Back up"))
        self.cancel_button.setVisible(False)  # a backup takes seconds and cleans up after itself
        self.finish_form()

    def browse(self) -> None:
        picked, _ = QFileDialog.getSaveFileName(
            self,
            translate("transfer.backup_dialogs", "Save the backup as"),
            self.path.text(),
            translate("transfer.backup_dialogs", "Inner Child backups (*.icbackup)"),
        )
        if picked:
            self.path.setText(picked)

    def start(self) -> None:
        dest = Path(self.path.text().strip()).expanduser()
        if not dest.parent.is_dir():
            self.error.setText(
                translate(
                    "transfer.backup_dialogs",
                    "The folder {folder} does not exist. No backup was written.",
                ).format(folder=dest.parent)
            )
            return
        service = self.backups

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return service.write_backup(dest, own_connection=True)  # off the GUI thread

        self.run(work, translate("transfer.backup_dialogs", "Writing an encrypted backup…"))

    def describe(self, result: Path) -> tuple[str, str]:
        size = result.stat().st_size / 1_000_000
        return (
            translate(
                "transfer.backup_dialogs",
                "Your encrypted backup is saved: {path} ({size} MB). To use it, choose "
                "File → Restore from a backup….",
            ).format(path=result, size=number(size, 1)),
            "",
        )


class RestoreDialog(TransferDialog):
    """Two steps in one worker call: verify, then (after the window locks) replace.

    ``before_replace`` runs on the GUI thread between the two: the main window saves and
    locks the open journal there, because a journal cannot be replaced while it is open.
    """

    restored = Signal(object)  # the folder where the previous journal was kept, or None

    nothing_changed = QT_TRANSLATE_NOOP("transfer.progress", "Your journal is unchanged.")
    cancelled_text = QT_TRANSLATE_NOOP("transfer.progress", "Stopped. Your journal is unchanged.")
    done_heading = QT_TRANSLATE_NOOP("transfer.progress", "Welcome back")
    reassurance = QT_TRANSLATE_NOOP(
        "transfer.progress",
        "The backup is checked first; your journal is replaced only if it is sound.",
    )

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, WrongPassphrase) and not isinstance(exc, WrongRecoveryKey):
            # the backup's own passphrase is needed, which may not be today's
            self.error.setText(
                translate(
                    "transfer.backup_dialogs",
                    "That passphrase doesn't open this backup. It needs the passphrase the "
                    "journal had when the backup was made, or your recovery key. Your journal "
                    "is unchanged.",
                )
            )

    def __init__(
        self,
        paths: JournalPaths,
        parent: QWidget | None = None,
        *,
        backups: BackupService | None = None,
    ) -> None:
        super().__init__(translate("transfer.backup_dialogs", "Restore from a backup"), parent)
        self.paths = paths
        # With the open journal, a backup made before its last new key can say so.
        self.backups = backups or BackupService(paths)
        self.before_replace: Any = None  # set by the main window
        self.with_recovery_key = False  # the done page then suggests setting a passphrase
        self.form_layout.addWidget(
            label(
                translate("transfer.backup_dialogs", "Bring back a journal from a backup"),
                "heading",
            )
        )
        self.form_layout.addWidget(
            label(
                translate(
                    "transfer.backup_dialogs",
                    "The backup is checked completely before anything is replaced. Your current "
                    "journal, if there is one, is kept aside in the backups folder, not deleted.",
                ),
                "muted",
            )
        )
        row = self.path_field(
            translate("transfer.backup_dialogs", "Backup file"),
            translate("transfer.backup_dialogs", "Choose an .icbackup file…"),
        )
        self.about = label("", "muted")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(
            translate("transfer.backup_dialogs", "The backup's passphrase or recovery key")
        )
        self.secret.setPlaceholderText(
            translate(
                "transfer.backup_dialogs", "Its passphrase (as it was then) or your recovery key"
            )
        )
        self.form_layout.addWidget(
            label(translate("transfer.backup_dialogs", "Backup file"), "muted")
        )
        self.form_layout.addLayout(row)
        self.form_layout.addWidget(self.about)
        self.form_layout.addWidget(self.secret)
        self.go.setText(translate("transfer.backup_dialogs", "Check and restore"))
        self.cancel_button.setVisible(False)  # replacing files is not something to stop halfway
        self.finish_form()
        self.path.textChanged.connect(self._describe_backup)
        self.secret.textChanged.connect(self._update)
        self._update()

    def browse(self) -> None:
        picked, _ = QFileDialog.getOpenFileName(
            self,
            translate("transfer.backup_dialogs", "Choose a backup"),
            str(documents_folder()),
            translate("transfer.backup_dialogs", "Inner Child backups (*.icbackup)"),
        )
        if picked:
            self.path.setText(picked)

    def _describe_backup(self) -> None:
        text = self.path.text().strip()
        self.about.setText("")
        if text and Path(text).is_file():
            try:
                info = self.backups.describe(Path(text))
            except InnerChildError as exc:
                self.about.setText(str(exc))
            else:
                made = info.made_at.astimezone()
                text = translate(
                    "transfer.backup_dialogs",
                    "Made on {day} {month} {year} at {time} by Inner Child {version}.",
                ).format(
                    day=f"{made:%d}",
                    month=QLocale(current_language()).monthName(made.month),
                    year=made.year,
                    time=f"{made:%H:%M}",
                    version=info.app_version,
                )
                if info.note:
                    text += " " + translate("transfer.backup_dialogs", "It was {note}.").format(
                        note=info.note
                    )
                self.about.setText(text)
        self._update()

    def _update(self) -> None:
        self.go.setEnabled(bool(self.path.text().strip() and self.secret.text()))

    def start(self) -> None:
        backup = Path(self.path.text().strip()).expanduser()
        if not backup.is_file():
            self.error.setText(
                translate(
                    "transfer.backup_dialogs", "{path} is not a file. Your journal is unchanged."
                ).format(path=backup)
            )
            return
        secret, service = self.secret.text(), self.backups
        self.secret.clear()
        self.with_recovery_key = backups.is_recovery_key(secret)
        damaged = translate(  # worded here, on the GUI thread
            "transfer.backup_dialogs",
            "The backup did not pass its integrity check, so nothing was restored. "
            "Your journal is unchanged.",
        )

        def check(progress, cancelled):  # type: ignore[no-untyped-def]
            report = service.verify_backup(backup, secret)
            if not report.ok:
                raise JournalDamaged(damaged)
            return (backup, secret)

        self.run(check, translate("transfer.backup_dialogs", "Checking the backup…"))

    def _done(self, result: Any) -> None:
        if isinstance(result, tuple):  # checked: now lock the journal and replace it
            backup, secret = result
            self.job = None  # the check is over; locking must not wait for it
            if self.before_replace is not None:
                self.before_replace()
            service = self.backups
            self.run(
                lambda progress, cancelled: service.restore(backup, secret),
                translate("transfer.backup_dialogs", "Restoring…"),
            )
            return
        super()._done(result)
        self.restored.emit(result)

    def describe(self, result: Path | None) -> tuple[str, str]:
        restored = translate(
            "transfer.backup_dialogs", "Your journal was restored from the backup."
        )
        kept = (
            [
                translate(
                    "transfer.backup_dialogs", "Your previous journal is kept in {folder}."
                ).format(folder=result)
            ]
            if result
            else []
        )
        if self.with_recovery_key:
            return " ".join([restored, *kept, backups.RESTORED_WITH_RECOVERY_KEY_GUI]), ""
        unlock = translate(
            "transfer.backup_dialogs",
            "Unlock it with the passphrase it had when the backup was made, or with your "
            "recovery key.",
        )
        return " ".join([restored, unlock, *kept]), ""
