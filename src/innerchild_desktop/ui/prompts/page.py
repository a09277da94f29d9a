"""The Prompts screen: today's prompt (and another), a gentle why, programs and packs.

A new journal offers gentle prompts only; after a few answers a quiet line (ui/prompts/invitation)
says deeper ones are there when the person feels ready. On a hard day nothing is built from the
timeline and the prompts stay gentle.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.domain.prompts import Depth, Program
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.ui.prompts.browser import BROWSE_SHORTCUT, PromptBrowser
from innerchild_desktop.ui.prompts.invitation import DeeperInvitation
from innerchild_desktop.ui.prompts.memory_row import MemoryRow
from innerchild_desktop.ui.prompts.pack_editor import PackEditor
from innerchild_desktop.ui.prompts.page_browse import BrowsingMixin
from innerchild_desktop.ui.prompts.page_packs import HidingMixin, PacksMixin
from innerchild_desktop.ui.prompts.programs import act_on_program, focus_program, program_row
from innerchild_desktop.ui.prompts.step_view import content_for
from innerchild_desktop.ui.undo_bar import UndoBar
from innerchild_desktop.ui.widgets import FlowLayout, button, card, label, page_frame, plain_tip


class PromptsPage(BrowsingMixin, PacksMixin, HidingMixin, QWidget):
    title: str  # "Prompts", as shown (the workspace also knows the page by its English name)
    write_requested = Signal(object)  # Offer
    breathe_requested = Signal()
    exercise_requested = Signal(str)  # an exercise id, from a program step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("prompts.page", "Prompts")
        self.setAccessibleName(self.title)
        self._service: JournalService | None = None
        self.offer: Offer | None = None
        self.today = date.today
        content = QWidget()
        layout = QVBoxLayout(content)
        page_frame(layout, self.title)  # the same margins and title place as every page
        layout.addWidget(
            label(
                translate(
                    "prompts.page",
                    "A gentle question to start from, if the page feels blank. "
                    "Skip anything that doesn't feel right today.",
                ),
                "subtitle",
            )
        )
        self.soothe_hint = QFrame()
        hint_layout = QHBoxLayout(self.soothe_hint)
        hint_layout.addWidget(
            label(
                translate(
                    "prompts.page",
                    "Today might be a lot. Prompts stay gentle; a slow breath "
                    "first might help, if you like.",
                ),
                "muted",
            ),
            1,
        )
        breathe = button(translate("prompts.page", "Breathe first"), role="soothe")
        breathe.clicked.connect(self.breathe_requested)
        hint_layout.addWidget(breathe)
        layout.addWidget(self.soothe_hint)
        frame, box = card()
        self.note = label("", "muted")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAccessibleName(translate("prompts.page", "Content note"))
        self.show_anyway = button(
            translate("prompts.page", "Show me the prompt"),
            description=translate("prompts.page", "Read the prompt now"),
        )
        self.show_anyway.clicked.connect(lambda: self._reveal(True))
        self.text = label("", "subtitle")  # the subtitle's size, in the full-contrast Text role
        self.text.setStyleSheet("color: palette(text);")  # the most important words here
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # pack and own prompts too
        self.text.setAccessibleName(translate("prompts.page", "Today's prompt"))
        self.why = label("", "muted")
        box.addWidget(self.note)
        box.addWidget(self.show_anyway)
        box.addWidget(self.text)
        box.addWidget(self.why)
        actions = FlowLayout()  # (onto a second row when the page is narrow)
        self.write_button = button(
            translate("prompts.page", "Write about this"),
            role="primary",
            description=translate("prompts.page", "Open a new entry with this prompt"),
        )
        self.another_button = button(
            translate("prompts.page", "Another one"),
            description=translate("prompts.page", "A different prompt"),
        )
        self.skip_button = button(
            translate("prompts.page", "Not today"),
            description=translate("prompts.page", "Skip this prompt for today"),
        )
        self.favourite_button = button(
            translate("prompts.page", "☆ Keep"),
            description=translate("prompts.page", "Add to favourites"),
            accessible=translate("prompts.page", "Favourite"),
        )
        self.hide_button = button(  # quieter than the rest: it is permanent (though undoable)
            translate("prompts.page", "Never show this"),
            role="link",
            description=translate("prompts.page", "Hide this prompt; Undo brings it back"),
        )
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
        self._hidden_offer: Offer | None = None
        self.hide_undo = UndoBar(translate("prompts.page", "Show the hidden prompt again"))
        self.hide_undo.undo_requested.connect(self._undo_hide)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self._undo_hide)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addWidget(self.hide_undo)
        filters = QHBoxLayout()
        self.theme = QComboBox()
        self.theme.setAccessibleName(translate("prompts.page", "Theme"))
        self.depth_box = QComboBox()
        self.depth_box.setAccessibleName(translate("prompts.page", "Deepest prompts to offer"))
        for value, text in (
            (Depth.GENTLE, translate("prompts.page", "Gentle only")),
            (Depth.REFLECTIVE, translate("prompts.page", "Up to reflective")),
            (Depth.DEEP, translate("prompts.page", "Deep too (with a note first)")),
        ):
            self.depth_box.addItem(text, value)
        for choice in (self.theme, self.depth_box):  # narrower than the longest, if need be
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(8)
        filters.addWidget(label(translate("prompts.page", "Theme"), wrap=False))
        filters.addWidget(self.theme, 1)
        filters.addWidget(label(translate("prompts.page", "Depth"), wrap=False))
        filters.addWidget(self.depth_box, 1)
        self.browser: PromptBrowser | None = None
        self.browse_button = button(
            translate("prompts.page", "Browse prompts…"),
            description=translate("prompts.page", "Find a prompt on purpose ({shortcut})").format(
                shortcut=BROWSE_SHORTCUT
            ),
        )
        self.browse_button.clicked.connect(self.open_browser)
        QShortcut(QKeySequence(BROWSE_SHORTCUT), self, self.open_browser)
        filters.addWidget(self.browse_button)
        layout.addLayout(filters)
        self.invitation = DeeperInvitation()
        self.invitation.show_where.connect(self._show_depth)
        self.invitation.dismissed.connect(self._dismiss_invitation)
        layout.addWidget(self.invitation)
        self.memory_row = MemoryRow()
        self.memory_row.write_requested.connect(self.write_requested)
        self.memory_text, self.memory_write = self.memory_row.text, self.memory_row.write
        layout.addWidget(self.memory_row)
        layout.addWidget(label(translate("prompts.page", "Programs"), "subtitle"))
        self.programs = QVBoxLayout()
        layout.addLayout(self.programs)
        layout.addWidget(label(translate("prompts.page", "My prompts and favourites"), "subtitle"))
        self.mine = label("", "muted")
        self.mine.setTextFormat(Qt.TextFormat.PlainText)  # the person's own prompts
        self.mine.setAccessibleName(translate("prompts.page", "My prompts and favourites"))
        own = button(
            translate("prompts.page", "Write my own prompt…"),
            description=translate(
                "prompts.page", "A question of your own, offered alongside the others"
            ),
        )
        own.clicked.connect(self.ask_own_prompt)
        mine_row = QHBoxLayout()
        mine_row.addWidget(self.mine, 1)
        mine_row.addWidget(own)
        layout.addLayout(mine_row)
        packs_row = QHBoxLayout()
        self.packs_label = label("", "muted")
        self.packs_label.setTextFormat(Qt.TextFormat.PlainText)  # names from pack files
        import_button = button(
            translate("prompts.page", "Import a prompt pack…"),
            description=translate("prompts.page", "A TOML file from your therapist or group"),
        )
        import_button.clicked.connect(self.choose_pack)
        self.remove_button = button(
            translate("prompts.page", "Remove a pack…"),
            description=translate(
                "prompts.page", "Remove an imported prompt pack; your entries stay"
            ),
        )
        self.remove_button.clicked.connect(self.ask_remove_pack)
        packs_row.addWidget(self.packs_label, 1)
        pack_buttons = FlowLayout()  # (one under the other when the page is narrow)
        pack_buttons.addWidget(import_button)
        pack_buttons.addWidget(self.remove_button)
        packs_row.addLayout(pack_buttons)
        layout.addLayout(packs_row)
        self.make_pack_button = button(
            translate("prompts.page", "Make a pack for my group…"),
            description=translate(
                "prompts.page",
                "For group leaders: write prompts and weekly steps to share as a pack",
            ),
        )
        self.make_pack_button.clicked.connect(lambda: PackEditor.ask(self, self._service))
        layout.addWidget(self.make_pack_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.scroll_area = scroll = QScrollArea()
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
        self.depth_box.activated.connect(lambda _: self._save_filters())
        self.clear()

    # --- data -----------------------------------------------------------------------------------
    @property
    def _prompts(self) -> PromptService:
        """The prompt use cases on the loaded journal (only asked for while one is loaded)."""
        assert self._service is not None
        return PromptService(self._service.journal)

    def load(self, service: JournalService) -> None:
        self._service = service
        lib = self._prompts.library()
        prefs = self._prompts.settings()
        self.theme.clear()
        self.theme.addItem(translate("prompts.page", "Any theme"), None)
        avoided = set(prefs.get("avoid_themes", []))
        chosen = None
        for theme in sorted(lib.themes, key=lambda t: t.order):
            self.theme.addItem(theme.name, theme.id)
        if avoided and len(avoided) == len(lib.themes) - 1:
            chosen = next(t.id for t in lib.themes if t.id not in avoided)
        self.theme.setCurrentIndex(max(self.theme.findData(chosen), 0))
        self.depth_box.setCurrentIndex(self.depth_box.findData(Depth(prefs["max_depth"])))
        self.show_offer()
        self._fill_programs()
        self._fill_mine()
        self._fill_memory_offer()
        self._fill_invitation()
        packs = self._prompts.packs()
        named = [
            translate("prompts.page", "{pack} ({author})").format(pack=n, author=a) if a else n
            for _, n, a in packs
        ]
        self.packs_label.setText(
            translate("prompts.page", "Packs: {names}").format(names=", ".join(named))
            if packs
            else translate("prompts.page", "No prompt packs imported.")
        )
        for widget in self.findChildren(QWidget):
            widget.setEnabled(True)

    def _save_filters(self) -> None:
        if self._service is None:
            return
        lib = self._prompts.library()
        theme = self.theme.currentData()
        avoid = [t.id for t in lib.themes if theme and t.id != theme]
        self._prompts.save_settings(avoid, self.depth_box.currentData())
        self.show_offer(another=True)
        self._fill_invitation()

    def show_offer(self, *, another: bool = False) -> None:
        if self._service is None:
            return
        self._present(self._prompts.offer(self.today(), another=another))

    def _present(self, offer: Offer | None) -> None:
        """Show ``offer`` as today's prompt (or say that nothing fits)."""
        self.offer = offer
        if self.offer is None:
            self.text.setText(
                translate(
                    "prompts.page", "Nothing fits those choices right now. Free writing is welcome."
                )
            )
            self.text.setProperty("content", False)  # our own sentence, translated
            self.why.clear()
            self.note.setVisible(False)
            self.show_anyway.setVisible(False)
            self.write_button.setEnabled(False)
            return
        self.write_button.setEnabled(True)
        self.soothe_hint.setVisible(self.offer.suggest_soothing)
        self.why.setText(self.offer.why)
        self.text.setToolTip(plain_tip(self.offer.why))
        self._reveal(self.offer.content_note is None)

    def _reveal(self, shown: bool) -> None:
        offer = self.offer
        if offer is None:
            return
        note = offer.content_note
        self.note.setText(
            translate("prompts.page", "A note before this one: {note}").format(note=note)
            if note
            else ""
        )
        self.note.setVisible(bool(note))
        self.show_anyway.setVisible(bool(note) and not shown)
        self.text.setText(offer.text if shown else "")
        self.text.setProperty("content", True)  # the prompt library's words (its own translation)
        self.write_button.setEnabled(shown)

    def _event(self, event: str) -> None:
        if self._service is not None and self.offer is not None:
            self._prompts.record(self.offer.prompt_id, event)

    def _favourite(self) -> None:
        self._event("favourite")
        self._fill_mine()

    def _skip(self) -> None:
        self._event("skipped")
        self.show_offer(another=True)

    def _write(self) -> None:
        if self.offer is not None:
            self._event("answered")
            self._fill_invitation()
            self.write_requested.emit(self.offer)

    def _fill_invitation(self) -> None:
        shown = self._service is not None and self._prompts.invite_deeper(self.today())
        self.invitation.setVisible(shown)

    def _show_depth(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.depth_box)
        self.depth_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss_invitation(self) -> None:
        if self._service is not None:
            self._prompts.dismiss_invitation()
        self.invitation.setVisible(False)
        self.depth_box.setFocus(Qt.FocusReason.OtherFocusReason)  # not lost with the hidden button

    def _fill_memory_offer(self) -> None:
        """A question about one of the person's own memories (never a heavy one)."""
        self.memory_offer = None
        if self._service is not None:
            self.memory_offer = self._prompts.memory_offer(self.today())
        self.memory_row.set_offer(self.memory_offer)

    def _fill_mine(self) -> None:
        if self._service is None:
            self.mine.clear()
            return
        own = self._prompts.user_prompts()
        kept = self._prompts.favourites(self.today())
        mine = translate("prompts.page", "Mine: {prompt}")
        lines = [mine.format(prompt=p.text) for p in own] + [f"☆ {p.text}" for p in kept]
        self.mine.setText(
            "\n".join(lines)
            if lines
            else translate(
                "prompts.page", "Prompts you write, and ones you keep with ☆, show here."
            )
        )

    def ask_own_prompt(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self._service is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            translate("prompts.page", "My own prompt"),
            translate("prompts.page", "A question you'd like to be asked:"),
        )
        if ok and text.strip():
            self.add_own_prompt(text.strip(), self.theme.currentData() or "reparenting")

    def add_own_prompt(self, text: str, theme: str) -> None:
        if self._service is not None:
            self._prompts.add_user_prompt(text, theme)
            self._fill_mine()

    def _fill_programs(self) -> None:
        while (item := self.programs.takeAt(0)) is not None:
            old = item.widget()
            if old is not None:  # off the page now, not at the next event-loop turn
                old.hide()
                old.setParent(None)
                old.deleteLater()
        if self._service is None:
            return
        prompts = self._prompts
        for program in prompts.library().programs:
            progress = prompts.program_progress(program.id)
            content = content_for(prompts, self._write_step_prompt, self.exercise_requested.emit)
            row = program_row(program, progress, self.today(), self._program, content)
            self.programs.addWidget(row)

    def _program(self, program: Program, verb: str) -> None:
        if self._service is None:
            return
        prompts = self._prompts
        progress = act_on_program(program, prompts.program_progress(program.id), verb, self.today())
        prompts.save_program_progress(progress)
        self._fill_programs()
        focus_program(self.programs, program)  # not lost with the old row

    # --- lifecycle ------------------------------------------------------------------------------
    def flush(self) -> None:
        pass

    def clear(self) -> None:
        self._close_browser()
        self._service = None
        self.offer = None
        self.text.clear()
        self.why.clear()
        self.note.clear()
        self.soothe_hint.setVisible(False)
        self.show_anyway.setVisible(False)
        self.memory_offer = None
        self.memory_row.set_offer(None)
        self.invitation.setVisible(False)
        self._hidden_offer = None
        self.hide_undo.hide()
        self._fill_programs()
