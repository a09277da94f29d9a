"""Draw and write with your other hand: a two-voice page. The grown-up asks, typing with the
usual hand; the younger self answers on the paper with the other hand (drawing, or big wobbly
letters), with the forgiving other-hand lines already on."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from innerchild_desktop.domain.drawing import Brush, Drawing
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.ui.drawing.dialog import DrawingDialog
from innerchild_desktop.ui.widgets import label

QUESTION_HINT = QT_TRANSLATE_NOOP(  # translated when shown
    "drawing.two_hands", "What would you like to ask the little one? (your usual hand)"
)


def page_lead(question: str) -> str:
    """The page's words before the little one's drawing (Markdown, in the entry)."""
    asked = (
        translate("drawing.two_hands", "**Me, now:** {question}").format(question=question)
        if question
        else translate("drawing.two_hands", "**Me, now:**")
    )
    answer = translate("drawing.two_hands", "**The little one, with my other hand:**")
    return f"{asked}\n\n{answer}"


class TwoHandsDialog(DrawingDialog):
    def __init__(self, drawing: Drawing | None = None, parent: QWidget | None = None) -> None:
        super().__init__(drawing, parent)
        self.setWindowTitle(translate("drawing.two_hands", "Draw and write with your other hand"))
        self.setAccessibleName(
            translate("drawing.two_hands", "Draw and write with your other hand")
        )
        self.intro.setText(
            translate(
                "drawing.two_hands",
                "If you like: ask with your usual hand, then let the little one answer on the "
                "paper with your other hand: a drawing, or big, wobbly letters. "
                "Esc closes and keeps it.",
            )
        )
        self.question = QLineEdit()
        self.question.setPlaceholderText(translate("drawing.two_hands", QUESTION_HINT))
        self.question.setAccessibleName(
            translate("drawing.two_hands", "Your question, written with your usual hand")
        )
        answer = label(
            translate("drawing.two_hands", "The little one answers (your other hand):"), "muted"
        )
        self.main_layout.insertWidget(1, self.question)
        self.main_layout.insertWidget(3, answer)
        self.other_hand.setChecked(True)
        # The question first, then the tools and the paper, as they read from the top.
        QWidget.setTabOrder(self.question, self.brush_buttons[Brush.PENCIL])
        self.question.setFocus()

    def lead(self) -> str:
        return page_lead(self.question.text().strip())

    def page(self) -> tuple[str, bytes | None]:
        """The question as typed, and the answer's PNG (None if nothing was drawn)."""
        return self.question.text().strip(), self.result_png()

    @classmethod
    def ask_page(cls, parent: QWidget | None) -> tuple[str, bytes | None]:
        dialog = cls(None, parent)
        dialog.exec()
        return dialog.page()
