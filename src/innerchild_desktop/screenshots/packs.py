"""The pack editor: a few prompts and a week, and the preview members will meet."""

from __future__ import annotations

from innerchild_desktop.domain.prompt_writing import DraftPrompt, DraftWeek, PackDraft
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.screenshots.common import Run
from innerchild_desktop.ui.main_window import MainWindow
from innerchild_desktop.ui.prompts.pack_editor import PackEditor

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


def pack_editor_screens(run: Run, window: MainWindow) -> None:
    window.workspace.show_page("Prompts")
    page = window.workspace.prompts_page
    editor = PackEditor.ask(page, window.context.service)
    assert editor is not None
    editor.set_draft(SAMPLE)
    editor.prompt_list.setCurrentIndex(editor.prompt_model.index(2, 0))
    for suffix in run.themes():
        editor.tabs.setCurrentIndex(0)
        run.save(editor, f"88-pack-editor{suffix}")
        editor.tabs.setCurrentIndex(1)
        run.save(editor, f"88-pack-editor-week{suffix}")
        editor.tabs.setCurrentWidget(editor.preview)
        run.save(editor, f"89-pack-preview{suffix}")
    editor.set_draft(PackDraft())  # leaves no draft behind in the demo journal
    editor.reject()
