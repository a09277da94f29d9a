"""First run: a welcoming setup that chooses a passphrase and hands over the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.passphrase import MIN_LENGTH, estimate
from innerchild_desktop.ui.passphrase_ui import (
    RecoveryKeyActions,
    StrengthView,
    ask_before_weak,
    key_in_two_lines,
)
from innerchild_desktop.ui.widgets import button, card, centred, label, screen


class SetupScreen(RecoveryKeyActions, QStackedWidget):
    """Page 0: choose a passphrase. Page 1: keep the recovery key. Emits ``completed``."""

    create_requested = Signal(str)
    completed = Signal()
    restore_requested = Signal()  # "I have a backup": a new computer, an old journal
    sample_requested = Signal()  # "Try a sample journal": made-up entries, deleted when closed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("setup_screen", "Set up your journal"))
        self._recovery_key = ""
        self.weak_box: QMessageBox | None = None  # open while asking about a weak passphrase
        self.addWidget(self._build_choose())
        self.addWidget(self._build_recovery())

    # --- page 0 ---------------------------------------------------------------------------------
    def _build_choose(self) -> QWidget:
        page = screen()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        frame, box = card(page)
        frame.setFixedWidth(620)
        box.addWidget(label(translate("setup_screen", "Welcome to Inner Child"), "title"))
        box.addWidget(
            label(
                translate(
                    "setup_screen",
                    "A private place to write to, and about, the child you were. "
                    "Everything you write stays on this computer, encrypted.",
                ),
                "subtitle",
            )
        )
        box.addWidget(
            label(
                translate(
                    "setup_screen",
                    "Choose a passphrase. It is the key to your journal: nobody, not "
                    "even us, can reset it. A few unrelated words are easy to remember "
                    "and hard to guess.",
                ),
                "muted",
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(translate("setup_screen", "Passphrase"))
        self.passphrase.setAccessibleName(translate("setup_screen", "New passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText(translate("setup_screen", "The same passphrase again"))
        self.confirm.setAccessibleName(translate("setup_screen", "Confirm passphrase"))
        self.strength = StrengthView()
        self.meter = self.strength.meter
        self.error = label("", "error")
        self.create_button = button(
            translate("setup_screen", "Create my journal"),
            role="primary",
            description=translate("setup_screen", "Encrypt a new journal with this passphrase"),
        )
        self.create_button.setEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(translate("setup_screen", "Creating your journal"))
        self.restore_button = button(
            translate("setup_screen", "I have a backup to restore"),
            role="link",
            description=translate(
                "setup_screen", "Bring back a journal from an Inner Child backup file (.icbackup)"
            ),
        )
        self.restore_button.clicked.connect(self.restore_requested)
        self.sample_button = button(
            translate("setup_screen", "Try a sample journal"),
            role="link",
            description=translate(
                "setup_screen",
                "Look around a journal of made-up entries. It is kept apart from yours "
                "and deleted when you close it.",
            ),
        )
        self.sample_button.clicked.connect(self._try_sample)
        other_ways = QHBoxLayout()
        other_ways.addWidget(self.restore_button)
        other_ways.addWidget(self.sample_button)
        other_ways.addStretch(1)
        for w in (
            self.passphrase,
            self.confirm,
            self.strength,
            self.error,
            self.busy,
            self.create_button,
        ):
            box.addWidget(w)
        box.addLayout(other_ways)
        outer.addLayout(centred(frame))
        outer.addStretch(2)
        self.passphrase.textChanged.connect(self._validate)
        self.confirm.textChanged.connect(self._validate)
        self.confirm.returnPressed.connect(self._submit)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.create_button.clicked.connect(self._submit)
        return page

    def _validate(self) -> None:
        text = self.passphrase.text()
        self.strength.show_for(text)
        problem = ""
        if text and len(text) < MIN_LENGTH:
            problem = translate("setup_screen", "Please use at least {count} characters.").format(
                count=MIN_LENGTH
            )
        elif self.confirm.text() and self.confirm.text() != text:
            problem = translate("setup_screen", "The two passphrases are not the same yet.")
        self.error.setText(problem)
        ready = len(text) >= MIN_LENGTH and self.confirm.text() == text
        self.create_button.setEnabled(ready and not self.busy.isVisible())

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        strength = estimate(self.passphrase.text())
        if strength.acceptable:
            self._create()
        else:  # explained, and kept only if the person chooses to
            self.weak_box = ask_before_weak(self, strength, self._create, self._choose_another)

    def _create(self) -> None:
        self.weak_box = None
        self.set_busy(True)
        self.create_requested.emit(self.passphrase.text())

    def _choose_another(self) -> None:
        self.weak_box = None
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _try_sample(self) -> None:
        # A passphrase typed so far is a secret: it is not kept while the sample is open.
        self.passphrase.clear()
        self.confirm.clear()
        self.sample_requested.emit()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.sample_button.setEnabled(not busy)
        if not busy:
            self._validate()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    # --- page 1 ---------------------------------------------------------------------------------
    def _build_recovery(self) -> QWidget:
        page = screen()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        frame, box = card(page)
        frame.setFixedWidth(680)
        box.addWidget(label(translate("setup_screen", "Your recovery key"), "title"))
        box.addWidget(
            label(
                translate(
                    "setup_screen",
                    "If you ever forget your passphrase, this key is the only way back "
                    "into your journal. Write it down, or save it somewhere private, such "
                    "as a password manager or a USB stick in a drawer. (Settings can show "
                    "it again, after you type your passphrase.)",
                ),
                "muted",
            )
        )
        self.key_label = label("", "recovery")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setProperty("content", True)  # the key itself: never translated
        self.key_label.setAccessibleName(translate("setup_screen", "Recovery key"))
        box.addWidget(self.key_label)
        row = QHBoxLayout()
        self.copy_button = button(
            translate("setup_screen", "&Copy"),
            description=translate("setup_screen", "Copy the recovery key to the clipboard"),
        )
        self.save_button = button(
            translate("setup_screen", "&Save as file…"),
            description=translate("setup_screen", "Save the recovery key to a file"),
        )
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        box.addLayout(row)
        self.saved_note = label("", "muted")
        box.addWidget(self.saved_note)
        self.confirm_kept = QCheckBox(
            translate("setup_screen", "I have kept my recovery key somewhere safe")
        )
        self.confirm_kept.setAccessibleName(
            translate("setup_screen", "I have kept my recovery key somewhere safe")
        )
        box.addWidget(self.confirm_kept)
        self.continue_button = button(translate("setup_screen", "Open my journal"), role="primary")
        self.continue_button.setEnabled(False)
        box.addWidget(self.continue_button)
        outer.addLayout(centred(frame))
        outer.addStretch(2)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)
        self.confirm_kept.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        return page

    def show_recovery_key(self, key: str) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.confirm.clear()
        self._recovery_key = key
        self.key_label.setText(key_in_two_lines(key))
        self.setCurrentIndex(1)
        self.copy_button.setFocus()

    def _shown_key(self) -> str:
        return self._recovery_key

    def _finish(self) -> None:
        self._recovery_key = ""
        self.key_label.clear()
        self.confirm_kept.setChecked(False)
        self.setCurrentIndex(0)
        self.completed.emit()
