"""Choose several feelings (the same wheel as the Journal's feeling picker) or needs for a memory.

A button with a menu of ticks. The menu stays open while Space or a click ticks and unticks, so
several can be chosen in one go; Enter ticks and closes, Esc closes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from innerchild_desktop.domain.feelings import UNMET_NEEDS, by_quadrant, need_label
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.journal.mood_picker import _swatch
from innerchild_desktop.ui.widgets import plain_tip


class TickMenu(QMenu):
    """A menu whose tickable items do not close it when ticked by mouse or Space."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if event.key() == Qt.Key.Key_Space and action is not None and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


class ChoicesButton(QToolButton):
    """Shows what is chosen ("safe, calm"); its menu ticks and unticks choices."""

    changed = Signal()

    def __init__(self, noun: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self.empty_text = empty_text
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName(noun)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.actions_by_name: dict[str, QAction] = {}
        self.setMenu(TickMenu(self))
        self._show()

    def add_choice(self, name: str, icon: QIcon | None = None, text: str | None = None) -> None:
        """A choice kept as ``name``, shown as ``text`` (its words in the language shown)."""
        action = QAction(text or name, self.menu())
        if icon is not None:
            action.setIcon(icon)
        action.setCheckable(True)
        action.toggled.connect(lambda _on: self._show())
        self.menu().addAction(action)
        self.actions_by_name[name] = action

    def chosen(self) -> list[str]:
        return [name for name, action in self.actions_by_name.items() if action.isChecked()]

    def set_chosen(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for name, action in self.actions_by_name.items():
            action.setChecked(name in wanted)

    def _show(self) -> None:
        shown = ", ".join(self.actions_by_name[name].text() for name in self.chosen())
        text = shown or self.empty_text
        self.setText(text if len(text) <= 60 else text[:59] + "…")
        self.setToolTip(plain_tip(f"{self.noun}: {shown}") if shown else self.empty_text)
        self.setAccessibleDescription(shown or translate("timeline.pickers", "none chosen"))
        self.changed.emit()


def feelings_picker(chosen: Sequence[str] = ()) -> ChoicesButton:
    picker = ChoicesButton(
        translate("timeline.pickers", "Feelings"),
        translate("timeline.pickers", "Choose, if you like…"),
    )
    for quadrant, feelings in by_quadrant().items():
        picker.menu().addSection(quadrant.label.capitalize())
        for item in feelings:
            picker.add_choice(item.name, _swatch(item.colour), item.label)
    picker.set_chosen(chosen)
    return picker


def needs_picker(chosen: Sequence[str] = ()) -> ChoicesButton:
    picker = ChoicesButton(
        translate("timeline.pickers", "What I needed"),
        translate("timeline.pickers", "Choose, if you like…"),
    )
    for need in UNMET_NEEDS:
        picker.add_choice(need, text=need_label(need))
    picker.set_chosen(chosen)
    return picker
