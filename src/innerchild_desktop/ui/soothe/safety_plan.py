"""My safety plan: crisis lines always; the user's own plan, editable when unlocked.

While locked it shows the bundled crisis lines (the person's country first, once chosen) and
only the sections the user chose to see without unlocking. Edits save themselves (encrypted) a
moment after typing stops. "Print my plan" makes one page, as a PDF the person saves where they
choose or on a printer they pick.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import DEFAULT, QT_TRANSLATE_NOOP, current_language, translate
from innerchild_desktop.domain.safety_plan import (
    ALL_REGIONS,
    PERSONAL_CONTACT_SECTIONS,
    SafetyPlan,
    sections,
)
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services import safety
from innerchild_desktop.services.library import load_crisis_lines
from innerchild_desktop.ui.soothe import safety_print
from innerchild_desktop.ui.soothe.crisis_lines import CrisisLinesPanel
from innerchild_desktop.ui.widgets import button, label

SAVE_DELAY_MS = 600
PDF_NAME = QT_TRANSLATE_NOOP("soothe.safety_plan", "My safety plan.pdf")  # a suggestion only


class SafetyPlanDialog(QDialog):
    def __init__(
        self,
        plan: SafetyPlan,
        *,
        editable: bool,
        save: Callable[[SafetyPlan], None] | None = None,
        parent: QWidget | None = None,
        paths: JournalPaths | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("soothe.safety_plan", "My safety plan"))
        self.setAccessibleName(translate("soothe.safety_plan", "My safety plan"))
        self.resize(680, 760)
        self.plan = plan
        self.paths = paths
        self.editable = editable and save is not None
        self._save = save
        self.editors: dict[str, QPlainTextEdit] = {}
        self.show_locked: dict[str, QCheckBox] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.crisis = load_crisis_lines()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(label(translate("soothe.safety_plan", "My safety plan"), "title"))
        layout.addWidget(
            label(
                translate(
                    "soothe.safety_plan",
                    "For the moments when things feel too much. Go at your own pace; "
                    "you can reach out at any step.",
                ),
                "subtitle",
            )
        )
        self.panel = CrisisLinesPanel(
            self.crisis,
            region=safety.crisis_region(paths) if paths is not None else None,
            hidden=plan.hidden_lines,
            editable=self.editable,
        )
        self.panel.region_chosen.connect(self._remember_region)
        self.panel.hidden_changed.connect(self.timer.start)
        self.hide_checks = self.panel.hide_checks  # the same dict, kept current by the panel
        layout.addWidget(self.panel)
        self._add_own_lines(layout)
        layout.addWidget(
            label(
                translate(
                    "soothe.safety_plan", "Each line says when its number was last checked. {note}"
                ).format(note=self.crisis.note),
                "muted",
            )
        )
        self._add_sections(layout)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(self._print_row())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_plan)
        self.panel.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------

    def _add_own_lines(self, layout: QVBoxLayout) -> None:
        if not self.editable:
            for own in self.plan.own_lines:
                item = label(own)
                item.setTextFormat(Qt.TextFormat.PlainText)
                layout.addWidget(item)
            return
        self.own_lines = QPlainTextEdit("\n".join(self.plan.own_lines))
        self.own_lines.setPlaceholderText(
            translate("soothe.safety_plan", "My own crisis lines and numbers, one per line")
        )
        self.own_lines.setAccessibleName(translate("soothe.safety_plan", "My own crisis lines"))
        self.own_lines.setTabChangesFocus(True)
        self.own_lines.setFixedHeight(70)
        self.own_lines.textChanged.connect(self.timer.start)
        layout.addWidget(self.own_lines)
        own_check = QCheckBox(
            translate("soothe.safety_plan", "Show my own lines while my journal is locked")
        )
        own_check.setAccessibleName(
            translate("soothe.safety_plan", "Show my own crisis lines while locked")
        )
        own_check.setToolTip(
            translate(
                "soothe.safety_plan",
                "If ticked, they are stored unencrypted so the lock screen can show them.",
            )
        )
        own_check.setChecked("own_lines" in self.plan.visible_when_locked)
        own_check.toggled.connect(self.timer.start)
        self.show_locked["own_lines"] = own_check
        layout.addWidget(own_check)

    def _add_sections(self, layout: QVBoxLayout) -> None:
        if self.editable:
            layout.addWidget(
                label(
                    translate(
                        "soothe.safety_plan",
                        "Write one item per line. Your plan is saved inside your encrypted "
                        "journal.",
                    ),
                    "muted",
                )
            )
        elif self.plan.is_empty:
            layout.addWidget(
                label(
                    translate(
                        "soothe.safety_plan",
                        "Your own plan is inside your journal. Unlock it to see or "
                        "write it; you can choose parts to show here, on the lock "
                        "screen, too.",
                    ),
                    "muted",
                )
            )
        for key, title, hint in sections():  # titles and hints in the language shown
            items = self.plan.section(key)
            if not self.editable and not items:
                continue
            layout.addWidget(label(title, "subtitle"))
            if not self.editable:
                for item in items:
                    shown = label(f"•  {item}")
                    shown.setTextFormat(Qt.TextFormat.PlainText)
                    layout.addWidget(shown)
                continue
            editor = QPlainTextEdit("\n".join(items))
            editor.setPlaceholderText(hint)
            editor.setAccessibleName(title)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(86)
            editor.textChanged.connect(self.timer.start)
            self.editors[key] = editor
            layout.addWidget(editor)
            check = QCheckBox(
                translate("soothe.safety_plan", "Show this while my journal is locked")
            )
            check.setAccessibleName(
                translate("soothe.safety_plan", "Show {section} while locked").format(
                    # "Show warning signs while locked"; other languages keep the title's case
                    section=title.lower() if current_language() == DEFAULT else title
                )
            )
            why = (
                translate(
                    "soothe.safety_plan",
                    "Personal contacts: if ticked, they are stored unencrypted so the lock "
                    "screen can show them.",
                )
                if key in PERSONAL_CONTACT_SECTIONS
                else translate(
                    "soothe.safety_plan",
                    "If ticked, this part is stored unencrypted so the lock screen can show it.",
                )
            )
            check.setToolTip(why)
            check.setAccessibleDescription(why)
            check.setChecked(key in self.plan.visible_when_locked)
            check.toggled.connect(self.timer.start)
            self.show_locked[key] = check
            layout.addWidget(check)

    def _print_row(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.print_warning = label(
            translate("soothe.safety_print", safety_print.PRINT_WARNING), "muted"
        )
        self.print_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.print_status = label("")
        self.print_status.setTextFormat(Qt.TextFormat.PlainText)  # holds a path the user chose
        self.print_status.hide()
        self.pdf_button = button(
            translate("soothe.safety_plan", "Save as P&DF…"),
            accessible=translate("soothe.safety_plan", "Save my plan as a PDF"),
            description=translate(
                "soothe.safety_plan",
                "One page with your plan and crisis lines, saved where you choose",
            ),
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = button(
            translate("soothe.safety_plan", "&Print…"),
            accessible=translate("soothe.safety_plan", "Print my plan"),
            description=translate(
                "soothe.safety_plan", "Print one page with your plan and crisis lines ({shortcut})"
            ).format(shortcut="Ctrl+P"),
        )
        self.print_button.clicked.connect(self.print_plan)
        close = button(
            translate("soothe.safety_plan", "Close"),
            description=translate("soothe.safety_plan", "Close the safety plan (Esc)"),
        )
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(close)
        column.addWidget(self.print_warning)
        column.addWidget(self.print_status)
        column.addLayout(row)
        return column

    # -- region -----------------------------------------------------------------------------

    def _remember_region(self, region: str) -> None:
        if self.paths is None:
            return
        # A preference only: if it cannot be stored, the choice holds while this window is open.
        with contextlib.suppress(OSError, ValueError):
            safety.choose_crisis_region(self.paths, region)

    # -- printing ---------------------------------------------------------------------------

    def printable_html(self) -> str:
        region = self.panel.region
        name = (
            translate("soothe.safety_plan", "all regions")
            if region in (None, ALL_REGIONS)
            else self.crisis.region_name(region or "")
        )
        plan = self.current_plan() if self.editable else self.plan
        return safety_print.plan_html(plan, self.crisis, self.panel.chosen_lines(), name)

    def ask_pdf_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = Path(folder or Path.home()) / translate("soothe.safety_plan", PDF_NAME)
        picked, _ = QFileDialog.getSaveFileName(
            self,
            translate("soothe.safety_plan", "Save my safety plan as a PDF"),
            str(start),
            translate("soothe.safety_plan", "PDF files ({pattern})").format(pattern="*.pdf"),
        )
        if not picked:
            return None
        path = Path(picked)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_pdf(self) -> None:
        path = self.ask_pdf_path()
        if path is not None:
            self.write_pdf(path)

    def write_pdf(self, path: Path) -> bool:
        """Write the one-page PDF to ``path`` (a place the person chose)."""
        try:
            safety.save_printed_plan(path, safety_print.pdf_bytes(self.printable_html()))
        except (OSError, InnerChildError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self._status(
                translate(
                    "soothe.safety_plan",
                    "The PDF could not be saved there ({reason}). Please choose another place.",
                ).format(reason=reason)
            )
            return False
        self._status(translate("soothe.safety_plan", "Saved: {path}").format(path=path))
        return True

    def print_plan(self) -> None:
        if safety_print.print_with_dialog(self, self.printable_html()):
            self._status(translate("soothe.safety_plan", "Sent to the printer."))

    def _status(self, text: str) -> None:
        self.print_status.setText(text)
        self.print_status.show()

    # -- saving -----------------------------------------------------------------------------

    def current_plan(self) -> SafetyPlan:
        plan = self.plan
        for key, editor in self.editors.items():
            plan = plan.with_section(key, editor.toPlainText().splitlines())
        if self.editable:
            plan = plan.with_section("own_lines", self.own_lines.toPlainText().splitlines())
        visible = frozenset(k for k, check in self.show_locked.items() if check.isChecked())
        hidden = frozenset(self.panel.hidden)
        return replace(plan, visible_when_locked=visible, hidden_lines=hidden)

    def save_now(self) -> None:
        self.timer.stop()
        if not self.editable or self._save is None:
            return
        updated = self.current_plan()
        if updated != self.plan:
            self._save(updated)
            self.plan = updated

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)
