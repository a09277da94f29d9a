"""Pick a named feeling from the emotion wheel (valence × energy), or none."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from innerchild_desktop.domain.entries import Mood
from innerchild_desktop.domain.feelings import by_quadrant, feeling
from innerchild_desktop.domain.i18n import translate


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MoodPicker(QToolButton):
    """A button showing the chosen feeling; its menu is the wheel, one section per quadrant."""

    mood_changed = Signal(object)  # Mood | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName(translate("journal.mood_picker", "Feeling"))
        self.setToolTip(translate("journal.mood_picker", "How are you feeling? (optional)"))
        self._mood: Mood | None = None
        menu = QMenu(self)
        none = menu.addAction(translate("journal.mood_picker", "No feeling chosen"))
        none.triggered.connect(lambda: self.set_mood(None, notify=True))
        for quadrant, feelings in by_quadrant().items():
            section = quadrant.label
            menu.addSection(section[:1].upper() + section[1:])
            for item in feelings:
                action = QAction(_swatch(item.colour), item.label, menu)
                action.triggered.connect(
                    lambda _=False, f=item: self.set_mood(
                        Mood(f.name, f.valence, f.energy), notify=True
                    )
                )
                menu.addAction(action)
        self.setMenu(menu)
        self.set_mood(None)

    @property
    def mood(self) -> Mood | None:
        return self._mood

    def set_mood(self, mood: Mood | None, *, notify: bool = False) -> None:
        self._mood = mood
        known = feeling(mood.name) if mood else None
        self.setText(
            translate("journal.mood_picker", "Feeling: {feeling}").format(
                feeling=known.label if known else mood.name
            )
            if mood
            else translate("journal.mood_picker", "Feeling…")
        )
        self.setIcon(_swatch(known.colour) if known else QIcon())
        if notify:
            self.mood_changed.emit(mood)
