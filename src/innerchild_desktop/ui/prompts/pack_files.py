"""The pack editor's files: saving the pack to share (asking before replacing a file) and
opening a saved pack again (asking before replacing unsaved work)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.prompt_writing import PackDraft, slug
from innerchild_desktop.services import prompts as prompt_service
from innerchild_desktop.ui.question import ask


class PackFiles:
    """Mixed into the editor (a QDialog), which provides the attributes named below."""

    overwrite_box: QMessageBox | None
    tabs: QTabWidget
    preview: QTextBrowser
    status: QLabel
    name: QLineEdit

    def draft(self) -> PackDraft:
        raise NotImplementedError

    def _window(self) -> QWidget:
        """The editor itself: the parent of the file choosers and questions opened here."""
        assert isinstance(self, QWidget)
        return self

    def set_draft(self, draft: PackDraft) -> None:
        raise NotImplementedError

    def show_preview(self) -> list[str]:
        raise NotImplementedError

    def choose_export(self) -> None:
        if self.show_preview():
            self.tabs.setCurrentWidget(self.preview)
            self.status.setText(
                translate(
                    "prompts.pack_files",
                    "A few things to finish first; they are listed in the preview.",
                )
            )
            return
        start = Path.home() / f"{slug(self.name.text())}.toml"
        picked, _ = QFileDialog.getSaveFileName(
            self._window(),
            translate("prompts.pack_files", "Save the pack as"),
            str(start),
            translate("prompts.pack_files", "Prompt packs (*.toml)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, in our words
        )
        if picked:
            path = Path(picked)
            self.export_to(path if path.suffix else path.with_suffix(".toml"))

    def export_to(self, path: Path) -> None:
        """Save the pack at ``path``, asking first when a file is already there."""
        if path.exists():
            self.overwrite_box = ask(
                self._window(),
                translate("prompts.pack_files", "Replace the file?"),
                translate(
                    "prompts.pack_files", "There is already a file called “{name}” there."
                ).format(name=path.name),
                translate(
                    "prompts.pack_files",
                    "It is in {folder}. If you replace it, what it holds now is gone. "
                    "You can keep it and choose another name instead.",
                ).format(folder=path.parent),
                careful=translate("prompts.pack_files", "Keep it"),
                other=translate("prompts.pack_files", "Replace it"),
                on_other=lambda: self._write(path, overwrite=True),
                on_careful=lambda: setattr(self, "overwrite_box", None),
            )
            return
        self._write(path, overwrite=False)

    def _write(self, path: Path, *, overwrite: bool) -> None:
        self.overwrite_box = None
        try:
            pack = prompt_service.export_pack(self.draft(), path, overwrite=overwrite)
        except InnerChildError as err:
            self.status.setText(str(err))
            return
        except OSError as err:
            self.status.setText(
                translate(
                    "prompts.pack_files", "The pack could not be saved there ({reason})."
                ).format(reason=err.strerror)
            )
            return
        count = len(pack.prompts)
        self.status.setText(
            translate(
                "prompts.pack_files",
                "Saved “{name}” with %n prompts. "
                "Share it with your group; each member imports it on the Prompts screen.",
                None,
                count,
            ).format(name=path.name)
        )

    def choose_open(self) -> None:
        picked, _ = QFileDialog.getOpenFileName(
            self._window(),
            translate("prompts.pack_files", "Open a pack file"),
            str(Path.home()),
            translate("prompts.pack_files", "Prompt packs (*.toml)"),
        )
        if picked:
            self.open_file(Path(picked))

    def open_file(self, path: Path) -> None:
        """Open a saved pack in place of the one here, asking first if this one has words."""
        try:
            draft = prompt_service.open_pack_file(path)
        except InnerChildError as err:
            self.status.setText(str(err))
            return

        def replace_draft() -> None:
            self.overwrite_box = None
            self.set_draft(draft)
            self.status.setText(
                translate("prompts.pack_files", "Opened “{name}”.").format(name=path.name)
            )

        if self._empty(self.draft()):
            replace_draft()
            return
        self.overwrite_box = ask(
            self._window(),
            translate("prompts.pack_files", "Open another pack?"),
            translate(
                "prompts.pack_files", "Open “{name}” in place of the pack you are making?"
            ).format(name=path.name),
            translate(
                "prompts.pack_files",
                "What you have written here is not saved in a file yet. You can keep it, "
                "save it first, and open the other pack afterwards.",
            ),
            careful=translate("prompts.pack_files", "Keep this one"),
            other=translate("prompts.pack_files", "Open it"),
            on_other=replace_draft,
            on_careful=lambda: setattr(self, "overwrite_box", None),
        )

    @staticmethod
    def _empty(draft: PackDraft) -> bool:
        return draft == PackDraft(version=draft.version)
