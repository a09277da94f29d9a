"""The crisis lines on the safety plan: the person's country first, every region one click away.

Shown locked and unlocked. The country is asked once, calmly, at the top (never a modal): until
it is chosen, or if what was stored cannot be read, every region's lines show.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.safety_plan import ALL_REGIONS, CrisisLine, CrisisLines
from innerchild_desktop.ui.widgets import button, label

# English here; shown through translate("soothe.crisis_lines", …) when built.
DANGER_TEXT = QT_TRANSLATE_NOOP(
    "soothe.crisis_lines", "If you might be in danger, please reach out now"
)
ASK_TEXT = QT_TRANSLATE_NOOP(
    "soothe.crisis_lines", "Where are you? We'll show the lines for your country first."
)
CHOSEN_TEXT = QT_TRANSLATE_NOOP("soothe.crisis_lines", "Crisis lines for")
# Focusable line labels get a visible focus ring from the palette (no colour of our own).
LINE_STYLE = (
    "QLabel[crisisLine='true'] { border: 2px solid transparent; border-radius: 6px; padding: 4px; }"
    "QLabel[crisisLine='true']:focus { border-color: palette(highlight); }"
)


def danger_label() -> QLabel:
    """The heading in body-text colour (full contrast, not muted), a little larger and bold."""
    text = translate("soothe.crisis_lines", DANGER_TEXT)
    heading = label(text)
    heading.setAccessibleName(text)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 15 / 11)  # the subtitle's size, at any text scale
    font.setBold(True)
    heading.setFont(font)
    return heading


def line_text(lines: CrisisLines, line: CrisisLine) -> str:
    where = lines.region_label(line)
    heading = _esc(line.name) if line.name.startswith(where) else f"{_esc(line.name)} · {where}"
    checked = translate("soothe.crisis_lines", "(checked {date})").format(date=line.checked)
    return (
        f"<b>{heading}</b><br/><span style='font-size: large'>{_esc(line.contact)}</span><br/>"
        f"{_esc(line.detail)} <i>{_esc(checked)}</i>"
    )


class CrisisLinesPanel(QWidget):
    region_chosen = Signal(str)
    hidden_changed = Signal()

    def __init__(
        self,
        lines: CrisisLines,
        *,
        region: str | None,
        hidden: frozenset[str],
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lines = lines
        self.region = lines.choice(region)
        self.hidden = set(hidden)
        self.editable = editable
        self.expanded = False  # the other regions' lines, shown on request for this window only
        self.hide_checks: dict[str, QCheckBox] = {}
        self.line_labels: dict[str, QLabel] = {}
        self.setStyleSheet(LINE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.danger = danger_label()
        layout.addWidget(self.danger)
        self.question = label(translate("soothe.crisis_lines", ASK_TEXT))
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(
            translate("soothe.crisis_lines", "Your country, for the crisis lines")
        )
        self.chooser.setPlaceholderText(translate("soothe.crisis_lines", "Choose your country…"))
        for code, name in lines.regions:
            self.chooser.addItem(name, code)
        self.chooser.addItem(translate("soothe.crisis_lines", "All regions"), ALL_REGIONS)
        self.all_regions = button(
            translate("soothe.crisis_lines", "All regions"),
            description=translate("soothe.crisis_lines", "Show the crisis lines for every region"),
        )
        self.all_regions.clicked.connect(lambda: self.choose(ALL_REGIONS))
        self.region_row = QHBoxLayout()
        self.region_row.addWidget(self.question)
        self.region_row.addWidget(self.chooser)
        self.region_row.addWidget(self.all_regions)
        self.region_row.addStretch()
        layout.addLayout(self.region_row)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(4)
        layout.addLayout(self.list_layout)
        self.more = button("", role="link")
        self.more.clicked.connect(self.show_all)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.chooser.activated.connect(lambda index: self.choose(str(self.chooser.itemData(index))))
        self._refresh()

    # -- choices ----------------------------------------------------------------------------

    def choose(self, region: str) -> None:
        chosen = self.lines.choice(region)
        if chosen is None or chosen == self.region:
            return
        self.region = chosen
        self.expanded = False
        self._refresh()
        self.region_chosen.emit(chosen)

    def show_all(self) -> None:
        self.expanded = True
        self._refresh()
        _, others = self.lines.arranged(self.region)
        for line in others:  # keyboard focus moves to the first line that just appeared
            if line.id in self.line_labels:
                self.line_labels[line.id].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def first_focus(self) -> QWidget:
        """Where keyboard focus starts: the question if it is open, else the first line."""
        if self.region is None:
            return self.chooser
        shown = [self.line_labels[line.id] for line in self.shown_lines()]
        return shown[0] if shown else self.chooser

    # -- what shows -------------------------------------------------------------------------

    def shown_lines(self) -> list[CrisisLine]:
        first, others = self.lines.arranged(self.region)
        lines = list(first) + (list(others) if self.expanded else [])
        if self.editable:
            return lines
        return [line for line in lines if line.id not in self.hidden]

    def chosen_lines(self) -> list[CrisisLine]:
        """The lines for the chosen country (every line if none), without the hidden ones."""
        first, _ = self.lines.arranged(self.region)
        return [line for line in first if line.id not in self.hidden]

    def _refresh(self) -> None:
        asked = self.region is not None
        self.question.setText(translate("soothe.crisis_lines", CHOSEN_TEXT if asked else ASK_TEXT))
        self.all_regions.setVisible(not asked)
        self.region_row.setStretch(0, 0 if asked else 1)  # the question wraps; the answer does not
        self.region_row.setStretch(3, 1 if asked else 0)
        index = self.chooser.findData(self.region) if asked else -1
        self.chooser.setCurrentIndex(index)
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.hide_checks.clear()
        self.line_labels.clear()
        for line in self.shown_lines():
            self.list_layout.addWidget(self._line_row(line))
        _, others = self.lines.arranged(self.region)
        self.more.setVisible(bool(others) and not self.expanded)
        self.more.setText(
            translate("soothe.crisis_lines", "Show all regions (%n more lines)", None, len(others))
        )
        self.more.setAccessibleName(
            translate("soothe.crisis_lines", "Show the crisis lines for all regions")
        )

    def _line_row(self, line: CrisisLine) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = label(line_text(self.lines, line))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setProperty("crisisLine", "true")
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        text.setAccessibleName(f"{line.name}, {self.lines.region_label(line)}: {line.contact}")
        text.setAccessibleDescription(
            translate("soothe.crisis_lines", "{detail} Checked {date}.").format(
                detail=line.detail, date=line.checked
            )
        )
        self.line_labels[line.id] = text
        layout.addWidget(text, 1)
        if self.editable:
            hide = QCheckBox(translate("soothe.crisis_lines", "Hide"))
            hide.setAccessibleName(
                translate("soothe.crisis_lines", "Hide {line}, {region}").format(
                    line=line.name, region=self.lines.region_label(line)
                )
            )
            hide.setToolTip(translate("soothe.crisis_lines", "Hide this line (not for my country)"))
            hide.setChecked(line.id in self.hidden)
            hide.toggled.connect(lambda on, line_id=line.id: self._hide(line_id, on))
            self.hide_checks[line.id] = hide
            layout.addWidget(hide, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _hide(self, line_id: str, hidden: bool) -> None:
        if hidden:
            self.hidden.add(line_id)
        else:
            self.hidden.discard(line_id)
        self.hidden_changed.emit()


def _esc(text: str) -> str:
    return html.escape(text)
