"""Browse prompts… : every prompt, by theme, depth, pack, favourites or "From my group".

Reached from the Prompts page ("Browse prompts…", Ctrl+Shift+R). Search filters as you type. A
prompt is one Enter (or double-click, or "Write about this") away from a new entry; one with a
content note, or a deep one, shows the note first and its words only after "Show me the prompt".
"Keep" and "Never show this" can be undone here ("Hidden" lists what was hidden), and "Forget my
prompt history" clears what was shown and answered, after asking, keeping every entry.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.prompt_browse import BrowseFilter, Show, offer_for, veil
from innerchild_desktop.domain.prompts import Depth, Prompt
from innerchild_desktop.services.prompts import FORGET_WARNING, PromptService
from innerchild_desktop.ui import question
from innerchild_desktop.ui.prompts.browser_model import PromptListModel
from innerchild_desktop.ui.widgets import button, label

if TYPE_CHECKING:
    from innerchild_desktop.services.session import OpenJournal

BROWSE_SHORTCUT = "Ctrl+Shift+R"
SHOWS = (
    (Show.ALL, QT_TRANSLATE_NOOP("prompts.browser", "All prompts")),
    (Show.FAVOURITES, QT_TRANSLATE_NOOP("prompts.browser", "Favourites (☆)")),
    (Show.GROUP, QT_TRANSLATE_NOOP("prompts.browser", "From my group")),
    (Show.MINE, QT_TRANSLATE_NOOP("prompts.browser", "My own")),
    (Show.HIDDEN, QT_TRANSLATE_NOOP("prompts.browser", "Hidden (never shown)")),
)  # translated when shown
EMPTY = {  # translated when shown
    Show.ALL: QT_TRANSLATE_NOOP(
        "prompts.browser",
        "Nothing fits those choices. Another theme, or fewer words, might help.",
    ),
    Show.FAVOURITES: QT_TRANSLATE_NOOP("prompts.browser", "Prompts you keep with ☆ show here."),
    Show.GROUP: QT_TRANSLATE_NOOP(
        "prompts.browser",
        "Prompts from a pack you import (from your therapist or group) show here, "
        "in the pack's own order.",
    ),
    Show.MINE: QT_TRANSLATE_NOOP("prompts.browser", "Prompts you write yourself show here."),
    Show.HIDDEN: QT_TRANSLATE_NOOP(
        "prompts.browser",
        "Prompts you chose never to see show here, so you can bring them back.",
    ),
}


class _SearchBox(QLineEdit):
    """The search field; ↓ moves into the list."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class PromptBrowser(QDialog):
    write_requested = Signal(object)  # Offer
    changed = Signal()  # kept, hidden or history changed: the page refreshes

    def __init__(self, journal: OpenJournal, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.prompts = PromptService(journal)
        self.today = today
        self.setWindowTitle(translate("prompts.browser", "Browse prompts"))
        self.setAccessibleName(translate("prompts.browser", "Browse prompts"))
        self.resize(760, 560)
        self.confirm_forget: Callable[[], bool] = self._ask_forget
        lib = self.prompts.library()
        self.model = PromptListModel(lib.theme_name, self)
        self.show_box = self._combo(
            translate("prompts.browser", "Show"),
            [(v.value, translate("prompts.browser", t)) for v, t in SHOWS],
        )
        self.theme = self._combo(
            translate("prompts.browser", "Theme"),
            [(None, translate("prompts.browser", "Any theme"))]
            + [(t.id, t.name) for t in sorted(lib.themes, key=lambda t: t.order)],
        )
        self.depth_box = self._combo(
            translate("prompts.browser", "Depth"),
            [
                (Depth.GENTLE, translate("prompts.browser", "Gentle only")),
                (Depth.REFLECTIVE, translate("prompts.browser", "Up to reflective")),
                (Depth.DEEP, translate("prompts.browser", "Deep too (with a note first)")),
            ],
        )
        chosen_depth = Depth(self.prompts.settings()["max_depth"])
        # Never deeper unasked.
        self.depth_box.setCurrentIndex(self.depth_box.findData(chosen_depth))
        self.pack = self._combo(
            translate("prompts.browser", "Pack"),
            [(None, translate("prompts.browser", "Any pack")), *self.prompts.pack_names()],
        )
        self.search = _SearchBox()
        self.search.setPlaceholderText(translate("prompts.browser", "Search prompts"))
        self.search.setAccessibleName(translate("prompts.browser", "Search prompts"))
        self.search.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("prompts.browser", "Prompts"))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(3)
        self.detail = label("", "subtitle")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # pack and own prompts too
        self.detail.setAccessibleName(translate("prompts.browser", "Chosen prompt"))
        self.reveal_button = button(
            translate("prompts.browser", "Show me the prompt"),
            description=translate("prompts.browser", "Read this prompt now"),
        )
        self.write_button = button(
            translate("prompts.browser", "Write about this"),
            role="primary",
            description=translate("prompts.browser", "Open a new entry with this prompt"),
        )
        self.keep_button = button(
            translate("prompts.browser", "☆ Keep"),
            description=translate("prompts.browser", "Add to favourites"),
            accessible=translate("prompts.browser", "Keep"),
        )
        self.hide_button = button(
            translate("prompts.browser", "Never show this"),
            description=translate("prompts.browser", "Hide this prompt for good"),
        )
        self.forget_button = button(
            translate("prompts.browser", "Forget my prompt history…"),
            description=translate(
                "prompts.browser",
                "Forget which prompts were shown and answered; your entries stay",
            ),
        )
        close = button(
            translate("prompts.browser", "Close"),
            description=translate("prompts.browser", "Close the prompt browser (Esc)"),
        )
        for widget in (
            self.reveal_button,
            self.write_button,
            self.keep_button,
            self.hide_button,
            self.forget_button,
            close,
        ):  # no default button: Enter in the list writes (or shows the words); buttons take Space
            widget.setAutoDefault(False)
        self._layout(close)
        for box in (self.show_box, self.theme, self.depth_box, self.pack):
            box.currentIndexChanged.connect(lambda _: self.refresh())
        self.search.textChanged.connect(lambda _: self.refresh())
        self.search.down.connect(self._into_list)
        self.search.returnPressed.connect(self._into_list)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.reveal_button.clicked.connect(self.reveal)
        self.write_button.clicked.connect(self.write)
        self.keep_button.clicked.connect(self.toggle_keep)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.forget_button.clicked.connect(self.forget_history)
        close.clicked.connect(self.reject)
        self.refresh()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _combo(self, name: str, items: list[tuple[object, str]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for value, text in items:
            box.addItem(text, value)
        return box

    def _layout(self, close: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "prompts.browser",
                    "Find a prompt on purpose, if you like. Deeper ones show a note first.",
                ),
                "muted",
            )
        )
        filters = QHBoxLayout()
        for box in (self.show_box, self.theme, self.depth_box, self.pack):
            filters.addWidget(label(box.accessibleName(), wrap=False))  # "Show", "Theme", …
            filters.addWidget(box, 1)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        actions = QHBoxLayout()
        for widget in (self.reveal_button, self.write_button, self.keep_button, self.hide_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)
        footer = QHBoxLayout()
        footer.addWidget(self.forget_button)
        footer.addStretch(1)
        footer.addWidget(close)
        layout.addLayout(footer)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())

    # --- the list -------------------------------------------------------------------------------
    def chosen(self) -> BrowseFilter:
        return BrowseFilter(
            show=Show(self.show_box.currentData()),
            theme=self.theme.currentData(),
            max_depth=self.depth_box.currentData(),
            pack=self.pack.currentData(),
            search=self.search.text(),
        )

    def refresh(self, fallback_row: int = 0) -> None:
        """List the prompts for the current choices, keeping the chosen one when it stays."""
        keep = self.current()
        chosen = self.chosen()
        flags = self.prompts.flags(self.today)
        self.model.set_prompts(self.prompts.browse(self.today, chosen), flags)
        row = self.model.row_of(keep.id) if keep else -1
        if row < 0 and self.model.rowCount():
            row = min(fallback_row, self.model.rowCount() - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def current(self) -> Prompt | None:
        index = self.view.currentIndex()
        return self.model.data(index, PromptListModel.PromptRole) if index.isValid() else None

    def _show_current(self) -> None:
        prompt = self.current()
        has = prompt is not None
        for widget in (self.keep_button, self.hide_button):
            widget.setEnabled(has)
        if prompt is None:
            self.detail.setText(translate("prompts.browser", EMPTY[self.chosen().show]))
            self.detail.setProperty("content", False)
            self.reveal_button.setVisible(False)
            self.write_button.setEnabled(False)
            return
        shown = self.model.shown(prompt)
        self.detail.setText(prompt.text if shown else veil(prompt))
        self.detail.setProperty("content", shown)  # the prompt's own words, or our veil
        self.reveal_button.setVisible(not shown)
        self.write_button.setEnabled(shown)
        flags = self.model.marks
        kept = prompt.id in flags.favourites
        self.keep_button.setText(
            translate("prompts.browser", "★ Stop keeping")
            if kept
            else translate("prompts.browser", "☆ Keep")
        )
        self.keep_button.setAccessibleName(
            translate("prompts.browser", "Stop keeping")
            if kept
            else translate("prompts.browser", "Keep")
        )
        hidden = prompt.id in flags.hidden
        self.hide_button.setText(
            translate("prompts.browser", "Show again")
            if hidden
            else translate("prompts.browser", "Never show this")
        )
        self.hide_button.setAccessibleName(self.hide_button.text())

    def _into_list(self) -> None:
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus(Qt.FocusReason.TabFocusReason)

    # --- actions --------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click: write about it; a veiled prompt shows its words first."""
        self.view.setCurrentIndex(index)
        prompt = self.current()
        if prompt is not None and not self.model.shown(prompt):
            self.reveal()
        else:
            self.write()

    def reveal(self) -> None:
        self.model.reveal(self.view.currentIndex().row())
        self._show_current()
        if self.reveal_button.hasFocus():
            self.write_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def write(self) -> None:
        prompt = self.current()
        if prompt is None or not self.model.shown(prompt):
            return
        self.prompts.answered(prompt.id)
        self.write_requested.emit(offer_for(prompt))
        self.accept()

    def toggle_keep(self) -> None:
        prompt = self.current()
        if prompt is not None:
            kept = prompt.id in self.model.marks.favourites
            (self.prompts.unkeep if kept else self.prompts.keep)(prompt.id)
            self._changed()

    def toggle_hidden(self) -> None:
        prompt = self.current()
        if prompt is not None:
            hidden = prompt.id in self.model.marks.hidden
            (self.prompts.unhide if hidden else self.prompts.hide)(prompt.id)
            self._changed()

    def forget_history(self) -> bool:
        if not self.confirm_forget():
            return False
        self.prompts.forget_history()
        self.detail.setText(
            translate(
                "prompts.browser", "Prompt history forgotten. Your entries are all still here."
            )
        )
        self.detail.setProperty("content", False)
        self.changed.emit()
        return True

    def _changed(self) -> None:
        self.refresh(fallback_row=max(self.view.currentIndex().row(), 0))  # the next one along
        self.changed.emit()

    def _ask_forget(self) -> bool:
        return question.confirm(
            self,
            translate("prompts.browser", "Forget my prompt history"),
            translate("services.prompts.browsing", FORGET_WARNING),  # a constant marked there
            careful=translate("prompts.browser", "Keep it"),
            other=translate("prompts.browser", "Forget it"),
        )
