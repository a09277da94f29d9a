"""Workspace pages. Each page can load from an unlocked journal and forget everything."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.settings import AUTO_LOCK_MINUTES, BIRTH_DATE
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.widgets import (
    FlowLayout,
    WrapCheckBox,
    button,
    label,
    page_frame,
    screen,
)

if TYPE_CHECKING:
    from innerchild_desktop.services.soothe import SootheService
    from innerchild_desktop.ui.looking_back import LookingBackDialog


class Page(Protocol):
    title: str

    def load(self, service: JournalService) -> None: ...
    def flush(self) -> None: ...
    def clear(self) -> None: ...


class PlaceholderPage(QWidget):
    """A calm page for a part of the app still being built."""

    def __init__(self, title: str, blurb: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the frame's margins are inside, on the column
        inner = screen(self)
        layout.addWidget(inner)
        # Title, blurb, then a closing stretch: subclasses insert their rows between.
        self.column = box = QVBoxLayout(inner)
        page_frame(box, title)
        box.addWidget(label(blurb, "subtitle"))
        box.addStretch(1)

    def load(self, service: JournalService) -> None:
        pass

    def flush(self) -> None:
        pass

    def clear(self) -> None:
        pass


class SoothePage(PlaceholderPage):
    calm_requested = Signal()
    grounding_requested = Signal()
    safety_plan_requested = Signal()
    situation_requested = Signal(str)  # any choice but "overwhelmed" (that is calm_requested)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("pages", "Soothe"),
            translate(
                "pages",
                "Breathing and grounding exercises, whenever you need them. "
                "Every exercise is optional and you can stop at any time.",
            ),
            parent,
        )
        from innerchild_desktop.services.library import shipped_exercises

        layout = self.column
        layout.insertWidget(2, label(translate("pages", "What's happening right now?"), "subtitle"))
        # Three to a row, all as wide as the widest, fewer to a row when the page is narrow.
        grid = FlowLayout(columns=3, uniform=True)
        self.situation_buttons: dict[str, QWidget] = {}
        for situation in shipped_exercises().situations:
            choice = button(situation.label, role="soothe", description=situation.hint)
            if situation.id == "overwhelmed":
                choice.clicked.connect(self.calm_requested)
            else:
                choice.clicked.connect(
                    lambda _=False, s=situation.id: self.situation_requested.emit(s)
                )
            grid.addWidget(choice)
            self.situation_buttons[situation.id] = choice
        plan = button(
            translate("pages", "My safety plan"),
            role="soothe",
            description=translate("pages", "Crisis lines and your own plan for hard moments"),
        )
        grid.addWidget(plan)  # (after the five situations: the second row's end)
        from innerchild_desktop.ui.comfort.box import open_from

        self.comfort_button = button(
            translate("pages", "My comfort box"),
            role="soothe",
            description=translate("pages", "Cards, photos and voices that help you"),
        )
        self.comfort_button.clicked.connect(lambda: open_from(self))
        grid.addWidget(self.comfort_button)
        layout.insertLayout(3, grid)
        plan.clicked.connect(self.safety_plan_requested)
        from innerchild_desktop.ui.soothe.insights import InsightsPanel

        self.insights = InsightsPanel()
        layout.insertWidget(4, self.insights, 1)  # it scrolls inside: give it all the room
        layout.setStretch(layout.count() - 1, 0)  # (the page's closing spacer takes none)
        self.insights.history_deleted.connect(self._delete_history)
        self.insights.looking_back_requested.connect(self.open_looking_back)
        self._service: SootheService | None = None
        self.looking_back: LookingBackDialog | None = None

    def load(self, service: JournalService) -> None:
        from innerchild_desktop.services.soothe import SootheService

        self._service = SootheService(service.journal)
        self.refresh()

    def refresh(self) -> None:
        if self._service is not None:
            self.insights.show_summary(self._service.what_helps())

    def _delete_history(self, *, confirm: bool = True) -> None:
        from innerchild_desktop.ui.soothe.insights import confirm_delete

        if self._service is None or (confirm and not confirm_delete(self)):
            return
        self._service.forget_sessions()
        self.refresh()

    def open_looking_back(self) -> None:
        """Looking back (the year in colour, kind words, what helped), only while unlocked."""
        from innerchild_desktop.services.looking_back import LookingBackService
        from innerchild_desktop.ui.looking_back import LookingBackDialog

        if self._service is None:
            return
        service = LookingBackService(self._service.journal)  # the journal open now
        if self.looking_back is None:
            self.looking_back = LookingBackDialog(service, self.window())
        else:
            self.looking_back.service = service
            self.looking_back.refresh()
        self.looking_back.show()
        self.looking_back.activateWindow()

    def clear(self) -> None:
        self._service = None
        self.insights.clear()
        if self.looking_back is not None:  # locking: its colours and words leave the screen
            self.looking_back.forget()
            self.looking_back.deleteLater()
            self.looking_back = None


class SettingsPage(PlaceholderPage):
    auto_lock_changed = Signal(int)
    birth_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("pages", "Settings"),
            translate("pages", "Your settings are stored inside the encrypted journal."),
            parent,
        )
        row = QHBoxLayout()
        row.addWidget(label(translate("pages", "Lock the journal after"), wrap=False))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(translate("pages", " min without activity"))
        self.auto_lock.setAccessibleName(translate("pages", "Auto-lock minutes"))
        self.auto_lock.setEnabled(False)
        row.addWidget(self.auto_lock)
        row.addStretch(1)
        layout = self.column
        layout.insertLayout(2, row)
        self._service: JournalService | None = None
        self.auto_lock.valueChanged.connect(self._save_auto_lock)
        self.on_this_day = WrapCheckBox(  # (its words wrap when the window is narrow)
            translate(
                "pages",
                'Show "On this day": entries from this date in earlier years (never heavy ones)',
            )
        )
        self.on_this_day.setToolTip(
            translate(
                "pages",
                "Entries you marked heavy, or that felt heavy (7 or more of 10), never come back "
                "here.",
            )
        )
        self.on_this_day.setAccessibleDescription(self.on_this_day.toolTip())
        self.on_this_day.setAccessibleName(translate("pages", "Show On this day"))
        self.on_this_day.setEnabled(False)
        self.on_this_day.toggled.connect(self._save_on_this_day)
        layout.insertWidget(3, self.on_this_day)
        birth_row = QHBoxLayout()
        self.birth_known = WrapCheckBox(
            translate(
                "pages", "Use my birth date to place memories by both age and year (kept encrypted)"
            )
        )
        self.birth_known.setAccessibleName(translate("pages", "Use my birth date"))
        self.birth = QDateEdit()
        self.birth.setCalendarPopup(True)
        self.birth.setDisplayFormat("d MMM yyyy")
        self.birth.setAccessibleName(translate("pages", "Birth date"))
        birth_row.addWidget(self.birth_known)
        birth_row.addWidget(self.birth)
        birth_row.addStretch(1)
        layout.insertLayout(4, birth_row)
        self.birth_known.toggled.connect(lambda _on: self._save_birth())
        self.birth.dateChanged.connect(lambda _d: self._save_birth())
        self.birth_known.setEnabled(False)
        self.birth.setEnabled(False)
        size_row = QHBoxLayout()
        size_row.addWidget(label(translate("pages", "Text size"), wrap=False))
        self.text_size = QSpinBox()
        self.text_size.setRange(80, 160)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setAccessibleName(translate("pages", "Text size, percent"))
        from innerchild_desktop.ui.application import text_scale

        self.text_size.setValue(round(text_scale() * 100))
        self.text_size.valueChanged.connect(self._text_size)
        size_row.addWidget(self.text_size)
        size_row.addStretch(1)
        layout.insertLayout(3, size_row)
        from PySide6.QtWidgets import QPlainTextEdit

        self.stages = QPlainTextEdit()
        self.stages.setAccessibleName(translate("pages", "My own life stages"))
        self.stages.setPlaceholderText(
            translate(
                "pages",
                "My own life stages, one per line, e.g.\n"
                "when we lived on Elm Street: 4-9\n"
                "in Leeds: 1998-2003",
            )
        )
        self.stages.setFixedHeight(70)
        self.stages.setEnabled(False)
        self.save_stages = button(
            translate("pages", "Save my stages"),
            description=translate("pages", "Use these stages for memories"),
        )
        self.save_stages.setEnabled(False)
        self.save_stages.clicked.connect(self._save_stages)
        self.stages_message = label("", "muted")
        layout.insertWidget(4, self.stages)
        layout.insertWidget(5, self.save_stages)
        layout.insertWidget(6, self.stages_message)
        self.sound_status = label("", "muted")
        self.sound_status.setAccessibleName(translate("pages", "Sound"))
        layout.insertWidget(4, self.sound_status)
        from innerchild_desktop.ui.reminder_settings import ReminderSection

        self.reminders = ReminderSection()  # gentle reminders, in the person's own words
        layout.insertWidget(layout.count() - 1, self.reminders)
        from innerchild_desktop.ui.language_settings import LanguageSection
        from innerchild_desktop.ui.spell_settings import SpellSection

        self.language = LanguageSection()  # the window's language (the system's by default)
        layout.insertWidget(layout.count() - 1, self.language)
        self.spelling = SpellSection()  # spell-check on or off, and its language
        layout.insertWidget(layout.count() - 1, self.spelling)
        from innerchild_desktop.ui.photo_settings import BlurSection

        self.photos = BlurSection()  # blur until I choose to look
        layout.insertWidget(layout.count() - 1, self.photos)
        from innerchild_desktop.ui.access_dialogs import AccessSection

        self.access = AccessSection()  # change the passphrase, see the recovery key again
        layout.insertWidget(layout.count() - 1, self.access)  # last, above the closing stretch
        from innerchild_desktop.ui.sync_settings import SyncSection

        self.sync = SyncSection()  # use on more than one computer (the window attaches its runner)
        layout.insertWidget(layout.count() - 1, self.sync)
        from PySide6.QtWidgets import QFrame, QScrollArea

        # Taller than a small screen once syncing shows its status: the page scrolls rather
        # than make the window grow past the screen.
        outer, inner = self.layout(), self.column.parentWidget()
        assert outer is not None and inner is not None
        outer.removeWidget(inner)
        self.scroller = scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(inner)
        outer.addWidget(scroller)

    def showEvent(self, event: QShowEvent) -> None:
        from innerchild_desktop.ui.soothe.audio import audio_status, speech_status

        # Probed only when Settings is opened: the audio system is never touched unasked.
        self.sound_status.setText(
            translate("pages", "Sound for exercises: {sound} {speech}").format(
                sound=audio_status()[1], speech=speech_status()[1]
            )
        )
        super().showEvent(event)

    def load(self, service: JournalService) -> None:
        self._service = None  # do not write back the value we are about to show
        self.auto_lock.setValue(service.setting(AUTO_LOCK_MINUTES))
        self.auto_lock.setEnabled(True)
        self.on_this_day.setChecked(service.on_this_day_enabled())
        self.on_this_day.setEnabled(True)
        raw = service.setting(BIRTH_DATE)
        when = date.fromisoformat(raw) if raw else date(1990, 1, 1)
        self.birth_known.setChecked(bool(raw))
        self.birth.setDate(QDate(when.year, when.month, when.day))
        self.birth_known.setEnabled(True)
        self.birth.setEnabled(bool(raw))
        from innerchild_desktop.services.timeline import TimelineService

        self.stages.setPlainText(TimelineService(service.journal).stages_text())
        self.stages.setEnabled(True)
        self.save_stages.setEnabled(True)
        self.access.set_journal(service.journal)
        self.sync.set_journal(service.journal)
        self.reminders.set_journal(service.journal)
        self.spelling.set_journal(service.journal)
        self.photos.set_service(service)
        self._service = service

    def _save_birth(self) -> None:
        from innerchild_desktop.services.timeline import TimelineService

        self.birth.setEnabled(self.birth_known.isChecked())
        if self._service is None:
            return
        qd = self.birth.date()
        birth = date(qd.year(), qd.month(), qd.day()) if self.birth_known.isChecked() else None
        TimelineService(self._service.journal).set_birth_date(birth)
        self.birth_changed.emit()

    def _text_size(self, percent: int) -> None:
        from innerchild_desktop.ui.application import set_text_scale

        set_text_scale(percent / 100)

    def _save_stages(self) -> None:
        from innerchild_desktop.domain.errors import InvalidInput
        from innerchild_desktop.services.timeline import TimelineService

        if self._service is None:
            return
        try:
            saved = TimelineService(self._service.journal).set_user_stages(
                self.stages.toPlainText()
            )
        except InvalidInput as err:
            self.stages_message.setText(str(err))
            return
        self.stages_message.setText(
            translate(
                "pages",
                "Saved %n stages. You can use their names as a memory's time.",
                None,
                len(saved),
            )
        )

    def _save_on_this_day(self, on: bool) -> None:
        if self._service is not None:
            self._service.set_on_this_day(on)

    def _save_auto_lock(self, minutes: int) -> None:
        if self._service is not None:
            self._service.set_setting(AUTO_LOCK_MINUTES, minutes)
            self.auto_lock_changed.emit(minutes)

    def clear(self) -> None:
        self._service = None
        self.auto_lock.setEnabled(False)
        self.on_this_day.setEnabled(False)
        self.birth_known.setEnabled(False)
        self.birth.setEnabled(False)
        self.stages.clear()
        self.stages.setEnabled(False)
        self.save_stages.setEnabled(False)
        self.stages_message.clear()
        self.access.clear()
        self.sync.clear()
        self.reminders.clear()
        self.spelling.clear()
        self.photos.clear()
