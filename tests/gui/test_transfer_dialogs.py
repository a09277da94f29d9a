"""File → Import…, Export…, Share with my therapist…, Back up to… and Restore…, driven like a
person would: progress, Cancel, clear errors, nothing half-done left behind."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from innerchild_desktop.domain.entries import Mood, NewEntry
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer.collect import EntryChoice
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui.transfer.export_dialog import PLAINTEXT_WARNING
from innerchild_desktop.ui.transfer.progress import estimate
from innerchild_desktop.ui.transfer.share_dialog import EntryChoiceModel, parse_names
from tests.conftest import PASSPHRASE, snapshot_dir

FIXTURES = Path(__file__).parents[1] / "fixtures" / "transfer"
JRNL_EXPORT = FIXTURES / "jrnl" / "export.json"


def open_window(qtbot, make_window, paths, entries: list[NewEntry] | None = None):  # type: ignore[no-untyped-def]
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        service = JournalService(journal)
        for new in entries if entries is not None else [NewEntry(title="Mine", body="words")]:
            service.add_entry(new)
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window


def finish(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def jrnl_file(tmp_path: Path, count: int) -> Path:
    entries = [
        {
            "date": f"20{10 + i // 365 % 14:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "time": "09:30",
            "title": f"Imported day {i}",
            "body": "A longer body of words about the garden. " * 20,
            "tags": ["@garden"],
            "starred": False,
        }
        for i in range(count)
    ]
    path = tmp_path / f"jrnl-{count}.json"
    path.write_text(json.dumps({"tags": {"@garden": count}, "entries": entries}))
    return path


# --- import ------------------------------------------------------------------------------------


def test_import_runs_in_a_worker_reports_progress_and_reloads_the_journal(
    qtbot, make_window, paths
):
    window = open_window(qtbot, make_window, paths)
    assert window.transfers.import_action.isEnabled()
    dialog = window.transfers.open_import()
    assert not dialog.go.isEnabled()  # nothing chosen yet
    dialog.source.setCurrentIndex(dialog.source.findData("jrnl-json"))
    assert "jrnl --format json" in dialog.hint.text()
    qtbot.keyClicks(dialog.path, str(JRNL_EXPORT))
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.pages.currentWidget() is dialog.working
    assert dialog.bar.maximum() == 0  # busy until the worker's first report
    finish(qtbot, dialog)
    assert (dialog.bar.value(), dialog.bar.maximum()) == (3, 3)  # reports reached the bar
    assert dialog.pages.currentWidget() is dialog.done_page
    assert dialog.summary.text().startswith("Imported 3 entries")
    assert window.context.service.count() == 4
    qtbot.waitUntil(lambda: window.workspace.journal_page.model.rowCount() >= 4)
    assert "4 entries" in window.status.text()


def test_importing_the_same_file_again_adds_nothing(qtbot, make_window, paths):
    window = open_window(qtbot, make_window, paths)
    for _ in range(2):
        dialog = window.transfers.open_import()
        dialog.source.setCurrentIndex(dialog.source.findData("jrnl-json"))
        dialog.path.setText(str(JRNL_EXPORT))
        dialog.start()
        finish(qtbot, dialog)
        dialog.accept()
    assert "Nothing new was added" in dialog.summary.text()
    assert "3 entries were already in your journal" in dialog.summary.text()
    assert window.context.service.count() == 4


@pytest.mark.parametrize(
    ("fmt", "source", "words"),
    [
        ("jrnl-json", FIXTURES / "jrnl" / "malformed" / "broken.json", "broken.json"),
        ("jrnl-json", FIXTURES / "jrnl" / "malformed" / "missing-date.json", "missing-date.json"),
        ("dayone", FIXTURES / "jrnl" / "export.json", "export.json"),
    ],
)
def test_a_bad_file_gets_a_clear_error_and_changes_nothing(
    qtbot, make_window, paths, fmt, source, words
):
    window = open_window(qtbot, make_window, paths)
    dialog = window.transfers.open_import()
    dialog.source.setCurrentIndex(dialog.source.findData(fmt))
    dialog.path.setText(str(source))
    dialog.start()
    finish(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.form  # back to the form, to try again
    assert words in dialog.error.text() and "Traceback" not in dialog.error.text()
    assert window.context.service.count() == 1


def test_the_wrong_kind_of_source_is_caught_before_anything_runs(qtbot, make_window, paths):
    window = open_window(qtbot, make_window, paths)
    dialog = window.transfers.open_import()
    dialog.source.setCurrentIndex(dialog.source.findData("rednotebook"))
    dialog.path.setText(str(JRNL_EXPORT))
    dialog.start()
    assert not dialog.busy
    assert "needs a folder" in dialog.error.text()
    dialog.path.setText(str(paths.root / "nowhere"))
    dialog.start()
    assert "does not exist" in dialog.error.text()


def test_cancel_rolls_the_import_back(qtbot, make_window, paths, tmp_path):
    window = open_window(qtbot, make_window, paths)
    before = window.context.service.count()
    dialog = window.transfers.open_import()
    dialog.source.setCurrentIndex(dialog.source.findData("jrnl-json"))
    dialog.path.setText(str(jrnl_file(tmp_path, 600)))
    dialog.start()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while working means Cancel...
    assert dialog.isVisible() and dialog.job.cancelled  # ...and the window stays open
    finish(qtbot, dialog)
    assert "Stopped. Nothing was imported" in dialog.error.text()
    assert window.context.service.count() == before


def test_auto_lock_waits_and_other_writes_wait_for_a_running_import(
    qtbot, make_window, paths, tmp_path
):
    window = open_window(qtbot, make_window, paths)
    assert window.idle.timer.isActive()
    dialog = window.transfers.open_import()
    dialog.source.setCurrentIndex(dialog.source.findData("jrnl-json"))
    dialog.path.setText(str(jrnl_file(tmp_path, 50)))
    dialog.start()
    ran: list[int] = []
    window.transfers.after(lambda: ran.append(1))  # e.g. an exercise session to save
    assert window.transfers.busy and not window.idle.timer.isActive() and ran == []
    finish(qtbot, dialog)
    assert ran == [1] and window.idle.timer.isActive()
    window.transfers.after(lambda: ran.append(2))  # nothing running: at once
    assert ran == [1, 2]


def test_locking_during_an_import_cancels_it_and_leaves_the_journal_as_it_was(
    qtbot, make_window, paths, tmp_path
):
    window = open_window(qtbot, make_window, paths)
    dialog = window.transfers.open_import()
    dialog.source.setCurrentIndex(dialog.source.findData("jrnl-json"))
    dialog.path.setText(str(jrnl_file(tmp_path, 600)))
    dialog.start()
    window.lock()
    assert not window.context.unlocked and window.transfers.dialog is None
    assert not dialog.isVisible()
    assert not window.transfers.import_action.isEnabled()
    with AccessService(paths).open(PASSPHRASE) as journal:
        assert JournalService(journal).count() == 1


# --- export ------------------------------------------------------------------------------------


def test_export_says_it_is_not_encrypted_and_writes_an_owner_only_file(
    qtbot, make_window, paths, tmp_path
):
    window = open_window(qtbot, make_window, paths)
    dialog = window.transfers.open_export()
    shown = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    assert PLAINTEXT_WARNING in shown
    dialog.target.setCurrentIndex(dialog.target.findData("json"))
    assert dialog.path.text().endswith(".json")
    out = tmp_path / "copy.json"
    dialog.path.setText(str(out))
    assert not dialog.go.isEnabled()  # not before the person has read the warning
    dialog.understood.setChecked(True)
    assert dialog.go.isEnabled()
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.done_page, dialog.error.text()
    assert "not encrypted" in dialog.summary.text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Mine" in out.read_text()


def test_export_formats_get_sensible_new_names(qtbot, make_window, paths, tmp_path):
    window = open_window(qtbot, make_window, paths)
    dialog = window.transfers.open_export()
    names = {}
    for fmt in ("markdown", "json", "html", "pdf"):
        dialog.target.setCurrentIndex(dialog.target.findData(fmt))
        names[fmt] = Path(dialog.path.text()).name
    today = date.today().isoformat()
    assert names == {
        "markdown": f"Inner Child export {today}",
        "json": f"Inner Child export {today}.json",
        "html": f"Inner Child export {today}.html",
        "pdf": f"Inner Child export {today}.pdf",
    }


def test_a_markdown_export_into_a_busy_folder_is_refused_clearly(
    qtbot, make_window, paths, tmp_path
):
    window = open_window(qtbot, make_window, paths)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "other.txt").write_text("someone else's file")
    dialog = window.transfers.open_export()
    dialog.target.setCurrentIndex(dialog.target.findData("markdown"))
    dialog.path.setText(str(busy))
    dialog.understood.setChecked(True)
    dialog.start()
    finish(qtbot, dialog)
    assert "not empty" in dialog.error.text()
    assert sorted(p.name for p in busy.iterdir()) == ["other.txt"]


def test_locking_during_an_export_leaves_no_file_behind(qtbot, make_window, paths, tmp_path):
    entries = [NewEntry(title=f"Day {i}", body="words " * 200) for i in range(400)]
    window = open_window(qtbot, make_window, paths, entries)
    dialog = window.transfers.open_export()
    dialog.target.setCurrentIndex(dialog.target.findData("json"))
    dialog.path.setText(str(tmp_path / "never.json"))
    dialog.understood.setChecked(True)
    dialog.start()
    window.lock()
    assert not window.context.unlocked
    assert list(tmp_path.iterdir()) == [paths.root]


# --- share with my therapist -------------------------------------------------------------------


def share_window(qtbot, make_window, paths):  # type: ignore[no-untyped-def]
    entries = [
        NewEntry(
            title="Group on Tuesday",
            body="Sam said I could go first.",
            mood=Mood("calm", 0.5, -0.2),
            distress=3,
            entry_date=date(2026, 11, 3),
            tags=("group",),
        ),
        NewEntry(title="Just for me", body="Not for sharing", entry_date=date(2026, 11, 4)),
        NewEntry(
            title="The hardest night", body="heavy words", heavy=True, entry_date=date(2026, 11, 5)
        ),
    ]
    window = open_window(qtbot, make_window, paths, entries)
    dialog = window.transfers.open_share()
    qtbot.waitUntil(lambda: bool(dialog.preview_html), timeout=10_000)
    return window, dialog


def wait_preview(qtbot, dialog) -> str:  # type: ignore[no-untyped-def]
    dialog.preview_html = ""
    qtbot.waitUntil(lambda: bool(dialog.preview_html), timeout=10_000)
    return dialog.preview_html


def test_share_preview_shows_exactly_what_is_ticked_and_never_heavy_unasked(
    qtbot, make_window, paths
):
    _window, dialog = share_window(qtbot, make_window, paths)
    html = dialog.preview_html
    assert "Group on Tuesday" in html and "Just for me" in html
    assert "The hardest night" not in html  # heavy: listed, but not ticked
    assert dialog.model.rowCount() == 3
    listed = [dialog.model.data(dialog.model.index(i)) for i in range(3)]
    assert not [text for text in listed if "The hardest night" in text]  # listed veiled
    assert [text for text in listed if "A heavy entry" in text]
    row = next(i for i, r in enumerate(dialog.model.rows) if r.title == "Just for me")
    dialog.model.setData(
        dialog.model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    html = wait_preview(qtbot, dialog)
    assert "Just for me" not in html and "Group on Tuesday" in html
    assert "1 entry" in dialog.preview_note.text()
    dialog.tag.setCurrentIndex(dialog.tag.findData("group"))
    html = wait_preview(qtbot, dialog)
    assert dialog.model.rowCount() == 1 and "Group on Tuesday" in html


def test_share_leaves_out_names_moods_and_distress_and_remembers_the_names(
    qtbot, make_window, paths, tmp_path
):
    window, dialog = share_window(qtbot, make_window, paths)
    assert "Sam" in dialog.preview_html and "calm" in dialog.preview_html.lower()
    dialog.names.setPlainText("Sam\nsam\n")
    dialog.no_moods.setChecked(True)
    dialog.no_distress.setChecked(True)
    dialog.as_html.setChecked(True)
    html = wait_preview(qtbot, dialog)
    assert "Sam" not in html and "[name]" in html
    assert "calm" not in html.lower() and "3/10" not in html
    out = tmp_path / "for-my-therapist"
    dialog.make(out)
    finish(qtbot, dialog)
    written = out.with_name("for-my-therapist.html")
    assert written.read_text(encoding="utf-8") == html  # the preview is the file
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert window.context.service.setting("share_names") == ["Sam"]
    dialog.accept()
    again = window.transfers.open_share()
    assert again.names.toPlainText() == "Sam"


def test_share_as_pdf_writes_a_pdf(qtbot, make_window, paths, tmp_path):
    _window, dialog = share_window(qtbot, make_window, paths)
    dialog.make(tmp_path / "share.pdf")
    finish(qtbot, dialog)
    assert (tmp_path / "share.pdf").read_bytes().startswith(b"%PDF")
    assert "2 entries" in dialog.summary.text()


def test_share_with_nothing_chosen_cannot_be_made(qtbot, make_window, paths):
    _window, dialog = share_window(qtbot, make_window, paths)
    dialog.none_button.click()
    wait_preview(qtbot, dialog)
    assert not dialog.go.isEnabled()
    dialog.include_sessions.setChecked(True)
    wait_preview(qtbot, dialog)
    assert dialog.go.isEnabled()


def test_entry_choice_model_passes_the_model_tester(qtmodeltester):
    model = EntryChoiceModel()
    model.set_rows(
        [
            EntryChoice("a", date(2026, 1, 1), "One", False),
            EntryChoice("b", date(2026, 1, 2), "", True),
        ]
    )
    qtmodeltester.check(model)
    assert model.ticked() == ["a"]  # heavy starts unticked
    assert "One" in model.data(model.index(0))
    assert "A heavy entry, left out unless ticked" in model.data(model.index(1))  # veiled
    model.tick_all(True)
    assert model.ticked() == ["a", "b"]
    model.set_rows(model.rows)  # a refresh keeps the person's ticks
    assert model.ticked() == ["a", "b"]


def test_parse_names_and_the_time_estimate():
    assert parse_names("Sam\n sam \nAlex, Jo\n\n") == ("Sam", "Alex", "Jo")
    assert estimate(1.0, 10, 100) == ""  # too early to tell
    assert estimate(10.0, 90, 100) == "Almost done."
    assert estimate(30.0, 10, 100) == "About 4 minutes left."
    assert estimate(20.0, 50, 100) == "Less than a minute left."


# --- encrypted backup files --------------------------------------------------------------------


def test_back_up_to_a_chosen_place_then_restore_it(qtbot, make_window, paths, tmp_path):
    window = open_window(qtbot, make_window, paths)
    dialog = window.transfers.open_backup_to()
    target = tmp_path / "usb" / "my backup.icbackup"
    dialog.path.setText(str(target))
    dialog.start()
    assert "does not exist" in dialog.error.text()  # the stick is not plugged in
    target.parent.mkdir()
    dialog.start()
    finish(qtbot, dialog)
    assert target.exists() and b"Mine" not in target.read_bytes()  # encrypted
    assert "saved" in dialog.summary.text()
    dialog.accept()
    window.context.service.add_entry(NewEntry(title="After the backup", body="new"))

    restore = window.transfers.open_restore()
    restore.path.setText(str(target))
    assert "Made on" in restore.about.text()
    before = snapshot_dir(paths.root)
    restore.secret.setText("not the passphrase")
    restore.start()
    finish(qtbot, restore)
    assert "doesn't open this backup" in restore.error.text()
    assert window.context.unlocked  # a wrong passphrase does not lock you out
    assert snapshot_dir(paths.root).keys() == before.keys()

    restore.secret.setText(PASSPHRASE)
    restore.start()
    finish(qtbot, restore)
    assert restore.pages.currentWidget() is restore.done_page, restore.error.text()
    assert not window.context.unlocked
    assert window.stack.currentWidget() is window.lock_screen
    assert "restored" in window.lock_screen.message.text()
    kept = list(paths.backups.glob("before-restore-*"))
    assert len(kept) == 1 and (kept[0] / "journal.db").exists()
    with AccessService(paths).open(PASSPHRASE) as journal:
        titles = [s.title for s in JournalService(journal).list_entries(10)]
    assert titles == ["Mine"]


def test_restore_works_from_the_lock_screen_too(qtbot, make_window, paths, tmp_path):
    window = open_window(qtbot, make_window, paths)
    backup = tmp_path / "b.icbackup"
    dialog = window.transfers.open_backup_to()
    dialog.path.setText(str(backup))
    dialog.start()
    finish(qtbot, dialog)
    dialog.accept()
    window.lock()
    assert window.transfers.restore_action.isEnabled()
    assert not window.transfers.backup_to_action.isEnabled()
    restore = window.transfers.open_restore()
    restore.path.setText(str(backup))
    restore.secret.setText(PASSPHRASE)
    restore.start()
    finish(qtbot, restore)
    assert "restored" in restore.summary.text()


def test_locking_closes_the_share_window_and_forgets_its_preview(qtbot, make_window, paths):
    window, dialog = share_window(qtbot, make_window, paths)
    generation = dialog._generation
    dialog.no_moods.setChecked(True)  # a preview rebuild is on its way...
    window.lock()  # ...when the journal locks
    assert not dialog.isVisible() and dialog.preview_html == ""
    assert dialog.preview.toPlainText() == "" and not dialog.timer.isActive()
    assert dialog.model.rowCount() == 0
    dialog._preview_ready((generation, "<p>Group on Tuesday</p>"))  # a late result
    assert dialog.preview.toPlainText() == ""


def test_a_new_computer_can_start_from_a_backup(qtbot, make_window, paths, tmp_path):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        JournalService(journal).add_entry(NewEntry(title="From the old laptop", body="words"))
        backup = tmp_path / "old.icbackup"
        from innerchild_desktop.store.backups import write_backup

        write_backup(journal, backup)
    for leftover in paths.root.iterdir():  # a fresh computer: no journal yet
        if leftover.is_file():
            leftover.unlink()
    window = make_window()
    assert window.stack.currentWidget() is window.setup
    qtbot.mouseClick(window.setup.restore_button, Qt.MouseButton.LeftButton)
    restore = window.transfers.dialog
    restore.path.setText(str(backup))
    restore.secret.setText(PASSPHRASE)
    restore.start()
    finish(qtbot, restore)
    assert window.stack.currentWidget() is window.lock_screen
    with AccessService(paths).open(PASSPHRASE) as journal:
        assert [s.title for s in JournalService(journal).list_entries(5)] == ["From the old laptop"]
