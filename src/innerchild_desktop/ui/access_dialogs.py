"""Settings → "Your passphrase and recovery key": change the passphrase, and show the recovery
key again once the passphrase is typed.

Both run Argon2id (about half a second, on purpose) off the GUI thread, as unlocking does. The
recovery key *is* the journal's master key in a typable form, so it can be shown again to
whoever can open the journal (services/access.py). Typed secrets and the key on screen are
forgotten when a dialog closes, and locking the journal closes them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError, WrongPassphrase
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.passphrase import MIN_LENGTH
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.ui.new_key_ui import WORKING, NewKeyChoice, NewKeyPanel
from innerchild_desktop.ui.passphrase_ui import (
    RecoveryKeyActions,
    StrengthView,
    ask_before_weak,
    key_in_two_lines,
)
from innerchild_desktop.ui.tasks import TaskRunner
from innerchild_desktop.ui.widgets import FlowLayout, button, label, secret_field

NOT_THE_PASSPHRASE = QT_TRANSLATE_NOOP(
    "access_dialogs",
    "That isn't the passphrase this journal opens with now. "
    "Take your time and try again; nothing was changed.",
)
NOT_THE_PASSPHRASE_TRY = QT_TRANSLATE_NOOP(  # only shown: nothing was being changed
    "access_dialogs",
    "That isn't the passphrase this journal opens with now. Take your time and try again.",
)


def _plain(text: str, role: str = "") -> Any:
    widget = label(text, role)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def _busy(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setVisible(False)
    bar.setAccessibleName(name)
    return bar


def _failure(exc: BaseException, changing: bool = True) -> str:
    if isinstance(exc, WrongPassphrase):
        return translate(
            "access_dialogs", NOT_THE_PASSPHRASE if changing else NOT_THE_PASSPHRASE_TRY
        )
    if isinstance(exc, InnerChildError):
        return str(exc) if changing else str(exc).replace("; nothing was changed", "")
    return translate(
        "access_dialogs",
        "Something went wrong inside Inner Child ({kind}). Nothing was changed.",
    ).format(kind=type(exc).__name__)


class ChangePassphraseDialog(QDialog):
    """The passphrase now, the new one twice; the recovery key stays the same, unless the
    person asks to lock out the old ones (then the journal gets a new key and recovery key)."""

    renewed = Signal()  # the journal has a new key; its recovery key is on screen
    renewing = Signal(bool)  # a new key is being made (the window must not lock meanwhile)
    INTRO = QT_TRANSLATE_NOOP(
        "access_dialogs",
        "Your entries stay as they are: only the key to the journal changes. Your recovery "
        "key stays the same.",
    )
    INTRO_NEW_KEY = QT_TRANSLATE_NOOP(
        "access_dialogs",
        "Your entries stay as they are. Your journal gets a new key and a new recovery key.",
    )

    def __init__(self, journal: Any, access: AccessService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal, self.access = journal, access
        self.tasks = TaskRunner(self)
        self.weak_box: QMessageBox | None = None
        self.setWindowTitle(translate("access_dialogs", "Change your passphrase"))
        self.setAccessibleName(translate("access_dialogs", "Change your passphrase"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = label(translate("access_dialogs", "Change your passphrase"), "heading")
        self.intro = label(translate("access_dialogs", self.INTRO), "muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.old = secret_field(
            translate("access_dialogs", "Your passphrase now"),
            translate("access_dialogs", "Current passphrase"),
        )
        self.new = secret_field(
            translate("access_dialogs", "New passphrase"),
            translate("access_dialogs", "New passphrase"),
        )
        self.confirm = secret_field(
            translate("access_dialogs", "The new passphrase again"),
            translate("access_dialogs", "Confirm new passphrase"),
        )
        self.strength = StrengthView()
        self.message = _plain("", "error")
        self.message.setAccessibleName(translate("access_dialogs", "Problem"))
        self.busy = _busy(translate("access_dialogs", "Changing your passphrase"))
        self.choice = NewKeyChoice()
        self.working = _plain(translate("new_key_ui", WORKING), "muted")
        self.working.setVisible(False)
        self.key_panel = NewKeyPanel()
        self.key_panel.setVisible(False)
        self._renewing = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("access_dialogs", "Change passphrase"))
        self.ok.setProperty("role", "primary")
        self.ok.setDefault(True)
        for widget in (
            self.old,
            self.new,
            self.confirm,
            self.strength,
            self.choice,
            self.message,
            self.working,
            self.busy,
            self.key_panel,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)  # a taller dialog keeps its lines together, buttons at the foot
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self.strength.show_for)
        self.choice.box.toggled.connect(self._choice_changed)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.old.setFocus()

    def _choice_changed(self, on: bool) -> None:
        self.ok.setText(
            translate("access_dialogs", "Change passphrase and key")
            if on
            else translate("access_dialogs", "Change passphrase")
        )
        self.intro.setText(translate("access_dialogs", self.INTRO_NEW_KEY if on else self.INTRO))
        self._fit_height()

    def _fit_height(self) -> None:
        """Lines that appear (the new key's note, longer in some languages) get room: the
        dialog grows to fit its wrapped text (a window does not do this by itself)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def submit(self) -> None:
        old, new = self.old.text(), self.new.text()
        problem, focus = "", None
        if not old:
            problem, focus = (
                translate(
                    "access_dialogs", "Please type the passphrase your journal opens with now."
                ),
                self.old,
            )
        elif len(new) < MIN_LENGTH:
            problem = translate("access_dialogs", "Please use at least {count} characters.").format(
                count=MIN_LENGTH
            )
            focus = self.new
        elif new != self.confirm.text():
            problem, focus = (
                translate("access_dialogs", "The two new passphrases are not the same yet."),
                self.confirm,
            )
        elif new == old:
            problem, focus = (
                translate("access_dialogs", "That is the passphrase it has now; choose a new one."),
                self.new,
            )
        if focus is not None:
            self.message.setText(problem)
            focus.setFocus()
            return
        strength = self.strength.show_for(new)
        if strength.acceptable:
            self._start()
        else:
            self.weak_box = ask_before_weak(self, strength, self._start, self.new.setFocus)

    def _start(self) -> None:
        self.weak_box = None
        journal, old, new, access = self.journal, self.old.text(), self.new.text(), self.access
        self._renewing = self.choice.chosen
        self._set_busy(True)
        if self._renewing:  # a copy of the whole journal: off the GUI thread, calmly
            self.tasks.start(
                lambda: access.renew_key(journal, old, new), self._renewed, self._failed
            )
            return
        self.tasks.start(
            lambda: access.change_passphrase(journal, old, new), self._done, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        if self._renewing:  # started or ended: the window locks again only once it is over
            self.renewing.emit(busy)
        self.busy.setVisible(busy)
        self.working.setVisible(busy and self._renewing)
        self.choice.note.setVisible(self.choice.chosen and not (busy and self._renewing))
        self.message.setText("")
        for widget in (self.old, self.new, self.confirm, self.choice, self.buttons):
            widget.setEnabled(not busy)
        if not busy:
            self._renewing = False

    def _renewed(self, key: str) -> None:
        """The form gives way to the new recovery key; Close (or Esc) ends the dialog."""
        self._set_busy(False)
        self.heading.setText(translate("access_dialogs", "Your journal has a new key"))
        for widget in (self.intro, self.old, self.new, self.confirm, self.strength, self.choice):
            widget.setVisible(False)
        self.message.setVisible(False)
        self.ok.setVisible(False)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(translate("access_dialogs", "Close"))
        self.key_panel.show_key(key)
        self.key_panel.setVisible(True)
        self.renewed.emit()
        self.adjustSize()
        self.key_panel.copy_button.setFocus()

    def reject(self) -> None:
        if self._renewing:  # the new recovery key must reach the screen: no closing midway
            return
        super().reject()

    def _done(self, _: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(_failure(exc))
        if isinstance(exc, WrongPassphrase):
            self.old.clear()
            self.old.setFocus()

    def done(self, result: int) -> None:
        if self.weak_box is not None:  # closed or locked while asking: the question goes too
            self.weak_box.done(0)
            self.weak_box = None
        for field in (self.old, self.new, self.confirm):
            field.clear()  # typed secrets are not kept once the dialog closes
        self.strength.clear()
        self.key_panel.forget()
        super().done(result)


class RecoveryKeyDialog(RecoveryKeyActions, QDialog):
    """The passphrase first; then the recovery key, to copy or save."""

    def __init__(self, journal: Any, access: AccessService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal, self.access = journal, access
        self.tasks = TaskRunner(self)
        self._key = ""
        self.setWindowTitle(translate("access_dialogs", "Your recovery key"))
        self.setAccessibleName(translate("access_dialogs", "Your recovery key"))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label(translate("access_dialogs", "Your recovery key"), "heading"))
        layout.addWidget(
            label(
                translate(
                    "access_dialogs",
                    "The recovery key opens your journal without the passphrase, so it is shown "
                    "only after you type your passphrase. Show it somewhere nobody is looking "
                    "over your shoulder.",
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.passphrase = secret_field(
            translate("access_dialogs", "Your passphrase"),
            translate("access_dialogs", "Passphrase"),
        )
        self.show_button = button(
            translate("access_dialogs", "&Show my recovery key"),
            role="primary",
            description=translate(
                "access_dialogs", "Check the passphrase, then show the recovery key"
            ),
        )
        self.show_button.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self.message = _plain("", "error")
        self.message.setAccessibleName(translate("access_dialogs", "Problem"))
        self.busy = _busy(translate("access_dialogs", "Checking your passphrase"))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        self.key_panel = QWidget()
        panel = QVBoxLayout(self.key_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        self.key_label = _plain("", "recovery")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setProperty("content", True)  # the key itself: never translated
        self.key_label.setAccessibleName(translate("access_dialogs", "Recovery key"))
        keys = QHBoxLayout()
        self.copy_button = button(
            translate("access_dialogs", "&Copy"),
            description=translate("access_dialogs", "Copy the recovery key to the clipboard"),
        )
        self.save_button = button(
            translate("access_dialogs", "Save as &file…"),
            description=translate("access_dialogs", "Save the recovery key to a file"),
        )
        keys.addWidget(self.copy_button)
        keys.addWidget(self.save_button)
        keys.addStretch(1)
        self.saved_note = _plain("", "muted")
        panel.addWidget(self.key_label)
        panel.addLayout(keys)
        panel.addWidget(self.saved_note)
        self.key_panel.setVisible(False)
        layout.addWidget(self.key_panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(self.buttons)
        self.show_button.clicked.connect(self.submit)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.setFocus()

    def submit(self) -> None:
        passphrase, journal, access = self.passphrase.text(), self.journal, self.access
        if not passphrase:
            self.message.setText(translate("access_dialogs", "Please type your passphrase first."))
            return
        self.busy.setVisible(True)
        self.message.setText("")
        self.passphrase.setEnabled(False)
        self.show_button.setEnabled(False)
        self.tasks.start(
            lambda: access.recovery_key_again(journal, passphrase), self._shown, self._failed
        )

    def _ready(self) -> None:
        self.busy.setVisible(False)
        self.passphrase.setEnabled(True)
        self.show_button.setEnabled(True)
        self.passphrase.clear()

    def _shown(self, key: str) -> None:
        self._ready()
        if not self.isVisible():  # closed (or locked) meanwhile: the key is not put on screen
            return
        self._key = key
        self.key_label.setText(key_in_two_lines(key))
        self.key_panel.setVisible(True)
        self.message.setVisible(False)  # nothing to say: the key takes its place
        self.adjustSize()  # room for the key's two lines (a wrapped label is not measured)
        self.copy_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._ready()
        self.message.setVisible(True)
        self.message.setText(_failure(exc, changing=False))
        self.passphrase.setFocus()

    def _shown_key(self) -> str:
        return self._key

    def done(self, result: int) -> None:
        self._key = ""
        self.key_label.clear()
        self.key_panel.setVisible(False)
        self.passphrase.clear()
        self.saved_note.clear()
        self.message.clear()
        self.message.setVisible(True)
        super().done(result)


class AccessSection(QWidget):
    """The Settings section with the two buttons; enabled only while the journal is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("access_dialogs", "Your passphrase and recovery key"))
        self._journal: Any = None
        self.change_dialog: ChangePassphraseDialog | None = None
        self.key_dialog: RecoveryKeyDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(
            label(translate("access_dialogs", "Your passphrase and recovery key"), "subtitle")
        )
        row = FlowLayout()  # (one under the other when the window is narrow)
        self.change_button = button(
            translate("access_dialogs", "Change my &passphrase…"),
            description=translate(
                "access_dialogs", "Choose a new passphrase; your recovery key stays the same"
            ),
        )
        self.key_button = button(
            translate("access_dialogs", "Show my &recovery key again…"),
            description=translate(
                "access_dialogs", "Type your passphrase to see the recovery key once more"
            ),
        )
        row.addWidget(self.change_button)
        row.addWidget(self.key_button)
        layout.addLayout(row)
        self.note = _plain("", "muted")
        self.note.setAccessibleName(translate("access_dialogs", "Passphrase news"))
        layout.addWidget(self.note)
        self.change_button.clicked.connect(self.open_change)
        self.key_button.clicked.connect(self.open_key)
        self.set_journal(None)

    def set_journal(self, journal: Any) -> None:
        self._journal = journal
        self.change_button.setEnabled(journal is not None)
        self.key_button.setEnabled(journal is not None)

    def _access(self) -> AccessService:
        """The window's door to the journal (its AppContext's, with its key derivation cost)."""
        window: Any = self.window()
        return window.context.access

    def open_change(self) -> None:
        if self._journal is None:
            return
        self.note.clear()
        self.change_dialog = ChangePassphraseDialog(
            self._journal, self._access(), parent=self.window()
        )
        running = getattr(self.window(), "key_renewal_running", None)
        if running is not None:  # the main window: no locking while a new key is made
            self.change_dialog.renewing.connect(running)
        self.change_dialog.accepted.connect(
            lambda: self.note.setText(
                translate(
                    "access_dialogs",
                    "Your passphrase is changed. Your recovery key stays the same.",
                )
            )
        )
        self.change_dialog.renewed.connect(
            lambda: self.note.setText(
                translate(
                    "access_dialogs",
                    "Your journal has a new key, passphrase and recovery key. "
                    "The old ones no longer open it.",
                )
            )
        )
        self.change_dialog.open()

    def open_key(self) -> None:
        if self._journal is None:
            return
        self.key_dialog = RecoveryKeyDialog(self._journal, self._access(), parent=self.window())
        self.key_dialog.open()

    def clear(self) -> None:
        """On lock: close the dialogs (one may show the recovery key) and forget the journal."""
        for dialog in (self.change_dialog, self.key_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.reject()
        self.note.clear()
        self.set_journal(None)
