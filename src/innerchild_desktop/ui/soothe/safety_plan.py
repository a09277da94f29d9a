"""My safety plan: crisis lines always; the user's own plan, editable when unlocked.

While locked it shows the bundled crisis lines and only the sections the user chose to see
without unlocking. Edits save themselves (encrypted) a moment after typing stops.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.safety_plan import (
    PERSONAL_CONTACT_SECTIONS,
    SECTIONS,
    SafetyPlan,
    load_crisis_lines,
)
from innerchild_desktop.ui.widgets import button, label

SAVE_DELAY_MS = 600


class SafetyPlanDialog(QDialog):
    def __init__(
        self,
        plan: SafetyPlan,
        *,
        editable: bool,
        save: Callable[[SafetyPlan], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("My safety plan")
        self.setAccessibleName("My safety plan")
        self.resize(640, 720)
        self.plan = plan
        self.editable = editable and save is not None
        self._save = save
        self.editors: dict[str, QPlainTextEdit] = {}
        self.show_locked: dict[str, QCheckBox] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(label("My safety plan", "title"))
        layout.addWidget(
            label(
                "For the moments when things feel too much. Go at your own pace; "
                "you can reach out at any step.",
                "subtitle",
            )
        )
        self._add_crisis_lines(layout)
        if self.editable:
            layout.addWidget(
                label(
                    "Write one item per line. Your plan is saved inside your encrypted journal.",
                    "muted",
                )
            )
        elif plan.is_empty:
            layout.addWidget(
                label(
                    "Your own plan is inside your journal. Unlock it to see or "
                    "write it; you can choose parts to show here, on the lock "
                    "screen, too.",
                    "muted",
                )
            )
        for key, title, hint in SECTIONS:
            items = plan.section(key)
            if not self.editable and not items:
                continue
            layout.addWidget(label(title, "subtitle"))
            if self.editable:
                editor = QPlainTextEdit("\n".join(items))
                editor.setPlaceholderText(hint)
                editor.setAccessibleName(title)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(86)
                editor.textChanged.connect(self.timer.start)
                self.editors[key] = editor
                layout.addWidget(editor)
                check = QCheckBox("Show this while my journal is locked")
                check.setAccessibleName(f"Show {title.lower()} while locked")
                why = (
                    "Personal contacts: if ticked, they are stored unencrypted so the lock "
                    "screen can show them."
                    if key in PERSONAL_CONTACT_SECTIONS
                    else "If ticked, this part is stored unencrypted so the lock screen can "
                    "show it."
                )
                check.setToolTip(why)
                check.setAccessibleDescription(why)
                check.setChecked(key in plan.visible_when_locked)
                check.toggled.connect(self.timer.start)
                self.show_locked[key] = check
                layout.addWidget(check)
            else:
                for item in items:
                    layout.addWidget(label(f"•  {item}"))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        close = button("Close", description="Close the safety plan (Esc)")
        close.clicked.connect(self.close)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _add_crisis_lines(self, layout: QVBoxLayout) -> None:
        lines = load_crisis_lines()
        layout.addWidget(label("If you might be in danger, please reach out now", "subtitle"))
        self.hide_checks: dict[str, QCheckBox] = {}
        for line in lines.lines:
            if line.id in self.plan.hidden_lines and not self.editable:
                continue
            text = (
                f"<b>{_esc(line.name)}</b> · {_esc(line.region)}<br/>"
                f"{_esc(line.contact)}<br/><span>{_esc(line.detail)}</span>"
            )
            item = label(text)
            item.setTextFormat(Qt.TextFormat.RichText)
            item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            item.setAccessibleName(f"{line.name}, {line.region}: {line.contact}")
            layout.addWidget(item)
            if self.editable:
                hide = QCheckBox("Hide this line (not for my country)")
                hide.setAccessibleName(f"Hide {line.name}")
                hide.setChecked(line.id in self.plan.hidden_lines)
                hide.toggled.connect(self.timer.start)
                self.hide_checks[line.id] = hide
                layout.addWidget(hide)
        if self.editable:
            self.own_lines = QPlainTextEdit("\n".join(self.plan.own_lines))
            self.own_lines.setPlaceholderText("My own crisis lines and numbers, one per line")
            self.own_lines.setAccessibleName("My own crisis lines")
            self.own_lines.setTabChangesFocus(True)
            self.own_lines.setFixedHeight(70)
            self.own_lines.textChanged.connect(self.timer.start)
            layout.addWidget(self.own_lines)
            own_check = QCheckBox("Show my own lines while my journal is locked")
            own_check.setAccessibleName("Show my own crisis lines while locked")
            own_check.setToolTip(
                "If ticked, they are stored unencrypted so the lock screen can show them."
            )
            own_check.setChecked("own_lines" in self.plan.visible_when_locked)
            own_check.toggled.connect(self.timer.start)
            self.show_locked["own_lines"] = own_check
            layout.addWidget(own_check)
            return_own = False
        else:
            return_own = True
        for own in self.plan.own_lines if return_own else ():
            layout.addWidget(label(own))
        layout.addWidget(label(f"Numbers last checked {lines.checked}. {lines.note}", "muted"))

    def current_plan(self) -> SafetyPlan:
        plan = self.plan
        for key, editor in self.editors.items():
            plan = plan.with_section(key, editor.toPlainText().splitlines())
        if self.editable:
            plan = plan.with_section("own_lines", self.own_lines.toPlainText().splitlines())
        visible = frozenset(k for k, check in self.show_locked.items() if check.isChecked())
        hidden = frozenset(k for k, check in self.hide_checks.items() if check.isChecked())
        return replace(plan, visible_when_locked=visible, hidden_lines=hidden)

    def save_now(self) -> None:
        self.timer.stop()
        if not self.editable or self._save is None:
            return
        updated = self.current_plan()
        if updated != self.plan:
            self._save(updated)
            self.plan = updated

    def closeEvent(self, event: object) -> None:
        self.save_now()
        super().closeEvent(event)  # type: ignore[arg-type]


def _esc(text: str) -> str:
    import html

    return html.escape(text)
