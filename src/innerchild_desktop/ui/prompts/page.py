"""The Prompts screen: today's prompt (and another), a gentle why, programs and packs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.prompt_programs import (
    current_position,
    mark_done,
    pause,
    restart,
    resume,
    start_program,
)
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.domain.prompts import Depth
from innerchild_desktop.services import prompts as prompt_service
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.widgets import button, card, label


class PromptsPage(QWidget):
    title = "Prompts"
    write_requested = Signal(object)  # Offer
    breathe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Prompts")
        self._service: JournalService | None = None
        self.offer: Offer | None = None
        self.today = date.today
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(label("Prompts", "title"))
        layout.addWidget(
            label(
                "A gentle question to start from, if the page feels blank. "
                "Skip anything that doesn't feel right today.",
                "subtitle",
            )
        )
        self.soothe_hint = QFrame()
        hint_layout = QHBoxLayout(self.soothe_hint)
        hint_layout.addWidget(
            label(
                "Today might be a lot. Prompts stay gentle; a slow breath "
                "first might help, if you like.",
                "muted",
            ),
            1,
        )
        breathe = button("Breathe first", role="soothe")
        breathe.clicked.connect(self.breathe_requested)
        hint_layout.addWidget(breathe)
        layout.addWidget(self.soothe_hint)
        frame, box = card()
        self.note = label("", "muted")
        self.note.setAccessibleName("Content note")
        self.show_anyway = button("Show me the prompt", description="Read the prompt now")
        self.show_anyway.clicked.connect(lambda: self._reveal(True))
        self.text = label("", "subtitle")
        self.text.setAccessibleName("Today's prompt")
        self.why = label("", "muted")
        box.addWidget(self.note)
        box.addWidget(self.show_anyway)
        box.addWidget(self.text)
        box.addWidget(self.why)
        actions = QHBoxLayout()
        self.write_button = button(
            "Write about this", role="primary", description="Open a new entry with this prompt"
        )
        self.another_button = button("Another one", description="A different prompt")
        self.skip_button = button("Not today", description="Skip this prompt for today")
        self.favourite_button = button(
            "☆ Keep", description="Add to favourites", accessible="Favourite"
        )
        self.hide_button = button("Never show this", description="Hide this prompt for good")
        for widget in (
            self.write_button,
            self.another_button,
            self.skip_button,
            self.favourite_button,
            self.hide_button,
        ):
            actions.addWidget(widget)
        box.addLayout(actions)
        layout.addWidget(frame)
        filters = QHBoxLayout()
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        self.depth = QComboBox()
        self.depth.setAccessibleName("Deepest prompts to offer")
        for value, text in (
            (Depth.GENTLE, "Gentle only"),
            (Depth.REFLECTIVE, "Up to reflective"),
            (Depth.DEEP, "Deep too (with a note first)"),
        ):
            self.depth.addItem(text, value)
        filters.addWidget(label("Theme", wrap=False))
        filters.addWidget(self.theme, 1)
        filters.addWidget(label("Depth", wrap=False))
        filters.addWidget(self.depth, 1)
        layout.addLayout(filters)
        memory_row = QHBoxLayout()
        self.memory_text = label("", "muted")
        self.memory_text.setAccessibleName("A prompt from your timeline")
        self.memory_write = button(
            "Write about it", description="A journal entry about this memory, with this question"
        )
        self.memory_write.clicked.connect(self._write_memory)
        memory_row.addWidget(self.memory_text, 1)
        memory_row.addWidget(self.memory_write)
        layout.addLayout(memory_row)
        layout.addWidget(label("Programs", "subtitle"))
        self.programs = QVBoxLayout()
        layout.addLayout(self.programs)
        layout.addWidget(label("My prompts and favourites", "subtitle"))
        self.mine = label("", "muted")
        self.mine.setAccessibleName("My prompts and favourites")
        own = button(
            "Write my own prompt…",
            description="A question of your own, offered alongside the others",
        )
        own.clicked.connect(self.ask_own_prompt)
        mine_row = QHBoxLayout()
        mine_row.addWidget(self.mine, 1)
        mine_row.addWidget(own)
        layout.addLayout(mine_row)
        packs_row = QHBoxLayout()
        self.packs_label = label("", "muted")
        import_button = button(
            "Import a prompt pack…", description="A TOML file from your therapist or group"
        )
        import_button.clicked.connect(self.choose_pack)
        self.remove_button = button(
            "Remove a pack…", description="Remove an imported prompt pack; your entries stay"
        )
        self.remove_button.clicked.connect(self.ask_remove_pack)
        packs_row.addWidget(self.packs_label, 1)
        packs_row.addWidget(import_button)
        packs_row.addWidget(self.remove_button)
        layout.addLayout(packs_row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.write_button.clicked.connect(self._write)
        self.another_button.clicked.connect(lambda: self.show_offer(another=True))
        self.skip_button.clicked.connect(self._skip)
        self.favourite_button.clicked.connect(self._favourite)
        self.hide_button.clicked.connect(self._hide)
        self.theme.activated.connect(lambda _: self._save_filters())
        self.depth.activated.connect(lambda _: self._save_filters())
        self.clear()

    # --- data -----------------------------------------------------------------------------------
    def load(self, service: JournalService) -> None:
        self._service = service
        journal = service.journal
        lib = prompt_service.library(journal)
        prefs = prompt_service.settings(journal)
        self.theme.clear()
        self.theme.addItem("Any theme", None)
        avoided = set(prefs.get("avoid_themes", []))
        chosen = None
        for theme in sorted(lib.themes, key=lambda t: t.order):
            self.theme.addItem(theme.name, theme.id)
        if avoided and len(avoided) == len(lib.themes) - 1:
            chosen = next(t.id for t in lib.themes if t.id not in avoided)
        self.theme.setCurrentIndex(max(self.theme.findData(chosen), 0))
        depth = Depth(prefs.get("max_depth", Depth.REFLECTIVE.value))
        self.depth.setCurrentIndex(self.depth.findData(depth))
        self.show_offer()
        self._fill_programs()
        self._fill_mine()
        self._fill_memory_offer()
        packs = prompt_service.packs(journal)
        self.packs_label.setText(
            "Packs: " + ", ".join(f"{n} ({a})" if a else n for _, n, a in packs)
            if packs
            else "No prompt packs imported."
        )
        for widget in self.findChildren(QWidget):
            widget.setEnabled(True)

    def _save_filters(self) -> None:
        if self._service is None:
            return
        lib = prompt_service.library(self._service.journal)
        theme = self.theme.currentData()
        avoid = [t.id for t in lib.themes if theme and t.id != theme]
        prompt_service.save_settings(self._service.journal, avoid, self.depth.currentData())
        self.show_offer(another=True)

    def show_offer(self, *, another: bool = False) -> None:
        if self._service is None:
            return
        self.offer = prompt_service.offer(self._service.journal, self.today(), another=another)
        if self.offer is None:
            self.text.setText("Nothing fits those choices right now. Free writing is welcome.")
            self.why.clear()
            self.note.setVisible(False)
            self.show_anyway.setVisible(False)
            self.write_button.setEnabled(False)
            return
        self.write_button.setEnabled(True)
        self.soothe_hint.setVisible(self.offer.suggest_soothing)
        self.why.setText(self.offer.why)
        self.text.setToolTip(self.offer.why)
        self._reveal(self.offer.content_note is None)

    def _reveal(self, shown: bool) -> None:
        offer = self.offer
        if offer is None:
            return
        note = offer.content_note
        self.note.setText(f"A note before this one: {note}" if note else "")
        self.note.setVisible(bool(note))
        self.show_anyway.setVisible(bool(note) and not shown)
        self.text.setText(offer.text if shown else "")
        self.write_button.setEnabled(shown)

    def _event(self, event: str) -> None:
        if self._service is not None and self.offer is not None:
            prompt_service.record(self._service.journal, self.offer.prompt_id, event)

    def _favourite(self) -> None:
        self._event("favourite")
        self._fill_mine()

    def _skip(self) -> None:
        self._event("skipped")
        self.show_offer(another=True)

    def _hide(self) -> None:
        self._event("hidden")
        self.show_offer(another=True)

    def _write(self) -> None:
        if self.offer is not None:
            self._event("answered")
            self.write_requested.emit(self.offer)

    def _fill_memory_offer(self) -> None:
        """A question about one of the person's own memories (never a heavy one)."""
        self.memory_offer = None
        if self._service is not None:
            self.memory_offer = prompt_service.memory_offer(self._service.journal, self.today())
        offer = self.memory_offer
        self.memory_text.setText(f"From your timeline: {offer.text}" if offer else "")
        self.memory_text.setToolTip(offer.why if offer else "")
        self.memory_write.setVisible(offer is not None)

    def _write_memory(self) -> None:
        if self.memory_offer is not None:
            self.write_requested.emit(self.memory_offer)

    def _fill_mine(self) -> None:
        if self._service is None:
            self.mine.clear()
            return
        journal = self._service.journal
        own = prompt_service.user_prompts(journal)
        kept = prompt_service.favourites(journal, self.today())
        lines = [f"Mine: {p.text}" for p in own] + [f"☆ {p.text}" for p in kept]
        self.mine.setText(
            "\n".join(lines) if lines else "Prompts you write, and ones you keep with ☆, show here."
        )

    def ask_own_prompt(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self._service is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, "My own prompt", "A question you'd like to be asked:"
        )
        if ok and text.strip():
            self.add_own_prompt(text.strip(), self.theme.currentData() or "reparenting")

    def add_own_prompt(self, text: str, theme: str) -> None:
        if self._service is not None:
            prompt_service.add_user_prompt(self._service.journal, text, theme)
            self._fill_mine()

    def _fill_programs(self) -> None:
        while self.programs.count():
            item = self.programs.takeAt(0)
            old = item.widget()
            if old is not None:  # off the page now, not at the next event-loop turn
                old.hide()
                old.setParent(None)
                old.deleteLater()
        if self._service is None:
            return
        journal = self._service.journal
        for program in prompt_service.library(journal).programs:
            progress = prompt_service.program_progress(journal, program.id)
            row = QHBoxLayout()
            holder = QWidget()
            holder.setLayout(row)
            if progress is None:
                text = f"{program.name}: {program.description}"
                action = button("Begin", description=f"Start {program.name}")
                action.clicked.connect(lambda _=False, p=program: self._program(p, "start"))
                row.addWidget(label(text), 1)
                row.addWidget(action)
            else:
                at = current_position(program, progress, self.today())
                if at.finished:
                    text = f"{program.name}: every step done. Well done for staying with it."
                else:
                    state = "paused · " if at.paused else ""
                    text = (
                        f"{program.name}: {state}step {at.number} of {at.total}, "
                        f"{at.step.title}, whenever you're ready"
                    )  # type: ignore[union-attr]
                row.addWidget(label(text), 1)
                for verb, name in (
                    ("done", "Mark this step done"),
                    ("pause", "Resume" if at.paused else "Pause"),
                    ("restart", "Start again"),
                ):
                    if verb == "done" and (at.finished or at.paused):
                        continue
                    action = button(name, description=f"{name}: {program.name}")
                    action.clicked.connect(lambda _=False, p=program, v=verb: self._program(p, v))
                    row.addWidget(action)
            self.programs.addWidget(holder)

    def _program(self, program: object, verb: str) -> None:
        if self._service is None:
            return
        journal = self._service.journal
        today = self.today()
        progress = prompt_service.program_progress(journal, program.id)  # type: ignore[attr-defined]
        if verb == "start" or progress is None:
            progress = start_program(program, today)  # type: ignore[arg-type]
        elif verb == "done":
            at = current_position(program, progress, today)  # type: ignore[arg-type]
            if at.step is not None:
                progress = mark_done(program, progress, at.step.id, today)  # type: ignore[arg-type]
        elif verb == "pause":
            progress = resume(progress) if progress.paused else pause(progress)
        elif verb == "restart":
            progress = restart(program, progress, today)  # type: ignore[arg-type]
        prompt_service.save_program_progress(journal, progress)
        self._fill_programs()

    def choose_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a prompt pack", str(Path.home()), "Prompt packs (*.toml)"
        )
        if path:
            self.import_pack(Path(path))

    def ask_remove_pack(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self._service is None:
            return
        packs = prompt_service.packs(self._service.journal)
        if not packs:
            self.packs_label.setText("No prompt packs imported.")
            return
        names = [name for _, name, _ in packs]
        chosen, ok = QInputDialog.getItem(self, "Remove a pack", "Which pack?", names, 0, False)
        if ok:
            self.remove_pack(packs[names.index(chosen)][0])

    def remove_pack(self, pack_id: str) -> None:
        if self._service is not None:
            prompt_service.remove_pack(self._service.journal, pack_id)
            self.load(self._service)

    def import_pack(self, path: Path) -> str:
        if self._service is None:
            return ""
        try:
            name, count = prompt_service.import_pack(self._service.journal, path)
        except InnerChildError as err:
            message = str(err)
        else:
            message = f"Imported “{name}”: {count} prompts."
        self.packs_label.setText(message)
        return message

    # --- lifecycle ------------------------------------------------------------------------------
    def flush(self) -> None:
        pass

    def clear(self) -> None:
        self._service = None
        self.offer = None
        self.text.clear()
        self.why.clear()
        self.note.clear()
        self.soothe_hint.setVisible(False)
        self.show_anyway.setVisible(False)
        self.memory_offer = None
        self.memory_text.clear()
        self.memory_write.setVisible(False)
        self._fill_programs()
