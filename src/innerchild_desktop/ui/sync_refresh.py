"""After a sync brought changes here: show them, without moving the person or losing typing.

Not the import's whole reload (MainWindow._journal_changed): that puts the Journal back on its
first entry. Here the list is read again with the open entry still chosen, and the open entry
is read again only if it changed on another computer (the cursor stays where it was). Typing is
never lost: the runner flushes the editor before every sync, and sync runs on the GUI thread,
so nothing is typed between that flush and this refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from innerchild_desktop.ui.journal.page import JournalPage


def refresh_after_sync(window: Any, applied: Any) -> None:
    """``applied``: the report's Applied (which entries, memories, settings changed)."""
    workspace = window.workspace
    page = workspace.journal_page
    if applied.entries or applied.settings:
        _refresh_journal(page, applied.entries)
    wanted = [workspace.soothe_page]
    if applied.memories or applied.settings or applied.entries:
        wanted.append(workspace.timeline_page)
    if applied.settings or applied.entries:
        wanted += [workspace.prompts_page, workspace.settings_page]
    for other in wanted:
        workspace.reload(other)  # only pages loaded already; the others load fresh when shown
    refresh = getattr(window, "refresh_status", None)
    if refresh is not None:
        refresh()


def _refresh_journal(page: JournalPage, changed: set[str]) -> None:
    service = page._service
    if service is None:
        return
    editor = page.editor
    current = editor.entry_id
    page.model.set_service(service)  # the list as it is now (new titles, new entries)
    if page.left_stack.currentIndex() == 1:
        page.calendar.refresh()
    if current is None:
        return
    row = page.model.row_of(current)
    if row >= 0:
        page.list.selectionModel().blockSignals(True)
        page.list.setCurrentIndex(page.model.index(row, 0))
        page.list.selectionModel().blockSignals(False)
    if current not in changed or page.right.currentWidget() is not editor:
        return
    entry = service.get_entry(current)
    if entry is None or entry.deleted_at is not None:  # trashed on the other computer
        editor.entry_id = None
        if page.model.rowCount():
            page.list.setCurrentIndex(page.model.index(0, 0))
        else:
            editor.new_entry()
        return
    position = editor.body.textCursor().position()
    editor.entry_id = None  # read it again (load() skips the entry already shown)
    editor.load(current)
    cursor = editor.body.textCursor()
    cursor.setPosition(min(position, len(editor.body.toPlainText())))
    editor.body.setTextCursor(cursor)
