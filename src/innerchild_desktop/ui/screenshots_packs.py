"""The pack editor's screens for ``innerchild screenshots``: a few prompts and a week, and the
preview members will meet, in this theme and (when this run is light) in dark too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from innerchild_desktop.domain.prompt_writing import DraftPrompt, DraftWeek, PackDraft
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.prompts.pack_editor import PackEditor
from innerchild_desktop.ui.theme import apply_theme

SAMPLE = PackDraft(
    name="Tuesday circle",
    author="Maya",
    description="Eight gentle weeks together.",
    prompts=(
        DraftPrompt("What did you bring with you to group today?", "body", Depth.GENTLE, "", 1),
        DraftPrompt("Where in your body do you feel “safe enough”?", "safety", Depth.GENTLE, "", 1),
        DraftPrompt(
            "Write a few lines to the girl you were at seven.",
            "letters",
            Depth.DEEP,
            "This may bring up old feelings. You can stop at any line.",
            2,
        ),
        DraftPrompt("Something kind you could do for yourself tonight.", "joy"),
    ),
    weeks=(
        DraftWeek("Arriving", "We begin slowly. Nothing to prove, nothing to share.", "box"),
        DraftWeek("Letters", "A letter, if you like. Bring it or keep it.", ""),
    ),
)


def pack_editor_screens(
    app: QApplication,
    window: MainWindow,
    out: Path,
    shots: list[Path],
    dark: bool,
    save: Callable[[QWidget, Path, str, list[Path]], None],
) -> None:
    window.workspace.show_page("Prompts")
    page = window.workspace.prompts_page
    editor = PackEditor.ask(page, window.context.service)
    assert editor is not None
    editor.set_draft(SAMPLE)
    editor.prompt_list.setCurrentIndex(editor.prompt_model.index(2, 0))
    for theme in (dark,) if dark else (False, True):
        apply_theme(app, dark=theme)
        suffix = "-dark" if theme else ""
        editor.tabs.setCurrentIndex(0)
        save(editor, out, f"88-pack-editor{suffix}", shots)
        editor.tabs.setCurrentIndex(1)
        save(editor, out, f"88-pack-editor-week{suffix}", shots)
        editor.tabs.setCurrentWidget(editor.preview)
        save(editor, out, f"89-pack-preview{suffix}", shots)
    apply_theme(app, dark=dark)
    editor.set_draft(PackDraft())  # leaves no draft behind in the demo journal
    editor.reject()
