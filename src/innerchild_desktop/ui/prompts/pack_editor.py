"""Prompts → "Make a pack for my group…": a leader writes prompts and a weekly program, previews
them as her members will meet them, and saves the pack file to share.

Prompts are pasted one per line or written one by one; each has a theme, a depth and a content
note (needed for deep ones) and, if she likes, a week. Weeks have a title, an introduction and
optionally one shipped exercise. Alt+Up and Alt+Down move the chosen prompt or week.

Nothing is written outside the journal until she exports: the unfinished pack is kept in the
encrypted journal settings when the editor closes (and when the journal locks, which closes it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.prompt_translation import LANGUAGE_NAMES
from innerchild_desktop.domain.prompt_writing import (
    DraftPrompt,
    DraftWeek,
    PackDraft,
    split_pasted,
)
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services import prompts as prompt_service
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.ui.prompts.pack_files import PackFiles
from innerchild_desktop.ui.prompts.pack_parts import (
    PromptForm,
    RowsModel,
    WeekForm,
    combo,
    describe_prompt,
    describe_week,
    line_edit,
    list_column,
    list_view,
    plain_edit,
    preview_html,
)
from innerchild_desktop.ui.widgets import button, label

DEFAULT_THEME = "feelings"


class PackEditor(PackFiles, QDialog):
    """The editor; open it with :meth:`ask`."""

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("prompts.pack_editor", "Make a pack for my group"))
        self.setAccessibleName(translate("prompts.pack_editor", "Make a pack for my group"))
        self.resize(940, 660)
        self.journal = service.journal
        self.prompts = PromptService(service.journal)
        self.overwrite_box: QMessageBox | None = None  # open while asking to replace something
        library = prompt_service.shipped_library()
        themes = sorted(library.themes, key=lambda t: t.order)
        self.theme_names = {t.id: t.name for t in themes}
        self.exercise_names = dict(prompt_service.pack_exercises())
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "prompts.pack_editor",
                    "Write prompts for your group, in the order you'd like them met, and if you "
                    "like arrange them into weeks. Save the pack as a file to share: each member "
                    "imports it on their Prompts screen.",
                ),
                "muted",
            )
        )
        about = QFormLayout()
        self.name = line_edit(
            translate("prompts.pack_editor", "Pack name"),
            translate("prompts.pack_editor", "e.g. Spring group"),
        )
        self.author = line_edit(
            translate("prompts.pack_editor", "Your name"),
            translate("prompts.pack_editor", "Shown to members as who the pack is from"),
        )
        self.description = line_edit(
            translate("prompts.pack_editor", "About this pack"),
            translate("prompts.pack_editor", "Optional: a line about the group"),
        )
        # Members are offered a pack in another language than their prompts only when they ask.
        languages = [(name, code) for code, name in LANGUAGE_NAMES.items()]
        self.language = combo(
            translate("prompts.pack_editor", "Language of the prompts"), languages
        )
        for title, widget in (
            (translate("prompts.pack_editor", "Pack &name"), self.name),
            (translate("prompts.pack_editor", "Your n&ame"), self.author),
            (translate("prompts.pack_editor", "About this pac&k"), self.description),
            (translate("prompts.pack_editor", "&Language"), self.language),
        ):
            caption = label(title, wrap=False)
            caption.setBuddy(widget)
            about.addRow(caption, widget)
        layout.addLayout(about)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("prompts.pack_editor", "Pack parts"))
        self.tabs.addTab(
            self._prompts_tab([(t.id, t.name) for t in themes]),
            translate("prompts.pack_editor", "&Prompts"),
        )
        self.tabs.addTab(self._weeks_tab(), translate("prompts.pack_editor", "&Weeks"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(translate("prompts.pack_editor", "Preview of the pack"))
        self.preview.setOpenLinks(False)
        self.tabs.addTab(self.preview, translate("prompts.pack_editor", "Pre&view"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.status = label("", "muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may name the leader's file
        self.status.setAccessibleName(translate("prompts.pack_editor", "Pack status"))
        layout.addWidget(self.status)
        actions = QHBoxLayout()
        open_button = button(
            translate("prompts.pack_editor", "Open a pack file…"),
            description=translate("prompts.pack_editor", "Change a pack you saved before"),
        )
        open_button.clicked.connect(self.choose_open)
        close_button = button(
            translate("prompts.pack_editor", "Close"),
            description=translate(
                "prompts.pack_editor", "Your unfinished pack is kept in the journal"
            ),
        )
        close_button.clicked.connect(self.reject)
        self.export_button = button(
            translate("prompts.pack_editor", "Save the pack to share…"),
            role="primary",
            description=translate("prompts.pack_editor", "Choose where to save the file"),
        )
        self.export_button.clicked.connect(self.choose_export)
        actions.addWidget(open_button)
        actions.addStretch(1)
        actions.addWidget(close_button)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        for push in self.findChildren(QPushButton):  # Enter means "save", never "remove"
            push.setAutoDefault(False)
        self.export_button.setDefault(True)
        self.set_draft(self.prompts.pack_draft() or PackDraft())
        if parent is not None:  # the journal locking hides the page: close (and keep the draft)
            parent.installEventFilter(self)

    @classmethod
    def ask(cls, parent: QWidget, service: JournalService | None) -> PackEditor | None:
        """Open the editor window-modally (None while the journal is locked)."""
        if service is None:
            return None
        editor = cls(service, parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    # --- building the tabs ----------------------------------------------------------------------
    def _prompts_tab(self, themes: list[tuple[str, str]]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.paste = plain_edit(
            translate("prompts.pack_editor", "Prompts to add, one per line"), 64
        )
        self.paste.setPlaceholderText(
            translate("prompts.pack_editor", "Paste or write prompts here, one per line")
        )
        add = button(
            translate("prompts.pack_editor", "Add these prompts"),
            description=translate(
                "prompts.pack_editor", "Add each line as a prompt ({shortcut})"
            ).format(shortcut="Ctrl+Enter"),
        )
        add.clicked.connect(self.add_pasted)
        QShortcut(QKeySequence("Ctrl+Return"), self.paste, self.add_pasted)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(add)
        layout.addLayout(paste_row)
        self.prompt_model: RowsModel = RowsModel(describe_prompt, self)
        self.prompt_list = list_view(
            translate("prompts.pack_editor", "Prompts in this pack"), self.prompt_model
        )
        self.prompt_form = PromptForm(themes)
        self.prompt_form.changed.connect(self._prompt_edited)
        self.prompt_list.selectionModel().currentRowChanged.connect(
            lambda current, _: self.prompt_form.show_prompt(self._current(self.prompt_list))
        )
        row = QHBoxLayout()
        row.addLayout(list_column(self.prompt_list, "prompt", self.move_row, self.remove), 1)
        row.addWidget(self.prompt_form, 1)
        layout.addLayout(row, 1)
        return page

    def _weeks_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            label(
                translate(
                    "prompts.pack_editor",
                    "If you like, a weekly program: each week a title, a few words to begin, its "
                    "prompts (choose the week on the Prompts tab) and an exercise.",
                ),
                "muted",
            )
        )
        self.week_model: RowsModel = RowsModel(describe_week, self)
        self.week_list = list_view(
            translate("prompts.pack_editor", "Weeks of the program"), self.week_model
        )
        self.week_form = WeekForm(list(self.exercise_names.items()))
        self.week_form.changed.connect(self._week_edited)
        self.week_list.selectionModel().currentRowChanged.connect(lambda *_: self._show_week())
        add = button(
            translate("prompts.pack_editor", "Add a week"),
            description=translate("prompts.pack_editor", "A new week at the end of the program"),
        )
        add.clicked.connect(self.add_week)
        column = list_column(self.week_list, "week", self.move_row, self.remove)
        column.insertWidget(0, add)
        row = QHBoxLayout()
        row.addLayout(column, 1)
        row.addWidget(self.week_form, 1)
        layout.addLayout(row, 1)
        return page

    # --- the draft ------------------------------------------------------------------------------
    def draft(self) -> PackDraft:
        return PackDraft(
            self.name.text(),
            self.author.text(),
            self.description.text(),
            "1",
            tuple(self.prompt_model.items),
            tuple(self.week_model.items),
            str(self.language.currentData()),
        )

    def set_draft(self, draft: PackDraft) -> None:
        self.name.setText(draft.name)
        self.author.setText(draft.author)
        self.description.setText(draft.description)
        if self.language.findData(draft.language) < 0:  # a pack file in a language not listed
            self.language.addItem(draft.language, draft.language)
        self.language.setCurrentIndex(self.language.findData(draft.language))
        self.week_model.set_items(list(draft.weeks))
        self.prompt_form.set_weeks(list(draft.weeks))
        self.prompt_model.set_items(list(draft.prompts))
        self.prompt_form.show_prompt(None)
        self.week_form.show_week(None, [])
        for view in (self.prompt_list, self.week_list):
            if view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))

    def add_pasted(self) -> None:
        lines = split_pasted(self.paste.toPlainText())
        if not lines:
            self.status.setText(
                translate("prompts.pack_editor", "Write or paste a prompt first, one per line.")
            )
            return
        current = self._current(self.prompt_list)
        theme = current.theme if current else DEFAULT_THEME
        if theme not in self.theme_names:
            theme = next(iter(self.theme_names))
        self.prompt_model.append([DraftPrompt(text, theme, Depth.GENTLE) for text in lines])
        self.paste.clear()
        count = len(lines)
        self.status.setText(translate("prompts.pack_editor", "Added %n prompts.", None, count))
        self.prompt_list.setCurrentIndex(
            self.prompt_model.index(self.prompt_model.rowCount() - count, 0)
        )

    def add_week(self) -> None:
        self.week_model.append([DraftWeek()])
        self._weeks_changed()
        self.week_list.setCurrentIndex(self.week_model.index(self.week_model.rowCount() - 1, 0))
        self.week_form.title.setFocus()

    def move_row(self, view: QListView, delta: int) -> None:
        model = view.model()
        assert isinstance(model, RowsModel)
        row = view.currentIndex().row()
        if row < 0:
            return
        if model is self.week_model:  # prompts follow their week, wherever it goes
            target = row + delta
            if 0 <= target < model.rowCount():
                self._renumber({row + 1: target + 1, target + 1: row + 1})
        view.setCurrentIndex(model.index(model.move(row, delta), 0))
        if model is self.week_model:
            self._weeks_changed()

    def remove(self, view: QListView) -> None:
        model = view.model()
        assert isinstance(model, RowsModel)
        row = view.currentIndex().row()
        if row < 0:
            return
        model.remove(row)
        if model is self.week_model:  # its prompts stay, outside any week
            later = {n: n - 1 for n in range(row + 2, model.rowCount() + 2)}
            self._renumber({row + 1: 0, **later})
            self._weeks_changed()
        if model.rowCount():
            view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))
        else:
            self.prompt_form.show_prompt(self._current(self.prompt_list))
            self._show_week()

    def _renumber(self, weeks: dict[int, int]) -> None:
        for row, prompt in enumerate(self.prompt_model.items):
            if prompt.week in weeks:
                self.prompt_model.put(row, replace(prompt, week=weeks[prompt.week]))

    def _weeks_changed(self) -> None:
        self.prompt_form.set_weeks(list(self.week_model.items))
        self.prompt_form.show_prompt(self._current(self.prompt_list))
        self.prompt_model.refresh()
        self._show_week()

    def _current(self, view: QListView) -> Any:
        model = view.model()
        assert isinstance(model, RowsModel)
        row = view.currentIndex().row()
        return model.items[row] if 0 <= row < len(model.items) else None

    def _prompt_edited(self, prompt: DraftPrompt) -> None:
        row = self.prompt_list.currentIndex().row()
        if row >= 0:
            self.prompt_model.put(row, prompt)

    def _week_edited(self, week: DraftWeek) -> None:
        row = self.week_list.currentIndex().row()
        if row >= 0:
            self.week_model.put(row, week)
            self.prompt_form.set_weeks(list(self.week_model.items))

    def _show_week(self) -> None:
        row = self.week_list.currentIndex().row()
        week = self._current(self.week_list)
        prompts = self.draft().week_prompts(row + 1) if week is not None else []
        self.week_form.show_week(week, prompts)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.show_preview()
        elif index == 1:
            self._show_week()

    def show_preview(self) -> list[str]:
        """Show the pack as members will meet it; returns what is left to fix."""
        draft = self.draft()
        problems = list(prompt_service.prepare_pack(draft).problems)
        self.preview.setHtml(preview_html(draft, problems, self.theme_names, self.exercise_names))
        return problems

    # --- closing --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and not event.spontaneous() and self.isVisible():
            self.reject()
        return False

    def done(self, result: int) -> None:
        """Keep the unfinished pack inside the encrypted journal (or forget an empty one)."""
        if self.overwrite_box is not None:
            self.overwrite_box.done(0)
            self.overwrite_box = None
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        draft = self.draft()
        self.prompts.save_pack_draft(None if self._empty(draft) else draft)
        super().done(result)
