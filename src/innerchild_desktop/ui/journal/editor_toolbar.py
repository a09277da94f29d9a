"""The entry editor's toolbar: its actions and shortcuts, and the view choices it offers
(preview, focus, text size, writing font, line length).

Every button says what it does in a word ("Heading", "List", "Checklist", "Quote"), with its
full name and shortcut as tooltip and accessible name. What is used less (photos, details,
reply, memory, history, text size, font, line length, trash) waits in "More"; every shortcut
works wherever its action sits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.settings import EDITOR_FONT, EDITOR_MEASURE
from innerchild_desktop.ui.journal.details import DETAILS_SHORTCUT
from innerchild_desktop.ui.journal.drawings import add_drawing_actions
from innerchild_desktop.ui.journal.editor_parts import EditorWidget
from innerchild_desktop.ui.journal.history_dialog import HISTORY_SHORTCUT
from innerchild_desktop.ui.journal.voice_actions import VOICE_SHORTCUT, record_voice_note

HEAVY_NAME = QT_TRANSLATE_NOOP("journal.editor_toolbar", "This is heavy — keep it veiled")
HEAVY_SHORTCUT = "Ctrl+Shift+K"
# The keys are kept as the journal's setting; the menu shows them translated.
FONTS = {
    QT_TRANSLATE_NOOP("journal.editor_toolbar", "Sans-serif"): QFont.StyleHint.SansSerif,
    QT_TRANSLATE_NOOP("journal.editor_toolbar", "Serif"): QFont.StyleHint.Serif,
    QT_TRANSLATE_NOOP("journal.editor_toolbar", "Monospace"): QFont.StyleHint.Monospace,
}
# Line lengths offered, in average characters (0: the whole width).
MEASURES = {
    60: QT_TRANSLATE_NOOP("journal.editor_toolbar", "Narrow"),
    70: QT_TRANSLATE_NOOP("journal.editor_toolbar", "Comfortable"),
    90: QT_TRANSLATE_NOOP("journal.editor_toolbar", "Wide"),
    0: QT_TRANSLATE_NOOP("journal.editor_toolbar", "Full width"),
}


class EditorToolbar(EditorWidget):
    """Mixed into EntryEditor: builds the toolbar once the body and the preview exist."""

    def _build_toolbar(self) -> None:
        """Two quiet rows: the entry's own (New, Heavy … Preview, Focus, More) above the title,
        and the formatting buttons just above the text they format."""
        self.toolbar = QToolBar(translate("journal.editor_toolbar", "Entry"))
        self.toolbar.setAccessibleName(translate("journal.editor_toolbar", "Entry"))
        add = self._add_action
        self.new_action = add(
            translate("journal.editor_toolbar", "+ New"),
            "Ctrl+N",
            lambda: self.new_entry(),
            name=translate("journal.editor_toolbar", "New entry"),
        )
        # First in its row, so it never ends up in the overflow menu of a narrow window.
        self.heavy_action = add(
            translate("journal.editor_toolbar", "Heavy"),
            HEAVY_SHORTCUT,
            self._heavy_toggled,
            checkable=True,
            name=translate("journal.editor_toolbar", HEAVY_NAME),
        )
        self.spacer = QWidget()  # Preview, Focus and More to the right
        self.spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(self.spacer)
        self.preview_action = add(
            translate("journal.editor_toolbar", "Preview"),
            "Ctrl+Shift+P",
            self.toggle_preview,
            checkable=True,
            name=translate("journal.editor_toolbar", "Preview"),
        )
        self.focus_action = add(
            translate("journal.editor_toolbar", "Focus"),
            "Ctrl+Shift+F",
            self.toggle_focus,
            checkable=True,
            name=translate("journal.editor_toolbar", "Focus: only the writing"),
        )
        self._build_more_menu()

        self.format_bar = QToolBar(translate("journal.editor_toolbar", "Formatting"))
        self.format_bar.setAccessibleName(translate("journal.editor_toolbar", "Formatting"))
        bar = self.format_bar
        self.format_indent = QWidget()  # widened to line the buttons up with the text's column
        self.format_indent.setFixedWidth(0)
        bar.addWidget(self.format_indent)
        bold = add(
            translate("journal.editor_toolbar", "B", "the Bold button: its first letter"),
            "Ctrl+B",
            self.body.bold,
            name=translate("journal.editor_toolbar", "Bold"),
            bar=bar,
        )
        italic = add(
            translate("journal.editor_toolbar", "I", "the Italic button: its first letter"),
            "Ctrl+I",
            self.body.italic,
            name=translate("journal.editor_toolbar", "Italic"),
            bar=bar,
        )
        for action, style in ((bold, "bold"), (italic, "italic")):
            font = QFont(bar.font())
            font.setBold(style == "bold")
            font.setItalic(style == "italic")
            action.setFont(font)
        add(
            translate("journal.editor_toolbar", "Heading"),
            "Ctrl+Shift+H",
            self.body.heading,
            name=translate("journal.editor_toolbar", "Heading (again: smaller)"),
            bar=bar,
        )
        add(
            translate("journal.editor_toolbar", "List"),
            "Ctrl+Shift+8",
            lambda: self.body.line_prefix("bullet"),
            name=translate("journal.editor_toolbar", "List"),
            bar=bar,
        )
        add(
            translate("journal.editor_toolbar", "Checklist"),
            "Ctrl+Shift+C",
            lambda: self.body.line_prefix("checklist"),
            name=translate("journal.editor_toolbar", "Checklist"),
            bar=bar,
        )
        add(
            translate("journal.editor_toolbar", "Quote"),
            "Ctrl+Shift+Q",
            lambda: self.body.line_prefix("quote"),
            name=translate("journal.editor_toolbar", "Quote"),
            bar=bar,
        )
        self.tick_action = add(
            translate("journal.editor_toolbar", "Tick"),
            "Ctrl+Shift+X",
            self.body.toggle_checkbox,
            name=translate("journal.editor_toolbar", "Tick or untick"),
            bar=bar,
        )

    def _build_more_menu(self) -> None:
        """What is used less, in "More"; each still at its shortcut."""
        menu = QMenu(translate("journal.editor_toolbar", "More"), self.toolbar)
        add = self._add_action
        self.photo_action = add(
            translate("journal.editor_toolbar", "Photo…"),
            "Ctrl+Shift+I",
            self.choose_photos,
            name=translate("journal.editor_toolbar", "Add photos"),
            menu=menu,
        )
        self.draw_action, self.edit_drawing_action = add_drawing_actions(self, menu)
        self.voice_action = add(
            translate("journal.editor_toolbar", "Voice note…"),
            VOICE_SHORTCUT,
            lambda: record_voice_note(self),
            name=translate("journal.editor_toolbar", "Record a voice note"),
            menu=menu,
        )
        self.details_action = add(
            translate("journal.editor_toolbar", "Details"),
            DETAILS_SHORTCUT,
            self._details_shortcut,
            name=translate("journal.editor_toolbar", "Show or hide details"),
            menu=menu,
        )
        menu.addSeparator()
        self.reply_action = add(
            translate("journal.editor_toolbar", "Reply"),
            None,
            self.write_reply,
            name=translate("journal.editor_toolbar", "Write a reply from my younger self"),
            menu=menu,
        )
        self.memory_action = add(
            translate("journal.editor_toolbar", "Memory…"),
            "Ctrl+Shift+M",
            self._make_memory,
            name=translate("journal.editor_toolbar", "Make this a memory"),
            menu=menu,
        )
        self.history_action = add(
            translate("journal.editor_toolbar", "History…"),
            HISTORY_SHORTCUT,
            self.show_history,
            name=translate("journal.editor_toolbar", "Earlier versions of this entry"),
            menu=menu,
        )
        menu.addSeparator()
        add(
            translate("journal.editor_toolbar", "Larger text"),
            "Ctrl+=",
            lambda: self.zoom(1),
            menu=menu,
        )
        add(
            translate("journal.editor_toolbar", "Smaller text"),
            "Ctrl+-",
            lambda: self.zoom(-1),
            menu=menu,
        )
        fonts = menu.addMenu(translate("journal.editor_toolbar", "Writing font"))
        group = QActionGroup(fonts)
        self.font_actions: dict[str, QAction] = {}
        for name in FONTS:
            action = fonts.addAction(translate("journal.editor_toolbar", name))
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self.set_font_family(n))
            self.font_actions[name] = action
        widths = menu.addMenu(translate("journal.editor_toolbar", "Line length"))
        group = QActionGroup(widths)
        self.measure_actions: dict[int, QAction] = {}
        for chars, words in MEASURES.items():
            width = translate("journal.editor_toolbar", words)
            text = (
                translate("journal.editor_toolbar", "{width} (about {chars} characters)").format(
                    width=width, chars=chars
                )
                if chars
                else width
            )
            action = widths.addAction(text)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=chars: self.set_measure(c))
            self.measure_actions[chars] = action
        self.spell_action = add(
            translate("journal.editor_toolbar", "Check spelling"),
            None,
            self.toggle_spelling,
            checkable=True,
            name=translate("journal.editor_toolbar", "Underline words that may be misspelled"),
            menu=menu,
        )
        menu.addSeparator()
        self.trash_action = add(
            translate("journal.editor_toolbar", "Move to trash"),
            "Ctrl+Shift+Delete",
            self.trash,
            name=translate("journal.editor_toolbar", "Move to trash"),
            menu=menu,
        )
        self.more_button = QToolButton()
        self.more_button.setText(translate("journal.editor_toolbar", "More"))
        self.more_button.setMenu(menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAccessibleName(translate("journal.editor_toolbar", "More actions"))
        self.more_button.setToolTip(
            translate(
                "journal.editor_toolbar", "More: photos, drawing, details, reply, history, trash…"
            )
        )
        self.toolbar.addWidget(self.more_button).setToolTip(self.more_button.toolTip())

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
    ) -> QAction:
        """An action with a short label, and its full name for tooltips and readers; on the
        toolbar, or in ``menu``. Its shortcut works anywhere in the editor either way."""
        action = QAction(text, self)
        name = name or text
        action.setToolTip(f"{name} ({shortcut})" if shortcut else name)
        action.setStatusTip(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        else:
            bar = bar or self.toolbar
            bar.addAction(action)
            bar.widgetForAction(action).setAccessibleName(name)
        self.addAction(action)
        return action

    def toggle_preview(self) -> None:
        self.preview.setVisible(self.preview_action.isChecked())
        self._refresh_derived()

    def toggle_focus(self) -> None:
        on = self.focus_action.isChecked()
        self.details.set_focus_mode(on)
        self.focus_mode_changed.emit(on)

    def _details_shortcut(self) -> None:
        """Unfold the details and go to the first one; fold them and go back to the text."""
        if self.details.is_open():
            self.details.set_open(False)
            self.body.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.details.set_open(True, focus=True)

    def set_measure(self, chars: int) -> None:
        """Lines of about ``chars`` characters (0: the whole width); kept as a journal setting."""
        self.body.set_measure(chars)
        if chars in self.measure_actions:
            self.measure_actions[chars].setChecked(True)
        if self.service is not None and self.service.setting(EDITOR_MEASURE) != chars:
            self.service.set_setting(EDITOR_MEASURE, chars)

    def zoom(self, step: int) -> None:
        for widget in (self.body, self.preview):
            widget.zoomIn(step) if step > 0 else widget.zoomOut(-step)

    def set_font_family(self, name: str) -> None:
        hint = FONTS.get(name, QFont.StyleHint.SansSerif)
        font = QFont(self.body.font())
        font.setStyleHint(hint)
        font.setFamily(
            {QFont.StyleHint.Serif: "serif", QFont.StyleHint.Monospace: "monospace"}.get(
                hint, "sans-serif"
            )
        )
        self.body.setFont(font)
        if name in self.font_actions:
            self.font_actions[name].setChecked(True)
        if self.service is not None and self.service.setting(EDITOR_FONT) != name:
            self.service.set_setting(EDITOR_FONT, name)
