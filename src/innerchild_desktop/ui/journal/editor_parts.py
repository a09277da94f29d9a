"""What the entry editor's parts use of the editor they are mixed into, declared once.

EntryEditor (editor.py) is put together from parts: the toolbar (editor_toolbar.py), the
whole-entry actions (entry_actions.py) and photos (photos.py) are mixed in; drawings.py and
voice_actions.py act on the editor from outside. ``EditorHost`` lists, typed, what a part takes
from the editor or from another part; ``EditorWidget`` is that on a QWidget, the base each mixin
has for the type checker only (at run time it is ``object``, so the classes are unchanged).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol

from PySide6.QtCore import Signal

from innerchild_desktop.domain.entries import EntryKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QToolBar, QWidget

    from innerchild_desktop.domain.entries import Entry
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.ui.journal.details import EntryDetails
    from innerchild_desktop.ui.journal.history_dialog import HistoryDialog
    from innerchild_desktop.ui.journal.markdown_edit import MarkdownEdit
    from innerchild_desktop.ui.journal.preview import SafePreview


class EditorHost(Protocol):
    """The editor as its parts see it; a comment names the parts that use what only some do."""

    # Signals (editor.py).
    saved: ClassVar[Signal] = Signal(str)  # entry actions: a version restored
    trashed: ClassVar[Signal] = Signal(str)  # entry actions
    make_memory: ClassVar[Signal] = Signal(str)  # entry actions
    message: ClassVar[Signal] = Signal(str)  # photos, drawings, voice notes: a sentence to show
    focus_mode_changed: ClassVar[Signal] = Signal(bool)  # toolbar

    # The open entry and its controls (editor.py).
    service: JournalService | None
    entry_id: str | None
    title: QLineEdit  # photos, drawings, voice notes: named before a first save
    body: MarkdownEdit
    preview: SafePreview  # toolbar
    details: EntryDetails  # toolbar
    state: QLabel  # entry actions
    thread_label: QLabel  # entry actions
    # Entry actions. Without a default the checker would take the part's first assignment
    # (a HistoryDialog, never None) for its type.
    history_dialog: HistoryDialog | None = None
    _dirty: bool  # photos, drawings, voice notes: a first save of a new entry
    _loading: bool  # drawings: the editor is being cleared (a lock)
    _session_fresh: bool  # entry actions (History)
    _loaded_text: tuple[str, str]  # entry actions (History)

    def save_now(self) -> str | None: ...
    def new_entry(
        self,
        kind: EntryKind = EntryKind.FREE,
        *,
        title: str = "",
        body: str = "",
        prompt_id: str | None = None,
        prompt_text: str | None = None,
        reply_to: str | None = None,
    ) -> None: ...
    def _fill(
        self,
        entry: Entry | None,
        kind: EntryKind = EntryKind.FREE,
        title: str = "",
        body: str = "",
        prompt: str | None = None,
    ) -> None: ...
    def _refresh_derived(self) -> None: ...
    def _heavy_toggled(self) -> None: ...
    def toggle_spelling(self) -> None: ...

    # The toolbar's (editor_toolbar.py), used by entry actions and drawings.
    reply_action: QAction

    def _add_action(
        self,
        text: str,
        shortcut: str | None,
        slot: Callable[[], object],
        *,
        checkable: bool = False,
        name: str = "",
        menu: QMenu | None = None,
        bar: QToolBar | None = None,
    ) -> QAction: ...

    # Photos' (photos.py), used by the toolbar and entry actions.
    def choose_photos(self) -> None: ...
    def _photo(self, photo_id: str) -> tuple[str, bytes] | None: ...

    # Entry actions' (entry_actions.py), used by the toolbar.
    def write_reply(self) -> None: ...
    def _make_memory(self) -> None: ...
    def show_history(self) -> None: ...
    def trash(self) -> None: ...


if TYPE_CHECKING:

    class EditorWidget(EditorHost, QWidget):
        """The editor as a widget, for the checker: the base of each mixin, and the type of
        the editor handed to drawings and voice notes."""

else:
    EditorWidget = object
