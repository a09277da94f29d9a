"""File → Import… (its form and, staged, its progress page), Export…, and the share preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.tasks import wait_for_all
from innerchild_desktop.ui.transfer.export_dialog import ExportDialog
from innerchild_desktop.ui.transfer.import_dialog import ImportDialog
from innerchild_desktop.ui.transfer.share_dialog import ShareDialog


def transfer_screens(run: Run, window: MainWindow) -> None:
    dialog = window.transfers.open_import()
    assert isinstance(dialog, ImportDialog)
    dialog.source.setCurrentIndex(dialog.source.findData("dayone"))
    dialog.path.setText(str(Path.home() / "Downloads" / "Day One export.zip"))
    run.save_themed(dialog, "24-import")
    dialog.heading.setText(dialog.working_heading())  # staged: the real run is too quick
    dialog.show_progress(1130, 2480, elapsed=30.0)  # "… Less than a minute left."
    dialog.pages.setCurrentWidget(dialog.working)
    run.save_themed(dialog, "25-import-progress")
    dialog.pages.setCurrentWidget(dialog.form)
    dialog.reject()
    export = window.transfers.open_export(today=date(2026, 11, 24))
    assert isinstance(export, ExportDialog)
    export.target.setCurrentIndex(export.target.findData("pdf"))
    export.path.setText(str(Path.home() / "Documents" / "Inner Child export 2026-11-24.pdf"))
    run.save_themed(export, "26-export")
    export.reject()
    share = window.transfers.open_share(today=date(2026, 11, 24))
    assert isinstance(share, ShareDialog)
    share.resize(1180, 760)
    share.dated.setChecked(True)
    share.since.setDate(QDate(2026, 10, 1))
    share.names.setPlainText("Sam")
    share.no_distress.setChecked(True)
    share.preview_html = ""
    run.settle(lambda: bool(share.preview_html) and not share.timer.isActive())
    run.save_themed(share, "27-share-preview")
    share.reject()
    wait_for_all(window)
