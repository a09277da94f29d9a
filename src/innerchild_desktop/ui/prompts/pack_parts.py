"""Parts of the pack editor: the list model for prompts and weeks, their forms, the preview.

The forms edit one row at a time; every change is written straight back to the model as a new
frozen draft value, so the draft the dialog exports is always what the screen shows.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.prompt_writing import DraftPrompt, DraftWeek, PackDraft
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.ui.prompts.browser_model import depth_word
from innerchild_desktop.ui.widgets import button, label

Index = QModelIndex | QPersistentModelIndex
DEPTH_NAMES = {  # translated when shown
    Depth.GENTLE: QT_TRANSLATE_NOOP("prompts.pack_parts", "Gentle"),
    Depth.REFLECTIVE: QT_TRANSLATE_NOOP("prompts.pack_parts", "Reflective"),
    Depth.DEEP: QT_TRANSLATE_NOOP("prompts.pack_parts", "Deep (with a content note first)"),
}


class RowsModel(QAbstractListModel):
    """A list of draft values (prompts or weeks) shown one line each."""

    def __init__(self, describe: Callable[[int, Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self._describe = describe

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(index.row(), self.items[index.row()])
        return None

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def append(self, items: list[Any]) -> None:
        if items:
            start = len(self.items)
            self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
            self.items += items
            self.endInsertRows()

    def put(self, row: int, item: Any) -> None:
        self.items[row] = item
        self.dataChanged.emit(self.index(row), self.index(row))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move one row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row
        # Qt counts the destination before the move: one further when moving down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (delta > 0))
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        return target

    def refresh(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))


def list_view(name: str, model: RowsModel) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setWordWrap(True)
    return view


def list_column(
    view: QListView,
    what: str,
    move: Callable[[QListView, int], None],
    remove: Callable[[QListView], None],
) -> QVBoxLayout:
    """The list with Move up, Move down and Remove under it; Alt+Up and Alt+Down move too.
    ``what`` is "prompt" or "week"."""
    column = QVBoxLayout()
    column.addWidget(view, 1)
    buttons = QHBoxLayout()
    if what == "week":
        up_says = translate("prompts.pack_parts", "Move the chosen week up ({shortcut})")
        down_says = translate("prompts.pack_parts", "Move the chosen week down ({shortcut})")
        remove_says = translate("prompts.pack_parts", "Remove the week")
    else:
        up_says = translate("prompts.pack_parts", "Move the chosen prompt up ({shortcut})")
        down_says = translate("prompts.pack_parts", "Move the chosen prompt down ({shortcut})")
        remove_says = translate("prompts.pack_parts", "Remove the prompt")
    up = button(
        translate("prompts.pack_parts", "Move up"),
        description=up_says.format(shortcut="Alt+Up"),
    )
    down = button(
        translate("prompts.pack_parts", "Move down"),
        description=down_says.format(shortcut="Alt+Down"),
    )
    gone = button(
        translate("prompts.pack_parts", "Remove"), accessible=remove_says, description=remove_says
    )
    up.clicked.connect(lambda: move(view, -1))
    down.clicked.connect(lambda: move(view, 1))
    gone.clicked.connect(lambda: remove(view))
    for key, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda d=delta: move(view, d))
    for widget in (up, down, gone):
        buttons.addWidget(widget)
    column.addLayout(buttons)
    return column


def plain_edit(name: str, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else
    edit.setFixedHeight(height)
    return edit


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def combo(name: str, choices: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in choices:
        box.addItem(text, value)
    return box


class PromptForm(QWidget):
    """The chosen prompt's words, theme, depth, content note and week."""

    changed = Signal(object)  # DraftPrompt

    def __init__(self, themes: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._prompt: DraftPrompt | None = None
        self.text = plain_edit(translate("prompts.pack_parts", "Prompt words"), 80)
        self.theme = combo(
            translate("prompts.pack_parts", "Theme"),
            [(name, theme_id) for theme_id, name in themes],
        )
        self.depth_box = combo(
            translate("prompts.pack_parts", "Depth"),
            [(translate("prompts.pack_parts", text), depth) for depth, text in DEPTH_NAMES.items()],
        )
        self.note = plain_edit(translate("prompts.pack_parts", "Content note"), 52)
        self.note.setPlaceholderText(
            translate(
                "prompts.pack_parts",
                "Shown before the prompt, so each person can choose; needed for deep ones",
            )
        )
        self.week = combo(
            translate("prompts.pack_parts", "Week"),
            [(translate("prompts.pack_parts", "Not in a week"), 0)],
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (translate("prompts.pack_parts", "Wo&rds"), self.text),
            (translate("prompts.pack_parts", "T&heme"), self.theme),
            (translate("prompts.pack_parts", "&Depth"), self.depth_box),
            (translate("prompts.pack_parts", "Content no&te"), self.note),
            (translate("prompts.pack_parts", "W&eek"), self.week),
        ):
            caption = label(title, wrap=False)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.text.textChanged.connect(self._emit)
        self.note.textChanged.connect(self._emit)
        for box in (self.theme, self.depth_box, self.week):
            box.currentIndexChanged.connect(self._emit)
        self.show_prompt(None)

    def set_weeks(self, weeks: list[DraftWeek]) -> None:
        self._loading = True
        chosen = self.week.currentData() or 0
        self.week.clear()
        self.week.addItem(translate("prompts.pack_parts", "Not in a week"), 0)
        for number, week in enumerate(weeks, start=1):
            title = week.title.strip()
            name = (
                translate("prompts.pack_parts", "Week {number}: {title}")
                if title
                else translate("prompts.pack_parts", "Week {number}")
            )
            self.week.addItem(name.format(number=number, title=title), number)
        self.week.setCurrentIndex(max(self.week.findData(chosen), 0))
        self._loading = False

    def show_prompt(self, prompt: DraftPrompt | None) -> None:
        self._loading = True
        self._prompt = prompt
        self.setEnabled(prompt is not None)
        self.text.setPlainText(prompt.text if prompt else "")
        self.note.setPlainText(prompt.content_note if prompt else "")
        if prompt is not None:
            self.theme.setCurrentIndex(max(self.theme.findData(prompt.theme), 0))
            self.depth_box.setCurrentIndex(self.depth_box.findData(prompt.depth))
            self.week.setCurrentIndex(max(self.week.findData(prompt.week), 0))
        self._loading = False

    def _emit(self) -> None:
        if self._loading or self._prompt is None:
            return
        self._prompt = replace(
            self._prompt,
            text=self.text.toPlainText(),
            theme=self.theme.currentData(),
            depth=self.depth_box.currentData(),
            content_note=self.note.toPlainText(),
            week=self.week.currentData() or 0,
        )
        self.changed.emit(self._prompt)


class WeekForm(QWidget):
    """The chosen week's title, introduction and exercise, and the prompts it holds."""

    changed = Signal(object)  # DraftWeek

    def __init__(self, exercises: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._week: DraftWeek | None = None
        self.title = line_edit(
            translate("prompts.pack_parts", "Week title"),
            translate("prompts.pack_parts", "e.g. Arriving"),
        )
        self.intro = plain_edit(translate("prompts.pack_parts", "Week introduction"), 90)
        self.exercise = combo(
            translate("prompts.pack_parts", "Exercise"),
            [
                (translate("prompts.pack_parts", "No exercise"), ""),
                *((n, i) for i, n in exercises),
            ],
        )
        self.prompts = label("", "muted")
        self.prompts.setTextFormat(Qt.TextFormat.PlainText)  # the leader's own words
        self.prompts.setProperty("content", True)  # never translated
        self.prompts.setAccessibleName(translate("prompts.pack_parts", "Prompts this week"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (translate("prompts.pack_parts", "&Title"), self.title),
            (translate("prompts.pack_parts", "&Introduction"), self.intro),
            (translate("prompts.pack_parts", "E&xercise"), self.exercise),
            (translate("prompts.pack_parts", "Prompts"), self.prompts),
        ):
            caption = label(title, wrap=False)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.title.textChanged.connect(self._emit)
        self.intro.textChanged.connect(self._emit)
        self.exercise.currentIndexChanged.connect(self._emit)
        self.show_week(None, [])

    def show_week(self, week: DraftWeek | None, prompts: list[DraftPrompt]) -> None:
        self._loading = True
        self._week = week
        self.setEnabled(week is not None)
        self.title.setText(week.title if week else "")
        self.intro.setPlainText(week.intro if week else "")
        self.exercise.setCurrentIndex(max(self.exercise.findData(week.exercise if week else ""), 0))
        self.show_prompts(prompts)
        self._loading = False

    def show_prompts(self, prompts: list[DraftPrompt]) -> None:
        lines = [f"{n}. {first_line(p.text)}" for n, p in enumerate(prompts, start=1)]
        self.prompts.setText(
            "\n".join(lines)
            if lines
            else translate("prompts.pack_parts", "None yet: choose this week on the Prompts tab.")
        )

    def _emit(self) -> None:
        if self._loading or self._week is None:
            return
        self._week = DraftWeek(
            self.title.text(), self.intro.toPlainText(), self.exercise.currentData() or ""
        )
        self.changed.emit(self._week)


def first_line(text: str, limit: int = 90) -> str:
    if not text.strip():
        return translate("prompts.pack_parts", "(no words yet)")
    line = text.strip().splitlines()[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def describe_prompt(row: int, prompt: DraftPrompt) -> str:
    depth = depth_word(prompt.depth)
    about = (
        translate("prompts.pack_parts", "{depth} · week {number}").format(
            depth=depth, number=prompt.week
        )
        if prompt.week
        else depth
    )
    return f"{row + 1}. {first_line(prompt.text)}  ({about})"


def describe_week(row: int, week: DraftWeek) -> str:
    title = week.title.strip() or translate("prompts.pack_parts", "(no title yet)")
    return translate("prompts.pack_parts", "Week {number}: {title}").format(
        number=row + 1, title=title
    )


def preview_html(
    draft: PackDraft, problems: list[str], theme_names: dict[str, str], exercises: dict[str, str]
) -> str:
    """The pack as members will meet it, every word escaped; what to fix comes first."""
    e = html.escape
    parts: list[str] = []
    if problems:
        heading = translate("prompts.pack_parts", "Before you can share it")
        parts.append(f"<h3>{e(heading)}</h3><ul>")
        parts += [f"<li>{e(p)}</li>" for p in problems]
        parts.append("</ul><hr>")
    name = draft.name.strip() or translate("prompts.pack_parts", "Your pack")
    parts.append(f"<h2>{e(name)}</h2>")
    if draft.author.strip():
        author = translate("prompts.pack_parts", "From {author}").format(
            author=draft.author.strip()
        )
        parts.append(f"<p><i>{e(author)}</i></p>")
    if draft.description.strip():
        parts.append(_paragraphs(draft.description))

    def prompt_items(prompts: list[DraftPrompt]) -> str:
        items = []
        for p in prompts:
            note = p.content_note.strip()
            noted = translate("prompts.pack_parts", "A note before this one: {note}")
            before = f"<i>{e(noted.format(note=note))}</i><br>" if note else ""
            about = f"{theme_names.get(p.theme, p.theme)} · {depth_word(p.depth)}"
            items.append(f"<li>{before}{_lines(p.text)}<br><small>{e(about)}</small></li>")
        return "<ol>" + "".join(items) + "</ol>"

    for number, week in enumerate(draft.weeks, start=1):
        title = translate("prompts.pack_parts", "Week {number}: {title}").format(
            number=number, title=week.title.strip()
        )
        parts.append(f"<h3>{e(title)}</h3>")
        parts.append(_paragraphs(week.intro))
        week_prompts = draft.week_prompts(number)
        if week_prompts:
            parts.append(prompt_items(week_prompts))
        if week.exercise:
            exercise = translate("prompts.pack_parts", "Exercise: {name}").format(
                name=exercises.get(week.exercise, week.exercise)
            )
            parts.append(f"<p>{e(exercise)}</p>")
    loose = draft.week_prompts(0)
    if loose:
        heading = (
            translate("prompts.pack_parts", "Other prompts")
            if draft.weeks
            else translate("prompts.pack_parts", "Prompts")
        )
        parts.append(f"<h3>{e(heading)}</h3>{prompt_items(loose)}")
    return "".join(parts)


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_lines(block)}</p>" for block in text.strip().split("\n\n") if block)
