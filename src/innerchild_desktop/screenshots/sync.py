"""Using the journal on two computers: Settings → "Use on more than one computer" with two
computers and one entry changed on both at once, and the calm question before a change from the
other computer moves many entries to the trash. A second, small journal in the scratch folder
plays the other computer; the demo journal stops syncing afterwards, as it was."""

from __future__ import annotations

from pathlib import Path

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.screenshots.common import DEMO_PASSPHRASE, Run
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.sync import HeldDeletes, SyncService
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.sync_runner import SYNCED

SYNC_WORDS = "harbour quilt thistle morning"


def sync_screens(run: Run, window: MainWindow, scratch: Path) -> None:
    folder = scratch / "Sync"
    folder.mkdir()
    other, _ = AccessService(JournalPaths(scratch / "desktop"), FAST_TEST_KDF).create(
        DEMO_PASSPHRASE
    )
    here = window.context.sync
    try:
        here.setup(folder, SYNC_WORDS, "Laptop", FAST_TEST_KDF)
        SyncService(other).join(folder, SYNC_WORDS, "Desktop")
        first = window.context.service.list_entries(limit=1)[0]
        entry = window.context.service.get_entry(first.id)
        assert entry is not None
        JournalService(other).update_entry(entry.id, body=entry.body + "\n\nWritten at work.")
        window.context.service.update_entry(entry.id, body=entry.body + "\n\nWritten at home.")
        SyncService(other).sync()
        here.sync()
        # the entry itself says so, quietly, with its History one click away
        window.workspace.show_page("Journal")
        editor = window.workspace.journal_page.editor
        editor.load(entry.id)
        run.settle(editor.two_computers.isVisible)
        for suffix in run.themes():
            run.save(window, f"85-sync-edited-on-two-computers{suffix}")
        window.context.service.add_entry(NewEntry(title="Waiting to go out", body="Soon."))
        window.workspace.show_page("Settings")
        page = window.workspace.settings_page
        page.sync.refresh()
        window.sync_runner._say(translate("sync_runner", SYNCED))  # as the background sync does
        run.settle()
        page.scroller.ensureWidgetVisible(page.sync, 0, 0)
        for suffix in run.themes():
            run.save(window, f"90-sync-settings{suffix}")
        runner = window.sync_runner
        held = HeldDeletes("0" * 16, "Desktop", 7, 25, 30)
        runner.held = [held]
        runner.ask_again()
        box = runner.held_box
        assert box is not None
        box.hide()  # drawn over the window by save_over, as it appears
        for suffix in run.themes():
            run.save_over(window, box, f"91-sync-held-deletes{suffix}")
        runner.stop()
        runner.held = []
    finally:
        other.close()
        if here.is_on():
            here.leave()
        window.sync_runner.stop()
        window.workspace.settings_page.sync.refresh()
